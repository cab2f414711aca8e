"""The daily totals table: one row per day with guests, one column per guest category."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from canteen_app.access import Actor
from canteen_app.app import AppServices
from canteen_app.canteen.guests.dto import GuestCategoryInfo
from canteen_app.canteen.statistics.dto import DayTotal
from ui.canteen.statistics.formatting import capitalized, qdate
from ui.common.operations import Operations
from ui.common.qt_models import ALIGN_LEFT, ALIGN_RIGHT, Column, LazyTableModel, Page

# Calendar days fetched per page of the daily table: about 85 open days, a screenful or two,
# and a few milliseconds of SQL even with years of taps. The first page is smaller: it is
# fetched while the view opens, next to the summary query.
FIRST_WINDOW_DAYS = 35
TABLE_WINDOW_DAYS = 120


Window = tuple[date, int]  # the last day of a window of days, and how many days it spans


@dataclass(frozen=True)
class DayPage(Page[DayTotal, Window]):
    """A window of days, with the categories as they are now (a retired or new one may turn up)."""

    categories: tuple[GuestCategoryInfo, ...] = ()


class DailyTotalsModel(LazyTableModel[DayTotal, Window]):
    """Days with guests in a period, newest first: date, weekday, one column per category,
    total. Loads `FIRST_WINDOW_DAYS`, then `TABLE_WINDOW_DAYS` calendar days at a time.

    Active categories always have a column; a retired one gets its column when the first row
    that counted it is loaded.
    """

    def __init__(self, ops: Operations, actor: Actor, language: str, parent: QObject | None = None) -> None:
        self._actor = actor
        self._language = language
        self._locale = QLocale()
        self._known: dict[int, GuestCategoryInfo] = {}
        super().__init__(ops, [], parent=parent)

    def set_period(
        self, categories: Sequence[GuestCategoryInfo], start: date, end: date, has_guests: bool = True
    ) -> None:
        """Show the days from `start` to `end`; the windows are fetched as the table scrolls.
        A period known to have no guests (`has_guests` False) fetches nothing."""
        self._locale = QLocale()
        self._known = {category.id: category for category in categories}
        columns = self._fixed_columns([c for c in categories if c.active])
        actor = self._actor

        def fetch(app: AppServices, window: Window) -> DayPage:
            window_end, days = window
            window_start = max(start, window_end - timedelta(days=days - 1))
            rows = app.statistics.daily_totals(actor, window_start, window_end)
            now = tuple(app.guests.categories(actor.site_id, include_inactive=True))
            following = (
                None if window_start <= start else (window_start - timedelta(days=1), TABLE_WINDOW_DAYS)
            )
            return DayPage(rows, following, now)

        self.reset(fetch if start <= end and has_guests else None, (end, FIRST_WINDOW_DAYS), columns)

    @property
    def category_ids(self) -> list[int]:
        """The categories that have a column, in column order."""
        return [int(c.key.removeprefix("category_")) for c in self.columns if c.key.startswith("category_")]

    def rows_fetched(self, page: Page[DayTotal, Window]) -> None:
        shown = set(self.category_ids)
        new = {cid for row in page.rows for cid in row.by_category if row.by_category[cid]} - shown
        if new and isinstance(page, DayPage):
            # A category created since the period was chosen: its name came with the page.
            self._known.update({category.id: category for category in page.categories})
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
