"""The consent form a participant signs (issue 8, item 4): easy-read Norwegian and the
participant's language side by side, each line of one next to the same line of the other.

Large print (13 pt body); a box per data category, crossed (☒) for the categories the consent
covers and empty (☐) for the others; the list of what is never shared; that saying no is
allowed and that the consent can be withdrawn; its last day; lines for the participant's and
the job coach's signatures. A form printed without a purpose gets a line after "Hvorfor:" (and
its translation) to write it on by hand. Arabic and Dari run right to left in their column (the box on the
right), shaped (`documents.shaping`). The fixed texts come from `documents.participant_texts`;
while the participant's language is not reviewed by a speaker, a small line under the title
says so (in Norwegian, for staff). One A4 page when it fits, else two.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from canteen_app.core.formatting import locale_format
from canteen_app.core.languages import Language, name_in
from canteen_app.core.progress import ProgressSink
from canteen_app.documents import styles
from canteen_app.documents.fonts import FONT_BOLD, FONT_REGULAR
from canteen_app.documents.participant_texts import TextCatalogue, catalogue
from canteen_app.documents.shaping import is_rtl, participant_paragraph, shape_line
from canteen_app.documents.styles import Palette
from canteen_app.documents.templates import CONTENT_WIDTH, build_pdf
from canteen_app.referrals.consent.rules import CATEGORY_ORDER, DataCategory

STAFF_LANGUAGE = "nb"  # the form's first language, and the one staff read
TICKED = "\u2612"  # ☒
UNTICKED = "\u2610"  # ☐

BODY = ParagraphStyle("ConsentBody", parent=styles.BODY, fontSize=13, leading=18)
EMPHASIS = ParagraphStyle("ConsentEmphasis", parent=BODY, fontName=FONT_BOLD)
TITLE = ParagraphStyle("ConsentTitle", parent=styles.TITLE, fontSize=18, leading=23, spaceAfter=0)
NOTICE = ParagraphStyle("ConsentNotice", parent=styles.SMALL, fontSize=9, leading=11)
BOX = ParagraphStyle("ConsentBox", parent=BODY, fontSize=17, leading=18)
BOX_RIGHT = ParagraphStyle("ConsentBoxRight", parent=BOX, alignment=TA_RIGHT)
LABEL = ParagraphStyle("ConsentLabel", parent=BODY, fontSize=11, leading=14.5)

BOX_WIDTH = 9 * mm
GAP = 6 * mm  # between the two languages
SIGNATURE_ROOM = 16 * mm  # blank height above a signature line
WRITING_ROOM = 9 * mm  # the height of a line to write on by hand, with room above it
WRITING_GAP = 2 * mm  # between a label and the line written on after it


@dataclass(frozen=True)
class ConsentFormData:
    """What the form shows; no ids, and nothing that must not be on paper."""

    participant_name: str
    company_name: str
    contact_name: str | None
    purpose: str
    categories: tuple[DataCategory, ...]  # the categories the consent covers
    valid_until: date
    coach_name: str
    site_name: str
    language: str  # the participant's language ("ar", "prs", ...; "nb" gives one column)


def render_consent_form(data: ConsentFormData, out_path: Path, progress: ProgressSink | None = None) -> Path:
    """Write the consent form to `out_path` (atomically, 0600) and return the path."""
    language = Language(data.language).value
    staff = catalogue(STAFF_LANGUAGE)
    languages = (STAFF_LANGUAGE,) if language == STAFF_LANGUAGE else (STAFF_LANGUAGE, language)
    title = staff.text("consent.title")
    story: list[Flowable] = [_text_grid(data, languages), Spacer(1, 8 * mm), _signatures(data, languages)]
    return build_pdf(
        out_path,
        story,
        title=title,
        author=data.coach_name,
        subject=f"{title}: {data.company_name}",
        header_left=data.site_name,
        page_of_template="Side {page} av {pages}",
        generated_text=f"{title} · {data.participant_name}",
        progress=progress,
        lang=STAFF_LANGUAGE,
    )


def unreviewed_notice(language: str) -> str | None:
    """The Norwegian line a form in `language` carries while no speaker has checked its texts."""
    if catalogue(language).reviewed:
        return None
    name = name_in(Language(language), STAFF_LANGUAGE).lower()
    return catalogue(STAFF_LANGUAGE).text("consent.unreviewed_notice", language=name)


def _text_grid(data: ConsentFormData, languages: tuple[str, ...]) -> Table:
    """Every text of the form, a row per text, each language in its half: a half is a box
    column and a text column (the box on the right for a right-to-left language)."""
    grid = _Grid(languages)
    texts = [catalogue(language) for language in languages]
    grid.add_row([_paragraph(t, "consent.title", TITLE) for t in texts], title=True)
    notice = unreviewed_notice(languages[-1])
    if notice is not None:
        grid.add_full_width(Paragraph(notice, NOTICE))
    grid.add_row([_paragraph(t, "consent.what_is_this", BODY) for t in texts], space=True)
    grid.add_row([_paragraph(t, "consent.participant", EMPHASIS, name=data.participant_name) for t in texts])
    grid.add_row([_paragraph(t, "consent.recipient", BODY, company=data.company_name) for t in texts])
    if data.contact_name:
        grid.add_row([_paragraph(t, "consent.contact", BODY, contact=data.contact_name) for t in texts])
    if data.purpose.strip():
        grid.add_row([_paragraph(t, "consent.purpose", BODY, purpose=data.purpose) for t in texts])
    else:  # to be filled in by hand
        grid.add_row([_WritingLine(t.text("consent.purpose", purpose=""), BODY, t.language) for t in texts])
    grid.add_row([_paragraph(t, "consent.categories_intro", EMPHASIS) for t in texts], space=True)
    grid.add_row([_paragraph(t, "consent.ticked_means", BODY) for t in texts])
    consented = set(data.categories)
    for category in CATEGORY_ORDER:
        key = f"consent.category.{category.value}"
        grid.add_row([_paragraph(t, key, BODY) for t in texts], ticked=category in consented)
    grid.add_row([_paragraph(t, "consent.not_shared", BODY) for t in texts], space=True, shaded=True)
    grid.add_row([_paragraph(t, "consent.voluntary", EMPHASIS) for t in texts], space=True)
    grid.add_row([_paragraph(t, "consent.withdraw", BODY) for t in texts])
    grid.add_row(
        [
            _paragraph(
                t, "consent.valid_until", EMPHASIS, date=locale_format(t.language).long_date(data.valid_until)
            )
            for t in texts
        ],
        space=True,
    )
    return grid.table()


def _paragraph(texts: TextCatalogue, key: str, style: ParagraphStyle, **values: object) -> Flowable:
    return participant_paragraph(texts.text(key, **values), style, texts.language)


class _WritingLine(Flowable):  # type: ignore[misc]
    """`label` on one line followed by a ruled line to the end of the cell, on the label's
    baseline, to write on by hand; for a right-to-left language the label on the right and the
    line to its left."""

    def __init__(self, label: str, style: ParagraphStyle, language: str) -> None:
        super().__init__()
        self.label = label.strip()
        self.style = style
        self.rtl = is_rtl(language)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab API
        self.width = availWidth
        self.height = WRITING_ROOM
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        line = shape_line(self.label, font_size=self.style.fontSize, rtl=self.rtl)
        baseline = self.style.fontSize * 0.3  # the label's descenders below it, the writing above
        canvas.setFillColor(self.style.textColor)
        canvas.setStrokeColor(self.style.textColor)
        canvas.setLineWidth(0.6)
        if self.rtl:
            line.draw(canvas, self.width - line.width, baseline)
            canvas.line(0, baseline, self.width - line.width - WRITING_GAP, baseline)
        else:
            line.draw(canvas, 0, baseline)
            canvas.line(line.width + WRITING_GAP, baseline, self.width, baseline)


class _Grid:
    """The rows of the bilingual table and their style commands."""

    def __init__(self, languages: tuple[str, ...]) -> None:
        self.languages = languages
        # Language number n has columns 2n and 2n + 1: box and text, or text and box for a
        # right-to-left language (its boxes on the right).
        half = CONTENT_WIDTH / len(languages)
        self.widths: list[float] = []
        self.text_columns: list[int] = []
        self.box_columns: list[int] = []
        for number, language in enumerate(languages):
            rtl = is_rtl(language)
            self.widths += [half - BOX_WIDTH, BOX_WIDTH] if rtl else [BOX_WIDTH, half - BOX_WIDTH]
            self.text_columns.append(2 * number + (0 if rtl else 1))
            self.box_columns.append(2 * number + (1 if rtl else 0))
        self.rows: list[list[Flowable | str]] = []
        self.commands: list[tuple[object, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR),  # not Helvetica, for the empty cells
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
        if len(languages) == 2:
            # A thin rule halfway between the languages. A text that spans its half keeps the
            # padding of the half's first column, so every column of a half is padded alike.
            self.commands += [
                ("RIGHTPADDING", (0, 0), (1, -1), GAP / 2),
                ("LEFTPADDING", (2, 0), (3, -1), GAP / 2),
                ("LINEAFTER", (1, 0), (1, -1), 0.5, Palette.GRID),
            ]

    def add_row(
        self,
        cells: list[Flowable],
        *,
        ticked: bool | None = None,
        title: bool = False,
        space: bool = False,
        shaded: bool = False,
    ) -> None:
        """One text in every language; `ticked` gives the row boxes (crossed or empty). A text
        with no box spans its half."""
        row: list[Flowable | str] = [""] * len(self.widths)
        index = len(self.rows)
        for number, cell in enumerate(cells):
            if ticked is None:
                row[2 * number] = cell
                self.commands.append(("SPAN", (2 * number, index), (2 * number + 1, index)))
            else:
                row[self.text_columns[number]] = cell
                box_style = BOX_RIGHT if is_rtl(self.languages[number]) else BOX
                row[self.box_columns[number]] = Paragraph(TICKED if ticked else UNTICKED, box_style)
        self.rows.append(row)
        if title:
            self.commands.append(("BOTTOMPADDING", (0, index), (-1, index), 4))
        if space:
            self.commands.append(("TOPPADDING", (0, index), (-1, index), 9))
        if shaded:
            self.commands += [
                ("BACKGROUND", (0, index), (-1, index), Palette.ZEBRA_BG),
                ("BOTTOMPADDING", (0, index), (-1, index), 6),
            ]

    def add_full_width(self, cell: Flowable) -> None:
        index = len(self.rows)
        self.rows.append([cell] + [""] * (len(self.widths) - 1))
        self.commands.append(("SPAN", (0, index), (-1, index)))

    def table(self) -> Table:
        table = Table(self.rows, colWidths=self.widths, hAlign="LEFT")
        table.setStyle(TableStyle(self.commands))
        return table


def _signatures(data: ConsentFormData, languages: tuple[str, ...]) -> Flowable:
    """Lines for the participant's and the coach's signatures, and for the place and date,
    each labelled in every language."""
    texts = [catalogue(language) for language in languages]

    def labels(key: str, name: str | None = None) -> list[Flowable]:
        cells = [participant_paragraph(t.text(key), LABEL, t.language) for t in texts]
        return cells if name is None else [*cells, participant_paragraph(name, LABEL, STAFF_LANGUAGE)]

    half = (CONTENT_WIDTH - 10 * mm) / 2
    rows: list[list[object]] = [
        ["", "", ""],
        [
            [
                *labels("consent.signature_participant"),
                participant_paragraph(data.participant_name, LABEL, "nb"),
            ],
            "",
            [*labels("consent.signature_coach"), participant_paragraph(data.coach_name, LABEL, "nb")],
        ],
        ["", "", ""],
        [labels("consent.date_place"), "", ""],
    ]
    table = Table(
        rows,
        colWidths=[half, 10 * mm, half],
        rowHeights=[SIGNATURE_ROOM, None, SIGNATURE_ROOM, None],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 1), (-1, 1), 3),
                ("TOPPADDING", (0, 3), (-1, 3), 3),
                ("LINEABOVE", (0, 1), (0, 1), 0.9, Palette.INK),
                ("LINEABOVE", (2, 1), (2, 1), 0.9, Palette.INK),
                ("LINEABOVE", (0, 3), (0, 3), 0.9, Palette.INK),
            ]
        )
    )
    return KeepTogether([table])
