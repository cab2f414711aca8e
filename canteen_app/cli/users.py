"""`create-user`."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from canteen_app.app import AppServices
from canteen_app.cli.parsing import SYSTEM_ACTOR, Handler, role
from canteen_app.core.errors import DomainError
from canteen_app.core.text import QT_TRANSLATE_NOOP


def register(commands: Any) -> dict[str, Handler]:
    user = commands.add_parser(
        "create-user",
        help="add a user",
        description="Add a user. The PIN is asked for (typed twice, not shown), or read as one "
        "line from stdin when stdin is not a terminal (scripts: `echo 4321 | canteen-admin ...`).",
    )
    user.add_argument("--name", required=True)
    user.add_argument("--role", required=True, type=role, help="admin, canteen_manager, job_coach or kiosk")
    user.add_argument(
        "--pin", help="PIN or password for scripts (visible to other users of this PC: prefer stdin)"
    )
    return {"create-user": _create_user}


def _create_user(services: AppServices, args: argparse.Namespace) -> str:
    pin = args.pin if args.pin is not None else read_pin()
    user = services.auth.create_user(SYSTEM_ACTOR, args.name, args.role, pin)
    return f"User {user.name!r} created with role {user.role.value}."


def read_pin() -> str:
    """From the terminal without echo (typed twice), else the first line of stdin."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    pin = getpass.getpass("PIN: ")
    if getpass.getpass("PIN again: ") != pin:
        raise DomainError(QT_TRANSLATE_NOOP("errors", "The two PINs are not the same. Nothing was saved."))
    return pin
