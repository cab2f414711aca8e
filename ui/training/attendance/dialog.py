"""The job coach's attendance register for one participant (T4), a month at a time: every day
that counts (the canteen open, the measure running) with its status, hours, check-in and
check-out times, the absence reason (the coach's alone) and a mark where a coach corrected it;
the month's totals and rate; and the form to register or correct the chosen day.

Changing a day that already has an entry (from the kiosk or an earlier registration) needs a
reason; the service refuses without one and the form says so next to the field. Every view of
the month and every change is audited by the service, in the same transaction.

A save is checked against the version of the day the typing started from: when another coach
saved the day meanwhile, or the participant checked in or out at the kiosk, nothing is
overwritten; the typing stays, and the coach keeps their version, takes the stored one, or
goes back to editing (as `ui.common.edit_dialog` asks). A refresh while the coach types (a tap
at this program's kiosk) keeps the typing too.

"Month as PDF…" and "Month as CSV…" write the shown month's summary (for backing up NAV
reporting; never an absence reason) where the coach chooses, through `NavReportService` in a
cancellable render; the PDF is then shown in the preview. The service logs each as an export.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from canteen_app.access import Permission
from canteen_app.core.dates import add_months, local_day, utc_now
from canteen_app.core.errors import ConcurrencyError, DomainError
from canteen_app.core.formatting import locale_format
from canteen_app.core.progress import ProgressSink
from canteen_app.training.attendance.dto import DayEntry, MonthSummary
from canteen_app.training.attendance.rules import HOURS_MAX, REASON_MAX, AttendanceStatus, DayInput
from ui.common.context import UiContext
from ui.common.dialogs import REJECT, Choice, question_box
from ui.common.formatting import capitalized, number, quiet
from ui.common.forms import FormErrors
from ui.common.tasks import Task
from ui.common.widgets import FieldMessage, action_button, read_only_table
from ui.training.attendance.model import AttendanceTableModel, status_text

if TYPE_CHECKING:
    from canteen_app.app import AppServices, Changes

ATTENDANCE_CHANGES = "training.attendance"
PDF, CSV = "pdf", "csv"
DEFAULT_HOURS = Decimal("6")  # a usual day in the kitchen, changed as needed


def first_of_month(day: date) -> date:
    return day.replace(day=1)


class AttendanceDialog(QDialog):
    """One participant's attendance, a month at a time."""

    loaded = Signal()  # a month came from the database (after opening, a move or a save)
    day_saved = Signal(object)  # the DayInput that was stored
    exported = Signal(object)  # the Path the month was written to; None: cancelled or refused

    def __init__(
        self,
        context: UiContext,
        participant_id: int,
        name: str,
        parent: QWidget | None = None,
        month: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attendanceDialog")
        self._context = context
        self._participant_id = participant_id
        self._name = name
        self._this_month = first_of_month(local_day(utc_now()))
        self._month = first_of_month(month) if month is not None else self._this_month
        self._dates = locale_format(context.language)
        self._can_edit = context.actor.can(Permission.EDIT_PARTICIPANTS)
        self._summary: MonthSummary | None = None
        self._selected: DayEntry | None = None
        self._expected_version: int | None = None  # of the chosen day, as the typing started
        self._baseline: DayInput | None = None  # the form as the chosen day was shown
        self.conflict_box: QMessageBox | None = None
        self._note_after_load = ""  # a warning the next month's answer must not wipe
        self._keep_day: date | None = None
        self._loading = False
        self._saving = False
        self._exporting = False
        self.preview: QDialog | None = None  # the PDF preview of the month, once made
        self.setWindowTitle(self.tr("Attendance – {name}").format(name=name))
        self.model = AttendanceTableModel(self._dates, show_reasons=self._can_edit, parent=self)
        self._build()
        context.ops.changed.connect(self._on_changed)

    # --- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._month_bar())
        self.table = read_only_table("attendanceTable", self.tr("Counted days of the month"), self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleDescription(
            self.tr("Days the canteen was open and the measure ran. Choose a day to register or correct it.")
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(self.tr("No day counts in this month (the measure did not run)."))
        self.empty_label.setObjectName("attendanceEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        layout.addWidget(self.empty_label)
        self.totals_label = QLabel()
        self.totals_label.setObjectName("attendanceTotals")
        self.totals_label.setWordWrap(True)
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.totals_label)
        self.message = FieldMessage("attendanceLoad")
        layout.addWidget(self.message)
        if self._can_edit:
            layout.addWidget(self._day_form())
        self.export_label = quiet(QLabel())
        self.export_label.setObjectName("attendanceExportLabel")
        self.export_label.setWordWrap(True)
        self.export_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.export_label)
        buttons = QDialogButtonBox()
        self.pdf_button = buttons.addButton(self.tr("Month as PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button.setObjectName("attendancePdfButton")
        self.pdf_button.clicked.connect(lambda: self.export_month(PDF))
        self.csv_button = buttons.addButton(self.tr("Month as CSV…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.csv_button.setObjectName("attendanceCsvButton")
        self.csv_button.clicked.connect(lambda: self.export_month(CSV))
        for button in (self.pdf_button, self.csv_button):
            button.setAccessibleDescription(
                self.tr("The month's counted days and totals, for NAV; never an absence reason")
            )
        self.close_button = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setObjectName("attendanceCloseButton")
        for button in (self.pdf_button, self.csv_button, self.close_button):
            button.setMinimumHeight(40)
            button.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show_day(None)
        self.resize(max(self.sizeHint().width(), self.fontMetrics().averageCharWidth() * 120), 720)

    def _month_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.previous_button = action_button(
            "attendancePreviousMonth", self.tr("◀ Previous month"), self.previous
        )
        self.previous_button.setAccessibleName(self.tr("Show the previous month"))
        self.month_label = QLabel()
        self.month_label.setObjectName("attendanceMonth")
        self.month_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.month_label.font()
        font.setBold(True)
        self.month_label.setFont(font)
        self.next_button = action_button("attendanceNextMonth", self.tr("Next month ▶"), self.next)
        self.next_button.setAccessibleName(self.tr("Show the next month"))
        bar.addWidget(self.previous_button)
        bar.addWidget(self.month_label, 1)
        bar.addWidget(self.next_button)
        return bar

    def _day_form(self) -> QGroupBox:
        self.day_group = QGroupBox()
        self.day_group.setObjectName("attendanceDayGroup")
        form = QFormLayout(self.day_group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.messages: dict[str, FieldMessage] = {}
        self.editors: dict[str, QWidget] = {}
        self._cells: dict[str, QWidget] = {}

        self.day_label = QLabel()
        self.day_label.setObjectName("attendanceDayLabel")
        self._add_row(form, "day", self.tr("Day"), self.day_label)

        self._add_row(form, "status", self.tr("Status"), self._status_row())

        self.hours_spin = QDoubleSpinBox()
        self.hours_spin.setObjectName("attendanceHours")
        self.hours_spin.setDecimals(2)
        self.hours_spin.setSingleStep(0.25)
        self.hours_spin.setRange(0, float(HOURS_MAX))
        self.hours_spin.setMaximumWidth(self.fontMetrics().averageCharWidth() * 14)
        self._add_row(form, "hours", self.tr("Hours"), self.hours_spin)

        self.absence_edit = QLineEdit()
        self.absence_edit.setObjectName("attendanceAbsenceReason")
        self.absence_edit.setMaxLength(REASON_MAX)
        self.absence_edit.setPlaceholderText(
            self.tr("E.g. 'doctor's appointment' – seen by job coaches only")
        )
        hint = quiet(QLabel(self.tr("Never printed, never shown to anyone but job coaches.")))
        hint.setWordWrap(True)
        self._add_row(form, "absence_reason", self.tr("Absence reason"), self.absence_edit, hint)

        self.correction_edit = QLineEdit()
        self.correction_edit.setObjectName("attendanceCorrectionReason")
        self.correction_edit.setMaxLength(REASON_MAX)
        self.correction_edit.setPlaceholderText(self.tr("Why the registered day is changed"))
        self._add_row(form, "correction_reason", self.tr("Reason for the correction"), self.correction_edit)
        self._form = form
        self._correction_cell = self._cells["correction_reason"]
        form.addRow(self._save_row())
        self.form_errors = FormErrors(self.save_status, self.messages, self.editors)
        return self.day_group

    def _status_row(self) -> QWidget:
        """Present, excused or unexcused: one of three, chosen with a tap or the arrow keys."""
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status_group = QButtonGroup(self)
        self.status_buttons: dict[AttendanceStatus, QRadioButton] = {}
        for status in AttendanceStatus:
            button = QRadioButton(status_text(status))
            button.setObjectName(f"attendanceStatus_{status.value}")
            button.setMinimumHeight(32)
            self.status_group.addButton(button)
            self.status_buttons[status] = button
            layout.addWidget(button)
            button.toggled.connect(self._update_fields)
        layout.addStretch(1)
        row.setFocusProxy(self.status_buttons[AttendanceStatus.PRESENT])
        return row

    def _save_row(self) -> QHBoxLayout:
        self.save_status = FieldMessage("attendanceSave")
        self.saved_label = quiet(QLabel())
        self.saved_label.setObjectName("attendanceSavedLabel")
        self.save_button = action_button("attendanceSaveButton", self.tr("Save the day"), self.save, 40)
        self.save_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.save_status, 1)
        row.addStretch(1)
        row.addWidget(self.saved_label)
        row.addWidget(self.save_button)
        return row

    def _add_row(
        self, form: QFormLayout, name: str, label: str, editor: QWidget, hint: QLabel | None = None
    ) -> None:
        """The field with its hint and its message beneath it."""
        (editor.focusProxy() or editor).setAccessibleName(label)
        cell = QWidget()
        cell_layout = QVBoxLayout(cell)
        cell_layout.setContentsMargins(0, 0, 0, 0)
        cell_layout.setSpacing(2)
        cell_layout.addWidget(editor)
        if hint is not None:
            cell_layout.addWidget(hint)
        message = FieldMessage(name)
        cell_layout.addWidget(message)
        self.messages[name] = message
        self.editors[name] = editor.focusProxy() or editor
        self._cells[name] = cell
        row_label = QLabel(label)
        row_label.setBuddy(editor.focusProxy() or editor)
        form.addRow(row_label, cell)

    # --- the month -----------------------------------------------------------------------------

    def open_month(self) -> None:
        """Show the dialog and read its month."""
        self.open()
        self.load(self._month)

    def previous(self) -> None:
        self.load(add_months(self._month, -1))

    def next(self) -> None:
        if self._month < self._this_month:
            self.load(add_months(self._month, 1))

    def load(self, month: date, keep_day: date | None = None) -> None:
        if self._loading:
            return
        self._month = first_of_month(month)
        self._keep_day = keep_day
        self._update_month_bar()
        actor, participant_id, wanted = self._context.actor, self._participant_id, self._month

        def read(app: AppServices) -> MonthSummary:
            return app.attendance.month(actor, participant_id, wanted)

        self.message.clear_message()
        self._context.ops.write(self, read, self._on_loaded, self._on_load_failed, self._set_loading)

    def _set_loading(self, loading: bool) -> None:
        self._loading = loading
        self._update_month_bar()

    def _update_month_bar(self) -> None:
        self.month_label.setText(capitalized(self._dates.month_year(self._month)))
        self.previous_button.setEnabled(not self._loading)
        self.next_button.setEnabled(not self._loading and self._month < self._this_month)
        shown = self._summary is not None and self._summary.month == self._month and bool(self._summary.days)
        for button in (self.pdf_button, self.csv_button):
            button.setEnabled(shown and not self._loading and not self._exporting)

    def _on_loaded(self, summary: MonthSummary) -> None:
        if summary.month != self._month:
            return  # an older answer
        self._summary = summary
        self._update_month_bar()
        self.model.set_days(summary.days)
        self.totals_label.setText(self.totals_text(summary))
        self.empty_label.setVisible(not summary.days)
        self.table.setVisible(bool(summary.days))
        wanted = self._keep_day or (summary.days[-1].day if summary.days else None)
        row = self.model.row_of(wanted) if wanted is not None else -1
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self._show_day(None)
        if self._note_after_load and self._can_edit:
            self.save_status.show_warning(self._note_after_load)
        self._note_after_load = ""
        self.loaded.emit()

    def _on_load_failed(self, error: DomainError) -> None:
        self.message.show_domain_error(error)

    def _on_changed(self, changes: Changes, source: object) -> None:
        """Someone checked in or out at the kiosk meanwhile (in this program)."""
        if source is not self and changes.touches(ATTENDANCE_CHANGES) and not self._saving:
            self.load(self._month, self._selected.day if self._selected else None)

    def totals_text(self, summary: MonthSummary) -> str:
        rate = summary.rate
        parts = [
            self.tr("Present: %n day(s), {hours} hours", "", summary.present_days).format(
                hours=number(summary.hours)
            ),
            self.tr("Excused absence: %n day(s)", "", summary.excused_days),
            self.tr("Unexcused absence: %n day(s)", "", summary.unexcused_days),
            self.tr("Not registered: %n day(s)", "", summary.unregistered_days),
            self.tr("Attendance rate: {rate}").format(
                rate=self._dates.percent(rate * 100, 0) if rate is not None else "–"
            ),
        ]
        return " · ".join(parts)

    @property
    def month(self) -> date:
        return self._month

    @property
    def summary(self) -> MonthSummary | None:
        return self._summary

    # --- the month as a file (backing up NAV reporting) -------------------------------------------

    def export_month(self, kind: str) -> Task | None:
        """Ask where, then write the shown month's counted days and totals as PDF (then shown
        in the preview) or CSV; the service logs the export once the file exists. The default
        name has the participant's id, not their name."""
        from ui.common.pdf_preview import PdfPreviewDialog

        if self._exporting or self._summary is None or self._summary.month != self._month:
            return None
        month, actor, participant_id = self._month, self._context.actor, self._participant_id
        folder = PdfPreviewDialog.last_save_folder or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home()
        )
        name = f"{self.tr('attendance')}-{participant_id}-{month:%Y-%m}.{kind}"
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the month as PDF") if kind == PDF else self.tr("Save the month as CSV"),
            str(folder / name),
            self.tr("PDF documents (*.pdf)") if kind == PDF else self.tr("CSV files (*.csv)"),
        )
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != f".{kind}":
            target = target.with_name(f"{target.name}.{kind}")
        language = "en" if self._context.language == "en" else "nb"

        def write(app: AppServices, progress: ProgressSink) -> Path:
            if kind == CSV:
                return app.nav_reports.export_attendance_csv(actor, participant_id, month, target)
            return app.nav_reports.render_attendance_month(
                actor, participant_id, month, language, target, progress
            )

        def done(path: Path) -> None:
            self._set_exporting(False)
            PdfPreviewDialog.last_save_folder = path.parent
            self.export_label.setText(self.tr("Saved: {path}").format(path=path))
            if kind == PDF:
                title = self.tr("Attendance {month} – {name}").format(
                    month=self._dates.month_year(month), name=self._name
                )
                preview = PdfPreviewDialog(path, title, self)
                preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                self.preview = preview
                preview.open()
            self.exported.emit(path)

        self.message.clear_message()
        self.export_label.clear()
        self._set_exporting(True)
        return self._context.ops.render(
            self, self.tr("Writing the month…"), write, done, self._on_export_failed
        )

    def _set_exporting(self, exporting: bool) -> None:
        self._exporting = exporting
        self._update_month_bar()

    def _on_export_failed(self, error: BaseException) -> None:
        from canteen_app.documents.templates import RenderCancelled  # loaded by the render

        self._set_exporting(False)
        self.exported.emit(None)
        if isinstance(error, RenderCancelled):
            self.message.show_warning(self.tr("Cancelled: nothing was saved."))
        elif isinstance(error, DomainError):
            self.message.show_domain_error(error)
        elif isinstance(error, OSError):
            self.message.show_error(
                self.tr("The file could not be written: {error}").format(error=error.strerror or error)
            )
        else:
            raise error

    # --- the chosen day ------------------------------------------------------------------------

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._show_day(self.model.entry_at(rows[0].row()) if rows else None)

    def select_day(self, day: date) -> None:
        row = self.model.row_of(day)
        if row >= 0:
            self.table.selectRow(row)

    def _show_day(self, entry: DayEntry | None) -> None:
        if self._keeps_typing(entry):
            return
        self._selected = entry
        self._expected_version = entry.version if entry is not None else None
        if not self._can_edit:
            return
        self.form_errors.clear()
        self.day_group.setEnabled(entry is not None)
        if entry is None:
            self.day_group.setTitle(self.tr("Choose a day in the list to register or correct it"))
            self.day_label.setText("")
            return
        day = capitalized(self._dates.full_date(entry.day))
        correcting = entry.status is not None
        self.day_group.setTitle(
            self.tr("Correct the registered day") if correcting else self.tr("Register the day")
        )
        self.day_label.setText(day)
        status = entry.status or AttendanceStatus.PRESENT
        self.status_buttons[status].setChecked(True)
        self.hours_spin.setValue(float(entry.hours if entry.hours is not None else DEFAULT_HOURS))
        self.absence_edit.setText(entry.absence_reason or "")
        self.correction_edit.clear()
        self._form.setRowVisible(self._correction_cell, correcting)
        self._update_fields()
        self._baseline = self.day_input()

    def _keeps_typing(self, entry: DayEntry | None) -> bool:
        """The same day came again (the month was read anew) while the form holds changes: the
        typing stays, and so does the version it started from (a save then asks which version
        to keep, if the day changed)."""
        if entry is None or self._selected is None or entry.day != self._selected.day:
            return False
        if not self.is_dirty():
            return False
        if entry.version != self._expected_version:
            self.save_status.show_warning(
                self.tr(
                    "This day was changed meanwhile. Your typing is kept; saving asks which version to keep."
                )
            )
        return True

    def is_dirty(self) -> bool:
        """Whether the form holds changes to the chosen day that are not saved."""
        return self._can_edit and self._selected is not None and self.day_input() != self._baseline

    @property
    def expected_version(self) -> int | None:
        """The version of the chosen day a save is checked against (None: nothing registered)."""
        return self._expected_version

    def _chosen_status(self) -> AttendanceStatus:
        return next(
            (status for status, button in self.status_buttons.items() if button.isChecked()),
            AttendanceStatus.PRESENT,
        )

    def _update_fields(self) -> None:
        present = self._chosen_status() is AttendanceStatus.PRESENT
        self.hours_spin.setEnabled(present)
        self.absence_edit.setEnabled(not present)

    def day_input(self) -> DayInput | None:
        """What the form holds for the chosen day (None: no day chosen)."""
        if self._selected is None:
            return None
        status = self._chosen_status()
        present = status is AttendanceStatus.PRESENT
        return DayInput(
            day=self._selected.day,
            status=status,
            hours=Decimal(str(self.hours_spin.value())).quantize(Decimal("0.01")) if present else None,
            absence_reason="" if present else self.absence_edit.text(),
            correction_reason=self.correction_edit.text() if self._selected.status is not None else "",
        )

    def save(self) -> None:
        data = self.day_input()
        if data is None or self._saving:
            return
        self.form_errors.clear()
        self.saved_label.clear()
        actor, participant_id, month = self._context.actor, self._participant_id, self._month
        version = self._expected_version

        def write(app: AppServices) -> MonthSummary:
            app.attendance.record_day(actor, participant_id, data, version)
            return app.attendance.month(actor, participant_id, month)

        def saved(summary: MonthSummary) -> None:
            self._keep_day = data.day
            self._selected = None  # saved: the day is shown as stored now
            self._on_loaded(summary)
            self.saved_label.setText(
                self.tr("Saved: {day}").format(day=self._dates.weekday_day_month(data.day))
            )
            self.day_saved.emit(data)

        self._context.ops.write(self, write, saved, self._on_save_failed, self._set_saving)

    def _on_save_failed(self, error: DomainError) -> None:
        self.form_errors.show(error)
        if isinstance(error, ConcurrencyError):
            if isinstance(error.current, DayEntry):
                self._ask_which_version(error.current)
            else:  # saved by someone else in the same instant: read the day again, then ask
                self.load(self._month, self._selected.day if self._selected else None)
        self.loaded.emit()  # the answer is in (tests wait for it)

    # --- someone else saved the day first -----------------------------------------------------------

    def _ask_which_version(self, theirs: DayEntry) -> None:
        """The day as stored now against what the coach typed: keep mine (saved over theirs,
        which the coach has now seen), use theirs (the form shows it), or go back to editing
        (the default, also for Enter and Esc: nothing typed is lost)."""
        mine = self.day_input()
        if mine is None:
            return
        box, (keep, use_theirs, _back) = question_box(
            self,
            "attendanceConflictDialog",
            QMessageBox.Icon.Warning,
            self.tr("Changed by someone else"),
            self.tr("{day} was changed after you opened it. Which version should be kept?").format(
                day=capitalized(self._dates.full_date(theirs.day))
            ),
            self.tr("Their version: {theirs}\nYour version: {mine}").format(
                theirs=self.day_text(theirs.status, theirs.hours, theirs.absence_reason or ""),
                mine=self.day_text(mine.status, mine.hours, mine.absence_reason),
            ),
            [
                Choice(
                    self.tr("Keep my version"), QMessageBox.ButtonRole.AcceptRole, "conflictKeepMineButton"
                ),
                Choice(
                    self.tr("Use their version"),
                    QMessageBox.ButtonRole.DestructiveRole,
                    "conflictUseTheirsButton",
                ),
                Choice(self.tr("Go back to editing"), REJECT, "conflictBackButton"),
            ],
            default=2,
            escape=2,
        )

        def chosen(button: QAbstractButton) -> None:
            self.conflict_box = None
            if button is keep:
                self._keep_mine(theirs)
            elif button is use_theirs:
                self._use_theirs(theirs)
            else:
                self.save_status.show_warning(
                    self.tr("Not saved. Your changes are still in the form; saving asks again.")
                )

        box.buttonClicked.connect(chosen)
        self.conflict_box = box
        box.open()

    def _keep_mine(self, theirs: DayEntry) -> None:
        """Save the typing over the stored day. Replacing an entry is a correction: its reason
        field shows, and a save without one is refused there as usual."""
        self._selected = theirs
        self._expected_version = theirs.version
        correcting = theirs.status is not None
        self._form.setRowVisible(self._correction_cell, correcting)
        self.day_group.setTitle(
            self.tr("Correct the registered day") if correcting else self.tr("Register the day")
        )
        self.save()

    def _use_theirs(self, theirs: DayEntry) -> None:
        self._selected = None
        self._show_day(theirs)
        self._note_after_load = self.tr("Their version is in the form now. Your changes were not saved.")
        self.save_status.show_warning(self._note_after_load)
        self.load(self._month, theirs.day)  # the list shows the day as stored, too

    def day_text(self, status: AttendanceStatus | None, hours: Decimal | None, reason: str) -> str:
        """A day in words, for comparing two versions: "Present, 6.5 hours" or "Excused
        absence (doctor)"."""
        if status is AttendanceStatus.PRESENT and hours is not None:
            return self.tr("{status}, {hours} hours").format(status=status_text(status), hours=number(hours))
        if status is not None and reason:
            return self.tr("{status} ({reason})").format(status=status_text(status), reason=reason)
        return status_text(status)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.save_button.setText(self.tr("Saving…") if saving else self.tr("Save the day"))


def open_register(context: UiContext, participant_id: int, name: str, parent: QWidget) -> AttendanceDialog:
    """Open the participant's register at this month (a `ParticipantOpener`, ui.common.navigation)."""
    dialog = AttendanceDialog(context, participant_id, name, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open_month()
    return dialog
