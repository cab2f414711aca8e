"""The participant register (T1). Special-category data (GDPR art. 9): only roles that need
the details see them, and every view and change of the details is written to the audit log,
in the same transaction as the view or change itself."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from datetime import date
from typing import Any, TypeVar, cast

from sqlalchemy import CursorResult, ScalarSelect, Select, func, select, update

from canteen_app.access import Actor, Permission, Role, require
from canteen_app.core.collation import norwegian_sort_key
from canteen_app.core.errors import AuditedConcurrencyError, NotFoundError, ValidationError
from canteen_app.core.text import QT_TRANSLATE_NOOP, Message
from canteen_app.core.text_rules import tidy
from canteen_app.db.service import Clock, Service, reads, writes
from canteen_app.db.unit_of_work import Database
from canteen_app.platform.audit.rules import AuditAction
from canteen_app.platform.audit.service import AuditService
from canteen_app.platform.auth.service import AuthService
from canteen_app.platform.retention.dto import ArchiveField, ArchiveSection, DueRecord
from canteen_app.platform.retention.rules import (
    ANONYMISED_FIRST_NAME,
    ANONYMISED_LANGUAGE,
    anonymised_last_name,
)
from canteen_app.training.participants.dto import (
    KioskPerson,
    MeasurePeriod,
    ParticipantDetails,
    ParticipantExportRow,
    ParticipantRow,
)
from canteen_app.training.participants.models import SORT_KEY_LENGTH, MeasureEvent, Participant
from canteen_app.training.participants.nav import END_REASON_LABELS, END_REASON_NB, MEASURE_RULES
from canteen_app.training.participants.photo import scaled_photo
from canteen_app.training.participants.rules import (
    PARTICIPANT_FIELDS,
    SORT_KEYS,
    ParticipantInput,
    usual_measure_end,
    validate_end,
    validate_extension,
    validate_participant,
)

ENTITY = "participant"
CONFLICT_VIEW = "conflict"  # audit detail: the stored version shown after a refused save
PARTICIPANTS = "training.participants"
# The list's two halves: measures running, and measures ended (the "ended" list).
ACTIVE = "active"
ENDED = "ended"
_Q = TypeVar("_Q", bound=Select[Any])
_ANONYMISE_EVENT = "anonymise"  # a MeasureEvent: the personal data was removed (retention)
_REGISTER_FIELDS = (
    ArchiveField("id", "Nr.", "No."),
    ArchiveField("first_name", "Fornavn", "First name"),
    ArchiveField("last_name", "Etternavn", "Last name"),
    ArchiveField("phone", "Telefon", "Phone"),
    ArchiveField("email", "E-post", "E-mail"),
    ArchiveField("preferred_language", "Foretrukket språk", "Preferred language"),
    ArchiveField(
        "nav_measure",
        "NAV-tiltak",
        "NAV measure",
        tuple((m.value, rule.name, rule.name) for m, rule in MEASURE_RULES.items()),
    ),
    ArchiveField("measure_start", "Tiltaksstart", "Measure start"),
    ArchiveField("measure_planned_end", "Planlagt slutt", "Planned end"),
    ArchiveField("participation_percent", "Deltakelse (%)", "Participation (%)"),
    ArchiveField("nav_contact", "NAV-kontakt", "NAV contact"),
    ArchiveField("coach", "Jobbkonsulent", "Job coach"),
    ArchiveField("support_needs", "Tilrettelegging", "Support needs"),
    ArchiveField("ended_on", "Avsluttet", "Ended"),
    ArchiveField(
        "end_reason",
        "Sluttårsak",
        "End reason",
        tuple((r.value, END_REASON_NB[r], label) for r, label in END_REASON_LABELS.items()),
    ),
    ArchiveField("photo_png", "Bilde", "Photo"),
    ArchiveField("photo_on_kiosk", "Bilde vises på kiosken", "Photo shown on the kiosk"),
    ArchiveField("created_at", "Registrert", "Registered"),
    ArchiveField("updated_at", "Sist endret", "Last changed"),
)
_EVENT_FIELDS = (
    ArchiveField(
        "kind",
        "Endring",
        "Change",
        (("extend", "Forlenget", "Extended"), ("end", "Avsluttet", "Ended")),
    ),
    ArchiveField("at", "Tidspunkt", "Time"),
    ArchiveField("actor_name", "Av", "By"),
    ArchiveField("old_end", "Før", "Before"),
    ArchiveField("new_end", "Ny dato", "New date"),
    ArchiveField(
        "reason",
        "Grunn",
        "Reason",
        tuple((r.value, END_REASON_NB[r], label) for r, label in END_REASON_LABELS.items()),
    ),
)


def search_key(first_name: str, last_name: str) -> str:
    """Case-folded and composed, so a search finds a name however its letters were typed."""
    return unicodedata.normalize("NFC", f"{first_name} {last_name}".casefold())


def sort_key(first_name: str, last_name: str) -> str:
    """Stored with the participant, so the database sorts the list in Norwegian order.

    Letters like ß and þ expand to two; the tail of a very long name does not decide the
    order, so the key is cut to fit its column."""
    return norwegian_sort_key(f"{last_name} {first_name}")[:SORT_KEY_LENGTH]


class ParticipantService(Service):
    def __init__(self, db: Database, clock: Clock, auth: AuthService, audit: AuditService) -> None:
        super().__init__(db, clock)
        self._auth = auth
        self._audit = audit

    # --- list (names for everyone allowed; details only for those who need them) -----------

    @reads
    def has_any(self) -> bool:
        """Whether the register holds anyone (demo data only goes into an empty database)."""
        return self.session.scalar(select(Participant.id).limit(1)) is not None

    @reads
    def count(self, actor: Actor, search: str = "", status: str | None = None) -> int:
        require(actor, Permission.VIEW_PARTICIPANT_NAMES)
        query = _filtered(select(func.count()).select_from(Participant), actor, search, status)
        return int(self.session.scalar(query) or 0)

    @writes
    def rows(
        self,
        actor: Actor,
        search: str = "",
        offset: int = 0,
        limit: int = 500,
        sort: str = "name",
        descending: bool = False,
        status: str | None = None,
    ) -> list[ParticipantRow]:
        """One page of the list, sorted by `sort` (one of SORT_KEYS); `status` ACTIVE or ENDED
        keeps only those (None: everyone). Opening a list is itself a view of participant
        data, so the first page of every list is logged (how many rows were shown, not who)."""
        require(actor, Permission.VIEW_PARTICIPANT_NAMES)
        details = actor.can(Permission.VIEW_PARTICIPANT_DETAILS)
        query = _filtered(select(Participant), actor, search, status)
        query = query.order_by(*self._order(sort if details else "name", descending))
        query = query.offset(offset).limit(limit)
        participants = list(self.session.scalars(query))
        coach_names = self._auth.names_of(p.coach_id for p in participants if p.coach_id) if details else {}
        rows = [_row(p, coach_names.get(p.coach_id or 0), details) for p in participants]
        if offset == 0:
            detail = f"rows={len(rows)}" + ("" if details else ", names only")
            self._audit.record(actor, AuditAction.LIST, ENTITY, None, detail)
        return rows

    def _order(self, sort: str, descending: bool) -> list[Any]:
        """ORDER BY for a sort key; ties go by name, then id, so paging never skips a row."""
        if sort not in SORT_KEYS:
            raise ValueError(f"cannot sort participants by {sort!r}")
        first: Any = {
            "name": Participant.sort_key,
            "measure": Participant.nav_measure,
            # An ended measure by the day it ended, as the ended list shows it.
            "end": func.coalesce(Participant.ended_on, Participant.measure_planned_end),
            "coach": self._auth.name_order(Participant.coach_id),
        }[sort]
        first = first.desc() if descending else first.asc()
        return [first.nulls_last(), Participant.sort_key, Participant.id]

    @reads
    def names_of(self, actor: Actor, participant_ids: Iterable[int]) -> dict[int, str]:
        """Participant id -> "First Last", for the ones that still exist (the audit log shows
        names it does not keep itself)."""
        require(actor, Permission.VIEW_PARTICIPANT_NAMES)
        wanted = set(participant_ids)
        if not wanted:
            return {}
        rows = self.session.execute(
            select(Participant.id, Participant.first_name, Participant.last_name).where(
                Participant.id.in_(wanted)
            )
        )
        return {participant_id: f"{first} {last}" for participant_id, first, last in rows}

    @reads
    def check_access(self, actor: Actor, participant_id: int) -> None:
        """Raise unless the actor may see this participant's details (for the features that
        hold a participant's training data; they log their own views)."""
        require(actor, Permission.VIEW_PARTICIPANT_DETAILS)
        self._load(actor, participant_id)

    @reads
    def preferred_language(self, actor: Actor, participant_id: int) -> str:
        """The language the participant reads, for a form printed in it (a tool that shows
        the participant's data logs its own view)."""
        require(actor, Permission.VIEW_PARTICIPANT_DETAILS)
        return self._load(actor, participant_id).preferred_language

    @reads
    def for_report(self, actor: Actor, participant_id: int) -> ParticipantDetails:
        """The full record for a document that picks the fields it may show and logs its own
        export (the NAV reports, once the file is written); not logged here."""
        require(actor, Permission.VIEW_PARTICIPANT_DETAILS)
        return self._details(self._load(actor, participant_id))

    @writes
    def export_rows(self, actor: Actor) -> list[ParticipantExportRow]:
        """Every participant of the site with the measure and the coach, in name order, for
        the command line's list (never support needs or contact details); logged as an
        export of how many rows, not who."""
        require(actor, Permission.VIEW_PARTICIPANT_DETAILS)
        query = (
            select(Participant)
            .where(Participant.site_id == actor.site_id)
            .order_by(Participant.sort_key, Participant.id)
        )
        participants = list(self.session.scalars(query))
        coach_names = self._auth.names_of(p.coach_id for p in participants if p.coach_id)
        rows = [
            ParticipantExportRow(
                id=p.id,
                first_name=p.first_name,
                last_name=p.last_name,
                nav_measure=p.nav_measure,
                measure_start=p.measure_start,
                measure_planned_end=p.measure_planned_end,
                coach_name=coach_names.get(p.coach_id) if p.coach_id else None,
                ended_on=p.ended_on,
            )
            for p in participants
        ]
        self._audit.record(actor, AuditAction.EXPORT, ENTITY, None, f"participant list, rows={len(rows)}")
        return rows

    # --- details ------------------------------------------------------------------------------

    @writes
    def get(self, actor: Actor, participant_id: int) -> ParticipantDetails:
        """The full record; the view itself is logged in the same transaction."""
        require(actor, Permission.VIEW_PARTICIPANT_DETAILS)
        participant = self._load(actor, participant_id)
        self._audit.record(actor, AuditAction.VIEW, ENTITY, participant.id)
        return self._details(participant)

    @writes
    def create(self, actor: Actor, data: ParticipantInput) -> ParticipantDetails:
        require(actor, Permission.EDIT_PARTICIPANTS)
        data = data.cleaned()
        now = self.now()
        self._validate(actor, data)
        participant = Participant(site_id=actor.site_id, created_at=now, updated_at=now)
        _apply(participant, data)
        self.session.add(participant)
        self.session.flush()
        self._audit.record(actor, AuditAction.CREATE, ENTITY, participant.id)
        self.changed(PARTICIPANTS, participant.id)
        return self._details(participant)

    @writes
    def update(
        self, actor: Actor, participant_id: int, expected_version: int, data: ParticipantInput
    ) -> ParticipantDetails:
        """Save edits made to the version the user loaded.

        If someone saved in between, nothing is written and ConcurrencyError carries the
        stored record, so the user can compare and decide; their own edits stay in the form.
        Showing the stored record is a view of it, and audited as one.
        """
        require(actor, Permission.EDIT_PARTICIPANTS)
        data = data.cleaned()
        participant = self._load(actor, participant_id)
        if participant.version != expected_version:
            raise self._conflict(actor, participant)
        self._validate(actor, data)
        changes = _changed_values(participant, data)
        if not changes:
            return self._details(participant)
        # The version in the WHERE is the real guard: between our read and this UPDATE another
        # PC may have committed (PostgreSQL runs both at once); then no row matches.
        saved = cast(
            CursorResult[Any],
            self.session.execute(
                update(Participant)
                .where(Participant.id == participant.id, Participant.version == expected_version)
                .values(**changes, updated_at=self.now(), version=expected_version + 1)
                .execution_options(synchronize_session=False)
            ),
        )
        if saved.rowcount != 1:
            raise self._conflict(actor, self._reload(participant))
        changed_fields = [name for name in PARTICIPANT_FIELDS if name in changes]  # names, never values
        self._audit.record(actor, AuditAction.UPDATE, ENTITY, participant.id, ", ".join(changed_fields))
        self.changed(PARTICIPANTS, participant.id)
        return self._details(self._reload(participant))

    # --- the measure's lifecycle ----------------------------------------------------------------

    @writes
    def extend_measure(
        self, actor: Actor, participant_id: int, expected_version: int, new_end: date, reason: str
    ) -> ParticipantDetails:
        """Move the planned end later (NAV approved an extension), with the reason."""
        require(actor, Permission.EDIT_PARTICIPANTS)
        participant = self._load(actor, participant_id)
        if participant.version != expected_version:
            raise self._conflict(actor, participant)
        errors = validate_extension(participant.measure_planned_end, participant.ended_on, new_end, reason)
        if errors:
            raise ValidationError(errors)
        self._event(participant, "extend", new_end, tidy(reason), actor)
        participant.measure_planned_end = new_end
        self._saved(actor, participant, "measure extended")
        return self._details(participant)

    @writes
    def end_measure(
        self, actor: Actor, participant_id: int, expected_version: int, ended_on: date, reason: str
    ) -> ParticipantDetails:
        """End the measure on a day, with NAV's end reason; the participant moves to the ended
        list, and attendance after that day no longer counts."""
        require(actor, Permission.EDIT_PARTICIPANTS)
        participant = self._load(actor, participant_id)
        if participant.version != expected_version:
            raise self._conflict(actor, participant)
        errors = validate_end(participant.measure_start, participant.ended_on, ended_on, reason)
        if errors:
            raise ValidationError(errors)
        self._event(participant, "end", ended_on, reason, actor)
        participant.ended_on = ended_on
        participant.end_reason = reason
        self._saved(actor, participant, f"measure ended: {reason}")
        return self._details(participant)

    @writes
    def set_photo(self, actor: Actor, participant_id: int, image: bytes | None, show_on_kiosk: bool) -> None:
        """Store (scaled, without metadata) or remove the photo, and the participant's own yes
        or no to showing it on the kiosk."""
        require(actor, Permission.EDIT_PARTICIPANTS)
        participant = self._load(actor, participant_id)
        participant.photo = scaled_photo(image) if image is not None else None
        participant.photo_on_kiosk = show_on_kiosk and image is not None
        self._saved(actor, participant, "photo " + ("set" if image is not None else "removed"))

    @writes
    def photo(self, actor: Actor, participant_id: int) -> bytes | None:
        require(actor, Permission.VIEW_PARTICIPANT_DETAILS)
        participant = self._load(actor, participant_id)
        self._audit.record(actor, AuditAction.VIEW, ENTITY, participant.id, "photo")
        return participant.photo

    @reads
    def kiosk_people(self, actor: Actor, day: date) -> list[KioskPerson]:
        """Who can check in at the kiosk on `day`: first names, and photos only with a yes."""
        require(actor, Permission.CHECK_IN)
        query = (
            select(Participant.id, Participant.first_name, Participant.photo_on_kiosk)
            .where(*_active_on(actor.site_id, day))
            .order_by(Participant.first_name, Participant.id)
        )
        rows = self.session.execute(query).all()
        shown = [row.id for row in rows if row.photo_on_kiosk]
        photos: dict[int, bytes | None] = {}
        if shown:
            query_photos = select(Participant.id, Participant.photo).where(Participant.id.in_(shown))
            photos = {participant_id: photo for participant_id, photo in self.session.execute(query_photos)}
        return [KioskPerson(row.id, row.first_name, photos.get(row.id)) for row in rows]

    @staticmethod
    def kiosk_first_name(participant_id: Any, site_id: Any, day: Any) -> ScalarSelect[str]:
        """The participant's first name if they can check in on `day` (their measure runs then
        on the site), NULL otherwise: a scalar subquery for the kiosk's check-in, which checks
        the participant and writes the day in one statement. The arguments are SQL expressions
        (bound parameters); the first name is all the kiosk may show."""
        return (
            select(Participant.first_name)
            .where(Participant.id == participant_id, *_active_on(site_id, day))
            .scalar_subquery()
        )

    @reads
    def periods(self, site_id: int, participant_ids: Iterable[int]) -> dict[int, MeasurePeriod]:
        """Each participant's measure period: the days their attendance counts."""
        wanted = set(participant_ids)
        if not wanted:
            return {}
        rows = self.session.execute(
            select(
                Participant.id,
                Participant.measure_start,
                Participant.measure_planned_end,
                Participant.ended_on,
            ).where(Participant.site_id == site_id, Participant.id.in_(wanted))
        ).all()
        return {
            row.id: MeasurePeriod(
                row.id, row.measure_start, row.ended_on or row.measure_planned_end, row.ended_on is not None
            )
            for row in rows
        }

    # --- the coach's overview and retention -----------------------------------------------------

    @reads
    def caseload(self, actor: Actor) -> list[ParticipantRow]:
        """The participants whose measure has not ended that a job coach follows (everyone's for
        an administrator), in name order, for an overview that logs its own view."""
        require(actor, Permission.VIEW_PARTICIPANT_DETAILS)
        query = select(
            Participant.id,
            Participant.first_name,
            Participant.last_name,
            Participant.nav_measure,
            Participant.measure_start,
            Participant.measure_planned_end,
            Participant.coach_id,
        ).where(Participant.site_id == actor.site_id, Participant.ended_on.is_(None))
        if actor.role is Role.JOB_COACH:
            query = query.where(Participant.coach_id == actor.user_id)
        rows = self.session.execute(query.order_by(Participant.sort_key, Participant.id)).all()
        coach_names = self._auth.names_of({row.coach_id for row in rows if row.coach_id})
        return [
            ParticipantRow(
                id=row.id,
                first_name=row.first_name,
                last_name=row.last_name,
                nav_measure=row.nav_measure,
                measure_planned_end=row.measure_planned_end,
                coach_name=coach_names.get(row.coach_id or 0),
                usual_limit_end=usual_measure_end(row.nav_measure, row.measure_start),
            )
            for row in rows
        ]

    @reads
    def ended_before(self, actor: Actor, day: date) -> list[DueRecord]:
        """Participants whose measure ended before `day` and who are not anonymised yet, the
        longest ended first (retention, which logs its own view)."""
        require(actor, Permission.MANAGE_RETENTION)
        anonymised = select(MeasureEvent.participant_id).where(MeasureEvent.kind == _ANONYMISE_EVENT)
        rows = self.session.execute(
            select(
                Participant.id,
                Participant.first_name,
                Participant.last_name,
                Participant.nav_measure,
                Participant.ended_on,
                Participant.end_reason,
            )
            .where(
                Participant.site_id == actor.site_id,
                Participant.ended_on.is_not(None),
                Participant.ended_on < day,
                Participant.id.not_in(anonymised),
            )
            .order_by(Participant.ended_on, Participant.sort_key, Participant.id)
        )
        return [
            DueRecord(
                row.id, row.first_name, row.last_name, row.nav_measure, row.ended_on or day, row.end_reason
            )
            for row in rows
        ]

    @reads
    def archive_sections(self, actor: Actor, participant_id: int) -> list[ArchiveSection]:
        """The register entry (support needs and photo included) and the measure's changes,
        for the participant's archive."""
        require(actor, Permission.MANAGE_RETENTION)
        p = self._load(actor, participant_id)
        coach = self._auth.names_of([p.coach_id]).get(p.coach_id) if p.coach_id else None
        register = (
            p.id,
            p.first_name,
            p.last_name,
            p.phone,
            p.email,
            p.preferred_language,
            p.nav_measure,
            p.measure_start,
            p.measure_planned_end,
            p.participation_percent,
            p.nav_contact,
            coach,
            p.support_needs,
            p.ended_on,
            p.end_reason,
            p.photo,
            p.photo_on_kiosk,
            p.created_at,
            p.updated_at,
        )
        events = self.session.scalars(
            select(MeasureEvent)
            .where(MeasureEvent.participant_id == participant_id)
            .order_by(MeasureEvent.at, MeasureEvent.id)
        )
        event_rows = tuple((e.kind, e.at, e.actor_name, e.old_end, e.new_end, e.reason) for e in events)
        return [
            ArchiveSection(
                "register", "Deltakerregisteret", "The participant register", _REGISTER_FIELDS, (register,)
            ),
            ArchiveSection(
                "measure_events", "Endringer i tiltaket", "Changes of the measure", _EVENT_FIELDS, event_rows
            ),
        ]

    @writes
    def anonymise(self, actor: Actor, participant_id: int) -> None:
        """Remove the name, contact details, preferred language, support needs, photo and
        written reasons; keep the measure, its period and the end reason (anonymous
        statistics). The participant then shows as "Anonymisert #12" and is no longer due for
        retention."""
        require(actor, Permission.MANAGE_RETENTION)
        p = self._load(actor, participant_id)
        first, last = ANONYMISED_FIRST_NAME, anonymised_last_name(p.id)
        p.first_name, p.last_name = first, last
        p.search_key, p.sort_key = search_key(first, last), sort_key(first, last)
        p.phone = p.email = p.nav_contact = p.support_needs = ""
        p.preferred_language = ANONYMISED_LANGUAGE
        p.photo, p.photo_on_kiosk = None, False
        self.session.execute(
            update(MeasureEvent)
            .where(MeasureEvent.participant_id == p.id, MeasureEvent.kind == "extend")
            .values(reason="")
            .execution_options(synchronize_session=False)
        )
        self._event(p, _ANONYMISE_EVENT, p.ended_on or p.measure_planned_end, "", actor)
        p.updated_at = self.now()
        self.session.flush()
        self.changed(PARTICIPANTS, p.id)

    @writes
    def erase(self, actor: Actor, participant_id: int) -> None:
        """Delete the participant; what other features hold about them (plan, assessments,
        attendance) and the measure's changes go with the record (ON DELETE CASCADE)."""
        require(actor, Permission.MANAGE_RETENTION)
        participant = self._load(actor, participant_id)
        self.session.delete(participant)
        self.session.flush()
        self.changed(PARTICIPANTS, participant_id)

    def _event(self, participant: Participant, kind: str, new_end: date, reason: str, actor: Actor) -> None:
        old_end = participant.ended_on if kind == "end" else participant.measure_planned_end
        self.session.add(
            MeasureEvent(
                participant_id=participant.id,
                kind=kind,
                at=self.now(),
                actor_name=actor.name[:120],
                old_end=old_end,
                new_end=new_end,
                reason=reason[:300],
            )
        )

    def _saved(self, actor: Actor, participant: Participant, what: str) -> None:
        participant.updated_at = self.now()
        self.session.flush()
        self._audit.record(actor, AuditAction.UPDATE, ENTITY, participant.id, what)
        self.changed(PARTICIPANTS, participant.id)

    def _conflict(self, actor: Actor, participant: Participant) -> AuditedConcurrencyError:
        """The error that shows the user the stored version; its audit entry stays although
        the save is refused (nothing else has been written when it is raised)."""
        self._audit.record(actor, AuditAction.VIEW, ENTITY, participant.id, CONFLICT_VIEW)
        return AuditedConcurrencyError(self._details(participant))

    def _reload(self, participant: Participant) -> Participant:
        self.session.refresh(participant)
        return participant

    def _validate(self, actor: Actor, data: ParticipantInput) -> None:
        errors = validate_participant(data)
        if (
            data.coach_id is not None
            and "coach_id" not in errors
            and not self._auth.is_active_with_role(actor.site_id, data.coach_id, Role.JOB_COACH)
        ):
            errors["coach_id"] = Message(QT_TRANSLATE_NOOP("errors", "Choose an active job coach."))
        if errors:
            raise ValidationError(errors)

    def _load(self, actor: Actor, participant_id: int) -> Participant:
        participant = self.session.get(Participant, participant_id)
        if participant is None or participant.site_id != actor.site_id:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "errors", "This participant was not found. The record may have been removed."
                )
            )
        return participant

    def _details(self, participant: Participant) -> ParticipantDetails:
        coach_id = participant.coach_id
        coach_name = self._auth.names_of([coach_id]).get(coach_id) if coach_id else None
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
            coach_id=coach_id,
            coach_name=coach_name,
            support_needs=participant.support_needs,
            updated_at=participant.updated_at,
            version=participant.version,
            ended_on=participant.ended_on,
            end_reason=participant.end_reason,
            has_photo=bool(
                self.session.scalar(
                    select(func.length(Participant.photo)).where(Participant.id == participant.id)
                )
            ),
            photo_on_kiosk=participant.photo_on_kiosk,
        )


