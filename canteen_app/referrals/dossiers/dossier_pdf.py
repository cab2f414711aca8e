"""The referral dossier (R4): the printed packet a partner chain's recruiter receives.

A cover letter to the named contact person (or "Til rekruttering, <company>"), then the
candidate's profile (name, languages, the photo only when consented), the competence matrix
(area, goal, level and its name, the day of the latest assessment, one line of what was
observed), the tasks and stations mastered, courses and certificates, the attendance rate,
the accommodation needs the candidate approved, the job coach's assessment, the references who
agreed to be contacted, and signature lines for the candidate and the job coach.

Drawn from a `DossierContent` only: that object has no field for anything that must never
leave the canteen, so nothing else can reach the page. A section whose data category was not
chosen is empty in the content and left out here.

Names, places and the coach's words may be in any script: every such text goes through
`shaping.participant_paragraph`, which joins Arabic letters and sets them right to left.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from canteen_app.core.progress import ProgressSink
from canteen_app.documents import styles
from canteen_app.documents.fonts import (
    FONT_BOLD,
    FONT_REGULAR,
    font_for_text,
    register_fonts,
    with_script_fonts,
)
from canteen_app.documents.shaping import has_rtl_letters, participant_paragraph
from canteen_app.documents.styles import Palette
from canteen_app.documents.templates import CONTENT_WIDTH, build_pdf
from canteen_app.referrals.dossiers.dossier_labels import DossierLabels
from canteen_app.referrals.dossiers.dto import CompetenceLine, DossierContent

PHOTO_WIDTH = 32 * mm
_LEVEL_WIDTH = 34 * mm
_DATE_WIDTH = 24 * mm


def render_dossier(
    content: DossierContent, labels: DossierLabels, out_path: Path, progress: ProgressSink | None = None
) -> Path:
    """Lay out the dossier and write it atomically to `out_path` (0600); RenderCancelled when
    `progress` asks to stop (nothing is written then)."""
    story = build_story(content, labels)
    recipient = content.recipient
    return build_pdf(
        out_path,
        story,
        title=labels.title,
        author=content.coach_name,
        subject=labels.subject.format(position=recipient.position_title, company=recipient.company_name),
        header_left=content.site_name,
        page_of_template=labels.page_of,
        generated_text=labels.generated_text(content.written_on),
        progress=progress,
        lang=labels.language_tag,
    )


def build_story(content: DossierContent, labels: DossierLabels) -> list[Flowable]:
    """The dossier's flowables, ready for `build_pdf`."""
    register_fonts()
    parts = _Parts(content, labels)
    story = parts.cover_letter()
    story.append(PageBreak())
    story += parts.profile()
    story += parts.competences()
    story += parts.tasks()
    story += parts.certificates()
    story += parts.attendance()
    story += parts.accommodations()
    story += parts.statement()
    story += parts.references()
    story += parts.signatures()
    return story


# --- styles ------------------------------------------------------------------------------------

