"""Ingredient lists as CSV and XLSX files: an export imports again unchanged, a bad row stops
the whole import (and says which row and why), rows match on supplier + item number, else name."""

from __future__ import annotations

import codecs
import os
import stat
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from canteen_app.app import AppServices
from canteen_app.canteen.ingredients.allergens import parse_marks
from canteen_app.canteen.ingredients.dto import ImportPreview, IngredientInfo
from canteen_app.canteen.ingredients.transfer import COLUMNS, IngredientFileError, read_ingredient_file
from tests.kitchen_helpers import MANAGER, ingredient_input, stock_pantry

HEADER = ",".join(COLUMNS)


def _import(services: AppServices, path: Path) -> ImportPreview:
    return services.write(lambda app: app.ingredients.import_file(MANAGER, path)).value


def _export(services: AppServices, path: Path) -> int:
    return services.read(lambda app: app.ingredients.export_file(MANAGER, path)).value


def _all(services: AppServices) -> list[IngredientInfo]:
    return services.read(lambda app: app.ingredients.ingredients(MANAGER)).value


def _snapshot(services: AppServices) -> list[tuple[object, ...]]:
    """Everything an import could change, per ingredient."""
    fields = ("id", "name_nb", "name_en", "unit", "supplier", "item_no", "pack_size", "pack_price")
    fields += ("profile", "checked_on", "checked_by", "version")
    return [tuple(getattr(i, name) for name in fields) for i in _all(services)]


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def _stock_tricky(services: AppServices) -> None:
    """The pantry plus what a file can get wrong: æøå, a formula-like name, a quote, decimals,
    no price, no check date, a supplier's item number."""
    stock_pantry(services)
    extras = [
        ingredient_input(
            "Rømme 18 %",
            "melk",
            "",
            "dairy",
            name_en="Sour cream",
            unit="l",
            supplier="Tine",
            item_no="004711",
            pack_size="2,5",
            pack_price="1234.5",
        ),
        ingredient_input('=HYPERLINK("http://x")', "", "", "", supplier="+Grossist", item_no="-12"),
        ingredient_input("'Sitatmerke", "gluten:hvete;gluten:bygg;notter:mandel", "sesam;peanotter"),
        ingredient_input("Salt", unit="g", pack_size="", pack_price="", checked_on=None),
        ingredient_input(
            "Rekesalat", "skalldyr;egg;sennep", "", "shellfish;egg", unit="stk", pack_size="0.125"
        ),
    ]
    for data in extras:
        services.write(lambda app, d=data: app.ingredients.add(MANAGER, d))


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_imports_again_unchanged(services: AppServices, tmp_path: Path, suffix: str) -> None:
    _stock_tricky(services)
    before = _snapshot(services)
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / f"ingredients{suffix}"

    assert _export(services, out) == len(before)
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in folder.iterdir()] == [out.name]  # no temporary file left over

    preview = _import(services, out)
    assert preview == ImportPreview(added=0, updated=0, unchanged=len(before), errors=())
    assert _snapshot(services) == before

    rows, errors = read_ingredient_file(out)
    assert errors == []
    by_name = {row.name_nb: row for _number, row in rows}
    assert by_name['=HYPERLINK("http://x")'].supplier == "+Grossist"
    assert by_name["'Sitatmerke"].contains == parse_marks("gluten:hvete;gluten:bygg;notter:mandel")
    assert [number for number, _row in rows] == list(range(2, len(before) + 2))


def test_the_csv_opens_in_norwegian_excel_and_no_cell_is_a_formula(
    services: AppServices, tmp_path: Path
) -> None:
    _stock_tricky(services)
    out = tmp_path / "ingredients.csv"
    _export(services, out)
    raw = out.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)  # Excel reads æøå only with the byte order mark
    lines = raw.decode("utf-8-sig").split("\r\n")
    assert lines[0] == ";".join(COLUMNS)  # Norwegian Excel's list separator
    assert "Rømme 18 %;Sour cream;l;Tine;004711;2.5;1234.5;melk;;dairy;2026-11-01" in lines
    assert '\'=HYPERLINK(""http://x"")' in raw.decode("utf-8-sig")
    assert ";'+Grossist;'-12;" in raw.decode("utf-8-sig")
    assert "''Sitatmerke;" in raw.decode("utf-8-sig")
    assert '"gluten:hvete;gluten:bygg;notter:mandel";"peanotter;sesam"' in raw.decode("utf-8-sig")
    for line in lines[1:]:
        assert not line.startswith(("=", "+", "-", "@"))


