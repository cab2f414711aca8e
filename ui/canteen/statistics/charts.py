"""Chart helpers for the statistics view: the points behind the charts, where to label a time
axis, round axis scales, and the common look (fonts, pens, colours) of every chart.

Nothing here calls `tr()`: the chart titles, legends and tooltips are made by the view, whose
translation context (`StatisticsView`) the Norwegian .ts file is keyed on.
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from PySide6.QtCharts import QBarCategoryAxis, QChart, QChartView, QDateTimeAxis, QValueAxis
from PySide6.QtCore import QLocale, QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPen, QResizeEvent
from PySide6.QtWidgets import QApplication

from canteen_app.canteen.statistics.dto import GuestSummary, PeriodTotal
from canteen_app.core.formatting import LocaleFormat
from ui.canteen.statistics.formatting import capitalized
from ui.common.theme import BASE_POINT_SIZE

ACCENT = QColor("#1565c0")
AVERAGE = QColor("#455a64")
GRID = QColor("#e0e0e0")
INK = QColor("#263238")


def midday_msecs(day: date) -> float:
    """Where a day sits on a QDateTimeAxis: local noon, clear of daylight-saving changes.

    Python's local time and Qt's agree on the system zone; this is some 70 times faster than
    building a QDateTime per point, which matters for ten years of days.
    """
    return datetime.combine(day, time(12, 0)).timestamp() * 1000.0


@dataclass(frozen=True)
class ChartData:
    """A summary with its chart points already computed (in the worker, not the GUI thread)."""

    summary: GuestSummary
    daily_points: list[QPointF]
    weekly_points: list[QPointF]
    weeks: list[PeriodTotal]  # the weeks the weekly points stand for
    # The points split into runs the line connects; between runs the canteen was closed.
    daily_runs: list[list[QPointF]] = field(default_factory=list)
    weekly_runs: list[list[QPointF]] = field(default_factory=list)


def chart_data(summary: GuestSummary, today: date) -> ChartData:
    days = [day for day, _total in summary.daily]
    daily = [QPointF(midday_msecs(day), total) for day, total in summary.daily]
    weeks = [
        week for week in summary.weekly if _week_in_period(week.start, summary.start, summary.end, today)
    ]
    weekly = [QPointF(midday_msecs(week.start), week.total) for week in weeks]
    daily_runs = _split(daily, open_day_runs(days))
    weekly_runs = _split(weekly, consecutive_week_runs([week.start for week in weeks]))
    return ChartData(summary, daily, weekly, weeks, daily_runs, weekly_runs)


def open_day_runs(days: Sequence[date]) -> list[int]:
    """Where the daily line breaks: the index of each day that starts a new run, after a weekday
    without guests (a closed period such as a holiday; weekends do not break the line)."""
    return [index for index in range(1, len(days)) if _weekday_between(days[index - 1], days[index])]


def consecutive_week_runs(mondays: Sequence[date]) -> list[int]:
    """Where the weekly line breaks: after a week without guests."""
    return [
        index for index in range(1, len(mondays)) if mondays[index] - mondays[index - 1] > timedelta(days=7)
    ]


def _weekday_between(first: date, last: date) -> bool:
    day = first + timedelta(days=1)
    while day < last:
        if day.weekday() < 5:
            return True
        day += timedelta(days=1)
    return False


def _split(points: list[QPointF], breaks: list[int]) -> list[list[QPointF]]:
    edges = [0, *breaks, len(points)]
    return [points[begin:end] for begin, end in itertools.pairwise(edges) if end > begin]


def week_ticks(
    start: date, end: date, width: float, label_width: Callable[[str], float], label: Callable[[date], str]
) -> list[tuple[date, str]] | None:
    """Ticks on Mondays labelled with their week number, every 1, 2, 4, 8, 13 or 26 weeks,
    the finest that fits; None when even that is too dense (then months or years it is)."""
    first = start + timedelta(days=(7 - start.weekday()) % 7)
    mondays = [first + timedelta(weeks=i) for i in range((end - first).days // 7 + 1)]
    for step in (1, 2, 4, 8, 13, 26):
        ticks = [(day, label(day)) for day in mondays if _week_number(day) % step == 0 or step == 1]
        unique = len({text for _day, text in ticks}) == len(ticks)
        if ticks and unique and sum(label_width(text) for _day, text in ticks) <= width:
            return ticks
    return None


def _week_number(day: date) -> int:
    return day.isocalendar().week


def _week_in_period(monday: date, start: date, end: date, today: date) -> bool:
    """A week cut in two by the period would show a misleadingly low total; the week in
    progress is shown all the same (its total so far is what people look for)."""
    sunday = monday + timedelta(days=6)
    return monday >= start and (sunday <= end or end >= today)


class ChartView(QChartView):
    """A chart view that tells its owner when its width changes (to space the date ticks)."""

    resized = Signal(int)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit(event.size().width())


def _months_later(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def date_ticks(
    start: date,
    end: date,
    width: float,
    label_width: Callable[[str], float],
    formats: LocaleFormat,
) -> list[tuple[date, str]]:
    """Where to label a time axis from `start` to `end` that is `width` pixels wide.

    Ticks sit on the first day of a week (Monday), month, quarter or year, at the finest step
    whose labels fit side by side; labels are unique (a chart axis needs that). The labels are
    CLDR's for the UI language ("2. nov.", "Des.", "Jan. 2026"), like the printed reports'.
    """

    def mondays(step_weeks: int) -> list[tuple[date, str]]:
        first = start + timedelta(days=(7 - start.weekday()) % 7)
        days = [first + timedelta(weeks=i) for i in range(0, (end - first).days // 7 + 1, step_weeks)]
        return [(day, formats.day_month(day)) for day in days if day <= end]

    def months(step: int, year_only: bool = False) -> list[tuple[date, str]]:
        first = date(start.year, start.month, 1)
        if first < start:
            first = _months_later(first, 1)
        while (first.month - 1) % step:
            first = _months_later(first, 1)
        ticks: list[tuple[date, str]] = []
        day = first
        # Within a year, only January carries the year; the first label would otherwise be
        # cut short at the left edge ("Des. 20…"). With no January in view it keeps the year.
        within_year = step == 1 and (end - start).days <= 366
        january_in_view = any(
            _months_later(first, i).month == 1 for i in range(13) if _months_later(first, i) <= end
        )
        while day <= end:
            if year_only:
                label = str(day.year)
            elif within_year and day.month != 1 and (ticks or january_in_view):
                label = capitalized(formats.short_month(day))
            else:
                label = capitalized(formats.short_month_year(day))
            ticks.append((day, label))
            day = _months_later(day, step)
        return ticks

    def days() -> list[tuple[date, str]]:
        every_day = (start + timedelta(days=i) for i in range((end - start).days + 1))
        return [(day, formats.day_month(day)) for day in every_day]

    def years(step: int) -> list[tuple[date, str]]:
        return [(day, label) for day, label in months(12, year_only=True) if day.year % step == 0]

    candidates: list[Callable[[], list[tuple[date, str]]]] = [
        days,
        lambda: mondays(1),
        lambda: mondays(2),
        lambda: months(1),
        lambda: months(3),
        lambda: months(6),
        lambda: years(1),
        lambda: years(2),
        lambda: years(5),
        lambda: years(10),
    ]
    span = (end - start).days + 1
    spacing = [1, 7, 14, 30.4, 91.3, 182.6, 365.25, 730.5, 1826, 3652]  # days between ticks
    narrowest = label_width("8")
    for make, every in zip(candidates, spacing, strict=True):
        if span / every * narrowest > width:
            continue  # far too many labels; do not even make them
        ticks = make()
        if len({label for _day, label in ticks}) != len(ticks):
            continue
        if sum(label_width(label) for _day, label in ticks) <= width:
            return ticks
    return years(25)


def chart_font(points: float, bold: bool = False) -> QFont:
    """A font of `points` at the base text size, larger or smaller with the program's font."""
    font = QFont()
    font.setPointSizeF(points * QApplication.font().pointSizeF() / BASE_POINT_SIZE)
    font.setBold(bold)
    return font


