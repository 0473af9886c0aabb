def cents_to_euros(cents: int) -> float:
    return cents / 100
