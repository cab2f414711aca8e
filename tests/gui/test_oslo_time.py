"""Every time the program shows or prints is Oslo time, whatever zone the PC is set to, and the
kiosk's day rolls over at midnight in Oslo.

The PC is put in New York (os.environ["TZ"] + time.tzset(), restored afterwards). The clock
stands at 01:30 UTC on Sunday 8 March 2099: 02:30 in Oslo, 20:30 on Saturday 7 March in New
York, and a wall-clock time of 02:30 does not even exist in New York that night (its clocks
spring forward at 02:00), so a time that took a detour through the PC's zone would show.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from canteen_app.access import Role
from canteen_app.app import AppServices, build_services, open_database
from tests.conftest import FakeClock
from tests.gui.conftest import FAST_HASHER, settle
from tests.helpers import KIOSK, make_user, participant_input
from ui.canteen.kiosk.view import KioskView
from ui.canteen.statistics import StatisticsView
from ui.common.context import UiContext
from ui.common.operations import Operations
from ui.platform.audit.view import COLUMNS, AuditLogView
from ui.platform.users.view import UsersView
from ui.training.participants import ParticipantDialog

NIGHT = datetime(2099, 3, 8, 1, 30, tzinfo=UTC)
NEW_YORK_OFFSET = -5 * 3600  # EST, before its clocks spring forward


@pytest.fixture
def new_york() -> Iterator[None]:
    """The PC's zone is New York for the test (for Python and for Qt alike)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    try:
        assert time.localtime(NIGHT.timestamp()).tm_hour == 20  # Python sees New York
        assert QDateTime.fromSecsSinceEpoch(int(NIGHT.timestamp())).offsetFromUtc() == NEW_YORK_OFFSET
        yield
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()


@pytest.fixture
def night_clock() -> FakeClock:
    return FakeClock(NIGHT)


@pytest.fixture
def app_services(sqlite_url: str, night_clock: FakeClock) -> Iterator[AppServices]:
    """The services of the GUI fixtures (`ops`, `make_context`), on the night's clock."""
    app = build_services(open_database(sqlite_url), night_clock, password_hasher=FAST_HASHER)
    yield app
    app.close()


def _shown(qtbot: QtBot, widget: object) -> None:
    qtbot.addWidget(widget)
    widget.show()  # type: ignore[attr-defined]


@pytest.mark.usefixtures("new_york")
def test_the_audit_log_and_the_last_saved_time_are_oslo_time(
    qtbot: QtBot, app_services: AppServices, make_context: Callable[..., UiContext], ops: Operations
) -> None:
    coach = make_user(app_services, "Jonas Berg", Role.JOB_COACH, "135790")
    admin = make_user(app_services, "Admin Åse", Role.ADMIN, "246810")
    created = app_services.participants.create(coach, participant_input(coach.user_id))

    audit = AuditLogView(make_context(admin))
    _shown(qtbot, audit)
    qtbot.waitUntil(lambda: audit.model.is_loaded and not audit.model.is_loading)
    times = {audit.model.data(audit.model.index(row, COLUMNS.index("time"))) for row in range(3)}
    assert times == {"08/03/2099 02:30"}  # not 07/03/2099 20:30, not 03:30

    dialog = ParticipantDialog(make_context(coach), coaches=[], details=created)
    _shown(qtbot, dialog)
    assert dialog.updated_label.text() == "Last saved 08/03/2099 02:30"


@pytest.mark.usefixtures("new_york")
def test_the_users_page_shows_the_lock_time_in_oslo_time(
    qtbot: QtBot, app_services: AppServices, make_context: Callable[..., UiContext], ops: Operations
) -> None:
    admin = make_user(app_services, "Admin Åse", Role.ADMIN, "246810")
    make_user(app_services, "Kari Nordmann", Role.CANTEEN_MANAGER, "1234")
    for _ in range(5):
        with pytest.raises(Exception):  # noqa: B017 - wrong PINs until the lock
            app_services.auth.login("Kari Nordmann", "0000")

    view = UsersView(make_context(admin))
    _shown(qtbot, view)
    settle(qtbot, ops)
    statuses = [view.model.item(row, 2).text() for row in range(view.model.rowCount())]
    # Locked for 15 minutes from 02:30 in Oslo.
    assert "Locked until 02:45 after wrong PINs" in statuses


