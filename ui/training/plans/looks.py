"""Sizes and colours shared by the plan's screens; every size follows the program's base font."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QDialog

INK = QColor("#263238")
NOW = QColor("#1565c0")  # the current level: 5.8:1 on white
TARGET = QColor("#78909c")  # the target: lighter, still 3.4:1 on white
GRID = QColor("#e0e0e0")


def scaled_font(factor: float, bold: bool = False) -> QFont:
    """The program's font, `factor` times as large (a larger base font makes it larger too)."""
    base = QApplication.font()
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * factor)
    font.setBold(bold)
    return font


def fit_height(dialog: QDialog) -> None:
    """Make `dialog` tall enough for every word-wrapped text at its width, and keep it so.

    Qt's minimum size leaves height-for-width out: a dialog of wrapped texts would otherwise
    squeeze them to one line each. Call after building, and again when a message appears.
    """
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    width = max(dialog.width() if dialog.isVisible() else 0, layout.sizeHint().width())
    height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.sizeHint().height()
    screen = dialog.screen() or QApplication.primaryScreen()
    if screen is not None:
        height = min(height, screen.availableGeometry().height() - 60)
    dialog.setMinimumSize(layout.totalMinimumSize().width(), height)
    if dialog.height() < height or dialog.width() < width:
        dialog.resize(max(width, dialog.width()), max(height, dialog.height()))
