"""Child process for test_private_files: everything the program writes into its data folder,
under whatever umask the parent started it with.

Usage: python private_files_writer.py (the data folder comes from CANTEEN_DATA_DIR). Writes
the database (with its -wal and -shm), the log with two rotations, the CLI's bug log, the
preferences, a backup into a new sub-folder, the safety backup of a restore and a PDF; prints
"ready" and keeps the database open (so the -wal and -shm exist) until a line arrives on stdin.
"""

from __future__ import annotations

import logging
import sys
from datetime import date

from canteen_app.access import Actor, Role
from canteen_app.app import open_app
from canteen_app.core.config import LOG_FILE_NAME, Preferences, data_dir, default_db_url, save_preferences
from canteen_app.core.files import make_folders
from canteen_app.core.logs import append_private, private_log_handler
from ui.shell.errors import configure_logging

ADMIN = Actor(user_id=None, name="umask-test", role=Role.ADMIN, site_id=1)
KIOSK = Actor(user_id=None, name="kiosk", role=Role.KIOSK, site_id=1)


def main() -> None:
    folder = data_dir()
    configure_logging(folder / LOG_FILE_NAME)
    logging.getLogger("canteen_app").warning("the app's own log")
    rotating = logging.getLogger("rotation-test")
    rotating.propagate = False
    rotating.addHandler(private_log_handler(folder / "rotating.log", max_bytes=100, backups=2))
    for line in range(6):
        rotating.warning("line %d of a log that rotates after a hundred bytes", line)
    append_private(folder / "cli-bugs.log", "a bug report\n")
    save_preferences(Preferences(language="en"), folder)

    services = open_app(default_db_url(folder))
    services.guests.record_tap(KIOSK, services.guests.categories(1)[0].id, "umask-kiosk")
    make_folders(folder / "backups")  # a new sub-folder, made the program's way (0700)
    services.backup.backup(ADMIN, folder / "backups" / "backup.sqlite3")
    services.backup.restore(
        ADMIN, folder / "backups" / "backup.sqlite3"
    )  # a safety backup beside the database
    services.statistics.render_guest_month(ADMIN, date.today().replace(day=1), "nb", folder / "report.pdf")
    print("ready", flush=True)
    sys.stdin.readline()
    services.close()


if __name__ == "__main__":
    main()
