"""Input widgets, one module per widget (or per close family)."""
