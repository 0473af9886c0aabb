"""The public st API, gathered by family. appwasm/__init__.py star-imports each module here.

A family adds its public names to its own module (and its `__all__`), so families working in
parallel never edit the same file.
"""
