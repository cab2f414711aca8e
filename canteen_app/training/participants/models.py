"""The participant register's table."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from canteen_app.db.base import Base

SORT_KEY_LENGTH = 220
# Compared byte by byte on every database: the key is built so that this order is the
# Norwegian order (core/collation.py). A PostgreSQL database created with a language's
# collation (en_US.UTF-8) would otherwise ignore the key's punctuation-like characters.
_SORT_KEY_TYPE = String(SORT_KEY_LENGTH).with_variant(String(SORT_KEY_LENGTH, collation="C"), "postgresql")


class Participant(Base):
    """A trainee on a NAV measure (T1). Special-category data: every view is audited."""

    __tablename__ = "participants"
    __table_args__ = (
        CheckConstraint("participation_percent BETWEEN 1 AND 100", name="participation_percent"),
        Index("ix_participants_site_sort", "site_id", "sort_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    # Case-folded "first last" kept by the service: SQLite's lower() ignores æøå.
    search_key: Mapped[str] = mapped_column(String(210))
    # "last first" in Norwegian alphabetical order, the same on every database.
    sort_key: Mapped[str] = mapped_column(_SORT_KEY_TYPE)
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    preferred_language: Mapped[str] = mapped_column(String(10))
    nav_measure: Mapped[str] = mapped_column(String(40))
    measure_start: Mapped[date] = mapped_column(Date)
    measure_planned_end: Mapped[date] = mapped_column(Date)
    participation_percent: Mapped[int]
    nav_contact: Mapped[str] = mapped_column(String(200), default="")
    coach_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    support_needs: Mapped[str] = mapped_column(String(2000), default="")
    # The measure's end: the day it ended and NAV's end reason (nav.EndReason); None while active.
    ended_on: Mapped[date | None] = mapped_column(Date)
    end_reason: Mapped[str | None] = mapped_column(String(20))
    # A small PNG for kiosk check-in, shown there only with the participant's own yes.
    photo: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    photo_on_kiosk: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__: dict[str, Any] = {"version_id_col": version}  # noqa: RUF012


class MeasureEvent(Base):
    """A change of the measure's period: an extension (new planned end) or its end, with the
    reason, who and when."""

    __tablename__ = "measure_events"
    __table_args__ = (Index("ix_measure_events_participant", "participant_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(10))  # "extend" or "end"
    at: Mapped[datetime]
    actor_name: Mapped[str] = mapped_column(String(120))
    old_end: Mapped[date | None] = mapped_column(Date)
    new_end: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(300), default="")  # free text, or an EndReason code
