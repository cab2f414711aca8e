"""One participant's consents to share dossier data (R3): every consent with its state today in
words (with its sign and colour besides), the recipient, what it covers, why and its days;
"New consent…" records one from the signed form, "Withdraw…" takes one back at once (after an
"are you sure?"), and "Print consent form…" makes the form to sign, in the participant's
language, with a preview.

Opened from the participant list's tools through `ui.common.navigation` (the list's package may
not import this). Every view and change is audited by the service, in the same transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from canteen_app.access import Permission
from canteen_app.core.errors import DomainError
from canteen_app.referrals.consent.dto import ConsentInfo
from canteen_app.referrals.consent.rules import CONSENTS, ConsentStatus
from canteen_app.referrals.partners.dto import CompanyDetails
from ui.common.context import UiContext
from ui.common.dialogs import REJECT, Choice, question_box
from ui.common.formatting import format_date
from ui.common.list_table import fit_columns, list_table, select_item, selected_item, sorting_proxy
from ui.common.widgets import FieldMessage, action_button
from ui.referrals.consent.model import ConsentTableModel
from ui.referrals.consent.words import anyone_text, categories_text

if TYPE_CHECKING:
    from canteen_app.app import AppServices, Changes
    from ui.referrals.consent.form import NewConsentDialog
    from ui.referrals.consent.print_form import ConsentFormDialog

COLUMN_MAX_CHARS = 28


@dataclass(frozen=True)
class ConsentsView:
    """What the dialog shows: the consents, and the language the participant reads."""

    consents: tuple[ConsentInfo, ...]
    preferred_language: str


class ConsentsDialog(QDialog):
    """One participant's consents."""

    loaded = Signal()  # the list came from the database (after opening, a save or a withdrawal)
    form_opened = Signal(object)  # the NewConsentDialog or ConsentFormDialog just opened

    def __init__(
        self, context: UiContext, participant_id: int, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consentsDialog")
        self._context = context
        self._participant_id = participant_id
        self._name = name
        self._can_manage = context.actor.can(Permission.MANAGE_REFERRALS)
        self._view: ConsentsView | None = None
        self._keep_id: int | None = None
        self._busy = False
        self.new_dialog: NewConsentDialog | None = None
        self.form_dialog: ConsentFormDialog | None = None
        self.withdraw_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Consents – {name}").format(name=name))
        self.model = ConsentTableModel(self)
        self._build()
        context.ops.changed.connect(self._on_changed)

    # --- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A dossier goes to a recipient only while the participant has a valid consent for that "
                "recipient that covers every kind of data in it. Nobody can override this. A withdrawal "
                "stops further dossiers at once."
            )
        )
        intro.setObjectName("consentsIntro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.proxy = sorting_proxy(self.model, self)
        self.table = list_table("consentsTable", self.tr("Consents"), self.proxy)
        self.table.setAccessibleDescription(
            self.tr(
                "Every consent the participant has given, with its state today. Choose one to withdraw it."
            )
        )
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order: newest first
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(self.tr("No consent is recorded for this participant."))
        self.empty_label.setObjectName("consentsEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        layout.addWidget(self.empty_label)
        self.detail_label = QLabel()
        self.detail_label.setObjectName("consentDetail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.PlainText)  # typed words are never markup
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail_label)
        self.message = FieldMessage("consents")
        layout.addWidget(self.message)
        layout.addLayout(self._buttons())
        self.resize(max(self.sizeHint().width(), self.fontMetrics().averageCharWidth() * 140), 600)

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.new_button = action_button("consentNewButton", self.tr("New consent…"), self.new_consent, 40)
        self.withdraw_button = action_button(
            "consentWithdrawButton", self.tr("Withdraw…"), self.ask_to_withdraw, 40
        )
        self.withdraw_button.setAccessibleName(self.tr("Withdraw the chosen consent"))
        self.print_button = action_button(
            "consentPrintButton", self.tr("Print consent form…"), self.print_form, 40
        )
        self.close_button = action_button("consentsCloseButton", self.tr("Close"), self.reject, 40)
        for button in (self.new_button, self.withdraw_button, self.print_button, self.close_button):
            button.setAutoDefault(False)
        for button in (self.new_button, self.withdraw_button, self.print_button):
            button.setVisible(self._can_manage)
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        return row

    # --- the list ------------------------------------------------------------------------------

    def open_list(self) -> None:
        """Show the dialog and read the participant's consents."""
        self.open()
        self.load()

    def load(self, keep_id: int | None = None) -> None:
        self._keep_id = keep_id if keep_id is not None else self._selected_id()
        actor, participant_id = self._context.actor, self._participant_id

        def read(app: AppServices) -> ConsentsView:
            consents = app.consents.consents(actor, participant_id)  # logs the view
            language = app.participants.preferred_language(actor, participant_id)
            return ConsentsView(consents, language)

        self._context.ops.write(self, read, self._on_loaded, self._on_load_failed, self._set_busy)

    def _on_loaded(self, view: ConsentsView) -> None:
        self._view = view
        self.model.set_rows(view.consents)
        fit_columns(self.table, COLUMN_MAX_CHARS)
        self.table.setVisible(bool(view.consents))
        self.empty_label.setVisible(not view.consents)
        wanted = (
            self._keep_id if self._keep_id is not None else (view.consents[0].id if view.consents else None)
        )
        if wanted is not None and self.model.row_of(wanted) >= 0:
            select_item(self.table, self.model, wanted)
        self._update()
        self.loaded.emit()

    def _on_load_failed(self, error: DomainError) -> None:
        self.message.show_domain_error(error)
        self.loaded.emit()

    def _on_changed(self, changes: Changes, source: object) -> None:
        if source is not self and changes.touches(CONSENTS) and not self._busy:
            self.load()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update()

    def _selected_id(self) -> int | None:
        chosen = self.selected()
        return chosen.id if chosen is not None else None

    def selected(self) -> ConsentInfo | None:
        return selected_item(self.table, self.model)

    def select(self, consent_id: int) -> None:
        select_item(self.table, self.model, consent_id)

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update()

    def _update(self) -> None:
        chosen = self.selected()
        loaded = self._view is not None and not self._busy
        self.new_button.setEnabled(loaded)
        self.print_button.setEnabled(loaded)
        self.withdraw_button.setEnabled(
            loaded
            and chosen is not None
            and chosen.withdrawn_on is None
            and chosen.status is not ConsentStatus.EXPIRED
        )
        self.detail_label.setText(self.detail_text(chosen) if chosen is not None else "")

    def detail_text(self, consent: ConsentInfo) -> str:
        """The chosen consent in one sentence or two."""
        recipient = consent.company_name + (f" ({consent.contact_name})" if consent.contact_name else "")
        parts = [
            self.tr("To {recipient}, given on {given} (recorded by {recorded_by}).").format(
                recipient=recipient, given=format_date(consent.given_on), recorded_by=consent.recorded_by
            )
        ]
        if consent.contact_name is None:
            parts.append(anyone_text() + ".")
        if consent.withdrawn_on is not None:
            parts.append(
                self.tr("Withdrawn on {date}: no dossier goes out under it.").format(
                    date=format_date(consent.withdrawn_on)
                )
            )
        elif consent.status is ConsentStatus.EXPIRED:
            parts.append(self.tr("Expired on {date}.").format(date=format_date(consent.expires_on)))
        else:
            parts.append(self.tr("Valid until {date}.").format(date=format_date(consent.expires_on)))
        lines = [
            " ".join(parts),
            self.tr("Purpose: {purpose}").format(purpose=consent.purpose),
            self.tr("Covers: {categories}").format(categories=categories_text(consent.categories)),
        ]
        return "\n".join(lines)

    @property
    def consents(self) -> tuple[ConsentInfo, ...]:
        return self._view.consents if self._view is not None else ()

    # --- new consent ---------------------------------------------------------------------------

    def new_consent(self) -> None:
        self._with_companies(self._open_new)

    def _open_new(self, companies: tuple[CompanyDetails, ...]) -> None:
        from ui.referrals.consent.form import NewConsentDialog

        dialog = NewConsentDialog(self._context, self._participant_id, self._name, companies, self)
        self.new_dialog = dialog
        dialog.finished.connect(lambda _result: setattr(self, "new_dialog", None))
        dialog.open_for(lambda stored: self.load(stored.id))
        self.form_opened.emit(dialog)

    def _with_companies(self, then: Callable[[tuple[CompanyDetails, ...]], None]) -> None:
        """Read the site's active partner companies with their contact persons, then `then`."""
        actor = self._context.actor

        def read(app: AppServices) -> tuple[CompanyDetails, ...]:
            return tuple(app.partners.company(actor, row.id) for row in app.partners.companies(actor))

        self.message.clear_message()
        self._context.ops.read(self, read, then, self.message.show_domain_error, self._set_busy)

    # --- withdraw ------------------------------------------------------------------------------

    def ask_to_withdraw(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.withdrawn_on is not None:
            return
        recipient = chosen.company_name + (f" ({chosen.contact_name})" if chosen.contact_name else "")
        box, (withdraw, _cancel) = question_box(
            self,
            "withdrawConsentBox",
            QMessageBox.Icon.Warning,
            self.tr("Withdraw the consent?"),
            self.tr("Withdraw the consent for {recipient}?").format(recipient=recipient),
            self.tr(
                "It takes effect at once: from today no dossier goes to this recipient under this "
                "consent. It cannot be undone; sharing again needs a new signed consent."
            ),
            [
                Choice(
                    self.tr("Withdraw the consent"),
                    QMessageBox.ButtonRole.DestructiveRole,
                    "withdrawConsentButton",
                ),
                Choice(self.tr("Cancel"), REJECT, "keepConsentButton"),
            ],
            default=1,
            escape=1,
        )

        def chosen_button(button: QAbstractButton) -> None:
            self.withdraw_box = None
            if button is withdraw:
                self.withdraw(chosen)

        box.buttonClicked.connect(chosen_button)
        self.withdraw_box = box
        box.open()

    def withdraw(self, consent: ConsentInfo) -> None:
        actor, participant_id = self._context.actor, self._participant_id

        def write(app: AppServices) -> ConsentsView:
            app.consents.withdraw(actor, consent.id, consent.version)
            consents = app.consents.consents(actor, participant_id)
            language = app.participants.preferred_language(actor, participant_id)
            return ConsentsView(consents, language)

        def done(view: ConsentsView) -> None:
            self._keep_id = consent.id
            self._on_loaded(view)
            self.message.show_warning(
                self.tr("Withdrawn. No dossier goes to {recipient} under this consent.").format(
                    recipient=consent.company_name
                )
            )

        def failed(error: DomainError) -> None:
            self.message.show_domain_error(error)
            self.load(consent.id)  # someone else changed it: show it as it is now

        self.message.clear_message()
        self._context.ops.write(self, write, done, failed, self._set_busy)

    # --- the consent form ----------------------------------------------------------------------

    def print_form(self) -> None:
        self._with_companies(self._open_print)

    def _open_print(self, companies: tuple[CompanyDetails, ...]) -> None:
        from ui.referrals.consent.print_form import ConsentFormDialog

        language = self._view.preferred_language if self._view is not None else "nb"
        dialog = ConsentFormDialog(
            self._context, self._participant_id, self._name, companies, language, self.selected(), self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form_dialog = dialog
        dialog.finished.connect(lambda _result: setattr(self, "form_dialog", None))
        dialog.open()
        self.form_opened.emit(dialog)


def open_consents(context: UiContext, participant_id: int, name: str, parent: QWidget) -> ConsentsDialog:
    """Open the participant's consents (a `ParticipantOpener`, ui.common.navigation)."""
    dialog = ConsentsDialog(context, participant_id, name, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open_list()
    return dialog
