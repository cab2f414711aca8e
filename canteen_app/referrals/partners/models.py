"""Partner chains (samarbeidsbedrifter): companies, their locations and contact persons, and
the kinds of positions they hire for with the competences each position needs."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from canteen_app.db.base import Base
from canteen_app.db.types import sort_key_type

SORT_KEY_LENGTH = 160


class PartnerCompany(Base):
    __tablename__ = "partner_companies"
    __table_args__ = (
        UniqueConstraint("site_id", "name"),
        Index("ix_partner_companies_site_sort", "site_id", "sort_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    name: Mapped[str] = mapped_column(String(120))
    sort_key: Mapped[str] = mapped_column(sort_key_type(SORT_KEY_LENGTH))
    org_number: Mapped[str] = mapped_column(String(9), default="")  # Brønnøysund, 9 digits
    website: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(default=True)
    updated_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__: dict[str, Any] = {"version_id_col": version}  # noqa: RUF012


class PartnerLocation(Base):
    """One canteen or site of a partner chain, where a referred participant would work."""

    __tablename__ = "partner_locations"
    __table_args__ = (UniqueConstraint("company_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("partner_companies.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(120))
    street: Mapped[str] = mapped_column(String(120), default="")
    postcode: Mapped[str] = mapped_column(String(4), default="")
    city: Mapped[str] = mapped_column(String(80), default="")
    active: Mapped[bool] = mapped_column(default=True)
    updated_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__: dict[str, Any] = {"version_id_col": version}  # noqa: RUF012


class PartnerContact(Base):
    """A contact person at a partner (a recruiter, a canteen manager); a dossier's named recipient."""

    __tablename__ = "partner_contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("partner_companies.id", ondelete="CASCADE"))
    location_id: Mapped[int | None] = mapped_column(ForeignKey("partner_locations.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    active: Mapped[bool] = mapped_column(default=True)
    updated_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__: dict[str, Any] = {"version_id_col": version}  # noqa: RUF012


class PositionType(Base):
    """A kind of position a partner hires for (kitchen assistant, dishwasher, serving)."""

    __tablename__ = "position_types"
    __table_args__ = (UniqueConstraint("company_id", "title"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("partner_companies.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(String(500), default="")
    active: Mapped[bool] = mapped_column(default=True)
    updated_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__: dict[str, Any] = {"version_id_col": version}  # noqa: RUF012


class PositionNeed(Base):
    """A competence a position needs: a whole framework area or one goal, at a minimum level."""

    __tablename__ = "position_needs"
    __table_args__ = (
        CheckConstraint("(area_number IS NULL) <> (competence_goal_id IS NULL)", name="area_or_goal"),
        CheckConstraint("min_level BETWEEN 1 AND 4", name="min_level_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    position_id: Mapped[int] = mapped_column(ForeignKey("position_types.id", ondelete="CASCADE"), index=True)
    area_number: Mapped[int | None]
    competence_goal_id: Mapped[int | None] = mapped_column(ForeignKey("competence_goals.id"))
    min_level: Mapped[int]