def test_the_xlsx_has_numbers_dates_and_text_cells_on_its_first_sheet(
    services: AppServices, tmp_path: Path
) -> None:
    _stock_tricky(services)
    out = tmp_path / "ingredients.xlsx"
    _export(services, out)
    sheet = openpyxl.load_workbook(out).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == COLUMNS
    cream = next(row for row in rows if row[0] == "Rømme 18 %")
    assert cream[4] == "004711"  # an item number stays text: its leading zeros are kept
    assert cream[5] == 2.5 and cream[6] == 1234.5
    assert cream[10].date() == date(2026, 11, 1)
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert not any(cell.data_type == "f" for cell in cells)


def test_several_bad_rows_are_each_listed_and_nothing_changes(services: AppServices, tmp_path: Path) -> None:
    stock_pantry(services)
    before = _snapshot(services)
    path = _write(
        tmp_path / "bad.csv",
        "\n".join(
            [
                HEADER,
                "Hvetemel,Wheat flour,kg,,,1,13,gluten:hvete,,,2026-11-01",  # a good update
                "Nytt mel,,kg,,,1,10,gluten,,,2026-11-01",  # row 3: bare gluten
                "Nøttemiks,,kg,,,1,10,notter,,,2026-11-01",  # row 4: bare nuts
                "Ost,,kilo,,,1,10,melk,,dairy,2026-11-01",  # row 5: no such unit
                "Skinke,,kg,,,1,10,,,pork,2026-11-01",  # row 6: no such origin
                "Smør,,kg,,,1,10,melk,,dairy,01/11/2026",  # row 7: a date as nobody here writes it
                "Fløte,,l,,,1,10,melk,,,2026-11-01",  # row 8: milk without dairy origin (service)
                "Kanel,,g,,,1,10,,,,2031-01-01",  # row 9: checked in the future (service)
                "Nytt mel,,kg,,,1,10,,,,",  # row 10: fine, but the import is all or nothing
            ]
        ),
    )
    preview = _import(services, path)

    assert not preview.ok
    messages = {error.row: error.message for error in preview.errors}
    assert sorted(messages) == [3, 4, 5, 6, 7, 8, 9]
    assert messages[3].startswith("allergens: Name the grain: a bare 'gluten' is not enough")
    assert messages[4].startswith("allergens: Name the nut: a bare 'nøtter' is not enough")
    assert messages[5].startswith("unit: 'kilo' is not a unit")
    assert messages[6].startswith("animal_origin: 'pork' is not an animal origin")
    assert messages[7].startswith("checked_on: '01/11/2026' is not a date")
    assert messages[8].startswith("animal_origin:")
    assert messages[9].startswith("checked_on:")
    assert _snapshot(services) == before  # nothing changed, not even the good rows


def test_a_bad_row_reports_every_problem_it_has(tmp_path: Path) -> None:
    path = _write(tmp_path / "bad.csv", f"{HEADER}\nOst,,kilo,,,mye,10,gluten,nøtter:mandel,pork,i går\n")
    rows, errors = read_ingredient_file(path)
    assert rows == []
    [error] = errors
    assert error.row == 2
    for start in ("allergens:", "may_contain:", "unit:", "pack_size:", "animal_origin:", "checked_on:"):
        assert start in error.message


def test_the_preview_says_what_an_import_would_do_and_writes_nothing(
    services: AppServices, tmp_path: Path
) -> None:
    stock_pantry(services)
    before = _snapshot(services)
    path = _write(
        tmp_path / "list.csv",
        f"{HEADER}\nHvetemel,Wheat flour,kg,,,1,13,gluten:hvete,,,2026-11-01\nRug,,kg,,,1,20,gluten:rug,,,\n",
    )
    preview = services.read(lambda app: app.ingredients.preview_file(MANAGER, path)).value
    assert preview == ImportPreview(added=1, updated=1, unchanged=0, errors=())
    assert _snapshot(services) == before


