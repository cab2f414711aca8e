"""The audit log's table."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from canteen_app.db.base import Base, BigIntPK


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
