"""Referrals (R2): a participant to a partner's location and position, through the stages of the
pipeline with a dated history and notes; the coach's statement for the dossier; and the outcome
statistics per partner and per year (counts only).

A referral shows a participant's name, so every list and view is written to the audit log with
the participant's id (never a name), in the same transaction; every change likewise. The
partner's names come from the partners feature and the consent's state from the consent
feature, through their services.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, cast

from sqlalchemy import CursorResult, func, select, update

from canteen_app.access import Actor, Permission, require
from canteen_app.core.collation import norwegian_sort_key
from canteen_app.core.dates import local_day
from canteen_app.core.errors import AuditedConcurrencyError, NotFoundError, ValidationError
from canteen_app.core.text import QT_TRANSLATE_NOOP, Message
from canteen_app.db.service import Clock, Service, reads, writes
from canteen_app.db.unit_of_work import Database
from canteen_app.platform.audit.rules import AuditAction
from canteen_app.platform.audit.service import AuditService
from canteen_app.platform.retention.dto import ArchiveField, ArchiveSection
from canteen_app.referrals.consent.rules import ConsentStatus
from canteen_app.referrals.consent.service import ConsentService
from canteen_app.referrals.partners.dto import Recipient
from canteen_app.referrals.partners.service import PartnerService, RecipientKey
from canteen_app.referrals.referrals.dto import (
    Outcomes,
    ReferralDetails,
    ReferralInput,
    ReferralRow,
    StageEventInfo,
    partner_outcome,
    total_outcome,
    year_outcome,
)
from canteen_app.referrals.referrals.models import Referral, ReferralStageEvent
from canteen_app.referrals.referrals.rules import (
    REFERRALS,
    MoveInput,
    MoveKind,
    ReferralFacts,
    Stage,
    by_company,
    by_year,
    check_move,
    check_start,
    check_statement,
    dated_path,
    figures,
    path,
)
from canteen_app.training.participants.service import ENTITY, ParticipantService

__all__ = ["REFERRALS", "ReferralService"]

_GONE = QT_TRANSLATE_NOOP("errors", "This referral was not found. It may have been removed.")
_CONFLICT_VIEW = "conflict"
_NAME_MAX = 120


class ReferralService(Service):
    def __init__(
        self,
        db: Database,
        clock: Clock,
        participants: ParticipantService,
        partners: PartnerService,
        consents: ConsentService,
        audit: AuditService,
    ) -> None:
        super().__init__(db, clock)
        self._participants = participants
        self._partners = partners
        self._consents = consents
        self._audit = audit

    # --- reading -------------------------------------------------------------------------------

    @writes
    def referrals(
        self,
        actor: Actor,
        stage: Stage | None = None,
        participant_id: int | None = None,
        company_id: int | None = None,
    ) -> tuple[ReferralRow, ...]:
        """The site's referrals (optionally of one stage, participant or company), newest stage
        first. The list shows participants' names: it is logged like the participant list (how
        many rows, not who), or as a view of the one participant it is filtered to."""
        require(actor, Permission.MANAGE_REFERRALS)
        require(actor, Permission.VIEW_PARTICIPANT_DETAILS)
        if participant_id is not None:
            self._participants.check_access(actor, participant_id)
        query = select(Referral).where(Referral.site_id == actor.site_id)
        if stage is not None:
            query = query.where(Referral.stage == stage.value)
        if participant_id is not None:
            query = query.where(Referral.participant_id == participant_id)
        if company_id is not None:
            query = query.where(Referral.company_id == company_id)
        referrals = list(self.session.scalars(query.order_by(Referral.stage_on.desc(), Referral.id.desc())))
        rows = self._rows(actor, referrals)
        if participant_id is not None:
            self._audit.record(
                actor, AuditAction.VIEW, ENTITY, participant_id, f"referrals, rows={len(rows)}"
            )
        else:
            self._audit.record(actor, AuditAction.LIST, ENTITY, None, f"referral list, rows={len(rows)}")
        return rows

    @writes
    def export_rows(self, actor: Actor) -> tuple[ReferralRow, ...]:
        """Every referral of the site, oldest first, for the command line; logged as an export
        of how many rows, not who."""
        require(actor, Permission.MANAGE_REFERRALS)
        require(actor, Permission.VIEW_PARTICIPANT_DETAILS)
        query = select(Referral).where(Referral.site_id == actor.site_id).order_by(Referral.id)
        rows = self._rows(actor, list(self.session.scalars(query)))
        self._audit.record(actor, AuditAction.EXPORT, ENTITY, None, f"referral list, rows={len(rows)}")
        return rows

    @writes
    def referral(self, actor: Actor, referral_id: int) -> ReferralDetails:
        """One referral with its history and the coach's statement; the view is logged."""
        referral = self._load(actor, referral_id)
        self._audit.record(
            actor, AuditAction.VIEW, ENTITY, referral.participant_id, f"referral {referral.id}"
        )
        return self._details(actor, referral)

    @reads
    def details_for_dossier(self, actor: Actor, referral_id: int) -> ReferralDetails:
        """The referral for a dossier whose caller logs its own use in the same transaction
        (the dossiers feature); not logged here. The names are read with the caller's own
        rights, never with borrowed ones."""
        referral = self.session.get(Referral, referral_id)
        if referral is None or referral.site_id != actor.site_id:
            raise NotFoundError(_GONE)
        names = self._participants.names_of(actor, [referral.participant_id])
        return self._details_with(referral, names, actor.site_id)

    @reads
    def referral_ids(self, site_id: int, participant_id: int) -> list[int]:
        """The ids of the participant's referrals, oldest first, for a feature that keeps data
        per referral (the dossier drafts) inside its caller's checked transaction; not logged
        (ids only)."""
        return list(
            self.session.scalars(
                select(Referral.id)
                .where(Referral.site_id == site_id, Referral.participant_id == participant_id)
                .order_by(Referral.id)
            )
        )

    # --- changes -------------------------------------------------------------------------------

    @writes
    def create(self, actor: Actor, data: ReferralInput) -> int:
        """A new referral in the prepared stage, on `data.on_date`, with its first note."""
        require(actor, Permission.MANAGE_REFERRALS)
        self._participants.check_access(actor, data.participant_id)
        note, errors = check_start(data.on_date, data.note, self._today())
        errors.update(self._recipient_errors(actor, data.company_id, data.location_id, data.position_id))
        errors.update(self._contact_errors(actor, data.company_id, data.contact_id, None))
        if errors:
            raise ValidationError(errors)
        now = self.now()
        referral = Referral(
            site_id=actor.site_id,
            participant_id=data.participant_id,
            company_id=data.company_id,
            location_id=data.location_id,
            position_id=data.position_id,
            contact_id=data.contact_id,
            stage=Stage.PREPARED.value,
            stage_on=data.on_date,
            statement="",
            created_by=actor.name[:_NAME_MAX],
            created_at=now,
            updated_at=now,
        )
        self.session.add(referral)
        self.session.flush()
        self._event(actor, referral.id, Stage.PREPARED, data.on_date, note)
        self._audit.record(
            actor, AuditAction.UPDATE, ENTITY, data.participant_id, f"referral {referral.id} created"
        )
        self.changed(REFERRALS, referral.id)
        return referral.id

    @writes
    def move(
        self, actor: Actor, referral_id: int, version: int, stage: Stage, on_date: date, note: str = ""
    ) -> ReferralDetails:
        """Move the referral to `stage` on `on_date`: forward (skipping stages if need be), to
        withdrawn from an open stage, or back to the stage before as a correction (with a note).
        Refused when someone changed the referral since `version` was read."""
        require(actor, Permission.MANAGE_REFERRALS)
        referral = self._load(actor, referral_id)
        if referral.version != version:
            raise self._conflict(actor, referral)
        events = self._events([referral.id]).get(referral.id, [])
        history = [Stage(event.stage) for event in events]
        last_date = events[-1].on_date if events else referral.stage_on
        kind, clean, errors = check_move(history, last_date, MoveInput(stage, on_date, note), self._today())
        if errors or kind is None:
            raise ValidationError(errors)
        stage_on = clean.on_date
        if kind is MoveKind.CORRECTION:  # back to the stage before, as it was: since the day it began
            dated = [(Stage(event.stage), event.on_date) for event in events]
            stage_on = dated_path([*dated, (clean.stage, clean.on_date)])[-1][1]
        self._save(actor, referral, version, stage=clean.stage.value, stage_on=stage_on)
        self._event(actor, referral.id, clean.stage, clean.on_date, clean.note)
        what = "corrected back to" if kind is MoveKind.CORRECTION else "moved to"
        self._audit.record(
            actor,
            AuditAction.UPDATE,
            ENTITY,
            referral.participant_id,
            f"referral {referral.id} {what} {clean.stage.value}",
        )
        self.changed(REFERRALS, referral.id)
        return self._details(actor, self._reload(referral))

    @writes
    def update(
        self, actor: Actor, referral_id: int, version: int, contact_id: int | None, statement: str
    ) -> ReferralDetails:
        """Name the contact person (the dossier's recipient) and write the coach's statement."""
        require(actor, Permission.MANAGE_REFERRALS)
        referral = self._load(actor, referral_id)
        if referral.version != version:
            raise self._conflict(actor, referral)
        clean, problem = check_statement(statement)
        errors: dict[str, Message] = {"statement": problem} if problem is not None else {}
        errors.update(self._contact_errors(actor, referral.company_id, contact_id, referral.contact_id))
        if errors:
            raise ValidationError(errors)
        changed = [
            name
            for name, old, new in (
                ("contact", referral.contact_id, contact_id),
                ("statement", referral.statement, clean),
            )
            if old != new
        ]
        if not changed:
            return self._details(actor, referral)
        self._save(actor, referral, version, contact_id=contact_id, statement=clean)
        self._audit.record(
            actor,
            AuditAction.UPDATE,
            ENTITY,
            referral.participant_id,
            f"referral {referral.id} changed: {', '.join(changed)}",
        )
        self.changed(REFERRALS, referral.id)
        return self._details(actor, self._reload(referral))

    # --- outcomes ------------------------------------------------------------------------------

    @reads
    def outcomes(self, actor: Actor, year: int | None = None) -> Outcomes:
        """Referrals, hires, hire rate and median days, per partner and per year; counts only,
        no participant is named, so nothing is logged. `year`: the year the referrals were made
        (None: every year) for the partners and the totals; the years are always all there."""
        require(actor, Permission.MANAGE_REFERRALS)
        rows = self.session.execute(
            select(
                Referral.id, Referral.participant_id, Referral.company_id, Referral.stage, Referral.stage_on
            )
            .where(Referral.site_id == actor.site_id)
            .order_by(Referral.id)
        ).all()
        first_days = self.session.execute(
            select(ReferralStageEvent.referral_id, func.min(ReferralStageEvent.on_date))
            .join(Referral, Referral.id == ReferralStageEvent.referral_id)
            .where(Referral.site_id == actor.site_id, ReferralStageEvent.stage == Stage.PREPARED.value)
            .group_by(ReferralStageEvent.referral_id)
        )
        prepared: dict[int, date] = {referral_id: day for referral_id, day in first_days}
        periods = self._participants.periods(actor.site_id, {row.participant_id for row in rows})
        facts = [
            ReferralFacts(
                company_id=row.company_id,
                stage=Stage(row.stage),
                referred_on=prepared.get(row.id, row.stage_on),
                hired_on=row.stage_on if row.stage == Stage.HIRED.value else None,
                measure_start=period.start if (period := periods.get(row.participant_id)) else None,
            )
            for row in rows
        ]
        chosen = [fact for fact in facts if year is None or fact.referred_on.year == year]
        names = {
            company.id: company.name for company in self._partners.companies(actor, include_inactive=True)
        }
        per_company = by_company(chosen)
        per_partner = tuple(
            partner_outcome(company_id, names.get(company_id, f"#{company_id}"), per_company[company_id])
            for company_id in sorted(per_company, key=lambda cid: _name_order(names, cid))
        )
        return Outcomes(
            year=year,
            per_partner=per_partner,
            per_year=tuple(year_outcome(y, f) for y, f in by_year(facts).items()),
            totals=total_outcome(figures(chosen)),
        )

    # --- retention (P3) ------------------------------------------------------------------------

    @reads
    def archive_sections(self, actor: Actor, participant_id: int) -> list[ArchiveSection]:
        """Every referral of the participant with its history, for the participant's archive."""
        require(actor, Permission.MANAGE_RETENTION)
        referrals = list(
            self.session.scalars(
                select(Referral)
                .where(Referral.site_id == actor.site_id, Referral.participant_id == participant_id)
                .order_by(Referral.id)
            )
        )
        recipients = self._recipients(referrals)
        events = self._events([r.id for r in referrals])
        referral_rows = []
        event_rows = []
        for referral in referrals:
            recipient = recipients.get(_key(referral))
            referral_rows.append(
                (
                    referral.id,
                    recipient.company_name if recipient else None,
                    recipient.location_name if recipient else None,
                    recipient.position_title if recipient else None,
                    recipient.contact_name if recipient else None,
                    referral.stage,
                    referral.stage_on,
                    referral.statement,
                    referral.created_by,
                    referral.created_at,
                )
            )
            event_rows += [
                (referral.id, e.stage, e.on_date, e.note, e.recorded_by, e.recorded_at)
                for e in events.get(referral.id, [])
            ]
        return [
            ArchiveSection("referrals", "Henvisninger", "Referrals", _ARCHIVE_REFERRAL, tuple(referral_rows)),
            ArchiveSection(
                "referral_stages",
                "Henvisningenes trinn",
                "The referrals' stages",
                _ARCHIVE_EVENT,
                tuple(event_rows),
            ),
        ]

    @writes
    def anonymise(self, actor: Actor, participant_id: int) -> None:
        """Keep the referrals and their dated stages (anonymous outcome statistics); drop what
        was written about the participant: the statement and the notes."""
        require(actor, Permission.MANAGE_RETENTION)
        ids = select(Referral.id).where(
            Referral.site_id == actor.site_id, Referral.participant_id == participant_id
        )
        self.session.execute(
            update(Referral)
            .where(Referral.id.in_(ids))
            .values(statement="", version=Referral.version + 1)
            .execution_options(synchronize_session=False)
        )
        self.session.execute(
            update(ReferralStageEvent)
            .where(ReferralStageEvent.referral_id.in_(ids))
            .values(note="")
            .execution_options(synchronize_session=False)
        )
        self.changed(REFERRALS)

    # --- inside --------------------------------------------------------------------------------

    def _today(self) -> date:
        return local_day(self.now())

    def _load(self, actor: Actor, referral_id: int) -> Referral:
        """The referral, for an actor who may see its participant."""
        require(actor, Permission.MANAGE_REFERRALS)
        referral = self.session.get(Referral, referral_id)
        if referral is None or referral.site_id != actor.site_id:
            raise NotFoundError(_GONE)
        self._participants.check_access(actor, referral.participant_id)
        return referral

    def _reload(self, referral: Referral) -> Referral:
        self.session.refresh(referral)
        return referral

    def _save(self, actor: Actor, referral: Referral, version: int, **values: Any) -> None:
        """Write `values` if the referral is still at `version` (another PC may have saved
        between our read and this UPDATE: then no row matches, and the user sees theirs)."""
        saved = cast(
            CursorResult[Any],
            self.session.execute(
                update(Referral)
                .where(Referral.id == referral.id, Referral.version == version)
                .values(**values, updated_at=self.now(), version=version + 1)
                .execution_options(synchronize_session=False)
            ),
        )
        if saved.rowcount != 1:
            raise self._conflict(actor, self._reload(referral))

    def _conflict(self, actor: Actor, referral: Referral) -> AuditedConcurrencyError:
        """The error that shows the user the stored referral; showing it is a view, logged
        although the change is refused (nothing else is written before it is raised)."""
        self._audit.record(
            actor,
            AuditAction.VIEW,
            ENTITY,
            referral.participant_id,
            f"referral {referral.id} {_CONFLICT_VIEW}",
        )
        return AuditedConcurrencyError(self._details(actor, referral))

    def _event(self, actor: Actor, referral_id: int, stage: Stage, on_date: date, note: str) -> None:
        self.session.add(
            ReferralStageEvent(
                referral_id=referral_id,
                stage=stage.value,
                on_date=on_date,
                note=note,
                recorded_by=actor.name[:_NAME_MAX],
                recorded_at=self.now(),
            )
        )
        self.session.flush()

    def _events(self, referral_ids: Sequence[int]) -> dict[int, list[ReferralStageEvent]]:
        """Each referral's history, oldest first (by day, then as recorded)."""
        if not referral_ids:
            return {}
        events: dict[int, list[ReferralStageEvent]] = {}
        query = (
            select(ReferralStageEvent)
            .where(ReferralStageEvent.referral_id.in_(list(referral_ids)))
            .order_by(ReferralStageEvent.referral_id, ReferralStageEvent.id)
        )
        for event in self.session.scalars(query):
            events.setdefault(event.referral_id, []).append(event)
        return events

    def _recipients(self, referrals: Iterable[Referral]) -> dict[RecipientKey, Recipient]:
        keys = {_key(referral) for referral in referrals}
        return dict(self._partners.recipients(keys)) if keys else {}

    def _rows(self, actor: Actor, referrals: list[Referral]) -> tuple[ReferralRow, ...]:
        names = self._participants.names_of(actor, {r.participant_id for r in referrals})
        return self._rows_with(referrals, names, actor.site_id)

    def _rows_with(
        self, referrals: list[Referral], names: dict[int, str], site_id: int
    ) -> tuple[ReferralRow, ...]:
        if not referrals:
            return ()
        recipients = self._recipients(referrals)
        consents = self._consents.statuses(
            site_id, {(r.participant_id, r.company_id, r.contact_id) for r in referrals}, self._today()
        )
        return tuple(
            _row(
                referral,
                names.get(referral.participant_id, f"#{referral.participant_id}"),
                recipients.get(_key(referral)),
                consents.get((referral.participant_id, referral.company_id, referral.contact_id)),
            )
            for referral in referrals
        )

    def _details(self, actor: Actor, referral: Referral) -> ReferralDetails:
        names = self._participants.names_of(actor, [referral.participant_id])
        return self._details_with(referral, names, referral.site_id)

    def _details_with(self, referral: Referral, names: dict[int, str], site_id: int) -> ReferralDetails:
        (row,) = self._rows_with([referral], names, site_id)
        history = self._events([referral.id]).get(referral.id, [])
        stages = [Stage(event.stage) for event in history]
        events = tuple(
            StageEventInfo(
                stage=stage,
                on_date=event.on_date,
                note=event.note,
                recorded_by=event.recorded_by,
                correction=_is_correction(stages[:index], stage),
            )
            for index, (event, stage) in enumerate(zip(history, stages, strict=True))
        )
        values = {name: getattr(row, name) for name in ReferralRow.__dataclass_fields__}
        return ReferralDetails(
            **values,
            statement=referral.statement,
            created_by=referral.created_by,
            created_at=referral.created_at,
            events=events,
        )

    def _recipient_errors(
        self, actor: Actor, company_id: int, location_id: int, position_id: int
    ) -> dict[str, Message]:
        """The location and position must be active ones of the company (of this site)."""
        company = self._partners.company(actor, company_id)
        errors: dict[str, Message] = {}
        if not company.active:
            errors["company_id"] = Message(QT_TRANSLATE_NOOP("errors", "Choose an active partner company."))
        if not any(loc.id == location_id and loc.active for loc in company.locations):
            errors["location_id"] = Message(
                QT_TRANSLATE_NOOP("errors", "Choose an active location of this company.")
            )
        if not any(pos.id == position_id and pos.active for pos in company.positions):
            errors["position_id"] = Message(
                QT_TRANSLATE_NOOP("errors", "Choose an active position of this company.")
            )
        return errors

    def _contact_errors(
        self, actor: Actor, company_id: int, contact_id: int | None, current: int | None
    ) -> dict[str, Message]:
        """A contact person must be of the company, and active unless already the referral's."""
        if contact_id is None:
            return {}
        company = self._partners.company(actor, company_id)
        if not any(c.id == contact_id and (c.active or c.id == current) for c in company.contacts):
            return {
                "contact_id": Message(
                    QT_TRANSLATE_NOOP("errors", "Choose an active contact person of this company.")
                )
            }
        return {}


