"""`canteen-admin`: the command line for admins and automation (P9).

User mistakes end with one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import NoReturn

from canteen_app.bootstrap import AppServices, build_services, open_database
from canteen_app.config import LOG_FILE_NAME, SUPPORTED_LANGUAGES, data_dir, resolve_db_url
from canteen_app.domain.errors import DomainError
from canteen_app.domain.roles import Actor, Role
from canteen_app.persistence.migrate import head_revision

PROG = "canteen-admin"
EXIT_USER_ERROR = 1
EXIT_USAGE = 2
EXIT_BUG = 3


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """One line, not argparse's usage block: `canteen-admin: error: ...`."""
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None


def _month(text: str) -> date:
    try:
        return datetime.strptime(text, "%Y-%m").date()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a month in the form YYYY-MM: {text!r}") from None


def _role(text: str) -> Role:
    try:
        return Role(text.replace("-", "_"))
    except ValueError:
        choices = ", ".join(role.value for role in Role)
        raise argparse.ArgumentTypeError(f"unknown role {text!r} (choose from {choices})") from None


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="Administer the canteen database.")
    parser.add_argument(
        "--db", metavar="URL", help="database URL (default: CANTEEN_DB_URL or the local SQLite file)"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_Parser)

    commands.add_parser("init", help="create or upgrade the database schema")

    seed = commands.add_parser("seed-demo", help="fill an empty database with demo data")
    seed.add_argument("--years", type=int, default=2, help="years of guest counts (default 2)")

    user = commands.add_parser("create-user", help="add a user")
    user.add_argument("--name", required=True)
    user.add_argument("--role", required=True, type=_role, help="admin, canteen_manager, job_coach or kiosk")
    user.add_argument("--pin", help="PIN or password (asked for when left out)")

    backup = commands.add_parser("backup", help="write a backup of the whole database")
    backup.add_argument("--out", required=True, type=Path, metavar="FILE")

    guests = commands.add_parser("guests", help="guest counts for one day")
    guests.add_argument("--date", required=True, type=_iso_date, metavar="YYYY-MM-DD")
    guests.add_argument("--json", action="store_true", help='print {"total": N, "<category>": n, ...}')

    report = commands.add_parser("report", help="render a printed report")
    kinds = report.add_subparsers(dest="report", required=True, metavar="REPORT", parser_class=_Parser)
    month = kinds.add_parser("guests", help="the monthly guest report (PDF)")
    month.add_argument("--month", required=True, type=_month, metavar="YYYY-MM")
    month.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    month.add_argument("--lang", choices=SUPPORTED_LANGUAGES, default="nb")
    return parser


# The command line acts with full rights: whoever runs it already holds the database.
SYSTEM_ACTOR = Actor(user_id=None, name=PROG, role=Role.ADMIN, site_id=1)


def _cmd_init(services: AppServices, _args: argparse.Namespace) -> str:
    return f"Database ready (schema {head_revision()})."


def _cmd_seed_demo(services: AppServices, args: argparse.Namespace) -> str:
    from canteen_app.demo import seed_demo  # holidays and the generators load only here

    summary = seed_demo(services, years=args.years)
    return (
        f"Demo data added: {summary.users} users, {summary.participants} participants, "
        f"{summary.taps} guest taps from {summary.first_day} to {summary.last_day}."
    )


def _cmd_create_user(services: AppServices, args: argparse.Namespace) -> str:
    pin = args.pin if args.pin is not None else getpass.getpass("PIN: ")
    user = services.auth.create_user(SYSTEM_ACTOR, args.name, args.role, pin)
    return f"User {user.name!r} created with role {user.role.value}."


def _cmd_backup(services: AppServices, args: argparse.Namespace) -> str:
    path = services.backup.backup(SYSTEM_ACTOR, args.out)
    return f"Backup written to {path}."


def _cmd_guests(services: AppServices, args: argparse.Namespace) -> str:
    counts = services.guests.counts_for_day(SYSTEM_ACTOR.site_id, args.date)
    categories = services.guests.categories(SYSTEM_ACTOR.site_id, include_inactive=True)
    per_category = {
        c.name_nb: counts.by_category.get(c.id, 0)
        for c in categories
        if c.active or c.id in counts.by_category
    }
    if args.json:
        return json.dumps({"total": counts.total, **per_category}, ensure_ascii=False)
    width = max(len(name) for name in [*per_category, "Total"])
    lines = [f"{name:<{width}}  {count:>5}" for name, count in per_category.items()]
    return "\n".join([f"Guests on {args.date.isoformat()}", *lines, f"{'Total':<{width}}  {counts.total:>5}"])


def _cmd_report(services: AppServices, args: argparse.Namespace) -> str:
    path = services.reports.render_guest_month(SYSTEM_ACTOR, args.month, args.lang, args.out)
    return f"Report written to {path}."


_COMMANDS: dict[str, Callable[[AppServices, argparse.Namespace], str]] = {
    "init": _cmd_init,
    "seed-demo": _cmd_seed_demo,
    "create-user": _cmd_create_user,
    "backup": _cmd_backup,
    "guests": _cmd_guests,
    "report": _cmd_report,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        services = build_services(open_database(resolve_db_url(args.db)))
        try:
            print(_COMMANDS[args.command](services, args))
        finally:
            services.close()
    except DomainError as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return EXIT_USER_ERROR
    except OSError as error:
        # filename2 is the destination of a rename: the path the user gave, not our temp file.
        path = error.filename2 or error.filename or ""
        print(f"{PROG}: error: {error.strerror or error}: {path}".rstrip(": "), file=sys.stderr)
        return EXIT_USER_ERROR
    except Exception as error:  # noqa: BLE001 - a bug: one line here, the traceback in the log
        log_file = data_dir() / LOG_FILE_NAME
        with log_file.open("a", encoding="utf-8") as log:
            log.write(
                f"{datetime.now().isoformat()} {PROG} {' '.join(sys.argv[1:])}\n{traceback.format_exc()}\n"
            )
        print(f"{PROG}: unexpected error: {error!r} (details in {log_file})", file=sys.stderr)
        return EXIT_BUG
    return 0


if __name__ == "__main__":
    sys.exit(main())
