"""Demo referrals (R2): demo participants referred to the demo partner chains' positions, at every
stage, with dated stage histories and the notes a job coach writes. The participant whose
measure ended because they got a job was hired (after an earlier "no" elsewhere); one who went
on to education withdrew; one who stopped coming was withdrawn the year before; among the
active participants one was just hired, and others are in a work trial, an interview, sent,
prepared, not hired, withdrawn, and one was corrected back after a wrong click. So the list,
the board and the outcome figures (hire rate, days to a job, per partner and per year) have
something real to show.

Recorded through the referral service, as the participants' job coaches would, inside the
demo's transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices
from canteen_app.demo.partners import (
    COLD_KITCHEN,
    DISHWASHER,
    KITCHEN_ASSISTANT,
    SERVING,
    STORES,
    DemoPartners,
)
from canteen_app.referrals.referrals.dto import ReferralInput
from canteen_app.referrals.referrals.rules import Stage
from canteen_app.training.participants.models import Participant
from canteen_app.training.participants.nav import EndReason

NORDLYS = "Nordlys Kantiner AS"
FJORDMAT = "Fjordmat Storkjøkken AS"
KAFFE = "Kaffe & Kantine Drift AS"
GRONN = "Grønn Lunsj AS"
EARLIEST_AFTER_START = 14  # a referral is prepared two weeks into the measure at the earliest


@dataclass(frozen=True)
class _Step:
    stage: Stage
    days_ago: int
    note: str = ""


@dataclass(frozen=True)
class _Referral:
    company: str
    location: str
    position: str
    contact: str | None
    steps: tuple[_Step, ...]  # the first is the prepared day

    @property
    def prepared_days_ago(self) -> int:
        return self.steps[0].days_ago


def _s(stage: Stage, days_ago: int, note: str = "") -> _Step:
    return _Step(stage, days_ago, note)


P, S, IV, W = Stage.PREPARED, Stage.SENT, Stage.INTERVIEW, Stage.WORK_TRIAL
H, N, X = Stage.HIRED, Stage.NOT_HIRED, Stage.WITHDRAWN

# The participant who got a job (NAV's end reason; their measure ended 30 days ago).
_GOT_JOB: tuple[_Referral, ...] = (
    _Referral(
        NORDLYS,
        "Nordlys Bjørvika",
        KITCHEN_ASSISTANT,
        "Martin Lie",
        (
            _s(P, 150, "Profil og mål gjennomgått med deltakeren; ønsker kjøkkenarbeid i Oslo."),
            _s(S, 146, "Mappe sendt på e-post til kjøkkensjefen."),
            _s(IV, 120, "Intervju på stedet; jobbkonsulent var med."),
            _s(N, 112, "Valgte en søker med lengre erfaring. Vil gjerne høre fra oss igjen."),
        ),
    ),
    _Referral(
        FJORDMAT,
        "Fjordmat Forus",
        KITCHEN_ASSISTANT,
        "Silje Haugland",
        (
            _s(P, 100, "Ny henvisning etter tilbakemeldingen fra Nordlys."),
            _s(S, 97),
            _s(IV, 80, "Godt intervju; de tilbyr arbeidsutprøving."),
            _s(W, 70, "To uker arbeidsutprøving, tre dager i uka."),
            _s(H, 34, "Fast stilling 80 % fra neste måned."),
        ),
    ),
)
# Went on to education (measure ended 110 days ago).
_EDUCATION = (
    _Referral(
        KAFFE,
        "Kantina på Rådhuset",
        SERVING,
        "Emma Karlsen",
        (
            _s(P, 220),
            _s(S, 215, "Sendt sammen med samtykkeskjemaet."),
            _s(IV, 190),
            _s(X, 130, "Deltakeren har fått skoleplass og trekker søknaden."),
        ),
    ),
)
# Stopped coming (measure ended 430 days ago): the year before.
_DID_NOT_ATTEND = (
    _Referral(
        GRONN,
        "Grønn Lunsj Solsiden",
        COLD_KITCHEN,
        "Sara Nilsen",
        (
            _s(P, 520),
            _s(S, 515),
            _s(X, 440, "Deltakeren har ikke møtt på tre uker; henvisningen trekkes."),
        ),
    ),
)
# The active participants' referrals, one list per participant, the longest history first.
_ACTIVE: tuple[tuple[_Referral, ...], ...] = (
    (
        _Referral(
            FJORDMAT,
            "Fjordmat Sentralkjøkken",
            DISHWASHER,
            "Knut Aasland",
            (
                _s(P, 380),
                _s(S, 372),
                _s(IV, 350, "Intervju med produksjonssjefen."),
                _s(N, 341, "Fikk ikke stillingen. Tilbakemelding: øve mer på maskinoppvask."),
            ),
        ),
        _Referral(
            NORDLYS,
            "Nordlys Bjørvika",
            DISHWASHER,
            "Martin Lie",
            (
                _s(P, 60, "Har øvd på maskinoppvask siden sist; nivå 3 på oppvask."),
                _s(S, 55),
                _s(W, 30, "Rett til arbeidsutprøving etter telefonsamtale med kjøkkensjefen."),
            ),
        ),
    ),
    (
        _Referral(
            GRONN,
            "Grønn Lunsj Solsiden",
            SERVING,
            "Sara Nilsen",
            (
                _s(P, 90),
                _s(S, 85),
                _s(IV, 70),
                _s(N, 60, "Stillingen krevde mer kassearbeid enn deltakeren er klar for."),
            ),
        ),
    ),
    (
        _Referral(
            NORDLYS,
            "Nordlys Bryggen",
            SERVING,
            "Hanne Vik",
            (
                _s(P, 75, "Sterk på service og buffet; ønsker Bergen."),
                _s(S, 70),
                _s(IV, 55),
                _s(W, 40, "Arbeidsutprøving i disken, fire uker."),
                _s(H, 6, "Fast ansettelse fra 1. januar; tiltaket avsluttes da."),
            ),
        ),
    ),
    (
        _Referral(
            FJORDMAT,
            "Fjordmat Sentralkjøkken",
            KITCHEN_ASSISTANT,
            None,
            (
                _s(P, 50),
                _s(X, 44, "Deltakeren ønsker heller deltid nærmere hjemmet."),
            ),
        ),
    ),
    (
        _Referral(
            KAFFE,
            "Kantina Lillestrøm stasjon",
            SERVING,
            "Emma Karlsen",
            (
                _s(P, 45),
                _s(S, 40),
                _s(N, 10),
                _s(S, 9, "Rettet: feil henvisning ble markert som ikke ansatt. De har ikke svart ennå."),
            ),
        ),
    ),
    (
        _Referral(
            KAFFE,
            "Kantina på Strømsø",
            DISHWASHER,
            "Yusuf Demir",
            (
                _s(P, 35),
                _s(S, 30),
                _s(IV, 12, "Intervju kl. 10 med kantinelederen; ta med CV og attest."),
            ),
        ),
    ),
    (
        _Referral(
            GRONN,
            "Grønn Lunsj Tromsø",
            KITCHEN_ASSISTANT,
            "Sara Nilsen",
            (_s(P, 20), _s(S, 14, "Sendt; kjøkkenlederen svarer innen to uker.")),
        ),
    ),
    (
        _Referral(
            FJORDMAT,
            "Fjordmat Forus",
            STORES,
            None,
            (_s(P, 5, "Venter på samtykke før mappen sendes."),),
        ),
    ),
    (
        _Referral(
            NORDLYS,
            "Nordlys Pirsenteret",
            COLD_KITCHEN,
            "Ingrid Solberg",
            (_s(P, 2, "Passer godt: nivå 3 på kald mat og allergener."),),
        ),
    ),
)


@dataclass(frozen=True)
class _Person:
    id: int
    coach_id: int | None
    start: date
    end_reason: str | None
    ended: bool


def add_referrals(
    services: AppServices,
    session: Session,
    site_id: int,
    partners: DemoPartners,
    coaches: dict[int, str],
    today: date,
) -> int:
    """Referrals for the demo participants to the demo partners; how many were made. Runs
    inside the demo's transaction (`session` is its session)."""
    people = [
        _Person(row.id, row.coach_id, row.measure_start, row.end_reason, row.ended_on is not None)
        for row in session.execute(
            select(
                Participant.id,
                Participant.coach_id,
                Participant.measure_start,
                Participant.end_reason,
                Participant.ended_on,
            )
            .where(Participant.site_id == site_id)
            .order_by(Participant.id)
        )
    ]
    plan: list[tuple[_Person, tuple[_Referral, ...]]] = []
    ended: tuple[tuple[EndReason, tuple[_Referral, ...]], ...] = (
        (EndReason.GOT_JOB, _GOT_JOB),
        (EndReason.EDUCATION, _EDUCATION),
        (EndReason.DID_NOT_ATTEND, _DID_NOT_ATTEND),
    )
    for reason, history in ended:
        person = next((p for p in people if p.ended and p.end_reason == reason.value), None)
        if person is not None:
            plan.append((person, history))
    # The longest-running measures take the longest histories.
    free = sorted((p for p in people if not p.ended), key=lambda p: (p.start, p.id))
    for referrals in _ACTIVE:
        needed = today - timedelta(days=max(r.prepared_days_ago for r in referrals) + EARLIEST_AFTER_START)
        person = next((p for p in free if p.start <= needed), None)
        if person is not None:
            free.remove(person)
            plan.append((person, referrals))
    made = 0
    for person, referrals in plan:
        actor = _actor(person, coaches, site_id)
        for referral in referrals:
            made += _refer(services, actor, person.id, partners, referral, today)
    return made


