"""The participant's profile in the GUI (T2/T3): the training plan's goals by area, goals added
from the framework and of our own, the coach's assessments with their evidence, both kinds of
assessment on each goal's timeline, the competence chart, the framework's local and retired
goals, and what a role without EDIT_PARTICIPANTS gets; real widgets on a real SQLite file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
import shiboken6
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices
from canteen_app.platform.audit.rules import AuditFilter
from canteen_app.training.competence.framework_data import AREAS
from canteen_app.training.plans.rules import AssessmentInput, AssessmentKind, PlanGoalInput
from tests.gui.a11y_checks import accessible_name, clipped_widgets, describe, reachable_controls, tab_chain
from tests.gui.conftest import click_box_button, field_message, save_screenshot, settle, wait_for_box
from tests.helpers import participant_input
from ui.common.context import UiContext
from ui.common.formatting import format_date
from ui.common.i18n import install_language
from ui.common.navigation import participant_actions
from ui.training.plans import (
    AssessmentDialog,
    FrameworkDialog,
    LocalGoalDialog,
    PlanGoalDialog,
    TrainingPlanWindow,
)
from ui.training.plans.trees import leaves

MakeContext = Callable[..., UiContext]
HANDS = AREAS[0].goals[0]  # "Washes hands by the set routine before handling food, ..."
TEMPERATURES = AREAS[1].goals[0]


@pytest.fixture
def coach(users: dict[Role, Actor]) -> Actor:
    return users[Role.JOB_COACH]


@pytest.fixture
def participant_id(app_services: AppServices, coach: Actor) -> int:
    return app_services.participants.create(coach, participant_input(coach.user_id)).id


def _goal_id(services: AppServices, coach: Actor, code: str) -> int:
    areas = services.competence.framework(coach, include_retired=True)
    return next(goal.id for area in areas for goal in area.goals if goal.code == code)


def _profile(qtbot: QtBot, context: UiContext, participant_id: int) -> TrainingPlanWindow:
    window = TrainingPlanWindow(context, participant_id, None, "Åse Ødegård")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    _loaded(qtbot, window)
    return window


def _loaded(qtbot: QtBot, window: TrainingPlanWindow) -> None:
    settle(qtbot, window._context.ops)
    qtbot.waitUntil(lambda: not window.is_loading and window.data is not None)
    settle(qtbot, window._context.ops)


def _click(qtbot: QtBot, button: QPushButton | None) -> None:
    assert button is not None and button.isVisible() and button.isEnabled(), describe(button)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _dialog(qtbot: QtBot, window: TrainingPlanWindow, kind: type) -> QWidget:
    qtbot.waitUntil(lambda: isinstance(window.open_dialog, kind))
    dialog = window.open_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def _save_and_wait(qtbot: QtBot, window: TrainingPlanWindow, dialog: QWidget, button: QPushButton) -> None:
    _click(qtbot, button)
    qtbot.waitUntil(lambda: not _shown(dialog))
    _loaded(qtbot, window)


def _shown(widget: QWidget) -> bool:
    return shiboken6.isValid(widget) and widget.isVisible()


def _plan(services: AppServices, coach: Actor, participant_id: int) -> list[PlanGoalInput]:
    plan = services.plans.plan_for_report(participant_id)
    return [
        PlanGoalInput(
            goal.competence_goal_id,
            goal.text if goal.competence_goal_id is None else "",
            goal.target_level,
            goal.target_date,
            goal.tasks,
        )
        for goal in plan.goals
    ]


# --- the plan ------------------------------------------------------------------------------------


def test_a_coach_adds_a_framework_goal_and_a_goal_of_our_own(
    qtbot: QtBot, make_context: MakeContext, coach: Actor, app_services: AppServices, participant_id: int
) -> None:
    retired = _goal_id(app_services, coach, AREAS[0].goals[1].code)
    app_services.competence.retire_goal(coach, retired)
    window = _profile(qtbot, make_context(coach), participant_id)
    assert window.summary.text() == "The plan has no goals yet."
    assert window.self_button is not None and not window.self_button.isEnabled()

    # From the framework: find it by a word, pick it, give it a target and the stations.
    _click(qtbot, window.add_button)
    dialog = _dialog(qtbot, window, PlanGoalDialog)
    assert isinstance(dialog, PlanGoalDialog)
    assert AREAS[0].goals[1].text_en not in " ".join(dialog.goal_texts()), "a retired goal is offered"
    assert HANDS.text_en in dialog.goal_texts()
    qtbot.keyClicks(dialog.find_edit, "hands routine")
    shown = [item for item in leaves(dialog.picker) if not item.isHidden()]
    assert [item.text(0) for item in shown] == [HANDS.text_en]
    dialog.picker.setCurrentItem(shown[0])
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData(4))
    target = date.today() + timedelta(days=60)
    dialog.date_edit.setDate(QDate(target.year, target.month, target.day))
    qtbot.keyClicks(dialog.tasks_edit, "Hand basin by the dishwasher")
    save_screenshot(dialog, "plan_goal_dialog_framework")
    _save_and_wait(qtbot, window, dialog, dialog.save_button)

    # Our own: nothing written is refused next to the field; then written, it is saved.
    _click(qtbot, window.add_button)
    dialog = _dialog(qtbot, window, PlanGoalDialog)
    assert isinstance(dialog, PlanGoalDialog)
    qtbot.mouseClick(dialog.free_radio, Qt.MouseButton.LeftButton)
    assert dialog.free_edit.isEnabled() and not dialog.picker.isEnabled()
    _click(qtbot, dialog.save_button)
    assert field_message(dialog, "free_text").isVisible()
    assert "goal of your own" in field_message(dialog, "free_text").text()
    qtbot.keyClicks(dialog.free_edit, "Takes the bus to work on his own")
    qtbot.keyClicks(dialog.tasks_edit, "The way to work")
    _save_and_wait(qtbot, window, dialog, dialog.save_button)

    hands_id = _goal_id(app_services, coach, HANDS.code)
    assert _plan(app_services, coach, participant_id) == [
        PlanGoalInput(hands_id, "", 4, target, "Hand basin by the dishwasher"),
        PlanGoalInput(
            None,
            "Takes the bus to work on his own",
            3,
            window.data.plan.goals[1].target_date,
            "The way to work",
        ),
    ]
    assert window.goal_rows() == [
        (
            "Personal hygiene",
            [[HANDS.text_en, "Can show others", format_date(target), "–", "–", "Not assessed yet"]],
        ),
        (
            "Our own goals",
            [
                [
                    "Takes the bus to work on his own",
                    "Independently",
                    format_date(window.data.plan.goals[1].target_date),
                    "–",
                    "–",
                    "Not assessed yet",
                ]
            ],
        ),
    ]
    assert window.summary.text() == "Goals: 2 · not assessed yet"
    save_screenshot(window, "training_plan_two_goals")


def test_a_goal_is_changed_and_removed_after_a_question_and_its_history_stays(
    qtbot: QtBot, make_context: MakeContext, coach: Actor, app_services: AppServices, participant_id: int
) -> None:
    hands_id = _goal_id(app_services, coach, HANDS.code)
    goal = app_services.plans.add_goal(coach, participant_id, PlanGoalInput(hands_id, target_level=3))
    app_services.plans.assess(coach, AssessmentInput(goal.id, 2, date.today(), "Washed hands when reminded"))
    window = _profile(qtbot, make_context(coach), participant_id)

    _click(qtbot, window.change_button)
    dialog = _dialog(qtbot, window, PlanGoalDialog)
    assert isinstance(dialog, PlanGoalDialog)
    assert not dialog.picker.isEnabled(), "an assessed goal keeps its goal"
    assert dialog.picker_hint.isVisible()
    dialog.tasks_edit.setPlainText("Cold kitchen")
    _save_and_wait(qtbot, window, dialog, dialog.save_button)
    assert app_services.plans.plan_for_report(participant_id).goals[0].tasks == "Cold kitchen"
    assert "Stations and tasks: Cold kitchen" in window.goal_facts.text()

    # Retired meanwhile, the goal stays in the plan and can still be changed.
    app_services.competence.retire_goal(coach, hands_id)  # on another PC: this one reloads
    window.reload()
    _loaded(qtbot, window)
    _click(qtbot, window.change_button)
    dialog = _dialog(qtbot, window, PlanGoalDialog)
    assert isinstance(dialog, PlanGoalDialog)
    assert any("(retired)" in text for text in dialog.goal_texts())
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData(4))
    _save_and_wait(qtbot, window, dialog, dialog.save_button)
    assert app_services.plans.plan_for_report(participant_id).goals[0].target_level == 4

    _click(qtbot, window.remove_button)
    box = wait_for_box(qtbot, "removeGoalQuestion")
    click_box_button(qtbot, box, "keepPlanGoalButton")
    assert len(app_services.plans.plan_for_report(participant_id).goals) == 1
    _click(qtbot, window.remove_button)
    box = wait_for_box(qtbot, "removeGoalQuestion")
    click_box_button(qtbot, box, "confirmRemoveButton")
    _loaded(qtbot, window)
    assert app_services.plans.plan_for_report(participant_id).goals == ()
    assert window.goal_rows() == []
    assert window.notice.text() == "The goal is removed from the plan."
    assert [a.evidence for a in app_services.plans.timeline(coach, participant_id)] == [
        "Washed hands when reminded"
    ]


# --- assessments, the timeline, the chart --------------------------------------------------------


def test_an_assessment_needs_evidence_and_the_profile_shows_both_timelines_and_the_chart(
    qtbot: QtBot,
    make_context: MakeContext,
    coach: Actor,
    users: dict[Role, Actor],
    app_services: AppServices,
    participant_id: int,
) -> None:
    admin = users[Role.ADMIN]
    hands_id = _goal_id(app_services, coach, HANDS.code)
    temperatures_id = _goal_id(app_services, coach, TEMPERATURES.code)
    hands = app_services.plans.add_goal(coach, participant_id, PlanGoalInput(hands_id, target_level=3))
    temperatures = app_services.plans.add_goal(
        coach, participant_id, PlanGoalInput(temperatures_id, target_level=4)
    )
    app_services.plans.add_goal(coach, participant_id, PlanGoalInput(None, "Takes the bus", 3))
    last_week = date.today() - timedelta(days=7)
    app_services.plans.assess(
        coach, AssessmentInput(temperatures.id, 1, last_week, "Read the thermometer with help")
    )
    app_services.plans.self_assess(coach, participant_id, {hands.id: 3})
    window = _profile(qtbot, make_context(coach), participant_id)
    window.select_goal(hands.id)

    _click(qtbot, window.assess_button)
    dialog = _dialog(qtbot, window, AssessmentDialog)
    assert isinstance(dialog, AssessmentDialog)
    assert dialog.date_edit.date() == QDate.currentDate()
    radio = dialog.level_radios[2]
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))  # its circle
    assert radio.isChecked()
    _click(qtbot, dialog.save_button)  # no evidence
    settle(qtbot, window._context.ops)
    evidence = field_message(dialog, "evidence")
    assert evidence.isVisible() and evidence.text() == "Write what you observed, and on which task."
    assert dialog.isVisible()
    assert [a.kind for a in app_services.plans.timeline(coach, participant_id)] == [
        AssessmentKind.COACH,
        AssessmentKind.SELF,
    ]
    save_screenshot(dialog, "assessment_dialog_evidence_refused")
    qtbot.keyClicks(dialog.evidence_edit, "Washed hands at the basin before the salad, unasked")
    assert not evidence.isVisible()
    _save_and_wait(qtbot, window, dialog, dialog.save_button)
    assert window.notice.text() == "The assessment is saved."

    # Both kinds on the goal's timeline, newest first; the levels in words.
    window.select_goal(hands.id)
    rows = window.timeline_rows()
    assert sorted(row[1] for row in rows) == ["Coach", "Participant's own"]
    coach_row = next(row for row in rows if row[1] == "Coach")
    assert coach_row[2:] == [
        "2 – With support",
        "Washed hands at the basin before the salad, unasked",
        "Jonas Berg",
    ]
    own_row = next(row for row in rows if row[1] == "Participant's own")
    assert own_row[2] == "3 – Independently"
    assert window.goal_rows()[0][1][0][3:5] == ["2 – With support", "3 – Independently"]
    window.select_goal(temperatures.id)
    assert [row[1:3] for row in window.timeline_rows()] == [["Coach", "1 – With help"]]
    assert "At the start: 1 – With help." in window.goal_facts.text()
    save_screenshot(window, "training_plan_timeline")

    # The chart: a pair of bars per area of the plan, "now" against the target.
    window.tabs.setCurrentIndex(1)
    chart = window.chart
    assert chart.area_axis.categories() == [
        "2. Internal control – temperature logs and cleaning plans",
        "1. Personal hygiene",
    ]
    assert list(chart.now_set.at(i) for i in range(2)) == [1.0, 2.0]
    assert list(chart.target_set.at(i) for i in range(2)) == [4.0, 3.0]
    assert window.chart_note.text() == "Goals of our own are not in the chart (1)."
    assert "Personal hygiene: now 2, target 3" in chart.accessibleDescription()
    save_screenshot(window, "training_plan_chart")

    # Every look at the plan and its assessments is in the audit log, under the coach's name.
    entries = app_services.audit.entries(admin, filters=AuditFilter(participant_id=participant_id))
    views = {(e.action, e.actor_name, e.detail) for e in entries if e.action == "view"}
    assert {("view", "Jonas Berg", "training plan"), ("view", "Jonas Berg", "assessments")} <= views


def test_an_overdue_goal_is_marked_in_words(
    qtbot: QtBot, make_context: MakeContext, coach: Actor, app_services: AppServices, participant_id: int
) -> None:
    hands_id = _goal_id(app_services, coach, HANDS.code)
    goal = app_services.plans.add_goal(
        coach,
        participant_id,
        PlanGoalInput(hands_id, target_level=3, target_date=date.today() - timedelta(days=1)),
    )
    app_services.plans.assess(
        coach, AssessmentInput(goal.id, 2, date.today() - timedelta(days=3), "Needed reminding")
    )
    window = _profile(qtbot, make_context(coach), participant_id)
    assert window.goal_rows()[0][1][0][5] == "Overdue"
    assert "Overdue: the target date has passed" in window.goal_facts.text()
    assert "overdue: 1" in window.summary.text()


# --- the framework: local goals and retired goals -----------------------------------------------


def test_a_local_goal_is_added_and_a_goal_retired_after_a_question(
    qtbot: QtBot, make_context: MakeContext, coach: Actor, app_services: AppServices, participant_id: int
) -> None:
    window = _profile(qtbot, make_context(coach), participant_id)
    _click(qtbot, window.framework_button)
    framework = _dialog(qtbot, window, FrameworkDialog)
    assert isinstance(framework, FrameworkDialog)
    qtbot.waitUntil(lambda: not framework.is_loading and bool(framework.areas))
    assert len(framework.areas) == 12

    _click(qtbot, framework.add_button)
    qtbot.waitUntil(lambda: framework.local_dialog is not None and framework.local_dialog.isVisible())
    local = framework.local_dialog
    assert isinstance(local, LocalGoalDialog)
    local.area_combo.setCurrentIndex(local.area_combo.findData(9))
    _click(qtbot, local.save_button)  # nothing written
    settle(qtbot, window._context.ops)
    assert field_message(local, "text_nb").isVisible()
    qtbot.keyClicks(local.edits["text_nb"], "Betjener kaffemaskinen i kantina")
    qtbot.keyClicks(local.edits["text_en"], "Operates the canteen's coffee machine")
    qtbot.keyClicks(local.edits["easy_en"], "I make the coffee")
    save_screenshot(local, "local_goal_dialog")
    _click(qtbot, local.save_button)
    qtbot.waitUntil(lambda: not _shown(local))
    settle(qtbot, window._context.ops)
    qtbot.waitUntil(lambda: not framework.is_loading)
    added = framework.selected_goal()
    assert added is not None and added.local and added.area_number == 9
    assert added.text_en == "Operates the canteen's coffee machine"
    assert any("(local)" in item.text(0) for item in framework.goal_items())

    # Retire a shipped goal: asked first; "Keep it" keeps it.
    framework.select_goal(_goal_id(app_services, coach, TEMPERATURES.code))
    _click(qtbot, framework.retire_button)
    click_box_button(qtbot, wait_for_box(qtbot, "retireGoalQuestion"), "keepGoalButton")
    assert (
        not app_services.competence.goals([_goal_id(app_services, coach, TEMPERATURES.code)])
        .popitem()[1]
        .retired
    )
    _click(qtbot, framework.retire_button)
    click_box_button(qtbot, wait_for_box(qtbot, "retireGoalQuestion"), "confirmRetireButton")
    settle(qtbot, window._context.ops)
    qtbot.waitUntil(lambda: not framework.is_loading)
    assert TEMPERATURES.text_en not in [item.text(0) for item in framework.goal_items()]
    save_screenshot(framework, "framework_dialog")
    framework.accept()

    # The goal picker offers the local goal, not the retired one.
    _click(qtbot, window.add_button)
    dialog = _dialog(qtbot, window, PlanGoalDialog)
    assert isinstance(dialog, PlanGoalDialog)
    assert "Operates the canteen's coffee machine (local)" in dialog.goal_texts()
    assert TEMPERATURES.text_en not in dialog.goal_texts()
    dialog.force_close()


# --- who gets what ----------------------------------------------------------------------------------


def test_the_participant_list_offers_the_training_plan_and_opens_the_profile(
    qtbot: QtBot, make_context: MakeContext, coach: Actor, users: dict[Role, Actor], participant_id: int
) -> None:
    import ui.shell.pages  # noqa: F401 - the shell registers the participant's tools

    assert "plan" in [action.key for action in participant_actions(coach)]
    assert "plan" not in [action.key for action in participant_actions(users[Role.CANTEEN_MANAGER])]
    action = next(action for action in participant_actions(coach) if action.key == "plan")
    assert action.title() == "Training plan…"
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    action.open(make_context(coach), participant_id, "Åse Ødegård", parent)
    window = parent.findChild(TrainingPlanWindow, "trainingPlanWindow")
    assert isinstance(window, TrainingPlanWindow)
    qtbot.waitUntil(window.isVisible)
    _loaded(qtbot, window)
    assert window.windowTitle() == "Training plan – Åse Ødegård"
    window.force_close()
    qtbot.waitUntil(lambda: not _shown(window))


def test_a_role_without_edit_participants_gets_no_edit_controls(
    qtbot: QtBot,
    make_context: MakeContext,
    users: dict[Role, Actor],
    coach: Actor,
    app_services: AppServices,
    participant_id: int,
) -> None:
    hands_id = _goal_id(app_services, coach, HANDS.code)
    app_services.plans.add_goal(coach, participant_id, PlanGoalInput(hands_id))
    manager = users[Role.CANTEEN_MANAGER]
    window = TrainingPlanWindow(make_context(manager), participant_id, None, "Åse Ødegård")
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, window._context.ops)
    for name in (
        "addGoalButton",
        "selfAssessmentButton",
        "frameworkButton",
        "assessButton",
        "changeGoalButton",
        "removeGoalButton",
    ):
        assert window.findChild(QPushButton, name) is None, name
    assert [b.objectName() for b in window.findChildren(QPushButton)] == ["profileCloseButton"]
    assert window.message.isVisible(), "the refusal is said"
    assert window.goal_rows() == []  # and nothing of the plan is shown


# --- accessibility ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("scale", "language"), [(1.0, "en"), (1.5, "nb")])
def test_the_profile_and_its_dialogs_are_named_reached_by_tab_and_fit_1280x800(
    qtbot: QtBot,
    theme: Callable[[float], None],
    make_context: MakeContext,
    coach: Actor,
    app_services: AppServices,
    participant_id: int,
    scale: float,
    language: str,
) -> None:
    install_language(language)
    theme(scale)
    hands_id = _goal_id(app_services, coach, HANDS.code)
    goal = app_services.plans.add_goal(coach, participant_id, PlanGoalInput(hands_id, tasks="Oppvask"))
    app_services.plans.assess(
        coach, AssessmentInput(goal.id, 2, date.today(), "Vasket hender etter påminnelse")
    )
    window = _profile(qtbot, make_context(coach, language=language), participant_id)
    window.resize(1280, 800)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _assert_keyboard_reaches_all(qtbot, window, window.tree, "profile")
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 800, hint
    assert clipped_widgets(window) == []
    save_screenshot(window, f"training_plan_{scale}x_{language}")
    window.tabs.setCurrentIndex(1)
    save_screenshot(window, f"training_plan_chart_{scale}x_{language}")
    window.tabs.setCurrentIndex(0)

    for opener, kind, first_name in (
        (window.add_goal, PlanGoalDialog, "picker"),
        (window.assess_selected, AssessmentDialog, "evidence_edit"),
    ):
        opener()
        dialog = _dialog(qtbot, window, kind)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        hint = dialog.minimumSizeHint()
        assert hint.width() <= 1280 and hint.height() <= 800, (kind, hint)
        assert dialog.width() <= 1280 and dialog.height() <= 800
        assert clipped_widgets(dialog) == [], "\n".join(clipped_widgets(dialog))
        _assert_keyboard_reaches_all(qtbot, dialog, getattr(dialog, first_name), kind.__name__)
        save_screenshot(dialog, f"{kind.__name__}_{scale}x_{language}")
        dialog.force_close()  # type: ignore[attr-defined]
    install_language("en")


def _assert_keyboard_reaches_all(qtbot: QtBot, root: QWidget, first: QWidget, screen: str) -> None:
    chain = tab_chain(qtbot, first)
    missing = [describe(c) for c in reachable_controls(root) if c not in chain]
    assert missing == [], f"{screen}: Tab never reaches {missing}"
    unnamed = [describe(c) for c in chain if not accessible_name(c).strip()]
    assert unnamed == [], f"{screen}: no name for {unnamed}"
    QApplication.processEvents()