def _key(referral: Referral) -> RecipientKey:
    return (referral.company_id, referral.location_id, referral.position_id, referral.contact_id)


def _is_correction(before: list[Stage], stage: Stage) -> bool:
    """Whether a move to `stage` after the stages `before` went back to an earlier one."""
    return bool(before) and stage in path(before)[:-1]


def _name_order(names: dict[int, str], company_id: int) -> tuple[str, int]:
    return (norwegian_sort_key(names.get(company_id, "")), company_id)


def _row(
    referral: Referral, name: str, recipient: Recipient | None, consent: ConsentStatus | None
) -> ReferralRow:
    return ReferralRow(
        id=referral.id,
        participant_id=referral.participant_id,
        participant_name=name,
        company_id=referral.company_id,
        company_name=recipient.company_name if recipient else f"#{referral.company_id}",
        location_id=referral.location_id,
        location_name=recipient.location_name if recipient else f"#{referral.location_id}",
        position_id=referral.position_id,
        position_title=recipient.position_title if recipient else f"#{referral.position_id}",
        contact_id=referral.contact_id,
        contact_name=recipient.contact_name if recipient else None,
        stage=Stage(referral.stage),
        stage_on=referral.stage_on,
        consent=consent or ConsentStatus.NONE,
        version=referral.version,
        participant_first_name=name.split(" ", 1)[0],
    )


