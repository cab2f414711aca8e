"""A small kitchen for the tests: a few ingredients with real allergens, dishes made of them."""

from __future__ import annotations

from datetime import date

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices
from canteen_app.canteen.dishes.rules import DishInput, RecipeLineInput
from canteen_app.canteen.ingredients.allergens import AllergenMark, parse_marks
from canteen_app.canteen.ingredients.rules import AnimalOrigin, IngredientInput

MANAGER = Actor(user_id=None, name="Kari Kantine", role=Role.CANTEEN_MANAGER, site_id=1)
COACH = Actor(user_id=None, name="Jon Coach", role=Role.JOB_COACH, site_id=1)


def ingredient_input(
    name_nb: str,
    contains: str | frozenset[AllergenMark] = "",
    may_contain: str | frozenset[AllergenMark] = "",
    origin: str | frozenset[AnimalOrigin] = "",
    **overrides: object,
) -> IngredientInput:
    values: dict[str, object] = {
        "name_nb": name_nb,
        "name_en": "",
        "unit": "kg",
        "supplier": "",
        "item_no": "",
        "pack_size": "1",
        "pack_price": "10",
        "contains": parse_marks(contains) if isinstance(contains, str) else contains,
        "may_contain": parse_marks(may_contain) if isinstance(may_contain, str) else may_contain,
        "animal_origin": (
            frozenset(AnimalOrigin(code) for code in origin.split(";") if code)
            if isinstance(origin, str)
            else origin
        ),
        "checked_on": date(2026, 11, 1),
    }
    values.update(overrides)
    return IngredientInput(**values)  # type: ignore[arg-type]


# name_nb -> (contains, may_contain, animal origin, kg price)
PANTRY = {
    "Hvetemel": ("gluten:hvete", "", "", "12"),
    "Havregryn": ("gluten:havre", "", "", "20"),
    "Melk": ("melk", "", "dairy", "18"),
    "Egg": ("egg", "", "egg", "60"),
    "Torsk": ("fisk", "", "fish", "150"),
    "Kjøttdeig": ("", "", "meat", "120"),
    "Mandler": ("notter:mandel", "peanotter", "", "200"),
    "Poteter": ("", "", "", "9"),
    "Linser": ("", "gluten:hvete", "", "30"),
    "Sesamfrø": ("sesam", "", "", "80"),
}


def stock_pantry(services: AppServices) -> dict[str, int]:
    """Add PANTRY; returns name -> id."""
    ids = {}
    for name, (contains, may, origin, price) in PANTRY.items():
        data = ingredient_input(name, contains, may, origin, pack_price=price)
        ids[name] = services.write(lambda app, d=data: app.ingredients.add(MANAGER, d)).value.id
    return ids


def dish_input(name: str, lines: dict[int, str], course: str = "main", **overrides: object) -> DishInput:
    values: dict[str, object] = {
        "name_nb": name,
        "course": course,
        "price": "65",
        "lines": tuple(RecipeLineInput(ingredient_id, quantity) for ingredient_id, quantity in lines.items()),
    }
    values.update(overrides)
    return DishInput(**values)  # type: ignore[arg-type]


def add_dish(
    services: AppServices, name: str, lines: dict[int, str], course: str = "main", **overrides: object
) -> int:
    data = dish_input(name, lines, course, **overrides)
    return services.write(lambda app: app.dishes.add(MANAGER, data)).value.summary.id
