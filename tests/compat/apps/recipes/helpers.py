RECIPES = {
    "pancakes": {"serves": 4, "items": [("flour", 200, "g"), ("milk", 300, "ml"), ("eggs", 2, "")]},
    "omelette": {"serves": 1, "items": [("eggs", 3, ""), ("butter", 10, "g")]},
}


def scale(recipe, servings):
    factor = servings / recipe["serves"]
    return [(item, round(amount * factor, 1), unit) for item, amount, unit in recipe["items"]]
