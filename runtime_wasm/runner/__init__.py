"""The script runner: runs the user's script top to bottom, once per interaction."""
