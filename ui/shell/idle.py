"""Returns the app to the kiosk (or login) screen after a while without touch or keys."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal


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

    While started it watches every input event of the application; stopped, it costs nothing.
    """

    idle = Signal()
    restarted = Signal()  # input came in: the countdown starts again

    def __init__(self, seconds: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)
        self.set_seconds(seconds)

    def set_seconds(self, seconds: int) -> None:
        self._timer.setInterval(seconds * 1000)

    def start(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self._timer.isActive():
            self._activity = _activity_types()
            app.installEventFilter(self)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def _on_timeout(self) -> None:
        self.stop()
        self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._timer.isActive() and event.type() in self._activity:
            self._timer.start()  # restart the countdown
            self.restarted.emit()
        return False
