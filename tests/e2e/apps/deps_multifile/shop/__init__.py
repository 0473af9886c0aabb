"""The app's own package, importable because the app root is on sys.path."""
