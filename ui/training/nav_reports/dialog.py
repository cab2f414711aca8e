"""The NAV report dialog (T5, issue 7 item 6): a participant's status report for a chosen period,
or the final report (sluttrapport) once the measure has ended, in Norwegian or English, with
the coach's summary; previewed on screen or saved as a PDF.

Both go through `NavReportService` in a cancellable render (`ops.render`), off the GUI thread.
Each is an audited export: the preview's entry says "(preview)"; its file is in a private
temporary folder (0700, the file 0600) that goes when the preview closes. "Save as…" in the
preview makes the report anew where the coach chooses, so every file kept has its own entry.

Opened from the participant list's tools and the profile through `ui.common.navigation`
(`ui/shell/pages.py` registers `open_nav_report`); feature packages do not import each other.
Opening reads the measure period only (to offer and check the report period): nothing of the
participant's record is shown, so nothing is logged until a report is made.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from canteen_app.core.dates import local_day
from canteen_app.core.errors import DomainError
from canteen_app.core.languages import Language, language_label
from canteen_app.core.progress import ProgressSink
from canteen_app.training.nav_reports.dto import ReportKind
from canteen_app.training.nav_reports.rules import LANGUAGES, SUMMARY_MAX
from canteen_app.training.participants.dto import MeasurePeriod
from canteen_app.training.participants.rules import EARLIEST_DATE, LATEST_DATE
from ui.common.context import UiContext
from ui.common.formatting import format_date, quiet, to_qdate
from ui.common.forms import FormErrors
from ui.common.tasks import Task
from ui.common.widgets import DateEdit, FieldMessage, WideListComboBox, on_screen
from ui.training.nav_reports.period import PeriodProblem, default_period, period_problems

if TYPE_CHECKING:
    from canteen_app.app import AppServices, Changes
    from ui.training.nav_reports.preview import NavReportPreview

log = logging.getLogger(__name__)

PARTICIPANT_CHANGES = "training.participants"  # an extended or ended measure
ROW_HEIGHT = 40


@dataclass(frozen=True)
class ReportRequest:
    """What the coach asked for, as the dialog held it when they pressed the button."""

    kind: ReportKind
    first: date
    last: date
    language: str
    summary: str


def _qdate_value(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


class NavReportDialog(QDialog):
    """Choose the report, its period, language and summary; preview it or save it."""

    loaded = Signal()  # the measure period came from the database
    saved = Signal(object)  # the Path a report was saved to
    preview_opened = Signal(object)  # the NavReportPreview of a fresh rendering
    render_finished = Signal()  # a render's answer is in (made, cancelled or refused)

    def __init__(
        self, context: UiContext, participant_id: int, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("navReportDialog")
        self.setWindowTitle(self.tr("NAV report – {name}").format(name=name))
        self._context = context
        self._participant_id = participant_id
        self._name = name
        self._measure: MeasurePeriod | None = None
        self._today: date | None = None
        self._status_period: tuple[date, date] | None = None  # kept while the final report is chosen
        self._loading = False
        self._rendering = False
        self._preview: NavReportPreview | None = None
        self.render_task: Task | None = None
        self._build()
        context.ops.changed.connect(self._on_changed)

    # --- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        self._layout = layout = QVBoxLayout(self)
        self.measure_label = QLabel(self.tr("Loading…"))
        self.measure_label.setObjectName("navReportMeasure")
        self.measure_label.setWordWrap(True)
        layout.addWidget(self.measure_label)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.messages: dict[str, FieldMessage] = {}
        self.editors: dict[str, QWidget] = {}
        self._kind_row(form)
        self.first_edit = self._date_edit("navReportFirst")
        self._add_row(form, "first", self.tr("First day"), self.first_edit)
        self.last_edit = self._date_edit("navReportLast")
        self._add_row(form, "last", self.tr("Last day"), self.last_edit)
        self.language_combo: QComboBox = WideListComboBox()
        self.language_combo.setObjectName("navReportLanguage")
        self.language_combo.setMinimumHeight(ROW_HEIGHT)
        for code in LANGUAGES:
            self.language_combo.addItem(language_label(Language(code), self._context.language), code)
        self._add_row(form, "language", self.tr("Report language"), self.language_combo)
        self._summary_row(form)
        layout.addLayout(form, 1)
        note = quiet(
            QLabel(
                self.tr("Previewing or saving the report is logged as an export of the participant's data.")
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.message = FieldMessage("navReport")
        layout.addWidget(self.message)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("navReportSavedLabel")
        self.saved_label.setWordWrap(True)
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.saved_label)
        layout.addWidget(self._buttons())
        self.form_errors = FormErrors(self.message, self.messages, self.editors)
        self.first_edit.dateChanged.connect(self._validate)
        self.last_edit.dateChanged.connect(self._validate)
        self._update_buttons()
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_height)
        for message in self.messages.values():
            message.installEventFilter(self)
        self.message.installEventFilter(self)
        self.final_reason.installEventFilter(self)
        self.resize(
            max(self.sizeHint().width(), self.fontMetrics().averageCharWidth() * 96), self.sizeHint().height()
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A message shown or hidden: make room for it."""
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide) and hasattr(self, "_fit_timer"):
            self._fit_timer.start()
        return super().eventFilter(watched, event)

    def _fit_height(self) -> None:
        """As tall as the wrapped messages need (a shown dialog does not grow for them itself),
        within the screen."""
        layout = self._layout
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else 0
        needed = max(needed, layout.totalMinimumSize().height())
        screen = self.screen()
        if screen is not None:
            needed = min(needed, screen.availableGeometry().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _kind_row(self, form: QFormLayout) -> None:
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.status_radio = QRadioButton(self.tr("Status report for a period"))
        self.status_radio.setObjectName("navReportStatusKind")
        self.status_radio.setChecked(True)
        self.final_radio = QRadioButton(self.tr("Final report (the whole measure, after it has ended)"))
        self.final_radio.setObjectName("navReportFinalKind")
        self.final_radio.setEnabled(False)
        self.kind_group = QButtonGroup(self)
        for radio in (self.status_radio, self.final_radio):
            radio.setMinimumHeight(32)
            self.kind_group.addButton(radio)
            column.addWidget(radio)
        self.final_reason = quiet(QLabel())
        self.final_reason.setObjectName("navReportFinalReason")
        self.final_reason.setWordWrap(True)
        self.final_reason.hide()
        column.addWidget(self.final_reason)
        self.final_radio.toggled.connect(self._kind_changed)
        label = QLabel(self.tr("Report"))
        label.setBuddy(self.status_radio)
        form.addRow(label, cell)

    def _summary_row(self, form: QFormLayout) -> None:
        warning = QLabel(
            self.tr(
                "The summary is printed in the report and goes to NAV. Never write health information, "
                "diagnoses or absence reasons in it."
            )
        )
        warning.setObjectName("navReportSummaryWarning")
        warning.setWordWrap(True)
        warning.setProperty("severity", "warning")
        self.summary_warning = warning
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setObjectName("navReportSummary")
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setAccessibleDescription(warning.text())
        self.summary_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.summary_edit.textChanged.connect(self._count_summary)
        self.summary_count = quiet(QLabel())
        self.summary_count.setObjectName("navReportSummaryCount")
        self._add_row(
            form, "summary", self.tr("Coach's summary"), self.summary_edit, [warning], [self.summary_count]
        )
        self._count_summary()

    def _add_row(
        self,
        form: QFormLayout,
        name: str,
        label: str,
        editor: QWidget,
        above: list[QWidget] | None = None,
        below: list[QWidget] | None = None,
    ) -> None:
        """The field with what belongs to it, and its message beneath."""
        editor.setAccessibleName(label)
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        for widget in above or []:
            column.addWidget(widget)
        column.addWidget(editor)
        for widget in below or []:
            column.addWidget(widget)
        message = FieldMessage(name)
        column.addWidget(message)
        self.messages[name] = message
        self.editors[name] = editor
        row_label = QLabel(label)
        row_label.setBuddy(editor)
        form.addRow(row_label, cell)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = DateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDateRange(to_qdate(EARLIEST_DATE), to_qdate(LATEST_DATE))
        edit.setMinimumHeight(ROW_HEIGHT)
        return edit

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.preview_button = buttons.addButton(self.tr("Preview"), QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.setObjectName("navReportPreviewButton")
        self.preview_button.setAccessibleName(self.tr("Show the report on screen"))
        self.preview_button.clicked.connect(self.preview)
        self.save_button = buttons.addButton(self.tr("Save as…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setObjectName("navReportSaveButton")
        self.save_button.setAccessibleName(self.tr("Save the report as a PDF file"))
        self.save_button.clicked.connect(self._save_clicked)
        self.close_button = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setObjectName("navReportCloseButton")
        buttons.rejected.connect(self.reject)
        for button in (self.preview_button, self.save_button, self.close_button):
            button.setMinimumHeight(ROW_HEIGHT)
            button.setAutoDefault(False)
        return buttons

    # --- the measure -------------------------------------------------------------------------------

    def open_and_load(self) -> None:
        self.open()
        self.load()

    def load(self) -> None:
        """Read the measure period (and today, by the services' clock)."""
        actor, participant_id = self._context.actor, self._participant_id

        def read(app: AppServices) -> tuple[MeasurePeriod, date]:
            app.participants.check_access(actor, participant_id)
            period = app.participants.periods(actor.site_id, [participant_id])[participant_id]
            return period, local_day(app.nav_reports.now())

        self._context.ops.read(self, read, self._on_loaded, self._on_load_failed, self._set_loading)

    def _set_loading(self, loading: bool) -> None:
        self._loading = loading
        self._update_buttons()

    def _on_loaded(self, result: tuple[MeasurePeriod, date]) -> None:
        first_time = self._measure is None
        self._measure, self._today = result
        measure = self._measure
        start, end = format_date(measure.start), format_date(measure.end)
        self.measure_label.setText(
            self.tr("{name} · measure from {start}, ended {end}").format(
                name=self._name, start=start, end=end
            )
            if measure.ended
            else self.tr("{name} · measure from {start}, planned to end {end}").format(
                name=self._name, start=start, end=end
            )
        )
        self.final_radio.setEnabled(measure.ended)
        if measure.ended:
            self.final_reason.hide()
            self.final_radio.setAccessibleDescription("")
        else:
            reason = self.tr(
                "Not yet: a final report is made once the measure has ended (planned end {end})."
            ).format(end=end)
            self.final_reason.setText(reason)
            self.final_reason.show()
            self.final_radio.setAccessibleDescription(reason)
            self.status_radio.setChecked(True)
        if first_time:
            self._set_period(*default_period(measure, self._today))
        elif self.final_radio.isChecked():
            self._set_period(measure.start, measure.end)
        self._validate()
        self.loaded.emit()

    def _on_load_failed(self, error: DomainError) -> None:
        self.form_errors.show(error)
        self._update_buttons()

    def _on_changed(self, changes: Changes, source: object) -> None:
        """The measure was extended or ended meanwhile (in this program): offer what fits now."""
        if source is not self and changes.touches(PARTICIPANT_CHANGES) and not self._loading:
            self.load()

    @property
    def measure(self) -> MeasurePeriod | None:
        return self._measure

    # --- the choices -------------------------------------------------------------------------------

    def _set_period(self, first: date, last: date) -> None:
        for edit, value in ((self.first_edit, first), (self.last_edit, last)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(value))
            edit.blockSignals(False)

    def period(self) -> tuple[date, date]:
        return _qdate_value(self.first_edit), _qdate_value(self.last_edit)

    def kind(self) -> ReportKind:
        return ReportKind.FINAL if self.final_radio.isChecked() else ReportKind.STATUS

    def _kind_changed(self, final: bool) -> None:
        measure = self._measure
        if final and measure is not None:
            self._status_period = self.period()
            self._set_period(measure.start, measure.end)
        elif not final and self._status_period is not None:
            self._set_period(*self._status_period)
        for edit in (self.first_edit, self.last_edit):
            edit.setEnabled(not final)
        self._validate()

    def _validate(self) -> None:
        """Say next to the date fields what is wrong with the period; the buttons wait for a
        good one."""
        for name in ("first", "last"):
            self.messages[name].clear_message()
        measure, today = self._measure, self._today
        if measure is not None and today is not None and self.kind() is ReportKind.STATUS:
            first, last = self.period()
            for name, problem in period_problems(first, last, measure, today).items():
                self.messages[name].show_error(self._problem_text(problem, measure))
        self._update_buttons()

    def _problem_text(self, problem: PeriodProblem, measure: MeasurePeriod) -> str:
        if problem is PeriodProblem.BEFORE_MEASURE:
            return self.tr("The measure started on {day}: the period cannot begin before it.").format(
                day=format_date(measure.start)
            )
        if problem is PeriodProblem.BEFORE_FIRST:
            return self.tr("The last day is before the first day.")
        if problem is PeriodProblem.AFTER_TODAY:
            return self.tr("The last day is after today: only days that have come can be reported.")
        if measure.ended:
            return self.tr("The measure ended on {day}: the period cannot end after it.").format(
                day=format_date(measure.end)
            )
        return self.tr("The measure is planned to end on {day}: the period cannot end after it.").format(
            day=format_date(measure.end)
        )

    def period_valid(self) -> bool:
        return self._measure is not None and not any(
            self.messages[name].severity == "error" for name in ("first", "last")
        )

    def _count_summary(self) -> None:
        count = len(self.summary_edit.toPlainText())
        self.summary_count.setText(
            self.tr("{count} of {limit} characters").format(count=count, limit=SUMMARY_MAX)
        )

    def _update_buttons(self) -> None:
        ready = not self._loading and not self._rendering and self.period_valid()
        self.preview_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def request(self) -> ReportRequest | None:
        """The report as asked for now; None while the period is not one that can be reported."""
        if not self.period_valid():
            return None
        first, last = self.period()
        return ReportRequest(
            self.kind(), first, last, str(self.language_combo.currentData()), self.summary_edit.toPlainText()
        )

    def default_file_name(self, request: ReportRequest) -> str:
        """Without the participant's name (a file name shows in folders, mail and logs)."""
        if request.kind is ReportKind.FINAL:
            return f"{self.tr('nav-final-report')}-{self._participant_id}.pdf"
        return (
            f"{self.tr('nav-status-report')}-{self._participant_id}-"
            f"{request.first.isoformat()}-{request.last.isoformat()}.pdf"
        )

    def _title(self, request: ReportRequest) -> str:
        if request.kind is ReportKind.FINAL:
            return self.tr("NAV final report – {name}").format(name=self._name)
        return self.tr("NAV status report – {name}").format(name=self._name)

    # --- preview and save --------------------------------------------------------------------------

    def preview(self) -> Task | None:
        """Render the report to a private temporary file and show it in the PDF preview."""
        request = self.request()
        if request is None or self._rendering:
            return None
        folder = tempfile.TemporaryDirectory(prefix="canteen-nav-", ignore_cleanup_errors=True)
        out_path = Path(folder.name) / self.default_file_name(request)
        title = self._title(request)

        def done(path: Path) -> None:
            from ui.training.nav_reports.preview import NavReportPreview

            preview = NavReportPreview(path, title, folder, self)
            preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            preview.save_requested.connect(lambda: self._save_from_preview(preview))
            self._preview = preview
            preview.open()
            self.preview_opened.emit(preview)

        return self._render(request, out_path, True, done, folder.cleanup)

    def save_as(self, parent: QWidget | None = None) -> Task | None:
        """Ask where to save, then make the report there."""
        from ui.common.pdf_preview import PdfPreviewDialog

        request = self.request()
        if request is None or self._rendering:
            return None
        folder = PdfPreviewDialog.last_save_folder or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home()
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            parent or self,
            self.tr("Save the NAV report as"),
            str(folder / self.default_file_name(request)),
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")

        def done(path: Path) -> None:
            PdfPreviewDialog.last_save_folder = path.parent
            self.saved_label.setText(self.tr("Saved: {path}").format(path=path))
            self.saved.emit(path)

        return self._render(request, target, False, done)

    def _save_clicked(self) -> None:
        self.save_as()

    def _save_from_preview(self, preview: NavReportPreview) -> None:
        """The preview's "Save as…": the file is made anew (and logged as saved) over this
        dialog, once the coach has chosen where; the preview has done its part."""
        request = self.request()
        if request is None or self._rendering:
            return
        if self.save_as(preview) is not None and shiboken6.isValid(preview):
            preview.close()

    def _render(
        self,
        request: ReportRequest,
        out_path: Path,
        preview: bool,
        done: Callable[[Path], None],
        cleanup: Callable[[], object] | None = None,
    ) -> Task:
        actor, participant_id = self._context.actor, self._participant_id

        first, last, text = request.first, request.last, request.summary

        def render(app: AppServices, progress: ProgressSink) -> Path:
            reports = app.nav_reports
            if request.kind is ReportKind.FINAL:
                return reports.render_final_report(
                    actor, participant_id, request.language, out_path, progress, summary=text, preview=preview
                )
            return reports.render_status_report(
                actor,
                participant_id,
                first,
                last,
                request.language,
                out_path,
                progress,
                summary=text,
                preview=preview,
            )

        def finished(path: Path) -> None:
            self._finish_render()
            done(path)
            self.render_finished.emit()

        def failed(error: BaseException) -> None:
            if cleanup is not None:
                cleanup()
            if not shiboken6.isValid(self):
                log.info("Dropped a NAV report of a closed dialog: %s", type(error).__name__)
                return
            self._finish_render()
            self._on_render_failed(error)
            self.render_finished.emit()

        self.form_errors.clear()
        self.saved_label.clear()
        self._rendering = True
        self._update_buttons()
        self.render_task = self._context.ops.render(
            self, self.tr("Making the NAV report…"), render, finished, failed
        )
        return self.render_task

    def _finish_render(self) -> None:
        self.render_task = None
        self._rendering = False
        self._update_buttons()

    def _on_render_failed(self, error: BaseException) -> None:
        from canteen_app.documents.templates import RenderCancelled  # loaded by the render

        if isinstance(error, RenderCancelled):
            self.message.show_warning(self.tr("Cancelled: no report was made."))
            return
        if isinstance(error, DomainError):
            self.form_errors.show(error)
            return
        if isinstance(error, OSError):
            log.error("Could not write the NAV report: %s", error.strerror)
            self.message.show_error(
                self.tr("The PDF could not be written: {error}").format(error=error.strerror or error)
            )
            return
        raise error

    @property
    def preview_dialog(self) -> NavReportPreview | None:
        """The open preview, if any."""
        return on_screen(self._preview)


def open_nav_report(context: UiContext, participant_id: int, name: str, parent: QWidget) -> NavReportDialog:
    """Open the NAV report dialog over `parent` (a `ParticipantOpener`, ui.common.navigation)."""
    dialog = NavReportDialog(context, participant_id, name, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open_and_load()
    return dialog
