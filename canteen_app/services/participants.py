"""The participant register (T1). Special-category data (GDPR art. 9): only roles that need
the details see them, and every view and change of the details is written to the audit log."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError

from canteen_app.domain.collation import norwegian_sort_key
from canteen_app.domain.dates import utc_now
from canteen_app.domain.errors import ConcurrencyError, NotAuthorizedError, NotFoundError, ValidationError
from canteen_app.domain.participants import (
    PARTICIPANT_FIELDS,
    ParticipantInput,
    participant_warnings,
    validate_participant,
)
from canteen_app.domain.roles import Actor, Permission, Role
from canteen_app.domain.text import QT_TRANSLATE_NOOP, Message
from canteen_app.persistence.database import Database
from canteen_app.persistence.models import Participant, User
from canteen_app.services.audit import AuditAction, record_audit
from canteen_app.services.dto import ParticipantDetails, ParticipantRow

ENTITY = "participant"
_Q = TypeVar("_Q", bound=Select[*tuple[Any, ...]])


def search_key(first_name: str, last_name: str) -> str:
    return f"{first_name} {last_name}".casefold()


def sort_key(first_name: str, last_name: str) -> str:
    """Stored with the participant, so the database sorts the list in Norwegian order."""
    return norwegian_sort_key(f"{last_name} {first_name}")


class ParticipantService:
    def __init__(self, db: Database, clock: Callable[[], datetime] = utc_now) -> None:
        self._db = db
        self._clock = clock

    # --- list (names for everyone allowed; details only for those who need them) -----------

    def count(self, actor: Actor, search: str = "") -> int:
        _require(actor, Permission.VIEW_PARTICIPANT_NAMES)
        query = select(func.count()).select_from(Participant)
        query = _filtered(query, actor, search)
        with self._db.read() as session:
            return int(session.scalar(query) or 0)

    def rows(self, actor: Actor, search: str = "", offset: int = 0, limit: int = 500) -> list[ParticipantRow]:
        """One page of the list. Opening a list is itself a view of participant data, so the
        first page of every list is logged (how many rows were shown, not who)."""
        _require(actor, Permission.VIEW_PARTICIPANT_NAMES)
        coach = aliased(User)
        query = (
            select(Participant, coach.name)
            .outerjoin(coach, coach.id == Participant.coach_id)
            .order_by(Participant.sort_key, Participant.id)
            .offset(offset)
            .limit(limit)
        )
        query = _filtered(query, actor, search)
        details = actor.can(Permission.VIEW_PARTICIPANT_DETAILS)
        with self._db.write() if offset == 0 else self._db.read() as session:
            rows = [
                _row(participant, coach_name, details) for participant, coach_name in session.execute(query)
            ]
            if offset == 0:
                detail = f"rows={len(rows)}" + ("" if details else ", names only")
                record_audit(session, actor, AuditAction.LIST, ENTITY, None, detail, at=self._clock())
            return rows

    # --- details ------------------------------------------------------------------------------

    def get(self, actor: Actor, participant_id: int) -> ParticipantDetails:
        """The full record; the view itself is logged in the same transaction."""
        _require(actor, Permission.VIEW_PARTICIPANT_DETAILS)
        with self._db.write() as session:
            participant = _load(session, actor, participant_id)
            record_audit(session, actor, AuditAction.VIEW, ENTITY, participant.id, at=self._clock())
            return _details(session, participant)

    def check(self, data: ParticipantInput) -> tuple[dict[str, Message], dict[str, Message]]:
        """Errors and warnings for what is typed so far, for live feedback in the dialog."""
        cleaned = data.cleaned()
        return validate_participant(cleaned), participant_warnings(cleaned)

    def create(self, actor: Actor, data: ParticipantInput) -> ParticipantDetails:
        _require(actor, Permission.EDIT_PARTICIPANTS)
        data = data.cleaned()
        now = self._clock()
        with self._db.write() as session:
            self._validate(session, actor, data)
            participant = Participant(site_id=actor.site_id, created_at=now, updated_at=now)
            _apply(participant, data)
            session.add(participant)
            session.flush()
            record_audit(session, actor, AuditAction.CREATE, ENTITY, participant.id, at=now)
            return _details(session, participant)

    def update(
        self, actor: Actor, participant_id: int, expected_version: int, data: ParticipantInput
    ) -> ParticipantDetails:
        """Save edits made to the version the user loaded.

        If someone saved in between, nothing is written and ConcurrencyError carries the
        stored record, so the user can compare and decide; their own edits stay in the form.
        """
        _require(actor, Permission.EDIT_PARTICIPANTS)
        data = data.cleaned()
        now = self._clock()
        try:
            with self._db.write() as session:
                participant = _load(session, actor, participant_id)
                if participant.version != expected_version:
                    raise ConcurrencyError(_details(session, participant))
                self._validate(session, actor, data)
                changed = _apply(participant, data)
                if not changed:
                    return _details(session, participant)
                participant.updated_at = now
                session.flush()  # the version check happens here, in the UPDATE's WHERE
                record_audit(
                    session, actor, AuditAction.UPDATE, ENTITY, participant.id, ", ".join(changed), at=now
                )
                return _details(session, participant)
        except StaleDataError as race:
            # Someone committed between our read and our UPDATE.
            with self._db.read() as session:
                raise ConcurrencyError(_details(session, _load(session, actor, participant_id))) from race

    def _validate(self, session: Session, actor: Actor, data: ParticipantInput) -> None:
        errors = validate_participant(data)
        if data.coach_id is not None and "coach_id" not in errors:
            coach = session.get(User, data.coach_id)
            if (
                coach is None
                or coach.role != Role.JOB_COACH.value
                or not coach.active
                or coach.site_id != actor.site_id
            ):
                errors["coach_id"] = Message(QT_TRANSLATE_NOOP("errors", "Choose an active job coach."))
        if errors:
            raise ValidationError(errors)


def _require(actor: Actor, permission: Permission) -> None:
    if not actor.can(permission):
        raise NotAuthorizedError()


def _filtered(query: _Q, actor: Actor, search: str) -> _Q:
    query = query.where(Participant.site_id == actor.site_id)
    for word in search.casefold().split():
        query = query.where(Participant.search_key.contains(word, autoescape=True))
    return query


def _load(session: Session, actor: Actor, participant_id: int) -> Participant:
    participant = session.get(Participant, participant_id)
    if participant is None or participant.site_id != actor.site_id:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "This participant was not found. The record may have been removed.")
        )
    return participant


def _apply(participant: Participant, data: ParticipantInput) -> list[str]:
    """Copy the input onto the record; return the names of the fields that changed."""
    changed = []
    for field_name in PARTICIPANT_FIELDS:
        value = getattr(data, field_name)
        if getattr(participant, field_name, None) != value:
            setattr(participant, field_name, value)
            changed.append(field_name)
    participant.search_key = search_key(data.first_name, data.last_name)
    participant.sort_key = sort_key(data.first_name, data.last_name)
    return changed


def _row(participant: Participant, coach_name: str | None, details: bool) -> ParticipantRow:
    if not details:
        return ParticipantRow(participant.id, participant.first_name, participant.last_name)
    return ParticipantRow(
        id=participant.id,
        first_name=participant.first_name,
        last_name=participant.last_name,
        nav_measure=participant.nav_measure,
        measure_planned_end=participant.measure_planned_end,
        coach_name=coach_name,
    )


def _details(session: Session, participant: Participant) -> ParticipantDetails:
    coach = session.get(User, participant.coach_id) if participant.coach_id else None
    return ParticipantDetails(
        id=participant.id,
        first_name=participant.first_name,
        last_name=participant.last_name,
        phone=participant.phone,
        email=participant.email,
        preferred_language=participant.preferred_language,
        nav_measure=participant.nav_measure,
        measure_start=participant.measure_start,
        measure_planned_end=participant.measure_planned_end,
        participation_percent=participant.participation_percent,
        nav_contact=participant.nav_contact,
        coach_id=participant.coach_id,
        coach_name=coach.name if coach else None,
        support_needs=participant.support_needs,
        updated_at=participant.updated_at,
        version=participant.version,
    )
