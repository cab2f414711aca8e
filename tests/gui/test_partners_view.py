"""The partner companies page in the GUI (R1) and the matching both ways (R1/R2), on a real
SQLite file: the company list and the chosen company's locations, contacts and positions; the
forms with their messages next to the fields and "keep mine / use theirs"; the position form
that takes its needs from the competence framework with the framework's level names; the
participants closest to ready for a position, and a participant's matching positions opened
from the participant list."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

import ui.shell.pages  # noqa: F401 - the shell offers the matching in the participant list
from canteen_app.access import Actor, Role
from canteen_app.app import AppServices, build_services, open_database
from canteen_app.demo.partners import DemoPartners, insert_partners
from canteen_app.referrals.partners.rules import LocationInput, PartnerRecord
from canteen_app.training.competence.framework_data import AREAS
from canteen_app.training.plans.rules import AssessmentInput, PlanGoalInput
from tests.conftest import FAST_HASHER, FakeClock
from tests.gui.a11y_checks import accessible_name, clipped_widgets, describe, tab_chain
from tests.gui.conftest import click_box_button, field_message, save_screenshot, settle, wait_for_box
from tests.helpers import SYSTEM, make_user, participant_input
from ui.common.context import UiContext
from ui.referrals.partners import (
    CandidatesDialog,
    CompanyDialog,
    LocationDialog,
    MatchesDialog,
    PartnersView,
    PositionDialog,
)
from ui.training.participants import ParticipantsView

MakeContext = Callable[..., UiContext]
pytestmark = pytest.mark.usefixtures("theme")  # the program's own look, undone after each test

NORDLYS = "Nordlys Kantiner AS"
GOALS = {goal.code: goal.text_en for area in AREAS for goal in area.goals}


@pytest.fixture
def app_services(sqlite_url: str, clock: FakeClock) -> Iterator[AppServices]:
    services = build_services(open_database(sqlite_url), clock, FAST_HASHER)
    yield services
    services.close()


@pytest.fixture
def coach(app_services: AppServices) -> Actor:
    return make_user(app_services, "Jonas Berg", Role.JOB_COACH)


@pytest.fixture
def partners(app_services: AppServices) -> DemoPartners:
    return app_services.write(lambda app: insert_partners(app, SYSTEM)).value


def _view(qtbot: QtBot, context: UiContext) -> PartnersView:
    view = PartnersView(context)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    qtbot.waitUntil(lambda: not view.is_loading and view.details is not None, timeout=10_000)
    settle(qtbot, context.ops)
    return view


def _names(view: PartnersView) -> list[str]:
    return [view.proxy.data(view.proxy.index(row, 0)) for row in range(view.proxy.rowCount())]


def _rows(view: PartnersView, kind: PartnerRecord) -> list[str]:
    table = view.tabs[kind].table
    model = table.model()
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def _choose_company(qtbot: QtBot, view: PartnersView, name: str) -> None:
    with qtbot.waitSignal(view.company_shown, timeout=10_000):
        view.table.selectRow(_names(view).index(name))


def _choose(view: PartnersView, kind: PartnerRecord, name: str) -> None:
    view.tab_widget.setCurrentIndex(list(view.tabs).index(kind))
    view.tabs[kind].table.selectRow(_rows(view, kind).index(name))


def _click(qtbot: QtBot, button: QPushButton | None) -> None:
    assert button is not None and button.isEnabled(), describe(button) if button else "no button"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _wait_dialog(qtbot: QtBot, view: PartnersView) -> object:
    qtbot.waitUntil(lambda: view.dialog is not None, timeout=10_000)
    return view.dialog


def _save(qtbot: QtBot, view: PartnersView, dialog: CompanyDialog | LocationDialog | PositionDialog) -> None:
    with qtbot.waitSignal(view.record_saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, view._context.ops)


# --- the list and the chosen company ---------------------------------------------------------------


def test_the_companies_and_the_chosen_ones_locations_contacts_and_positions(
    qtbot: QtBot, make_context: MakeContext, coach: Actor, partners: DemoPartners
) -> None:
    view = _view(qtbot, make_context(coach))
    assert _names(view) == [
        "Fjordmat Storkjøkken AS",
        "Grønn Lunsj AS",
        "Kaffe & Kantine Drift AS",
        "Nordlys Kantiner AS",
    ]
    assert view.count_label.text() == "Companies: 4"
    _choose_company(qtbot, view, NORDLYS)
    assert (
        NORDLYS in view.details_title.text() and "www.nordlys-kantiner.example" in view.details_title.text()
    )
    assert _rows(view, PartnerRecord.LOCATION) == [
        "Nordlys Bjørvika",
        "Nordlys Bryggen",
        "Nordlys Pirsenteret",
    ]
    assert _rows(view, PartnerRecord.CONTACT) == ["Hanne Vik", "Ingrid Solberg", "Martin Lie"]
    contacts = view.tabs[PartnerRecord.CONTACT].model
    assert contacts.display("location", contacts.rows[1]) == "The whole company"
    assert contacts.display("location", contacts.rows[2]) == "Nordlys Bjørvika"
    _choose(view, PartnerRecord.POSITION, "Oppvasker")
    assert view.needs_title.text() == "Oppvasker needs:"
    needs = view.needs_texts()
    assert needs[0] == "Cleaning, dishwashing and machines – the whole area: at least 3 – Independently"
    assert len(needs) == 4
    assert view.candidates_button is not None and view.candidates_button.isEnabled()
    assert clipped_widgets(view) == []
    save_screenshot(view, "partners_positions")

    view.search_edit.setText("lunsj")
    qtbot.waitUntil(lambda: _names(view) == ["Grønn Lunsj AS"], timeout=10_000)
    assert view.count_label.text() == "Found: 1"
    view.shutdown()


def test_a_canteen_manager_reads_the_partners_without_changing_or_matching(
    qtbot: QtBot, make_context: MakeContext, app_services: AppServices, partners: DemoPartners
) -> None:
    manager = make_user(app_services, "Kari Nordmann", Role.CANTEEN_MANAGER)
    view = _view(qtbot, make_context(manager))
    assert len(_names(view)) == 4
    assert view.company_buttons == {} and view.candidates_button is None
    assert all(tab.new_button is None for tab in view.tabs.values())
    save_screenshot(view, "partners_manager")
    view.shutdown()


# --- the forms ------------------------------------------------------------------------------------


def test_a_new_company_is_told_at_the_field_when_its_organisation_number_is_wrong(
    qtbot: QtBot, make_context: MakeContext, coach: Actor, partners: DemoPartners
) -> None:
    view = _view(qtbot, make_context(coach))
    _click(qtbot, view.company_buttons["new"])
    dialog = _wait_dialog(qtbot, view)
    assert isinstance(dialog, CompanyDialog) and dialog.windowTitle() == "New partner company"
    qtbot.keyClicks(dialog.name_edit, "Solsiden Storhusholdning AS")
    qtbot.keyClicks(dialog.org_number_edit, "923 609 017")
    qtbot.keyClick(dialog.org_number_edit, Qt.Key.Key_Tab)
    message = field_message(dialog, "org_number")
    qtbot.waitUntil(message.isVisible, timeout=5_000)
    assert "check digit" in message.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Not saved" in field_message(dialog, "companySave").text()
    save_screenshot(dialog, "partners_company_form_error")

    dialog.org_number_edit.setText("923 609 016")  # the demo companies have no number
    qtbot.waitUntil(lambda: not message.isVisible(), timeout=5_000)
    _save(qtbot, view, dialog)
    qtbot.waitUntil(lambda: "Solsiden Storhusholdning AS" in _names(view), timeout=10_000)
    qtbot.waitUntil(
        lambda: view.selected_company() is not None and view.selected_company().name.startswith("Sol")
    )
    assert view.saved_label.text() == "Saved: Solsiden Storhusholdning AS"

    # A second company with the same number: the service's own check, shown at the field.
    _click(qtbot, view.company_buttons["new"])
    second = _wait_dialog(qtbot, view)
    assert isinstance(second, CompanyDialog)
    qtbot.keyClicks(second.name_edit, "Enda en AS")
    qtbot.keyClicks(second.org_number_edit, "923609016")
    qtbot.mouseClick(second.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, view._context.ops)
    assert (
        field_message(second, "org_number").text() == "Another partner company has this organisation number."
    )
    second.force_close()
    view.shutdown()


def test_a_location_changed_meanwhile_keeps_the_typing_and_offers_theirs(
    qtbot: QtBot, make_context: MakeContext, app_services: AppServices, coach: Actor, partners: DemoPartners
) -> None:
    view = _view(qtbot, make_context(coach))
    _choose_company(qtbot, view, NORDLYS)
    _choose(view, PartnerRecord.LOCATION, "Nordlys Bryggen")
    _click(qtbot, view.tabs[PartnerRecord.LOCATION].edit_button)
    dialog = _wait_dialog(qtbot, view)
    assert isinstance(dialog, LocationDialog) and dialog.city_edit.text() == "Bergen"
    company_id, location_id = partners.companies[NORDLYS], partners.locations[(NORDLYS, "Nordlys Bryggen")]
    app_services.write(  # another PC moves the street meanwhile
        lambda app: app.partners.save_location(
            coach, company_id, LocationInput("Nordlys Bryggen", "Bryggen 1", "5003", "Bergen"), location_id, 1
        )
    )
    dialog.street_edit.setText("Kaigaten 6")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    box = wait_for_box(qtbot, "locationConflictDialog")
    assert dialog.street_edit.text() == "Kaigaten 6"  # the typing stays
    save_screenshot(box, "partners_location_conflict")
    click_box_button(qtbot, box, "conflictUseTheirsButton")
    assert dialog.street_edit.text() == "Bryggen 1" and dialog.expected_version == 2
    dialog.street_edit.setText("Kaigaten 6")
    _save(qtbot, view, dialog)
    stored = app_services.read(lambda app: app.partners.company(coach, company_id)).value.location(
        location_id
    )
    assert stored is not None and stored.street == "Kaigaten 6"
    view.shutdown()


def test_the_position_form_takes_its_needs_from_the_framework_with_its_level_names(
    qtbot: QtBot, make_context: MakeContext, app_services: AppServices, coach: Actor, partners: DemoPartners
) -> None:
    view = _view(qtbot, make_context(coach))
    _choose_company(qtbot, view, "Grønn Lunsj AS")
    view.tab_widget.setCurrentIndex(2)
    _click(qtbot, view.tabs[PartnerRecord.POSITION].new_button)
    dialog = _wait_dialog(qtbot, view)
    assert isinstance(dialog, PositionDialog)
    levels = [dialog.level_combo.itemText(n) for n in range(dialog.level_combo.count())]
    assert levels == ["1 – With help", "2 – With support", "3 – Independently", "4 – Can show others"]

    qtbot.keyClicks(dialog.title_edit, "Lager- og varemottaksmedarbeider")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no needs yet
    assert field_message(dialog, "needs").text() == "Choose at least one competence the position needs."

    assert dialog.pick(3, None)  # the whole area 3
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData(3))
    _click(qtbot, dialog.add_need_button)
    dialog.find_edit.setText("allergen")
    allergens = next(
        item.data(0, Qt.ItemDataRole.UserRole + 2)
        for item in dialog._items()
        if item.data(0, Qt.ItemDataRole.UserRole + 2) is not None and not item.isHidden()
    )
    assert dialog.pick(None, allergens)
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData(2))
    _click(qtbot, dialog.add_need_button)
    assert dialog.need_texts() == [
        "Goods receipt and storage – the whole area: at least 3 – Independently",
        "Names the 14 allergens that must be labelled, with examples of foods: at least 2 – With support",
    ]
    qtbot.waitUntil(lambda: not field_message(dialog, "needs").isVisible(), timeout=5_000)
    # Choosing a listed need and another level changes it in place.
    dialog.needs_list.setCurrentRow(0)
    assert dialog.add_need_button.text() == "Change the level"
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData(4))
    _click(qtbot, dialog.add_need_button)
    assert dialog.need_texts()[0].endswith("at least 4 – Can show others")
    save_screenshot(dialog, "partners_position_form")
    chain = tab_chain(qtbot, dialog.title_edit)
    assert [describe(c) for c in chain if not accessible_name(c).strip()] == []
    assert dialog.picker in chain and dialog.level_combo in chain and dialog.add_need_button in chain

    _save(qtbot, view, dialog)
    company = app_services.read(
        lambda app: app.partners.company(coach, partners.companies["Grønn Lunsj AS"])
    ).value
    stored = next(p for p in company.positions if p.title == "Lager- og varemottaksmedarbeider")
    assert [(n.area_number, n.competence_goal_id, n.min_level) for n in stored.needs] == [
        (3, None, 4),
        (None, allergens, 2),
    ]
    qtbot.waitUntil(
        lambda: (found := view.selected_record(PartnerRecord.POSITION)) is not None and found.id == stored.id,
        timeout=10_000,
    )
    view.shutdown()


def test_a_deactivated_location_leaves_the_list_and_comes_back(
    qtbot: QtBot, make_context: MakeContext, coach: Actor, partners: DemoPartners
) -> None:
    view = _view(qtbot, make_context(coach))
    _choose_company(qtbot, view, NORDLYS)
    _choose(view, PartnerRecord.LOCATION, "Nordlys Bryggen")
    _click(qtbot, view.tabs[PartnerRecord.LOCATION].remove_button)
    box = wait_for_box(qtbot, "removePartnerDialog")
    click_box_button(qtbot, box, "confirmDeactivateButton")
    qtbot.waitUntil(lambda: "Nordlys Bryggen" not in _rows(view, PartnerRecord.LOCATION), timeout=10_000)
    view.inactive_box.setChecked(True)
    qtbot.waitUntil(
        lambda: "Nordlys Bryggen (inactive)" in _rows(view, PartnerRecord.LOCATION), timeout=10_000
    )
    _choose(view, PartnerRecord.LOCATION, "Nordlys Bryggen (inactive)")
    button = view.tabs[PartnerRecord.LOCATION].remove_button
    assert button is not None and button.text() == "Bring back"
    _click(qtbot, button)
    qtbot.waitUntil(lambda: "Nordlys Bryggen" in _rows(view, PartnerRecord.LOCATION), timeout=10_000)
    view.shutdown()


# --- matching ---------------------------------------------------------------------------------------


@pytest.fixture
def assessed(app_services: AppServices, coach: Actor, partners: DemoPartners) -> dict[str, int]:
    """Three participants with coach assessments of what Nordlys' dishwasher needs."""
    areas = app_services.read(lambda app: app.competence.framework(coach)).value
    code = {goal.code: goal.id for area in areas for goal in area.goals}
    people = {}
    for first, last, levels in (
        ("Saron", "Haile", {"A04.1": 3, "A04.2": 3, "A05.2": 3, "A11.1": 3}),
        ("Piotr", "Nowak", {"A04.1": 3, "A04.2": 2, "A05.2": 3}),
        ("Olena", "Kovalenko", {"A04.1": 1}),
    ):
        data = participant_input(coach.user_id, first_name=first, last_name=last)
        participant_id = app_services.write(
            lambda app, data=data: app.participants.create(coach, data)
        ).value.id
        for goal_code, level in levels.items():
            goal = app_services.write(
                lambda app, pid=participant_id, g=code[goal_code]: app.plans.add_goal(
                    coach, pid, PlanGoalInput(g)
                )
            ).value
            assessment = AssessmentInput(goal.id, level, date(2026, 11, 2), "Observert på oppvasken")
            app_services.write(lambda app, a=assessment: app.plans.assess(coach, a))
        people[f"{first} {last}"] = participant_id
    return people


