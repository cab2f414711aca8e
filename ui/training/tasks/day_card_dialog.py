"""A participant's day card (T6), opened from the participant list: the coach picks the day, the
second language (the participant's own by default), the station and its tasks (by default the
assignment in force that day), previews the card and prints or saves it; "Save as usual from
this day" stores the choice as the participant's assignment, which holds until a later one.

Every preview is a card made (an export of the participant's data, logged by the service);
opening the dialog reads the assignment in force (a logged view)."""

from __future__ import annotations

import logging
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from canteen_app.core.dates import local_day, utc_now
from canteen_app.core.errors import AuditedConcurrencyError, DomainError
from canteen_app.core.formatting import locale_format
from canteen_app.core.languages import Language, language_label
from canteen_app.core.progress import ProgressSink
from canteen_app.training.tasks.dto import DayAssignmentInfo, TaskLibrary
from canteen_app.training.tasks.rules import MAX_DAY_TASKS, AssignmentInput
from ui.common.context import UiContext
from ui.common.i18n import message_text
from ui.common.widgets import DateEdit, FieldMessage, action_button

if TYPE_CHECKING:
    from canteen_app.app import AppServices
    from ui.common.pdf_preview import PdfPreviewDialog

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Loaded:
    library: TaskLibrary
    assignment: DayAssignmentInfo | None
    preferred_language: str


