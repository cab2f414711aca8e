"""`canteen-app`: argv -> QApplication -> main window -> database -> first screen.

The window appears at once with "Opening the database…"; SQLAlchemy, the migrations and (with
--demo) the demo data load in a worker thread, and the window comes to life when they are
ready. On a kiosk PC that boots into the app, the screen is there in well under a second.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from canteen_app.core.config import (
    LOG_FILE_NAME,
    SUPPORTED_LANGUAGES,
    Preferences,
    data_dir,
    data_dir_path,
    load_preferences,
    resolve_db_url,
)
from canteen_app.core.errors import DataFolderError, DomainError
from ui.common.fonts import load_script_fonts
from ui.common.i18n import install_language, message_text
from ui.common.tasks import WorkerProgress
from ui.common.theme import apply_theme
from ui.shell.errors import ErrorReporter, configure_logging
from ui.shell.main_window import MainWindow, StartFacts, Station, read_start_facts

if TYPE_CHECKING:
    from canteen_app.app import AppServices

log = logging.getLogger(__name__)
_STARTED = time.perf_counter()


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="canteen-app", description="Canteen operations and job training.")
    parser.add_argument("--db", metavar="URL", help="database URL (default: the local SQLite file)")
    parser.add_argument("--kiosk", action="store_true", help="start on the shared kiosk screen, no login")
    parser.add_argument("--demo", action="store_true", help="fill an empty database with demo data")
    parser.add_argument(
        "--lang", choices=SUPPORTED_LANGUAGES, help="language (default: the saved choice, else nb)"
    )
    parser.add_argument(
        "--self-test", action="store_true", help="start, show the main window, exit 0 when up"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if (
        args.self_test
        and sys.platform.startswith("linux")
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder_problem: DataFolderError | None = None
    try:
        folder = data_dir()
    except DataFolderError as problem:  # the program still starts, and says what is wrong
        folder, folder_problem = data_dir_path(), problem
    log_file = folder / LOG_FILE_NAME
    if folder_problem is None:
        configure_logging(log_file)
    app = _make_application()
    preferences = load_preferences(folder) if folder_problem is None else Preferences()
    language = args.lang or preferences.language
    install_language(language)
    ErrorReporter(log_file, app).install()

    station = Station(device=preferences.device, language=language, kiosk_mode=args.kiosk or args.self_test)
    window = MainWindow(station)
    if station.kiosk_mode and not args.self_test:
        window.showFullScreen()
    else:
        window.show()
    if args.self_test:
        QTimer.singleShot(0, lambda: _say(f"main window shown after {_elapsed_ms():.0f} ms"))
    if folder_problem is not None:
        _report_folder_problem(window, folder_problem, args.self_test)
    startup = _Startup(window, args.db, args.demo, args.self_test)
    QTimer.singleShot(0, startup.begin)
    code = app.exec()
    startup.close()
    return code


def _make_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("canteen-app")
    load_script_fonts()
    apply_theme(app)
    return app


class _Startup:
    """Opens the database off the GUI thread, then hands it to the window."""

    def __init__(self, window: MainWindow, db_url: str | None, demo: bool, self_test: bool) -> None:
        self.window = window
        self.db_url = db_url  # None: the local SQLite file in the data folder
        self.demo = demo
        self.self_test = self_test
        self.services: AppServices | None = None

    def begin(self) -> None:
        task = self.window.tasks.run(self._open, self._ready, self._failed)
        task.signals.progressed.connect(lambda _d, _t, text: self.window.startup_page.status.setText(text))

    def _open(self, progress: WorkerProgress) -> tuple[AppServices, StartFacts]:
        from canteen_app.app import open_app  # SQLAlchemy loads here, not before the window

        services = open_app(resolve_db_url(self.db_url))
        try:
            if self.demo:
                self._add_demo_data(services, progress)
            facts = services.read(read_start_facts).value
        except BaseException:
            services.close()
            raise
        return services, facts

    @staticmethod
    def _add_demo_data(services: AppServices, progress: WorkerProgress) -> None:
        from canteen_app.demo import is_empty, seed_demo

        if not is_empty(services):
            log.info("--demo ignored: the database already holds data")
            return
        progress.report(0, 0, QApplication.translate("startup", "Adding demo data…"))
        seed_demo(services)

    def _ready(self, opened: tuple[AppServices, StartFacts]) -> None:
        services, facts = opened
        self.services = services
        self.window.attach(services, facts)
        if self.self_test:
            QTimer.singleShot(0, self._finish_self_test)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, DomainError):
            log.error("Could not start", exc_info=error)
            reason = f"{type(error).__name__}: {error}"
        else:
            reason = message_text(error.message)
        log.error("Could not start: %s", reason)
        if self.self_test:
            print(f"canteen-app: self-test failed: {reason}", file=sys.stderr)
        else:
            QMessageBox.critical(
                self.window, QApplication.translate("startup", "The program cannot start"), reason
            )
        QApplication.exit(1)

    def _finish_self_test(self) -> None:
        if self.window.isVisible() and self.window.workspace is not None:
            _say(f"self-test ok, ready after {_elapsed_ms():.0f} ms")
            self.window.close()
            QApplication.exit(0)
        else:
            print("canteen-app: self-test failed: the main window did not come up", file=sys.stderr)
            QApplication.exit(1)

    def close(self) -> None:
        self.window.wait_for_work(30_000)
        if self.services is not None:
            self.services.close()


def _report_folder_problem(window: MainWindow, problem: DataFolderError, self_test: bool) -> None:
    text = message_text(problem.message)
    print(f"canteen-app: {problem}", file=sys.stderr)
    if not self_test:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QApplication.translate("startup", "The data folder cannot be used"),
            text,
            parent=window,
        )
        box.setObjectName("dataFolderProblem")
        box.open()


def _elapsed_ms() -> float:
    return (time.perf_counter() - _STARTED) * 1000


def _say(text: str) -> None:
    print(f"canteen-app: {text}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
