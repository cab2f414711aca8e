"""Returns the app to the kiosk (or login) screen after a while without touch or keys."""

from __future__ import annotations

from functools import cache

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow


@cache
def _activity_types() -> frozenset[QEvent.Type]:
    # Built on first use: QEvent.Type is a large enum and start-up should not pay for it.
    return frozenset(
        {
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.KeyPress,
            QEvent.Type.Wheel,
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
        }
    )


class IdleWatcher(QObject):
    """Emits `idle` once after `seconds` without input, counted from `start()`.

    While started it watches the input of the program's windows (the main window and any
    dialog that gets the focus); stopped, it costs nothing. It watches the windows, not the
    application: input reaches a window before any widget, and a filter on the application
    would run Python for every event of every widget (Qt's paint and layout events too),
    which made the first paint of a page some 40 ms slower.
    """

    idle = Signal()
    restarted = Signal()  # input came in: the countdown starts again

    def __init__(self, seconds: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)
        self._windows: list[QWindow] = []
        self._following_focus = False
        self.set_seconds(seconds)

    def set_seconds(self, seconds: int) -> None:
        self._timer.setInterval(seconds * 1000)

    def start(self) -> None:
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication) and not self._timer.isActive():
            self._activity = _activity_types()
            for window in app.topLevelWindows():
                self._watch(window)
            if not self._following_focus:
                app.focusWindowChanged.connect(self._watch)  # a dialog opened meanwhile
                self._following_focus = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication) and self._following_focus:
            app.focusWindowChanged.disconnect(self._watch)
            self._following_focus = False
        for window in self._windows:
            if shiboken6.isValid(window):
                window.removeEventFilter(self)
        self._windows.clear()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def _watch(self, window: QWindow | None) -> None:
        self._windows = [known for known in self._windows if shiboken6.isValid(known)]  # closed ones go
        if window is None or any(window is known for known in self._windows):
            return
        window.installEventFilter(self)
        self._windows.append(window)

    def _on_timeout(self) -> None:
        self.stop()
        self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._timer.isActive() and event.type() in self._activity:
            self._timer.start()  # restart the countdown
            self.restarted.emit()
        return False
