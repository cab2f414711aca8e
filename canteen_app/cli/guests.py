"""`guests` (one day's counts). `report guests` (the monthly PDF) is in `reports`."""

from __future__ import annotations

import argparse
import json
from typing import Any

from canteen_app.app import AppServices
from canteen_app.cli.parsing import SYSTEM_ACTOR, Handler, iso_date


def register(commands: Any) -> dict[str, Handler]:
    guests = commands.add_parser("guests", help="guest counts for one day")
    guests.add_argument("--date", required=True, type=iso_date, metavar="YYYY-MM-DD")
    guests.add_argument("--json", action="store_true", help='print {"total": N, "<category>": n, ...}')
    return {"guests": _guests}


def _guests(services: AppServices, args: argparse.Namespace) -> str:
    def read(app: AppServices) -> tuple[dict[str, int], int]:
        counts = app.guests.counts_for_day(SYSTEM_ACTOR.site_id, args.date)
        categories = app.guests.categories(SYSTEM_ACTOR.site_id, include_inactive=True)
        per_category = {
            c.name_nb: counts.by_category.get(c.id, 0)
            for c in categories
            if c.active or c.id in counts.by_category
        }
        return per_category, counts.total

    per_category, total = services.read(read).value
    if args.json:
        return json.dumps({"total": total, **per_category}, ensure_ascii=False)
    width = max(len(name) for name in [*per_category, "Total"])
    lines = [f"{name:<{width}}  {count:>5}" for name, count in per_category.items()]
    return "\n".join([f"Guests on {args.date.isoformat()}", *lines, f"{'Total':<{width}}  {total:>5}"])
