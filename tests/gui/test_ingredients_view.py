"""The ingredient page in the GUI (C1): the list with allergens in words and the stale mark, the
form with the 14 allergens, grains and nuts named, the food-safety history, roles, and a save
against a version someone else changed, on a real SQLite file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QPushButton,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices
from canteen_app.canteen.ingredients.allergens import Allergen, AllergenMark, parse_marks
from canteen_app.canteen.ingredients.rules import AnimalOrigin, IngredientInput
from canteen_app.core.dates import oslo_today
from canteen_app.core.errors import ValidationError
from tests.gui.a11y_checks import accessible_name, clipped_widgets, describe, tab_chain
from tests.gui.conftest import click_box_button, field_message, open_new, settle, wait_for_box
from tests.gui.kitchen_fixtures import cell, names, open_row, save_screenshot, show_page
from tests.kitchen_helpers import ingredient_input
from ui.canteen.ingredients import IngredientDialog, IngredientsView
from ui.common.i18n import install_language

MakeContext = Callable[..., object]
pytestmark = pytest.mark.usefixtures("theme")  # the program's own look, undone after each test
NAME_THE_GRAIN = (
    "Name the grain: a bare 'gluten' is not enough (hvete, rug, bygg, havre, spelt, korasanhvete)."
)


# --- helpers ----------------------------------------------------------------------------------


@pytest.fixture
def pantry(app_services: AppServices, manager: Actor) -> dict[str, int]:
    """A few ingredients, one of them not checked for two years."""
    rows = {
        "Hvetemel": ingredient_input(
            "Hvetemel",
            "gluten:hvete",
            name_en="Wheat flour",
            supplier="ASKO",
            item_no="1012248",
            pack_size="25",
            pack_price="309",
        ),
        "Havregryn": ingredient_input("Havregryn", "gluten:havre", name_en="Rolled oats"),
        "Melk": ingredient_input("Melk", "melk", origin="dairy", unit="l", pack_size="1", pack_price="18"),
        "Sesamfrø": ingredient_input("Sesamfrø", "sesam", checked_on=date(2024, 10, 1)),
    }
    return {name: app_services.ingredients.add(manager, data).id for name, data in rows.items()}


def _view(qtbot: QtBot, make_context: MakeContext, actor: Actor) -> IngredientsView:
    return show_page(qtbot, IngredientsView(make_context(actor)), (1100, 650))  # type: ignore[arg-type]


def _click(qtbot: QtBot, dialog: QWidget, object_name: str) -> None:
    widget = dialog.findChild(QWidget, object_name)
    assert widget is not None and widget.isVisible(), object_name
    if isinstance(widget, QCheckBox | QRadioButton):
        dialog.findChild(QWidget, "ingredientFormScroll").ensureWidgetVisible(widget)  # type: ignore[union-attr]
        # A click on the box itself, which may be narrower than the widget's column.
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(6, widget.height() // 2))
        assert widget.isChecked() or isinstance(widget, QCheckBox), object_name
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _save_and_wait(qtbot: QtBot, view: IngredientsView, dialog: IngredientDialog) -> None:
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert view.dialog is None


# --- the list ---------------------------------------------------------------------------------


def test_the_list_shows_allergens_in_words_and_marks_stale_checks_in_words(
    qtbot: QtBot, make_context: MakeContext, manager: Actor, pantry: dict[str, int]
) -> None:
    view = _view(qtbot, make_context, manager)
    assert names(view) == ["Havregryn", "Hvetemel", "Melk", "Sesamfrø"]
    assert cell(view, "Hvetemel", "allergens") == "gluten (wheat)"
    assert cell(view, "Melk", "allergens") == "milk"
    assert cell(view, "Hvetemel", "pack") == "25 kg for 309.00 kr"
    assert cell(view, "Hvetemel", "unit_cost") == "12.36 kr/kg"
    assert cell(view, "Hvetemel", "supplier") == "ASKO"
    assert cell(view, "Hvetemel", "item_no") == "1012248"
    # Not checked for twelve months: said in words, not only in a colour.
    assert str(cell(view, "Sesamfrø", "checked")).endswith("– check again")
    assert "check again" not in str(cell(view, "Melk", "checked"))
    assert "Not checked for 12 months" in str(cell(view, "Sesamfrø", "checked", Qt.ItemDataRole.ToolTipRole))
    assert view.count_label.text() == "Ingredients: 4 · to check again: 1"
    save_screenshot(view, "ingredients_list")

    qtbot.keyClicks(view.search_edit, "asko")
    qtbot.waitUntil(lambda: names(view) == ["Hvetemel"])
    assert view.count_label.text() == "Found: 1"


def test_the_list_speaks_norwegian_allergen_words_in_norwegian(
    qtbot: QtBot, make_context: MakeContext, manager: Actor, pantry: dict[str, int]
) -> None:
    install_language("nb")
    view = _view(qtbot, make_context, manager)
    assert cell(view, "Hvetemel", "allergens") == "gluten (hvete)"
    assert cell(view, "Melk", "allergens") == "melk"
    save_screenshot(view, "ingredients_list_nb")


def test_a_coach_and_the_kiosk_read_without_edit_buttons(
    qtbot: QtBot, make_context: MakeContext, users: dict[Role, Actor], pantry: dict[str, int]
) -> None:
    for role in (Role.JOB_COACH, Role.KIOSK):
        view = _view(qtbot, make_context, users[role])
        assert len(names(view)) == 4
        for name in ("newIngredientButton", "editIngredientButton", "deleteIngredientButton"):
            assert view.findChild(QPushButton, name) is None, (role, name)
        # Double-click and Enter open nothing.
        point = view.table.visualRect(view.proxy.index(0, 0)).center()
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=point)
        view.table.setCurrentIndex(view.proxy.index(0, 0))
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
        assert view.findChild(QDialog) is None
        save_screenshot(view, f"ingredients_list_{role.value}")


# --- the form ---------------------------------------------------------------------------------


def test_the_manager_creates_an_ingredient_with_gluten_and_its_grain(
    qtbot: QtBot, make_context: MakeContext, manager: Actor, app_services: AppServices, pantry: dict[str, int]
) -> None:
    view = _view(qtbot, make_context, manager)
    dialog = open_new(qtbot, view)
    qtbot.keyClicks(dialog.name_nb_edit, "Grovbrød")
    qtbot.keyClicks(dialog.name_en_edit, "Wholemeal bread")
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData("stk"))
    qtbot.keyClicks(dialog.supplier_edit, "Bakeriet")
    qtbot.keyClicks(dialog.item_no_edit, "B-17")
    qtbot.keyClicks(dialog.pack_size_edit, "10")
    qtbot.keyClicks(dialog.pack_price_edit, "349,50")
    assert dialog.cost_label.text() == "34.95 kr/pcs"
    assert dialog.pack_unit_label.text() == "pcs"

    gluten_kinds = dialog.findChild(QWidget, "allergen_glutenKinds")
    assert gluten_kinds is not None and not gluten_kinds.isVisible()  # free: no grains asked
    _click(qtbot, dialog, "allergen_gluten_contains")
    assert gluten_kinds.isVisible()
    _click(qtbot, dialog, "gluten_contains_hvete")
    _click(qtbot, dialog, "gluten_may_contain_bygg")
    _click(qtbot, dialog, "allergen_melk_contains")
    assert dialog.origin_boxes[AnimalOrigin.DAIRY].isChecked()  # milk comes from an animal
    assert dialog.diet_label.text() == "Vegetarian, not vegan (from: dairy)"
    _click(qtbot, dialog, "allergen_sesam_may_contain")
    save_screenshot(dialog, "ingredient_form_new")

    _save_and_wait(qtbot, view, dialog)

    stored = next(i for i in app_services.ingredients.ingredients(manager) if i.name_nb == "Grovbrød")
    assert stored.name_en == "Wholemeal bread"
    assert (stored.unit, stored.supplier, stored.item_no) == ("stk", "Bakeriet", "B-17")
    assert (stored.pack_size, stored.pack_price) == (Decimal("10"), Decimal("349.5"))
    assert stored.profile.contains == parse_marks("gluten:hvete;melk")
    assert stored.profile.may_contain == parse_marks("gluten:bygg;sesam")
    assert stored.profile.animal_origin == {AnimalOrigin.DAIRY}
    assert (stored.checked_on, stored.checked_by) == (oslo_today(), manager.name)
    assert "Grovbrød" in names(view)
    assert cell(view, "Grovbrød", "allergens") == "gluten (wheat), milk"
    assert cell(view, "Grovbrød", "may_contain") == "gluten (barley), sesame"
    assert view.saved_label.text() == "Saved: Grovbrød"


def test_a_bare_gluten_is_refused_next_to_gluten_and_nothing_is_saved(
    qtbot: QtBot, make_context: MakeContext, manager: Actor, app_services: AppServices, pantry: dict[str, int]
) -> None:
    view = _view(qtbot, make_context, manager)
    dialog = open_new(qtbot, view)
    qtbot.keyClicks(dialog.name_nb_edit, "Knekkebrød")
    _click(qtbot, dialog, "allergen_gluten_contains")  # and no grain ticked
    _click(qtbot, dialog, "allergen_notter_may_contain")  # nor a nut
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    gluten = field_message(dialog, "allergen_gluten")
    assert (gluten.text(), gluten.severity, gluten.isVisible()) == (NAME_THE_GRAIN, "error", True)
    nuts = field_message(dialog, "allergen_notter")
    assert nuts.isVisible() and nuts.text().startswith("Name the nut: a bare 'nøtter' is not enough")
    # Right under gluten's row, above the next allergen's.
    gluten_row = dialog.findChild(QWidget, "allergen_glutenLabel")
    next_row = dialog.findChild(QWidget, "allergen_skalldyrLabel")
    assert gluten_row is not None and next_row is not None
    y = gluten.mapTo(dialog, gluten.rect().topLeft()).y()
    assert (
        gluten_row.mapTo(dialog, gluten_row.rect().topLeft()).y()
        < y
        < next_row.mapTo(dialog, next_row.rect().topLeft()).y()
    )
    assert dialog.focusWidget() is dialog.findChild(QRadioButton, "allergen_gluten_contains")
    assert field_message(dialog, "ingredientSave").text() == "Not saved. Please correct the marked fields."
    save_screenshot(dialog, "ingredient_form_bare_gluten")
    assert not view._context.ops.busy  # nothing was sent
    assert "Knekkebrød" not in [i.name_nb for i in app_services.ingredients.ingredients(manager)]

    # Naming the grain takes the message away; the nut's stays until a nut is named.
    _click(qtbot, dialog, "gluten_contains_rug")
    qtbot.waitUntil(lambda: not field_message(dialog, "allergen_gluten").isVisible())
    assert field_message(dialog, "allergen_notter").isVisible()
    _click(qtbot, dialog, "notter_may_contain_hasselnott")
    _save_and_wait(qtbot, view, dialog)
    stored = next(i for i in app_services.ingredients.ingredients(manager) if i.name_nb == "Knekkebrød")
    assert stored.profile.contains == parse_marks("gluten:rug")
    assert stored.profile.may_contain == parse_marks("notter:hasselnott")


def test_the_service_refuses_a_bare_gluten_or_nuts_too(app_services: AppServices, manager: Actor) -> None:
    bare = IngredientInput(
        name_nb="Kjeks",
        contains=frozenset({AllergenMark(Allergen.GLUTEN)}),
        may_contain=frozenset({AllergenMark(Allergen.NOTTER), AllergenMark(Allergen.MELK, "hvete")}),
    )
    with pytest.raises(ValidationError) as refused:
        app_services.ingredients.add(manager, bare)
    errors = {name: str(message) for name, message in refused.value.field_errors.items()}
    assert errors["allergen_gluten"] == NAME_THE_GRAIN
    assert errors["allergen_notter"].startswith("Name the nut")
    assert errors["allergen_melk"] == "'melk:hvete': melk has no kinds to name."
    assert app_services.ingredients.ingredients(manager) == []


def test_editing_allergens_shows_in_the_history_with_who_and_what(
    qtbot: QtBot, make_context: MakeContext, manager: Actor, app_services: AppServices, pantry: dict[str, int]
) -> None:
    view = _view(qtbot, make_context, manager)
    dialog = open_row(qtbot, view, "Havregryn")
    assert dialog.history_table.model().rowCount() == 1  # when it was added
    assert dialog.findChild(QRadioButton, "allergen_gluten_contains").isChecked()  # type: ignore[union-attr]
    assert dialog.findChild(QCheckBox, "gluten_contains_havre").isChecked()  # type: ignore[union-attr]
    _click(qtbot, dialog, "gluten_may_contain_hvete")
    _click(qtbot, dialog, "allergen_soya_may_contain")
    _save_and_wait(qtbot, view, dialog)

    dialog = open_row(qtbot, view, "Havregryn")
    model = dialog.history_table.model()
    assert model.rowCount() == 2
    newest = [model.data(model.index(0, column)) for column in range(3)]
    assert newest[1] == manager.name
    assert newest[2] == "May contain traces: none → gluten (wheat), soy"
    assert "Allergens checked" in dialog.checked_label.text() and manager.name in dialog.checked_label.text()
    save_screenshot(dialog, "ingredient_form_history")
    history = app_services.ingredients.history(manager, pantry["Havregryn"])
    assert (history[0].actor_name, history[0].may_contain_after) == (manager.name, "gluten:hvete;soya")
    dialog.force_close()


def test_a_save_over_someone_elses_change_keeps_the_typing_and_asks(
    qtbot: QtBot,
    make_context: MakeContext,
    users: dict[Role, Actor],
    app_services: AppServices,
    pantry: dict[str, int],
) -> None:
    manager, admin = users[Role.CANTEEN_MANAGER], users[Role.ADMIN]
    view = _view(qtbot, make_context, manager)
    dialog = open_row(qtbot, view, "Melk")
    dialog.pack_price_edit.clear()
    qtbot.keyClicks(dialog.pack_price_edit, "19,50")
    _click(qtbot, dialog, "allergen_soya_may_contain")
    # Meanwhile the admin saves the same ingredient with another price.
    stored = app_services.ingredients.get(admin, pantry["Melk"])
    app_services.ingredients.update(
        admin,
        stored.id,
        stored.version,
        ingredient_input("Melk", "melk", origin="dairy", unit="l", pack_price="21"),
    )

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    box = wait_for_box(qtbot, "ingredientConflictDialog")
    assert "changed by someone else" in box.text()
    assert "Pack price" in box.informativeText()
    assert dialog.pack_price_edit.text() == "19,50"  # the typing is still there
    assert "Your changes are still here" in field_message(dialog, "ingredientSave").text()
    click_box_button(qtbot, box, "conflictBackButton")
    assert dialog.isVisible() and dialog.pack_price_edit.text() == "19,50"

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    box = wait_for_box(qtbot, "ingredientConflictDialog")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        click_box_button(qtbot, box, "conflictKeepMineButton")
    stored = app_services.ingredients.get(manager, pantry["Melk"])
    assert stored.pack_price == Decimal("19.5")
    assert stored.profile.may_contain == parse_marks("soya")


def test_a_name_in_use_is_refused_at_the_name(
    qtbot: QtBot, make_context: MakeContext, manager: Actor, pantry: dict[str, int]
) -> None:
    view = _view(qtbot, make_context, manager)
    dialog = open_new(qtbot, view)
    qtbot.keyClicks(dialog.name_nb_edit, "melk")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: field_message(dialog, "name_nb").isVisible())
    assert field_message(dialog, "name_nb").text() == "An ingredient with this name already exists."
    dialog.force_close()


def test_deleting_an_unused_ingredient_asks_first(
    qtbot: QtBot, make_context: MakeContext, manager: Actor, app_services: AppServices, pantry: dict[str, int]
) -> None:
    view = _view(qtbot, make_context, manager)
    view.select(pantry["Sesamfrø"])
    assert view.delete_button is not None and view.delete_button.isEnabled()
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    box = wait_for_box(qtbot, "deleteIngredientDialog")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        click_box_button(qtbot, box, "confirmDeleteIngredientButton")
    assert "Sesamfrø" not in names(view)
    assert "Sesamfrø" not in [i.name_nb for i in app_services.ingredients.ingredients(manager)]


def test_typing_survives_an_idle_lock_as_a_draft(
    qtbot: QtBot, make_context: MakeContext, manager: Actor, app_services: AppServices, pantry: dict[str, int]
) -> None:
    view = _view(qtbot, make_context, manager)
    dialog = open_row(qtbot, view, "Melk")
    assert view.unsaved_work() == []  # nothing typed yet
    _click(qtbot, dialog, "allergen_soya_may_contain")
    drafts = view.unsaved_work()
    assert [draft.title for draft in drafts] == ["ingredient Melk"]
    view.shutdown()  # the lock closes the form
    qtbot.waitUntil(lambda: view.dialog is None)

    again = _view(qtbot, make_context, manager)
    again.resume(drafts[0])
    qtbot.waitUntil(lambda: again.dialog is not None)
    assert again.dialog is not None
    assert again.dialog.form_input().may_contain == parse_marks("soya")
    assert "before the screen locked" in field_message(again.dialog, "ingredientSave").text()
    _save_and_wait(qtbot, again, again.dialog)
    assert app_services.ingredients.get(manager, pantry["Melk"]).profile.may_contain == parse_marks("soya")


# --- keyboard and size ------------------------------------------------------------------------


def test_tab_reaches_every_allergen_and_field_of_the_form(
    qtbot: QtBot,
    theme: Callable[[float], None],
    make_context: MakeContext,
    manager: Actor,
    pantry: dict[str, int],
) -> None:
    """Tab stops at each allergen's chosen state (the arrow keys change it) and every other
    control; each has a name a screen reader says."""
    view = _view(qtbot, make_context, manager)
    dialog = open_row(qtbot, view, "Hvetemel")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    chain = tab_chain(qtbot, dialog.name_nb_edit)
    chosen = [w for w in chain if isinstance(w, QRadioButton)]
    assert len(chosen) == len(Allergen)
    for widget in dialog.findChildren(QWidget):
        if (
            not (widget.isVisible() and widget.isEnabled())
            or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            continue
        if isinstance(widget, QRadioButton) and not widget.isChecked():
            continue  # reached with the arrow keys from its row's chosen state
        if widget.focusProxy() is not None or widget.objectName() == "qt_scrollarea_viewport":
            continue
        assert widget in chain, describe(widget)
    unnamed = [describe(w) for w in chain if not accessible_name(w).strip()]
    assert unnamed == []
    # The arrow keys move gluten from "contains" to "may contain".
    gluten = dialog.findChild(QRadioButton, "allergen_gluten_contains")
    assert gluten is not None
    gluten.setFocus()
    qtbot.keyClick(gluten, Qt.Key.Key_Left)
    assert dialog.findChild(QRadioButton, "allergen_gluten_may_contain").isChecked()  # type: ignore[union-attr]
    dialog.force_close()


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_the_form_and_the_list_fit_1280x800(
    qtbot: QtBot,
    theme: Callable[[float], None],
    make_context: MakeContext,
    manager: Actor,
    pantry: dict[str, int],
    scale: float,
) -> None:
    install_language("nb")
    theme(scale)
    view = _view(qtbot, make_context, manager)
    view.resize(1280 - 320, 700)
    assert view.minimumSizeHint().width() <= 1280 - 330
    save_screenshot(view, f"ingredients_list_{scale}x")
    dialog = open_row(qtbot, view, "Hvetemel")
    qtbot.waitExposed(dialog)
    _click(qtbot, dialog, "allergen_notter_may_contain")
    _click(qtbot, dialog, "allergen_gluten_may_contain")
    qtbot.wait(20)  # the layout follows the kinds now shown
    assert dialog.width() <= 1280 and dialog.height() <= 800
    assert dialog.minimumSizeHint().width() <= 1280
    problems = clipped_widgets(dialog)
    assert problems == [], "\n".join(problems)
    save_screenshot(dialog, f"ingredient_form_{scale}x")
    dialog.force_close()
    settle(qtbot, view._context.ops)  # type: ignore[attr-defined]
    assert QModelIndex is not None
