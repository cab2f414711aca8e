"""A participant's register for dossiers: the languages they speak, their courses and certificates,
and the references who can speak for their work (named in a dossier only once they have said
yes). Reached from the participant list's tools (`open_dossier_material`).

Each certificate and reference is a small form (`EditDialog`: checks as the user types, keeps
the typing when someone else saved first, never closes over unsaved typing without asking).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from canteen_app.core.dates import local_day, utc_now
from canteen_app.core.errors import ConcurrencyError, DomainError, NotFoundError, ValidationError
from canteen_app.core.text import Message
from canteen_app.referrals.dossiers.dto import CertificateInfo, DossierMaterial, ReferenceInfo
from canteen_app.referrals.dossiers.rules import (
    DOSSIER_MATERIAL,
    EARLIEST_CERTIFICATE,
    EMAIL_MAX,
    NAME_MAX,
    PHONE_MAX,
    REFERENCE_NAME_MAX,
    CertificateInput,
    ReferenceInput,
    language_choices,
    language_name,
    validate_certificate,
    validate_reference,
)
from ui.common.context import UiContext
from ui.common.dialogs import REJECT, Choice, question_box
from ui.common.edit_dialog import EditDialog, Versioned
from ui.common.formatting import format_date, quiet, to_qdate
from ui.common.forms import FormErrors
from ui.common.i18n import message_text
from ui.common.list_table import fit_columns, list_table, selected_item, sorting_proxy
from ui.common.qt_models import ListColumn, ListTableModel
from ui.common.widgets import DateEdit, FieldMessage, WideListComboBox, action_button

if TYPE_CHECKING:
    from canteen_app.app import AppServices, Changes

ROW_HEIGHT = 40
StoredT = TypeVar("StoredT", bound=Versioned)
InputT = TypeVar("InputT")


def _qdate_value(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def _today() -> date:
    return local_day(utc_now())


# --- one certificate, one reference ---------------------------------------------------------------


class _RecordDialog(EditDialog[StoredT, InputT], Generic[StoredT, InputT]):
    """What the two forms share: loading, checking, saving, conflicts."""

    object_prefix = "record"
    stored_type: type[Any] = object

    def __init__(
        self, context: UiContext, participant_id: int, stored: StoredT | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName(f"{self.object_prefix}Dialog")
        self._participant_id = participant_id
        layout = QVBoxLayout(self)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        group = QGroupBox(self._group_title())
        self._fields(group)
        column.addWidget(group)
        column.addStretch(1)
        layout.addWidget(self._scrolling(content, f"{self.object_prefix}Scroll"), 1)
        self._add_footer(layout, self.object_prefix)
        self._roomy_size(44)
        if stored is None:
            self.setWindowTitle(self._title(None))
            self._fill_quietly(self._empty())
            self._expected_version = None
            self._after_load()
        else:
            self.load(stored)

    # for subclasses
    def _group_title(self) -> str:
        raise NotImplementedError

    def _title(self, stored: StoredT | None) -> str:
        raise NotImplementedError

    def _fields(self, group: QGroupBox) -> None:
        raise NotImplementedError

    def _fill(self, data: InputT) -> None:
        raise NotImplementedError

    def _empty(self) -> InputT:
        raise NotImplementedError

    def _input_of(self, stored: StoredT) -> InputT:
        raise NotImplementedError

    def _check(self, data: InputT) -> tuple[InputT, dict[str, Message]]:
        raise NotImplementedError

    def _save(self, app: AppServices, data: InputT, record_id: int | None, version: int | None) -> StoredT:
        raise NotImplementedError

    # shared
    def _text_field(self, form: Any, name: str, label: str, max_length: int, hint: str = "") -> QLineEdit:
        edit = self._line_edit(name)
        edit.setMaxLength(max_length)
        edit.setObjectName(f"{self.object_prefix}_{name}")
        hint_label = None
        if hint:
            hint_label = quiet(QLabel(hint))
            hint_label.setWordWrap(True)
        self._add_row(form, name, label, edit, hint_label)
        return edit

    def _date_field(self, name: str) -> QDateEdit:
        edit = DateEdit()
        edit.setObjectName(f"{self.object_prefix}_{name}")
        edit.setCalendarPopup(True)
        edit.setDateRange(to_qdate(EARLIEST_CERTIFICATE), to_qdate(date(2100, 12, 31)))
        edit.setMinimumHeight(ROW_HEIGHT)
        edit.dateChanged.connect(lambda _value: self._on_changed(name))
        return edit

    def load(self, stored: StoredT) -> None:
        self.setWindowTitle(self._title(stored))
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

    def continue_draft(self, typed: InputT, expected_version: int | None) -> None:
        self._fill_quietly(typed)
        self._typing_is_back(expected_version)

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
            self.status.clear_message()
        return errors

    def _write(self) -> None:
        data = self.form_input()
        stored = self._stored
        record_id = getattr(stored, "id", None) if stored is not None else None
        version = self._expected_version

        def write(app: AppServices) -> StoredT:
            return self._save(app, data, record_id, version)

        self._context.ops.write(self, write, self._on_saved, self._on_save_failed, self._set_saving)

    def _on_save_failed(self, error: DomainError) -> None:
        if isinstance(error, ValidationError):
            self._server_errors = dict(error.field_errors)
            self._refuse(self.validate())
        elif isinstance(error, ConcurrencyError) and isinstance(error.current, self.stored_type):
            self._ask_which_version(
                f"{self.object_prefix}ConflictDialog",
                error.current,
                self.tr("Someone else changed this after you opened it."),
                self.tr("Keep your version (it replaces theirs), or use theirs (your changes are dropped)?"),
                self.tr("Not saved: someone else changed this meanwhile. Your changes are still here."),
            )
        elif isinstance(error, NotFoundError):
            self.status.show_error(
                self.tr("Not saved: {reason} Your typing is still here.").format(
                    reason=message_text(error.message)
                )
            )
        else:
            self.form_errors.show(error)


class CertificateDialog(_RecordDialog[CertificateInfo, CertificateInput]):
    """A course or certificate: its name, the day, who issued it."""

    object_prefix = "certificate"
    stored_type = CertificateInfo
    field_order = ("name", "issued_on", "issuer")

    def _group_title(self) -> str:
        return self.tr("Course or certificate")

    def _title(self, stored: CertificateInfo | None) -> str:
        return (
            self.tr("New certificate")
            if stored is None
            else self.tr("Certificate – {name}").format(name=stored.name)
        )

    def _fields(self, group: QGroupBox) -> None:
        form = self._form(group)
        self.name_edit = self._text_field(
            form, "name", self.tr("Name"), NAME_MAX, self.tr("E.g. Hygienekurs")
        )
        self.issued_edit = self._date_field("issued_on")
        self._add_row(form, "issued_on", self.tr("Date"), self.issued_edit)
        self.issuer_edit = self._text_field(
            form, "issuer", self.tr("Issued by"), NAME_MAX, self.tr("E.g. Mattilsynets e-læring")
        )

    def _empty(self) -> CertificateInput:
        return CertificateInput("", _today(), "")

    def _input_of(self, stored: CertificateInfo) -> CertificateInput:
        return CertificateInput(stored.name, stored.issued_on, stored.issuer)

    def _fill(self, data: CertificateInput) -> None:
        self.name_edit.setText(data.name)
        self.issued_edit.setDate(to_qdate(data.issued_on))
        self.issuer_edit.setText(data.issuer)

    def form_input(self) -> CertificateInput:
        return CertificateInput(
            self.name_edit.text(), _qdate_value(self.issued_edit), self.issuer_edit.text()
        )

    def _check(self, data: CertificateInput) -> tuple[CertificateInput, dict[str, Message]]:
        return validate_certificate(data, _today())

    def _save(
        self, app: AppServices, data: CertificateInput, record_id: int | None, version: int | None
    ) -> CertificateInfo:
        actor = self._context.actor
        return app.dossiers.save_certificate(actor, self._participant_id, data, record_id, version)


class ReferenceDialog(_RecordDialog[ReferenceInfo, ReferenceInput]):
    """A reference: who, how they know the participant, how to reach them, and their yes."""

    object_prefix = "reference"
    stored_type = ReferenceInfo
    field_order = ("name", "relation", "phone", "email", "consented_on")

    def _group_title(self) -> str:
        return self.tr("Reference")

    def _title(self, stored: ReferenceInfo | None) -> str:
        return (
            self.tr("New reference")
            if stored is None
            else self.tr("Reference – {name}").format(name=stored.name)
        )

    def _fields(self, group: QGroupBox) -> None:
        form = self._form(group)
        self.name_edit = self._text_field(form, "name", self.tr("Name"), REFERENCE_NAME_MAX)
        self.relation_edit = self._text_field(
            form,
            "relation",
            self.tr("Knows the participant as"),
            NAME_MAX,
            self.tr("E.g. head chef at the work trial"),
        )
        self.phone_edit = self._text_field(
            form,
            "phone",
            self.tr("Phone"),
            PHONE_MAX,
            self.tr("A phone number or an e-mail address (or both)."),
        )
        self.phone_edit.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.email_edit = self._text_field(form, "email", self.tr("E-mail"), EMAIL_MAX)
        self.email_edit.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        cell = QWidget()
        row = QHBoxLayout(cell)
        row.setContentsMargins(0, 0, 0, 0)
        self.agreed_box = QCheckBox(self.tr("Has agreed to be contacted, on"))
        self.agreed_box.setObjectName("reference_agreed")
        self.agreed_box.setMinimumHeight(ROW_HEIGHT)
        self.agreed_box.toggled.connect(self._agreed_toggled)
        self.consented_edit = self._date_field("consented_on")
        self.consented_edit.setAccessibleName(self.tr("The day the reference agreed"))
        row.addWidget(self.agreed_box)
        row.addWidget(self.consented_edit, 1)
        hint = quiet(QLabel(self.tr("A reference is named in a dossier only once they have agreed.")))
        hint.setWordWrap(True)
        self._add_row(form, "consented_on", self.tr("Their yes"), cell, hint)
        self.editors["consented_on"] = self.agreed_box

    def _agreed_toggled(self, checked: bool) -> None:
        self.consented_edit.setEnabled(checked)
        self._on_changed("consented_on")

    def _empty(self) -> ReferenceInput:
        return ReferenceInput("", "")

    def _input_of(self, stored: ReferenceInfo) -> ReferenceInput:
        return ReferenceInput(stored.name, stored.relation, stored.phone, stored.email, stored.consented_on)

    def _fill(self, data: ReferenceInput) -> None:
        self.name_edit.setText(data.name)
        self.relation_edit.setText(data.relation)
        self.phone_edit.setText(data.phone)
        self.email_edit.setText(data.email)
        self.agreed_box.setChecked(data.consented_on is not None)
        self.consented_edit.setDate(to_qdate(data.consented_on or _today()))
        self.consented_edit.setEnabled(data.consented_on is not None)

    def form_input(self) -> ReferenceInput:
        consented = _qdate_value(self.consented_edit) if self.agreed_box.isChecked() else None
        return ReferenceInput(
            self.name_edit.text(),
            self.relation_edit.text(),
            self.phone_edit.text(),
            self.email_edit.text(),
            consented,
        )

    def _check(self, data: ReferenceInput) -> tuple[ReferenceInput, dict[str, Message]]:
        return validate_reference(data, _today())

    def _save(
        self, app: AppServices, data: ReferenceInput, record_id: int | None, version: int | None
    ) -> ReferenceInfo:
        actor = self._context.actor
        return app.dossiers.save_reference(actor, self._participant_id, data, record_id, version)


# --- the register ---------------------------------------------------------------------------------


class CertificateTableModel(ListTableModel[CertificateInfo]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                ListColumn(
                    "name", "Course or certificate", lambda c: c.name, lambda _n, c: c.name.casefold()
                ),
                ListColumn(
                    "issued_on", "Date", lambda c: format_date(c.issued_on), lambda _n, c: c.issued_on
                ),
                ListColumn("issuer", "Issued by", lambda c: c.issuer, lambda _n, c: c.issuer.casefold()),
            ],
            "DossierMaterial",
            parent,
        )


class ReferenceTableModel(ListTableModel[ReferenceInfo]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                ListColumn("name", "Name", lambda r: r.name, lambda _n, r: r.name.casefold()),
                ListColumn(
                    "relation", "Knows the participant as", lambda r: r.relation, lambda _n, r: r.relation
                ),
                ListColumn("phone", "Phone", lambda r: r.phone, lambda _n, r: r.phone),
                ListColumn("email", "E-mail", lambda r: r.email, lambda _n, r: r.email),
                ListColumn("consented_on", "Agreed", _agreed, lambda _n, r: r.consented_on or date.min),
            ],
            "DossierMaterial",
            parent,
        )

    def look(self, key: str, item: ReferenceInfo, role: int) -> Any:
        if key == "consented_on" and item.consented_on is None:
            return self.warning_look(role)
        return None


def _agreed(reference: ReferenceInfo) -> str:
    if reference.consented_on is None:
        return QCoreApplication.translate("DossierMaterial", "Not asked: never named")
    return format_date(reference.consented_on)


class DossierMaterialDialog(QDialog):
    """The participant's languages, certificates and references."""

    loaded = Signal()
    dialog_opened = Signal(object)  # a CertificateDialog or ReferenceDialog

    def __init__(
        self, context: UiContext, participant_id: int, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dossierMaterialDialog")
        self.setWindowTitle(self.tr("Certificates and references – {name}").format(name=name))
        self._context = context
        self._participant_id = participant_id
        self._material: DossierMaterial | None = None
        self._busy = False
        self.record_dialog: QDialog | None = None
        self._build()
        context.ops.changed.connect(self._on_changed)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        hint = quiet(
            QLabel(
                self.tr(
                    "What a dossier may show besides the training plan. Each goes out only when the "
                    "participant's consent for the recipient covers it."
                )
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self._languages_group())
        self.certificates = CertificateTableModel(self)
        self.certificate_table = self._table_group(
            layout,
            self.tr("Courses and certificates"),
            "certificateTable",
            self.certificates,
            "certificate",
        )
        self.references = ReferenceTableModel(self)
        self.reference_table = self._table_group(
            layout, self.tr("References"), "referenceTable", self.references, "reference"
        )
        self.message = FieldMessage("dossierMaterial")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.close_button = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setObjectName("dossierMaterialCloseButton")
        self.close_button.setMinimumHeight(ROW_HEIGHT)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.form_errors = FormErrors(self.message)
        self.resize(max(self.sizeHint().width(), self.fontMetrics().averageCharWidth() * 100), 700)

    def _languages_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Languages the participant speaks"))
        row = QHBoxLayout(group)
        self.language_list = QListWidget()
        self.language_list.setObjectName("spokenLanguages")
        self.language_list.setAccessibleName(self.tr("Languages the participant speaks"))
        self.language_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        row.addWidget(self.language_list, 1)
        column = QVBoxLayout()
        self.language_combo: QComboBox = WideListComboBox()
        self.language_combo.setObjectName("languageChoice")
        self.language_combo.setAccessibleName(self.tr("Language to add"))
        self.language_combo.setMinimumHeight(ROW_HEIGHT)
        self.language_combo.setEditable(True)
        self.language_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code, name in language_choices(self._context.language):
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(-1)
        self.add_language_button = action_button(
            "addLanguageButton", self.tr("Add"), self.add_language, ROW_HEIGHT
        )
        self.remove_language_button = action_button(
            "removeLanguageButton", self.tr("Remove"), self.remove_language, ROW_HEIGHT
        )
        column.addWidget(self.language_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_language_button)
        buttons.addWidget(self.remove_language_button)
        column.addLayout(buttons)
        column.addStretch(1)
        row.addLayout(column)
        return group

    def _table_group(
        self, layout: QVBoxLayout, title: str, name: str, model: ListTableModel[Any], kind: str
    ) -> QTableView:
        group = QGroupBox(title)
        column = QVBoxLayout(group)
        table = list_table(name, title, sorting_proxy(model, self))
        line = table.verticalHeader().defaultSectionSize()
        table.setMinimumHeight(line * 4 + table.horizontalHeader().sizeHint().height())
        table.activated.connect(lambda _index: self.edit_selected(kind))
        column.addWidget(table, 1)
        buttons = QHBoxLayout()
        add: QPushButton = action_button(
            f"{kind}AddButton", self.tr("Add…"), lambda: self.open_record(kind), ROW_HEIGHT
        )
        change: QPushButton = action_button(
            f"{kind}ChangeButton", self.tr("Change…"), lambda: self.edit_selected(kind), ROW_HEIGHT
        )
        remove: QPushButton = action_button(
            f"{kind}RemoveButton", self.tr("Remove"), lambda: self.remove_selected(kind), ROW_HEIGHT
        )
        names = {
            "certificate": (
                self.tr("Add a certificate"),
                self.tr("Change the selected certificate"),
                self.tr("Remove the selected certificate"),
            ),
            "reference": (
                self.tr("Add a reference"),
                self.tr("Change the selected reference"),
                self.tr("Remove the selected reference"),
            ),
        }[kind]
        for button, accessible in zip((add, change, remove), names, strict=True):
            button.setAccessibleName(accessible)
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        layout.addWidget(group, 1)
        return table

    # --- reading -------------------------------------------------------------------------------

    @property
    def material(self) -> DossierMaterial | None:
        return self._material

    def load(self) -> None:
        actor, participant_id = self._context.actor, self._participant_id

        def read(app: AppServices) -> DossierMaterial:
            return app.dossiers.material(actor, participant_id)

        self._context.ops.write(self, read, self._on_loaded, self.form_errors.show, self._set_busy)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy

    def _on_loaded(self, material: DossierMaterial) -> None:
        self._material = material
        self.language_list.clear()
        for code in material.spoken_languages:
            item = QListWidgetItem(language_name(code, self._context.language))
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.language_list.addItem(item)
        self.certificates.set_rows(material.certificates)
        self.references.set_rows(material.references)
        fit_columns(self.certificate_table, 48)
        fit_columns(self.reference_table, 36)
        self.loaded.emit()

    def _on_changed(self, changes: Changes, source: object) -> None:
        if source is not self and changes.touches(DOSSIER_MATERIAL) and not self._busy:
            self.load()

    # --- languages -----------------------------------------------------------------------------

    def _save_languages(self, codes: list[str]) -> None:
        material = self._material
        if material is None or self._busy:  # a second click would send the version the first replaces
            return
        actor, participant_id, version = self._context.actor, self._participant_id, material.languages_version

        def write(app: AppServices) -> DossierMaterial:
            app.dossiers.save_languages(actor, participant_id, codes, version)
            return app.dossiers.material(actor, participant_id)

        self.message.clear_message()
        self._context.ops.write(self, write, self._on_loaded, self._on_languages_failed, self._set_busy)

    def _on_languages_failed(self, error: DomainError) -> None:
        if isinstance(error, ConcurrencyError):
            self.message.show_warning(
                self.tr("Someone else changed the languages meanwhile: here they are now.")
            )
            self.load()
        else:
            self.form_errors.show(error)

    def add_language(self) -> None:
        code = self.language_combo.currentData()
        if self._material is None or code is None:
            return
        codes = list(self._material.spoken_languages)
        if code not in codes:
            self._save_languages([*codes, str(code)])

    def remove_language(self) -> None:
        item = self.language_list.currentItem()
        if self._material is None or item is None:
            return
        code = item.data(Qt.ItemDataRole.UserRole)
        self._save_languages([c for c in self._material.spoken_languages if c != code])

    # --- certificates and references --------------------------------------------------------------

    def _table_of(self, kind: str) -> tuple[QTableView, ListTableModel[Any]]:
        if kind == "certificate":
            return self.certificate_table, self.certificates
        return self.reference_table, self.references

    def open_record(self, kind: str, stored: Any = None) -> QDialog:
        dialog: QDialog
        if kind == "certificate":
            dialog = CertificateDialog(self._context, self._participant_id, stored, self)
        else:
            dialog = ReferenceDialog(self._context, self._participant_id, stored, self)
        assert isinstance(dialog, _RecordDialog)
        dialog.open_for(lambda _saved: self.load())
        self.record_dialog = dialog
        self.dialog_opened.emit(dialog)
        return dialog

    def edit_selected(self, kind: str) -> QDialog | None:
        table, model = self._table_of(kind)
        item = selected_item(table, model)
        return self.open_record(kind, item) if item is not None else None

    def remove_selected(self, kind: str) -> None:
        table, model = self._table_of(kind)
        item = selected_item(table, model)
        if item is None or self._busy:
            return
        actor, participant_id = self._context.actor, self._participant_id

        def write(app: AppServices) -> DossierMaterial:
            if kind == "certificate":
                app.dossiers.delete_certificate(actor, participant_id, item.id, item.version)
            else:
                app.dossiers.delete_reference(actor, participant_id, item.id, item.version)
            return app.dossiers.material(actor, participant_id)

        # Removing is for good: asked first, as every other removal in the app is.
        box, (remove, _keep) = question_box(
            self,
            "removeMaterialDialog",
            QMessageBox.Icon.Question,
            self.tr("Remove {name}?").format(name=item.name),
            self.tr("Remove {name} from the participant's dossier material?").format(name=item.name),
            self.tr("It is removed for good and no longer goes out in dossiers."),
            [
                Choice(
                    self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole, "confirmRemoveMaterialButton"
                ),
                Choice(self.tr("Keep it"), REJECT, "keepMaterialButton"),
            ],
            default=1,
            escape=1,
        )

        def chosen(button: QAbstractButton) -> None:
            if button is remove:
                self._context.ops.write(self, write, self._on_loaded, self._on_remove_failed, self._set_busy)

        box.buttonClicked.connect(chosen)
        self.remove_box = box
        box.open()

    def _on_remove_failed(self, error: DomainError) -> None:
        self.form_errors.show(error)
        self.load()


def open_dossier_material(
    context: UiContext, participant_id: int, name: str, parent: QWidget
) -> DossierMaterialDialog:
    """The participant's certificates, references and languages (a `ParticipantOpener`)."""
    dialog = DossierMaterialDialog(context, participant_id, name, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.load()
    return dialog
