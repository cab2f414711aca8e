"""The kitchen: `import ingredients`, `export ingredients`, `dishes`, `menu` and `closures`."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from canteen_app.app import AppServices
from canteen_app.canteen.dishes.dto import DishSummary
from canteen_app.canteen.dishes.rules import COURSE_NB
from canteen_app.canteen.ingredients.allergens import AllergenMark, grouped, words
from canteen_app.canteen.ingredients.dto import ImportPreview
from canteen_app.canteen.menus.dto import WeekMenu
from canteen_app.cli.dossiers import export_dossiers, register_export_dossiers
from canteen_app.cli.parsing import SYSTEM_ACTOR, Handler, Parser, iso_week, year
from canteen_app.core.errors import DomainError
from canteen_app.core.formatting import locale_format


class ImportRefusedError(DomainError):
    """Some rows are bad, so nothing was imported: one line per bad row, "row N: reason"."""

    def __init__(self, preview: ImportPreview) -> None:
        self.preview = preview
        super().__init__("Nothing was imported: {count} row(s) have errors.", count=len(preview.errors))

    def __str__(self) -> str:
        rows = [f"row {error.row}: {error.message}" for error in self.preview.errors]
        return "\n".join([f"{self.message} Correct them and import the file again.", *rows])


def register(commands: Any) -> dict[str, Handler]:
    importing = commands.add_parser("import", help="import data from a file")
    what = importing.add_subparsers(dest="what", required=True, metavar="WHAT", parser_class=Parser)
    ingredients_in = what.add_parser(
        "ingredients", help="add or update ingredients from a .csv or .xlsx file (all rows or none)"
    )
    ingredients_in.add_argument("file", type=Path, metavar="FILE")

    exporting = commands.add_parser("export", help="export data to a file")
    what = exporting.add_subparsers(dest="what", required=True, metavar="WHAT", parser_class=Parser)
    ingredients_out = what.add_parser("ingredients", help="every ingredient to a .csv or .xlsx file")
    ingredients_out.add_argument("--out", required=True, type=Path, metavar="FILE.csv")
    register_export_dossiers(what)

    dishes = commands.add_parser("dishes", help="the dishes with their derived allergens")
    dishes.add_argument("--json", action="store_true", help="print a JSON list")

    menu = commands.add_parser("menu", help="one week's menu")
    menu.add_argument("--week", required=True, type=iso_week, metavar="YYYY-Www")
    menu.add_argument("--json", action="store_true", help="print JSON")

    closures = commands.add_parser("closures", help="the weekdays the canteen is closed in a year")
    closures.add_argument("--year", required=True, type=year, metavar="YYYY")
    closures.add_argument("--json", action="store_true", help="print a JSON list")
    return {
        "import": _import,
        "export": _export,
        "dishes": _dishes,
        "menu": _menu,
        "closures": _closures,
    }


# --- ingredients -----------------------------------------------------------------------------


def _import(services: AppServices, args: argparse.Namespace) -> str:
    preview = services.write(lambda app: app.ingredients.import_file(SYSTEM_ACTOR, args.file)).value
    if not preview.ok:
        raise ImportRefusedError(preview)
    return (
        f"Imported {args.file}: {preview.added} added, {preview.updated} updated, "
        f"{preview.unchanged} unchanged."
    )


def _export(services: AppServices, args: argparse.Namespace) -> str:
    if args.what == "dossiers":
        return export_dossiers(services, args)
    count = services.read(lambda app: app.ingredients.export_file(SYSTEM_ACTOR, args.out)).value
    return f"Exported {count} ingredient(s) to {args.out}."


# --- dishes ----------------------------------------------------------------------------------


def _dishes(services: AppServices, args: argparse.Namespace) -> str:
    found = services.read(lambda app: app.dishes.dishes(SYSTEM_ACTOR)).value
    if args.json:
        return json.dumps([_dish_json(dish) for dish in found], ensure_ascii=False, indent=2)
    if not found:
        return "No dishes."
    header = ("Dish", "Course", "Allergens", "Diet", "Cost", "Price")
    table = [
        (
            dish.name_nb,
            COURSE_NB[dish.course],
            words(dish.allergens.contains) or "-",
            "vegan" if dish.vegan else "vegetarian" if dish.vegetarian else "",
            _money(dish.cost_per_portion),
            _money(dish.price),
        )
        for dish in found
    ]
    return _table(header, table, right=(4, 5))


def _dish_json(dish: DishSummary) -> dict[str, Any]:
    return {
        "id": dish.id,
        "name": dish.name_nb,
        "course": dish.course.value,
        "ingredients": list(dish.ingredient_names),
        "allergens": _allergens_json(dish.allergens.contains),
        "may_contain": _allergens_json(dish.allergens.may_contain),
        "vegetarian": dish.vegetarian,
        "vegan": dish.vegan,
        "cost_per_portion": _number(dish.cost_per_portion),
        "price": _number(dish.price),
    }


def _allergens_json(marks: Iterable[AllergenMark]) -> list[dict[str, Any]]:
    """[{"code": "gluten", "types": ["hvete", "bygg"]}, {"code": "melk", "types": []}], in the
    regulation's order."""
    return [{"code": group.allergen.value, "types": list(group.kinds)} for group in grouped(marks)]


