"""Importing a wholesaler's ingredient list (.csv or .xlsx): first what the file would do (how
many ingredients are added, updated, unchanged) and every row that is wrong, with the reason;
the import itself is all or nothing, so it can only start when no row is wrong.

The file is read off the GUI thread twice: for the preview, and again by the import (which
checks every row once more and writes nothing if the file has gone wrong meanwhile)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from canteen_app.canteen.ingredients.dto import ImportPreview, ImportRowError
from canteen_app.core.errors import DomainError
from ui.common.context import UiContext
from ui.common.formatting import quiet
from ui.common.forms import FormErrors
from ui.common.i18n import message_text
from ui.common.widgets import FieldMessage, action_button, read_only_table

DIALOG_WIDTH_LINES = 40  # the dialog's size, in text lines (so it grows with the text)
DIALOG_HEIGHT_LINES = 24
WRAPPED_ERRORS = 300  # up to this many bad rows, long reasons wrap; more are cut (tooltip: whole)


class IngredientImportDialog(QDialog):
    """The preview of one file and, when every row is right, its import; `imported` carries the
    import's result (an ImportPreview with no errors) just before the dialog closes."""

    imported = Signal(object)  # ImportPreview

    def __init__(self, context: UiContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ingredientImportDialog")
        self.setWindowTitle(self.tr("Import ingredients"))
        self._context = context
        self._path = Path(path)
        self._preview: ImportPreview | None = None
        self._reading = False
        self._importing = False
        self._build()
        self.form_errors = FormErrors(self.status)
        self.check()

    # --- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        self._layout = layout = QVBoxLayout(self)
        self.file_label = QLabel(self.tr("File: {name}").format(name=self._path.name))
        self.file_label.setObjectName("importFileLabel")
        self.file_label.setWordWrap(True)
        self.file_label.setToolTip(str(self._path))
        layout.addWidget(self.file_label)
        folder = breakable_path(self._path.parent)
        self.folder_label = QLabel(self.tr("Folder: {folder}").format(folder=folder))
        self.folder_label.setObjectName("importFolderLabel")
        self.folder_label.setWordWrap(True)
        quiet(self.folder_label)
        layout.addWidget(self.folder_label)

        self.summary_label = QLabel()
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary_label)
        self.status = FieldMessage("importFile")
        layout.addWidget(self.status)

        self.errors_model = QStandardItemModel(0, 2, self)
        self.errors_model.setHorizontalHeaderLabels([self.tr("Row"), self.tr("What is wrong")])
        self.errors_table = read_only_table(
            "importErrorTable", self.tr("Rows with problems"), self.errors_model
        )
        self.errors_table.setAccessibleDescription(
            self.tr("Each row of the file that cannot be imported, with the reason.")
        )
        header = self.errors_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.errors_table.setVisible(False)
        layout.addWidget(self.errors_table, 1)
        self.spacer = QWidget()  # takes the room while there is no table to show
        layout.addWidget(self.spacer, 1)

        buttons = QDialogButtonBox()
        self.check_button = action_button("checkImportAgainButton", self.tr("Check again"), self.check, 40)
        self.check_button.setAccessibleName(self.tr("Read the file again and check every row"))
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = action_button(
            "importIngredientsNowButton", self.tr("Import"), self.start_import, 40
        )
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = action_button("closeImportButton", self.tr("Cancel"), self.reject, 40)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        self._update_buttons()

    def _wanted_size(self) -> QSize:
        """Roomy for the list of bad rows, in text lines (so it grows with the text), within the
        screen."""
        line = self.fontMetrics().lineSpacing()
        width, height = line * DIALOG_WIDTH_LINES, line * DIALOG_HEIGHT_LINES
        screen = self.screen() or QApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        return QSize(width, height).expandedTo(self.minimumSizeHint())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        """As wide as wanted; as high as wanted while there is a list of bad rows, else only as
        high as the summary needs (never smaller than the user made it)."""
        if not self.isVisible():
            return
        self._layout.invalidate()
        self._layout.activate()
        wanted = self._wanted_size()
        if self.errors_table.isVisibleTo(self):
            height = wanted.height()
        else:
            layout = self._layout
            height = layout.totalHeightForWidth(wanted.width()) if layout.hasHeightForWidth() else -1
            height = max(height, layout.totalSizeHint().height())
        self.resize(max(wanted.width(), self.width()), max(height, self.height()))

    # --- the preview ---------------------------------------------------------------------------

    @property
    def path(self) -> Path:
        return self._path

    @property
    def preview(self) -> ImportPreview | None:
        """What the last check found (None while reading, or when the file cannot be read)."""
        return self._preview

    @property
    def is_busy(self) -> bool:
        return self._reading or self._importing

    def check(self) -> None:
        """Read the file and say what importing it would do; writes nothing."""
        if self.is_busy:
            return
        actor, path = self._context.actor, self._path
        self._preview = None
        self.form_errors.clear()
        self.summary_label.setText(self.tr("Reading the file…"))
        self._context.ops.read(
            self,
            lambda app: app.ingredients.preview_file(actor, path),
            self._on_checked,
            self._on_unreadable,
            self._set_reading,
        )

    def _set_reading(self, reading: bool) -> None:
        self._reading = reading
        self._update_buttons()

    def _on_checked(self, preview: ImportPreview) -> None:
        self._show(preview)
        if preview.errors:
            self.status.show_error(
                self.tr(
                    "Nothing will be imported until the file is corrected. Correct the rows below "
                    "in the file, save it, and press “Check again”."
                )
            )
            self.errors_table.setFocus()
        elif self._changes(preview):
            self.import_button.setFocus()
        else:
            self.close_button.setFocus()
        self._fit()

    def _on_unreadable(self, error: DomainError) -> None:
        """The file as a whole is wrong (a missing column, not a CSV or XLSX file, gone)."""
        self._preview = None
        self._fill_errors(())
        self.summary_label.setText(self.tr("Nothing can be imported from this file."))
        self.form_errors.show(error)
        self._update_buttons()
        self.check_button.setFocus()
        self._fit()

    def _show(self, preview: ImportPreview) -> None:
        self._preview = preview
        self.form_errors.clear()
        counts = self.tr("{added} to add · {updated} to update · {unchanged} unchanged").format(
            added=preview.added, updated=preview.updated, unchanged=preview.unchanged
        )
        if preview.errors:
            counts += " · " + self.tr("%n row(s) with problems", "", len(preview.errors))
        elif not self._changes(preview):
            counts += "\n" + self.tr(
                "Every ingredient in the file is already as it is here: nothing to import."
            )
        self.summary_label.setText(counts)
        self._fill_errors(preview.errors)
        self._update_buttons()

    def _fill_errors(self, errors: Sequence[ImportRowError]) -> None:
        self.errors_model.removeRows(0, self.errors_model.rowCount())
        wrap = len(errors) <= WRAPPED_ERRORS
        for error in errors:
            row, message = error.row, row_problems_text(error)
            number = QStandardItem(str(row))
            number.setData(row, Qt.ItemDataRole.UserRole)
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            reason = QStandardItem(message)
            reason.setToolTip(message)
            reason.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            for cell in (number, reason):
                cell.setEditable(False)
            self.errors_model.appendRow([number, reason])
        self.errors_table.setWordWrap(wrap)
        rows = self.errors_table.verticalHeader()
        rows.setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents if wrap else QHeaderView.ResizeMode.Interactive
        )
        self.errors_table.setVisible(bool(errors))
        self.spacer.setVisible(not errors)

    @staticmethod
    def _changes(preview: ImportPreview) -> int:
        return preview.added + preview.updated

    def _update_buttons(self) -> None:
        preview = self._preview
        ready = preview is not None and preview.ok and self._changes(preview) > 0
        self.import_button.setEnabled(ready and not self.is_busy)
        self.check_button.setEnabled(not self.is_busy)
        self.close_button.setEnabled(not self._importing)
        if self._importing:
            self.import_button.setText(self.tr("Importing…"))
        elif ready and preview is not None:
            self.import_button.setText(self.tr("Import %n ingredient(s)", "", self._changes(preview)))
        else:
            self.import_button.setText(self.tr("Import"))
        self.import_button.setDefault(ready)
        self.import_button.setAccessibleName(self.import_button.text())
        self.close_button.setText(self.tr("Cancel") if ready else self.tr("Close"))

    # --- the import ----------------------------------------------------------------------------

    def start_import(self) -> None:
        """Import the file as it is now: every row, or nothing when any row has gone wrong."""
        preview = self._preview
        if self.is_busy or preview is None or not preview.ok or not self._changes(preview):
            return
        actor, path = self._context.actor, self._path
        self.form_errors.clear()
        self._context.ops.write(
            self,
            lambda app: app.ingredients.import_file(actor, path),
            self._on_imported,
            self._on_import_failed,
            self._set_importing,
        )

    def _set_importing(self, importing: bool) -> None:
        self._importing = importing
        self._update_buttons()

    def _on_imported(self, result: ImportPreview) -> None:
        if not result.ok:  # the file changed after the check; the core wrote nothing
            self._show(result)
            self.status.show_error(
                self.tr(
                    "Nothing was imported: the file has changed since it was checked and now has "
                    "problems. Correct the rows below in the file, save it, and press “Check again”."
                )
            )
            self.errors_table.setFocus()
            self._fit()
            return
        self.imported.emit(result)
        self.accept()

    def _on_import_failed(self, error: DomainError) -> None:
        self._on_unreadable(error)
        self.status.show_error(self.tr("Nothing was imported.") + " " + self.status.text())
        self._fit()

    # --- closing -------------------------------------------------------------------------------

    def reject(self) -> None:
        """Close or Esc: not while the import runs (it finishes in a moment, all or nothing)."""
        if self._importing:
            return
        super().reject()

    def force_close(self) -> None:
        """Close at once (logout or idle lock); an import on its way still completes or not."""
        self._importing = False
        QDialog.reject(self)


def breakable_path(folder: Path) -> str:
    """A folder's path that may wrap after each separator (a zero-width space there), so a deep
    folder never makes the dialog wider than the screen."""
    text = str(folder)
    for separator in ("/", "\\"):
        text = text.replace(separator, separator + "\u200b")
    return text


def row_problems_text(error: ImportRowError) -> str:
    """ "unit: «kilo» er ikke en enhet …": the file's column name, then what is wrong in the
    user's language."""
    return "; ".join(
        f"{column}: {message_text(problem)}" if column else message_text(problem)
        for column, problem in error.problems
    )
