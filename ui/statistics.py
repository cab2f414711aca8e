"""Guest statistics for the canteen manager (C5, first part): a period, its key figures, a
chart of guests per day or per week, the average per weekday, a table of daily totals, and
the monthly report as PDF.

Nothing here waits for the database on the GUI thread except small pieces: the table fetches
a window of calendar days at a time as it is scrolled (`DailyTotalsModel`: 35 days first,
then 120), and the summary behind the key figures and charts runs as a task
(`StatisticsService.summary`), whose result is dropped if the period changed meanwhile.
The monthly report is rendered in a cancellable task and shown in `PdfPreviewDialog`.
"""

from __future__ import annotations

import bisect
import enum
import logging
import math
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

import shiboken6
from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QMargins,
    QObject,
    QPointF,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QCursor,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from canteen_app.domain.dates import add_months
from canteen_app.domain.errors import DomainError
from canteen_app.services.dto import DayTotal, GuestCategoryInfo, GuestSummary, PeriodTotal
from canteen_app.services.statistics import previous_month
from ui.context import UiContext
from ui.i18n import message_text
from ui.qt_models import ALIGN_LEFT, ALIGN_RIGHT, Column, LazyTableModel, Page
from ui.tasks import Task, WorkerProgress
from ui.widgets import FieldMessage

log = logging.getLogger(__name__)

# Calendar days fetched per page of the daily table: about 85 open days, a screenful or two,
# and a few milliseconds of SQL even with years of taps. The first page is smaller: it is
# fetched while the view opens, next to the summary query.
FIRST_WINDOW_DAYS = 35
TABLE_WINDOW_DAYS = 120
# Periods longer than this open per week, unless the user chose per day or per week.
AUTO_WEEKLY_DAYS = 400
# Period changes (typing a date, spinning with the arrow keys) settle before a reload.
RELOAD_DELAY_MS = 150

_ACCENT = QColor("#1565c0")
_AVERAGE = QColor("#455a64")
_GRID = QColor("#e0e0e0")
_INK = QColor("#263238")


class Preset(enum.Enum):
    LAST_30_DAYS = "last_30_days"
    LAST_12_MONTHS = "last_12_months"
    THIS_YEAR = "this_year"
    LAST_YEAR = "last_year"
    ALL_DATA = "all_data"
    CUSTOM = "custom"


def preset_range(preset: Preset, today: date, first_day: date | None) -> tuple[date, date] | None:
    """The first and last day of a preset period; None for a custom period."""
    if preset is Preset.LAST_30_DAYS:
        return today - timedelta(days=29), today
    if preset is Preset.LAST_12_MONTHS:
        return add_months(today, -12) + timedelta(days=1), today
    if preset is Preset.THIS_YEAR:
        return date(today.year, 1, 1), today
    if preset is Preset.LAST_YEAR:
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if preset is Preset.ALL_DATA:
        return min(first_day or today, today), today
    return None


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _midday_msecs(day: date) -> float:
    """Where a day sits on a QDateTimeAxis: local noon, clear of daylight-saving changes.

    Python's local time and Qt's agree on the system zone; this is some 70 times faster than
    building a QDateTime per point, which matters for ten years of days.
    """
    return datetime.combine(day, time(12, 0)).timestamp() * 1000.0


# --- the daily table ---------------------------------------------------------------------------


