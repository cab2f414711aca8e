"""The NAV status report (a chosen period) and final report (sluttrapport, the whole measure).

Read by the participant's NAV adviser, often printed: who and which measure, the period and
participation, attendance with its rate, the stations and tasks, every goal of the training
plan with its level at start, now and the target, the coach's summary and, in the final
report, NAV's end reason; a signature line at the end. Nothing else: the data it is made from
(`NavReportData`) has no support needs, absence reasons, contact details or photo.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from canteen_app.core.progress import ProgressSink
from canteen_app.documents import styles
from canteen_app.documents.fonts import FONT_BOLD, FONT_REGULAR, register_fonts
from canteen_app.documents.styles import Palette
from canteen_app.documents.templates import CONTENT_WIDTH
from canteen_app.training.competence.framework_data import LEVELS
from canteen_app.training.nav_reports.dto import GoalRow, NavReportData, ReportKind
from canteen_app.training.nav_reports.nav_report_labels import NavReportLabels
from canteen_app.training.nav_reports.report_parts import (
    attendance_section,
    facts_table,
    header_title,
    heading,
    made_by,
    table_heading,
    text,
    title_block,
    write_pdf,
)

_GOAL_MIN_WIDTH = 60 * mm  # the goal's words keep at least this much of the line
_SLACK = 2 * mm
_MUTED_HEX = Palette.MUTED.hexval().replace("0x", "#")


def build_story(data: NavReportData, labels: NavReportLabels) -> list[Flowable]:
    """The report's content, ready for `build_pdf`."""
    register_fonts()
    story = title_block(
        _report_title(data, labels),
        data.participant_name,
        [made_by(labels, data.author, data.generated_at)],
    )
    story += _participant_section(data, labels)
    heading_words = (
        labels.attendance_heading_final if data.kind is ReportKind.FINAL else labels.attendance_heading_status
    )
    story += attendance_section(heading_words, data.attendance, labels)
    story += _tasks_section(data, labels)
    story += _goals_section(data, labels)
    story += _summary_section(data, labels)
    story += _signature(labels)
    return story


def render_nav_report(
    data: NavReportData, labels: NavReportLabels, out_path: Path, progress: ProgressSink | None = None
) -> Path:
    """Render the report to `out_path` (atomically) and return the path."""
    story = build_story(data, labels)
    period = labels.period(data.period_first, data.period_last)
    template = labels.final_subject if data.kind is ReportKind.FINAL else labels.status_subject
    return write_pdf(
        out_path,
        story,
        title=header_title(_report_title(data, labels), data.participant_name, labels),
        subject=template.format(measure=data.measure_name, period=period),
        site_name=data.site_name,
        author=data.author,
        generated_at=data.generated_at,
        labels=labels,
        progress=progress,
    )


def _report_title(data: NavReportData, labels: NavReportLabels) -> str:
    return labels.final_title if data.kind is ReportKind.FINAL else labels.status_title


# --- who, which measure, which period --------------------------------------------------------


def _participant_section(data: NavReportData, labels: NavReportLabels) -> list[Flowable]:
    dates = labels.formats
    period_template = labels.period_ended if data.ended else labels.period_running
    rows = [
        (labels.participant, data.participant_name),
        (labels.measure, data.measure_name),
        (
            labels.measure_period,
            period_template.format(
                start=dates.short_date(data.measure_start), end=dates.short_date(data.measure_end)
            ),
        ),
        (labels.participation, dates.percent(data.participation_percent, 0)),
        (labels.coach, data.coach_name or labels.no_coach),
    ]
    if data.kind is ReportKind.STATUS:
        rows.append((labels.report_period, labels.period(data.period_first, data.period_last)))
    else:
        rows.append((labels.end_reason, labels.end_reason_text(data.end_reason)))
    return [heading(labels.participant_heading), facts_table(rows, bold_last=data.kind is ReportKind.FINAL)]


# --- stations and tasks ------------------------------------------------------------------------


def _tasks_section(data: NavReportData, labels: NavReportLabels) -> list[Flowable]:
    if not data.tasks:
        body: list[Flowable] = [Paragraph(text(labels.no_tasks), styles.BODY)]
    else:
        body = [Paragraph(text(task), _BULLET, bulletText="•") for task in data.tasks]
    return [heading(labels.tasks_heading), *body]


_BULLET = ParagraphStyle(
    "NavBullet",
    parent=styles.BODY,
    leftIndent=5 * mm,
    bulletIndent=1 * mm,
    bulletFontName=FONT_REGULAR,  # else Helvetica, which is not embedded
    spaceAfter=1.5,
)


# --- goals and levels --------------------------------------------------------------------------


