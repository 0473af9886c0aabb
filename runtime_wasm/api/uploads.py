"""Public st commands of the 'uploads' family."""

__all__: list[str] = []
