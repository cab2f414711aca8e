"""The attendance register: one row per participant and day that has an entry."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Date, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from canteen_app.db.base import Base, BigIntPK
from canteen_app.db.types import ScaledDecimal


class AttendanceDay(Base):
    __tablename__ = "attendance_days"
    __table_args__ = (
        UniqueConstraint("participant_id", "day"),
        Index("ix_attendance_days_site_day", "site_id", "day"),
    )

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10))  # rules.AttendanceStatus
    hours: Mapped[Decimal | None] = mapped_column(ScaledDecimal(2))
    # Visible to the coach only; never printed for anyone else.
    absence_reason: Mapped[str] = mapped_column(String(300), default="")
    checked_in_at: Mapped[datetime | None]
    checked_out_at: Mapped[datetime | None]
    source: Mapped[str] = mapped_column(String(8))  # "kiosk" or "coach"
    corrected_by: Mapped[str] = mapped_column(String(120), default="")
    correction_reason: Mapped[str] = mapped_column(String(300), default="")
    updated_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__: dict[str, Any] = {"version_id_col": version}  # noqa: RUF012
