"""`seed-demo`."""

from __future__ import annotations

import argparse
from typing import Any

from canteen_app.app import AppServices
from canteen_app.cli.parsing import Handler


def register(commands: Any) -> dict[str, Handler]:
    seed = commands.add_parser("seed-demo", help="fill an empty database with demo data")
    seed.add_argument("--years", type=int, default=2, help="years of guest counts (default 2)")
    return {"seed-demo": _seed_demo}


def _seed_demo(services: AppServices, args: argparse.Namespace) -> str:
    from canteen_app.demo import seed_demo  # holidays and the generators load only here

    summary = seed_demo(services, years=args.years)
    return (
        f"Demo data added: {summary.users} users, {summary.participants} participants, "
        f"{summary.taps} guest taps from {summary.first_day} to {summary.last_day}, "
        f"{summary.ingredients} ingredients, {summary.dishes} dishes, menus on {summary.menu_days} days, "
        f"{summary.partners} partner companies."
    )
