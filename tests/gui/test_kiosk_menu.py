"""Today's menu on the kiosk: every dish with its allergens in words, large enough to read from
across the kitchen, without taking the counting buttons below their minimum."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from canteen_app.app import AppServices, build_services, open_database
from canteen_app.canteen.calendar.rules import CALENDAR, ClosureInput
from canteen_app.canteen.dishes.rules import DISHES
from canteen_app.canteen.ingredients.allergens import parse_marks
from canteen_app.canteen.ingredients.rules import INGREDIENTS
from canteen_app.canteen.menus.rules import MENUS
from tests.conftest import FAST_HASHER, FakeClock
from tests.gui.a11y_checks import clipped_widgets
from tests.gui.conftest import KIOSK_CATEGORIES, save_screenshot, settle
from tests.helpers import KIOSK, SYSTEM
from tests.kitchen_helpers import MANAGER, add_dish, ingredient_input, stock_pantry
from ui.canteen.kiosk.buttons import MIN_BUTTON_HEIGHT
from ui.canteen.kiosk.menu import MENU_CHANGES
from ui.canteen.kiosk.view import KioskView
from ui.common.context import UiContext
from ui.common.theme import BASE_POINT_SIZE, style_sheet

WEDNESDAY = date(2026, 11, 25)  # the FakeClock's day


@pytest.fixture
def app_services(sqlite_url: str, clock: FakeClock) -> Iterator[AppServices]:
    """The GUI's services on the test clock: the kiosk's "today" is the clock's day."""
    services = build_services(open_database(sqlite_url), clock=clock, password_hasher=FAST_HASHER)
    yield services
    services.close()


@pytest.fixture
def kiosk_theme(qapp: QApplication) -> Iterator[None]:
    """The program's base font and style sheet, where the kiosk's sizes come from."""
    font, sheet = qapp.font(), qapp.styleSheet()
    base = qapp.font()
    base.setPointSizeF(BASE_POINT_SIZE)
    qapp.setFont(base)
    qapp.setStyleSheet(style_sheet(BASE_POINT_SIZE))
    yield
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


@pytest.fixture
def pantry(app_services: AppServices) -> dict[str, int]:
    return stock_pantry(app_services)


def _serve(services: AppServices, day: date, *dish_ids: int) -> None:
    for dish_id in dish_ids:
        services.write(lambda app, d=dish_id: app.menus.add_dish(MANAGER, day, d))


def _lunch(services: AppServices, pantry: dict[str, int]) -> dict[str, int]:
    """Wednesday's lunch: a fish gratin, a lentil soup, an almond cake."""
    dishes = {
        "Fiskegrateng": add_dish(
            services,
            "Fiskegrateng",
            {pantry["Torsk"]: "0.15", pantry["Melk"]: "0.1", pantry["Hvetemel"]: "0.02"},
        ),
        "Linsesuppe": add_dish(
            services, "Linsesuppe", {pantry["Linser"]: "0.08", pantry["Poteter"]: "0.1"}, "soup"
        ),
        "Mandelkake": add_dish(
            services, "Mandelkake", {pantry["Mandler"]: "0.03", pantry["Egg"]: "0.05"}, "dessert"
        ),
    }
    _serve(services, WEDNESDAY, *dishes.values())
    return dishes


def _open(qtbot: QtBot, context: UiContext, size: tuple[int, int] = (1280, 800)) -> KioskView:
    view = KioskView(context)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    settle(qtbot, context.ops)
    assert view.is_loaded
    return view


def _texts(view: KioskView, name: str) -> list[str]:
    return [label.text() for label in view.menu_panel.labels(name)]


