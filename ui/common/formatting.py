"""How the UI writes dates, times, numbers, money, roles and hints, the same on every screen.

Every time is shown in the canteen's own time zone (Europe/Oslo), whatever zone the PC is set
to; dates and numbers follow the UI language through QLocale.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

from canteen_app.access import Role
from canteen_app.core.dates import SITE_TIMEZONE

WARNING_COLOUR = "#8d5a00"  # the amber of QLabel[severity="warning"] in the theme
OVERDUE_COLOUR = "#b71c1c"  # the red of QLabel[severity="error"]
HINT_COLOUR = "#546e7a"


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def format_date(value: date | None) -> str:
    return QLocale().toString(to_qdate(value), QLocale.FormatType.ShortFormat) if value else ""


def oslo_datetime(value: datetime) -> QDateTime:
    """A stored time (aware UTC; naive is taken as UTC) as the canteen's wall-clock time.

    The QDateTime carries Oslo's offset at that moment: in the PC's own zone, an Oslo time
    that falls into that zone's daylight-saving gap (02:30 on the night New York springs
    forward) would be moved by an hour.
    """
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    local = value.astimezone(SITE_TIMEZONE)
    offset = local.utcoffset()
    assert offset is not None
    zone = QTimeZone.fromSecondsAheadOfUtc(int(offset.total_seconds()))
    return QDateTime(to_qdate(local.date()), QTime(local.hour, local.minute, local.second), zone)


def format_datetime(value: datetime) -> str:
    return QLocale().toString(oslo_datetime(value), QLocale.FormatType.ShortFormat)


def format_time(value: datetime) -> str:
    """Hours and minutes in Oslo time, e.g. "14:05"."""
    return oslo_datetime(value).time().toString("HH:mm")


def number(value: Decimal, decimals: int | None = None) -> str:
    """A number the local way ("2,5" in Norwegian); all its decimals unless `decimals` is given."""
    if decimals is None:
        text = format(value.normalize(), "f")
    else:
        text = format(value.quantize(Decimal(1).scaleb(-decimals)), "f")
    whole, _, fraction = text.partition(".")
    locale = QLocale()
    whole = locale.toString(int(whole)) if whole not in ("", "-0") else whole
    return f"{whole}{locale.decimalPoint()}{fraction}" if fraction else whole


def money(value: Decimal | None) -> str:
    """ "312,50 kr"; "" when unknown."""
    if value is None:
        return ""
    return QCoreApplication.translate("money", "{amount} kr").format(amount=number(value, 2))


def local_decimal(text: str) -> str:
    """ "2.5" as stored -> "2,5" when the UI writes decimals with a comma."""
    return text.replace(".", QLocale().decimalPoint()) if text else text


def capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def role_title(role: Role) -> str:
    titles = {
        Role.ADMIN: QCoreApplication.translate("roles", "administrator"),
        Role.CANTEEN_MANAGER: QCoreApplication.translate("roles", "canteen manager"),
        Role.JOB_COACH: QCoreApplication.translate("roles", "job coach"),
        Role.KIOSK: QCoreApplication.translate("roles", "kiosk"),
    }
    return titles[role]


def quiet(label: QLabel) -> QLabel:
    """Hint text: a calmer colour than the field's own text, still easy to read (about 5:1)."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(HINT_COLOUR))
    label.setPalette(palette)
    return label
