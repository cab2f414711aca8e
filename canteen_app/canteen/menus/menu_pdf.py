"""The week menu's paper: text styles, Norwegian-with-English paragraphs, the legend of the 14
allergens, measuring, and writing the file; and the few things the allergen poster (which lays
itself out, `poster_pdf`) shares with it: the language tag and a closed day's colour."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, TableStyle

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
