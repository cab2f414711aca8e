"""Guest counting at the kiosk (C4) on real databases: every tap is its own committed row."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import Row, create_engine, func, select, text

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices, open_database
from canteen_app.canteen.guests.models import GuestCategory, GuestTap
from canteen_app.canteen.guests.service import GuestService
from canteen_app.core.errors import NotFoundError
from canteen_app.platform.sites.models import Site
from tests.conftest import FakeClock
from tests.helpers import KIOSK, SYSTEM, db_session

SITE = 1


def _default_category(services: AppServices) -> int:
    (default,) = [c for c in services.guests.categories(SITE) if c.is_default]
    return default.id


def _all_taps(services: AppServices) -> list[Row[Any]]:
    """Every stored tap (undone ones included), as loaded through the app's own types."""
    columns = (GuestTap.id, GuestTap.tapped_at, GuestTap.service_date, GuestTap.undone_at)
    with db_session(services) as session:
        return list(session.execute(select(*columns).order_by(GuestTap.id)))


def _add_second_site(services: AppServices, clock: FakeClock) -> tuple[int, int]:
    """Another canteen sharing the database, with its own category: (site id, category id)."""
    with db_session(services, write=True) as session:
        site = Site(code="nord", name="Kantina Nord", created_at=clock.now)
        session.add(site)
        session.flush()
        category = GuestCategory(site_id=site.id, name_nb="Gjest", name_en="Guest", is_default=True)
        session.add(category)
        session.flush()
        return site.id, category.id


def test_a_tap_is_stored_as_its_own_committed_row(
    services: AppServices, db_url: str, clock: FakeClock
) -> None:
    guest = _default_category(services)
    first = services.guests.record_tap(KIOSK, guest, "kiosk-kjøkken")
    clock.advance(seconds=3)
    second = services.guests.record_tap(KIOSK, guest, "kiosk-kjøkken")
    assert second.tap_id != first.tap_id

    # Right after record_tap returns, another program (its own engine) already sees the rows:
    # nothing waits in a buffer that a power cut could lose.
    other = create_engine(db_url)
    try:
        with other.connect() as connection:
            rows = connection.execute(
                text("SELECT id, site_id, category_id, device, undone_at FROM guest_taps ORDER BY id")
            ).all()
    finally:
        other.dispose()
    assert [tuple(row) for row in rows] == [
        (first.tap_id, SITE, guest, "kiosk-kjøkken", None),
        (second.tap_id, SITE, guest, "kiosk-kjøkken", None),
    ]

    taps = _all_taps(services)
    assert [tap.tapped_at for tap in taps] == [
        datetime(2026, 11, 25, 11, 30, tzinfo=UTC),
        datetime(2026, 11, 25, 11, 30, 3, tzinfo=UTC),
    ]
    assert all(
        tap.tapped_at.utcoffset() is not None and tap.tapped_at.utcoffset().total_seconds() == 0
        for tap in taps
    )
    assert {tap.service_date for tap in taps} == {date(2026, 11, 25)}


def test_todays_counts_per_category_and_total(services: AppServices) -> None:
    guest = _default_category(services)
    visitor = services.guests.add_category(SYSTEM, "Besøkende", "Visitor").id
    for category in (guest, guest, visitor, guest):
        result = services.guests.record_tap(KIOSK, category, "kiosk-1")
    assert result.counts.by_category == {guest: 3, visitor: 1}
    assert result.counts.total == 4
    assert result.counts.day == date(2026, 11, 25)
    today = services.guests.today(SITE)
    assert today.by_category == {guest: 3, visitor: 1} and today.total == 4
    # Another day has its own count.
    assert services.guests.counts_for_day(SITE, date(2026, 11, 24)).total == 0


