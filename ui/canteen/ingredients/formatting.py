"""Words and numbers shared by the ingredient list, the ingredient form and its history (the
words the kitchen's pages share, for courses, units, diets and allergens, are in
`ui.common.kitchen_words`).

Allergen words follow the UI language (Norwegian by default, the words a guest reads on the
poster); money is in kroner with the UI language's decimal sign.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from canteen_app.canteen.ingredients.allergens import (
    LEGEND_EN,
    LEGEND_NB,
    WORD_EN,
    WORD_NB,
    Allergen,
    AllergenCodeError,
    parse_marks,
)
from canteen_app.canteen.ingredients.rules import AnimalOrigin
from canteen_app.core.text import QT_TRANSLATE_NOOP
from ui.common.formatting import capitalized, number
from ui.common.kitchen_words import allergen_words, english, unit_word

ORIGIN_WORDS: dict[AnimalOrigin, str] = {
    AnimalOrigin.MEAT: QT_TRANSLATE_NOOP("animal origin", "Meat"),
    AnimalOrigin.FISH: QT_TRANSLATE_NOOP("animal origin", "Fish"),
    AnimalOrigin.SHELLFISH: QT_TRANSLATE_NOOP("animal origin", "Shellfish"),
    AnimalOrigin.DAIRY: QT_TRANSLATE_NOOP("animal origin", "Dairy"),
    AnimalOrigin.EGG: QT_TRANSLATE_NOOP("animal origin", "Egg"),
}


def allergen_name(allergen: Allergen) -> str:
    """ "Gluten", "Peanøtter": the short word, as a row title."""
    return capitalized((WORD_EN if english() else WORD_NB)[allergen])


def allergen_legend(allergen: Allergen) -> str:
    """The regulation's full name, with the kinds that must be named."""
    return (LEGEND_EN if english() else LEGEND_NB)[allergen]


def kind_word(kind: str) -> str:
    return (WORD_EN if english() else WORD_NB).get(kind, kind)


def code_words(code: str) -> str:
    """A stored code ("gluten:hvete;melk") in words; the code itself if it cannot be read."""
    try:
        return allergen_words(parse_marks(code))
    except AllergenCodeError:
        return code


def origin_word(origin: AnimalOrigin) -> str:
    return QCoreApplication.translate("animal origin", ORIGIN_WORDS[origin])


def origin_words(origins: Iterable[AnimalOrigin]) -> str:
    order = list(AnimalOrigin)
    return ", ".join(origin_word(o).lower() for o in sorted(origins, key=order.index))


def origin_code_words(code: str) -> str:
    """ "meat;dairy" in words."""
    origins = []
    for part in code.split(";"):
        try:
            origins.append(AnimalOrigin(part))
        except ValueError:
            continue
    return origin_words(origins)


def unit_price(value: Decimal | None, unit: str) -> str:
    """The price of one unit: "12,36 kr/kg", "0,0124 kr/g" (small prices keep four decimals)."""
    if value is None:
        return ""
    decimals = 2 if value >= 1 else 4
    return QCoreApplication.translate("money", "{amount} kr/{unit}").format(
        amount=number(value, decimals), unit=unit_word(unit)
    )
