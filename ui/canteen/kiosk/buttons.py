"""The kiosk's big buttons: their text is as large as the button allows, wrapped by words, and
never cut off, whether the screen holds one category or eight."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

MIN_BUTTON_HEIGHT = 64  # a touch target that still reads from across the kitchen
# Room kept inside the 4 px border and the rounded corners.
_SIDE_PADDING = 18
_TOP_PADDING = 8


def wrap_words(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """`text` broken into lines no wider than `width` at word boundaries (a word longer than
    the width stays whole on its own line; the font is then made smaller)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if line and metrics.horizontalAdvance(candidate) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


def fitted(text: str, base: QFont, size: QSize, largest: float, smallest: float) -> tuple[QFont, str]:
    """The largest font (from `largest` down to `smallest` points) at which `text`, wrapped by
    words, fits in `size`; and the wrapped text."""
    font = QFont(base)
    width = max(1, size.width() - 2 * _SIDE_PADDING)
    height = max(1, size.height() - 2 * _TOP_PADDING)
    points = largest
    while True:
        font.setPointSizeF(points)
        metrics = QFontMetrics(font)
        lines = wrap_words(text, metrics, width)
        widest = max(metrics.horizontalAdvance(line) for line in lines)
        if (widest <= width and metrics.lineSpacing() * len(lines) <= height) or points <= smallest:
            return font, "\n".join(lines)
        points = max(smallest, points - 1)


class KioskButton(QPushButton):
    """A counter button whose text grows and shrinks with the button."""

    def __init__(self, largest_points: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._largest = largest_points
        self._points = 0.0
        self.setMinimumHeight(MIN_BUTTON_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Tab reaches it, a tap does not take the focus: the focus ring is for keyboard users
        # and would otherwise stay on the last button a kitchen hand touched.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def set_label(self, text: str) -> None:
        """The full text (lines separated by newlines); it is fitted to the button's size."""
        if text != self._text:
            self._text = text
            self._fit()

    @property
    def label(self) -> str:
        return self._text

    def sizeHint(self) -> QSize:
        return QSize(160, MIN_BUTTON_HEIGHT)

    def minimumSizeHint(self) -> QSize:
        return QSize(MIN_BUTTON_HEIGHT, MIN_BUTTON_HEIGHT)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        font, wrapped = fitted(self._text, self.font(), self.size(), self._largest, 9)
        points = round(font.pointSizeF(), 1)
        if points != self._points:
            # A style sheet's font-size wins over setFont(); the button's own sheet wins over
            # the application's, so the fitted size is the one painted.
            self._points = points
            self.setStyleSheet(f"font-size: {points}pt;")
        self.setText(wrapped)