class DailyTotalsModel(LazyTableModel[DayTotal, tuple[date, int]]):
    """Days with guests in a period, newest first: date, weekday, one column per category,
    total. Loads `FIRST_WINDOW_DAYS`, then `TABLE_WINDOW_DAYS` calendar days at a time.

    Active categories always have a column; a retired one gets its column when the first row
    that counted it is loaded.
    """

    def __init__(
        self,
        categories: Callable[[], list[GuestCategoryInfo]],
        language: str,
        parent: QObject | None = None,
    ) -> None:
        self._load_categories = categories
        self._language = language
        self._locale = QLocale()
        self._known: dict[int, GuestCategoryInfo] = {}
        super().__init__([], parent=parent)

    def set_period(
        self, daily_totals: Callable[[date, date], list[DayTotal]], start: date, end: date
    ) -> None:
        """Show the days from `start` to `end`, asking `daily_totals(first, last)` for each window."""
        self._locale = QLocale()
        categories = self._load_categories()
        self._known = {category.id: category for category in categories}
        columns = self._fixed_columns([c for c in categories if c.active])

        def fetch(window: tuple[date, int]) -> Page[DayTotal, tuple[date, int]]:
            window_end, days = window
            window_start = max(start, window_end - timedelta(days=days - 1))
            rows = daily_totals(window_start, window_end)
            if window_start <= start:
                return Page(rows, None)
            return Page(rows, (window_start - timedelta(days=1), TABLE_WINDOW_DAYS))

        self.reset(fetch if start <= end else None, (end, FIRST_WINDOW_DAYS), columns)

    @property
    def category_ids(self) -> list[int]:
        """The categories that have a column, in column order."""
        return [int(c.key.removeprefix("category_")) for c in self.columns if c.key.startswith("category_")]

    def rows_fetched(self, rows: Sequence[DayTotal]) -> None:
        shown = set(self.category_ids)
        new = {cid for row in rows for cid in row.by_category if row.by_category[cid]} - shown
        if new and not new <= self._known.keys():
            # A category created since the period was chosen: read the names again.
            self._known = {category.id: category for category in self._load_categories()}
        for category_id in sorted(new, key=self._category_order):
            self.insert_column(self._category_position(category_id), self._category_column(category_id))

    def _category_order(self, category_id: int) -> tuple[int, int]:
        category = self._known.get(category_id)
        return (category.sort_order if category else 1_000_000, category_id)

    def _category_position(self, category_id: int) -> int:
        """Keep the category columns in the configured order; the total stays last."""
        ids = self.category_ids
        first = self.column_index("weekday") + 1
        order = self._category_order(category_id)
        return first + sum(1 for cid in ids if self._category_order(cid) < order)

    def _fixed_columns(self, categories: Sequence[GuestCategoryInfo]) -> list[Column[DayTotal]]:
        locale = self._locale

        def day_text(row: DayTotal) -> str:
            return locale.toString(_qdate(row.day), QLocale.FormatType.ShortFormat)

        def weekday_text(row: DayTotal) -> str:
            return _capitalized(locale.dayName(row.day.isoweekday(), QLocale.FormatType.LongFormat))

        columns: list[Column[DayTotal]] = [
            Column(
                "date",
                lambda: QCoreApplication.translate("DailyTotalsModel", "Date"),
                day_text,
                value=lambda row: row.day,
                tooltip=lambda row: locale.toString(_qdate(row.day), QLocale.FormatType.LongFormat),
            ),
            Column(
                "weekday",
                lambda: QCoreApplication.translate("DailyTotalsModel", "Weekday"),
                weekday_text,
                value=lambda row: row.day.isoweekday(),
                alignment=ALIGN_LEFT,
            ),
        ]
        columns += [self._category_column(category.id) for category in categories]
        columns.append(
            Column(
                "total",
                lambda: QCoreApplication.translate("DailyTotalsModel", "Total"),
                lambda row: locale.toString(row.total),
                value=lambda row: row.total,
                alignment=ALIGN_RIGHT,
            )
        )
        return columns

    def _category_column(self, category_id: int) -> Column[DayTotal]:
        locale = self._locale
        known = self._known

        def title() -> str:
            category = known.get(category_id)
            if category is None:
                return QCoreApplication.translate("DailyTotalsModel", "Category {id}").format(id=category_id)
            name = category.name(self._language)
            if category.active:
                return name
            return QCoreApplication.translate("DailyTotalsModel", "{name} (retired)").format(name=name)

        return Column(
            f"category_{category_id}",
            title,
            lambda row: locale.toString(row.by_category.get(category_id, 0)),
            value=lambda row: row.by_category.get(category_id, 0),
            alignment=ALIGN_RIGHT,
        )


# --- charts ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _ChartData:
    """A summary with its chart points already computed (in the worker, not the GUI thread)."""

    summary: GuestSummary
    daily_points: list[QPointF]
    weekly_points: list[QPointF]
    weeks: list[PeriodTotal]  # the weeks the weekly points stand for


def _chart_data(summary: GuestSummary, today: date) -> _ChartData:
    daily = [QPointF(_midday_msecs(day), total) for day, total in summary.daily]
    weeks = [
        week for week in summary.weekly if _week_in_period(week.start, summary.start, summary.end, today)
    ]
    weekly = [QPointF(_midday_msecs(week.start), week.total) for week in weeks]
    return _ChartData(summary, daily, weekly, weeks)


def _week_in_period(monday: date, start: date, end: date, today: date) -> bool:
    """A week cut in two by the period would show a misleadingly low total; the week in
    progress is shown all the same (its total so far is what people look for)."""
    sunday = monday + timedelta(days=6)
    return monday >= start and (sunday <= end or end >= today)


