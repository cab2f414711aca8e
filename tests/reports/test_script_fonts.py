"""The participants' scripts in PDFs: each run of Arabic or Ethiopic letters is set in a shipped
Noto font that has every glyph, the fonts are embedded, and the text reads back."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from canteen_app.documents import styles
from canteen_app.documents.fonts import FONT_BOLD, FONT_REGULAR, font_for_text, with_script_fonts
from canteen_app.documents.templates import build_pdf

REPOSITORY = Path(__file__).resolve().parents[2]
NAMES = {
    "Tigrinya": "ሰላም ተስፋይ (ትግርኛ)",
    "Arabic": "فاطمة الزهراء (العربية)",
    "Dari": "مهدی رضایی (دری)",
    "Ukrainian": "Олена Ковальчук (Українська)",
    "Polish": "Łukasz Żółć (Polski)",
    "Somali": "Cabdi Warsame (Soomaali)",
    "Norwegian": "Åse Ødegård (Norsk bokmål)",
}


def _glyphs_missing(text: str, font_name: str) -> list[str]:
    font: Any = pdfmetrics.getFont(font_name)
    return [char for char in text if not char.isspace() and ord(char) not in font.face.charToGlyph]


def _runs(markup: str) -> list[tuple[str, str]]:
    """(font, text) of every run a Paragraph would draw from `markup`."""
    paragraph = Paragraph(markup, styles.BODY)
    return [(frag.fontName, frag.text) for frag in paragraph.frags]


@pytest.mark.parametrize("language", list(NAMES))
@pytest.mark.parametrize("bold", [False, True], ids=["regular", "bold"])
def test_every_letter_is_set_in_a_font_that_has_it(language: str, bold: bool) -> None:
    markup = with_script_fonts(NAMES[language], bold=bold)
    runs = _runs(f"<b>{markup}</b>" if bold else markup)
    assert "".join(text for _font, text in runs) == NAMES[language]
    for font, text in runs:
        assert _glyphs_missing(text, font) == [], (font, text)
    if bold:
        assert all(font.endswith("Bold") for font, _text in runs)


def test_script_runs_keep_the_spaces_between_their_words() -> None:
    markup = with_script_fonts("Navn: ሰላም ተስፋይ & co")
    assert markup == 'Navn: <font face="NotoSansEthiopic">ሰላም ተስፋይ</font> &amp; co'


def test_a_single_string_gets_the_font_of_its_script() -> None:
    assert font_for_text("Åse Ødegård") == FONT_REGULAR
    assert font_for_text("Åse Ødegård", bold=True) == FONT_BOLD
    assert font_for_text("ሰላም ተስፋይ") == "NotoSansEthiopic"
    assert font_for_text("فاطمة", bold=True) == "NotoSansArabic-Bold"


def test_the_scripts_are_embedded_in_the_pdf_and_read_back(tmp_path: Path) -> None:
    story = [
        Paragraph(with_script_fonts(f"{language}: {name}"), styles.BODY) for language, name in NAMES.items()
    ]
    story.append(Paragraph(with_script_fonts(NAMES["Tigrinya"], bold=True), styles.HEADING))
    out = build_pdf(
        tmp_path / "scripts.pdf",
        story,
        title="Språk",
        author="Test",
        subject="Test",
        header_left="Kantina",
        page_of_template="Side {page} av {pages}",
        generated_text="Laget i dag",
    )

    reader = PdfReader(out)
    text = reader.pages[0].extract_text()
    for name in ("ሰላም ተስፋይ", "ትግርኛ", "Олена Ковальчук", "Łukasz Żółć", "Åse Ødegård"):
        assert name in text
    for letter in "فاطمةدری":  # unshaped, but every Arabic letter is there
        assert letter in text

    embedded = set()
    resources: Any = reader.pages[0]["/Resources"]
    for font_ref in resources["/Font"].values():
        font = font_ref.get_object()
        if "/DescendantFonts" in font:
            font = font["/DescendantFonts"][0].get_object()
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]
        embedded.add(str(font["/BaseFont"]).split("+")[-1])
    assert {
        "NotoSansEthiopic-Regular",
        "NotoSansEthiopic-Bold",
        "NotoSansArabic-Regular",
        "DejaVuSans",
    } <= embedded


def test_the_script_fonts_are_loaded_only_when_a_text_needs_them() -> None:
    """Each costs about 1 MB of memory; Latin text never loads them. reportlab's font registry
    is global, so this runs in a fresh interpreter."""
    program = (
        "from reportlab.pdfbase import pdfmetrics\n"
        "from canteen_app.documents.fonts import with_script_fonts\n"
        "with_script_fonts('Åse Ødegård'); before = set(pdfmetrics.getRegisteredFontNames())\n"
        "with_script_fonts('ትግርኛ'); after = set(pdfmetrics.getRegisteredFontNames())\n"
        "print(sorted(before), sorted(after - before))\n"
    )
    shown = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True, cwd=REPOSITORY
    ).stdout.strip()
    assert shown == "['DejaVuSans', 'DejaVuSans-Bold'] ['NotoSansEthiopic', 'NotoSansEthiopic-Bold']"
