"""A new referral: the participant (chosen here, or given when opened from the participant list),
the partner company, its location and position, optionally the named contact person, the day it
was prepared and a first note. The service checks that the location, position and contact
belong to the company, and says so next to the field."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from canteen_app.core.dates import local_day, utc_now
from canteen_app.core.errors import DomainError
from canteen_app.referrals.partners.dto import CompanyDetails, CompanyRow
from canteen_app.referrals.referrals.dto import ReferralInput
from canteen_app.referrals.referrals.rules import EARLIEST_DATE, NOTE_MAX
from canteen_app.training.participants.dto import ParticipantRow
from canteen_app.training.participants.service import ACTIVE
from ui.common.context import UiContext
from ui.common.formatting import quiet, to_qdate
from ui.common.forms import FormErrors
from ui.common.i18n import message_text
from ui.common.widgets import DateEdit, FieldMessage, WideListComboBox

if TYPE_CHECKING:
    from canteen_app.app import AppServices

PARTICIPANT_LIMIT = 1000  # the active participants of a site: far fewer


def load_choices(
    app: AppServices, context: UiContext, with_participants: bool
) -> tuple[list[ParticipantRow], list[CompanyRow]]:
    """What the dialog offers: the active participants (when it asks for one) and the active
    partner companies. Reading the participant list is logged as a list, as the list page does."""
    actor = context.actor
    participants = (
        app.participants.rows(actor, status=ACTIVE, limit=PARTICIPANT_LIMIT) if with_participants else []
    )
    return participants, list(app.partners.companies(actor))


class NewReferralDialog(QDialog):
    """Create one referral; `created` carries its id."""

    created = Signal(int)
    company_loaded = Signal()

    def __init__(
        self,
        context: UiContext,
        participants: Sequence[ParticipantRow],
        companies: Sequence[CompanyRow],
        participant: tuple[int, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newReferralDialog")
        self.setWindowTitle(self.tr("New referral"))
        self._context = context
        self._participant = participant
        self._company: CompanyDetails | None = None
        self._saving = False
        self._loading_company = False
        self.messages: dict[str, FieldMessage] = {}
        self.editors: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self._add_fields(form, participants, companies)
        layout.addLayout(form)

        self._add_buttons(layout)
        self.form_errors = FormErrors(self.status, self.messages, self.editors)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        self._fill_company(None)
        if not companies:
            self.status.show_warning(self.tr("There are no partner companies yet: add one under Partners."))

    def _add_fields(
        self, form: QFormLayout, participants: Sequence[ParticipantRow], companies: Sequence[CompanyRow]
    ) -> None:
        participant = self._participant
        self.participant_combo: QComboBox | None = None
        if participant is None:
            self.participant_combo = self._combo("referralParticipant")
            self.participant_combo.addItem(self.tr("Choose a participant"), None)
            for row in participants:
                self.participant_combo.addItem(row.list_name, row.id)
            self._add_row(form, "participant_id", self.tr("Participant"), self.participant_combo)
        else:
            name = QLabel(participant[1])
            name.setObjectName("referralParticipantName")
            font = name.font()
            font.setBold(True)
            name.setFont(font)
            form.addRow(QLabel(self.tr("Participant")), name)

        self.company_combo = self._combo("referralCompany")
        self.company_combo.addItem(self.tr("Choose a company"), None)
        for company in companies:
            self.company_combo.addItem(company.name, company.id)
        self.company_combo.currentIndexChanged.connect(self._on_company)
        self._add_row(form, "company_id", self.tr("Company"), self.company_combo)
        self.location_combo = self._combo("referralLocation")
        self._add_row(form, "location_id", self.tr("Location"), self.location_combo)
        self.position_combo = self._combo("referralPosition")
        self._add_row(form, "position_id", self.tr("Position"), self.position_combo)
        self.contact_combo = self._combo("referralContact")
        contact_hint = quiet(QLabel(self.tr("Who the dossier goes to; can be chosen later.")))
        self._add_row(form, "contact_id", self.tr("Contact person"), self.contact_combo, contact_hint)

        self.date_edit = DateEdit()
        self.date_edit.setObjectName("referralDate")
        self.date_edit.setCalendarPopup(True)
        today = local_day(utc_now())
        self.date_edit.setDateRange(to_qdate(EARLIEST_DATE), to_qdate(today))
        self.date_edit.setDate(to_qdate(today))
        self.date_edit.setMinimumHeight(40)
        self._add_row(form, "on_date", self.tr("Prepared on"), self.date_edit)

        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("referralNote")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(self.tr("E.g. why this position suits the participant"))
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        note_hint = quiet(QLabel(self.tr("At most {max} characters.").format(max=NOTE_MAX)))
        self._add_row(form, "note", self.tr("Note"), self.note_edit, note_hint)

    def _add_buttons(self, layout: QVBoxLayout) -> None:
        self.status = FieldMessage("newReferral")
        layout.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Create referral"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("newReferralSaveButton")
        self.save_button.setDefault(True)
        self.save_button.setMinimumHeight(40)
        self.cancel_button = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("newReferralCancelButton")
        self.cancel_button.setMinimumHeight(40)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _combo(self, name: str) -> QComboBox:
        combo = WideListComboBox()
        combo.setObjectName(name)
        combo.setMinimumHeight(40)
        return combo

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

    # --- the company's locations, positions and contacts --------------------------------------------

    def _on_company(self) -> None:
        company_id = self.company_combo.currentData()
        self._fill_company(None)
        if company_id is None:
            return
        actor = self._context.actor

        def read(app: AppServices) -> CompanyDetails:
            return app.partners.company(actor, int(company_id))

        self._loading_company = True
        self._context.ops.read(self, read, self._on_company_loaded, self.form_errors, self._set_loading)

    def _set_loading(self, loading: bool) -> None:
        self._loading_company = loading
        self.save_button.setEnabled(not loading and not self._saving)

    def _on_company_loaded(self, company: CompanyDetails) -> None:
        if company.id != self.company_combo.currentData():
            return  # another company was chosen meanwhile
        self._fill_company(company)
        self.company_loaded.emit()

    def _fill_company(self, company: CompanyDetails | None) -> None:
        self._company = company
        for combo in (self.location_combo, self.position_combo, self.contact_combo):
            combo.clear()
        if company is None:
            for combo in (self.location_combo, self.position_combo, self.contact_combo):
                combo.addItem(self.tr("Choose the company first"), None)
                combo.setEnabled(False)
            return
        locations = [loc for loc in company.locations if loc.active]
        positions = [pos for pos in company.positions if pos.active]
        if len(locations) != 1:
            self.location_combo.addItem(self.tr("Choose a location"), None)
        for location in locations:
            text = f"{location.name}, {location.city}" if location.city else location.name
            self.location_combo.addItem(text, location.id)
        if len(positions) != 1:
            self.position_combo.addItem(self.tr("Choose a position"), None)
        for position in positions:
            self.position_combo.addItem(position.title, position.id)
        self.contact_combo.addItem(self.tr("No contact person yet"), None)
        for contact in company.contacts:
            if contact.active:
                text = f"{contact.name} ({contact.role})" if contact.role else contact.name
                self.contact_combo.addItem(text, contact.id)
        for combo in (self.location_combo, self.position_combo, self.contact_combo):
            combo.setEnabled(True)

    # --- choosing in code (tests, a later "refer to this position") ---------------------------------

    def choose(self, combo: QComboBox, value: int | None) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def chosen_date(self) -> date:
        value: date = self.date_edit.date().toPython()  # type: ignore[assignment]
        return value

    # --- creating ----------------------------------------------------------------------------------

    def referral_input(self) -> ReferralInput | None:
        """What the form holds, or None (with a message at the field) while a choice is missing."""
        self.form_errors.clear()
        participant_id = (
            self._participant[0] if self._participant is not None else self._data(self.participant_combo)
        )
        missing = {
            "participant_id": (participant_id, self.tr("Choose a participant.")),
            "company_id": (self._data(self.company_combo), self.tr("Choose a company.")),
            "location_id": (self._data(self.location_combo), self.tr("Choose a location.")),
            "position_id": (self._data(self.position_combo), self.tr("Choose a position.")),
        }
        first: QWidget | None = None
        for name, (value, text) in missing.items():
            if value is None and name in self.messages:
                self.messages[name].show_error(text)
                first = first or self.editors[name]
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            self.status.show_error(self.tr("Not created. Please correct the marked fields."))
            return None
        assert participant_id is not None
        company_id, location_id, position_id = (
            self._data(self.company_combo),
            self._data(self.location_combo),
            self._data(self.position_combo),
        )
        assert company_id is not None and location_id is not None and position_id is not None
        return ReferralInput(
            participant_id=participant_id,
            company_id=company_id,
            location_id=location_id,
            position_id=position_id,
            contact_id=self._data(self.contact_combo),
            on_date=self.chosen_date(),
            note=self.note_edit.toPlainText(),
        )

    @staticmethod
    def _data(combo: QComboBox | None) -> int | None:
        if combo is None:
            return None
        value = combo.currentData()
        return int(value) if value is not None else None

    def save(self) -> None:
        if self._saving or self._loading_company:
            return
        data = self.referral_input()
        if data is None:
            return
        actor = self._context.actor

        def write(app: AppServices) -> int:
            return app.referrals.create(actor, data)

        self._context.ops.write(self, write, self._on_created, self._on_failed, self._set_saving)

    def _on_created(self, referral_id: int) -> None:
        self.created.emit(referral_id)
        self.accept()

    def _on_failed(self, error: DomainError) -> None:
        self.form_errors.show(error)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving and not self._loading_company)
        self.cancel_button.setEnabled(not saving)


def open_new_referral(context: UiContext, participant_id: int, name: str, parent: QWidget) -> None:
    """A new referral of this participant (a `ParticipantOpener`, ui.common.navigation)."""

    def read(app: AppServices) -> tuple[list[ParticipantRow], list[CompanyRow]]:
        return load_choices(app, context, with_participants=False)

    def opened(choices: tuple[list[ParticipantRow], list[CompanyRow]]) -> None:
        dialog = NewReferralDialog(context, [], choices[1], (participant_id, name), parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def failed(error: DomainError) -> None:
        title = QCoreApplication.translate("NewReferralDialog", "New referral")
        QMessageBox.warning(parent, title, message_text(error.message))

    context.ops.read(parent, read, opened, failed)
