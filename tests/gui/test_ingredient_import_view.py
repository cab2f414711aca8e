"""Importing and exporting the ingredient list in the GUI (issue 6, item 7): the preview says what
a CSV or XLSX file would add, update and leave, lists every bad row with its reason, and the
import is all or nothing; the export writes a file the import reads back the same. Real widgets
on a real SQLite file; only the file chooser is replaced (it returns a path in tmp_path)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices
from canteen_app.canteen.ingredients.allergens import parse_marks
from canteen_app.canteen.ingredients.dto import ImportPreview
from canteen_app.canteen.ingredients.transfer import COLUMNS, read_ingredient_file
from canteen_app.core.dates import oslo_today
from tests.gui.a11y_checks import accessible_name, clipped_widgets, describe, tab_chain
from tests.gui.conftest import settle
from tests.gui.kitchen_fixtures import names, save_screenshot, show_page
from tests.kitchen_helpers import ingredient_input
from ui.canteen.ingredients import IngredientImportDialog, IngredientsView
from ui.common.i18n import install_language
from ui.common.operations import Operations

MakeContext = Callable[..., Any]
pytestmark = pytest.mark.usefixtures("theme")  # the program's own look, undone after each test
HEADER = ",".join(COLUMNS)
TODAY = oslo_today().isoformat()


# --- fixtures and helpers ---------------------------------------------------------------------


@pytest.fixture
def pantry(app_services: AppServices, manager: Actor) -> None:
    """Two ingredients already there: an import updates one of them."""
    app_services.ingredients.add(
        manager,
        ingredient_input(
            "Hvetemel", "gluten:hvete", name_en="Wheat flour", supplier="ASKO", item_no="1012248"
        ),
    )
    app_services.ingredients.add(manager, ingredient_input("Melk", "melk", origin="dairy", unit="l"))


def _view(qtbot: QtBot, make_context: MakeContext, actor: Actor) -> IngredientsView:
    return show_page(qtbot, IngredientsView(make_context(actor)), (1100, 650))


def _ops(view: IngredientsView) -> Operations:
    return view._context.ops  # type: ignore[no-any-return]


def _names(view: IngredientsView) -> list[str]:
    return sorted(names(view))


def _stored(app_services: AppServices, actor: Actor) -> list[tuple[object, ...]]:
    return [
        (i.name_nb, i.name_en, i.unit, i.supplier, i.item_no, i.pack_size, i.pack_price, i.profile, i.version)
        for i in app_services.ingredients.ingredients(actor)
    ]


def _csv(path: Path, *rows: str) -> Path:
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[tuple[Any, ...]]:
    """The file chooser answers `path`; returns the arguments it was asked with."""
    asked: list[tuple[Any, ...]] = []

    def chooser(*args: Any) -> tuple[str, str]:
        asked.append(args)
        return str(path), args[3].split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getOpenFileName", chooser)
    return asked


def _open_import(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, view: IngredientsView, path: Path
) -> IngredientImportDialog:
    """Press "Import…", choose `path`, and wait for the preview."""
    _choose_file(monkeypatch, path)
    assert view.import_button is not None and view.import_button.isVisible()
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.import_dialog is not None)
    dialog = view.import_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    settle(qtbot, _ops(view))
    assert not dialog.is_busy
    return dialog


def _error_rows(dialog: IngredientImportDialog) -> list[tuple[str, str]]:
    model = dialog.errors_model
    return [(model.item(row, 0).text(), model.item(row, 1).text()) for row in range(model.rowCount())]


def _export(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, view: IngredientsView, answer: str, chosen_filter: str
) -> list[tuple[Any, ...]]:
    """Press "Export…"; the save dialog answers `answer` with `chosen_filter` chosen."""
    asked: list[tuple[Any, ...]] = []

    def chooser(*args: Any) -> tuple[str, str]:
        asked.append(args)
        filters = args[3].split(";;")
        return answer, next(f for f in filters if f.startswith(chosen_filter))

    monkeypatch.setattr(QFileDialog, "getSaveFileName", chooser)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    settle(qtbot, _ops(view))
    return asked


# --- importing --------------------------------------------------------------------------------


def test_a_good_csv_previews_what_it_adds_and_imports_into_the_list(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    make_context: MakeContext,
    manager: Actor,
    app_services: AppServices,
    pantry: None,
    tmp_path: Path,
) -> None:
    view = _view(qtbot, make_context, manager)
    path = _csv(
        tmp_path / "asko.csv",
        f"Byggryn,Pearl barley,kg,ASKO,555,1,25,gluten:bygg,,,{TODAY}",
        f"Kikerter,Chickpeas,kg,ASKO,556,2.5,60,,gluten:hvete,,{TODAY}",
        "Hvetemel,Wheat flour,kg,ASKO,1012248,1,10,gluten:hvete,,,2026-11-01",  # as stored: unchanged
    )
    before = _stored(app_services, manager)

    dialog = _open_import(qtbot, monkeypatch, view, path)

    assert "2 to add" in dialog.summary_label.text()
    assert "0 to update" in dialog.summary_label.text()
    assert "1 unchanged" in dialog.summary_label.text()
    assert dialog.preview == ImportPreview(added=2, updated=0, unchanged=1, errors=())
    assert not dialog.errors_table.isVisible()
    assert not dialog.status.isVisible()
    assert dialog.import_button.isEnabled()
    assert dialog.import_button.text().startswith("Import 2 ingredient")
    assert dialog.import_button.isDefault()
    assert dialog.file_label.text() == "File: asko.csv"
    save_screenshot(dialog, "ingredient_import_ready")  # (once the layout has followed)
    problems = clipped_widgets(dialog)
    assert problems == [], "\n".join(problems)
    assert _stored(app_services, manager) == before  # the preview wrote nothing

    with qtbot.waitSignal(view.loaded, timeout=10_000):  # the list reloads through ops.changed
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    settle(qtbot, _ops(view))
    assert view.import_dialog is None
    assert _names(view) == ["Byggryn", "Hvetemel", "Kikerter", "Melk"]
    assert view.saved_label.text() == "Imported asko.csv: 2 added, 0 updated, 1 unchanged."
    chickpeas = next(i for i in app_services.ingredients.ingredients(manager) if i.name_nb == "Kikerter")
    assert chickpeas.profile.may_contain == parse_marks("gluten:hvete")
    assert chickpeas.checked_by == manager.name  # the import is the manager's own check


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_bad_rows_are_each_listed_and_nothing_is_imported(
    qtbot: QtBot,
    theme: Callable[[float], None],
    monkeypatch: pytest.MonkeyPatch,
    make_context: MakeContext,
    manager: Actor,
    app_services: AppServices,
    pantry: None,
    tmp_path: Path,
    scale: float,
) -> None:
    theme(scale)
    view = _view(qtbot, make_context, manager)
    path = _csv(
        tmp_path / "bad.csv",
        f"Byggryn,Pearl barley,kg,ASKO,555,1,25,gluten:bygg,,,{TODAY}",  # a good row
        f"Nytt mel,,kg,,,1,10,gluten,,,{TODAY}",  # row 3: bare gluten
        f"Hvetemel,Wheat flour,kg,ASKO,1012248,1,12,gluten:hvete,,,{TODAY}",  # a good update
        f"Ost,,kilo,,,1,10,melk,,dairy,{TODAY}",  # row 5: no such unit
    )
    before = _stored(app_services, manager)

    dialog = _open_import(qtbot, monkeypatch, view, path)

    rows = _error_rows(dialog)
    assert [row for row, _reason in rows] == ["3", "5"]
    assert rows[0][1].startswith("allergens: Name the grain: a bare 'gluten' is not enough")
    assert rows[1][1].startswith("unit: 'kilo' is not a unit")
    assert dialog.errors_table.isVisible()
    assert accessible_name(dialog.errors_table) == "Rows with problems"
    summary = dialog.summary_label.text()
    assert "1 to add · 1 to update · 0 unchanged · 2 row(s) with problems" in summary or (
        "1 to add · 1 to update · 0 unchanged · 2 rows with problems" in summary
    )
    assert dialog.status.isVisible() and dialog.status.severity == "error"
    assert dialog.status.text().startswith("Nothing will be imported until the file is corrected.")
    assert not dialog.import_button.isEnabled()
    assert dialog.close_button.text() == "Close"

    # The dialog fits the smallest screen, and nothing in it is cut.
    assert save_screenshot(dialog, f"ingredient_import_errors_{scale}x").exists()
    assert dialog.width() <= 1280 and dialog.height() <= 800
    problems = clipped_widgets(dialog)
    assert problems == [], "\n".join(problems)

    # "Import" cannot be pressed around the button either: Enter does nothing.
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    dialog.start_import()
    settle(qtbot, _ops(view))
    assert _stored(app_services, manager) == before
    assert _names(view) == ["Hvetemel", "Melk"]

    # Corrected in the file: "Check again" reads it anew, and the import can start.
    _csv(
        path,
        f"Byggryn,Pearl barley,kg,ASKO,555,1,25,gluten:bygg,,,{TODAY}",
        f"Nytt mel,,kg,,,1,10,gluten:hvete,,,{TODAY}",
        f"Hvetemel,Wheat flour,kg,ASKO,1012248,1,12,gluten:hvete,,,{TODAY}",
        f"Ost,,kg,,,1,10,melk,,dairy,{TODAY}",
    )
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    settle(qtbot, _ops(view))
    assert dialog.preview == ImportPreview(added=3, updated=1, unchanged=0, errors=())
    assert not dialog.errors_table.isVisible() and not dialog.status.isVisible()
    assert dialog.import_button.isEnabled()
    dialog.force_close()


def test_a_norwegian_screen_gives_each_rows_reason_in_norwegian(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    make_context: MakeContext,
    manager: Actor,
    pantry: None,
    tmp_path: Path,
) -> None:
    install_language("nb")
    try:
        view = _view(qtbot, make_context, manager)
        path = _csv(tmp_path / "feil.csv", f"Ost,,kilo,,,1,10,melk,,dairy,{TODAY}")
        dialog = _open_import(qtbot, monkeypatch, view, path)
        # The column is the file's own name for it; what is wrong is said in Norwegian.
        assert _error_rows(dialog) == [("2", "unit: «kilo» er ikke en enhet; bruk en av g, kg, ml, l, stk.")]
        dialog.force_close()
    finally:
        install_language("en")


def test_an_xlsx_file_previews_and_imports_too(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    make_context: MakeContext,
    manager: Actor,
    app_services: AppServices,
    pantry: None,
    tmp_path: Path,
) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(list(COLUMNS))
    checked = date.fromisoformat(TODAY)
    sheet.append(["Rømme 18 %", "Sour cream", "l", "Tine", "004711", 2.5, 89.9, "melk", "", "dairy", checked])
    sheet.append(["Melk", "Milk", "l", "", "", 1, 21.5, "melk", "", "dairy", checked])  # a new price
    path = tmp_path / "tine.xlsx"
    workbook.save(path)
    view = _view(qtbot, make_context, manager)

    dialog = _open_import(qtbot, monkeypatch, view, path)

    assert dialog.preview == ImportPreview(added=1, updated=1, unchanged=0, errors=())
    assert "1 to add · 1 to update · 0 unchanged" in dialog.summary_label.text()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert _names(view) == ["Hvetemel", "Melk", "Rømme 18 %"]
    assert view.saved_label.text() == "Imported tine.xlsx: 1 added, 1 updated, 0 unchanged."


def test_a_file_without_its_columns_says_so_in_the_dialog(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    make_context: MakeContext,
    manager: Actor,
    pantry: None,
    tmp_path: Path,
) -> None:
    path = tmp_path / "wrong.csv"
    path.write_text("name_nb,unit\nByggryn,kg\n", encoding="utf-8")
    view = _view(qtbot, make_context, manager)

    dialog = _open_import(qtbot, monkeypatch, view, path)

    assert dialog.preview is None
    assert dialog.status.isVisible() and dialog.status.severity == "error"
    assert "The first row lacks the column(s) name_en, supplier" in dialog.status.text()
    assert dialog.summary_label.text() == "Nothing can be imported from this file."
    assert not dialog.import_button.isEnabled()
    assert not dialog.errors_table.isVisible()
    save_screenshot(dialog, "ingredient_import_wrong_columns")  # (once the layout has followed)
    problems = clipped_widgets(dialog)
    assert problems == [], "\n".join(problems)

    # Not a workbook at all, though it is called one.
    broken = tmp_path / "broken.xlsx"
    broken.write_text("not a zip", encoding="utf-8")
    dialog.force_close()
    dialog = _open_import(qtbot, monkeypatch, view, broken)
    assert dialog.status.text() == f"{broken} is not an XLSX workbook."
    assert not dialog.import_button.isEnabled()
    dialog.force_close()


def test_a_file_that_goes_wrong_after_the_preview_imports_nothing_and_says_why(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    make_context: MakeContext,
    manager: Actor,
    app_services: AppServices,
    pantry: None,
    tmp_path: Path,
) -> None:
    view = _view(qtbot, make_context, manager)
    path = _csv(tmp_path / "list.csv", f"Byggryn,,kg,,,1,25,gluten:bygg,,,{TODAY}")
    dialog = _open_import(qtbot, monkeypatch, view, path)
    assert dialog.import_button.isEnabled()
    before = _stored(app_services, manager)

    # Someone saves the file again, with a mistake, before "Import" is pressed.
    _csv(path, f"Byggryn,,kg,,,1,25,gluten:bygg,,,{TODAY}", f"Skinke,,kg,,,1,10,,,pork,{TODAY}")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    settle(qtbot, _ops(view))

    assert view.import_dialog is dialog  # still open, with the reason
    assert [row for row, _reason in _error_rows(dialog)] == ["3"]
    assert dialog.status.text().startswith("Nothing was imported: the file has changed since it was checked")
    assert not dialog.import_button.isEnabled()
    assert _stored(app_services, manager) == before
    assert _names(view) == ["Hvetemel", "Melk"]

    # And a file that has gone altogether.
    _csv(path, f"Byggryn,,kg,,,1,25,gluten:bygg,,,{TODAY}")
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    settle(qtbot, _ops(view))
    assert dialog.import_button.isEnabled()
    path.unlink()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    settle(qtbot, _ops(view))
    assert dialog.status.text().startswith("Nothing was imported. Cannot read")
    assert not dialog.import_button.isEnabled()
    assert _stored(app_services, manager) == before
    dialog.force_close()


def test_tab_goes_through_the_preview_and_every_control_is_named(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    make_context: MakeContext,
    manager: Actor,
    pantry: None,
    tmp_path: Path,
) -> None:
    view = _view(qtbot, make_context, manager)
    path = _csv(tmp_path / "bad.csv", f"Nytt mel,,kg,,,1,10,gluten,,,{TODAY}")
    dialog = _open_import(qtbot, monkeypatch, view, path)
    assert QApplication.focusWidget() is dialog.errors_table  # the problems first

    chain = tab_chain(qtbot, dialog.errors_table)
    assert [describe(widget) for widget in chain] == [
        describe(dialog.errors_table),
        describe(dialog.check_button),
        describe(dialog.close_button),
    ]
    for widget in chain:
        assert accessible_name(widget), describe(widget)
    assert accessible_name(dialog.check_button) == "Read the file again and check every row"
    qtbot.keyClick(dialog.errors_table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.import_dialog is None)


# --- exporting --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "chosen_filter", "written"),
    [
        ("ravarer.csv", "CSV", "ravarer.csv"),
        ("ravarer.xlsx", "Excel", "ravarer.xlsx"),
        ("ravarer", "Excel", "ravarer.xlsx"),  # typed without its ending: the filter decides
    ],
)
def test_the_export_writes_a_file_the_import_reads_back_the_same(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    make_context: MakeContext,
    manager: Actor,
    app_services: AppServices,
    pantry: None,
    tmp_path: Path,
    answer: str,
    chosen_filter: str,
    written: str,
) -> None:
    view = _view(qtbot, make_context, manager)

    asked = _export(qtbot, monkeypatch, view, str(tmp_path / answer), chosen_filter)

    _parent, title, offered, filters, *_rest = asked[0]
    assert title == "Export ingredients"
    assert Path(offered).name == f"ravarer-{TODAY}.csv"
    assert filters == "CSV (*.csv);;Excel (*.xlsx)"
    out = tmp_path / written
    assert [p.name for p in tmp_path.iterdir() if p.suffix in (".csv", ".xlsx")] == [written]
    assert view.saved_label.text().startswith("Exported 2 ingredient")
    assert f"to {written} in the folder" in view.saved_label.text()
    assert not view.message.isVisible()

    rows, errors = read_ingredient_file(out)
    assert errors == []
    stored = {i.name_nb: i for i in app_services.ingredients.ingredients(manager)}
    assert {row.name_nb for _number, row in rows} == set(stored)
    for _number, row in rows:
        info = stored[row.name_nb]
        assert (row.contains, row.may_contain, row.animal_origin) == (
            info.profile.contains,
            info.profile.may_contain,
            info.profile.animal_origin,
        )
        assert (row.supplier, row.item_no, row.unit) == (info.supplier, info.item_no, info.unit)
    preview = app_services.ingredients.preview_file(manager, out)
    assert preview == ImportPreview(added=0, updated=0, unchanged=2, errors=())


def test_an_export_to_a_missing_folder_says_so(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    make_context: MakeContext,
    manager: Actor,
    pantry: None,
    tmp_path: Path,
) -> None:
    view = _view(qtbot, make_context, manager)
    missing = tmp_path / "gone" / "ravarer.csv"
    _export(qtbot, monkeypatch, view, str(missing), "CSV")
    assert view.message.isVisible() and view.message.severity == "error"
    assert view.message.text() == f"The folder {missing.parent} does not exist. Choose an existing folder."
    assert view.saved_label.text() == ""
    assert view.export_button.isEnabled()


def test_a_coach_sees_export_but_not_import_and_can_export(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    make_context: MakeContext,
    users: dict[Role, Actor],
    pantry: None,
    tmp_path: Path,
) -> None:
    view = _view(qtbot, make_context, users[Role.JOB_COACH])
    assert view.findChild(QPushButton, "importIngredientsButton") is None
    assert view.import_button is None
    assert view.export_button.isVisible() and view.export_button.isEnabled()
    assert accessible_name(view.export_button) == "Export the ingredients to a CSV or Excel file"
    view.open_import(tmp_path / "anything.csv")
    assert view.import_dialog is None

    _export(qtbot, monkeypatch, view, str(tmp_path / "list.xlsx"), "Excel")
    rows, errors = read_ingredient_file(tmp_path / "list.xlsx")
    assert sorted(row.name_nb for _n, row in rows) == ["Hvetemel", "Melk"] and errors == []
    save_screenshot(view, "ingredients_list_coach_export")


def test_the_manager_reaches_import_and_export_with_tab(
    qtbot: QtBot, make_context: MakeContext, manager: Actor, pantry: None
) -> None:
    view = _view(qtbot, make_context, manager)
    chain = tab_chain(qtbot, view.search_edit)
    names = [widget.objectName() for widget in chain]
    assert names.index("importIngredientsButton") + 1 == names.index("exportIngredientsButton")
    assert names.index("exportIngredientsButton") < names.index("ingredientTable")
    assert view.import_button is not None
    assert accessible_name(view.import_button) == "Import ingredients from a CSV or Excel file"
