"""Rules for an ingredient (råvare): units, prices, allergens, animal origin and the diets that
follow from it, and when allergen data is too old to trust."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from canteen_app.canteen.ingredients.allergens import Allergen, AllergenMark, mark_problem, sort_marks, words
from canteen_app.core.dates import add_months
from canteen_app.core.text import QT_TRANSLATE_NOOP, Message
from canteen_app.core.text_rules import text_problem, tidy

NAME_MAX = 120
SUPPLIER_MAX = 80
ITEM_NO_MAX = 40
CHECKED_BY_MAX = 120
# Allergen data not checked against the supplier's product sheet for this long is marked.
CHECK_VALID_MONTHS = 12
PACK_SIZE_MAX = Decimal("100000")
PACK_PRICE_MAX = Decimal("1000000")

INGREDIENTS = "canteen.ingredients"  # the kind of change a view listens for


class Unit(enum.StrEnum):
    G = "g"
    KG = "kg"
    ML = "ml"
    L = "l"
    STK = "stk"


class AnimalOrigin(enum.StrEnum):
    MEAT = "meat"
    FISH = "fish"
    SHELLFISH = "shellfish"
    DAIRY = "dairy"
    EGG = "egg"


# Not vegetarian: the animal itself. Not vegan: anything from an animal.
_NOT_VEGETARIAN = frozenset({AnimalOrigin.MEAT, AnimalOrigin.FISH, AnimalOrigin.SHELLFISH})

# An allergen that can only come from an animal: the ingredient's origin must say so, or a
# dish with milk could come out "vegan".
ORIGIN_OF_ALLERGEN: dict[Allergen, AnimalOrigin] = {
    Allergen.FISK: AnimalOrigin.FISH,
    Allergen.SKALLDYR: AnimalOrigin.SHELLFISH,
    Allergen.BLOTDYR: AnimalOrigin.SHELLFISH,
    Allergen.MELK: AnimalOrigin.DAIRY,
    Allergen.EGG: AnimalOrigin.EGG,
}


@dataclass(frozen=True)
class Diet:
    vegetarian: bool
    vegan: bool


def diet_of(origins: Iterable[AnimalOrigin]) -> Diet:
    present = set(origins)
    return Diet(vegetarian=not (present & _NOT_VEGETARIAN), vegan=not present)


def unit_cost(pack_size: Decimal | None, pack_price: Decimal | None) -> Decimal | None:
    """Price of one unit (one g, one ml, one piece), or None while the price is unknown."""
    if pack_size is None or pack_price is None or pack_size <= 0:
        return None
    return pack_price / pack_size


def check_is_stale(checked_on: date | None, today: date) -> bool:
    """Whether the allergen data is unchecked or was checked more than twelve months ago."""
    return checked_on is None or checked_on < add_months(today, -CHECK_VALID_MONTHS)


@dataclass(frozen=True)
class IngredientInput:
    """What the canteen manager typed (or a file row held) for one ingredient."""

    name_nb: str
    name_en: str = ""
    unit: str = Unit.G.value
    supplier: str = ""
    item_no: str = ""
    pack_size: str = ""  # text as typed, parsed by the rules ("2,5" and "2.5" both)
    pack_price: str = ""
    contains: frozenset[AllergenMark] = field(default_factory=frozenset)
    may_contain: frozenset[AllergenMark] = field(default_factory=frozenset)
    animal_origin: frozenset[AnimalOrigin] = field(default_factory=frozenset)
    checked_on: date | None = None


@dataclass(frozen=True)
class CleanIngredient:
    """An IngredientInput that passed the rules, ready to store."""

    name_nb: str
    name_en: str
    unit: Unit
    supplier: str
    item_no: str
    pack_size: Decimal | None
    pack_price: Decimal | None
    contains: frozenset[AllergenMark]
    may_contain: frozenset[AllergenMark]
    animal_origin: frozenset[AnimalOrigin]
    checked_on: date | None


def validate_ingredient(data: IngredientInput, today: date) -> tuple[CleanIngredient, dict[str, Message]]:
    """The stored form of `data`, and a message per field that cannot be stored."""
    errors: dict[str, Message] = {}
    texts = {}
    for name, limit, required in (
        ("name_nb", NAME_MAX, True),
        ("name_en", NAME_MAX, False),
        ("supplier", SUPPLIER_MAX, False),
        ("item_no", ITEM_NO_MAX, False),
    ):
        texts[name] = tidy(getattr(data, name))
        problem = text_problem(texts[name], limit, required=required)
        if problem is not None:
            errors[name] = problem
    unit = _unit(data.unit, errors)
    pack_size = _amount(data.pack_size, "pack_size", PACK_SIZE_MAX, errors)
    pack_price = _amount(data.pack_price, "pack_price", PACK_PRICE_MAX, errors, allow_zero=True)
    if texts["item_no"] and not texts["supplier"]:
        errors["supplier"] = Message(QT_TRANSLATE_NOOP("errors", "An item number needs its supplier."))
    _check_allergens(data, errors)
    if data.checked_on is not None and data.checked_on > today:
        errors["checked_on"] = Message(QT_TRANSLATE_NOOP("errors", "The check date cannot be in the future."))
    clean = CleanIngredient(
        name_nb=texts["name_nb"],
        name_en=texts["name_en"],
        unit=unit,
        supplier=texts["supplier"],
        item_no=texts["item_no"],
        pack_size=pack_size,
        pack_price=pack_price,
        contains=data.contains,
        may_contain=data.may_contain - data.contains,
        animal_origin=data.animal_origin,
        checked_on=data.checked_on,
    )
    return clean, errors


def _unit(text: str, errors: dict[str, Message]) -> Unit:
    try:
        return Unit(text.strip().casefold())
    except ValueError:
        errors["unit"] = Message(
            QT_TRANSLATE_NOOP("errors", "The unit must be one of g, kg, ml, l, stk."),
        )
        return Unit.G


def parse_amount(text: str) -> Decimal:
    """ "2,5" or "2.5" or "1 000" -> Decimal; raises ValueError for anything else."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite():
        raise ValueError(text)
    return value


