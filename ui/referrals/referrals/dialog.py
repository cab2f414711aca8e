"""One referral: who goes where, its stage history with dates and notes, moving it on (or a
correction back, with a note), the named contact person the dossier goes to, and the coach's
statement for the dossier.

The contact person and the statement are a form like any other (`EditDialog`): typed changes
are never dropped without asking, and when someone else saved first the user keeps theirs,
takes the other, or goes back to editing. A move is its own action (`MoveDialog`), saved at
once; it does not touch what is typed in the form.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from canteen_app.core.errors import ConcurrencyError, DomainError, NotFoundError, ValidationError
from canteen_app.core.text import Message
from canteen_app.referrals.partners.dto import CompanyDetails
from canteen_app.referrals.referrals.dto import ReferralDetails, StageEventInfo
from canteen_app.referrals.referrals.rules import STATEMENT_MAX, Stage, check_statement
from ui.common.context import UiContext
from ui.common.edit_dialog import EditDialog
from ui.common.formatting import format_date, quiet
from ui.common.i18n import message_text
from ui.common.navigation import referral_actions
from ui.common.widgets import WideListComboBox, read_only_table
from ui.referrals.referrals.move_dialog import MoveDialog
from ui.referrals.referrals.words import CONSENT_COLOURS, consent_text, move_text, stage_text

if TYPE_CHECKING:
    from canteen_app.app import AppServices

DIALOG_WIDTH_LINES = 52
FIELD_ORDER = ("contact_id", "statement")
ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ReferralEdit:
    """What the form holds: the dossier's named recipient and the coach's statement."""

    contact_id: int | None
    statement: str


class HistoryModel(QAbstractTableModel):
    """The referral's stages, oldest first: stage, day, note, who recorded it."""

    COLUMNS = ("stage", "date", "note", "by")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._events: list[StageEventInfo] = []

    def set_events(self, events: tuple[StageEventInfo, ...]) -> None:
        self.beginResetModel()
        self._events = list(events)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Stage"), self.tr("Date"), self.tr("Note"), self.tr("Recorded by"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        event = self._events[index.row()]
        key = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(key, event)
        if role == Qt.ItemDataRole.ToolTipRole and key == "note" and event.note:
            return event.note
        return None

    def text(self, key: str, event: StageEventInfo) -> str:
        if key == "stage":
            stage = stage_text(event.stage)
            return self.tr("{stage} (correction)").format(stage=stage) if event.correction else stage
        if key == "date":
            return format_date(event.on_date)
        if key == "note":
            return event.note.replace("\n", " ")
        return event.recorded_by


