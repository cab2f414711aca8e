"""Demo data that looks real: years of guest taps, participants on NAV measures, one user per
role. Also used by the benchmark generator with bigger numbers."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from canteen_app.bootstrap import AppServices
from canteen_app.domain.dates import SITE_TIMEZONE, add_months, local_day, utc_now
from canteen_app.domain.errors import DomainError
from canteen_app.domain.nav import MEASURE_RULES, Language, NavMeasure
from canteen_app.domain.roles import Actor, Role
from canteen_app.domain.text import QT_TRANSLATE_NOOP
from canteen_app.persistence.models import GuestCategory, GuestTap, Participant, User
from canteen_app.services.opening_days import is_normally_open
from canteen_app.services.participants import search_key, sort_key

SITE_ID = 1
DEMO_DEVICE = "kiosk-kjøkken"


@dataclass(frozen=True)
class DemoUser:
    name: str
    role: Role
    pin: str


# Listed in the README; change them before real use.
DEMO_USERS = (
    DemoUser("Admin", Role.ADMIN, "246810"),
    DemoUser("Kari Nordmann", Role.CANTEEN_MANAGER, "1234"),
    DemoUser("Jonas Berg", Role.JOB_COACH, "135790"),
    DemoUser("Amina Hassan", Role.JOB_COACH, "975310"),
    DemoUser("Kiosk", Role.KIOSK, "0000"),
)

# (Norwegian, English, share of guests)
DEMO_CATEGORIES = (("Besøkende", "Visitor", 0.09), ("Deltaker", "Participant", 0.05))

# Guests on a normal day, Monday..Friday.
WEEKDAY_BASE = (195, 210, 214, 204, 166)


@dataclass(frozen=True)
class DemoSummary:
    users: int
    participants: int
    taps: int
    first_day: date
    last_day: date


def seed_demo(
    services: AppServices, years: int = 2, seed: int = 2026, now: datetime | None = None
) -> DemoSummary:
    """Fill an empty database; refuses to touch one that already holds users or data."""
    now = now or utc_now()
    db = services.db
    with db.read() as session:
        if _has_data(session):
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "errors", "The database is not empty; demo data only goes into an empty one."
                )
            )
    system = Actor(None, "canteen-admin", Role.ADMIN, SITE_ID)
    for user in DEMO_USERS:
        services.auth.create_user(system, user.name, user.role, user.pin)
    for name_nb, name_en, _share in DEMO_CATEGORIES:
        services.guests.add_category(system, name_nb, name_en)
    rng = random.Random(seed)
    last_day = local_day(now)
    first_day = add_months(last_day, -12 * years)
    with db.write() as session:
        taps = insert_taps(session, SITE_ID, first_day, last_day, rng, until=now)
        participants = insert_participants(session, SITE_ID, 20, rng, today=last_day)
    return DemoSummary(len(DEMO_USERS), participants, taps, first_day, last_day)


def is_empty(services: AppServices) -> bool:
    """True when the database has no users, taps or participants yet."""
    with services.db.read() as session:
        return not _has_data(session)


def _has_data(session: Session) -> bool:
    return any(
        session.scalar(select(func.count()).select_from(model)) for model in (User, GuestTap, Participant)
    )


# --- guest taps ---------------------------------------------------------------------------


def insert_taps(
    session: Session, site_id: int, first_day: date, last_day: date, rng: random.Random, until: datetime
) -> int:
    """Insert realistic taps for every normally open day; returns how many."""
    categories = _category_shares(session, site_id)
    inserted = 0
    batch: list[dict[str, object]] = []
    for row in _tap_rows(site_id, first_day, last_day, categories, rng, until):
        batch.append(row)
        if len(batch) >= 20_000:
            session.connection().execute(insert(GuestTap), batch)
            inserted += len(batch)
            batch = []
    if batch:
        session.connection().execute(insert(GuestTap), batch)
        inserted += len(batch)
    return inserted


def _category_shares(session: Session, site_id: int) -> list[tuple[int, float]]:
    shares = {name_nb: share for name_nb, _en, share in DEMO_CATEGORIES}
    rows = session.execute(
        select(GuestCategory.id, GuestCategory.name_nb, GuestCategory.is_default).where(
            GuestCategory.site_id == site_id, GuestCategory.active
        )
    ).all()
    extra = sum(shares.get(name, 0.0) for _id, name, default in rows if not default)
    return [(cid, (1.0 - extra) if default else shares.get(name, 0.0)) for cid, name, default in rows]


def _tap_rows(
    site_id: int,
    first_day: date,
    last_day: date,
    categories: list[tuple[int, float]],
    rng: random.Random,
    until: datetime,
) -> Iterator[dict[str, object]]:
    ids = [cid for cid, _share in categories]
    weights = [share for _cid, share in categories]
    day = first_day
    while day <= last_day:
        if is_normally_open(day):
            for at in _lunch_times(day, _guests_on(day, first_day, rng), rng):
                if at > until:
                    break
                yield {
                    "site_id": site_id,
                    "category_id": rng.choices(ids, weights)[0],
                    "tapped_at": at,
                    "service_date": day,
                    "device": DEMO_DEVICE,
                    "undone_at": None,
                }
        day += timedelta(days=1)


def _guests_on(day: date, first_day: date, rng: random.Random) -> int:
    base = WEEKDAY_BASE[day.weekday()]
    growth = 1 + 0.03 * (day - first_day).days / 365  # a slowly growing workplace
    season = _season_factor(day)
    return max(0, round(rng.gauss(base * growth * season, 11)))


def _season_factor(day: date) -> float:
    week = day.isocalendar().week
    if week in (26, 27, 31, 32):  # around the holidays many staff are away
        return 0.72
    if week in (8, 9, 40):  # winter and autumn school holidays
        return 0.88
    if day.month == 12:
        return 0.9
    return 1.0


def _lunch_times(day: date, count: int, rng: random.Random) -> list[datetime]:
    """Tap times that bunch around half past eleven, between 10:45 and 13:15 local time."""
    opening = datetime.combine(day, time(10, 45), SITE_TIMEZONE)
    minutes = sorted(min(150.0, max(0.0, rng.gauss(50, 28))) for _ in range(count))
    return [(opening + timedelta(minutes=m)).astimezone(UTC) for m in minutes]


# --- participants ---------------------------------------------------------------------------

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


def insert_participants(session: Session, site_id: int, count: int, rng: random.Random, today: date) -> int:
    coaches = list(
        session.scalars(
            select(User.id).where(User.site_id == site_id, User.role == Role.JOB_COACH.value, User.active)
        )
    )
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