def chart_pen(color: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(color)
    pen.setWidthF(width)
    pen.setStyle(style)
    return pen


def plain_chart() -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(6, 6, 12, 6))
    chart.setLocalizeNumbers(True)
    chart.setLocale(QLocale())
    chart.legend().setFont(chart_font(10))
    return chart


def style_axis(axis: QValueAxis | QDateTimeAxis | QBarCategoryAxis) -> None:
    axis.setLabelsFont(chart_font(10))
    axis.setLabelsColor(INK)
    axis.setGridLineColor(GRID)
    axis.setLinePenColor(INK)


def round_half_up(value: float) -> int:
    return int(value + 0.5) if value >= 0 else -int(-value + 0.5)


def nice_scale(maximum: float, intervals: int = 5) -> tuple[float, float]:
    """A round axis top and step for values up to `maximum`: about `intervals` gridlines at
    1, 2, 2.5 or 5 times a power of ten, with a little room above the highest value."""
    target = max(maximum * 1.05, 5.0)
    raw_step = target / intervals
    magnitude = 10 ** math.floor(math.log10(raw_step))
    step = next(f * magnitude for f in (1, 2, 2.5, 5, 10) if f * magnitude >= raw_step)
    if step < 1:
        step = 1.0  # whole guests
    return math.ceil(target / step) * step, step


def apply_scale(axis: QValueAxis, maximum: float, intervals: int = 5) -> None:
    """Gridlines at multiples of a round step from 0 to a round top.

    Each step is applied so that the axis never holds far more ticks than before or after
    (a range of 0..2 500 with the old step of 1 would lay out 2 500 labels for nothing).
    """
    top, step = nice_scale(maximum, intervals)
    axis.setTickAnchor(0)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    if step >= axis.tickInterval():
        axis.setTickInterval(step)
        axis.setRange(0, top)
    else:
        axis.setRange(0, top)
        axis.setTickInterval(step)


def nearest_point(points: Sequence[QPointF], x: float) -> int:
    """The index of the point nearest to `x`; the points are sorted by x, and there is one."""
    xs = [p.x() for p in points]
    i = bisect.bisect_left(xs, x)
    return min((j for j in (i - 1, i) if 0 <= j < len(points)), key=lambda j: abs(xs[j] - x))
