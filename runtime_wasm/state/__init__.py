"""Session state and widget state: what survives from one run to the next."""
