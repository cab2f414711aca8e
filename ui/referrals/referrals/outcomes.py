"""Outcomes (R2): how many referrals led to a job, and how long it took. Figures for the chosen
year (or every year): referrals, hired, the hire rate (hired of the closed referrals), the median
days from the measure start to the job and from the referral to the hire; a bar chart of
referrals and hires per partner and one per year; and the same per partner as a table, for
exact numbers and screen readers. Counts only: no participant is named here."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QMargins,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from canteen_app.core.formatting import LocaleFormat, locale_format
from canteen_app.referrals.referrals.dto import Outcomes, PartnerOutcome, YearOutcome
from ui.common.focus_ring import RING_ROOM
from ui.common.formatting import quiet
from ui.common.widgets import FieldMessage, read_only_table
from ui.referrals.referrals.words import days_text, rate_text

if TYPE_CHECKING:
    from ui.common.context import UiContext

REFERRED = QColor("#78909c")  # 3.4:1 on white: a bar, with its value written beside it
HIRED = QColor("#2e7d32")
INK = QColor("#263238")
GRID = QColor("#e0e0e0")
CHART_MIN_SIZE = (360, 280)
NAME_CHARS = 28  # a partner's name beside its bars, at most
ModelIndex = QModelIndex | QPersistentModelIndex


def _font(factor: float = 0.9, bold: bool = False) -> QFont:
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def short_name(name: str) -> str:
    return name if len(name) <= NAME_CHARS else name[: NAME_CHARS - 1].rstrip() + "…"


class OutcomeChart(QChartView):
    """Two bars per category: referrals and hired. Horizontal (the names on the left, whole)
    for the partners; upright for the years."""

    def __init__(
        self, object_name: str, accessible_name: str, horizontal: bool = False, parent: QWidget | None = None
    ) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(6, 6, 12, 6))
        chart.setLocalizeNumbers(True)
        chart.setLocale(QLocale())
        chart.legend().setFont(_font())
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        super().__init__(chart, parent)
        self.setObjectName(object_name)
        self.setAccessibleName(accessible_name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(*CHART_MIN_SIZE)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._horizontal = horizontal
        self.series: QAbstractBarSeries = QHorizontalBarSeries() if horizontal else QBarSeries()
        self.series.setLabelsVisible(True)
        self.series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.series.setLabelsFormat("@value")
        self.series.setLabelsPrecision(6)
        self.referred_set = QBarSet(self.tr("Referrals"))
        self.hired_set = QBarSet(self.tr("Hired"))
        for bar_set, colour in ((self.referred_set, REFERRED), (self.hired_set, HIRED)):
            bar_set.setColor(colour)
            bar_set.setBorderColor(colour.darker(130))
            bar_set.setLabelColor(INK)
            bar_set.setLabelFont(_font(0.9, bold=True))
            self.series.append(bar_set)
        chart.addSeries(self.series)
        self.category_axis = QBarCategoryAxis()
        self.value_axis = QValueAxis()
        self.value_axis.setLabelFormat("%.0f")
        for axis in (self.category_axis, self.value_axis):
            axis.setLabelsFont(_font())
            axis.setLabelsColor(INK)
            axis.setGridLineColor(GRID)
            axis.setLinePenColor(INK)
        self.category_axis.setGridLineVisible(False)
        category_side, value_side = Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft
        if horizontal:
            category_side, value_side = value_side, category_side
        chart.addAxis(self.category_axis, category_side)
        chart.addAxis(self.value_axis, value_side)
        self.series.attachAxis(self.category_axis)
        self.series.attachAxis(self.value_axis)
        self._categories: list[str] = []

    def show_counts(self, categories: Sequence[str], referred: Sequence[int], hired: Sequence[int]) -> None:
        self._categories = list(categories)
        for bar_set in (self.referred_set, self.hired_set):
            bar_set.remove(0, bar_set.count())
        self.category_axis.clear()
        # A horizontal chart draws its first category lowest: the first partner goes on top.
        order = list(reversed(range(len(categories)))) if self._horizontal else list(range(len(categories)))
        if categories:
            self.category_axis.append([categories[i] for i in order])
        self.referred_set.append([float(referred[i]) for i in order])
        self.hired_set.append([float(hired[i]) for i in order])
        top = max([*referred, 1])
        step = 1 if top <= 6 else 2 if top <= 12 else 5 if top <= 30 else 10 ** max(1, len(str(top)) - 1)
        self.value_axis.setTickAnchor(0)
        self.value_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.value_axis.setRange(0, ((top * 1.15) // step + 1) * step)
        self.value_axis.setTickInterval(step)
        self.series.setBarWidth(0.7 if len(categories) > 1 else 0.4)
        self.setAccessibleDescription(
            "; ".join(
                self.tr("{name}: {referred} referrals, {hired} hired").format(name=name, referred=r, hired=h)
                for name, r, h in zip(categories, referred, hired, strict=True)
            )
            or self.tr("No referrals yet.")
        )

    @property
    def categories(self) -> list[str]:
        return list(self._categories)

    def values(self) -> tuple[list[float], list[float]]:
        """The bars as drawn: (referrals, hired) per category, in the categories' order."""
        referred = [self.referred_set.at(i) for i in range(self.referred_set.count())]
        hired = [self.hired_set.at(i) for i in range(self.hired_set.count())]
        if self._horizontal:
            referred.reverse()
            hired.reverse()
        return referred, hired


