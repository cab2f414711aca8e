"""Words and numbers shared by the dish list, the dish form and the allergen sources.

(The ingredient page has its own few helpers like these: UI feature packages do not import
each other.)
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from canteen_app.canteen.dishes.rules import Course
from canteen_app.canteen.ingredients.allergens import AllergenGroup, AllergenMark, words
from canteen_app.canteen.ingredients.rules import Diet
from canteen_app.core.text import QT_TRANSLATE_NOOP
from ui.common.i18n import current_language

# The menu's words for the courses (Norwegian from the translation file: Middag, Vegetar, ...).
COURSE_TITLES: dict[Course, str] = {
    Course.MAIN: QT_TRANSLATE_NOOP("courses", "Main course"),
    Course.VEGETARIAN_MAIN: QT_TRANSLATE_NOOP("courses", "Vegetarian"),
    Course.SOUP: QT_TRANSLATE_NOOP("courses", "Soup"),
    Course.SALAD: QT_TRANSLATE_NOOP("courses", "Salad"),
    Course.DESSERT: QT_TRANSLATE_NOOP("courses", "Dessert"),
    Course.BREAD: QT_TRANSLATE_NOOP("courses", "Bread and spreads"),
    Course.OTHER: QT_TRANSLATE_NOOP("courses", "Other"),
}

UNIT_WORDS: dict[str, str] = {
    "g": QT_TRANSLATE_NOOP("units", "g"),
    "kg": QT_TRANSLATE_NOOP("units", "kg"),
    "ml": QT_TRANSLATE_NOOP("units", "ml"),
    "l": QT_TRANSLATE_NOOP("units", "l"),
    "stk": QT_TRANSLATE_NOOP("units", "pcs"),
}


def english() -> bool:
    return current_language() == "en"


def course_name(course: Course) -> str:
    return QCoreApplication.translate("courses", COURSE_TITLES[course])


def allergen_words(marks: Iterable[AllergenMark]) -> str:
    """ "gluten (hvete, bygg), melk" in the UI language; "" when there are none."""
    return words(marks, english())


def mark_words(mark: AllergenMark) -> str:
    """One mark: "gluten (hvete)", "melk"."""
    return AllergenGroup(mark.allergen, (mark.kind,) if mark.kind else ()).words(english())


def diet_word(diet: Diet) -> str:
    """The list's short word: vegan, vegetarian, or nothing."""
    if diet.vegan:
        return QCoreApplication.translate("diet", "Vegan")
    if diet.vegetarian:
        return QCoreApplication.translate("diet", "Vegetarian")
    return ""


def diet_text(diet: Diet) -> str:
    if diet.vegan:
        return QCoreApplication.translate("diet", "Vegan (and vegetarian)")
    if diet.vegetarian:
        return QCoreApplication.translate("diet", "Vegetarian, not vegan")
    return QCoreApplication.translate("diet", "Neither vegetarian nor vegan")


def unit_word(unit: str) -> str:
    source = UNIT_WORDS.get(unit)
    return QCoreApplication.translate("units", source) if source else unit


def number(value: Decimal, decimals: int | None = None) -> str:
    """A number the local way ("2,5" in Norwegian); all its decimals unless `decimals` is given."""
    if decimals is None:
        text = format(value.normalize(), "f")
    else:
        text = format(value.quantize(Decimal(1).scaleb(-decimals)), "f")
    whole, _, fraction = text.partition(".")
    locale = QLocale()
    whole = locale.toString(int(whole)) if whole not in ("", "-0") else whole
    return f"{whole}{locale.decimalPoint()}{fraction}" if fraction else whole


def money(value: Decimal | None) -> str:
    """ "65,00 kr"; "" when unknown."""
    if value is None:
        return ""
    return QCoreApplication.translate("money", "{amount} kr").format(amount=number(value, 2))


def local_decimal(text: str) -> str:
    """ "2.5" as stored -> "2,5" when the UI writes decimals with a comma."""
    return text.replace(".", QLocale().decimalPoint()) if text else text
