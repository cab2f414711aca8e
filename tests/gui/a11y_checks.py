"""Measuring accessibility on real widgets: WCAG contrast from rendered pixels."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage

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
