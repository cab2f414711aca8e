"""Plain domain rules: dates, NAV measure limits, participant validation and warnings."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from canteen_app.access import Permission, Role, permissions_of
from canteen_app.core.dates import add_months, local_day, month_bounds, week_start
from canteen_app.training.participants.nav import MEASURE_RULES, NavMeasure
from canteen_app.training.participants.rules import (
    ParticipantInput,
    participant_warnings,
    usual_measure_end,
    validate_participant,
)
from tests.helpers import participant_input

VALID = participant_input(7, email="ase@example.no")

# --- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),  # clamped to the short month
        (date(2028, 1, 31), 1, date(2028, 2, 29)),  # leap year
        (date(2028, 2, 29), 12, date(2029, 2, 28)),  # from a leap day to a normal year
        (date(2028, 2, 29), 48, date(2032, 2, 29)),  # leap day to leap day
        (date(2026, 12, 15), 1, date(2027, 1, 15)),  # over the new year
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),  # backwards, clamped
        (date(2026, 1, 15), -1, date(2025, 12, 15)),  # backwards over the new year
        (date(2028, 2, 29), -12, date(2027, 2, 28)),
        (date(2026, 11, 25), -24, date(2024, 11, 25)),
        (date(2026, 5, 31), -25, date(2024, 4, 30)),
        (date(2026, 5, 17), 0, date(2026, 5, 17)),
    ],
)
def test_add_months_keeps_the_day_or_clamps_to_the_months_end(
    start: date, months: int, expected: date
) -> None:
    assert add_months(start, months) == expected


def test_month_bounds_and_week_start() -> None:
    assert month_bounds(date(2028, 2, 14)) == (date(2028, 2, 1), date(2028, 2, 29))
    assert month_bounds(date(2026, 12, 31)) == (date(2026, 12, 1), date(2026, 12, 31))
    assert week_start(date(2026, 11, 29)) == date(2026, 11, 23)  # Sunday -> its ISO week's Monday
    assert week_start(date(2026, 11, 23)) == date(2026, 11, 23)
    assert week_start(date(2027, 1, 1)) == date(2026, 12, 28)


@pytest.mark.parametrize(
    ("at", "expected"),
    [
        # Spring forward: Sunday 29 March 2026 at 01:00 UTC Oslo goes from UTC+1 to UTC+2.
        (datetime(2026, 3, 28, 22, 59, tzinfo=UTC), date(2026, 3, 28)),  # 23:59 local
        (datetime(2026, 3, 28, 23, 0, tzinfo=UTC), date(2026, 3, 29)),  # midnight, still winter time
        (datetime(2026, 3, 29, 21, 59, tzinfo=UTC), date(2026, 3, 29)),  # 23:59 summer time
        (datetime(2026, 3, 29, 22, 0, tzinfo=UTC), date(2026, 3, 30)),  # midnight summer time
        # Fall back: Sunday 25 October 2026 at 01:00 UTC Oslo goes from UTC+2 to UTC+1.
        (datetime(2026, 10, 24, 21, 59, tzinfo=UTC), date(2026, 10, 24)),
        (datetime(2026, 10, 24, 22, 0, tzinfo=UTC), date(2026, 10, 25)),
        (datetime(2026, 10, 25, 22, 59, tzinfo=UTC), date(2026, 10, 25)),  # 23:59 winter time
        (datetime(2026, 10, 25, 23, 0, tzinfo=UTC), date(2026, 10, 26)),
        # Summer night: 23:30 UTC is already tomorrow in Oslo.
        (datetime(2026, 7, 1, 23, 30, tzinfo=UTC), date(2026, 7, 2)),
        # Any aware time works, not only UTC.
        (datetime(2026, 7, 2, 4, 0, tzinfo=timezone(timedelta(hours=5))), date(2026, 7, 2)),
        (datetime(2026, 7, 1, 20, 0, tzinfo=timezone(timedelta(hours=-5))), date(2026, 7, 2)),
    ],
)
def test_local_day_is_the_oslo_calendar_day_across_daylight_saving_changes(
    at: datetime, expected: date
) -> None:
    assert local_day(at) == expected


# --- NAV measure limits ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("measure", "expected_end"),
    [
        ("arbeidstrening", date(2027, 8, 31)),
        ("aft", date(2027, 8, 31)),
        ("vta", None),  # no time limit
        ("oppfolging", date(2027, 2, 28)),
        ("kvp", date(2028, 8, 31)),
        ("introduksjonsprogram", date(2029, 8, 31)),
    ],
)
def test_usual_measure_end_per_measure(measure: str, expected_end: date | None) -> None:
    assert usual_measure_end(measure, date(2026, 8, 31)) == expected_end


def test_usual_measure_end_needs_a_known_measure_and_a_start() -> None:
    assert usual_measure_end("lønnstilskudd", date(2026, 8, 31)) is None
    assert usual_measure_end("arbeidstrening", None) is None
    assert set(MEASURE_RULES) == set(NavMeasure)


# --- participant validation -----------------------------------------------------------------


def test_a_complete_entry_is_valid_without_warnings() -> None:
    assert validate_participant(VALID) == {}
    assert participant_warnings(VALID) == {}
    # Optional contact fields may be empty.
    assert validate_participant(replace(VALID, phone="", email="", support_needs="")) == {}


@pytest.mark.parametrize(
    ("changes", "field_name", "message"),
    [
        ({"first_name": ""}, "first_name", "This field is required."),
        ({"last_name": "x" * 101}, "last_name", "Use at most 100 characters."),
        ({"nav_measure": "lønnstilskudd"}, "nav_measure", "Choose the NAV measure from the list."),
        ({"nav_measure": "Arbeidstrening"}, "nav_measure", "Choose the NAV measure from the list."),
        (
            {"participation_percent": 0},
            "participation_percent",
            "Participation must be a whole number from 1 to 100 percent.",
        ),
        (
            {"participation_percent": 101},
            "participation_percent",
            "Participation must be a whole number from 1 to 100 percent.",
        ),
        (
            {"participation_percent": None},
            "participation_percent",
            "Participation must be a whole number from 1 to 100 percent.",
        ),
        ({"measure_start": None}, "measure_start", "The start date is required."),
        ({"measure_planned_end": None}, "measure_planned_end", "The planned end date is required."),
        (
            {"measure_planned_end": date(2026, 9, 1)},
            "measure_planned_end",
            "The planned end must be after the start date.",
        ),
        (
            {"measure_planned_end": date(2026, 1, 1)},
            "measure_planned_end",
            "The planned end must be after the start date.",
        ),
        ({"preferred_language": "de"}, "preferred_language", "Choose a language from the list."),
        ({"preferred_language": ""}, "preferred_language", "Choose a language from the list."),
        ({"coach_id": None}, "coach_id", "Choose the job coach."),
        ({"email": "ase@"}, "email", "This does not look like an e-mail address."),
        ({"phone": "9" * 31}, "phone", "Use at most 30 characters."),
        ({"support_needs": "x" * 2001}, "support_needs", "Use at most 2000 characters."),
    ],
)
def test_each_invalid_field_gets_its_own_message(
    changes: dict[str, object], field_name: str, message: str
) -> None:
    errors = validate_participant(replace(VALID, **changes))  # type: ignore[arg-type]
    assert set(errors) == {field_name}
    assert str(errors[field_name]) == message


def test_boundaries_that_are_still_valid() -> None:
    for percent in (1, 100):
        assert validate_participant(replace(VALID, participation_percent=percent)) == {}
    assert validate_participant(replace(VALID, measure_planned_end=date(2026, 9, 2))) == {}
    assert (
        validate_participant(replace(VALID, first_name="x" * 100, phone="9" * 30, support_needs="x" * 2000))
        == {}
    )
    assert validate_participant(replace(VALID, preferred_language="prs")) == {}  # Dari


def test_all_problems_are_reported_at_once() -> None:
    empty = ParticipantInput("", "", "", "", None, None, None, None)
    assert set(validate_participant(empty)) == {
        "first_name",
        "last_name",
        "preferred_language",
        "nav_measure",
        "measure_start",
        "measure_planned_end",
        "participation_percent",
        "coach_id",
    }


# --- warnings ----------------------------------------------------------------------------------


def test_planned_end_beyond_the_usual_limit_warns_with_the_limit_date() -> None:
    # Arbeidstrening from 1 Sep 2026: usually up to 12 months, to 1 Sep 2027.
    assert participant_warnings(replace(VALID, measure_planned_end=date(2027, 9, 1))) == {}
    warnings = participant_warnings(replace(VALID, measure_planned_end=date(2027, 9, 2)))
    assert set(warnings) == {"measure_planned_end"}
    assert str(warnings["measure_planned_end"]) == (
        "Beyond the usual limit for Arbeidstrening, which ends 2027-09-01. "
        "Check that NAV has approved an extension."
    )
    # Oppfølging: 6 months.
    assert "measure_planned_end" in participant_warnings(
        replace(VALID, nav_measure="oppfolging", measure_planned_end=date(2027, 3, 2))
    )
    # VTA has no limit; an unknown measure is an error, not a warning.
    assert participant_warnings(replace(VALID, nav_measure="vta", measure_planned_end=date(2040, 1, 1))) == {}
    assert (
        participant_warnings(replace(VALID, nav_measure="ukjent", measure_planned_end=date(2040, 1, 1))) == {}
    )
    assert participant_warnings(replace(VALID, measure_start=None)) == {}


@pytest.mark.parametrize(
    "support_needs",
    [
        "Har autisme, trenger ro.",
        "ADHD",
        "Diagnose: epilepsi",
        "Har Downs syndrom",
        "Lett psykisk utviklingshemming",
        "Dysleksi - trenger lydbok",
        "Has PTSD",
    ],
)
def test_diagnosis_words_in_support_needs_warn(support_needs: str) -> None:
    warnings = participant_warnings(replace(VALID, support_needs=support_needs))
    assert set(warnings) == {"support_needs"}
    assert "not diagnoses" in str(warnings["support_needs"])


@pytest.mark.parametrize(
    "support_needs",
    [
        "Trenger skriftlige steglister for nye oppgaver.",
        "Bruker bilder (piktogrammer) for å huske rekkefølgen.",
        "Trenger rolige pauser i løpet av dagen.",
        "Needs instructions both spoken and written.",
    ],
)
def test_functional_support_needs_do_not_warn(support_needs: str) -> None:
    assert participant_warnings(replace(VALID, support_needs=support_needs)) == {}


def test_cleaned_strips_every_text_field_and_keeps_the_rest() -> None:
    messy = ParticipantInput(
        first_name="  Åse ",
        last_name="\tØdegård\n",
        preferred_language=" nb ",
        nav_measure=" aft ",
        measure_start=date(2026, 9, 1),
        measure_planned_end=date(2027, 6, 30),
        participation_percent=50,
        coach_id=3,
        phone=" 912 34 567 ",
        email=" ase@example.no ",
        nav_contact="  NAV Horten ",
        support_needs="\n Trenger steglister. \n",
    )
    assert messy.cleaned() == ParticipantInput(
        first_name="Åse",
        last_name="Ødegård",
        preferred_language="nb",
        nav_measure="aft",
        measure_start=date(2026, 9, 1),
        measure_planned_end=date(2027, 6, 30),
        participation_percent=50,
        coach_id=3,
        phone="912 34 567",
        email="ase@example.no",
        nav_contact="NAV Horten",
        support_needs="Trenger steglister.",
    )
    assert validate_participant(messy.cleaned()) == {}
    # A name of blanks is empty once cleaned.
    assert "first_name" in validate_participant(replace(messy, first_name="   ").cleaned())


# --- roles (the privacy rules of PRODUCT.md) ---------------------------------------------------


def test_only_roles_that_need_participant_details_get_them() -> None:
    # The shared kiosk counts guests, shows today's menu and lets participants check in by first
    # name: no other participant data.
    assert permissions_of(Role.KIOSK) == {Permission.COUNT_GUESTS, Permission.VIEW_MENUS, Permission.CHECK_IN}
    assert Permission.VIEW_PARTICIPANT_DETAILS not in permissions_of(Role.CANTEEN_MANAGER)
    assert Permission.VIEW_PARTICIPANT_NAMES in permissions_of(Role.CANTEEN_MANAGER)
    assert Permission.VIEW_GUEST_STATISTICS not in permissions_of(Role.JOB_COACH)
    assert {Permission.VIEW_PARTICIPANT_DETAILS, Permission.EDIT_PARTICIPANTS} <= permissions_of(
        Role.JOB_COACH
    )
    assert Permission.READ_AUDIT_LOG in permissions_of(Role.ADMIN)
    # Menus and allergens: the canteen manager edits them, everyone else reads.
    editors = {role for role in Role if Permission.MANAGE_MENUS in permissions_of(role)}
    assert editors == {Role.ADMIN, Role.CANTEEN_MANAGER}
    assert all(Permission.VIEW_MENUS in permissions_of(role) for role in Role)
    assert all(
        Permission.READ_AUDIT_LOG not in permissions_of(role) for role in Role if role is not Role.ADMIN
    )


def test_participants_sort_in_norwegian_alphabetical_order() -> None:
    from canteen_app.training.participants.service import sort_key

    names = [
        ("Ola", "Åsheim"),
        ("Kari", "Ødegård"),
        ("Per", "Zahl"),
        ("Anne", "Ærø"),
        ("Eva", "Aas"),
        ("Li", "Émile"),
    ]
    ordered = sorted(names, key=lambda name: sort_key(*name))
    # "Aa" at the start of a name is the old spelling of "Å" (CLDR's Norwegian order).
    assert [last for _first, last in ordered] == ["Émile", "Zahl", "Ærø", "Ødegård", "Aas", "Åsheim"]


def test_ordinary_english_words_are_not_taken_for_diagnoses() -> None:
    from tests.helpers import participant_input

    data = participant_input(1, support_needs="Add a short break; calm down time after lunch rush.")
    assert "support_needs" not in participant_warnings(data)