def _amount(
    text: str, name: str, maximum: Decimal, errors: dict[str, Message], allow_zero: bool = False
) -> Decimal | None:
    if not text.strip():
        return None
    try:
        value = parse_amount(text)
    except ValueError:
        errors[name] = Message(QT_TRANSLATE_NOOP("errors", "Type a number, for example 2,5."))
        return None
    if value < 0 or (value == 0 and not allow_zero):
        errors[name] = Message(QT_TRANSLATE_NOOP("errors", "The number must be above zero."))
    elif value > maximum:
        errors[name] = Message(
            QT_TRANSLATE_NOOP("errors", "The number must be at most {max}."), {"max": str(maximum)}
        )
    elif value != value.quantize(Decimal("0.001")):
        errors[name] = Message(QT_TRANSLATE_NOOP("errors", "Use at most three decimals."))
    return value


def allergen_field(allergen: Allergen) -> str:
    """The field name an allergen's own message is shown under ("allergen_gluten")."""
    return f"allergen_{allergen.value}"


def _check_allergens(data: IngredientInput, errors: dict[str, Message]) -> None:
    """Gluten names its grain and nuts their kind (a form can build a bare mark, a file cannot
    get one past `parse_mark`); an allergen that only comes from an animal needs that origin."""
    for mark in sort_marks(data.contains | data.may_contain):
        problem = mark_problem(mark)
        if problem is not None:
            errors.setdefault(allergen_field(mark.allergen), problem)
    present = {mark.allergen for mark in data.contains}
    missing = sorted(
        {origin for allergen, origin in ORIGIN_OF_ALLERGEN.items() if allergen in present}
        - data.animal_origin
    )
    if missing:
        errors["animal_origin"] = Message(
            QT_TRANSLATE_NOOP(
                "errors", "It contains {allergens}, so its animal origin must include {origins}."
            ),
            {
                "allergens": words(m for m in data.contains if m.allergen in ORIGIN_OF_ALLERGEN),
                "origins": ", ".join(missing),
            },
        )