class ReferralDialog(EditDialog[ReferralDetails, ReferralEdit]):
    """One referral; `saved` carries it as stored after a save, `moved` after a move."""

    field_order = FIELD_ORDER
    moved = Signal(object)  # ReferralDetails

    def __init__(
        self,
        context: UiContext,
        details: ReferralDetails,
        company: CompanyDetails,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("referralDialog")
        self._company = company
        self._current = details  # the referral as last read (moves go from its version)
        self.move_dialog: MoveDialog | None = None
        self.history = HistoryModel(self)
        self._build()
        self.load(details)

    # --- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self._summary_group())
        content_layout.addWidget(self._history_group(), 1)
        content_layout.addWidget(self._dossier_group())
        layout.addWidget(self._scrolling(content, "referralFormScroll"), 1)
        self._add_footer(layout, "referral")
        self._roomy_size(DIALOG_WIDTH_LINES)

    def showEvent(self, event: QShowEvent) -> None:
        self._fit_width()
        super().showEvent(event)
        self._roomy_size(DIALOG_WIDTH_LINES)

    def _summary_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Referral"))
        layout = QVBoxLayout(group)
        self.name_label = QLabel()
        self.name_label.setObjectName("referralName")
        font = self.name_label.font()
        font.setBold(True)
        self.name_label.setFont(font)
        self.recipient_label = QLabel()
        self.recipient_label.setObjectName("referralRecipient")
        self.stage_label = QLabel()
        self.stage_label.setObjectName("referralStage")
        self.consent_label = QLabel()
        self.consent_label.setObjectName("referralConsent")
        for label in (self.name_label, self.recipient_label, self.stage_label, self.consent_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        # Tools other features add for one referral (the dossier): ui.common.navigation.
        tools = QHBoxLayout()
        self.action_buttons: dict[str, QPushButton] = {}
        for action in referral_actions(self._context.actor, many=False):
            button = QPushButton(action.title())
            button.setObjectName(f"referralAction_{action.key}")
            button.setMinimumHeight(40)
            button.setAutoDefault(False)
            button.clicked.connect(
                lambda _checked=False, action=action: action.open(self._context, (self._current.id,), self)
            )
            self.action_buttons[action.key] = button
            tools.addWidget(button)
        tools.addStretch(1)
        layout.addLayout(tools)
        return group

    def _history_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Stages"))
        layout = QVBoxLayout(group)
        self.history_table = read_only_table(
            "referralHistory", self.tr("The referral's stages"), self.history
        )
        self.history_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.history_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        line = self.history_table.verticalHeader().defaultSectionSize()
        self.history_table.setMinimumHeight(line * 4 + header.sizeHint().height())
        layout.addWidget(self.history_table, 1)
        buttons = QHBoxLayout()
        self.next_button = QPushButton()
        self.next_button.setObjectName("referralNextStageButton")
        self.next_button.setMinimumHeight(40)
        self.next_button.setAutoDefault(False)
        self.next_button.clicked.connect(self._move_next)
        self.other_button = QPushButton(self.tr("Move to another stage…"))
        self.other_button.setObjectName("referralOtherStageButton")
        self.other_button.setMinimumHeight(40)
        self.other_button.setAutoDefault(False)
        self.other_button.clicked.connect(self._show_moves)
        self.correct_button = QPushButton()
        self.correct_button.setObjectName("referralCorrectButton")
        self.correct_button.setMinimumHeight(40)
        self.correct_button.setAutoDefault(False)
        self.correct_button.clicked.connect(self.correct)
        for button in (self.next_button, self.other_button, self.correct_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return group

    def _dossier_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("For the dossier"))
        form = self._form(group)
        self.contact_combo = WideListComboBox()
        self.contact_combo.setMinimumHeight(40)
        self.contact_combo.currentIndexChanged.connect(lambda _i: self._on_changed("contact_id"))
        hint = quiet(QLabel(self.tr("The person the dossier and the cover letter are addressed to.")))
        hint.setWordWrap(True)
        self._add_row(form, "contact_id", self.tr("Contact person"), self.contact_combo, hint)
        self.statement_edit = QPlainTextEdit()
        self.statement_edit.setTabChangesFocus(True)
        self.statement_edit.setPlaceholderText(
            self.tr("What the participant does well and is ready for, in your words")
        )
        self.statement_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.statement_edit.textChanged.connect(lambda: self._on_changed("statement"))
        statement_hint = quiet(
            QLabel(
                self.tr(
                    "Printed in the dossier as the job coach's statement. Never write health, "
                    "absence or case details here. At most {max} characters."
                ).format(max=STATEMENT_MAX)
            )
        )
        statement_hint.setWordWrap(True)
        self._add_row(
            form, "statement", self.tr("Job coach's statement"), self.statement_edit, statement_hint
        )
        return group

    # --- filling the form ----------------------------------------------------------------------

    def load(self, stored: ReferralDetails) -> None:
        """Show a stored referral; it becomes the version the next save is checked against."""
        self._show_state(stored)
        self._fill(ReferralEdit(stored.contact_id, stored.statement))
        self._stored = stored
        self._expected_version = stored.version
        self._server_errors.clear()
        self._touched.clear()
        self._show_all = False
        self._baseline = self.form_input()
        self.status.clear_message()
        self.validate()

    def _show_state(self, details: ReferralDetails) -> None:
        """The header, the history and the move buttons, as the referral is stored now."""
        self._current = details
        self.setWindowTitle(self.tr("Referral – {name}").format(name=details.participant_name))
        self.name_label.setText(details.participant_name)
        self.recipient_label.setText(
            self.tr("{position} at {company}, {location}").format(
                position=details.position_title, company=details.company_name, location=details.location_name
            )
        )
        self.stage_label.setText(
            self.tr("Stage: {stage} since {day}").format(
                stage=stage_text(details.stage), day=format_date(details.stage_on)
            )
        )
        self.consent_label.setText(consent_text(details.consent))
        palette = self.consent_label.palette()
        palette.setColor(self.consent_label.foregroundRole(), CONSENT_COLOURS[details.consent])
        self.consent_label.setPalette(palette)
        self.history.set_events(details.events)
        moves = details.next_stages
        self.next_button.setVisible(bool(moves))
        self.other_button.setVisible(len(moves) > 1)
        if moves:
            self.next_button.setText(move_text(moves[0]))
        back = details.correction_stage
        self.correct_button.setVisible(back is not None)
        if back is not None:
            self.correct_button.setText(self.tr("Correct back to {stage}…").format(stage=stage_text(back)))

    def _fill(self, data: ReferralEdit) -> None:
        self._loading = True
        try:
            self.contact_combo.clear()
            self.contact_combo.addItem(self.tr("No contact person yet"), None)
            for contact in self._company.contacts:
                if contact.active or contact.id == data.contact_id:
                    text = f"{contact.name} ({contact.role})" if contact.role else contact.name
                    self.contact_combo.addItem(text, contact.id)
            index = self.contact_combo.findData(data.contact_id) if data.contact_id is not None else 0
            self.contact_combo.setCurrentIndex(max(index, 0))
            self.statement_edit.setPlainText(data.statement)
        finally:
            self._loading = False

    def continue_draft(self, typed: ReferralEdit, expected_version: int | None) -> None:
        self._fill(typed)
        self._typing_is_back(expected_version)

    # --- reading the form ----------------------------------------------------------------------

    @property
    def details(self) -> ReferralDetails:
        """The referral as last read or written here."""
        return self._current

    def form_input(self) -> ReferralEdit:
        contact = self.contact_combo.currentData()
        return ReferralEdit(int(contact) if contact is not None else None, self.statement_edit.toPlainText())

    def is_dirty(self) -> bool:
        if self._baseline is None:
            return False
        baseline = self._baseline
        now = self.form_input()
        return now.contact_id != baseline.contact_id or now.statement.strip() != baseline.statement.strip()

    def validate(self) -> dict[str, Message]:
        self._validate_timer.stop()
        _clean, problem = check_statement(self.form_input().statement)
        errors: dict[str, Message] = {"statement": problem} if problem is not None else {}
        errors = {**self._server_errors, **errors}
        self._show_messages(errors)
        return errors

    # --- moving --------------------------------------------------------------------------------

    def _show_moves(self) -> None:
        menu = QMenu(self)
        menu.setObjectName("referralMoveMenu")
        for stage in self._current.next_stages:
            action = menu.addAction(move_text(stage))
            action.setObjectName(f"moveTo_{stage.value}")
            action.triggered.connect(functools.partial(self.move_to, stage))
        menu.popup(self.other_button.mapToGlobal(QPoint(0, self.other_button.height())))

    def _move_next(self) -> None:
        moves = self._current.next_stages
        if moves:
            self.move_to(moves[0])

    def move_to(self, stage: Stage) -> MoveDialog:
        return self._open_move(stage, correction=False)

    def correct(self) -> MoveDialog | None:
        back = self._current.correction_stage
        return self._open_move(back, correction=True) if back is not None else None

    def _open_move(self, stage: Stage, correction: bool) -> MoveDialog:
        dialog = MoveDialog(self._context, self._current, stage, self._current.last_date, correction, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        started_from = self._current.version
        dialog.moved.connect(lambda details: self._after_move(details, started_from))
        dialog.conflict.connect(self._show_state)
        self.move_dialog = dialog
        dialog.open()
        return dialog

    def _after_move(self, details: ReferralDetails, started_from: int) -> None:
        """The move is stored: show it; what is typed in the form stays as it is, and a save of
        it is checked against the new version unless the form had an older one already."""
        self._show_state(details)
        if self._expected_version == started_from:
            self._expected_version = details.version
            self._stored = details
        self.moved.emit(details)

    # --- saving --------------------------------------------------------------------------------

    def _write(self) -> None:
        data = self.form_input()
        actor, referral_id, version = self._context.actor, self._current.id, self._expected_version
        assert version is not None

        def write(app: AppServices) -> ReferralDetails:
            return app.referrals.update(actor, referral_id, version, data.contact_id, data.statement)

        self._context.ops.write(self, write, self._saved, self._on_save_failed, self._set_saving)

    def _saved(self, details: ReferralDetails) -> None:
        self._current = details
        self._on_saved(details)

    def _on_save_failed(self, error: DomainError) -> None:
        if isinstance(error, ValidationError):
            self._server_errors = dict(error.field_errors)
            self._refuse(self.validate())
        elif isinstance(error, ConcurrencyError) and isinstance(error.current, ReferralDetails):
            theirs = error.current
            self._show_state(theirs)
            self._ask_which_version(
                "referralConflictDialog",
                theirs,
                message_text(error.message),
                self.tr("Keep your version (it replaces theirs), or use theirs (your changes are dropped)?"),
                self.tr(
                    "Not saved: someone else changed this referral meanwhile. Your changes are still here."
                ),
            )
        elif isinstance(error, NotFoundError):
            self.status.show_error(self.tr("Not saved: this referral was removed meanwhile."))
        else:
            self.form_errors.show(error)
