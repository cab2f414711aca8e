"""The form to add and edit one dish: names, course, price to guests, whether the quantities are
for one portion or a batch, the recipe lines, the method, the cost per portion as it is typed,
and the allergens the ingredients bring, read-only, each with the ingredients it comes from.
Allergens are never typed here: they belong to the ingredients."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from canteen_app.app import AppServices
from canteen_app.canteen.dishes.dto import DishDetails
from canteen_app.canteen.dishes.rules import (
    PORTIONS_MAX,
    Course,
    DishInput,
    RecipeLineInput,
    portion_cost,
    validate_dish,
)
from canteen_app.canteen.ingredients.dto import AllergenProfile, IngredientInfo
from canteen_app.canteen.ingredients.rules import CHECK_VALID_MONTHS
from canteen_app.core.errors import ConcurrencyError, DomainError, NotFoundError, ValidationError
from canteen_app.core.text import QT_TRANSLATE_NOOP, Message
from ui.canteen.dishes.recipe import LineState, RecipeEditor
from ui.canteen.dishes.sources import AllergenSources
from ui.common.context import UiContext
from ui.common.edit_dialog import EditDialog
from ui.common.formatting import local_decimal, money, quiet
from ui.common.i18n import message_text
from ui.common.kitchen_words import course_name
from ui.common.widgets import FieldMessage, WideListComboBox

DIALOG_WIDTH_LINES = 60  # the dialog's width, in text lines (so it grows with the text)
DEFAULT_BATCH = 40

FIELD_ORDER = ("name_nb", "name_en", "course", "price", "batch_portions", "lines", "method")

# The service's own words for this rule, so the form says it before a save, in the same words.
_VEGETARIAN_RULE = QT_TRANSLATE_NOOP("errors", "A vegetarian main cannot contain {ingredients}.")


class DishDialog(EditDialog[DishDetails, DishInput]):
    """Add or edit one dish; `saved` carries the dish as stored (DishDetails)."""

    field_order = FIELD_ORDER

    def __init__(
        self,
        context: UiContext,
        ingredients: Sequence[IngredientInfo],
        details: DishDetails | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("dishDialog")
        self._ingredients = list(ingredients)
        self._build()
        if details is None:
            self._load_new()
        else:
            self.load(details)

    # --- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.addWidget(self._dish_group(), 0, 0)
        grid.addWidget(self._allergen_group(), 0, 1)
        grid.addWidget(self._recipe_group(), 1, 0, 1, 2)
        grid.addWidget(self._method_group(), 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addWidget(self._scrolling(content, "dishFormScroll"), 1)
        self._add_footer(layout, "dish")
        self._roomy_size(DIALOG_WIDTH_LINES)

    def showEvent(self, event: QShowEvent) -> None:
        self._fit_width()
        super().showEvent(event)
        self._roomy_size(DIALOG_WIDTH_LINES)

    def _dish_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Dish"))
        form = self._form(group)
        self.name_nb_edit = self._line_edit("name_nb")
        self._add_row(form, "name_nb", self.tr("Name (Norwegian)"), self.name_nb_edit)
        self.name_en_edit = self._line_edit("name_en")
        self._add_row(form, "name_en", self.tr("Name (English)"), self.name_en_edit)
        self.course_combo = WideListComboBox()
        for course in Course:
            self.course_combo.addItem(course_name(course), course.value)
        self.course_combo.currentIndexChanged.connect(lambda _index: self._on_changed("course"))
        self._add_row(form, "course", self.tr("Course"), self.course_combo)

        self._add_row(form, "price", self.tr("Price to guests"), self._price_field())
        label, yield_box = self._yield_field()
        form.addRow(label, yield_box)
        return group

    def _price_field(self) -> QWidget:
        price = QWidget()
        price_row = QHBoxLayout(price)
        price_row.setContentsMargins(0, 0, 0, 0)
        self.price_edit = self._line_edit("price")
        self.price_edit.setObjectName("priceInput")
        self.price_edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.price_edit.setMaximumWidth(self.price_edit.fontMetrics().horizontalAdvance("0") * 12 + 16)
        self.price_edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        price_row.addWidget(self.price_edit)
        price_row.addWidget(QLabel(self.tr("kr")))
        price_row.addStretch(1)
        price.setFocusProxy(self.price_edit)
        return price

    def _yield_field(self) -> tuple[QLabel, QWidget]:
        """ "Quantities are for: one portion / a batch of N portions"."""
        yield_box = QWidget()
        yield_box.setObjectName("yieldBox")
        yield_layout = QVBoxLayout(yield_box)
        yield_layout.setContentsMargins(0, 0, 0, 0)
        yield_layout.setSpacing(2)
        self.per_portion_radio = QRadioButton(self.tr("one portion"))
        self.per_portion_radio.setObjectName("perPortionRadio")
        self.per_portion_radio.setAccessibleName(self.tr("Quantities are for one portion"))
        yield_layout.addWidget(self.per_portion_radio)
        batch_row = QHBoxLayout()
        self.batch_radio = QRadioButton(self.tr("a batch of"))
        self.batch_radio.setObjectName("batchRadio")
        self.batch_radio.setAccessibleName(self.tr("Quantities are for a batch"))
        batch_row.addWidget(self.batch_radio)
        self.batch_spin = QSpinBox()
        self.batch_spin.setObjectName("batchPortionsInput")
        self.batch_spin.setRange(1, PORTIONS_MAX)
        self.batch_spin.setValue(DEFAULT_BATCH)
        self.batch_spin.setAccessibleName(self.tr("Portions the batch makes"))
        self.batch_spin.valueChanged.connect(lambda _value: self._on_changed("batch_portions"))
        batch_row.addWidget(self.batch_spin)
        batch_row.addWidget(QLabel(self.tr("portions")))
        batch_row.addStretch(1)
        yield_layout.addLayout(batch_row)
        self._yield_group = QButtonGroup(self)
        self._yield_group.addButton(self.per_portion_radio)
        self._yield_group.addButton(self.batch_radio)
        self.per_portion_radio.setChecked(True)
        self.batch_radio.toggled.connect(self._on_yield_toggled)
        label = self._row_label(self.tr("Quantities are for"), self.per_portion_radio)
        message = FieldMessage("batch_portions")
        self.messages["batch_portions"] = message
        self.editors["batch_portions"] = self.batch_spin
        yield_layout.addWidget(message)
        return label, yield_box

    def _allergen_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Allergens (from the ingredients)"))
        layout = QVBoxLayout(group)
        self.sources = AllergenSources("dishAllergens")
        layout.addWidget(self.sources, 1)
        self.stale_label = FieldMessage("dishStale")
        layout.addWidget(self.stale_label)
        hint = QLabel(self.tr("Allergens are never typed on a dish: correct them on the ingredient."))
        hint.setObjectName("dishAllergenHint")
        hint.setWordWrap(True)
        quiet(hint)
        layout.addWidget(hint)
        return group

    def _recipe_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Recipe"))
        layout = QVBoxLayout(group)
        self.recipe = RecipeEditor(self._ingredients)
        self.recipe.changed.connect(self._on_recipe_changed)
        layout.addWidget(self.recipe)
        self.lines_message = FieldMessage("lines")
        self.messages["lines"] = self.lines_message
        self.editors["lines"] = self.recipe.add_button
        layout.addWidget(self.lines_message)
        self.cost_label = QLabel()
        self.cost_label.setObjectName("portionCostLabel")
        self.cost_label.setWordWrap(True)
        font = self.cost_label.font()
        font.setBold(True)
        self.cost_label.setFont(font)
        layout.addWidget(self.cost_label)
        return group

    def _method_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Method"))
        layout = QVBoxLayout(group)
        self.method_edit = QPlainTextEdit()
        self.method_edit.setObjectName("methodInput")
        self.method_edit.setAccessibleName(self.tr("Method"))
        self.method_edit.setTabChangesFocus(True)
        self.method_edit.setPlaceholderText(self.tr("How the dish is made, step by step"))
        line = self.method_edit.fontMetrics().lineSpacing()
        self.method_edit.setMinimumHeight(line * 5)
        self.method_edit.textChanged.connect(lambda: self._on_changed("method"))
        layout.addWidget(self.method_edit)
        message = FieldMessage("method")
        self.messages["method"] = message
        self.editors["method"] = self.method_edit
        layout.addWidget(message)
        return group

    # --- filling the form ----------------------------------------------------------------------

    def _load_new(self) -> None:
        self.setWindowTitle(self.tr("New dish"))
        self._stored = None
        self._expected_version = None
        self._loading = True
        try:
            self.recipe.add_line()
        finally:
            self._loading = False
        self._after_load()

    def load(self, details: DishDetails) -> None:
        """Show a stored dish; it becomes the version the next save is checked against."""
        self.setWindowTitle(self.tr("Dish – {name}").format(name=details.summary.name_nb))
        self._fill(details.as_input())
        self._stored = details
        self._expected_version = details.version
        self._after_load()

    def _fill(self, data: DishInput) -> None:
        self._loading = True
        try:
            self.name_nb_edit.setText(data.name_nb)
            self.name_en_edit.setText(data.name_en)
            index = self.course_combo.findData(data.course)
            self.course_combo.setCurrentIndex(max(index, 0))
            self.price_edit.setText(local_decimal(data.price))
            if data.batch_portions.strip().isdigit():
                self.batch_radio.setChecked(True)
                self.batch_spin.setValue(int(data.batch_portions))
            else:
                self.per_portion_radio.setChecked(True)
            self.recipe.clear()
            for line in data.lines:
                self.recipe.add_line(line.ingredient_id, line.quantity)
            if not data.lines:
                self.recipe.add_line()
            if self.method_edit.toPlainText() != data.method:
                self.method_edit.setPlainText(data.method)
        finally:
            self._loading = False
        self._on_yield_toggled(self.batch_radio.isChecked())

    def _after_load(self) -> None:
        self._server_errors.clear()
        self._touched.clear()
        self._show_all = False
        self._baseline = self.form_input()
        self._update_derived()
        self.status.clear_message()
        self.validate()
        self.name_nb_edit.setFocus()

    def continue_draft(self, typed: DishInput, expected_version: int | None) -> None:
        """Put back what was typed before an idle lock."""
        self._fill(typed)
        self._update_derived()
        self._typing_is_back(expected_version)

    # --- reading the form ----------------------------------------------------------------------

    @property
    def details(self) -> DishDetails | None:
        """The stored dish this dialog edits (None for a new one)."""
        return self._stored

    def form_input(self) -> DishInput:
        lines = tuple(
            RecipeLineInput(state.ingredient.id, state.quantity_text)
            for state in self.recipe.states()
            if state.ingredient is not None
        )
        return DishInput(
            name_nb=self.name_nb_edit.text(),
            name_en=self.name_en_edit.text(),
            course=self.course_combo.currentData() or "",
            method=self.method_edit.toPlainText(),
            price=self.price_edit.text(),
            batch_portions=str(self.batch_spin.value()) if self.batch_radio.isChecked() else "",
            lines=lines,
        )

    def is_dirty(self) -> bool:
        if self._baseline is None:
            return False
        unnamed = any(s.ingredient is None and not s.is_blank for s in self.recipe.states())
        return unnamed or self.form_input() != self._baseline

    # --- live feedback -------------------------------------------------------------------------

    def _on_changed(self, field_name: str) -> None:
        super()._on_changed(field_name)
        if not self._loading and field_name in ("course", "batch_portions"):
            self._update_derived()

    def _on_yield_toggled(self, batch: bool) -> None:
        self.batch_spin.setEnabled(batch)
        self._on_changed("batch_portions")
        self._update_derived()

    def _on_recipe_changed(self) -> None:
        if self._loading:
            return
        self._server_errors.pop("lines", None)
        self._server_errors.pop("course", None)  # a vegetarian main may be one now
        self._update_derived()
        if self._show_all or "lines" in self._touched:
            self._validate_timer.start()

    def _chosen(self) -> list[LineState]:
        return [state for state in self.recipe.states() if state.ingredient is not None]

    def _update_derived(self) -> None:
        """The cost per portion and the allergens, from the lines as they read now."""
        chosen = self._chosen()
        named: dict[str, AllergenProfile] = {}
        for state in chosen:
            assert state.ingredient is not None
            named[state.ingredient.name_nb] = state.ingredient.profile
        self.sources.show_profiles(named)
        stale = sorted({s.ingredient.name_nb for s in chosen if s.ingredient and s.ingredient.check_stale})
        if stale:
            self.stale_label.show_warning(
                self.tr("Allergen data of {names} has not been checked for {months} months.").format(
                    names=", ".join(stale), months=CHECK_VALID_MONTHS
                )
            )
        else:
            self.stale_label.clear_message()
        self.cost_label.setText(self._cost_text(chosen))

    def _cost_text(self, chosen: list[LineState]) -> str:
        if not chosen:
            return self.tr("Cost per portion: add ingredients and quantities.")
        if any(s.ingredient is None and not s.is_blank for s in self.recipe.states()):
            return self.tr("Cost per portion: choose the ingredient on every line.")
        without_price = [
            s.ingredient.name_nb for s in chosen if s.ingredient and s.ingredient.unit_cost is None
        ]
        if without_price:
            return self.tr("Cost per portion unknown: no price for {names}.").format(
                names=", ".join(without_price)
            )
        if any(s.quantity is None for s in chosen):
            return self.tr("Cost per portion: type a quantity on every line.")
        batch = self.batch_spin.value() if self.batch_radio.isChecked() else None
        lines = [
            (s.quantity, s.ingredient.unit_cost) for s in chosen if s.quantity is not None and s.ingredient
        ]
        per_portion = portion_cost(lines, batch)
        text = self.tr("Cost per portion: {cost}").format(cost=money(per_portion))
        if batch is not None:
            total = sum((s.cost or Decimal(0) for s in chosen), Decimal(0))
            text += " " + self.tr("(the batch: {total} for {portions} portions)").format(
                total=money(total), portions=batch
            )
        return text

    @property
    def cost_text(self) -> str:
        return self.cost_label.text()

    def validate(self) -> dict[str, Message]:
        """Check what is typed now; show the problems of the fields the user has been to (all of
        them once a save was tried)."""
        self._validate_timer.stop()
        _clean, errors = validate_dish(self.form_input())
        errors.update(self._line_errors())
        errors = {**self._server_errors, **errors}
        self._show_messages(errors)
        return errors

    def _line_errors(self) -> dict[str, Message]:
        """What only the form can see: a line naming no ingredient, an ingredient twice, a
        vegetarian main with meat or fish."""
        errors: dict[str, Message] = {}
        states = self.recipe.states()
        unnamed = [s.number for s in states if s.ingredient is None and not s.is_blank]
        if unnamed:
            errors["lines"] = Message(
                QT_TRANSLATE_NOOP(
                    "DishDialog", "Line {lines}: choose an ingredient from the list (type part of its name)."
                ),
                {"lines": ", ".join(str(n) for n in unnamed)},
                "DishDialog",
            )
        course = self.course_combo.currentData()
        if course == Course.VEGETARIAN_MAIN.value:
            meat = [
                s.ingredient.name_nb
                for s in states
                if s.ingredient and not s.ingredient.profile.diet.vegetarian
            ]
            if meat:
                errors["course"] = Message(_VEGETARIAN_RULE, {"ingredients": ", ".join(meat)})
        return errors

    # --- saving --------------------------------------------------------------------------------

    def _write(self) -> None:
        data = self.form_input()
        actor = self._context.actor
        details, version = self._stored, self._expected_version

        def write(app: AppServices) -> DishDetails:
            if details is None:
                return app.dishes.add(actor, data)
            assert version is not None
            return app.dishes.update(actor, details.summary.id, version, data)

        self._context.ops.write(self, write, self._on_saved, self._on_save_failed, self._set_saving)

    def _on_save_failed(self, error: DomainError) -> None:
        if isinstance(error, ValidationError):
            self._server_errors = dict(error.field_errors)
            self._refuse(self.validate())
        elif isinstance(error, ConcurrencyError) and isinstance(error.current, DishDetails):
            self.show_conflict(error, error.current)
        elif isinstance(error, NotFoundError):
            self.status.show_error(
                self.tr("Not saved: this dish was deleted meanwhile. Your typing is still here.")
            )
        else:
            self.form_errors.show(error)

    def show_conflict(self, error: ConcurrencyError, theirs: DishDetails) -> None:
        """Someone saved this dish after it was opened here: the typing stays; keep mine, take
        theirs, or go back to editing."""
        self._ask_which_version(
            "dishConflictDialog",
            theirs,
            message_text(error.message),
            self.tr("Keep your version (it replaces theirs), or use theirs (your changes are dropped)?"),
            self.tr("Not saved: someone else changed this dish meanwhile. Your changes are still here."),
        )
