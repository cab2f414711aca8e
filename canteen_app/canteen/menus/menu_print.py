"""What a printed week menu or allergen poster says: the days exactly as the print was logged,
and the words for each dish and closed day, Norwegian always and English beside when asked.

Plain values and text only (no reportlab): `week_menu_pdf` and `poster_pdf` lay them out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from canteen_app.canteen.dishes.dto import DishSummary
from canteen_app.canteen.dishes.rules import COURSE_EN, COURSE_NB
from canteen_app.canteen.ingredients.allergens import LEGEND_EN, LEGEND_NB, Allergen, words
from canteen_app.canteen.menus.dto import MenuDay
from canteen_app.canteen.menus.menu_labels import EN, NB, MenuLabels
from canteen_app.canteen.menus.rules import PrintKind, monday_of


@dataclass(frozen=True)
class Words:
    """One text in Norwegian, and in English when the document is printed with English."""

    nb: str
    en: str | None = None


@dataclass(frozen=True)
class MenuPrintData:
    kind: PrintKind
    site_name: str
    first: date
    last: date
    days: tuple[MenuDay, ...]  # the weekdays in [first, last], read in one snapshot
    english: bool  # English beside the Norwegian
    generated_at: datetime
    author: str  # who printed it
    # Closed days' reasons in Norwegian: with English, `days` carry a holiday's English name.
    reasons_nb: Mapping[date, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError("the last day is before the first day")
        for day in self.days:
            if not self.first <= day.day <= self.last:
                raise ValueError(f"{day.day} is outside the printed days")

    def words(self, pick: str) -> Words:
        """A label by its field name in both languages, e.g. words("closed")."""
        return Words(getattr(NB, pick), getattr(EN, pick) if self.english else None)

    def weeks(self) -> list[tuple[date, list[MenuDay]]]:
        """The days grouped by week: (Monday, that week's days), in order."""
        found: dict[date, list[MenuDay]] = {}
        for day in self.days:
            found.setdefault(monday_of(day.day), []).append(day)
        return list(found.items())


@dataclass(frozen=True)
class DishText:
    course: Words
    name: Words
    contains: Words  # "gluten (hvete), melk", or the "none of the 14" sentence
    traces: Words | None  # "peanøtter" (to follow "Kan inneholde spor av:"), None when none
    diet: Words | None  # "vegansk" / "vegetar" where derived


def dish_text(dish: DishSummary, english: bool) -> DishText:
    allergens = dish.allergens

    def both(nb: str, en: str) -> Words:
        return Words(nb, en if english else None)

    contains = (
        both(words(allergens.contains), words(allergens.contains, english=True))
        if allergens.contains
        else both(NB.no_allergens, EN.no_allergens)
    )
    traces = (
        both(words(allergens.may_contain), words(allergens.may_contain, english=True))
        if allergens.may_contain
        else None
    )
    diet = (
        both(NB.vegan, EN.vegan)
        if dish.vegan
        else both(NB.vegetarian, EN.vegetarian)
        if dish.vegetarian
        else None
    )
    return DishText(
        course=both(COURSE_NB[dish.course], COURSE_EN[dish.course]),
        name=Words(dish.name_nb, dish.name_en if english and dish.name_en else None),
        contains=contains,
        traces=traces,
        diet=diet,
    )


def closed_reason(data: MenuPrintData, day: MenuDay) -> Words:
    """Why the canteen is closed that day; the English only where it says something else."""
    reason = day.reason or ""
    nb = data.reasons_nb.get(day.day, reason)
    return Words(nb, reason if data.english and reason != nb else None)


def legend(english: bool) -> list[Words]:
    """The 14 allergens by their full names, in the regulation's order."""
    return [Words(LEGEND_NB[a], LEGEND_EN[a] if english else None) for a in Allergen]


def week_number(day: date) -> int:
    return day.isocalendar()[1]


def title(data: MenuPrintData, labels: MenuLabels = NB) -> str:
    """The document's title in one language: "Meny uke 48", "Allergener i dag – onsdag ..."."""
    first_week, last_week = week_number(data.first), week_number(data.last)
    weeks = str(first_week) if first_week == last_week else f"{first_week}–{last_week}"
    if data.kind is PrintKind.WEEK_MENU:
        return labels.week_menu_title.format(week=weeks)
    if data.first == data.last:
        return labels.poster_title_day.format(day=labels.full_date(data.first))
    if monday_of(data.first) == monday_of(data.last):
        return labels.poster_title_week.format(week=weeks)
    return labels.poster_title_range.format(
        first=labels.formats.long_date(data.first), last=labels.formats.long_date(data.last)
    )


def titles(data: MenuPrintData) -> Words:
    return Words(title(data, NB), title(data, EN) if data.english else None)


def subject(data: MenuPrintData) -> str:
    template = NB.week_menu_subject if data.kind is PrintKind.WEEK_MENU else NB.poster_subject
    return template.format(site=data.site_name, period=NB.period(data.first, data.last))


def page_of(data: MenuPrintData) -> str:
    return f"{NB.page_of} · {EN.page_of}" if data.english else NB.page_of


def generated_text(data: MenuPrintData) -> str:
    text = NB.generated_text(data.generated_at)
    return f"{text} · {EN.generated_text(data.generated_at)}" if data.english else text
