"""What every command shares: the one-line argument parser, value parsers, the system actor."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Collection, Sequence
from datetime import date
from typing import NoReturn

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices
from canteen_app.canteen.menus.rules import parse_week

PROG = "canteen-admin"

# The command line acts with full rights: whoever runs it already holds the database.
SYSTEM_ACTOR = Actor(user_id=None, name=PROG, role=Role.ADMIN, site_id=1)

# A command's handler: services and parsed arguments in, the line to print out.
Handler = Callable[[AppServices, argparse.Namespace], str]


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """One line, not argparse's usage block: `canteen-admin: error: ...`."""
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


# Exactly these forms; date.fromisoformat alone would also take "20261125" or "2026-W48-3".
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})", re.ASCII)
_ISO_MONTH = re.compile(r"(\d{4})-(\d{2})", re.ASCII)
_ISO_WEEK = re.compile(r"\d{4}-W\d{2}", re.ASCII)
_YEAR = re.compile(r"\d{4}", re.ASCII)


def iso_date(text: str) -> date:
    """A day written YYYY-MM-DD, from 0001-01-01 to 9999-12-31."""
    found = _ISO_DATE.fullmatch(text)
    try:
        if found is None:
            raise ValueError(text)
        return date(*(int(part) for part in found.groups()))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None


def month(text: str) -> date:
    """The first day of a month written YYYY-MM, from 0001-01 to 9999-12."""
    found = _ISO_MONTH.fullmatch(text)
    try:
        if found is None:
            raise ValueError(text)
        return date(int(found.group(1)), int(found.group(2)), 1)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a month in the form YYYY-MM: {text!r}") from None


def iso_week(text: str) -> date:
    """The Monday of a week written YYYY-Www ("2025-W42")."""
    try:
        if _ISO_WEEK.fullmatch(text) is None:
            raise ValueError(text)
        return parse_week(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a week in the form YYYY-Www (2025-W42): {text!r}") from None


def year(text: str) -> int:
    if _YEAR.fullmatch(text) is None or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a year in the form YYYY: {text!r}")
    return int(text)


def role(text: str) -> Role:
    try:
        return Role(text.replace("-", "_"))
    except ValueError:
        choices = ", ".join(role.value for role in Role)
        raise argparse.ArgumentTypeError(f"unknown role {text!r} (choose from {choices})") from None


def columns(rows: Sequence[Sequence[str]], right_aligned: Collection[int] = ()) -> str:
    """Rows of cells as aligned text columns, two spaces apart; numbers right-aligned."""
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    return "\n".join(
        "  ".join(
            cell.rjust(width) if column in right_aligned else cell.ljust(width)
            for column, (cell, width) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        for row in rows
    )
