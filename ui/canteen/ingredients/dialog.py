"""The form to add and edit one ingredient: names, unit, supplier, pack and price (the cost per
unit follows as it is typed), the 14 allergens, animal origin (the diet follows), who checked
the allergen data and when, and the log of every allergen change (food safety)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from canteen_app.app import AppServices
from canteen_app.canteen.ingredients.allergens import Allergen
from canteen_app.canteen.ingredients.dto import AllergenChangeInfo, IngredientInfo
from canteen_app.canteen.ingredients.rules import (
    ORIGIN_OF_ALLERGEN,
    AnimalOrigin,
    IngredientInput,
    Unit,
    allergen_field,
    diet_of,
    parse_amount,
    unit_cost,
    validate_ingredient,
)
from canteen_app.core.dates import oslo_today
from canteen_app.core.errors import ConcurrencyError, DomainError, NotFoundError, ValidationError
from canteen_app.core.text import Message
from ui.canteen.ingredients.allergen_grid import AllergenGrid, State
from ui.canteen.ingredients.formatting import (
    code_words,
    origin_code_words,
    origin_word,
    origin_words,
    unit_price,
)
from ui.common.context import UiContext
from ui.common.edit_dialog import EditDialog
from ui.common.formatting import format_date, format_datetime, local_decimal, quiet
from ui.common.i18n import message_text
from ui.common.kitchen_words import allergen_words, diet_text, unit_word
from ui.common.widgets import FieldMessage, WideListComboBox, read_only_table

DIALOG_WIDTH_LINES = 56  # the dialog's width, in text lines (so it grows with the text)
HISTORY_ROWS_SHOWN = 4  # the history table's height, in rows; more scroll

# The fields in the order of the form (the first with a problem gets the focus).
FIELD_ORDER = (
    "name_nb",
    "name_en",
    "unit",
    "supplier",
    "item_no",
    "pack_size",
    "pack_price",
    "animal_origin",
    "checked_on",
    *(allergen_field(allergen) for allergen in Allergen),
)


class IngredientDialog(EditDialog[IngredientInfo, IngredientInput]):
    """Add or edit one ingredient; `saved` carries the ingredient as stored (IngredientInfo)."""

    field_order = FIELD_ORDER

    def __init__(
        self,
        context: UiContext,
        info: IngredientInfo | None = None,
        history: Sequence[AllergenChangeInfo] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("ingredientDialog")
        self._build()
        if info is None:
            self._load_new()
        else:
            self.load(info, history)

    # --- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        left = QVBoxLayout()
        left.addWidget(self._ingredient_group())
        left.addWidget(self._origin_group())
        left.addStretch(1)
        grid.addLayout(left, 0, 0)
        grid.addWidget(self._allergen_group(), 0, 1)
        grid.addWidget(self._check_group(), 1, 0, 1, 2)
        grid.addWidget(self._history_group(), 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addWidget(self._scrolling(content, "ingredientFormScroll"), 1)
        self._add_footer(layout, "ingredient")
        self._roomy_size(DIALOG_WIDTH_LINES)

    def showEvent(self, event: QShowEvent) -> None:
        self._fit_width()  # now with the texts and the history it shows
        super().showEvent(event)
        self._roomy_size(DIALOG_WIDTH_LINES)

    def _amount_edit(self, field_name: str, suffix: QLabel) -> tuple[QWidget, QLineEdit]:
        """A number field with its unit after it ("kg", "kr")."""
        edit = self._line_edit(field_name)
        edit.setObjectName(f"{field_name}Input")
        edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0") * 14 + 16)
        edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit)
        row.addWidget(suffix)
        row.addStretch(1)
        box.setFocusProxy(edit)
        return box, edit

    def _ingredient_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Ingredient"))
        form = self._form(group)
        self.name_nb_edit = self._line_edit("name_nb")
        self._add_row(form, "name_nb", self.tr("Name (Norwegian)"), self.name_nb_edit)
        self.name_en_edit = self._line_edit("name_en")
        self._add_row(form, "name_en", self.tr("Name (English)"), self.name_en_edit)
        self.unit_combo = WideListComboBox()
        for unit in Unit:
            self.unit_combo.addItem(unit_word(unit.value), unit.value)
        self.unit_combo.currentIndexChanged.connect(lambda _index: self._on_changed("unit"))
        self.unit_combo.currentIndexChanged.connect(self._update_units)
        self._add_row(form, "unit", self.tr("Unit"), self.unit_combo)
        self.supplier_edit = self._line_edit("supplier")
        self._add_row(form, "supplier", self.tr("Supplier"), self.supplier_edit)
        self.item_no_edit = self._line_edit("item_no")
        self._add_row(form, "item_no", self.tr("Item no."), self.item_no_edit)
        self.pack_unit_label = QLabel()
        self.pack_unit_label.setObjectName("packUnitLabel")
        pack_size, self.pack_size_edit = self._amount_edit("pack_size", self.pack_unit_label)
        self._add_row(form, "pack_size", self.tr("Pack size"), pack_size)
        pack_price, self.pack_price_edit = self._amount_edit("pack_price", QLabel(self.tr("kr")))
        self._add_row(form, "pack_price", self.tr("Pack price"), pack_price)
        self.cost_label = QLabel()
        self.cost_label.setObjectName("unitCostLabel")
        self.cost_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Cost per unit"), self.cost_label)
        self.pack_size_edit.textChanged.connect(self._update_cost)
        self.pack_price_edit.textChanged.connect(self._update_cost)
        return group

    def _origin_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Animal origin"))
        layout = QVBoxLayout(group)
        boxes = QGridLayout()
        self.origin_boxes: dict[AnimalOrigin, QCheckBox] = {}
        for number, origin in enumerate(AnimalOrigin):
            box = QCheckBox(origin_word(origin))
            box.setObjectName(f"origin_{origin.value}")
            box.toggled.connect(lambda _on: self._on_changed("animal_origin"))
            box.toggled.connect(self._update_diet)
            boxes.addWidget(box, number // 3, number % 3)
            self.origin_boxes[origin] = box
        layout.addLayout(boxes)
        self.diet_label = QLabel()
        self.diet_label.setObjectName("dietLabel")
        self.diet_label.setWordWrap(True)
        layout.addWidget(self.diet_label)
        message = FieldMessage("animal_origin")
        self.messages["animal_origin"] = message
        self.editors["animal_origin"] = self.origin_boxes[AnimalOrigin.MEAT]
        layout.addWidget(message)
        return group

    def _check_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Allergen check"))
        layout = QVBoxLayout(group)
        self.checked_label = QLabel()
        self.checked_label.setObjectName("checkedLabel")
        self.checked_label.setWordWrap(True)
        self.checked_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.checked_label)
        self.checked_today_box = QCheckBox(self.tr("Checked against the product sheet today"))
        self.checked_today_box.setObjectName("checkedTodayBox")
        self.checked_today_box.toggled.connect(lambda _on: self._on_changed("checked_on"))
        layout.addWidget(self.checked_today_box)
        hint = QLabel(self.tr("Saving changed allergens records you as the one who checked them, today."))
        hint.setObjectName("checkHint")
        hint.setWordWrap(True)
        quiet(hint)
        layout.addWidget(hint)
        message = FieldMessage("checked_on")
        self.messages["checked_on"] = message
        self.editors["checked_on"] = self.checked_today_box
        layout.addWidget(message)
        return group

    def _allergen_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Allergens"))
        layout = QVBoxLayout(group)
        self.allergen_grid = AllergenGrid()
        self.allergen_grid.changed.connect(self._on_allergens_changed)
        self.allergen_grid.state_chosen.connect(self._on_state_chosen)
        layout.addWidget(self.allergen_grid)
        layout.addStretch(1)
        for field_name, message in self.allergen_grid.messages().items():
            self.messages[field_name] = message
        for allergen in Allergen:
            self.editors[allergen_field(allergen)] = self.allergen_grid.editor(allergen)
        return group

    def _history_group(self) -> QGroupBox:
        self.history_group = QGroupBox(self.tr("Allergen changes (food safety log)"))
        layout = QVBoxLayout(self.history_group)
        self.history_model = QStandardItemModel(0, 3, self)
        self.history_model.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What changed")]
        )
        self.history_table = read_only_table(
            "allergenHistoryTable", self.tr("Allergen changes"), self.history_model
        )
        self.history_table.setWordWrap(True)
        header = self.history_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.history_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        line = self.history_table.fontMetrics().lineSpacing()
        self.history_table.setMinimumHeight(line * 2 * HISTORY_ROWS_SHOWN + header.sizeHint().height())
        layout.addWidget(self.history_table)
        self.history_empty = QLabel(self.tr("No allergen changes have been saved yet."))
        self.history_empty.setObjectName("historyEmptyLabel")
        quiet(self.history_empty)
        layout.addWidget(self.history_empty)
        return self.history_group

    # --- filling the form ----------------------------------------------------------------------

    def _load_new(self) -> None:
        self.setWindowTitle(self.tr("New ingredient"))
        self._loading = True
        try:
            self.unit_combo.setCurrentIndex(self.unit_combo.findData(Unit.KG.value))
            # Whoever types an ingredient's allergens has the product sheet in front of them.
            self.checked_today_box.setChecked(True)
        finally:
            self._loading = False
        self._stored = None
        self._expected_version = None
        self.checked_label.setText(self.tr("Not checked yet."))
        self.history_group.setVisible(False)
        self._after_load()

    def load(self, info: IngredientInfo, history: Sequence[AllergenChangeInfo] | None = None) -> None:
        """Show a stored ingredient; it becomes the version the next save is checked against.
        `history`: its allergen changes (None: keep the ones shown)."""
        self.setWindowTitle(self.tr("Ingredient – {name}").format(name=info.name_nb))
        self._fill(info.as_input())
        self._stored = info
        self._expected_version = info.version
        self._show_check(info)
        self.history_group.setVisible(True)
        if history is not None:
            self.show_history(history)
        self._after_load()

    def _fill(self, data: IngredientInput) -> None:
        self._loading = True
        try:
            self.name_nb_edit.setText(data.name_nb)
            self.name_en_edit.setText(data.name_en)
            index = self.unit_combo.findData(data.unit)
            if index < 0:
                self.unit_combo.addItem(data.unit, data.unit)
                index = self.unit_combo.count() - 1
            self.unit_combo.setCurrentIndex(index)
            self.supplier_edit.setText(data.supplier)
            self.item_no_edit.setText(data.item_no)
            self.pack_size_edit.setText(local_decimal(data.pack_size))
            self.pack_price_edit.setText(local_decimal(data.pack_price))
            for origin, box in self.origin_boxes.items():
                box.setChecked(origin in data.animal_origin)
            self.allergen_grid.load(data.contains, data.may_contain)
            self.checked_today_box.setChecked(False)
        finally:
            self._loading = False

    def _show_check(self, info: IngredientInfo) -> None:
        if info.checked_on is None:
            text = self.tr("The allergens have never been checked against the product sheet.")
        else:
            text = self.tr("Allergens checked {date} by {name}.").format(
                date=format_date(info.checked_on), name=info.checked_by or self.tr("unknown")
            )
        if info.check_stale:
            text += " " + self.tr("Check them again: the last check is more than twelve months old.")
            self.checked_label.setProperty("severity", "warning")
        else:
            self.checked_label.setProperty("severity", "")
        self.checked_label.style().unpolish(self.checked_label)
        self.checked_label.style().polish(self.checked_label)
        self.checked_label.setText(text)

    def show_history(self, history: Sequence[AllergenChangeInfo]) -> None:
        self.history_model.removeRows(0, self.history_model.rowCount())
        for change in history:
            cells = [
                QStandardItem(format_datetime(change.changed_at)),
                QStandardItem(change.actor_name),
                QStandardItem(self._change_text(change)),
            ]
            for cell in cells:
                cell.setEditable(False)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.history_model.appendRow(cells)
        self.history_table.setVisible(bool(history))
        self.history_empty.setVisible(not history)

    def _change_text(self, change: AllergenChangeInfo) -> str:
        """Only what changed: "Contains: melk → melk, egg"."""
        none = self.tr("none")
        lines = []
        for title, before, after, words in (
            (self.tr("Contains"), change.contains_before, change.contains_after, code_words),
            (self.tr("May contain traces"), change.may_contain_before, change.may_contain_after, code_words),
            (self.tr("Animal origin"), change.origin_before, change.origin_after, origin_code_words),
        ):
            if before != after:
                lines.append(f"{title}: {words(before) or none} → {words(after) or none}")
        return "\n".join(lines)

    def _after_load(self) -> None:
        self._server_errors.clear()
        self._touched.clear()
        self._show_all = False
        self._baseline = self.form_input()
        self._update_units()
        self._update_cost()
        self._update_diet()
        self.status.clear_message()
        self.validate()
        self.name_nb_edit.setFocus()

    def continue_draft(self, typed: IngredientInput, expected_version: int | None) -> None:
        """Put back what was typed before an idle lock; the save is checked against the version
        the typing started from."""
        checked_today = typed.checked_on == oslo_today() and (
            self._stored is None or self._stored.checked_on != typed.checked_on
        )
        self._fill(typed)
        self._loading = True
        try:
            self.checked_today_box.setChecked(checked_today)
        finally:
            self._loading = False
        self._update_units()
        self._update_cost()
        self._update_diet()
        self._typing_is_back(expected_version)

    # --- reading the form ----------------------------------------------------------------------

    @property
    def info(self) -> IngredientInfo | None:
        """The stored ingredient this dialog edits (None for a new one)."""
        return self._stored

    def form_input(self) -> IngredientInput:
        contains, may_contain = self.allergen_grid.marks()
        stored = self._stored.checked_on if self._stored is not None else None
        return IngredientInput(
            name_nb=self.name_nb_edit.text(),
            name_en=self.name_en_edit.text(),
            unit=self.unit_combo.currentData() or "",
            supplier=self.supplier_edit.text(),
            item_no=self.item_no_edit.text(),
            pack_size=self.pack_size_edit.text(),
            pack_price=self.pack_price_edit.text(),
            contains=contains,
            may_contain=may_contain - contains,
            animal_origin=frozenset(o for o, box in self.origin_boxes.items() if box.isChecked()),
            checked_on=oslo_today() if self.checked_today_box.isChecked() else stored,
        )

    def is_dirty(self) -> bool:
        return self._baseline is not None and self.form_input() != self._baseline

    # --- live feedback -------------------------------------------------------------------------

    def _on_allergens_changed(self) -> None:
        for allergen in Allergen:
            self._server_errors.pop(allergen_field(allergen), None)
        self._server_errors.pop("animal_origin", None)
        if self._show_all:  # after a save was tried, the messages follow every change
            self._validate_timer.start()

    def _on_state_chosen(self, allergen: Allergen, state: State) -> None:
        """Milk is dairy, egg is egg: "contains" ticks the animal origin the allergen comes from."""
        origin = ORIGIN_OF_ALLERGEN.get(allergen)
        if state is State.CONTAINS and origin is not None:
            self.origin_boxes[origin].setChecked(True)

    def _update_units(self) -> None:
        self.pack_unit_label.setText(unit_word(self.unit_combo.currentData() or ""))
        self._update_cost()

    def _update_cost(self) -> None:
        try:
            size = parse_amount(self.pack_size_edit.text())
            price = parse_amount(self.pack_price_edit.text())
        except ValueError:
            self.cost_label.setText(self.tr("Type the pack size and price"))
            return
        cost = unit_cost(size, price)
        unit = self.unit_combo.currentData() or ""
        if cost is None:
            self.cost_label.setText(self.tr("Type the pack size and price"))
        elif unit in (Unit.G, Unit.ML):
            per_thousand = unit_price(cost * 1000, Unit.KG if unit == Unit.G else Unit.L)
            self.cost_label.setText(f"{unit_price(cost, unit)} ({per_thousand})")
        else:
            self.cost_label.setText(unit_price(cost, unit))

    def _update_diet(self) -> None:
        origins = [o for o, box in self.origin_boxes.items() if box.isChecked()]
        diet = diet_of(origins)
        text = diet_text(diet)
        if origins:
            text = self.tr("{diet} (from: {origins})").format(diet=text, origins=origin_words(origins))
        self.diet_label.setText(text)

    def validate(self) -> dict[str, Message]:
        """Check what is typed now; show the problems of the fields the user has been to (all
        of them once a save was tried)."""
        self._validate_timer.stop()
        _clean, errors = validate_ingredient(self.form_input(), oslo_today())
        errors = {**self._server_errors, **errors}
        self._show_messages(errors)
        self.allergen_grid.refresh_kinds()
        return errors

    # --- saving --------------------------------------------------------------------------------

    def _refuse(self, errors: dict[str, Message]) -> None:
        super()._refuse(errors)
        self.allergen_grid.refresh_kinds()  # the kind lines follow their messages

    def _focus_first_error(self, errors: dict[str, Message]) -> None:
        """An allergen's message sends the focus to its state as chosen now."""
        for name in FIELD_ORDER:
            if name in errors:
                allergen = next((a for a in Allergen if allergen_field(a) == name), None)
                editor = self.allergen_grid.editor(allergen) if allergen else self.editors.get(name)
                if editor is not None:
                    editor.setFocus()
                return

    def _write(self) -> None:
        data = self.form_input()
        actor = self._context.actor
        info, version = self._stored, self._expected_version

        def write(app: AppServices) -> IngredientInfo:
            if info is None:
                return app.ingredients.add(actor, data)
            assert version is not None
            return app.ingredients.update(actor, info.id, version, data)

        self._context.ops.write(
            self, write, self._on_saved, lambda error: self._on_save_failed(error, data), self._set_saving
        )

    def _on_save_failed(self, error: DomainError, mine: IngredientInput) -> None:
        if isinstance(error, ValidationError):
            self._server_errors = dict(error.field_errors)
            self._refuse(self.validate())
        elif isinstance(error, ConcurrencyError) and isinstance(error.current, IngredientInfo):
            self.show_conflict(error, error.current, mine)
        elif isinstance(error, NotFoundError):
            self.status.show_error(
                self.tr("Not saved: this ingredient was deleted meanwhile. Your typing is still here.")
            )
        else:
            self.form_errors.show(error)

    # --- someone else saved first --------------------------------------------------------------

    def differences(self, theirs: IngredientInfo, mine: IngredientInput) -> list[str]:
        """The fields where their stored version differs from what is typed here, by name."""
        labels = {
            "name_nb": self.tr("Name (Norwegian)"),
            "name_en": self.tr("Name (English)"),
            "unit": self.tr("Unit"),
            "supplier": self.tr("Supplier"),
            "item_no": self.tr("Item no."),
            "pack_size": self.tr("Pack size"),
            "pack_price": self.tr("Pack price"),
            "contains": self.tr("Allergens"),
            "may_contain": self.tr("May contain traces"),
            "animal_origin": self.tr("Animal origin"),
            "checked_on": self.tr("Allergen check"),
        }
        stored = theirs.as_input()
        found = []
        for item in fields(IngredientInput):
            their_value, my_value = getattr(stored, item.name), getattr(mine, item.name)
            if item.name in ("pack_size", "pack_price"):
                their_value, my_value = _amount_or_text(their_value), _amount_or_text(my_value)
            if item.name == "checked_on" and my_value == oslo_today():
                continue  # ticking "checked today" is not a difference worth a question
            if their_value != my_value:
                found.append(labels[item.name])
        return found

    def show_conflict(self, error: ConcurrencyError, theirs: IngredientInfo, mine: IngredientInput) -> None:
        """Someone saved this ingredient after it was opened here: say so, keep the typing, and
        let the user keep their version, take the other one, or go back to editing."""
        differ = self.differences(theirs, mine)
        informative = (
            self.tr("Their version differs in: {fields}.").format(fields=", ".join(differ))
            if differ
            else self.tr("Their version has the same values you typed.")
        )
        if theirs.profile.contains or theirs.profile.may_contain:
            informative += "\n" + self.tr("Their allergens: {words}.").format(
                words=allergen_words(theirs.profile.contains) or self.tr("none")
            )
        waiting = self.tr(
            "Not saved: someone else changed this ingredient meanwhile. Your changes are still here."
        )
        self._ask_which_version(
            "ingredientConflictDialog", theirs, message_text(error.message), informative, waiting
        )


def _amount_or_text(text: str) -> object:
    try:
        return parse_amount(text) if text.strip() else None
    except ValueError:
        return text
