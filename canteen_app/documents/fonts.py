"""Registers the shipped fonts with reportlab, and picks the font for each script.

The fonts are embedded in every PDF so that a document looks the same on every PC and printer,
and so that æøå and the scripts participants read never fall back to a missing glyph. DejaVu
Sans covers Latin (Norwegian, English, Polish, Somali) and Cyrillic (Ukrainian); Noto Sans
Arabic covers Arabic and Dari, Noto Sans Ethiopic covers Tigrinya (licences in resources/fonts).

reportlab draws one font per text run and does not fall back by itself, so text that may hold
another script goes through `with_script_fonts` (paragraphs) or `font_for_text` (single
strings drawn on the canvas).

This module only picks fonts: reportlab lays characters out in the order they are stored
and does not join Arabic letters. Text in the participants' languages goes through
`shaping.py` (`participant_paragraph`, `participant_style`, `draw_text_line`), which shapes it
with HarfBuzz and lays Arabic and Dari out right to left.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from canteen_app.core.resources import resource_path

FONT_FAMILY = "DejaVuSans"
FONT_REGULAR = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"


@dataclass(frozen=True)
class ScriptFont:
    """The font for the letters of one script that DejaVu Sans lacks."""

    regular: str
    bold: str
    regular_file: str
    bold_file: str
    letters: str  # a regular-expression character class of the script's letters
    # How much larger shaped text (`shaping.py`) sets the script than the Latin text around it,
    # so that both read as the same size: Noto Sans Arabic's letters are small next to DejaVu's.
    scale: float = 1.0


ARABIC = ScriptFont(
    regular="NotoSansArabic",
    bold="NotoSansArabic-Bold",
    regular_file="NotoSansArabic-Regular.ttf",
    bold_file="NotoSansArabic-Bold.ttf",
    letters="\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc",
    scale=1.2,
)
ETHIOPIC = ScriptFont(
    regular="NotoSansEthiopic",
    bold="NotoSansEthiopic-Bold",
    regular_file="NotoSansEthiopic-Regular.ttf",
    bold_file="NotoSansEthiopic-Bold.ttf",
    letters="\u1200-\u139f\u2d80-\u2ddf\uab00-\uab2f",
)
SCRIPT_FONTS = (ARABIC, ETHIOPIC)

_FONT_FILES = {
    FONT_REGULAR: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    **{script.regular: script.regular_file for script in SCRIPT_FONTS},
    **{script.bold: script.bold_file for script in SCRIPT_FONTS},
}

# A run of one script's letters, with the spaces (and Persian's zero-width non-joiner) between
# its words: one font change per run of words, not per word.
_RUNS = re.compile(
    "|".join(f"(?P<s{i}>[{s.letters}]+(?:[\\s\u200c]+[{s.letters}]+)*)" for i, s in enumerate(SCRIPT_FONTS))
)

# Reports are rendered in worker threads; reportlab's font registry is a plain global dict.
_lock = threading.Lock()
_registered: set[str] = set()  # font families registered so far, by their regular face


def register_fonts() -> None:
    """Register DejaVu Sans once; later calls do nothing. The script fonts are registered when
    a text first needs them (most documents never do; each costs about 1 MB)."""
    _register_family(FONT_REGULAR, FONT_BOLD)


def register_script(script: ScriptFont) -> None:
    """Register a script's two faces once (a text that needs them calls this)."""
    _register_family(script.regular, script.bold)


def _register_family(regular: str, bold: str) -> None:
    if regular in _registered:  # read without the lock: set membership is atomic
        return
    with _lock:
        if regular in _registered:
            return
        for name in (regular, bold):
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", _FONT_FILES[name]))))
        # No italic faces are shipped: <i> falls back to the upright faces instead of failing.
        pdfmetrics.registerFontFamily(regular, normal=regular, bold=bold, italic=regular, boldItalic=bold)
        _registered.add(regular)


def with_script_fonts(text: str, *, bold: bool = False) -> str:
    """`text` as Paragraph markup: escaped, each run of Arabic or Ethiopic letters in the font
    that has them, e.g. "Tigrinja (<font face="NotoSansEthiopic">ትግርኛ</font>)".

    `bold` picks the bold faces, for a paragraph whose style is bold.
    """
    register_fonts()
    parts: list[str] = []
    position = 0
    for match in _RUNS.finditer(text):
        script = SCRIPT_FONTS[int(str(match.lastgroup)[1:])]
        register_script(script)
        face = script.bold if bold else script.regular
        parts += [
            escape(text[position : match.start()]),
            f'<font face="{face}">{escape(match.group())}</font>',
        ]
        position = match.end()
    parts.append(escape(text[position:]))
    return "".join(parts)


def font_for_text(text: str, *, bold: bool = False) -> str:
    """The one font to draw `text` with on the canvas: the font of the first Arabic or Ethiopic
    letter in it, else DejaVu Sans."""
    register_fonts()
    match = _RUNS.search(text)
    if match is None:
        return FONT_BOLD if bold else FONT_REGULAR
    script = SCRIPT_FONTS[int(str(match.lastgroup)[1:])]
    register_script(script)
    return script.bold if bold else script.regular
