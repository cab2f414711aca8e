"""Demo consents (R3), recorded through the consent service as a job coach would from the
signed form: about half the demo participants have consented to share dossier data with one
of the demo partner companies.

Everyone the demo referrals refer has a consent for that company (or the named contact
person), given the day the referral was prepared: the recent ones are valid, those older
than twelve months have run out, and the first participant whose referral was withdrawn took
the consent back too. Other active participants follow, with different kinds of data, until about
half have one; at least one consent has expired and one was withdrawn.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices
from canteen_app.core.dates import add_months
from canteen_app.demo.partners import DemoPartners
from canteen_app.referrals.consent.rules import ConsentInput, DataCategory, latest_expiry
from canteen_app.referrals.referrals.models import Referral, ReferralStageEvent
from canteen_app.referrals.referrals.rules import Stage
from canteen_app.training.participants.models import Participant

# What the consents cover, in turn: from the least a dossier needs to everything.
_COVERS: tuple[tuple[DataCategory, ...], ...] = (
    (DataCategory.COMPETENCES, DataCategory.TASKS, DataCategory.CERTIFICATES, DataCategory.ATTENDANCE),
    (DataCategory.COMPETENCES, DataCategory.TASKS),
    tuple(DataCategory),
    (
        DataCategory.COMPETENCES,
        DataCategory.TASKS,
        DataCategory.CERTIFICATES,
        DataCategory.REFERENCES,
        DataCategory.PHOTO,
    ),
    (DataCategory.COMPETENCES, DataCategory.TASKS, DataCategory.ACCOMMODATIONS, DataCategory.ATTENDANCE),
)
_PURPOSES = (
    "Henvisning til stilling som kjøkkenassistent",
    "Søknad om arbeidsutprøving",
    "Henvisning til jobb i kantine",
    "Søknad om fast stilling",
)
_SHORT_MONTHS = 6  # some consents run half a year, not the full twelve months


@dataclass(frozen=True)
class DemoConsents:
    recorded: int
    valid: int
    expired: int
    withdrawn: int


@dataclass(frozen=True)
class _Person:
    id: int
    coach_id: int | None
    start: date
    ended: bool


@dataclass(frozen=True)
class _Referred:
    participant_id: int
    company_id: int
    contact_id: int | None
    stage: str
    stage_on: date
    prepared_on: date


def add_consents(
    services: AppServices,
    session: Session,
    site_id: int,
    partners: DemoPartners,
    coaches: dict[int, str],
    today: date,
) -> DemoConsents:
    """Consents toward the demo partners (none without them). Runs inside the demo's
    transaction (`session` is its session), after the demo referrals."""
    companies = sorted(partners.companies.values())
    if not companies:
        return DemoConsents(0, 0, 0, 0)
    people = {
        row.id: _Person(row.id, row.coach_id, row.measure_start, row.ended_on is not None)
        for row in session.execute(
            select(Participant.id, Participant.coach_id, Participant.measure_start, Participant.ended_on)
            .where(Participant.site_id == site_id)
            .order_by(Participant.id)
        )
    }
    recorder = _Recorder(services, people, coaches, site_id, today)
    for referred in _referred(session, site_id):
        # The first participant whose referral was withdrawn took the consent back as well.
        taken_back = referred.stage == Stage.WITHDRAWN.value and not recorder.withdrawn
        withdrawn_on = referred.stage_on if taken_back else None
        recorder.record(
            referred.participant_id,
            referred.company_id,
            referred.contact_id,
            referred.prepared_on,
            withdrawn_on,
        )
    # Others who are here now, the longest-serving first, until about half have a consent.
    others = sorted(
        (p for p in people.values() if not p.ended and p.id not in recorder.covered),
        key=lambda p: (p.start, p.id),
    )
    wanted = (len(people) + 1) // 2
    contacts = _contacts_by_company(partners)
    for n, person in enumerate(others):
        if len(recorder.covered) >= wanted:
            break
        company_id = companies[n % len(companies)]
        named = contacts.get(company_id, ())
        contact_id = named[0] if named and n % 3 == 2 else None
        given_on = max(person.start, today - timedelta(days=20 + 37 * n))
        if not recorder.expired and add_months(person.start, 13) <= today:
            given_on = add_months(today, -13)  # ran out a month ago
        withdrawn_on = None
        if not recorder.withdrawn and n == 1:
            withdrawn_on = min(today, given_on + timedelta(days=30))
        recorder.record(person.id, company_id, contact_id, given_on, withdrawn_on)
    return DemoConsents(len(recorder.made), recorder.valid, recorder.expired, recorder.withdrawn)


class _Recorder:
    """Records the consents, each through the service, and counts what they are today."""

    def __init__(
        self,
        services: AppServices,
        people: dict[int, _Person],
        coaches: dict[int, str],
        site_id: int,
        today: date,
    ) -> None:
        self.services = services
        self.people = people
        self.coaches = coaches
        self.site_id = site_id
        self.today = today
        self.made: list[int] = []
        self.covered: set[int] = set()
        self.recipients: set[tuple[int, int, int | None]] = set()
        self.valid = self.expired = self.withdrawn = 0

    def record(
        self,
        participant_id: int,
        company_id: int,
        contact_id: int | None,
        given_on: date,
        withdrawn_on: date | None,
    ) -> None:
        if (participant_id, company_id, contact_id) in self.recipients or given_on > self.today:
            return
        n = len(self.made)
        person = self.people[participant_id]
        coach = self.coaches.get(person.coach_id or 0)
        actor = (
            Actor(person.coach_id, coach, Role.JOB_COACH, self.site_id)
            if coach is not None
            else Actor(None, "canteen-admin", Role.ADMIN, self.site_id)
        )
        short = add_months(given_on, _SHORT_MONTHS)
        expires_on = short if n % 3 == 1 and short >= self.today else latest_expiry(given_on)
        data = ConsentInput(
            participant_id=participant_id,
            company_id=company_id,
            contact_id=contact_id,
            purpose=_PURPOSES[n % len(_PURPOSES)],
            categories=_COVERS[n % len(_COVERS)],
            given_on=given_on,
            expires_on=expires_on,
        )
        consent_id = self.services.consents.record(actor, data)
        self.made.append(consent_id)
        self.covered.add(participant_id)
        self.recipients.add((participant_id, company_id, contact_id))
        if withdrawn_on is not None and withdrawn_on >= given_on and expires_on >= withdrawn_on:
            version = next(
                c.version
                for c in self.services.consents.consents(actor, participant_id)
                if c.id == consent_id
            )
            self.services.consents.withdraw(actor, consent_id, version, min(withdrawn_on, self.today))
            self.withdrawn += 1
        elif expires_on < self.today:
            self.expired += 1
        else:
            self.valid += 1


def _referred(session: Session, site_id: int) -> list[_Referred]:
    """Who the demo referred where, with the day each referral was prepared (its first event)."""
    prepared = (
        select(ReferralStageEvent.referral_id, func.min(ReferralStageEvent.on_date).label("prepared_on"))
        .group_by(ReferralStageEvent.referral_id)
        .subquery()
    )
    rows = session.execute(
        select(
            Referral.participant_id,
            Referral.company_id,
            Referral.contact_id,
            Referral.stage,
            Referral.stage_on,
            prepared.c.prepared_on,
        )
        .join(prepared, prepared.c.referral_id == Referral.id)
        .where(Referral.site_id == site_id)
        .order_by(Referral.id)
    )
    return [_Referred(*row) for row in rows]


def _contacts_by_company(partners: DemoPartners) -> dict[int, list[int]]:
    found: dict[int, list[int]] = {}
    for (company_name, _contact_name), contact_id in sorted(
        partners.contacts.items(), key=lambda item: item[1]
    ):
        company_id = partners.companies.get(company_name)
        if company_id is not None:
            found.setdefault(company_id, []).append(contact_id)
    return found
