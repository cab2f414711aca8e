"""Attendance on SQLite and PostgreSQL: the kiosk's check-in and check-out, the coach's register
and corrections, which days count, and the rate that backs up NAV's reporting."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices
from canteen_app.canteen.calendar.rules import ClosureInput
from canteen_app.core.errors import AuditedConcurrencyError, NotFoundError, ValidationError
from canteen_app.platform.audit.rules import AuditFilter
from canteen_app.training.attendance.dto import DayEntry
from canteen_app.training.attendance.rules import AttendanceStatus, DayInput, rate
from tests.conftest import FakeClock
from tests.helpers import KIOSK, SYSTEM, make_user, participant_input

TODAY = date(2026, 11, 25)  # the FakeClock's Wednesday


@pytest.fixture
def coach(services: AppServices) -> Actor:
    return make_user(services, "Jonas Berg", Role.JOB_COACH)


@pytest.fixture
def participant_id(services: AppServices, coach: Actor) -> int:
    return services.write(
        lambda app: app.participants.create(coach, participant_input(coach.user_id))
    ).value.id


def _tap(services: AppServices, participant_id: int):
    return services.write(lambda app: app.attendance.check_in_or_out(KIOSK, participant_id)).value


def test_a_tap_checks_in_the_next_checks_out_with_the_hours(
    services: AppServices, coach: Actor, participant_id: int, clock: FakeClock
) -> None:
    clock.now = clock.now.replace(hour=7, minute=2)  # 08:02 in Oslo
    assert _tap(services, participant_id).checked_in
    clock.advance(seconds=20)  # a double tap (or a second kiosk) is not a check-out
    assert not _tap(services, participant_id).checked_out
    people = services.read(lambda app: app.attendance.kiosk_people(KIOSK)).value
    assert [(p.first_name, s.checked_in, s.checked_out) for p, s in people] == [("Åse", True, False)]
    clock.advance(hours=6, minutes=14)
    state = _tap(services, participant_id)
    assert (state.checked_in, state.checked_out) == (True, True)
    assert _tap(services, participant_id) == state  # a third tap changes nothing
    month = services.write(lambda app: app.attendance.month(coach, participant_id, date(2026, 11, 1))).value
    today = next(entry for entry in month.days if entry.day == TODAY)
    assert (today.status, today.hours) == (AttendanceStatus.PRESENT, Decimal("6.25"))


def test_only_participants_whose_measure_runs_today_can_check_in(services: AppServices, coach: Actor) -> None:
    later = services.write(
        lambda app: app.participants.create(
            coach, participant_input(coach.user_id, measure_start=date(2026, 12, 1))
        )
    ).value
    assert services.read(lambda app: app.attendance.kiosk_people(KIOSK)).value == []
    with pytest.raises(NotFoundError):
        _tap(services, later.id)


def test_the_coach_registers_and_corrects_with_a_reason_and_the_reason_stays_with_the_coach(
    services: AppServices, coach: Actor, participant_id: int
) -> None:
    monday = date(2026, 11, 23)
    excused = DayInput(monday, AttendanceStatus.EXCUSED, None, "Legetime")
    first = services.write(lambda app: app.attendance.record_day(coach, participant_id, excused)).value
    assert first.version == 1
    with pytest.raises(ValidationError) as caught:  # changing an entry needs a reason
        services.write(
            lambda app: app.attendance.record_day(
                coach, participant_id, DayInput(monday, AttendanceStatus.PRESENT, Decimal("5")), first.version
            )
        )
    assert "correction_reason" in caught.value.field_errors
    corrected = DayInput(monday, AttendanceStatus.PRESENT, Decimal("5"), "", "Kom likevel etter legetimen")
    entry = services.write(
        lambda app: app.attendance.record_day(coach, participant_id, corrected, first.version)
    ).value
    assert entry.version == 2
    assert entry.corrected and entry.status is AttendanceStatus.PRESENT
    tuesday = DayInput(date(2026, 11, 24), AttendanceStatus.EXCUSED, None, "Syk barn")
    services.write(lambda app: app.attendance.record_day(coach, participant_id, tuesday))
    # The coach sees the reason; anyone else reading the summary does not.
    for_coach = services.write(
        lambda app: app.attendance.month(coach, participant_id, date(2026, 11, 1))
    ).value
    assert [e.absence_reason for e in for_coach.days if e.status is AttendanceStatus.EXCUSED] == ["Syk barn"]
    for_report = services.read(
        lambda app: app.attendance.summary(1, participant_id, date(2026, 11, 1), date(2026, 11, 30))
    ).value
    assert all(entry.absence_reason is None for entry in for_report.days)


def _day(services: AppServices, coach: Actor, participant_id: int, day: date) -> DayEntry:
    month = services.write(lambda app: app.attendance.month(coach, participant_id, day.replace(day=1))).value
    return next(entry for entry in month.days if entry.day == day)


def test_two_coaches_correcting_the_same_day_the_later_is_asked_not_overwriting(
    services: AppServices, coach: Actor, participant_id: int
) -> None:
    """Both open the register at the same version of Monday; the first save wins, the second
    is refused with the day as the first left it (a view, logged), and goes through once the
    coach has seen it and saves against that version ("keep mine")."""
    other = make_user(services, "Kari Lie", Role.JOB_COACH)
    monday = date(2026, 11, 23)
    services.write(
        lambda app: app.attendance.record_day(
            coach, participant_id, DayInput(monday, AttendanceStatus.PRESENT, Decimal("6"))
        )
    )
    seen = _day(services, coach, participant_id, monday)
    assert _day(services, other, participant_id, monday) == seen and seen.version == 1

    mine = DayInput(monday, AttendanceStatus.EXCUSED, None, "Legetime", "Ringte og meldte fravær")
    services.write(lambda app: app.attendance.record_day(coach, participant_id, mine, seen.version))
    theirs = DayInput(monday, AttendanceStatus.PRESENT, Decimal("3.5"), "", "Gikk tidlig")
    with pytest.raises(AuditedConcurrencyError) as refused:
        services.write(lambda app: app.attendance.record_day(other, participant_id, theirs, seen.version))

    current = refused.value.current
    assert isinstance(current, DayEntry)
    assert (current.status, current.absence_reason, current.corrected, current.version) == (
        AttendanceStatus.EXCUSED,
        "Legetime",
        True,
        2,
    )
    stored = _day(services, coach, participant_id, monday)
    assert (stored.status, stored.hours, stored.version) == (AttendanceStatus.EXCUSED, None, 2)
    entries = services.audit.entries(SYSTEM, filters=AuditFilter(participant_id=participant_id))
    conflicts = [(e.actor_name, e.action, e.detail) for e in entries if "conflict" in e.detail]
    assert conflicts == [("Kari Lie", "view", "attendance 2026-11-23 conflict")]

    kept = services.write(
        lambda app: app.attendance.record_day(other, participant_id, theirs, current.version)
    ).value
    assert (kept.status, kept.hours, kept.version) == (AttendanceStatus.PRESENT, Decimal("3.5"), 3)


def test_a_tap_at_the_kiosk_after_the_coach_opened_the_day_is_not_overwritten(
    services: AppServices, coach: Actor, participant_id: int, clock: FakeClock
) -> None:
    """The coach opened today with nothing registered (and then again after the check-in):
    the participant checks in, then out, at the kiosk meanwhile. Each save made on the older
    view is refused; the kiosk's taps go on as always."""
    clock.now = clock.now.replace(hour=7, minute=0)
    seen = _day(services, coach, participant_id, TODAY)
    assert (seen.status, seen.version) == (None, None)
    assert _tap(services, participant_id).checked_in

    absent = DayInput(TODAY, AttendanceStatus.UNEXCUSED)
    with pytest.raises(AuditedConcurrencyError) as refused:
        services.write(lambda app: app.attendance.record_day(coach, participant_id, absent, seen.version))
    checked_in = refused.value.current
    assert isinstance(checked_in, DayEntry)
    assert (checked_in.status, checked_in.checked_in_at is not None, checked_in.version) == (
        AttendanceStatus.PRESENT,
        True,
        1,
    )

    clock.advance(hours=6)
    assert _tap(services, participant_id).checked_out  # the check-out is a new version of the day
    fixed = DayInput(TODAY, AttendanceStatus.PRESENT, Decimal("7"), "", "Glemte å sjekke ut")
    with pytest.raises(AuditedConcurrencyError) as again:
        services.write(
            lambda app: app.attendance.record_day(coach, participant_id, fixed, checked_in.version)
        )
    checked_out = again.value.current
    assert isinstance(checked_out, DayEntry)
    assert (checked_out.hours, checked_out.version) == (Decimal("6.00"), 2)
    assert _day(services, coach, participant_id, TODAY).hours == Decimal("6.00")

    saved = services.write(
        lambda app: app.attendance.record_day(coach, participant_id, fixed, checked_out.version)
    ).value
    assert (saved.hours, saved.corrected, saved.version) == (Decimal("7.00"), True, 3)
    clock.advance(minutes=30)
    state = _tap(services, participant_id)  # a later tap still answers from the day's row
    assert (state.checked_in, state.checked_out) == (True, True)


