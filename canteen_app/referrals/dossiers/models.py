"""What a dossier shows beyond the training plan: the participant's certificates and courses,
and the references who agreed to be asked about them."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from canteen_app.db.base import Base


class Certificate(Base):
    __tablename__ = "participant_certificates"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(160))  # "Hygienekurs for næringsmiddelarbeidere"
    issued_on: Mapped[date] = mapped_column(Date)
    issuer: Mapped[str] = mapped_column(String(160))
    updated_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__: dict[str, Any] = {"version_id_col": version}  # noqa: RUF012


class Reference(Base):
    """A person who can speak for the participant's work; only with their own consent."""

    __tablename__ = "participant_references"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    relation: Mapped[str] = mapped_column(String(160))  # "Kjøkkensjef, praksisplass 2025"
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    # The reference's own yes to being named in dossiers; None: not asked yet.
    consented_on: Mapped[date | None] = mapped_column(Date)
    updated_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__: dict[str, Any] = {"version_id_col": version}  # noqa: RUF012


class DossierProfile(Base):
    """The participant's own facts for every dossier: the languages they speak."""

    __tablename__ = "dossier_profiles"

    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), primary_key=True
    )
    # Language codes (ISO 639, any the participant speaks, not only ours) joined by ";".
    spoken_languages: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__: dict[str, Any] = {"version_id_col": version}  # noqa: RUF012


class DossierDraft(Base):
    """What one referral's dossier holds: the categories the coach chose (each must be covered by
    the participant's consent for the recipient) and the accommodation needs, phrased
    functionally and approved by the participant for this recipient."""

    __tablename__ = "dossier_drafts"

    referral_id: Mapped[int] = mapped_column(ForeignKey("referrals.id", ondelete="CASCADE"), primary_key=True)
    # consent.rules.DataCategory values joined by ";".
    categories: Mapped[str] = mapped_column(String(200))
    accommodations: Mapped[str] = mapped_column(String(1000), default="")
    updated_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__: dict[str, Any] = {"version_id_col": version}  # noqa: RUF012