# --- the week's menu -------------------------------------------------------------------------


def _menu(services: AppServices, args: argparse.Namespace) -> str:
    week = services.read(lambda app: app.menus.week(SYSTEM_ACTOR, args.week)).value
    if args.json:
        return json.dumps(_week_json(week), ensure_ascii=False, indent=2)
    lines = [f"Week {week.week} ({week.days[0].day.isoformat()} to {week.days[-1].day.isoformat()})"]
    for day in week.days:
        heading = f"{_weekday(day.day)} {day.day.isoformat()}"
        if day.closed:
            lines.append(f"{heading}: closed ({day.reason})")
            continue
        lines.append(heading if day.dishes else f"{heading}: nothing planned")
        for dish in day.dishes:
            allergens = words(dish.allergens.contains)
            traces = words(dish.allergens.may_contain)
            details = [
                *([allergens] if allergens else []),
                *([f"may contain {traces}"] if traces else []),
                *(["vegetarian"] if dish.vegetarian else []),
            ]
            suffix = f" ({'; '.join(details)})" if details else ""
            lines.append(f"  {COURSE_NB[dish.course]}: {dish.name_nb}{suffix}")
    return "\n".join(lines)


def _week_json(week: WeekMenu) -> dict[str, Any]:
    return {
        "week": week.week,
        "days": [
            {
                "date": day.day.isoformat(),
                "closed": day.closed,
                "reason": day.reason if day.closed else None,
                "dishes": []
                if day.closed
                else [
                    {
                        "name": dish.name_nb,
                        "course": dish.course.value,
                        "allergens": _allergens_json(dish.allergens.contains),
                        "may_contain": _allergens_json(dish.allergens.may_contain),
                        "vegetarian": dish.vegetarian,
                    }
                    for dish in day.dishes
                ],
            }
            for day in week.days
        ],
    }


# --- the calendar ----------------------------------------------------------------------------


def _closures(services: AppServices, args: argparse.Namespace) -> str:
    first, last = date(args.year, 1, 1), date(args.year, 12, 31)
    days = services.read(lambda app: app.calendar.days(SYSTEM_ACTOR.site_id, first, last)).value
    closed = [day for day in days if day.closed]
    if args.json:
        found = [
            {"date": day.day.isoformat(), "reason": day.reason, "public_holiday": day.public_holiday}
            for day in closed
        ]
        return json.dumps(found, ensure_ascii=False, indent=2)
    if not closed:
        return f"No closed weekdays in {args.year}."
    return "\n".join(
        f"{day.day.isoformat()}  {_weekday(day.day):<9}  {day.reason}"
        + ("  (public holiday)" if day.public_holiday else "")
        for day in closed
    )


# --- helpers ---------------------------------------------------------------------------------


def _number(value: Decimal | None) -> float | int | None:
    """A JSON number: 65 for a whole amount, 12.5 otherwise; null while unknown."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _money(value: Decimal | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def _table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]], right: tuple[int, ...] = ()) -> str:
    widths = [max(len(row[column]) for row in [header, *rows]) for column in range(len(header))]

    def line(row: tuple[str, ...]) -> str:
        cells = [
            cell.rjust(width) if column in right else cell.ljust(width)
            for column, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        return "  ".join(cells).rstrip()

    return "\n".join(
        [line(header), line(tuple("-" * width for width in widths)), *(line(row) for row in rows)]
    )


def _weekday(day: date) -> str:
    """ "Monday": the command line speaks English, with CLDR's names."""
    return locale_format("en").weekday_name(day.weekday()).capitalize()
