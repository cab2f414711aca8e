"""`report guests` (the monthly guest report) and `report menu` (the week menu or the allergen
poster of one week), as PDF files."""

from __future__ import annotations

import argparse
from datetime import timedelta
from pathlib import Path
from typing import Any

from canteen_app.app import AppServices
from canteen_app.canteen.menus.rules import WORK_DAYS, PrintKind
from canteen_app.cli.parsing import SYSTEM_ACTOR, Handler, Parser, iso_week, month
from canteen_app.core.config import SUPPORTED_LANGUAGES

_MENU_LANGUAGES = ("nb", "en")  # Norwegian always; "en" adds English beside it


def register(commands: Any) -> dict[str, Handler]:
    report = commands.add_parser("report", help="render a printed report")
    kinds = report.add_subparsers(dest="report", required=True, metavar="REPORT", parser_class=Parser)
    monthly = kinds.add_parser("guests", help="the monthly guest report (PDF)")
    monthly.add_argument("--month", required=True, type=month, metavar="YYYY-MM")
    monthly.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    monthly.add_argument("--lang", choices=SUPPORTED_LANGUAGES, default="nb")
    menu = kinds.add_parser(
        "menu", help="a week's menu (A4 landscape) or allergen poster (A3 portrait) (PDF)"
    )
    menu.add_argument("--week", required=True, type=iso_week, metavar="YYYY-Www")
    menu.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    menu.add_argument(
        "--format", choices=[kind.value for kind in PrintKind], default=PrintKind.WEEK_MENU.value
    )
    menu.add_argument(
        "--lang", choices=_MENU_LANGUAGES, default="nb", help="en: English beside the Norwegian"
    )
    return {"report": _report}


def _report(services: AppServices, args: argparse.Namespace) -> str:
    if args.report == "menu":
        return _menu(services, args)
    path = services.statistics.render_guest_month(SYSTEM_ACTOR, args.month, args.lang, args.out)
    return f"Report written to {path}."


def _menu(services: AppServices, args: argparse.Namespace) -> str:
    kind = PrintKind(args.format)
    friday = args.week + timedelta(days=WORK_DAYS - 1)
    path = services.menus.render_menu(SYSTEM_ACTOR, kind, args.week, friday, args.lang, args.out)
    what = "Week menu" if kind is PrintKind.WEEK_MENU else "Allergen poster"
    return f"{what} written to {path}."
