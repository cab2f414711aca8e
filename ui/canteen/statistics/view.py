"""The statistics page: the period controls, key figures, charts, daily table and monthly report."""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, QLocale, QPointF, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QCursor, QFontMetrics, QKeySequence, QPainter, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSplitter,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from canteen_app.app import AppServices, Changes
from canteen_app.canteen.guests.dto import GuestCategoryInfo
from canteen_app.canteen.guests.service import GUEST_CATEGORIES, GUEST_COUNTS
from canteen_app.canteen.statistics.dto import GuestSummary
from canteen_app.canteen.statistics.rules import previous_month
from canteen_app.core.dates import oslo_today
from canteen_app.core.errors import DomainError
from canteen_app.core.formatting import locale_format
from canteen_app.core.progress import ProgressSink
from ui.canteen.statistics.charts import (
    ACCENT,
    AVERAGE,
    INK,
    ChartData,
    ChartView,
    apply_scale,
    chart_data,
    chart_font,
    chart_pen,
    date_ticks,
    nearest_point,
    plain_chart,
    round_half_up,
    style_axis,
    week_ticks,
)
from ui.canteen.statistics.formatting import capitalized, qdate
from ui.canteen.statistics.model import DailyTotalsModel
from ui.canteen.statistics.month_picker import MonthPickerDialog
from ui.canteen.statistics.periods import Preset, preset_range
from ui.common.context import UiContext
from ui.common.i18n import message_text
from ui.common.tasks import Task
from ui.common.widgets import DateEdit, FieldMessage, read_only_table

log = logging.getLogger(__name__)

# Periods longer than this open per week, unless the user chose per day or per week.
AUTO_WEEKLY_DAYS = 400
# Period changes (typing a date, spinning with the arrow keys) settle before a reload.
RELOAD_DELAY_MS = 150
WEEKDAY_CHART_MIN_SIZE = (300, 220)
WEEKDAY_CHART_MAX_MIN_WIDTH = 520  # the table beside it and the navigation need the rest


@dataclass(frozen=True)
class _Loaded:
    """One load of the page: where the data begins, the period shown, the categories, the charts."""

    first_day: date | None
    period: tuple[date, date]
    categories: tuple[GuestCategoryInfo, ...]
    chart: ChartData


