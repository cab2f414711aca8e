"""The competence framework, training plans and assessments, the measure's lifecycle and the
participant's photo, on SQLite and PostgreSQL: what a job coach records and what stays."""

from __future__ import annotations

import io
from datetime import date

import pytest
from PIL import Image
from sqlalchemy import select

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices
from canteen_app.core.errors import NotAuthorizedError, ValidationError
from canteen_app.platform.audit.models import AuditEntry
from canteen_app.training.competence.framework_data import AREAS, LEVELS
from canteen_app.training.competence.rules import LocalGoalInput
from canteen_app.training.plans.rules import AssessmentInput, AssessmentKind, PlanGoalInput
from tests.conftest import FakeClock
from tests.helpers import KIOSK, db_session, make_user, participant_input

TODAY = date(2026, 11, 25)


@pytest.fixture
def coach(services: AppServices) -> Actor:
    return make_user(services, "Jonas Berg", Role.JOB_COACH)


@pytest.fixture
def participant_id(services: AppServices, coach: Actor) -> int:
    return services.write(
        lambda app: app.participants.create(coach, participant_input(coach.user_id))
    ).value.id


def _framework_goal(services: AppServices, coach: Actor, code: str) -> int:
    areas = services.read(lambda app: app.competence.framework(coach)).value
    return next(goal.id for area in areas for goal in area.goals if goal.code == code)


def _audit_details(services: AppServices, participant_id: int) -> list[str]:
    with db_session(services) as session:
        query = (
            select(AuditEntry.detail).where(AuditEntry.entity_id == participant_id).order_by(AuditEntry.id)
        )
        return list(session.scalars(query))


# --- the framework ------------------------------------------------------------------------------


def test_the_framework_ships_twelve_areas_with_observable_goals_and_four_levels(
    services: AppServices, coach: Actor
) -> None:
    areas = services.read(lambda app: app.competence.framework(coach)).value
    assert [area.number for area in areas] == list(range(1, 13))
    assert all(3 <= len(area.goals) <= 6 for area in areas)
    assert sum(len(area.goals) for area in areas) == sum(len(area.goals) for area in AREAS)
    assert all(
        goal.text_nb and goal.text_en and goal.easy_nb and goal.easy_en for a in areas for goal in a.goals
    )
    assert [level.level for level in LEVELS] == [1, 2, 3, 4]


def test_a_local_goal_is_added_and_a_retired_goal_keeps_its_history(
    services: AppServices, coach: Actor, participant_id: int
) -> None:
    local = services.write(
        lambda app: app.competence.add_local_goal(
            coach, LocalGoalInput(9, "Betjener kaffemaskinen i kantina")
        )
    ).value
    assert local.local and local.area_number == 9
    plan_goal = services.write(
        lambda app: app.plans.add_goal(coach, participant_id, PlanGoalInput(local.id, target_level=3))
    ).value
    services.write(lambda app: app.competence.retire_goal(coach, local.id))
    areas = services.read(lambda app: app.competence.framework(coach)).value
    assert local.id not in {goal.id for area in areas for goal in area.goals}
    # The plan keeps the retired goal, and a new plan cannot take it.
    plan = services.write(lambda app: app.plans.plan(coach, participant_id)).value
    assert [goal.text for goal in plan.goals] == ["Betjener kaffemaskinen i kantina"]
    assert plan.goals[0].id == plan_goal.id
    with pytest.raises(ValidationError):
        services.write(lambda app: app.plans.add_goal(coach, participant_id, PlanGoalInput(local.id)))


# --- plans and assessments --------------------------------------------------------------------


