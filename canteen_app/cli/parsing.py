"""What every command shares: the one-line argument parser, value parsers, the system actor."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, datetime
from typing import NoReturn

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices

PROG = "canteen-admin"

# The command line acts with full rights: whoever runs it already holds the database.
SYSTEM_ACTOR = Actor(user_id=None, name=PROG, role=Role.ADMIN, site_id=1)

# A command's handler: services and parsed arguments in, the line to print out.
Handler = Callable[[AppServices, argparse.Namespace], str]


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """One line, not argparse's usage block: `canteen-admin: error: ...`."""
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None


def month(text: str) -> date:
    try:
        return datetime.strptime(text, "%Y-%m").date()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a month in the form YYYY-MM: {text!r}") from None


def role(text: str) -> Role:
    try:
        return Role(text.replace("-", "_"))
    except ValueError:
        choices = ", ".join(role.value for role in Role)
        raise argparse.ArgumentTypeError(f"unknown role {text!r} (choose from {choices})") from None