_LETTER = ParagraphStyle("DossierLetter", parent=styles.BODY, fontSize=10.5, leading=15, spaceAfter=7)
_LETTER_STRONG = ParagraphStyle("DossierLetterStrong", parent=_LETTER, fontName=FONT_BOLD, fontSize=11.5)
_ADDRESS = ParagraphStyle("DossierAddress", parent=styles.BODY, fontSize=10.5, leading=14)
_ADDRESS_STRONG = ParagraphStyle("DossierAddressStrong", parent=_ADDRESS, fontName=FONT_BOLD)
_SENDER = ParagraphStyle("DossierSender", parent=styles.SMALL, fontSize=9, leading=12, alignment=2)
_REGARDING = ParagraphStyle("DossierRegarding", parent=_LETTER_STRONG, spaceBefore=14 * mm)
_GREETING = ParagraphStyle("DossierGreeting", parent=_LETTER, spaceBefore=3 * mm + 7)
_AFTER_LIST = ParagraphStyle("DossierAfterList", parent=_LETTER, spaceBefore=3 * mm + 7)
_SIGN_OFF = ParagraphStyle("DossierSignOff", parent=_LETTER, spaceBefore=2 * mm + 7)
_SIGNED = ParagraphStyle(
    "DossierSigned", parent=_LETTER, fontName=FONT_BOLD, spaceBefore=10 * mm, spaceAfter=0
)
_TASK = ParagraphStyle(
    "DossierTask",
    parent=styles.TABLE_CELL,
    leftIndent=4 * mm,
    bulletIndent=0,
    bulletFontName=FONT_REGULAR,
    spaceAfter=2.5,
)
_SIGN_NAME = ParagraphStyle("DossierSignName", parent=styles.TABLE_CELL, fontName=FONT_BOLD)
_SENDER_STRONG = ParagraphStyle("DossierSenderStrong", parent=_SENDER, fontName=FONT_BOLD)
_LIST_ITEM = ParagraphStyle(
    "DossierListItem",
    parent=_LETTER,
    spaceAfter=2,
    bulletFontName=FONT_REGULAR,
    leftIndent=5 * mm,
    bulletIndent=1 * mm,
)
_NAME = ParagraphStyle("DossierName", parent=styles.TITLE, fontSize=22, leading=27)
_KICKER = ParagraphStyle(
    "DossierKicker", parent=styles.SMALL, fontName=FONT_BOLD, fontSize=9, textColor=Palette.ACCENT
)
_CELL = styles.TABLE_CELL
_CELL_BOLD = ParagraphStyle("DossierCellBold", parent=styles.TABLE_CELL, fontName=FONT_BOLD)
_EVIDENCE = ParagraphStyle(
    "DossierEvidence",
    parent=styles.TABLE_CELL,
    fontSize=8,
    leading=10,
    textColor=Palette.MUTED,
    spaceBefore=1,
)
_AREA = ParagraphStyle("DossierArea", parent=styles.TABLE_HEADER, fontSize=9, leading=11)
_BODY = ParagraphStyle("DossierBody", parent=styles.BODY, spaceAfter=5)
_NOTE = ParagraphStyle("DossierNote", parent=styles.SMALL, spaceBefore=2)
_LEGEND = ParagraphStyle("DossierLegend", parent=styles.SMALL, leftIndent=4 * mm)
_FIGURE = ParagraphStyle("DossierFigure", parent=styles.BODY, fontName=FONT_BOLD, fontSize=20, leading=24)
_SIGN_LABEL = ParagraphStyle("DossierSignLabel", parent=styles.SMALL, fontSize=8.5, leading=11)

