"""Record a consent from the form the participant signed: the recipient company (and, if the
consent names one, its contact person), the purpose, the kinds of data it covers, the day it
was given (today unless changed) and its expiry (twelve months less a day unless changed: never
later). Each problem is shown next to its field as it is typed, and again by the service."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from canteen_app.app import AppServices
from canteen_app.core.dates import oslo_today
from canteen_app.core.errors import DomainError, ValidationError
from canteen_app.core.text import QT_TRANSLATE_NOOP, Message
from canteen_app.referrals.consent.dto import ConsentInfo
from canteen_app.referrals.consent.rules import (
    CONSENT_FIELDS,
    PURPOSE_MAX,
    ConsentInput,
    latest_expiry,
    validate_consent,
)
from canteen_app.referrals.partners.dto import CompanyDetails
from ui.common.context import UiContext
from ui.common.edit_dialog import EditDialog
from ui.common.formatting import format_date, quiet, to_qdate
from ui.common.i18n import message_text
from ui.common.widgets import DateEdit
from ui.referrals.consent.fields import CategoryChecks, RecipientPicker

DIALOG_WIDTH_LINES = 48
EARLIEST = date(2000, 1, 1)
LATEST = date(2100, 12, 31)
_CHOOSE_COMPANY = QT_TRANSLATE_NOOP("errors", "Choose a partner company.")


class NewConsentDialog(EditDialog[ConsentInfo, ConsentInput]):
    """A new consent for one participant; `saved` carries it as stored."""

    field_order = CONSENT_FIELDS

    def __init__(
        self,
        context: UiContext,
        participant_id: int,
        name: str,
        companies: Sequence[CompanyDetails],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("newConsentDialog")
        self.setWindowTitle(self.tr("New consent – {name}").format(name=name))
        self._participant_id = participant_id
        self._today = oslo_today()
        self._default_expiry = latest_expiry(self._today)
        self.recipient = RecipientPicker(companies, self)
        self._build()
        self._load_new()
        self._roomy_size(DIALOG_WIDTH_LINES)
        # Room for a few messages under the fields before they scroll.
        extra = self.fontMetrics().lineSpacing() * 4
        self.resize(self.width(), min(self.height() + extra, self._available_height()))

    # --- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Record the consent the participant signed. A dossier goes only to this recipient, "
                "only with the kinds of data ticked here, and only until the consent expires or is "
                "withdrawn."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self._recipient_group())
        content_layout.addWidget(self._terms_group())
        content_layout.addStretch(1)  # room for messages stays below the fields
        layout.addWidget(self._scrolling(content, "newConsentScroll"), 1)
        self._add_footer(layout, "newConsent")
        self.save_button.setText(self.tr("Save the consent"))

    def _recipient_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Recipient"))
        form = self._form(group)
        self.recipient.company_combo.currentIndexChanged.connect(lambda _i: self._on_changed("company_id"))
        self.recipient.contact_combo.currentIndexChanged.connect(lambda _i: self._on_changed("contact_id"))
        self._add_row(form, "company_id", self.tr("Partner company"), self.recipient.company_combo)
        contact_hint = quiet(
            QLabel(
                self.tr("Choose a person only when the signed form names one: then only they may receive it.")
            )
        )
        contact_hint.setWordWrap(True)
        self._add_row(
            form, "contact_id", self.tr("Contact person"), self.recipient.contact_combo, contact_hint
        )
        return group

    def _terms_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("What the consent covers"))
        form = self._form(group)
        self.purpose_edit = self._line_edit("purpose")
        self.purpose_edit.setObjectName("consentPurpose")
        self.purpose_edit.setMaxLength(PURPOSE_MAX)
        self.purpose_edit.setPlaceholderText(self.tr("E.g. referral to a job as a kitchen assistant"))
        self._add_row(form, "purpose", self.tr("Purpose"), self.purpose_edit)

        self.categories = CategoryChecks()
        self.categories.changed.connect(lambda: self._on_changed("categories"))
        self._add_row(form, "categories", self.tr("Data it covers"), self.categories)
        self.categories.name_boxes()

        self.given_edit = self._date_edit("given_on")
        self.given_edit.setObjectName("consentGivenOn")
        self.given_edit.dateChanged.connect(self._follow_given_on)
        self._add_row(form, "given_on", self.tr("Given on"), self.given_edit)

        self.expires_edit = self._date_edit("expires_on")
        self.expires_edit.setObjectName("consentExpiresOn")
        self.expiry_hint = quiet(QLabel())
        self.expiry_hint.setObjectName("consentExpiryHint")
        self.expiry_hint.setWordWrap(True)
        self._add_row(form, "expires_on", self.tr("Expires on"), self.expires_edit, self.expiry_hint)
        return group

    def _date_edit(self, field_name: str) -> DateEdit:
        edit = DateEdit()
        edit.setCalendarPopup(True)
        edit.setDateRange(to_qdate(EARLIEST), to_qdate(LATEST))
        edit.dateChanged.connect(lambda _date, name=field_name: self._on_changed(name))
        return edit

    def _follow_given_on(self) -> None:
        """An expiry left at its proposal follows the day given: twelve months less a day."""
        latest = latest_expiry(self._given_on())
        if self._expires_on() == self._default_expiry:
            self.expires_edit.setDate(to_qdate(latest))
        self._default_expiry = latest
        self.expiry_hint.setText(
            self.tr("At most 12 months: {date} at the latest.").format(date=format_date(latest))
        )

    # --- filling the form ----------------------------------------------------------------------

    def _load_new(self) -> None:
        self._loading = True
        try:
            self.given_edit.setDate(to_qdate(self._today))
            self.expires_edit.setDate(to_qdate(self._default_expiry))
            self._follow_given_on()
        finally:
            self._loading = False
        self._stored = None
        self._expected_version = None
        self._baseline = self.form_input()
        self.validate()
        self.recipient.company_combo.setFocus()

    def load(self, stored: ConsentInfo) -> None:
        """A stored consent is never edited (a new one is recorded instead); shown as saved."""
        self._stored = stored
        self._expected_version = stored.version

    def continue_draft(self, typed: ConsentInput, expected_version: int | None) -> None:
        self._loading = True
        try:
            self.recipient.choose(typed.company_id or None, typed.contact_id)
            self.purpose_edit.setText(typed.purpose)
            self.categories.set_chosen(typed.categories)
            self.given_edit.setDate(to_qdate(typed.given_on))
            self.expires_edit.setDate(to_qdate(typed.expires_on))
        finally:
            self._loading = False
        self._typing_is_back(expected_version)

    # --- reading and checking ------------------------------------------------------------------

    def _given_on(self) -> date:
        value: date = self.given_edit.date().toPython()  # type: ignore[assignment]
        return value

    def _expires_on(self) -> date:
        value: date = self.expires_edit.date().toPython()  # type: ignore[assignment]
        return value

    def form_input(self) -> ConsentInput:
        return ConsentInput(
            participant_id=self._participant_id,
            company_id=self.recipient.company_id() or 0,
            contact_id=self.recipient.contact_id(),
            purpose=self.purpose_edit.text(),
            categories=self.categories.chosen(),
            given_on=self._given_on(),
            expires_on=self._expires_on(),
        )

    def is_dirty(self) -> bool:
        if self._baseline is None:
            return False
        now, then = self.form_input(), self._baseline
        return (now.company_id, now.contact_id, now.purpose.strip(), tuple(now.categories)) != (
            then.company_id,
            then.contact_id,
            then.purpose.strip(),
            tuple(then.categories),
        ) or (now.given_on, now.expires_on) != (then.given_on, then.expires_on)

    def validate(self) -> dict[str, Message]:
        self._validate_timer.stop()
        data = self.form_input()
        _clean, errors = validate_consent(data, oslo_today())
        if not data.company_id:
            errors["company_id"] = Message(_CHOOSE_COMPANY)
        errors = {**self._server_errors, **errors}
        self._show_messages(errors)
        return errors

    # --- saving --------------------------------------------------------------------------------

    def _write(self) -> None:
        data = self.form_input()
        actor = self._context.actor

        def write(app: AppServices) -> ConsentInfo:
            consent_id = app.consents.record(actor, data)
            return next(c for c in app.consents.consents(actor, data.participant_id) if c.id == consent_id)

        self._context.ops.write(self, write, self._on_saved, self._on_save_failed, self._set_saving)

    def _on_save_failed(self, error: DomainError) -> None:
        if isinstance(error, ValidationError):
            self._server_errors = dict(error.field_errors)
            self._show_all = True
            errors = self.validate()
            self.status.show_error(message_text(error.message))
            self._focus_first_error(errors)
        else:
            self.status.show_domain_error(error)