def test_a_plan_holds_framework_and_free_goals_with_targets_and_every_change_is_audited(
    services: AppServices, coach: Actor, participant_id: int
) -> None:
    hands = _framework_goal(services, coach, "A01.1")
    data = PlanGoalInput(hands, target_level=3, target_date=date(2027, 1, 31), tasks="Oppvask, kald mat")
    goal = services.write(lambda app: app.plans.add_goal(coach, participant_id, data)).value
    services.write(
        lambda app: app.plans.add_goal(coach, participant_id, PlanGoalInput(None, "Møter presis", 4))
    )
    plan = services.write(lambda app: app.plans.plan(coach, participant_id)).value
    assert [(g.area_number, g.target_level, g.tasks) for g in plan.goals] == [
        (1, 3, "Oppvask, kald mat"),
        (None, 4, ""),
    ]
    assert plan.goals[0].easy_text.startswith("Jeg vasker hendene")
    services.write(lambda app: app.plans.remove_goal(coach, goal.id))
    details = _audit_details(services, participant_id)
    assert f"plan goal {goal.id} added" in details and f"plan goal {goal.id} removed" in details
    assert "training plan" in details  # the view itself


@pytest.mark.parametrize(
    "data",
    [
        PlanGoalInput(None, ""),  # neither a framework goal nor a free one
        PlanGoalInput(None, "Møter presis", target_level=5),
        PlanGoalInput(None, "Møter presis", target_date=date(1850, 1, 1)),
    ],
)
def test_a_bad_goal_is_refused_and_nothing_is_added(
    services: AppServices, coach: Actor, participant_id: int, data: PlanGoalInput
) -> None:
    with pytest.raises(ValidationError):
        services.write(lambda app: app.plans.add_goal(coach, participant_id, data))
    assert services.write(lambda app: app.plans.plan(coach, participant_id)).value.goals == ()


def test_assessments_of_coach_and_participant_stand_side_by_side(
    services: AppServices, coach: Actor, participant_id: int, clock: FakeClock
) -> None:
    hands = _framework_goal(services, coach, "A01.1")
    goal = services.write(
        lambda app: app.plans.add_goal(coach, participant_id, PlanGoalInput(hands, target_level=3))
    ).value
    with pytest.raises(ValidationError) as caught:  # the coach says what was observed
        services.write(lambda app: app.plans.assess(coach, AssessmentInput(goal.id, 2, TODAY, "  ")))
    assert "evidence" in caught.value.field_errors
    first = AssessmentInput(goal.id, 1, date(2026, 10, 1), "Trengte påminnelse ved oppvasken")
    later = AssessmentInput(goal.id, 2, date(2026, 11, 20), "Vasket hender før kald mat uten påminnelse")
    services.write(lambda app: [app.plans.assess(coach, first), app.plans.assess(coach, later)])
    services.write(lambda app: app.plans.self_assess(coach, participant_id, {goal.id: 3}))
    plan = services.write(lambda app: app.plans.plan(coach, participant_id)).value
    info = plan.goals[0]
    assert (info.start_level, info.coach_level, info.self_level) == (1, 2, 3)
    timeline = services.write(lambda app: app.plans.timeline(coach, participant_id)).value
    assert [(a.kind, a.level) for a in timeline] == [
        (AssessmentKind.COACH, 1),
        (AssessmentKind.COACH, 2),
        (AssessmentKind.SELF, 3),
    ]
    assert [a.area_number for a in services.plans.area_levels(plan)] == [1]
    with pytest.raises(ValidationError):  # no assessment dated ahead
        services.write(
            lambda app: app.plans.assess(coach, AssessmentInput(goal.id, 3, date(2026, 12, 1), "x"))
        )


def test_a_goal_past_its_date_below_its_level_is_overdue(
    services: AppServices, coach: Actor, participant_id: int
) -> None:
    goal = services.write(
        lambda app: app.plans.add_goal(
            coach, participant_id, PlanGoalInput(None, "Møter presis", 3, target_date=date(2026, 11, 1))
        )
    ).value
    assert services.write(lambda app: app.plans.plan(coach, participant_id)).value.goals[0].overdue
    services.write(lambda app: app.plans.assess(coach, AssessmentInput(goal.id, 3, TODAY, "Presis hele uka")))
    assert not services.write(lambda app: app.plans.plan(coach, participant_id)).value.goals[0].overdue


