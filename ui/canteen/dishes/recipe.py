"""The recipe lines of the dish form: an ingredient found among hundreds by typing any part of
its name, the quantity in that ingredient's unit, and what the line costs.

Each picker is an editable combo box over one shared list of the site's ingredients, with a
completer that matches anywhere in the name ("mel" finds Hvetemel and Sammalt hvetemel). What
is typed is the truth: a line's ingredient is the one whose name it reads, or none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from canteen_app.canteen.ingredients.dto import IngredientInfo
from canteen_app.canteen.ingredients.rules import parse_amount
from ui.common.formatting import local_decimal, money
from ui.common.kitchen_words import unit_word
from ui.common.widgets import WideListComboBox

QUANTITY_CHARS = 9  # the quantity field's width, in digits
COST_CHARS = 12
UNIT_INDENT = 6  # keeps the unit off the right-aligned quantity before it


@dataclass(frozen=True)
class LineState:
    """One line as typed: the ingredient it names (None: none yet, or no such ingredient)."""

    number: int  # 1, 2, ... as the user counts them
    ingredient: IngredientInfo | None
    name_text: str
    quantity_text: str
    quantity: Decimal | None  # None when empty or not a number

    @property
    def is_blank(self) -> bool:
        return not self.name_text.strip() and not self.quantity_text.strip()

    @property
    def cost(self) -> Decimal | None:
        if self.ingredient is None or self.quantity is None or self.ingredient.unit_cost is None:
            return None
        return (self.quantity * self.ingredient.unit_cost).quantize(Decimal("0.01"))


class RecipeLineRow(QWidget):
    """Ingredient picker, quantity, unit, cost and a button to remove the line."""

    changed = Signal()
    remove_requested = Signal(object)  # this row

    def __init__(self, editor: RecipeEditor, widths: tuple[int, int, int]) -> None:
        super().__init__()
        self._editor = editor
        self.number = 0
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.picker = WideListComboBox()
        self.picker.setEditable(True)
        self.picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.picker.setModel(editor.ingredient_model)
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.setMinimumContentsLength(14)
        self.picker.setMaxVisibleItems(15)
        completer = QCompleter(editor.ingredient_model, self.picker)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.picker.setCompleter(completer)
        line_edit = self.picker.lineEdit()
        assert line_edit is not None
        # Tall enough that the field inside keeps its own height, at any text size.
        self.picker.setMinimumHeight(line_edit.minimumSizeHint().height() + 8)
        line_edit.setPlaceholderText(QCoreApplication.translate("RecipeEditor", "Type part of the name…"))
        self.picker.setCurrentIndex(-1)
        self.picker.setEditText("")
        self.picker.editTextChanged.connect(self._on_changed)
        layout.addWidget(self.picker, 1)
        self.quantity_edit = QLineEdit()
        self.quantity_edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.quantity_edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.quantity_edit.setFixedWidth(widths[0])
        self.quantity_edit.textChanged.connect(self._on_changed)
        layout.addWidget(self.quantity_edit)
        self.unit_label = QLabel()
        self.unit_label.setIndent(UNIT_INDENT)
        self.unit_label.setFixedWidth(widths[1])
        layout.addWidget(self.unit_label)
        self.cost_label = QLabel()
        self.cost_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.cost_label.setMinimumWidth(widths[2])
        layout.addWidget(self.cost_label)
        self.remove_button = QPushButton(QCoreApplication.translate("RecipeEditor", "Remove"))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        layout.addWidget(self.remove_button)

    def set_number(self, number: int) -> None:
        """Names for a screen reader and for tests, by the line's place in the recipe."""
        self.number = number
        self.setObjectName(f"recipeLine{number}")
        self.picker.setObjectName(f"recipeIngredient{number}")
        self.picker.setAccessibleName(
            QCoreApplication.translate("RecipeEditor", "Ingredient on line {number}").format(number=number)
        )
        self.quantity_edit.setObjectName(f"recipeQuantity{number}")
        self.quantity_edit.setAccessibleName(
            QCoreApplication.translate("RecipeEditor", "Quantity on line {number}").format(number=number)
        )
        self.remove_button.setObjectName(f"recipeRemove{number}")
        self.remove_button.setAccessibleName(
            QCoreApplication.translate("RecipeEditor", "Remove line {number}").format(number=number)
        )

    def fill(self, ingredient: IngredientInfo | None, quantity: str) -> None:
        self.picker.setEditText(ingredient.name_nb if ingredient is not None else "")
        self.quantity_edit.setText(local_decimal(quantity))
        self._on_changed()

    def state(self) -> LineState:
        text = self.picker.currentText()
        ingredient = self._editor.find_ingredient(text)
        quantity_text = self.quantity_edit.text()
        try:
            quantity: Decimal | None = parse_amount(quantity_text) if quantity_text.strip() else None
        except ValueError:
            quantity = None
        return LineState(self.number, ingredient, text, quantity_text, quantity)

    def _on_changed(self, *_args: object) -> None:
        state = self.state()
        self.unit_label.setText(unit_word(state.ingredient.unit) if state.ingredient else "")
        cost = state.cost
        if cost is not None:
            self.cost_label.setText(money(cost))
        elif state.ingredient is not None and state.ingredient.unit_cost is None:
            self.cost_label.setText(QCoreApplication.translate("RecipeEditor", "no price"))
        else:
            self.cost_label.setText("")
        self.changed.emit()


