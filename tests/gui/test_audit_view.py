"""The audit log view (P2): an admin sees who viewed and changed participants, newest first,
with field names but never the values."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices
from tests.gui.conftest import save_screenshot
from tests.helpers import participant_input
from ui.common.context import UiContext
from ui.common.formatting import format_datetime
from ui.platform.audit.view import COLUMNS, AuditLogView, AuditTableModel
from ui.training.participants import ParticipantsView

MakeContext = Callable[..., UiContext]


def _column(model: AuditTableModel, name: str) -> list[str]:
    column = COLUMNS.index(name)
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def _all_texts(model: AuditTableModel) -> list[str]:
    return [
        str(model.data(model.index(row, column)))
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]


def _audit_view(qtbot: QtBot, make_context: MakeContext, admin: Actor) -> AuditLogView:
    view = AuditLogView(make_context(admin))
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    qtbot.waitUntil(lambda: view.model.is_loaded and not view.model.is_loading)
    return view


def test_the_admin_sees_entries_newest_first_after_a_participant_was_viewed(
    qtbot: QtBot, make_context: MakeContext, users: dict[Role, Actor], app_services: AppServices
) -> None:
    coach, admin = users[Role.JOB_COACH], users[Role.ADMIN]
    ase = app_services.participants.create(coach, participant_input(coach.user_id))

    # The coach opens Åse in the participant list: that is the view being logged.
    participants = ParticipantsView(make_context(coach))
    qtbot.addWidget(participants)
    participants.show()
    qtbot.waitUntil(lambda: participants.model.rowCount() == 1)
    participants.open_participant(ase.id)
    qtbot.waitUntil(lambda: participants.dialog is not None)

    view = _audit_view(qtbot, make_context, admin)
    model = view.model
    assert model.rowCount() == app_services.audit.count(admin)
    assert view.count_label.text() == f"Entries: {model.rowCount()}"
    actions, whats = _column(model, "action"), _column(model, "what")
    assert (actions[0], _column(model, "user")[0], whats[0]) == (
        "Viewed",
        "Jonas Berg",
        f"Participant {ase.id}",
    )
    created = actions.index("Created")
    assert whats[created] == f"Participant {ase.id}"
    assert created < actions.index("Logged in")  # the logins of the fixture, further down
    times = [model.row_at(row).at for row in range(model.rowCount())]
    assert times == sorted(times, reverse=True)
    assert _column(model, "time")[0] == format_datetime(times[0])
    save_screenshot(view, "audit_log")


def test_refresh_shows_a_change_with_field_names_and_never_the_values(
    qtbot: QtBot, make_context: MakeContext, users: dict[Role, Actor], app_services: AppServices
) -> None:
    coach, admin = users[Role.JOB_COACH], users[Role.ADMIN]
    ase = app_services.participants.create(coach, participant_input(coach.user_id))
    view = _audit_view(qtbot, make_context, admin)
    before = view.model.rowCount()

    app_services.participants.update(
        coach,
        ase.id,
        ase.version,
        participant_input(coach.user_id, phone="47474747", nav_contact="NAV Asker"),
    )
    qtbot.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == before + 1)

    assert _column(view.model, "action")[0] == "Changed"
    assert _column(view.model, "detail")[0] == "Phone, NAV contact"
    texts = _all_texts(view.model)
    assert not any("47474747" in text or "NAV Asker" in text for text in texts)


def test_the_filter_shows_only_participant_entries(
    qtbot: QtBot, make_context: MakeContext, users: dict[Role, Actor], app_services: AppServices
) -> None:
    coach, admin = users[Role.JOB_COACH], users[Role.ADMIN]
    app_services.participants.create(coach, participant_input(coach.user_id))
    view = _audit_view(qtbot, make_context, admin)
    assert "Logged in" in _column(view.model, "action")

    view.filter_combo.setCurrentIndex(view.filter_combo.findData("participant"))
    qtbot.waitUntil(lambda: view.model.entity_type == "participant" and not view.model.is_loading)
    assert _column(view.model, "action") == ["Created"]
    assert view.count_label.text() == "Entries: 1"


def test_the_audit_model_pages_and_passes_the_model_tester(
    qtbot: QtBot,
    qtmodeltester,
    make_context: MakeContext,
    users: dict[Role, Actor],
    app_services: AppServices,
) -> None:
    admin = users[Role.ADMIN]
    total = app_services.audit.count(admin)
    assert total >= 4  # one login per role from the fixture
    model = AuditTableModel(make_context(admin), page_size=3)
    qtmodeltester.check(model)
    model.reload()
    qtbot.waitUntil(lambda: model.is_loaded and not model.is_loading)
    assert model.rowCount() == 3
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda: not model.is_loading)
    assert model.rowCount() == total
