"""Guest categories and counts as they leave the core."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class GuestCategoryInfo:
    id: int
    name_nb: str
    name_en: str
    sort_order: int
    is_default: bool
    active: bool
    version: int

    def name(self, language: str) -> str:
        return self.name_en if language == "en" else self.name_nb


@dataclass(frozen=True)
class DayCounts:
    """Guests counted at one site on one day, per category id and in total."""

    day: date
    by_category: dict[int, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.by_category.values())


@dataclass(frozen=True)
class TapResult:
    tap_id: int
    counts: DayCounts


@dataclass(frozen=True)
class UndoResult:
    undone_tap_id: int | None  # None: there was nothing this kiosk could take back
    counts: DayCounts
    undone_category_id: int | None = None  # the category the undone tap was counted in


@dataclass(frozen=True)
class KioskState:
    """What a kiosk screen shows: its buttons, today's counts, and whether undo is possible."""

    categories: tuple[GuestCategoryInfo, ...]
    counts: DayCounts
    can_undo: bool
