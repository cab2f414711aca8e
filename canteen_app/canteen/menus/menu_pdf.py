"""What the week menu and the allergen poster share on paper: text styles, Norwegian-with-English
paragraphs, the legend of the 14 allergens, fitting and measuring, and writing the file."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from canteen_app.canteen.menus.menu_print import (
    MenuPrintData,
    Words,
    generated_text,
    legend,
    page_of,
    subject,
    title,
)
from canteen_app.core.progress import ProgressSink
from canteen_app.documents.fonts import FONT_BOLD, FONT_REGULAR, register_fonts, with_script_fonts
from canteen_app.documents.styles import Palette
from canteen_app.documents.templates import PageLayout, build_pdf

LANGUAGE_TAG = "nb-NO"  # the documents are Norwegian first, English only beside
CLOSED_BG = colors.HexColor("#E6E6E6")  # a closed day: light grey, also in black and white
# For <font color="..."> in paragraph markup.
MUTED_HEX = Palette.MUTED.hexval().replace("0x", "#")
ACCENT_HEX = Palette.ACCENT.hexval().replace("0x", "#")


def style(
    name: str,
    size: float,
    *,
    bold: bool = False,
    color: colors.Color = Palette.INK,
    leading: float = 1.2,
    before: float = 0,
    after: float = 0,
    **extra: object,
) -> ParagraphStyle:
    """A paragraph style in the documents' fonts; `leading` is a factor of the size."""
    register_fonts()
    return ParagraphStyle(
        name,
        fontName=FONT_BOLD if bold else FONT_REGULAR,
        fontSize=size,
        leading=size * leading,
        textColor=color,
        spaceBefore=before,
        spaceAfter=after,
        **extra,
    )


def table_style(commands: Sequence[tuple[object, ...]]) -> TableStyle:
    """A table style whose cells are in the documents' font: else a table draws even its empty
    cells in Helvetica, which is not embedded."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR), *commands])


def text(value: str, *, bold: bool = False) -> str:
    """Typed text (a dish's name, a closure's reason) as paragraph markup: escaped, and any
    Arabic or Ethiopic letters in a font that has them."""
    return with_script_fonts(value, bold=bold)


def labelled(label: str, value: str) -> str:
    """ "Allergener: <b>gluten (hvete), melk</b>": the words a guest looks for stand out."""
    return f"{text(label)}: <b>{text(value, bold=True)}</b>"


def both(words: Words, nb_style: ParagraphStyle, en_style: ParagraphStyle) -> list[Flowable]:
    """The Norwegian paragraph, and the English one below it when there is one."""
    found: list[Flowable] = [Paragraph(text(words.nb, bold=_bold(nb_style)), nb_style)]
    if words.en:
        found.append(Paragraph(text(words.en, bold=_bold(en_style)), en_style))
    return found


def both_labelled(
    label: Words, value: Words, nb_style: ParagraphStyle, en_style: ParagraphStyle
) -> list[Flowable]:
    found: list[Flowable] = [Paragraph(labelled(label.nb, value.nb), nb_style)]
    if value.en:
        found.append(Paragraph(labelled(label.en or label.nb, value.en), en_style))
    return found


def _bold(paragraph_style: ParagraphStyle) -> bool:
    return bool(paragraph_style.fontName == FONT_BOLD)


def legend_table(
    data: MenuPrintData,
    width: float,
    size: float,
    *,
    columns: int,
    heading_size: float,
) -> Table:
    """ "De 14 allergenene" and their full names, in the regulation's order, column by column."""
    entry_nb = style("LegendEntry", size)
    entry_en = style("LegendEntryEn", size * 0.85, color=Palette.MUTED)
    cells: list[list[Flowable]] = []
    for number, words in enumerate(legend(data.english), start=1):
        cell: list[Flowable] = [Paragraph(f"<b>{number}.</b> {text(words.nb)}", entry_nb)]
        if words.en:
            cell.append(Paragraph(text(words.en), entry_en))
        cells.append(cell)
    rows = -(-len(cells) // columns)
    grid: list[list[object]] = [
        [cells[c * rows + r] if c * rows + r < len(cells) else "" for c in range(columns)]
        for r in range(rows)
    ]
    heading = data.words("legend_heading")
    heading_text = heading.nb if heading.en is None else f"{heading.nb} · {heading.en}"
    heading_style = style("LegendHeading", heading_size, bold=True, color=Palette.ACCENT)
    grid.insert(0, [Paragraph(text(heading_text, bold=True), heading_style)] + [""] * (columns - 1))
    table = Table(grid, colWidths=[width / columns] * columns, hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("SPAN", (0, 0), (-1, 0)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), size),
                ("TOPPADDING", (0, 0), (-1, -1), size * 0.15),
                ("BOTTOMPADDING", (0, 0), (-1, -1), size * 0.15),
                ("BOTTOMPADDING", (0, 0), (-1, 0), heading_size * 0.4),
            ]
        )
    )
    return table


