"""The participant register in the GUI (T1): privacy per role, search, the dialog with its live
checks, concurrent edits and the audit trail, on a real SQLite file."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QLocale, QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices
from canteen_app.core.errors import ValidationError
from canteen_app.core.text import Message
from canteen_app.platform.audit.rules import AuditFilter
from canteen_app.platform.auth.models import User
from canteen_app.training.participants.dto import ParticipantDetails
from canteen_app.training.participants.rules import ParticipantInput
from tests.gui.conftest import (
    click_box_button,
    field_message,
    open_new,
    save_screenshot,
    settle,
    top_level,
    wait_for_box,
)
from tests.helpers import SYSTEM, db_session, make_user, participant_input
from ui.common.context import UiContext
from ui.training.participants import ParticipantDialog, ParticipantsView, ParticipantTableModel

MakeContext = Callable[..., UiContext]
MEASURE_WORDS = ("Arbeidstrening", "Oppfølging", "AFT", "VTA", "KVP", "Introduksjon")


# --- helpers ----------------------------------------------------------------------------------


PERCENT_RULE = "Participation must be a whole number from 1 to 100 percent."


def _view(qtbot: QtBot, make_context: MakeContext, actor: Actor, **kwargs: int) -> ParticipantsView:
    view = ParticipantsView(make_context(actor), **kwargs)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    qtbot.waitUntil(lambda: view.model.is_loaded and not view.model.is_loading)
    return view


def _names(model: ParticipantTableModel) -> list[str]:
    """The names in the list ("Last, First" on screen) as "First Last", in screen order."""
    shown = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    return [" ".join(reversed(name.split(", ", 1))) for name in shown]


def test_the_list_reads_last_name_first_in_norwegian_order(
    qtbot: QtBot, make_context: MakeContext, users: dict[Role, Actor], seeded: dict
) -> None:
    view = _view(qtbot, make_context, users[Role.JOB_COACH])
    model = view.model
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    assert [model.data(model.index(row, 0)) for row in range(3)] == [
        "Berg, Mia",
        "Nordmann, Ola",
        "Ødegård, Åse",
    ]


def _all_texts(view: ParticipantsView) -> list[str]:
    """Everything the table could show: headers, cells and their tooltips."""
    model = view.model
    texts = [
        str(model.headerData(column, Qt.Orientation.Horizontal)) for column in range(model.columnCount())
    ]
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(model.index(row, column), role)
                if value is not None:
                    texts.append(str(value))
    return texts


def _row_of(view: ParticipantsView, name: str) -> int:
    return _names(view.model).index(name)


def _double_click(qtbot: QtBot, view: ParticipantsView, row: int) -> None:
    """Press, release, then the double-click, as a real mouse sends them."""
    point = view.table.visualRect(view.model.index(row, 0)).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=point)


def _open_by_double_click(qtbot: QtBot, view: ParticipantsView, name: str) -> ParticipantDialog:
    _double_click(qtbot, view, _row_of(view, name))
    qtbot.waitUntil(lambda: view.dialog is not None)
    dialog = view.dialog
    assert dialog is not None
    return dialog


def _count(services: AppServices, actor: Actor) -> int:
    return services.participants.count(actor)


def _edited(details: ParticipantDetails, **changes: object) -> ParticipantInput:
    """What another coach's dialog would send: the stored record with some fields changed."""
    values = {field.name: getattr(details, field.name) for field in dataclasses.fields(ParticipantInput)}
    values.update(changes)
    return ParticipantInput(**values)  # type: ignore[arg-type]


def _retype(qtbot: QtBot, edit: QWidget, text: str) -> None:
    edit.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(edit, text)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


@pytest.fixture
def coach(users: dict[Role, Actor]) -> Actor:
    return users[Role.JOB_COACH]


@pytest.fixture
def seeded(app_services: AppServices, coach: Actor) -> dict[str, ParticipantDetails]:
    """Three participants: one far from the end of the measure, one ending in 10 days, one ended."""
    today = date.today()
    create = app_services.participants.create
    return {
        "Åse Ødegård": create(coach, participant_input(coach.user_id)),
        "Ola Nordmann": create(
            coach,
            participant_input(
                coach.user_id,
                first_name="Ola",
                last_name="Nordmann",
                nav_measure="oppfolging",
                measure_start=today - timedelta(days=150),
                measure_planned_end=today + timedelta(days=10),
            ),
        ),
        "Mia Berg": create(
            coach,
            participant_input(
                coach.user_id,
                first_name="Mia",
                last_name="Berg",
                measure_start=today - timedelta(days=200),
                measure_planned_end=today - timedelta(days=3),
            ),
        ),
    }


