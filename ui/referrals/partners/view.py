"""The partner companies page ("Samarbeidsbedrifter"): the list of partner chains (search,
inactive ones on request), and for the chosen company its locations, contact persons and the
positions it hires for, each position with the competences it needs. A job coach (and the
administrator) adds and edits them, deactivates what is no longer used and deletes what was
typed by mistake; a canteen manager reads them. From a position, "Closest to ready" lists the
participants whose assessed levels meet the most of its needs."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from canteen_app.access import Permission
from canteen_app.app import AppServices, Changes
from canteen_app.core.errors import DomainError, NotFoundError
from canteen_app.referrals.partners.dto import CompanyDetails, CompanyRow
from canteen_app.referrals.partners.rules import PARTNERS, PartnerRecord
from canteen_app.training.competence.dto import AreaInfo
from ui.common.context import UiContext
from ui.common.dialogs import REJECT, Choice, question_box
from ui.common.drafts import Draft
from ui.common.edit_dialog import TypedRecord
from ui.common.list_table import fit_columns, list_table, select_item, selected_item, sorting_proxy
from ui.common.qt_models import ListTableModel
from ui.common.widgets import FieldMessage, action_button, on_screen, search_edit, single_shot
from ui.referrals.partners.dialogs import CompanyDialog, ContactDialog, LocationDialog, PartnerDialog
from ui.referrals.partners.matching import CandidatesDialog, open_candidates
from ui.referrals.partners.position_dialog import PositionDialog
from ui.referrals.partners.tables import (
    CompanyTableModel,
    ContactTableModel,
    LocationTableModel,
    PositionTableModel,
)
from ui.referrals.partners.words import need_info_text

SEARCH_DEBOUNCE_MS = 250
SELECTION_DELAY_MS = 120  # the company's details follow the selection once the arrow keys rest
MAX_COLUMN_CHARS = 40
PAGE_KEY = "partners"
_CHILD_KINDS = (PartnerRecord.LOCATION, PartnerRecord.CONTACT, PartnerRecord.POSITION)

_Opened = tuple[CompanyDetails, tuple[AreaInfo, ...]]


@dataclass(frozen=True)
class PartnerDraft:
    """The typing of a partner form kept over an idle lock."""

    kind: PartnerRecord
    company_id: int | None  # None: a new company
    typed: TypedRecord[Any]


@dataclass
class _Tab:
    """One of the company's lists (locations, contacts, positions) with its buttons."""

    kind: PartnerRecord
    model: ListTableModel[Any]
    table: QTableView
    new_button: QPushButton | None = None
    edit_button: QPushButton | None = None
    remove_button: QPushButton | None = None


