"""`init` and `backup`: the database as a whole."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from canteen_app.app import AppServices
from canteen_app.cli.parsing import SYSTEM_ACTOR, Handler
from canteen_app.db.migrate import head_revision


def register(commands: Any) -> dict[str, Handler]:
    commands.add_parser("init", help="create or upgrade the database schema")
    backup = commands.add_parser("backup", help="write a backup of the whole database")
    backup.add_argument("--out", required=True, type=Path, metavar="FILE")
    return {"init": _init, "backup": _backup}


def _init(_services: AppServices, _args: argparse.Namespace) -> str:
    return f"Database ready (schema {head_revision()})."


def _backup(services: AppServices, args: argparse.Namespace) -> str:
    path = services.backup.backup(SYSTEM_ACTOR, args.out)
    return f"Backup written to {path}."