def test_registering_a_day_someone_else_registered_meanwhile_is_refused(
    services: AppServices, coach: Actor, participant_id: int
) -> None:
    tuesday = date(2026, 11, 24)
    other = make_user(services, "Kari Lie", Role.JOB_COACH)
    services.write(
        lambda app: app.attendance.record_day(
            other, participant_id, DayInput(tuesday, AttendanceStatus.EXCUSED, None, "Syk")
        )
    )
    with pytest.raises(AuditedConcurrencyError):  # the coach still saw Tuesday empty
        services.write(
            lambda app: app.attendance.record_day(
                coach, participant_id, DayInput(tuesday, AttendanceStatus.UNEXCUSED), None
            )
        )
    assert _day(services, coach, participant_id, tuesday).status is AttendanceStatus.EXCUSED


@pytest.mark.parametrize(
    ("day", "field"),
    [
        (date(2026, 11, 28), "day"),  # a Saturday: the canteen is closed
        (date(2026, 8, 31), "day"),  # before the measure started
        (date(2026, 11, 26), "day"),  # tomorrow
    ],
)
def test_days_that_do_not_count_are_refused(
    services: AppServices, coach: Actor, participant_id: int, day: date, field: str
) -> None:
    data = DayInput(day, AttendanceStatus.UNEXCUSED)
    with pytest.raises(ValidationError) as caught:
        services.write(lambda app: app.attendance.record_day(coach, participant_id, data))
    assert field in caught.value.field_errors


