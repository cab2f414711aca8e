"""Rules for a dish (rett): its course, its recipe lines, and the allergens and diet it derives
from its ingredients. Allergens are never typed on a dish: they are the union of its
ingredients' own, so a change to one ingredient is right on every dish that uses it."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from canteen_app.canteen.ingredients.allergens import AllergenMark
from canteen_app.canteen.ingredients.dto import AllergenProfile
from canteen_app.canteen.ingredients.rules import AnimalOrigin, Diet, diet_of, parse_amount
from canteen_app.core.text import QT_TRANSLATE_NOOP, Message
from canteen_app.core.text_rules import text_problem, tidy

DISHES = "canteen.dishes"  # the kind of change a view listens for
NAME_MAX = 120
METHOD_MAX = 4000
PORTIONS_MAX = 10000
QUANTITY_MAX = Decimal("1000000")
PRICE_MAX = Decimal("10000")


class Course(enum.StrEnum):
    """In the order a menu lists them."""

    MAIN = "main"
    VEGETARIAN_MAIN = "vegetarian_main"
    SOUP = "soup"
    SALAD = "salad"
    DESSERT = "dessert"
    BREAD = "bread"
    OTHER = "other"


COURSE_NB: dict[Course, str] = {
    Course.MAIN: "Middag",
    Course.VEGETARIAN_MAIN: "Vegetar",
    Course.SOUP: "Suppe",
    Course.SALAD: "Salat",
    Course.DESSERT: "Dessert",
    Course.BREAD: "Brød og pålegg",
    Course.OTHER: "Annet",
}
COURSE_EN: dict[Course, str] = {
    Course.MAIN: "Main course",
    Course.VEGETARIAN_MAIN: "Vegetarian",
    Course.SOUP: "Soup",
    Course.SALAD: "Salad",
    Course.DESSERT: "Dessert",
    Course.BREAD: "Bread and spreads",
    Course.OTHER: "Other",
}
MAIN_COURSES = frozenset({Course.MAIN, Course.VEGETARIAN_MAIN})


@dataclass(frozen=True)
class DerivedAllergens:
    """A dish's allergens as its ingredients give them."""

    contains: frozenset[AllergenMark]
    may_contain: frozenset[AllergenMark]  # never one it already contains
    animal_origin: frozenset[AnimalOrigin]

    @property
    def diet(self) -> Diet:
        return diet_of(self.animal_origin)


def derive(profiles: Iterable[AllergenProfile]) -> DerivedAllergens:
    """The union of the ingredients' allergens; "may contain" only where none contains it."""
    contains: set[AllergenMark] = set()
    may_contain: set[AllergenMark] = set()
    origin: set[AnimalOrigin] = set()
    for profile in profiles:
        contains |= profile.contains
        may_contain |= profile.may_contain
        origin |= profile.animal_origin
    return DerivedAllergens(frozenset(contains), frozenset(may_contain - contains), frozenset(origin))


def sources(named_profiles: Mapping[str, AllergenProfile]) -> dict[AllergenMark, list[str]]:
    """Which ingredients bring which allergen mark (contained or may contain), by name."""
    found: dict[AllergenMark, list[str]] = {}
    for name, profile in named_profiles.items():
        for mark in profile.contains | profile.may_contain:
            found.setdefault(mark, []).append(name)
    return found


def portion_cost(
    lines: Iterable[tuple[Decimal, Decimal | None]], batch_portions: int | None
) -> Decimal | None:
    """Cost of one portion from (quantity, unit cost) lines; None while any price is unknown."""
    total = Decimal(0)
    for quantity, cost in lines:
        if cost is None:
            return None
        total += quantity * cost
    return (total / (batch_portions or 1)).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class RecipeLineInput:
    ingredient_id: int
    quantity: str  # as typed, in the ingredient's unit


@dataclass(frozen=True)
class DishInput:
    name_nb: str
    name_en: str = ""
    course: str = Course.MAIN.value
    method: str = ""
    price: str = ""
    batch_portions: str = ""  # "" = the quantities are per portion
    lines: tuple[RecipeLineInput, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class CleanDish:
    name_nb: str
    name_en: str
    course: Course
    method: str
    price: Decimal | None
    batch_portions: int | None
    lines: tuple[tuple[int, Decimal], ...]


def validate_dish(data: DishInput) -> tuple[CleanDish, dict[str, Message]]:
    errors: dict[str, Message] = {}
    name_nb, name_en, method = tidy(data.name_nb), tidy(data.name_en), data.method.strip()
    for name, value, limit, required, multiline in (
        ("name_nb", name_nb, NAME_MAX, True, False),
        ("name_en", name_en, NAME_MAX, False, False),
        ("method", method, METHOD_MAX, False, True),
    ):
        problem = text_problem(value, limit, required=required, multiline=multiline)
        if problem is not None:
            errors[name] = problem
    try:
        course = Course(data.course)
    except ValueError:
        errors["course"] = Message(QT_TRANSLATE_NOOP("errors", "Choose a course."))
        course = Course.OTHER
    price = _decimal(data.price, "price", PRICE_MAX, 2, errors)
    portions = _portions(data.batch_portions, errors)
    lines = _lines(data.lines, errors)
    return CleanDish(name_nb, name_en, course, method, price, portions, lines), errors


def _decimal(
    text: str, name: str, maximum: Decimal, places: int, errors: dict[str, Message]
) -> Decimal | None:
    if not text.strip():
        return None
    try:
        value = parse_amount(text)
    except ValueError:
        errors[name] = Message(QT_TRANSLATE_NOOP("errors", "Type a number, for example 2,5."))
        return None
    if value < 0 or value > maximum:
        errors[name] = Message(
            QT_TRANSLATE_NOOP("errors", "The number must be between 0 and {max}."), {"max": str(maximum)}
        )
    elif value != value.quantize(Decimal(1).scaleb(-places)):
        errors[name] = Message(
            QT_TRANSLATE_NOOP("errors", "Use at most {places} decimals."), {"places": places}
        )
    return value


def _portions(text: str, errors: dict[str, Message]) -> int | None:
    if not text.strip():
        return None
    if not text.strip().isdigit() or not 1 <= int(text) <= PORTIONS_MAX:
        errors["batch_portions"] = Message(
            QT_TRANSLATE_NOOP("errors", "Type a whole number of portions from 1 to {max}."),
            {"max": PORTIONS_MAX},
        )
        return None
    return int(text)


def _lines(lines: Iterable[RecipeLineInput], errors: dict[str, Message]) -> tuple[tuple[int, Decimal], ...]:
    clean: list[tuple[int, Decimal]] = []
    seen: set[int] = set()
    for line in lines:
        if line.ingredient_id in seen:
            errors["lines"] = Message(
                QT_TRANSLATE_NOOP("errors", "An ingredient is listed twice; add up its lines.")
            )
            continue
        seen.add(line.ingredient_id)
        problems: dict[str, Message] = {}
        quantity = _decimal(line.quantity, "quantity", QUANTITY_MAX, 3, problems)
        if quantity is None or quantity == 0 or problems:
            errors["lines"] = problems.get("quantity") or Message(
                QT_TRANSLATE_NOOP("errors", "Every recipe line needs a quantity above zero.")
            )
            continue
        clean.append((line.ingredient_id, quantity))
    return tuple(clean)