class PartnersView(QWidget):
    """The partner companies, and the chosen one's locations, contacts and positions."""

    loaded = Signal()  # the company list came
    company_shown = Signal(object)  # CompanyDetails
    record_saved = Signal(object)  # what a form stored
    dialog_opened = Signal(object)  # the form that opened

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partnersView")
        self._context = context
        self._can_manage = context.actor.can(Permission.MANAGE_PARTNERS)
        self._can_match = context.actor.can(Permission.VIEW_PARTICIPANT_DETAILS)
        self._loading = False
        self._details_loading = False
        self._reload_again = False
        self._opening = False
        self._select_after_reload: int | None = None
        self._details: CompanyDetails | None = None
        self._dialog: PartnerDialog[Any, Any] | None = None
        self._candidates: CandidatesDialog | None = None
        self._resuming: PartnerDraft | None = None
        self._select_saved: tuple[PartnerRecord, int] | None = None  # once the company is shown again
        self.model = CompanyTableModel(self)
        self.proxy = sorting_proxy(self.model, self)
        self.tabs: dict[PartnerRecord, _Tab] = {}
        self.company_buttons: dict[str, QPushButton] = {}
        self.candidates_button: QPushButton | None = None
        self._build()
        self._search_timer = single_shot(self, SEARCH_DEBOUNCE_MS, self.reload)
        self._selection_timer = single_shot(self, SELECTION_DELAY_MS, self._load_details)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_edit.returnPressed.connect(self.reload)
        context.ops.changed.connect(self._on_changed)
        self.reload()

    # --- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search_edit = search_edit(
            "partnerSearch",
            self.tr("Search by name or organisation number…"),
            self.tr("Search partner companies"),
        )
        top.addWidget(self.search_edit, 1)
        self.inactive_box = QCheckBox(self.tr("Show inactive"))
        self.inactive_box.setObjectName("showInactivePartnersBox")
        self.inactive_box.toggled.connect(self.reload)
        top.addWidget(self.inactive_box)
        self.count_label = QLabel()
        self.count_label.setObjectName("partnerCount")
        top.addWidget(self.count_label)
        layout.addLayout(top)
        if self._can_manage:
            layout.addLayout(self._company_actions())
        self.message = FieldMessage("partnerList")
        layout.addWidget(self.message)

        self.table = list_table("partnerCompanyTable", self.tr("Partner companies"), self.proxy)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        if self._can_manage:
            self.table.setAccessibleDescription(self.tr("Press Enter or double-click to edit a company."))
            self.table.activated.connect(lambda _index: self.edit_company())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("partnerSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self._details_group())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("partnerSavedLabel")
        self.saved_label.setWordWrap(True)
        layout.addWidget(self.saved_label)
        self._update_buttons()

    def _company_actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for key, text, name, slot in (
            ("new", self.tr("New company"), self.tr("Add a partner company"), self.new_company),
            ("edit", self.tr("Edit"), self.tr("Edit the chosen company"), self.edit_company),
            (
                "remove",
                self.tr("Remove…"),
                self.tr("Deactivate or delete the chosen company"),
                self.remove_company,
            ),
        ):
            button = action_button(f"company_{key}Button", text, slot, 40)
            button.setAccessibleName(name)
            self.company_buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _details_group(self) -> QGroupBox:
        self.details_group = QGroupBox(self.tr("The chosen company"))
        self.details_group.setObjectName("partnerDetailsGroup")
        group_layout = QVBoxLayout(self.details_group)
        self.details_title = QLabel(self.tr("Choose a company in the list."))
        self.details_title.setObjectName("partnerDetailsTitle")
        self.details_title.setWordWrap(True)
        self.details_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        group_layout.addWidget(self.details_title)
        self.tab_widget = QTabWidget()
        self.tab_widget.setObjectName("partnerTabs")
        self.tab_widget.tabBar().setAccessibleName(self.tr("The company's locations, contacts and positions"))
        for kind, model, title, accessible in (
            (PartnerRecord.LOCATION, LocationTableModel(self), self.tr("&Locations"), self.tr("Locations")),
            (
                PartnerRecord.CONTACT,
                ContactTableModel(self),
                self.tr("&Contact persons"),
                self.tr("Contact persons"),
            ),
            (PartnerRecord.POSITION, PositionTableModel(self), self.tr("&Positions"), self.tr("Positions")),
        ):
            self.tab_widget.addTab(self._tab(kind, model, accessible), title)
        group_layout.addWidget(self.tab_widget, 1)
        return self.details_group

    def _tab(self, kind: PartnerRecord, model: ListTableModel[Any], accessible: str) -> QWidget:
        page = QWidget()
        page.setObjectName(f"partner_{kind.value}Tab")
        page_layout = QVBoxLayout(page)
        table = list_table(f"partner_{kind.value}Table", accessible, sorting_proxy(model, self))
        tab = _Tab(kind, model, table)
        self.tabs[kind] = tab
        table.selectionModel().selectionChanged.connect(
            lambda *_args, kind=kind: self._on_child_selection(kind)
        )
        if self._can_manage:
            table.setAccessibleDescription(self.tr("Press Enter or double-click to edit."))
            table.activated.connect(lambda _index, kind=kind: self.edit_record(kind))
        if kind is PartnerRecord.POSITION:
            page_layout.addWidget(self._with_needs(table), 1)
        else:
            page_layout.addWidget(table, 1)
        row = QHBoxLayout()
        if self._can_manage:
            texts = {
                PartnerRecord.LOCATION: (self.tr("New location"), self.tr("Edit the chosen location")),
                PartnerRecord.CONTACT: (self.tr("New contact"), self.tr("Edit the chosen contact person")),
                PartnerRecord.POSITION: (self.tr("New position"), self.tr("Edit the chosen position")),
            }[kind]
            tab.new_button = action_button(
                f"{kind.value}_newButton", texts[0], functools.partial(self.new_record, kind), 40
            )
            tab.edit_button = action_button(
                f"{kind.value}_editButton", self.tr("Edit"), functools.partial(self.edit_record, kind), 40
            )
            tab.edit_button.setAccessibleName(texts[1])
            tab.remove_button = action_button(
                f"{kind.value}_removeButton",
                self.tr("Remove…"),
                functools.partial(self.remove_record, kind),
                40,
            )
            for button in (tab.new_button, tab.edit_button, tab.remove_button):
                row.addWidget(button)
        if kind is PartnerRecord.POSITION and self._can_match:
            self.candidates_button = action_button(
                "closestToReadyButton", self.tr("Closest to ready…"), self.show_candidates, 40
            )
            self.candidates_button.setAccessibleName(
                self.tr("The participants closest to ready for the chosen position")
            )
            row.addWidget(self.candidates_button)
        row.addStretch(1)
        page_layout.addLayout(row)
        return page

    def _with_needs(self, table: QTableView) -> QSplitter:
        """The positions, and beside them the competences the chosen one needs."""
        needs = QWidget()
        needs_layout = QVBoxLayout(needs)
        needs_layout.setContentsMargins(0, 0, 0, 0)
        self.needs_title = QLabel()
        self.needs_title.setObjectName("positionNeedsTitle")
        self.needs_title.setWordWrap(True)
        needs_layout.addWidget(self.needs_title)
        self.needs_view = QListWidget()
        self.needs_view.setObjectName("positionNeedsView")
        self.needs_view.setAccessibleName(self.tr("Competences the chosen position needs"))
        self.needs_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.needs_view.setWordWrap(True)
        needs_layout.addWidget(self.needs_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("positionSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(table)
        splitter.addWidget(needs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        return splitter

    def needs_texts(self) -> list[str]:
        """The chosen position's needs as shown (for tests)."""
        return [item.text() for n in range(self.needs_view.count()) if (item := self.needs_view.item(n))]

    # --- the company list ----------------------------------------------------------------------

    @property
    def is_loading(self) -> bool:
        """The list, or the chosen company's details, are on their way."""
        return self._loading or self._details_loading

    def reload(self) -> None:
        self._search_timer.stop()
        if self._loading:
            self._reload_again = True
            return
        actor = self._context.actor
        search = self.search_edit.text()
        inactive = self.inactive_box.isChecked()
        self._loading = True
        self._update_count()
        self._context.ops.read(
            self,
            lambda app: app.partners.companies(actor, include_inactive=inactive, search=search),
            self._on_loaded,
            self._on_load_failed,
        )

    def _on_loaded(self, rows: tuple[CompanyRow, ...]) -> None:
        self._loading = False
        if self._reload_again:
            self._reload_again = False
            self.reload()
            return
        selected = self.selected_company()
        keep = self._select_after_reload or (selected.id if selected else None)
        self._select_after_reload = None
        self.model.set_rows(rows)
        fit_columns(self.table, MAX_COLUMN_CHARS)
        self.message.clear_message()
        self._update_count()
        if keep is not None:
            select_item(self.table, self.model, keep)
        if self.selected_company() is None and rows:
            self.table.selectRow(0)
        if self.selected_company() is None:
            self._show_details(None)
        else:
            self._details_loading = True
            self._selection_timer.start()  # the details may have changed too
        self._update_buttons()
        self.loaded.emit()

    def _on_load_failed(self, error: DomainError) -> None:
        self._loading = False
        self._reload_again = False
        self._update_count()
        self.message.show_domain_error(error)

    def _update_count(self) -> None:
        if self._loading and self.model.rowCount() == 0:
            self.count_label.setText(self.tr("Loading…"))
            return
        count = self.model.rowCount()
        if self.search_edit.text().strip():
            self.count_label.setText(self.tr("Found: {count}").format(count=count))
        else:
            self.count_label.setText(self.tr("Companies: {count}").format(count=count))

    def _on_changed(self, changes: Changes, source: object) -> None:
        if changes.touches(PARTNERS) and source is not self and source is not self._dialog:
            self.reload()

    def selected_company(self) -> CompanyRow | None:
        return selected_item(self.table, self.model)

    def select_company(self, company_id: int) -> None:
        select_item(self.table, self.model, company_id)

    def _on_selection(self, *_args: QItemSelection) -> None:
        self._update_buttons()
        if self.selected_company() is None:
            self._show_details(None)
        else:
            self._details_loading = True
            self._selection_timer.start()

    # --- the chosen company --------------------------------------------------------------------

    @property
    def details(self) -> CompanyDetails | None:
        return self._details

    def _load_details(self) -> None:
        selected = self.selected_company()
        if selected is None:
            self._details_loading = False
            return
        actor = self._context.actor
        company_id = selected.id
        self._context.ops.read(
            self,
            lambda app: app.partners.company(actor, company_id),
            self._show_details,
            self._on_details_failed,
        )

    def _on_details_failed(self, error: DomainError) -> None:
        self._details_loading = False
        self.message.show_domain_error(error)

    def _show_details(self, details: CompanyDetails | None) -> None:
        selected = self.selected_company()
        if details is not None and (selected is None or selected.id != details.id):
            return  # another company was chosen meanwhile (its details are on their way)
        self._details_loading = False
        kept = {kind: getattr(self.selected_record(kind), "id", None) for kind in _CHILD_KINDS}
        self._details = details
        inactive = self.inactive_box.isChecked()
        if details is None:
            self.details_title.setText(self.tr("Choose a company in the list."))
            for tab in self.tabs.values():
                tab.model.set_rows([])
        else:
            self.details_title.setText(self._title_of(details))
            contacts = self.tabs[PartnerRecord.CONTACT].model
            assert isinstance(contacts, ContactTableModel)
            contacts.set_locations({location.id: location.name for location in details.locations})
            for kind, rows in (
                (PartnerRecord.LOCATION, details.locations),
                (PartnerRecord.CONTACT, details.contacts),
                (PartnerRecord.POSITION, details.positions),
            ):
                tab = self.tabs[kind]
                tab.model.set_rows([row for row in rows if inactive or row.active])
                fit_columns(tab.table, MAX_COLUMN_CHARS)
                record_id = kept.get(kind)
                if record_id is not None:
                    select_item(tab.table, tab.model, record_id)
            if self._select_saved is not None:
                kind, record_id = self._select_saved
                self._select_saved = None
                self.select_record(kind, record_id)
            self.company_shown.emit(details)
        self._show_position_needs()
        self._update_buttons()

    def _title_of(self, details: CompanyDetails) -> str:
        parts = [details.name]
        if details.org_number:
            number = details.org_number
            parts.append(
                self.tr("org. no. {number}").format(number=f"{number[:3]} {number[3:6]} {number[6:]}")
            )
        if details.website:
            parts.append(details.website)
        if not details.active:
            parts.append(self.tr("inactive"))
        return " · ".join(parts)

    def selected_record(self, kind: PartnerRecord) -> Any:
        tab = self.tabs[kind]
        return selected_item(tab.table, tab.model)

    def select_record(self, kind: PartnerRecord, record_id: int) -> None:
        tab = self.tabs[kind]
        self.tab_widget.setCurrentIndex(_CHILD_KINDS.index(kind))
        select_item(tab.table, tab.model, record_id)

    def _on_child_selection(self, kind: PartnerRecord) -> None:
        if kind is PartnerRecord.POSITION:
            self._show_position_needs()
        self._update_buttons()

    def _show_position_needs(self) -> None:
        position = self.selected_record(PartnerRecord.POSITION)
        self.needs_view.clear()
        if position is None:
            self.needs_title.setText(self.tr("Choose a position to see the competences it needs."))
            return
        language = self._context.language
        self.needs_title.setText(self.tr("{title} needs:").format(title=position.title))
        self.needs_view.addItems([need_info_text(need, language) for need in position.needs])

    def _update_buttons(self) -> None:
        company = self.selected_company()
        idle = not self._opening
        if self.company_buttons:
            self.company_buttons["new"].setEnabled(idle)
            self.company_buttons["edit"].setEnabled(idle and company is not None)
            remove = self.company_buttons["remove"]
            remove.setEnabled(idle and company is not None)
            self._set_remove_text(remove, company is not None and not company.active)
        for kind, tab in self.tabs.items():
            record = self.selected_record(kind)
            if tab.new_button is not None:
                tab.new_button.setEnabled(idle and self._details is not None)
            if tab.edit_button is not None:
                tab.edit_button.setEnabled(idle and record is not None)
            if tab.remove_button is not None:
                tab.remove_button.setEnabled(idle and record is not None)
                self._set_remove_text(tab.remove_button, record is not None and not record.active)
        if self.candidates_button is not None:
            self.candidates_button.setEnabled(self.selected_record(PartnerRecord.POSITION) is not None)

    def _set_remove_text(self, button: QPushButton, inactive: bool) -> None:
        button.setText(self.tr("Bring back") if inactive else self.tr("Remove…"))

    # --- opening the forms ---------------------------------------------------------------------

    def new_company(self) -> None:
        if not self._can_manage or self._opening:
            return
        typed = self._take_draft(PartnerRecord.COMPANY)
        self._dialog = CompanyDialog(self._context, _NO_COMPANY, None, self)
        self._show_dialog(self._dialog, typed)

    def edit_company(self) -> None:
        company = self.selected_company()
        if company is not None:
            self._open(PartnerRecord.COMPANY, company.id, company.id)

    def new_record(self, kind: PartnerRecord) -> None:
        if self._details is not None:
            self._open(kind, self._details.id, None)

    def edit_record(self, kind: PartnerRecord) -> None:
        record = self.selected_record(kind)
        if self._details is not None and record is not None:
            self._open(kind, self._details.id, record.id)

    def _open(self, kind: PartnerRecord, company_id: int, record_id: int | None) -> None:
        """Read the company as stored now (and the framework, for a position), then the form."""
        if not self._can_manage or self._opening:
            return
        actor = self._context.actor

        def load(app: AppServices) -> _Opened:
            details = app.partners.company(actor, company_id)
            framework = (
                app.competence.framework(actor, include_retired=True)
                if kind is PartnerRecord.POSITION
                else []
            )
            return details, tuple(framework)

        self.message.clear_message()
        self.saved_label.clear()
        self._context.ops.read(
            self,
            load,
            functools.partial(self._on_opened, kind, record_id),
            self._on_open_failed,
            self._set_opening,
        )

    def _set_opening(self, opening: bool) -> None:
        self._opening = opening
        self._update_buttons()

    def _on_opened(self, kind: PartnerRecord, record_id: int | None, opened: _Opened) -> None:
        details, framework = opened
        typed = self._take_draft(kind)
        dialog: PartnerDialog[Any, Any]
        if kind is PartnerRecord.COMPANY:
            dialog = CompanyDialog(self._context, details, details, self)
        elif kind is PartnerRecord.LOCATION:
            dialog = LocationDialog(self._context, details, _found(details.location, record_id), self)
        elif kind is PartnerRecord.CONTACT:
            dialog = ContactDialog(self._context, details, _found(details.contact, record_id), self)
        else:
            dialog = PositionDialog(
                self._context, details, framework, _found(details.position, record_id), self
            )
        if record_id is not None and dialog.stored is None:
            dialog.deleteLater()
            self.message.show_error(self.tr("This was deleted meanwhile."))
            self.reload()
            return
        self._dialog = dialog
        self._show_dialog(dialog, typed)

    def _show_dialog(self, dialog: PartnerDialog[Any, Any], typed: TypedRecord[Any] | None) -> None:
        dialog.open_for(functools.partial(self._on_saved, dialog), typed)
        self.dialog_opened.emit(dialog)

    def _on_open_failed(self, error: DomainError) -> None:
        self.message.show_domain_error(error)
        if isinstance(error, NotFoundError):
            self.reload()

    def _on_saved(self, dialog: PartnerDialog[Any, Any], stored: Any) -> None:
        name = getattr(stored, "name", None) or getattr(stored, "title", "")
        self.saved_label.setText(self.tr("Saved: {name}").format(name=name))
        if isinstance(stored, CompanyDetails):
            self._select_after_reload = stored.id
        else:
            self._select_after_reload = dialog.company.id
            self._select_saved = (_kind_of(dialog), stored.id)
        self.reload()
        self.record_saved.emit(stored)

    # --- deactivating and deleting -------------------------------------------------------------

    def remove_company(self) -> None:
        company = self.selected_company()
        if company is not None:
            self._remove(PartnerRecord.COMPANY, company.id, company.name, company.active)

    def remove_record(self, kind: PartnerRecord) -> None:
        record = self.selected_record(kind)
        if record is not None:
            self._remove(kind, record.id, getattr(record, "name", None) or record.title, record.active)

    def _remove(self, kind: PartnerRecord, record_id: int, name: str, active: bool) -> None:
        """Deactivate (it leaves the lists to choose from; referrals keep it) or delete what
        was typed by mistake; an inactive record is brought back."""
        if not self._can_manage:
            return
        if not active:
            self._write(
                lambda app: app.partners.set_active(self._context.actor, kind, record_id, True),
                self.tr("Brought back: {name}").format(name=name),
            )
            return
        box, (deactivate, delete, _keep) = question_box(
            self,
            "removePartnerDialog",
            QMessageBox.Icon.Question,
            self.tr("Remove {name}?").format(name=name),
            self.tr(
                "Deactivate {name}? It leaves the lists to choose from; referrals and consents keep it."
            ).format(name=name),
            self.tr(
                "Delete it only if it was typed by mistake: what a referral or a consent uses "
                "cannot be deleted."
            ),
            [
                Choice(self.tr("Deactivate"), QMessageBox.ButtonRole.AcceptRole, "confirmDeactivateButton"),
                Choice(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole, "confirmDeleteButton"),
                Choice(self.tr("Keep it"), REJECT, "keepPartnerButton"),
            ],
            default=2,
            escape=2,
        )
        actor = self._context.actor

        def chosen(button: QAbstractButton) -> None:
            if button is deactivate:
                self._write(
                    lambda app: app.partners.set_active(actor, kind, record_id, False),
                    self.tr("Deactivated: {name}").format(name=name),
                )
            elif button is delete:
                self._write(
                    lambda app: app.partners.delete(actor, kind, record_id),
                    self.tr("Deleted: {name}").format(name=name),
                )

        box.buttonClicked.connect(chosen)
        box.open()

    def _write(self, action: Callable[[AppServices], None], done_text: str) -> None:
        def done(_none: None) -> None:
            self.saved_label.setText(done_text)
            self.reload()

        self.message.clear_message()
        self._context.ops.write(self, action, done, self.message.show_domain_error)

    # --- matching ------------------------------------------------------------------------------

    def show_candidates(self) -> None:
        position = self.selected_record(PartnerRecord.POSITION)
        if position is None or self._details is None or not self._can_match:
            return
        self._candidates = open_candidates(
            self._context, position.id, position.title, self._details.name, self
        )

    @property
    def candidates_dialog(self) -> CandidatesDialog | None:
        return on_screen(self._candidates)

    # --- typed work kept over an idle lock (ui/common/drafts.py) -------------------------------

    @property
    def dialog(self) -> PartnerDialog[Any, Any] | None:
        """The open form, if any."""
        return on_screen(self._dialog)

    def unsaved_work(self) -> list[Draft]:
        dialog = self.dialog
        if dialog is None or not dialog.is_dirty():
            return []
        stored = dialog.stored
        kind = _kind_of(dialog)
        record_id = getattr(stored, "id", None) if stored is not None else None
        if kind is PartnerRecord.COMPANY:
            company_id = record_id
            title = self.tr("a new partner company") if stored is None else stored.name
        else:
            company_id = dialog.company.id
            name = getattr(stored, "name", None) or getattr(stored, "title", "") if stored is not None else ""
            title = (
                self.tr("{name} at {company}").format(name=name, company=dialog.company.name)
                if stored is not None
                else self.tr("a new entry at {company}").format(company=dialog.company.name)
            )
        return [Draft(PAGE_KEY, title, PartnerDraft(kind, company_id, dialog.typed(record_id)))]

    def resume(self, draft: Draft) -> None:
        payload = draft.payload
        if not isinstance(payload, PartnerDraft):
            return
        self._resuming = payload
        if payload.company_id is None:
            self.new_company()
        else:
            self._open(payload.kind, payload.company_id, payload.typed.record_id)

    def _take_draft(self, kind: PartnerRecord) -> TypedRecord[Any] | None:
        resuming, self._resuming = self._resuming, None
        return resuming.typed if resuming is not None and resuming.kind is kind else None

    def shutdown(self) -> None:
        """At logout: stop the timers, close the forms."""
        self._search_timer.stop()
        self._selection_timer.stop()
        dialog = self.dialog
        if dialog is not None:
            dialog.force_close()
        candidates = self.candidates_dialog
        if candidates is not None:
            candidates.close()


# A new company's form belongs to no stored company yet.
_NO_COMPANY = CompanyDetails(0, "", "", "", True, 0, (), (), ())


def _found(lookup: Callable[[int | None], Any], record_id: int | None) -> Any:
    return lookup(record_id) if record_id is not None else None


def _kind_of(dialog: PartnerDialog[Any, Any]) -> PartnerRecord:
    kinds: dict[type[Any], PartnerRecord] = {
        CompanyDialog: PartnerRecord.COMPANY,
        LocationDialog: PartnerRecord.LOCATION,
        ContactDialog: PartnerRecord.CONTACT,
        PositionDialog: PartnerRecord.POSITION,
    }
    return kinds[type(dialog)]
