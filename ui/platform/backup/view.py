"""Backup and restore of the whole database (P4), for administrators.

"Back up now…" writes a copy of all data to a file the admin chooses. "Restore from backup…"
replaces all data with a backup's, after a confirmation that says so; the program first checks
the backup and writes a safety copy of the current data, and afterwards everyone's view of the
data has changed, so the program returns to its first screen. Both run off the GUI thread with
a progress dialog; problems are shown under the button that started them.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from canteen_app.app import AppServices, Changes
from canteen_app.core.errors import DomainError
from canteen_app.core.progress import ProgressSink
from canteen_app.platform.backup.dto import BackupFacts, RestoreResult
from canteen_app.platform.backup.rules import DATABASE_REPLACED
from canteen_app.platform.backup.service import RestoreCancelledError
from ui.common.context import UiContext
from ui.common.dialogs import REJECT, Choice, question_box
from ui.common.formatting import quiet
from ui.common.i18n import message_text
from ui.common.widgets import FieldMessage, action_button

EVERYTHING_CHANGED = Changes({DATABASE_REPLACED: frozenset()})


class BackupView(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupView")
        self._context = context
        self._facts: BackupFacts | None = None
        self.confirm_box: QMessageBox | None = None
        self.done_box: QMessageBox | None = None
        self._build()
        context.ops.read(
            self, lambda app: app.backup.facts(context.actor), self._show_facts, self._facts_failed
        )

    # --- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        # The path in a read-only field: a long path scrolls instead of widening the page, and
        # it copies exactly as it is.
        location_row = QHBoxLayout()
        self.location_label = QLabel(self.tr("Database:"))
        self.location_label.setObjectName("backupLocationKind")
        self.location_edit = QLineEdit()
        self.location_edit.setObjectName("backupLocation")
        self.location_edit.setReadOnly(True)
        self.location_label.setBuddy(self.location_edit)
        location_row.addWidget(self.location_label)
        location_row.addWidget(self.location_edit, 1)
        layout.addLayout(location_row)

        backup_group = QGroupBox(self.tr("Backup"))
        backup_layout = QVBoxLayout(backup_group)
        backup_note = QLabel(
            self.tr(
                "A backup holds all data, participant data included. Keep it where only "
                "administrators can reach it. Every backup is written to the audit log."
            )
        )
        backup_note.setWordWrap(True)
        quiet(backup_note)
        backup_layout.addWidget(backup_note)
        self.backup_button = action_button("backupNowButton", self.tr("Back up now…"), self.ask_for_backup)
        self.backup_button.setAccessibleName(self.tr("Write a backup of all data to a file"))
        backup_layout.addWidget(self.backup_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.backup_message = FieldMessage("backup")
        backup_layout.addWidget(self.backup_message)
        self.backup_status = self._status_label("backupStatus")
        backup_layout.addWidget(self.backup_status)
        layout.addWidget(backup_group)

        restore_group = QGroupBox(self.tr("Restore"))
        restore_layout = QVBoxLayout(restore_group)
        restore_note = QLabel(
            self.tr(
                "Restoring replaces all data with the data in a backup. The backup is checked "
                "first, and a safety copy of the current data is written before anything is "
                "replaced. Everyone is logged out afterwards."
            )
        )
        restore_note.setWordWrap(True)
        quiet(restore_note)
        restore_layout.addWidget(restore_note)
        self.restore_button = action_button(
            "restoreButton", self.tr("Restore from backup…"), self.ask_for_restore
        )
        self.restore_button.setAccessibleName(self.tr("Replace all data with a backup"))
        restore_layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.restore_message = FieldMessage("restore")
        restore_layout.addWidget(self.restore_message)
        layout.addWidget(restore_group)
        layout.addStretch(1)
        self._set_enabled(False)  # until the facts are in

    @staticmethod
    def _status_label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.hide()
        return label

    def _set_enabled(self, enabled: bool) -> None:
        self.backup_button.setEnabled(enabled)
        self.restore_button.setEnabled(enabled)

    def _show_facts(self, facts: BackupFacts) -> None:
        self._facts = facts
        kind = self.tr("SQLite file") if facts.backend == "sqlite" else self.tr("PostgreSQL server")
        self.location_label.setText(self.tr("Database: {kind}").format(kind=kind))
        self.location_edit.setText(str(facts.location))
        self.location_edit.setCursorPosition(0)
        self._set_enabled(True)

    def _facts_failed(self, error: DomainError) -> None:
        self.backup_message.show_error(message_text(error.message))

    def _file_filter(self) -> str:
        suffix = self._facts.file_suffix if self._facts else ".sqlite3"
        return self.tr("Backups (*{suffix})").format(suffix=suffix) + ";;" + self.tr("All files (*)")

    # --- backup --------------------------------------------------------------------------------

    def ask_for_backup(self) -> None:
        name = self._facts.suggested_name if self._facts else "canteen-backup"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Back up all data"), str(Path.home() / name), self._file_filter()
        )
        if chosen:
            self.back_up_to(Path(chosen))

    def back_up_to(self, path: Path) -> None:
        actor = self._context.actor
        self.backup_message.clear_message()
        self.backup_status.hide()
        self._set_enabled(False)

        def done(written: Path) -> None:
            if not shiboken6.isValid(self):
                return
            self._set_enabled(True)
            self.backup_status.setText(self.tr("Backup written to {path}.").format(path=written))
            self.backup_status.show()

        self._context.ops.render(
            self.window(),
            self.tr("Backing up…"),
            lambda app, _progress: app.backup.backup(actor, path),
            done,
            lambda error: self._failed(
                error, self.backup_message, self.tr("The backup could not be written: {error}")
            ),
        )

    # --- restore -------------------------------------------------------------------------------

    def ask_for_restore(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Restore from backup"), str(Path.home()), self._file_filter()
        )
        if chosen:
            self.confirm_restore(Path(chosen))

    def confirm_restore(self, path: Path) -> QMessageBox:
        """Ask before replacing everything; "Cancel" is the default and the escape button."""
        box, (replace, _cancel) = question_box(
            self,
            "restoreConfirmDialog",
            QMessageBox.Icon.Warning,
            self.tr("Replace all data?"),
            self.tr("Replace all data with the backup {file}?").format(file=path.name),
            self.tr(
                "Everything in the database now is replaced by the data in the backup: what was "
                "entered after the backup was made will be gone. A safety copy of the current data "
                "is written first. Everyone is logged out afterwards."
            ),
            [
                Choice(
                    self.tr("Replace all data"),
                    QMessageBox.ButtonRole.DestructiveRole,
                    "restoreConfirmButton",
                ),
                Choice(self.tr("Cancel"), REJECT, "restoreCancelButton"),
            ],
            default=1,
            escape=1,
        )

        def chosen(button: QAbstractButton) -> None:
            self.confirm_box = None
            if button is replace:
                self.restore_from(path)

        box.buttonClicked.connect(chosen)
        self.confirm_box = box
        box.open()
        return box

    def restore_from(self, path: Path) -> None:
        actor = self._context.actor
        self.restore_message.clear_message()
        self._set_enabled(False)
        window = self.window()

        def restore(app: AppServices, progress: ProgressSink) -> RestoreResult:
            return app.backup.restore(actor, path, progress=progress)

        self._context.ops.render(
            window,
            self.tr("Restoring from the backup…"),
            restore,
            lambda result: self._restored(window, result),
            lambda error: self._failed(
                error, self.restore_message, self.tr("The restore could not be done: {error}")
            ),
            changes=EVERYTHING_CHANGED,  # the main window then returns to its first screen
        )

    def _restored(self, window: QWidget, result: RestoreResult) -> None:
        """Say where the safety copy is; the box belongs to the window, as this view is about
        to go with the logout."""
        box = QMessageBox(window)
        box.setObjectName("restoreDoneDialog")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Data restored"))
        box.setText(self.tr("The data was restored from {file}.").format(file=result.backup.name))
        box.setInformativeText(
            self.tr("The data as it was before is kept in {path}.").format(path=result.safety_backup)
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.done_box = box
        box.open()

    def _failed(self, error: BaseException, message: FieldMessage, file_problem: str) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_enabled(True)
        if isinstance(error, RestoreCancelledError):
            message.show_warning(message_text(error.message))
        elif isinstance(error, DomainError):
            message.show_error(message_text(error.message))
        elif isinstance(error, OSError):
            message.show_error(file_problem.format(error=error.strerror or error))
        else:
            raise error  # a bug: the error dialog and the log