@pytest.mark.usefixtures("kiosk_theme")
def test_todays_menu_shows_every_dish_with_its_allergen_words_in_large_type(
    qtbot: QtBot, make_context: Callable[..., UiContext], app_services: AppServices, pantry: dict[str, int]
) -> None:
    _lunch(app_services, pantry)
    view = _open(qtbot, make_context(KIOSK, language="nb"))
    try:
        assert view.menu_panel.isVisible() and view.menu_note == ""
        assert _texts(view, "kioskMenuDish") == ["Fiskegrateng", "Linsesuppe", "Mandelkake"]
        assert _texts(view, "kioskMenuCourse") == ["Main course", "Soup", "Dessert"]  # the English UI
        allergens = _texts(view, "kioskMenuAllergens")
        assert allergens == [
            "Allergens: gluten (hvete), fisk, melk",
            "None of the 14 allergens",
            "May contain traces of: gluten (hvete)",
            "Allergens: egg, nøtter (mandel)",
            "May contain traces of: peanøtter",
        ]
        # Readable from two metres: the sizes follow the base font.
        for label in view.menu_panel.labels("kioskMenuDish"):
            assert label.font().pointSizeF() >= 1.6 * BASE_POINT_SIZE
        for label in view.menu_panel.labels("kioskMenuAllergens"):
            assert label.font().pointSizeF() >= 1.3 * BASE_POINT_SIZE
        save_screenshot(view, "kiosk_menu_1280x800")
    finally:
        view.shutdown()


@pytest.mark.usefixtures("kiosk_theme")
def test_the_menu_follows_changes_to_the_menu_and_to_an_ingredient(
    qtbot: QtBot, make_context: Callable[..., UiContext], app_services: AppServices, pantry: dict[str, int]
) -> None:
    dishes = _lunch(app_services, pantry)
    context = make_context(KIOSK, language="nb")
    view = _open(qtbot, context)
    try:
        bread = add_dish(app_services, "Sesambrød", {pantry["Sesamfrø"]: "0.01"}, "bread")
        with qtbot.waitSignal(view.menu_loaded, timeout=5_000):
            context.ops.write(view, lambda app: app.menus.add_dish(MANAGER, WEDNESDAY, bread))
        assert "Sesambrød" in _texts(view, "kioskMenuDish")
        with qtbot.waitSignal(view.menu_loaded, timeout=5_000):
            context.ops.write(
                view, lambda app: app.menus.remove_dish(MANAGER, WEDNESDAY, dishes["Mandelkake"])
            )
        assert "Mandelkake" not in _texts(view, "kioskMenuDish")

        # The supplier's potatoes now carry celery: the soup says so at once.
        potatoes = app_services.ingredients.get(MANAGER, pantry["Poteter"])
        data = dataclasses.replace(potatoes.as_input(), contains=parse_marks("selleri"))
        with qtbot.waitSignal(view.menu_loaded, timeout=5_000):
            context.ops.write(
                view, lambda app: app.ingredients.update(MANAGER, potatoes.id, potatoes.version, data)
            )
        assert "Allergens: selleri" in _texts(view, "kioskMenuAllergens")
    finally:
        view.shutdown()


def test_a_day_without_a_menu_says_so_calmly(
    qtbot: QtBot, make_context: Callable[..., UiContext], app_services: AppServices
) -> None:
    view = _open(qtbot, make_context(KIOSK, language="en"))
    try:
        assert view.menu_note == "No menu entered for today"
        assert not view.menu_panel.isVisible()
    finally:
        view.shutdown()


@pytest.mark.usefixtures("kiosk_theme")
def test_at_the_weekend_the_kiosk_says_the_canteen_is_closed(
    qtbot: QtBot, make_context: Callable[..., UiContext], app_services: AppServices, clock: FakeClock
) -> None:
    clock.advance(days=3)  # Saturday
    view = _open(qtbot, make_context(KIOSK, language="en"))
    try:
        assert view.menu_note == "The canteen is closed at the weekend"
        assert not view.menu_panel.isVisible()
    finally:
        view.shutdown()


