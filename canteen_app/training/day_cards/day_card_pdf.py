"""The day card on paper: one A4 page in large print that a participant reads at the station.

From the top: the card's title with the first name, the day and the station, then each task as
a band with its title and its steps, one numbered row per step: the step's pictogram, the
Norwegian sentence (16 pt) and under it the sentence in the participant's language (16 pt;
Arabic and Dari right-aligned, right to left). At the bottom "ask when you are unsure" with
its pictogram, the pictograms' credit, and notes for the coach: steps not translated, steps
left out, a translation nobody has checked.

The card keeps to one page. When the day does not fit, the layout gets smaller in steps
(`FITS`: smaller pictograms, then two steps side by side) and, only when even that is too
tall, shows fewer steps per task (then fewer tasks) and says how many were left out; the text
never goes below 16 pt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Paragraph, Spacer, Table, TableStyle

from canteen_app.core.formatting import locale_format
from canteen_app.core.languages import Language, name_in
from canteen_app.core.progress import ProgressSink
from canteen_app.documents.fonts import FONT_BOLD, FONT_REGULAR, register_fonts, with_script_fonts
from canteen_app.documents.shaping import participant_paragraph
from canteen_app.documents.styles import Palette
from canteen_app.documents.templates import PageLayout, build_pdf
from canteen_app.training.day_cards.day_card_labels import DayCardLabels
from canteen_app.training.day_cards.dto import CardStep, CardTask, DayCardData
from canteen_app.training.tasks.pictograms import CREDIT, pictogram

PAGE = PageLayout(A4, margin_left=15 * mm, margin_right=15 * mm, margin_top=20 * mm, margin_bottom=19 * mm)
SENTENCE_SIZE = 16  # points: the smallest text the participant reads
_ROOM = PAGE.content_height - 3  # what the story may take (a little kept back for rounding)


@dataclass(frozen=True)
class Fit:
    """One way to lay out the day: steps per row, the pictogram's size, and how many steps per
    task and how many tasks are shown (None: all)."""

    columns: int
    pictogram: float
    max_steps: int | None = None
    max_tasks: int | None = None
    intro: bool = True  # "This is what you do today:" (left out before any step is)


# Pictogram sizes from the largest down; at each, one step per row before two side by side.
_SIZES = (30 * mm, 26 * mm, 22 * mm, 19 * mm, 17 * mm, 15 * mm)
FITS: tuple[Fit, ...] = (
    *(Fit(columns, size) for size in _SIZES for columns in (1, 2)),
    Fit(2, _SIZES[-1], intro=False),
    *(Fit(2, _SIZES[-1], max_steps=steps, intro=False) for steps in (6, 5, 4, 3, 2)),
    *(Fit(2, _SIZES[-1], max_steps=2, max_tasks=tasks, intro=False) for tasks in (4, 3, 2, 1)),
)

_NAME = ParagraphStyle("CardName", fontName=FONT_BOLD, fontSize=26, leading=31, textColor=Palette.ACCENT)
_TITLE = ParagraphStyle(
    "CardTitle", fontName=FONT_BOLD, fontSize=17, leading=21, textColor=Palette.ACCENT, alignment=TA_RIGHT
)
_TITLE_SECOND = ParagraphStyle("CardTitleSecond", parent=_TITLE, fontName=FONT_REGULAR)
_FACT = ParagraphStyle("CardFact", fontName=FONT_BOLD, fontSize=17, leading=21, textColor=Palette.INK)
_FACT_SECOND = ParagraphStyle("CardFactSecond", parent=_FACT, fontName=FONT_REGULAR)
_INTRO = ParagraphStyle("CardIntro", fontName=FONT_REGULAR, fontSize=SENTENCE_SIZE, leading=20)
_TASK = ParagraphStyle("CardTask", fontName=FONT_BOLD, fontSize=19, leading=23, textColor=Palette.ACCENT)
_TASK_SECOND = ParagraphStyle("CardTaskSecond", parent=_TASK, fontName=FONT_REGULAR, fontSize=17, leading=21)
_SENTENCE = ParagraphStyle(
    "CardSentence", fontName=FONT_REGULAR, fontSize=SENTENCE_SIZE, leading=19.5, textColor=Palette.INK
)
_SENTENCE_SECOND = ParagraphStyle(
    "CardSentenceSecond", parent=_SENTENCE, textColor=colors.HexColor("#1F3A5F"), spaceBefore=2.5
)
_NOTE = ParagraphStyle("CardNote", fontName=FONT_REGULAR, fontSize=8.5, leading=10.5, textColor=Palette.MUTED)
_COACH_NOTE = ParagraphStyle("CardCoachNote", parent=_NOTE, textColor=colors.HexColor("#8A4B00"))

_STEP_LINE = colors.HexColor("#C9D3DE")
_TASK_BAND = Palette.HEADER_BG
_ASK_BAND = colors.HexColor("#FFF4D6")


class NumberedPictogram(Flowable):  # type: ignore[misc]
    """The step's pictogram with its number, white in a dark circle, on its top left corner:
    the order at a glance, without a column of its own."""

    def __init__(self, number: int, key: str, size: float, badge: float) -> None:
        super().__init__()
        self.number = number
        self.key = key
        self.size = size  # the square the drawing and its number take
        self.badge = badge  # the circle's diameter
        self.inset = badge * 0.4  # the drawing is this much smaller, to the right; the circle overlaps it

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab API
        return self.size, self.size

    def draw(self) -> None:
        canvas = self.canv
        found = pictogram(self.key)
        if found is not None and found.png_path.exists():
            side = self.size - self.inset
            canvas.drawImage(str(found.png_path), self.inset, 0, side, side, mask="auto")
        radius = self.badge / 2
        centre_y = self.size - radius
        canvas.setStrokeColor(colors.white)
        canvas.setLineWidth(1.5)
        canvas.setFillColor(Palette.ACCENT)
        canvas.circle(radius, centre_y, radius, stroke=1, fill=1)
        canvas.setFillColor(colors.white)
        font_size = self.badge * 0.58
        canvas.setFont(FONT_BOLD, font_size)
        canvas.drawCentredString(radius, centre_y - font_size * 0.36, str(self.number))


@dataclass(frozen=True)
class LaidOut:
    story: list[Flowable]
    fit: Fit
    shown_steps: int
    left_out: int  # steps not shown to keep to one page
    untranslated: int  # shown steps in Norwegian only on a two-language card


def render_day_card(
    data: DayCardData, labels: DayCardLabels, out_path: Path, progress: ProgressSink | None = None
) -> Path:
    """Write the card to `out_path` (atomically) and return the path."""
    laid_out = lay_out(data, labels)
    day = labels.formats.short_date(data.day)
    return build_pdf(
        out_path,
        laid_out.story,
        title=labels.title.format(name=data.first_name, date=day),
        author=data.author,
        subject=labels.subject.format(station=data.station_nb),
        header_left=data.site_name,
        page_of_template=labels.page_of,
        generated_text=labels.generated_text(data.generated_at),
        progress=progress,
        lang=labels.language_tag,
        layout=PAGE,
    )


def lay_out(data: DayCardData, labels: DayCardLabels) -> LaidOut:
    """The largest layout of FITS whose story fits on the page (the last one if none does)."""
    register_fonts()
    texts = _CardTexts(data.language)
    laid_out: LaidOut | None = None
    for fit in FITS:
        laid_out = _story(data, labels, texts, fit)
        if story_height(laid_out.story, PAGE.content_width) <= _ROOM:
            return laid_out
    assert laid_out is not None
    return laid_out


def story_height(story: Sequence[Flowable], width: float) -> float:
    """How tall the story is laid out in a frame `width` wide (the spaces between flowables
    included, as a frame adds them)."""
    total = 0.0
    for index, flowable in enumerate(story):
        _width, height = flowable.wrap(width, PAGE.content_height)
        total += height + flowable.getSpaceAfter()
        if index:
            total += flowable.getSpaceBefore()
    return total


# --- the parts ---------------------------------------------------------------------------------


class _CardTexts:
    """The card's fixed texts in Norwegian and in its second language (participant_texts)."""

    def __init__(self, language: str) -> None:
        from canteen_app.documents.participant_texts import catalogue

        self.language = language
        self.nb = catalogue("nb")
        self.second = catalogue(language) if language != "nb" else None

    @property
    def reviewed(self) -> bool:
        return self.second is None or bool(self.second.reviewed)

    def pair(self, key: str, **values: Any) -> tuple[str, str | None]:
        """The text in Norwegian, and in the second language (None on a Norwegian card)."""
        nb = self.nb.text(key, **values)
        return nb, self.second.text(key, **values) if self.second is not None else None


