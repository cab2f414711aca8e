"""The canteen calendar (C2): the year's closed weekdays, public holidays named, and the
closures the canteen manager adds and removes."""

from ui.canteen.calendar.view import CalendarView

__all__ = ["CalendarView"]
