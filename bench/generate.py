"""Make the benchmark database: ten years of guest taps and 2,000 participants.

    uv run python bench/generate.py [--db URL] [--years 10] [--participants 2000]

Default target: bench/data/bench.sqlite3 (replaced if it exists). Uses the same generator as
the demo data (weekday pattern, noise, closed on weekends, public holidays, July and
Christmas), so the figures reflect a real canteen's data, only more of it.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from canteen_app.access import Actor, Role  # noqa: E402
from canteen_app.app import AppServices, database_of, open_app  # noqa: E402
from canteen_app.core.dates import add_months, local_day  # noqa: E402
from canteen_app.demo import DEMO_CATEGORIES, insert_participants, insert_taps  # noqa: E402

DEFAULT_DB = ROOT / "bench" / "data" / "bench.sqlite3"
BENCH_USERS = {
    "Bench Admin": (Role.ADMIN, "246810"),
    "Bench Manager": (Role.CANTEEN_MANAGER, "1234"),
    **{f"Bench Coach {i}": (Role.JOB_COACH, "135790") for i in range(1, 6)},
}

BENCH_SYSTEM = Actor(None, "bench", Role.ADMIN, 1)


def default_url() -> str:
    return f"sqlite:///{DEFAULT_DB}"


def generate(url: str, years: int, participants: int, seed: int = 1) -> dict[str, int]:
    services = open_app(url)
    try:
        for name, (role, pin) in BENCH_USERS.items():
            services.auth.create_user(BENCH_SYSTEM, name, role, pin)
        for name_nb, name_en, _share in DEMO_CATEGORIES:
            services.guests.add_category(BENCH_SYSTEM, name_nb, name_en)
        return _fill(services, years, participants, seed)
    finally:
        services.close()


def _fill(services: AppServices, years: int, participants: int, seed: int) -> dict[str, int]:
    rng = random.Random(seed)
    now = datetime.now(UTC)
    last_day = local_day(now)
    coaches = [
        user.id
        for user in services.read(lambda app: app.auth.all_users(BENCH_SYSTEM)).value
        if user.role is Role.JOB_COACH
    ]
    with database_of(services).transaction(write=True) as transaction:
        session = transaction.session
        first_day = add_months(last_day, -12 * years)
        open_days = services.calendar.open_days(1, first_day, last_day)
        taps = insert_taps(session, 1, open_days, rng, until=now)
        made = insert_participants(session, 1, coaches, participants, rng, today=last_day)
    return {"taps": taps, "participants": made}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", help="database URL (an empty PostgreSQL database, or default SQLite file)")
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--participants", type=int, default=2000)
    args = parser.parse_args()
    url = args.db or default_url()
    if args.db is None:
        DEFAULT_DB.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{DEFAULT_DB}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    counts = generate(url, args.years, args.participants)
    print(
        f"generated {counts['taps']:,} taps over {args.years} years and {counts['participants']:,} "
        f"participants in {time.perf_counter() - started:.1f} s -> {url}"
    )


if __name__ == "__main__":
    main()
