"""Words only the dish pages show (the words the kitchen's pages share, for courses, units,
diets and allergens, are in `ui.common.kitchen_words`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from canteen_app.canteen.ingredients.allergens import AllergenGroup, AllergenMark
from canteen_app.canteen.ingredients.rules import Diet
from ui.common.kitchen_words import english


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
