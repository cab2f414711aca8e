"""The audit log (P2): who viewed, changed or exported which participant's data, and when.

Other services write their entries through `record`, inside the action's own transaction, so
an entry and the act it describes commit together or not at all.

The log keeps ids, never names: names are personal data, and participants are deleted when
their retention time is over. Features that own named records register a lookup
(`register_names`, wired in `canteen_app/app.py`); the log asks it when it is read, so a
deleted participant shows as deleted, and the platform never imports a training feature.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Select, func, select

from canteen_app.access import Actor, Permission, require
from canteen_app.core.collation import norwegian_sort_key
from canteen_app.core.files import atomic_output
from canteen_app.db.service import Clock, Service, reads, writes
from canteen_app.db.unit_of_work import Database
from canteen_app.platform.audit.dto import AuditRow, AuditSubject
from canteen_app.platform.audit.models import AuditEntry
from canteen_app.platform.audit.rules import (
    AuditAction,
    AuditFilter,
    AuditPerson,
    check_filter,
    spreadsheet_safe,
)

# Open audit views refresh when an action wrote entries.
AUDIT_LOG = "audit.log"
ENTITY = "audit_log"  # the log itself, when it is opened or exported
ANY = AuditFilter()

# (who reads, ids) -> names of the ones that still exist; runs inside the reading transaction,
# and checks that the reader may see those names.
NameLookup = Callable[[Actor, Iterable[int]], Mapping[int, str]]
# A CSV column: its title and how a row is written in it (the UI gives the same words as on screen).
CsvColumn = tuple[str, Callable[[AuditRow], str]]

_Q = TypeVar("_Q", bound=Select[Any])
_EXPORT_BATCH = 1000


class AuditService(Service):
    def __init__(self, db: Database, clock: Clock) -> None:
        super().__init__(db, clock)
        self._name_lookups: dict[str, NameLookup] = {}

    def register_names(self, entity_type: str, lookup: NameLookup) -> None:
        """Let the log show the names of `entity_type` records (called once, at wiring)."""
        self._name_lookups[entity_type] = lookup

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

    # --- reading -----------------------------------------------------------------------------

    @reads
    def count(self, actor: Actor, filters: AuditFilter = ANY) -> int:
        require(actor, Permission.READ_AUDIT_LOG)
        query = _filtered(select(func.count()).select_from(AuditEntry), actor, filters)
        return int(self.session.scalar(query) or 0)

    @reads
    def entries(
        self, actor: Actor, offset: int = 0, limit: int = 200, filters: AuditFilter = ANY
    ) -> list[AuditRow]:
        """Newest first, one page at a time, with the names of the records as they are now."""
        require(actor, Permission.READ_AUDIT_LOG)
        query = _newest_first(_filtered(select(AuditEntry), actor, filters)).offset(offset).limit(limit)
        return self._with_names(actor, list(self.session.scalars(query)))

    @writes
    def open_log(self, actor: Actor) -> tuple[list[AuditPerson], list[AuditSubject]]:
        """What the log's filter lists offer (the people, the participants), for a person who
        opens the log to read it. The log names participants, so opening it is logged too."""
        choices = self.people(actor), self.subjects(actor, "participant")
        self.record(actor, AuditAction.VIEW, ENTITY, None)
        return choices

    @reads
    def people(self, actor: Actor) -> list[AuditPerson]:
        """Everyone who appears as the doer in the site's log, in Norwegian order."""
        require(actor, Permission.READ_AUDIT_LOG)
        rows = self.session.execute(
            select(AuditEntry.actor_id, AuditEntry.actor_name)
            .where(AuditEntry.site_id == actor.site_id)
            .distinct()
        )
        people = {AuditPerson(user_id, name) for user_id, name in rows}
        return sorted(people, key=lambda person: (norwegian_sort_key(person.name), person.user_id or 0))

    @reads
    def subjects(self, actor: Actor, entity_type: str) -> list[AuditSubject]:
        """The records of one kind the log mentions (e.g. every participant), by name; those
        that no longer exist last, by id."""
        require(actor, Permission.READ_AUDIT_LOG)
        ids = list(
            self.session.scalars(
                select(AuditEntry.entity_id)
                .where(
                    AuditEntry.site_id == actor.site_id,
                    AuditEntry.entity_type == entity_type,
                    AuditEntry.entity_id.is_not(None),
                )
                .distinct()
            )
        )
        names = self._names(actor, entity_type, ids)
        subjects = [
            AuditSubject(entity_id, names.get(entity_id)) for entity_id in ids if entity_id is not None
        ]
        return sorted(
            subjects,
            key=lambda s: (s.name is None, norwegian_sort_key(s.name) if s.name else "", s.entity_id),
        )

    # --- export -----------------------------------------------------------------------------

    def export_csv(
        self,
        actor: Actor,
        out_path: Path,
        columns: Sequence[CsvColumn],
        filters: AuditFilter = ANY,
        delimiter: str = ",",
    ) -> int:
        """Write the entries the filters select to a CSV file; returns how many.

        The file may name participants, so the export is itself logged, in the transaction
        that read the rows. UTF-8 with a byte order mark, so that Excel reads æøå; written
        atomically and owner-only. The file gets its final name only after the transaction
        committed (when this call opened it), so no export exists without its entry.
        """
        require(actor, Permission.READ_AUDIT_LOG)
        check_filter(filters)
        with atomic_output(Path(out_path)) as tmp_path:
            return self._export(actor, tmp_path, columns, filters, delimiter)

    @writes
    def _export(
        self, actor: Actor, tmp_path: Path, columns: Sequence[CsvColumn], filters: AuditFilter, delimiter: str
    ) -> int:
        query = _newest_first(_filtered(select(AuditEntry), actor, filters))
        rows = 0
        with open(tmp_path, "w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream, delimiter=delimiter)
            writer.writerow([spreadsheet_safe(title) for title, _text in columns])
            for batch in self.session.scalars(query.execution_options(yield_per=_EXPORT_BATCH)).partitions():
                for row in self._with_names(actor, list(batch)):
                    writer.writerow([spreadsheet_safe(text(row)) for _title, text in columns])
                    rows += 1
        self.record(actor, AuditAction.EXPORT, ENTITY, None, f"rows={rows}")
        return rows

    # --- names -------------------------------------------------------------------------------

    def _with_names(self, actor: Actor, entries: list[AuditEntry]) -> list[AuditRow]:
        wanted: dict[str, set[int]] = {}
        for entry in entries:
            if entry.entity_id is not None and entry.entity_type in self._name_lookups:
                wanted.setdefault(entry.entity_type, set()).add(entry.entity_id)
        names = {entity_type: self._names(actor, entity_type, ids) for entity_type, ids in wanted.items()}
        return [_row(entry, names.get(entry.entity_type, {}).get(entry.entity_id or 0)) for entry in entries]

    def _names(self, actor: Actor, entity_type: str, ids: Iterable[int | None]) -> Mapping[int, str]:
        lookup = self._name_lookups.get(entity_type)
        wanted = {entity_id for entity_id in ids if entity_id is not None}
        return lookup(actor, wanted) if lookup is not None and wanted else {}


def _filtered(query: _Q, actor: Actor, filters: AuditFilter) -> _Q:
    check_filter(filters)
    query = query.where(AuditEntry.site_id == actor.site_id)
    if filters.entity_type:
        query = query.where(AuditEntry.entity_type == filters.entity_type)
    if filters.participant_id is not None:
        query = query.where(
            AuditEntry.entity_type == "participant", AuditEntry.entity_id == filters.participant_id
        )
    person = filters.person
    if person is not None and person.user_id is not None:
        query = query.where(AuditEntry.actor_id == person.user_id)
    elif person is not None:
        query = query.where(AuditEntry.actor_id.is_(None), AuditEntry.actor_name == person.name)
    start, end = filters.utc_bounds()
    if start is not None:
        query = query.where(AuditEntry.at >= start)
    if end is not None:
        query = query.where(AuditEntry.at < end)
    return query


def _newest_first(query: _Q) -> _Q:
    return query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc())


def _row(entry: AuditEntry, entity_name: str | None) -> AuditRow:
    return AuditRow(
        id=entry.id,
        at=entry.at,
        actor_name=entry.actor_name,
        action=entry.action,
        entity_type=entry.entity_type,
        entity_id=entry.entity_id,
        detail=entry.detail,
        entity_name=entity_name,
    )
