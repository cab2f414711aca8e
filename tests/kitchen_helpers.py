"""A small kitchen for the tests: a few ingredients with real allergens, dishes made of them."""

from __future__ import annotations

from datetime import date, timedelta

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


# --- a busy week for the printed menus -------------------------------------------------------

BUSY_MONDAY = date(2026, 11, 23)  # week 2026-W48; the clock's Wednesday is closed in it
BUSY_CLOSED_REASON = "Planleggingsdag for kjøkkenet"

# name_nb -> (name_en, contains, may_contain, animal origin)
BUSY_PANTRY = {
    "Hvetemel": ("Wheat flour", "gluten:hvete", "", ""),
    "Byggryn": ("Pearl barley", "gluten:bygg", "gluten:hvete", ""),
    "Rugmel": ("Rye flour", "gluten:rug", "", ""),
    "Melk": ("Milk", "melk", "", "dairy"),
    "Egg": ("Egg", "egg", "", "egg"),
    "Torsk": ("Cod", "fisk", "", "fish"),
    "Reker": ("Prawns", "skalldyr", "", "shellfish"),
    "Blåskjell": ("Mussels", "blotdyr", "", "shellfish"),
    "Kjøttdeig": ("Minced beef", "", "", "meat"),
    "Sennep": ("Mustard", "sennep", "", ""),
    "Selleri": ("Celery", "selleri", "", ""),
    "Hvitvin": ("White wine", "sulfitt", "", ""),
    "Soyasaus": ("Soy sauce", "soya;gluten:hvete", "", ""),
    "Sesamfrø": ("Sesame seeds", "sesam", "", ""),
    "Peanøttsmør": ("Peanut butter", "peanotter", "notter:mandel;notter:hasselnott", ""),
    "Mandler": ("Almonds", "notter:mandel", "peanotter", ""),
    "Hasselnøtter": ("Hazelnuts", "notter:hasselnott", "", ""),
    "Lupinmel": ("Lupin flour", "lupin", "", ""),
    "Linser": ("Lentils", "", "gluten:hvete;sennep", ""),
    "Poteter": ("Potatoes", "", "", ""),
    "Tofu": ("Tofu", "soya", "sesam", ""),
}

# weekday (0 = Monday) -> [(name_nb, name_en, course, ingredients)]
BUSY_MENU: dict[int, list[tuple[str, str, str, tuple[str, ...]]]] = {
    0: [
        ("Fiskegrateng", "Fish gratin", "main", ("Torsk", "Melk", "Hvetemel", "Egg", "Sennep")),
        ("Linsesuppe med rugbrød", "Lentil soup with rye bread", "vegetarian_main", ("Linser", "Rugmel")),
        ("Mandelkake", "Almond cake", "dessert", ("Mandler", "Hasselnøtter", "Egg", "Hvetemel", "Melk")),
    ],
    1: [
        (
            "Kjøttkaker med brun saus",
            "Meatballs with brown gravy",
            "main",
            ("Kjøttdeig", "Hvetemel", "Melk", "Egg", "Selleri", "Sennep", "Poteter"),
        ),
        (
            "Byggotto med sopp",
            "Barley risotto with mushrooms",
            "vegetarian_main",
            ("Byggryn", "Hvitvin", "Melk"),
        ),
        ("Potetsalat", "Potato salad", "salad", ("Poteter", "Sennep", "Egg")),
    ],
    3: [
        (
            "Skalldyrsuppe",
            "Shellfish soup",
            "soup",
            ("Reker", "Blåskjell", "Hvitvin", "Melk", "Selleri", "Hvetemel"),
        ),
        (
            "Wok med tofu og peanøtter",
            "Tofu and peanut stir-fry",
            "vegetarian_main",
            ("Tofu", "Soyasaus", "Sesamfrø", "Peanøttsmør"),
        ),
        ("Lupinbrød med hummus", "Lupin bread with hummus", "bread", ("Lupinmel", "Sesamfrø", "Hvetemel")),
    ],
    4: [
        ("Ovnsbakt torsk", "Oven-baked cod", "main", ("Torsk", "Poteter", "Melk")),
        ("Grønnsakslasagne", "Vegetable lasagne", "vegetarian_main", ("Hvetemel", "Egg", "Melk", "Selleri")),
        ("Potetsalat", "Potato salad", "salad", ("Poteter", "Sennep", "Egg")),
        ("Eplekake", "Apple cake", "dessert", ("Hvetemel", "Egg", "Melk", "Mandler")),
    ],
}


def plan_busy_week(services: AppServices) -> dict[str, int]:
    """Week 2026-W48 with many allergens on every open day and Wednesday closed
    (BUSY_CLOSED_REASON). Returns ingredient name -> id."""
    from canteen_app.canteen.calendar.rules import ClosureInput

    ingredient_ids = {}
    for name, (name_en, contains, may, origin) in BUSY_PANTRY.items():
        data = ingredient_input(name, contains, may, origin, name_en=name_en)
        ingredient_ids[name] = services.write(lambda app, d=data: app.ingredients.add(MANAGER, d)).value.id
    closed = BUSY_MONDAY + timedelta(days=2)
    closure = ClosureInput(closed, closed, BUSY_CLOSED_REASON)
    services.write(lambda app: app.calendar.add_closure(MANAGER, closure))
    dish_ids: dict[str, int] = {}
    for weekday, dishes in BUSY_MENU.items():
        for name, name_en, course, ingredients in dishes:
            if name not in dish_ids:
                lines = {ingredient_ids[i]: "0,1" for i in ingredients}
                dish_ids[name] = add_dish(services, name, lines, course, name_en=name_en)
            day = BUSY_MONDAY + timedelta(days=weekday)
            services.write(lambda app, d=day, i=dish_ids[name]: app.menus.add_dish(MANAGER, d, i))
    return ingredient_ids
