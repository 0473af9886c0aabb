"""Public st commands of the 'layout' family."""

__all__: list[str] = []
