"""Retention (P3) for administrators: participants whose measure ended longer ago than the
retention time (a setting, changed here), and the one action that removes their data.

"Archive and delete…" asks for a folder, then asks once more, naming the consequence; then the
participant's whole file is written there as a PDF and a JSON file and, in the same action,
their personal data is deleted (or anonymised, keeping attendance and levels without a name).
It runs off the GUI thread with a progress dialog; if the archive cannot be written, nothing is
deleted, and the message says so.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from canteen_app.app import AppServices, Changes
from canteen_app.core.errors import DomainError
from canteen_app.core.progress import ProgressSink
from canteen_app.core.text import QT_TRANSLATE_NOOP
from canteen_app.platform.retention.dto import ArchiveResult, DueRecord, RetentionDue
from canteen_app.platform.retention.rules import RETENTION, ErasureMode
from canteen_app.platform.settings.rules import SettingKey
from canteen_app.platform.settings.service import SETTINGS
from canteen_app.training.participants.nav import END_REASON_LABELS, MEASURE_RULES, EndReason, NavMeasure
from canteen_app.training.participants.service import PARTICIPANTS
from ui.common.context import UiContext
from ui.common.dialogs import REJECT, Choice, question_box
from ui.common.formatting import format_date, quiet
from ui.common.forms import FormErrors
from ui.common.i18n import message_text
from ui.common.qt_models import ListColumn, ListTableModel
from ui.common.widgets import FieldMessage, action_button, read_only_table

CONTEXT = "RetentionTableModel"
SPIN_MAX = 9_999  # wide on purpose: the settings service owns the allowed range and says it


def choose_folder(parent: QWidget, title: str) -> Path | None:
    """The folder the archive goes to (None: the admin cancelled)."""
    chosen = QFileDialog.getExistingDirectory(parent, title, str(Path.home()))
    return Path(chosen) if chosen else None


def _measure(record: DueRecord) -> str:
    try:
        return MEASURE_RULES[NavMeasure(record.nav_measure)].name
    except ValueError:
        return record.nav_measure


def _end_reason(record: DueRecord) -> str:
    try:
        return QCoreApplication.translate("nav", END_REASON_LABELS[EndReason(record.end_reason or "")])
    except ValueError:
        return record.end_reason or ""


COLUMNS: tuple[ListColumn[DueRecord], ...] = (
    ListColumn(
        "name",
        QT_TRANSLATE_NOOP("RetentionTableModel", "Participant"),
        lambda r: r.full_name,
        lambda n, _r: n,
    ),
    ListColumn("measure", QT_TRANSLATE_NOOP("RetentionTableModel", "Measure"), _measure, lambda n, _r: n),
    ListColumn(
        "ended",
        QT_TRANSLATE_NOOP("RetentionTableModel", "Ended"),
        lambda r: format_date(r.ended_on),
        lambda n, _r: n,
    ),
    ListColumn(
        "reason", QT_TRANSLATE_NOOP("RetentionTableModel", "End reason"), _end_reason, lambda n, _r: n
    ),
)


class RetentionView(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionView")
        self._context = context
        self._loading = False
        self._due: RetentionDue | None = None
        self.confirm_box: QMessageBox | None = None
        self._build()
        self.setting_errors = FormErrors(
            self.months_message,
            {SettingKey.RETENTION_MONTHS.value: self.months_message},
            {SettingKey.RETENTION_MONTHS.value: self.months_spin},
        )
        context.ops.changed.connect(self._on_changed)
        self.refresh()

    # --- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A set time after a participant's measure ended, their personal data is to be removed. "
                "The participant's whole file is first archived to a PDF and a JSON file in a folder "
                "you choose; then their personal data is deleted, or anonymised (attendance and levels "
                "stay, without a name). Nothing is removed any other way, and every removal is logged."
            )
        )
        intro.setObjectName("retentionIntro")
        intro.setWordWrap(True)
        layout.addWidget(quiet(intro))
        layout.addLayout(self._months_row())
        self.months_message = FieldMessage("retentionMonths")
        layout.addWidget(self.months_message)

        self.count_label = QLabel(self.tr("Loading…"))
        self.count_label.setObjectName("retentionCount")
        self.count_label.setWordWrap(True)
        layout.addWidget(self.count_label)
        self.model = ListTableModel(COLUMNS, CONTEXT, self)
        self.table: QTableView = read_only_table("retentionTable", self.tr("Participants due"), self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)

        modes = QVBoxLayout()  # one below the other: long words at large text still fit
        self.delete_radio = QRadioButton(self.tr("Delete the personal data"))
        self.delete_radio.setObjectName("retentionDeleteRadio")
        self.anonymise_radio = QRadioButton(self.tr("Anonymise: keep attendance and levels without a name"))
        self.anonymise_radio.setObjectName("retentionAnonymiseRadio")
        self.delete_radio.setChecked(True)
        self.mode_group = QButtonGroup(self)
        for radio in (self.delete_radio, self.anonymise_radio):
            self.mode_group.addButton(radio)
            radio.toggled.connect(self._update_buttons)
            modes.addWidget(radio)
        layout.addLayout(modes)

        row = QHBoxLayout()
        self.archive_button = action_button("retentionArchiveButton", "", self.ask_for_folder)
        row.addWidget(self.archive_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = FieldMessage("retention")
        layout.addWidget(self.message)
        self.status = QLabel()
        self.status.setObjectName("retentionStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        layout.addWidget(self.status)
        self._update_buttons()

    def _months_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("Keep the data after a measure ended for"))
        self.months_spin = QSpinBox()
        self.months_spin.setObjectName("retentionMonthsSpin")
        self.months_spin.setRange(0, SPIN_MAX)
        self.months_spin.setSuffix(self.tr(" months"))
        self.months_spin.setAccessibleName(self.tr("Months to keep the data after a measure ended"))
        self.months_spin.setMinimumHeight(40)
        self.months_spin.setMinimumWidth(160)
        self.months_spin.setEnabled(False)  # until the stored value is in
        label.setBuddy(self.months_spin)
        self.months_save = action_button("retentionMonthsSave", self.tr("Save"), self.save_months, 40)
        self.months_save.setAccessibleName(self.tr("Save the retention time"))
        self.months_save.setEnabled(False)
        row.addWidget(label)
        row.addWidget(self.months_spin)
        row.addWidget(self.months_save)
        row.addStretch(1)
        return row

    # --- the list ------------------------------------------------------------------------------

    @property
    def is_loading(self) -> bool:
        return self._loading

    @property
    def mode(self) -> ErasureMode:
        return ErasureMode.ANONYMISE if self.anonymise_radio.isChecked() else ErasureMode.DELETE

    def refresh(self) -> None:
        actor = self._context.actor
        self._context.ops.write(
            self, lambda app: app.retention.due(actor), self._show, self._list_failed, self._set_loading
        )

    def _set_loading(self, loading: bool) -> None:
        self._loading = loading
        self._update_buttons()

    def _show(self, due: RetentionDue) -> None:
        self._due = due
        self.model.set_rows(due.people)
        self.months_spin.setValue(due.months)
        self.months_spin.setEnabled(True)
        self.months_save.setEnabled(True)
        self.count_label.setText(
            self.tr("Ended more than %n month(s) ago: {count}", "", due.months).format(count=len(due.people))
        )
        self._update_buttons()

    def _list_failed(self, error: DomainError) -> None:
        self.message.show_domain_error(error)

    def _on_changed(self, changes: Changes, source: object) -> None:
        if source is not self and changes.touches(PARTICIPANTS, SETTINGS) and not self._loading:
            self.refresh()

    def selected(self) -> DueRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        if self.mode is ErasureMode.DELETE:
            self.archive_button.setText(self.tr("Archive and delete…"))
            self.archive_button.setAccessibleName(
                self.tr("Archive the chosen participant's file, then delete it")
            )
        else:
            self.archive_button.setText(self.tr("Archive and anonymise…"))
            self.archive_button.setAccessibleName(
                self.tr("Archive the chosen participant's file, then anonymise it")
            )
        self.archive_button.setEnabled(not self._loading and self.selected() is not None)

    # --- the retention time ----------------------------------------------------------------------

    def save_months(self) -> None:
        actor, months = self._context.actor, self.months_spin.value()
        self.months_message.clear_message()
        self._context.ops.write(
            self,
            lambda app: app.settings.set_int(actor, SettingKey.RETENTION_MONTHS, months),
            lambda _none: self.refresh(),
            self.setting_errors.show,
            self.months_save,
        )

    # --- archive, then delete or anonymise ---------------------------------------------------------

    def ask_for_folder(self) -> None:
        record = self.selected()
        if record is None:
            return
        folder = choose_folder(self, self.tr("Choose the folder for the archive"))
        if folder is not None:
            self.confirm(record, folder, self.mode)

    def confirm(self, record: DueRecord, folder: Path, mode: ErasureMode) -> QMessageBox:
        """Say what will happen, by name; "Cancel" is the default and the escape button."""
        if mode is ErasureMode.DELETE:
            title = self.tr("Archive and delete?")
            consequence = self.tr(
                "{name}'s file is archived to {folder}, then {name} is deleted from the program with "
                "everything recorded about them: the register entry, the training plan, the "
                "assessments and the attendance. This cannot be undone."
            )
            go = self.tr("Archive and delete")
        else:
            title = self.tr("Archive and anonymise?")
            consequence = self.tr(
                "{name}'s file is archived to {folder}, then their name, contact details, support "
                "needs, photo and written notes are removed from the program. Attendance and levels "
                "stay, without a name. This cannot be undone."
            )
            go = self.tr("Archive and anonymise")
        box, (accept, _cancel) = question_box(
            self,
            "retentionConfirmDialog",
            QMessageBox.Icon.Warning,
            title,
            title,
            consequence.format(name=record.full_name, folder=folder),
            [
                Choice(go, QMessageBox.ButtonRole.DestructiveRole, "retentionConfirmButton"),
                Choice(self.tr("Cancel"), REJECT, "retentionCancelButton"),
            ],
            default=1,
            escape=1,
        )

        def chosen(button: QAbstractButton) -> None:
            self.confirm_box = None
            if button is accept:
                self.archive(record, folder, mode)

        box.buttonClicked.connect(chosen)
        self.confirm_box = box
        box.open()
        return box

    def archive(self, record: DueRecord, folder: Path, mode: ErasureMode) -> None:
        actor, language = self._context.actor, self._context.language
        self.message.clear_message()
        self.status.hide()
        self.archive_button.setEnabled(False)

        def work(app: AppServices, progress: ProgressSink) -> ArchiveResult:
            return app.retention.archive_and_delete(
                actor, record.participant_id, folder, mode, progress, language
            )

        ids = frozenset({record.participant_id})
        self._context.ops.render(
            self.window(),
            self.tr("Archiving…"),
            work,
            lambda result: self._archived(record, result),
            self._archive_failed,
            changes=Changes({PARTICIPANTS: ids, RETENTION: ids}),
        )

    def _archived(self, record: DueRecord, result: ArchiveResult) -> None:
        if not shiboken6.isValid(self):
            return
        if result.mode is ErasureMode.DELETE:
            text = self.tr("{name}'s file was archived to {pdf} and {json}, and {name} was deleted.")
        else:
            text = self.tr("{name}'s file was archived to {pdf} and {json}, and the data was anonymised.")
        self.status.setText(
            text.format(name=record.full_name, pdf=result.pdf_path, json=result.json_path.name)
        )
        self.status.show()
        self.refresh()

    def _archive_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        from canteen_app.documents.templates import RenderCancelled  # loaded by the render

        self._update_buttons()
        nothing = self.tr("Nothing was deleted.")
        if isinstance(error, RenderCancelled):
            self.message.show_warning(self.tr("Cancelled.") + " " + nothing)
        elif isinstance(error, DomainError):
            self.message.show_error(message_text(error.message) + " " + nothing)
        elif isinstance(error, OSError):
            self.message.show_error(
                self.tr("The archive could not be written: {error}").format(error=error.strerror or error)
                + " "
                + nothing
            )
        else:
            raise error  # a bug: the error dialog and the log
