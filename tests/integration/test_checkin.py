"""The kiosk's check-in statement on SQLite and PostgreSQL: one statement checks that the
participant can check in today and writes the day's row. What it writes, whom it refuses (and
that a refused tap writes nothing), and that a statement the database refuses comes back as
any statement's error. (The taps' sequence, in, double tap, out, is in test_attendance.py.)"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices, database_of
from canteen_app.core.errors import NotAuthorizedError, NotFoundError
from canteen_app.training.attendance.dto import CheckInState
from canteen_app.training.attendance.models import AttendanceDay
from canteen_app.training.attendance.rules import ATTENDANCE
from tests.conftest import FakeClock
from tests.helpers import KIOSK, db_session, make_user, participant_input

TODAY = date(2026, 11, 25)  # the FakeClock's Wednesday


@pytest.fixture
def coach(services: AppServices) -> Actor:
    return make_user(services, "Jonas Berg", Role.JOB_COACH)


def _participant(services: AppServices, coach: Actor, **overrides: object) -> int:
    return services.write(
        lambda app: app.participants.create(coach, participant_input(coach.user_id, **overrides))
    ).value.id


def _tap(services: AppServices, participant_id: int, kiosk: Actor = KIOSK) -> CheckInState:
    return services.write(lambda app: app.attendance.check_in_or_out(kiosk, participant_id)).value


def _rows(services: AppServices) -> list[tuple[object, ...]]:
    with db_session(services) as session:
        return [
            (
                row.site_id,
                row.participant_id,
                row.day,
                row.status,
                row.hours,
                row.absence_reason,
                row.checked_in_at,
                row.checked_out_at,
                row.source,
                row.corrected_by,
                row.correction_reason,
                row.updated_at,
                row.version,
            )
            for row in session.scalars(select(AttendanceDay).order_by(AttendanceDay.id))
        ]


def test_a_check_in_writes_the_days_row_and_says_so(
    services: AppServices, coach: Actor, clock: FakeClock
) -> None:
    participant_id = _participant(services, coach)
    clock.now = clock.now.replace(hour=7, minute=2, second=9, microsecond=123456)  # 08:02 in Oslo
    outcome = services.write(lambda app: app.attendance.check_in_or_out(KIOSK, participant_id))
    assert outcome.value == CheckInState(participant_id, "Åse", True, False)
    assert outcome.changes.ids_of(ATTENDANCE) == {participant_id}
    now = clock.now
    assert _rows(services) == [
        (1, participant_id, TODAY, "present", None, "", now, None, "kiosk", "", "", now, 1)
    ]


def test_only_someone_whose_measure_runs_today_on_this_site_can_check_in(
    services: AppServices, coach: Actor, clock: FakeClock
) -> None:
    starts_today = _participant(services, coach, first_name="Bo", measure_start=TODAY)
    ends_today = _participant(services, coach, first_name="Cato", measure_planned_end=TODAY)
    starts_tomorrow = _participant(services, coach, first_name="Dina", measure_start=TODAY + timedelta(1))
    ended = _participant(services, coach, first_name="Eli")
    version = services.write(lambda app: app.participants.get(coach, ended)).value.version
    services.write(
        lambda app: app.participants.end_measure(coach, ended, version, TODAY - timedelta(1), "got_job")
    )
    other_site = Actor(None, "kiosk", Role.KIOSK, 2)

    assert _tap(services, starts_today) == CheckInState(starts_today, "Bo", True, False)
    assert _tap(services, ends_today) == CheckInState(ends_today, "Cato", True, False)
    for participant_id, kiosk in ((starts_tomorrow, KIOSK), (ended, KIOSK), (starts_today, other_site)):
        with pytest.raises(NotFoundError):
            _tap(services, participant_id, kiosk)
    assert [row[1] for row in _rows(services)] == [starts_today, ends_today]
    cook = make_user(services, "Kari Kokk", Role.CANTEEN_MANAGER)
    with pytest.raises(NotAuthorizedError):
        _tap(services, ends_today, cook)


def test_someone_checked_in_whose_measure_was_ended_meanwhile_cannot_check_out(
    services: AppServices, coach: Actor, clock: FakeClock
) -> None:
    participant_id = _participant(services, coach)
    clock.now = clock.now.replace(hour=7, minute=0)
    assert _tap(services, participant_id).checked_in
    written = _rows(services)
    version = services.write(lambda app: app.participants.get(coach, participant_id)).value.version
    services.write(
        lambda app: app.participants.end_measure(coach, participant_id, version, TODAY - timedelta(1), "ill")
    )
    clock.advance(hours=5)
    with pytest.raises(NotFoundError):
        _tap(services, participant_id)
    assert _rows(services) == written  # no check-out


# A trigger that refuses every new day's row, as a full disk or a broken file would refuse it.
_REFUSE = {
    "sqlite": [
        "CREATE TRIGGER refuse_days BEFORE INSERT ON attendance_days"
        " BEGIN SELECT RAISE(ABORT, 'refused'); END"
    ],
    "postgresql": [
        "CREATE FUNCTION refuse_days() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN RAISE unique_violation USING MESSAGE = 'refused'; END $$",
        "CREATE TRIGGER refuse_days BEFORE INSERT ON attendance_days"
        " FOR EACH ROW EXECUTE FUNCTION refuse_days()",
    ],
}
_ALLOW = {
    "sqlite": ["DROP TRIGGER refuse_days"],
    "postgresql": ["DROP TRIGGER refuse_days ON attendance_days", "DROP FUNCTION refuse_days()"],
}


def test_a_check_in_the_database_refuses_comes_back_as_any_statements_error(
    services: AppServices, coach: Actor
) -> None:
    """On SQLite the check-in runs on the driver's own connection: its error must still reach
    the caller as SQLAlchemy's (which AppServices turns into the user's message), with the
    parameters hidden, and leave nothing behind."""
    participant_id = _participant(services, coach)
    backend = database_of(services).backend
    with db_session(services, write=True) as session:
        for statement in _REFUSE[backend]:
            session.execute(text(statement))
    with pytest.raises(IntegrityError, match="refused") as refused:
        _tap(services, participant_id)
    assert "parameters hidden" in str(refused.value)
    with db_session(services, write=True) as session:
        for statement in _ALLOW[backend]:
            session.execute(text(statement))
    assert _rows(services) == []
    assert _tap(services, participant_id).checked_in  # and the next tap goes through
