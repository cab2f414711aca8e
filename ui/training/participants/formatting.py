"""Words shared by the participant list, the participant dialog and the conflict dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from canteen_app.core.languages import Language, language_label
from canteen_app.training.participants.nav import MEASURE_RULES, NavMeasure
from canteen_app.training.participants.rules import FIELD_LABELS, PARTICIPANT_FIELDS
from ui.common.formatting import (
    HINT_COLOUR,
    OVERDUE_COLOUR,
    WARNING_COLOUR,
    format_date,
    format_datetime,
    oslo_datetime,
    quiet,
    to_qdate,
)
from ui.common.i18n import current_language

__all__ = [
    "FIELDS",
    "HINT_COLOUR",
    "OVERDUE_COLOUR",
    "WARNING_COLOUR",
    "field_label",
    "format_date",
    "format_datetime",
    "language_name",
    "measure_limit_note",
    "measure_name",
    "oslo_datetime",
    "quiet",
    "to_qdate",
]

# The order of the fields in the dialog, in the conflict list and in the tests.
FIELDS = PARTICIPANT_FIELDS


def field_label(field_name: str) -> str:
    """The user's word for a participant field."""
    source = FIELD_LABELS.get(field_name)
    return QCoreApplication.translate("ParticipantFields", source) if source else field_name


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
    """The language's name in the UI language, then in its own: "Arabisk (العربية)"."""
    if not code:
        return ""
    try:
        return language_label(Language(code), current_language())
    except ValueError:
        return code