def test_closest_to_ready_ranks_the_participants_with_their_met_and_missing_needs(
    qtbot: QtBot, make_context: MakeContext, coach: Actor, partners: DemoPartners, assessed: dict[str, int]
) -> None:
    view = _view(qtbot, make_context(coach))
    _choose_company(qtbot, view, NORDLYS)
    _choose(view, PartnerRecord.POSITION, "Oppvasker")
    _click(qtbot, view.candidates_button)
    qtbot.waitUntil(lambda: view.candidates_dialog is not None, timeout=10_000)
    dialog = view.candidates_dialog
    assert isinstance(dialog, CandidatesDialog)
    qtbot.waitUntil(lambda: not dialog.is_loading, timeout=10_000)
    rows = [(r.candidate.name, dialog.model.display("met", r)) for r in dialog.model.rows]
    assert rows == [("Saron Haile", "4 of 4"), ("Piotr Nowak", "1 of 4"), ("Olena Kovalenko", "0 of 4")]
    dialog.table.selectRow(1)
    model = dialog.need_model
    needs = [
        (model.display("need", r), model.display("now", r), model.display("status", r)) for r in model.rows
    ]
    # Met first, then missing, each in the position's order. Area 4's level is the mean of
    # Piotr's latest levels in its goals: (3 + 2) / 2.
    assert needs == [
        (GOALS["A05.2"], "3", "✓ Met"),
        ("Cleaning, dishwashing and machines – the whole area", "2.5", "Missing: 0.5 below"),
        (GOALS["A04.2"], "2", "Missing: 1 below"),
        (GOALS["A11.1"], "not assessed", "Missing: not assessed"),
    ]
    save_screenshot(dialog, "partners_closest_to_ready")
    dialog.close()
    view.shutdown()