class StatisticsView(QWidget):
    """Guest statistics for one period; see the package docstring (`ui.canteen.statistics`)."""

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
        self._data: ChartData | None = None
        self._reports_dir: tempfile.TemporaryDirectory[str] | None = None
        self._first_day: date | None = None  # read with each load ("all data" starts there)
        self._stale = False  # guests were counted in this program while the page was hidden
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)
        self._build()
        self._apply_preset(Preset.LAST_12_MONTHS)
        context.ops.changed.connect(self._on_changed)
        self.reload()

    # --- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(self._build_controls())
        self.summary_label = QLabel(self.tr("Loading…"))
        self.summary_label.setObjectName("statisticsSummary")
        self.summary_label.setFont(chart_font(13))
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The key figures wrap beside the buttons, so large text still fits a 1280 px screen.
        self.summary_label.setWordWrap(True)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary_label, 1)
        summary_row.addWidget(self.refresh_button)
        summary_row.addWidget(self.report_button)
        layout.addLayout(summary_row)
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
        # Hidden until the first figures arrive: the charts are painted once, with data, and
        # not first empty in the same turn of the event loop that builds the page.
        self.splitter.hide()
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
        return row

    def _date_edit(self, name: str, accessible: str) -> QDateEdit:
        edit = DateEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setMaximumDate(QDate(2100, 12, 31))
        return edit

    def _section_title(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setFont(chart_font(12, bold=True))
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
        chart = plain_chart()
        self.time_series = self._run_series()
        # More runs of the line, one per stretch the canteen was open without a closed weekday.
        self._more_runs: list[QLineSeries] = []
        self.average_series = QLineSeries()
        self.average_series.setPen(chart_pen(AVERAGE, 1.5, Qt.PenStyle.DashLine))
        chart.addSeries(self.time_series)
        chart.addSeries(self.average_series)
        # The series are placed by a date-time axis; its evenly spaced ticks would fall on
        # arbitrary days, so it stays invisible and a category axis over the same range
        # labels the weeks, months or years at their first day.
        self.date_axis = QDateTimeAxis()
        self.date_axis.setVisible(False)
        self.date_labels = QCategoryAxis()
        style_axis(self.date_labels)
        self.date_labels.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.value_axis = QValueAxis()
        style_axis(self.value_axis)
        self.value_axis.setLabelFormat("%.0f")
        chart.addAxis(self.date_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.date_labels, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.value_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (self.time_series, self.average_series):
            series.attachAxis(self.date_axis)
            series.attachAxis(self.value_axis)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        self.time_chart = ChartView(chart)
        self.time_chart.setObjectName("statisticsChart")
        self.time_chart.setAccessibleName(self.tr("Chart of guests over the period"))
        self.time_chart.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.time_chart.setMinimumHeight(200)  # with large text the page still fits 800 px
        self.time_chart.resized.connect(self._label_dates)
        return self.time_chart

    def _run_series(self) -> QLineSeries:
        series = QLineSeries()
        series.setPen(chart_pen(ACCENT, 2.0))
        series.setMarkerSize(5)
        series.hovered.connect(self._on_time_hovered)
        return series

    def _show_runs(self, runs: list[list[QPointF]], points_visible: bool) -> None:
        """The line in runs: it breaks over closed periods instead of bridging them."""
        chart = self.time_chart.chart()
        while len(self._more_runs) < len(runs) - 1:
            series = self._run_series()
            chart.addSeries(series)
            series.attachAxis(self.date_axis)
            series.attachAxis(self.value_axis)
            for marker in chart.legend().markers(series):
                marker.setVisible(False)  # the legend names the line once
            self._more_runs.append(series)
        all_runs = [self.time_series, *self._more_runs]
        for index, series in enumerate(all_runs):
            series.replace(runs[index] if index < len(runs) else [])
            series.setPointsVisible(points_visible)

    def _build_table(self) -> QWidget:
        panel = self._table_panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._section_title(self.tr("Guests per day and category")))
        self.model = DailyTotalsModel(self._context.ops, self._context.actor, self._context.language, self)
        self.model.fetch_failed.connect(self._on_table_failed)
        self.table = read_only_table("statisticsTable", self.tr("Guests per day, newest first"), self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
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
        layout.addWidget(self._build_weekday_chart_view(), 1)
        return panel

    def _build_weekday_chart_view(self) -> QChartView:
        chart = plain_chart()
        chart.legend().setVisible(False)
        self.weekday_series = QBarSeries()
        self.weekday_series.setLabelsVisible(True)
        self.weekday_series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.weekday_series.setLabelsFormat("@value")
        self.weekday_series.setLabelsPrecision(12)
        self.weekday_series.setBarWidth(0.6)
        self.weekday_set = QBarSet(self.tr("Average per open day"))
        self.weekday_set.setColor(ACCENT)
        self.weekday_set.setBorderColor(ACCENT.darker(130))
        self.weekday_set.setLabelColor(INK)
        self.weekday_set.setLabelFont(chart_font(10, bold=True))
        self.weekday_series.append(self.weekday_set)
        self.weekday_series.hovered.connect(self._on_weekday_hovered)
        chart.addSeries(self.weekday_series)
        self.weekday_axis = QBarCategoryAxis()
        style_axis(self.weekday_axis)
        self.weekday_axis.setGridLineVisible(False)
        self.weekday_value_axis = QValueAxis()
        style_axis(self.weekday_value_axis)
        self.weekday_value_axis.setLabelFormat("%.0f")
        apply_scale(self.weekday_value_axis, 0)
        chart.addAxis(self.weekday_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.weekday_value_axis, Qt.AlignmentFlag.AlignLeft)
        self.weekday_series.attachAxis(self.weekday_axis)
        self.weekday_series.attachAxis(self.weekday_value_axis)
        self.weekday_chart = QChartView(chart)
        self.weekday_chart.setObjectName("weekdayChart")
        self.weekday_chart.setAccessibleName(self.tr("Chart of the average guests per weekday"))
        self.weekday_chart.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.weekday_chart.setMinimumSize(*WEEKDAY_CHART_MIN_SIZE)
        self.weekday_chart.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        return self.weekday_chart

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
            sample = {"date": sample_date, "weekday": capitalized(widest_day)}.get(spec.key, "8,888")
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
        """Show the preset's dates; "all data" is settled by the next load, which reads where
        the data begins (taps may have been counted since the view opened)."""
        bounds = preset_range(preset, oslo_today(), self._first_day)
        if bounds is not None:
            self._set_dates(*bounds)
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData(preset.value))
        self.preset.blockSignals(False)

    def _set_dates(self, start: date, end: date) -> None:
        for edit, day in ((self.date_from, start), (self.date_to, end)):
            edit.blockSignals(True)
            edit.setDate(qdate(day))
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
        """Load the chosen period: the key figures and charts, then the table page by page."""
        self._reload_timer.stop()
        self._stale = False
        self._generation += 1
        generation = self._generation
        start, end = self.period
        all_data = self.current_preset is Preset.ALL_DATA
        actor = self._context.actor
        self.message.clear_message()
        self.summary_label.setText(self.tr("Loading…"))
        today = oslo_today()

        def load(app: AppServices) -> _Loaded:
            first_day = app.statistics.first_day_with_guests(actor)
            period = (start, end)
            if all_data:
                period = preset_range(Preset.ALL_DATA, today, first_day) or period
            summary = app.statistics.summary(actor, *period)
            categories = app.guests.categories(actor.site_id, include_inactive=True)
            return _Loaded(first_day, period, tuple(categories), chart_data(summary, today))

        def done(loaded: _Loaded) -> None:
            if generation != self._generation:
                return  # the period changed while this one was loading
            self._first_day = loaded.first_day
            self._set_dates(*loaded.period)
            self.model.set_period(
                loaded.categories, *loaded.period, has_guests=bool(loaded.chart.summary.daily)
            )
            self._pick_resolution(*loaded.period)
            self._show_summary(loaded.chart, generation)

        def failed(error: DomainError) -> None:
            if generation != self._generation:
                return
            self.summary_label.setText("")
            self.message.show_domain_error(error)

        self._context.ops.read(self, load, done, failed)

    def _on_changed(self, changes: Changes, _source: object) -> None:
        """Guests were counted (or categories changed) in this program: the figures follow,
        at once when the page is in view, else when it is shown again."""
        if not changes.touches(GUEST_COUNTS, GUEST_CATEGORIES):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_table_failed(self, error: DomainError) -> None:
        self.message.show_domain_error(error)

    def _show_summary(self, data: ChartData, generation: int) -> None:
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
        self.splitter.show()
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
        self._show_runs(data.daily_runs if per_day else data.weekly_runs, len(points) <= 60)
        low = QDateTime(qdate(summary.start), QTime(0, 0))
        high = QDateTime(qdate(summary.end), QTime(23, 59))
        self.date_axis.setRange(low, high)
        self._label_dates()
        self._show_average(summary, per_day, low, high)
        apply_scale(self.value_axis, max((point.y() for point in points), default=0.0))

    def _show_average(self, summary: GuestSummary, per_day: bool, low: QDateTime, high: QDateTime) -> None:
        """A dashed line at the average per open day, across the period; per day only."""
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
        first_day: date = low.date().toPython()  # type: ignore[assignment]
        last_day: date = high.date().toPython()  # type: ignore[assignment]

        def width(text: str) -> float:
            return metrics.horizontalAdvance(text) + 16

        ticks = None
        if self.per_week.isChecked():  # per week: the weeks by their numbers, as the canteen plans
            ticks = week_ticks(first_day, last_day, plot_width, width, self._week_label)
        if ticks is None:
            ticks = date_ticks(first_day, last_day, plot_width, width, locale_format(self._context.language))
        for day, label in ticks:
            axis.append(label, float(QDateTime(qdate(day), QTime(0, 0)).toMSecsSinceEpoch()))

    def _week_label(self, monday: date) -> str:
        return self.tr("wk {week}").format(week=monday.isocalendar().week)

    def _show_weekdays(self, averages: Sequence[float | None]) -> None:
        """Monday to Friday always, Saturday and Sunday only when they were ever open.

        The bars (and their labels) show whole guests; the exact average is in the tooltip.
        """
        days = [weekday for weekday in range(7) if weekday < 5 or averages[weekday] is not None]
        self._weekday_averages = [(weekday, averages[weekday]) for weekday in days]
        self.weekday_set.remove(0, self.weekday_set.count())
        self.weekday_axis.clear()
        labels = [
            capitalized(self._locale.dayName(weekday + 1, QLocale.FormatType.ShortFormat)) for weekday in days
        ]
        self.weekday_axis.append(labels)
        self.weekday_chart.setMinimumWidth(self._weekday_chart_width(labels))
        values = [float(round_half_up(averages[weekday] or 0.0)) for weekday in days]
        self.weekday_set.append(values)
        # Room above the tallest bar for its label, as much more as the text is larger.
        label_height = QFontMetrics(self.weekday_set.labelFont()).height()
        headroom = 1 + 2 * label_height / WEEKDAY_CHART_MIN_SIZE[1]
        apply_scale(self.weekday_value_axis, max(values, default=0.0) * headroom)

    def _weekday_chart_width(self, labels: Sequence[str]) -> int:
        """Wide enough that no weekday's name is cut to "..." (also with large text), within
        what a 1280 px screen leaves for it. QtCharts gives a label the axis width divided by
        one more than the number of bars, less 2 x 5 px, and its text box adds about 8 px."""
        widest = max(map(QFontMetrics(self.weekday_axis.labelsFont()).horizontalAdvance, labels))
        wanted = (len(labels) + 1) * (widest + 20) + 80  # the value axis and the margins
        return max(WEEKDAY_CHART_MIN_SIZE[0], min(wanted, WEEKDAY_CHART_MAX_MIN_WIDTH))

    def _on_weekday_hovered(self, state: bool, index: int, _bar_set: QBarSet) -> None:
        if not state or not 0 <= index < len(self._weekday_averages):
            QToolTip.hideText()
            return
        weekday, average = self._weekday_averages[index]
        name = capitalized(self._locale.dayName(weekday + 1, QLocale.FormatType.LongFormat))
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
        nearest = nearest_point(points, point.x())
        if per_day:
            day, total = data.summary.daily[nearest]
            text = self.tr("{day}: %n guest(s)", "", total).format(
                day=self._locale.toString(qdate(day), QLocale.FormatType.LongFormat)
            )
        else:
            week = data.weeks[nearest]
            text = self.tr("Week {week}, {year}: %n guest(s); open days: {days}", "", week.total).format(
                week=week.start.isocalendar().week, year=week.start.isocalendar().year, days=week.open_days
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
        """The time chart as shown: (day, value) per point, over all runs of the line."""
        return [point for run in self.time_runs() for point in run]

    def time_runs(self) -> list[list[tuple[date, float]]]:
        """The runs of the line as shown: it breaks where the canteen was closed."""
        runs = [self.time_series, *self._more_runs]
        return [
            [(QDateTime.fromMSecsSinceEpoch(int(p.x())).date().toPython(), p.y()) for p in series.points()]  # type: ignore[misc]
            for series in runs
            if series.count()
        ]

    def axis_labels(self) -> list[str]:
        """The labels under the time chart, left to right."""
        return list(self.date_labels.categoriesLabels())

    # --- the monthly report ------------------------------------------------------------------

    def ask_for_monthly_report(self) -> None:
        today = oslo_today()
        earliest = self._first_day or today
        dialog = MonthPickerDialog(previous_month(today) or today, earliest, today, self)
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
        title = self.tr("Guest report {month}").format(month=self._locale.toString(qdate(month), "MMMM yyyy"))
        actor, language = self._context.actor, self._context.language
        self.report_button.setEnabled(False)

        def render(app: AppServices, progress: ProgressSink) -> Path:
            return app.statistics.render_guest_month(actor, month, language, out_path, progress)

        def done(path: Path) -> None:
            if not shiboken6.isValid(self):
                return  # logged out meanwhile: show the report to nobody
            self._render_task = None
            self.report_button.setEnabled(True)
            self._open_preview(path, title)

        # The progress dialog belongs to the window, not to this view: a logout deletes the view
        # while the render may still report progress to the dialog.
        self._render_task = self._context.ops.render(
            self.window(), self.tr("Making the monthly report…"), render, done, self._on_report_failed
        )
        return self._render_task

    def _on_report_failed(self, error: BaseException) -> None:
        # Imported here: reportlab is loaded by the first render, not when the view opens.
        from canteen_app.documents.templates import RenderCancelled

        if not shiboken6.isValid(self):
            log.info("Dropped the monthly report of a closed view: %s", type(error).__name__)
            return
        self._render_task = None
        self.report_button.setEnabled(True)
        if isinstance(error, RenderCancelled):
            return  # the user asked for it; nothing to say
        if isinstance(error, DomainError):
            QMessageBox.warning(self, self.tr("Monthly report"), message_text(error.message))
            return
        if isinstance(error, OSError):
            log.error("Could not write the monthly report: %s", error.strerror)
            QMessageBox.warning(
                self,
                self.tr("Monthly report"),
                self.tr("The report could not be written: {error}").format(error=error.strerror or error),
            )
            return
        raise error  # a bug: the global error handler logs it and says so

    def _open_preview(self, path: Path, title: str) -> None:
        from ui.common.pdf_preview import PdfPreviewDialog

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
