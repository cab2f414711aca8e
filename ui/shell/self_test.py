"""`canteen-app --self-test`: start the whole program, say when it is ready and up, exit.

Times count from when the program's start-up module was imported. `bench/run.py` reads these
lines (with its own clock, from launch) for its start-up figures.
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

if TYPE_CHECKING:
    from ui.canteen.kiosk import KioskView
    from ui.shell.main_window import MainWindow

_STARTED = time.perf_counter()
SELF_TEST_TIMEOUT_MS = 120_000


class SelfTest(QObject):
    """`--self-test` (kiosk mode): says when the window is shown, when the kiosk's counts from
    the database have been painted and login can be used ("ready"), and when the services are
    open behind them ("up"); then closes the window and exits 0. Times count from start-up."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._kiosk: KioskView | None = None
        self._counts_painted = False
        self._ready = False
        self._up = False
        QTimer.singleShot(0, lambda: _say(f"main window shown after {_elapsed_ms():.0f} ms"))
        QTimer.singleShot(SELF_TEST_TIMEOUT_MS, lambda: self.fail("the kiosk did not come up"))

    def kiosk_shown(self) -> None:
        """The kiosk shows its first look; the services are still opening."""
        self._follow_kiosk()
        self._check()

    def services_open(self) -> None:
        """Up once the services have answered what was asked meanwhile (the kiosk's refresh)."""
        self._follow_kiosk()
        ops = self._window.ops
        if ops.busy:
            ops.all_done.connect(self._settled)
        else:
            self._settled()

    def _settled(self) -> None:
        self._up = True
        self._check()

    def fail(self, reason: str) -> None:
        print(f"canteen-app: self-test failed: {reason}", file=sys.stderr)
        QApplication.exit(1)

    def _follow_kiosk(self) -> None:
        """Watch the kiosk until its total has been painted with the database's counts."""
        workspace = self._window.workspace
        kiosk = workspace.view("kiosk") if workspace is not None else None
        if kiosk is None or kiosk is self._kiosk:
            return
        self._kiosk = cast("KioskView", kiosk)
        if self._kiosk.is_loaded:
            self._watch_total()
        else:
            self._kiosk.state_loaded.connect(self._on_kiosk_loaded)

    def _on_kiosk_loaded(self) -> None:
        assert self._kiosk is not None
        self._kiosk.state_loaded.disconnect(self._on_kiosk_loaded)
        self._watch_total()

    def _watch_total(self) -> None:
        """The next paint of the total shows the loaded counts (asked for here, since a count
        that did not change, say 0 on a Sunday, would not repaint by itself)."""
        assert self._kiosk is not None
        total = self._kiosk.findChild(QLabel, "kioskTodayTotal")
        assert total is not None
        total.installEventFilter(self)
        total.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._counts_painted:
            watched.removeEventFilter(self)
            self._counts_painted = True
            QTimer.singleShot(0, self._check)
        return False

    def _login_usable(self) -> bool:
        workspace = self._window.workspace
        button = workspace.findChild(QPushButton, "kioskLoginButton") if workspace is not None else None
        page = self._window.login_page
        return page is not None and button is not None and button.isVisible() and button.isEnabled()

    def _check(self) -> None:
        if not self._ready and self._counts_painted and self._login_usable():
            self._ready = True
            _say(f"ready after {_elapsed_ms():.0f} ms: kiosk counts on screen, login usable")
        if self._ready and self._up:
            _say(f"self-test ok, up after {_elapsed_ms():.0f} ms")
            self._window.close()
            QApplication.exit(0)


def _elapsed_ms() -> float:
    return (time.perf_counter() - _STARTED) * 1000


def _say(text: str) -> None:
    print(f"canteen-app: {text}", flush=True)
