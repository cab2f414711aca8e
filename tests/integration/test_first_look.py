"""The kiosk's first look at start-up (sqlite3, before SQLAlchemy) shows exactly what the
services would show, and stands aside whenever it cannot be sure."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices
from canteen_app.first_look import FirstLook, read_first_look
from tests.conftest import FakeClock
from tests.helpers import KIOSK, SYSTEM
from tests.integration.test_guest_counting import _add_second_site, _default_category

ROOT = Path(__file__).resolve().parents[2]
SITE = 1
HERE, THERE = "kiosk-kjøkken", "kiosk-kantine"


def _what_the_services_show(services: AppServices, device: str, site: int = SITE) -> FirstLook:
    return FirstLook(services.sites.name(site), services.guests.kiosk_state(site, device))


def test_the_first_look_is_what_the_services_show_through_a_day(
    sqlite_services: AppServices, sqlite_url: str, clock: FakeClock
) -> None:
    services = sqlite_services
    guest = _default_category(services)
    visitor = services.guests.add_category(SYSTEM, "Besøkende", "Visitor").id
    retired = services.guests.add_category(SYSTEM, "Praktikant", "Trainee").id
    other_site, other_guest = _add_second_site(services, clock)
    clock.now = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)  # yesterday's taps do not count today
    services.guests.record_tap(KIOSK, guest, HERE)
    clock.now = datetime(2026, 11, 24, 23, 30, tzinfo=UTC)  # 00:30 in Oslo: already the 25th
    services.guests.record_tap(KIOSK, visitor, HERE)
    clock.now = datetime(2026, 11, 25, 11, 0, tzinfo=UTC)
    for category, device in ((guest, HERE), (guest, THERE), (visitor, THERE), (retired, HERE)):
        services.guests.record_tap(KIOSK, category, device)
    services.guests.undo_last_tap(KIOSK, HERE)  # the trainee tap is taken back
    services.guests.set_category_active(SYSTEM, retired, False)
    services.guests.record_tap(Actor(None, "kiosk", Role.KIOSK, other_site), other_guest, HERE)
    services.guests.record_tap(KIOSK, guest, THERE)

    moments = [
        datetime(2026, 11, 25, 11, 1, tzinfo=UTC),  # THERE may still undo, HERE may not
        datetime(2026, 11, 25, 11, 3, 30, tzinfo=UTC),  # nobody may undo any more
        datetime(2026, 11, 25, 23, 30, tzinfo=UTC),  # past midnight in Oslo: a new, empty day
    ]
    for moment in moments:
        clock.now = moment
        for device in (HERE, THERE, "a-new-kiosk"):
            look = read_first_look(sqlite_url, SITE, device, now=moment)
            assert look == _what_the_services_show(services, device), (moment, device)
        assert read_first_look(sqlite_url, other_site, HERE, now=moment) == _what_the_services_show(
            services, HERE, other_site
        )

    clock.now = moments[0]
    look = read_first_look(sqlite_url, SITE, THERE, now=moments[0])
    assert look is not None
    assert look.kiosk.counts.total == 5 and look.kiosk.can_undo  # the facts behind the equality
    assert [c.name_nb for c in look.kiosk.categories] == ["Gjest", "Besøkende"]


def test_no_first_look_where_it_cannot_be_sure(
    sqlite_services: AppServices, sqlite_url: str, tmp_path: Path
) -> None:
    assert read_first_look(sqlite_url, SITE, HERE) is not None
    assert read_first_look(f"sqlite:///{tmp_path / 'not-there.sqlite3'}", SITE, HERE) is None
    assert not (tmp_path / "not-there.sqlite3").exists()
    assert read_first_look("sqlite://", SITE, HERE) is None
    assert read_first_look(f"{sqlite_url}?timeout=5", SITE, HERE) is None
    assert read_first_look("postgresql://kiosk@127.0.0.1:1/canteen", SITE, HERE) is None
    assert read_first_look(sqlite_url, 99, HERE) is None  # no such site

    path = Path(sqlite_url.removeprefix("sqlite:///"))
    with sqlite3.connect(path) as db:  # as if a newer program had migrated the database
        db.execute("UPDATE alembic_version SET version_num = 'ffff'")
    assert read_first_look(sqlite_url, SITE, HERE) is None


def test_the_first_look_never_writes(sqlite_services: AppServices, sqlite_url: str) -> None:
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    sqlite_services.close()
    for suffix in ("-wal", "-shm"):
        assert not Path(f"{path}{suffix}").exists()  # closed cleanly: all in the main file
    before = path.read_bytes()
    path.chmod(0o444)
    try:
        assert read_first_look(sqlite_url, SITE, HERE) is not None
    finally:
        path.chmod(0o644)
    assert path.read_bytes() == before


def test_the_kiosks_first_screen_loads_no_sqlalchemy() -> None:
    """What the start-up imports before the first look is painted (the worker's first look, the
    window, its pages and the kiosk view) must not pull SQLAlchemy in, or the first look is
    no quicker than the normal start-up."""
    code = (
        "import sys; import ui.shell.app, canteen_app.first_look, ui.shell.login, ui.shell.workspace,"
        " ui.canteen.kiosk, ui.common.operations;"
        " print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
