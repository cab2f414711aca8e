"""The dialog to create and edit one participant, with live checks next to each field."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from canteen_app.app import AppServices
from canteen_app.core.errors import ConcurrencyError, DomainError, ValidationError
from canteen_app.core.languages import Language
from canteen_app.core.text import Message
from canteen_app.platform.auth.dto import UserInfo
from canteen_app.training.participants.dto import ParticipantDetails
from canteen_app.training.participants.nav import MEASURE_RULES
from canteen_app.training.participants.rules import (
    EARLIEST_DATE,
    LATEST_DATE,
    ParticipantInput,
    check_participant,
)
from ui.common.context import UiContext
from ui.common.dialogs import ACCEPT, REJECT, Choice, question_box
from ui.common.edit_dialog import EditDialog
from ui.common.i18n import message_text
from ui.common.widgets import DateEdit, WideListComboBox, single_shot
from ui.training.participants import conflict
from ui.training.participants.formatting import (
    FIELDS,
    field_label,
    format_date,
    format_datetime,
    language_name,
    measure_limit_note,
    measure_name,
    quiet,
    to_qdate,
)
from ui.training.participants.lifecycle import end_reason_text

DIALOG_MIN_WIDTH = 900
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class ParticipantDialog(EditDialog[ParticipantDetails, ParticipantInput]):
    """Create or edit one participant, with live checks shown next to each field; `saved`
    carries the participant as stored (ParticipantDetails)."""

    field_order = FIELDS

    def __init__(
        self,
        context: UiContext,
        coaches: Sequence[UserInfo],
        details: ParticipantDetails | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("participantDialog")
        self._coaches = list(coaches)
        self._warnings: dict[str, Message] = {}
        self._build()
        if details is None:
            self._load_new()
        else:
            self.load(details)

    # --- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.setMinimumWidth(DIALOG_MIN_WIDTH)
        layout = QVBoxLayout(self)
        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.addWidget(self._person_group(), 0, 0)
        grid.addWidget(self._measure_group(), 0, 1)
        grid.addWidget(self._follow_up_group(), 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)
        layout.addWidget(self._scrolling(content, "participantFormScroll"), 1)
        self._fit_timer = single_shot(self, 0, self._fit_to_content)

        self.updated_label = QLabel()
        self.updated_label.setObjectName("participantUpdatedLabel")
        quiet(self.updated_label)
        layout.addWidget(self.updated_label)
        self._add_footer(layout, "participant")
        self._initial_size()

    def _initial_size(self) -> None:
        width = max(DIALOG_MIN_WIDTH, self.sizeHint().width())
        chrome = self.sizeHint().height() - self._scroll.sizeHint().height()
        wanted = self._content.sizeHint().height() + chrome + 40  # room for a message or two
        self.resize(width, min(wanted, self._available_height()))

    def _fit_to_content(self) -> None:
        """Grow (never shrink) so that the messages show without scrolling, as far as the screen
        allows. Word-wrapped messages do not make a window grow by themselves."""
        viewport = self._scroll.viewport()
        content_height = self._content.heightForWidth(viewport.width())
        if content_height <= viewport.height():
            return
        wanted = self.height() + content_height - viewport.height()
        height = min(wanted, max(self.height(), self._available_height()))
        if height > self.height():
            self.resize(self.width(), height)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_timer.start()

    def _add_field(
        self, form: QFormLayout, field_name: str, editor: QWidget, hint: QLabel | None = None
    ) -> None:
        """A row labelled with the field's name (`field_label`)."""
        self._add_row(form, field_name, field_label(field_name), editor, hint)

    def _combo(self, field_name: str, placeholder: str) -> QComboBox:
        combo = WideListComboBox()
        # The field may be narrower than its longest choice ("Arbeidsforberedende trening (AFT)")
        # at large text; the list that drops down always shows the choices whole.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)
        combo.setPlaceholderText(placeholder)
        combo.currentIndexChanged.connect(lambda _index, name=field_name: self._on_changed(name))
        return combo

    def _date_edit(self, field_name: str) -> QDateEdit:
        edit = DateEdit()
        edit.setCalendarPopup(True)
        edit.setDateRange(to_qdate(EARLIEST_DATE), to_qdate(LATEST_DATE))
        edit.dateChanged.connect(lambda _date, name=field_name: self._on_changed(name))
        return edit

    def _person_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Person"))
        form = self._form(group)
        self.first_name_edit = self._line_edit("first_name")
        self._add_field(form, "first_name", self.first_name_edit)
        self.last_name_edit = self._line_edit("last_name")
        self._add_field(form, "last_name", self.last_name_edit)
        self.phone_edit = self._line_edit("phone", Qt.InputMethodHint.ImhDialableCharactersOnly)
        self._add_field(form, "phone", self.phone_edit)
        self.email_edit = self._line_edit("email", Qt.InputMethodHint.ImhEmailCharactersOnly)
        self._add_field(form, "email", self.email_edit)
        self.language_combo = self._combo("preferred_language", self.tr("Choose a language"))
        for language in Language:
            self.language_combo.addItem(language_name(language.value), language.value)
        self._add_field(form, "preferred_language", self.language_combo)
        return group

    def _measure_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Measure and period"))
        form = self._form(group)
        self.measure_combo = self._combo("nav_measure", self.tr("Choose the measure"))
        for measure, rule in MEASURE_RULES.items():
            self.measure_combo.addItem(rule.name, measure.value)
        self.measure_hint = QLabel()
        self.measure_hint.setObjectName("nav_measureHint")
        self.measure_hint.setWordWrap(True)
        quiet(self.measure_hint)
        self.measure_combo.currentIndexChanged.connect(self._update_measure_hint)
        self._add_field(form, "nav_measure", self.measure_combo, self.measure_hint)
        self.start_edit = self._date_edit("measure_start")
        self._add_field(form, "measure_start", self.start_edit)
        self.end_edit = self._date_edit("measure_planned_end")
        self._add_field(form, "measure_planned_end", self.end_edit)
        self.percent_spin = QSpinBox()
        self.percent_spin.setRange(1, 100)
        self.percent_spin.setSuffix(" %")
        self.percent_spin.valueChanged.connect(lambda _value: self._on_changed("participation_percent"))
        self._add_field(form, "participation_percent", self.percent_spin)
        self.nav_contact_edit = self._line_edit("nav_contact")
        self.nav_contact_edit.setPlaceholderText(self.tr("Name and phone at the NAV office"))
        self._add_field(form, "nav_contact", self.nav_contact_edit)
        return group

    def _follow_up_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Follow-up"))
        form = self._form(group)
        self.coach_combo = self._combo("coach_id", self.tr("Choose the job coach"))
        for coach in self._coaches:
            self.coach_combo.addItem(coach.name, coach.id)
        self._add_field(form, "coach_id", self.coach_combo)
        self.support_edit = QPlainTextEdit()
        self.support_edit.setTabChangesFocus(True)
        guidance = self.tr("Describe what helps at work, e.g. 'needs written step lists'. Never diagnoses.")
        self.support_edit.setPlaceholderText(guidance)
        self.support_edit.setToolTip(guidance)
        self.support_edit.setAccessibleDescription(guidance)
        self.support_edit.setMinimumHeight(96)
        self.support_edit.setMaximumHeight(140)
        self.support_edit.textChanged.connect(lambda: self._on_changed("support_needs"))
        self.support_hint = QLabel(guidance)  # stays in view once there is text, unlike the placeholder
        self.support_hint.setObjectName("support_needsHint")
        self.support_hint.setWordWrap(True)
        quiet(self.support_hint)
        self._add_field(form, "support_needs", self.support_edit, self.support_hint)
        return group

    # --- filling the form ----------------------------------------------------------------------

    def _load_new(self) -> None:
        self._loading = True
        try:
            self.setWindowTitle(self.tr("New participant"))
            today = QDate.currentDate()
            self.start_edit.setDate(today)
            self.end_edit.setDate(today.addMonths(6))
            self.percent_spin.setValue(100)
            self.language_combo.setCurrentIndex(-1)
            self.measure_combo.setCurrentIndex(-1)
            self.coach_combo.setCurrentIndex(self.coach_combo.findData(self._context.actor.user_id))
        finally:
            self._loading = False
        self._stored = None
        self._expected_version = None
        self._after_load()

    def load(self, details: ParticipantDetails) -> None:
        """Show a stored participant; it becomes the version the next save is checked against."""
        self._loading = True
        try:
            self.setWindowTitle(self.tr("Participant – {name}").format(name=details.full_name))
            self.first_name_edit.setText(details.first_name)
            self.last_name_edit.setText(details.last_name)
            self.phone_edit.setText(details.phone)
            self.email_edit.setText(details.email)
            language = details.preferred_language
            _select_data(self.language_combo, language, language_name(language))
            _select_data(self.measure_combo, details.nav_measure, measure_name(details.nav_measure))
            self.start_edit.setDate(to_qdate(details.measure_start))
            self.end_edit.setDate(to_qdate(details.measure_planned_end))
            self.percent_spin.setValue(details.participation_percent)
            self.nav_contact_edit.setText(details.nav_contact)
            inactive = self.tr("{name} (no longer a job coach)").format(name=details.coach_name or "?")
            _select_data(self.coach_combo, details.coach_id, inactive)
            if self.support_edit.toPlainText() != details.support_needs:
                self.support_edit.setPlainText(details.support_needs)
        finally:
            self._loading = False
        self._stored = details
        self._expected_version = details.version
        saved_at = format_datetime(details.updated_at)
        updated = self.tr("Last saved {time}").format(time=saved_at)
        if details.ended_on is not None:
            updated += " · " + self.tr("The measure ended {date}: {reason}").format(
                date=format_date(details.ended_on), reason=end_reason_text(details.end_reason)
            )
        self.updated_label.setText(updated)
        self._touched = set(FIELDS)  # a stored record: show every problem at once
        self._after_load()

    def _after_load(self) -> None:
        self._server_errors.clear()
        self._baseline = self.form_input()
        self._update_measure_hint()
        self.status.clear_message()
        self.validate()
        self.first_name_edit.setFocus()

    def _update_measure_hint(self) -> None:
        note = measure_limit_note(self.measure_combo.currentData())
        self.measure_hint.setText(self.tr("Usual limit: {note}").format(note=note) if note else "")
        self.measure_hint.setVisible(bool(note))

    def continue_draft(self, typed: ParticipantInput, expected_version: int | None) -> None:
        """Put back what was typed before an idle lock, over the record as now loaded. The save
        is checked against the version the typing started from, so changes someone else made
        meanwhile lead to the usual "changed by someone else" choice."""
        self._loading = True
        try:
            for field_name, edit in (
                ("first_name", self.first_name_edit),
                ("last_name", self.last_name_edit),
                ("phone", self.phone_edit),
                ("email", self.email_edit),
                ("nav_contact", self.nav_contact_edit),
            ):
                edit.setText(getattr(typed, field_name))
            _select_data(
                self.language_combo, typed.preferred_language, language_name(typed.preferred_language)
            )
            _select_data(self.measure_combo, typed.nav_measure, measure_name(typed.nav_measure))
            if typed.measure_start is not None:
                self.start_edit.setDate(to_qdate(typed.measure_start))
            if typed.measure_planned_end is not None:
                self.end_edit.setDate(to_qdate(typed.measure_planned_end))
            if typed.participation_percent is not None:
                self.percent_spin.setValue(typed.participation_percent)
            _select_data(self.coach_combo, typed.coach_id, str(typed.coach_id))
            self.support_edit.setPlainText(typed.support_needs)
        finally:
            self._loading = False
        self._typing_is_back(expected_version)

    # --- reading the form ----------------------------------------------------------------------

    @property
    def details(self) -> ParticipantDetails | None:
        """The stored participant this dialog edits (None for a new one)."""
        return self._stored

    def form_input(self) -> ParticipantInput:
        return ParticipantInput(
            first_name=self.first_name_edit.text(),
            last_name=self.last_name_edit.text(),
            preferred_language=self.language_combo.currentData() or "",
            nav_measure=self.measure_combo.currentData() or "",
            measure_start=self.start_edit.date().toPython(),  # type: ignore[arg-type]
            measure_planned_end=self.end_edit.date().toPython(),  # type: ignore[arg-type]
            participation_percent=self.percent_spin.value(),
            coach_id=self.coach_combo.currentData(),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            nav_contact=self.nav_contact_edit.text(),
            support_needs=self.support_edit.toPlainText(),
        )

    def is_dirty(self) -> bool:
        return self._baseline is not None and self.form_input().cleaned() != self._baseline.cleaned()

    # --- live checks ---------------------------------------------------------------------------

    def validate(self) -> dict[str, Message]:
        """Check what is typed now and show the result next to the fields; the errors (the
        warnings are kept in `_warnings`)."""
        self._validate_timer.stop()
        errors, self._warnings = check_participant(self.form_input())
        errors = {**self._server_errors, **errors}
        self.show_messages(errors, self._warnings)
        return errors

    def _message_text(self, message: Message) -> str:
        return _text(message)

    def show_messages(self, errors: dict[str, Message], warnings: dict[str, Message]) -> None:
        """Errors (red) for the fields the user has been to, warnings (amber) always."""
        self._show_messages(errors, warnings)
        # The standing guidance under support needs steps aside while a message says the same.
        self.support_hint.setHidden(self.messages["support_needs"].severity != "")
        unknown = [text for name, text in errors.items() if name not in self.messages]
        if unknown:  # a rule the form has no field for: say it rather than swallow it
            self.status.show_error(" ".join(_text(message) for message in unknown))
        if self.isVisible():
            self._fit_timer.start()

    def show_validation_error(self, error: ValidationError) -> None:
        """Errors from the service, shown at their fields until the field is changed."""
        self._server_errors = dict(error.field_errors)
        self._show_all = True
        self.validate()
        self.status.show_error(message_text(error.message))
        self._focus_first_error(error.field_errors)

    # --- saving --------------------------------------------------------------------------------

    def save(self) -> None:
        if self._saving:
            return
        self._show_all = True
        self.status.clear_message()
        errors = self.validate()
        if errors:
            self.status.show_error(self.tr("Not saved. Please correct the marked fields."))
            self._focus_first_error(errors)
            return
        limit = self._warnings.get("measure_planned_end")
        if limit is not None and self._period_changed():
            self._confirm_beyond_limit(limit)
            return
        self._write()

    def _period_changed(self) -> bool:
        """A new participant, or a measure or period other than the one stored (an extension
        NAV approved earlier is not asked about again at every save)."""
        baseline, now = self._baseline, self.form_input()
        if self._stored is None or baseline is None:
            return True
        fields = ("nav_measure", "measure_start", "measure_planned_end")
        return any(getattr(baseline, name) != getattr(now, name) for name in fields)

    def _confirm_beyond_limit(self, warning: Message) -> None:
        """The planned end lies past the measure's usual limit: save only when the coach says
        NAV has approved it."""
        box, (save, _back) = question_box(
            self,
            "limitWarningDialog",
            QMessageBox.Icon.Warning,
            self.tr("Beyond the usual limit"),
            _text(warning),
            self.tr("Save anyway? Only if NAV has approved the longer period."),
            [
                Choice(self.tr("Save anyway"), ACCEPT, "saveBeyondLimitButton"),
                Choice(self.tr("Go back"), REJECT, "backFromLimitButton"),
            ],
            default=1,
            escape=1,
        )
        box.buttonClicked.connect(
            lambda button: self._write() if button is save else self.end_edit.setFocus()
        )
        box.open()

    def _write(self) -> None:
        data = self.form_input()
        actor = self._context.actor
        details, version = self._stored, self._expected_version

        def write(app: AppServices) -> ParticipantDetails:
            if details is None:
                return app.participants.create(actor, data)
            assert version is not None
            return app.participants.update(actor, details.id, version, data)

        self._context.ops.write(
            self, write, self._on_saved, lambda error: self._on_save_failed(error, data), self._set_saving
        )

    def _on_save_failed(self, error: DomainError, mine: ParticipantInput) -> None:
        if isinstance(error, ValidationError):
            self.show_validation_error(error)
        elif isinstance(error, ConcurrencyError) and isinstance(error.current, ParticipantDetails):
            self.show_conflict(error, error.current, mine)
        else:
            self.status.show_domain_error(error)

    # --- someone else saved first --------------------------------------------------------------

    def differences(self, theirs: ParticipantDetails, mine: ParticipantInput) -> list[conflict.Difference]:
        """(field, their value, my value) for every field where the two versions differ."""
        return conflict.differences(theirs, mine, self.coach_combo)

    def show_conflict(
        self, error: ConcurrencyError, theirs: ParticipantDetails, mine: ParticipantInput
    ) -> None:
        """Say what the other person changed and let the user choose; the form stays as it is."""
        message = message_text(error.message)
        differences = self.differences(theirs, mine)
        informative, details = conflict.explanation(differences, format_datetime(theirs.updated_at))
        back = self.tr("Not saved yet: someone else changed this participant. Your changes are still here.")
        self._ask_which_version(
            "conflictDialog", theirs, message, informative, message, back=back, details=details
        )


def _select_data(combo: QComboBox, value: object, label_if_missing: str) -> None:
    """Select the item holding `value`; a value the list lacks is added, never dropped."""
    index = combo.findData(value)
    if index < 0 and value not in (None, ""):
        combo.addItem(label_if_missing, value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


def _text(message: Message) -> str:
    """A core message in the UI's language, with ISO dates in its parameters written the local way."""
    params = {
        name: format_date(date.fromisoformat(value))
        if isinstance(value, str) and _ISO_DATE.fullmatch(value)
        else value
        for name, value in message.params.items()
    }
    return message_text(Message(message.text, params, message.context))
