"""`restore --from FILE`: the whole database from a backup made by `backup` or the app."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from canteen_app.app import AppServices
from canteen_app.cli.parsing import SYSTEM_ACTOR, Handler


def register(commands: Any) -> dict[str, Handler]:
    restore = commands.add_parser(
        "restore",
        help="replace all data with a backup (a safety backup of the current data is written first)",
        description="Replace all data with a backup. The backup is checked first (a damaged file or "
        "one from a newer program is refused and nothing changes); then the current data is saved "
        "as a safety backup (next to an SQLite database, else in the data folder), then replaced; "
        "an older backup is migrated to this program's schema.",
    )
    restore.add_argument("--from", dest="source", required=True, type=Path, metavar="FILE")
    restore.add_argument(
        "--safety-dir", type=Path, metavar="FOLDER", help="where the safety backup goes (default: see above)"
    )
    return {"restore": _restore}


def _restore(services: AppServices, args: argparse.Namespace) -> str:
    result = services.backup.restore(SYSTEM_ACTOR, args.source, args.safety_dir)
    return (
        f"Restored from {result.backup} (schema {result.backup_revision}). "
        f"The data from before is in {result.safety_backup}."
    )