def _actor(person: _Person, coaches: dict[int, str], site_id: int) -> Actor:
    if person.coach_id is not None and person.coach_id in coaches:
        return Actor(person.coach_id, coaches[person.coach_id], Role.JOB_COACH, site_id)
    return Actor(None, "canteen-admin", Role.ADMIN, site_id)


def _refer(
    services: AppServices,
    actor: Actor,
    participant_id: int,
    partners: DemoPartners,
    referral: _Referral,
    today: date,
) -> int:
    """Make one referral and move it through its steps; 0 when the demo partners lack a part."""
    company_id = partners.companies.get(referral.company)
    location_id = partners.locations.get((referral.company, referral.location))
    position_id = partners.positions.get((referral.company, referral.position))
    contact_id = partners.contacts.get((referral.company, referral.contact)) if referral.contact else None
    if company_id is None or location_id is None or position_id is None:
        return 0
    first, *moves = referral.steps
    data = ReferralInput(
        participant_id,
        company_id,
        location_id,
        position_id,
        contact_id,
        today - timedelta(days=first.days_ago),
        first.note,
    )
    referral_id = services.referrals.create(actor, data)
    version = 1
    for step in moves:
        moved = services.referrals.move(
            actor, referral_id, version, step.stage, today - timedelta(days=step.days_ago), step.note
        )
        version = moved.version
    return 1
