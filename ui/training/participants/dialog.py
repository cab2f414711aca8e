"""The dialog to create and edit one participant, with live checks next to each field."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
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
from ui.common.i18n import message_text
from ui.common.widgets import DateEdit, FieldMessage, WideListComboBox
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

VALIDATE_DEBOUNCE_MS = 150
DIALOG_MIN_WIDTH = 900
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class ParticipantDialog(QDialog):
    """Create or edit one participant, with live checks shown next to each field."""

    saved = Signal(object)  # ParticipantDetails as stored

    def __init__(
        self,
        context: UiContext,
        coaches: Sequence[UserInfo],
        details: ParticipantDetails | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("participantDialog")
        self._context = context
        self._coaches = list(coaches)
        self._details: ParticipantDetails | None = None
        self._expected_version: int | None = None
        self._baseline: ParticipantInput | None = None
        self._loading = False
        self._saving = False
        self._show_all = False
        self._discard_confirmed = False
        self._touched: set[str] = set()
        self._server_errors: dict[str, Message] = {}
        self.editors: dict[str, QWidget] = {}
        self.messages: dict[str, FieldMessage] = {}
        self.conflict_box: QMessageBox | None = None
        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(VALIDATE_DEBOUNCE_MS)
        self._validate_timer.timeout.connect(self.validate)
        self._build()
        if details is None:
            self._load_new()
        else:
            self.load(details)

    # --- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.setMinimumWidth(DIALOG_MIN_WIDTH)
        self._row_height = QLineEdit().sizeHint().height()
        layout = QVBoxLayout(self)
        # The fields scroll when the screen is too short for them with all their messages;
        # the status and the buttons below always stay in view.
        self._content = QWidget()
        grid = QGridLayout(self._content)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.addWidget(self._person_group(), 0, 0)
        grid.addWidget(self._measure_group(), 0, 1)
        grid.addWidget(self._follow_up_group(), 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)
        self._scroll = QScrollArea()
        self._scroll.setObjectName("participantFormScroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; they scroll into view
        self._scroll.setWidget(self._content)
        # As wide as the fields need, since they cannot scroll sideways (large text too).
        scroll_bar = self._scroll.verticalScrollBar().sizeHint().width()
        self._scroll.setMinimumWidth(self._content.minimumSizeHint().width() + scroll_bar)
        layout.addWidget(self._scroll, 1)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_to_content)

        self.updated_label = QLabel()
        self.updated_label.setObjectName("participantUpdatedLabel")
        quiet(self.updated_label)
        layout.addWidget(self.updated_label)
        self.status = FieldMessage("participantSave")
        layout.addWidget(self.status)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("participantSaveButton")
        self.save_button.setDefault(True)
        self.save_button.setMinimumHeight(40)
        self.cancel_button = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("participantCancelButton")
        self.cancel_button.setMinimumHeight(40)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._initial_size()

    def _available_height(self) -> int:
        screen = self.screen() or QApplication.primaryScreen()
        return screen.availableGeometry().height() - 60 if screen is not None else 10_000

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

    def _form(self, group: QGroupBox) -> QFormLayout:
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return form

    def _add_row(
        self, form: QFormLayout, field_name: str, editor: QWidget, hint: QLabel | None = None
    ) -> None:
        """Label, then the editor with its hint and message underneath, so messages never
        squeeze the field beside them."""
        editor.setObjectName(f"{field_name}Input")
        editor.setAccessibleName(field_label(field_name))
        self.editors[field_name] = editor
        message = FieldMessage(field_name)
        self.messages[field_name] = message
        cell = QWidget()
        cell_layout = QVBoxLayout(cell)
        cell_layout.setContentsMargins(0, 0, 0, 0)
        cell_layout.setSpacing(2)
        cell_layout.addWidget(editor)
        if hint is not None:
            cell_layout.addWidget(hint)
        cell_layout.addWidget(message)
        label = QLabel(field_label(field_name))
        label.setBuddy(editor)
        # Exactly as tall as a one-line field and centred in it: the label stays level with its
        # field when a hint or message makes the cell taller.
        label.setFixedHeight(self._row_height)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(label, cell)

    def _line_edit(self, field_name: str, hints: Qt.InputMethodHint | None = None) -> QLineEdit:
        edit = QLineEdit()
        if hints is not None:
            edit.setInputMethodHints(hints)
        edit.textChanged.connect(lambda _text, name=field_name: self._on_changed(name))
        return edit

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
        self._add_row(form, "first_name", self.first_name_edit)
        self.last_name_edit = self._line_edit("last_name")
        self._add_row(form, "last_name", self.last_name_edit)
        self.phone_edit = self._line_edit("phone", Qt.InputMethodHint.ImhDialableCharactersOnly)
        self._add_row(form, "phone", self.phone_edit)
        self.email_edit = self._line_edit("email", Qt.InputMethodHint.ImhEmailCharactersOnly)
        self._add_row(form, "email", self.email_edit)
        self.language_combo = self._combo("preferred_language", self.tr("Choose a language"))
        for language in Language:
            self.language_combo.addItem(language_name(language.value), language.value)
        self._add_row(form, "preferred_language", self.language_combo)
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
        self._add_row(form, "nav_measure", self.measure_combo, self.measure_hint)
        self.start_edit = self._date_edit("measure_start")
        self._add_row(form, "measure_start", self.start_edit)
        self.end_edit = self._date_edit("measure_planned_end")
        self._add_row(form, "measure_planned_end", self.end_edit)
        self.percent_spin = QSpinBox()
        self.percent_spin.setRange(1, 100)
        self.percent_spin.setSuffix(" %")
        self.percent_spin.valueChanged.connect(lambda _value: self._on_changed("participation_percent"))
        self._add_row(form, "participation_percent", self.percent_spin)
        self.nav_contact_edit = self._line_edit("nav_contact")
        self.nav_contact_edit.setPlaceholderText(self.tr("Name and phone at the NAV office"))
        self._add_row(form, "nav_contact", self.nav_contact_edit)
        return group

    def _follow_up_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Follow-up"))
        form = self._form(group)
        self.coach_combo = self._combo("coach_id", self.tr("Choose the job coach"))
        for coach in self._coaches:
            self.coach_combo.addItem(coach.name, coach.id)
        self._add_row(form, "coach_id", self.coach_combo)
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
        self._add_row(form, "support_needs", self.support_edit, self.support_hint)
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
        self._details = None
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
        self._details = details
        self._expected_version = details.version
        saved_at = format_datetime(details.updated_at)
        self.updated_label.setText(self.tr("Last saved {time}").format(time=saved_at))
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
        if expected_version is not None:
            self._expected_version = expected_version
        self._touched = set(FIELDS)
        self.validate()
        self.status.show_warning(self.tr("Your unsaved changes from before the screen locked are back."))

    @property
    def expected_version(self) -> int | None:
        """The version a save is checked against."""
        return self._expected_version

    # --- reading the form ----------------------------------------------------------------------

    @property
    def details(self) -> ParticipantDetails | None:
        """The stored participant this dialog edits (None for a new one)."""
        return self._details

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

    def _on_changed(self, field_name: str) -> None:
        if self._loading:
            return
        self._touched.add(field_name)
        self._server_errors.pop(field_name, None)
        self._validate_timer.start()

    def validate(self) -> tuple[dict[str, Message], dict[str, Message]]:
        """Check what is typed now and show the result next to the fields."""
        self._validate_timer.stop()
        errors, warnings = check_participant(self.form_input())
        errors = {**self._server_errors, **errors}
        self.show_messages(errors, warnings)
        return errors, warnings

    def show_messages(self, errors: dict[str, Message], warnings: dict[str, Message]) -> None:
        """Errors (red) for the fields the user has been to, warnings (amber) always."""
        for field_name, message in self.messages.items():
            if field_name in errors and (self._show_all or field_name in self._touched):
                message.show_error(_text(errors[field_name]))
            elif field_name in warnings:
                message.show_warning(_text(warnings[field_name]))
            else:
                message.clear_message()
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

    def _focus_first_error(self, errors: dict[str, Message]) -> None:
        for field_name in FIELDS:
            if field_name in errors:
                self.editors[field_name].setFocus()
                return

    # --- saving --------------------------------------------------------------------------------

    @property
    def is_saving(self) -> bool:
        return self._saving

    def save(self) -> None:
        if self._saving:
            return
        self._show_all = True
        self.status.clear_message()
        errors, warnings = self.validate()
        if errors:
            self.status.show_error(self.tr("Not saved. Please correct the marked fields."))
            self._focus_first_error(errors)
            return
        limit = warnings.get("measure_planned_end")
        if limit is not None and self._period_changed():
            self._confirm_beyond_limit(limit)
            return
        self._write()

    def _period_changed(self) -> bool:
        """A new participant, or a measure or period other than the one stored (an extension
        NAV approved earlier is not asked about again at every save)."""
        baseline, now = self._baseline, self.form_input()
        if self._details is None or baseline is None:
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
        details, version = self._details, self._expected_version

        def write(app: AppServices) -> ParticipantDetails:
            if details is None:
                return app.participants.create(actor, data)
            assert version is not None
            return app.participants.update(actor, details.id, version, data)

        self._context.ops.write(
            self, write, self._on_saved, lambda error: self._on_save_failed(error, data), self._set_saving
        )

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.cancel_button.setEnabled(not saving)
        self.save_button.setText(self.tr("Saving…") if saving else self.tr("Save"))

    def _on_saved(self, details: ParticipantDetails) -> None:
        self._details = details
        self._expected_version = details.version
        self._baseline = self.form_input()
        self.saved.emit(details)
        self.accept()

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
        saved_at = format_datetime(theirs.updated_at)
        box, keep, use_theirs = conflict.conflict_box(self, message, differences, saved_at)

        def chosen(button: QAbstractButton) -> None:
            self.conflict_box = None
            if button is keep:
                self._expected_version = theirs.version  # the user has seen theirs and overrides it
                self.save()
            elif button is use_theirs:
                self.load(theirs)
                self.status.show_warning(
                    self.tr("Their version is in the form now. Your changes were not saved.")
                )
            else:
                self.status.show_warning(
                    self.tr(
                        "Not saved yet: someone else changed this participant. Your changes are still here."
                    )
                )

        box.buttonClicked.connect(chosen)
        self.conflict_box = box
        self.status.show_warning(message)
        box.open()

    # --- closing -------------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: never drop typed changes without asking."""
        if self._saving:
            return
        if self._discard_confirmed or not self.is_dirty():
            super().reject()
            return
        box, (discard, _keep) = question_box(
            self,
            "discardDialog",
            QMessageBox.Icon.Question,
            self.tr("Close without saving?"),
            self.tr("You have changes that are not saved. Close and lose them?"),
            "",
            [
                Choice(
                    self.tr("Close without saving"),
                    QMessageBox.ButtonRole.DestructiveRole,
                    "discardChangesButton",
                ),
                Choice(self.tr("Keep editing"), REJECT, "keepEditingButton"),
            ],
            default=1,
            escape=1,
        )

        def chosen(button: QAbstractButton) -> None:
            if button is discard:
                self._discard_confirmed = True
                self.reject()

        box.buttonClicked.connect(chosen)
        box.open()

    def force_close(self) -> None:
        """Close without asking (logout or idle lock: participant data must leave the screen)."""
        self._discard_confirmed = True
        self._saving = False
        QDialog.reject(self)


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