def test_rows_match_on_supplier_and_item_number_then_on_name(services: AppServices, tmp_path: Path) -> None:
    for data in (
        ingredient_input("Hvetemel", "gluten:hvete", supplier="Asko", item_no="100"),
        ingredient_input("Havregryn", "gluten:havre"),
        ingredient_input("Sukker", supplier="Asko", item_no="300"),
    ):
        services.write(lambda app, d=data: app.ingredients.add(MANAGER, d))
    ids = {info.name_nb: info.id for info in _all(services)}
    path = _write(
        tmp_path / "asko.csv",
        "\n".join(
            [
                HEADER,
                # item 100 renamed by the supplier: the same ingredient, a new name
                "Hvetemel spesial,,kg,Asko,100,1,15,gluten:hvete,,,2026-11-01",
                # no item number before: matched on the name, and it gets one now
                "havregryn,,kg,Asko,200,1,22,gluten:havre,,,2026-11-01",
                # item 300 without a change: unchanged
                "Sukker,,kg,Asko,300,1,10,,,,2026-11-01",
                # a new item
                "Salt,,kg,Asko,400,1,5,,,,2026-11-01",
            ]
        ),
    )
    preview = _import(services, path)
    assert preview == ImportPreview(added=1, updated=2, unchanged=1, errors=())

    after = {info.id: info for info in _all(services)}
    assert after[ids["Hvetemel"]].name_nb == "Hvetemel spesial"
    assert after[ids["Hvetemel"]].pack_price == Decimal("15")
    assert after[ids["Havregryn"]].name_nb == "havregryn"
    assert (after[ids["Havregryn"]].supplier, after[ids["Havregryn"]].item_no) == ("Asko", "200")
    assert {info.name_nb for info in after.values()} == {"Hvetemel spesial", "havregryn", "Sukker", "Salt"}

    again = _import(services, path)
    assert again == ImportPreview(added=0, updated=0, unchanged=4, errors=())


def test_a_row_cannot_take_another_ingredients_name_or_match_one_twice(
    services: AppServices, tmp_path: Path
) -> None:
    for data in (
        ingredient_input("Hvetemel", "gluten:hvete", supplier="Asko", item_no="100"),
        ingredient_input("Rugmel", "gluten:rug"),
    ):
        services.write(lambda app, d=data: app.ingredients.add(MANAGER, d))
    before = _snapshot(services)
    path = _write(
        tmp_path / "clash.csv",
        "\n".join(
            [
                HEADER,
                "Rugmel,,kg,Asko,100,1,15,gluten:hvete,,,2026-11-01",  # item 100 is Hvetemel
                "Hvetemel,,kg,,,1,15,gluten:hvete,,,2026-11-01",
                "Grahamsmel,,kg,Asko,100,1,15,gluten:hvete,,,2026-11-01",  # item 100 again
            ]
        ),
    )
    preview = _import(services, path)
    assert [error.row for error in preview.errors] == [2, 4]
    assert "another ingredient is already called 'Rugmel'" in preview.errors[0].message
    assert "is also on row 2" in preview.errors[1].message
    assert _snapshot(services) == before


def test_the_check_date_from_the_file_is_kept(services: AppServices, tmp_path: Path) -> None:
    stock_pantry(services)
    # New allergen data with the check date the pantry already has: the file's date stays (a
    # form would make it today's), so that importing the same file again changes nothing.
    path = _write(tmp_path / "list.csv", f"{HEADER}\nMelk,,kg,,,1,18,melk,soya,dairy,2026-11-01\n")
    assert _import(services, path).updated == 1
    milk = next(info for info in _all(services) if info.name_nb == "Melk")
    assert milk.checked_on == date(2026, 11, 1)
    assert milk.profile.may_contain == parse_marks("soya")
    assert _import(services, path) == ImportPreview(added=0, updated=0, unchanged=1, errors=())

    older = _write(tmp_path / "older.csv", f"{HEADER}\nMelk,,kg,,,1,18,melk,soya,dairy,2026-06-30\n")
    assert _import(services, older).updated == 1
    milk = next(info for info in _all(services) if info.name_nb == "Melk")
    assert (milk.checked_on, milk.checked_by) == (date(2026, 6, 30), MANAGER.name)


