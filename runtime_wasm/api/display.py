"""Public st commands of the 'display' family."""

__all__: list[str] = []
