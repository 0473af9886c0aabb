"""Public st commands of the 'state' family."""

__all__: list[str] = []