def test_the_participant_list_opens_a_participants_matching_positions(
    qtbot: QtBot, make_context: MakeContext, coach: Actor, partners: DemoPartners, assessed: dict[str, int]
) -> None:
    context = make_context(coach)
    view = ParticipantsView(context)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    settle(qtbot, context.ops)
    button = view.tool_buttons["matches"]
    assert button.text() == "Matching positions…"
    names = [view.model.row_at(row).full_name for row in range(view.model.rowCount())]
    view.table.selectRow(names.index("Saron Haile"))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.findChild(MatchesDialog) is not None, timeout=10_000)
    dialog = view.findChild(MatchesDialog)
    assert dialog is not None and dialog.windowTitle() == "Matching positions – Saron Haile"
    qtbot.waitUntil(lambda: not dialog.is_loading, timeout=10_000)
    # The three chains' dishwashers need the same (one a level lower): all met, by company name.
    best = dialog.model.rows[:3]
    assert [(row.match.company_name, row.match.position_title) for row in best] == [
        ("Fjordmat Storkjøkken AS", "Oppvasker"),
        ("Kaffe & Kantine Drift AS", "Oppvasker"),
        (NORDLYS, "Oppvasker"),
    ]
    assert [dialog.model.display("met", row) for row in best] == ["4 of 4"] * 3
    assert dialog.needs_title.text() == "Oppvasker at Fjordmat Storkjøkken AS:"
    assert [dialog.need_model.display("status", r) for r in dialog.need_model.rows] == ["✓ Met"] * 4
    scores = [row.match.score for row in dialog.model.rows]
    assert scores == sorted(scores, reverse=True) and len(scores) == 12  # every demo position
    save_screenshot(dialog, "partners_matching_positions")
    dialog.close()
    view.shutdown()


