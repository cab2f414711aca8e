"""The words for the kitchen's values that several canteen pages show (the dish list, the
ingredient list, the menu page): courses, units, diets and allergens. English source texts,
translated through Qt in the shared contexts "courses", "units" and "diet"; allergen words
follow the UI language (Norwegian by default: the words a guest reads on the poster)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from canteen_app.canteen.dishes.rules import Course
from canteen_app.canteen.ingredients.allergens import AllergenMark, words
from canteen_app.canteen.ingredients.rules import Diet, Unit
from canteen_app.core.text import QT_TRANSLATE_NOOP
from ui.common.i18n import current_language

# The menu's words for the courses (Norwegian from the translation file: Middag, Vegetar, ...),
# in the order a menu lists them.
COURSE_TITLES: dict[Course, str] = {
    Course.MAIN: QT_TRANSLATE_NOOP("courses", "Main course"),
    Course.VEGETARIAN_MAIN: QT_TRANSLATE_NOOP("courses", "Vegetarian"),
    Course.SOUP: QT_TRANSLATE_NOOP("courses", "Soup"),
    Course.SALAD: QT_TRANSLATE_NOOP("courses", "Salad"),
    Course.DESSERT: QT_TRANSLATE_NOOP("courses", "Dessert"),
    Course.BREAD: QT_TRANSLATE_NOOP("courses", "Bread and spreads"),
    Course.OTHER: QT_TRANSLATE_NOOP("courses", "Other"),
}

UNIT_WORDS: dict[Unit, str] = {
    Unit.G: QT_TRANSLATE_NOOP("units", "g"),
    Unit.KG: QT_TRANSLATE_NOOP("units", "kg"),
    Unit.ML: QT_TRANSLATE_NOOP("units", "ml"),
    Unit.L: QT_TRANSLATE_NOOP("units", "l"),
    Unit.STK: QT_TRANSLATE_NOOP("units", "pcs"),
}


def english() -> bool:
    return current_language() == "en"


def course_name(course: Course) -> str:
    return QCoreApplication.translate("courses", COURSE_TITLES[course])


def unit_word(unit: str) -> str:
    """ "kg", "stk"; a unit the program does not know, as stored."""
    try:
        return QCoreApplication.translate("units", UNIT_WORDS[Unit(unit)])
    except ValueError:
        return unit


def allergen_words(marks: Iterable[AllergenMark]) -> str:
    """ "gluten (hvete, bygg), melk" in the UI language; "" when there are none."""
    return words(marks, english())


def diet_text(diet: Diet) -> str:
    if diet.vegan:
        return QCoreApplication.translate("diet", "Vegan (and vegetarian)")
    if diet.vegetarian:
        return QCoreApplication.translate("diet", "Vegetarian, not vegan")
    return QCoreApplication.translate("diet", "Neither vegetarian nor vegan")
