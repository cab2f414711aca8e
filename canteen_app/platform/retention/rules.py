"""Retention (P3): when an ended participant's data is due to be archived and removed, and the
two ways of removing it."""

from __future__ import annotations

import enum
from datetime import date, timedelta

from canteen_app.core.dates import add_months
from canteen_app.core.languages import Language

RETENTION = "platform.retention"  # the kind of change a view listens for

ANONYMISED_FIRST_NAME = "Anonymisert"
# The preferred language of an anonymised participant: the register's own (Norwegian), the same
# for everyone, since a participant's language can hint at their origin.
ANONYMISED_LANGUAGE = Language.NORWEGIAN.value


class ErasureMode(enum.StrEnum):
    DELETE = "delete"  # the participant and everything recorded about them is deleted
    ANONYMISE = "anonymise"  # the name and personal details go; attendance and levels stay


def is_due(ended_on: date, months: int, today: date) -> bool:
    """Ended more than `months` months ago."""
    return add_months(ended_on, months) < today


def due_cutoff(today: date, months: int) -> date:
    """The database's coarse filter: every measure that is due ended before this day (`is_due`
    decides; add_months clamps to a month's end, so the two differ by a few days)."""
    return add_months(today, -months) + timedelta(days=31)


def anonymised_last_name(participant_id: int) -> str:
    """The anonymised participant is "Anonymisert #12"."""
    return f"#{participant_id}"


def archive_file_stem(participant_id: int, today: date) -> str:
    """The archive's file name without its suffix: the id and the day, never the name (a file
    name shows in every folder listing)."""
    return f"deltaker-{participant_id}-arkiv-{today.isoformat()}"