# --- privacy per role -------------------------------------------------------------------------


def test_the_manager_sees_names_only_and_cannot_open_or_add(
    qtbot: QtBot, make_context: MakeContext, users: dict[Role, Actor], app_services: AppServices, seeded: dict
) -> None:
    view = _view(qtbot, make_context, users[Role.CANTEEN_MANAGER])

    assert view.model.columnCount() == 1
    assert sorted(_names(view.model)) == ["Mia Berg", "Ola Nordmann", "Åse Ødegård"]
    texts = _all_texts(view)
    for forbidden in (*MEASURE_WORDS, "Jonas Berg", "2027", "2026", "ends", "passed"):
        assert not any(forbidden in text for text in texts), forbidden
    assert view.findChild(QPushButton, "newParticipantButton") is None
    assert view.new_button is None
    save_screenshot(view, "participants_manager")

    # Double-click and Enter open nothing, so no details are read and no view is logged.
    _double_click(qtbot, view, 0)
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert not view._context.ops.busy  # nothing was even asked of the database
    assert view.findChild(QDialog) is None
    actions = [
        entry.action
        for entry in app_services.audit.entries(
            users[Role.ADMIN], filters=AuditFilter(entity_type="participant")
        )
    ]
    assert "view" not in actions


def test_the_coach_sees_measure_end_and_coach_with_ending_measures_marked(
    qtbot: QtBot, make_context: MakeContext, coach: Actor, seeded: dict
) -> None:
    view = _view(qtbot, make_context, coach)
    model = view.model

    assert model.columnCount() == 4
    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(4)]
    assert headers == ["Name", "NAV measure", "Planned end", "Job coach"]
    ase = _row_of(view, "Åse Ødegård")
    assert [model.data(model.index(ase, column)) for column in range(4)] == [
        "Ødegård, Åse",
        "Arbeidstrening",
        QLocale().toString(QDate(2027, 6, 30), QLocale.FormatType.ShortFormat),
        "Jonas Berg",
    ]
    far_end = model.index(ase, 2)
    assert model.data(far_end, Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(far_end, Qt.ItemDataRole.DecorationRole) is None

    soon = model.index(_row_of(view, "Ola Nordmann"), 2)
    assert model.data(soon, Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(soon, Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(soon, Qt.ItemDataRole.ToolTipRole) == "The measure ends in 10 days."
    assert model.data(model.index(_row_of(view, "Ola Nordmann"), 1)) == "Oppfølging"

    ended = model.index(_row_of(view, "Mia Berg"), 2)
    assert model.data(ended, Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(ended, Qt.ItemDataRole.ToolTipRole) == "The planned end has passed (3 days ago)."
    assert model.data(ended, Qt.ItemDataRole.ForegroundRole) != model.data(
        soon, Qt.ItemDataRole.ForegroundRole
    )

    assert view.findChild(QPushButton, "newParticipantButton") is not None
    assert view.count_label.text() == "Participants: 3"
    save_screenshot(view, "participants_coach")


def test_search_filters_as_you_type(
    qtbot: QtBot, make_context: MakeContext, coach: Actor, seeded: dict
) -> None:
    view = _view(qtbot, make_context, coach)
    assert view.model.rowCount() == 3

    qtbot.keyClicks(view.search_edit, "øde")
    assert view.model.search == ""  # debounced: one search for the word, not one per key
    qtbot.waitUntil(lambda: view.model.search == "øde" and not view.model.is_loading)
    assert _names(view.model) == ["Åse Ødegård"]
    assert view.count_label.text() == "Found: 1"

    view.search_edit.clear()
    qtbot.waitUntil(lambda: view.model.search == "" and not view.model.is_loading)
    assert view.model.rowCount() == 3
    qtbot.keyClicks(view.search_edit, "zzz")
    qtbot.waitUntil(lambda: view.model.search == "zzz" and not view.model.is_loading)
    assert view.model.rowCount() == 0
    assert view.count_label.text() == "Found: 0"


# --- creating -----------------------------------------------------------------------------------


def test_a_coach_creates_a_participant_through_the_dialog(
    qtbot: QtBot, make_context: MakeContext, coach: Actor, app_services: AppServices, seeded: dict
) -> None:
    view = _view(qtbot, make_context, coach)
    dialog = open_new(qtbot, view)
    assert dialog.coach_combo.currentData() == coach.user_id  # the coach is proposed for their own

    qtbot.keyClicks(dialog.editors["first_name"], "Fatima")
    qtbot.keyClicks(dialog.editors["last_name"], "Warsame")
    qtbot.keyClicks(dialog.editors["phone"], "98765432")
    qtbot.keyClicks(dialog.editors["email"], "fatima@example.no")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("so"))
    dialog.measure_combo.setCurrentIndex(dialog.measure_combo.findData("aft"))
    dialog.start_edit.setDate(QDate(2026, 12, 1))
    dialog.end_edit.setDate(QDate(2027, 11, 30))
    dialog.percent_spin.setValue(60)
    qtbot.keyClicks(dialog.editors["nav_contact"], "NAV Lier")
    qtbot.keyClicks(dialog.editors["support_needs"], "Trenger bilder av oppskriftene.")
    assert "up to 1 year" in dialog.measure_hint.text()

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.dialog is None)

    rows = app_services.participants.rows(coach, "fatima")
    assert [row.full_name for row in rows] == ["Fatima Warsame"]
    stored = app_services.participants.get(coach, rows[0].id)
    assert (stored.phone, stored.email, stored.preferred_language, stored.nav_measure) == (
        "98765432",
        "fatima@example.no",
        "so",
        "aft",
    )
    assert (stored.measure_start, stored.measure_planned_end) == (date(2026, 12, 1), date(2027, 11, 30))
    assert (stored.participation_percent, stored.nav_contact, stored.coach_id) == (
        60,
        "NAV Lier",
        coach.user_id,
    )
    assert stored.support_needs == "Trenger bilder av oppskriftene."
    qtbot.waitUntil(lambda: "Fatima Warsame" in _names(view.model))
    assert view.count_label.text() == "Participants: 4"
    assert view.saved_label.text() == "Saved: Fatima Warsame"


def test_each_error_shows_at_its_field_and_nothing_is_saved(
    qtbot: QtBot, make_context: MakeContext, users: dict[Role, Actor], app_services: AppServices, seeded: dict
) -> None:
    admin = users[Role.ADMIN]  # no coach is proposed for an admin, so that field is empty too
    view = _view(qtbot, make_context, admin)
    before = _count(app_services, admin)
    dialog = open_new(qtbot, view)

    qtbot.keyClicks(dialog.editors["email"], "not-an-email")
    qtbot.keyClicks(dialog.editors["phone"], "1" * 31)
    dialog.end_edit.setDate(dialog.start_edit.date().addDays(-1))
    dialog.support_edit.setPlainText("x" * 2001)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    expected = {
        "first_name": "This field is required.",
        "last_name": "This field is required.",
        "email": "This does not look like an e-mail address.",
        "phone": "Use at most 30 characters.",
        "preferred_language": "Choose a language from the list.",
        "nav_measure": "Choose the NAV measure from the list.",
        "measure_planned_end": "The planned end must be after the start date.",
        "coach_id": "Choose the job coach.",
        "support_needs": "Use at most 2000 characters.",
    }
    for field_name, text in expected.items():
        message = field_message(dialog, field_name)
        assert (message.text(), message.severity, message.isVisible()) == (text, "error", True), field_name
    for field_name in ("measure_start", "participation_percent", "nav_contact"):
        assert field_message(dialog, field_name).text() == "", field_name
    assert field_message(dialog, "participantSave").text() == "Not saved. Please correct the marked fields."
    save_screenshot(dialog, "participant_dialog_errors")

    assert not view._context.ops.busy  # the form's errors stopped the save: nothing was sent
    assert _count(app_services, admin) == before
    assert view.dialog is dialog
    assert dialog.editors["email"].text() == "not-an-email"  # type: ignore[attr-defined]
    assert dialog.editors["phone"].text() == "1" * 31  # type: ignore[attr-defined]
    assert dialog.support_edit.toPlainText() == "x" * 2001

    # Fixing a field takes its message away while typing; the rest stay.
    qtbot.keyClicks(dialog.editors["first_name"], "Ola")
    qtbot.waitUntil(lambda: field_message(dialog, "first_name").text() == "")
    assert field_message(dialog, "last_name").severity == "error"


def test_every_field_has_its_message_label_and_service_errors_land_there(
    qtbot: QtBot, make_context: MakeContext, coach: Actor, app_services: AppServices, seeded: dict
) -> None:
    view = _view(qtbot, make_context, coach)
    dialog = _open_by_double_click(qtbot, view, "Åse Ødegård")
    for field in dataclasses.fields(ParticipantInput):
        assert field_message(dialog, field.name).text() == "", field.name

    # Fields the widgets keep in range (a date edit always holds a date, the spin box stays
    # within 1-100) still show what the service says about them.
    dialog.show_validation_error(
        ValidationError(
            {
                "participation_percent": Message(
                    "Participation must be a whole number from 1 to 100 percent."
                ),
                "measure_start": Message("The start date is required."),
            }
        )
    )
    assert (
        field_message(dialog, "participation_percent").text()
        == "Participation must be a whole number from 1 to 100 percent."
    )
    assert field_message(dialog, "measure_start").severity == "error"


def test_a_rule_only_the_service_knows_is_shown_at_the_field(
    qtbot: QtBot, make_context: MakeContext, coach: Actor, app_services: AppServices, seeded: dict
) -> None:
    """The coach chosen in the form stops being a coach before saving: the service refuses."""
    other = make_user(app_services, "Anne Lund", Role.JOB_COACH, "112233")
    view = _view(qtbot, make_context, coach)
    before = _count(app_services, coach)
    dialog = open_new(qtbot, view)
    qtbot.keyClicks(dialog.editors["first_name"], "Petra")
    qtbot.keyClicks(dialog.editors["last_name"], "Lie")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("nb"))
    dialog.measure_combo.setCurrentIndex(dialog.measure_combo.findData("arbeidstrening"))
    dialog.coach_combo.setCurrentIndex(dialog.coach_combo.findData(other.user_id))
    with db_session(app_services, write=True) as session:
        session.execute(update(User).where(User.id == other.user_id).values(active=False))

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: field_message(dialog, "coach_id").text() == "Choose an active job coach.")
    assert field_message(dialog, "coach_id").severity == "error"
    assert _count(app_services, coach) == before
    assert dialog.isVisible()
    assert dialog.editors["first_name"].text() == "Petra"  # type: ignore[attr-defined]
    assert dialog.save_button.isEnabled()


