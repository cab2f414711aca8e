"""`create-user`."""

from __future__ import annotations

import argparse
import getpass
from typing import Any

from canteen_app.app import AppServices
from canteen_app.cli.parsing import SYSTEM_ACTOR, Handler, role


def register(commands: Any) -> dict[str, Handler]:
    user = commands.add_parser("create-user", help="add a user")
    user.add_argument("--name", required=True)
    user.add_argument("--role", required=True, type=role, help="admin, canteen_manager, job_coach or kiosk")
    user.add_argument("--pin", help="PIN or password (asked for when left out)")
    return {"create-user": _create_user}


def _create_user(services: AppServices, args: argparse.Namespace) -> str:
    pin = args.pin if args.pin is not None else getpass.getpass("PIN: ")
    user = services.auth.create_user(SYSTEM_ACTOR, args.name, args.role, pin)
    return f"User {user.name!r} created with role {user.role.value}."