class DayCardDialog(QDialog):
    loaded = Signal()
    preview_opened = Signal(object)  # the PdfPreviewDialog
    assignment_saved = Signal(object)  # the DayAssignmentInfo

    def __init__(
        self, context: UiContext, participant_id: int, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dayCardDialog")
        self.setWindowTitle(self.tr("Day card – {name}").format(name=name))
        self._context = context
        self._participant_id = participant_id
        self._name = name
        self._library = TaskLibrary((), ())
        self._assignment: DayAssignmentInfo | None = None
        self._language_chosen = False
        self._reports_dir: tempfile.TemporaryDirectory[str] | None = None
        self._build()
        self.finished.connect(lambda _result: self._cleanup())

    # --- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.date_edit = DateEdit()
        self.date_edit.setObjectName("dayCardDate")
        self.date_edit.setCalendarPopup(True)
        today = local_day(utc_now())
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.date_edit.dateChanged.connect(lambda _d: self.reload())
        form.addRow(self._label(self.tr("&Day"), self.date_edit), self.date_edit)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("dayCardLanguage")
        for language in Language:
            if language is Language.NORWEGIAN:
                self.language_combo.addItem(self.tr("Norwegian only"), language.value)
            else:
                label = self.tr("Norwegian and {language}").format(
                    language=language_label(language, self._context.language)
                )
                self.language_combo.addItem(label, language.value)
        self.language_combo.activated.connect(self._on_language_chosen)
        form.addRow(self._label(self.tr("&Languages"), self.language_combo), self.language_combo)
        self.station_combo = QComboBox()
        self.station_combo.setObjectName("dayCardStation")
        self.station_combo.currentIndexChanged.connect(self._on_station)
        form.addRow(self._label(self.tr("&Station"), self.station_combo), self.station_combo)
        layout.addLayout(form)
        self.in_force_label = QLabel()
        self.in_force_label.setObjectName("dayCardInForce")
        self.in_force_label.setWordWrap(True)
        self.in_force_label.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        layout.addWidget(self.in_force_label)
        tasks_label = QLabel(self.tr("&Tasks for the day (at most {count}):").format(count=MAX_DAY_TASKS))
        self.task_list = QListWidget()
        self.task_list.setObjectName("dayCardTasks")
        self.task_list.setAccessibleName(self.tr("Tasks for the day"))
        tasks_label.setBuddy(self.task_list)
        self.task_list.itemChanged.connect(lambda _item: self._update_buttons())
        layout.addWidget(tasks_label)
        layout.addWidget(self.task_list, 1)
        self.message = FieldMessage("dayCard")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.preview_button = action_button(
            "dayCardPreview", self.tr("Preview and print…"), self.preview, min_height=40
        )
        self.save_button = action_button(
            "dayCardSaveUsual", self.tr("Save as usual from this day"), self.save_assignment, min_height=40
        )
        self.save_button.setAccessibleDescription(
            self.tr(
                "The station and tasks are kept for this participant from the chosen day on, "
                "until a later change."
            )
        )
        close = action_button("dayCardClose", self.tr("Close"), self.reject, min_height=40)
        for button in (self.preview_button, self.save_button, close):
            button.setAutoDefault(False)
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        self.resize(max(self.sizeHint().width(), self.fontMetrics().averageCharWidth() * 80), 560)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # --- reading -------------------------------------------------------------------------------

    @property
    def day(self) -> date:
        chosen = self.date_edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def reload(self) -> None:
        actor, participant_id, day = self._context.actor, self._participant_id, self.day

        def read(app: AppServices) -> _Loaded:
            preferred = app.participants.preferred_language(actor, participant_id)
            assignment = app.tasks.assignment_on(actor, participant_id, day)  # logged: a view
            return _Loaded(app.tasks.library(actor), assignment, preferred)

        self.message.clear_message()
        self._context.ops.write(self, read, self._show, self.message.show_domain_error)

    def _show(self, loaded: _Loaded) -> None:
        self._library = loaded.library
        self._assignment = loaded.assignment
        if not self._language_chosen:
            index = self.language_combo.findData(loaded.preferred_language)
            self.language_combo.setCurrentIndex(max(0, index))
        self.station_combo.blockSignals(True)
        self.station_combo.clear()
        language = self._context.language
        for station in loaded.library.stations:
            self.station_combo.addItem(station.name(language), station.id)
        self.station_combo.blockSignals(False)
        assignment = loaded.assignment
        if assignment is not None:
            index = self.station_combo.findData(assignment.station_id)
            if index < 0:  # a station retired since: still shown, as the assignment has it
                self.station_combo.addItem(self.tr("(retired station)"), assignment.station_id)
                index = self.station_combo.count() - 1
            self.station_combo.setCurrentIndex(index)
            since = locale_format(language).short_date(assignment.day)
            self.in_force_label.setText(
                self.tr(
                    "The usual station and tasks since {date} are chosen. Change them for this card, "
                    "or save the change as usual."
                ).format(date=since)
            )
        else:
            self.in_force_label.setText(
                self.tr("No station and tasks are set for this day yet. Choose them, and save them as usual.")
            )
        self._on_station(self.station_combo.currentIndex())
        self.loaded.emit()

    def _on_station(self, _index: int) -> None:
        station_id = self.station_combo.currentData()
        self.task_list.clear()
        if station_id is None:
            self._update_buttons()
            return
        assignment = self._assignment
        chosen = (
            list(assignment.task_ids)
            if assignment is not None and assignment.station_id == station_id
            else []
        )
        tasks = list(self._library.tasks_of(int(station_id)))
        ordered = [t for task_id in chosen for t in tasks if t.id == task_id] + [
            t for t in tasks if t.id not in chosen
        ]
        for task in ordered:
            item = QListWidgetItem(task.title_nb)
            item.setData(Qt.ItemDataRole.UserRole, task.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if task.id in chosen else Qt.CheckState.Unchecked)
            self.task_list.addItem(item)
        if assignment is not None and assignment.station_id == station_id:
            missing = [task_id for task_id in chosen if task_id not in {t.id for t in tasks}]
            for task_id in missing:  # retired since the assignment was made: kept, as the card shows it
                item = QListWidgetItem(self.tr("(retired task)"))
                item.setData(Qt.ItemDataRole.UserRole, task_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                self.task_list.addItem(item)
        self._update_buttons()

    def _on_language_chosen(self, _index: int) -> None:
        self._language_chosen = True

    def chosen_task_ids(self) -> tuple[int, ...]:
        return tuple(
            int(self.task_list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.task_list.count())
            if self.task_list.item(row).checkState() == Qt.CheckState.Checked
        )

    def set_task_checked(self, task_id: int, checked: bool) -> None:
        for row in range(self.task_list.count()):
            item = self.task_list.item(row)
            if int(item.data(Qt.ItemDataRole.UserRole)) == task_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _update_buttons(self) -> None:
        ready = self.station_combo.currentData() is not None and bool(self.chosen_task_ids())
        self.preview_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    # --- the card ------------------------------------------------------------------------------

    def preview(self) -> None:
        station_id, task_ids = self.station_combo.currentData(), self.chosen_task_ids()
        if station_id is None or not task_ids:
            return
        if self._reports_dir is None:
            self._reports_dir = tempfile.TemporaryDirectory(
                prefix="canteen-day-cards-", ignore_cleanup_errors=True
            )
        folder = Path(tempfile.mkdtemp(dir=self._reports_dir.name))
        day, language = self.day, str(self.language_combo.currentData())
        out_path = folder / f"{self.tr('day-card')}-{day.isoformat()}.pdf"
        actor, participant_id = self._context.actor, self._participant_id
        self.preview_button.setEnabled(False)

        def render(app: AppServices, progress: ProgressSink) -> Path:
            return app.day_cards.render_day_card(
                actor,
                participant_id,
                day,
                out_path,
                language,
                progress,
                station_id=int(station_id),
                task_ids=task_ids,
            )

        self._context.ops.render(
            self, self.tr("Making the day card…"), render, self._open_preview, self._on_render_failed
        )

    def _open_preview(self, path: Path) -> None:
        if not shiboken6.isValid(self):
            return
        self._update_buttons()
        from ui.common.pdf_preview import PdfPreviewDialog

        dialog: PdfPreviewDialog = PdfPreviewDialog(path, self.windowTitle(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.preview_opened.emit(dialog)

    def _on_render_failed(self, error: BaseException) -> None:
        from canteen_app.documents.templates import RenderCancelled

        if not shiboken6.isValid(self):
            return
        self._update_buttons()
        if isinstance(error, RenderCancelled):
            return
        if isinstance(error, DomainError):
            self.message.show_error(message_text(error.message))
            return
        if isinstance(error, OSError):
            self.message.show_error(
                self.tr("The PDF could not be written: {error}").format(error=error.strerror or error)
            )
            return
        raise error

    def save_assignment(self) -> None:
        station_id, task_ids = self.station_combo.currentData(), self.chosen_task_ids()
        if station_id is None or not task_ids:
            return
        data = AssignmentInput(self.day, int(station_id), task_ids)
        same_day = (
            self._assignment if self._assignment is not None and self._assignment.day == self.day else None
        )
        version = same_day.version if same_day is not None else None
        actor, participant_id = self._context.actor, self._participant_id

        def saved(stored: DayAssignmentInfo) -> None:
            self._assignment = stored
            since = locale_format(self._context.language).short_date(stored.day)
            self.message.show_warning(
                self.tr("Saved: the usual station and tasks from {date} on.").format(date=since)
            )
            self.assignment_saved.emit(stored)

        def failed(error: DomainError) -> None:
            if isinstance(error, AuditedConcurrencyError) and isinstance(error.current, DayAssignmentInfo):
                self._assignment = error.current
                self.message.show_error(
                    self.tr(
                        "Not saved: someone else changed this day's station and tasks meanwhile. "
                        "Look again, then save."
                    )
                )
                self.reload()
                return
            self.message.show_domain_error(error)

        self._context.ops.write(
            self, lambda app: app.tasks.assign(actor, participant_id, data, version), saved, failed
        )

    def _cleanup(self) -> None:
        if self._reports_dir is not None:
            self._reports_dir.cleanup()
            self._reports_dir = None


def open_day_card(context: UiContext, participant_id: int, name: str, parent: QWidget) -> DayCardDialog:
    """Open the participant's day card for today (a `ParticipantOpener`, ui.common.navigation)."""
    dialog = DayCardDialog(context, participant_id, name, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.reload()
    return dialog
