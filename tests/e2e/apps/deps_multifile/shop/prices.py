from shop.units import cents_to_euros


def total(rows: list[dict[str, str]]) -> float:
    return cents_to_euros(sum(int(row["price_cents"]) * int(row["quantity"]) for row in rows))
