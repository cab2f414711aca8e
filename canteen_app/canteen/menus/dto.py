"""What leaves menu planning: plain frozen values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from canteen_app.canteen.dishes.dto import DishSummary
from canteen_app.canteen.dishes.rules import MAIN_COURSES
from canteen_app.canteen.menus.rules import PrintKind, WarningKind


@dataclass(frozen=True)
class MenuDay:
    day: date
    closed: bool
    reason: str | None  # why it is closed: a holiday's name or the manager's words
    dishes: tuple[DishSummary, ...]  # by course, then in the order they were added
    public_holiday: bool = False

    @property
    def has_vegetarian_main(self) -> bool:
        return any(d.course in MAIN_COURSES and d.vegetarian for d in self.dishes)


@dataclass(frozen=True)
class MenuWarning:
    day: date
    kind: WarningKind
    dish_name: str | None = None


@dataclass(frozen=True)
class PrintInfo:
    kind: PrintKind
    first_day: date
    last_day: date
    language: str
    printed_at: datetime
    actor_name: str
    outdated: bool  # the menu or an allergen changed since: print it again


@dataclass(frozen=True)
class WeekMenu:
    monday: date
    week: str  # "2025-W42"
    days: tuple[MenuDay, ...]  # Monday..Friday
    warnings: tuple[MenuWarning, ...]
    prints: tuple[PrintInfo, ...]

    @property
    def average_cost_per_portion(self) -> Decimal | None:
        """The mean cost of one portion over every dish served this week (None when a price
        is unknown or nothing is planned)."""
        costs = [dish.cost_per_portion for day in self.days for dish in day.dishes]
        known = [cost for cost in costs if cost is not None]
        if not costs or len(known) < len(costs):
            return None
        return (sum(known, Decimal(0)) / len(known)).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class CycleInfo:
    id: int
    name: str
    weeks: int
    # [week][weekday] -> dish ids in order
    plan: tuple[tuple[tuple[int, ...], ...], ...]
    version: int
