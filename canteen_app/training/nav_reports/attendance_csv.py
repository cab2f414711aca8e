"""The monthly attendance summary as CSV, for a spreadsheet or NAV's own systems.

UTF-8 with a byte order mark, ";" between cells and CRLF line ends (what Norwegian Excel opens
into columns), as the ingredient export writes. First one row per counted day:

    participant_id;month;date;status;hours

`status` is present, excused, unexcused or unregistered (a counted day with nothing entered);
`hours` only on present days, with a decimal point. After one empty line, the month's totals:

    participant_id;month;present_days;hours;excused_days;unexcused_days;unregistered_days;rate

`rate` is present / (present + excused + unexcused) from 0 to 1 with four decimals, empty when
no day counted. Never an absence reason: the data has no field for it.
"""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

from canteen_app.core.files import atomic_output
from canteen_app.training.nav_reports.dto import AttendanceMonthData

DAY_COLUMNS = ("participant_id", "month", "date", "status", "hours")
TOTAL_COLUMNS = (
    "participant_id",
    "month",
    "present_days",
    "hours",
    "excused_days",
    "unexcused_days",
    "unregistered_days",
    "rate",
)
CSV_DELIMITER = ";"
UNREGISTERED = "unregistered"


def write_attendance_csv(path: Path, data: AttendanceMonthData) -> Path:
    """Write the month to `path` (atomically, owner-only) and return the path."""
    month = f"{data.month:%Y-%m}"
    participant = str(data.participant_id)
    totals = data.totals
    with (
        atomic_output(Path(path)) as tmp_path,
        open(tmp_path, "w", encoding="utf-8-sig", newline="") as stream,
    ):
        writer = csv.writer(stream, delimiter=CSV_DELIMITER, lineterminator="\r\n")
        writer.writerow(DAY_COLUMNS)
        for row in data.days:
            status = row.status.value if row.status is not None else UNREGISTERED
            writer.writerow([participant, month, row.day.isoformat(), status, _number(row.hours)])
        writer.writerow([])
        writer.writerow(TOTAL_COLUMNS)
        writer.writerow(
            [
                participant,
                month,
                totals.present_days,
                _number(totals.hours),
                totals.excused_days,
                totals.unexcused_days,
                totals.unregistered_days,
                "" if totals.rate is None else f"{totals.rate:.4f}",
            ]
        )
    return Path(path)


def _number(value: Decimal | None) -> str:
    """ "7.5", "112", "": a decimal point, no thousands separator, no exponent."""
    return "" if value is None else format(value.normalize(), "f")