_ARCHIVE_REFERRAL = (
    ArchiveField("id", "Nr.", "No."),
    ArchiveField("company", "Bedrift", "Company"),
    ArchiveField("location", "Sted", "Location"),
    ArchiveField("position", "Stilling", "Position"),
    ArchiveField("contact", "Kontaktperson", "Contact person"),
    ArchiveField(
        "stage",
        "Trinn",
        "Stage",
        (
            (Stage.PREPARED.value, "Forberedt", "Prepared"),
            (Stage.SENT.value, "Sendt", "Sent"),
            (Stage.INTERVIEW.value, "Intervju", "Interview"),
            (Stage.WORK_TRIAL.value, "Arbeidsutprøving", "Work trial"),
            (Stage.HIRED.value, "Ansatt", "Hired"),
            (Stage.NOT_HIRED.value, "Ikke ansatt", "Not hired"),
            (Stage.WITHDRAWN.value, "Trukket", "Withdrawn"),
        ),
    ),
    ArchiveField("stage_on", "Fra dato", "Since"),
    ArchiveField("statement", "Jobbkonsulentens uttalelse", "The job coach's statement"),
    ArchiveField("created_by", "Opprettet av", "Created by"),
    ArchiveField("created_at", "Opprettet", "Created"),
)
_ARCHIVE_EVENT = (
    ArchiveField("referral_id", "Henvisning nr.", "Referral no."),
    ArchiveField("stage", "Trinn", "Stage", _ARCHIVE_REFERRAL[5].words),
    ArchiveField("on_date", "Dato", "Date"),
    ArchiveField("note", "Notat", "Note"),
    ArchiveField("recorded_by", "Registrert av", "Recorded by"),
    ArchiveField("recorded_at", "Registrert", "Recorded"),
)
