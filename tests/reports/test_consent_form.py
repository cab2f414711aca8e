"""The consent form PDF, read back: both languages' texts, the participant, the recipient, a box
crossed for each consented category and for no other, the notice while a language is not
reviewed, and Arabic and Dari shaped and right to left.

What pypdf returns for shaped Arabic: the glyphs' characters, which for joined letters are the
Arabic presentation forms (U+FB50-U+FEFC; NFKC turns them back into letters), each run of
right-to-left letters in logical order (pypdf reverses them), but the runs of one line in the
order they are drawn, from left to right, and a zero-width non-joiner as a space. So the
participant's language is compared word by word (`searchable_text`), and the right-to-left
order is checked on the runs of a line. Every page is also saved as a PNG in test-artifacts/
(with pdftoppm) for people to look at.
"""

from __future__ import annotations

import re
import shutil
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from canteen_app.core.formatting import locale_format
from canteen_app.documents.participant_texts import catalogue
from canteen_app.documents.shaping import searchable_text
from canteen_app.referrals.consent.consent_form import (
    TICKED,
    UNTICKED,
    ConsentFormData,
    render_consent_form,
    unreviewed_notice,
)
from canteen_app.referrals.consent.rules import CATEGORY_ORDER, DataCategory

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CONSENTED = (DataCategory.COMPETENCES, DataCategory.TASKS, DataCategory.ATTENDANCE)
PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]")


def _data(language: str, **changes: Any) -> ConsentFormData:
    values: dict[str, Any] = {
        "participant_name": "Åse Ødegård",
        "company_name": "Kiwi Kantine AS",
        "contact_name": "Kari Nordmann",
        "purpose": "Arbeidstrening som kjøkkenassistent",
        "categories": CONSENTED,
        "valid_until": date(2027, 5, 31),
        "coach_name": "Ola Veileder",
        "site_name": "Kantina Grünerløkka",
        "language": language,
        **changes,
    }
    return ConsentFormData(**values)


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _words(text: str) -> set[str]:
    """The words of `text`; Arabic and Latin letters apart (pypdf may drop the space between an
    Arabic word and "NAV")."""
    return set(re.findall(r"[\u0600-\u06ff]+|[^\W\u0600-\u06ff]+", searchable_text(text).casefold()))


def _save_pages(pdf: Path, name: str) -> None:
    """Every page as a PNG in test-artifacts/, for people to look at (needs poppler's pdftoppm)."""
    if shutil.which("pdftoppm") is None:
        return
    ARTIFACTS.mkdir(exist_ok=True)
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(ARTIFACTS / name)], check=True)


def _embedded_fonts(path: Path) -> set[str]:
    names = set()
    for page in PdfReader(path).pages:
        resources: Any = page["/Resources"]
        for font_ref in resources["/Font"].values():
            font = font_ref.get_object()
            if "/DescendantFonts" in font:
                font = font["/DescendantFonts"][0].get_object()
            assert "/FontFile2" in font["/FontDescriptor"].get_object()
            names.add(str(font["/BaseFont"]).split("+")[-1])
    return names


def _box_before(flat: str, text: str) -> str:
    """The box drawn just before the first line of `text` (the Norwegian half: box, then text)."""
    position = flat.index(" ".join(text.split()[:3]))
    return flat[:position].rstrip()[-1]