def test_a_closed_day_says_why(
    qtbot: QtBot, make_context: Callable[..., UiContext], app_services: AppServices, pantry: dict[str, int]
) -> None:
    _lunch(app_services, pantry)
    context = make_context(KIOSK, language="en")
    view = _open(qtbot, context)
    try:
        assert view.menu_panel.isVisible()
        closure = ClosureInput(WEDNESDAY, WEDNESDAY, "Planleggingsdag")
        with qtbot.waitSignal(view.menu_loaded, timeout=5_000):
            context.ops.write(view, lambda app: app.calendar.add_closure(SYSTEM, closure))
        assert view.menu_note == "The canteen is closed today: Planleggingsdag"
        assert not view.menu_panel.isVisible()
    finally:
        view.shutdown()


def test_at_midnight_the_kiosk_shows_the_new_days_menu(
    qtbot: QtBot,
    make_context: Callable[..., UiContext],
    app_services: AppServices,
    pantry: dict[str, int],
    clock: FakeClock,
) -> None:
    dishes = _lunch(app_services, pantry)
    thursday = date(2026, 11, 26)
    _serve(app_services, thursday, dishes["Linsesuppe"])
    view = _open(qtbot, make_context(KIOSK, language="nb"))
    try:
        assert len(_texts(view, "kioskMenuDish")) == 3
        clock.advance(hours=13)  # 00:30 in Oslo, Thursday
        with qtbot.waitSignal(view.menu_loaded, timeout=5_000):
            view.refresh()  # what the kiosk's poll does every two seconds
        assert _texts(view, "kioskMenuDish") == ["Linsesuppe"]
    finally:
        view.shutdown()


def _long_menu(services: AppServices) -> None:
    """Eight dishes with long names and many allergens: more than the panel holds at once."""
    data = ingredient_input(
        "Alt-i-ett",
        contains="gluten:hvete;gluten:bygg;melk;egg;sennep;selleri;soya;sesam",
        may_contain="notter:hasselnott;notter:valnott;peanotter",
        origin="dairy;egg",
    )
    rich = services.write(lambda app: app.ingredients.add(MANAGER, data)).value
    names = [
        ("Kjøttkaker med brun saus, ertestuing og potetmos", "main"),
        ("Ovnsbakt blomkål med linser og yoghurtdressing", "vegetarian_main"),
        ("Kremet blomkålsuppe med sprøstekt bacon", "soup"),
        ("Grønn salat med bakte rødbeter og fetaost", "salad"),
        ("Nystekt grovbrød med hjemmelaget pålegg", "bread"),
        ("Riskrem med rød saus", "dessert"),
        ("Eplekake med vaniljesaus", "dessert"),
        ("Frukt og yoghurt", "other"),
    ]
    for name, course in names:
        dish = add_dish(services, name, {rich.id: "0.1"}, course)
        _serve(services, WEDNESDAY, dish)


def _buttons(view: KioskView) -> list[QPushButton]:
    buttons = [view.findChild(QPushButton, "kioskAddGuestButton")]
    buttons += [
        b for b in view.findChildren(QPushButton) if b.objectName().startswith("kioskCategoryButton_")
    ]
    buttons.append(view.findChild(QPushButton, "kioskUndoButton"))
    return [button for button in buttons if button is not None]


