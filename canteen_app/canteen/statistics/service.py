"""Guest statistics (C5, first part): daily totals, weekly totals, weekday averages, and the
monthly guest report.

reportlab and the fonts load with the first report, not at start-up (they cost ~0.4 s).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from canteen_app.access import Actor, Permission, require
from canteen_app.canteen.calendar.service import CalendarService
from canteen_app.canteen.guests.service import GuestService
from canteen_app.canteen.statistics.dto import DayTotal, GuestSummary
from canteen_app.canteen.statistics.rules import previous_month, weekday_averages, weekly_totals
from canteen_app.core.dates import month_bounds
from canteen_app.core.progress import ProgressSink
from canteen_app.db.service import Clock, Service, reads
from canteen_app.db.unit_of_work import Database
from canteen_app.platform.sites.service import SiteService

if TYPE_CHECKING:
    from canteen_app.canteen.statistics.guest_report import GuestMonthData


class StatisticsService(Service):
    def __init__(
        self, db: Database, clock: Clock, guests: GuestService, sites: SiteService, calendar: CalendarService
    ) -> None:
        super().__init__(db, clock)
        self._guests = guests
        self._sites = sites
        self._calendar = calendar

    @reads
    def first_day_with_guests(self, actor: Actor) -> date | None:
        return self._guests.first_service_day(actor)

    @reads
    def daily_totals(self, actor: Actor, start: date, end: date) -> list[DayTotal]:
        """Days with guests between start and end (inclusive), newest first.

        The statistics table asks for one window of days at a time as the user scrolls.
        """
        per_day = self._guests.counts_per_day(actor, start, end)
        return [
            DayTotal(day=day, total=sum(counts.values()), by_category=counts)
            for day, counts in sorted(per_day.items(), reverse=True)
        ]

    @reads
    def summary(self, actor: Actor, start: date, end: date) -> GuestSummary:
        daily = self._guests.totals_per_day(actor, start, end)
        return GuestSummary(
            start=start,
            end=end,
            daily=daily,
            weekly=weekly_totals(daily),
            weekday_averages=weekday_averages(daily),
        )

    # --- the monthly guest report --------------------------------------------------------------

    @reads
    def guest_month_data(self, actor: Actor, month: date, language: str) -> GuestMonthData:
        from canteen_app.canteen.statistics.guest_report import DayRow, GuestMonthData

        require(actor, Permission.VIEW_GUEST_STATISTICS)
        start, end = month_bounds(month)
        days = sorted(self.daily_totals(actor, start, end), key=lambda d: d.day)
        # Categories retired since still appear when they were counted this month.
        counted = {category_id for day in days for category_id in day.by_category}
        categories = [
            c
            for c in self._guests.categories(actor.site_id, include_inactive=True)
            if c.active or c.id in counted
        ]
        before = previous_month(start)
        previous = self.summary(actor, *month_bounds(before)) if before else GuestSummary.empty(start)
        return GuestMonthData(
            site_name=self._sites.name(actor.site_id),
            month=start,
            categories=tuple(c.name(language) for c in categories),
            days=tuple(
                DayRow(d.day, d.total, tuple(d.by_category.get(c.id, 0) for c in categories)) for d in days
            ),
            previous_month_total=previous.total,
            previous_month_open_days=len(previous.daily),
            weekday_averages=tuple(weekday_averages([(d.day, d.total) for d in days])),
            previous_weekday_averages=tuple(previous.weekday_averages),
            generated_at=self.now(),
            author=actor.name,
            closed_days=tuple(
                (status.day, status.reason or "")
                for status in self._calendar.days(actor.site_id, start, end, english=language == "en")
                if status.closed
            ),
        )

    def render_guest_month(
        self,
        actor: Actor,
        month: date,
        language: str,
        out_path: Path,
        progress: ProgressSink | None = None,
    ) -> Path:
        """Read the month (one read transaction), then lay out and write the PDF outside it."""
        from canteen_app.canteen.statistics.guest_report import render_guest_month_report
        from canteen_app.canteen.statistics.guest_report_labels import guest_report_labels

        data = self.guest_month_data(actor, month, language)
        return render_guest_month_report(data, guest_report_labels(language), out_path, progress)
