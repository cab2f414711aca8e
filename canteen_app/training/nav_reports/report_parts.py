"""What the NAV reports and the attendance summary share on paper: the title block, the
two-column "facts" table, the attendance totals, and writing the file.

Names may be written in any script the participants use, so every text that comes from the
register goes through `with_script_fonts`; the page header (drawn on the canvas in DejaVu)
names the participant only when DejaVu has every letter of the name.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from canteen_app.core.progress import ProgressSink
from canteen_app.documents import styles
from canteen_app.documents.fonts import FONT_REGULAR, font_for_text, with_script_fonts
from canteen_app.documents.styles import Palette
from canteen_app.documents.templates import CONTENT_WIDTH, build_pdf
from canteen_app.training.nav_reports.dto import AttendanceTotals
from canteen_app.training.nav_reports.nav_report_labels import NavReportLabels

_FACT_LABEL_SHARE = 0.34  # of the content width: the label column of a facts table


def text(value: str, *, bold: bool = False) -> str:
    """Paragraph markup for a text from the register or the coach: escaped, any script."""
    return with_script_fonts(value, bold=bold)


def _bold(value: str) -> str:
    return f"<b>{text(value, bold=True)}</b>"


def title_block(title: str, subtitle: str, lines: Sequence[str]) -> list[Flowable]:
    """The big title, the participant's name below it, and small lines of who made it when."""
    return [
        Paragraph(text(title, bold=True), styles.TITLE),
        Paragraph(text(subtitle), styles.SUBTITLE),
        *(Paragraph(text(line), styles.SMALL) for line in lines),
        Spacer(1, 3 * mm),
        HRFlowable(width="100%", thickness=1.2, color=Palette.ACCENT, spaceAfter=2 * mm),
    ]


def made_by(labels: NavReportLabels, author: str, generated_at: datetime) -> str:
    return f"{labels.prepared_by}: {author}  ·  {labels.generated_text(generated_at)}"


def heading(words: str) -> Paragraph:
    """A section heading kept with what follows it (a paragraph, a small table)."""
    return Paragraph(text(words, bold=True), styles.HEADING)


# A heading over a long table: kept with the table by the room it asks for, not by
# keepWithNext (which would move the whole table to the next page, leaving a gap).
_TABLE_HEADING = ParagraphStyle("TableHeading", parent=styles.HEADING, keepWithNext=0)


def table_heading(words: str, room: float) -> list[Flowable]:
    """The heading of a table that may run over pages: it starts on a new page unless `room`
    (the heading and the first rows) is left on this one."""
    return [CondPageBreak(room), Paragraph(text(words, bold=True), _TABLE_HEADING)]


def key_figures(totals: AttendanceTotals, labels: NavReportLabels) -> Table:
    """The period's attendance as one band of figures, the rate last and shaded."""
    numbers = labels.formats
    figures = [
        (labels.present_days, numbers.integer(totals.present_days)),
        (labels.hours, labels.hours_text(totals.hours)),
        (labels.excused_days, numbers.integer(totals.excused_days)),
        (labels.unexcused_days, numbers.integer(totals.unexcused_days)),
    ]
    if totals.unregistered_days:
        figures.append((labels.unregistered_days, numbers.integer(totals.unregistered_days)))
    figures.append((labels.attendance_rate, labels.rate_text(totals.rate)))
    width = CONTENT_WIDTH / len(figures)
    table = Table(
        [
            [Paragraph(text(label), _FIGURE_LABEL) for label, _value in figures],
            [Paragraph(_bold(value), _FIGURE) for _label, value in figures],
        ],
        colWidths=[width] * len(figures),
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), styles.TABLE_CELL_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), styles.TABLE_CELL_PADDING),
                ("BACKGROUND", (0, 0), (-1, -1), Palette.ZEBRA_BG),
                ("BACKGROUND", (-1, 0), (-1, -1), Palette.TOTAL_BG),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, Palette.ACCENT),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, Palette.ACCENT),
                ("LINEAFTER", (0, 0), (-2, -1), 0.5, Palette.WHITE),
            ]
        )
    )
    return table


_FIGURE_LABEL = ParagraphStyle("FigureLabel", parent=styles.SMALL, textColor=Palette.INK)
_FIGURE = ParagraphStyle("Figure", parent=styles.BODY, fontSize=14, leading=17)


def facts_table(rows: Sequence[tuple[str, str]], *, bold_last: bool = False) -> Table:
    """Label and value side by side, a thin line between rows; values may wrap. `bold_last`
    stresses the last row (the final report's end reason)."""
    label_width = CONTENT_WIDTH * _FACT_LABEL_SHARE
    stressed = len(rows) - 1 if bold_last else -1
    cells = [
        [
            Paragraph(text(label), styles.TABLE_HEADER),
            Paragraph(_bold(value) if index == stressed else text(value), styles.TABLE_CELL),
        ]
        for index, (label, value) in enumerate(rows)
    ]
    table = Table(cells, colWidths=[label_width, CONTENT_WIDTH - label_width], hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR),  # else Helvetica, not embedded
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), styles.TABLE_CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), styles.TABLE_CELL_PADDING),
        ("BACKGROUND", (0, 0), (0, -1), Palette.ZEBRA_BG),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, Palette.ACCENT),
        ("LINEBELOW", (0, 0), (-1, -2), 0.5, Palette.GRID),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, Palette.ACCENT),
    ]
    if bold_last:
        commands.append(("BACKGROUND", (0, -1), (-1, -1), Palette.TOTAL_BG))
    table.setStyle(TableStyle(commands))
    return table


def attendance_section(
    heading_words: str, totals: AttendanceTotals, labels: NavReportLabels
) -> list[Flowable]:
    """The period's attendance figures with the rate, and how the rate is computed."""
    note = Paragraph(text(labels.rate_note), styles.SMALL)
    return [KeepTogether([heading(heading_words), key_figures(totals, labels), Spacer(1, 1.5 * mm), note])]


def header_title(title: str, name: str, labels: NavReportLabels) -> str:
    """The PDF's title, also the right side of every page's header: the report and whom it is
    about, when the header's font can write the name (else the report alone)."""
    if font_for_text(name) != FONT_REGULAR:
        return title
    return labels.title_template.format(title=title, name=name)


def write_pdf(
    out_path: Path,
    story: Sequence[Flowable],
    *,
    title: str,
    subject: str,
    site_name: str,
    author: str,
    generated_at: datetime,
    labels: NavReportLabels,
    progress: ProgressSink | None,
) -> Path:
    return build_pdf(
        out_path,
        story,
        title=title,
        author=author,
        subject=subject,
        header_left=site_name,
        page_of_template=labels.page_of,
        generated_text=labels.generated_text(generated_at),
        progress=progress,
        lang=labels.language_tag,
    )