@pytest.mark.usefixtures("kiosk_theme")
@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)], ids=["1024x768", "1280x800"])
def test_eight_categories_and_a_long_menu_keep_the_buttons_at_their_minimum(
    qtbot: QtBot,
    make_context: Callable[..., UiContext],
    app_services: AppServices,
    size: tuple[int, int],
) -> None:
    for name_nb, name_en in KIOSK_CATEGORIES:
        app_services.guests.add_category(SYSTEM, name_nb, name_en)
    _long_menu(app_services)
    screen = QWidget()  # the kiosk PC's screen, below the workspace's header line
    qtbot.addWidget(screen)
    context = make_context(KIOSK, language="nb")
    view = KioskView(context, screen)
    screen.resize(*size)
    view.setGeometry(0, 64, size[0], size[1] - 64)
    screen.show()
    qtbot.waitExposed(screen)
    settle(qtbot, context.ops)
    try:
        qtbot.waitUntil(view.menu_panel.isVisible)
        assert len(view.menu_panel.labels("kioskMenuDish")) == 8
        buttons = _buttons(view)
        assert len(buttons) == 9
        qtbot.waitUntil(lambda: all(button.isVisible() for button in buttons))
        for button in buttons:
            where = button.geometry().translated(
                button.parentWidget().mapTo(screen, button.parentWidget().rect().topLeft())
            )
            assert screen.rect().contains(where), f"{button.objectName()} is cut off at {size}"
            assert button.height() >= MIN_BUTTON_HEIGHT, (button.objectName(), button.height())
            metrics = QFontMetrics(button.font())
            lines = button.text().split("\n")
            assert max(metrics.horizontalAdvance(line) for line in lines) <= button.width() - 20, (
                button.text()
            )
            assert metrics.lineSpacing() * len(lines) <= button.height() - 8, button.text()
            assert button.font().pointSizeF() >= 11, f"{button.text()!r} is too small to read from afar"
        panel = view.menu_panel
        where = panel.geometry().translated(view.mapTo(screen, view.rect().topLeft()))
        assert screen.rect().contains(where)
        dish: QLabel = panel.labels("kioskMenuDish")[0]
        assert dish.font().pointSizeF() >= 1.6 * BASE_POINT_SIZE
        # A long menu scrolls inside its panel (a finger drags it) instead of pushing the buttons,
        # and says so in words until its end is shown.
        assert panel.height() <= view.height()
        area = panel.scroll_area
        qtbot.waitUntil(lambda: panel.more.isVisible() and panel.more.y() >= area.geometry().bottom())
        assert area.verticalScrollBar().isVisible()
        save_screenshot(screen, f"kiosk_menu_8_categories_{size[0]}x{size[1]}")
        area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
        qtbot.waitUntil(lambda: not panel.more.isVisible())
    finally:
        view.shutdown()


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[None]:
    """1.5x the base font, as a kitchen with older eyes might set it."""
    font, sheet = qapp.font(), qapp.styleSheet()
    base = qapp.font()
    base.setPointSizeF(BASE_POINT_SIZE * 1.5)
    qapp.setFont(base)
    qapp.setStyleSheet(style_sheet(BASE_POINT_SIZE * 1.5))
    yield
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


@pytest.mark.usefixtures("large_text")
def test_with_large_text_the_menu_and_four_categories_fit_1280x800(
    qtbot: QtBot, make_context: Callable[..., UiContext], app_services: AppServices, pantry: dict[str, int]
) -> None:
    for name_nb, name_en in KIOSK_CATEGORIES[:3]:
        app_services.guests.add_category(SYSTEM, name_nb, name_en)
    _lunch(app_services, pantry)
    screen = QWidget()
    qtbot.addWidget(screen)
    context = make_context(KIOSK, language="nb")
    view = KioskView(context, screen)
    screen.resize(1280, 800)
    view.setGeometry(0, 64, 1280, 800 - 64)
    screen.show()
    qtbot.waitExposed(screen)
    settle(qtbot, context.ops)
    try:
        qtbot.waitUntil(view.menu_panel.isVisible)
        QApplication.sendPostedEvents()
        assert clipped_widgets(view) == []
        assert view.minimumSizeHint().height() <= 800 - 64
        for button in _buttons(view):
            assert button.height() >= MIN_BUTTON_HEIGHT, (button.objectName(), button.height())
        assert view.menu_panel.labels("kioskMenuDish")[0].font().pointSizeF() >= 1.6 * 1.5 * BASE_POINT_SIZE
        save_screenshot(screen, "kiosk_menu_large_text_1280x800")
    finally:
        view.shutdown()


def test_the_kiosk_listens_for_the_kitchens_own_change_keys() -> None:
    """The kiosk writes the keys out (its first look imports no kitchen module): they must match."""
    assert MENU_CHANGES == (MENUS, DISHES, INGREDIENTS, CALENDAR)
