"""The participant list's table model: names for everyone allowed, details for those who need them."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from canteen_app.access import Permission
from canteen_app.training.participants.dto import ParticipantRow
from ui.common.context import UiContext
from ui.common.formatting import OVERDUE_COLOUR, WARNING_COLOUR, format_date, to_qdate
from ui.common.qt_models import PAGE_SIZE, PagedTableModel, PageSource
from ui.training.participants.formatting import measure_name

ENDING_SOON_DAYS = 30


class ParticipantTableModel(PagedTableModel):
    """Participants of the actor's site: names for everyone allowed, details for those who need them."""

    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, context: UiContext, page_size: int = PAGE_SIZE, parent: Any = None) -> None:
        super().__init__(context.ops, page_size, parent)
        self._actor = context.actor
        self._search = ""
        self._details = context.actor.can(Permission.VIEW_PARTICIPANT_DETAILS)
        self._columns: tuple[str, ...] = ("name", "measure", "end", "coach") if self._details else ("name",)
        self._warning_icon: QIcon | None = None

    @property
    def search(self) -> str:
        return self._search

    @property
    def shows_details(self) -> bool:
        return self._details

    def set_search(self, text: str) -> None:
        text = " ".join(text.split())
        if text != self._search:
            self._search = text
            self.reload()

    def source(self) -> PageSource:
        actor, search = self._actor, self._search
        return PageSource(
            count=lambda app: app.participants.count(actor, search),
            page=lambda app, offset, limit: app.participants.rows(actor, search, offset, limit),
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
            "end": self.tr("Planned end"),
            "coach": self.tr("Job coach"),
        }
        return titles[self._columns[section]]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        if not (0 <= index.row() < len(self._rows) and 0 <= index.column() < len(self._columns)):
            return None
        row: ParticipantRow = self._rows[index.row()]
        kind = self._columns[index.column()]
        if role == self.IdRole:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, kind)
        if kind == "end" and row.measure_planned_end is not None:
            return self._end_data(row.measure_planned_end, role)
        return None

    @staticmethod
    def _display(row: ParticipantRow, kind: str) -> str:
        if kind == "name":
            return row.list_name
        if kind == "measure":
            return measure_name(row.nav_measure)
        if kind == "end":
            return format_date(row.measure_planned_end)
        return row.coach_name or ""

    def _end_data(self, end: date, role: int) -> Any:
        """Colour, icon and explanation for a measure that ends within 30 days or has ended."""
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