def _story(data: DayCardData, labels: DayCardLabels, texts: _CardTexts, fit: Fit) -> LaidOut:
    tasks = list(data.tasks[: fit.max_tasks] if fit.max_tasks is not None else data.tasks)
    shown = [task.steps[: fit.max_steps] if fit.max_steps is not None else task.steps for task in tasks]
    all_steps = sum(len(task.steps) for task in data.tasks)
    shown_steps = sum(len(steps) for steps in shown)
    untranslated = sum(step.text is None for steps in shown for step in steps) if data.bilingual else 0
    story: list[Flowable] = [*_heading(data, texts, fit.intro), Spacer(1, 3 * mm)]
    for task, steps in zip(tasks, shown, strict=True):
        story += [_task_band(task, data.language), _steps(steps, data.language, fit), Spacer(1, 3 * mm)]
    story += _closing(data, labels, texts, all_steps - shown_steps, untranslated)
    return LaidOut(story, fit, shown_steps, all_steps - shown_steps, untranslated)


def _paragraphs(
    nb: str, second: str | None, language: str, style: ParagraphStyle, second_style: ParagraphStyle
) -> list[Flowable]:
    """The Norwegian text, and under it the same in the card's second language."""
    parts = [participant_paragraph(nb, style, "nb")]
    if second is not None:
        parts.append(participant_paragraph(second, second_style, language))
    return parts


