"""The participant list's table model: names for everyone allowed, details for those who need them."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from canteen_app.access import Permission
from canteen_app.training.participants.dto import ParticipantRow
from canteen_app.training.participants.rules import SORT_KEYS
from canteen_app.training.participants.service import ACTIVE, ENDED
from ui.common.context import UiContext
from ui.common.formatting import OVERDUE_COLOUR, WARNING_COLOUR, format_date, to_qdate
from ui.common.qt_models import PAGE_SIZE, PagedTableModel, PageSource
from ui.training.participants.formatting import measure_name

ENDING_SOON_DAYS = 60  # two months' notice to plan the next step with NAV


class ParticipantTableModel(PagedTableModel):
    """Participants of the actor's site: names for everyone allowed, details for those who need them."""

    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, context: UiContext, page_size: int = PAGE_SIZE, parent: Any = None) -> None:
        super().__init__(context.ops, page_size, parent)
        self._actor = context.actor
        self._search = ""
        self._details = context.actor.can(Permission.VIEW_PARTICIPANT_DETAILS)
        self._columns: tuple[str, ...] = SORT_KEYS if self._details else ("name",)
        self._warning_icon: QIcon | None = None
        self._sort_key, self._descending = "name", False
        self._status = ACTIVE  # the running measures; ENDED: the "ended" list

    @property
    def search(self) -> str:
        return self._search

    @property
    def status(self) -> str:
        return self._status

    def set_status(self, status: str) -> None:
        """ACTIVE or ENDED (roles that see names only always get the active list)."""
        if status not in (ACTIVE, ENDED) or not self._details:
            status = ACTIVE
        if status != self._status:
            self._status = status
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
            self.reload()

    @property
    def shows_details(self) -> bool:
        return self._details

    def set_search(self, text: str) -> None:
        text = " ".join(text.split())
        if text != self._search:
            self._search = text
            self.reload()

    @property
    def sort_order(self) -> tuple[str, bool]:
        """The column kind the list is sorted by, and whether it is descending."""
        return self._sort_key, self._descending

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by any column (the database sorts, so paging stays right)."""
        if not 0 <= column < len(self._columns):
            return
        wanted = (self._columns[column], order == Qt.SortOrder.DescendingOrder)
        if wanted != (self._sort_key, self._descending):
            self._sort_key, self._descending = wanted
            self.reload()

    def source(self) -> PageSource:
        actor, search, sort, descending = self._actor, self._search, self._sort_key, self._descending
        status = self._status
        return PageSource(
            count=lambda app: app.participants.count(actor, search, status),
            page=lambda app, offset, limit: app.participants.rows(
                actor, search, offset, limit, sort, descending, status
            ),
            writes=True,  # the list's first page writes its audit entry
        )

    def column_kind(self, column: int) -> str:
        return self._columns[column]

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            "name": self.tr("Name"),
            "measure": self.tr("NAV measure"),
            "end": self.tr("Ended on") if self._status == ENDED else self.tr("Planned end"),
            "coach": self.tr("Job coach"),
        }
        return titles[self._columns[section]]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        valid = index.isValid() and not index.parent().isValid()
        if not (valid and 0 <= index.row() < len(self._rows) and 0 <= index.column() < len(self._columns)):
            return None
        row: ParticipantRow = self._rows[index.row()]
        kind = self._columns[index.column()]
        if role == self.IdRole:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, kind)
        return self._marking(row, kind, role)

    def _marking(self, row: ParticipantRow, kind: str, role: int) -> Any:
        """Colour, icon and explanation for the cells that need the coach's attention (an ended
        measure needs none)."""
        if row.ended_on is not None:
            return None
        if kind == "end" and row.measure_planned_end is not None:
            return self._end_data(row.measure_planned_end, role)
        if kind == "measure" and row.past_usual_limit:
            return self._limit_data(row, role)
        return None

    @staticmethod
    def _display(row: ParticipantRow, kind: str) -> str:
        if kind == "name":
            return row.list_name
        if kind == "measure":
            return measure_name(row.nav_measure)
        if kind == "end":
            return format_date(row.ended_on or row.measure_planned_end)
        return row.coach_name or ""

    def _end_data(self, end: date, role: int) -> Any:
        """Colour, icon and explanation for a measure that ends within 60 days or has ended."""
        days = QDate.currentDate().daysTo(to_qdate(end))
        if days > ENDING_SOON_DAYS:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(OVERDUE_COLOUR if days < 0 else WARNING_COLOUR))
        if role == Qt.ItemDataRole.DecorationRole:
            return self._warning()
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return self._end_text(days)
        return None

    def _limit_data(self, row: ParticipantRow, role: int) -> Any:
        """A planned end past the measure's usual limit: NAV must have approved an extension."""
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(WARNING_COLOUR))
        if role == Qt.ItemDataRole.DecorationRole:
            return self._warning()
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return self.tr(
                "Past the usual limit for this measure ({date}): check that NAV approved it."
            ).format(date=format_date(row.usual_limit_end))
        return None

    def _warning(self) -> QIcon:
        if self._warning_icon is None:
            style = QApplication.style()
            self._warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning_icon

    def _end_text(self, days: int) -> str:
        if days < 0:
            return self.tr("The planned end has passed (%n day(s) ago).", "", -days)
        if days == 0:
            return self.tr("The measure ends today.")
        return self.tr("The measure ends in %n day(s).", "", days)