@pytest.mark.parametrize("language", ["ar", "ti", "prs", "uk", "en"])
def test_the_form_holds_both_languages_and_crosses_only_the_consented_categories(
    tmp_path: Path, language: str
) -> None:
    out = render_consent_form(_data(language), tmp_path / f"consent-{language}.pdf")
    _save_pages(out, f"consent_form_{language}")

    reader = PdfReader(out)
    assert 1 <= len(reader.pages) <= 2
    assert reader.metadata is not None and reader.metadata.title == "Samtykke til å dele opplysninger"
    if sys.platform != "win32":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = _text(out)
    flat = _flat(text)

    for fact in ("Åse Ødegård", "Kiwi Kantine AS", "Kari Nordmann", "Ola Veileder", "Kantina Grünerløkka"):
        assert fact in flat
    norwegian = catalogue("nb")
    for key in ("consent.title", "consent.voluntary", "consent.withdraw", "consent.not_shared"):
        assert _flat(norwegian.text(key)) in flat, key
    assert norwegian.text("consent.valid_until", date="31. mai 2027") in flat

    # Every word of every text in the participant's language is in the PDF.
    own = catalogue(language)
    found = _words(text)
    values = {
        "name": "Åse Ødegård",
        "company": "Kiwi Kantine AS",
        "contact": "Kari Nordmann",
        "purpose": "Arbeidstrening som kjøkkenassistent",
        "date": locale_format(language).long_date(date(2027, 5, 31)),
    }
    for key in own.texts:
        if key.startswith("consent.") and key != "consent.unreviewed_notice":
            missing = _words(own.text(key, **values)) - found
            assert not missing, (key, missing)

    # A box per category and language, crossed exactly for the consented ones.
    for category in CATEGORY_ORDER:
        expected = TICKED if category in CONSENTED else UNTICKED
        assert _box_before(flat, norwegian.text(f"consent.category.{category.value}")) == expected
    assert text.count(TICKED) == 2 * len(CONSENTED)
    assert text.count(UNTICKED) == 2 * (len(CATEGORY_ORDER) - len(CONSENTED))

    notice = unreviewed_notice(language)
    if own.reviewed:
        assert notice is None
        assert "ikke kontrollert" not in flat
    else:
        assert notice is not None and notice in flat


def test_an_unreviewed_language_says_so_and_english_does_not(tmp_path: Path) -> None:
    arabic = _flat(_text(render_consent_form(_data("ar"), tmp_path / "ar.pdf")))
    english = _flat(_text(render_consent_form(_data("en"), tmp_path / "en.pdf")))
    assert "Teksten på arabisk er ikke kontrollert av en som snakker språket." in arabic
    assert "ikke kontrollert" not in english


@pytest.mark.parametrize("language", ["ar", "prs"])
def test_arabic_script_is_joined_and_runs_right_to_left(tmp_path: Path, language: str) -> None:
    out = render_consent_form(_data(language, participant_name="Fatima Al-Zahra"), tmp_path / "form.pdf")
    assert "NotoSansArabic-Regular" in _embedded_fonts(out)
    text = _text(out)
    # Joined letters are drawn as their contextual forms: unshaped text would read back as the
    # plain letters (U+0600-U+06FF) only.
    assert len(PRESENTATION_FORMS.findall(text)) > 200

    # "Name: Fatima Al-Zahra" in the participant's language is one line whose runs are drawn from
    # left to right: the Latin name on the left, the Arabic label ("الاسم" / "نام") on the right.
    label = catalogue(language).text("consent.participant", name="").rstrip(": ")
    runs: list[str] = []

    def visit(run: str, *_args: Any) -> None:
        if run.strip():
            runs.append(searchable_text(run).strip())

    for page in PdfReader(out).pages:
        page.extract_text(visitor_text=visit)
    name_at = runs.index("Fatima Al-Zahra")
    assert runs[name_at + 1 : name_at + 3] == [":", label]


def test_a_norwegian_line_keeps_an_arabic_name_in_its_own_order(tmp_path: Path) -> None:
    name = "فاطمة الزهراء"
    out = render_consent_form(_data("ar", participant_name=name), tmp_path / "form.pdf")
    words = _words(_text(out))
    assert {"فاطمة", "الزهراء", "navn"} <= words


@pytest.mark.parametrize("language", ["ti"])
def test_tigrinya_is_set_in_ethiopic_script(tmp_path: Path, language: str) -> None:
    out = render_consent_form(_data(language), tmp_path / "form.pdf")
    assert "NotoSansEthiopic-Regular" in _embedded_fonts(out)
    assert catalogue("ti").text("consent.voluntary") in _text(out).replace("\n", " ")


