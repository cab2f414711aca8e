"""The coach's overview page: the caseload per NAV measure on top, then one list per kind of
attention, each with its count, in the order to act on it. Enter or a double-click on a row
opens the participant: the training plan for a goal overdue or an assessment due, the
attendance register for low attendance, the participant's record otherwise (the participant
list's own dialog). Those live in other feature packages, reached through the workspace and
`ui.common.navigation`, never imported.

Reading the overview is one `OverviewService.overview` call in the task runner, which logs one
list view. It reads again when participants, plans or attendance change in this program (at
once when the page is shown, else when it is next shown), and on "Update".
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from canteen_app.access import Role
from canteen_app.app import Changes
from canteen_app.core.errors import DomainError
from canteen_app.core.formatting import locale_format
from canteen_app.training.attendance.rules import ATTENDANCE
from canteen_app.training.overview.dto import CoachOverview, OverviewRow
from canteen_app.training.overview.rules import Attention
from canteen_app.training.participants.service import PARTICIPANTS
from canteen_app.training.plans.rules import PLANS
from ui.common.context import UiContext
from ui.common.focus_ring import RING_ROOM
from ui.common.formatting import quiet
from ui.common.navigation import OpensPages, participant_actions
from ui.common.widgets import FieldMessage, action_button, read_only_table
from ui.training.overview.model import OverviewTableModel, measure_text

VISIBLE_ROWS = 6  # a longer list scrolls inside its table
# The participant's tool a row of the list opens (a ParticipantAction's key, ui/shell/pages.py);
# the others open the participant's record.
ROW_OPENS = {
    Attention.GOAL_OVERDUE: "plan",
    Attention.NOT_ASSESSED: "plan",
    Attention.LOW_ATTENDANCE: "attendance",
}


@runtime_checkable
class OpensParticipant(Protocol):
    """The participant list: it opens a participant's record (and logs the view)."""

    def open_participant(self, participant_id: int) -> None: ...