def test_only_roles_with_participant_details_see_or_change_a_plan(
    services: AppServices, coach: Actor, participant_id: int
) -> None:
    manager = make_user(services, "Kari Nordmann", Role.CANTEEN_MANAGER)
    with pytest.raises(NotAuthorizedError):
        services.write(lambda app: app.plans.plan(manager, participant_id))
    with pytest.raises(NotAuthorizedError):
        services.write(lambda app: app.plans.add_goal(KIOSK, participant_id, PlanGoalInput(None, "x")))


# --- the measure's lifecycle --------------------------------------------------------------------


def test_a_measure_is_extended_with_a_reason_and_ended_with_navs_reason(
    services: AppServices, coach: Actor, participant_id: int
) -> None:
    current = services.write(lambda app: app.participants.get(coach, participant_id)).value
    with pytest.raises(ValidationError) as caught:
        services.write(
            lambda app: app.participants.extend_measure(
                coach, participant_id, current.version, date(2027, 3, 1), ""
            )
        )
    assert set(caught.value.field_errors) == {"new_end", "reason"}
    extended = services.write(
        lambda app: app.participants.extend_measure(
            coach,
            participant_id,
            current.version,
            date(2027, 12, 31),
            "Redusert arbeidsevne, godkjent av NAV",
        )
    ).value
    assert extended.measure_planned_end == date(2027, 12, 31)
    with pytest.raises(ValidationError):
        services.write(
            lambda app: app.participants.end_measure(coach, participant_id, extended.version, TODAY, "fired")
        )
    ended = services.write(
        lambda app: app.participants.end_measure(coach, participant_id, extended.version, TODAY, "got_job")
    ).value
    assert (ended.ended_on, ended.end_reason, ended.active) == (TODAY, "got_job", False)
    rows = services.write(lambda app: app.participants.rows(coach)).value
    assert rows[0].ended_on == TODAY
    assert "measure ended: got_job" in _audit_details(services, participant_id)


# --- the photo ------------------------------------------------------------------------------


def _jpeg_with_gps() -> bytes:
    picture = Image.new("RGB", (2000, 1500), (200, 120, 80))
    exif = Image.Exif()
    exif[0x010F] = "Telefonprodusent"  # the camera's make
    exif[0x8825] = {1: "N", 2: (59.0, 54.0, 0.0)}  # GPS latitude: where the photo was taken
    out = io.BytesIO()
    picture.save(out, format="JPEG", exif=exif)
    with Image.open(io.BytesIO(out.getvalue())) as check:  # the test's own picture has them
        assert check.getexif()[0x010F] == "Telefonprodusent"
    return out.getvalue()


def test_a_photo_is_scaled_without_metadata_and_shown_on_the_kiosk_only_with_a_yes(
    services: AppServices, coach: Actor, participant_id: int
) -> None:
    services.write(lambda app: app.participants.set_photo(coach, participant_id, _jpeg_with_gps(), False))
    stored = services.write(lambda app: app.participants.photo(coach, participant_id)).value
    assert stored is not None
    with Image.open(io.BytesIO(stored)) as image:
        assert max(image.size) <= 320 and image.format == "PNG"
        assert not image.getexif() and "exif" not in image.info
    people = services.read(lambda app: app.participants.kiosk_people(KIOSK, TODAY)).value
    assert [(p.first_name, p.photo) for p in people] == [("Åse", None)]  # no yes, no photo
    services.write(lambda app: app.participants.set_photo(coach, participant_id, _jpeg_with_gps(), True))
    people = services.read(lambda app: app.participants.kiosk_people(KIOSK, TODAY)).value
    assert people[0].photo == services.write(lambda app: app.participants.photo(coach, participant_id)).value
    with pytest.raises(ValidationError):
        services.write(lambda app: app.participants.set_photo(coach, participant_id, b"not a picture", True))
