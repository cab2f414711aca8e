"""Words and colours shared by the participant list, the participant dialog and the audit log."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

from canteen_app.domain.nav import LANGUAGE_ENDONYMS, MEASURE_RULES, Language, NavMeasure
from canteen_app.domain.participants import PARTICIPANT_FIELDS

WARNING_COLOUR = "#8d5a00"  # the amber of QLabel[severity="warning"] in the theme
OVERDUE_COLOUR = "#b71c1c"  # the red of QLabel[severity="error"]
HINT_COLOUR = "#546e7a"

# The order of the fields in the dialog, in the conflict list and in the tests.
FIELDS = PARTICIPANT_FIELDS


def field_label(field_name: str) -> str:
    """The user's word for a participant field (also used for the audit log's details)."""
    labels = {
        "first_name": QCoreApplication.translate("ParticipantFields", "First name"),
        "last_name": QCoreApplication.translate("ParticipantFields", "Last name"),
        "phone": QCoreApplication.translate("ParticipantFields", "Phone"),
        "email": QCoreApplication.translate("ParticipantFields", "E-mail"),
        "preferred_language": QCoreApplication.translate("ParticipantFields", "Preferred language"),
        "nav_measure": QCoreApplication.translate("ParticipantFields", "NAV measure"),
        "measure_start": QCoreApplication.translate("ParticipantFields", "Measure start"),
        "measure_planned_end": QCoreApplication.translate("ParticipantFields", "Planned end"),
        "participation_percent": QCoreApplication.translate("ParticipantFields", "Participation"),
        "nav_contact": QCoreApplication.translate("ParticipantFields", "NAV contact"),
        "coach_id": QCoreApplication.translate("ParticipantFields", "Job coach"),
        "support_needs": QCoreApplication.translate("ParticipantFields", "Support needs"),
    }
    return labels.get(field_name, field_name)


def measure_name(code: str | None) -> str:
    """The Norwegian name NAV uses for a measure (a proper noun, never translated)."""
    if not code:
        return ""
    try:
        return MEASURE_RULES[NavMeasure(code)].name
    except ValueError:
        return code


def measure_limit_note(code: str | None) -> str:
    try:
        rule = MEASURE_RULES[NavMeasure(code or "")]
    except ValueError:
        return ""
    return QCoreApplication.translate("nav", rule.limit_note)


def language_name(code: str | None) -> str:
    if not code:
        return ""
    try:
        return LANGUAGE_ENDONYMS[Language(code)]
    except ValueError:
        return code


def quiet(label: QLabel) -> QLabel:
    """Hint text: a calmer colour than the field's own text, still easy to read (about 5:1)."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(HINT_COLOUR))
    label.setPalette(palette)
    return label


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def format_date(value: date | None) -> str:
    return QLocale().toString(to_qdate(value), QLocale.FormatType.ShortFormat) if value else ""


def local_datetime(value: datetime) -> QDateTime:
    """A stored time (aware UTC; naive is taken as UTC) as this PC's local time."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return QDateTime.fromMSecsSinceEpoch(round(value.timestamp() * 1000)).toLocalTime()


def format_datetime(value: datetime) -> str:
    return QLocale().toString(local_datetime(value), QLocale.FormatType.ShortFormat)