def test_warnings_show_in_amber_and_saving_past_the_limit_asks_first(
    qtbot: QtBot, make_context: MakeContext, coach: Actor, app_services: AppServices, seeded: dict
) -> None:
    view = _view(qtbot, make_context, coach)
    dialog = open_new(qtbot, view)
    qtbot.keyClicks(dialog.editors["first_name"], "Yonas")
    qtbot.keyClicks(dialog.editors["last_name"], "Tesfay")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ti"))
    dialog.measure_combo.setCurrentIndex(dialog.measure_combo.findData("oppfolging"))
    assert "up to 6 months" in dialog.measure_hint.text()
    dialog.start_edit.setDate(QDate(2026, 12, 1))
    dialog.end_edit.setDate(QDate(2027, 12, 1))  # Oppfølging is usually 6 months
    qtbot.keyClicks(dialog.editors["support_needs"], "Har ADHD, trenger pauser.")

    end_message = field_message(dialog, "measure_planned_end")
    qtbot.waitUntil(lambda: end_message.severity == "warning")
    assert end_message.text().startswith("Beyond the usual limit for Oppfølging, which ends ")
    assert QLocale().toString(QDate(2027, 6, 1), QLocale.FormatType.ShortFormat) in end_message.text()
    support_message = field_message(dialog, "support_needs")
    qtbot.waitUntil(lambda: support_message.severity == "warning")
    assert "not diagnoses" in support_message.text()
    save_screenshot(dialog, "participant_dialog_warnings")

    # Past the usual limit: the save asks whether NAV approved it; going back saves nothing.
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    question = dialog.findChild(QMessageBox, "limitWarningDialog")
    assert question is not None and question.isVisible()
    assert question.text().startswith("Beyond the usual limit for Oppfølging")
    qtbot.mouseClick(question.findChild(QPushButton, "backFromLimitButton"), Qt.MouseButton.LeftButton)
    settle(qtbot, view._context.ops)
    assert app_services.participants.rows(coach, "yonas") == [] and dialog.isVisible()

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    question = dialog.findChild(QMessageBox, "limitWarningDialog")
    assert question is not None
    qtbot.mouseClick(question.findChild(QPushButton, "saveBeyondLimitButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.dialog is None)
    rows = app_services.participants.rows(coach, "yonas")
    assert len(rows) == 1
    assert rows[0].measure_planned_end == date(2027, 12, 1)


def test_cancelling_with_changes_asks_first(
    qtbot: QtBot, make_context: MakeContext, coach: Actor, app_services: AppServices, seeded: dict
) -> None:
    view = _view(qtbot, make_context, coach)
    before = _count(app_services, coach)
    dialog = open_new(qtbot, view)
    qtbot.keyClicks(dialog.editors["first_name"], "Halvor")

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = wait_for_box(qtbot, "discardDialog")
    click_box_button(qtbot, box, "keepEditingButton")
    assert view.dialog is dialog
    assert dialog.editors["first_name"].text() == "Halvor"  # type: ignore[attr-defined]

    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    box = wait_for_box(qtbot, "discardDialog")
    click_box_button(qtbot, box, "discardChangesButton")
    qtbot.waitUntil(lambda: view.dialog is None)
    assert _count(app_services, coach) == before


# --- opening and concurrent edits -----------------------------------------------------------


def test_opening_a_participant_writes_a_view_entry_with_the_coachs_name(
    qtbot: QtBot, make_context: MakeContext, users: dict[Role, Actor], app_services: AppServices, seeded: dict
) -> None:
    coach = users[Role.JOB_COACH]
    ase = seeded["Åse Ødegård"]
    view = _view(qtbot, make_context, coach)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(_row_of(view, "Åse Ødegård"), 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.dialog is not None)
    dialog = view.dialog
    assert dialog is not None

    newest = app_services.audit.entries(users[Role.ADMIN], limit=1)[0]
    assert (newest.action, newest.actor_name, newest.entity_type, newest.entity_id) == (
        "view",
        "Jonas Berg",
        "participant",
        ase.id,
    )
    assert dialog.details == ase
    assert dialog.editors["last_name"].text() == "Ødegård"  # type: ignore[attr-defined]
    assert dialog.support_edit.toPlainText() == ase.support_needs
    assert dialog.windowTitle() == "Participant – Åse Ødegård"


def _conflict(
    qtbot: QtBot, make_context: MakeContext, coach: Actor, app_services: AppServices, ase: ParticipantDetails
) -> tuple[ParticipantsView, ParticipantDialog, QMessageBox]:
    """Open Åse, let another coach save a change meanwhile, then edit and save: a conflict."""
    other = make_user(app_services, "Anne Lund", Role.JOB_COACH, "112233")
    view = _view(qtbot, make_context, coach)
    dialog = _open_by_double_click(qtbot, view, "Åse Ødegård")
    assert dialog.details is not None and dialog.details.version == ase.version

    app_services.participants.update(
        other, ase.id, ase.version, _edited(ase, phone="40000000", nav_contact="NAV Lier")
    )
    _retype(qtbot, dialog.editors["phone"], "99999999")
    _retype(qtbot, dialog.editors["last_name"], "Ødegård-Berg")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return view, dialog, wait_for_box(qtbot, "conflictDialog")


def test_conflict_keep_my_version_saves_over_theirs(
    qtbot: QtBot, make_context: MakeContext, coach: Actor, app_services: AppServices, seeded: dict
) -> None:
    ase = seeded["Åse Ødegård"]
    view, _dialog, box = _conflict(qtbot, make_context, coach, app_services, ase)

    assert "changed by someone else" in box.text()
    listed = box.informativeText()
    for text in ("Phone", "40000000", "99999999", "Last name", "Ødegård-Berg", "NAV contact", "NAV Lier"):
        assert text in listed, text
    assert "First name" not in listed  # only what differs
    save_screenshot(box, "participant_conflict")
    # Their version is on screen now: that view is in the audit log.
    shown = app_services.audit.entries(SYSTEM, limit=1)[0]
    assert (shown.action, shown.actor_name, shown.entity_id, shown.detail) == (
        "view",
        coach.name,
        ase.id,
        "conflict",
    )

    click_box_button(qtbot, box, "conflictKeepMineButton")
    qtbot.waitUntil(lambda: view.dialog is None)
    stored = app_services.participants.get(coach, ase.id)
    assert (stored.phone, stored.last_name) == ("99999999", "Ødegård-Berg")
    assert stored.nav_contact == ase.nav_contact  # my version, as a whole, as the list showed
    assert stored.version == ase.version + 2  # their save, then mine


def test_conflict_go_back_keeps_my_edits_and_use_theirs_loads_theirs(
    qtbot: QtBot, make_context: MakeContext, coach: Actor, app_services: AppServices, seeded: dict
) -> None:
    ase = seeded["Åse Ødegård"]
    view, dialog, box = _conflict(qtbot, make_context, coach, app_services, ase)

    click_box_button(qtbot, box, "conflictBackButton")
    assert view.dialog is dialog
    assert dialog.editors["phone"].text() == "99999999"  # type: ignore[attr-defined]
    assert dialog.editors["last_name"].text() == "Ødegård-Berg"  # type: ignore[attr-defined]
    assert field_message(dialog, "participantSave").severity == "warning"
    stored = app_services.participants.get(coach, ase.id)
    assert (stored.phone, stored.last_name, stored.version) == ("40000000", "Ødegård", ase.version + 1)

    # Saving again asks again (the user has not chosen yet); this time take theirs.
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    box = wait_for_box(qtbot, "conflictDialog")
    click_box_button(qtbot, box, "conflictUseTheirsButton")
    assert view.dialog is dialog
    assert dialog.editors["phone"].text() == "40000000"  # type: ignore[attr-defined]
    assert dialog.editors["nav_contact"].text() == "NAV Lier"  # type: ignore[attr-defined]
    assert dialog.editors["last_name"].text() == "Ødegård"  # type: ignore[attr-defined]
    assert not dialog.is_dirty()

    # Their version is now the one the form is based on: a new edit saves without a conflict.
    _retype(qtbot, dialog.editors["phone"], "41111111")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.dialog is None)
    stored = app_services.participants.get(coach, ase.id)
    assert (stored.phone, stored.nav_contact, stored.version) == ("41111111", "NAV Lier", ase.version + 2)


# --- the model ----------------------------------------------------------------------------------


def test_the_model_fetches_page_by_page_and_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester, make_context: MakeContext, coach: Actor, app_services: AppServices
) -> None:
    for number in range(12):
        app_services.participants.create(
            coach, participant_input(coach.user_id, first_name=f"Test{number:02d}", last_name="Person")
        )
    model = ParticipantTableModel(make_context(coach), page_size=5)
    qtmodeltester.check(model)
    model.reload()
    qtbot.waitUntil(lambda: model.is_loaded and not model.is_loading)
    assert (model.rowCount(), model.total) == (5, 12)
    assert model.canFetchMore(QModelIndex())

    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda: not model.is_loading)
    assert model.rowCount() == 12
    assert _names(model) == [f"Test{number:02d} Person" for number in range(12)]
    assert not model.canFetchMore(QModelIndex())

    model.set_search("test1")
    qtbot.waitUntil(lambda: not model.is_loading and model.search == "test1")
    assert _names(model) == ["Test10 Person", "Test11 Person"]


