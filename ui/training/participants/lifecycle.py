"""The measure's lifecycle (T1, issue 7 item 5): extend it (a new planned end NAV approved, with
the reason) or end it (the day and NAV's end reason). Both are small dialogs over the stored
participant (`ParticipantDetails`, whose version guards against someone else's save); the
service logs each change as a measure event and in the audit log. An ended participant moves to
the list's "Ended" half. Ending cannot be undone here, so it asks first.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from canteen_app.core.dates import local_day, utc_now
from canteen_app.core.errors import ConcurrencyError, DomainError
from canteen_app.training.participants.dto import ParticipantDetails
from canteen_app.training.participants.nav import END_REASON_LABELS, EndReason
from canteen_app.training.participants.rules import (
    EARLIEST_DATE,
    EXTENSION_REASON_MAX,
    LATEST_DATE,
    usual_measure_end,
)
from ui.common.context import UiContext
from ui.common.dialogs import ACCEPT, REJECT, Choice, question_box
from ui.common.forms import FormErrors
from ui.common.widgets import DateEdit, FieldMessage, WideListComboBox, touch_combo
from ui.training.participants.formatting import format_date, measure_name, quiet, to_qdate

if TYPE_CHECKING:
    from canteen_app.app import AppServices


def end_reason_text(code: str | None) -> str:
    """NAV's end reason in the UI's language."""
    try:
        return QCoreApplication.translate("nav", END_REASON_LABELS[EndReason(code or "")])
    except ValueError:
        return code or ""


class _MeasureDialog(QDialog):
    """What both dialogs share: the participant and their period on top, fields with their
    messages, Save and Cancel; `saved` carries the participant as stored afterwards."""

    saved = Signal(object)  # ParticipantDetails

    def __init__(
        self, context: UiContext, details: ParticipantDetails, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._details = details
        self._saving = False
        self.messages: dict[str, FieldMessage] = {}
        self.editors: dict[str, QWidget] = {}
        self._layout = QVBoxLayout(self)
        self.period_label = QLabel()
        self.period_label.setObjectName("measurePeriodLabel")
        self.period_label.setWordWrap(True)
        self._layout.addWidget(self.period_label)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._layout.addLayout(self.form)

    def _finish(self, name: str, save_text: str) -> None:
        """The general message and the buttons, after the fields."""
        self.status = FieldMessage(f"{name}Save")
        self._layout.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(save_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName(f"{name}SaveButton")
        self.save_button.setDefault(True)
        self.save_button.setMinimumHeight(40)
        self.cancel_button = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName(f"{name}CancelButton")
        self.cancel_button.setMinimumHeight(40)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self._layout.addWidget(buttons)
        self.form_errors = FormErrors(self.status, self.messages, self.editors)
        self._show_period()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_height)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the wrapped messages need (a shown dialog does not grow for them itself)."""
        layout = self._layout
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else 0
        needed = max(needed, layout.totalMinimumSize().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _changed_messages(self) -> None:
        self._fit_timer.start()

    def _add_row(self, name: str, label: str, editor: QWidget, hint: QLabel | None = None) -> None:
        editor.setAccessibleName(label)
        cell = QWidget()
        layout = QVBoxLayout(cell)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        if hint is not None:
            hint.setWordWrap(True)
            layout.addWidget(quiet(hint))
        message = FieldMessage(name)
        layout.addWidget(message)
        self.messages[name] = message
        message.installEventFilter(self)
        self.editors[name] = editor
        row_label = QLabel(label)
        row_label.setBuddy(editor)
        self.form.addRow(row_label, cell)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A message shown or hidden: make room for it."""
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide) and hasattr(self, "_fit_timer"):
            self._changed_messages()
        return super().eventFilter(watched, event)

    def _date_edit(self) -> QDateEdit:
        edit = DateEdit()
        edit.setCalendarPopup(True)
        edit.setDateRange(to_qdate(EARLIEST_DATE), to_qdate(LATEST_DATE))
        edit.setMinimumHeight(40)
        return edit

    def _show_period(self) -> None:
        details = self._details
        self.period_label.setText(
            self.tr("{name} · {measure} · from {start}, planned to end {end}").format(
                name=details.full_name,
                measure=measure_name(details.nav_measure),
                start=format_date(details.measure_start),
                end=format_date(details.measure_planned_end),
            )
        )

    @property
    def details(self) -> ParticipantDetails:
        return self._details

    # --- saving --------------------------------------------------------------------------------

    def save(self) -> None:
        raise NotImplementedError

    def _write(self, action: Callable[[AppServices], ParticipantDetails]) -> None:
        self.form_errors.clear()
        self._context.ops.write(self, action, self._on_saved, self._on_failed, self._set_saving)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.cancel_button.setEnabled(not saving)

    def _on_saved(self, details: ParticipantDetails) -> None:
        self._details = details
        self.saved.emit(details)
        self.accept()

    def _on_failed(self, error: DomainError) -> None:
        if isinstance(error, ConcurrencyError) and isinstance(error.current, ParticipantDetails):
            # Someone saved this participant after it was opened here: show their period and
            # let the user check it and save again (against the version now shown).
            self._details = error.current
            self._show_period()
            self.status.show_warning(
                self.tr(
                    "Someone else changed this participant meanwhile. Check the dates above and save again."
                )
            )
            return
        self.form_errors.show(error)

    def reject(self) -> None:
        if not self._saving:
            super().reject()


class ExtendMeasureDialog(_MeasureDialog):
    """A later planned end that NAV approved, with the reason (both required)."""

    def __init__(
        self, context: UiContext, details: ParticipantDetails, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, details, parent)
        self.setObjectName("extendMeasureDialog")
        self.setWindowTitle(self.tr("Extend the measure – {name}").format(name=details.full_name))
        self.new_end_edit = self._date_edit()
        self.new_end_edit.setObjectName("newEndInput")
        self.new_end_edit.setDate(to_qdate(details.measure_planned_end).addMonths(3))
        self.new_end_edit.dateChanged.connect(self._check_limit)
        self._add_row("new_end", self.tr("New planned end"), self.new_end_edit)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("extensionReasonInput")
        self.reason_edit.setMaxLength(EXTENSION_REASON_MAX)
        self.reason_edit.setMinimumHeight(40)
        self.reason_edit.textChanged.connect(lambda _text: self.messages["reason"].clear_message())
        self.reason_edit.setPlaceholderText(self.tr("E.g. 'NAV approved 3 more months, decision of 12 May'"))
        self._add_row("reason", self.tr("Reason"), self.reason_edit)
        self._finish("extension", self.tr("Extend"))
        self._check_limit()

    def _check_limit(self) -> None:
        """The new end past the measure's usual limit: said in amber (NAV must have approved it).
        A changed date also takes away the service's last word on the old one."""
        message = self.messages["new_end"]
        limit = usual_measure_end(self._details.nav_measure, self._details.measure_start)
        new_end = self.new_end
        if limit is not None and new_end > limit:
            message.show_warning(
                self.tr("Past the usual limit for this measure ({date}): only if NAV approved it.").format(
                    date=format_date(limit)
                )
            )
        else:
            message.clear_message()

    @property
    def new_end(self) -> date:
        value: date = self.new_end_edit.date().toPython()  # type: ignore[assignment]
        return value

    def save(self) -> None:
        if self._saving:
            return
        actor, participant_id, version = self._context.actor, self._details.id, self._details.version
        new_end, reason = self.new_end, self.reason_edit.text()
        self._write(
            lambda app: app.participants.extend_measure(actor, participant_id, version, new_end, reason)
        )


class EndMeasureDialog(_MeasureDialog):
    """The day the measure ended and NAV's end reason; asks before it ends the measure."""

    def __init__(
        self, context: UiContext, details: ParticipantDetails, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, details, parent)
        self.setObjectName("endMeasureDialog")
        self.setWindowTitle(self.tr("End the measure – {name}").format(name=details.full_name))
        self.confirm_box: QMessageBox | None = None
        self.ended_on_edit = self._date_edit()
        self.ended_on_edit.setObjectName("endedOnInput")
        self.ended_on_edit.setDate(to_qdate(min(local_day(utc_now()), details.measure_planned_end)))
        self.ended_on_edit.dateChanged.connect(lambda _date: self.messages["ended_on"].clear_message())
        self._add_row("ended_on", self.tr("Ended on"), self.ended_on_edit)
        self.reason_combo: QComboBox = touch_combo(WideListComboBox(), 40)
        self.reason_combo.setObjectName("endReasonInput")
        for reason, label in END_REASON_LABELS.items():
            self.reason_combo.addItem(QCoreApplication.translate("nav", label), reason.value)
        self.reason_combo.setPlaceholderText(self.tr("Choose NAV's end reason"))
        self.reason_combo.setCurrentIndex(-1)
        self.reason_combo.currentIndexChanged.connect(lambda _i: self.messages["end_reason"].clear_message())
        self._add_row(
            "end_reason",
            self.tr("End reason (NAV)"),
            self.reason_combo,
            QLabel(self.tr("The participant then moves to the list of ended participants.")),
        )
        self._finish("endMeasure", self.tr("End the measure"))

    @property
    def ended_on(self) -> date:
        value: date = self.ended_on_edit.date().toPython()  # type: ignore[assignment]
        return value

    def save(self) -> None:
        """Ask first: an ended measure is not reopened here."""
        if self._saving or self.confirm_box is not None:
            return
        reason = self.reason_combo.currentData() or ""
        if not reason:  # the service would say the same; no question for a form not filled in
            self._end()
            return
        box, (end, _back) = question_box(
            self,
            "confirmEndDialog",
            QMessageBox.Icon.Question,
            self.tr("End the measure?"),
            self.tr("End {name}'s measure on {date} ({reason})?").format(
                name=self._details.full_name, date=format_date(self.ended_on), reason=end_reason_text(reason)
            ),
            self.tr("The participant moves to the ended list and can no longer check in after that day."),
            [
                Choice(self.tr("End the measure"), ACCEPT, "confirmEndButton"),
                Choice(self.tr("Go back"), REJECT, "backFromEndButton"),
            ],
            default=1,
            escape=1,
        )

        def chosen(button: QAbstractButton) -> None:
            self.confirm_box = None
            if button is end:
                self._end()

        box.buttonClicked.connect(chosen)
        self.confirm_box = box
        box.open()

    def _end(self) -> None:
        actor, participant_id, version = self._context.actor, self._details.id, self._details.version
        ended_on, reason = self.ended_on, self.reason_combo.currentData() or ""
        self._write(
            lambda app: app.participants.end_measure(actor, participant_id, version, ended_on, reason)
        )