_FRAME_PADDING: list[tuple[object, ...]] = [
    ("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR),  # else Helvetica, not embedded
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
]


class TextLines(Flowable):  # type: ignore[misc]
    """Plain text, each block in its own style, broken between words (reportlab's `simpleSplit`)
    and drawn line by line: the dossier's light paragraph. A recruiter's packet is mostly plain
    text, and reportlab's `Paragraph` (markup parsed, fragments measured, twice per table cell)
    costs several times as much for the same lines. Text that needs another script or shaping is
    a `participant_paragraph` instead (`_Parts.text` decides). Splits between lines over pages.
    """

    def __init__(self, blocks: Sequence[Block], bullet: str = "") -> None:
        super().__init__()
        self.blocks = tuple(_block(block, bullet if n == 0 else "") for n, block in enumerate(blocks))
        first, last = self.blocks[0][1], self.blocks[-1][1]
        self.spaceBefore, self.spaceAfter = first.spaceBefore, last.spaceAfter
        self.keepWithNext = getattr(first, "keepWithNext", 0)
        self._lines: list[_Line] = []
        self._room: float | None = None
        self._fixed = False

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab API
        self.width = availWidth
        if not self._fixed and availWidth != self._room:
            self._room = availWidth
            self._lines = []
            after = 0.0
            for text, style, bullet in self.blocks:
                room = availWidth - style.leftIndent - style.rightIndent
                gap = max(after, style.spaceBefore) if self._lines else 0.0
                for number, line in enumerate(
                    simpleSplit(text, style.fontName, style.fontSize, room) or [""]
                ):
                    first = number == 0
                    self._lines.append(_Line(line, style, gap if first else 0.0, bullet if first else ""))
                after = style.spaceAfter
        self.height = sum(line.gap + line.style.leading for line in self._lines)
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803 - reportlab API
        self.wrap(availWidth, availHeight)
        used, fit = 0.0, 0
        for line in self._lines:
            if used + line.gap + line.style.leading > availHeight:
                break
            used += line.gap + line.style.leading
            fit += 1
        if fit == 0:
            return []
        if fit == len(self._lines):
            return [self]
        rest = self._lines[fit:]
        head, tail = self._part(self._lines[:fit]), self._part([rest[0]._replace(gap=0.0), *rest[1:]])
        head.spaceAfter, tail.spaceBefore = 0, 0
        return [head, tail]

    def _part(self, lines: list[_Line]) -> TextLines:
        part = TextLines(self.blocks)
        part._lines, part._room, part._fixed = lines, self._room, True
        return part

    def draw(self) -> None:
        """All lines as one text object (the font and colour set where a block changes)."""
        canvas = self.canv
        text = canvas.beginText()
        top = self.height
        current: ParagraphStyle | None = None
        for line, style, gap, bullet in self._lines:
            top -= gap
            baseline = top - style.fontSize
            top -= style.leading
            if style is not current:
                text.setFont(style.fontName, style.fontSize)
                text.setFillColor(style.textColor)
                current = style
            # `_textOut` writes what `textOut` writes without measuring the line to move the
            # cursor along it: every line is placed by its own origin.
            if bullet:
                text.setTextOrigin(style.bulletIndent, baseline)
                text._textOut(bullet)
            if style.alignment == TA_RIGHT:
                x = self.width - style.rightIndent - stringWidth(line, style.fontName, style.fontSize)
            else:
                x = style.leftIndent
            text.setTextOrigin(x, baseline)
            text._textOut(line)
        canvas.drawText(text)


# A block of `TextLines`: its text, style and, optionally, a bullet before its first line.
Block = tuple[str, ParagraphStyle] | tuple[str, ParagraphStyle, str]


class _Line(NamedTuple):
    text: str
    style: ParagraphStyle
    gap: float  # the space above it (between blocks)
    bullet: str


def _block(block: Block, bullet: str) -> tuple[str, ParagraphStyle, str]:
    return (block[0], block[1], block[2] if len(block) == 3 else bullet)


class Columns(Flowable):  # type: ignore[misc]
    """Flowables side by side, top-aligned, in columns of the given widths with `gap` between
    them (the letter's address and sender, the two signature lines): lighter than a table for
    what needs no grid. `rule_above`: that much room above each column, a line to sign on at
    its bottom. Kept on one page."""

    def __init__(
        self,
        cells: Sequence[Sequence[Flowable]],
        widths: Sequence[float],
        gap: float = 0,
        rule_above: float = 0,
    ) -> None:
        super().__init__()
        self.cells = [list(cell) for cell in cells]
        self.widths = list(widths)
        self.gap = gap
        self.rule_above = rule_above
        self._heights: list[list[float]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab API
        self._heights = [
            [flowable.wrap(width, availHeight)[1] for flowable in cell]
            for cell, width in zip(self.cells, self.widths, strict=True)
        ]
        self.width = sum(self.widths) + self.gap * (len(self.widths) - 1)
        below = 3 if self.rule_above else 0  # the names a little below their line
        self.height = self.rule_above + below + max((sum(heights) for heights in self._heights), default=0)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        x = 0.0
        for cell, width, heights in zip(self.cells, self.widths, self._heights, strict=True):
            if self.rule_above:
                canvas.setStrokeColor(Palette.INK)
                canvas.setLineWidth(0.8)
                y = self.height - self.rule_above
                canvas.line(x, y, x + width, y)
            top = self.height - self.rule_above - (3 if self.rule_above else 0)
            for flowable, height in zip(cell, heights, strict=True):
                top -= height
                flowable.drawOn(canvas, x, top)
            x += width + self.gap


def _words(value: str, *, bold: bool = False) -> str:
    """Paragraph markup for our own words (no names inside): escaped, in the fonts that have them."""
    return with_script_fonts(value, bold=bold)


class _Parts:
    """The dossier's sections for one content in one language."""

    def __init__(self, content: DossierContent, labels: DossierLabels) -> None:
        self.content = content
        self.labels = labels
        self.name = f"{content.person.first_name} {content.person.last_name}".strip()

    def text(self, value: str, style: ParagraphStyle, bullet: str = "") -> Flowable:
        """A text that may hold a name or the coach's words, in any script: light lines when
        DejaVu sets it as it is, else shaped (`participant_paragraph`)."""
        if _plain(value):
            return TextLines([(value, style)], bullet)
        if bullet:
            return Paragraph(_words(value, bold=style.fontName == FONT_BOLD), style, bulletText=bullet)
        return participant_paragraph(value, style, self.labels.language)

    def heading(self, words: str, style: ParagraphStyle = styles.HEADING) -> Flowable:
        return self.text(words, style)

    def cell(self, value: str, width: float, *, bold: bool = False, style: ParagraphStyle = _CELL) -> object:
        """A table cell's text: a plain string (drawn by the table in its font, no layout to
        pay for) when it is one line of Latin or Cyrillic letters that fits `width`; else a
        paragraph that wraps it and sets any script as it is read."""
        font = FONT_BOLD if bold else FONT_REGULAR
        if (
            _plain(value)
            and stringWidth(value, font, style.fontSize) <= width - 2 * styles.TABLE_CELL_PADDING
        ):
            return value
        return self.text(value, _CELL_BOLD if bold and style is _CELL else style)

    # --- the cover letter ----------------------------------------------------------------------

    def cover_letter(self) -> list[Flowable]:
        content, labels = self.content, self.labels
        recipient = content.recipient
        sender = self.texts(
            [
                (content.site_name, _SENDER_STRONG),
                (content.coach_name, _SENDER),
                (labels.formats.long_date(content.written_on), _SENDER),
            ]
        )
        if recipient.contact_name:
            contact = recipient.contact_name
            if recipient.contact_role:
                contact = f"{contact}, {recipient.contact_role}"
            to = labels.to_contact.format(name=contact)
        else:
            to = labels.to_recruitment.format(company=recipient.company_name)
        address = self.texts(
            [
                (recipient.company_name, _ADDRESS_STRONG),
                (to, _ADDRESS),
                (_place(recipient.location_name, recipient.location_city), _ADDRESS),
            ]
        )
        head = Columns([address, sender], [CONTENT_WIDTH * 0.6, CONTENT_WIDTH * 0.4])
        greeting = (
            labels.greeting_contact.format(name=recipient.contact_name)
            if recipient.contact_name
            else labels.greeting_recruitment
        )
        intro = labels.letter_intro.format(
            name=self.name,
            site=content.site_name,
            position=recipient.position_title,
            location=_place(recipient.location_name, recipient.location_city),
        )
        body: list[Block] = [
            (labels.regarding.format(name=self.name, position=recipient.position_title), _REGARDING),
            (greeting, _GREETING),
            (intro, _LETTER),
            (labels.letter_contents, _LETTER),
            *((item, _LIST_ITEM, "•") for item in self._holds()),
            (labels.letter_consent.format(first_name=content.person.first_name), _AFTER_LIST),
            (labels.letter_contact, _LETTER),
            (labels.sign_off, _SIGN_OFF),
            (content.coach_name, _SIGNED),
            (labels.coach_title.format(site=content.site_name), _LETTER),
        ]
        return [self.text(labels.letter_heading.upper(), _KICKER), Spacer(1, 4 * mm), head, *self.texts(body)]

    def texts(self, blocks: Sequence[Block]) -> list[Flowable]:
        """Several texts in a row: one `TextLines` when every one is plain, else one flowable
        each (a name in Arabic is shaped)."""
        if all(_plain(block[0]) for block in blocks):
            return [TextLines(blocks)]
        flowables = []
        for block in blocks:
            text, style = block[0], block[1]
            flowables.append(self.text(text, style, block[2] if len(block) == 3 else ""))
        return flowables

    def _holds(self) -> list[str]:
        content, labels = self.content, self.labels
        found = [
            (bool(content.competences), labels.holds_competences),
            (bool(content.tasks), labels.holds_tasks),
            (bool(content.certificates), labels.holds_certificates),
            (content.attendance_rate is not None, labels.holds_attendance),
            (bool(content.accommodations.strip()), labels.holds_accommodations),
            (bool(content.statement.strip()), labels.holds_statement),
            (bool(content.references), labels.holds_references),
        ]
        return [words[:1].upper() + words[1:] for held, words in found if held]

    # --- the profile ---------------------------------------------------------------------------

    def profile(self) -> list[Flowable]:
        content, labels = self.content, self.labels
        recipient, person = content.recipient, content.person
        rows = [
            (
                labels.position_sought,
                labels.position_at.format(
                    position=recipient.position_title,
                    company=recipient.company_name,
                    location=_place(recipient.location_name, recipient.location_city),
                ),
            )
        ]
        if person.spoken_languages:
            rows.append((labels.languages_spoken, ", ".join(person.spoken_languages)))
        rows += [(labels.work_practice, content.site_name), (labels.job_coach, content.coach_name)]
        photo = _photo(person.photo_png)
        title: list[Flowable] = [
            self.text(labels.title.upper(), _KICKER),
            Spacer(1, 1.5 * mm),
            self.text(self.name, _NAME),
            Spacer(1, 3 * mm),
            HRFlowable(width="100%", thickness=1.2, color=Palette.ACCENT, spaceAfter=3 * mm),
        ]
        return [*title, self._facts(rows, photo)]

    def _facts(self, rows: Sequence[tuple[str, str]], photo: _Photo | None) -> Table:
        """Label and value side by side; the photo, when it goes, in a column of its own beside
        them (one table: nothing laid out twice)."""
        gap = 6 * mm
        width = CONTENT_WIDTH - (PHOTO_WIDTH + gap if photo is not None else 0)
        label_width = min(40 * mm, width * 0.34)
        cells: list[list[object]] = [[label, self.cell(value, width - label_width)] for label, value in rows]
        widths = [label_width, width - label_width]
        commands: list[tuple[object, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR),
            ("FONTNAME", (0, 0), (0, -1), FONT_BOLD),
            ("FONTSIZE", (0, 0), (-1, -1), styles.TABLE_FONT_SIZE),
            ("FONTSIZE", (0, 0), (0, -1), styles.TABLE_HEADER.fontSize),
            ("TEXTCOLOR", (0, 0), (-1, -1), Palette.INK),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), styles.TABLE_CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), styles.TABLE_CELL_PADDING),
            ("BACKGROUND", (0, 0), (0, -1), Palette.ZEBRA_BG),
            ("LINEABOVE", (0, 0), (1, 0), 0.8, Palette.ACCENT),
            ("LINEBELOW", (0, 0), (1, -2), 0.5, Palette.GRID),
            ("LINEBELOW", (0, -1), (1, -1), 0.8, Palette.ACCENT),
        ]
        if photo is not None:
            for number, row in enumerate(cells):
                row.append(photo if number == 0 else "")
            widths.append(PHOTO_WIDTH + gap)
            commands += [
                ("SPAN", (2, 0), (2, -1)),
                ("ALIGN", (2, 0), (2, 0), "RIGHT"),
                ("LEFTPADDING", (2, 0), (2, 0), gap),
                ("RIGHTPADDING", (2, 0), (2, 0), 0),
                ("TOPPADDING", (2, 0), (2, 0), 0),
            ]
        table = Table(cells, colWidths=widths, hAlign="LEFT")
        table.setStyle(TableStyle(commands))
        return table

    # --- the competence matrix -----------------------------------------------------------------

    def competences(self) -> list[Flowable]:
        lines = self.content.competences
        if not lines:
            return []
        labels = self.labels
        goal_width = CONTENT_WIDTH - _LEVEL_WIDTH - _DATE_WIDTH
        rows: list[list[object]] = [[labels.goal, labels.level, labels.assessed]]
        area_rows: list[int] = []
        current: object = object()
        for line in lines:
            if line.area_number != current:
                current = line.area_number
                area_rows.append(len(rows))
                rows.append([self.cell(_area_title(line), CONTENT_WIDTH, bold=True, style=_AREA), "", ""])
            rows.append(self._competence_cells(line))
        commands = _data_table_commands(len(rows), 3)
        for row in area_rows:
            commands += [
                ("SPAN", (0, row), (-1, row)),
                ("BACKGROUND", (0, row), (-1, row), Palette.HEADER_BG),
                ("FONTNAME", (0, row), (-1, row), FONT_BOLD),
                ("LINEABOVE", (0, row), (-1, row), 0.5, Palette.RULE),
                ("NOSPLIT", (0, row), (-1, min(row + 1, len(rows) - 1))),
            ]
        table = Table(
            rows,
            colWidths=[goal_width, _LEVEL_WIDTH, _DATE_WIDTH],
            repeatRows=1,
            hAlign="LEFT",
            style=TableStyle(commands),
        )
        return [
            CondPageBreak(50 * mm),
            self.heading(labels.competences_heading, _TABLE_HEADING),
            table,
            *self._levels_legend(),
        ]

    def _competence_cells(self, line: CompetenceLine) -> list[object]:
        """The goal with one line of evidence beneath it, the level with its name, the day."""
        evidence = f"{self.labels.observed}: {line.evidence}" if line.evidence else ""
        goal: object
        if _plain(line.goal_text) and _plain(evidence):
            goal = TextLines([(line.goal_text, _CELL), *([(evidence, _EVIDENCE)] if evidence else [])])
        else:
            goal = [self.text(line.goal_text, _CELL)] + ([self.text(evidence, _EVIDENCE)] if evidence else [])
        return [goal, f"{line.level} {line.level_name}", self.labels.formats.short_date(line.assessed_on)]

    def _levels_legend(self) -> list[Flowable]:
        """What the four levels mean, under the matrix: name in bold, then its description."""
        labels = self.labels
        names = [f"{level} {labels.level_names[level]}" for level in sorted(labels.level_names)]
        name_width = max(stringWidth(name, FONT_BOLD, _LEGEND.fontSize) for name in names) + 4 * mm + 3 * mm
        rows = [
            [
                f"{level} {labels.level_names[level]}",
                self.cell(labels.level_descriptions[level], CONTENT_WIDTH - name_width, style=_LEGEND),
            ]
            for level in sorted(labels.level_names)
        ]
        table = Table(rows, colWidths=[name_width, CONTENT_WIDTH - name_width], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    *_FRAME_PADDING,
                    ("FONTSIZE", (0, 0), (-1, -1), _LEGEND.fontSize),
                    ("LEADING", (0, 0), (-1, -1), _LEGEND.leading),
                    ("TEXTCOLOR", (0, 0), (-1, -1), Palette.MUTED),
                    ("FONTNAME", (0, 0), (0, -1), FONT_BOLD),
                    ("LEFTPADDING", (0, 0), (0, -1), 4 * mm),
                ]
            )
        )
        return [Spacer(1, 2 * mm), KeepTogether([self.text(labels.levels_note, _NOTE), table])]

    # --- tasks, certificates, attendance, accommodations -----------------------------------------

    def tasks(self) -> list[Flowable]:
        items = self.content.tasks
        if not items:
            return []
        if len(items) <= 5:  # one column: a bulleted list
            return [
                self.heading(self.labels.tasks_heading),
                *self.texts([(item, _TASK, "•") for item in items]),
            ]
        columns = 2
        per_column = -(-len(items) // columns)
        column_width = CONTENT_WIDTH / columns
        cells = []
        for row in range(per_column):
            line: list[object] = []
            for column in range(columns):
                index = column * per_column + row
                if index < len(items):
                    line += ["•", self.cell(items[index], column_width - 4 * mm)]
                else:
                    line += ["", ""]
            cells.append(line)
        table = Table(cells, colWidths=[4 * mm, column_width - 4 * mm] * columns, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    *_FRAME_PADDING,
                    ("FONTSIZE", (0, 0), (-1, -1), styles.TABLE_FONT_SIZE),
                    ("LEADING", (0, 0), (-1, -1), styles.TABLE_CELL.leading),
                    ("TEXTCOLOR", (0, 0), (-1, -1), Palette.INK),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                    ("RIGHTPADDING", (1, 0), (1, -1), 4),
                ]
            )
        )
        return [self.heading(self.labels.tasks_heading), table]

    def certificates(self) -> list[Flowable]:
        found = self.content.certificates
        if not found:
            return []
        labels = self.labels
        widths = [CONTENT_WIDTH * 0.5, _DATE_WIDTH, CONTENT_WIDTH * 0.5 - _DATE_WIDTH]
        rows: list[list[object]] = [[labels.certificate, labels.issued, labels.issuer]]
        rows += [
            [
                self.cell(certificate.name, widths[0], bold=True),
                labels.formats.short_date(certificate.issued_on),
                self.cell(certificate.issuer, widths[2]),
            ]
            for certificate in found
        ]
        commands = [*_data_table_commands(len(rows), 3), ("FONTNAME", (0, 1), (0, -1), FONT_BOLD)]
        table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT", style=TableStyle(commands))
        return [KeepTogether([self.heading(labels.certificates_heading), table])]

    def attendance(self) -> list[Flowable]:
        rate = self.content.attendance_rate
        if rate is None:
            return []
        labels = self.labels
        figure = labels.formats.percent(float(rate) * 100, 0)
        band = Table(
            [
                [
                    self.text(figure, _FIGURE),
                    TextLines(
                        [
                            (labels.attendance_text.format(rate=figure), _BODY),
                            (labels.attendance_note, styles.SMALL),
                        ]
                    ),
                ]
            ],
            colWidths=[30 * mm, CONTENT_WIDTH - 30 * mm],
            hAlign="LEFT",
        )
        band.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("BACKGROUND", (0, 0), (0, 0), Palette.TOTAL_BG),
                    ("BACKGROUND", (1, 0), (1, 0), Palette.ZEBRA_BG),
                    ("ALIGN", (0, 0), (0, 0), "CENTER"),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.8, Palette.ACCENT),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, Palette.ACCENT),
                ]
            )
        )
        return [KeepTogether([self.heading(labels.attendance_heading), band])]

    def accommodations(self) -> list[Flowable]:
        words = self.content.accommodations.strip()
        if not words:
            return []
        body = [self.text(part, _BODY) for part in _paragraphs(words)]
        note = self.text(self.labels.accommodations_note, _NOTE)
        return [KeepTogether([self.heading(self.labels.accommodations_heading), *body, note])]

    # --- the coach's words, references, signatures ----------------------------------------------

    def statement(self) -> list[Flowable]:
        words = self.content.statement.strip()
        labels = self.labels
        if not words:
            return []
        parts = _paragraphs(words)
        body = [self.text(part, _BODY) for part in parts]
        signed = self.text(
            f"– {self.content.coach_name}", ParagraphStyle("by", parent=_NOTE, textColor=Palette.INK)
        )
        if len(parts) <= 2:
            return [KeepTogether([self.heading(labels.statement_heading), *body, signed])]
        return [self.heading(labels.statement_heading), *body, signed]

    def references(self) -> list[Flowable]:
        found = self.content.references
        if not found:
            return []
        labels = self.labels
        widths = [CONTENT_WIDTH * 0.25, CONTENT_WIDTH * 0.33, CONTENT_WIDTH * 0.15, CONTENT_WIDTH * 0.27]
        rows: list[list[object]] = [
            [labels.reference_name, labels.reference_relation, labels.reference_phone, labels.reference_email]
        ]
        rows += [
            [
                self.cell(reference.name, widths[0], bold=True),
                self.cell(reference.relation, widths[1]),
                self.cell(reference.phone, widths[2]),
                self.cell(reference.email, widths[3]),
            ]
            for reference in found
        ]
        commands = [*_data_table_commands(len(rows), 4), ("FONTNAME", (0, 1), (0, -1), FONT_BOLD)]
        table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT", style=TableStyle(commands))
        note = self.text(labels.references_note, _NOTE)
        return [KeepTogether([self.heading(labels.references_heading), table, note])]

    def signatures(self) -> list[Flowable]:
        """A line to sign on for the candidate and one for the job coach, each name beneath."""
        labels, content = self.labels, self.content
        gap = 12 * mm
        width = (CONTENT_WIDTH - gap) / 2
        cells = [
            self.texts(
                [
                    (name, _SIGN_NAME),
                    (f"{role} · {labels.signature_date}", _SIGN_LABEL),
                ]
            )
            for name, role in (
                (self.name, labels.signature_participant),
                (content.coach_name, labels.signature_coach),
            )
        ]
        lines = Columns(cells, [width, width], gap, rule_above=16 * mm)
        return [
            KeepTogether(
                [
                    self.heading(labels.signatures_heading),
                    lines,
                    Spacer(1, 8 * mm),
                    self.text(labels.confidential, _NOTE),
                ]
            )
        ]


