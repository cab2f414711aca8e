"""Registers the shipped DejaVu fonts with reportlab.

The fonts are embedded in every PDF so that a document looks the same on every PC and printer,
and so that æøå (and the scripts participants read) never fall back to a missing glyph.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from canteen_app.core.resources import resource_path

FONT_FAMILY = "DejaVuSans"
FONT_REGULAR = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"

_FONT_FILES = {
    FONT_REGULAR: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
}

# Reports are rendered in worker threads; reportlab's font registry is a plain global dict.
_lock = threading.Lock()
_state = {"registered": False}


def register_fonts() -> None:
    """Register the report fonts once; later calls do nothing."""
    with _lock:
        if _state["registered"]:
            return
        for name, file_name in _FONT_FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
        # No italic faces are shipped: <i> falls back to the upright faces instead of failing.
        pdfmetrics.registerFontFamily(
            FONT_FAMILY,
            normal=FONT_REGULAR,
            bold=FONT_BOLD,
            italic=FONT_REGULAR,
            boldItalic=FONT_BOLD,
        )
        _state["registered"] = True
