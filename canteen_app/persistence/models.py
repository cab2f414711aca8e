"""The database schema as typed SQLAlchemy 2 models.

Every record carries a `site_id` so several canteens can share one database. Records that
people edit carry a `version` used as SQLAlchemy's version counter: an UPDATE only succeeds
when the row still has the version the editor loaded.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from canteen_app.persistence.types import UtcDateTime

# Explicit constraint names make migrations identical on SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# SQLite only auto-increments an INTEGER PRIMARY KEY; PostgreSQL gets a 64-bit key.
BigIntPK = BigInteger().with_variant(Integer(), "sqlite")

ROLE_VALUES = "'admin', 'canteen_manager', 'job_coach', 'kiosk'"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UtcDateTime()}


class Site(Base):
    __tablename__ = "sites"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime]


class User(Base):
    __tablename__ = "users"
    __table_args__ = (CheckConstraint(f"role IN ({ROLE_VALUES})", name="role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    # Lower-cased name: logins are case-insensitive and names unique regardless of case.
    name_key: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    secret_hash: Mapped[str] = mapped_column(String(200))
    failed_attempts: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None]
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


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

    __mapper_args__ = {"version_id_col": version}


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
    # "last first" in Norwegian alphabetical order (Æ, Ø, Å after Z), the same on every database.
    sort_key: Mapped[str] = mapped_column(String(220))
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    preferred_language: Mapped[str] = mapped_column(String(10))
    nav_measure: Mapped[str] = mapped_column(String(40))
    measure_start: Mapped[date] = mapped_column(Date)
    measure_planned_end: Mapped[date] = mapped_column(Date)
    participation_percent: Mapped[int]
    nav_contact: Mapped[str] = mapped_column(String(200), default="")
    coach_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    support_needs: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class AuditEntry(Base):
    """Who viewed, changed or exported which participant's data, and when (P2).

    `detail` names fields, never their values: the log must not become a copy of the data.
    """

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_site_at", "site_id", "at"),
        Index("ix_audit_log_entity", "entity_type", "entity_id"),
    )

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    at: Mapped[datetime]
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    actor_name: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(40))
    entity_type: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None]
    detail: Mapped[str] = mapped_column(Text, default="")


class Setting(Base):
    """A site-wide setting an admin changes in the app (idle time, lockout time, ...)."""

    __tablename__ = "settings"
    __table_args__ = (UniqueConstraint("site_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    key: Mapped[str] = mapped_column(String(80))
    value: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}
