"""The monthly guest report: totals, a daily chart, weekday averages and a daily table.

Read by the canteen manager and by municipal leaders, often printed in black and white.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)

from canteen_app.canteen.statistics.guest_report_labels import NOT_AVAILABLE, GuestReportLabels
from canteen_app.core.dates import month_bounds
from canteen_app.core.progress import ProgressSink
from canteen_app.documents import styles
from canteen_app.documents.fonts import FONT_BOLD, FONT_REGULAR, register_fonts
from canteen_app.documents.styles import Palette
from canteen_app.documents.templates import CONTENT_WIDTH, build_pdf

_WEEKEND = (5, 6)


@dataclass(frozen=True)
class DayRow:
    day: date
    total: int
    by_category: tuple[int, ...]  # same order as GuestMonthData.categories


@dataclass(frozen=True)
class GuestMonthData:
    site_name: str
    month: date  # first day of the reported month
    categories: tuple[str, ...]  # category display names, in report language
    days: tuple[DayRow, ...]  # every day in the month that had guests, ascending
    previous_month_total: int
    previous_month_open_days: int  # days with guests in the previous month
    weekday_averages: tuple[float | None, ...]  # 7 entries Mon..Sun (None = closed)
    previous_weekday_averages: tuple[float | None, ...]  # 7 entries, previous month
    generated_at: datetime
    author: str  # name of the user (or "canteen-admin") who made it
    # Weekdays the canteen calendar has closed this month, with the reason (holiday, closure).
    closed_days: tuple[tuple[date, str], ...] = ()

    def __post_init__(self) -> None:
        # A mismatch here is a programming error in the caller; fail before any file is touched.
        if len(self.weekday_averages) != 7 or len(self.previous_weekday_averages) != 7:
            raise ValueError("weekday averages need exactly 7 entries (Monday..Sunday)")
        for row in self.days:
            if len(row.by_category) != len(self.categories):
                raise ValueError(f"{row.day}: one count per category expected")
            if (row.day.year, row.day.month) != (self.month.year, self.month.month):
                raise ValueError(f"{row.day} is not in the reported month")

    @property
    def total(self) -> int:
        return sum(row.total for row in self.days)

    @property
    def open_days(self) -> int:
        return len(self.days)


def build_story(data: GuestMonthData, labels: GuestReportLabels) -> list[Flowable]:
    """The report's content, ready for `build_pdf`."""
    register_fonts()
    story = _title_block(data, labels)
    if not data.days:
        story.append(Paragraph(escape(labels.no_guests), styles.BODY_EMPHASIS))
        return story + _summary_section(data, labels)
    story += _summary_section(data, labels)
    story += _chart_section(data, labels)
    story += _weekday_section(data, labels)
    story += _daily_section(data, labels)
    return story


def render_guest_month_report(
    data: GuestMonthData,
    labels: GuestReportLabels,
    out_path: Path,
    progress: ProgressSink | None = None,
) -> Path:
    """Render the report to `out_path` (atomically) and return the path."""
    story = build_story(data, labels)
    period = labels.formats.month_year(data.month)
    return build_pdf(
        out_path,
        story,
        title=_title(data, labels),
        author=data.author,
        subject=labels.subject_template.format(site=data.site_name, period=period),
        header_left=data.site_name,
        page_of_template=labels.page_of,
        generated_text=labels.generated_text(data.generated_at),
        progress=progress,
        lang=labels.language_tag,
    )


# --- title and summary -------------------------------------------------------------------


def _title(data: GuestMonthData, labels: GuestReportLabels) -> str:
    return labels.title_template.format(
        title=labels.report_title, period=labels.formats.month_year(data.month)
    )


def _title_block(data: GuestMonthData, labels: GuestReportLabels) -> list[Flowable]:
    info = f"{labels.prepared_by}: {data.author}  ·  {labels.generated_text(data.generated_at)}"
    return [
        Paragraph(escape(_title(data, labels)), styles.TITLE),
        Paragraph(escape(data.site_name), styles.SUBTITLE),
        Paragraph(escape(info), styles.SMALL),
        Spacer(1, 3 * mm),
        HRFlowable(width="100%", thickness=1.2, color=Palette.ACCENT, spaceAfter=2 * mm),
    ]


def _previous_month(month: date) -> date | None:
    return None if (month.year, month.month) == (1, 1) else month_bounds(month)[0] - timedelta(days=1)


def _average(total: int, days: int) -> float | None:
    return total / days if days else None


def _percent_change(current: float | None, previous: float | None) -> float | None:
    # No meaningful percentage from an empty or missing previous month.
    if current is None or not previous:
        return None
    return (current - previous) / previous * 100


