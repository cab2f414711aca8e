"""The task library page and the day card dialog (T6), driven through their real widgets: a
coach adds a task with pictogram steps (the chooser shows the pictograms large and finds them
by name) and its Arabic translation; a second coach's save meanwhile is asked about; the day
card dialog opens on the assignment in force, previews the card and saves a new usual one."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import ui.shell.pages  # noqa: F401 - the shell offers the day card in the participant list
from canteen_app.access import Actor, Role
from canteen_app.app import AppServices, build_services, open_database
from canteen_app.training.tasks.rules import AssignmentInput, StationInput, StepInput, TaskInput
from tests.conftest import FAST_HASHER, FakeClock
from tests.gui.conftest import click_box_button, save_screenshot, settle, wait_for_box
from tests.helpers import make_user, participant_input
from ui.common.context import UiContext
from ui.common.navigation import participant_actions
from ui.common.pdf_preview import PdfPreviewDialog
from ui.training.tasks import DayCardDialog, TaskLibraryView
from ui.training.tasks.pictograms import PictogramChooser

TODAY = date(2026, 11, 25)


@pytest.fixture
def app_services(sqlite_url: str, clock: FakeClock) -> Iterator[AppServices]:
    services = build_services(open_database(sqlite_url), clock, FAST_HASHER)
    yield services
    services.close()


@pytest.fixture
def coach(app_services: AppServices) -> Actor:
    return make_user(app_services, "Jonas Berg", Role.JOB_COACH)


@pytest.fixture
def station_id(app_services: AppServices, coach: Actor) -> int:
    return app_services.write(
        lambda app: app.tasks.add_station(coach, StationInput("Oppvask", "Dishwashing"))
    ).value.id


def _view(qtbot: QtBot, context: UiContext) -> TaskLibraryView:
    view = TaskLibraryView(context)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    settle(qtbot, context.ops)
    return view


def test_a_coach_adds_a_task_with_pictogram_steps_and_a_translation(
    qtbot: QtBot,
    app_services: AppServices,
    make_context: Callable[..., UiContext],
    coach: Actor,
    station_id: int,
) -> None:
    context = make_context(coach)
    view = _view(qtbot, context)
    assert view.station_list.count() == 1 and view.task_list.count() == 0
    dialog = view.add_task()
    assert dialog is not None
    qtbot.keyClicks(dialog.title_edit, "Vaske glass")
    _picture, text = dialog.step_rows[0]
    qtbot.keyClicks(text, "Sett glassene i kurven.")
    chooser = dialog.choose_pictogram(0)
    assert isinstance(chooser, PictogramChooser)
    qtbot.waitUntil(chooser.isVisible)
    assert len(chooser.buttons) == 60
    qtbot.keyClicks(chooser.search, "glass")
    assert chooser.visible_keys() == ["glass"]
    chooser.search.clear()
    save_screenshot(chooser, "task-library-pictogram-chooser")
    qtbot.mouseClick(chooser.buttons["glass"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.form_input().steps[0].pictogram == "glass")
    qtbot.mouseClick(dialog.add_step_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.step_rows[1][1], "Kjør kurven gjennom maskinen.")
    dialog.show_language("ar")
    assert dialog.translation_title.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Typed as an input method would give them (QTest types Latin keys only).
    dialog.translation_title.insert("غسل الكؤوس")
    dialog.translation_edits[0].insert("ضع الكؤوس في السلة.")
    dialog.show_language("uk")
    dialog.translation_edits[1].insert("Запусти кошик.")
    dialog.reviewed_box.setChecked(True)
    dialog.show_language("ar")
    QApplication.processEvents()
    save_screenshot(dialog, "task-library-task-dialog")
    dialog.show_language("uk")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, context.ops)
    task = app_services.read(lambda app: app.tasks.library(coach)).value.tasks[0]
    assert (task.title_nb, task.titles) == ("Vaske glass", {"ar": "غسل الكؤوس"})
    assert [(s.pictogram, s.text_nb, dict(s.texts)) for s in task.steps] == [
        ("glass", "Sett glassene i kurven.", {"ar": "ضع الكؤوس في السلة."}),
        ("finished", "Kjør kurven gjennom maskinen.", {"uk": "Запусти кошик."}),  # a new step's default
    ]
    assert task.reviewed == frozenset({"uk"})
    qtbot.waitUntil(lambda: view.task_list.count() == 1)
    assert "Translated into" in view.languages_label.text()
    save_screenshot(view, "task-library-view")


def test_a_step_needs_a_sentence_before_the_task_saves(
    qtbot: QtBot,
    app_services: AppServices,
    make_context: Callable[..., UiContext],
    coach: Actor,
    station_id: int,
) -> None:
    context = make_context(coach)
    view = _view(qtbot, context)
    dialog = view.add_task()
    assert dialog is not None
    qtbot.keyClicks(dialog.title_edit, "Vaske gulvet")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "1:" in dialog.messages["steps"].text() and dialog.messages["steps"].isVisible()
    assert app_services.read(lambda app: app.tasks.library(coach)).value.tasks == ()
    dialog.step_rows[0][1].setText("Fei gulvet.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, context.ops)
    assert [t.title_nb for t in app_services.read(lambda app: app.tasks.library(coach)).value.tasks] == [
        "Vaske gulvet"
    ]


def test_two_coaches_editing_one_task_the_later_is_asked(
    qtbot: QtBot,
    app_services: AppServices,
    make_context: Callable[..., UiContext],
    coach: Actor,
    station_id: int,
) -> None:
    data = TaskInput(station_id, "Bestikk", (StepInput("cutlery", "Legg bestikket i kurven."),))
    app_services.write(lambda app: app.tasks.add_task(coach, data))
    context = make_context(coach)
    view = _view(qtbot, context)
    dialog = view.edit_task()
    assert dialog is not None
    task = app_services.read(lambda app: app.tasks.library(coach)).value.tasks[0]
    other = make_user(app_services, "Kari Lie", Role.JOB_COACH)
    theirs = TaskInput(station_id, "Bestikk og glass", data.steps)
    app_services.write(lambda app: app.tasks.update_task(other, task.id, task.version, theirs))
    dialog.title_edit.setText("Bestikket")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    box = wait_for_box(qtbot, "taskConflictDialog")
    click_box_button(qtbot, box, "conflictKeepMineButton")
    settle(qtbot, context.ops)
    stored = app_services.read(lambda app: app.tasks.library(coach)).value.tasks[0]
    assert (stored.title_nb, stored.version) == ("Bestikket", task.version + 2)


def test_the_day_card_dialog_previews_the_card_and_saves_the_usual_tasks(
    qtbot: QtBot,
    app_services: AppServices,
    make_context: Callable[..., UiContext],
    coach: Actor,
    station_id: int,
) -> None:
    assert "day_card" in [action.key for action in participant_actions(coach)]
    participant = app_services.write(
        lambda app: app.participants.create(
            coach, participant_input(coach.user_id, first_name="Olena", preferred_language="uk")
        )
    ).value
    steps = (StepInput("plate", "Sett fram tallerkener.", {"uk": "Постав тарілки."}),)
    first = app_services.write(
        lambda app: app.tasks.add_task(coach, TaskInput(station_id, "Tallerkener", steps))
    ).value
    second = app_services.write(
        lambda app: app.tasks.add_task(coach, TaskInput(station_id, "Glass", steps))
    ).value
    monday = TODAY - timedelta(days=2)
    app_services.write(
        lambda app: app.tasks.assign(
            coach, participant.id, AssignmentInput(monday, station_id, (second.id, first.id))
        )
    )
    context = make_context(coach)
    dialog = DayCardDialog(context, participant.id, "Olena Ødegård")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.date_edit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    settle(qtbot, context.ops)
    assert dialog.language_combo.currentData() == "uk"  # the participant's own language
    assert dialog.station_combo.currentText() == "Dishwashing"
    assert dialog.chosen_task_ids() == (second.id, first.id)  # the usual ones, in their order
    dialog.set_task_checked(second.id, False)
    save_screenshot(dialog, "day-card-dialog")
    with qtbot.waitSignal(dialog.preview_opened, timeout=20_000) as opened:
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    preview = opened.args[0]
    assert isinstance(preview, PdfPreviewDialog)
    qtbot.waitUntil(lambda: preview.page_label.text() != "")
    qtbot.wait(300)  # the pages are drawn in the background: only for the picture
    save_screenshot(preview, "day-card-preview")
    preview.close()
    with qtbot.waitSignal(dialog.assignment_saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = app_services.read(lambda app: app.tasks.in_force(1, participant.id, TODAY)).value
    assert stored is not None and (stored.day, stored.task_ids) == (TODAY, (first.id,))
    assert "Saved" in dialog.message.text()
    QApplication.processEvents()
