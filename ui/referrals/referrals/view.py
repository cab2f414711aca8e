"""The referrals page (R2): the list (by stage and company), the board by stage, and the
outcomes. A new referral starts here or from the participant list's tools; opening one shows its
history, its moves, the named contact person and the coach's statement.

Every list read is logged by the service (the list shows participants' names); the outcomes are
counts only.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from canteen_app.core.errors import DomainError, NotFoundError
from canteen_app.referrals.consent.rules import CONSENTS
from canteen_app.referrals.partners.dto import CompanyDetails, CompanyRow
from canteen_app.referrals.partners.rules import PARTNERS
from canteen_app.referrals.referrals.dto import Outcomes, ReferralDetails, ReferralRow
from canteen_app.referrals.referrals.rules import REFERRALS, STAGE_ORDER, Stage
from canteen_app.training.participants.dto import ParticipantRow
from canteen_app.training.participants.service import PARTICIPANTS
from ui.common.context import UiContext
from ui.common.drafts import Draft
from ui.common.edit_dialog import TypedRecord
from ui.common.list_table import fit_columns, list_table, select_item, selected_item
from ui.common.navigation import ReferralAction, referral_actions
from ui.common.widgets import FieldMessage, action_button, on_screen
from ui.referrals.referrals.board import ReferralBoard
from ui.referrals.referrals.dialog import ReferralDialog, ReferralEdit
from ui.referrals.referrals.model import ReferralTableModel, StageFilter
from ui.referrals.referrals.move_dialog import MoveDialog
from ui.referrals.referrals.new_dialog import NewReferralDialog, load_choices
from ui.referrals.referrals.outcomes import OutcomesPanel
from ui.referrals.referrals.words import stage_text

if TYPE_CHECKING:
    from canteen_app.app import AppServices, Changes

PAGE_KEY = "referrals"
MAX_COLUMN_CHARS = 32
LIST_TAB, BOARD_TAB, OUTCOMES_TAB = 0, 1, 2
_Loaded = tuple[tuple[ReferralRow, ...], list[CompanyRow]]
_Opened = tuple[ReferralDetails, CompanyDetails]


class ReferralsView(QWidget):
    """The site's referrals as a list and a board, and their outcomes."""

    loaded = Signal()  # the referrals came (after opening, a filter, a change)
    outcomes_loaded = Signal()
    dialog_opened = Signal(object)  # the ReferralDialog, NewReferralDialog or MoveDialog just opened
    referral_created = Signal(int)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referralsView")
        self._context = context
        self._loading = False
        self._reload_again = False
        self._opening = False
        self._outcomes_stale = True
        self._rows: tuple[ReferralRow, ...] = ()
        self._focus_after_reload: int | None = None
        self._dialog: ReferralDialog | None = None
        self._new_dialog: NewReferralDialog | None = None
        self._move_dialog: MoveDialog | None = None
        self._resuming: TypedRecord[ReferralEdit] | None = None
        self.action_buttons: dict[str, tuple[ReferralAction, QPushButton]] = {}  # filled by _build
        self.model = ReferralTableModel(self)
        self.proxy = StageFilter(self.model, self)
        self._build()
        context.ops.changed.connect(self._on_changed)
        self.reload()

    # --- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.company_label = company_label = QLabel(self.tr("Company"))
        self.company_combo = QComboBox()
        self.company_combo.setObjectName("referralCompanyFilter")
        self.company_combo.setAccessibleName(self.tr("Show the referrals to one company"))
        self.company_combo.setMinimumHeight(40)
        self.company_combo.addItem(self.tr("Every company"), None)
        self.company_combo.currentIndexChanged.connect(self.reload)
        company_label.setBuddy(self.company_combo)
        self.stage_label = QLabel(self.tr("Stage"))
        self.stage_combo = QComboBox()
        self.stage_combo.setObjectName("referralStageFilter")
        self.stage_combo.setAccessibleName(self.tr("Show the referrals at one stage"))
        self.stage_combo.setMinimumHeight(40)
        self.stage_combo.addItem(self.tr("Every stage"), None)
        for stage in STAGE_ORDER:
            self.stage_combo.addItem(stage_text(stage), stage.value)
        self.stage_combo.currentIndexChanged.connect(self._apply_stage)
        self.stage_label.setBuddy(self.stage_combo)
        self.count_label = QLabel()
        self.count_label.setObjectName("referralCount")
        self.new_button: QPushButton = action_button(
            "newReferralButton", self.tr("New referral"), self.new_referral, 40
        )
        self.new_button.setAccessibleName(self.tr("Make a new referral"))
        for widget in (company_label, self.company_combo, self.stage_label, self.stage_combo):
            top.addWidget(widget)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(self.new_button)
        layout.addLayout(top)
        self.message = FieldMessage("referralList")
        layout.addWidget(self.message)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("referralTabs")
        self.tabs.addTab(self._list_tab(), self.tr("List"))
        self.board = ReferralBoard()
        self.board.open_requested.connect(self.open_referral)
        self.board.move_requested.connect(self.move_referral)
        self.tabs.addTab(self.board, self.tr("Board"))
        self.outcomes = OutcomesPanel(self._context)
        self.outcomes.year_combo.currentIndexChanged.connect(self._load_outcomes)
        self.tabs.addTab(self.outcomes, self.tr("Outcomes"))
        self.tabs.currentChanged.connect(self._on_tab)
        layout.addWidget(self.tabs, 1)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("referralSavedLabel")
        layout.addWidget(self.saved_label)
        self._update_count()

    def _list_tab(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        self.table = list_table("referralTable", self.tr("Referrals"), self.proxy)
        self.table.sortByColumn(self.model.column_of("since"), Qt.SortOrder.DescendingOrder)
        self.table.setAccessibleDescription(self.tr("Press Enter or double-click to open a referral."))
        self.table.activated.connect(self._on_activated)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        self.open_button = action_button("openReferralButton", self.tr("Open"), self.open_selected, 40)
        self.open_button.setAccessibleName(self.tr("Open the selected referral"))
        actions.addWidget(self.open_button)
        # Tools other features add for referrals (the dossier, the batch export): ui.common.navigation.
        for action in referral_actions(self._context.actor):
            button = action_button(
                f"referralAction_{action.key}", action.title(), functools.partial(self.run_action, action), 40
            )
            self.action_buttons[action.key] = (action, button)
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self._update_buttons()
        return panel

    # --- the referrals -------------------------------------------------------------------------

    @property
    def is_loading(self) -> bool:
        return self._loading

    @property
    def rows(self) -> tuple[ReferralRow, ...]:
        return self._rows

    def reload(self) -> None:
        if self._loading:
            self._reload_again = True
            return
        actor = self._context.actor
        company_id = self.company_combo.currentData()

        def load(app: AppServices) -> _Loaded:
            rows = app.referrals.referrals(actor, company_id=company_id)
            return rows, list(app.partners.companies(actor, include_inactive=True))

        self._loading = True
        self._update_count()
        self._context.ops.write(self, load, self._on_loaded, self._on_load_failed)

    def _on_loaded(self, loaded: _Loaded) -> None:
        self._loading = False
        if self._reload_again:
            self._reload_again = False
            self.reload()
            return
        rows, companies = loaded
        self._fill_companies(companies)
        selected = selected_item(self.table, self.model)
        keep = self._focus_after_reload or (selected.id if selected else None)
        focus, self._focus_after_reload = self._focus_after_reload, None
        self._rows = rows
        self.model.set_rows(rows)
        fit_columns(self.table, MAX_COLUMN_CHARS)
        if keep is not None:
            select_item(self.table, self.model, keep)
        self.board.set_rows(list(rows), focus if self.tabs.currentIndex() == BOARD_TAB else None)
        self.message.clear_message()
        self._update_count()
        self._update_buttons()
        self._outcomes_stale = True
        if self.tabs.currentIndex() == OUTCOMES_TAB:
            self._load_outcomes()
        self.loaded.emit()

    def _on_load_failed(self, error: DomainError) -> None:
        self._loading = False
        self._reload_again = False
        self._update_count()
        self.message.show_domain_error(error)

    def _fill_companies(self, companies: list[CompanyRow]) -> None:
        wanted = [(c.id, c.name) for c in companies]
        present = [
            (self.company_combo.itemData(i), self.company_combo.itemText(i))
            for i in range(1, self.company_combo.count())
        ]
        if present == wanted:
            return
        chosen = self.company_combo.currentData()
        self.company_combo.blockSignals(True)
        try:
            while self.company_combo.count() > 1:
                self.company_combo.removeItem(1)
            for company_id, name in wanted:
                self.company_combo.addItem(name, company_id)
            index = self.company_combo.findData(chosen) if chosen is not None else 0
            self.company_combo.setCurrentIndex(max(index, 0))
        finally:
            self.company_combo.blockSignals(False)

    def _apply_stage(self) -> None:
        value = self.stage_combo.currentData()
        self.proxy.set_stage(Stage(value) if value is not None else None)
        self._update_count()
        self._update_buttons()

    def _update_count(self) -> None:
        if self._loading and not self._rows:
            self.count_label.setText(self.tr("Loading…"))
            return
        shown = self.proxy.rowCount() if self.tabs.currentIndex() == LIST_TAB else len(self._rows)
        self.count_label.setText(self.tr("%n referral(s)", "", shown))

    def _on_tab(self, index: int) -> None:
        """The stage filter is the list's (the board has a column per stage); the outcomes
        count every partner and say so themselves."""
        stage_filter = index == LIST_TAB
        self.stage_label.setVisible(stage_filter)
        self.stage_combo.setVisible(stage_filter)
        for widget in (self.company_label, self.company_combo, self.count_label):
            widget.setVisible(index != OUTCOMES_TAB)
        self._update_count()
        if index == OUTCOMES_TAB and self._outcomes_stale:
            self._load_outcomes()

    def _on_changed(self, changes: Changes, source: object) -> None:
        if changes.touches(REFERRALS, CONSENTS, PARTNERS, PARTICIPANTS):
            self.reload()

    # --- outcomes ------------------------------------------------------------------------------

    def _load_outcomes(self) -> None:
        actor, year = self._context.actor, self.outcomes.year()
        self._outcomes_stale = False

        def read(app: AppServices) -> Outcomes:
            return app.referrals.outcomes(actor, year)

        self._context.ops.read(self, read, self._on_outcomes, self.outcomes.message.show_domain_error)

    def _on_outcomes(self, outcomes: Outcomes) -> None:
        if outcomes.year != self.outcomes.year():
            return  # another year was chosen meanwhile
        self.outcomes.show_outcomes(outcomes)
        self.outcomes_loaded.emit()

    # --- opening -------------------------------------------------------------------------------

    def _on_activated(self, index: QModelIndex) -> None:
        referral_id = self.proxy.data(index, ReferralTableModel.IdRole)
        if referral_id is not None:
            self.open_referral(int(referral_id))

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(selected_item(self.table, self.model) is not None and not self._opening)
        chosen = selected_item(self.table, self.model) is not None
        for action, button in self.action_buttons.values():
            button.setEnabled(action.many or chosen)

    def run_action(self, action: ReferralAction) -> None:
        """Open another feature's tool for the selected referral (a tool for several chooses
        its referrals itself)."""
        selected = self.selected_referral()
        if action.many:
            action.open(self._context, (), self)
        elif selected is not None:
            action.open(self._context, (selected.id,), self)

    def selected_referral(self) -> ReferralRow | None:
        return selected_item(self.table, self.model)

    def open_selected(self) -> None:
        selected = self.selected_referral()
        if selected is not None:
            self.open_referral(selected.id)

    def open_referral(self, referral_id: int) -> None:
        """Read the referral (a logged view) and its company's contact persons, then show it."""
        if self._opening:
            return
        actor = self._context.actor

        def load(app: AppServices) -> _Opened:
            details = app.referrals.referral(actor, referral_id)
            return details, app.partners.company(actor, details.company_id)

        self._opening = True
        self._update_buttons()
        self._context.ops.write(self, load, self._on_opened, self._on_open_failed, self._set_opening)

    def _set_opening(self, opening: bool) -> None:
        self._opening = opening
        self._update_buttons()

    def _on_opened(self, opened: _Opened) -> None:
        details, company = opened
        typed, self._resuming = self._resuming, None
        dialog = ReferralDialog(self._context, details, company, self)
        dialog.moved.connect(self._after_move)
        self._dialog = dialog
        dialog.open_for(self._on_saved, typed)
        self.dialog_opened.emit(dialog)

    def _on_open_failed(self, error: DomainError) -> None:
        self.message.show_domain_error(error)
        if isinstance(error, NotFoundError):
            self.reload()

    def _on_saved(self, details: ReferralDetails) -> None:
        self.saved_label.setText(
            self.tr("Saved: the referral of {name}").format(name=details.participant_name)
        )
        self._focus_after_reload = details.id

    # --- moving from the board -----------------------------------------------------------------

    def move_referral(self, row: ReferralRow, stage: Stage) -> MoveDialog:
        """Ask for the day and a note, then move the referral."""
        dialog = MoveDialog(self._context, row, stage, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.moved.connect(self._after_move)
        dialog.conflict.connect(lambda _current: self.reload())
        self._move_dialog = dialog
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def _after_move(self, details: ReferralDetails) -> None:
        self.saved_label.setText(
            self.tr("Moved: {name} to {stage}").format(
                name=details.participant_name, stage=stage_text(details.stage)
            )
        )
        self._focus_after_reload = details.id

    # --- a new referral ------------------------------------------------------------------------

    def new_referral(self) -> None:
        if self._opening:
            return
        context = self._context

        def load(app: AppServices) -> tuple[list[ParticipantRow], list[CompanyRow]]:
            return load_choices(app, context, with_participants=True)

        self._opening = True
        self._context.ops.write(
            self, load, self._on_new_loaded, self.message.show_domain_error, self._set_opening
        )

    def _on_new_loaded(self, choices: tuple[list[ParticipantRow], list[CompanyRow]]) -> None:
        participants, companies = choices
        dialog = NewReferralDialog(self._context, participants, companies, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(self._on_created)
        self._new_dialog = dialog
        dialog.open()
        self.dialog_opened.emit(dialog)

    def _on_created(self, referral_id: int) -> None:
        self.saved_label.setText(self.tr("Referral created."))
        self._focus_after_reload = referral_id
        self.referral_created.emit(referral_id)

    # --- open dialogs, and typed work kept over an idle lock (ui/common/drafts.py) ---------------

    @property
    def dialog(self) -> ReferralDialog | None:
        return on_screen(self._dialog)

    @property
    def new_dialog(self) -> NewReferralDialog | None:
        return on_screen(self._new_dialog)

    @property
    def move_dialog(self) -> MoveDialog | None:
        return on_screen(self._move_dialog)

    def unsaved_work(self) -> list[Draft]:
        dialog = self.dialog
        if dialog is None or not dialog.is_dirty():
            return []
        title = self.tr("the referral of {name}").format(name=dialog.details.participant_name)
        return [Draft(PAGE_KEY, title, dialog.typed(dialog.details.id))]

    def resume(self, draft: Draft) -> None:
        typed = draft.payload
        if not isinstance(typed, TypedRecord) or not isinstance(typed.input, ReferralEdit):
            return
        if typed.record_id is not None:
            self._resuming = typed
            self.open_referral(typed.record_id)

    def shutdown(self) -> None:
        """At logout: close the forms."""
        dialog = self.dialog
        if dialog is not None:
            dialog.force_close()
        for other in (self.new_dialog, self.move_dialog):
            if other is not None:
                other.reject()
