"""Shared look of every report: colours, paragraph styles and the data-table style.

Colours are chosen to survive black-and-white office printers: dark text on white, light tints
for table headers and zebra rows, and one dark accent whose grey value still contrasts.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from canteen_app.documents.fonts import FONT_BOLD, FONT_REGULAR, register_fonts

# Paragraphs resolve their font family when they are created, not when they are drawn, so the
# fonts must be known before anyone can use these styles.
register_fonts()


class Palette:
    """Colour palette shared by all documents."""

    INK = colors.HexColor("#1A1A1A")  # body text
    MUTED = colors.HexColor("#4D4D4D")  # captions, header and footer
    ACCENT = colors.HexColor("#1F3A5F")  # headings, rules
    # Chart bars: a light grey in black and white, so a black line stays visible on them.
    BAR = colors.HexColor("#9DB4CE")
    RULE = colors.HexColor("#9AA5B1")  # thin separating lines
    GRID = colors.HexColor("#D5DAE0")  # chart grid lines, table inner lines
    HEADER_BG = colors.HexColor("#E3E9F0")  # table header rows
    ZEBRA_BG = colors.HexColor("#F5F7F9")  # every other table row
    TOTAL_BG = colors.HexColor("#D9E1EA")  # total rows
    WHITE = colors.white


TITLE = ParagraphStyle(
    "Title",
    fontName=FONT_BOLD,
    fontSize=20,
    leading=24,
    textColor=Palette.ACCENT,
    spaceAfter=2,
)
SUBTITLE = ParagraphStyle(
    "Subtitle",
    fontName=FONT_REGULAR,
    fontSize=12,
    leading=15,
    textColor=Palette.INK,
    spaceAfter=4,
)
HEADING = ParagraphStyle(
    "Heading",
    fontName=FONT_BOLD,
    fontSize=12.5,
    leading=15,
    textColor=Palette.ACCENT,
    spaceBefore=14,
    spaceAfter=6,
    keepWithNext=1,
)
BODY = ParagraphStyle(
    "Body",
    fontName=FONT_REGULAR,
    fontSize=10,
    leading=13.5,
    textColor=Palette.INK,
)
BODY_EMPHASIS = ParagraphStyle(
    "BodyEmphasis",
    parent=BODY,
    fontName=FONT_BOLD,
    fontSize=11,
    leading=15,
    spaceBefore=6,
    spaceAfter=6,
)
SMALL = ParagraphStyle(
    "Small",
    fontName=FONT_REGULAR,
    fontSize=8,
    leading=10.5,
    textColor=Palette.MUTED,
)
TABLE_HEADER = ParagraphStyle(
    "TableHeader",
    fontName=FONT_BOLD,
    fontSize=8.5,
    leading=10.5,
    textColor=Palette.INK,
    alignment=TA_LEFT,
)
TABLE_HEADER_RIGHT = ParagraphStyle("TableHeaderRight", parent=TABLE_HEADER, alignment=TA_RIGHT)
TABLE_CELL = ParagraphStyle(
    "TableCell",
    fontName=FONT_REGULAR,
    fontSize=9,
    leading=11.5,
    textColor=Palette.INK,
)
TABLE_CELL_RIGHT = ParagraphStyle("TableCellRight", parent=TABLE_CELL, alignment=TA_RIGHT)

TABLE_FONT_SIZE = 9
TABLE_CELL_PADDING = 5  # left and right, in points


def data_table_style(row_count: int, *, first_numeric_column: int, total_row: bool = False) -> TableStyle:
    """The standard data table: shaded header row, zebra rows, numbers right-aligned.

    `row_count` includes the header row; columns from `first_numeric_column` on hold numbers.
    """
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), TABLE_FONT_SIZE),
        ("TEXTCOLOR", (0, 0), (-1, -1), Palette.INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (first_numeric_column, 0), (-1, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), TABLE_CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), TABLE_CELL_PADDING),
        ("BACKGROUND", (0, 0), (-1, 0), Palette.HEADER_BG),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, Palette.ACCENT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, Palette.ACCENT),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, Palette.ACCENT),
    ]
    body_end = row_count - 2 if total_row else row_count - 1
    if body_end >= 1:
        commands.append(
            (
                "ROWBACKGROUNDS",
                (0, 1),
                (-1, body_end),
                [Palette.WHITE, Palette.ZEBRA_BG],
            )
        )
    if total_row:
        commands += [
            ("FONTNAME", (0, -1), (-1, -1), FONT_BOLD),
            ("BACKGROUND", (0, -1), (-1, -1), Palette.TOTAL_BG),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, Palette.ACCENT),
        ]
    return TableStyle(commands)
