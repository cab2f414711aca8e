"""Measuring accessibility on real widgets: WCAG contrast from rendered pixels, the Tab chain a
keyboard user walks, and widgets that do not get the room they need."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QColor, QImage
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QHeaderView,
    QScrollArea,
    QScrollBar,
    QSplitterHandle,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ui.common.focus_ring import Ring, focus_target

# --- colour: WCAG 2.1 relative luminance and contrast ratio --------------------------------------


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    return (
        0.2126 * _channel(colour.redF())
        + 0.7152 * _channel(colour.greenF())
        + 0.0722 * _channel(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def text_contrast(image: QImage, area: QRect) -> tuple[float, QColor, QColor]:
    """(contrast, text colour, background) of the text drawn in `area` of a picture.

    The background is the commonest colour; the text colour the pixel that stands out most from
    it (render the text large, so its strokes have solid pixels, not only anti-aliased edges).
    """
    pixels = [
        image.pixelColor(x, y).rgb()
        for y in range(area.top(), area.bottom() + 1)
        for x in range(area.left(), area.right() + 1)
    ]
    background = QColor.fromRgb(Counter(pixels).most_common(1)[0][0])
    text = max((QColor.fromRgb(rgb) for rgb in set(pixels)), key=lambda c: contrast(c, background))
    return contrast(text, background), text, background


# --- the focus ring, from pictures of the same place before and after the focus -----------------


def longest_strong_run(before: QImage, after: QImage, points: Iterable[QPoint]) -> int:
    """The longest run of neighbouring pixels along `points` whose colour after the focus has at
    least 3:1 contrast with the colour the same pixel had before (the background next to it)."""
    best = run = 0
    for point in points:
        if contrast(after.pixelColor(point), before.pixelColor(point)) >= 3.0:
            run += 1
            best = max(best, run)
        else:
            run = 0
    return best


def ring_thickness(before: QImage, after: QImage, control: QRect, reach: int = 6) -> dict[str, int]:
    """How thick the focus indicator is on each side of `control` (the thinnest of three samples
    per side), scanning from 2 px inside its edge to `reach` px outside."""
    sides: dict[str, int] = {}
    for side in ("top", "bottom", "left", "right"):
        samples = []
        for fraction in (0.25, 0.5, 0.75):
            x = control.left() + round(control.width() * fraction)
            y = control.top() + round(control.height() * fraction)
            if side == "top":
                line = [QPoint(x, control.top() + 2 - i) for i in range(reach + 3)]
            elif side == "bottom":
                line = [QPoint(x, control.bottom() - 2 + i) for i in range(reach + 3)]
            elif side == "left":
                line = [QPoint(control.left() + 2 - i, y) for i in range(reach + 3)]
            else:
                line = [QPoint(control.right() - 2 + i, y) for i in range(reach + 3)]
            samples.append(longest_strong_run(before, after, line))
        sides[side] = min(samples)
    return sides


# --- the keyboard --------------------------------------------------------------------------------


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    name = widget.objectName() or widget.accessibleName() or getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__} {name!r}"


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader says for `widget` (its own, its text, or its label's)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def focused() -> QWidget | None:
    widget = QApplication.focusWidget()
    return focus_target(widget) if widget is not None else None


def reachable_controls(root: QWidget) -> list[QWidget]:
    """Every control in `root` a keyboard user should reach with Tab: shown, enabled, taking
    focus by Tab (a date field counts once, not with the line edit inside it)."""
    controls: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, Ring) or not (widget.isVisible() and widget.isEnabled()):
            continue
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus != Qt.FocusPolicy.TabFocus:
            continue
        target = focus_target(widget)
        if target not in controls:
            controls.append(target)
    return controls


def tab_chain(
    qtbot: QtBot, first: QWidget, on_focus: Callable[[QWidget], None] = lambda _w: None, limit: int = 200
) -> list[QWidget]:
    """Press Tab from `first` until the focus comes back to it; the controls it visited, in
    order (`on_focus` looks at each one as the key puts the focus there).

    Fails when Tab stays on one control (a table that keeps Tab to move between its cells).
    """
    first.setFocus(Qt.FocusReason.TabFocusReason)
    assert focused() is first, f"{describe(first)} does not take the focus"
    on_focus(first)
    chain = [first]
    for _ in range(limit):
        before = QApplication.focusWidget()
        assert before is not None, f"the focus was lost after {describe(chain[-1])}"
        qtbot.keyClick(before, Qt.Key.Key_Tab)
        now = focused()
        assert now is not chain[-1], f"Tab does not leave {describe(now)}"
        assert now is not None, f"the focus was lost after {describe(chain[-1])}"
        if now is first:
            return chain
        assert now not in chain, f"Tab goes round without coming back to {describe(first)}"
        on_focus(now)
        chain.append(now)
    raise AssertionError(f"Tab did not come back to {describe(first)} in {limit} presses")


# --- room: nothing clipped -----------------------------------------------------------------------

_PARTS = (QScrollBar, QHeaderView, QSplitterHandle, Ring)  # parts of their owners, and the ring


def clipped_widgets(root: QWidget) -> list[str]:
    """Shown widgets that lack room: smaller than their minimum size hint, or reaching outside
    the part of their parent that is shown (outside a scroll area only where it cannot scroll)."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow() or isinstance(widget, _PARTS):
            continue
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractSpinBox):
            continue  # the line edit inside a spin box, laid out by the spin box
        if isinstance(parent, QAbstractScrollArea) or isinstance(parent.parentWidget(), QAbstractScrollArea):
            if not _fits_scroll_area(widget, parent):
                problems.append(
                    f"{describe(widget)} is wider than its scroll area, which cannot scroll sideways"
                )
            continue  # a viewport or a scroll bar, or the contents that scroll
        hint, size = widget.minimumSizeHint(), widget.size()
        if hint.width() > size.width() or hint.height() > size.height():
            problems.append(f"{describe(widget)} needs {hint.toTuple()} but has {size.toTuple()}")
        if not parent.rect().contains(widget.geometry()):
            problems.append(
                f"{describe(widget)} at {widget.geometry().getRect()} is outside {describe(parent)}"
            )
    return problems


def _fits_scroll_area(widget: QWidget, parent: QWidget) -> bool:
    area = parent.parentWidget()
    if not isinstance(area, QScrollArea) or area.widget() is not widget:
        return True
    if area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        return True
    return widget.width() <= parent.width() and widget.minimumSizeHint().width() <= parent.width()