def test_typing_in_a_form_is_kept_over_the_idle_lock_and_comes_back(
    qtbot: QtBot, make_context: MakeContext, coach: Actor, partners: DemoPartners
) -> None:
    context = make_context(coach)
    view = _view(qtbot, context)
    _choose_company(qtbot, view, NORDLYS)
    _choose(view, PartnerRecord.CONTACT, "Martin Lie")
    _click(qtbot, view.tabs[PartnerRecord.CONTACT].edit_button)
    dialog = _wait_dialog(qtbot, view)
    dialog.role_edit.setText("Kjøkkensjef og rekrutterer")  # type: ignore[attr-defined]
    drafts = view.unsaved_work()
    assert [draft.title for draft in drafts] == ["Martin Lie at Nordlys Kantiner AS"]
    view.shutdown()  # the lock: the form leaves the screen at once
    assert view.dialog is None

    again = _view(qtbot, context)
    again.resume(drafts[0])
    qtbot.waitUntil(lambda: again.dialog is not None, timeout=10_000)
    resumed = again.dialog
    assert resumed is not None and resumed.role_edit.text() == "Kjøkkensjef og rekrutterer"  # type: ignore[attr-defined]
    assert "back" in field_message(resumed, "contactSave").text()
    resumed.force_close()
    again.shutdown()
