"""What retention works with: who is due, a participant's file as plain sections, and what the
features that hold a participant's data give it.

The platform never imports a training feature (feature groups form no cycles): the features
that hold a participant's data offer their part through `PersonalRecords`, wired in
`canteen_app/app.py`, and the participant register also lists who ended and removes the record
(`RetentionRegister`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Protocol

from canteen_app.access import Actor
from canteen_app.platform.retention.rules import ErasureMode

# A value in an archived record; the JSON file writes dates as ISO text, decimals as text (exact)
# and bytes (a photo) as base64.
ArchiveValue = str | int | float | bool | date | datetime | Decimal | bytes | None


@dataclass(frozen=True)
class ArchiveField:
    """One field of an archived record: its name in the JSON file, its title in the PDF, and
    for a field that holds codes ("present", "got_job"), the words the PDF writes for them:
    (code, Norwegian, English). The JSON file keeps the codes. A field with a `separator`
    holds several codes joined by it ("competences;tasks"); the PDF lists their words."""

    key: str
    nb: str
    en: str
    words: tuple[tuple[str, str, str], ...] = ()
    separator: str = ""

    def word(self, code: str, language: str) -> str:
        if self.separator:
            codes = [part for part in code.split(self.separator) if part]
            return ", ".join(self._one_word(part, language) for part in codes)
        return self._one_word(code, language)

    def _one_word(self, code: str, language: str) -> str:
        for known, nb, en in self.words:
            if known == code:
                return en if language == "en" else nb
        return code


@dataclass(frozen=True)
class ArchiveSection:
    """One part of a participant's file (the register entry, the plan, the attendance, ...)."""

    key: str  # the section's name in the JSON file
    title_nb: str
    title_en: str
    fields: tuple[ArchiveField, ...]
    rows: tuple[tuple[ArchiveValue, ...], ...]

    def records(self) -> list[dict[str, ArchiveValue]]:
        keys = [field.key for field in self.fields]
        return [dict(zip(keys, row, strict=True)) for row in self.rows]


@dataclass(frozen=True)
class DueRecord:
    """An ended participant whose retention time is over."""

    participant_id: int
    first_name: str
    last_name: str
    nav_measure: str
    ended_on: date
    end_reason: str | None  # nav.EndReason

    @property
    def id(self) -> int:
        return self.participant_id

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class RetentionDue:
    """Who is due: ended more than `months` months before `today`."""

    months: int
    today: date
    people: tuple[DueRecord, ...]


@dataclass(frozen=True)
class ArchiveResult:
    participant_id: int
    mode: ErasureMode
    pdf_path: Path
    json_path: Path


class PersonalRecords(Protocol):
    """A feature's part of a participant's file: for the archive, and to anonymise it. Both
    check that the actor may manage retention; the retention service logs the action."""

    def archive_sections(self, actor: Actor, participant_id: int) -> list[ArchiveSection]: ...

    def anonymise(self, actor: Actor, participant_id: int) -> None: ...


class RetentionRegister(PersonalRecords, Protocol):
    """The participant register: who ended before a day, and removing a participant (what other
    features hold about them goes with the record)."""

    def ended_before(self, actor: Actor, day: date) -> list[DueRecord]: ...

    def erase(self, actor: Actor, participant_id: int) -> None: ...


@dataclass(frozen=True)
class ArchiveFacts:
    """What the archive says about itself: whose file, when, by whom, and why now."""

    participant_id: int
    name: str
    site_name: str
    archived_by: str
    archived_at: datetime
    ended_on: date
    months: int
    mode: ErasureMode