def test_the_month_counts_open_days_within_the_measure_and_gives_the_rate(
    services: AppServices, coach: Actor, participant_id: int
) -> None:
    services.write(
        lambda app: app.calendar.add_closure(
            SYSTEM, ClosureInput(date(2026, 11, 16), date(2026, 11, 16), "Kurs")
        )
    )
    present = DayInput(date(2026, 11, 2), AttendanceStatus.PRESENT, Decimal("6"))
    unexcused = DayInput(date(2026, 11, 3), AttendanceStatus.UNEXCUSED)
    excused = DayInput(date(2026, 11, 4), AttendanceStatus.EXCUSED, None, "Tannlege")
    services.write(
        lambda app: [
            app.attendance.record_day(coach, participant_id, d) for d in (present, unexcused, excused)
        ]
    )
    month = services.write(lambda app: app.attendance.month(coach, participant_id, date(2026, 11, 1))).value
    # November 2026 up to the 25th: 18 weekdays, minus the closure on the 16th.
    assert len(month.days) == 17
    assert (month.present_days, month.excused_days, month.unexcused_days) == (1, 1, 1)
    assert month.unregistered_days == 14
    assert month.rate == pytest.approx(1 / 3)
    assert month.hours == Decimal(6)


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(statuses=st.lists(st.sampled_from([*AttendanceStatus, None]), min_size=18, max_size=18))
def test_the_summary_counts_exactly_what_was_registered(
    sqlite_services: AppServices, statuses: list[AttendanceStatus | None]
) -> None:
    """Any register of November's weekdays: the summary's counts and rate are what was typed."""
    coach = _coach(sqlite_services)
    participant = sqlite_services.write(
        lambda app: app.participants.create(coach, participant_input(coach.user_id))
    ).value.id
    weekdays = [d for d in (date(2026, 11, 1) + timedelta(days=n) for n in range(25)) if d.weekday() < 5]
    for day, status in zip(weekdays, statuses, strict=True):
        if status is not None:
            hours = Decimal(4) if status is AttendanceStatus.PRESENT else None
            data = DayInput(day, status, hours)
            sqlite_services.write(lambda app, d=data: app.attendance.record_day(coach, participant, d))
    month = sqlite_services.write(
        lambda app: app.attendance.month(coach, participant, date(2026, 11, 1))
    ).value
    counts = {status: statuses.count(status) for status in AttendanceStatus}
    assert month.present_days == counts[AttendanceStatus.PRESENT]
    assert month.excused_days == counts[AttendanceStatus.EXCUSED]
    assert month.unexcused_days == counts[AttendanceStatus.UNEXCUSED]
    assert month.unregistered_days == statuses.count(None)
    assert month.hours == 4 * counts[AttendanceStatus.PRESENT]
    assert month.rate == rate(*counts.values())


_coaches: dict[int, Actor] = {}


def _coach(services: AppServices) -> Actor:
    if id(services) not in _coaches:
        _coaches[id(services)] = make_user(services, f"Coach {len(_coaches)}", Role.JOB_COACH)
    return _coaches[id(services)]
