"""Printed documents built from the database. The rendering itself lives in `reports/`.

reportlab and the fonts load on the first report, not at start-up (they cost ~0.4 s).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from canteen_app.domain.dates import month_bounds, utc_now
from canteen_app.domain.errors import NotAuthorizedError
from canteen_app.domain.roles import Actor, Permission
from canteen_app.progress import ProgressSink
from canteen_app.services.guests import GuestService
from canteen_app.services.sites import SiteService
from canteen_app.services.statistics import StatisticsService, previous_month, weekday_averages

if TYPE_CHECKING:
    from canteen_app.reports.guest_month import GuestMonthData


class ReportService:
    def __init__(
        self,
        statistics: StatisticsService,
        guests: GuestService,
        sites: SiteService,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._statistics = statistics
        self._guests = guests
        self._sites = sites
        self._clock = clock

    def guest_month_data(self, actor: Actor, month: date, language: str) -> GuestMonthData:
        from canteen_app.reports.guest_month import DayRow, GuestMonthData

        if not actor.can(Permission.VIEW_GUEST_STATISTICS):
            raise NotAuthorizedError()
        start, end = month_bounds(month)
        days = sorted(self._statistics.daily_totals(actor, start, end), key=lambda d: d.day)
        # Categories retired since still appear when they were counted this month.
        counted = {category_id for day in days for category_id in day.by_category}
        categories = [
            c
            for c in self._guests.categories(actor.site_id, include_inactive=True)
            if c.active or c.id in counted
        ]
        previous = self._statistics.summary(actor, *month_bounds(previous_month(start)))
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
            generated_at=self._clock(),
            author=actor.name,
        )

    def render_guest_month(
        self,
        actor: Actor,
        month: date,
        language: str,
        out_path: Path,
        progress: ProgressSink | None = None,
    ) -> Path:
        from canteen_app.reports.guest_month import render_guest_month_report
        from canteen_app.reports.labels import guest_report_labels

        data = self.guest_month_data(actor, month, language)
        return render_guest_month_report(data, guest_report_labels(language), out_path, progress)
