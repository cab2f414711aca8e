"""`report guests` (the monthly guest report), `report menu` (the week menu or the allergen
poster of one week), `report nav-status` and `report nav-final` (a participant's NAV status and
final report), `report attendance` (a participant's month) and `report day-card` (a participant's
easy-read day card), as PDF files (the attendance also as CSV)."""

from __future__ import annotations

import argparse
from datetime import timedelta
from pathlib import Path
from typing import Any

from canteen_app.app import AppServices
from canteen_app.canteen.menus.rules import WORK_DAYS, PrintKind
from canteen_app.cli.consents import consent_form, register_consent_form
from canteen_app.cli.dossiers import register_report_dossier, report_dossier
from canteen_app.cli.parsing import SYSTEM_ACTOR, Handler, Parser, iso_date, iso_week, month
from canteen_app.cli.training import participant_id
from canteen_app.core.config import SUPPORTED_LANGUAGES
from canteen_app.core.errors import ValidationError
from canteen_app.training.day_cards.rules import CARD_LANGUAGES
from canteen_app.training.nav_reports.rules import clean_summary

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
    _register_training(kinds)
    register_consent_form(kinds)
    _register_day_card(kinds)
    register_report_dossier(kinds)
    return {"report": _report}


def _register_day_card(kinds: Any) -> None:
    card = kinds.add_parser(
        "day-card",
        help="a participant's easy-read day card: station and tasks as pictogram steps (PDF; logged "
        "as an export)",
    )
    card.add_argument("--participant", required=True, type=participant_id, metavar="ID")
    card.add_argument("--date", dest="day", required=True, type=iso_date, metavar="YYYY-MM-DD")
    card.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    card.add_argument(
        "--lang",
        choices=CARD_LANGUAGES,
        default=None,
        help="the language beside the Norwegian (default: the participant's preferred language)",
    )


def _register_training(kinds: Any) -> None:
    status = kinds.add_parser(
        "nav-status", help="a participant's NAV status report for a period (PDF; logged as an export)"
    )
    status.add_argument("--participant", required=True, type=participant_id, metavar="ID")
    status.add_argument("--from", dest="first", required=True, type=iso_date, metavar="YYYY-MM-DD")
    status.add_argument("--to", dest="last", required=True, type=iso_date, metavar="YYYY-MM-DD")
    final = kinds.add_parser(
        "nav-final",
        help="the final report (sluttrapport) of an ended measure (PDF; logged as an export)",
    )
    final.add_argument("--participant", required=True, type=participant_id, metavar="ID")
    for parser in (status, final):
        parser.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
        parser.add_argument("--lang", choices=SUPPORTED_LANGUAGES, default="nb")
        summary = parser.add_mutually_exclusive_group()
        summary.add_argument(
            "--summary", type=_summary, default="", metavar="TEXT", help="the job coach's summary"
        )
        summary.add_argument(
            "--summary-file",
            dest="summary",
            type=_summary_file,
            metavar="FILE",
            help="the job coach's summary from a UTF-8 text file",
        )
    attendance = kinds.add_parser(
        "attendance",
        help="a participant's attendance in a month: PDF, or CSV when FILE ends in .csv "
        "(logged as an export)",
    )
    attendance.add_argument("--participant", required=True, type=participant_id, metavar="ID")
    attendance.add_argument("--month", required=True, type=month, metavar="YYYY-MM")
    attendance.add_argument(
        "--out", required=True, type=Path, metavar="FILE.pdf", help="the PDF, or CSV when FILE ends in .csv"
    )
    attendance.add_argument("--lang", choices=SUPPORTED_LANGUAGES, default="nb", help="the PDF's language")


def _summary(text: str) -> str:
    try:
        return clean_summary(text)
    except ValidationError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _summary_file(path: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as error:
        raise argparse.ArgumentTypeError(f"cannot read {path}: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise argparse.ArgumentTypeError(f"{path} is not UTF-8 text") from None
    return _summary(text)


def _report(services: AppServices, args: argparse.Namespace) -> str:
    if args.report == "menu":
        return _menu(services, args)
    if args.report == "consent-form":
        return consent_form(services, args)
    if args.report == "dossier":
        return report_dossier(services, args)
    if args.report == "day-card":
        path = services.day_cards.render_day_card(
            SYSTEM_ACTOR, args.participant, args.day, args.out, args.lang
        )
        return f"Day card written to {path}."
    if args.report in ("nav-status", "nav-final", "attendance"):
        return _training(services, args)
    path = services.statistics.render_guest_month(SYSTEM_ACTOR, args.month, args.lang, args.out)
    return f"Report written to {path}."


def _menu(services: AppServices, args: argparse.Namespace) -> str:
    kind = PrintKind(args.format)
    friday = args.week + timedelta(days=WORK_DAYS - 1)
    path = services.menus.render_menu(SYSTEM_ACTOR, kind, args.week, friday, args.lang, args.out)
    what = "Week menu" if kind is PrintKind.WEEK_MENU else "Allergen poster"
    return f"{what} written to {path}."


def _training(services: AppServices, args: argparse.Namespace) -> str:
    reports = services.nav_reports
    if args.report == "nav-status":
        path = reports.render_status_report(
            SYSTEM_ACTOR, args.participant, args.first, args.last, args.lang, args.out, summary=args.summary
        )
        return f"Status report written to {path}."
    if args.report == "nav-final":
        path = reports.render_final_report(
            SYSTEM_ACTOR, args.participant, args.lang, args.out, summary=args.summary
        )
        return f"Final report written to {path}."
    if args.out.suffix.casefold() == ".csv":
        path = reports.export_attendance_csv(SYSTEM_ACTOR, args.participant, args.month, args.out)
    else:
        path = reports.render_attendance_month(
            SYSTEM_ACTOR, args.participant, args.month, args.lang, args.out
        )
    return f"Attendance summary written to {path}."
