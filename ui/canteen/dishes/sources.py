"""Which ingredient brings which allergen into a dish: the derived allergens, read-only, with
their sources. A guest asks "why does the soup say gluten?": the answer is on this table.

The allergens come from `canteen_app.canteen.dishes.rules.derive` and `sources` over the
ingredients' own profiles, for a stored dish and for one still being typed alike. An ingredient
that only "may contain" an allergen another ingredient contains is named as such, so the table
never says more than the ingredients do.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from canteen_app.canteen.dishes.rules import derive, sources
from canteen_app.canteen.ingredients.allergens import AllergenMark, sort_marks
from canteen_app.canteen.ingredients.dto import AllergenProfile
from ui.canteen.dishes.formatting import mark_words
from ui.common.formatting import quiet
from ui.common.kitchen_words import allergen_words, diet_text
from ui.common.widgets import read_only_table

SOURCE_ROWS_SHOWN = 5  # the table's height, in rows; more scroll


@dataclass(frozen=True)
class SourceRow:
    """One allergen mark of the dish and the ingredients that bring it."""

    mark: AllergenMark
    contained: bool  # the dish contains it (else: may contain traces)
    containing: tuple[str, ...]  # ingredients that contain it
    traces: tuple[str, ...]  # ingredients that only may contain traces of it


def source_rows(named: Mapping[str, AllergenProfile]) -> list[SourceRow]:
    """The dish's allergen marks in the regulation's order, each with its ingredients."""
    derived = derive(named.values())
    brought = sources(named)
    rows = []
    for mark in sort_marks(derived.contains | derived.may_contain):
        names = brought.get(mark, [])
        rows.append(
            SourceRow(
                mark=mark,
                contained=mark in derived.contains,
                containing=tuple(name for name in names if mark in named[name].contains),
                traces=tuple(name for name in names if mark not in named[name].contains),
            )
        )
    return rows


class AllergenSources(QWidget):
    """The derived allergens in words, the diet, and the table of where each comes from."""

    def __init__(
        self,
        name: str,
        rows_shown: int = SOURCE_ROWS_SHOWN,
        summary: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        """`summary`: the allergens and diet in words above the table (the list has them already)."""
        super().__init__(parent)
        self.setObjectName(name)
        self._summary = summary
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.contains_label = QLabel()
        self.contains_label.setObjectName(f"{name}Contains")
        self.may_label = QLabel()
        self.may_label.setObjectName(f"{name}MayContain")
        self.diet_label = QLabel()
        self.diet_label.setObjectName(f"{name}Diet")
        for label in (self.contains_label, self.may_label, self.diet_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("AllergenSources", "Allergen"),
                QCoreApplication.translate("AllergenSources", "Comes from"),
            ]
        )
        self.table = read_only_table(
            f"{name}Table",
            QCoreApplication.translate("AllergenSources", "Where the allergens come from"),
            self.model,
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        line = self.table.fontMetrics().lineSpacing()
        self.table.setMinimumHeight(round(line * 1.6 * rows_shown) + header.sizeHint().height())
        layout.addWidget(self.table, 100)
        self.empty_label = QLabel()
        self.empty_label.setObjectName(f"{name}Empty")
        self.empty_label.setWordWrap(True)
        quiet(self.empty_label)
        layout.addWidget(self.empty_label)
        layout.addStretch(1)  # takes the room while the table is hidden; the table's 100 wins otherwise
        self.show_profiles({})

    def show_profiles(self, named: Mapping[str, AllergenProfile], has_lines: bool | None = None) -> None:
        """The allergens of a dish made of these ingredients (name -> profile)."""
        self.model.removeRows(0, self.model.rowCount())
        rows = source_rows(named)
        for row in rows:
            self.model.appendRow([self._item(self._allergen_text(row)), self._item(self._from_text(row))])
        derived = derive(named.values())
        none = QCoreApplication.translate("AllergenSources", "none")
        self.contains_label.setText(
            QCoreApplication.translate("AllergenSources", "Contains: {allergens}").format(
                allergens=allergen_words(derived.contains) or none
            )
        )
        self.may_label.setText(
            QCoreApplication.translate("AllergenSources", "May contain traces: {allergens}").format(
                allergens=allergen_words(derived.may_contain) or none
            )
        )
        self.diet_label.setText(diet_text(derived.diet))
        made_of_something = bool(named) if has_lines is None else has_lines
        self.table.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        self.empty_label.setText(
            QCoreApplication.translate("AllergenSources", "None of its ingredients has an allergen.")
            if made_of_something
            else QCoreApplication.translate(
                "AllergenSources", "Add ingredients: the allergens follow from them."
            )
        )
        for label in (self.contains_label, self.may_label, self.diet_label):
            label.setVisible(self._summary and made_of_something)

    def rows(self) -> list[tuple[str, str]]:
        """What the table shows, row by row (allergen, comes from)."""
        return [
            (self.model.item(row, 0).text(), self.model.item(row, 1).text())
            for row in range(self.model.rowCount())
        ]

    @staticmethod
    def _item(text: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return item

    @staticmethod
    def _allergen_text(row: SourceRow) -> str:
        words = mark_words(row.mark)
        if row.contained:
            return words
        return QCoreApplication.translate("AllergenSources", "{allergen} (may contain traces)").format(
            allergen=words
        )

    @staticmethod
    def _from_text(row: SourceRow) -> str:
        parts = []
        if row.containing:
            parts.append(", ".join(row.containing))
        if row.traces:
            parts.append(
                QCoreApplication.translate("AllergenSources", "traces possible in {names}").format(
                    names=", ".join(row.traces)
                )
            )
        return "; ".join(parts)
