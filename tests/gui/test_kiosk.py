"""The kiosk guest counter, driven like a person at the counter would."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from canteen_app.access import Actor
from canteen_app.app import AppServices
from canteen_app.canteen.guests.models import GuestTap
from tests.gui.conftest import KIOSK_CATEGORIES, save_screenshot, settle
from tests.helpers import KIOSK, SYSTEM, db_session
from ui.canteen.kiosk.view import KioskView
from ui.common.context import UiContext


def _open(qtbot: QtBot, context: UiContext) -> KioskView:
    """A kiosk screen as it stands once its buttons and counts came from the database."""
    view = KioskView(context)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    settle(qtbot, context.ops)
    assert view.is_loaded
    return view


@pytest.fixture
def kiosk(qtbot: QtBot, make_context: Callable[..., UiContext]) -> Iterator[KioskView]:
    view = _open(qtbot, make_context(KIOSK, device="kiosk-1"))
    yield view
    view.shutdown()


def _total(view: KioskView) -> str:
    label = view.findChild(QLabel, "kioskTodayTotal")
    assert label is not None
    return label.text()


def _button(view: KioskView, name: str) -> QPushButton:
    button = view.findChild(QPushButton, name)
    assert button is not None, name
    return button


def _taps(services: AppServices) -> list[GuestTap]:
    with db_session(services) as session:
        return list(session.scalars(select(GuestTap).order_by(GuestTap.id)))


def test_each_tap_is_committed_as_its_own_row(
    qtbot: QtBot, kiosk: KioskView, app_services: AppServices
) -> None:
    assert _total(kiosk) == "0"
    for _ in range(3):
        qtbot.mouseClick(_button(kiosk, "kioskAddGuestButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.pending_writes == 0, timeout=5000)
    assert _total(kiosk) == "3"
    taps = _taps(app_services)
    assert len(taps) == 3
    assert {tap.device for tap in taps} == {"kiosk-1"}
    assert {tap.category_id for tap in taps} == {1}  # the default category, "Gjest"
    assert all(tap.tapped_at.tzinfo is not None and tap.undone_at is None for tap in taps)
    save_screenshot(kiosk, "kiosk_after_three_taps")


def test_a_tap_leaves_no_focus_ring_but_tab_still_reaches_the_buttons(qtbot: QtBot, kiosk: KioskView) -> None:
    add_guest = _button(kiosk, "kioskAddGuestButton")
    kiosk.activateWindow()
    kiosk.setFocus()
    qtbot.mouseClick(add_guest, Qt.MouseButton.LeftButton)
    assert not add_guest.hasFocus()  # the ring follows the focus: none on a touched button
    qtbot.keyClick(kiosk, Qt.Key.Key_Tab)
    assert kiosk.focusWidget() in kiosk.findChildren(QPushButton)
    qtbot.waitUntil(lambda: kiosk.pending_writes == 0, timeout=5000)


def test_the_total_shows_at_once_even_before_the_database_answers(qtbot: QtBot, kiosk: KioskView) -> None:
    qtbot.mouseClick(_button(kiosk, "kioskAddGuestButton"), Qt.MouseButton.LeftButton)
    # No event processing in between: the screen already counts the tap.
    assert _total(kiosk) == "1"
    qtbot.waitUntil(lambda: kiosk.pending_writes == 0, timeout=5000)
    assert _total(kiosk) == "1"


def test_fast_tapping_loses_nothing(qtbot: QtBot, kiosk: KioskView, app_services: AppServices) -> None:
    button = _button(kiosk, "kioskAddGuestButton")
    for _ in range(40):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.pending_writes == 0, timeout=10000)
    assert _total(kiosk) == "40"
    assert len(_taps(app_services)) == 40


def test_undo_takes_back_the_last_tap_once_and_says_which(
    qtbot: QtBot, kiosk: KioskView, app_services: AppServices
) -> None:
    undo = _button(kiosk, "kioskUndoButton")
    assert not undo.isEnabled()  # nothing counted yet
    for _ in range(2):
        qtbot.mouseClick(_button(kiosk, "kioskAddGuestButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.pending_writes == 0, timeout=5000)
    assert undo.isEnabled()
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert not undo.isEnabled()  # one undo per tap, at once: a double press takes back one
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.pending_writes == 0, timeout=5000)
    assert _total(kiosk) == "1"
    status = kiosk.findChild(QLabel, "kioskStatus")
    assert status is not None and status.text() == "Taken back: one Guest."
    taps = _taps(app_services)
    assert len(taps) == 2 and taps[-1].undone_at is not None and taps[0].undone_at is None
    assert not undo.isEnabled()
    # A new tap can be taken back again.
    qtbot.mouseClick(_button(kiosk, "kioskAddGuestButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.pending_writes == 0, timeout=5000)
    assert undo.isEnabled() and _total(kiosk) == "2"


def test_undo_never_touches_another_kiosks_taps(
    qtbot: QtBot, kiosk: KioskView, app_services: AppServices
) -> None:
    app_services.guests.record_tap(KIOSK, 1, "kiosk-2")
    kiosk.refresh()
    qtbot.waitUntil(lambda: _total(kiosk) == "1", timeout=5000)
    assert not _button(kiosk, "kioskUndoButton").isEnabled()
    kiosk.undo()
    assert _taps(app_services)[0].undone_at is None


def test_each_category_has_its_own_button_and_count(
    qtbot: QtBot, make_context: Callable[..., UiContext], app_services: AppServices
) -> None:
    visitor = app_services.guests.add_category(SYSTEM, "Besøkende", "Visitor")
    view = _open(qtbot, make_context(KIOSK, language="nb"))
    try:
        button = _button(view, f"kioskCategoryButton_{visitor.id}")
        assert "Besøkende" in button.text()
        assert button.minimumHeight() >= 48 and _button(view, "kioskAddGuestButton").minimumHeight() >= 48
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(_button(view, "kioskAddGuestButton"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.pending_writes == 0, timeout=5000)
        assert _total(view) == "2"
        assert button.label.endswith("\n1")
        assert app_services.guests.today(1).by_category == {1: 1, visitor.id: 1}
    finally:
        view.shutdown()


def test_taps_from_another_kiosk_show_up_within_five_seconds(
    qtbot: QtBot, kiosk: KioskView, app_services: AppServices
) -> None:
    for _ in range(4):
        app_services.guests.record_tap(KIOSK, 1, "kiosk-by-the-door")
    qtbot.waitUntil(lambda: _total(kiosk) == "4", timeout=5000)


def test_a_tap_that_cannot_be_stored_is_taken_off_the_screen_with_a_message(
    qtbot: QtBot, make_context: Callable[..., UiContext], app_services: AppServices
) -> None:
    visitor = app_services.guests.add_category(SYSTEM, "Besøkende", "Visitor")
    view = _open(qtbot, make_context(KIOSK))
    try:
        # An admin retires the category on another PC while this kiosk still shows it.
        app_services.guests.set_category_active(SYSTEM, visitor.id, False)
        qtbot.mouseClick(_button(view, f"kioskCategoryButton_{visitor.id}"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.pending_writes == 0, timeout=5000)
        status = view.findChild(QLabel, "kioskStatus")
        assert status is not None and status.property("state") == "error" and status.text()
        assert _total(view) == "0"
        assert _taps(app_services) == []
    finally:
        view.shutdown()


def test_a_logged_in_user_counts_under_their_own_name(
    qtbot: QtBot, make_context: Callable[..., UiContext], users: dict, app_services: AppServices
) -> None:
    manager: Actor = next(actor for role, actor in users.items() if role.value == "canteen_manager")
    view = _open(qtbot, make_context(manager, device="office-pc"))
    try:
        qtbot.mouseClick(_button(view, "kioskAddGuestButton"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.pending_writes == 0, timeout=5000)
        assert [tap.device for tap in _taps(app_services)] == ["office-pc"]
    finally:
        view.shutdown()


@pytest.mark.postgres
def test_two_kiosks_on_one_postgresql_database_both_count_and_agree(
    qtbot: QtBot, pg_url: str, qapp: object
) -> None:
    from canteen_app.app import build_services, open_database
    from ui.common.operations import Operations

    views = []
    services_list = []
    ops_list = []
    try:
        for device in ("kiosk-kitchen", "kiosk-door"):
            # Each kiosk has its own connection pool and operations, as two PCs would.
            services = build_services(open_database(pg_url))
            services_list.append(services)
            ops = Operations(services)
            ops_list.append(ops)
            views.append(_open(qtbot, UiContext(ops, KIOSK, device, "en", "Kantina", kiosk_mode=True)))
        kitchen, door = views
        for _ in range(3):
            qtbot.mouseClick(_button(kitchen, "kioskAddGuestButton"), Qt.MouseButton.LeftButton)
        for _ in range(2):
            qtbot.mouseClick(_button(door, "kioskAddGuestButton"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: _total(kitchen) == "5" and _total(door) == "5", timeout=5000)
        assert services_list[0].guests.today(1).total == 5
    finally:
        for view in views:
            view.shutdown()
        for ops in ops_list:
            ops.wait_for_all(5000)
        for services in services_list:
            services.close()


@pytest.fixture
def no_style_sheet_after(qapp: QApplication) -> Iterator[None]:
    yield
    qapp.setStyleSheet("")


@pytest.mark.usefixtures("no_style_sheet_after")
@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)], ids=["1024x768", "1280x800"])
@pytest.mark.parametrize("categories", [1, 2, 4, 8])
def test_one_to_eight_categories_fit_the_kiosk_screen(
    qtbot: QtBot,
    qapp: QApplication,
    make_context: Callable[..., UiContext],
    app_services: AppServices,
    size: tuple[int, int],
    categories: int,
) -> None:
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QWidget

    from ui.common.theme import BASE_POINT_SIZE, style_sheet

    qapp.setStyleSheet(style_sheet(BASE_POINT_SIZE))  # the kiosk's look comes from the program's sheet
    for name_nb, name_en in KIOSK_CATEGORIES[: categories - 1]:
        app_services.guests.add_category(SYSTEM, name_nb, name_en)
    screen = QWidget()  # the kiosk inside a window of the kiosk PC's size
    qtbot.addWidget(screen)
    view = KioskView(make_context(KIOSK, language="nb"), screen)
    screen.resize(*size)
    view.setGeometry(0, 64, size[0], size[1] - 64)  # below the workspace's header line
    screen.show()
    qtbot.waitExposed(screen)
    settle(qtbot, view._context.ops)
    buttons = [view.findChild(QPushButton, "kioskAddGuestButton")]
    buttons += [
        b for b in view.findChildren(QPushButton) if b.objectName().startswith("kioskCategoryButton_")
    ]
    buttons.append(view.findChild(QPushButton, "kioskUndoButton"))
    assert len(buttons) == categories + 1
    qtbot.waitUntil(lambda: all(button.isVisible() for button in buttons))  # shown by the layout
    visible_area = screen.rect()
    for button in buttons:
        where = button.geometry().translated(
            button.parentWidget().mapTo(screen, button.parentWidget().rect().topLeft())
        )
        assert visible_area.contains(where), f"{button.objectName()} is cut off at {size}"
        assert button.height() >= 64, button.objectName()
        metrics = QFontMetrics(button.font())
        lines = button.text().split("\n")
        assert max(metrics.horizontalAdvance(line) for line in lines) <= button.width() - 20, button.text()
        assert metrics.lineSpacing() * len(lines) <= button.height() - 8, button.text()
        assert button.font().pointSizeF() >= 14, f"{button.text()!r} is too small to read from afar"
    save_screenshot(screen, f"kiosk_{categories}_categories_{size[0]}x{size[1]}")
    view.shutdown()