def test_a_norwegian_participant_gets_one_column(tmp_path: Path) -> None:
    out = render_consent_form(_data("nb", categories=()), tmp_path / "nb.pdf")
    _save_pages(out, "consent_form_nb")
    text = _text(out)
    assert len(PdfReader(out).pages) == 1
    assert text.count(UNTICKED) == len(CATEGORY_ORDER) and TICKED not in text
    assert text.count("Samtykke til å dele opplysninger") == 3  # the title, the header and footer
    assert "ikke kontrollert" not in text


def test_a_form_without_a_contact_person_leaves_the_line_out(tmp_path: Path) -> None:
    text = _text(render_consent_form(_data("en", contact_name=None), tmp_path / "form.pdf"))
    assert "Kontaktperson" not in text and "Contact person" not in text


def _horizontal_lines(page: Any) -> list[tuple[float, float, float]]:
    """The horizontal segments the page strokes (`x1 y1 m x2 y2 l`), as (left, right, y) in page
    coordinates."""
    lines: list[tuple[float, float, float]] = []
    start: tuple[float, float] | None = None

    def visit(operator: bytes, operands: list[Any], cm: list[float], _tm: list[float]) -> None:
        nonlocal start
        if operator in (b"m", b"l"):
            x, y = (float(value) for value in operands)
            point = (cm[0] * x + cm[2] * y + cm[4], cm[1] * x + cm[3] * y + cm[5])
            if operator == b"l" and start is not None and abs(point[1] - start[1]) < 0.01:
                lines.append((min(start[0], point[0]), max(start[0], point[0]), point[1]))
            start = point

    page.extract_text(visitor_operand_before=visit)
    return lines


def _text_at(page: Any, wanted: str) -> tuple[float, float]:
    """Where the first run of text holding `wanted` starts: (x, baseline y) on the page."""
    for run in _runs(page):
        if wanted in searchable_text(run[0]):
            return run[1], run[2]
    raise AssertionError(f"{wanted!r} is not on the page")


def _runs(page: Any) -> list[tuple[str, float, float]]:
    runs: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_args: Any) -> None:
        if text.strip():
            x, y = tm[4], tm[5]
            runs.append((text, cm[0] * x + cm[2] * y + cm[4], cm[1] * x + cm[3] * y + cm[5]))

    page.extract_text(visitor_text=visit)
    return runs


@pytest.mark.parametrize("language", ["ar", "ti"])
def test_a_form_without_a_purpose_has_a_line_to_write_it_on(tmp_path: Path, language: str) -> None:
    out = render_consent_form(_data(language, purpose=""), tmp_path / "form.pdf")
    _save_pages(out, f"consent_form_no_purpose_{language}")
    page = PdfReader(out).pages[0]
    middle = float(page.mediabox.width) / 2
    lines = _horizontal_lines(page)

    def writing_line(x: float, y: float, *, after: bool) -> tuple[float, float, float]:
        """The long line on the label's baseline in the label's half of the page: after the label
        (to its right), or before it (right to left)."""
        found = [
            line
            for line in lines
            if abs(line[2] - y) < 1.5 and line[1] - line[0] > 150 and (line[0] >= middle) == (x >= middle)
        ]
        assert len(found) == 1, (x, y, lines)
        line = found[0]
        assert line[0] > x if after else line[1] < x
        return line

    # The Norwegian label on the left, its line to its right, in the left half.
    x, y = _text_at(page, catalogue("nb").text("consent.purpose", purpose="").strip())
    assert x < middle
    assert writing_line(x, y, after=True)[1] <= middle

    # The participant's label and its line in the right half; the line to the left of an
    # Arabic label.
    label = searchable_text(catalogue(language).text("consent.purpose", purpose="")).strip().rstrip(":")
    x, y = _text_at(page, label)
    assert x >= middle
    writing_line(x, y, after=language != "ar")


def test_a_form_with_a_purpose_has_no_writing_line(tmp_path: Path) -> None:
    out = render_consent_form(_data("ar"), tmp_path / "form.pdf")
    page = PdfReader(out).pages[0]
    _x, y = _text_at(page, "Hvorfor:")
    assert not [line for line in _horizontal_lines(page) if abs(line[2] - y) < 1.5]
    assert "Arbeidstrening som kjøkkenassistent" in _flat(_text(out))
