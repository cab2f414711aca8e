"""Closures the canteen manager enters: single days or ranges, each with its reason."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from canteen_app.db.base import Base


class Closure(Base):
    __tablename__ = "closures"
    __table_args__ = (
        CheckConstraint("last_day >= first_day", name="ordered_days"),
        Index("ix_closures_site_days", "site_id", "first_day", "last_day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(120))
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__: dict[str, Any] = {"version_id_col": version}  # noqa: RUF012
