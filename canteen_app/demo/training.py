"""Demo participants on NAV measures, with names from the communities the canteen trains, their
training plans, assessments, self-assessments and daily attendance, and three ended measures."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from canteen_app.core.dates import SITE_TIMEZONE, add_months, utc_now
from canteen_app.core.languages import Language
from canteen_app.training.attendance.models import AttendanceDay
from canteen_app.training.attendance.rules import AttendanceStatus
from canteen_app.training.competence.models import CompetenceGoal
from canteen_app.training.participants.models import MeasureEvent, Participant
from canteen_app.training.participants.nav import MEASURE_RULES, EndReason, NavMeasure
from canteen_app.training.participants.service import search_key, sort_key
from canteen_app.training.plans.models import Assessment, PlanGoal
from canteen_app.training.plans.rules import AssessmentKind

_FIRST_NAMES = (
    "Ahmed",
    "Fatima",
    "Yonas",
    "Saron",
    "Olena",
    "Dmytro",
    "Hodan",
    "Abdirahman",
    "Marta",
    "Piotr",
    "Zahra",
    "Ali",
    "Ingrid",
    "Sander",
    "Thea",
    "Mathias",
    "Nora",
    "Even",
    "Åse",
    "Øystein",
    "Leyla",
    "Mohammad",
    "Halyna",
    "Kristian",
    "Maryam",
    "Tesfay",
    "Agnieszka",
    "Jørgen",
    "Sofie",
    "Farah",
)
_LAST_NAMES = (
    "Ali",
    "Mohamed",
    "Tesfamariam",
    "Haile",
    "Kovalenko",
    "Shevchenko",
    "Warsame",
    "Nowak",
    "Kowalski",
    "Rahimi",
    "Ahmadi",
    "Hansen",
    "Johansen",
    "Olsen",
    "Larsen",
    "Andersen",
    "Pedersen",
    "Nilsen",
    "Kristiansen",
    "Jensen",
    "Karlsen",
    "Sæther",
    "Bråten",
    "Haugen",
    "Ødegård",
)
_SUPPORT_NEEDS = (
    "Trenger skriftlige steglister for nye oppgaver.",
    "Liker å få én oppgave om gangen, og å bli vist først.",
    "Bruker bilder (piktogrammer) for å huske rekkefølgen.",
    "Trenger rolige pauser i løpet av dagen.",
    "Lærer best ved å se en kollega gjøre oppgaven først.",
    "Trenger at beskjeder gis muntlig og skriftlig.",
    "Bruker høreselvern ved oppvaskmaskinen.",
    "",
)
_LANGUAGE_BY_FIRST = {
    "Ahmed": Language.ARABIC,
    "Fatima": Language.ARABIC,
    "Mohammad": Language.ARABIC,
    "Yonas": Language.TIGRINYA,
    "Saron": Language.TIGRINYA,
    "Tesfay": Language.TIGRINYA,
    "Olena": Language.UKRAINIAN,
    "Dmytro": Language.UKRAINIAN,
    "Halyna": Language.UKRAINIAN,
    "Hodan": Language.SOMALI,
    "Abdirahman": Language.SOMALI,
    "Farah": Language.SOMALI,
    "Marta": Language.POLISH,
    "Piotr": Language.POLISH,
    "Agnieszka": Language.POLISH,
    "Zahra": Language.DARI,
    "Ali": Language.DARI,
    "Maryam": Language.DARI,
    "Leyla": Language.ARABIC,
}


def insert_participants(
    session: Session, site_id: int, coaches: list[int], count: int, rng: random.Random, today: date
) -> int:
    """Insert `count` participants, shared out among the `coaches` (user ids)."""
    now = utc_now()
    rows = [_participant_row(site_id, i, coaches, rng, today, now) for i in range(count)]
    session.execute(insert(Participant), rows)
    return len(rows)


def _participant_row(
    site_id: int, index: int, coaches: list[int], rng: random.Random, today: date, now: datetime
) -> dict[str, object]:
    first = _FIRST_NAMES[index % len(_FIRST_NAMES)]
    last = _LAST_NAMES[(index * 7 + index // len(_FIRST_NAMES)) % len(_LAST_NAMES)]
    measure = list(NavMeasure)[index % len(NavMeasure)]
    limit = MEASURE_RULES[measure].usual_limit_months or 24
    # Started some weeks to months ago and still running: the planned end lies ahead.
    start = today - timedelta(days=rng.randint(20, max(21, limit * 30 - 30)))
    planned_end = add_months(start, limit)
    return {
        "site_id": site_id,
        "first_name": first,
        "last_name": last,
        "search_key": search_key(first, last),
        "sort_key": sort_key(first, last),
        "phone": f"9{rng.randint(1000000, 9999999)}",
        "email": "",
        "preferred_language": _LANGUAGE_BY_FIRST.get(first, Language.NORWEGIAN).value,
        "nav_measure": measure.value,
        "measure_start": start,
        "measure_planned_end": planned_end,
        "participation_percent": rng.choice((50, 60, 80, 100)),
        "nav_contact": rng.choice(("NAV Tønsberg, veileder Lise Moe", "NAV Horten, veileder Per Dahl")),
        "coach_id": coaches[index % len(coaches)] if coaches else None,
        "support_needs": _SUPPORT_NEEDS[index % len(_SUPPORT_NEEDS)],
        "created_at": now,
        "updated_at": now,
        "version": 1,
    }


# --- plans, assessments, attendance and three ended measures ---------------------------------------

# (index among the demo participants, NAV's end reason, days from the start to today, days ago it
# ended): one got a job last month, one went on to education in the summer, and one stopped
# coming more than a year ago (so the retention page has someone due).
_ENDED = (
    (0, EndReason.GOT_JOB, 320, 30),
    (7, EndReason.EDUCATION, 400, 110),
    (12, EndReason.DID_NOT_ATTEND, 640, 430),
)
# (index, days from today to the planned end): a measure ending in under a month.
_ENDING_SOON = (5, 18)
# (index, months beyond the usual limit, the reason): NAV granted a longer measure.
_EXTENDED = (10, 4, "NAV har innvilget forlengelse på grunn av nedsatt arbeidsevne.")
_STATIONS = (
    "Oppvask og rengjøring av maskinen",
    "Salatbar og kald mat",
    "Kasse og servering i disken",
    "Varemottak og lager",
    "Varmmat: grønnsaker og tilbehør",
    "Bakst og dessert",
)
_FREE_GOALS = (
    "Tar bussen til og fra jobb på egen hånd",
    "Ringer og sier fra før klokka 08 ved fravær",
    "Bruker dagsplanen på tavla uten påminnelse",
    "Spør en kollega når noe er uklart",
)
# What a coach writes at each level (at the station the goal is worked on).
_EVIDENCE = {
    1: "Trengte hjelp gjennom hele oppgaven ({station}).",
    2: "Gjorde oppgaven med litt veiledning underveis ({station}).",
    3: "Gjorde oppgaven selvstendig, uten påminnelser ({station}).",
    4: "Viste en ny deltaker hvordan oppgaven gjøres ({station}).",
}
_EXCUSED_REASONS = ("Syk", "Legetime", "Møte på NAV", "Sykt barn", "Tannlege", "Kurs i norsk")
_UNEXCUSED_REASONS = ("", "Møtte ikke, meldte ikke fra", "Kom ikke etter lunsj")
_DAY_START = time(8, 0)


@dataclass(frozen=True)
class TrainingCounts:
    plan_goals: int
    assessments: int
    self_assessments: int
    attendance_days: int
    ended: int


@dataclass(frozen=True)
class _Person:
    id: int
    start: date
    end: date  # the day the measure ended, or its planned end
    ended: bool
    percent: int
    coach_id: int | None
    did_not_attend: bool


def insert_training(
    session: Session,
    site_id: int,
    coach_names: dict[int, str],
    open_days: Callable[[date, date], Sequence[date]],
    rng: random.Random,
    today: date,
    now: datetime,
) -> TrainingCounts:
    """Plans, assessments, self-assessments and daily attendance for the site's participants,
    with three of them ended; bulk inserts, as the taps. `open_days(first, last)`: the days the
    canteen is open (attendance counts on those only)."""
    ended = _end_three(session, site_id, coach_names, today, now)
    _ending_and_extended(session, site_id, coach_names, today, now)
    people = _people(session, site_id, ended)
    days = open_days(min((person.start for person in people), default=today), today)
    goals = _goal_rows(session, people, rng, today, now)
    session.execute(insert(PlanGoal), goals)
    plan_goals = session.execute(
        select(PlanGoal.id, PlanGoal.participant_id, PlanGoal.target_level, PlanGoal.tasks)
        .join(Participant, Participant.id == PlanGoal.participant_id)
        .where(Participant.site_id == site_id)
        .order_by(PlanGoal.id)
    ).all()
    by_person: dict[int, list[tuple[int, int, str]]] = {}
    for goal_id, participant_id, target, tasks in plan_goals:
        by_person.setdefault(participant_id, []).append((goal_id, target, tasks))
    assessments = [
        row
        for person in people
        for row in _assessment_rows(person, by_person.get(person.id, []), coach_names, rng, today)
    ]
    if assessments:
        session.execute(insert(Assessment), assessments)
    attendance = [row for person in people for row in _attendance_rows(site_id, person, days, rng, today)]
    for first in range(0, len(attendance), 20_000):
        session.connection().execute(insert(AttendanceDay), attendance[first : first + 20_000])
    own = sum(1 for row in assessments if row["kind"] == AssessmentKind.SELF.value)
    return TrainingCounts(len(goals), len(assessments) - own, own, len(attendance), len(ended))


def _end_three(
    session: Session, site_id: int, coach_names: dict[int, str], today: date, now: datetime
) -> dict[int, EndReason]:
    ids = list(
        session.scalars(select(Participant.id).where(Participant.site_id == site_id).order_by(Participant.id))
    )
    ended: dict[int, EndReason] = {}
    for index, reason, started_days_ago, ended_days_ago in _ENDED:
        if index >= len(ids):
            continue
        participant_id = ids[index]
        start = today - timedelta(days=started_days_ago)
        measure, coach_id = session.execute(
            select(Participant.nav_measure, Participant.coach_id).where(Participant.id == participant_id)
        ).one()
        months = MEASURE_RULES[NavMeasure(measure)].usual_limit_months or 24
        planned_end = add_months(start, months)
        ended_on = min(today - timedelta(days=ended_days_ago), planned_end)
        session.execute(
            update(Participant)
            .where(Participant.id == participant_id)
            .values(
                measure_start=start,
                measure_planned_end=planned_end,
                ended_on=ended_on,
                end_reason=reason.value,
            )
        )
        session.add(
            MeasureEvent(
                participant_id=participant_id,
                kind="end",
                at=min(now, _at(ended_on, time(14, 0))),
                actor_name=coach_names.get(coach_id or 0, "Jobbkonsulent"),
                old_end=None,
                new_end=ended_on,
                reason=reason.value,
            )
        )
        ended[participant_id] = reason
    session.flush()
    return ended


def _ending_and_extended(
    session: Session, site_id: int, coach_names: dict[int, str], today: date, now: datetime
) -> None:
    """One measure ends within a month; one was extended past its usual limit."""
    ids = list(
        session.scalars(select(Participant.id).where(Participant.site_id == site_id).order_by(Participant.id))
    )
    index, days = _ENDING_SOON
    if index < len(ids):
        session.execute(
            update(Participant)
            .where(Participant.id == ids[index])
            .values(measure_planned_end=today + timedelta(days=days))
        )
    index, months, reason = _EXTENDED
    if index < len(ids):
        start, old_end, measure, coach_id = session.execute(
            select(
                Participant.measure_start,
                Participant.measure_planned_end,
                Participant.nav_measure,
                Participant.coach_id,
            ).where(Participant.id == ids[index])
        ).one()
        new_end = add_months(start, (MEASURE_RULES[NavMeasure(measure)].usual_limit_months or 24) + months)
        session.execute(
            update(Participant).where(Participant.id == ids[index]).values(measure_planned_end=new_end)
        )
        session.add(
            MeasureEvent(
                participant_id=ids[index],
                kind="extend",
                at=min(now, _at(old_end - timedelta(days=30), time(13, 0))),
                actor_name=coach_names.get(coach_id or 0, "Jobbkonsulent"),
                old_end=old_end,
                new_end=new_end,
                reason=reason,
            )
        )
    session.flush()


def _people(session: Session, site_id: int, ended: dict[int, EndReason]) -> list[_Person]:
    rows = session.execute(
        select(
            Participant.id,
            Participant.measure_start,
            Participant.measure_planned_end,
            Participant.ended_on,
            Participant.participation_percent,
            Participant.coach_id,
        )
        .where(Participant.site_id == site_id)
        .order_by(Participant.id)
    ).all()
    return [
        _Person(
            id=row.id,
            start=row.measure_start,
            end=row.ended_on or row.measure_planned_end,
            ended=row.ended_on is not None,
            percent=row.participation_percent,
            coach_id=row.coach_id,
            did_not_attend=ended.get(row.id) is EndReason.DID_NOT_ATTEND,
        )
        for row in rows
    ]


def _goal_rows(
    session: Session, people: list[_Person], rng: random.Random, today: date, now: datetime
) -> list[dict[str, object]]:
    framework = list(
        session.scalars(
            select(CompetenceGoal.id)
            .where(CompetenceGoal.site_id.is_(None), CompetenceGoal.retired_at.is_(None))
            .order_by(CompetenceGoal.id)
        )
    )
    rows: list[dict[str, object]] = []
    for person in people:
        stations = rng.sample(_STATIONS, 2)
        chosen: list[int | None] = list(rng.sample(framework, rng.randint(3, min(6, len(framework)))))
        if rng.random() < 0.4:
            chosen.append(None)  # a free goal of the participant's own
        for goal_id in chosen:
            # Most targets fall inside the measure; a few have passed without the level reached.
            target_date = min(person.start + timedelta(days=rng.randint(90, 330)), person.end)
            rows.append(
                {
                    "participant_id": person.id,
                    "competence_goal_id": goal_id,
                    "free_text": rng.choice(_FREE_GOALS) if goal_id is None else "",
                    "target_level": rng.choice((2, 3, 3, 3, 4)),
                    "target_date": target_date,
                    "tasks": rng.choice(stations),
                    "added_at": min(now, _at(person.start, time(10, 0))),
                    "removed_at": None,
                    "version": 1,
                }
            )
    return rows


def _assessment_rows(
    person: _Person,
    goals: list[tuple[int, int, str]],
    coach_names: dict[int, str],
    rng: random.Random,
    today: date,
) -> list[dict[str, object]]:
    """The coach assesses every goal every three to five weeks, the participant at every second
    session beside them; levels rise as the weeks go (slowly for someone who rarely came). A few
    participants have had no session for some weeks (the overview shows them)."""
    last_day = min(person.end, today)
    if rng.random() < 0.15:
        last_day = min(last_day, today - timedelta(days=rng.randint(40, 70)))
    sessions: list[date] = []
    day = person.start + timedelta(days=rng.randint(10, 20))
    while day <= last_day:
        if day.weekday() < 5:
            sessions.append(day)
        day += timedelta(days=rng.randint(21, 35))
    coach_name = coach_names.get(person.coach_id or 0, "Jobbkonsulent")
    rise = 0.12 if person.did_not_attend else 0.4
    rows: list[dict[str, object]] = []
    for goal_id, target, station in goals:
        level = rng.choice((1, 1, 2))
        for number, on in enumerate(sessions):
            if number and level < 4 and rng.random() < rise * (1.4 if level < target else 0.5):
                level += 1
            at = _at(on, time(14, 30))
            rows.append(_assessment(person, goal_id, "coach", level, on, at, coach_name, person.coach_id))
            rows[-1]["evidence"] = _EVIDENCE[level].format(station=station.split(" og ")[0].lower())
            if number % 2 == 1:
                own = max(1, min(4, level + rng.choice((-1, 0, 0, 1))))
                rows.append(_assessment(person, goal_id, "self", own, on, at, coach_name, person.coach_id))
    return rows


def _assessment(
    person: _Person,
    goal_id: int,
    kind: str,
    level: int,
    on: date,
    at: datetime,
    coach_name: str,
    coach_id: int | None,
) -> dict[str, object]:
    return {
        "participant_id": person.id,
        "plan_goal_id": goal_id,
        "kind": AssessmentKind(kind).value,
        "level": level,
        "assessed_on": on,
        "evidence": "",
        "assessor_id": coach_id,
        "assessor_name": coach_name,
        "recorded_at": at,
    }


def _attendance_rows(
    site_id: int, person: _Person, open_days: Sequence[date], rng: random.Random, today: date
) -> list[dict[str, object]]:
    """Every counted day up to yesterday (today is the kiosk's): mostly present, with runs of
    illness, appointments and a few days without a word; hours follow the participation."""
    rate = rng.uniform(0.5, 0.62) if person.did_not_attend else rng.uniform(0.9, 0.96)
    excused_share = 0.35 if person.did_not_attend else 0.8
    full = Decimal("7.5") * person.percent / 100
    usual = max(Decimal(4), min(Decimal("7.5"), (full * 4).to_integral_value() / 4))
    last = min(person.end, today - timedelta(days=1))
    rows: list[dict[str, object]] = []
    ill = False
    for day in open_days:
        if day < person.start or day > last:
            continue
        ill = ill and rng.random() < 0.5  # an illness often lasts a few days
        if not ill and rng.random() < rate:
            rows.append(_present(site_id, person.id, day, usual, rng))
            continue
        excused = ill or rng.random() < excused_share
        reason = "Syk" if ill else rng.choice(_EXCUSED_REASONS if excused else _UNEXCUSED_REASONS)
        ill = excused and reason == "Syk"
        rows.append(
            _day(
                site_id,
                person.id,
                day,
                "excused" if excused else "unexcused",
                None,
                reason,
                "coach",
                None,
                None,
            )
        )
    return rows


def _present(
    site_id: int, participant_id: int, day: date, usual: Decimal, rng: random.Random
) -> dict[str, object]:
    hours = usual + rng.choice(
        (Decimal(0), Decimal(0), Decimal(0), Decimal("-0.25"), Decimal("0.25"), Decimal("-0.5"))
    )
    hours = max(Decimal(4), min(Decimal("7.5"), hours))
    if rng.random() < 0.1:  # the coach registered the day (the kiosk was not used)
        return _day(site_id, participant_id, day, "present", hours, "", "coach", None, None)
    checked_in = _at(day, _DAY_START) + timedelta(minutes=round(rng.gauss(0, 6)))
    checked_out = checked_in + timedelta(minutes=int(hours * 60))
    return _day(site_id, participant_id, day, "present", hours, "", "kiosk", checked_in, checked_out)


def _day(
    site_id: int,
    participant_id: int,
    day: date,
    status: str,
    hours: Decimal | None,
    reason: str,
    source: str,
    checked_in: datetime | None,
    checked_out: datetime | None,
) -> dict[str, object]:
    moment = checked_out or _at(day, time(16, 0))
    return {
        "site_id": site_id,
        "participant_id": participant_id,
        "day": day,
        "status": AttendanceStatus(status).value,
        "hours": hours,
        "absence_reason": reason,
        "checked_in_at": checked_in,
        "checked_out_at": checked_out,
        "source": source,
        "corrected_by": "",
        "correction_reason": "",
        "updated_at": moment,
        "version": 1,
    }


def _at(day: date, at: time) -> datetime:
    """A wall-clock time in Oslo on `day`, as the aware UTC time the database stores."""
    return datetime.combine(day, at, SITE_TIMEZONE).astimezone(UTC)
