"""Public st commands of the 'charts' family."""

__all__: list[str] = []
