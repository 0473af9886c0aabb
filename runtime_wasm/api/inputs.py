"""Public st commands of the 'inputs' family."""

__all__: list[str] = []
