"""Login, lockout, role gates, kiosk mode and the idle lock, on the real main window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices
from tests.gui.conftest import NAMES, PINS, log_in, save_screenshot, settle
from ui.shell.main_window import MainWindow, Station, read_start_facts


def _window(qtbot: QtBot, services: AppServices, kiosk_mode: bool = False) -> MainWindow:
    window = MainWindow(Station(device="pc-1", language="en", kiosk_mode=kiosk_mode))
    qtbot.addWidget(window)
    window.attach(services, services.read(read_start_facts).value)
    window.show()
    _settle(qtbot, window)
    return window


def _settle(qtbot: QtBot, window: MainWindow) -> None:
    assert window.ops is not None
    settle(qtbot, window.ops)


@pytest.fixture
def window(qtbot: QtBot, app_services: AppServices, users: dict[Role, Actor]) -> Iterator[MainWindow]:
    main = _window(qtbot, app_services)
    yield main
    main.close()


def test_an_empty_database_asks_for_the_first_admin(qtbot: QtBot, app_services: AppServices) -> None:
    window = _window(qtbot, app_services)
    page = window.first_admin_page
    assert window.pages.currentWidget() is page
    qtbot.keyClicks(page.name_edit, "Åse Admin")
    qtbot.keyClicks(page.pin_edit, "123")
    qtbot.keyClicks(page.repeat_edit, "123")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, window)
    assert page.pin_message.isVisible() and "6 to 12 digits" in page.pin_message.text()
    assert not app_services.auth.has_users()
    page.pin_edit.setText("314159")
    page.repeat_edit.setText("3141592")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert "not the same" in page.pin_message.text()
    page.repeat_edit.setText("314159")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, window)
    assert window.actor is not None and window.actor.role is Role.ADMIN
    assert window.actor.name == "Åse Admin"


def test_login_with_the_right_pin_opens_the_workspace(qtbot: QtBot, window: MainWindow) -> None:
    assert window.pages.currentWidget() is window.login_page
    save_screenshot(window, "login_page")
    log_in(qtbot, window, NAMES[Role.JOB_COACH], PINS[Role.JOB_COACH])
    assert window.actor is not None and window.actor.role is Role.JOB_COACH


def test_wrong_pins_say_how_many_tries_are_left_then_lock(qtbot: QtBot, window: MainWindow) -> None:
    name = NAMES[Role.CANTEEN_MANAGER]
    log_in(qtbot, window, name, "9999")
    assert "Tries left before the account locks: 4" in window.login_page.error.text()
    for _ in range(4):
        log_in(qtbot, window, name, "9999")
    assert "locked" in window.login_page.error.text()
    # Locked: even the right PIN does not get in.
    log_in(qtbot, window, name, PINS[Role.CANTEEN_MANAGER])
    assert window.workspace is None
    assert "locked" in window.login_page.error.text()


def test_the_pin_pad_types_the_pin_without_a_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    page = window.login_page
    page.name_combo.setCurrentText(NAMES[Role.CANTEEN_MANAGER])
    for digit in "12345":
        qtbot.mouseClick(page.findChild(QPushButton, f"keypad_{digit}"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.findChild(QPushButton, "keypad_back"), Qt.MouseButton.LeftButton)
    assert page.pin_edit.text() == "1234"
    qtbot.mouseClick(page.login_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, window)
    assert window.workspace is not None


KITCHEN_PAGES = ["menu", "dishes", "ingredients", "calendar"]  # coaches read them, the manager edits


@pytest.mark.parametrize(
    ("role", "pages"),
    [
        (
            Role.ADMIN,
            [
                "kiosk",
                "statistics",
                *KITCHEN_PAGES,
                "overview",
                "participants",
                "checkin",
                "tasks",
                "partners",
                "referrals",
                "audit",
                "users",
                "settings",
                "backup",
                "retention",
            ],
        ),
        (Role.CANTEEN_MANAGER, ["kiosk", "statistics", *KITCHEN_PAGES, "participants", "partners"]),
        (
            Role.JOB_COACH,
            [
                "kiosk",
                *KITCHEN_PAGES,
                "overview",
                "participants",
                "checkin",
                "tasks",
                "partners",
                "referrals",
            ],
        ),
        (Role.KIOSK, ["kiosk", "checkin"]),  # the participants' check-in opens from the counter
    ],
)
def test_each_role_sees_only_its_pages(
    qtbot: QtBot, window: MainWindow, role: Role, pages: list[str]
) -> None:
    log_in(qtbot, window, NAMES[role], PINS[role])
    assert window.workspace is not None
    assert window.workspace.page_keys == pages


@pytest.mark.parametrize(
    ("role", "home"),
    [(Role.ADMIN, "statistics"), (Role.CANTEEN_MANAGER, "statistics"), (Role.JOB_COACH, "overview")],
)
def test_each_role_starts_on_its_own_work(qtbot: QtBot, window: MainWindow, role: Role, home: str) -> None:
    log_in(qtbot, window, NAMES[role], PINS[role])
    assert window.workspace is not None
    assert window.workspace.navigation.currentItem().data(Qt.ItemDataRole.UserRole) == home


def test_logging_out_drops_every_view(qtbot: QtBot, window: MainWindow) -> None:
    log_in(qtbot, window, NAMES[Role.ADMIN], PINS[Role.ADMIN])
    workspace = window.workspace
    assert workspace is not None
    qtbot.mouseClick(workspace.findChild(QPushButton, "logoutButton"), Qt.MouseButton.LeftButton)
    assert window.workspace is None
    assert window.pages.currentWidget() is window.login_page
    _settle(qtbot, window)
    assert window.login_page.pin_edit.text() == ""


def test_idle_time_returns_to_the_login_screen(qtbot: QtBot, window: MainWindow) -> None:
    log_in(qtbot, window, NAMES[Role.JOB_COACH], PINS[Role.JOB_COACH])
    assert window.workspace is not None
    window.idle.set_seconds(1)
    window.idle.start()
    qtbot.waitUntil(lambda: window.workspace is None, timeout=4000)
    assert window.pages.currentWidget() is window.login_page


def test_activity_keeps_the_session_open(qtbot: QtBot, window: MainWindow) -> None:
    log_in(qtbot, window, NAMES[Role.JOB_COACH], PINS[Role.JOB_COACH])
    window.idle.set_seconds(60)
    window.idle.start()
    # Input as a person makes it, through the window (QTest's widget overloads skip it).
    screen = window.windowHandle()
    for key in (Qt.Key.Key_Shift, Qt.Key.Key_A):  # any key or touch starts the countdown again
        with qtbot.waitSignal(window.idle.restarted, timeout=1000):
            QTest.keyClick(screen, key)
    with qtbot.waitSignal(window.idle.restarted, timeout=1000):
        QTest.mouseClick(screen, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(600, 400))
    assert window.idle.active and window.workspace is not None
    window.idle.stop()
    with qtbot.assertNotEmitted(window.idle.restarted):
        QTest.keyClick(screen, Qt.Key.Key_Shift)  # stopped (at logout): it watches nothing


def test_activity_in_a_dialog_keeps_the_session_open(qtbot: QtBot, window: MainWindow) -> None:
    log_in(qtbot, window, NAMES[Role.JOB_COACH], PINS[Role.JOB_COACH])
    window.idle.set_seconds(60)
    window.idle.start()
    dialog = QDialog(window)
    dialog.resize(300, 200)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle())
    with qtbot.waitSignal(window.idle.restarted, timeout=1000):
        QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_A)
    dialog.close()
    window.idle.stop()


def test_kiosk_mode_starts_on_the_counter_without_a_login(
    qtbot: QtBot, app_services: AppServices, users: dict[Role, Actor]
) -> None:
    window = _window(qtbot, app_services, kiosk_mode=True)
    workspace = window.workspace
    assert workspace is not None and workspace.is_shared_kiosk
    assert workspace.page_keys == ["kiosk", "checkin"]  # check-in opens from the counter
    assert not workspace.navigation.isVisible()
    total = workspace.findChild(QLabel, "kioskTodayTotal")
    assert total is not None and total.isVisible()
    save_screenshot(window, "kiosk_mode")
    # Leaving the kiosk needs a login.
    qtbot.mouseClick(workspace.findChild(QPushButton, "kioskLoginButton"), Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.login_page
    _settle(qtbot, window)
    qtbot.mouseClick(window.login_page.findChild(QPushButton, "loginBackButton"), Qt.MouseButton.LeftButton)
    assert window.workspace is not None and window.workspace.is_shared_kiosk
    qtbot.mouseClick(window.workspace.findChild(QPushButton, "kioskLoginButton"), Qt.MouseButton.LeftButton)
    _settle(qtbot, window)
    log_in(qtbot, window, NAMES[Role.ADMIN], PINS[Role.ADMIN])
    assert window.actor is not None and window.actor.role is Role.ADMIN
    # Walking away: back to the shared kiosk screen on its own.
    window.idle.set_seconds(1)
    window.idle.start()
    qtbot.waitUntil(lambda: window.workspace is not None and window.workspace.is_shared_kiosk, timeout=4000)
    window.close()


def test_no_participant_widget_survives_a_logout(qtbot: QtBot, window: MainWindow) -> None:
    log_in(qtbot, window, NAMES[Role.JOB_COACH], PINS[Role.JOB_COACH])
    assert window.workspace is not None
    window.workspace.open_page("participants")
    window.logout()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the deleteLater()s run
    leftovers = [
        w for w in window.findChildren(QWidget) if w.objectName() in {"participantsView", "participantTable"}
    ]
    assert leftovers == []


def test_a_wrong_pin_message_keeps_the_keypad_still_and_goes_when_typing_starts(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.login_page
    keypad_digit = page.findChild(QPushButton, "keypad_5")
    where_before = keypad_digit.mapTo(window, keypad_digit.rect().topLeft())
    log_in(qtbot, window, NAMES[Role.CANTEEN_MANAGER], "9999")
    assert page.error.isVisible() and "Tries left" in page.error.text()
    assert keypad_digit.mapTo(window, keypad_digit.rect().topLeft()) == where_before
    qtbot.mouseClick(keypad_digit, Qt.MouseButton.LeftButton)  # the next try begins
    assert not page.error.isVisible() and page.pin_edit.text() == "5"
    assert keypad_digit.mapTo(window, keypad_digit.rect().topLeft()) == where_before
    log_in(qtbot, window, NAMES[Role.CANTEEN_MANAGER], "9999")
    qtbot.keyClicks(page.pin_edit, "1")  # typing on a keyboard clears it too
    assert not page.error.isVisible()


def test_the_name_list_rows_are_big_enough_for_a_finger(qtbot: QtBot, window: MainWindow) -> None:
    combo = window.login_page.name_combo
    assert combo.count() == len(NAMES)
    view = combo.view()
    heights = [view.sizeHintForIndex(combo.model().index(row, 0)).height() for row in range(combo.count())]
    assert min(heights) >= 48
    assert combo.height() >= 48


def _lock_now(qtbot: QtBot, window: MainWindow) -> None:
    """The idle timer runs out (one second of no input)."""
    window.idle.set_seconds(1)
    window.idle.start()
    with qtbot.waitSignal(window.idle.idle, timeout=5000):
        pass


def test_the_idle_lock_keeps_typed_work_for_the_same_person(
    qtbot: QtBot, window: MainWindow, app_services: AppServices, users: dict[Role, Actor]
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tests.helpers import participant_input
    from ui.training.participants import ParticipantsView

    coach = users[Role.JOB_COACH]
    stored = app_services.participants.create(coach, participant_input(coach.user_id))
    log_in(qtbot, window, NAMES[Role.JOB_COACH], PINS[Role.JOB_COACH])
    assert window.workspace is not None
    view = window.workspace.open_page("participants")
    assert isinstance(view, ParticipantsView)
    _settle(qtbot, window)
    view.open_participant(stored.id)
    _settle(qtbot, window)
    dialog = view.dialog
    assert dialog is not None
    dialog.phone_edit.setText("40000000")  # typed, not saved
    dialog.support_edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(dialog.support_edit, " Liker å jobbe tidlig.")

    _lock_now(qtbot, window)
    assert window.workspace is None or window.workspace.is_shared_kiosk is False
    assert window.pages.currentWidget() is window.login_page  # locked: no participant data on screen
    assert app_services.participants.get(coach, stored.id).phone == "91234567"  # nothing was saved

    # Someone else logs in: they are offered nothing.
    log_in(qtbot, window, NAMES[Role.ADMIN], PINS[Role.ADMIN])
    assert window.draft_offer is None or not window.draft_offer.isVisible()
    window.logout()
    _settle(qtbot, window)

    # The coach comes back and continues where they stopped.
    log_in(qtbot, window, NAMES[Role.JOB_COACH], PINS[Role.JOB_COACH])
    offer = window.draft_offer
    assert isinstance(offer, QMessageBox) and offer.isVisible()
    assert "Åse Ødegård" in offer.text()
    qtbot.mouseClick(offer.findChild(QPushButton, "resumeDraftButton"), Qt.MouseButton.LeftButton)
    _settle(qtbot, window)
    assert window.workspace is not None
    view = window.workspace.view("participants")
    assert isinstance(view, ParticipantsView) and view.dialog is not None
    dialog = view.dialog
    assert dialog.phone_edit.text() == "40000000"
    assert dialog.support_edit.toPlainText().endswith("Liker å jobbe tidlig.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, window)
    saved = app_services.participants.get(coach, stored.id)
    assert saved.phone == "40000000" and saved.support_needs.endswith("Liker å jobbe tidlig.")


def test_a_draft_can_be_discarded_and_is_offered_once(
    qtbot: QtBot, window: MainWindow, app_services: AppServices, users: dict[Role, Actor]
) -> None:
    from ui.training.participants import ParticipantsView

    log_in(qtbot, window, NAMES[Role.JOB_COACH], PINS[Role.JOB_COACH])
    assert window.workspace is not None
    view = window.workspace.open_page("participants")
    assert isinstance(view, ParticipantsView)
    _settle(qtbot, window)
    view.new_participant()
    _settle(qtbot, window)
    assert view.dialog is not None
    qtbot.keyClicks(view.dialog.first_name_edit, "Hodan")
    _lock_now(qtbot, window)
    log_in(qtbot, window, NAMES[Role.JOB_COACH], PINS[Role.JOB_COACH])
    assert window.draft_offer is not None and "a new participant" in window.draft_offer.text()
    qtbot.mouseClick(
        window.draft_offer.findChild(QPushButton, "discardDraftButton"), Qt.MouseButton.LeftButton
    )
    assert not app_services.participants.has_any()
    window.logout()
    _settle(qtbot, window)
    first_offer = window.draft_offer
    log_in(qtbot, window, NAMES[Role.JOB_COACH], PINS[Role.JOB_COACH])
    assert window.draft_offer is first_offer  # no new offer: the draft is gone
