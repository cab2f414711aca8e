"""The ingredient list's table model: every ingredient of the site, its allergens in words, and
a mark in words where the allergen data has not been checked for twelve months."""

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

from canteen_app.canteen.ingredients.dto import IngredientInfo
from canteen_app.canteen.ingredients.rules import CHECK_VALID_MONTHS
from canteen_app.core.text import QT_TRANSLATE_NOOP
from ui.canteen.ingredients.formatting import (
    allergen_words,
    diet_text,
    money,
    number,
    origin_words,
    unit_price,
    unit_word,
)
from ui.common.formatting import WARNING_COLOUR, format_date
from ui.common.qt_models import ALIGN_LEFT, ALIGN_RIGHT, RawValueRole

ModelIndex = QModelIndex | QPersistentModelIndex


def check_text(info: IngredientInfo) -> str:
    """The "allergens checked" cell: the date, and words (not only a colour) when it is stale."""
    if info.checked_on is None:
        return QCoreApplication.translate("IngredientTableModel", "Never checked – check now")
    if info.check_stale:
        return QCoreApplication.translate("IngredientTableModel", "{date} – check again").format(
            date=format_date(info.checked_on)
        )
    return format_date(info.checked_on)


def pack_text(info: IngredientInfo) -> str:
    if info.pack_size is None:
        return ""
    size = f"{number(info.pack_size)} {unit_word(info.unit)}"
    if info.pack_price is None:
        return size
    return QCoreApplication.translate("IngredientTableModel", "{size} for {price}").format(
        size=size, price=money(info.pack_price)
    )


def _name_tooltip(info: IngredientInfo) -> str:
    lines = [info.name_nb]
    if info.name_en:
        lines.append(
            QCoreApplication.translate("IngredientTableModel", "English: {name}").format(name=info.name_en)
        )
    origin = info.profile.animal_origin
    lines.append(
        QCoreApplication.translate("IngredientTableModel", "Animal origin: {origin}").format(
            origin=origin_words(origin)
            if origin
            else QCoreApplication.translate("IngredientTableModel", "none")
        )
    )
    lines.append(diet_text(info.profile.diet))
    return "\n".join(lines)


@dataclass(frozen=True)
class _Column:
    key: str
    title: str  # English source text, translated in the IngredientTableModel context
    display: Callable[[IngredientInfo], str]
    sort_value: Callable[[int, IngredientInfo], object]
    alignment: Qt.AlignmentFlag = ALIGN_LEFT


def _text_key(text: str) -> str:
    return text.casefold()


COLUMNS: tuple[_Column, ...] = (
    # The service lists the names in Norwegian order: that order is the name column's sort value.
    _Column(
        "name", QT_TRANSLATE_NOOP("IngredientTableModel", "Name"), lambda i: i.name_nb, lambda row, _i: row
    ),
    _Column(
        "allergens",
        QT_TRANSLATE_NOOP("IngredientTableModel", "Allergens"),
        lambda i: allergen_words(i.profile.contains),
        lambda _r, i: _text_key(allergen_words(i.profile.contains)),
    ),
    _Column(
        "may_contain",
        QT_TRANSLATE_NOOP("IngredientTableModel", "May contain traces"),
        lambda i: allergen_words(i.profile.may_contain),
        lambda _r, i: _text_key(allergen_words(i.profile.may_contain)),
    ),
    _Column(
        "checked",
        QT_TRANSLATE_NOOP("IngredientTableModel", "Allergens checked"),
        check_text,
        lambda _r, i: i.checked_on.toordinal() if i.checked_on else 0,
    ),
    _Column(
        "unit",
        QT_TRANSLATE_NOOP("IngredientTableModel", "Unit"),
        lambda i: unit_word(i.unit),
        lambda _r, i: i.unit,
    ),
    _Column(
        "pack",
        QT_TRANSLATE_NOOP("IngredientTableModel", "Pack"),
        pack_text,
        lambda _r, i: float(i.pack_size or 0),
    ),
    _Column(
        "unit_cost",
        QT_TRANSLATE_NOOP("IngredientTableModel", "Price per unit"),
        lambda i: unit_price(i.unit_cost, i.unit),
        lambda _r, i: float(i.unit_cost) if i.unit_cost is not None else -1.0,
        ALIGN_RIGHT,
    ),
    _Column(
        "supplier",
        QT_TRANSLATE_NOOP("IngredientTableModel", "Supplier"),
        lambda i: i.supplier,
        lambda _r, i: _text_key(i.supplier),
    ),
    _Column(
        "item_no",
        QT_TRANSLATE_NOOP("IngredientTableModel", "Item no."),
        lambda i: i.item_no,
        lambda _r, i: _text_key(i.item_no),
    ),
)


class IngredientTableModel(QAbstractTableModel):
    """A read-only table over a list of `IngredientInfo`, in the order the service gave."""

    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[IngredientInfo] = []
        self._warning_icon: QIcon | None = None

    def set_rows(self, rows: Sequence[IngredientInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    @property
    def rows(self) -> list[IngredientInfo]:
        return list(self._rows)

    def row_at(self, row: int) -> IngredientInfo:
        return self._rows[row]

    def row_of(self, ingredient_id: int) -> int:
        return next((n for n, info in enumerate(self._rows) if info.id == ingredient_id), -1)

    def column_of(self, key: str) -> int:
        return next(n for n, column in enumerate(COLUMNS) if column.key == key)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        info = self._rows[index.row()]
        column = COLUMNS[index.column()]
        value: Any = None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            value = column.display(info)
        elif role == RawValueRole:
            value = column.sort_value(index.row(), info)
        elif role == self.IdRole:
            value = info.id
        elif role == Qt.ItemDataRole.TextAlignmentRole:
            value = int(column.alignment.value)
        elif role == Qt.ItemDataRole.ToolTipRole:
            value = self._tooltip(column.key, info)
        elif column.key == "checked" and info.check_stale:
            value = self._stale_look(role)
        return value

    def _stale_look(self, role: int) -> Any:
        """Amber text and a warning sign, besides the words that say it."""
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(WARNING_COLOUR))
        if role == Qt.ItemDataRole.DecorationRole:
            if self._warning_icon is None:
                style = QApplication.style()
                self._warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return self._warning_icon
        return None

    def _tooltip(self, key: str, info: IngredientInfo) -> str | None:
        if key == "name":
            return _name_tooltip(info)
        if key == "checked":
            by = info.checked_by or QCoreApplication.translate("IngredientTableModel", "unknown")
            if info.checked_on is None:
                return QCoreApplication.translate(
                    "IngredientTableModel",
                    "The allergen data has never been checked against the supplier's product sheet.",
                )
            text = QCoreApplication.translate("IngredientTableModel", "Checked {date} by {name}.").format(
                date=format_date(info.checked_on), name=by
            )
            if info.check_stale:
                text += " " + QCoreApplication.translate(
                    "IngredientTableModel", "Not checked for {months} months: check the product sheet again."
                ).format(months=CHECK_VALID_MONTHS)
            return text
        if key in ("allergens", "may_contain"):
            return COLUMNS[self.column_of(key)].display(info) or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("IngredientTableModel", COLUMNS[section].title)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(COLUMNS[section].alignment.value)
        return None
