"""Public st commands of the 'data' family."""

__all__: list[str] = []
