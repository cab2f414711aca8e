"""Demo guest categories and years of realistic guest taps."""

from __future__ import annotations

import random
from collections.abc import Collection, Iterator
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from canteen_app.canteen.guests.models import GuestCategory, GuestTap
from canteen_app.core.dates import SITE_TIMEZONE

DEMO_DEVICE = "kiosk-kjøkken"

# (Norwegian, English, share of guests)
DEMO_CATEGORIES = (("Besøkende", "Visitor", 0.09), ("Deltaker", "Participant", 0.05))

# Guests on a normal day, Monday..Friday.
WEEKDAY_BASE = (195, 210, 214, 204, 166)


def insert_taps(
    session: Session,
    site_id: int,
    open_days: Collection[date],
    rng: random.Random,
    until: datetime,
) -> int:
    """Insert realistic taps for every day the canteen calendar has open; returns how many."""
    categories = _category_shares(session, site_id)
    inserted = 0
    batch: list[dict[str, object]] = []
    for row in _tap_rows(site_id, sorted(open_days), categories, rng, until):
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
    open_days: list[date],
    categories: list[tuple[int, float]],
    rng: random.Random,
    until: datetime,
) -> Iterator[dict[str, object]]:
    ids = [cid for cid, _share in categories]
    weights = [share for _cid, share in categories]
    for day in open_days:
        for at in _lunch_times(day, _guests_on(day, open_days[0], rng), rng):
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