def test_undo_marks_only_this_devices_last_tap_and_deletes_nothing(
    services: AppServices, clock: FakeClock
) -> None:
    guest = _default_category(services)
    a1 = services.guests.record_tap(KIOSK, guest, "kiosk-A").tap_id
    a2 = services.guests.record_tap(KIOSK, guest, "kiosk-A").tap_id
    clock.advance(seconds=10)
    b1 = services.guests.record_tap(KIOSK, guest, "kiosk-B").tap_id  # the newest tap overall
    clock.advance(seconds=5)

    undone = services.guests.undo_last_tap(KIOSK, "kiosk-A")

    assert undone.undone_tap_id == a2
    assert undone.counts.total == 2
    rows = {tap.id: tap for tap in _all_taps(services)}
    assert set(rows) == {a1, a2, b1}  # the undone tap is still there
    assert rows[a2].undone_at == clock.now
    assert rows[a1].undone_at is None
    assert rows[b1].undone_at is None  # the other kiosk's tap is untouched
    assert undone.undone_category_id == guest  # the kiosk says what it took back
    # One undo per tap: pressing again does not eat into the earlier taps.
    assert not services.guests.can_undo(SITE, "kiosk-A")
    again = services.guests.undo_last_tap(KIOSK, "kiosk-A")
    assert again.undone_tap_id is None and again.counts.total == 2


def test_undo_only_takes_back_a_tap_made_in_the_last_few_minutes(
    services: AppServices, clock: FakeClock
) -> None:
    guest = _default_category(services)
    services.guests.record_tap(KIOSK, guest, "kiosk-A")
    clock.advance(minutes=2, seconds=59)
    assert services.guests.can_undo(SITE, "kiosk-A")
    clock.advance(seconds=2)  # now more than three minutes after the tap
    assert not services.guests.can_undo(SITE, "kiosk-A")
    late = services.guests.undo_last_tap(KIOSK, "kiosk-A")
    assert late.undone_tap_id is None and late.counts.total == 1
    # A new tap can be taken back again.
    fresh = services.guests.record_tap(KIOSK, guest, "kiosk-A").tap_id
    assert services.guests.undo_last_tap(KIOSK, "kiosk-A").undone_tap_id == fresh


def test_undo_with_nothing_left_today_returns_none(services: AppServices, clock: FakeClock) -> None:
    guest = _default_category(services)
    yesterday = services.guests.record_tap(KIOSK, guest, "kiosk-A").tap_id
    clock.advance(days=1)
    today = services.guests.record_tap(KIOSK, guest, "kiosk-A").tap_id

    assert services.guests.undo_last_tap(KIOSK, "kiosk-A").undone_tap_id == today
    nothing = services.guests.undo_last_tap(KIOSK, "kiosk-A")

    assert nothing.undone_tap_id is None
    assert nothing.counts.total == 0
    assert not services.guests.can_undo(SITE, "kiosk-A")
    # Yesterday's closed day is never changed by today's undo button.
    rows = {tap.id: tap for tap in _all_taps(services)}
    assert rows[yesterday].undone_at is None
    assert services.guests.counts_for_day(SITE, date(2026, 11, 25)).total == 1


def test_inactive_unknown_and_other_sites_categories_are_refused(
    services: AppServices, clock: FakeClock
) -> None:
    retired = services.guests.add_category(SYSTEM, "Besøkende", "Visitor").id
    services.guests.set_category_active(SYSTEM, retired, False)
    _other_site, foreign = _add_second_site(services, clock)

    for category in (retired, foreign, 999_999):
        with pytest.raises(NotFoundError):
            services.guests.record_tap(KIOSK, category, "kiosk-1")
    # The other site's kiosk cannot count in this site's categories either.
    other_kiosk = Actor(user_id=None, name="kiosk", role=Role.KIOSK, site_id=_other_site)
    with pytest.raises(NotFoundError):
        services.guests.record_tap(other_kiosk, _default_category(services), "kiosk-nord")

    assert _all_taps(services) == []


def test_each_site_counts_only_its_own_guests(services: AppServices, clock: FakeClock) -> None:
    other_site, other_category = _add_second_site(services, clock)
    other_kiosk = Actor(user_id=None, name="kiosk", role=Role.KIOSK, site_id=other_site)
    services.guests.record_tap(KIOSK, _default_category(services), "kiosk-1")
    services.guests.record_tap(other_kiosk, other_category, "kiosk-1")
    services.guests.record_tap(other_kiosk, other_category, "kiosk-1")
    assert services.guests.today(SITE).total == 1
    assert services.guests.today(other_site).total == 2
    # Same device name at another site: undo there does not reach this site's tap.
    services.guests.undo_last_tap(other_kiosk, "kiosk-1")
    assert services.guests.today(SITE).total == 1


