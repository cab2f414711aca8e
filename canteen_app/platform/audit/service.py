"""The audit log (P2): who viewed, changed or exported which participant's data, and when.

Other services write their entries through `record`, inside the action's own transaction, so
an entry and the act it describes commit together or not at all.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import Select, func, select

from canteen_app.access import Actor, Permission, require
from canteen_app.db.service import Service, reads, writes
from canteen_app.platform.audit.dto import AuditRow
from canteen_app.platform.audit.models import AuditEntry
from canteen_app.platform.audit.rules import AuditAction

# Open audit views refresh when an action wrote entries.
AUDIT_LOG = "audit.log"
_Q = TypeVar("_Q", bound=Select[Any])


class AuditService(Service):
    @writes
    def record(
        self,
        actor: Actor,
        action: AuditAction,
        entity_type: str,
        entity_id: int | None,
        detail: str = "",
    ) -> None:
        """Add an entry to the action's transaction."""
        self.session.add(
            AuditEntry(
                site_id=actor.site_id,
                at=self.now(),
                actor_id=actor.user_id,
                actor_name=actor.name,
                action=action.value,
                entity_type=entity_type,
                entity_id=entity_id,
                detail=detail,
            )
        )
        self.changed(AUDIT_LOG)

    @reads
    def count(self, actor: Actor, entity_type: str | None = None) -> int:
        require(actor, Permission.READ_AUDIT_LOG)
        query = _filtered(select(func.count()).select_from(AuditEntry), actor, entity_type)
        return int(self.session.scalar(query) or 0)

    @reads
    def entries(
        self, actor: Actor, offset: int = 0, limit: int = 200, entity_type: str | None = None
    ) -> list[AuditRow]:
        """Newest first, one page at a time."""
        require(actor, Permission.READ_AUDIT_LOG)
        query = (
            _filtered(select(AuditEntry), actor, entity_type)
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
            .offset(offset)
            .limit(limit)
        )
        return [_row(entry) for entry in self.session.scalars(query)]


def _filtered(query: _Q, actor: Actor, entity_type: str | None) -> _Q:
    query = query.where(AuditEntry.site_id == actor.site_id)
    if entity_type:
        query = query.where(AuditEntry.entity_type == entity_type)
    return query


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
