"""The participant's consents to share dossier data with a named recipient."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from canteen_app.db.base import Base


class Consent(Base):
    __tablename__ = "consents"
    __table_args__ = (
        Index("ix_consents_participant_company", "participant_id", "company_id"),
        CheckConstraint("expires_on >= given_on", name="expires_after_given"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    company_id: Mapped[int] = mapped_column(ForeignKey("partner_companies.id"))
    # None: any contact person at the company.
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("partner_contacts.id"))
    purpose: Mapped[str] = mapped_column(String(300))
    # rules.DataCategory values joined by ";" in CATEGORY_ORDER ("competences;tasks").
    categories: Mapped[str] = mapped_column(String(200))
    given_on: Mapped[date] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(120))
    expires_on: Mapped[date] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    withdrawn_by: Mapped[str] = mapped_column(String(120), default="")
    updated_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__: dict[str, Any] = {"version_id_col": version}  # noqa: RUF012
