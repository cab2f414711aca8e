"""A participant's check-in button: the photo (only with their yes) and the first name, as large
as the button allows, and whether they are in or out, in words as well as in colour.

The button paints its own contents: the name is made smaller only when it would not fit (a
long name on a narrow button), never cut off; the largest size is the theme's (so larger text
makes it larger). The style sheet colours the button by its `checkinState` property.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage, QPainter, QPainterPath, QPaintEvent, QPixmap
from PySide6.QtWidgets import QPushButton, QSizePolicy, QStyle, QStyleOptionButton, QStylePainter, QWidget

MIN_BUTTON_HEIGHT = 64  # a touch target that still reads from across the kitchen
_PADDING = 12  # inside the 4 px border and the rounded corners
_SMALLEST_POINTS = 9.0

# The button's states (its `checkinState` property, which the theme colours).
NOT_YET = "none"
IN = "in"
OUT = "out"
BUSY = "busy"  # a tap on its way to the database


class CheckInButton(QPushButton):
    """One participant on the check-in screen."""

    def __init__(self, participant_id: int, first_name: str, parent: QWidget | None = None) -> None:
        super().__init__(first_name, parent)
        self.participant_id = participant_id
        self.first_name = first_name
        self._photo: QPixmap | None = None
        self._state = NOT_YET
        self._state_text = ""
        self.setObjectName(f"checkInButton_{participant_id}")
        self.setProperty("checkinState", NOT_YET)
        self.setMinimumHeight(MIN_BUTTON_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # Tab reaches it, a tap does not take the focus (as the counter's buttons).
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    # --- what it shows -----------------------------------------------------------------------------

    def set_photo(self, image: QImage | None) -> None:
        self._photo = QPixmap.fromImage(image) if image is not None and not image.isNull() else None
        self.update()

    @property
    def has_photo(self) -> bool:
        return self._photo is not None

    def set_state(self, state: str, text: str, accessible_name: str) -> None:
        """NOT_YET, IN, OUT or BUSY, with the words that say it on the button."""
        self._state_text = text
        self.setAccessibleName(accessible_name)
        if state != self._state:
            self._state = state
            self.setProperty("checkinState", state)
            self.style().unpolish(self)
            self.style().polish(self)
        self.update()

    @property
    def state(self) -> str:
        return self._state

    @property
    def state_text(self) -> str:
        return self._state_text

    def shown_texts(self) -> list[str]:
        """Every word the button shows (for the tests: a first name and its state, nothing else)."""
        return [text for text in (self.first_name, self._state_text) if text]

    # --- size ----------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(200, max(MIN_BUTTON_HEIGHT, self.minimumHeight()))

    def minimumSizeHint(self) -> QSize:
        return QSize(MIN_BUTTON_HEIGHT * 2, MIN_BUTTON_HEIGHT)

    # --- painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""  # the frame and background from the style; the contents are drawn here
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        inner = self.rect().adjusted(_PADDING, _PADDING // 2, -_PADDING, -_PADDING // 2)
        if self._photo is not None:
            side = self._photo_side(inner)
            inner.setLeft(self._paint_photo(painter, inner, side) + _PADDING)
        painter.setPen(option.palette.color(self.foregroundRole()))
        self._paint_words(painter, inner)

    def _photo_side(self, inner: QRect) -> int:
        """As large as the button is tall, but smaller (to half that) when the name would
        otherwise have to shrink much beside it."""
        largest = max(1, min(inner.height(), inner.width() // 2))
        wanted = self.font().pointSizeF() * 0.8
        side = largest
        while side > largest // 2:
            room = inner.width() - side - _PADDING
            if _fitted(self.first_name, self.font(), room, inner.height()).pointSizeF() >= wanted:
                break
            side -= 4
        return side

    def _paint_photo(self, painter: QPainter, inner: QRect, side: int) -> int:
        """The photo in a rounded square at the left; returns its right edge."""
        assert self._photo is not None
        box = QRect(inner.left(), inner.top() + (inner.height() - side) // 2, side, side)
        scaled = self._photo.scaled(
            box.size() * self.devicePixelRatioF(),
            Qt.AspectRatioMode.KeepAspectRatioByExpanding,
            Qt.TransformationMode.SmoothTransformation,
        )
        scaled.setDevicePixelRatio(self.devicePixelRatioF())
        source = QRectF(
            (scaled.width() - box.width() * self.devicePixelRatioF()) / 2,
            (scaled.height() - box.height() * self.devicePixelRatioF()) / 2,
            box.width() * self.devicePixelRatioF(),
            box.height() * self.devicePixelRatioF(),
        )
        path = QPainterPath()
        path.addRoundedRect(QRectF(box), 10, 10)
        painter.save()
        painter.setClipPath(path)
        painter.drawPixmap(QRectF(box), scaled, source)
        painter.restore()
        return box.right()

    def _paint_words(self, painter: QPainter, inner: QRect) -> None:
        """The name on top, as large as fits; the state beneath it, smaller."""
        name_font = _fitted(self.first_name, self.font(), inner.width(), inner.height())
        state_font = QFont(name_font)
        state_font.setPointSizeF(max(_SMALLEST_POINTS, name_font.pointSizeF() * 0.62))
        state_font.setWeight(QFont.Weight.DemiBold)
        name_metrics, state_metrics = QFontMetrics(name_font), QFontMetrics(state_font)
        state_height = state_metrics.height() if self._state_text else 0
        if name_metrics.height() + state_height > inner.height():
            state_height = 0  # a very short button: the name alone
        top = inner.top() + (inner.height() - name_metrics.height() - state_height) // 2
        painter.setFont(name_font)
        name_rect = QRect(inner.left(), top, inner.width(), name_metrics.height())
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(name_rect, left, self.first_name)
        if state_height:
            painter.setFont(state_font)
            state_rect = QRect(inner.left(), name_rect.bottom() + 1, inner.width(), state_height)
            text = state_metrics.elidedText(self._state_text, Qt.TextElideMode.ElideRight, inner.width())
            painter.drawText(state_rect, left, text)


def _fitted(text: str, base: QFont, width: int, height: int) -> QFont:
    """The largest font from `base`'s size down at which `text` fits `width` (and, at most,
    two thirds of `height`, leaving room for the state)."""
    font = QFont(base)
    points = base.pointSizeF() if base.pointSizeF() > 0 else 20.0
    while True:
        font.setPointSizeF(points)
        metrics = QFontMetrics(font)
        fits = metrics.horizontalAdvance(text) <= width and metrics.height() <= max(1, height * 2 // 3)
        if fits or points <= _SMALLEST_POINTS:
            return font
        points = max(_SMALLEST_POINTS, points - 1)
