"""The competence chart (T3): per competence area of the plan, the current level (the mean of
the coach's latest levels of its goals) against the target (the mean of the goals' targets),
as pairs of horizontal bars on the four-level scale."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from canteen_app.training.competence.rules import LEVELS
from canteen_app.training.plans.dto import AreaLevel
from ui.training.plans.looks import GRID, INK, NOW, TARGET, scaled_font
from ui.training.plans.words import Framework, level_name, short_area_name

CHART_MIN_SIZE = (420, 260)


class CompetenceChart(QChartView):
    """Two bars per area: now (the coach's levels) and the target."""

    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(6, 6, 12, 6))
        chart.setLocalizeNumbers(True)
        chart.setLocale(QLocale())
        chart.legend().setFont(scaled_font(0.95))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        super().__init__(chart, parent)
        self.setObjectName("competenceChart")
        self.setAccessibleName(self.tr("Competence chart: the level now against the target, per area"))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(*CHART_MIN_SIZE)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self.series = QHorizontalBarSeries()
        self.series.setLabelsVisible(True)
        self.series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.series.setLabelsFormat("@value")
        self.series.setLabelsPrecision(2)
        self.now_set = QBarSet(self.tr("Now (the coach's latest levels)"))
        self.now_set.setColor(NOW)
        self.now_set.setBorderColor(NOW.darker(130))
        self.target_set = QBarSet(self.tr("Target"))
        self.target_set.setColor(TARGET)
        self.target_set.setBorderColor(TARGET.darker(140))
        # Drawn bottom-up: the target below, "now" above it, within each area.
        self.series.append(self.target_set)
        self.series.append(self.now_set)
        chart.addSeries(self.series)

        self.area_axis = QBarCategoryAxis()
        self.level_axis = QValueAxis()
        self.level_axis.setRange(0, 4)
        self.level_axis.setTickCount(5)
        self.level_axis.setLabelFormat("%.0f")
        self.level_axis.setTitleFont(scaled_font(0.9))
        for bar_set in (self.now_set, self.target_set):
            bar_set.setLabelColor(INK)
            bar_set.setLabelFont(scaled_font(0.9, bold=True))
        for axis in (self.area_axis, self.level_axis):
            axis.setLabelsFont(scaled_font(0.9))
            axis.setLabelsColor(INK)
            axis.setGridLineColor(GRID)
            axis.setLinePenColor(INK)
        self.area_axis.setGridLineVisible(False)
        chart.addAxis(self.area_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(self.level_axis, Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(self.area_axis)
        self.series.attachAxis(self.level_axis)
        self._levels: list[AreaLevel] = []

    def show_levels(self, levels: Sequence[AreaLevel], framework: Framework) -> None:
        """One pair of bars per area that has goals in the plan; the first area on top."""
        self._levels = list(levels)
        language = framework.language
        scale = " · ".join(f"{level} {level_name(level, language)}" for level in LEVELS)
        self.level_axis.setTitleText(self.tr("Level: {scale}").format(scale=scale))
        self.series.setBarWidth(0.8 if len(self._levels) > 2 else 0.5)
        ordered = list(reversed(self._levels))  # a horizontal chart draws its first category lowest
        names = [
            f"{level.area_number}. {short_area_name(framework.area_name(level.area_number))}"
            for level in ordered
        ]
        self.now_set.remove(0, self.now_set.count())
        self.target_set.remove(0, self.target_set.count())
        self.area_axis.clear()
        if names:
            self.area_axis.append(names)
        self.now_set.append([level.current or 0.0 for level in ordered])
        self.target_set.append([level.target for level in ordered])
        self.setAccessibleDescription(self.describe(framework))

    @property
    def levels(self) -> list[AreaLevel]:
        return list(self._levels)

    def describe(self, framework: Framework) -> str:
        """The chart in words, for a screen reader: "Personal hygiene: now 2.5, target 3"."""
        locale = QLocale()
        parts = []
        for level in self._levels:
            name = short_area_name(framework.area_name(level.area_number))
            now = (
                locale.toString(level.current, "g", 2)
                if level.current is not None
                else self.tr("not assessed")
            )
            parts.append(
                self.tr("{area}: now {now}, target {target}").format(
                    area=name, now=now, target=locale.toString(level.target, "g", 2)
                )
            )
        return "; ".join(parts) if parts else self.tr("No goals from the framework in the plan yet.")
