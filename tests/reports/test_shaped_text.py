"""Shaped right-to-left text in real PDFs: a long Arabic paragraph flows onto the next page
between lines, a single line drawn on the canvas reads back, and the fonts are embedded.
(What pypdf returns for shaped Arabic: see tests/reports/test_consent_form.py.)"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from reportlab.lib.units import mm

from canteen_app.documents import styles
from canteen_app.documents.shaping import draw_text_line, participant_paragraph, searchable_text
from canteen_app.documents.templates import A4_PORTRAIT, build_pdf, drawn_pdf

SENTENCE = "هذه الورقة عن معلومات عنك. نريد أن نعطي بعضها لصاحب عمل. "
DARI = "شما خودتان تصمیم می\u200cگیرید. می\u200cتوانید نه بگویید."


def _words(text: str) -> list[str]:
    return re.findall(r"[\u0600-\u06ff]+|[^\W\u0600-\u06ff]+", searchable_text(text))


def _fonts(reader: PdfReader) -> set[str]:
    names = set()
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for font_ref in resources["/Font"].values():
            names.add(str(font_ref.get_object()["/BaseFont"]).split("+")[-1])
    return names


def test_a_long_arabic_paragraph_continues_on_the_next_page(tmp_path: Path) -> None:
    story = [participant_paragraph(SENTENCE * 120, styles.BODY, "ar")]
    out = build_pdf(
        tmp_path / "long.pdf",
        story,
        title="Lang tekst",
        author="Test",
        subject="Test",
        header_left="Kantina",
        page_of_template="Side {page} av {pages}",
        generated_text="Laget i dag",
    )
    reader = PdfReader(out)
    assert len(reader.pages) >= 2
    text = "\n".join(page.extract_text() for page in reader.pages)
    extracted = _words(text)
    for word in set(_words(SENTENCE)):
        assert extracted.count(word) >= 120, word
    assert "Side 2 av" in text
    assert {"NotoSansArabic-Regular", "DejaVuSans"} <= _fonts(reader)
    assert "Helvetica" not in _fonts(reader)


def test_a_line_drawn_on_the_canvas_is_shaped_and_right_aligned(tmp_path: Path) -> None:
    right_edge = A4_PORTRAIT.width - A4_PORTRAIT.margin_right
    with drawn_pdf(tmp_path / "line.pdf", title="Linje", author="Test", subject="Test") as canvas:
        width = draw_text_line(canvas, right_edge, 200 * mm, DARI, font_size=16, rtl=True, align="right")
        draw_text_line(canvas, 20 * mm, 180 * mm, "Navn: فاطمة الزهراء", font_size=16)
    assert 0 < width < right_edge
    reader = PdfReader(tmp_path / "line.pdf")
    text = reader.pages[0].extract_text()
    assert set(_words(DARI)) <= set(_words(text))
    assert {"فاطمة", "الزهراء", "Navn"} <= set(_words(text))
    assert re.search("[\ufb50-\ufdff\ufe70-\ufefc]", text)  # joined letters' contextual forms
    assert "NotoSansArabic-Regular" in _fonts(reader) and "Helvetica" not in _fonts(reader)
