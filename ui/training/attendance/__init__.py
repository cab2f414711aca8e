"""The job coach's attendance register (T4): a participant's counted days a month at a time,
registering and correcting a day (with a reason), and the month's totals and rate. Opened from
the participant list through `ui.common.navigation` (the list's package may not import this)."""

from ui.training.attendance.dialog import AttendanceDialog, open_register
from ui.training.attendance.model import AttendanceTableModel, status_text

__all__ = ["AttendanceDialog", "AttendanceTableModel", "open_register", "status_text"]