class PartnerOutcomeModel(QAbstractTableModel):
    """The per-partner figures as a table."""

    COLUMNS = ("company", "referrals", "hired", "not_hired", "withdrawn", "open", "rate", "start", "hire")

    def __init__(self, formats: LocaleFormat, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._formats = formats
        self._rows: list[PartnerOutcome] = []

    def set_rows(self, rows: Sequence[PartnerOutcome]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            titles = (
                self.tr("Partner"),
                self.tr("Referrals"),
                self.tr("Hired"),
                self.tr("Not hired"),
                self.tr("Withdrawn"),
                self.tr("Open"),
                self.tr("Hire rate"),
                self.tr("Median days, measure start to job"),
                self.tr("Median days, referral to hire"),
            )
            return titles[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        key = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(key, row)
        if role == Qt.ItemDataRole.TextAlignmentRole and key != "company":
            return int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
        return None

    def text(self, key: str, row: PartnerOutcome) -> str:
        f = self._formats
        values = {
            "company": row.company_name,
            "referrals": f.integer(row.referrals),
            "hired": f.integer(row.hired),
            "not_hired": f.integer(row.not_hired),
            "withdrawn": f.integer(row.withdrawn),
            "open": f.integer(row.open),
            "rate": rate_text(row.hire_rate, f),
            "start": days_text(row.median_days_start_to_job, f),
            "hire": days_text(row.median_days_referral_to_hire, f),
        }
        return values[key]


class OutcomesPanel(QScrollArea):
    """The outcomes tab."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referralOutcomes")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._formats = locale_format(context.language)
        self._outcomes: Outcomes | None = None
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(RING_ROOM, RING_ROOM, RING_ROOM, RING_ROOM)

        top = QHBoxLayout()
        year_label = QLabel(self.tr("Referrals made in"))
        self.year_combo = QComboBox()
        self.year_combo.setObjectName("outcomeYear")
        self.year_combo.setAccessibleName(self.tr("Show the outcomes of referrals made in"))
        self.year_combo.setMinimumHeight(40)
        self.year_combo.addItem(self.tr("Every year"), None)
        year_label.setBuddy(self.year_combo)
        top.addWidget(year_label)
        top.addWidget(self.year_combo)
        top.addStretch(1)
        layout.addLayout(top)

        layout.addLayout(self._figures())
        self.rate_note = quiet(
            QLabel(
                self.tr(
                    "Hire rate: hired of the closed referrals (hired, not hired and withdrawn); "
                    "referrals still open are not counted. Days: medians over the hires."
                )
            )
        )
        self.rate_note.setObjectName("outcomeRateNote")
        self.rate_note.setWordWrap(True)
        layout.addWidget(self.rate_note)
        self.message = FieldMessage("referralOutcomes")
        layout.addWidget(self.message)

        charts = QHBoxLayout()
        self.partner_chart = OutcomeChart(
            "partnerOutcomeChart", self.tr("Chart of referrals and hires per partner"), horizontal=True
        )
        self.partner_chart.chart().setTitle(self.tr("Per partner"))
        self.year_chart = OutcomeChart("yearOutcomeChart", self.tr("Chart of referrals and hires per year"))
        self.year_chart.chart().setTitle(self.tr("Per year the referrals were made"))
        for chart in (self.partner_chart, self.year_chart):
            chart.chart().setTitleFont(_font(1.0, bold=True))
            charts.addWidget(chart, 1)
        layout.addLayout(charts, 1)

        self.model = PartnerOutcomeModel(self._formats, self)
        self.table = read_only_table("partnerOutcomeTable", self.tr("Outcomes per partner"), self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 5)
        layout.addWidget(self.table)
        self.setWidget(content)

    def _figures(self) -> QGridLayout:
        """The year's figures in large print, each with its caption under it."""
        figures = QGridLayout()
        figures.setHorizontalSpacing(24)
        self.figure_labels: dict[str, QLabel] = {}
        captions = (
            ("referrals", self.tr("Referrals")),
            ("hired", self.tr("Hired")),
            ("rate", self.tr("Hire rate")),
            ("start", self.tr("Median days from measure start to job")),
            ("hire", self.tr("Median days from referral to hire")),
        )
        for column, (key, caption) in enumerate(captions):
            value = QLabel("–")
            value.setObjectName(f"outcomeFigure_{key}")
            value.setFont(_font(1.6, bold=True))
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text = QLabel(caption)
            text.setWordWrap(True)
            value.setAccessibleName(caption)
            figures.addWidget(value, 0, column)
            figures.addWidget(text, 1, column, Qt.AlignmentFlag.AlignTop)
            figures.setColumnStretch(column, 1)
            self.figure_labels[key] = value
        return figures

    def year(self) -> int | None:
        value = self.year_combo.currentData()
        return int(value) if value is not None else None

    def show_outcomes(self, outcomes: Outcomes) -> None:
        self._outcomes = outcomes
        self.message.clear_message()
        self._fill_years(outcomes.per_year)
        totals, f = outcomes.totals, self._formats
        self.figure_labels["referrals"].setText(f.integer(totals.referrals))
        self.figure_labels["hired"].setText(f.integer(totals.hired))
        self.figure_labels["rate"].setText(rate_text(totals.hire_rate, f))
        self.figure_labels["start"].setText(days_text(totals.median_days_start_to_job, f))
        self.figure_labels["hire"].setText(days_text(totals.median_days_referral_to_hire, f))
        partners = outcomes.per_partner
        self.partner_chart.show_counts(
            [short_name(p.company_name) for p in partners],
            [p.referrals for p in partners],
            [p.hired for p in partners],
        )
        years = outcomes.per_year
        self.year_chart.show_counts(
            [str(y.year) for y in years], [y.referrals for y in years], [y.hired for y in years]
        )
        self.model.set_rows(partners)

    def _fill_years(self, years: Sequence[YearOutcome]) -> None:
        """Every year with referrals, newest first; the chosen one stays chosen."""
        wanted = [y.year for y in reversed(years)]
        present = [self.year_combo.itemData(i) for i in range(1, self.year_combo.count())]
        if present == wanted:
            return
        chosen = self.year()
        self.year_combo.blockSignals(True)
        try:
            while self.year_combo.count() > 1:
                self.year_combo.removeItem(1)
            for year in wanted:
                self.year_combo.addItem(str(year), year)
            index = self.year_combo.findData(chosen) if chosen is not None else 0
            self.year_combo.setCurrentIndex(max(index, 0))
        finally:
            self.year_combo.blockSignals(False)

    @property
    def outcomes(self) -> Outcomes | None:
        return self._outcomes
