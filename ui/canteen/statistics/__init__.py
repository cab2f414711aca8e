"""Guest statistics for the canteen manager (C5, first part): a period, its key figures, a
chart of guests per day or per week, the average per weekday, a table of daily totals, and
the monthly report as PDF.

Nothing here waits for the database on the GUI thread except small pieces: the table fetches
a window of calendar days at a time as it is scrolled (`DailyTotalsModel`: 35 days first,
then 120), and the summary behind the key figures and charts runs as a task
(`StatisticsService.summary`), whose result is dropped if the period changed meanwhile.
The monthly report is rendered in a cancellable task and shown in `PdfPreviewDialog`.

The parts:
    view.py          StatisticsView: the page, its period, loading and the monthly report
    model.py         DailyTotalsModel: the daily table, fetched a window of days at a time
    charts.py        chart points, time-axis ticks, round scales and the charts' common look
    periods.py       the ready-made periods (last 30 days, this year, ...)
    month_picker.py  MonthPickerDialog: which month the report covers
    formatting.py    small conversions shared by the others
"""

from ui.canteen.statistics.charts import date_ticks, nice_scale
from ui.canteen.statistics.model import FIRST_WINDOW_DAYS, TABLE_WINDOW_DAYS, DailyTotalsModel
from ui.canteen.statistics.month_picker import MonthPickerDialog
from ui.canteen.statistics.periods import Preset, preset_range
from ui.canteen.statistics.view import AUTO_WEEKLY_DAYS, RELOAD_DELAY_MS, StatisticsView

__all__ = [
    "AUTO_WEEKLY_DAYS",
    "FIRST_WINDOW_DAYS",
    "RELOAD_DELAY_MS",
    "TABLE_WINDOW_DAYS",
    "DailyTotalsModel",
    "MonthPickerDialog",
    "Preset",
    "StatisticsView",
    "date_ticks",
    "nice_scale",
    "preset_range",
]