class _ChartView(QChartView):
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
    locale: QLocale,
) -> list[tuple[date, str]]:
    """Where to label a time axis from `start` to `end` that is `width` pixels wide.

    Ticks sit on the first day of a week (Monday), month, quarter or year, at the finest step
    whose labels fit side by side; labels are unique (a chart axis needs that).
    """

    def mondays(step_weeks: int) -> list[tuple[date, str]]:
        first = start + timedelta(days=(7 - start.weekday()) % 7)
        days = [first + timedelta(weeks=i) for i in range(0, (end - first).days // 7 + 1, step_weeks)]
        return [(day, locale.toString(_qdate(day), "d MMM")) for day in days if day <= end]

    def months(step: int, year_only: bool = False) -> list[tuple[date, str]]:
        first = date(start.year, start.month, 1)
        if first < start:
            first = _months_later(first, 1)
        while (first.month - 1) % step:
            first = _months_later(first, 1)
        ticks: list[tuple[date, str]] = []
        day = first
        while day <= end:
            if year_only:
                label = str(day.year)
            elif step == 1 and (day.month != 1 and ticks) and (end - start).days <= 366:
                label = _capitalized(locale.toString(_qdate(day), "MMM"))
            else:
                label = _capitalized(locale.toString(_qdate(day), "MMM yyyy"))
            ticks.append((day, label))
            day = _months_later(day, step)
        return ticks

    def days() -> list[tuple[date, str]]:
        count = (end - start).days + 1
        return [
            (start + timedelta(days=i), locale.toString(_qdate(start + timedelta(days=i)), "d MMM"))
            for i in range(count)
        ]

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


def _chart_font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _pen(color: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(color)
    pen.setWidthF(width)
    pen.setStyle(style)
    return pen


def _plain_chart() -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(6, 6, 12, 6))
    chart.setLocalizeNumbers(True)
    chart.setLocale(QLocale())
    chart.legend().setFont(_chart_font(10))
    return chart


def _style_axis(axis: QValueAxis | QDateTimeAxis | QBarCategoryAxis) -> None:
    axis.setLabelsFont(_chart_font(10))
    axis.setLabelsColor(_INK)
    axis.setGridLineColor(_GRID)
    axis.setLinePenColor(_INK)


def _round_half_up(value: float) -> int:
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


def _apply_scale(axis: QValueAxis, maximum: float, intervals: int = 5) -> None:
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


# --- the view ----------------------------------------------------------------------------------


class StatisticsView(QWidget):
    """Guest statistics for one period; see the module docstring."""

    summary_loaded = Signal()  # the key figures and charts show the current period
    report_opened = Signal(object)  # the PdfPreviewDialog of a freshly made monthly report

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsView")
        self._context = context
        self._locale = QLocale()
        self._generation = 0  # bumps on every period change; older summaries are dropped
        self._loaded_generation = -1  # the generation the key figures and charts show
        self._weekday_averages: list[tuple[int, float | None]] = []
        self._render_task: Task | None = None
        self._data: _ChartData | None = None
        self._reports_dir: tempfile.TemporaryDirectory[str] | None = None
        self._first_day = context.services.statistics.first_day_with_guests(context.actor)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)
        self._build()
        self._apply_preset(Preset.LAST_12_MONTHS)
        self.reload()

    # --- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(self._build_controls())
        self.summary_label = QLabel(self.tr("Loading…"))
        self.summary_label.setObjectName("statisticsSummary")
        self.summary_label.setFont(_chart_font(13))
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary_label)
        self.message = FieldMessage("statistics")
        layout.addWidget(self.message)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("statisticsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_time_chart())
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.setChildrenCollapsible(False)
        bottom.addWidget(self._build_table())
        bottom.addWidget(self._build_weekday_chart())
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 2)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        layout.addWidget(self.splitter, 1)

    def _build_controls(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.preset = QComboBox()
        self.preset.setObjectName("statisticsPreset")
        self.preset.setAccessibleName(self.tr("Period"))
        for preset, text in (
            (Preset.LAST_30_DAYS, self.tr("Last 30 days")),
            (Preset.LAST_12_MONTHS, self.tr("Last 12 months")),
            (Preset.THIS_YEAR, self.tr("This year")),
            (Preset.LAST_YEAR, self.tr("Last year")),
            (Preset.ALL_DATA, self.tr("All data")),
            (Preset.CUSTOM, self.tr("Custom")),
        ):
            self.preset.addItem(text, preset.value)
        self.preset.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.preset.currentIndexChanged.connect(self._on_preset_chosen)
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.preset)

        self.date_from = self._date_edit("statisticsFrom", self.tr("First day of the period"))
        self.date_to = self._date_edit("statisticsTo", self.tr("Last day of the period"))
        self.date_from.dateChanged.connect(self._on_from_changed)
        self.date_to.dateChanged.connect(self._on_to_changed)
        from_label = QLabel(self.tr("&From:"))
        from_label.setBuddy(self.date_from)
        to_label = QLabel(self.tr("&To:"))
        to_label.setBuddy(self.date_to)

        # The kiosk keeps counting while this view is open; F5 brings the figures up to date.
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("statisticsRefresh")
        self.refresh_button.setAccessibleName(self.tr("Load the figures again"))
        self.refresh_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_button.setToolTip(self.tr("Load the figures again (F5)"))
        self.refresh_button.clicked.connect(self.refresh)

        self.report_button = QPushButton(self.tr("Monthly report (PDF)…"))
        self.report_button.setObjectName("monthlyReportButton")
        self.report_button.setAccessibleName(self.tr("Make the monthly guest report as PDF"))
        self.report_button.clicked.connect(self.ask_for_monthly_report)

        row.addWidget(period_label)
        row.addWidget(self.preset)
        row.addSpacing(12)
        row.addWidget(from_label)
        row.addWidget(self.date_from)
        row.addWidget(to_label)
        row.addWidget(self.date_to)
        row.addStretch(1)
        row.addWidget(self.refresh_button)
        row.addWidget(self.report_button)
        return row

    def _date_edit(self, name: str, accessible: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setMaximumDate(QDate(2100, 12, 31))
        return edit

    def _section_title(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setFont(_chart_font(12, bold=True))
        return label

    def _build_time_chart(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        self.time_chart_title = self._section_title(self.tr("Guests per day"))
        header.addWidget(self.time_chart_title)
        header.addStretch(1)
        self.per_day = QRadioButton(self.tr("Per &day"))
        self.per_day.setObjectName("statisticsPerDay")
        self.per_week = QRadioButton(self.tr("Per &week"))
        self.per_week.setObjectName("statisticsPerWeek")
        self.per_day.setChecked(True)
        self._resolution = QButtonGroup(self)
        self._resolution.addButton(self.per_day)
        self._resolution.addButton(self.per_week)
        self.per_day.toggled.connect(self._show_time_series)
        # Until someone picks one, long periods are shown per week (a decade of days is a blur).
        self._resolution_chosen = False
        self._resolution.buttonClicked.connect(self._on_resolution_clicked)
        header.addWidget(self.per_day)
        header.addWidget(self.per_week)
        layout.addLayout(header)
        layout.addWidget(self._build_time_chart_view(), 1)
        return panel

    def _build_time_chart_view(self) -> QChartView:
        chart = _plain_chart()
        self.time_series = QLineSeries()
        self.time_series.setPen(_pen(_ACCENT, 2.0))
        self.time_series.setMarkerSize(5)
        self.time_series.hovered.connect(self._on_time_hovered)
        self.average_series = QLineSeries()
        self.average_series.setPen(_pen(_AVERAGE, 1.5, Qt.PenStyle.DashLine))
        chart.addSeries(self.time_series)
        chart.addSeries(self.average_series)
        # The series are placed by a date-time axis; its evenly spaced ticks would fall on
        # arbitrary days, so it stays invisible and a category axis over the same range
        # labels the weeks, months or years at their first day.
        self.date_axis = QDateTimeAxis()
        self.date_axis.setVisible(False)
        self.date_labels = QCategoryAxis()
        _style_axis(self.date_labels)
        self.date_labels.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.value_axis = QValueAxis()
        _style_axis(self.value_axis)
        self.value_axis.setLabelFormat("%.0f")
        chart.addAxis(self.date_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.date_labels, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.value_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (self.time_series, self.average_series):
            series.attachAxis(self.date_axis)
            series.attachAxis(self.value_axis)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        self.time_chart = _ChartView(chart)
        self.time_chart.setObjectName("statisticsChart")
        self.time_chart.setAccessibleName(self.tr("Chart of guests over the period"))
        self.time_chart.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.time_chart.setMinimumHeight(240)
        self.time_chart.resized.connect(self._label_dates)
        return self.time_chart

    def _build_table(self) -> QWidget:
        panel = self._table_panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._section_title(self.tr("Guests per day and category")))
        self.model = DailyTotalsModel(
            lambda: self._context.services.guests.categories(
                self._context.actor.site_id, include_inactive=True
            ),
            self._context.language,
            self,
        )
        self.model.fetch_failed.connect(self._on_table_failed)
        self.table = QTableView()
        self.table.setObjectName("statisticsTable")
        self.table.setAccessibleName(self.tr("Guests per day, newest first"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        self.model.modelReset.connect(self._size_columns)
        self.model.columnsInserted.connect(self._size_columns)
        self.table.setMinimumWidth(360)
        layout.addWidget(self.table, 1)
        return panel

    def _build_weekday_chart(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._section_title(self.tr("Average guests per weekday")))
        chart = _plain_chart()
        chart.legend().setVisible(False)
        self.weekday_series = QBarSeries()
        self.weekday_series.setLabelsVisible(True)
        self.weekday_series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.weekday_series.setLabelsFormat("@value")
        self.weekday_series.setLabelsPrecision(12)
        self.weekday_series.setBarWidth(0.6)
        self.weekday_set = QBarSet(self.tr("Average per open day"))
        self.weekday_set.setColor(_ACCENT)
        self.weekday_set.setBorderColor(_ACCENT.darker(130))
        self.weekday_set.setLabelColor(_INK)
        self.weekday_set.setLabelFont(_chart_font(10, bold=True))
        self.weekday_series.append(self.weekday_set)
        self.weekday_series.hovered.connect(self._on_weekday_hovered)
        chart.addSeries(self.weekday_series)
        self.weekday_axis = QBarCategoryAxis()
        _style_axis(self.weekday_axis)
        self.weekday_axis.setGridLineVisible(False)
        self.weekday_value_axis = QValueAxis()
        _style_axis(self.weekday_value_axis)
        self.weekday_value_axis.setLabelFormat("%.0f")
        _apply_scale(self.weekday_value_axis, 0)
        chart.addAxis(self.weekday_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.weekday_value_axis, Qt.AlignmentFlag.AlignLeft)
        self.weekday_series.attachAxis(self.weekday_axis)
        self.weekday_series.attachAxis(self.weekday_value_axis)
        self.weekday_chart = QChartView(chart)
        self.weekday_chart.setObjectName("weekdayChart")
        self.weekday_chart.setAccessibleName(self.tr("Chart of the average guests per weekday"))
        self.weekday_chart.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.weekday_chart.setMinimumSize(300, 220)
        self.weekday_chart.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout.addWidget(self.weekday_chart, 1)
        return panel

    def _size_columns(self) -> None:
        """Fit the columns to their titles and the widest text a cell of theirs can hold."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        header_metrics = header.fontMetrics()
        sample_date = self._locale.toString(QDate(2088, 12, 28), QLocale.FormatType.ShortFormat)
        widest_day = max(
            (self._locale.dayName(day, QLocale.FormatType.LongFormat) for day in range(1, 8)),
            key=metrics.horizontalAdvance,
        )
        total_width = 0
        for column, spec in enumerate(self.model.columns):
            sample = {"date": sample_date, "weekday": _capitalized(widest_day)}.get(spec.key, "8,888")
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(sample), header_metrics.horizontalAdvance(title))
            header.resizeSection(column, width + 28)
            total_width += width + 28
        # No wider than its columns: the room is better spent on the weekday chart.
        frame = 2 * self.table.frameWidth()
        scroll = self.table.verticalScrollBar().sizeHint().width()
        self._table_panel.setMaximumWidth(total_width + frame + scroll)

    # --- the period --------------------------------------------------------------------------

    @property
    def period(self) -> tuple[date, date]:
        return self.date_from.date().toPython(), self.date_to.date().toPython()  # type: ignore[return-value]

    @property
    def current_preset(self) -> Preset:
        return Preset(self.preset.currentData())

    def set_preset(self, preset: Preset) -> None:
        self.preset.setCurrentIndex(self.preset.findData(preset.value))

    def set_period(self, start: date, end: date) -> None:
        """Show a custom period (what typing both dates does)."""
        self._set_dates(start, end)
        self._mark_custom()
        self._schedule_reload()

    def _apply_preset(self, preset: Preset) -> None:
        if preset is Preset.ALL_DATA:
            # Taps may have been counted since the view opened (or since the database was empty).
            self._first_day = self._context.services.statistics.first_day_with_guests(self._context.actor)
        bounds = preset_range(preset, date.today(), self._first_day)
        if bounds is not None:
            self._set_dates(*bounds)
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData(preset.value))
        self.preset.blockSignals(False)

    def _set_dates(self, start: date, end: date) -> None:
        for edit, day in ((self.date_from, start), (self.date_to, end)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)

    def _on_preset_chosen(self, _index: int) -> None:
        preset = self.current_preset
        if preset is Preset.CUSTOM:
            return  # the dates stay as they are until the user changes them
        self._apply_preset(preset)
        self._schedule_reload()

    def _on_from_changed(self, value: QDate) -> None:
        if value > self.date_to.date():
            self.date_to.blockSignals(True)
            self.date_to.setDate(value)
            self.date_to.blockSignals(False)
        self._mark_custom()
        self._schedule_reload()

    def _on_to_changed(self, value: QDate) -> None:
        if value < self.date_from.date():
            self.date_from.blockSignals(True)
            self.date_from.setDate(value)
            self.date_from.blockSignals(False)
        self._mark_custom()
        self._schedule_reload()

    def _mark_custom(self) -> None:
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData(Preset.CUSTOM.value))
        self.preset.blockSignals(False)

    def _schedule_reload(self) -> None:
        self._generation += 1  # any summary still on its way is for the old period
        self.summary_label.setText(self.tr("Loading…"))
        self._reload_timer.start()

    # --- loading -----------------------------------------------------------------------------

    @property
    def is_loading(self) -> bool:
        """True while the key figures and charts do not show the chosen period yet."""
        return (
            self._reload_timer.isActive() or self._data is None or self._loaded_generation != self._generation
        )

    def refresh(self) -> None:
        """Load the same period again, moving a preset period along to today."""
        preset = self.current_preset
        if preset is not Preset.CUSTOM:
            self._apply_preset(preset)
        self._schedule_reload()

    def reload(self) -> None:
        """Load the chosen period: the table at once (page by page), the summary in a task."""
        self._reload_timer.stop()
        self._generation += 1
        generation = self._generation
        start, end = self.period
        actor = self._context.actor
        statistics = self._context.services.statistics
        self.message.clear_message()
        self.summary_label.setText(self.tr("Loading…"))
        self.model.set_period(lambda first, last: statistics.daily_totals(actor, first, last), start, end)
        self._pick_resolution(start, end)

        today = date.today()

        def load(_progress: WorkerProgress) -> _ChartData:
            return _chart_data(statistics.summary(actor, start, end), today)

        def done(data: _ChartData) -> None:
            if generation != self._generation:
                return  # the period changed while this one was loading
            self._show_summary(data, generation)

        def failed(error: BaseException) -> None:
            if generation != self._generation:
                return
            log.error("Could not load the guest statistics", exc_info=error)
            self.summary_label.setText("")
            self.message.show_error(self._error_text(error))

        # With the view as owner, a result that arrives after a logout deleted it is dropped.
        self._context.tasks.run(load, done, failed, owner=self)

    def _error_text(self, error: BaseException) -> str:
        if isinstance(error, DomainError):
            return message_text(error.message)
        return self.tr("The statistics could not be loaded. Check the database connection and try again.")

    def _on_table_failed(self, error: object) -> None:
        text = self._error_text(error) if isinstance(error, BaseException) else str(error)
        self.message.show_error(text)

    def _show_summary(self, data: _ChartData, generation: int) -> None:
        self._data = data
        self._loaded_generation = generation
        summary = data.summary
        open_days = len(summary.daily)
        if open_days:
            self.summary_label.setText(
                self.tr(
                    "Total guests: {total}   ·   Open days: {days}   ·   Average per open day: {average}"
                ).format(
                    total=self._locale.toString(summary.total),
                    days=self._locale.toString(open_days),
                    average=self._locale.toString(summary.total / open_days, "f", 1),
                )
            )
        else:
            self.summary_label.setText(self.tr("No guests were counted in this period."))
        self._show_time_series()
        self._show_weekdays(summary.weekday_averages)
        self.summary_loaded.emit()

    def _on_resolution_clicked(self) -> None:
        self._resolution_chosen = True

    def _pick_resolution(self, start: date, end: date) -> None:
        if self._resolution_chosen:
            return
        per_week = (end - start).days > AUTO_WEEKLY_DAYS
        for button, checked in ((self.per_day, not per_week), (self.per_week, per_week)):
            button.blockSignals(True)
            button.setChecked(checked)
            button.blockSignals(False)

    def _show_time_series(self) -> None:
        data = self._data
        if data is None:
            return
        summary = data.summary
        per_day = self.per_day.isChecked()
        points = data.daily_points if per_day else data.weekly_points
        self.time_chart_title.setText(self.tr("Guests per day") if per_day else self.tr("Guests per week"))
        self.time_series.setName(self.tr("Guests per day") if per_day else self.tr("Guests per week"))
        self.time_series.setPointsVisible(len(points) <= 60)
        self.time_series.replace(points)
        low = QDateTime(_qdate(summary.start), QTime(0, 0))
        high = QDateTime(_qdate(summary.end), QTime(23, 59))
        self.date_axis.setRange(low, high)
        self._label_dates()

        open_days = len(summary.daily)
        if per_day and open_days:
            average = summary.total / open_days
            self.average_series.setName(
                self.tr("Average per open day ({average})").format(
                    average=self._locale.toString(average, "f", 1)
                )
            )
            self.average_series.replace(
                [
                    QPointF(float(low.toMSecsSinceEpoch()), average),
                    QPointF(float(high.toMSecsSinceEpoch()), average),
                ]
            )
            self.average_series.setVisible(True)
            self.time_chart.chart().legend().setVisible(True)
        else:
            # One line under a title that already says what it is: no legend needed.
            self.average_series.clear()
            self.average_series.setVisible(False)
            self.time_chart.chart().legend().setVisible(False)
        _apply_scale(self.value_axis, max((point.y() for point in points), default=0.0))

    def _label_dates(self, _width: int = 0) -> None:
        """Label the time axis at the first day of weeks, months or years, as many as fit."""
        low, high = self.date_axis.min(), self.date_axis.max()
        axis = self.date_labels
        for label in axis.categoriesLabels():
            axis.remove(label)
        axis.setRange(float(low.toMSecsSinceEpoch()), float(high.toMSecsSinceEpoch()))
        axis.setStartValue(float(low.toMSecsSinceEpoch()))
        metrics = QFontMetrics(axis.labelsFont())
        plot_width = max(200.0, self.time_chart.chart().plotArea().width() or self.time_chart.width() - 90.0)
        ticks = date_ticks(
            low.date().toPython(),  # type: ignore[arg-type]
            high.date().toPython(),  # type: ignore[arg-type]
            plot_width,
            lambda text: metrics.horizontalAdvance(text) + 16,
            self._locale,
        )
        for day, label in ticks:
            axis.append(label, float(QDateTime(_qdate(day), QTime(0, 0)).toMSecsSinceEpoch()))

    def _show_weekdays(self, averages: Sequence[float | None]) -> None:
        """Monday to Friday always, Saturday and Sunday only when they were ever open.

        The bars (and their labels) show whole guests; the exact average is in the tooltip.
        """
        days = [weekday for weekday in range(7) if weekday < 5 or averages[weekday] is not None]
        self._weekday_averages = [(weekday, averages[weekday]) for weekday in days]
        self.weekday_set.remove(0, self.weekday_set.count())
        self.weekday_axis.clear()
        self.weekday_axis.append(
            [
                _capitalized(self._locale.dayName(weekday + 1, QLocale.FormatType.ShortFormat))
                for weekday in days
            ]
        )
        values = [float(_round_half_up(averages[weekday] or 0.0)) for weekday in days]
        self.weekday_set.append(values)
        # Room above the tallest bar for its label.
        _apply_scale(self.weekday_value_axis, max(values, default=0.0) * 1.1)

    def _on_weekday_hovered(self, state: bool, index: int, _bar_set: QBarSet) -> None:
        if not state or not 0 <= index < len(self._weekday_averages):
            QToolTip.hideText()
            return
        weekday, average = self._weekday_averages[index]
        name = _capitalized(self._locale.dayName(weekday + 1, QLocale.FormatType.LongFormat))
        if average is None:
            text = self.tr("{weekday}: never open in this period").format(weekday=name)
        else:
            text = self.tr("{weekday}: {average} guests on average").format(
                weekday=name, average=self._locale.toString(average, "f", 1)
            )
        QToolTip.showText(QCursor.pos(), text, self.weekday_chart)

    def _on_time_hovered(self, point: QPointF, state: bool) -> None:
        data = self._data
        if not state or data is None:
            QToolTip.hideText()
            return
        per_day = self.per_day.isChecked()
        points = data.daily_points if per_day else data.weekly_points
        if not points:
            return
        xs = [p.x() for p in points]
        i = bisect.bisect_left(xs, point.x())
        nearest = min((j for j in (i - 1, i) if 0 <= j < len(points)), key=lambda j: abs(xs[j] - point.x()))
        if per_day:
            day, total = data.summary.daily[nearest]
            text = self.tr("{day}: {count} guests").format(
                day=self._locale.toString(_qdate(day), QLocale.FormatType.LongFormat),
                count=self._locale.toString(total),
            )
        else:
            week = data.weeks[nearest]
            text = self.tr("Week {week}, {year}: {count} guests on {days} open days").format(
                week=week.start.isocalendar().week,
                year=week.start.isocalendar().year,
                count=self._locale.toString(week.total),
                days=week.open_days,
            )
        QToolTip.showText(QCursor.pos(), text, self.time_chart)

    # --- what the charts show (for tests and automation) -------------------------------------

    def weekday_values(self) -> dict[str, float]:
        """The weekday chart as shown: weekday label -> bar height (whole guests)."""
        labels = self.weekday_axis.categories()
        return {labels[i]: self.weekday_set.at(i) for i in range(self.weekday_set.count())}

    def weekday_averages(self) -> list[tuple[int, float | None]]:
        """The exact averages behind the bars: (weekday 0=Monday, average) per bar."""
        return list(self._weekday_averages)

    def time_points(self) -> list[tuple[date, float]]:
        """The time chart as shown: (day, value) per point."""
        return [
            (QDateTime.fromMSecsSinceEpoch(int(p.x())).date().toPython(), p.y())  # type: ignore[misc]
            for p in self.time_series.points()
        ]

    # --- the monthly report ------------------------------------------------------------------

    def ask_for_monthly_report(self) -> None:
        today = date.today()
        earliest = self._first_day or today
        dialog = MonthPickerDialog(previous_month(today), earliest, today, self)
        dialog.accepted.connect(lambda: self.render_monthly_report(dialog.month()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def render_monthly_report(self, month: date) -> Task:
        """Render the month's guest report in a task (cancellable) and preview it."""
        if self._reports_dir is None:
            self._reports_dir = tempfile.TemporaryDirectory(
                prefix="canteen-reports-", ignore_cleanup_errors=True
            )
        folder = Path(tempfile.mkdtemp(dir=self._reports_dir.name))
        out_path = folder / "{name}-{month:%Y-%m}.pdf".format(name=self.tr("guest-report"), month=month)
        title = self.tr("Guest report {month}").format(
            month=self._locale.toString(_qdate(month), "MMMM yyyy")
        )
        context = self._context
        self.report_button.setEnabled(False)

        def render(progress: WorkerProgress) -> Path:
            return context.services.reports.render_guest_month(
                context.actor, month, context.language, out_path, progress
            )

        def done(path: Path) -> None:
            if not shiboken6.isValid(self):
                return  # logged out meanwhile: show the report to nobody
            self._render_task = None
            self.report_button.setEnabled(True)
            self._open_preview(path, title)

        def failed(error: BaseException) -> None:
            # Imported here: reportlab is loaded by the first render, not when the view opens.
            from canteen_app.reports.templates import RenderCancelled

            if not shiboken6.isValid(self):
                log.info("Dropped the monthly report of a closed view: %r", error)
                return
            self._render_task = None
            self.report_button.setEnabled(True)
            if isinstance(error, RenderCancelled):
                return  # the user asked for it; nothing to say
            if isinstance(error, DomainError):
                QMessageBox.warning(self, self.tr("Monthly report"), message_text(error.message))
                return
            if isinstance(error, OSError):
                log.error("Could not write the monthly report", exc_info=error)
                QMessageBox.warning(
                    self,
                    self.tr("Monthly report"),
                    self.tr("The report could not be written: {error}").format(error=error.strerror or error),
                )
                return
            raise error  # a bug: the global error handler logs it and says so

        # The progress dialog belongs to the window, not to this view: a logout deletes the view
        # while the render may still report progress to the dialog.
        self._render_task = context.tasks.run_with_progress(
            self.window(), self.tr("Making the monthly report…"), render, done, failed
        )
        return self._render_task

    def _open_preview(self, path: Path, title: str) -> None:
        from ui.report_preview import PdfPreviewDialog

        dialog = PdfPreviewDialog(path, title, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.report_opened.emit(dialog)

    # --- lifetime ----------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Forget the period (late results are dropped), stop a report being rendered and remove
        the rendered reports."""
        self._reload_timer.stop()
        self._generation += 1
        if self._render_task is not None:
            self._render_task.cancel()  # nobody is waiting for it any more
        if self._reports_dir is not None:
            self._reports_dir.cleanup()
            self._reports_dir = None


class MonthPickerDialog(QDialog):
    """Asks which month to report on; months that have not begun cannot be chosen."""

    def __init__(self, default: date, earliest: date, latest: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthPickerDialog")
        self.setWindowTitle(self.tr("Monthly guest report"))
        self._latest = latest.replace(day=1)
        locale = QLocale()
        self.month_combo = QComboBox()
        self.month_combo.setObjectName("monthPickerMonth")
        self.month_combo.setAccessibleName(self.tr("Month"))
        for number in range(1, 13):
            self.month_combo.addItem(_capitalized(locale.standaloneMonthName(number)), number)
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("monthPickerYear")
        self.year_spin.setAccessibleName(self.tr("Year"))
        self.year_spin.setGroupSeparatorShown(False)
        self.year_spin.setRange(min(earliest.year, default.year), max(latest.year, default.year))
        self.month_combo.setCurrentIndex(default.month - 1)
        self.year_spin.setValue(default.year)
        self.hint = FieldMessage("monthPicker")

        form = QFormLayout()
        form.addRow(self.tr("&Month:"), self.month_combo)
        form.addRow(self.tr("&Year:"), self.year_spin)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("monthPickerOk")
        ok.setText(self.tr("Make report"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("monthPickerCancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Which month should the report cover?")))
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.month_combo.currentIndexChanged.connect(self._check)
        self.year_spin.valueChanged.connect(self._check)
        self._check()

    def month(self) -> date:
        """The first day of the chosen month."""
        return date(self.year_spin.value(), int(self.month_combo.currentData()), 1)

    def set_month(self, month: date) -> None:
        self.year_spin.setValue(month.year)
        self.month_combo.setCurrentIndex(month.month - 1)

    def _check(self) -> None:
        future = self.month() > self._latest
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not future)
        if future:
            self.hint.show_error(self.tr("This month has not begun yet."))
        else:
            self.hint.clear_message()
