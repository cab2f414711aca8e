"""The words the menu page shows for the core's values: warnings, printed documents, weeks and
money (the courses' words are in `ui.common.kitchen_words`). English source texts, translated
through Qt."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from canteen_app.canteen.dishes.dto import DishSummary
from canteen_app.canteen.ingredients.allergens import words
from canteen_app.canteen.menus.dto import MenuWarning, PrintInfo
from canteen_app.canteen.menus.rules import PrintKind, WarningKind
from canteen_app.core.formatting import locale_format
from canteen_app.core.text import QT_TRANSLATE_NOOP

PRINT_TITLES: dict[PrintKind, str] = {
    PrintKind.WEEK_MENU: QT_TRANSLATE_NOOP("menus", "Week menu (A4)"),
    PrintKind.POSTER: QT_TRANSLATE_NOOP("menus", "Allergen poster (A3)"),
}


def print_title(kind: PrintKind) -> str:
    return QCoreApplication.translate("menus", PRINT_TITLES[kind])


def capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def weekday_date(day: date, language: str) -> str:
    """ "Tirsdag 24.11." / "Tuesday 24/11": a column's head."""
    fmt = locale_format(language)
    return f"{capitalized(fmt.weekday_name(day.weekday()))} {fmt.day_month(day)}"


def week_number(monday: date) -> int:
    return monday.isocalendar()[1]


def week_title(monday: date, language: str) -> str:
    """ "Week 48, 2026 (23 Nov – 27 Nov)": an entry of the week chooser."""
    fmt = locale_format(language)
    year, number, _ = monday.isocalendar()
    return QCoreApplication.translate("menus", "Week {number}, {year} ({first} – {last})").format(
        number=number,
        year=year,
        first=fmt.day_month(monday),
        last=fmt.day_month(monday + timedelta(days=4)),
    )


def money(amount: Decimal, language: str) -> str:
    return QCoreApplication.translate("menus", "{amount} kr").format(
        amount=locale_format(language).decimal(float(amount), 2)
    )


def allergen_text(dish: DishSummary, english: bool) -> str:
    """ "Allergens: gluten (wheat), milk. May contain: sesame." in the UI's language."""
    contains = words(dish.allergens.contains, english)
    may_contain = words(dish.allergens.may_contain, english)
    parts = [
        QCoreApplication.translate("menus", "Allergens: {words}").format(words=contains)
        if contains
        else QCoreApplication.translate("menus", "No allergens")
    ]
    if may_contain:
        parts.append(QCoreApplication.translate("menus", "May contain: {words}").format(words=may_contain))
    return "\n".join(parts)


def warning_texts(warnings: Iterable[MenuWarning], language: str) -> list[str]:
    """The week's warnings in at most two sentences: the days without a vegetarian main
    course, and the dishes whose allergen data is more than a year old (with their days)."""
    fmt = locale_format(language)

    def weekday(day: date) -> str:
        return capitalized(fmt.weekday_name(day.weekday()))

    no_vegetarian: list[str] = []
    stale: dict[str, list[str]] = {}
    for warning in warnings:
        if warning.kind is WarningKind.NO_VEGETARIAN_MAIN:
            no_vegetarian.append(weekday(warning.day))
        else:
            stale.setdefault(warning.dish_name or "?", []).append(weekday(warning.day))
    texts = []
    if no_vegetarian:
        texts.append(
            QCoreApplication.translate("menus", "No vegetarian main course: {days}.").format(
                days=", ".join(no_vegetarian)
            )
        )
    if stale:
        dishes = ", ".join(f"{name} ({', '.join(days)})" for name, days in stale.items())
        texts.append(
            QCoreApplication.translate(
                "menus", "Allergen data not checked for twelve months: {dishes}."
            ).format(dishes=dishes)
        )
    return texts


def print_range(printed: PrintInfo, language: str) -> str:
    fmt = locale_format(language)
    if printed.first_day == printed.last_day:
        return weekday_date(printed.first_day, language)
    if printed.first_day.weekday() == 0 and printed.last_day == printed.first_day + timedelta(days=4):
        return QCoreApplication.translate("menus", "week {number}").format(
            number=week_number(printed.first_day)
        )
    return f"{fmt.short_date(printed.first_day)} – {fmt.short_date(printed.last_day)}"


def print_text(printed: PrintInfo, language: str) -> str:
    """ "Allergen poster (A3), Tuesday 24 Nov, Norwegian and English: printed 24.11.2026, 10:15
    by Kari." """
    fmt = locale_format(language)
    languages = (
        QCoreApplication.translate("menus", "Norwegian and English")
        if printed.language == "en"
        else QCoreApplication.translate("menus", "Norwegian")
    )
    text = QCoreApplication.translate(
        "menus", "{document}, {range}, {languages}: printed {when} by {name}."
    ).format(
        document=print_title(printed.kind),
        range=print_range(printed, language),
        languages=languages,
        when=fmt.timestamp(printed.printed_at),
        name=printed.actor_name,
    )
    if printed.outdated:
        text += " " + QCoreApplication.translate(
            "menus", "Out of date: the menu or its allergens changed since. Print again."
        )
    return text
