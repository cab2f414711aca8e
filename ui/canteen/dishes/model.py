"""The dish list's table model: name, course, the allergens the ingredients give (in words),
diet, cost per portion, price, and a mark in words where an ingredient's allergen data has not
been checked for twelve months."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from canteen_app.canteen.dishes.dto import DishSummary
from canteen_app.canteen.dishes.rules import Course
from canteen_app.core.text import QT_TRANSLATE_NOOP
from ui.canteen.dishes.formatting import allergen_words, course_name, diet_word, money
from ui.common.formatting import HINT_COLOUR, WARNING_COLOUR
from ui.common.qt_models import ALIGN_LEFT, ALIGN_RIGHT, RawValueRole

ModelIndex = QModelIndex | QPersistentModelIndex
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


@dataclass(frozen=True)
class _Column:
    key: str
    title: str  # English source text, translated in the DishTableModel context
    display: Callable[[DishSummary], str]
    sort_value: Callable[[int, DishSummary], object]
    alignment: Qt.AlignmentFlag = ALIGN_LEFT


COLUMNS: tuple[_Column, ...] = (
    # The service lists the names in Norwegian order: that order is the name column's sort value.
    _Column("name", QT_TRANSLATE_NOOP("DishTableModel", "Name"), name_text, lambda row, _d: row),
    _Column(
        "course",
        QT_TRANSLATE_NOOP("DishTableModel", "Course"),
        lambda d: course_name(d.course),
        lambda _r, d: _COURSE_ORDER[d.course],
    ),
    _Column(
        "allergens",
        QT_TRANSLATE_NOOP("DishTableModel", "Allergens"),
        lambda d: allergen_words(d.allergens.contains),
        lambda _r, d: allergen_words(d.allergens.contains).casefold(),
    ),
    _Column(
        "may_contain",
        QT_TRANSLATE_NOOP("DishTableModel", "May contain traces"),
        lambda d: allergen_words(d.allergens.may_contain),
        lambda _r, d: allergen_words(d.allergens.may_contain).casefold(),
    ),
    _Column(
        "diet",
        QT_TRANSLATE_NOOP("DishTableModel", "Diet"),
        lambda d: diet_word(d.allergens.diet),
        lambda _r, d: 0 if d.vegan else 1 if d.vegetarian else 2,
    ),
    _Column(
        "cost",
        QT_TRANSLATE_NOOP("DishTableModel", "Cost per portion"),
        cost_text,
        lambda _r, d: float(d.cost_per_portion) if d.cost_per_portion is not None else -1.0,
        ALIGN_RIGHT,
    ),
    _Column(
        "price",
        QT_TRANSLATE_NOOP("DishTableModel", "Price"),
        lambda d: money(d.price),
        lambda _r, d: float(d.price) if d.price is not None else -1.0,
        ALIGN_RIGHT,
    ),
    _Column(
        "checked",
        QT_TRANSLATE_NOOP("DishTableModel", "Allergen data"),
        check_text,
        lambda _r, d: 0 if d.check_stale else 1,
    ),
)


class DishTableModel(QAbstractTableModel):
    """A read-only table over a list of `DishSummary`, in the order the service gave."""

    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DishSummary] = []
        self._warning_icon: QIcon | None = None

    def set_rows(self, rows: Sequence[DishSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    @property
    def rows(self) -> list[DishSummary]:
        return list(self._rows)

    def row_at(self, row: int) -> DishSummary:
        return self._rows[row]

    def row_of(self, dish_id: int) -> int:
        return next((n for n, dish in enumerate(self._rows) if dish.id == dish_id), -1)

    def column_of(self, key: str) -> int:
        return next(n for n, column in enumerate(COLUMNS) if column.key == key)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        dish = self._rows[index.row()]
        column = COLUMNS[index.column()]
        value: Any = None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            value = column.display(dish)
        elif role == RawValueRole:
            value = column.sort_value(index.row(), dish)
        elif role == self.IdRole:
            value = dish.id
        elif role == Qt.ItemDataRole.TextAlignmentRole:
            value = int(column.alignment.value)
        elif role == Qt.ItemDataRole.ToolTipRole:
            value = self._tooltip(column.key, dish)
        elif column.key == "checked" and dish.check_stale:
            value = self._stale_look(role)
        elif role == Qt.ItemDataRole.ForegroundRole and not dish.active:
            value = QBrush(QColor(HINT_COLOUR))
        return value

    def _stale_look(self, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(WARNING_COLOUR))
        if role == Qt.ItemDataRole.DecorationRole:
            if self._warning_icon is None:
                style = QApplication.style()
                self._warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return self._warning_icon
        return None

    def _tooltip(self, key: str, dish: DishSummary) -> str | None:
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
            return COLUMNS[self.column_of(key)].display(dish) or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("DishTableModel", COLUMNS[section].title)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(COLUMNS[section].alignment.value)
        return None
