"""Guest categories and the taps counted in them."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from canteen_app.db.base import Base, BigIntPK


class GuestCategory(Base):
    __tablename__ = "guest_categories"
    __table_args__ = (UniqueConstraint("site_id", "name_nb"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    name_nb: Mapped[str] = mapped_column(String(60))
    name_en: Mapped[str] = mapped_column(String(60))
    sort_order: Mapped[int] = mapped_column(default=0)
    is_default: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__: dict[str, Any] = {"version_id_col": version}  # noqa: RUF012


class GuestTap(Base):
    """One tap on a kiosk counter button: one guest of one category, never aggregated away."""

    __tablename__ = "guest_taps"
    __table_args__ = (
        # Covers the daily and per-category counts without touching the table itself.
        Index("ix_guest_taps_site_day", "site_id", "service_date", "category_id", "undone_at"),
        Index("ix_guest_taps_device_last", "site_id", "device", "service_date", "id"),
    )

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    category_id: Mapped[int] = mapped_column(ForeignKey("guest_categories.id"))
    tapped_at: Mapped[datetime]
    # The local (Europe/Oslo) calendar day of the tap, so daily totals are a plain GROUP BY.
    service_date: Mapped[date] = mapped_column(Date)
    device: Mapped[str] = mapped_column(String(80))
    # Undo marks the tap instead of deleting it, so the count's history is never lost.
    undone_at: Mapped[datetime | None]
