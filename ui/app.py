"""`canteen-app`: argv -> QApplication -> database -> main window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Sequence

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from canteen_app.bootstrap import AppServices, open_app
from canteen_app.config import (
    LOG_FILE_NAME,
    SUPPORTED_LANGUAGES,
    data_dir,
    load_preferences,
    resolve_db_url,
)
from canteen_app.demo import is_empty, seed_demo
from canteen_app.domain.errors import DomainError
from ui.errors import ErrorReporter, configure_logging
from ui.i18n import install_language, message_text
from ui.main_window import MainWindow, Station
from ui.tasks import TaskRunner
from ui.theme import BASE_POINT_SIZE, STYLE_SHEET

log = logging.getLogger(__name__)
_STARTED = time.perf_counter()


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="canteen-app", description="Canteen operations and job training.")
    parser.add_argument("--db", metavar="URL", help="database URL (default: the local SQLite file)")
    parser.add_argument("--kiosk", action="store_true", help="start on the shared kiosk screen, no login")
    parser.add_argument("--demo", action="store_true", help="fill an empty database with demo data")
    parser.add_argument("--lang", choices=SUPPORTED_LANGUAGES, help="language (default: the saved choice, else nb)")
    parser.add_argument("--self-test", action="store_true", help="start, show the main window, exit 0 when up")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.self_test and sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = data_dir()
    log_file = folder / LOG_FILE_NAME
    configure_logging(log_file)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("canteen-app")
    app.setApplicationDisplayName("Kantine")
    font = app.font()
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
    preferences = load_preferences(folder)
    language = args.lang or preferences.language
    install_language(language)
    reporter = ErrorReporter(log_file, app)
    reporter.install()

    try:
        services = open_app(resolve_db_url(args.db))
    except DomainError as error:
        return _fail_to_start(args.self_test, message_text(error.message))
    try:
        if args.demo and not _add_demo_data(services):
            return _fail_to_start(args.self_test, app.translate("startup", "The demo data could not be added."))
        station = Station(device=preferences.device, language=language, kiosk_mode=args.kiosk or args.self_test)
        window = MainWindow(services, station)
        window.start()
        if station.kiosk_mode and not args.self_test:
            window.showFullScreen()
        else:
            window.show()
        if args.self_test:
            QTimer.singleShot(0, lambda: _finish_self_test(window))
        return app.exec()
    finally:
        services.close()


def _fail_to_start(self_test: bool, reason: str) -> int:
    log.error("Could not start: %s", reason)
    if self_test:
        print(f"canteen-app: self-test failed: {reason}", file=sys.stderr)
    else:
        QMessageBox.critical(None, QApplication.translate("startup", "The program cannot start"), reason)
    return 1


def _add_demo_data(services: AppServices) -> bool:
    """Seed an empty database in a worker while a progress dialog keeps the screen alive."""
    if not is_empty(services):
        log.info("--demo ignored: the database already holds data")
        return True
    tasks = TaskRunner()
    loop = QEventLoop()
    outcome: dict[str, BaseException | None] = {"error": None}
    dialog = QProgressDialog(QApplication.translate("startup", "Adding demo data…"), "", 0, 0)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)

    def failed(error: BaseException) -> None:
        outcome["error"] = error
        loop.quit()

    tasks.run(lambda _progress: seed_demo(services), lambda _summary: loop.quit(), failed)
    loop.exec()
    dialog.close()
    if outcome["error"] is not None:
        log.error("Demo data failed", exc_info=outcome["error"])
        return False
    return True


def _finish_self_test(window: MainWindow) -> None:
    app = QApplication.instance()
    assert app is not None
    if window.isVisible() and window.workspace is not None:
        elapsed_ms = (time.perf_counter() - _STARTED) * 1000
        print(f"canteen-app: self-test ok, main window shown after {elapsed_ms:.0f} ms")
        window.close()
        app.exit(0)
    else:
        print("canteen-app: self-test failed: the main window did not come up", file=sys.stderr)
        app.exit(1)


if __name__ == "__main__":
    sys.exit(main())
