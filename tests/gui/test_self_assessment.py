"""The self-assessment screen (T3): the participant, with the coach beside them, answers for each
goal of the plan on an easy-read screen: one goal at a time, four large picture buttons, no
typing; Save stores every answer at once, next to the coach's assessments. Real widgets, real
SQLite; every answer is tapped with the mouse (no keyboard), and read back through the service."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices
from canteen_app.training.competence.framework_data import AREAS, LEVELS
from canteen_app.training.plans.rules import AssessmentKind, PlanGoalInput
from tests.gui.a11y_checks import accessible_name, clipped_widgets, describe, reachable_controls, tab_chain
from tests.gui.conftest import click_box_button, save_screenshot, settle, wait_for_box
from tests.helpers import participant_input
from ui.common.context import UiContext
from ui.common.i18n import install_language
from ui.training.plans import TOUCH_MIN_PX, SelfAssessmentDialog, TrainingPlanWindow

MakeContext = Callable[..., UiContext]
HANDS = AREAS[0].goals[0]
FRIDGE = AREAS[1].goals[0]
FREE_GOAL = "Tar bussen til jobb alene"


@pytest.fixture
def coach(users: dict[Role, Actor]) -> Actor:
    return users[Role.JOB_COACH]


@pytest.fixture
def plan(app_services: AppServices, coach: Actor) -> tuple[int, list[int]]:
    """A participant with two framework goals and one of their own: (participant id, goal ids)."""
    participant_id = app_services.participants.create(coach, participant_input(coach.user_id)).id
    areas = app_services.competence.framework(coach)
    by_code = {goal.code: goal.id for area in areas for goal in area.goals}
    goals = [
        app_services.plans.add_goal(coach, participant_id, PlanGoalInput(by_code[HANDS.code])).id,
        app_services.plans.add_goal(coach, participant_id, PlanGoalInput(by_code[FRIDGE.code])).id,
        app_services.plans.add_goal(coach, participant_id, PlanGoalInput(None, FREE_GOAL)).id,
    ]
    return participant_id, goals


def _open(
    qtbot: QtBot, context: UiContext, participant_id: int
) -> tuple[TrainingPlanWindow, SelfAssessmentDialog]:
    """The coach opens the profile, then the self-assessment screen from it."""
    window = TrainingPlanWindow(context, participant_id, None, "Åse Ødegård")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    settle(qtbot, context.ops)
    qtbot.waitUntil(lambda: window.data is not None and not window.is_loading)
    assert window.self_button is not None
    qtbot.mouseClick(window.self_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.open_dialog, SelfAssessmentDialog))
    dialog = window.open_dialog
    assert isinstance(dialog, SelfAssessmentDialog)
    qtbot.waitExposed(dialog)
    return window, dialog


def _tap(qtbot: QtBot, button: QWidget) -> None:
    assert button.isVisible() and button.isEnabled(), describe(button)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _self_levels(services: AppServices, coach: Actor, participant_id: int) -> dict[int, int]:
    return {
        a.plan_goal_id: a.level
        for a in services.plans.timeline(coach, participant_id)
        if a.kind is AssessmentKind.SELF
    }


# --- answering by tapping ------------------------------------------------------------------------


def test_tapping_an_answer_for_each_goal_and_save_stores_exactly_the_taps(
    qtbot: QtBot,
    theme: Callable[[float], None],
    make_context: MakeContext,
    coach: Actor,
    app_services: AppServices,
    plan: tuple[int, list[int]],
) -> None:
    participant_id, goals = plan
    window, dialog = _open(qtbot, make_context(coach), participant_id)

    # One goal at a time, its easy-read words, four answers with the framework's easy words.
    assert dialog.goal_text.text() == HANDS.easy_en
    assert dialog.progress.text().startswith("Goal 1 of 3")
    assert [button.text() for button in dialog.level_buttons] == [level.easy_en for level in LEVELS]
    assert not dialog.back_button.isEnabled() and not dialog.save_button.isVisible()
    save_screenshot(dialog, "self_assessment_first_goal")

    taps = {goals[0]: 2, goals[1]: 4, goals[2]: 1}
    _tap(qtbot, dialog.level_buttons[taps[goals[0]] - 1])
    assert [b.isChecked() for b in dialog.level_buttons] == [False, True, False, False]
    save_screenshot(dialog, "self_assessment_chosen")
    _tap(qtbot, dialog.next_button)
    assert dialog.goal_text.text() == FRIDGE.easy_en
    assert not any(b.isChecked() for b in dialog.level_buttons), "the next goal starts unanswered"
    _tap(qtbot, dialog.level_buttons[0])
    _tap(qtbot, dialog.level_buttons[3])  # changing one's mind: the last tap counts
    assert [b.isChecked() for b in dialog.level_buttons] == [False, False, False, True]

    # Back shows the answer given; forward again.
    _tap(qtbot, dialog.back_button)
    assert dialog.index == 0 and dialog.level_buttons[1].isChecked()
    _tap(qtbot, dialog.next_button)
    assert dialog.level_buttons[3].isChecked()
    _tap(qtbot, dialog.next_button)
    assert dialog.goal_text.text() == FREE_GOAL  # a goal of our own: its own words
    assert dialog.save_button.isVisible() and not dialog.next_button.isVisible()
    _tap(qtbot, dialog.level_buttons[taps[goals[2]] - 1])
    save_screenshot(dialog, "self_assessment_last_goal")

    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        _tap(qtbot, dialog.save_button)
    assert saved.args == [3]
    assert dialog.pages.currentIndex() == 1, "the thank-you page"
    assert dialog.thanks.text() == "Thank you! Your answers are saved."
    save_screenshot(dialog, "self_assessment_thanks")
    assert _self_levels(app_services, coach, participant_id) == taps
    today = date.today()
    assert {a.assessed_on for a in app_services.plans.timeline(coach, participant_id)} == {today}

    _tap(qtbot, dialog.close_button)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    settle(qtbot, window._context.ops)
    qtbot.waitUntil(lambda: not window.is_loading)
    own = [row[4] for _area, rows in window.goal_rows() for row in rows]
    assert own == ["2 – With support", "4 – Can show others", "1 – With help"]
    assert window.notice.text() in (
        "Self-assessment saved: 3 answers.",
        "Self-assessment saved: 3 answer(s).",
    )


def test_a_second_tap_takes_the_answer_back_and_save_needs_an_answer(
    qtbot: QtBot,
    make_context: MakeContext,
    coach: Actor,
    app_services: AppServices,
    plan: tuple[int, list[int]],
) -> None:
    participant_id, goals = plan
    _window, dialog = _open(qtbot, make_context(coach), participant_id)
    _tap(qtbot, dialog.level_buttons[2])
    _tap(qtbot, dialog.level_buttons[2])
    assert dialog.answers == {}
    _tap(qtbot, dialog.next_button)
    _tap(qtbot, dialog.next_button)
    assert not dialog.save_button.isEnabled() and dialog.hint.text() == "Choose an answer, then Save."
    _tap(qtbot, dialog.level_buttons[2])
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        _tap(qtbot, dialog.save_button)
    assert _self_levels(app_services, coach, participant_id) == {goals[2]: 3}  # only what was answered


def test_stopping_with_answers_asks_first_and_saves_nothing(
    qtbot: QtBot,
    make_context: MakeContext,
    coach: Actor,
    app_services: AppServices,
    plan: tuple[int, list[int]],
) -> None:
    participant_id, _goals = plan
    _window, dialog = _open(qtbot, make_context(coach), participant_id)
    _tap(qtbot, dialog.level_buttons[0])
    _tap(qtbot, dialog.stop_button)
    click_box_button(qtbot, wait_for_box(qtbot, "stopSelfAssessmentDialog"), "goOnSelfButton")
    assert dialog.isVisible() and dialog.answers
    _tap(qtbot, dialog.stop_button)
    click_box_button(qtbot, wait_for_box(qtbot, "stopSelfAssessmentDialog"), "stopSelfButton")
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    assert _self_levels(app_services, coach, participant_id) == {}


# --- big, calm, readable ---------------------------------------------------------------------------


@pytest.mark.parametrize(("scale", "language"), [(1.0, "nb"), (1.5, "nb"), (1.5, "en")])
def test_the_screen_is_touch_sized_reads_in_the_ui_language_and_fits_1280x800(
    qtbot: QtBot,
    theme: Callable[[float], None],
    make_context: MakeContext,
    coach: Actor,
    plan: tuple[int, list[int]],
    scale: float,
    language: str,
) -> None:
    install_language(language)
    theme(scale)
    participant_id, _goals = plan
    _window, dialog = _open(qtbot, make_context(coach, language=language), participant_id)
    dialog.resize(1280, 800)
    QApplication.processEvents()

    easy = HANDS.easy_nb if language == "nb" else HANDS.easy_en
    assert dialog.goal_text.text() == easy
    words = [level.easy_nb if language == "nb" else level.easy_en for level in LEVELS]
    assert [button.text() for button in dialog.level_buttons] == words
    buttons = [b for b in dialog.findChildren(QPushButton) if b.isVisible()]
    assert len(buttons) >= 7  # stop, four answers, back, next
    small = [(describe(b), b.height()) for b in buttons if b.height() < TOUCH_MIN_PX]
    assert small == [], f"buttons under {TOUCH_MIN_PX} px: {small}"
    for button in dialog.level_buttons:
        assert button.width() >= 150 and button.height() >= 150, (button.level, button.size())
    # The goal's words larger than anything else on the screen.
    assert dialog.goal_text.font().pointSizeF() >= 2 * QApplication.font().pointSizeF()

    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 800, hint
    assert clipped_widgets(dialog) == [], "\n".join(clipped_widgets(dialog))
    save_screenshot(dialog, f"self_assessment_{scale}x_{language}")

    # A keyboard reaches everything too (the coach may use one), and every control has a name.
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    chain = tab_chain(qtbot, dialog.stop_button)
    missing = [describe(c) for c in reachable_controls(dialog) if c not in chain]
    assert missing == []
    assert [describe(c) for c in chain if not accessible_name(c).strip()] == []
    dialog.force_close()
    install_language("en")
