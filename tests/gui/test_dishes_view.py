"""The dish page in the GUI (C1): derived allergens with the ingredient that brings each, the
recipe typed with a picker that finds an ingredient by part of its name, the cost per portion
of a batch recipe as it is typed, roles, retiring, and the list following an ingredient's
change, on a real SQLite file."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QPushButton,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices
from canteen_app.canteen.dishes.rules import Course
from tests.gui.a11y_checks import accessible_name, clipped_widgets, describe, tab_chain
from tests.gui.conftest import click_box_button, field_message, open_new, top_level, wait_for_box
from tests.gui.kitchen_fixtures import cell, names, open_row, save_screenshot, show_page
from tests.kitchen_helpers import MANAGER, add_dish, ingredient_input, stock_pantry
from ui.canteen.dishes import DishesView
from ui.canteen.dishes.recipe import RecipeLineRow
from ui.common.i18n import install_language
from ui.common.operations import Operations

MakeContext = Callable[..., object]
pytestmark = pytest.mark.usefixtures("theme")  # the program's own look, undone after each test


# --- helpers ----------------------------------------------------------------------------------


@pytest.fixture
def pantry(app_services: AppServices) -> dict[str, int]:
    """Hvetemel, Havregryn, Melk, Egg, Torsk, Kjøttdeig, Mandler, Poteter, Linser, Sesamfrø (all in kg)."""
    return stock_pantry(app_services)


@pytest.fixture
def dishes(app_services: AppServices, pantry: dict[str, int]) -> dict[str, int]:
    return {
        "Fiskegrateng": add_dish(
            app_services,
            "Fiskegrateng",
            {
                pantry["Torsk"]: "0,15",
                pantry["Melk"]: "0,1",
                pantry["Hvetemel"]: "0,02",
                pantry["Egg"]: "0,05",
            },
            price="72",
        ),
        # A batch of ten portions: (1 kg x 30 + 2 kg x 9) / 10 = 4,80 a portion.
        "Linsesuppe": add_dish(
            app_services,
            "Linsesuppe",
            {pantry["Linser"]: "1", pantry["Poteter"]: "2"},
            course="soup",
            batch_portions="10",
            price="45",
        ),
        "Havregrøt": add_dish(
            app_services, "Havregrøt", {pantry["Havregryn"]: "0,06", pantry["Melk"]: "0,25"}, course="other"
        ),
    }


def _view(qtbot: QtBot, make_context: MakeContext, actor: Actor) -> DishesView:
    return show_page(qtbot, DishesView(make_context(actor)), (1100, 700))  # type: ignore[arg-type]


def _select(qtbot: QtBot, view: DishesView, name: str) -> None:
    row = names(view).index(name)
    with qtbot.waitSignal(view.sources_shown, timeout=10_000):
        point = view.table.visualRect(view.proxy.index(row, 0)).center()
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=point)


def _pick(qtbot: QtBot, line: RecipeLineRow, typed: str, expected: str) -> None:
    """Type part of a name into the line's picker and choose the match the completer offers."""
    edit = line.picker.lineEdit()
    assert edit is not None
    line.picker.setFocus()
    qtbot.keyClicks(edit, typed)
    completer = line.picker.completer()
    assert completer is not None
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    offered = [completer.completionModel().index(r, 0).data() for r in range(completer.completionCount())]
    assert expected in offered, offered
    popup.setCurrentIndex(completer.completionModel().index(offered.index(expected), 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert line.picker.currentText() == expected


def _click_radio(qtbot: QtBot, radio: QRadioButton) -> None:
    """On its circle, where a click always lands (the button may be wider than its text)."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(6, radio.height() // 2))
    assert radio.isChecked()


# --- the list ---------------------------------------------------------------------------------


def test_the_list_shows_derived_allergens_diet_cost_and_price(
    qtbot: QtBot, make_context: MakeContext, manager: Actor, dishes: dict[str, int]
) -> None:
    view = _view(qtbot, make_context, manager)
    assert names(view) == ["Fiskegrateng", "Havregrøt", "Linsesuppe"]
    assert cell(view, "Fiskegrateng", "allergens") == "gluten (wheat), egg, fish, milk"
    assert cell(view, "Fiskegrateng", "course") == "Main course"
    assert cell(view, "Fiskegrateng", "diet") == ""
    assert cell(view, "Fiskegrateng", "price") == "72.00 kr"
    # 0,15 x 150 + 0,1 x 18 + 0,02 x 12 + 0,05 x 60 = 27,54 for one portion.
    assert cell(view, "Fiskegrateng", "cost") == "27.54 kr"
    assert cell(view, "Linsesuppe", "allergens") == ""
    assert cell(view, "Linsesuppe", "may_contain") == "gluten (wheat)"
    assert cell(view, "Linsesuppe", "diet") == "Vegan"
    assert cell(view, "Linsesuppe", "cost") == "4.80 kr"
    assert cell(view, "Linsesuppe", "course") == "Soup"
    assert cell(view, "Havregrøt", "diet") == "Vegetarian"
    assert view.count_label.text() == "Dishes: 3"
    save_screenshot(view, "dishes_list")


def test_every_role_sees_which_ingredient_brings_which_allergen(
    qtbot: QtBot, make_context: MakeContext, users: dict[Role, Actor], dishes: dict[str, int]
) -> None:
    for role in (Role.CANTEEN_MANAGER, Role.JOB_COACH, Role.KIOSK):
        view = _view(qtbot, make_context, users[role])
        _select(qtbot, view, "Fiskegrateng")
        assert view.sources_title.text() == "Fiskegrateng: Neither vegetarian nor vegan"
        assert view.sources.rows() == [
            ("gluten (wheat)", "Hvetemel"),
            ("egg", "Egg"),
            ("fish", "Torsk"),
            ("milk", "Melk"),
        ]
        _select(qtbot, view, "Linsesuppe")
        assert view.sources.rows() == [("gluten (wheat) (may contain traces)", "traces possible in Linser")]
        assert view.sources_title.text() == "Linsesuppe: Vegan (and vegetarian)"
        if role is not Role.CANTEEN_MANAGER:
            for name in ("newDishButton", "editDishButton", "retireDishButton"):
                assert view.findChild(QPushButton, name) is None, (role, name)
            view.table.setCurrentIndex(view.proxy.index(0, 0))
            qtbot.keyClick(view.table, Qt.Key.Key_Return)
            assert view.findChild(QDialog) is None
        save_screenshot(view, f"dishes_sources_{role.value}")


def test_the_list_follows_an_ingredient_changed_elsewhere_in_the_program(
    qtbot: QtBot,
    make_context: MakeContext,
    manager: Actor,
    ops: Operations,
    app_services: AppServices,
    pantry: dict[str, int],
    dishes: dict[str, int],
) -> None:
    view = _view(qtbot, make_context, manager)
    _select(qtbot, view, "Linsesuppe")
    stored = app_services.ingredients.get(manager, pantry["Linser"])
    changed = ingredient_input("Linser", "selleri", pack_price="30")
    owner = QWidget()
    qtbot.addWidget(owner)
    with qtbot.waitSignal(view.sources_shown, timeout=10_000):  # the list and the sources follow
        ops.write(owner, lambda app: app.ingredients.update(manager, stored.id, stored.version, changed))
    assert cell(view, "Linsesuppe", "allergens") == "celery"
    assert cell(view, "Linsesuppe", "may_contain") == ""
    assert view.sources.rows() == [("celery", "Linser")]


def test_retiring_a_dish_asks_and_keeps_it_for_old_menus(
    qtbot: QtBot, make_context: MakeContext, manager: Actor, app_services: AppServices, dishes: dict[str, int]
) -> None:
    view = _view(qtbot, make_context, manager)
    _select(qtbot, view, "Havregrøt")
    assert view.retire_button is not None and view.retire_button.text() == "Retire"
    qtbot.mouseClick(view.retire_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        click_box_button(qtbot, wait_for_box(qtbot, "retireDishDialog"), "confirmRetireDishButton")
    assert names(view) == ["Fiskegrateng", "Linsesuppe"]
    assert [d.name_nb for d in app_services.dishes.dishes(manager)] == ["Fiskegrateng", "Linsesuppe"]

    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.retired_box.setChecked(True)
    assert "Havregrøt (retired)" in names(view)
    view.select(dishes["Havregrøt"])
    assert view.retire_button.text() == "Bring back"
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(view.retire_button, Qt.MouseButton.LeftButton)
    assert "Havregrøt" in names(view)


# --- the form ---------------------------------------------------------------------------------


def test_a_batch_recipe_typed_in_the_form_shows_cost_per_portion_and_allergen_sources(
    qtbot: QtBot, make_context: MakeContext, manager: Actor, app_services: AppServices, pantry: dict[str, int]
) -> None:
    view = _view(qtbot, make_context, manager)
    dialog = open_new(qtbot, view)
    qtbot.keyClicks(dialog.name_nb_edit, "Pannekaker")
    qtbot.keyClicks(dialog.name_en_edit, "Pancakes")
    dialog.course_combo.setCurrentIndex(dialog.course_combo.findData(Course.VEGETARIAN_MAIN.value))
    qtbot.keyClicks(dialog.price_edit, "55")
    _click_radio(qtbot, dialog.batch_radio)
    dialog.batch_spin.setValue(20)
    assert dialog.batch_spin.isEnabled()

    first = dialog.recipe.rows[0]
    _pick(qtbot, first, "vetem", "Hvetemel")  # part of the name finds it
    qtbot.keyClicks(first.quantity_edit, "2,5")
    assert first.unit_label.text() == "kg"
    assert first.cost_label.text() == "30.00 kr"
    qtbot.mouseClick(dialog.recipe.add_button, Qt.MouseButton.LeftButton)
    second = dialog.recipe.rows[1]
    assert second.picker.hasFocus() or dialog.focusWidget() is second.picker
    _pick(qtbot, second, "mel", "Melk")
    qtbot.keyClicks(second.quantity_edit, "3")
    qtbot.mouseClick(dialog.recipe.add_button, Qt.MouseButton.LeftButton)
    third = dialog.recipe.rows[2]
    _pick(qtbot, third, "EGG", "Egg")
    qtbot.keyClicks(third.quantity_edit, "0,5")

    # (2,5 x 12 + 3 x 18 + 0,5 x 60) / 20 = 114 / 20 = 5,70 a portion.
    assert dialog.cost_text == "Cost per portion: 5.70 kr (the batch: 114.00 kr for 20 portions)"
    assert dialog.sources.rows() == [("gluten (wheat)", "Hvetemel"), ("egg", "Egg"), ("milk", "Melk")]
    assert dialog.sources.diet_label.text() == "Vegetarian, not vegan"
    save_screenshot(dialog, "dish_form_batch")

    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = next(d for d in app_services.dishes.dishes(manager) if d.name_nb == "Pannekaker")
    details = app_services.dishes.details(manager, stored.id)
    assert details.batch_portions == 20
    assert stored.cost_per_portion == Decimal("5.70")
    assert stored.price == Decimal("55")
    assert stored.course is Course.VEGETARIAN_MAIN
    assert [(line.ingredient_name, line.quantity) for line in details.lines] == [
        ("Hvetemel", Decimal("2.5")),
        ("Melk", Decimal("3")),
        ("Egg", Decimal("0.5")),
    ]
    assert cell(view, "Pannekaker", "cost") == "5.70 kr"

    # Opened again, the form reads the same, per batch.
    dialog = open_row(qtbot, view, "Pannekaker")
    assert dialog.batch_radio.isChecked() and dialog.batch_spin.value() == 20
    assert dialog.cost_text == "Cost per portion: 5.70 kr (the batch: 114.00 kr for 20 portions)"
    # Per portion instead: the same lines make one portion, twenty times the cost.
    _click_radio(qtbot, dialog.per_portion_radio)
    assert dialog.cost_text == "Cost per portion: 114.00 kr"
    dialog.force_close()


def test_a_line_without_an_ingredient_and_a_vegetarian_main_with_meat_are_refused(
    qtbot: QtBot, make_context: MakeContext, manager: Actor, app_services: AppServices, pantry: dict[str, int]
) -> None:
    view = _view(qtbot, make_context, manager)
    dialog = open_new(qtbot, view)
    qtbot.keyClicks(dialog.name_nb_edit, "Grønnsakslasagne")
    dialog.course_combo.setCurrentIndex(dialog.course_combo.findData(Course.VEGETARIAN_MAIN.value))
    first = dialog.recipe.rows[0]
    _pick(qtbot, first, "kjøtt", "Kjøttdeig")
    qtbot.keyClicks(first.quantity_edit, "0,1")
    qtbot.mouseClick(dialog.recipe.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.recipe.rows[1].picker.lineEdit(), "Squash")  # not an ingredient here
    QApplication.processEvents()
    dialog.recipe.rows[1].picker.completer().popup().hide()  # type: ignore[union-attr]
    qtbot.keyClicks(dialog.recipe.rows[1].quantity_edit, "0,2")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert field_message(dialog, "course").text() == "A vegetarian main cannot contain Kjøttdeig."
    lines = field_message(dialog, "lines")
    assert lines.isVisible()
    assert lines.text() == "Line 2: choose an ingredient from the list (type part of its name)."
    assert field_message(dialog, "dishSave").text() == "Not saved. Please correct the marked fields."
    assert not view._context.ops.busy  # type: ignore[attr-defined]
    save_screenshot(dialog, "dish_form_errors")
    assert app_services.dishes.dishes(manager) == []

    # Removing the meat line and the unknown one, the dish saves.
    qtbot.mouseClick(dialog.recipe.rows[0].remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.recipe.rows[0].remove_button, Qt.MouseButton.LeftButton)
    assert dialog.recipe.rows == []
    qtbot.waitUntil(lambda: not field_message(dialog, "course").isVisible())
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [d.name_nb for d in app_services.dishes.dishes(manager)] == ["Grønnsakslasagne"]


def test_a_save_over_someone_elses_change_keeps_the_typing(
    qtbot: QtBot, make_context: MakeContext, manager: Actor, app_services: AppServices, dishes: dict[str, int]
) -> None:
    view = _view(qtbot, make_context, manager)
    dialog = open_row(qtbot, view, "Havregrøt")
    dialog.price_edit.clear()
    qtbot.keyClicks(dialog.price_edit, "25")
    stored = app_services.dishes.details(MANAGER, dishes["Havregrøt"])
    app_services.dishes.update(MANAGER, stored.summary.id, stored.version, stored.as_input())  # someone saves

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: top_level("dishConflictDialog") is not None)
    assert dialog.price_edit.text() == "25"
    assert "Your changes are still here" in field_message(dialog, "dishSave").text()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        click_box_button(qtbot, wait_for_box(qtbot, "dishConflictDialog"), "conflictKeepMineButton")
    assert app_services.dishes.details(manager, dishes["Havregrøt"]).summary.price == Decimal("25")


# --- keyboard and size ------------------------------------------------------------------------


def test_tab_reaches_every_field_of_the_dish_form(
    qtbot: QtBot,
    theme: Callable[[float], None],
    make_context: MakeContext,
    manager: Actor,
    dishes: dict[str, int],
) -> None:
    view = _view(qtbot, make_context, manager)
    dialog = open_row(qtbot, view, "Fiskegrateng")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    chain = tab_chain(qtbot, dialog.name_nb_edit)
    for widget in dialog.findChildren(QWidget):
        if (
            not (widget.isVisible() and widget.isEnabled())
            or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            continue
        if isinstance(widget, QRadioButton) and not widget.isChecked():
            continue  # the arrow keys reach it from the chosen one
        if widget.focusProxy() is not None or (
            isinstance(widget, QAbstractItemView) and widget.parent() is None
        ):
            continue
        if widget.objectName() in ("qt_scrollarea_viewport",):
            continue
        assert widget in chain, describe(widget)
    unnamed = [describe(w) for w in chain if not accessible_name(w).strip()]
    assert unnamed == []
    dialog.force_close()


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_the_dish_form_and_list_fit_1280x800(
    qtbot: QtBot,
    theme: Callable[[float], None],
    make_context: MakeContext,
    manager: Actor,
    dishes: dict[str, int],
    scale: float,
) -> None:
    install_language("nb")
    theme(scale)
    view = _view(qtbot, make_context, manager)
    view.resize(1280 - 320, 700)
    assert view.minimumSizeHint().width() <= 1280 - 330
    _select(qtbot, view, "Fiskegrateng")
    save_screenshot(view, f"dishes_list_{scale}x")
    dialog = open_row(qtbot, view, "Fiskegrateng")
    qtbot.waitExposed(dialog)
    qtbot.wait(20)
    assert dialog.width() <= 1280 and dialog.height() <= 800
    assert dialog.minimumSizeHint().width() <= 1280
    problems = clipped_widgets(dialog)
    assert problems == [], "\n".join(problems)
    save_screenshot(dialog, f"dish_form_{scale}x")
    dialog.force_close()
