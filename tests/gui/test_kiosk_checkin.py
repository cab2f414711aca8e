"""The participants' check-in on the kiosk, driven as a participant at the counter would: tap
your first name, read the greeting, and the kiosk goes back to the guest counter."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices, build_services, open_database
from canteen_app.training.attendance.models import AttendanceDay
from tests.conftest import FAST_HASHER, FakeClock
from tests.gui.conftest import save_screenshot, settle
from tests.helpers import KIOSK, SYSTEM, db_session, make_user, participant_input
from ui.common.context import UiContext
from ui.shell.main_window import MainWindow, Station, read_start_facts
from ui.training.checkin import CheckInView
from ui.training.checkin import view as checkin_view
from ui.training.checkin.buttons import IN, MIN_BUTTON_HEIGHT, NOT_YET, OUT
from ui.training.participants import ParticipantsView
from ui.training.participants.photo import PhotoDialog

TODAY = date(2026, 11, 25)  # the FakeClock's Wednesday
# Twenty names of a real group, some long, some with letters beyond a-z.
FIRST_NAMES = [
    "Åse", "Per", "Fatima", "Yonas", "Marie-Louise", "Ola", "Kari", "Mohammed", "Ingrid", "Bjørn",
    "Sahra", "Tesfaye", "Liv", "Oksana", "Ahmad", "Sofie", "Emil", "Nora", "Abdirahman", "Eli",
]  # fmt: skip


@pytest.fixture
def app_services(sqlite_url: str, clock: FakeClock) -> Iterator[AppServices]:
    """The app on the tests' clock: check-in and check-out times are the test's to set."""
    services = build_services(open_database(sqlite_url), clock, FAST_HASHER)
    yield services
    services.close()


@pytest.fixture
def coach(app_services: AppServices) -> Actor:
    return make_user(app_services, "Jonas Berg", Role.JOB_COACH)


def _photo(colour: str) -> bytes:
    """A small picture of a face, as a file a coach would pick."""
    image = Image.new("RGB", (400, 500), colour)
    draw = ImageDraw.Draw(image)
    draw.ellipse((90, 80, 310, 340), fill="#f1c27d")
    draw.ellipse((150, 170, 180, 200), fill="#222222")
    draw.ellipse((220, 170, 250, 200), fill="#222222")
    draw.arc((150, 220, 250, 290), 20, 160, fill="#222222", width=8)
    out = io.BytesIO()
    image.save(out, format="JPEG")
    return out.getvalue()


def _add(
    services: AppServices, coach: Actor, first_name: str, last_name: str = "Testesen", **overrides: object
) -> int:
    data = participant_input(coach.user_id, first_name=first_name, last_name=last_name, **overrides)
    return services.write(lambda app: app.participants.create(coach, data)).value.id


def _open(qtbot: QtBot, context: UiContext, size: tuple[int, int] = (1280, 800)) -> CheckInView:
    view = CheckInView(context)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    settle(qtbot, context.ops)
    qtbot.waitUntil(lambda: view.is_loaded and all(button.isVisible() for button in view.buttons()))
    return view


def _tap(qtbot: QtBot, view: CheckInView, participant_id: int) -> None:
    button = view.button_for(participant_id)
    assert button is not None
    with qtbot.waitSignal(view.tap_answered, timeout=10_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _rows(services: AppServices) -> list[AttendanceDay]:
    with db_session(services) as session:
        return list(session.scalars(select(AttendanceDay).order_by(AttendanceDay.id)))


def test_a_tap_checks_in_and_the_next_checks_out_with_the_hours(
    qtbot: QtBot,
    make_context: Callable[..., UiContext],
    app_services: AppServices,
    coach: Actor,
    clock: FakeClock,
    theme: Callable[[float], None],
) -> None:
    clock.now = clock.now.replace(hour=7, minute=2)  # 08:02 in Oslo
    ase = _add(app_services, coach, "Åse", "Ødegård")
    view = _open(qtbot, make_context(KIOSK, device="kiosk-1"))
    button = view.button_for(ase)
    assert button is not None and button.state == NOT_YET

    _tap(qtbot, view, ase)
    assert view.message == "Welcome, Åse!"
    assert button.state == IN and button.state_text == "✓ In"
    (row,) = _rows(app_services)
    assert (row.day, row.status, row.checked_out_at) == (TODAY, "present", None)
    save_screenshot(view.window(), "checkin_welcome")

    clock.advance(hours=6, minutes=14)  # 14:16: six and a quarter hours
    _tap(qtbot, view, ase)
    assert view.message == "Goodbye, Åse – 6.25 hours"
    assert button.state == OUT and button.state_text == "Out"
    (row,) = _rows(app_services)
    assert row.hours == Decimal("6.25") and row.checked_out_at is not None
    save_screenshot(view.window(), "checkin_goodbye")

    _tap(qtbot, view, ase)  # once out, a tap changes nothing and says so
    assert view.message == "Åse, you have already checked out today."
    assert len(_rows(app_services)) == 1
    view.shutdown()


def test_a_double_tap_does_not_check_out_at_once(
    qtbot: QtBot, make_context: Callable[..., UiContext], app_services: AppServices, coach: Actor
) -> None:
    per = _add(app_services, coach, "Per")
    view = _open(qtbot, make_context(KIOSK))
    _tap(qtbot, view, per)
    _tap(qtbot, view, per)
    assert view.message == "You are checked in, Per ✓"
    (row,) = _rows(app_services)
    assert row.checked_out_at is None
    view.shutdown()


def test_only_first_names_and_only_consented_photos_are_shown(
    qtbot: QtBot,
    make_context: Callable[..., UiContext],
    app_services: AppServices,
    coach: Actor,
    theme: Callable[[float], None],
) -> None:
    ase = _add(app_services, coach, "Åse", "Ødegård")
    per = _add(app_services, coach, "Per", "Hansen")
    fatima = _add(app_services, coach, "Fatima", "Yusuf")
    app_services.write(lambda app: app.participants.set_photo(coach, ase, _photo("#4a90d9"), True))
    app_services.write(lambda app: app.participants.set_photo(coach, per, _photo("#d94a4a"), False))
    view = _open(qtbot, make_context(KIOSK))

    buttons = {button.participant_id: button for button in view.buttons()}
    assert [buttons[pid].first_name for pid in (ase, per, fatima)] == ["Åse", "Per", "Fatima"]
    assert buttons[ase].has_photo  # she said yes
    assert not buttons[per].has_photo  # he has a photo, but said no
    assert not buttons[fatima].has_photo
    shown = " ".join(
        [label.text() for label in view.findChildren(QLabel)]
        + [button.text() for button in view.findChildren(QPushButton)]
        + [text for button in buttons.values() for text in button.shown_texts()]
        + [button.accessibleName() for button in buttons.values()]
    )
    for private in ("Ødegård", "Hansen", "Yusuf", "Jonas", "arbeidstrening", "steglister", "9123"):
        assert private not in shown
    save_screenshot(view, "checkin_photo_with_consent")
    view.shutdown()


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)], ids=["1024x768", "1280x800"])
def test_twenty_participants_fit_the_kiosk_screen_with_large_buttons(
    qtbot: QtBot,
    app_services: AppServices,
    coach: Actor,
    clock: FakeClock,
    theme: Callable[[float], None],
    size: tuple[int, int],
) -> None:
    ids = [_add(app_services, coach, name) for name in FIRST_NAMES]
    for pid in ids[::3]:
        app_services.write(
            lambda app, pid=pid: app.participants.set_photo(coach, pid, _photo("#7cb342"), True)
        )
    window = _kiosk_window(qtbot, app_services, size)
    view = _open_check_in_from_the_counter(qtbot, window)
    for pid in ids[1:6]:
        _tap(qtbot, view, pid)
    app_services.write(lambda app: app.attendance.check_in_or_out(KIOSK, ids[7]))
    clock.advance(hours=5)
    app_services.write(lambda app: app.attendance.check_in_or_out(KIOSK, ids[7]))  # in and out
    view.refresh()
    settle(qtbot, window.ops)  # type: ignore[arg-type]

    buttons = view.buttons()
    assert len(buttons) == 20
    viewport = view.scroll_area.viewport()
    for button in buttons:
        assert button.height() >= MIN_BUTTON_HEIGHT and button.width() >= 2 * MIN_BUTTON_HEIGHT
        top_left = button.mapTo(viewport, button.rect().topLeft())
        assert viewport.rect().contains(top_left) and viewport.rect().contains(
            button.mapTo(viewport, button.rect().bottomRight())
        ), f"{button.first_name} needs scrolling at {size}"
    assert view.scroll_area.verticalScrollBar().maximum() == 0
    assert view.button_for(ids[7]).state == OUT  # type: ignore[union-attr]
    save_screenshot(window, f"checkin_twenty_{size[0]}x{size[1]}")
    window.close()


def test_more_than_fit_scroll_and_stay_large(
    qtbot: QtBot, make_context: Callable[..., UiContext], app_services: AppServices, coach: Actor
) -> None:
    for index in range(36):
        _add(app_services, coach, f"{FIRST_NAMES[index % 20]} {index // 20 + 1}")
    view = _open(qtbot, make_context(KIOSK), size=(1024, 700))
    qtbot.waitUntil(lambda: view.scroll_area.verticalScrollBar().maximum() > 0)
    assert all(button.height() >= MIN_BUTTON_HEIGHT for button in view.buttons())
    view.shutdown()


def test_the_counter_opens_the_check_in_which_goes_back_by_itself(
    qtbot: QtBot,
    app_services: AppServices,
    coach: Actor,
    theme: Callable[[float], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(checkin_view, "RETURN_AFTER_TAP_MS", 300)
    ola = _add(app_services, coach, "Ola")
    window = _kiosk_window(qtbot, app_services, (1024, 768))
    save_screenshot(window, "checkin_button_on_the_counter")
    view = _open_check_in_from_the_counter(qtbot, window)
    assert view.back_button.isVisible()
    _tap(qtbot, view, ola)
    assert view.message == "Welcome, Ola!"
    assert window.workspace is not None
    qtbot.waitUntil(lambda: window.workspace.stack.currentWidget() is window.workspace.view("kiosk"))  # type: ignore[union-attr]
    # "Back" goes at once, and the next person does not see the last one's greeting.
    view = _open_check_in_from_the_counter(qtbot, window)
    assert view.message_state == "hint"
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert window.workspace.stack.currentWidget() is window.workspace.view("kiosk")
    window.close()


def test_someone_who_can_no_longer_check_in_is_told_to_ask_the_coach(
    qtbot: QtBot, make_context: Callable[..., UiContext], app_services: AppServices, coach: Actor
) -> None:
    emil = _add(app_services, coach, "Emil")
    view = _open(qtbot, make_context(KIOSK))
    details = app_services.write(lambda app: app.participants.get(coach, emil)).value
    app_services.write(
        lambda app: app.participants.end_measure(
            coach, emil, details.version, TODAY - timedelta(days=1), "got_job"
        )
    )
    _tap(qtbot, view, emil)
    assert view.message == "This person cannot check in today. Ask the job coach."
    assert view.message_state == "error"
    settle(qtbot, view._context.ops)
    qtbot.waitUntil(lambda: view.button_for(emil) is None)
    assert view.empty_label.isVisible()
    view.shutdown()


def test_a_coach_sees_the_check_in_as_a_page_of_their_own(
    qtbot: QtBot, make_context: Callable[..., UiContext], app_services: AppServices, coach: Actor
) -> None:
    _add(app_services, coach, "Liv")
    view = _open(qtbot, make_context(coach))
    assert not view.back_button.isVisible()  # no counter to go back to from their own page
    assert [button.first_name for button in view.buttons()] == ["Liv"]
    view.shutdown()


# --- the shared kiosk --------------------------------------------------------------------------


def _kiosk_window(qtbot: QtBot, services: AppServices, size: tuple[int, int]) -> MainWindow:
    services.auth.create_user(SYSTEM, "Kiosk", Role.KIOSK, "0000")
    window = MainWindow(Station(device="kiosk-1", language="en", kiosk_mode=True))
    qtbot.addWidget(window)
    window.attach(services, services.read(read_start_facts).value)
    window.resize(*size)
    window.show()
    assert window.ops is not None
    settle(qtbot, window.ops)
    assert window.workspace is not None
    return window


def _open_check_in_from_the_counter(qtbot: QtBot, window: MainWindow) -> CheckInView:
    workspace = window.workspace
    assert workspace is not None and window.ops is not None
    counter = workspace.view("kiosk")
    assert counter is not None
    button = counter.findChild(QPushButton, "kioskCheckInButton")
    assert button is not None and button.isVisible()
    assert button.height() >= MIN_BUTTON_HEIGHT
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    view = workspace.stack.currentWidget()
    assert isinstance(view, CheckInView)
    settle(qtbot, window.ops)
    qtbot.waitUntil(lambda: view.is_loaded)
    return view


# --- the photo, picked by the coach with the participant's own yes or no ------------------------


def test_the_kiosk_shows_a_photo_the_coach_picked_only_after_the_participants_yes(
    qtbot: QtBot,
    make_context: Callable[..., UiContext],
    app_services: AppServices,
    coach: Actor,
    tmp_path: Path,
    theme: Callable[[float], None],
) -> None:
    ase = _add(app_services, coach, "Åse", "Ødegård")
    picture = tmp_path / "aase.jpg"
    picture.write_bytes(_photo("#4a90d9"))
    not_a_picture = tmp_path / "notes.png"
    not_a_picture.write_text("not a picture")
    context = make_context(coach)
    participants = ParticipantsView(context)
    qtbot.addWidget(participants)
    participants.show()
    settle(qtbot, context.ops)
    participants.table.selectRow(0)

    dialog = _open_photo(qtbot, participants)
    assert not dialog.has_photo and not dialog.consent_box.isEnabled()
    assert not dialog.load_file(str(not_a_picture))
    assert dialog.findChild(QLabel, "photoMessage").text() == (  # type: ignore[union-attr]
        "This file is not a picture we can read (use JPEG or PNG)."
    )
    assert dialog.load_file(str(picture))
    assert dialog.has_photo and dialog.consent_box.isEnabled()
    assert not dialog.consent_box.isChecked()  # no, until the participant says yes
    save_screenshot(dialog, "photo_dialog")
    _save_photo(qtbot, participants, dialog)
    assert participants.saved_label.text() == "Photo saved: Åse Ødegård"
    details = app_services.write(lambda app: app.participants.get(coach, ase)).value
    assert (details.has_photo, details.photo_on_kiosk) == (True, False)
    assert _kiosk_photo(app_services, ase) is None

    dialog = _open_photo(qtbot, participants)  # she says yes
    assert dialog.has_photo and not dialog.consent_box.isChecked()
    dialog.consent_box.setChecked(True)
    _save_photo(qtbot, participants, dialog)
    assert _kiosk_photo(app_services, ase) is not None
    kiosk = _open(qtbot, make_context(KIOSK))
    assert kiosk.button_for(ase).has_photo  # type: ignore[union-attr]
    kiosk.shutdown()

    dialog = _open_photo(qtbot, participants)  # and later changes her mind
    assert dialog.consent_box.isChecked()
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert not dialog.has_photo and not dialog.consent_box.isChecked()
    _save_photo(qtbot, participants, dialog)
    assert participants.saved_label.text() == "Photo removed: Åse Ødegård"
    details = app_services.write(lambda app: app.participants.get(coach, ase)).value
    assert (details.has_photo, details.photo_on_kiosk) == (False, False)
    participants.shutdown()


def _open_photo(qtbot: QtBot, participants: ParticipantsView) -> PhotoDialog:
    qtbot.mouseClick(participants.tool_buttons["photo"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(participants.tool_dialog, PhotoDialog))
    dialog = participants.tool_dialog
    assert isinstance(dialog, PhotoDialog)
    return dialog


def _save_photo(qtbot: QtBot, participants: ParticipantsView, dialog: PhotoDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: participants.tool_dialog is None)


def _kiosk_photo(services: AppServices, participant_id: int) -> bytes | None:
    people = services.read(lambda app: app.attendance.kiosk_people(KIOSK)).value
    return next(person.photo for person, _state in people if person.participant_id == participant_id)