def test_semicolons_decimal_commas_and_a_byte_order_mark_as_norwegian_excel_saves(
    services: AppServices, tmp_path: Path
) -> None:
    text = "\r\n".join(
        [
            ";".join(COLUMNS),
            'Rømme;Sour cream;l;Tine;4711;2,5;"1 234,50";melk;;dairy;2026-11-01',
            'Brød;;stk;;;1;39,9;"gluten:hvete;gluten:rug";sesam;;01.11.2026',
            ";;;;;;;;;;",  # an empty row Excel leaves behind
            "",
        ]
    )
    path = _write(tmp_path / "excel.csv", "\ufeff" + text)
    assert _import(services, path) == ImportPreview(added=2, updated=0, unchanged=0, errors=())
    found = {info.name_nb: info for info in _all(services)}
    assert found["Rømme"].pack_size == Decimal("2.5")
    assert found["Rømme"].pack_price == Decimal("1234.5")
    assert found["Rømme"].item_no == "4711"
    assert found["Brød"].profile.contains == parse_marks("gluten:hvete;gluten:rug")
    assert found["Brød"].checked_on == date(2026, 11, 1)


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_commas_without_a_byte_order_mark_and_excels_plain_csv(
    services: AppServices, tmp_path: Path, encoding: str
) -> None:
    path = _write(
        tmp_path / "plain.csv", f'{HEADER}\nSmør,Butter,kg,,,1,"89,9",melk,,dairy,2026-11-01\n', encoding
    )
    assert _import(services, path).added == 1
    [butter] = _all(services)
    assert (butter.name_nb, butter.pack_price) == ("Smør", Decimal("89.9"))


def test_an_xlsx_typed_by_hand_with_numbers_and_dates(services: AppServices, tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Name_NB ", *COLUMNS[1:]])  # headers as people type them
    sheet.append(["Egg", "Eggs", "stk", "Prior", 1234, 30, 89.9, "egg", None, "egg", date(2026, 10, 1)])
    sheet.append([None] * len(COLUMNS))
    sheet.append(["Bygg", None, "kg", None, None, 0.5, 12, "gluten:bygg", None, None, "2026-10-01"])
    sheet.append(["Nøtter", None, "kg", None, None, 1, 100, "notter", None, None, None])
    path = tmp_path / "by-hand.xlsx"
    workbook.save(path)

    rows, errors = read_ingredient_file(path)
    assert [number for number, _row in rows] == [2, 4]  # row 3 is empty
    assert [(error.row, error.message.split(":")[0]) for error in errors] == [(5, "allergens")]
    egg = rows[0][1]
    assert (egg.item_no, egg.pack_price, egg.checked_on) == ("1234", "89.9", date(2026, 10, 1))
    assert rows[1][1].pack_size == "0.5"

    before = _snapshot(services)
    assert not _import(services, path).ok
    assert _snapshot(services) == before


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("name_nb,name_en,unit", "lacks the column(s) supplier, item_no"),
        (f"{HEADER},colour", "unknown column(s) 'colour'"),
        (f"{HEADER},unit", "'unit' is named twice"),
        ("", "The first row must name the columns"),
    ],
)
def test_a_wrong_header_is_one_clear_error_for_the_file(tmp_path: Path, header: str, expected: str) -> None:
    path = _write(tmp_path / "header.csv", f"{header}\nMelk,,l,,,1,18,melk,,dairy,2026-11-01\n")
    with pytest.raises(IngredientFileError) as raised:
        read_ingredient_file(path)
    assert expected in str(raised.value)


def test_a_file_that_is_not_csv_or_xlsx_is_refused(tmp_path: Path) -> None:
    fake = _write(tmp_path / "list.xlsx", "name_nb\n")
    with pytest.raises(IngredientFileError, match="not an XLSX workbook"):
        read_ingredient_file(fake)
    with pytest.raises(IngredientFileError, match=r"use a \.csv or \.xlsx file"):
        read_ingredient_file(_write(tmp_path / "list.txt", HEADER))
    with pytest.raises(IngredientFileError, match="Cannot read"):
        read_ingredient_file(tmp_path / "missing.csv")
