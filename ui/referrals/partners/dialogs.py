"""The forms of the partner register: a company, one of its locations and one of its contact
persons (the position, with its competence needs, has its own module). Each checks as the
user types, shows a message under the field it concerns, keeps the typing when someone else
saved the record meanwhile ("keep mine / use theirs"), and never closes over unsaved typing
without asking."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from canteen_app.app import AppServices
from canteen_app.core.errors import ConcurrencyError, DomainError, NotFoundError, ValidationError
from canteen_app.core.text import Message
from canteen_app.referrals.partners.dto import CompanyDetails, ContactInfo, LocationInfo
from canteen_app.referrals.partners.rules import (
    CITY_MAX,
    EMAIL_MAX,
    NAME_MAX,
    PHONE_MAX,
    ROLE_MAX,
    STREET_MAX,
    WEBSITE_MAX,
    CompanyInput,
    ContactInput,
    LocationInput,
    validate_company,
    validate_contact,
    validate_location,
)
from ui.common.context import UiContext
from ui.common.edit_dialog import EditDialog, Versioned
from ui.common.formatting import quiet
from ui.common.i18n import message_text
from ui.common.widgets import WideListComboBox

StoredT = TypeVar("StoredT", bound=Versioned)
InputT = TypeVar("InputT")

DIALOG_WIDTH_LINES = 40


class PartnerDialog(EditDialog[StoredT, InputT], Generic[StoredT, InputT]):
    """What the partner forms share: loading, checking, saving and conflicts. A subclass builds
    its fields (`_fields`), fills them (`_fill`), reads them (`form_input`), names its rules
    (`_check`) and its save (`_save`), and finds its record in the stored company (`_pick`)."""

    object_prefix = "partner"
    stored_type: type[Any] = object

    def __init__(
        self,
        context: UiContext,
        company: CompanyDetails,
        stored: StoredT | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName(f"{self.object_prefix}Dialog")
        self._company = company
        self._build()
        if stored is None:
            self._load_new()
        else:
            self.load(stored)

    # --- for subclasses ------------------------------------------------------------------------

    def _fields(self, group: QGroupBox) -> None:
        raise NotImplementedError

    def _group_title(self) -> str:
        raise NotImplementedError

    def _fill(self, data: InputT) -> None:
        raise NotImplementedError

    def _empty(self) -> InputT:
        raise NotImplementedError

    def _input_of(self, stored: StoredT) -> InputT:
        raise NotImplementedError

    def _check(self, data: InputT) -> tuple[InputT, dict[str, Message]]:
        raise NotImplementedError

    def _titles(self, stored: StoredT | None) -> str:
        raise NotImplementedError

    def _save(self, app: AppServices, data: InputT, record_id: int | None, version: int | None) -> int:
        raise NotImplementedError

    def _pick(self, company: CompanyDetails, record_id: int) -> StoredT | None:
        raise NotImplementedError

    def _conflict_text(self) -> str:
        raise NotImplementedError

    def _width_lines(self) -> int:
        return DIALOG_WIDTH_LINES

    # --- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        group = QGroupBox(self._group_title())
        self._fields(group)
        content_layout.addWidget(group)
        content_layout.addStretch(1)
        layout.addWidget(self._scrolling(content, f"{self.object_prefix}Scroll"), 1)
        self._add_footer(layout, self.object_prefix)
        self._roomy_size(self._width_lines())

    def _text_field(
        self, form: Any, field_name: str, label: str, max_length: int, placeholder: str = "", hint: str = ""
    ) -> QLineEdit:
        edit = self._line_edit(field_name)
        edit.setMaxLength(max_length)
        edit.setObjectName(f"{self.object_prefix}_{field_name}")
        if placeholder:
            edit.setPlaceholderText(placeholder)
        hint_label = None
        if hint:
            hint_label = quiet(QLabel(hint))
            hint_label.setWordWrap(True)
        self._add_row(form, field_name, label, edit, hint_label)
        return edit

    # --- loading -------------------------------------------------------------------------------

    def _load_new(self) -> None:
        self.setWindowTitle(self._titles(None))
        self._fill_quietly(self._empty())
        self._stored = None
        self._expected_version = None
        self._after_load()

    def load(self, stored: StoredT) -> None:
        self.setWindowTitle(self._titles(stored))
        self._fill_quietly(self._input_of(stored))
        self._stored = stored
        self._expected_version = stored.version
        self._after_load()

    def _fill_quietly(self, data: InputT) -> None:
        self._loading = True
        try:
            self._fill(data)
        finally:
            self._loading = False

    def _after_load(self) -> None:
        self._server_errors.clear()
        self._touched.clear()
        self._show_all = False
        self._baseline = self.form_input()
        self.status.clear_message()
        self.validate()
        first = next(iter(self.editors.values()), None)
        if first is not None:
            first.setFocus()

    def continue_draft(self, typed: InputT, expected_version: int | None) -> None:
        self._fill_quietly(typed)
        self._typing_is_back(expected_version)

    # --- checking ------------------------------------------------------------------------------

    @property
    def stored(self) -> StoredT | None:
        return self._stored

    @property
    def company(self) -> CompanyDetails:
        return self._company

    def is_dirty(self) -> bool:
        if self._baseline is None:
            return False
        return self._check(self.form_input())[0] != self._check(self._baseline)[0]

    def validate(self) -> dict[str, Message]:
        self._validate_timer.stop()
        _clean, errors = self._check(self.form_input())
        errors = {**self._server_errors, **errors}
        self._show_messages(errors)
        if not errors and self.status.severity == "error":
            self.status.clear_message()  # "Not saved…" no longer holds once everything is right
        return errors

    # --- saving --------------------------------------------------------------------------------

    def _write(self) -> None:
        data = self.form_input()
        actor = self._context.actor
        company_id = self._company.id
        stored = self._stored
        record_id = getattr(stored, "id", None) if stored is not None else None
        version = self._expected_version

        def write(app: AppServices) -> StoredT:
            saved_id = self._save(app, data, record_id, version)
            company = app.partners.company(actor, company_id)
            found = self._pick(company, saved_id)
            assert found is not None
            return found

        self._context.ops.write(self, write, self._on_saved, self._on_save_failed, self._set_saving)

    def _on_save_failed(self, error: DomainError) -> None:
        if isinstance(error, ValidationError):
            self._server_errors = dict(error.field_errors)
            self._refuse(self.validate())
        elif isinstance(error, ConcurrencyError) and isinstance(error.current, self.stored_type):
            self._ask_which_version(
                f"{self.object_prefix}ConflictDialog",
                error.current,
                self._conflict_text(),
                self.tr("Keep your version (it replaces theirs), or use theirs (your changes are dropped)?"),
                self.tr("Not saved: someone else changed this meanwhile. Your changes are still here."),
            )
        elif isinstance(error, ConcurrencyError):
            self.status.show_error(
                self.tr(
                    "Not saved: someone else saved at the same moment. Your changes are still here; "
                    "save again to see theirs."
                )
            )
        elif isinstance(error, NotFoundError):
            self.status.show_error(
                self.tr("Not saved: {reason} Your typing is still here.").format(
                    reason=message_text(error.message)
                )
            )
        else:
            self.form_errors.show(error)


class CompanyDialog(PartnerDialog[CompanyDetails, CompanyInput]):
    """Add or edit a partner company: its name, organisation number and website."""

    object_prefix = "company"
    stored_type = CompanyDetails
    field_order = ("name", "org_number", "website")

    def _group_title(self) -> str:
        return self.tr("Partner company")

    def _fields(self, group: QGroupBox) -> None:
        form = self._form(group)
        self.name_edit = self._text_field(
            form, "name", self.tr("Name"), NAME_MAX, self.tr("E.g. Nordlys Kantiner AS")
        )
        self.org_number_edit = self._text_field(
            form,
            "org_number",
            self.tr("Organisation number"),
            11,
            self.tr("Nine digits, e.g. 923 609 016"),
            self.tr("From the Brønnøysund register; checked as you type."),
        )
        self.org_number_edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.website_edit = self._text_field(
            form, "website", self.tr("Website"), WEBSITE_MAX, self.tr("E.g. www.example.no")
        )

    def _titles(self, stored: CompanyDetails | None) -> str:
        return (
            self.tr("New partner company")
            if stored is None
            else self.tr("Company – {name}").format(name=stored.name)
        )

    def _empty(self) -> CompanyInput:
        return CompanyInput("")

    def _input_of(self, stored: CompanyDetails) -> CompanyInput:
        number = stored.org_number
        shown = f"{number[:3]} {number[3:6]} {number[6:]}" if len(number) == 9 else number
        return CompanyInput(stored.name, shown, stored.website)

    def _fill(self, data: CompanyInput) -> None:
        self.name_edit.setText(data.name)
        self.org_number_edit.setText(data.org_number)
        self.website_edit.setText(data.website)

    def form_input(self) -> CompanyInput:
        return CompanyInput(self.name_edit.text(), self.org_number_edit.text(), self.website_edit.text())

    def _check(self, data: CompanyInput) -> tuple[CompanyInput, dict[str, Message]]:
        return validate_company(data)

    def _save(self, app: AppServices, data: CompanyInput, record_id: int | None, version: int | None) -> int:
        return app.partners.save_company(self._context.actor, data, record_id, version)

    def _pick(self, company: CompanyDetails, record_id: int) -> CompanyDetails | None:
        return company

    def _conflict_text(self) -> str:
        return self.tr("Someone else changed this company after you opened it.")

    def _write(self) -> None:
        """A new company is not in any stored company yet: it is read by its own id."""
        data = self.form_input()
        actor = self._context.actor
        record_id = self._stored.id if self._stored is not None else None
        version = self._expected_version

        def write(app: AppServices) -> CompanyDetails:
            saved_id = app.partners.save_company(actor, data, record_id, version)
            return app.partners.company(actor, saved_id)

        self._context.ops.write(self, write, self._on_saved, self._on_save_failed, self._set_saving)


class LocationDialog(PartnerDialog[LocationInfo, LocationInput]):
    """Add or edit one of a company's locations (a canteen where a participant would work)."""

    object_prefix = "location"
    stored_type = LocationInfo
    field_order = ("name", "street", "postcode", "city")

    def _group_title(self) -> str:
        return self.tr("Location of {company}").format(company=self._company.name)

    def _fields(self, group: QGroupBox) -> None:
        form = self._form(group)
        self.name_edit = self._text_field(
            form, "name", self.tr("Name"), NAME_MAX, self.tr("E.g. the canteen at the town hall")
        )
        self.street_edit = self._text_field(form, "street", self.tr("Street address"), STREET_MAX)
        self.postcode_edit = self._text_field(
            form, "postcode", self.tr("Postcode"), 5, self.tr("Four digits")
        )
        self.postcode_edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.city_edit = self._text_field(form, "city", self.tr("City"), CITY_MAX)

    def _titles(self, stored: LocationInfo | None) -> str:
        return (
            self.tr("New location")
            if stored is None
            else self.tr("Location – {name}").format(name=stored.name)
        )

    def _empty(self) -> LocationInput:
        return LocationInput("")

    def _input_of(self, stored: LocationInfo) -> LocationInput:
        return LocationInput(stored.name, stored.street, stored.postcode, stored.city)

    def _fill(self, data: LocationInput) -> None:
        self.name_edit.setText(data.name)
        self.street_edit.setText(data.street)
        self.postcode_edit.setText(data.postcode)
        self.city_edit.setText(data.city)

    def form_input(self) -> LocationInput:
        return LocationInput(
            self.name_edit.text(), self.street_edit.text(), self.postcode_edit.text(), self.city_edit.text()
        )

    def _check(self, data: LocationInput) -> tuple[LocationInput, dict[str, Message]]:
        return validate_location(data)

    def _save(self, app: AppServices, data: LocationInput, record_id: int | None, version: int | None) -> int:
        return app.partners.save_location(self._context.actor, self._company.id, data, record_id, version)

    def _pick(self, company: CompanyDetails, record_id: int) -> LocationInfo | None:
        return company.location(record_id)

    def _conflict_text(self) -> str:
        return self.tr("Someone else changed this location after you opened it.")