@pytest.mark.usefixtures("new_york")
def test_the_printed_report_says_when_it_was_made_in_oslo_time(
    app_services: AppServices, tmp_path: Path
) -> None:
    manager = make_user(app_services, "Kari Nordmann", Role.CANTEEN_MANAGER, "1234")
    app_services.guests.record_tap(KIOSK, 1, "kiosk-1")
    out = app_services.statistics.render_guest_month(manager, date(2099, 3, 1), "nb", tmp_path / "report.pdf")

    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Laget 08.03.2099 kl. 02:30" in text
    assert "08.03.2099\nSøndag" in text  # the tap counts on the Oslo day, a Sunday


@pytest.mark.usefixtures("new_york")
def test_the_kiosk_and_the_chart_show_the_oslo_day(
    qtbot: QtBot, app_services: AppServices, make_context: Callable[..., UiContext], ops: Operations
) -> None:
    app_services.guests.record_tap(KIOSK, 1, "kiosk-1")
    kiosk = KioskView(make_context(KIOSK))
    _shown(qtbot, kiosk)
    settle(qtbot, ops)
    label = kiosk.findChild(QLabel, "kioskDate")
    assert label is not None
    assert label.text() == "Today, Sunday, 8 March"
    kiosk.shutdown()

    manager = make_user(app_services, "Kari Nordmann", Role.CANTEEN_MANAGER, "1234")
    chart = StatisticsView(make_context(manager))
    _shown(qtbot, chart)
    qtbot.waitUntil(lambda: not chart.is_loading, timeout=10_000)
    with qtbot.waitSignal(chart.summary_loaded, timeout=10_000):
        chart.set_period(date(2099, 3, 1), date(2099, 3, 31))
    # The point sits on Sunday 8 March, the day New York springs forward.
    assert [point for point in chart.time_points() if point[1]] == [(date(2099, 3, 8), 1.0)]
    chart.shutdown()


# --- the kiosk at midnight -------------------------------------------------------------------------


@pytest.mark.usefixtures("new_york")
def test_the_kiosk_rolls_over_to_a_new_day_at_midnight_in_oslo(
    qtbot: QtBot, app_services: AppServices, make_context: Callable[..., UiContext], night_clock: FakeClock
) -> None:
    night_clock.now = datetime(2099, 3, 10, 22, 59, 50, tzinfo=UTC)  # 23:59:50 in Oslo, Tuesday
    kiosk = KioskView(make_context(KIOSK))
    _shown(qtbot, kiosk)
    qtbot.waitUntil(lambda: kiosk.is_loaded)
    day_label = kiosk.findChild(QLabel, "kioskDate")
    assert day_label is not None
    for _ in range(3):
        qtbot.mouseClick(kiosk.button_for(1), Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: kiosk.pending_writes == 0)
    assert (day_label.text(), kiosk.shown_total()) == ("Today, Tuesday, 10 March", 3)

    night_clock.advance(seconds=20)  # 00:00:10 in Oslo; still 18:00 in New York
    # The kiosk re-reads its state every few seconds by itself; wait for that read.
    with qtbot.waitSignal(kiosk.state_loaded, timeout=5_000):
        pass
    assert (day_label.text(), kiosk.shown_total()) == ("Today, Wednesday, 11 March", 0)
    assert not kiosk.findChild(object, "kioskUndoButton").isEnabled()  # type: ignore[union-attr]
    # Yesterday's taps are still yesterday's.
    assert app_services.guests.counts_for_day(1, date(2099, 3, 10)).total == 3
    kiosk.shutdown()
