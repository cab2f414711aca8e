"""`canteen-admin` in the kitchen: ingredient files in and out, dishes, a week's menu and the
closed days, as a script reads them (JSON) and as a person does. A real subprocess on a real
database."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import openpyxl

from canteen_app.app import AppServices
from canteen_app.canteen.calendar.rules import ClosureInput
from canteen_app.canteen.ingredients.transfer import COLUMNS
from tests.e2e.test_cli import _assert_ok, run_cli
from tests.kitchen_helpers import MANAGER, add_dish, stock_pantry

HEADER = ",".join(COLUMNS)


def _ingredients(services: AppServices) -> list[tuple[object, ...]]:
    found = services.read(lambda app: app.ingredients.ingredients(MANAGER)).value
    return [(i.id, i.name_nb, i.pack_price, i.profile, i.checked_on, i.version) for i in found]


def _kitchen(services: AppServices) -> dict[str, int]:
    """The pantry, three dishes, and the Christmas week 2026-W52 planned: Monday 21 with
    two dishes, Tuesday 22 and Wednesday 23 closed by the manager, Thursday 24 open and empty,
    Friday 25 a public holiday."""
    ids = stock_pantry(services)
    dishes = {
        "Fiskegrateng": add_dish(
            services, "Fiskegrateng", {ids["Torsk"]: "0,15", ids["Melk"]: "0,1", ids["Hvetemel"]: "0,02"}
        ),
        "Linsesuppe": add_dish(
            services, "Linsesuppe", {ids["Linser"]: "0,08", ids["Poteter"]: "0,1"}, "soup", price=""
        ),
        "Mandelkake": add_dish(
            services, "Mandelkake", {ids["Mandler"]: "0,03", ids["Egg"]: "0,05"}, "dessert", price="22,5"
        ),
    }
    services.write(
        lambda app: app.calendar.add_closure(
            MANAGER, ClosureInput(date(2026, 12, 22), date(2026, 12, 23), "Juleferie")
        )
    )
    for name in ("Linsesuppe", "Fiskegrateng"):
        services.write(lambda app, n=name: app.menus.add_dish(MANAGER, date(2026, 12, 21), dishes[n]))
    return dishes


def test_import_ingredients_says_what_it_added_updated_and_left_unchanged(
    services: AppServices, db_url: str, tmp_path: Path
) -> None:
    stock_pantry(services)
    path = tmp_path / "asko.csv"
    path.write_text(
        "\n".join(
            [
                HEADER,
                "Hvetemel,Wheat flour,kg,Asko,100,25,310,gluten:hvete,,,2026-11-01",  # updated
                "Melk,,kg,,,1,18,melk,,dairy,2026-11-01",  # unchanged
                "Rugmel,Rye flour,kg,Asko,101,25,290,gluten:rug,,,2026-11-20",  # added
            ]
        ),
        encoding="utf-8",
    )
    result = run_cli("--db", db_url, "import", "ingredients", str(path))
    _assert_ok(result)
    assert result.stdout.strip() == f"Imported {path}: 1 added, 1 updated, 1 unchanged."

    again = run_cli("--db", db_url, "import", "ingredients", str(path))
    _assert_ok(again)
    assert again.stdout.strip() == f"Imported {path}: 0 added, 0 updated, 3 unchanged."


def test_a_bad_import_lists_every_bad_row_exits_1_and_changes_nothing(
    services: AppServices, db_url: str, tmp_path: Path
) -> None:
    stock_pantry(services)
    before = _ingredients(services)
    path = tmp_path / "bad.csv"
    path.write_text(
        "\n".join(
            [
                HEADER,
                "Hvetemel,,kg,,,1,99,gluten:hvete,,,2026-11-01",  # fine, but nothing is imported
                "Grovmel,,kg,,,1,20,gluten,,,2026-11-01",
                "Nøttemiks,,kg,,,1,150,notter,,,2026-11-01",
                "Ost,,kilo,,,1,100,melk,,dairy,2026-11-01",
            ]
        ),
        encoding="utf-8",
    )
    result = run_cli("--db", db_url, "import", "ingredients", str(path))

    assert result.returncode == 1
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines[0].startswith("canteen-admin: error: Nothing was imported")
    assert lines[1:] == [
        "row 3: allergens: Name the grain: a bare 'gluten' is not enough "
        "(hvete, rug, bygg, havre, spelt, korasanhvete).",
        "row 4: allergens: Name the nut: a bare 'nøtter' is not enough (mandel, hasselnøtt, valnøtt, "
        "kasjunøtt, pekannøtt, paranøtt, pistasienøtt, macadamianøtt).",
        "row 5: unit: 'kilo' is not a unit; use one of g, kg, ml, l, stk.",
    ]
    assert _ingredients(services) == before


def test_a_file_with_a_wrong_header_is_one_line(services: AppServices, db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("navn;enhet\nMelk;l\n", encoding="utf-8")
    result = run_cli("--db", db_url, "import", "ingredients", str(path))
    assert result.returncode == 1
    [line] = result.stderr.splitlines()
    assert line.startswith("canteen-admin: error: The first row lacks the column(s) name_nb, name_en")


def test_export_ingredients_to_csv_and_xlsx_imports_again_unchanged(
    services: AppServices, db_url: str, tmp_path: Path
) -> None:
    stock_pantry(services)
    before = _ingredients(services)
    for name in ("ingredients.csv", "ingredients.xlsx"):
        out = tmp_path / name
        result = run_cli("--db", db_url, "export", "ingredients", "--out", str(out))
        _assert_ok(result)
        assert result.stdout.strip() == f"Exported {len(before)} ingredient(s) to {out}."

        again = run_cli("--db", db_url, "import", "ingredients", str(out))
        _assert_ok(again)
        assert again.stdout.strip() == f"Imported {out}: 0 added, 0 updated, {len(before)} unchanged."
    assert _ingredients(services) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("ingredients")) == [
        "ingredients.csv",
        "ingredients.xlsx",
    ]
    rows = list(
        openpyxl.load_workbook(tmp_path / "ingredients.xlsx").worksheets[0].iter_rows(values_only=True)
    )
    assert rows[0] == COLUMNS and len(rows) == len(before) + 1


def test_export_out_never_creates_folders_or_writes_over_a_folder(sqlite_url: str, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder" / "ingredients.csv"
    a_folder = tmp_path / "a-folder.csv"
    a_folder.mkdir()
    for out, named in ((missing, missing.parent), (a_folder, a_folder)):
        result = run_cli("--db", sqlite_url, "export", "ingredients", "--out", str(out))
        assert result.returncode == 1
        [line] = result.stderr.splitlines()
        assert line.startswith("canteen-admin: error:") and str(named) in line
        assert ".part" not in line
    assert not missing.parent.exists()
    assert list(a_folder.iterdir()) == []
    wrong = run_cli("--db", sqlite_url, "export", "ingredients", "--out", str(tmp_path / "list.pdf"))
    assert wrong.returncode == 1 and "use a .csv or .xlsx file" in wrong.stderr


def test_dishes_as_json_with_derived_allergens_diet_cost_and_price(
    services: AppServices, db_url: str
) -> None:
    dishes = _kitchen(services)
    result = run_cli("--db", db_url, "dishes", "--json")
    _assert_ok(result)
    assert json.loads(result.stdout) == [
        {
            "id": dishes["Fiskegrateng"],
            "name": "Fiskegrateng",
            "course": "main",
            "ingredients": ["Torsk", "Melk", "Hvetemel"],
            "allergens": [
                {"code": "gluten", "types": ["hvete"]},
                {"code": "fisk", "types": []},
                {"code": "melk", "types": []},
            ],
            "may_contain": [],
            "vegetarian": False,
            "vegan": False,
            "cost_per_portion": 24.54,  # 0.15 x 150 + 0.1 x 18 + 0.02 x 12
            "price": 65,
        },
        {
            "id": dishes["Linsesuppe"],
            "name": "Linsesuppe",
            "course": "soup",
            "ingredients": ["Linser", "Poteter"],
            "allergens": [],
            "may_contain": [{"code": "gluten", "types": ["hvete"]}],
            "vegetarian": True,
            "vegan": True,
            "cost_per_portion": 3.3,
            "price": None,
        },
        {
            "id": dishes["Mandelkake"],
            "name": "Mandelkake",
            "course": "dessert",
            "ingredients": ["Mandler", "Egg"],
            "allergens": [{"code": "egg", "types": []}, {"code": "notter", "types": ["mandel"]}],
            "may_contain": [{"code": "peanotter", "types": []}],
            "vegetarian": True,
            "vegan": False,
            "cost_per_portion": 9,
            "price": 22.5,
        },
    ]

    as_text = run_cli("--db", db_url, "dishes")
    _assert_ok(as_text)
    lines = as_text.stdout.splitlines()
    assert lines[0].split() == ["Dish", "Course", "Allergens", "Diet", "Cost", "Price"]
    assert "gluten (hvete), fisk, melk" in lines[2] and lines[2].rstrip().endswith("24.54  65.00")
    assert "vegan" in lines[3] and lines[3].rstrip().endswith("-")


def test_menu_of_a_week_as_json_with_closed_days_and_their_reasons(
    services: AppServices, db_url: str
) -> None:
    _kitchen(services)
    result = run_cli("--db", db_url, "menu", "--week", "2026-W52", "--json")
    _assert_ok(result)
    fish = {
        "name": "Fiskegrateng",
        "course": "main",
        "allergens": [
            {"code": "gluten", "types": ["hvete"]},
            {"code": "fisk", "types": []},
            {"code": "melk", "types": []},
        ],
        "may_contain": [],
        "vegetarian": False,
    }
    soup = {
        "name": "Linsesuppe",
        "course": "soup",
        "allergens": [],
        "may_contain": [{"code": "gluten", "types": ["hvete"]}],
        "vegetarian": True,
    }
    assert json.loads(result.stdout) == {
        "week": "2026-W52",
        "days": [
            {"date": "2026-12-21", "closed": False, "reason": None, "dishes": [fish, soup]},
            {"date": "2026-12-22", "closed": True, "reason": "Juleferie", "dishes": []},
            {"date": "2026-12-23", "closed": True, "reason": "Juleferie", "dishes": []},
            {"date": "2026-12-24", "closed": False, "reason": None, "dishes": []},
            {"date": "2026-12-25", "closed": True, "reason": "Første juledag", "dishes": []},
        ],
    }

    as_text = run_cli("--db", db_url, "menu", "--week", "2026-W52")
    _assert_ok(as_text)
    assert as_text.stdout.splitlines() == [
        "Week 2026-W52 (2026-12-21 to 2026-12-25)",
        "Monday 2026-12-21",
        "  Middag: Fiskegrateng (gluten (hvete), fisk, melk)",
        "  Suppe: Linsesuppe (may contain gluten (hvete); vegetarian)",
        "Tuesday 2026-12-22: closed (Juleferie)",
        "Wednesday 2026-12-23: closed (Juleferie)",
        "Thursday 2026-12-24: nothing planned",
        "Friday 2026-12-25: closed (Første juledag)",
    ]


def test_closures_of_a_year_as_json(services: AppServices, db_url: str) -> None:
    _kitchen(services)
    result = run_cli("--db", db_url, "closures", "--year", "2026", "--json")
    _assert_ok(result)
    closed = json.loads(result.stdout)
    assert {"date": "2026-05-14", "reason": "Kristi himmelfartsdag", "public_holiday": True} in closed
    assert closed[-3:] == [
        {"date": "2026-12-22", "reason": "Juleferie", "public_holiday": False},
        {"date": "2026-12-23", "reason": "Juleferie", "public_holiday": False},
        {"date": "2026-12-25", "reason": "Første juledag", "public_holiday": True},
    ]
    assert [day["date"] for day in closed] == sorted(day["date"] for day in closed)
    assert all(date.fromisoformat(day["date"]).weekday() < 5 for day in closed)  # weekdays only

    as_text = run_cli("--db", db_url, "closures", "--year", "2026")
    _assert_ok(as_text)
    assert "2026-12-22  Tuesday    Juleferie" in as_text.stdout.splitlines()


def test_a_bad_week_or_year_is_a_one_line_usage_error(sqlite_url: str) -> None:
    for args in (
        ["menu", "--week", "2025-W54"],
        ["menu", "--week", "2025W42"],
        ["menu", "--week", "2025-W4"],
        ["menu", "--week", " 2025-W42"],
        ["closures", "--year", "26"],
        ["closures", "--year", "0000"],
    ):
        result = run_cli("--db", sqlite_url, *args)
        assert result.returncode == 2, args
        [line] = result.stderr.splitlines()
        assert line.startswith("canteen-admin") and "(see --help)" in line, args
        assert result.stdout == ""
