"""The monthly attendance summary (T4): what the participant and the coach keep to back up
NAV's reporting. The month's totals and rate, then every counted day with its status and
hours; never the reason for an absence (`AttendanceDayRow` has no field for it)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from canteen_app.core.progress import ProgressSink
from canteen_app.documents import styles
from canteen_app.documents.fonts import register_fonts
from canteen_app.documents.templates import CONTENT_WIDTH
from canteen_app.training.nav_reports.dto import AttendanceMonthData
from canteen_app.training.nav_reports.nav_report_labels import NavReportLabels
from canteen_app.training.nav_reports.report_parts import (
    facts_table,
    header_title,
    heading,
    key_figures,
    made_by,
    table_heading,
    text,
    title_block,
    write_pdf,
)

# Date, weekday, status, hours.
_DAY_WIDTHS = (0.22, 0.22, 0.36, 0.2)


def build_story(data: AttendanceMonthData, labels: NavReportLabels) -> list[Flowable]:
    register_fonts()
    story = title_block(
        _title(data, labels), data.participant_name, [made_by(labels, data.author, data.generated_at)]
    )
    story += [
        Spacer(1, 2 * mm),
        facts_table(
            [
                (labels.participant, data.participant_name),
                (labels.measure, data.measure_name),
                (labels.coach, data.coach_name or labels.no_coach),
            ]
        ),
        heading(labels.month_summary),
        key_figures(data.totals, labels),
        Spacer(1, 1.5 * mm),
        Paragraph(text(labels.rate_note), styles.SMALL),
    ]
    story += _days_section(data, labels)
    return story


def render_attendance_month(
    data: AttendanceMonthData, labels: NavReportLabels, out_path: Path, progress: ProgressSink | None = None
) -> Path:
    """Render the month to `out_path` (atomically) and return the path."""
    month = labels.formats.month_year(data.month)
    return write_pdf(
        out_path,
        build_story(data, labels),
        title=header_title(_title(data, labels), data.participant_name, labels),
        subject=labels.attendance_subject.format(month=month),
        site_name=data.site_name,
        author=data.author,
        generated_at=data.generated_at,
        labels=labels,
        progress=progress,
    )


def _title(data: AttendanceMonthData, labels: NavReportLabels) -> str:
    return labels.attendance_title.format(month=labels.formats.month_year(data.month))


def _days_section(data: AttendanceMonthData, labels: NavReportLabels) -> list[Flowable]:
    if not data.days:
        return [heading(labels.days_heading), Paragraph(text(labels.no_days), styles.BODY)]
    dates = labels.formats
    header = [
        Paragraph(text(labels.date_column), styles.TABLE_HEADER),
        Paragraph(text(labels.weekday_column), styles.TABLE_HEADER),
        Paragraph(text(labels.status_column), styles.TABLE_HEADER),
        Paragraph(text(labels.hours), styles.TABLE_HEADER_RIGHT),
    ]
    body = [
        [
            dates.short_date(row.day),
            labels.weekday(row.day),
            labels.status_word(row.status),
            labels.hours_text(row.hours) if row.hours is not None else "",
        ]
        for row in data.days
    ]
    total = [labels.total, "", "", labels.hours_text(data.totals.hours)]
    rows: list[Sequence[object]] = [header, *body, total]
    widths = [CONTENT_WIDTH * share for share in _DAY_WIDTHS]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(styles.data_table_style(len(rows), first_numeric_column=3, total_row=True))
    table.setStyle(
        [
            # A little tighter than the standard table, so that a month of weekdays (up to 23)
            # fits on the first page with the summary.
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("NOSPLIT", (0, -2), (-1, -1)),  # the total row never stands alone on a page
        ]
    )
    return [*table_heading(labels.days_heading, 40 * mm), table]