def test_the_names_only_model_passes_the_python_model_tester(
    qtbot: QtBot, qtmodeltester, make_context: MakeContext, users: dict[Role, Actor], seeded: dict
) -> None:
    model = ParticipantTableModel(make_context(users[Role.CANTEEN_MANAGER]), page_size=2)
    qtmodeltester.check(model, force_py=True)
    model.reload()
    qtbot.waitUntil(lambda: model.is_loaded and not model.is_loading)
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: not model.is_loading)
    assert model.rowCount() == 3
    assert model.columnCount() == 1


def test_logging_out_closes_the_open_dialog_without_asking(
    qtbot: QtBot, make_context: MakeContext, coach: Actor, app_services: AppServices, seeded: dict
) -> None:
    """Idle lock and logout call shutdown(): participant data must leave the screen at once."""
    view = _view(qtbot, make_context, coach)
    dialog = _open_by_double_click(qtbot, view, "Åse Ødegård")
    _retype(qtbot, dialog.editors["phone"], "12121212")

    view.shutdown()
    qtbot.waitUntil(lambda: view.dialog is None)
    assert top_level("discardDialog") is None
    assert app_services.participants.get(coach, seeded["Åse Ødegård"].id).phone == "91234567"


def test_sorting_by_any_column_and_marks_for_ending_and_past_the_limit(
    qtbot: QtBot, make_context: MakeContext, coach: Actor, app_services: AppServices
) -> None:
    today = date.today()
    other = make_user(app_services, "Amina Hassan", Role.JOB_COACH, "975310")
    create = app_services.participants.create
    people = {
        # name: (measure, start, planned end, coach)
        "Yonas Haile": ("vta", today - timedelta(days=400), today + timedelta(days=500), other),
        "Ingrid Dahl": ("arbeidstrening", today - timedelta(days=300), today + timedelta(days=50), coach),
        "Ali Rahimi": ("oppfolging", today - timedelta(days=100), today + timedelta(days=200), other),
    }
    for name, (measure, start, end, owner) in people.items():
        first, last = name.split()
        create(
            coach,
            participant_input(
                owner.user_id,
                first_name=first,
                last_name=last,
                nav_measure=measure,
                measure_start=start,
                measure_planned_end=end,
            ),
        )
    view = _view(qtbot, make_context, coach)
    model, header = view.model, view.table.horizontalHeader()
    assert _names(model) == ["Ingrid Dahl", "Yonas Haile", "Ali Rahimi"]  # by last name

    def sort_by(column: int) -> list[str]:
        with qtbot.waitSignal(model.modelReset):
            qtbot.mouseClick(
                header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, column)
            )
        settle(qtbot, view._context.ops)
        return _names(model)

    assert sort_by(2) == ["Ingrid Dahl", "Ali Rahimi", "Yonas Haile"]  # planned end, soonest first
    assert sort_by(2) == ["Yonas Haile", "Ali Rahimi", "Ingrid Dahl"]  # again: latest first
    assert sort_by(3) == ["Yonas Haile", "Ali Rahimi", "Ingrid Dahl"]  # coach: Amina before Jonas
    assert sort_by(1) == ["Ingrid Dahl", "Ali Rahimi", "Yonas Haile"]  # Arbeidstrening, Oppfølging, VTA
    assert header.sortIndicatorSection() == 1

    ingrid = _row_of(view, "Ingrid Dahl")  # ends in 50 days: within the 60 days' notice
    assert model.data(model.index(ingrid, 2), Qt.ItemDataRole.ToolTipRole) == "The measure ends in 50 days."
    ali = _row_of(view, "Ali Rahimi")  # Oppfølging is usually 6 months; 300 days is past it
    measure_cell = model.index(ali, 1)
    assert model.data(measure_cell, Qt.ItemDataRole.DecorationRole) is not None
    assert "Past the usual limit for this measure" in model.data(measure_cell, Qt.ItemDataRole.ToolTipRole)
    yonas = _row_of(view, "Yonas Haile")  # VTA has no time limit, ends far ahead: nothing to mark
    assert model.data(model.index(yonas, 1), Qt.ItemDataRole.DecorationRole) is None
    assert model.data(model.index(yonas, 2), Qt.ItemDataRole.DecorationRole) is None
    save_screenshot(view, "participants_sorted_and_marked")


def _section_centre(header: object, column: int) -> QPoint:
    from PySide6.QtWidgets import QHeaderView

    assert isinstance(header, QHeaderView)
    return QPoint(
        header.sectionViewportPosition(column) + header.sectionSize(column) // 2, header.height() // 2
    )
