"""The register's table: every counted day of the month with what was registered for it."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from canteen_app.core.formatting import LocaleFormat
from canteen_app.training.attendance.dto import DayEntry
from canteen_app.training.attendance.rules import AttendanceStatus
from ui.common.formatting import WARNING_COLOUR, format_time, number

ModelIndex = QModelIndex | QPersistentModelIndex

# The columns, by key; "reason" only for those who see absence reasons (the coach).
COLUMNS = ("day", "status", "hours", "in", "out", "reason", "corrected")


def status_text(status: AttendanceStatus | None) -> str:
    """The user's words for a day's status."""
    words = {
        AttendanceStatus.PRESENT: QCoreApplication.translate("AttendanceWords", "Present"),
        AttendanceStatus.EXCUSED: QCoreApplication.translate("AttendanceWords", "Excused absence"),
        AttendanceStatus.UNEXCUSED: QCoreApplication.translate("AttendanceWords", "Unexcused absence"),
    }
    if status is None:
        return QCoreApplication.translate("AttendanceWords", "Not registered")
    return words[status]


class AttendanceTableModel(QAbstractTableModel):
    """The days of one month, oldest first."""

    DayRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, dates: LocaleFormat, show_reasons: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dates = dates
        self._columns = COLUMNS if show_reasons else tuple(c for c in COLUMNS if c != "reason")
        self._days: list[DayEntry] = []

    def set_days(self, days: tuple[DayEntry, ...]) -> None:
        self.beginResetModel()
        self._days = list(days)
        self.endResetModel()

    def entry_at(self, row: int) -> DayEntry:
        return self._days[row]

    def row_of(self, day: date) -> int:
        return next((n for n, entry in enumerate(self._days) if entry.day == day), -1)

    def column_of(self, key: str) -> int:
        return self._columns.index(key)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._days)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            "day": self.tr("Day"),
            "status": self.tr("Status"),
            "hours": self.tr("Hours"),
            "in": self.tr("Checked in"),
            "out": self.tr("Checked out"),
            "reason": self.tr("Absence reason (coach only)"),
            "corrected": self.tr("Corrected"),
        }
        return titles[self._columns[section]] if 0 <= section < len(self._columns) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._days):
            return None
        entry = self._days[index.row()]
        key = self._columns[index.column()]
        value: Any = None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            value = self.text(key, entry)
        elif role == self.DayRole:
            value = entry.day
        elif role == Qt.ItemDataRole.TextAlignmentRole and key == "hours":
            value = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
        elif role == Qt.ItemDataRole.ForegroundRole and entry.status is None and key == "status":
            value = QBrush(QColor(WARNING_COLOUR))
        elif role == Qt.ItemDataRole.ToolTipRole and key == "corrected" and entry.corrected:
            value = self.tr("A job coach changed what was registered (the reason is in the audit log).")
        return value

    def text(self, key: str, entry: DayEntry) -> str:
        """The words a cell shows."""
        if key == "day":
            weekday = self._dates.weekday_abbreviation(entry.day.weekday())
            return f"{weekday} {self._dates.short_date(entry.day)}"
        if key == "status":
            return status_text(entry.status)
        if key == "hours":
            return number(entry.hours) if entry.hours is not None else ""
        if key in ("in", "out"):
            moment = entry.checked_in_at if key == "in" else entry.checked_out_at
            return format_time(moment) if moment is not None else ""
        if key == "reason":
            return entry.absence_reason or ""
        return self.tr("✓ corrected") if entry.corrected else ""
