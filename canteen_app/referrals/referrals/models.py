"""Referrals (henvisninger): a participant to a partner's location and position, through stages."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from canteen_app.db.base import Base


class Referral(Base):
    __tablename__ = "referrals"
    __table_args__ = (
        Index("ix_referrals_site_stage", "site_id", "stage"),
        Index("ix_referrals_participant", "participant_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    company_id: Mapped[int] = mapped_column(ForeignKey("partner_companies.id"))
    location_id: Mapped[int] = mapped_column(ForeignKey("partner_locations.id"))
    position_id: Mapped[int] = mapped_column(ForeignKey("position_types.id"))
    # The named recipient of the dossier; None until the coach picks one.
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("partner_contacts.id"))
    stage: Mapped[str] = mapped_column(String(12))  # rules.Stage
    stage_on: Mapped[date] = mapped_column(Date)  # the day the current stage began
    # The coach's statement for the dossier: what the participant does well, in the coach's words.
    statement: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__: dict[str, Any] = {"version_id_col": version}  # noqa: RUF012


class ReferralStageEvent(Base):
    """One step of a referral's history: the stage it entered, on which day, with a note."""

    __tablename__ = "referral_stage_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referrals.id", ondelete="CASCADE"), index=True)
    stage: Mapped[str] = mapped_column(String(12))
    on_date: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(500), default="")
    recorded_by: Mapped[str] = mapped_column(String(120))
    recorded_at: Mapped[datetime]
