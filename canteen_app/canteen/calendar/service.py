"""The canteen calendar: which weekdays are open, and why the others are closed."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from canteen_app.access import Actor, Permission, require
from canteen_app.canteen.calendar.dto import ClosureInfo, DayStatus
from canteen_app.canteen.calendar.models import Closure
from canteen_app.canteen.calendar.rules import (
    CALENDAR,
    ClosureInput,
    public_holiday,
    validate_closure,
    weekdays,
)
from canteen_app.core.errors import NotFoundError, ValidationError
from canteen_app.core.text import QT_TRANSLATE_NOOP, Message
from canteen_app.db.service import Service, reads, writes

__all__ = ["CALENDAR", "CalendarService"]


class CalendarService(Service):
    @reads
    def closures(self, actor: Actor, first: date, last: date) -> list[ClosureInfo]:
        """The manager's closures that touch [first, last], in date order."""
        require(actor, Permission.VIEW_MENUS)
        return [_info(closure) for closure in self._overlapping(actor.site_id, first, last)]

    @reads
    def days(self, site_id: int, first: date, last: date, english: bool = False) -> list[DayStatus]:
        """Every weekday (Monday-Friday) from `first` to `last`: open, or closed and why. A
        public holiday is named as such even inside a closure."""
        closed_by: dict[date, str] = {}
        for closure in self._overlapping(site_id, first, last):
            for day in weekdays(max(first, closure.first_day), min(last, closure.last_day)):
                closed_by.setdefault(day, closure.reason)
        statuses = []
        for day in weekdays(first, last):
            holiday = public_holiday(day, english)
            reason = holiday or closed_by.get(day)
            statuses.append(DayStatus(day, reason is not None, reason, holiday is not None))
        return statuses

    @reads
    def open_days(self, site_id: int, first: date, last: date) -> list[date]:
        return [status.day for status in self.days(site_id, first, last) if not status.closed]

    @writes
    def add_closure(self, actor: Actor, data: ClosureInput) -> ClosureInfo:
        require(actor, Permission.MANAGE_MENUS)
        clean, errors = validate_closure(data)
        if not errors:
            clash = next(iter(self._overlapping(actor.site_id, clean.first_day, clean.last_day)), None)
            if clash is not None:
                errors["first_day"] = Message(
                    QT_TRANSLATE_NOOP("errors", "This overlaps the closure '{reason}' ({first} – {last})."),
                    {
                        "reason": clash.reason,
                        "first": clash.first_day.isoformat(),
                        "last": clash.last_day.isoformat(),
                    },
                )
        if errors:
            raise ValidationError(errors)
        closure = Closure(
            site_id=actor.site_id, first_day=clean.first_day, last_day=clean.last_day, reason=clean.reason
        )
        self.session.add(closure)
        self.session.flush()
        self.changed(CALENDAR, closure.id)
        return _info(closure)

    @writes
    def remove_closure(self, actor: Actor, closure_id: int) -> None:
        require(actor, Permission.MANAGE_MENUS)
        closure = self.session.get(Closure, closure_id)
        if closure is None or closure.site_id != actor.site_id:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This closure no longer exists."))
        self.session.delete(closure)
        self.changed(CALENDAR, closure_id)

    def _overlapping(self, site_id: int, first: date, last: date) -> list[Closure]:
        query = (
            select(Closure)
            .where(Closure.site_id == site_id, Closure.first_day <= last, Closure.last_day >= first)
            .order_by(Closure.first_day)
        )
        return list(self.session.scalars(query))


def _info(closure: Closure) -> ClosureInfo:
    return ClosureInfo(closure.id, closure.first_day, closure.last_day, closure.reason)
