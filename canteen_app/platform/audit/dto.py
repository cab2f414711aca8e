"""Audit entries as they leave the core."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor_name: str
    action: str
    entity_type: str
    entity_id: int | None
    detail: str
    # The participant's or user's name now, looked up when the log is read (the log keeps no
    # copy of personal data). None when the record no longer exists or has no name.
    entity_name: str | None = None


@dataclass(frozen=True)
class AuditSubject:
    """A record the log mentions, for the filter's list: its id and its name now (None when it
    no longer exists)."""

    entity_id: int
    name: str | None