class OverviewView(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewView")
        self._context = context
        self._formats = locale_format(context.language)
        self._loading = False
        self._stale = False
        self.overview: CoachOverview | None = None
        self.models: dict[Attention, OverviewTableModel] = {}
        self.tables: dict[Attention, QTableView] = {}
        self.headings: dict[Attention, QLabel] = {}
        self.nobody: dict[Attention, QLabel] = {}
        self._build()
        context.ops.changed.connect(self._on_changed)
        self.refresh()

    # --- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.caseload_label = QLabel(self.tr("Loading…"))
        self.caseload_label.setObjectName("overviewCaseload")
        self.caseload_label.setWordWrap(True)
        top.addWidget(self.caseload_label, 1)
        self.update_button = action_button("overviewUpdateButton", self.tr("Update"), self.refresh, 40)
        self.update_button.setAccessibleName(self.tr("Read the overview again"))
        top.addWidget(self.update_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)
        self.message = FieldMessage("overview")
        outer.addWidget(self.message)

        scroll = QScrollArea()
        scroll.setObjectName("overviewScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the lists; they scroll into view
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(RING_ROOM, RING_ROOM, RING_ROOM, RING_ROOM)
        with_coach = self._context.actor.role is not Role.JOB_COACH
        for attention in Attention:
            self._section(layout, attention, with_coach)
        layout.addStretch(1)
        scroll.setWidget(page)
        outer.addWidget(scroll, 1)

    def _section(self, layout: QVBoxLayout, attention: Attention, with_coach: bool) -> None:
        heading = QLabel(self._title(attention, None))
        heading.setObjectName(f"overviewHeading_{attention.value}")
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        nobody = quiet(QLabel(self.tr("Nobody.")))
        nobody.setObjectName(f"overviewNobody_{attention.value}")
        layout.addWidget(nobody)
        model = OverviewTableModel(self._formats, with_coach, self)
        table = read_only_table(f"overviewTable_{attention.value}", self._title(attention, None), model)
        table.setAccessibleDescription(self.tr("Press Enter or double-click to open the participant."))
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setWordWrap(False)
        table.setVerticalScrollMode(QTableView.ScrollMode.ScrollPerPixel)
        header = table.horizontalHeader()
        # Columns fit what the first rows hold (measuring every one of 2,000 rows costs a
        # second), measured once when the list is filled (`_size_columns`); the last column,
        # the reason in words, takes the rest of the width.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setResizeContentsPrecision(VISIBLE_ROWS * 4)
        header.setStretchLastSection(True)
        table.activated.connect(lambda index, a=attention: self._on_activated(a, index))
        table.hide()
        layout.addWidget(table)
        layout.addSpacing(8)
        self.headings[attention], self.nobody[attention] = heading, nobody
        self.models[attention], self.tables[attention] = model, table

    def _title(self, attention: Attention, count: int | None) -> str:
        titles = {
            Attention.ENDING_VERY_SOON: self.tr("Measures ending within 30 days"),
            Attention.ENDING_SOON: self.tr("Measures ending in 31 to 60 days"),
            Attention.PAST_LIMIT: self.tr("Measures planned past their usual limit"),
            Attention.GOAL_OVERDUE: self.tr(
                "Goals overdue: the target date has passed, the level is not reached"
            ),
            Attention.LOW_ATTENDANCE: self.tr("Attendance under 80 % over the last four weeks"),
            Attention.NOT_ASSESSED: self.tr("No coach assessment for 30 days"),
        }
        title = titles[attention]
        return title if count is None else self.tr("{title} ({count})").format(title=title, count=count)

    # --- reading -------------------------------------------------------------------------------

    @property
    def is_loading(self) -> bool:
        return self._loading

    def refresh(self) -> None:
        if self._loading:
            self._stale = True  # read again once this answer is in
            return
        self._stale = False
        self.message.clear_message()
        actor = self._context.actor
        self._context.ops.write(
            self, lambda app: app.overview.overview(actor), self._show, self._failed, self._set_loading
        )

    def _set_loading(self, loading: bool) -> None:
        self._loading = loading
        self.update_button.setEnabled(not loading)

    def _show(self, overview: CoachOverview) -> None:
        self.overview = overview
        self.caseload_label.setText(self._caseload_text(overview))
        for attention, rows in overview.sections.items():
            self.headings[attention].setText(self._title(attention, len(rows)))
            self.tables[attention].setAccessibleName(self._title(attention, len(rows)))
            self.models[attention].set_rows(rows)
            if rows:
                self._size_columns(self.tables[attention])
            self.nobody[attention].setVisible(not rows)
            self.tables[attention].setVisible(bool(rows))
            self._fit(self.tables[attention], len(rows))
        if self._stale and self.isVisible():
            self.refresh()

    def _caseload_text(self, overview: CoachOverview) -> str:
        measures = " · ".join(
            f"{measure_text(count.nav_measure)}: {count.count}" for count in overview.caseload if count.count
        )
        if overview.everyone:
            total = self.tr("Everyone's caseload: %n participant(s)", "", overview.participants)
        else:
            total = self.tr("Your caseload: %n participant(s)", "", overview.participants)
        return f"{total}. {measures}" if measures else total

    @staticmethod
    def _size_columns(table: QTableView) -> None:
        """Each column but the last as wide as its title and its first rows need: the widths
        ResizeToContents gives, measured once per filling, not again at every change of the
        page's layout (each time a dozen roles of a hundred cells, through Python)."""
        header = table.horizontalHeader()
        for column in range(header.count() - 1):
            size = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
            header.resizeSection(
                column, max(header.minimumSectionSize(), min(size, header.maximumSectionSize()))
            )

    @staticmethod
    def _fit(table: QTableView, rows: int) -> None:
        """Tall enough for its rows (up to VISIBLE_ROWS; more scroll inside the table)."""
        if not rows:
            return
        # One line per row (long texts are elided; the tooltip has them whole), so every row has
        # the default height and nothing needs measuring.
        shown = table.verticalHeader().defaultSectionSize() * min(rows, VISIBLE_ROWS)
        height = table.horizontalHeader().sizeHint().height() + shown + 2 * table.frameWidth()
        table.setFixedHeight(max(height, table.minimumSizeHint().height()))

    def _failed(self, error: DomainError) -> None:
        self.message.show_domain_error(error)

    def _on_changed(self, changes: Changes, _source: object) -> None:
        if not changes.touches(PARTICIPANTS, PLANS, ATTENDANCE):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and not self._loading:
            self.refresh()

    # --- opening a participant -----------------------------------------------------------------

    def _on_activated(self, attention: Attention, index: QModelIndex) -> None:
        if index.isValid():
            self.open_row(attention, self.models[attention].row_at(index.row()))

    def open_row(self, attention: Attention, row: OverviewRow) -> None:
        """Open what the row is about: the participant's plan or attendance, or their record."""
        key = ROW_OPENS.get(attention)
        action = next((a for a in participant_actions(self._context.actor) if a.key == key), None)
        if action is not None:
            action.open(self._context, row.participant_id, row.full_name, self)
        elif not self.open_participant(row.participant_id):
            self.message.show_error(self.tr("The participant list cannot be opened here."))

    def open_participant(self, participant_id: int) -> bool:
        """Show the participant's record on the participant page of the workspace this view is
        in; False when there is none (the view shown on its own)."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, OpensPages):
            parent = parent.parentWidget()
        if parent is None or "participants" not in parent.page_keys:
            return False
        page = parent.open_page("participants")
        if not isinstance(page, OpensParticipant):
            return False
        page.open_participant(participant_id)
        return True
