"""The dish list: search, every dish with the allergens its ingredients give, where the selected
dish's allergens come from (for every role: a guest's question is answered here), and for the
roles that manage menus adding, editing and retiring dishes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from canteen_app.access import Permission
from canteen_app.app import AppServices, Changes
from canteen_app.canteen.dishes.dto import DishDetails, DishSummary
from canteen_app.canteen.dishes.rules import DISHES, DishInput
from canteen_app.canteen.ingredients.dto import IngredientInfo
from canteen_app.canteen.ingredients.rules import INGREDIENTS
from canteen_app.core.errors import DomainError, NotFoundError
from ui.canteen.dishes.dialog import DishDialog
from ui.canteen.dishes.model import DishTableModel
from ui.canteen.dishes.sources import AllergenSources
from ui.common.context import UiContext
from ui.common.dialogs import REJECT, Choice, question_box
from ui.common.drafts import Draft
from ui.common.edit_dialog import TypedRecord
from ui.common.kitchen_words import diet_text
from ui.common.list_table import fit_columns, list_table, select_item, selected_item, sorting_proxy
from ui.common.widgets import FieldMessage, action_button, on_screen, search_edit, single_shot

SEARCH_DEBOUNCE_MS = 250
SOURCE_ROWS_SHOWN = 3  # the selected dish's allergen table, in rows (more scroll; the splitter gives more)
SELECTION_DELAY_MS = 120  # the sources follow the selection once the arrow keys rest
MAX_COLUMN_CHARS = 36

_Opened = tuple[DishDetails | None, list[IngredientInfo]]
_Selected = tuple[DishDetails, dict[int, IngredientInfo]]


class DishesView(QWidget):
    """Every dish of the site with its derived allergens; the canteen manager adds, edits and
    retires them."""

    dish_saved = Signal(object)  # DishDetails
    loaded = Signal()
    sources_shown = Signal(int)  # the dish whose allergen sources are shown

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dishesView")
        self._context = context
        self._can_manage = context.actor.can(Permission.MANAGE_MENUS)
        self._loading = False
        self._reload_again = False
        self._opening = False
        self._select_after_reload: int | None = None
        self._sources_for: int | None = None
        self._dialog: DishDialog | None = None
        self._resuming: TypedRecord[DishInput] | None = None  # a draft for the next dialog
        self.model = DishTableModel(self)
        self.proxy = sorting_proxy(self.model, self)
        self.new_button: QPushButton | None = None
        self.edit_button: QPushButton | None = None
        self.retire_button: QPushButton | None = None
        self._build()
        self._search_timer = single_shot(self, SEARCH_DEBOUNCE_MS, self.reload)
        self._selection_timer = single_shot(self, SELECTION_DELAY_MS, self._load_sources)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_edit.returnPressed.connect(self.reload)
        context.ops.changed.connect(self._on_changed)
        self.reload()

    # --- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search_edit = search_edit("dishSearch", self.tr("Search by name…"), self.tr("Search dishes"))
        top.addWidget(self.search_edit, 1)
        self.retired_box = QCheckBox(self.tr("Show retired dishes"))
        self.retired_box.setObjectName("showRetiredBox")
        self.retired_box.toggled.connect(self.reload)
        top.addWidget(self.retired_box)
        self.count_label = QLabel()
        self.count_label.setObjectName("dishCount")
        top.addWidget(self.count_label)
        layout.addLayout(top)
        if self._can_manage:
            layout.addLayout(self._actions())
        self.message = FieldMessage("dishList")
        layout.addWidget(self.message)
        self.table = list_table("dishTable", self.tr("Dishes"), self.proxy)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        if self._can_manage:
            self.table.setAccessibleDescription(self.tr("Press Enter or double-click to edit a dish."))
            self.table.activated.connect(self._on_activated)

        self._build_sources()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("dishSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.sources_group)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("dishSavedLabel")
        layout.addWidget(self.saved_label)
        self._update_buttons()

    def _actions(self) -> QHBoxLayout:
        actions = QHBoxLayout()
        self.new_button = action_button("newDishButton", self.tr("New dish"), self.new_dish, 40)
        self.edit_button = action_button("editDishButton", self.tr("Edit"), self.edit_selected, 40)
        self.edit_button.setAccessibleName(self.tr("Edit the selected dish"))
        self.retire_button = action_button("retireDishButton", self.tr("Retire"), self.retire_selected, 40)
        self.retire_button.setAccessibleName(self.tr("Retire the selected dish"))
        for button in (self.new_button, self.edit_button, self.retire_button):
            actions.addWidget(button)
        actions.addStretch(1)
        return actions

    def _build_sources(self) -> None:
        """Where the selected dish's allergens come from, for every role."""
        self.sources_group = QGroupBox(self.tr("Where the allergens come from"))
        self.sources_group.setObjectName("dishSourcesGroup")
        group_layout = QVBoxLayout(self.sources_group)
        self.sources_title = QLabel(self.tr("Choose a dish in the list."))
        self.sources_title.setObjectName("dishSourcesTitle")
        self.sources_title.setWordWrap(True)
        group_layout.addWidget(self.sources_title)
        self.sources = AllergenSources("selectedDishAllergens", rows_shown=SOURCE_ROWS_SHOWN, summary=False)
        self.sources.setVisible(False)
        group_layout.addWidget(self.sources, 1)

    # --- the list ------------------------------------------------------------------------------

    @property
    def is_loading(self) -> bool:
        return self._loading

    def reload(self) -> None:
        self._search_timer.stop()
        if self._loading:
            self._reload_again = True
            return
        actor = self._context.actor
        search = self.search_edit.text()
        retired = self.retired_box.isChecked()
        self._loading = True
        self._update_count()
        self._context.ops.read(
            self,
            lambda app: app.dishes.dishes(actor, search, include_retired=retired),
            self._on_loaded,
            self._on_load_failed,
        )

    def _on_loaded(self, rows: list[DishSummary]) -> None:
        self._loading = False
        if self._reload_again:
            self._reload_again = False
            self.reload()
            return
        selected = self.selected_dish()
        keep = self._select_after_reload or (selected.id if selected else None)
        self._select_after_reload = None
        self.model.set_rows(rows)
        fit_columns(self.table, MAX_COLUMN_CHARS)
        self.message.clear_message()
        self._update_count()
        if keep is not None:
            self.select(keep)
        if self.selected_dish() is None:
            self._show_no_sources()
        else:
            self._selection_timer.start()  # the allergens may have changed with an ingredient
        self._update_buttons()
        self.loaded.emit()

    def _on_load_failed(self, error: DomainError) -> None:
        self._loading = False
        self._reload_again = False
        self._update_count()
        self.message.show_domain_error(error)

    def _update_count(self) -> None:
        if self._loading and self.model.rowCount() == 0:
            self.count_label.setText(self.tr("Loading…"))
            return
        rows = self.model.rows
        if self.search_edit.text().strip():
            self.count_label.setText(self.tr("Found: {count}").format(count=len(rows)))
        else:
            self.count_label.setText(self.tr("Dishes: {count}").format(count=len(rows)))

    def _on_changed(self, changes: Changes, source: object) -> None:
        """A dish, or an ingredient a dish derives its allergens and cost from, changed."""
        if changes.touches(DISHES, INGREDIENTS) and source is not self and source is not self._dialog:
            self.reload()  # (a save in this view's own form reloads through _on_saved)

    def selected_dish(self) -> DishSummary | None:
        return selected_item(self.table, self.model)

    def select(self, dish_id: int) -> None:
        select_item(self.table, self.model, dish_id)

    def _on_selection(self, *_args: QItemSelection) -> None:
        self._update_buttons()
        if self.selected_dish() is None:
            self._show_no_sources()
        else:
            self._selection_timer.start()

    def _update_buttons(self) -> None:
        selected = self.selected_dish()
        chosen = selected is not None and not self._opening
        if self.edit_button is not None:
            self.edit_button.setEnabled(chosen)
        if self.retire_button is not None:
            self.retire_button.setEnabled(chosen)
            retired = selected is not None and not selected.active
            self.retire_button.setText(self.tr("Bring back") if retired else self.tr("Retire"))
            self.retire_button.setAccessibleName(
                self.tr("Bring the selected dish back") if retired else self.tr("Retire the selected dish")
            )
        if self.new_button is not None:
            self.new_button.setEnabled(not self._opening)

    # --- where the selected dish's allergens come from ------------------------------------------

    def _load_sources(self) -> None:
        selected = self.selected_dish()
        if selected is None:
            return
        actor = self._context.actor
        dish_id = selected.id

        def load(app: AppServices) -> _Selected:
            details = app.dishes.details(actor, dish_id)
            ids = [line.ingredient_id for line in details.lines]
            return details, app.ingredients.profiles(actor.site_id, ids)

        self._sources_for = dish_id
        self._context.ops.read(self, load, self._show_sources, self._on_sources_failed)

    def _show_sources(self, selected: _Selected) -> None:
        details, infos = selected
        current = self.selected_dish()
        if current is None or current.id != details.summary.id:
            return  # another dish was chosen meanwhile
        named = {
            infos[line.ingredient_id].name_nb: infos[line.ingredient_id].profile
            for line in details.lines
            if line.ingredient_id in infos
        }
        self.sources_title.setText(
            self.tr("{dish}: {diet}").format(
                dish=details.summary.name_nb, diet=diet_text(details.summary.allergens.diet)
            )
        )
        self.sources.show_profiles(named)
        self.sources.setVisible(True)
        self.sources_shown.emit(details.summary.id)

    def _on_sources_failed(self, error: DomainError) -> None:
        self._show_no_sources()
        self.message.show_domain_error(error)

    def _show_no_sources(self) -> None:
        self._sources_for = None
        self.sources_title.setText(self.tr("Choose a dish in the list."))
        self.sources.setVisible(False)

    # --- opening and adding --------------------------------------------------------------------

    def _on_activated(self, index: QModelIndex) -> None:
        dish_id = self.proxy.data(index, DishTableModel.IdRole)
        if dish_id is not None:
            self.open_dish(int(dish_id))

    def edit_selected(self) -> None:
        selected = self.selected_dish()
        if selected is not None:
            self.open_dish(selected.id)

    def new_dish(self) -> None:
        if not self._can_manage or self._opening:
            return
        actor = self._context.actor

        def load(app: AppServices) -> _Opened:
            return None, app.ingredients.ingredients(actor)

        self._start_opening(load)

    def open_dish(self, dish_id: int) -> None:
        """Read the dish as stored now, and every ingredient for the recipe's pickers."""
        if not self._can_manage or self._opening:
            return
        actor = self._context.actor

        def load(app: AppServices) -> _Opened:
            return app.dishes.details(actor, dish_id), app.ingredients.ingredients(actor)

        self._start_opening(load)

    def _start_opening(self, load: Callable[[AppServices], _Opened]) -> None:
        self.message.clear_message()
        self.saved_label.clear()
        self._context.ops.read(self, load, self._on_opened, self._on_open_failed, self._set_opening)

    def _set_opening(self, opening: bool) -> None:
        self._opening = opening
        self._update_buttons()

    def _on_opened(self, opened: _Opened) -> None:
        details, ingredients = opened
        typed, self._resuming = self._resuming, None
        self._dialog = DishDialog(self._context, ingredients, details, self)
        self._dialog.open_for(self._on_saved, typed)

    def _on_open_failed(self, error: DomainError) -> None:
        self.message.show_domain_error(error)
        if isinstance(error, NotFoundError):
            self.reload()

    def _on_saved(self, details: DishDetails) -> None:
        self.saved_label.setText(self.tr("Saved: {name}").format(name=details.summary.name_nb))
        self._select_after_reload = details.summary.id
        self.reload()
        self.dish_saved.emit(details)

    # --- retiring ------------------------------------------------------------------------------

    def retire_selected(self) -> None:
        """Retire a dish from the menu pickers (menus that served it keep it), or bring one back."""
        selected = self.selected_dish()
        if selected is None or not self._can_manage:
            return
        if not selected.active:
            self._set_active(selected, True)
            return
        box, (retire, _keep) = question_box(
            self,
            "retireDishDialog",
            QMessageBox.Icon.Question,
            self.tr("Retire dish?"),
            self.tr(
                "Retire {name}? It leaves the lists to plan menus from; menus that served it keep it."
            ).format(name=selected.name_nb),
            "",
            [
                Choice(self.tr("Retire"), QMessageBox.ButtonRole.AcceptRole, "confirmRetireDishButton"),
                Choice(self.tr("Keep it"), REJECT, "keepDishButton"),
            ],
            default=1,
            escape=1,
        )

        def chosen(button: QAbstractButton) -> None:
            if button is retire:
                self._set_active(selected, False)

        box.buttonClicked.connect(chosen)
        box.open()

    def _set_active(self, dish: DishSummary, active: bool) -> None:
        actor = self._context.actor

        def done(_none: None) -> None:
            text = self.tr("Brought back: {name}") if active else self.tr("Retired: {name}")
            self.saved_label.setText(text.format(name=dish.name_nb))
            self._select_after_reload = dish.id
            self.reload()

        self._context.ops.write(
            self,
            lambda app: app.dishes.set_active(actor, dish.id, active),
            done,
            self.message.show_domain_error,
            self.retire_button,
        )

    # --- typed work kept over an idle lock (ui/common/drafts.py) -------------------------------

    @property
    def dialog(self) -> DishDialog | None:
        """The open dish form, if any."""
        return on_screen(self._dialog)

    def unsaved_work(self) -> list[Draft]:
        dialog = self.dialog
        if dialog is None or not dialog.is_dirty():
            return []
        details = dialog.details
        title = (
            self.tr("dish {name}").format(name=details.summary.name_nb)
            if details is not None
            else self.tr("a new dish")
        )
        return [Draft("dishes", title, dialog.typed(details.summary.id if details else None))]

    def resume(self, draft: Draft) -> None:
        typed = draft.payload
        if not isinstance(typed, TypedRecord) or not isinstance(typed.input, DishInput):
            return
        self._resuming = typed
        if typed.record_id is None:
            self.new_dish()
        else:
            self.open_dish(typed.record_id)

    def shutdown(self) -> None:
        """At logout: drop answers still on their way, close the form."""
        self._search_timer.stop()
        self._selection_timer.stop()
        dialog = self.dialog
        if dialog is not None:
            dialog.force_close()
