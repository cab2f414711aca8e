"""The fonts shipped for the participants' scripts, made known to Qt at start-up.

Many office PCs and kiosk images have no font for Ethiopic (Tigrinya), and some none for
Arabic (also Dari): a name in those scripts would show as empty boxes. The program loads Noto
Sans Arabic and Noto Sans Ethiopic (resources/fonts, with their licence) into Qt's font
database; Qt then falls back to them for any character the widget's own font lacks. Loading
registers the files only (well under a millisecond); glyphs are read when first drawn.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from canteen_app.core.resources import resource_path

log = logging.getLogger(__name__)

SCRIPT_FONT_FILES = (
    "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold.ttf",
    "NotoSansEthiopic-Regular.ttf",
    "NotoSansEthiopic-Bold.ttf",
)

_loaded: list[str] = []  # the families loaded, once per process


def load_script_fonts() -> list[str]:
    """Load the script fonts once (later calls do nothing) and return their family names.

    A font that cannot be loaded is logged and skipped: the program still works, only that
    script shows as boxes.
    """
    if _loaded:
        return list(_loaded)
    families: list[str] = []
    for file_name in SCRIPT_FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", file_name)))
        if font_id < 0:
            log.warning("Could not load the font %s", file_name)
            continue
        families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    _loaded.extend(families)
    return families
