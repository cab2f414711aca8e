"""A ring around whichever control has the keyboard focus, the same on every control type.

Qt's styles mark focus with a thin tint that is easy to miss, and not at all on the kiosk's
styled buttons. Here one small transparent widget follows the focus and draws a 2 px ring,
1 px off the control, in a colour with at least 3:1 contrast against the window, the kiosk
and white fields (WCAG 2.4.7 and 1.4.11). No control is drawn differently, or more slowly.

(Qt's `QFocusFrame` does the same job, but PySide takes every widget handed to its
`setWidget` as the frame's child: when the frame's window closed, the wrappers of every
control it had ever ringed went dead. So the ring is this widget instead.)
"""

from __future__ import annotations

from collections.abc import Iterator

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QRegion
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScrollArea, QWidget

FOCUS_RING_COLOUR = "#0b57d0"  # 5.6:1 on the window grey, 6.4:1 on white
RING_WIDTH = 2
RING_GAP = 1  # between the control and the ring: the ring stands against the background
RING_ROOM = RING_WIDTH + RING_GAP  # what a control at a window's edge must leave for its ring

# What moves or hides the control (or a parent of it) and so the ring with it.
_PLACING_EVENTS = frozenset(
    {QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.ZOrderChange}
)


class FocusRing(QObject):
    """Moves the ring to each control that gets the focus, in whichever window it is."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("focusRingKeeper")
        self._ring: Ring | None = None
        app.focusChanged.connect(self._follow)

    @property
    def ring(self) -> Ring | None:
        """The ring, if there is one (a window that is deleted takes its ring with it)."""
        if self._ring is not None and shiboken6.isValid(self._ring):
            return self._ring
        return None

    def _follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        target = focus_target(new) if new is not None else None
        ring = self.ring
        if target is None or target.isWindow():
            if ring is not None:
                ring.surround(None)
            return
        if ring is None:
            ring = self._ring = Ring()
        ring.surround(target)
        _scroll_ring_into_view(target)


class Ring(QWidget):
    """The ring: a widget above the control, in its window (or in the scroll area's viewport
    that it scrolls in), that draws only the ring and lets every click through."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._target: QWidget | None = None
        self._watched: list[QWidget] = []

    @property
    def target(self) -> QWidget | None:
        return self._target

    def surround(self, target: QWidget | None) -> None:
        """Ring `target` from now on (None: no ring)."""
        for widget in self._watched:
            if shiboken6.isValid(widget):
                widget.removeEventFilter(self)
        self._watched = []
        self._target = target
        if target is None:
            self.hide()
            return
        host = _host(target)
        self._watched = [target, *_ancestors(target, until=host)]
        for widget in self._watched:
            widget.installEventFilter(self)
        if self.parentWidget() is not host:
            self.setParent(host)
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _PLACING_EVENTS:
            self._place()
        return False

    def _place(self) -> None:
        target, host = self._target, self.parentWidget()
        if target is None or host is None or not shiboken6.isValid(target) or not target.isVisible():
            self.hide()
            return
        area = QRect(target.mapTo(host, QPoint(0, 0)), target.size())
        self.setGeometry(area.adjusted(-RING_ROOM, -RING_ROOM, RING_ROOM, RING_ROOM))
        inside = self.rect().adjusted(RING_WIDTH, RING_WIDTH, -RING_WIDTH, -RING_WIDTH)
        self.setMask(QRegion(self.rect()).subtracted(QRegion(inside)))  # the control stays clickable
        self.raise_()
        self.show()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        colour = QColor(FOCUS_RING_COLOUR)
        width, height = self.width(), self.height()
        painter.fillRect(QRect(0, 0, width, RING_WIDTH), colour)
        painter.fillRect(QRect(0, height - RING_WIDTH, width, RING_WIDTH), colour)
        painter.fillRect(QRect(0, 0, RING_WIDTH, height), colour)
        painter.fillRect(QRect(width - RING_WIDTH, 0, RING_WIDTH, height), colour)


def focus_target(widget: QWidget) -> QWidget:
    """The control that takes the focus for `widget`: a spin box or combo box, for the line
    edit inside it (which hands its focus on to its owner)."""
    target = widget
    while (proxy := target.focusProxy()) is not None:
        target = proxy
    return target


def _host(target: QWidget) -> QWidget:
    """Where the ring lives: the viewport the control scrolls in, else its window (so that no
    layout margin between them cuts the ring off)."""
    previous = target
    for parent in _ancestors(target):
        if isinstance(parent, QAbstractScrollArea) and previous is parent.viewport():
            return previous
        if parent.isWindow():
            return parent
        previous = parent
    return target.window()


def _ancestors(widget: QWidget, until: QWidget | None = None) -> Iterator[QWidget]:
    parent = widget.parentWidget()
    while parent is not None and parent is not until:
        yield parent
        parent = parent.parentWidget()


def _scroll_ring_into_view(target: QWidget) -> None:
    """In a scroll area, show the focused control with its ring, not only the control (Qt
    scrolls only when the control itself is cut off)."""
    for area in _ancestors(target):
        if not isinstance(area, QScrollArea):
            continue
        content = area.widget()
        if content is None or not content.isAncestorOf(target):
            continue
        area.ensureWidgetVisible(target)  # Qt's own margins when it is (partly) hidden
        room = RING_ROOM + 1  # the ring's outer pixel is RING_ROOM away from the control's edge
        bottom_right = target.mapTo(content, QPoint(target.width() - 1, target.height() - 1))
        top_left = target.mapTo(content, QPoint(0, 0))
        area.ensureVisible(bottom_right.x(), bottom_right.y(), room, room)
        area.ensureVisible(top_left.x(), top_left.y(), room, room)  # the top wins
        return


def install_focus_ring(app: QApplication) -> FocusRing:
    """The application's focus ring (made once; later calls return the same one)."""
    existing = app.findChild(FocusRing, "focusRingKeeper")
    return existing if existing is not None else FocusRing(app)
