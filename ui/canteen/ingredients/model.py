"""The ingredient list's table model: every ingredient of the site, its allergens in words, and
a mark in words where the allergen data has not been checked for twelve months."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from canteen_app.canteen.ingredients.dto import IngredientInfo
from canteen_app.canteen.ingredients.rules import CHECK_VALID_MONTHS
from canteen_app.core.text import QT_TRANSLATE_NOOP
from ui.canteen.ingredients.formatting import origin_words, unit_price
from ui.common.formatting import format_date, money, number
from ui.common.kitchen_words import allergen_words, diet_text, unit_word
from ui.common.qt_models import ALIGN_RIGHT, ListColumn, ListTableModel


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


def _text_key(text: str) -> str:
    return text.casefold()


COLUMNS: tuple[ListColumn[IngredientInfo], ...] = (
    # Titles: English source texts, translated in the IngredientTableModel context.
    # The service lists the names in Norwegian order: that order is the name column's sort value.
    ListColumn(
        "name", QT_TRANSLATE_NOOP("IngredientTableModel", "Name"), lambda i: i.name_nb, lambda row, _i: row
    ),
    ListColumn(
        "allergens",
        QT_TRANSLATE_NOOP("IngredientTableModel", "Allergens"),
        lambda i: allergen_words(i.profile.contains),
        lambda _r, i: _text_key(allergen_words(i.profile.contains)),
    ),
    ListColumn(
        "may_contain",
        QT_TRANSLATE_NOOP("IngredientTableModel", "May contain traces"),
        lambda i: allergen_words(i.profile.may_contain),
        lambda _r, i: _text_key(allergen_words(i.profile.may_contain)),
    ),
    ListColumn(
        "checked",
        QT_TRANSLATE_NOOP("IngredientTableModel", "Allergens checked"),
        check_text,
        lambda _r, i: i.checked_on.toordinal() if i.checked_on else 0,
    ),
    ListColumn(
        "unit",
        QT_TRANSLATE_NOOP("IngredientTableModel", "Unit"),
        lambda i: unit_word(i.unit),
        lambda _r, i: i.unit,
    ),
    ListColumn(
        "pack",
        QT_TRANSLATE_NOOP("IngredientTableModel", "Pack"),
        pack_text,
        lambda _r, i: float(i.pack_size or 0),
    ),
    ListColumn(
        "unit_cost",
        QT_TRANSLATE_NOOP("IngredientTableModel", "Price per unit"),
        lambda i: unit_price(i.unit_cost, i.unit),
        lambda _r, i: float(i.unit_cost) if i.unit_cost is not None else -1.0,
        ALIGN_RIGHT,
    ),
    ListColumn(
        "supplier",
        QT_TRANSLATE_NOOP("IngredientTableModel", "Supplier"),
        lambda i: i.supplier,
        lambda _r, i: _text_key(i.supplier),
    ),
    ListColumn(
        "item_no",
        QT_TRANSLATE_NOOP("IngredientTableModel", "Item no."),
        lambda i: i.item_no,
        lambda _r, i: _text_key(i.item_no),
    ),
)


class IngredientTableModel(ListTableModel[IngredientInfo]):
    """A read-only table over a list of `IngredientInfo`, in the order the service gave."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, "IngredientTableModel", parent)

    def look(self, key: str, info: IngredientInfo, role: int) -> Any:
        return self.warning_look(role) if key == "checked" and info.check_stale else None

    def tooltip(self, key: str, info: IngredientInfo) -> str | None:
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
            return self.display(key, info) or None
        return None
