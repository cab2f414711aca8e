"""`canteen-app`: argv -> QApplication -> main window -> database -> first screen.

The window appears at once with "Opening the database…"; SQLAlchemy, the migrations and (with
--demo) the demo data load in a worker thread, and the window comes to life when they are
ready. A kiosk PC on an SQLite file does not wait for that: the worker first reads the kiosk's
counts with the standard library (`canteen_app.first_look`), the kiosk shows them and takes
taps at once, and its actions run as soon as the services are open.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
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
from ui.common.context import KIOSK_SITE_ID
from ui.common.fonts import load_script_fonts
from ui.common.i18n import install_language, message_text
from ui.common.tasks import WorkerProgress
from ui.common.theme import apply_theme
from ui.shell.errors import ErrorReporter, configure_logging
from ui.shell.main_window import MainWindow, StartFacts, Station, read_start_facts
from ui.shell.self_test import SelfTest

if TYPE_CHECKING:
    from canteen_app.app import AppServices
    from canteen_app.first_look import FirstLook

log = logging.getLogger(__name__)
FIRST_LOOK_HEAD_START_S = 1.0  # at most; the kiosk is on screen long before


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
    started = launch(argv)
    code = started.app.exec()
    started.close()
    return code


class Started:
    """A program that has been launched: its window, and its start-up (which holds the
    services once the database is open)."""

    def __init__(self, app: QApplication, window: MainWindow, startup: _Startup) -> None:
        self.app = app
        self.window = window
        self.startup = startup

    @property
    def up(self) -> bool:
        """The database is open and the window works on it."""
        return self.startup.services is not None

    def close(self) -> None:
        """After the event loop: let every action finish, then close the database."""
        self.startup.close()


def launch(argv: Sequence[str] | None = None) -> Started:
    """Everything `main` does before the event loop: the window is shown and the database
    begins to open in a worker (the benchmark drives the program from here)."""
    args = parse_args(argv)
    gc.disable()  # until the start-up's imports are done: see _settle_after_start
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
    self_test = SelfTest(window) if args.self_test else None
    if folder_problem is not None:
        _report_folder_problem(window, folder_problem, args.self_test)
    startup = _Startup(window, args.db, args.demo, self_test)
    QTimer.singleShot(0, startup.begin)
    return Started(app, window, startup)


def _make_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("canteen-app")
    load_script_fonts()
    apply_theme(app)
    return app


class _Startup(QObject):
    """Opens the database off the GUI thread, then hands it to the window. A kiosk on an SQLite
    file shows its first look (its counts, read with sqlite3) while SQLAlchemy still loads."""

    first_look_read = Signal(object)  # FirstLook, from the worker

    def __init__(
        self, window: MainWindow, db_url: str | None, demo: bool, self_test: SelfTest | None
    ) -> None:
        super().__init__(window)
        self.window = window
        self.db_url = db_url  # None: the local SQLite file in the data folder
        self.demo = demo
        self.self_test = self_test
        self.services: AppServices | None = None
        self.first_look_read.connect(self._show_first_look)  # queued: emitted by the worker
        self._first_look_shown = threading.Event()

    def begin(self) -> None:
        task = self.window.tasks.run(self._open, self._ready, self._failed)
        task.signals.progressed.connect(lambda _d, _t, text: self.window.startup_page.status.setText(text))

    def _open(self, progress: WorkerProgress) -> tuple[AppServices, StartFacts]:
        try:
            url = resolve_db_url(self.db_url)  # the data folder may be unusable: fails here
            self._preload_formats()
            self._show_first_look_of(url)
            services, facts = self._open_services(url, progress)
        except BaseException as error:
            self.window.ops.no_services(type(error).__name__)  # the kiosk's waiting taps fail
            raise
        self.window.ops.attach(services)  # the kiosk's waiting taps go ahead now
        return services, facts

    def _preload_formats(self) -> None:
        """Babel's data for the station's language, read here rather than on the GUI thread by
        the first screen that shows a date."""
        from canteen_app.core.formatting import preload

        preload(self.window.station.language)

    def _show_first_look_of(self, url: str) -> None:
        station = self.window.station
        if not station.kiosk_mode or self.demo:
            return
        from canteen_app.first_look import read_first_look

        look = read_first_look(url, KIOSK_SITE_ID, station.device)
        if look is not None:
            self.first_look_read.emit(look)
            # Python runs one thread at a time: let the GUI thread paint the counts
            # before SQLAlchemy's import takes the interpreter.
            self._first_look_shown.wait(FIRST_LOOK_HEAD_START_S)

    def _open_services(self, url: str, progress: WorkerProgress) -> tuple[AppServices, StartFacts]:
        from canteen_app.app import open_app  # SQLAlchemy loads here, not before the window

        services = open_app(url)
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

    def _show_first_look(self, look: FirstLook) -> None:
        self.window.show_first_look(look)
        QTimer.singleShot(0, self._first_look_shown.set)  # after the paint it asked for
        if self.self_test is not None:
            self.self_test.kiosk_shown()

    def _ready(self, opened: tuple[AppServices, StartFacts]) -> None:
        services, facts = opened
        self.services = services
        self.window.attach(services, facts)
        _settle_after_start()
        if self.self_test is not None:
            self.self_test.services_open()

    def _failed(self, error: BaseException) -> None:
        gc.enable()
        if not isinstance(error, DomainError):
            log.error("Could not start", exc_info=error)
            reason = f"{type(error).__name__}: {error}"
        else:
            reason = message_text(error.message)
        log.error("Could not start: %s", reason)
        if self.self_test is not None:
            self.self_test.fail(reason)
        else:
            QMessageBox.critical(
                self.window, QApplication.translate("startup", "The program cannot start"), reason
            )
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


def _settle_after_start() -> None:
    """Start-up imports a few hundred modules. The cyclic garbage collector was off while they
    loaded (it would have swept the growing heap again and again for nothing); their objects
    now move to the permanent generation (`gc.freeze`), so later collections, and the one at
    exit, do not walk them every time."""
    gc.freeze()
    gc.enable()


if __name__ == "__main__":
    sys.exit(main())
