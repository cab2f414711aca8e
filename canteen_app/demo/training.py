"""Demo participants on NAV measures, with names from the communities the canteen trains."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from sqlalchemy import insert
from sqlalchemy.orm import Session

from canteen_app.core.dates import add_months, utc_now
from canteen_app.core.languages import Language
from canteen_app.training.participants.models import Participant
from canteen_app.training.participants.nav import MEASURE_RULES, NavMeasure
from canteen_app.training.participants.service import search_key, sort_key

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
