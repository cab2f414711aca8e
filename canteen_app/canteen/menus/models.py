"""The menu: which dish is served on which day, the cycles it can be filled from, and the
menus and posters printed (so an outdated print can be told to be printed again)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from canteen_app.db.base import Base


class MenuEntry(Base):
    """One dish on one day's menu. Its course is the dish's own."""

    __tablename__ = "menu_entries"
    __table_args__ = (
        UniqueConstraint("site_id", "day", "dish_id"),
        Index("ix_menu_entries_site_day", "site_id", "day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    day: Mapped[date] = mapped_column(Date)
    position: Mapped[int] = mapped_column(default=0)
    # No cascade: a dish that was served cannot be deleted, only retired.
    dish_id: Mapped[int] = mapped_column(ForeignKey("dishes.id"), index=True)


class MenuCycle(Base):
    """A rotation of N weeks (for example four), defined once and applied to date ranges."""

    __tablename__ = "menu_cycles"
    __table_args__ = (
        UniqueConstraint("site_id", "name"),
        CheckConstraint("weeks BETWEEN 1 AND 12", name="weeks"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    name: Mapped[str] = mapped_column(String(80))
    weeks: Mapped[int]
    updated_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(default=1)

    entries: Mapped[list[MenuCycleEntry]] = relationship(
        cascade="all, delete-orphan",
        lazy="selectin",
        order_by="(MenuCycleEntry.week_index, MenuCycleEntry.weekday, MenuCycleEntry.position)",
    )

    __mapper_args__: dict[str, Any] = {"version_id_col": version}  # noqa: RUF012


class MenuCycleEntry(Base):
    __tablename__ = "menu_cycle_entries"
    __table_args__ = (CheckConstraint("weekday BETWEEN 0 AND 4", name="weekday"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("menu_cycles.id", ondelete="CASCADE"), index=True)
    week_index: Mapped[int]  # 0-based week of the cycle
    weekday: Mapped[int]  # 0 = Monday
    position: Mapped[int] = mapped_column(default=0)
    dish_id: Mapped[int] = mapped_column(ForeignKey("dishes.id"), index=True)


class MenuPrint(Base):
    """A week menu or poster that was printed, and a fingerprint of what it showed."""

    __tablename__ = "menu_prints"
    __table_args__ = (Index("ix_menu_prints_site_days", "site_id", "first_day", "last_day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    kind: Mapped[str] = mapped_column(String(10))  # rules.PrintKind
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date)
    language: Mapped[str] = mapped_column(String(10))
    printed_at: Mapped[datetime]
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    actor_name: Mapped[str] = mapped_column(String(120))
    fingerprint: Mapped[str] = mapped_column(String(32))
