"""One style sheet: calm office look, and a kiosk that reads from across a kitchen."""

from __future__ import annotations

BASE_POINT_SIZE = 11

STYLE_SHEET = """
QLabel#startupStatus { qproperty-alignment: AlignCenter; font-size: 16pt; color: #455a64; }
QLabel#pageTitle { font-size: 20pt; font-weight: 600; margin-bottom: 8px; }
QLabel#workspaceTitle { font-size: 16pt; font-weight: 600; }
QLabel#userLabel { color: #37474f; }
QListWidget#navigation { background: #eceff1; border: none; font-size: 12pt; min-width: 210px; }
QListWidget#navigation::item { padding: 10px 14px; }
QListWidget#navigation::item:selected { background: #1565c0; color: white; }
QListWidget#navigation::item:disabled { color: #546e7a; font-weight: 600; padding-top: 16px; }

QLabel[severity="error"] { color: #b71c1c; font-weight: 600; }
QLabel[severity="warning"] { color: #8d5a00; }

QWidget#kioskView { background: #fafafa; }
QLabel#kioskTodayTotal { color: #0d1b2a; font-size: 96pt; font-weight: 700; }
QLabel#kioskDate, QLabel#kioskCaption { font-size: 22pt; color: #263238; }
QLabel#kioskStatus { font-size: 20pt; }
QPushButton[kioskRole="primary"] {
    background: #1b5e20; color: white; border-radius: 18px; border: 4px solid #0d3b12;
    font-size: 40pt; font-weight: 700;
}
QPushButton[kioskRole="primary"]:pressed { background: #0d3b12; }
QPushButton[kioskRole="secondary"] {
    background: #0d47a1; color: white; border-radius: 18px; border: 4px solid #082c66;
    font-size: 28pt; font-weight: 700;
}
QPushButton[kioskRole="secondary"]:pressed { background: #082c66; }
QPushButton[kioskRole="undo"] {
    background: #ffffff; color: #4e342e; border-radius: 14px; border: 4px solid #4e342e;
    font-size: 24pt; font-weight: 700;
}
QPushButton[kioskRole="undo"]:disabled { color: #9e9e9e; border-color: #bdbdbd; }
QPushButton:focus { outline: 3px solid #ff8f00; }
QLabel#kioskStatus[state="ok"] { color: #1b5e20; }
QLabel#kioskStatus[state="error"] { color: #b71c1c; font-weight: 700; }
QPushButton#kioskLoginButton { min-height: 48px; min-width: 160px; font-size: 14pt; }
"""
