"""The audit log view (P2): an admin sees who viewed and changed participants, newest first,
with field names but never the values."""

from __future__ import annotations

import csv
import stat
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices
from canteen_app.core.dates import oslo_today
from tests.gui.conftest import save_screenshot, settle
from tests.helpers import db_session, make_user, participant_input
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
    # Opening the log is logged; the page then shows its own entry on top.
    qtbot.waitUntil(
        lambda: (
            view.model.is_loaded
            and not view.model.is_loading
            and _column(view.model, "what")[:1] == ["Audit log"]
        )
    )
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
    actions, whats, who = _column(model, "action"), _column(model, "what"), _column(model, "user")
    assert (actions[0], who[0], whats[0]) == ("Viewed", "Admin Åse", "Audit log")  # this view
    assert (actions[1], who[1], whats[1]) == ("Viewed", "Jonas Berg", "Participant: Åse Ødegård")
    created = actions.index("Created")
    assert whats[created] == "Participant: Åse Ødegård"
    assert created < actions.index("Logged in")  # the logins of the fixture, further down
    times = [model.row_at(row).at for row in range(model.rowCount())]
    assert times == sorted(times, reverse=True)
    assert _column(model, "time")[0] == format_datetime(times[0])
    save_screenshot(view, "audit_log")


def test_opening_the_page_is_logged_once_and_again_when_coming_back(
    qtbot: QtBot, make_context: MakeContext, users: dict[Role, Actor], app_services: AppServices
) -> None:
    admin = users[Role.ADMIN]

    def views_of_the_log() -> int:
        rows = app_services.audit.entries(admin, limit=1000)
        return sum(1 for row in rows if row.entity_type == "audit_log" and row.action == "view")

    view = _audit_view(qtbot, make_context, admin)
    assert views_of_the_log() == 1
    count = view.model.rowCount()
    qtbot.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)  # shows what is new
    qtbot.waitUntil(lambda: view.model.is_loaded and not view.model.is_loading)
    assert views_of_the_log() == 1 and view.model.rowCount() == count

    view.hide()
    view.show()  # back to the page from another one
    qtbot.waitUntil(lambda: view.model.rowCount() == count + 1 and not view.model.is_loading)
    assert views_of_the_log() == 2


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


# --- names, filters, export (item 8) ------------------------------------------------------------


def _coaches_at_work(
    app_services: AppServices, users: dict[Role, Actor], clock_days: int = 0
) -> dict[str, int]:
    """Jonas registers Åse and Ørjan; Amina (a second coach) views Ørjan."""
    coach = users[Role.JOB_COACH]
    amina = make_user(app_services, "Amina Hassan", Role.JOB_COACH, "975310")
    ase = app_services.participants.create(coach, participant_input(coach.user_id)).id
    orjan = app_services.participants.create(
        coach, participant_input(coach.user_id, first_name="Ørjan", last_name="Æsøy")
    ).id
    app_services.participants.get(amina, orjan)
    return {"ase": ase, "orjan": orjan}


def _choose(qtbot: QtBot, view: AuditLogView, combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(index)
    settle(qtbot, view._context.ops)


def test_a_deleted_participant_shows_as_deleted_and_others_by_name(
    qtbot: QtBot, make_context: MakeContext, users: dict[Role, Actor], app_services: AppServices
) -> None:
    made = _coaches_at_work(app_services, users)
    with db_session(app_services, write=True) as session:  # as retention will, one day
        session.execute(text("DELETE FROM participants WHERE id = :id"), {"id": made["ase"]})
    view = _audit_view(qtbot, make_context, users[Role.ADMIN])
    whats = _column(view.model, "what")
    assert f"Deleted participant #{made['ase']}" in whats
    assert "Participant: Ørjan Æsøy" in whats
    assert "User: Jonas Berg" in whats  # his login
    assert "Ødegård" not in " ".join(whats)


def test_filters_by_person_participant_and_period_and_a_backwards_period_is_pointed_out(
    qtbot: QtBot, make_context: MakeContext, users: dict[Role, Actor], app_services: AppServices
) -> None:
    _coaches_at_work(app_services, users)
    view = _audit_view(qtbot, make_context, users[Role.ADMIN])
    settle(qtbot, view._context.ops)
    people = [view.person_combo.itemText(i) for i in range(view.person_combo.count())]
    assert people == ["Everyone", "Admin Åse", "Amina Hassan", "Jonas Berg", "Kari Nordmann", "Kiosk"]
    participants = [view.participant_combo.itemText(i) for i in range(view.participant_combo.count())]
    assert participants == ["All participants", "Ørjan Æsøy", "Åse Ødegård"]  # Norwegian order

    _choose(qtbot, view, view.person_combo, "Amina Hassan")
    assert list(zip(_column(view.model, "action"), _column(view.model, "what"), strict=True)) == [
        ("Viewed", "Participant: Ørjan Æsøy"),
        ("Logged in", "User: Amina Hassan"),
    ]
    _choose(qtbot, view, view.person_combo, "Everyone")
    _choose(qtbot, view, view.participant_combo, "Ørjan Æsøy")
    assert _column(view.model, "user") == ["Amina Hassan", "Jonas Berg"]
    assert view.count_label.text() == "Entries: 2"

    today = oslo_today()
    view.set_period(today + timedelta(days=1), None)  # nothing happened tomorrow
    settle(qtbot, view._context.ops)
    assert view.model.rowCount() == 0
    view.set_period(today, today)
    settle(qtbot, view._context.ops)
    assert view.model.rowCount() == 2

    view.set_period(today, today - timedelta(days=1))  # the end before the start
    settle(qtbot, view._context.ops)
    assert view.period_message.isVisible()
    assert view.period_message.text() == "The last day is before the first day."
    assert view.model.rowCount() == 2  # the list shown stays as it was
    save_screenshot(view, "audit_log_filters")

    qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    settle(qtbot, view._context.ops)
    assert not view.period_message.isVisible()
    assert view.model.rowCount() == app_services.audit.count(users[Role.ADMIN])


def test_export_writes_what_the_filters_show_to_csv_and_logs_the_export(
    qtbot: QtBot,
    make_context: MakeContext,
    users: dict[Role, Actor],
    app_services: AppServices,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _coaches_at_work(app_services, users)
    view = _audit_view(qtbot, make_context, users[Role.ADMIN])
    settle(qtbot, view._context.ops)
    _choose(qtbot, view, view.participant_combo, "Ørjan Æsøy")
    shown = [[view.model.data(view.model.index(r, c)) for c in range(len(COLUMNS))] for r in range(2)]
    target = tmp_path / "revisjon.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), "")))

    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    settle(qtbot, view._context.ops)
    assert view.export_status.isVisible()

    with open(target, encoding="utf-8-sig", newline="") as stream:
        lines = list(csv.reader(stream))
    assert lines == [["Time", "User", "Action", "What", "Details"], *shown]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert view.export_status.text() == f"Exported 2 entries to {target}."
    newest = app_services.audit.entries(users[Role.ADMIN], limit=1)[0]
    assert (newest.actor_name, newest.action, newest.entity_type) == ("Admin Åse", "export", "audit_log")
    _choose(qtbot, view, view.participant_combo, "All participants")
    assert (
        _column(view.model, "action")[0],
        _column(view.model, "what")[0],
        _column(view.model, "detail")[0],
    ) == (
        "Exported",
        "Audit log",
        "CSV file, rows: 2",
    )
