"""The look of the program: calm on an office PC, readable from across a kitchen on the kiosk.

One palette and one style sheet. Every size in the sheet is made from the base font size, so a
larger base font makes titles, paddings and the kiosk's big text larger with it. The colours
meet WCAG 2.1 AA (tests/gui/test_accessibility.py measures them on rendered widgets).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ui.common.focus_ring import install_focus_ring

BASE_POINT_SIZE = 11

# Selected rows: white text on it is 5.8:1 (AA asks 4.5:1). The same when the window is not
# active, so a selection stays readable while a dialog is open.
SELECTION_COLOUR = "#1565c0"
SELECTED_TEXT_COLOUR = "#ffffff"
# Placeholder text in an empty field: 6:1 on white, still lighter than typed text.
PLACEHOLDER_COLOUR = "#5f6368"
# Navigation rows are touch targets (WCAG 2.5.5 asks 44 px), whatever the text size.
NAVIGATION_ROW_MIN_PX = 44


def style_sheet(point_size: float = BASE_POINT_SIZE) -> str:
    """The application's style sheet for a base font of `point_size` points."""
    scale = point_size / BASE_POINT_SIZE

    def pt(size: float) -> str:
        return f"{size * scale:.1f}pt"

    def px(size: float) -> str:
        return f"{round(size * scale)}px"

    # Rows: padding that grows with the text, and a minimum that keeps them 44 px when small.
    row_padding = round(8 * scale)
    row_min_height = max(0, NAVIGATION_ROW_MIN_PX - 2 * row_padding)
    return f"""
QLabel#startupStatus {{ qproperty-alignment: AlignCenter; font-size: {pt(16)}; color: #455a64; }}
QLabel#pageTitle {{ font-size: {pt(20)}; font-weight: 600; margin-bottom: {px(8)}; }}
QLabel#workspaceTitle {{ font-size: {pt(16)}; font-weight: 600; }}
QLabel#userLabel {{ color: #37474f; }}
QListWidget#navigation {{ background: #eceff1; border: none; font-size: {pt(12)}; min-width: {px(210)}; }}
QListWidget#navigation::item {{
    padding: {row_padding}px {px(14)}; min-height: {row_min_height}px;
}}
QListWidget#navigation::item:selected {{ background: {SELECTION_COLOUR}; color: {SELECTED_TEXT_COLOUR}; }}
QListWidget#navigation::item:disabled {{ color: #546e7a; font-weight: 600; padding-top: {px(16)}; }}

QLabel[severity="error"] {{ color: #b71c1c; font-weight: 600; }}
QLabel[severity="warning"] {{ color: #8d5a00; }}

QWidget#kioskView {{ background: #fafafa; }}
QLabel#kioskTodayTotal {{ color: #0d1b2a; font-size: {pt(96)}; font-weight: 700; }}
QLabel#kioskDate, QLabel#kioskCaption {{ font-size: {pt(22)}; color: #263238; }}
QLabel#kioskStatus {{ font-size: {pt(20)}; }}
/* Today's menu, read from two metres: dish names 1.6x the base font, allergens 1.3x. */
QFrame#kioskMenu {{ background: #ffffff; border: 2px solid #b0bec5; border-radius: 14px; }}
QScrollArea#kioskMenuScroll, QWidget#kioskMenuContent {{ background: transparent; }}
QLabel#kioskMenuTitle {{ font-size: {pt(22)}; font-weight: 700; color: #0d1b2a; }}
QLabel#kioskMenuCourse {{ font-size: {pt(14.4)}; font-weight: 600; color: #37474f; }}
QLabel#kioskMenuDish {{ font-size: {pt(18)}; font-weight: 700; color: #0d1b2a; }}
QLabel#kioskMenuAllergens {{ font-size: {pt(14.4)}; color: #4e342e; }}
QLabel#kioskMenuNote {{ font-size: {pt(16)}; color: #37474f; }}
QLabel#kioskMenuMore {{ font-size: {pt(14.4)}; font-weight: 600; color: #37474f; }}
/* A long menu scrolls: a bar wide and dark enough to be seen (and dragged) from the counter. */
QScrollArea#kioskMenuScroll QScrollBar:vertical {{
    background: #eceff1; width: {px(18)}; margin: 0; border: none; border-radius: {px(9)};
}}
QScrollArea#kioskMenuScroll QScrollBar::handle:vertical {{
    background: #607d8b; min-height: {px(48)}; border-radius: {px(9)};
}}
QScrollArea#kioskMenuScroll QScrollBar::add-line:vertical,
QScrollArea#kioskMenuScroll QScrollBar::sub-line:vertical {{ height: 0; border: none; }}
QScrollArea#kioskMenuScroll QScrollBar::add-page:vertical,
QScrollArea#kioskMenuScroll QScrollBar::sub-page:vertical {{ background: none; }}
/* No font size for the kiosk's buttons: each fits its own text to its size (a size here would
   override that and cut the text off). */
QPushButton[kioskRole="primary"] {{
    background: #1b5e20; color: white; border-radius: 18px; border: 4px solid #0d3b12;
    font-weight: 700;
}}
QPushButton[kioskRole="primary"]:pressed {{ background: #0d3b12; }}
QPushButton[kioskRole="secondary"] {{
    background: #0d47a1; color: white; border-radius: 18px; border: 4px solid #082c66;
    font-weight: 700;
}}
QPushButton[kioskRole="secondary"]:pressed {{ background: #082c66; }}
QPushButton[kioskRole="undo"] {{
    background: #ffffff; color: #4e342e; border-radius: 14px; border: 4px solid #4e342e;
    font-weight: 700;
}}
QPushButton[kioskRole="undo"]:disabled {{ color: #9e9e9e; border-color: #bdbdbd; }}
/* Inside the dark buttons, besides the focus ring around them: 4.3:1 on the green. */
QPushButton[kioskRole="primary"]:focus, QPushButton[kioskRole="secondary"]:focus {{
    outline: 3px solid #ffb300;
}}
QLabel#kioskStatus[state="ok"] {{ color: #1b5e20; }}
QLabel#kioskStatus[state="error"] {{ color: #b71c1c; font-weight: 700; }}
QPushButton#kioskLoginButton {{ min-height: 48px; min-width: {px(160)}; font-size: {pt(14)}; }}
/* The counter's way to the participants' check-in. */
QPushButton[kioskRole="checkin"] {{
    background: #4a148c; color: white; border-radius: 14px; border: 4px solid #2a0a55; font-weight: 700;
}}
QPushButton[kioskRole="checkin"]:pressed {{ background: #2a0a55; }}
/* The participants' check-in: names read from across the kitchen; the state in words and colour.
   The buttons' font size is the largest their names get (each shrinks a name that would not fit). */
QWidget#checkInView {{ background: #fafafa; }}
QScrollArea#checkInScroll, QWidget#checkInContent {{ background: transparent; }}
QLabel#checkInTitle {{ font-size: {pt(22)}; font-weight: 600; color: #263238; }}
QLabel#checkInEmpty {{ font-size: {pt(20)}; color: #37474f; }}
QPushButton#checkInBackButton {{ font-size: {pt(16)}; padding: 0 {px(20)}; }}
QLabel#checkInBanner {{
    font-size: {pt(26)}; font-weight: 700; border-radius: 14px; padding: {px(6)} {px(16)};
}}
QLabel#checkInBanner[state="hint"] {{ font-size: {pt(18)}; font-weight: 400; color: #37474f; }}
QLabel#checkInBanner[state="in"] {{ background: #1b5e20; color: #ffffff; }}
QLabel#checkInBanner[state="out"] {{ background: #0d47a1; color: #ffffff; }}
QLabel#checkInBanner[state="note"] {{ background: #fff8e1; color: #4e342e; border: 3px solid #8d5a00; }}
QLabel#checkInBanner[state="error"] {{ background: #ffebee; color: #b71c1c; border: 3px solid #b71c1c; }}
QPushButton[checkinState] {{ font-size: {pt(24)}; font-weight: 700; border-radius: 16px; }}
QPushButton[checkinState="none"] {{ background: #ffffff; color: #0d1b2a; border: 4px solid #0d47a1; }}
QPushButton[checkinState="none"]:pressed {{ background: #bbdefb; }}
QPushButton[checkinState="in"] {{ background: #1b5e20; color: #ffffff; border: 4px solid #0d3b12; }}
QPushButton[checkinState="out"] {{ background: #eceff1; color: #37474f; border: 4px solid #78909c; }}
QPushButton[checkinState="busy"] {{ background: #e3f2fd; color: #0d1b2a; border: 4px dashed #0d47a1; }}
QPushButton[checkinState="in"]:focus, QPushButton[kioskRole="checkin"]:focus {{ outline: 3px solid #ffb300; }}
QScrollArea#checkInScroll QScrollBar:vertical {{
    background: #eceff1; width: {px(18)}; margin: 0; border: none; border-radius: {px(9)};
}}
QScrollArea#checkInScroll QScrollBar::handle:vertical {{
    background: #607d8b; min-height: {px(48)}; border-radius: {px(9)};
}}
QScrollArea#checkInScroll QScrollBar::add-line:vertical,
QScrollArea#checkInScroll QScrollBar::sub-line:vertical {{ height: 0; border: none; }}
QScrollArea#checkInScroll QScrollBar::add-page:vertical,
QScrollArea#checkInScroll QScrollBar::sub-page:vertical {{ background: none; }}
"""


def themed_palette(base: QPalette) -> QPalette:
    """`base` with the selection and placeholder colours above, whether or not the window is
    active."""
    palette = QPalette(base)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor(SELECTION_COLOUR))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor(SELECTED_TEXT_COLOUR))
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(PLACEHOLDER_COLOUR))
    return palette


def apply_theme(app: QApplication, point_size: float = BASE_POINT_SIZE) -> None:
    """Font, palette, style sheet and focus ring for the whole program, at `point_size`."""
    font = app.font()
    font.setPointSizeF(point_size)
    app.setFont(font)
    app.setPalette(themed_palette(app.palette()))
    app.setStyleSheet(style_sheet(point_size))
    install_focus_ring(app)