def _side_by_side(
    nb: str,
    second: str | None,
    language: str,
    style: ParagraphStyle,
    second_style: ParagraphStyle,
    width: float,
) -> Flowable:
    """The Norwegian text on the left and the same in the second language on the right (right
    to left where the language is); the Norwegian alone across the width on a Norwegian card."""
    if second is None:
        return participant_paragraph(nb, style, "nb")
    table = Table(
        [[participant_paragraph(nb, style, "nb"), participant_paragraph(second, second_style, language)]],
        colWidths=[width / 2, width / 2],
        hAlign="LEFT",
    )
    table.setStyle([*_TIGHT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("RIGHTPADDING", (0, 0), (0, 0), 3 * mm)])
    return table


_TIGHT: list[tuple[object, ...]] = [
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
]


def _heading(data: DayCardData, texts: _CardTexts, intro: bool) -> list[Flowable]:
    language = data.language
    width = PAGE.content_width
    title_nb, title = texts.pair("day_card.title")
    date_nb = texts.nb.text("day_card.date", date=locale_format("nb").weekday_day_month(data.day))
    station_nb = texts.nb.text("day_card.station", station=data.station_nb)
    date_second = station_second = None
    if texts.second is not None:
        date_second = texts.second.text(
            "day_card.date", date=locale_format(language).weekday_day_month(data.day)
        )
        station_second = texts.second.text("day_card.station", station=data.station or data.station_nb)
    intro_nb, intro_second = texts.pair("day_card.tasks_intro")
    icon = 11 * mm
    text_width = width - icon - 3 * mm
    facts = Table(
        [
            [
                _pictogram_image("date", icon),
                _side_by_side(date_nb, date_second, language, _FACT, _FACT_SECOND, text_width),
            ],
            [
                _pictogram_image("apron", icon),
                _side_by_side(station_nb, station_second, language, _FACT, _FACT_SECOND, text_width),
            ],
        ],
        colWidths=[icon + 3 * mm, text_width],
        hAlign="LEFT",
    )
    facts.setStyle(
        TableStyle(
            [
                *_TIGHT,
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    parts = [_title_row(data.first_name, title_nb, title, language, width), Spacer(1, 2.5 * mm), facts]
    if intro:
        parts += [Spacer(1, 3 * mm), _side_by_side(intro_nb, intro_second, language, _INTRO, _INTRO, width)]
    return parts


def _title_row(first_name: str, title_nb: str, title: str | None, language: str, width: float) -> Table:
    """The first name, large, where the reader starts; the card's title beside it, in both
    languages."""
    name_width = width * 0.55
    table = Table(
        [
            [
                participant_paragraph(first_name, _NAME, "nb"),
                _paragraphs(title_nb, title, language, _TITLE, _TITLE_SECOND),
            ]
        ],
        colWidths=[name_width, width - name_width],
        hAlign="LEFT",
    )
    table.setStyle(TableStyle([*_TIGHT, ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return table


def _task_band(task: CardTask, language: str) -> Table:
    inner = PAGE.content_width - 6 * mm
    second = task.title if language != "nb" else None
    band = Table(
        [[_side_by_side(task.title_nb, second, language, _TASK, _TASK_SECOND, inner)]],
        colWidths=[PAGE.content_width],
        hAlign="LEFT",
    )
    band.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), _TASK_BAND),
                ("LINEABOVE", (0, 0), (-1, 0), 1.2, Palette.ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
            ]
        )
    )
    band.keepWithNext = True
    return band


def _steps(steps: Sequence[CardStep], language: str, fit: Fit) -> Table:
    """The task's steps, one per row or two side by side."""
    width = PAGE.content_width / fit.columns
    cells = [_step(step, language, fit, width) for step in steps]
    rows = [cells[start : start + fit.columns] for start in range(0, len(cells), fit.columns)]
    if rows and len(rows[-1]) < fit.columns:
        rows[-1] = [*rows[-1], ""]
    table = Table(rows, colWidths=[width] * fit.columns, hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2 * mm),
        ("LINEBELOW", (0, 0), (-1, -1), 0.6, _STEP_LINE),
    ]
    if fit.columns > 1:
        commands.append(("LINEAFTER", (0, 0), (-2, -1), 0.6, _STEP_LINE))
    table.setStyle(TableStyle(commands))
    return table


def _step(step: CardStep, language: str, fit: Fit, width: float) -> Table:
    gap = 2.5 * mm
    drawing = NumberedPictogram(
        step.number, step.pictogram, fit.pictogram, 9 * mm if fit.columns == 1 else 7.5 * mm
    )
    drawing_width = fit.pictogram
    second = step.text if language != "nb" else None
    cell = Table(
        [[drawing, _paragraphs(step.text_nb, second, language, _SENTENCE, _SENTENCE_SECOND)]],
        colWidths=[drawing_width + 1 * mm + gap, width - drawing_width - 1 * mm - gap],
        hAlign="LEFT",
    )
    cell.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                *_TIGHT,
                ("LEFTPADDING", (0, 0), (0, 0), 1 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), gap),
            ]
        )
    )
    return cell