def _filtered(query: _Q, actor: Actor, search: str, status: str | None = None) -> _Q:
    query = query.where(Participant.site_id == actor.site_id)
    if status == ACTIVE:
        query = query.where(Participant.ended_on.is_(None))
    elif status == ENDED:
        query = query.where(Participant.ended_on.is_not(None))
    elif status is not None:
        raise ValueError(f"no participant status {status!r}")
    for word in unicodedata.normalize("NFC", search.casefold()).split():
        query = query.where(Participant.search_key.contains(word, autoescape=True))
    return query


def _apply(participant: Participant, data: ParticipantInput) -> None:
    """Copy the input onto a new record."""
    for field_name, value in _changed_values(participant, data).items():
        setattr(participant, field_name, value)


def _changed_values(participant: Participant, data: ParticipantInput) -> dict[str, Any]:
    """The input's values that differ from the record (with the derived keys when a name did)."""
    changes = {
        name: getattr(data, name)
        for name in PARTICIPANT_FIELDS
        if getattr(participant, name, None) != getattr(data, name)
    }
    if {"first_name", "last_name"} & changes.keys():
        changes["search_key"] = search_key(data.first_name, data.last_name)
        changes["sort_key"] = sort_key(data.first_name, data.last_name)
    return changes


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
        usual_limit_end=usual_measure_end(participant.nav_measure, participant.measure_start),
        ended_on=participant.ended_on,
    )


def _active_on(site_id: Any, day: Any) -> list[Any]:
    """The conditions of a participant whose measure runs on `day`."""
    return [
        Participant.site_id == site_id,
        Participant.measure_start <= day,
        Participant.measure_planned_end >= day,
        (Participant.ended_on.is_(None)) | (Participant.ended_on >= day),
    ]
