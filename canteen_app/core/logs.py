"""The log files and what may go into them: owner-only files (0600, also after rotation), and
no secrets. A PIN given with `--pin` and the password in a database URL are masked before a
command line or an error text is written anywhere; so are the values PostgreSQL quotes in an
error's DETAIL line ("Key (name_key)=(åse) already exists"). SQL parameters never get this far:
the engines hide them (`hide_parameters`).
"""

from __future__ import annotations

import logging.handlers
import re
from collections.abc import Sequence
from datetime import datetime
from io import TextIOWrapper
from pathlib import Path
from typing import cast

from canteen_app.core.dates import SITE_TIMEZONE
from canteen_app.core.files import open_private

MASK = "***"
SECRET_OPTIONS = ("--pin",)
# [scheme://]user:password@host -> [scheme://]user:***@host, also in a URL that does not parse.
_URL_PASSWORD = re.compile(
    r"(?P<head>(?:[A-Za-z][A-Za-z0-9+.-]*://)?[^:/@\s'\"]*:)(?P<password>[^@\s'\"/]*)(?=@)"
)
_SERVER_DETAIL = re.compile(r"^(?P<head>\s*DETAIL:).*$", re.MULTILINE)


def redact_url(text: str) -> str:
    """Mask every password written into a URL in `text`."""
    return _URL_PASSWORD.sub(lambda match: match.group("head") + MASK, text)


def redact(text: str) -> str:
    """An error text or traceback as it may be logged or shown: no URL passwords, no values
    quoted by the database server."""
    return _SERVER_DETAIL.sub(lambda match: match.group("head") + " " + MASK, redact_url(text))


def redact_command_line(argv: Sequence[str]) -> str:
    """The command line as it may be logged: `--pin 1234` and `--pin=1234` become `--pin ***`,
    URL passwords are masked."""
    shown: list[str] = []
    hide_next = False
    for argument in argv:
        if hide_next:
            shown.append(MASK)
            hide_next = False
        elif argument in SECRET_OPTIONS:
            shown.append(argument)
            hide_next = True
        elif argument.startswith(tuple(f"{option}=" for option in SECRET_OPTIONS)):
            shown.append(argument.partition("=")[0] + "=" + MASK)
        else:
            shown.append(redact_url(argument))
    return " ".join(shown)


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are created 0600, whatever the umask. Rotation renames the
    files (their mode goes with them) and opens the new one through `_open`."""

    def _open(self) -> TextIOWrapper:
        return cast(TextIOWrapper, open_private(Path(self.baseFilename), self.mode, self.encoding or "utf-8"))


class RedactingFormatter(logging.Formatter):
    """Formats as usual, with the time in the canteen's time (Europe/Oslo, like every time the
    program shows), then masks secrets and personal data in the message and traceback."""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:  # noqa: N802
        return log_time(datetime.fromtimestamp(record.created, SITE_TIMEZONE))

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def log_time(moment: datetime | None = None) -> str:
    """A log line's time: Oslo time with its offset, to the millisecond."""
    in_oslo = (moment or datetime.now(SITE_TIMEZONE)).astimezone(SITE_TIMEZONE)
    return in_oslo.isoformat(timespec="milliseconds")


def private_log_handler(log_file: Path, max_bytes: int = 2_000_000, backups: int = 3) -> logging.Handler:
    handler = PrivateRotatingFileHandler(log_file, maxBytes=max_bytes, backupCount=backups, encoding="utf-8")
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    return handler


def append_private(log_file: Path, text: str) -> None:
    """Add `text` to a log file that stays owner-only."""
    with open_private(log_file, "a") as log:
        log.write(text)
