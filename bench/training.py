"""The training figures, each next to a floor measured in the same run, as medians.

    uv run python bench/generate.py            # once: 2,000 participants with plans and attendance,
                                               # and "Bench Profil" with five years of both
    uv run python bench/training.py [--db URL] [--runs 30] [--only checkin|overview|profile|ui]

checkin  Kiosk check-in to commit: `AttendanceService.check_in_or_out` through AppServices.write
         (what the kiosk's lane runs: the participant checked, the day's row written, committed
         and fsynced), each sample a different participant active today; next to the raw
         durable commit: one INSERT of the same row into attendance_days + COMMIT with the
         standard sqlite3 module, on the same file with the app's pragmas (WAL,
         synchronous=FULL, foreign keys) and its BEGIN IMMEDIATE. Interleaved.
ui       The coach's screens in fresh processes (bench/training_ui.py): "My overview" in the
         real program after a real login (the admin's 2,001 participants, chosen from the
         navigation; a job coach's ~400, their home page), and the training plan window of
         "Bench Profil".
overview The coach's overview's read alone: `OverviewService.overview` for the administrator
         (all 2,001 participants) through AppServices.write, as the page's worker runs it
         (the caseload, its measure periods, overdue goals, latest coach assessments,
         attendance over four weeks, the lists built, the audit entry, committed): the first
         in the process (its statements new to SQLAlchemy's cache; run before the others),
         then the median of the rest; the public holidays loaded before, as the login does.
         On SQLite or PostgreSQL (--db).
profile  The data a participant's profile shows, for "Bench Profil" (five years of daily
         attendance, 20 goals, 320 assessments): the plan, the whole timeline and this month's
         attendance, each read as the profile reads it (audited), in one process, warm and cold.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.generate import BENCH_SYSTEM, PROFILE_NAME, default_url  # noqa: E402
from canteen_app.access import Actor, Role  # noqa: E402
from canteen_app.app import AppServices, open_app  # noqa: E402
from canteen_app.core.dates import local_day, utc_now  # noqa: E402

KIOSK = Actor(None, "kiosk", Role.KIOSK, 1)
FAR_DAY = date(2099, 1, 5)  # the raw floor's rows: a day no check-in ever writes


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def bench_checkin(url: str, services: AppServices, runs: int) -> None:
    people = [person.participant_id for person, _state in services.attendance.kiosk_people(KIOSK)]
    if len(people) < runs:
        raise SystemExit(f"only {len(people)} participants can check in today; use --runs {len(people)}")
    raw = sqlite3.connect(url.split("///", 1)[1], isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    raw.execute("PRAGMA foreign_keys=ON")  # as the app's connections (canteen_app/db/engine.py)
    taps: list[float] = []
    raws: list[float] = []
    try:
        for sample, participant_id in enumerate(people[:runs]):

            def tap(pid: int = participant_id) -> None:
                services.write(lambda app: app.attendance.check_in_or_out(KIOSK, pid))

            def floor(pid: int = participant_id) -> None:
                raw.execute("BEGIN IMMEDIATE")
                raw.execute(
                    "INSERT INTO attendance_days (site_id, participant_id, day, status, absence_reason, "
                    "checked_in_at, source, corrected_by, correction_reason, updated_at, version) "
                    "VALUES (1, ?, ?, 'present', '', ?, 'kiosk', '', '', ?, 1)",
                    (pid, FAR_DAY.isoformat(), "2099-01-05 07:00:00", "2099-01-05 07:00:00"),
                )
                raw.execute("COMMIT")

            pairs = [(taps, tap), (raws, floor)]
            for times, action in pairs if sample % 2 == 0 else reversed(pairs):
                started = time.perf_counter()
                action()
                times.append(time.perf_counter() - started)
    finally:
        today = local_day(utc_now()).isoformat()
        raw.execute(
            "DELETE FROM attendance_days WHERE day = ? OR (day = ? AND source = 'kiosk')",
            (FAR_DAY.isoformat(), today),
        )
        raw.close()
    floor_ms, tap_ms = median_ms(raws), median_ms(taps)
    print(f"kiosk check-in, medians of {runs} (each a different participant):")
    print(f"  raw durable commit (sqlite3, WAL, FULL):  {floor_ms:6.2f} ms")
    print(f"  check-in to commit:                      {tap_ms:6.2f} ms = {tap_ms / floor_ms:.2f}x raw")


def bench_profile(services: AppServices, runs: int) -> None:
    coach = Actor(None, "Bench Coach 1", Role.JOB_COACH, 1)
    participant_id = next(
        row.id
        for row in services.participants.rows(BENCH_SYSTEM, " ".join(PROFILE_NAME))
        if row.last_name == PROFILE_NAME[1]
    )
    month = local_day(utc_now()).replace(day=1)

    def profile() -> None:
        services.write(lambda app: app.plans.plan(coach, participant_id))
        services.write(lambda app: app.plans.timeline(coach, participant_id))
        services.write(lambda app: app.attendance.month(coach, participant_id, month))

    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        profile()
        timings.append(time.perf_counter() - started)
    plan = services.write(lambda app: app.plans.plan(coach, participant_id)).value
    timeline = services.write(lambda app: app.plans.timeline(coach, participant_id)).value
    print(f"profile data of {' '.join(PROFILE_NAME)} ({len(plan.goals)} goals, {len(timeline)} assessments):")
    print(f"  first read (cold statements):  {timings[0] * 1000:6.1f} ms")
    median = median_ms(timings)
    print(f"  median of {runs}:                {median:6.1f} ms (plan + timeline + month, 3 transactions)")


def bench_overview(services: AppServices, runs: int) -> None:
    from canteen_app.canteen.calendar.rules import warm_up

    warm_up(local_day(utc_now()).year)  # the public holidays: the login's worker loads them
    admin = Actor(None, "Bench Admin", Role.ADMIN, 1)
    timings = []
    for _ in range(runs + 1):
        started = time.perf_counter()
        overview = services.write(lambda app: app.overview.overview(admin)).value
        timings.append(time.perf_counter() - started)
    print(f"the overview's read, {overview.participants:,} participants, {overview.row_count:,} rows:")
    print(f"  first in the process:  {timings[0] * 1000:6.1f} ms")
    print(f"  median of {runs}:          {median_ms(timings[1:]):6.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", default=None)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--only", choices=("checkin", "overview", "profile", "ui"))
    args = parser.parse_args()
    url = args.db or default_url()
    services = open_app(url)
    try:
        if args.only in (None, "overview"):  # first: its statements are new to this process
            bench_overview(services, args.runs)
        if args.only in (None, "profile"):
            bench_profile(services, args.runs)
        if args.only in (None, "checkin"):
            bench_checkin(url, services, args.runs)
    finally:
        services.close()
    if args.only in (None, "ui"):
        from bench.training_ui import bench_ui

        bench_ui(url, min(args.runs, 7))


if __name__ == "__main__":
    main()
