"""The kiosk's first screen, read with the standard library's sqlite3 while SQLAlchemy loads.

Opening the database through the services means importing SQLAlchemy and the models first,
which takes longer than the rest of the start-up together. The kiosk's screen needs only a few
small queries, so the start-up worker reads them here, from the committed data of the SQLite
file, and the kiosk shows its real counts at once. Everything the kiosk does after that (taps,
undo, the refresh every few seconds) goes through the services, which start working as soon
as they are open.

The queries mirror `SiteService.name` and `GuestService.kiosk_state` (a test compares them on
the same data). There is no first look, and the normal start-up shows the kiosk instead, when
the database is not an existing SQLite file or its schema is not exactly this program's
(migrations are due, or the database is newer than the program).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from canteen_app.canteen.guests.dto import DayCounts, GuestCategoryInfo, KioskState
from canteen_app.canteen.guests.rules import DEVICE_MAX, UNDO_WINDOW
from canteen_app.core.dates import local_day, utc_now
from canteen_app.db.schema_head import SCHEMA_HEAD

_SQLITE_PREFIXES = ("sqlite:///", "sqlite+pysqlite:///")
_BUSY_TIMEOUT_S = 2.0  # a writer holds its lock for milliseconds; else the normal path waits


@dataclass(frozen=True)
class FirstLook:
    """What the kiosk shows before the services are open."""

    site_name: str
    kiosk: KioskState


def sqlite_file(db_url: str) -> Path | None:
    """The existing database file a plain SQLite URL names; None for anything else (a server,
    memory, URL options, a file that is not there yet)."""
    prefix = next((p for p in _SQLITE_PREFIXES if db_url.startswith(p)), None)
    if prefix is None:
        return None
    name = db_url.removeprefix(prefix)
    if not name or name.startswith((":memory:", "file:")) or any(c in name for c in "?%#"):
        return None
    path = Path(name)
    return path if path.is_file() else None


def read_first_look(db_url: str, site_id: int, device: str, now: datetime | None = None) -> FirstLook | None:
    """The site's name and its kiosk's state, read in one read-only transaction; None when the
    normal start-up has to show them (see the module's docstring)."""
    path = sqlite_file(db_url)
    if path is None:
        return None
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True, timeout=_BUSY_TIMEOUT_S, isolation_level=None)) as db:
            db.execute("BEGIN")  # one snapshot for every query
            if {row[0] for row in db.execute("SELECT version_num FROM alembic_version")} != {SCHEMA_HEAD}:
                return None
            site = db.execute("SELECT name FROM sites WHERE id = ?", (site_id,)).fetchone()
            if site is None:
                return None
            state = _kiosk_state(db, site_id, device[:DEVICE_MAX], now or utc_now())
            db.execute("COMMIT")
    except sqlite3.Error:
        return None  # whatever it is, the services will say it properly
    return FirstLook(site_name=str(site[0]), kiosk=state)


def _kiosk_state(db: sqlite3.Connection, site_id: int, device: str, now: datetime) -> KioskState:
    day = local_day(now)
    categories = tuple(
        GuestCategoryInfo(
            id=row[0],
            name_nb=row[1],
            name_en=row[2],
            sort_order=row[3],
            is_default=bool(row[4]),
            active=bool(row[5]),
            version=row[6],
        )
        for row in db.execute(
            "SELECT id, name_nb, name_en, sort_order, is_default, active, version FROM guest_categories"
            " WHERE site_id = ? AND active ORDER BY sort_order, id",
            (site_id,),
        )
    )
    counts = dict(
        db.execute(
            "SELECT category_id, count(*) FROM guest_taps"
            " WHERE site_id = ? AND service_date = ? AND undone_at IS NULL GROUP BY category_id",
            (site_id, day.isoformat()),
        ).fetchall()
    )
    return KioskState(
        categories=categories,
        counts=DayCounts(day=day, by_category=counts),
        can_undo=_can_undo(db, site_id, device, day, now),
    )


def _can_undo(db: sqlite3.Connection, site_id: int, device: str, day: date, now: datetime) -> bool:
    """This device's last tap of the day is recent and not taken back (as GuestService says)."""
    last = db.execute(
        "SELECT tapped_at, undone_at FROM guest_taps WHERE site_id = ? AND device = ? AND service_date = ?"
        " ORDER BY id DESC LIMIT 1",
        (site_id, device, day.isoformat()),
    ).fetchone()
    if last is None or last[1] is not None:
        return False
    tapped_at = datetime.fromisoformat(last[0]).replace(tzinfo=UTC)  # stored as naive UTC
    return tapped_at >= now - UNDO_WINDOW
