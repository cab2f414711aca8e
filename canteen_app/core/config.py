"""Where the data lives and which database to open.

The database URL comes from `--db`, else CANTEEN_DB_URL, else an SQLite file in the user's
data folder (platformdirs). CANTEEN_DATA_DIR moves the whole data folder (tests, portable use).
Per-PC preferences (language, device name) live in a small JSON file in that folder;
site-wide settings live in the database.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from canteen_app.core.errors import DataFolderError
from canteen_app.core.files import atomic_output, private_folder

APP_NAME = "canteen-app"
DB_FILE_NAME = "canteen.sqlite3"
LOG_FILE_NAME = "canteen-app.log"
PREFERENCES_FILE_NAME = "preferences.json"
SUPPORTED_LANGUAGES = ("nb", "en")
DEFAULT_LANGUAGE = "nb"


def data_dir_path() -> Path:
    """Where the data folder is (it may not exist yet)."""
    override = os.environ.get("CANTEEN_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))


def data_dir() -> Path:
    """The data folder, owner-only (0700) even if it existed with wider permissions: it holds
    the database, the log and the safety backups. DataFolderError when it cannot be used."""
    folder = data_dir_path()
    try:
        private_folder(folder)
    except OSError as error:
        raise DataFolderError(folder, error.strerror or type(error).__name__) from error
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DataFolderError(folder, "no permission to write there")
    return folder


def default_db_url(folder: Path | None = None) -> str:
    return f"sqlite:///{(folder or data_dir()) / DB_FILE_NAME}"


def resolve_db_url(cli_url: str | None) -> str:
    return cli_url or os.environ.get("CANTEEN_DB_URL") or default_db_url()


@dataclass(frozen=True)
class Preferences:
    """Settings that belong to this PC rather than to the site."""

    language: str = DEFAULT_LANGUAGE
    device_name: str = ""

    @property
    def device(self) -> str:
        import socket  # only when no name is set; keeps start-up lean

        return self.device_name or socket.gethostname() or "kiosk"


def load_preferences(folder: Path | None = None) -> Preferences:
    path = (folder or data_dir()) / PREFERENCES_FILE_NAME
    try:
        raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return Preferences()
    language = raw.get("language", DEFAULT_LANGUAGE)
    return Preferences(
        language=language if language in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE,
        device_name=str(raw.get("device_name", "")),
    )


def save_preferences(preferences: Preferences, folder: Path | None = None) -> None:
    path = (folder or data_dir()) / PREFERENCES_FILE_NAME
    payload = {"language": preferences.language, "device_name": preferences.device_name}
    with atomic_output(path) as tmp:
        tmp.write_text(json.dumps(payload, indent=2), encoding="utf-8")