def test_the_shared_kiosk_may_count_without_a_personal_login(services: AppServices) -> None:
    result = services.guests.record_tap(KIOSK, _default_category(services), "kiosk-1")
    assert result.counts.total == 1
    assert services.guests.undo_last_tap(KIOSK, "kiosk-1").undone_tap_id == result.tap_id


@pytest.mark.parametrize(
    ("utc_time", "expected_day"),
    [
        # Summer (UTC+2): 23:30 UTC is 01:30 the next morning in Oslo.
        (datetime(2026, 6, 30, 23, 30, tzinfo=UTC), date(2026, 7, 1)),
        # 22:30 UTC in summer is already after midnight in Oslo.
        (datetime(2026, 6, 30, 22, 30, tzinfo=UTC), date(2026, 7, 1)),
        # Winter (UTC+1): 22:30 UTC is 23:30 the same evening.
        (datetime(2026, 11, 25, 22, 30, tzinfo=UTC), date(2026, 11, 25)),
    ],
)
def test_a_tap_belongs_to_the_oslo_day_it_happened_on(
    sqlite_services: AppServices, clock: FakeClock, utc_time: datetime, expected_day: date
) -> None:
    clock.now = utc_time
    result = sqlite_services.guests.record_tap(KIOSK, _default_category(sqlite_services), "kiosk-1")
    assert result.counts.day == expected_day
    (tap,) = _all_taps(sqlite_services)
    assert tap.service_date == expected_day
    assert tap.tapped_at == utc_time
    assert sqlite_services.guests.today(SITE).total == 1
    assert sqlite_services.guests.counts_for_day(SITE, expected_day).total == 1


def test_summer_night_tap_is_stored_on_the_next_oslo_day_on_every_backend(
    services: AppServices, clock: FakeClock
) -> None:
    clock.now = datetime(2026, 7, 15, 23, 30, tzinfo=UTC)
    services.guests.record_tap(KIOSK, _default_category(services), "kiosk-1")
    assert services.guests.counts_for_day(SITE, date(2026, 7, 16)).total == 1
    assert services.guests.counts_for_day(SITE, date(2026, 7, 15)).total == 0


def test_two_kiosks_on_their_own_connections_count_into_one_total(
    services: AppServices, db_url: str, clock: FakeClock
) -> None:
    guest = _default_category(services)
    db_a, db_b = open_database(db_url), open_database(db_url)
    kiosk_a, kiosk_b = GuestService(db_a, clock), GuestService(db_b, clock)
    try:
        a = kiosk_a.record_tap(KIOSK, guest, "kiosk-A")
        b = kiosk_b.record_tap(KIOSK, guest, "kiosk-B")
        assert a.counts.total == 1
        assert b.counts.total == 2  # B's running total includes A's guest
        assert kiosk_a.today(SITE).total == 2

        # Both kiosks tapping at the same moment: no tap is lost, none is counted twice.
        def tap_many(kiosk: GuestService, device: str) -> list[int]:
            return [kiosk.record_tap(KIOSK, guest, device).tap_id for _ in range(20)]

        with ThreadPoolExecutor(max_workers=2) as pool:
            at_a = pool.submit(tap_many, kiosk_a, "kiosk-A")
            at_b = pool.submit(tap_many, kiosk_b, "kiosk-B")
            ids = {"kiosk-A": at_a.result(timeout=60), "kiosk-B": at_b.result(timeout=60)}
        assert len(set(ids["kiosk-A"]) | set(ids["kiosk-B"])) == 40

        assert kiosk_a.today(SITE).total == 42
        assert kiosk_b.today(SITE).total == 42
        assert services.guests.today(SITE).total == 42
        # Each kiosk's undo takes back its own last guest only.
        assert kiosk_b.undo_last_tap(KIOSK, "kiosk-B").undone_tap_id == ids["kiosk-B"][-1]
        assert kiosk_a.today(SITE).total == 41
    finally:
        db_a.dispose()
        db_b.dispose()
    with db_session(services) as session:
        assert session.scalar(select(func.count()).select_from(GuestTap)) == 42