def _pictogram_image(key: str, size: float) -> Flowable:
    found = pictogram(key)
    if found is None or not found.png_path.exists():
        return Spacer(size, size)  # a drawing this version does not ship: the sentence still reads
    return Image(str(found.png_path), width=size, height=size, mask="auto")


def _closing(
    data: DayCardData, labels: DayCardLabels, texts: _CardTexts, left_out: int, untranslated: int
) -> list[Flowable]:
    language = data.language
    ask_nb, ask = texts.pair("day_card.ask")
    icon = 16 * mm
    ask_band = Table(
        [
            [
                _pictogram_image("ask", icon),
                _side_by_side(
                    ask_nb, ask, language, _SENTENCE, _SENTENCE_SECOND, PAGE.content_width - icon - 8 * mm
                ),
            ]
        ],
        colWidths=[icon + 4 * mm, PAGE.content_width - icon - 4 * mm],
        hAlign="LEFT",
    )
    ask_band.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, -1), _ASK_BAND),
                ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 * mm),
            ]
        )
    )
    credit = texts.nb.text("day_card.pictogram_credit", credit=CREDIT)
    notes: list[Flowable] = [
        Spacer(1, 1 * mm),
        ask_band,
        Spacer(1, 2 * mm),
        Paragraph(with_script_fonts(credit), _NOTE),
    ]
    language_name = _language_name(language, labels.language)
    coach_notes = []
    if untranslated:
        coach_notes.append(labels.not_translated.format(count=untranslated, language=language_name))
    if left_out:
        coach_notes.append(labels.shortened.format(count=left_out))
    if data.bilingual and not (data.translation_reviewed and texts.reviewed):
        coach_notes.append(labels.unreviewed.format(language=language_name))
    notes += [Paragraph(with_script_fonts(note), _COACH_NOTE) for note in coach_notes]
    return notes


def _language_name(language: str, reader: str) -> str:
    """ "arabisk" in a Norwegian sentence, "Arabic" in an English one."""
    name = name_in(Language(language), reader)
    return name[:1].lower() + name[1:] if reader == "nb" else name