class RecipeEditor(QWidget):
    """The recipe's lines, a header over them, and a button that adds one more."""

    changed = Signal()

    def __init__(self, ingredients: Sequence[IngredientInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recipeEditor")
        self._by_id = {info.id: info for info in ingredients}
        self._by_name = {info.name_nb.casefold(): info for info in ingredients}
        self.ingredient_model = QStandardItemModel(self)
        for info in ingredients:
            item = QStandardItem(info.name_nb)
            item.setData(info.id, Qt.ItemDataRole.UserRole)
            if info.name_en:
                item.setToolTip(info.name_en)
            self.ingredient_model.appendRow(item)
        digit = self.fontMetrics().horizontalAdvance("0")
        self._widths = (
            digit * QUANTITY_CHARS + 16,
            max(self.fontMetrics().horizontalAdvance(unit_word(u)) for u in ("g", "kg", "ml", "l", "stk"))
            + 8
            + UNIT_INDENT,
            digit * COST_CHARS,
        )
        self.rows: list[RecipeLineRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self._header())
        self._lines = QVBoxLayout()
        self._lines.setSpacing(4)
        layout.addLayout(self._lines)
        self.empty_label = QLabel(QCoreApplication.translate("RecipeEditor", "No ingredients yet."))
        self.empty_label.setObjectName("recipeEmptyLabel")
        layout.addWidget(self.empty_label)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(QCoreApplication.translate("RecipeEditor", "Add ingredient"))
        self.add_button.setObjectName("addRecipeLineButton")
        self.add_button.setMinimumHeight(36)
        self.add_button.clicked.connect(self._add_clicked)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._update_empty()

    def _header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        titles = (
            (QCoreApplication.translate("RecipeEditor", "Ingredient"), 0, Qt.AlignmentFlag.AlignLeft),
            (
                QCoreApplication.translate("RecipeEditor", "Quantity"),
                self._widths[0],
                Qt.AlignmentFlag.AlignRight,
            ),
            (QCoreApplication.translate("RecipeEditor", "Unit"), self._widths[1], Qt.AlignmentFlag.AlignLeft),
            (
                QCoreApplication.translate("RecipeEditor", "Cost"),
                self._widths[2],
                Qt.AlignmentFlag.AlignRight,
            ),
        )
        self.header_labels: list[QLabel] = []
        for text, width, alignment in titles:
            label = QLabel(text)
            label.setAlignment(alignment | Qt.AlignmentFlag.AlignBottom)
            if alignment == Qt.AlignmentFlag.AlignLeft and width:
                label.setIndent(UNIT_INDENT)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            if width:
                label.setFixedWidth(max(width, label.sizeHint().width()))
                header.addWidget(label)
            else:
                header.addWidget(label, 1)
            self.header_labels.append(label)
        self._remove_room = QWidget()  # over the remove buttons
        self._remove_room.setFixedWidth(
            QPushButton(QCoreApplication.translate("RecipeEditor", "Remove")).sizeHint().width()
        )
        header.addWidget(self._remove_room)
        return header

    # --- the lines -------------------------------------------------------------------------------

    def find_ingredient(self, text: str) -> IngredientInfo | None:
        """The ingredient whose name the text reads (case and surrounding spaces aside)."""
        return self._by_name.get(text.strip().casefold())

    def ingredient(self, ingredient_id: int) -> IngredientInfo | None:
        return self._by_id.get(ingredient_id)

    def add_line(self, ingredient_id: int | None = None, quantity: str = "") -> RecipeLineRow:
        # The quantity and unit columns line up with the header's, whatever the text size.
        widths = (
            max(self._widths[0], self.header_labels[1].width()),
            max(self._widths[1], self.header_labels[2].width()),
            max(self._widths[2], self.header_labels[3].width()),
        )
        row = RecipeLineRow(self, widths)
        row.set_number(len(self.rows) + 1)
        row.changed.connect(self.changed)
        row.remove_requested.connect(self.remove_line)
        self.rows.append(row)
        self._lines.addWidget(row)
        if ingredient_id is not None or quantity:
            row.fill(self.ingredient(ingredient_id) if ingredient_id is not None else None, quantity)
        self._update_empty()
        self.changed.emit()
        return row

    def _add_clicked(self) -> None:
        row = self.add_line()
        row.picker.setFocus()

    def remove_line(self, row: RecipeLineRow) -> None:
        if row not in self.rows:
            return
        index = self.rows.index(row)
        self.rows.remove(row)
        self._lines.removeWidget(row)
        row.hide()
        row.deleteLater()
        for number, other in enumerate(self.rows, start=1):
            other.set_number(number)
        self._update_empty()
        # The focus goes where the line was, never out of the form.
        if self.rows:
            self.rows[min(index, len(self.rows) - 1)].picker.setFocus()
        else:
            self.add_button.setFocus()
        self.changed.emit()

    def clear(self) -> None:
        for row in list(self.rows):
            self._lines.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []
        self._update_empty()

    def states(self) -> list[LineState]:
        return [row.state() for row in self.rows]

    def _update_empty(self) -> None:
        self.empty_label.setVisible(not self.rows)
