"""Make the benchmark database: ten years of guest taps, 2,000 participants, 2,000 dishes
and ten years of menus.

    uv run python bench/generate.py [--db URL] [--years 10] [--participants 2000] [--dishes 2000]

Default target: bench/data/bench.sqlite3 (replaced if it exists). Uses the same generator as
the demo data (weekday pattern, noise, closed on weekends, public holidays, July and
Christmas in the canteen calendar; the demo's wholesaler ingredients), so the figures reflect
a real canteen's data, only more of it.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from canteen_app.access import Actor, Role  # noqa: E402
from canteen_app.app import AppServices, database_of, open_app  # noqa: E402
from canteen_app.canteen.dishes.models import Dish, RecipeLine  # noqa: E402
from canteen_app.canteen.menus.models import MenuEntry  # noqa: E402
from canteen_app.core.collation import norwegian_sort_key  # noqa: E402
from canteen_app.core.dates import add_months, local_day  # noqa: E402
from canteen_app.demo import DEMO_CATEGORIES, insert_participants, insert_taps  # noqa: E402
from canteen_app.demo.kitchen import add_closures, stock_kitchen  # noqa: E402
from canteen_app.demo.menu_catalog import DISHES  # noqa: E402
from canteen_app.training.attendance.models import AttendanceDay  # noqa: E402
from canteen_app.training.participants.models import Participant  # noqa: E402
from canteen_app.training.participants.service import search_key, sort_key  # noqa: E402
from canteen_app.training.plans.models import Assessment, PlanGoal  # noqa: E402

DEFAULT_DB = ROOT / "bench" / "data" / "bench.sqlite3"
BENCH_USERS = {
    "Bench Admin": (Role.ADMIN, "246810"),
    "Bench Manager": (Role.CANTEEN_MANAGER, "1234"),
    **{f"Bench Coach {i}": (Role.JOB_COACH, "135790") for i in range(1, 6)},
}

BENCH_SYSTEM = Actor(None, "bench", Role.ADMIN, 1)


def default_url() -> str:
    return f"sqlite:///{DEFAULT_DB}"


def generate(url: str, years: int, participants: int, dishes: int = 2000, seed: int = 1) -> dict[str, int]:
    services = open_app(url)
    try:
        for name, (role, pin) in BENCH_USERS.items():
            services.auth.create_user(BENCH_SYSTEM, name, role, pin)
        for name_nb, name_en, _share in DEMO_CATEGORIES:
            services.guests.add_category(BENCH_SYSTEM, name_nb, name_en)
        return _fill(services, years, participants, dishes, seed)
    finally:
        services.close()


def _fill(services: AppServices, years: int, participants: int, dishes: int, seed: int) -> dict[str, int]:
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
        add_closures(services, BENCH_SYSTEM, first_day.year, last_day.year + 1)
        open_days = services.calendar.open_days(1, first_day, last_day)
        taps = insert_taps(session, 1, open_days, rng, until=now)
        made = insert_participants(session, 1, coaches, participants, rng, today=last_day)
        stock_kitchen(services, BENCH_SYSTEM, rng, last_day)
        dish_ids = _more_dishes(services, session, dishes, rng)
        menu_rows = _menus(session, services.calendar.open_days(1, first_day, last_day), dish_ids, rng)
        training = _training(services, session, coaches, rng, last_day)
    return {
        "taps": taps,
        "participants": made,
        "dishes": len(dish_ids),
        "menu_entries": menu_rows,
        **training,
    }


PROFILE_NAME = ("Bench", "Profil")  # five years of daily attendance and 300 assessments


def _training(
    services: AppServices, session: Session, coaches: list[int], rng: random.Random, today: date
) -> dict[str, int]:
    """Plans (four goals each), assessments and the last four weeks' attendance for every
    participant, and one participant with five years of it all: the profile the bench opens."""
    goal_ids = [goal.id for area in services.competence.framework(BENCH_SYSTEM) for goal in area.goals]
    now = datetime.now(UTC)
    first, last = PROFILE_NAME
    profile = Participant(
        site_id=1,
        first_name=first,
        last_name=last,
        search_key=search_key(first, last),
        sort_key=sort_key(first, last),
        preferred_language="nb",
        nav_measure="vta",
        measure_start=today - timedelta(days=5 * 365),
        measure_planned_end=today + timedelta(days=365),
        participation_percent=100,
        coach_id=coaches[0],
        support_needs="",
        created_at=now,
        updated_at=now,
    )
    session.add(profile)
    session.flush()
    participants = [
        (pid, start) for pid, start in session.execute(select(Participant.id, Participant.measure_start))
    ]
    goals: list[dict[str, object]] = []
    for pid, _start in participants:
        count = 20 if pid == profile.id else 4
        goals += [
            {
                "participant_id": pid,
                "competence_goal_id": goal,
                "free_text": "",
                "target_level": 3,
                "target_date": today + timedelta(days=rng.randint(-60, 200)),
                "tasks": "Oppvask",
                "added_at": now,
            }
            for goal in rng.sample(goal_ids, count)
        ]
    session.execute(insert(PlanGoal), goals)
    plan_goals = session.execute(select(PlanGoal.id, PlanGoal.participant_id)).all()
    assessments: list[dict[str, object]] = []
    starts = dict(participants)
    for goal_id, pid in plan_goals:
        per_goal = 8 if pid == profile.id else 2
        for n in range(per_goal):
            day = starts[pid] + timedelta(days=int((today - starts[pid]).days * (n + 1) / (per_goal + 1)))
            for kind in ("coach", "self"):
                assessments.append(
                    {
                        "participant_id": pid,
                        "plan_goal_id": goal_id,
                        "kind": kind,
                        "level": min(4, 1 + n * 4 // per_goal),
                        "assessed_on": day,
                        "evidence": "Observert på oppvasken" if kind == "coach" else "",
                        "assessor_name": "Bench Coach 1",
                        "recorded_at": now,
                    }
                )
    session.execute(insert(Assessment), assessments)
    attendance: list[dict[str, object]] = []
    recent = set(services.calendar.open_days(1, today - timedelta(days=28), today))
    profile_days = set(services.calendar.open_days(1, today - timedelta(days=5 * 365), today))
    for pid, start in participants:
        days = profile_days if pid == profile.id else {d for d in recent if d >= start}
        for day in sorted(days):
            status = rng.choices(["present", "excused", "unexcused"], [90, 7, 3])[0]
            attendance.append(
                {
                    "site_id": 1,
                    "participant_id": pid,
                    "day": day,
                    "status": status,
                    "hours": Decimal("6.5") if status == "present" else None,
                    "source": "coach",
                    "updated_at": now,
                }
            )
    session.execute(insert(AttendanceDay), attendance)
    return {"plan_goals": len(goals), "assessments": len(assessments), "attendance_days": len(attendance)}


def _more_dishes(services: AppServices, session: Session, wanted: int, rng: random.Random) -> list[int]:
    """Copies of the demo's dishes ("Fiskegrateng 17"), same recipes, until there are `wanted`."""
    existing = {choice.name_nb: choice.id for choice in services.dishes.choices(BENCH_SYSTEM)}
    recipes = {dish.id: dish for dish in session.scalars(select(Dish))}
    made = list(existing.values())
    now = datetime.now(UTC)
    number = 2
    while len(made) < wanted:
        for name_nb, name_en, course, _method, price, portions, _lines in DISHES:
            if len(made) >= wanted:
                break
            original = recipes[existing[name_nb]]
            name = f"{name_nb} {number}"
            copy = Dish(
                site_id=1,
                name_nb=name,
                name_en=f"{name_en} {number}",
                sort_key=norwegian_sort_key(name),
                course=course,
                method="",
                price=price,
                batch_portions=portions,
                active=True,
                updated_at=now,
                lines=[
                    RecipeLine(
                        position=line.position, ingredient_id=line.ingredient_id, quantity=line.quantity
                    )
                    for line in original.lines
                ],
            )
            session.add(copy)
            session.flush()
            made.append(copy.id)
        number += 1
    rng.shuffle(made)
    return made


def _menus(session: Session, open_days: list[date], dish_ids: list[int], rng: random.Random) -> int:
    """Five dishes on every open day (a main, a vegetarian main, soup, salad, dessert)."""
    rows = [
        {"site_id": 1, "day": day, "dish_id": dish_id, "position": position}
        for day in open_days
        for position, dish_id in enumerate(rng.sample(dish_ids, 5))
    ]
    session.execute(insert(MenuEntry), rows)
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", help="database URL (an empty PostgreSQL database, or default SQLite file)")
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--participants", type=int, default=2000)
    parser.add_argument("--dishes", type=int, default=2000)
    args = parser.parse_args()
    url = args.db or default_url()
    if args.db is None:
        DEFAULT_DB.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{DEFAULT_DB}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    counts = generate(url, args.years, args.participants, args.dishes)
    print(
        f"generated {counts['taps']:,} taps over {args.years} years, {counts['participants']:,} "
        f"participants, {counts['dishes']:,} dishes, {counts['menu_entries']:,} menu entries, "
        f"{counts['assessments']:,} assessments and {counts['attendance_days']:,} attendance days "
        f"in {time.perf_counter() - started:.1f} s -> {url}"
    )


if __name__ == "__main__":
    main()