def _summary_section(data: GuestMonthData, labels: GuestReportLabels) -> list[Flowable]:
    nf = labels.formats
    avg_now = _average(data.total, data.open_days)
    avg_before = _average(data.previous_month_total, data.previous_month_open_days)
    rows = [
        [
            labels.total_guests,
            nf.integer(data.total),
            nf.integer(data.previous_month_total),
            _format_change(_percent_change(data.total, data.previous_month_total), labels),
        ],
        [
            labels.open_days,
            nf.integer(data.open_days),
            nf.integer(data.previous_month_open_days),
            nf.signed_integer(data.open_days - data.previous_month_open_days),
        ],
        [
            labels.average_per_open_day,
            _format_average(avg_now, labels),
            _format_average(avg_before, labels),
            _format_change(_percent_change(avg_now, avg_before), labels),
        ],
    ]
    header = _comparison_header("", data.month, labels)
    table = _comparison_table([header, *rows])
    return [Paragraph(escape(labels.summary_heading), styles.HEADING), table]


def _comparison_header(first: str, month: date, labels: GuestReportLabels) -> list[Paragraph]:
    def two_lines(caption: str, period_month: date | None) -> Paragraph:
        period = labels.formats.month_year(period_month) if period_month else NOT_AVAILABLE
        text = f"{escape(caption)}<br/>{escape(period)}"
        return Paragraph(text, styles.TABLE_HEADER_RIGHT)

    return [
        Paragraph(escape(first), styles.TABLE_HEADER),
        two_lines(labels.this_month, month),
        two_lines(labels.previous_month, _previous_month(month)),
        Paragraph(escape(labels.change), styles.TABLE_HEADER_RIGHT),
    ]


_COMPARISON_WIDTHS = (0.43, 0.2, 0.2, 0.17)