# A table's header row as plain strings: bold, the header's size.
_HEADER_ROW = TableStyle(
    [
        ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
        ("FONTSIZE", (0, 0), (-1, 0), styles.TABLE_HEADER.fontSize),
        ("LEADING", (0, 1), (-1, -1), styles.TABLE_CELL.leading),
    ]
)


def _data_table_commands(row_count: int, first_numeric_column: int) -> list[tuple[object, ...]]:
    """The standard data table's style with its header row as plain strings and every cell
    top-aligned, as one list for one `setStyle`: reportlab applies each command to every cell
    it covers, so the standard style's own vertical alignment, which this one replaces for
    every cell, is left out rather than applied and overwritten."""
    standard = styles.data_table_style(row_count, first_numeric_column=first_numeric_column)
    return [
        *(command for command in standard.getCommands() if command[0] != "VALIGN"),
        *_HEADER_ROW.getCommands(),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]


# A heading over a long table: kept with the table by the room asked for, not keepWithNext.
_TABLE_HEADING = ParagraphStyle("DossierTableHeading", parent=styles.HEADING, keepWithNext=0)


def _plain(value: str) -> bool:
    """One line that DejaVu Sans sets as it is (no Arabic, Dari or Ethiopic letters)."""
    return "\n" not in value and not has_rtl_letters(value) and font_for_text(value) == FONT_REGULAR