class ContactDialog(PartnerDialog[ContactInfo, ContactInput]):
    """Add or edit a contact person: the recruiter or canteen manager a referral goes to."""

    object_prefix = "contact"
    stored_type = ContactInfo
    field_order = ("name", "role", "phone", "email", "location_id")

    def _group_title(self) -> str:
        return self.tr("Contact person at {company}").format(company=self._company.name)

    def _fields(self, group: QGroupBox) -> None:
        form = self._form(group)
        self.name_edit = self._text_field(form, "name", self.tr("Name"), NAME_MAX)
        self.role_edit = self._text_field(
            form, "role", self.tr("Role"), ROLE_MAX, self.tr("E.g. recruiter, canteen manager")
        )
        self.phone_edit = self._text_field(
            form,
            "phone",
            self.tr("Phone"),
            PHONE_MAX,
            self.tr("E.g. 400 00 123"),
            self.tr("A phone number or an e-mail address (or both)."),
        )
        self.phone_edit.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.email_edit = self._text_field(form, "email", self.tr("E-mail"), EMAIL_MAX)
        self.email_edit.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.location_combo = WideListComboBox()
        self.location_combo.setObjectName("contact_location_id")
        self.location_combo.addItem(self.tr("The whole company (no one location)"), None)
        for location in self._company.locations:
            if location.active:
                self.location_combo.addItem(f"{location.name}, {location.city}", location.id)
        self.location_combo.currentIndexChanged.connect(lambda _index: self._on_changed("location_id"))
        self._add_row(form, "location_id", self.tr("Works at"), self.location_combo)

    def _titles(self, stored: ContactInfo | None) -> str:
        return (
            self.tr("New contact person")
            if stored is None
            else self.tr("Contact person – {name}").format(name=stored.name)
        )

    def _empty(self) -> ContactInput:
        return ContactInput("")

    def _input_of(self, stored: ContactInfo) -> ContactInput:
        return ContactInput(stored.name, stored.role, stored.phone, stored.email, stored.location_id)

    def _fill(self, data: ContactInput) -> None:
        self.name_edit.setText(data.name)
        self.role_edit.setText(data.role)
        self.phone_edit.setText(data.phone)
        self.email_edit.setText(data.email)
        index = self.location_combo.findData(data.location_id)
        if index < 0 and data.location_id is not None:  # an inactive location the contact keeps
            location = self._company.location(data.location_id)
            name = location.name if location is not None else str(data.location_id)
            self.location_combo.addItem(self.tr("{name} (inactive)").format(name=name), data.location_id)
            index = self.location_combo.count() - 1
        self.location_combo.setCurrentIndex(max(index, 0))

    def form_input(self) -> ContactInput:
        location_id = self.location_combo.currentData()
        return ContactInput(
            self.name_edit.text(),
            self.role_edit.text(),
            self.phone_edit.text(),
            self.email_edit.text(),
            int(location_id) if location_id is not None else None,
        )

    def _check(self, data: ContactInput) -> tuple[ContactInput, dict[str, Message]]:
        return validate_contact(data)

    def _save(self, app: AppServices, data: ContactInput, record_id: int | None, version: int | None) -> int:
        return app.partners.save_contact(self._context.actor, self._company.id, data, record_id, version)

    def _pick(self, company: CompanyDetails, record_id: int) -> ContactInfo | None:
        return company.contact(record_id)

    def _conflict_text(self) -> str:
        return self.tr("Someone else changed this contact person after you opened it.")


OpensDialog = Callable[[UiContext, CompanyDetails, Any, QWidget | None], PartnerDialog[Any, Any]]
