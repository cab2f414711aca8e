"""The participant list: search, the running or the ended measures, a lazily loaded table,
opening or adding a participant, and the tools for the selected one: their attendance (and
other features' tools, from `ui.common.navigation`), their photo, and extending or ending the
measure."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from canteen_app.access import Permission, Role
from canteen_app.app import AppServices, Changes
from canteen_app.core.errors import DomainError, NotFoundError
from canteen_app.platform.auth.dto import UserInfo
from canteen_app.training.participants.dto import ParticipantDetails, ParticipantRow
from canteen_app.training.participants.rules import ParticipantInput
from canteen_app.training.participants.service import ACTIVE, ENDED, PARTICIPANTS
from ui.common.context import UiContext
from ui.common.drafts import Draft
from ui.common.edit_dialog import TypedRecord
from ui.common.flow_layout import FlowLayout
from ui.common.navigation import participant_actions
from ui.common.qt_models import PAGE_SIZE
from ui.common.widgets import (
    FieldMessage,
    action_button,
    on_screen,
    read_only_table,
    search_edit,
    single_shot,
)
from ui.training.participants.dialog import ParticipantDialog
from ui.training.participants.lifecycle import EndMeasureDialog, ExtendMeasureDialog
from ui.training.participants.model import ParticipantTableModel
from ui.training.participants.photo import PhotoDialog

SEARCH_DEBOUNCE_MS = 250
T = TypeVar("T")

_Opened = tuple[ParticipantDetails | None, list[UserInfo]]  # what the dialog is opened with


class ParticipantsView(QWidget):
    """Search and list participants; open one (details roles) or add one (editing roles)."""

    participant_saved = Signal(object)  # ParticipantDetails, after the dialog saved

    def __init__(self, context: UiContext, parent: QWidget | None = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.setObjectName("participantsView")
        self._context = context
        actor = context.actor
        self._can_open = actor.can(Permission.VIEW_PARTICIPANT_DETAILS)
        self._can_create = actor.can(Permission.EDIT_PARTICIPANTS) and self._can_open
        self._opening = False
        self._select_after_reload: int | None = None
        self._dialog: ParticipantDialog | None = None
        self._tool_dialog: QDialog | None = None  # photo, extend or end, while open
        self.tool_buttons: dict[str, QPushButton] = {}
        self._resuming: TypedRecord[ParticipantInput] | None = None  # a draft for the next dialog
        self.model = ParticipantTableModel(context, page_size, self)
        self.new_button: QPushButton | None = None
        self._build()
        self.model.loading_changed.connect(self._update_count)
        self.model.total_changed.connect(self._update_count)
        self.model.modelReset.connect(self._after_reset)
        self.model.load_failed.connect(self._on_load_failed)
        self._search_timer = single_shot(self, SEARCH_DEBOUNCE_MS, self._apply_search)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_edit.returnPressed.connect(self._apply_search)
        context.ops.changed.connect(self._on_changed)
        self.model.reload()
        self._update_count()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search_edit = search_edit(
            "participantSearch", self.tr("Search by name…"), self.tr("Search participants by name")
        )
        self.search_edit.setMinimumWidth(320)
        top.addWidget(self.search_edit)
        top.addStretch(1)
        self.status_combo: QComboBox | None = None
        if self._can_open:  # names-only roles see the running measures alone
            self.status_combo = QComboBox()
            self.status_combo.setObjectName("participantStatusFilter")
            self.status_combo.addItem(self.tr("Active"), ACTIVE)
            self.status_combo.addItem(self.tr("Ended"), ENDED)
            self.status_combo.setAccessibleName(self.tr("Show active or ended participants"))
            self.status_combo.setMinimumHeight(40)
            self.status_combo.currentIndexChanged.connect(self._apply_status)
            top.addSpacing(12)
            top.addWidget(self.status_combo)
        self.count_label = QLabel()
        self.count_label.setObjectName("participantCount")
        top.addWidget(self.count_label)
        if self._can_create:
            self.new_button = QPushButton(self.tr("New participant"))
            self.new_button.setObjectName("newParticipantButton")
            self.new_button.setAccessibleName(self.tr("Add a new participant"))
            self.new_button.setMinimumHeight(40)
            self.new_button.clicked.connect(self.new_participant)
            top.addSpacing(12)
            top.addWidget(self.new_button)
        layout.addLayout(top)

        if not self._can_open:
            note = QLabel(self.tr("Your role sees the participants' names only."))
            note.setObjectName("participantPrivacyNote")
            note.setWordWrap(True)
            layout.addWidget(note)

        self.message = FieldMessage("participantList")
        layout.addWidget(self.message)
        layout.addWidget(self._build_table(), 1)
        tools = self._build_tools()
        if tools is not None:
            layout.addWidget(tools)

        self.saved_label = QLabel()
        self.saved_label.setObjectName("participantSavedLabel")
        layout.addWidget(self.saved_label)

    def _build_tools(self) -> QWidget | None:
        """A button per tool for the selected participant, enabled once one is selected; the
        buttons wrap onto a second row when the window is narrow or the text large."""
        if not self._can_open:
            return None
        container = QWidget()
        container.setObjectName("participantTools")
        row = FlowLayout(container)
        for action in participant_actions(self._context.actor):
            button = action_button(
                f"participantAction_{action.key}",
                action.title(),
                functools.partial(self._run_action, action.key),
                40,
            )
            self.tool_buttons[action.key] = button
        if self._can_create:
            tools = (
                ("photo", self.tr("Photo…"), self.edit_photo),
                ("extend", self.tr("Extend measure…"), self.extend_measure),
                ("end", self.tr("End measure…"), self.end_measure),
            )
            for key, text, slot in tools:
                self.tool_buttons[key] = action_button(f"participantTool_{key}", text, slot, 40)
        for button in self.tool_buttons.values():
            button.setAccessibleDescription(self.tr("For the participant selected in the list"))
            row.addWidget(button)
        self._update_tools()
        return container

    def _build_table(self) -> QTableView:
        self.table = read_only_table("participantTable", self.tr("Participants"), self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # A click on a column title sorts by that column; the database does the sorting.
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        if self._can_open:
            self.table.setAccessibleDescription(self.tr("Press Enter or double-click to open a participant."))
            self.table.activated.connect(self._on_activated)
            self.table.selectionModel().selectionChanged.connect(self._on_selection)
        return self.table

    # --- list ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.model.reload()

    def _apply_search(self) -> None:
        self._search_timer.stop()
        self.model.set_search(self.search_edit.text())

    def _apply_status(self) -> None:
        if self.status_combo is not None:
            self.model.set_status(self.status_combo.currentData())
            self._update_tools()

    def show_status(self, status: str) -> None:
        """Show the active (ACTIVE) or the ended (ENDED) participants."""
        if self.status_combo is not None:
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(status)))

    def _update_count(self, *_args: object) -> None:
        if self.model.is_loading and not self.model.is_loaded:
            self.count_label.setText(self.tr("Loading…"))
        elif self.model.search:
            self.count_label.setText(self.tr("Found: {count}").format(count=self.model.total))
        elif self.model.status == ENDED:
            self.count_label.setText(self.tr("Ended: {count}").format(count=self.model.total))
        else:
            self.count_label.setText(self.tr("Participants: {count}").format(count=self.model.total))

    def _after_reset(self) -> None:
        self.message.clear_message()
        self._update_tools()
        if self._select_after_reload is None:
            return
        row = self.model.row_of(self._select_after_reload)
        self._select_after_reload = None
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _on_load_failed(self, error: DomainError) -> None:
        self.message.show_domain_error(error)

    def _on_changed(self, changes: Changes, source: object) -> None:
        """A participant was saved elsewhere in this program: the list shows it as it is now."""
        if changes.touches(PARTICIPANTS) and source is not self and not self.model.is_loading:
            self.model.reload()

    # --- the selected participant's tools ------------------------------------------------------

    def selected_row(self) -> ParticipantRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or not 0 <= rows[0].row() < self.model.rowCount():
            return None
        row: ParticipantRow = self.model.row_at(rows[0].row())
        return row

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_tools()

    def _update_tools(self) -> None:
        row = self.selected_row() if self.tool_buttons else None
        for key, button in self.tool_buttons.items():
            ended = row is not None and row.ended_on is not None
            button.setEnabled(
                row is not None and not self._opening and not (ended and key in ("extend", "end"))
            )

    def _run_action(self, key: str) -> None:
        """Another feature's tool for the selected participant (their attendance, ...)."""
        row = self.selected_row()
        action = next((a for a in participant_actions(self._context.actor) if a.key == key), None)
        if row is not None and action is not None:
            action.open(self._context, row.id, row.full_name, self)

    def edit_photo(self) -> None:
        row = self.selected_row()
        if row is None or self._opening:
            return
        actor, participant_id = self._context.actor, row.id

        def load(app: AppServices) -> tuple[ParticipantDetails, bytes | None]:
            return app.participants.get(actor, participant_id), app.participants.photo(actor, participant_id)

        def opened(result: tuple[ParticipantDetails, bytes | None]) -> None:
            details, photo = result
            dialog = PhotoDialog(self._context, details, photo, self)
            words = (self.tr("Photo removed: {name}"), self.tr("Photo saved: {name}"))
            dialog.saved.connect(lambda stored: self._tool_saved(words[bool(stored)], details))
            self._open_tool(dialog)

        self._load_for_tool(load, opened)

    def extend_measure(self) -> None:
        self._open_measure_dialog(ExtendMeasureDialog, self.tr("Measure extended: {name}"))

    def end_measure(self) -> None:
        self._open_measure_dialog(EndMeasureDialog, self.tr("Measure ended: {name}"))

    def _open_measure_dialog(
        self, dialog_class: type[ExtendMeasureDialog] | type[EndMeasureDialog], done_text: str
    ) -> None:
        row = self.selected_row()
        if row is None or self._opening:
            return
        actor, participant_id = self._context.actor, row.id

        def opened(details: ParticipantDetails) -> None:
            dialog = dialog_class(self._context, details, self)
            dialog.saved.connect(lambda saved: self._tool_saved(done_text, saved))
            self._open_tool(dialog)

        self._load_for_tool(lambda app: app.participants.get(actor, participant_id), opened)

    def _load_for_tool(self, load: Callable[[AppServices], T], opened: Callable[[T], None]) -> None:
        """Read the participant as stored (a view, audited) and open the tool's dialog."""
        self.message.clear_message()
        self.saved_label.clear()
        self._context.ops.write(self, load, opened, self._on_open_failed, self._set_opening)

    def _tool_saved(self, text: str, details: ParticipantDetails) -> None:
        """Say what was done; the list, read again, keeps the participant selected."""
        self.saved_label.setText(text.format(name=details.full_name))
        self._select_after_reload = details.id

    def _open_tool(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._tool_dialog = dialog
        dialog.open()

    @property
    def tool_dialog(self) -> QDialog | None:
        """The open photo, extend or end dialog, if any."""
        return on_screen(self._tool_dialog)

    # --- opening and adding --------------------------------------------------------------------

    def _on_activated(self, index: QModelIndex) -> None:
        participant_id = self.model.data(index, ParticipantTableModel.IdRole)
        if participant_id is not None:
            self.open_participant(int(participant_id))

    def open_participant(self, participant_id: int) -> None:
        """Load the participant (this is what writes the "view" audit entry) and open the dialog."""
        if not self._can_open or self._opening:
            return
        actor = self._context.actor

        def load(app: AppServices) -> _Opened:
            details = app.participants.get(actor, participant_id)
            return details, app.auth.users_with_role(actor.site_id, Role.JOB_COACH)

        self._start_opening(load, writes=True)

    def new_participant(self) -> None:
        if not self._can_create or self._opening:
            return
        site_id = self._context.actor.site_id

        def load(app: AppServices) -> _Opened:
            return None, app.auth.users_with_role(site_id, Role.JOB_COACH)

        self._start_opening(load, writes=False)

    def _start_opening(self, load: Callable[[AppServices], _Opened], writes: bool) -> None:
        self.message.clear_message()
        self.saved_label.clear()
        run = self._context.ops.write if writes else self._context.ops.read
        run(self, load, self._on_opened, self._on_open_failed, self._set_opening)

    def _set_opening(self, opening: bool) -> None:
        self._opening = opening
        if self.new_button is not None:
            self.new_button.setEnabled(not opening)
        self._update_tools()

    def _on_opened(self, result: _Opened) -> None:
        details, coaches = result
        typed, self._resuming = self._resuming, None
        self._dialog = ParticipantDialog(self._context, coaches, details, self)
        self._dialog.open_for(self._on_saved, typed)

    def _on_open_failed(self, error: DomainError) -> None:
        self.message.show_domain_error(error)
        if isinstance(error, NotFoundError):
            self.refresh()  # someone removed it; the list should not keep offering it

    def _on_saved(self, details: ParticipantDetails) -> None:
        self.saved_label.setText(self.tr("Saved: {name}").format(name=details.full_name))
        self._select_after_reload = details.id
        self.model.reload()
        self.participant_saved.emit(details)

    # --- typed work kept over an idle lock (ui/common/drafts.py) ------------------------------------

    def unsaved_work(self) -> list[Draft]:
        dialog = self.dialog
        if dialog is None or not dialog.is_dirty():
            return []
        details = dialog.details
        title = (
            self.tr("participant {name}").format(name=details.full_name)
            if details is not None
            else self.tr("a new participant")
        )
        return [Draft("participants", title, dialog.typed(details.id if details else None))]

    def resume(self, draft: Draft) -> None:
        typed = draft.payload
        if not isinstance(typed, TypedRecord) or not isinstance(typed.input, ParticipantInput):
            return
        self._resuming = typed
        if typed.record_id is None:
            self.new_participant()
        else:
            self.open_participant(typed.record_id)

    @property
    def dialog(self) -> ParticipantDialog | None:
        """The open participant dialog, if any."""
        return on_screen(self._dialog)

    def shutdown(self) -> None:
        """Called at logout: drop answers still on their way; no data stays on screen."""
        self._search_timer.stop()
        self.model.stop()
        dialog = self.dialog
        if dialog is not None:
            dialog.force_close()
        tool = self.tool_dialog
        if tool is not None:
            QDialog.reject(tool)
