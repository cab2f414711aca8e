"""The dish list's table model: name, course, the allergens the ingredients give (in words),
diet, cost per portion, price, and a mark in words where an ingredient's allergen data has not
been checked for twelve months."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from canteen_app.canteen.dishes.dto import DishSummary
from canteen_app.canteen.dishes.rules import Course
from canteen_app.core.text import QT_TRANSLATE_NOOP
from ui.canteen.dishes.formatting import diet_word
from ui.common.formatting import HINT_COLOUR, money
from ui.common.kitchen_words import allergen_words, course_name
from ui.common.qt_models import ALIGN_RIGHT, ListColumn, ListTableModel

_COURSE_ORDER = {course: number for number, course in enumerate(Course)}


def name_text(dish: DishSummary) -> str:
    if dish.active:
        return dish.name_nb
    return QCoreApplication.translate("DishTableModel", "{name} (retired)").format(name=dish.name_nb)


def check_text(dish: DishSummary) -> str:
    if not dish.check_stale:
        return ""
    return QCoreApplication.translate("DishTableModel", "Check ingredients again")


def cost_text(dish: DishSummary) -> str:
    if dish.cost_per_portion is None:
        return QCoreApplication.translate("DishTableModel", "price missing")
    return money(dish.cost_per_portion)


COLUMNS: tuple[ListColumn[DishSummary], ...] = (
    # Titles: English source texts, translated in the DishTableModel context.
    # The service lists the names in Norwegian order: that order is the name column's sort value.
    ListColumn("name", QT_TRANSLATE_NOOP("DishTableModel", "Name"), name_text, lambda row, _d: row),
    ListColumn(
        "course",
        QT_TRANSLATE_NOOP("DishTableModel", "Course"),
        lambda d: course_name(d.course),
        lambda _r, d: _COURSE_ORDER[d.course],
    ),
    ListColumn(
        "allergens",
        QT_TRANSLATE_NOOP("DishTableModel", "Allergens"),
        lambda d: allergen_words(d.allergens.contains),
        lambda _r, d: allergen_words(d.allergens.contains).casefold(),
    ),
    ListColumn(
        "may_contain",
        QT_TRANSLATE_NOOP("DishTableModel", "May contain traces"),
        lambda d: allergen_words(d.allergens.may_contain),
        lambda _r, d: allergen_words(d.allergens.may_contain).casefold(),
    ),
    ListColumn(
        "diet",
        QT_TRANSLATE_NOOP("DishTableModel", "Diet"),
        lambda d: diet_word(d.allergens.diet),
        lambda _r, d: 0 if d.vegan else 1 if d.vegetarian else 2,
    ),
    ListColumn(
        "cost",
        QT_TRANSLATE_NOOP("DishTableModel", "Cost per portion"),
        cost_text,
        lambda _r, d: float(d.cost_per_portion) if d.cost_per_portion is not None else -1.0,
        ALIGN_RIGHT,
    ),
    ListColumn(
        "price",
        QT_TRANSLATE_NOOP("DishTableModel", "Price"),
        lambda d: money(d.price),
        lambda _r, d: float(d.price) if d.price is not None else -1.0,
        ALIGN_RIGHT,
    ),
    ListColumn(
        "checked",
        QT_TRANSLATE_NOOP("DishTableModel", "Allergen data"),
        check_text,
        lambda _r, d: 0 if d.check_stale else 1,
    ),
)


class DishTableModel(ListTableModel[DishSummary]):
    """A read-only table over a list of `DishSummary`, in the order the service gave."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, "DishTableModel", parent)

    def look(self, key: str, dish: DishSummary, role: int) -> Any:
        if key == "checked" and dish.check_stale:
            return self.warning_look(role)
        if role == Qt.ItemDataRole.ForegroundRole and not dish.active:
            return QBrush(QColor(HINT_COLOUR))  # retired
        return None

    def tooltip(self, key: str, dish: DishSummary) -> str | None:
        if key == "name":
            lines = [dish.name_nb]
            if dish.name_en:
                lines.append(
                    QCoreApplication.translate("DishTableModel", "English: {name}").format(name=dish.name_en)
                )
            if dish.ingredient_names:
                lines.append(
                    QCoreApplication.translate("DishTableModel", "Ingredients: {names}").format(
                        names=", ".join(dish.ingredient_names)
                    )
                )
            return "\n".join(lines)
        if key == "checked" and dish.check_stale:
            return QCoreApplication.translate(
                "DishTableModel",
                "The allergen data of an ingredient in this dish has not been checked for twelve months.",
            )
        if key in ("allergens", "may_contain"):
            return self.display(key, dish) or None
        return None
