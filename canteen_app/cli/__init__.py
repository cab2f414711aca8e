"""`canteen-admin`: the command line for admins and automation (P9), one module per command
group. Each command is one action; user mistakes end with one line on stderr and a non-zero
exit, never a traceback.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Sequence

from canteen_app.app import build_services, open_database
from canteen_app.cli import (
    consents,
    database,
    demo,
    guests,
    kitchen,
    referrals,
    reports,
    restore,
    training,
    users,
)
from canteen_app.cli.parsing import PROG, Handler, Parser
from canteen_app.core.config import LOG_FILE_NAME, data_dir, resolve_db_url
from canteen_app.core.errors import DomainError
from canteen_app.core.logs import append_private, log_time, redact, redact_command_line

EXIT_USER_ERROR = 1
EXIT_USAGE = 2
EXIT_BUG = 3

_COMMAND_GROUPS = (database, restore, users, demo, guests, kitchen, training, reports, consents, referrals)


def build_parser() -> tuple[Parser, dict[str, Handler]]:
    parser = Parser(prog=PROG, description="Administer the canteen database.")
    parser.add_argument(
        "--db", metavar="URL", help="database URL (default: CANTEEN_DB_URL or the local SQLite file)"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=Parser)
    handlers: dict[str, Handler] = {}
    for group in _COMMAND_GROUPS:
        handlers.update(group.register(commands))
    return parser, handlers


def main(argv: Sequence[str] | None = None) -> int:
    parser, handlers = build_parser()
    args = parser.parse_args(argv)
    try:
        services = build_services(open_database(resolve_db_url(args.db)))
        try:
            print(handlers[args.command](services, args))
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
        command = redact_command_line(sys.argv[1:] if argv is None else argv)  # never a PIN or password
        details = redact(traceback.format_exc())
        append_private(log_file, f"{log_time()} {PROG} {command}\n{details}\n")
        print(f"{PROG}: unexpected error: {redact(repr(error))} (details in {log_file})", file=sys.stderr)
        return EXIT_BUG
    return 0


if __name__ == "__main__":
    sys.exit(main())
