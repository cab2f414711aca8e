"""Moving a referral to another stage: the day (today unless told otherwise, never before the
current stage began) and a note. A correction back to the stage before needs the note; the
service checks everything again and says what is wrong next to the field."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from canteen_app.core.dates import local_day, utc_now
from canteen_app.core.errors import ConcurrencyError, DomainError
from canteen_app.referrals.referrals.dto import ReferralDetails, ReferralRow
from canteen_app.referrals.referrals.rules import NOTE_MAX, Stage
from ui.common.context import UiContext
from ui.common.formatting import format_date, quiet, to_qdate
from ui.common.forms import FormErrors
from ui.common.widgets import DateEdit, FieldMessage
from ui.referrals.referrals.words import move_text, stage_text

if TYPE_CHECKING:
    from canteen_app.app import AppServices


class MoveDialog(QDialog):
    """Move one referral to `stage`; `moved` carries the referral as stored afterwards, and
    `conflict` the stored referral when someone else changed it first (nothing was moved)."""

    moved = Signal(object)  # ReferralDetails
    conflict = Signal(object)  # ReferralDetails, as stored now

    def __init__(
        self,
        context: UiContext,
        referral: ReferralRow,
        stage: Stage,
        last_date: date | None = None,
        correction: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("referralMoveDialog")
        self._context = context
        self._referral = referral
        self._stage = stage
        self._correction = correction
        self._saving = False
        self._stale = False  # someone else changed the referral: this move cannot be made
        first = last_date or referral.stage_on
        title = (
            self.tr("Correct back to {stage}").format(stage=stage_text(stage))
            if correction
            else move_text(stage)
        )
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("{name} – {position}, {company}. Now: {stage} since {since}.").format(
                name=referral.participant_name,
                position=referral.position_title,
                company=referral.company_name,
                stage=stage_text(referral.stage),
                since=format_date(referral.stage_on),
            )
        )
        intro.setObjectName("referralMoveIntro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.messages: dict[str, FieldMessage] = {}
        self.editors: dict[str, QWidget] = {}

        self.date_edit = DateEdit()
        self.date_edit.setObjectName("referralMoveDate")
        self.date_edit.setCalendarPopup(True)
        today = local_day(utc_now())
        self.date_edit.setDateRange(to_qdate(first), to_qdate(max(first, today)))
        self.date_edit.setDate(to_qdate(max(first, today)))
        self.date_edit.setMinimumHeight(40)
        if correction:
            hint = quiet(
                QLabel(
                    self.tr("The referral goes back to {stage} as it was, since the day it began.").format(
                        stage=stage_text(stage)
                    )
                )
            )
            self._add_row(form, "on_date", self.tr("Corrected on"), self.date_edit, hint)
        else:
            self._add_row(form, "on_date", self.tr("Date"), self.date_edit)

        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("referralMoveNote")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(
            self.tr("Why it is corrected (required)") if correction else self.tr("E.g. who you spoke to")
        )
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        hint = quiet(QLabel(self.tr("At most {max} characters.").format(max=NOTE_MAX)))
        self._add_row(form, "note", self.tr("Note"), self.note_edit, hint)
        layout.addLayout(form)

        self._add_buttons(layout, correction)
        self.form_errors = FormErrors(self.status, self.messages, self.editors)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        (self.note_edit if correction else self.date_edit).setFocus()

    def _add_buttons(self, layout: QVBoxLayout, correction: bool) -> None:
        self.status = FieldMessage("referralMove")
        layout.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Correct") if correction else self.tr("Move"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("referralMoveSaveButton")
        self.save_button.setDefault(True)
        self.save_button.setMinimumHeight(40)
        self.cancel_button = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("referralMoveCancelButton")
        self.cancel_button.setMinimumHeight(40)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _add_row(
        self, form: QFormLayout, name: str, label: str, editor: QWidget, hint: QLabel | None = None
    ) -> None:
        editor.setAccessibleName(label)
        cell = QWidget()
        cell_layout = QVBoxLayout(cell)
        cell_layout.setContentsMargins(0, 0, 0, 0)
        cell_layout.setSpacing(2)
        cell_layout.addWidget(editor)
        if hint is not None:
            hint.setWordWrap(True)
            cell_layout.addWidget(hint)
        message = FieldMessage(name)
        cell_layout.addWidget(message)
        self.messages[name] = message
        self.editors[name] = editor
        row_label = QLabel(label)
        row_label.setBuddy(editor)
        form.addRow(row_label, cell)

    @property
    def stage(self) -> Stage:
        return self._stage

    def set_date(self, day: date) -> None:
        self.date_edit.setDate(to_qdate(day))

    def chosen_date(self) -> date:
        value: date = self.date_edit.date().toPython()  # type: ignore[assignment]
        return value

    def save(self) -> None:
        if self._saving:
            return
        self.form_errors.clear()
        actor, referral, stage = self._context.actor, self._referral, self._stage
        on_date, note = self.chosen_date(), self.note_edit.toPlainText()

        def write(app: AppServices) -> ReferralDetails:
            return app.referrals.move(actor, referral.id, referral.version, stage, on_date, note)

        self._context.ops.write(self, write, self._on_moved, self._on_failed, self._set_saving)

    def _on_moved(self, details: ReferralDetails) -> None:
        self.moved.emit(details)
        self.accept()

    def _on_failed(self, error: DomainError) -> None:
        if isinstance(error, ConcurrencyError) and isinstance(error.current, ReferralDetails):
            self.status.show_error(
                self.tr(
                    "Someone else changed this referral meanwhile; nothing was moved. "
                    "It is now at “{stage}”: close and look again."
                ).format(stage=stage_text(error.current.stage))
            )
            self._stale = True
            self.save_button.setEnabled(False)
            self.conflict.emit(error.current)
            return
        self.form_errors.show(error)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving and not self._stale)
        self.cancel_button.setEnabled(not saving)
