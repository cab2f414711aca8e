"""The ingredient list: search, every ingredient with its allergens in words, export to a CSV or
XLSX file, and (for the roles that manage menus) adding, editing, deleting and importing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from canteen_app.access import Permission
from canteen_app.app import AppServices, Changes
from canteen_app.canteen.ingredients.dto import AllergenChangeInfo, ImportPreview, IngredientInfo
from canteen_app.canteen.ingredients.rules import CHECK_VALID_MONTHS, INGREDIENTS, IngredientInput
from canteen_app.core.dates import oslo_today
from canteen_app.core.errors import DomainError, NotFoundError
from ui.canteen.ingredients.dialog import IngredientDialog
from ui.canteen.ingredients.import_dialog import IngredientImportDialog, breakable_path
from ui.canteen.ingredients.model import IngredientTableModel
from ui.common.context import UiContext
from ui.common.dialogs import DESTRUCTIVE, REJECT, Choice, question_box
from ui.common.drafts import Draft
from ui.common.edit_dialog import TypedRecord
from ui.common.formatting import quiet
from ui.common.list_table import fit_columns, list_table, select_item, selected_item, sorting_proxy
from ui.common.widgets import FieldMessage, action_button, on_screen, search_edit, single_shot

SEARCH_DEBOUNCE_MS = 250
MAX_COLUMN_CHARS = 36  # a long allergen list is cut in its column; the tooltip has it whole
EXPORT_NAME = "ravarer-{day}"  # the file name offered for an export (råvarer: ingredients)

_Opened = tuple[IngredientInfo | None, list[AllergenChangeInfo]]


class IngredientsView(QWidget):
    """Every ingredient of the site; the canteen manager adds, edits and deletes them."""

    ingredient_saved = Signal(object)  # IngredientInfo
    loaded = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ingredientsView")
        self._context = context
        self._can_manage = context.actor.can(Permission.MANAGE_MENUS)
        self._loading = False
        self._reload_again = False
        self._opening = False
        self._select_after_reload: int | None = None
        self._dialog: IngredientDialog | None = None
        self._import_dialog: IngredientImportDialog | None = None
        self._file_folder: Path | None = None  # where the last import or export was
        self._resuming: TypedRecord[IngredientInput] | None = None  # a draft for the next dialog
        self.model = IngredientTableModel(self)
        self.proxy = sorting_proxy(self.model, self)
        self.new_button: QPushButton | None = None
        self.edit_button: QPushButton | None = None
        self.delete_button: QPushButton | None = None
        self.import_button: QPushButton | None = None
        self._build()
        self._search_timer = single_shot(self, SEARCH_DEBOUNCE_MS, self.reload)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_edit.returnPressed.connect(self.reload)
        context.ops.changed.connect(self._on_changed)
        self.reload()

    # --- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search_edit = search_edit(
            "ingredientSearch",
            self.tr("Search by name, supplier or item number…"),
            self.tr("Search ingredients"),
        )
        top.addWidget(self.search_edit, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("ingredientCount")
        top.addWidget(self.count_label)
        layout.addLayout(top)
        layout.addLayout(self._actions())

        self.message = FieldMessage("ingredientList")
        layout.addWidget(self.message)
        self.table = list_table("ingredientTable", self.tr("Ingredients"), self.proxy)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        if self._can_manage:
            self.table.setAccessibleDescription(self.tr("Press Enter or double-click to edit an ingredient."))
            self.table.activated.connect(self._on_activated)
        layout.addWidget(self.table, 1)

        self.legend = QLabel(
            self.tr(
                "“Check again”: the allergen data has not been checked against the supplier's "
                "product sheet for {months} months."
            ).format(months=CHECK_VALID_MONTHS)
        )
        self.legend.setObjectName("ingredientLegend")
        self.legend.setWordWrap(True)
        quiet(self.legend)
        layout.addWidget(self.legend)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("ingredientSavedLabel")
        self.saved_label.setWordWrap(True)  # an export names its folder, which may be long
        layout.addWidget(self.saved_label)
        self._update_buttons()

    def _actions(self) -> QHBoxLayout:
        """The buttons over the list: the manager's New, Edit, Delete, Import; Export for all."""
        actions = QHBoxLayout()
        if self._can_manage:
            self.new_button = action_button(
                "newIngredientButton", self.tr("New ingredient"), self.new_ingredient, 40
            )
            self.edit_button = action_button("editIngredientButton", self.tr("Edit"), self.edit_selected, 40)
            self.edit_button.setAccessibleName(self.tr("Edit the selected ingredient"))
            self.delete_button = action_button(
                "deleteIngredientButton", self.tr("Delete"), self.delete_selected, 40
            )
            self.delete_button.setAccessibleName(self.tr("Delete the selected ingredient"))
            for button in (self.new_button, self.edit_button, self.delete_button):
                actions.addWidget(button)
        actions.addStretch(1)
        if self._can_manage:
            self.import_button = action_button(
                "importIngredientsButton", self.tr("Import…"), self.ask_for_import, 40
            )
            self.import_button.setAccessibleName(self.tr("Import ingredients from a CSV or Excel file"))
            actions.addWidget(self.import_button)
        self.export_button = action_button(
            "exportIngredientsButton", self.tr("Export…"), self.ask_for_export, 40
        )
        self.export_button.setAccessibleName(self.tr("Export the ingredients to a CSV or Excel file"))
        actions.addWidget(self.export_button)
        return actions

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
        self._loading = True
        self._update_count()
        self._context.ops.read(
            self,
            lambda app: app.ingredients.ingredients(actor, search),
            self._on_loaded,
            self._on_load_failed,
        )

    def _on_loaded(self, rows: list[IngredientInfo]) -> None:
        self._loading = False
        if self._reload_again:
            self._reload_again = False
            self.reload()
            return
        selected = self.selected_ingredient()
        keep = self._select_after_reload or (selected.id if selected else None)
        self._select_after_reload = None
        first_load = self.model.rowCount() == 0
        self.model.set_rows(rows)
        if first_load or rows:
            fit_columns(self.table, MAX_COLUMN_CHARS)
        self.message.clear_message()
        self._update_count()
        if keep is not None:
            self.select(keep)
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
        stale = sum(1 for info in rows if info.check_stale)
        if self.search_edit.text().strip():
            text = self.tr("Found: {count}").format(count=len(rows))
        else:
            text = self.tr("Ingredients: {count}").format(count=len(rows))
        if stale:
            text += " · " + self.tr("to check again: {count}").format(count=stale)
        self.count_label.setText(text)

    def _on_changed(self, changes: Changes, source: object) -> None:
        """Ingredients were saved elsewhere in this program (an import, another window)."""
        if changes.touches(INGREDIENTS) and source is not self and source is not self._dialog:
            self.reload()  # (a save in this view's own form reloads through _on_saved)

    def selected_ingredient(self) -> IngredientInfo | None:
        return selected_item(self.table, self.model)

    def select(self, ingredient_id: int) -> None:
        select_item(self.table, self.model, ingredient_id)

    def _update_buttons(self, *_args: QItemSelection) -> None:
        chosen = self.selected_ingredient() is not None and not self._opening
        for button in (self.edit_button, self.delete_button):
            if button is not None:
                button.setEnabled(chosen)
        if self.new_button is not None:
            self.new_button.setEnabled(not self._opening)

    # --- opening and adding --------------------------------------------------------------------

    def _on_activated(self, index: QModelIndex) -> None:
        ingredient_id = self.proxy.data(index, IngredientTableModel.IdRole)
        if ingredient_id is not None:
            self.open_ingredient(int(ingredient_id))

    def edit_selected(self) -> None:
        selected = self.selected_ingredient()
        if selected is not None:
            self.open_ingredient(selected.id)

    def new_ingredient(self) -> None:
        if not self._can_manage or self._opening:
            return
        self._on_opened((None, []))

    def open_ingredient(self, ingredient_id: int) -> None:
        """Read the ingredient as stored now, with its allergen history, and open the form."""
        if not self._can_manage or self._opening:
            return
        actor = self._context.actor

        def load(app: AppServices) -> _Opened:
            return app.ingredients.get(actor, ingredient_id), app.ingredients.history(actor, ingredient_id)

        self.message.clear_message()
        self.saved_label.clear()
        self._context.ops.read(self, load, self._on_opened, self._on_open_failed, self._set_opening)

    def _set_opening(self, opening: bool) -> None:
        self._opening = opening
        self._update_buttons()

    def _on_opened(self, opened: _Opened) -> None:
        info, history = opened
        typed, self._resuming = self._resuming, None
        self._dialog = IngredientDialog(self._context, info, history, self)
        self._dialog.open_for(self._on_saved, typed)

    def _on_open_failed(self, error: DomainError) -> None:
        self.message.show_domain_error(error)
        if isinstance(error, NotFoundError):
            self.reload()

    def _on_saved(self, info: IngredientInfo) -> None:
        self.saved_label.setText(self.tr("Saved: {name}").format(name=info.name_nb))
        self._select_after_reload = info.id
        self.reload()
        self.ingredient_saved.emit(info)

    # --- deleting ------------------------------------------------------------------------------

    def delete_selected(self) -> None:
        """Delete an ingredient no dish uses; for one in use, say which dishes use it."""
        selected = self.selected_ingredient()
        if selected is None or not self._can_manage:
            return
        actor = self._context.actor
        self.message.clear_message()
        self._context.ops.read(
            self,
            lambda app: app.dishes.dishes_using(actor, selected.id),
            lambda dishes: self._confirm_delete(selected, dishes),
            self.message.show_domain_error,
            self.delete_button,
        )

    def _confirm_delete(self, info: IngredientInfo, dishes: list[str]) -> None:
        if dishes:
            self.message.show_warning(
                self.tr("{name} is used in {dishes}. Remove it from those dishes first.").format(
                    name=info.name_nb, dishes=", ".join(dishes)
                )
            )
            return
        box, (delete, _keep) = question_box(
            self,
            "deleteIngredientDialog",
            QMessageBox.Icon.Question,
            self.tr("Delete ingredient?"),
            self.tr("Delete {name}? Its allergen history is deleted with it.").format(name=info.name_nb),
            "",
            [
                Choice(self.tr("Delete"), DESTRUCTIVE, "confirmDeleteIngredientButton"),
                Choice(self.tr("Keep it"), REJECT, "keepIngredientButton"),
            ],
            default=1,
            escape=1,
        )

        def chosen(button: QAbstractButton) -> None:
            if button is delete:
                self._delete(info)

        box.buttonClicked.connect(chosen)
        box.open()

    def _delete(self, info: IngredientInfo) -> None:
        actor = self._context.actor

        def deleted(_none: None) -> None:
            self.saved_label.setText(self.tr("Deleted: {name}").format(name=info.name_nb))
            self.reload()

        self._context.ops.write(
            self,
            lambda app: app.ingredients.delete(actor, info.id),
            deleted,
            self.message.show_domain_error,
            self.delete_button,
        )

    # --- files: import and export (canteen_app/canteen/ingredients/transfer.py) ---------------

    def _start_folder(self) -> Path:
        return self._file_folder if self._file_folder is not None else Path.home()

    def ask_for_import(self) -> None:
        if not self._can_manage:
            return
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import ingredients"),
            str(self._start_folder()),
            self.tr("Ingredient lists (*.csv *.xlsx)"),
        )
        if chosen:
            self.open_import(Path(chosen))

    def open_import(self, path: Path) -> IngredientImportDialog | None:
        """Check the file and show what importing it would do; the import starts from there."""
        if not self._can_manage:
            return None
        self._file_folder = path.parent
        self.message.clear_message()
        self.saved_label.clear()
        dialog = IngredientImportDialog(self._context, path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(lambda result: self._on_imported(path, result))
        self._import_dialog = dialog
        dialog.open()
        return dialog

    @property
    def import_dialog(self) -> IngredientImportDialog | None:
        """The open import preview, if any."""
        return on_screen(self._import_dialog)

    def _on_imported(self, path: Path, result: ImportPreview) -> None:
        # The list reloads through ops.changed (INGREDIENTS), as after any change elsewhere.
        self.saved_label.setText(
            self.tr("Imported {file}: {added} added, {updated} updated, {unchanged} unchanged.").format(
                file=path.name, added=result.added, updated=result.updated, unchanged=result.unchanged
            )
        )

    def ask_for_export(self) -> None:
        csv_filter, xlsx_filter = self.tr("CSV (*.csv)"), self.tr("Excel (*.xlsx)")
        offered = self._start_folder() / f"{EXPORT_NAME.format(day=oslo_today().isoformat())}.csv"
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self, self.tr("Export ingredients"), str(offered), f"{csv_filter};;{xlsx_filter}", csv_filter
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.casefold() not in (".csv", ".xlsx"):  # a name typed without its ending
            path = path.with_name(path.name + (".xlsx" if chosen_filter == xlsx_filter else ".csv"))
        self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Write every ingredient to `path` (.csv or .xlsx, by its name), off the GUI thread."""
        actor = self._context.actor
        self._file_folder = path.parent
        self.message.clear_message()
        self.saved_label.clear()

        def exported(count: int) -> None:
            self.saved_label.setText(
                self.tr("Exported %n ingredient(s) to {file} in the folder {folder}.", "", count).format(
                    file=path.name, folder=breakable_path(path.parent)
                )
            )

        self._context.ops.read(
            self,
            lambda app: app.ingredients.export_file(actor, path),
            exported,
            self.message.show_domain_error,
            self.export_button,
        )

    # --- typed work kept over an idle lock (ui/common/drafts.py) -------------------------------

    @property
    def dialog(self) -> IngredientDialog | None:
        """The open ingredient form, if any."""
        return on_screen(self._dialog)

    def unsaved_work(self) -> list[Draft]:
        dialog = self.dialog
        if dialog is None or not dialog.is_dirty():
            return []
        info = dialog.info
        title = (
            self.tr("ingredient {name}").format(name=info.name_nb)
            if info is not None
            else self.tr("a new ingredient")
        )
        return [Draft("ingredients", title, dialog.typed(info.id if info else None))]

    def resume(self, draft: Draft) -> None:
        typed = draft.payload
        if not isinstance(typed, TypedRecord) or not isinstance(typed.input, IngredientInput):
            return
        self._resuming = typed
        if typed.record_id is None:
            self.new_ingredient()
        else:
            self.open_ingredient(typed.record_id)

    def shutdown(self) -> None:
        """At logout: drop answers still on their way, close the form."""
        self._search_timer.stop()
        dialog = self.dialog
        if dialog is not None:
            dialog.force_close()
        importing = self.import_dialog
        if importing is not None:
            importing.force_close()
