"""The daily totals table: one row per day with guests, one column per guest category."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from canteen_app.services.dto import DayTotal, GuestCategoryInfo
from ui.qt_models import ALIGN_LEFT, ALIGN_RIGHT, Column, LazyTableModel, Page
from ui.statistics.formatting import capitalized, qdate

# Calendar days fetched per page of the daily table: about 85 open days, a screenful or two,
# and a few milliseconds of SQL even with years of taps. The first page is smaller: it is
# fetched while the view opens, next to the summary query.
FIRST_WINDOW_DAYS = 35
TABLE_WINDOW_DAYS = 120


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
            return locale.toString(qdate(row.day), QLocale.FormatType.ShortFormat)

        def weekday_text(row: DayTotal) -> str:
            return capitalized(locale.dayName(row.day.isoweekday(), QLocale.FormatType.LongFormat))

        columns: list[Column[DayTotal]] = [
            Column(
                "date",
                lambda: QCoreApplication.translate("DailyTotalsModel", "Date"),
                day_text,
                value=lambda row: row.day,
                tooltip=lambda row: locale.toString(qdate(row.day), QLocale.FormatType.LongFormat),
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
