"""The st API's element commands, one module per family."""
