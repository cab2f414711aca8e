"""The task library and the day assignments (T6) on SQLite and PostgreSQL: versioned edits of
stations and tasks with their pictogram steps and translations, the assignment in force on a day
(the latest on or before it, so the usual one carries forward), and the audit of every view and
change of a participant's assignment."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices
from canteen_app.core.errors import (
    AuditedConcurrencyError,
    ConcurrencyError,
    NotAuthorizedError,
    NotFoundError,
    ValidationError,
)
from canteen_app.platform.audit.rules import AuditFilter
from canteen_app.training.tasks.dto import DayAssignmentInfo, TaskInfo
from canteen_app.training.tasks.rules import (
    MAX_STEPS,
    STEP_TEXT_MAX,
    AssignmentInput,
    StationInput,
    StepInput,
    TaskInput,
)
from tests.conftest import FakeClock
from tests.helpers import KIOSK, SYSTEM, make_user, participant_input

TODAY = date(2026, 11, 25)  # the FakeClock's Wednesday
MONDAY = TODAY - timedelta(days=2)


@pytest.fixture
def coach(services: AppServices) -> Actor:
    return make_user(services, "Jonas Berg", Role.JOB_COACH)


@pytest.fixture
def participant_id(services: AppServices, coach: Actor) -> int:
    return services.write(
        lambda app: app.participants.create(coach, participant_input(coach.user_id))
    ).value.id


def _station(services: AppServices, actor: Actor, name: str = "Oppvask", name_en: str = "Dishwashing") -> int:
    return services.write(lambda app: app.tasks.add_station(actor, StationInput(name, name_en))).value.id


def _task_input(station_id: int, title: str = "Vaske tallerkener", steps: int = 3) -> TaskInput:
    return TaskInput(
        station_id,
        title,
        tuple(
            StepInput(
                ("wash_hands", "dishwasher", "clean_dishes", "plate", "finished", "clock", "ask", "help")[i],
                f"Steg {i + 1} på norsk.",
                {"ar": f"الخطوة {i + 1}.", "uk": f"Крок {i + 1}."} if i < 2 else {"uk": f"Крок {i + 1}."},
            )
            for i in range(steps)
        ),
        {"ar": "غسل الأطباق", "en": "Wash plates"},
        frozenset({"uk"}),
    )


def _task(services: AppServices, actor: Actor, station_id: int, title: str = "Vaske tallerkener") -> TaskInfo:
    return services.write(lambda app: app.tasks.add_task(actor, _task_input(station_id, title))).value


def _assign(
    services: AppServices,
    actor: Actor,
    participant_id: int,
    data: AssignmentInput,
    version: int | None = None,
) -> DayAssignmentInfo:
    return services.write(lambda app: app.tasks.assign(actor, participant_id, data, version)).value


def _in_force(
    services: AppServices, actor: Actor, participant_id: int, day: date
) -> DayAssignmentInfo | None:
    return services.write(lambda app: app.tasks.assignment_on(actor, participant_id, day)).value


# --- the library ---------------------------------------------------------------------------------


def test_a_task_keeps_its_steps_in_order_with_their_pictograms_and_translations(
    services: AppServices, coach: Actor
) -> None:
    station_id = _station(services, coach)
    task = _task(services, coach, station_id)
    assert [(s.position, s.pictogram, s.text_nb) for s in task.steps] == [
        (1, "wash_hands", "Steg 1 på norsk."),
        (2, "dishwasher", "Steg 2 på norsk."),
        (3, "clean_dishes", "Steg 3 på norsk."),
    ]
    assert task.steps[0].text("ar") == "الخطوة 1."
    assert task.steps[2].text("ar") is None  # not translated: the card prints the Norwegian
    assert task.steps[2].text("nb") == "Steg 3 på norsk."
    assert task.title("ar") == "غسل الأطباق"
    assert task.languages == ("en", "ar", "uk")  # in the order of the participants' languages
    assert task.reviewed == frozenset({"uk"})
    library = services.read(lambda app: app.tasks.library(coach)).value
    assert [s.name_nb for s in library.stations] == ["Oppvask"]
    assert library.tasks_of(station_id) == (task,)
    assert library.task(task.id) == task


def test_saving_a_task_replaces_its_steps_and_counts_a_version(services: AppServices, coach: Actor) -> None:
    station_id = _station(services, coach)
    task = _task(services, coach, station_id)
    changed = TaskInput(
        station_id,
        "Vaske glass",
        (StepInput("glass", "Sett glassene i kurven.", {"so": "Koobabka dambiisha geli."}),),
        {},
        frozenset({"so", "uk"}),  # a language without text is no translation, reviewed or not
    )
    saved = services.write(lambda app: app.tasks.update_task(coach, task.id, task.version, changed)).value
    assert saved.version == task.version + 1
    assert [(s.pictogram, s.text_nb, dict(s.texts)) for s in saved.steps] == [
        ("glass", "Sett glassene i kurven.", {"so": "Koobabka dambiisha geli."})
    ]
    assert (saved.title_nb, saved.titles, saved.languages, saved.reviewed) == (
        "Vaske glass",
        {},
        ("so",),
        frozenset({"so"}),
    )
    # A change of the steps alone counts too: the version is what a second editor is checked against.
    again = services.write(
        lambda app: app.tasks.update_task(coach, task.id, saved.version, saved.as_input())
    ).value
    assert again.version == saved.version + 1
    with pytest.raises(ConcurrencyError) as raised:
        services.write(lambda app: app.tasks.update_task(coach, task.id, task.version, changed))
    assert raised.value.current == again  # the stored task goes back for "keep mine / use theirs"


def test_a_task_needs_steps_with_a_shipped_pictogram_and_short_sentences(
    services: AppServices, coach: Actor
) -> None:
    station_id = _station(services, coach)

    def refused(data: TaskInput) -> set[str]:
        with pytest.raises(ValidationError) as raised:
            services.write(lambda app: app.tasks.add_task(coach, data))
        return set(raised.value.field_errors)

    assert refused(TaskInput(station_id, "  ", ())) == {"title_nb", "steps"}
    assert refused(TaskInput(station_id, "Oppgave", (StepInput("no-such-drawing", "Gjør det."),))) == {
        "step0.pictogram"
    }
    long = "x" * (STEP_TEXT_MAX + 1)
    assert refused(TaskInput(station_id, "Oppgave", (StepInput("mop", "Ok.", {"ar": long}),))) == {"step0.ar"}
    assert refused(TaskInput(station_id, "Oppgave", (StepInput("mop", "Ok.", {"de": "Gut."}),))) == {
        "step0.de"
    }
    assert refused(TaskInput(station_id, "Oppgave", (StepInput("mop", "Vask\u202egulvet."),))) == {
        "step0.text_nb"
    }
    too_many = tuple(StepInput("mop", f"Steg {i}.") for i in range(MAX_STEPS + 1))
    assert refused(TaskInput(station_id, "Oppgave", too_many)) == {"steps"}
    assert refused(TaskInput(999_999, "Oppgave", (StepInput("mop", "Ok."),))) == {"station_id"}


def test_station_names_are_unique_and_versioned(services: AppServices, coach: Actor) -> None:
    station_id = _station(services, coach)
    with pytest.raises(ValidationError) as raised:
        _station(services, coach, " oppvask ")
    assert set(raised.value.field_errors) == {"name_nb"}
    station = services.read(lambda app: app.tasks.library(coach)).value.stations[0]
    renamed = services.write(
        lambda app: app.tasks.update_station(coach, station_id, station.version, StationInput("Oppvasken"))
    ).value
    assert (renamed.name_nb, renamed.name_en, renamed.version) == ("Oppvasken", "", station.version + 1)
    with pytest.raises(ConcurrencyError):
        services.write(
            lambda app: app.tasks.update_station(coach, station_id, station.version, StationInput("X"))
        )


def test_retired_stations_and_tasks_are_no_longer_offered(services: AppServices, coach: Actor) -> None:
    dishes = _station(services, coach)
    kept = _task(services, coach, dishes, "Bestikk")
    retired = _task(services, coach, dishes, "Glass")
    services.write(lambda app: app.tasks.set_task_retired(coach, retired.id, retired.version, True))
    library = services.read(lambda app: app.tasks.library(coach)).value
    assert [task.title_nb for task in library.tasks] == ["Bestikk"]
    every = services.read(lambda app: app.tasks.library(coach, include_retired=True)).value
    assert [(task.title_nb, task.retired) for task in every.tasks] == [("Bestikk", False), ("Glass", True)]
    station = library.stations[0]
    services.write(lambda app: app.tasks.set_station_retired(coach, dishes, station.version, True))
    assert services.read(lambda app: app.tasks.library(coach)).value.tasks == ()
    with pytest.raises(ValidationError):  # no new task on a retired station
        services.write(lambda app: app.tasks.add_task(coach, _task_input(dishes)))
    assert kept.id in {task.id for task in every.tasks}


def test_only_coaches_and_administrators_use_the_library(services: AppServices, coach: Actor) -> None:
    manager = make_user(services, "Kari Kokk", Role.CANTEEN_MANAGER)
    for actor in (KIOSK, manager):
        with pytest.raises(NotAuthorizedError):
            services.read(lambda app, actor=actor: app.tasks.library(actor))
        with pytest.raises(NotAuthorizedError):
            services.write(lambda app, actor=actor: app.tasks.add_station(actor, StationInput("Kasse")))
    assert services.read(lambda app: app.tasks.library(SYSTEM)).value.stations == ()


# --- day assignments -----------------------------------------------------------------------------


def test_the_assignment_in_force_is_the_latest_on_or_before_the_day(
    services: AppServices, coach: Actor, participant_id: int
) -> None:
    dishes = _station(services, coach)
    serving = _station(services, coach, "Servering", "Serving")
    plates, glasses = _task(services, coach, dishes, "Tallerkener"), _task(services, coach, dishes, "Glass")
    counter = _task(services, coach, serving, "Disken")
    usual = _assign(services, coach, participant_id, AssignmentInput(MONDAY, dishes, (glasses.id, plates.id)))
    assert usual.task_ids == (glasses.id, plates.id)  # the order of the day, as chosen
    assert _in_force(services, coach, participant_id, MONDAY - timedelta(days=1)) is None
    assert _in_force(services, coach, participant_id, TODAY) == usual
    assert _in_force(services, coach, participant_id, TODAY + timedelta(weeks=8)) == usual  # carried forward
    thursday = TODAY + timedelta(days=1)
    changed = _assign(services, coach, participant_id, AssignmentInput(thursday, serving, (counter.id,)))
    assert _in_force(services, coach, participant_id, TODAY) == usual
    assert _in_force(services, coach, participant_id, thursday + timedelta(days=1)) == changed
    history = services.write(lambda app: app.tasks.assignments(coach, participant_id)).value
    assert [a.day for a in history] == [thursday, MONDAY]
    services.write(lambda app: app.tasks.remove_assignment(coach, changed.id, changed.version))
    assert _in_force(services, coach, participant_id, thursday + timedelta(days=1)) == usual


def test_the_same_day_saved_again_needs_the_version_it_replaces(
    services: AppServices, coach: Actor, participant_id: int
) -> None:
    other = make_user(services, "Kari Lie", Role.JOB_COACH)
    dishes = _station(services, coach)
    plates, glasses = _task(services, coach, dishes, "Tallerkener"), _task(services, coach, dishes, "Glass")
    first = _assign(services, coach, participant_id, AssignmentInput(TODAY, dishes, (plates.id,)))
    second = _assign(
        services, other, participant_id, AssignmentInput(TODAY, dishes, (glasses.id,)), first.version
    )
    assert (second.id, second.version, second.task_ids, second.updated_by) == (
        first.id,
        first.version + 1,
        (glasses.id,),
        "Kari Lie",
    )
    with pytest.raises(AuditedConcurrencyError) as raised:
        _assign(services, coach, participant_id, AssignmentInput(TODAY, dishes, (plates.id,)), first.version)
    assert raised.value.current == second
    with pytest.raises(AuditedConcurrencyError):  # saved as new although one exists for the day
        _assign(services, coach, participant_id, AssignmentInput(TODAY, dishes, (plates.id,)))
    entries = services.audit.entries(SYSTEM, filters=AuditFilter(participant_id=participant_id))
    conflicts = [(e.actor_name, e.action, e.detail) for e in entries if "conflict" in e.detail]
    assert conflicts == [("Jonas Berg", "view", f"day assignment {TODAY} conflict")] * 2


def test_an_assignment_takes_tasks_of_its_station_that_are_not_retired(
    services: AppServices, coach: Actor, participant_id: int
) -> None:
    dishes, serving = _station(services, coach), _station(services, coach, "Servering", "Serving")
    plates, counter = _task(services, coach, dishes, "Tallerkener"), _task(services, coach, serving, "Disken")

    def refused(data: AssignmentInput) -> set[str]:
        with pytest.raises(ValidationError) as raised:
            _assign(services, coach, participant_id, data)
        return set(raised.value.field_errors)

    assert refused(AssignmentInput(TODAY, dishes, ())) == {"task_ids"}
    assert refused(AssignmentInput(TODAY, dishes, (plates.id, counter.id))) == {"task_ids"}
    assert refused(AssignmentInput(TODAY, dishes, (plates.id, plates.id))) == {"task_ids"}
    assert refused(AssignmentInput(TODAY, 999_999, (plates.id,))) == {"station_id"}
    stored = _assign(services, coach, participant_id, AssignmentInput(TODAY, dishes, (plates.id,)))
    services.write(lambda app: app.tasks.set_task_retired(coach, plates.id, plates.version, True))
    # The assignment keeps its retired task (saved again unchanged); a new one may not choose it.
    again = _assign(
        services, coach, participant_id, AssignmentInput(TODAY, dishes, (plates.id,)), stored.version
    )
    assert (again.task_ids, again.version) == ((plates.id,), stored.version + 1)
    assert refused(AssignmentInput(TODAY + timedelta(days=1), dishes, (plates.id,))) == {"task_ids"}


def test_assignments_are_participant_data_every_view_and_change_is_logged_by_id(
    services: AppServices, coach: Actor, participant_id: int
) -> None:
    dishes = _station(services, coach)
    plates = _task(services, coach, dishes)
    stored = _assign(services, coach, participant_id, AssignmentInput(MONDAY, dishes, (plates.id,)))
    _in_force(services, coach, participant_id, TODAY)
    services.write(lambda app: app.tasks.assignments(coach, participant_id))
    services.write(lambda app: app.tasks.remove_assignment(coach, stored.id, stored.version))
    entries = services.audit.entries(SYSTEM, filters=AuditFilter(participant_id=participant_id))
    mine = [
        (e.action, e.entity_type, e.entity_id, e.detail)
        for e in reversed(entries)
        if "assignment" in e.detail
    ]
    assert mine == [
        ("update", "participant", participant_id, f"day assignment {MONDAY} saved"),
        ("view", "participant", participant_id, f"day assignment {TODAY}"),
        ("view", "participant", participant_id, "day assignments"),
        ("update", "participant", participant_id, f"day assignment {MONDAY} removed"),
    ]
    assert all("Åse" not in detail and "Ødegård" not in detail for *_rest, detail in mine)
    manager = make_user(services, "Kari Kokk", Role.CANTEEN_MANAGER)
    with pytest.raises(NotAuthorizedError):
        _in_force(services, manager, participant_id, TODAY)
    with pytest.raises(NotFoundError):
        _in_force(services, coach, 999_999, TODAY)


def test_retention_archives_the_assignments_and_deleting_the_participant_removes_them(
    services: AppServices, coach: Actor, participant_id: int
) -> None:
    dishes = _station(services, coach)
    plates = _task(services, coach, dishes, "Tallerkener")
    _assign(services, coach, participant_id, AssignmentInput(MONDAY, dishes, (plates.id,)))
    sections = services.read(lambda app: app.tasks.archive_sections(SYSTEM, participant_id)).value
    assert [(s.key, s.records()) for s in sections] == [
        (
            "day_assignments",
            [
                {
                    "day": MONDAY,
                    "station": "Oppvask",
                    "tasks": "Tallerkener",
                    "updated_by": "Jonas Berg",
                    "updated_at": sections[0].rows[0][4],
                }
            ],
        )
    ]
    services.write(lambda app: app.tasks.anonymise(SYSTEM, participant_id))
    assert services.read(lambda app: app.tasks.in_force(1, participant_id, TODAY)).value.updated_by == ""
    services.write(lambda app: app.participants.erase(SYSTEM, participant_id))
    assert services.read(lambda app: app.tasks.in_force(1, participant_id, TODAY)).value is None
    # The library itself is nobody's personal data: it stays.
    assert [t.title_nb for t in services.read(lambda app: app.tasks.library(coach)).value.tasks] == [
        "Tallerkener"
    ]


def test_the_demo_has_a_task_library_and_a_day_assignment_for_every_active_participant(
    sqlite_services: AppServices, clock: FakeClock
) -> None:
    from canteen_app.demo import seed_demo

    services = sqlite_services
    seed_demo(services, years=1, now=clock.now)
    library = services.read(lambda app: app.tasks.library(SYSTEM)).value
    assert len(library.stations) == 6
    assert all(2 <= len(library.tasks_of(station.id)) <= 4 for station in library.stations)
    assert all(3 <= len(task.steps) <= 6 for task in library.tasks)
    translated = [task for task in library.tasks if {"en", "ar", "uk", "so"} <= set(task.languages)]
    assert len(translated) >= 5 and all(not task.reviewed for task in translated)
    assert all(all(step.text("en") for step in task.steps) for task in library.tasks)
    rows = services.write(lambda app: app.participants.rows(SYSTEM, status="active")).value
    for row in rows:
        details = services.read(lambda app, pid=row.id: app.participants.for_report(SYSTEM, pid)).value
        if details.measure_start <= TODAY:
            assert services.read(lambda app, pid=row.id: app.tasks.in_force(1, pid, TODAY)).value is not None