def _comparison_table(rows: Sequence[Sequence[object]]) -> Table:
    widths = [CONTENT_WIDTH * share for share in _COMPARISON_WIDTHS]
    table = Table(list(rows), colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(styles.data_table_style(len(rows), first_numeric_column=1))
    return table


def _format_average(value: float | None, labels: GuestReportLabels) -> str:
    return NOT_AVAILABLE if value is None else labels.formats.decimal(value)


def _format_change(value: float | None, labels: GuestReportLabels) -> str:
    return NOT_AVAILABLE if value is None else labels.formats.signed_percent(value)


# --- chart -------------------------------------------------------------------------------


def _chart_days(data: GuestMonthData) -> list[date]:
    """Every weekday of the month, plus weekend days that had guests.

    Closed weekdays (holidays) stay in as empty bars so that the gap is visible.
    """
    with_guests = {row.day for row in data.days}
    last = calendar.monthrange(data.month.year, data.month.month)[1]
    all_days = (date(data.month.year, data.month.month, d) for d in range(1, last + 1))
    return [d for d in all_days if d.weekday() not in _WEEKEND or d in with_guests]


def _nice_axis(maximum: int) -> tuple[int, int]:
    """An axis top and step giving 4-6 round gridlines above `maximum`."""
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            step = factor * magnitude
            if maximum <= step * 5:
                top = -(-maximum // step) * step
                return (top + step if top == maximum else top, step)
        magnitude *= 10


_CHART_HEIGHT = 68 * mm
_PLOT_LEFT = 13 * mm
_PLOT_BOTTOM = 10 * mm
_PLOT_TOP_PAD = 8 * mm
_AVERAGE_LINE = {
    "strokeColor": Palette.INK,
    "strokeWidth": 1.1,
    "strokeDashArray": [4, 2.5],
}


def _chart_section(data: GuestMonthData, labels: GuestReportLabels) -> list[Flowable]:
    heading = Paragraph(escape(labels.chart_heading), styles.HEADING)
    return [KeepTogether([heading, _daily_chart(data, labels)])]


def _daily_chart(data: GuestMonthData, labels: GuestReportLabels) -> Drawing:
    days = _chart_days(data)
    totals = {row.day: row.total for row in data.days}
    top, step = _nice_axis(max(totals.values()))
    drawing = Drawing(CONTENT_WIDTH, _CHART_HEIGHT)
    drawing.initialFontName = FONT_REGULAR  # else the drawing references Helvetica
    chart = VerticalBarChart()
    chart.x, chart.y = _PLOT_LEFT, _PLOT_BOTTOM
    chart.width = CONTENT_WIDTH - _PLOT_LEFT
    chart.height = _CHART_HEIGHT - _PLOT_BOTTOM - _PLOT_TOP_PAD
    chart.data = [[totals.get(d, 0) for d in days]]
    _style_bars(chart)
    _style_value_axis(chart, top, step, labels)
    _style_day_axis(chart, days, labels)
    drawing.add(chart)
    _add_average_line(drawing, chart, data.total / data.open_days, top, labels)
    return drawing


def _style_bars(chart: VerticalBarChart) -> None:
    chart.bars[0].fillColor = Palette.BAR
    chart.bars[0].strokeColor = Palette.ACCENT
    chart.bars[0].strokeWidth = 0.5
    chart.barSpacing = 0
    chart.groupSpacing = 3


def _style_value_axis(chart: VerticalBarChart, top: int, step: int, labels: GuestReportLabels) -> None:
    axis = chart.valueAxis
    axis.valueMin, axis.valueMax, axis.valueStep = 0, top, step
    axis.labels.fontName = FONT_REGULAR
    axis.labels.fontSize = 7
    axis.labels.fillColor = Palette.MUTED
    axis.labelTextFormat = lambda value: labels.formats.integer(int(value))
    axis.visibleGrid = True
    axis.gridStrokeColor = Palette.GRID
    axis.gridStrokeWidth = 0.5
    axis.strokeColor = Palette.RULE
    axis.visibleTicks = False


def _style_day_axis(chart: VerticalBarChart, days: Sequence[date], labels: GuestReportLabels) -> None:
    axis = chart.categoryAxis
    abbreviation = labels.formats.weekday_abbreviation
    axis.categoryNames = [f"{abbreviation(d.weekday())}\n{d.day}" for d in days]
    axis.labels.fontName = FONT_REGULAR
    axis.labels.fontSize = 6.5
    axis.labels.leading = 7.5
    axis.labels.fillColor = Palette.INK
    axis.labels.boxAnchor = "n"
    axis.labels.textAnchor = "middle"
    axis.labels.dy = -2
    axis.strokeColor = Palette.INK
    axis.strokeWidth = 0.6
    # Bold Mondays make the weeks easy to find.
    for index, day in enumerate(days):
        if day.weekday() == 0:
            axis.labels[index].fontName = FONT_BOLD
    axis.visibleTicks = False


def _add_average_line(
    drawing: Drawing,
    chart: VerticalBarChart,
    average: float,
    top: int,
    labels: GuestReportLabels,
) -> None:
    y = chart.y + chart.height * average / top
    drawing.add(Line(chart.x, y, chart.x + chart.width, y, **_AVERAGE_LINE))
    # The legend sits above the plot, so it never covers a bar.
    right = chart.x + chart.width
    legend_y = _CHART_HEIGHT - _PLOT_TOP_PAD / 2 - 1
    text = f"{labels.average_per_open_day}: {labels.formats.decimal(average)}"
    drawing.add(
        String(
            right,
            legend_y,
            text,
            fontName=FONT_REGULAR,
            fontSize=7.5,
            fillColor=Palette.INK,
            textAnchor="end",
        )
    )
    sample_right = right - stringWidth(text, FONT_REGULAR, 7.5) - 2 * mm
    sample_y = legend_y + 2.6
    drawing.add(Line(sample_right - 9 * mm, sample_y, sample_right, sample_y, **_AVERAGE_LINE))


def _weekday(labels: GuestReportLabels, weekday: int) -> str:
    """A weekday's name starting a table cell: "Mandag" / "Monday"."""
    name = labels.formats.weekday_name(weekday)
    return name[:1].upper() + name[1:]


# --- weekday averages --------------------------------------------------------------------


def _weekday_section(data: GuestMonthData, labels: GuestReportLabels) -> list[Flowable]:
    header = _comparison_header(labels.weekday, data.month, labels)
    rows: list[list[object]] = [header]
    for weekday in range(7):
        now = data.weekday_averages[weekday]
        before = data.previous_weekday_averages[weekday]
        if weekday in _WEEKEND and now is None and before is None:
            continue
        rows.append(
            [
                _weekday(labels, weekday),
                _format_average(now, labels),
                _format_average(before, labels),
                _format_change(_percent_change(now, before), labels),
            ]
        )
    heading = Paragraph(escape(labels.weekday_heading), styles.HEADING)
    return [KeepTogether([heading, _comparison_table(rows)])]


# --- daily table -------------------------------------------------------------------------

_MIN_HEADER_FONT_SIZE = 6.5
_SLACK = 2 * mm  # breathing room so that the widest text does not touch the cell edge


def _daily_section(data: GuestMonthData, labels: GuestReportLabels) -> list[Flowable]:
    body = _daily_rows(data, labels)
    layout = _daily_layout(data, labels, body)
    header = _daily_header(data, labels, layout.header_font_size)
    body, closed_rows = _with_closed_days(data, labels, body)
    rows: list[Sequence[object]] = [header, *body]
    table = Table(rows, colWidths=layout.widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(styles.data_table_style(len(rows), first_numeric_column=2, total_row=True))
    for row in closed_rows:  # "Stengt: Kristi himmelfartsdag" across the count columns
        table.setStyle([("SPAN", (2, row), (-1, row)), ("ALIGN", (2, row), (-1, row), "LEFT")])
    heading = Paragraph(escape(labels.daily_heading), styles.HEADING)
    # Start the table on a new page rather than leaving a stub of a few rows at the bottom.
    return [CondPageBreak(60 * mm), heading, table]


def _daily_rows(data: GuestMonthData, labels: GuestReportLabels) -> list[list[str]]:
    """One row per open day, then the bold total row."""
    nf = labels.formats
    rows = [
        [
            nf.short_date(row.day),
            _weekday(labels, row.day.weekday()),
            *(nf.integer(count) for count in row.by_category),
            nf.integer(row.total),
        ]
        for row in data.days
    ]
    category_totals = (sum(counts) for counts in zip(*(r.by_category for r in data.days), strict=False))
    total_row = [labels.total, "", *(nf.integer(t) for t in category_totals)]
    return [*rows, [*total_row, nf.integer(data.total)]]


def _with_closed_days(
    data: GuestMonthData, labels: GuestReportLabels, body: list[list[str]]
) -> tuple[list[list[str]], list[int]]:
    """The day rows with a row for each closed weekday slotted in by date, and the table
    row numbers (header = 0) of those closed rows."""
    nf = labels.formats
    dated = [(row.day, cells) for row, cells in zip(data.days, body, strict=False)]
    closed = [
        (
            day,
            [
                nf.short_date(day),
                _weekday(labels, day.weekday()),
                labels.closed_because.format(reason=reason),
                *([""] * len(data.categories)),
            ],
        )
        for day, reason in data.closed_days
        if day not in {row.day for row in data.days}
    ]
    merged = sorted([*dated, *closed], key=lambda pair: pair[0])
    closed_days = {day for day, _cells in closed}
    numbers = [index + 1 for index, (day, _cells) in enumerate(merged) if day in closed_days]
    return [cells for _day, cells in merged] + [body[-1]], numbers


@dataclass(frozen=True)
class _TableLayout:
    widths: list[float]
    header_font_size: float


def _daily_layout(
    data: GuestMonthData, labels: GuestReportLabels, body: Sequence[Sequence[str]]
) -> _TableLayout:
    """Column widths for the daily table, and the font size of its header row.

    Date, weekday and total get what their text needs. Each category gets what its longest
    header word and its numbers need, plus an equal share of what is left. When even that
    does not fit, the header row gets a smaller font, so that no word is cut in the middle.
    """
    date_width = _text_width([row[0] for row in body] + [labels.date_column])
    weekday_names = [_weekday(labels, weekday) for weekday in range(7)]
    weekday_width = _text_width([*weekday_names, labels.weekday])
    total_width = _text_width([body[-1][-1], labels.total])
    room = CONTENT_WIDTH - date_width - weekday_width - total_width
    size = float(styles.TABLE_HEADER.fontSize)
    while True:
        needs = [
            _category_width(name, [row[2 + i] for row in body], size)
            for i, name in enumerate(data.categories)
        ]
        if sum(needs) <= room or size <= _MIN_HEADER_FONT_SIZE:
            break
        size = max(_MIN_HEADER_FONT_SIZE, size - 0.25)
    share = (room - sum(needs)) / max(1, len(needs))
    widths = [date_width, weekday_width, *(need + share for need in needs), total_width]
    return _TableLayout(widths, size)


def _text_width(texts: Sequence[str], size: float = styles.TABLE_FONT_SIZE) -> float:
    # Measured in bold, the wider face, so a total row or header always fits too.
    widest = max(stringWidth(text, FONT_BOLD, size) for text in texts)
    return float(widest + 2 * styles.TABLE_CELL_PADDING + _SLACK)


def _category_width(name: str, numbers: Sequence[str], header_size: float) -> float:
    return max(_text_width(name.split() or [""], header_size), _text_width(numbers))


def _daily_header(data: GuestMonthData, labels: GuestReportLabels, font_size: float) -> list[Paragraph]:
    texts = [labels.date_column, labels.weekday, *data.categories, labels.total]
    left = _resized(styles.TABLE_HEADER, font_size)
    right = _resized(styles.TABLE_HEADER_RIGHT, font_size)
    return [Paragraph(escape(text), left if column < 2 else right) for column, text in enumerate(texts)]


def _resized(style: ParagraphStyle, size: float) -> ParagraphStyle:
    if size == style.fontSize:
        return style
    return ParagraphStyle(f"{style.name}Fitted", parent=style, fontSize=size, leading=size * 1.25)