def _goals_section(data: NavReportData, labels: NavReportLabels) -> list[Flowable]:
    if not data.goals:
        return [heading(labels.goals_heading), Paragraph(text(labels.no_goals), styles.BODY)]
    header = [
        Paragraph(text(labels.goal), styles.TABLE_HEADER),
        Paragraph(text(labels.at_start), styles.TABLE_HEADER),
        Paragraph(text(_latest(data, labels)), styles.TABLE_HEADER),
        Paragraph(text(labels.target), styles.TABLE_HEADER),
    ]
    rows: list[Sequence[object]] = [header]
    group_rows: list[int] = []
    current_group: object = object()
    for goal in data.goals:
        group = goal.area_number
        if group != current_group:
            current_group = group
            name = f"{goal.area_number} {goal.area_name}" if goal.area_number else labels.free_goals
            group_rows.append(len(rows))
            rows.append([Paragraph(text(name, bold=True), styles.TABLE_HEADER), "", "", ""])
        rows.append(_goal_cells(goal, labels))
    level_width = _level_column_width(labels)
    widths = [CONTENT_WIDTH - 3 * level_width, level_width, level_width, level_width]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(styles.data_table_style(len(rows), first_numeric_column=4))
    table.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP")])
    for row in group_rows:
        table.setStyle(
            [
                ("SPAN", (0, row), (-1, row)),
                ("BACKGROUND", (0, row), (-1, row), Palette.HEADER_BG),
                ("LINEABOVE", (0, row), (-1, row), 0.5, Palette.RULE),
                # An area's name never ends a page without its first goal.
                ("NOSPLIT", (0, row), (-1, min(row + 1, len(rows) - 1))),
            ]
        )
    return [*table_heading(labels.goals_heading, 45 * mm), table, *_levels_legend(data, labels)]


def _latest(data: NavReportData, labels: NavReportLabels) -> str:
    """The column of the latest level as of the period's last day: "Nå" in a status report,
    "Ved slutt" (the day the measure ended) in the final report."""
    return labels.at_end if data.kind is ReportKind.FINAL else labels.now


def _goal_cells(goal: GoalRow, labels: NavReportLabels) -> list[Paragraph]:
    target = _level_markup(goal.target_level, labels)
    if goal.target_date is not None:
        by_date = labels.target_by.format(date=labels.formats.short_date(goal.target_date))
        target += f'<br/><font size="8" color="{_MUTED_HEX}">{text(by_date)}</font>'
    return [
        Paragraph(text(goal.text), styles.TABLE_CELL),
        Paragraph(_level_markup(goal.start_level, labels), styles.TABLE_CELL),
        Paragraph(_level_markup(goal.current_level, labels), styles.TABLE_CELL),
        Paragraph(target, styles.TABLE_CELL),
    ]


def _level_markup(level: int | None, labels: NavReportLabels) -> str:
    """ "<b>2</b> Med støtte"; an unassessed goal says so in grey."""
    if level is None:
        return f'<font color="{_MUTED_HEX}">{text(labels.not_assessed)}</font>'
    return f"<b>{level}</b> {text(labels.level_name(level))}"


def _level_column_width(labels: NavReportLabels) -> float:
    """Wide enough for the longest level ("4 Kan vise andre") on one line, unless the goal's
    words would get too little of the line; then the longest level wraps."""
    size = styles.TABLE_FONT_SIZE
    cells = [f"{level.level} {labels.level_name(level.level)}" for level in LEVELS] + [labels.not_assessed]
    headers = [labels.at_start, labels.now, labels.target]
    widest = max(
        *(stringWidth(t, FONT_REGULAR, size) for t in cells),
        *(stringWidth(t, FONT_BOLD, styles.TABLE_HEADER.fontSize) for t in headers),
    )
    wanted = widest + 2 * styles.TABLE_CELL_PADDING + _SLACK
    return float(min(wanted, (CONTENT_WIDTH - _GOAL_MIN_WIDTH) / 3))


def _levels_legend(data: NavReportData, labels: NavReportLabels) -> list[Flowable]:
    note = labels.levels_note.format(
        start=labels.at_start, now=_latest(data, labels), day=labels.formats.short_date(data.period_last)
    )
    lines = [Paragraph(text(note), styles.SMALL)]
    lines += [
        Paragraph(
            f"<b>{level.level} {text(labels.level_name(level.level))}</b>: "
            f"{text(labels.level_description(level.level))}",
            _LEGEND,
        )
        for level in LEVELS
    ]
    return [Spacer(1, 2 * mm), KeepTogether(lines)]


_LEGEND = ParagraphStyle("NavLegend", parent=styles.SMALL, leftIndent=4 * mm)


# --- the coach's words and the signature ---------------------------------------------------------


def _summary_section(data: NavReportData, labels: NavReportLabels) -> list[Flowable]:
    if not data.summary:
        muted = f'<font color="{_MUTED_HEX}">{text(labels.no_summary)}</font>'
        return [heading(labels.summary_heading), Paragraph(muted, styles.BODY)]
    paragraphs = [part.strip() for part in data.summary.split("\n\n") if part.strip()]
    body = [
        Paragraph("<br/>".join(text(line) for line in part.splitlines()), _SUMMARY) for part in paragraphs
    ]
    return [heading(labels.summary_heading), *body]


_SUMMARY = ParagraphStyle("NavSummary", parent=styles.BODY, spaceAfter=5)


def _signature(labels: NavReportLabels) -> list[Flowable]:
    line = Table([[""]], colWidths=[CONTENT_WIDTH * 0.55], rowHeights=[14 * mm], hAlign="LEFT")
    line.setStyle(
        [("LINEBELOW", (0, 0), (-1, -1), 0.8, Palette.INK), ("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR)]
    )
    return [KeepTogether([Spacer(1, 10 * mm), line, Paragraph(text(labels.signature), styles.SMALL)])]
