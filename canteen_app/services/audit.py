"""The audit log (P2): who viewed, changed or exported which participant's data, and when."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from canteen_app.domain.dates import utc_now
from canteen_app.domain.errors import NotAuthorizedError
from canteen_app.domain.roles import Actor, Permission
from canteen_app.persistence.database import Database
from canteen_app.persistence.models import AuditEntry
from canteen_app.services.dto import AuditRow


class AuditAction(enum.StrEnum):
    VIEW = "view"
    LIST = "list"
    CREATE = "create"
    UPDATE = "update"
    EXPORT = "export"
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOCKED = "locked"


def record_audit(
    session: Session,
    actor: Actor,
    action: AuditAction,
    entity_type: str,
    entity_id: int | None,
    detail: str = "",
    at: datetime | None = None,
) -> None:
    """Add an entry in the caller's transaction, so the entry and the act commit together."""
    session.add(
        AuditEntry(
            site_id=actor.site_id,
            at=at or utc_now(),
            actor_id=actor.user_id,
            actor_name=actor.name,
            action=action.value,
            entity_type=entity_type,
            entity_id=entity_id,
            detail=detail,
        )
    )


class AuditService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def count(self, actor: Actor, entity_type: str | None = None) -> int:
        self._require_reader(actor)
        query = select(func.count()).select_from(AuditEntry).where(AuditEntry.site_id == actor.site_id)
        if entity_type:
            query = query.where(AuditEntry.entity_type == entity_type)
        with self._db.read() as session:
            return int(session.scalar(query) or 0)

    def entries(
        self, actor: Actor, offset: int = 0, limit: int = 200, entity_type: str | None = None
    ) -> list[AuditRow]:
        """Newest first, one page at a time."""
        self._require_reader(actor)
        query = (
            select(AuditEntry)
            .where(AuditEntry.site_id == actor.site_id)
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
            .offset(offset)
            .limit(limit)
        )
        if entity_type:
            query = query.where(AuditEntry.entity_type == entity_type)
        with self._db.read() as session:
            return [_row(entry) for entry in session.scalars(query)]

    @staticmethod
    def _require_reader(actor: Actor) -> None:
        if not actor.can(Permission.READ_AUDIT_LOG):
            raise NotAuthorizedError()


def _row(entry: AuditEntry) -> AuditRow:
    return AuditRow(
        id=entry.id,
        at=entry.at,
        actor_name=entry.actor_name,
        action=entry.action,
        entity_type=entry.entity_type,
        entity_id=entry.entity_id,
        detail=entry.detail,
    )