def _area_title(line: CompetenceLine) -> str:
    return f"{line.area_number} {line.area_name}" if line.area_number else line.area_name


def _place(name: str, city: str) -> str:
    """ "Nordlys Bjørvika, Oslo"; the city once when the name already says it."""
    if not city or city.casefold() in name.casefold():
        return name
    return f"{name}, {city}"


def _paragraphs(words: str) -> list[str]:
    """The coach's text as paragraphs: blank lines part them, single line breaks join."""
    parts = [" ".join(line.strip() for line in part.splitlines()) for part in words.split("\n\n")]
    return [part for part in parts if part.strip()]


class _Photo(Flowable):  # type: ignore[misc]
    """The consented photo, `width` wide at its own proportions, read once."""

    def __init__(self, png: bytes, width: float) -> None:
        super().__init__()
        self.reader = ImageReader(io.BytesIO(png))
        pixels_wide, pixels_high = self.reader.getSize()
        self.width = width
        self.height = width * pixels_high / pixels_wide if pixels_wide else width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab API
        return self.width, self.height

    def draw(self) -> None:
        self.canv.drawImage(self.reader, 0, 0, self.width, self.height)


def _photo(png: bytes | None) -> _Photo | None:
    return _Photo(png, PHOTO_WIDTH) if png else None