def legend_lines(data: MenuPrintData, size: float) -> list[Flowable]:
    """The same legend as running text, for a page without room for the table:
    "De 14 allergenene: 1. Kornslag som inneholder gluten (…) · 2. Skalldyr · …"."""
    heading = data.words("legend_heading")
    found: list[Flowable] = []
    for language, words in (("nb", heading.nb), ("en", heading.en)):
        if words is None:
            continue
        names = [entry.nb if language == "nb" else entry.en or "" for entry in legend(data.english)]
        listed = "  ·  ".join(
            f"<b>{number}.</b>\xa0{text(name)}" for number, name in enumerate(names, start=1)
        )
        color = Palette.INK if language == "nb" else Palette.MUTED
        line_style = style(f"LegendLine{language}", size, color=color, after=size * 0.3)
        found.append(Paragraph(f"<b>{text(words, bold=True)}:</b> {listed}", line_style))
    return found


def stacked(flowables: Sequence[Flowable], width: float) -> Table:
    """Flowables as one block that is never split."""
    table = Table([[list(flowables)]], colWidths=[width], hAlign="LEFT")
    table.setStyle(table_style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


class FirstThatFits(Flowable):  # type: ignore[misc]
    """The first of a few layouts of the same content that fits in what is left of the page
    (the legend as a table, else as running text); when none does, the first on the next page."""

    def __init__(self, *options: Flowable) -> None:
        super().__init__()
        self._options = options
        self._chosen = options[0]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        for option in self._options:
            width, height = option.wrapOn(self.canv, available_width, available_height)
            if height <= available_height:
                self._chosen = option
                return width, height
        self._chosen = self._options[0]
        width, height = self._chosen.wrapOn(self.canv, available_width, available_height)
        return width, height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []  # it is wrapped to fit or to move on whole: never split

    def draw(self) -> None:
        self._chosen.drawOn(self.canv, 0, 0)


def write(
    data: MenuPrintData,
    story: Sequence[Flowable],
    layout: PageLayout,
    out_path: Path,
    progress: ProgressSink | None,
) -> Path:
    """The shared page template with the menu's metadata; atomic, cancellable."""
    return build_pdf(
        out_path,
        story,
        title=title(data),
        author=data.author,
        subject=subject(data),
        header_left=data.site_name,
        page_of_template=page_of(data),
        generated_text=generated_text(data),
        progress=progress,
        lang=LANGUAGE_TAG,
        layout=layout,
    )


def height_of(story: Sequence[Flowable], width: float) -> float:
    """How tall `story` is when laid out `width` wide (no page breaks counted)."""
    scratch = Canvas(io.BytesIO())  # some flowables measure text on the canvas they are given
    total = 0.0
    for flowable in story:
        height = flowable.wrapOn(scratch, width, 1e6)[1]
        total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total
