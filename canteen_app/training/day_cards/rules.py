"""Rules of the easy-read day card (T6): its languages, and what it may show.

The card lies on a kitchen bench where anyone can read it, so it shows the participant's first
name only (no surname, no measure, no support needs, no photo) with the day, the station and the
tasks; `dto.DayCardData` has no field for anything else, so no layout can print it. It is in
Norwegian and, beside it, the participant's preferred language (or one the coach picks).
"""

from __future__ import annotations

from datetime import date

from canteen_app.core.errors import DomainError
from canteen_app.core.languages import Language
from canteen_app.core.text import QT_TRANSLATE_NOOP

CARD_LANGUAGES: tuple[str, ...] = tuple(language.value for language in Language)


class NoAssignmentError(DomainError):
    """The participant has no station and tasks on or before the day."""

    def __init__(self, day: date) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "This participant has no station and tasks on or before {day}. Choose them first.",
            ),
            day=day.isoformat(),
        )


def card_language(language: str | None, preferred: str) -> str:
    """The card's second language: the one asked for, else the participant's preferred one
    (Norwegian alone when that is Norwegian or not one of ours)."""
    if language is not None:
        if language not in CARD_LANGUAGES:
            raise ValueError(f"Day cards are written in {', '.join(CARD_LANGUAGES)}, not {language!r}")
        return language
    return preferred if preferred in CARD_LANGUAGES else Language.NORWEGIAN.value
