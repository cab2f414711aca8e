"""Right-to-left layout of the participants' languages: which languages run right to left, the
styles their paragraphs get, and the order characters are shown in, checked against the full
Unicode bidirectional algorithm (python-bidi's Rust implementation, `bidi.get_display`)."""

from __future__ import annotations

from bidi import get_display  # type: ignore[import-untyped]
from hypothesis import given
from hypothesis import strategies as st
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.platypus import Paragraph

from canteen_app.documents import styles
from canteen_app.documents.fonts import ARABIC, FONT_BOLD
from canteen_app.documents.shaping import (
    ShapedParagraph,
    is_rtl,
    participant_paragraph,
    participant_style,
    shape_line,
    visual_string,
)

# Words, numbers and punctuation a participant's document holds, in Arabic, Dari (with its
# zero-width non-joiner), Norwegian and Tigrinya.
TOKENS = [
    "مرحبا",
    "بكم",
    "می\u200cگیرید",
    "Kiwi",
    "AS",
    "Åse",
    "NAV-ytelser",
    "ትግርኛ",
    "12",
    "31.12.2026",
    "3,5",
    "١٢٣",
    "(",
    ")",
    "[",
    "]",
    ":",
    ".",
    ",",
    "،",
    "-",
    "/",
    "%",
    "«",
    "»",
    "!",
    "؟",
]


def test_arabic_and_dari_run_right_to_left() -> None:
    assert is_rtl("ar") and is_rtl("prs") and is_rtl("fa-AF") and is_rtl("fa_AF")
    assert not any(is_rtl(language) for language in ("nb", "en", "so", "ti", "uk", "pl"))


@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=9), st.lists(st.booleans(), min_size=9))
def test_characters_are_shown_in_unicode_order(tokens: list[str], spaces: list[bool]) -> None:
    text = "".join(token + (" " if space else "") for token, space in zip(tokens, spaces, strict=False))
    text = " ".join(text.split())
    for rtl in (True, False):
        assert visual_string(text, rtl=rtl) == get_display(text, base_dir="R" if rtl else "L"), (text, rtl)


def test_a_name_in_brackets_keeps_its_brackets_in_an_arabic_line() -> None:
    assert visual_string("الاسم: Kiwi AS (Oslo) رقم 12", rtl=True) == "12 مقر Kiwi AS (Oslo) :مسالا"
    # Characters, not glyphs: in the right-to-left stretch the brackets come out as ")...(" and
    # HarfBuzz draws them mirrored, "(...)".
    assert visual_string("Navn: فاطمة (العربية) og Åse", rtl=False) == "Navn: )ةيبرعلا( ةمطاف og Åse"


def test_a_right_to_left_style_is_right_aligned_shaped_and_arabic() -> None:
    style = participant_style(styles.BODY, "ar")
    assert style.alignment == TA_RIGHT and style.wordWrap == "RTL" and style.shaping == 1
    assert style.fontName == ARABIC.regular and style.fontSize == styles.BODY.fontSize
    assert participant_style(styles.TITLE, "prs").fontName == ARABIC.bold
    centred = styles.BODY.clone("Centred", alignment=TA_CENTER)
    assert participant_style(centred, "ar").alignment == TA_CENTER
    norwegian = participant_style(styles.BODY, "ti")
    assert norwegian.alignment == TA_LEFT and norwegian.fontName == styles.BODY.fontName


def test_paragraphs_are_shaped_where_the_language_or_the_text_needs_it() -> None:
    assert isinstance(participant_paragraph("مرحبا بكم", styles.BODY, "ar"), ShapedParagraph)
    assert isinstance(participant_paragraph("Kiwi AS", styles.BODY, "prs"), ShapedParagraph)
    assert isinstance(participant_paragraph("Navn: فاطمة", styles.BODY, "nb"), ShapedParagraph)
    assert isinstance(participant_paragraph("ሰላም <ተስፋይ>", styles.BODY, "ti"), Paragraph)


def test_a_shaped_line_joins_arabic_letters_and_puts_its_runs_in_visual_order() -> None:
    line = shape_line("الاسم: Åse", font_size=12, rtl=True)
    fonts = [run.font for run in line.runs]
    assert fonts[0] == "DejaVuSans" and fonts[-1] == ARABIC.regular  # the name left, the label right
    # Joined, from the left: final meem, initial seen, the lam-alef ligature, alef. Unshaped, the
    # run would hold the plain letters in stored order: "الاسم".
    assert line.runs[-1].text == "\ufee2\ufeb3\ufefb\u0627"
    assert line.runs[-1].size == 12 * ARABIC.scale
    assert line.width == sum(run.width for run in line.runs) > 0


def test_bold_text_uses_every_scripts_bold_face() -> None:
    line = shape_line("الاسم: Åse", font_size=12, bold=True, rtl=True)
    assert {run.font for run in line.runs} == {FONT_BOLD, ARABIC.bold}


def test_lines_break_between_words_within_the_width() -> None:
    paragraph = ShapedParagraph("مرحبا بكم في المطبخ " * 12, participant_style(styles.BODY, "ar"), rtl=True)
    _width, height = paragraph.wrap(200, 1000)
    lines = paragraph._lines
    assert len(lines) > 3 and height == len(lines) * styles.BODY.leading
    assert all(line.width <= 200 for line in lines)
    head, tail = paragraph.split(200, styles.BODY.leading * 2.5)
    assert isinstance(head, ShapedParagraph) and isinstance(tail, ShapedParagraph)
    assert head.wrap(200, 1000)[1] == 2 * styles.BODY.leading
    assert tail.wrap(200, 1000)[1] == (len(lines) - 2) * styles.BODY.leading
