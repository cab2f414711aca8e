"""What a user may type: every participant text field, PINs, user names, and the command line's
dates and months. Property tests (hypothesis) search for input that slips through."""

from __future__ import annotations

import argparse
import unicodedata
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from canteen_app.access import Role
from canteen_app.cli.parsing import iso_date, month
from canteen_app.core.text_rules import BIDI_CONTROLS, text_problem
from canteen_app.platform.auth.rules import MAX_SECRET_LENGTH, MIN_SECRET_LENGTH, name_problem, secret_problem
from canteen_app.training.participants.rules import (
    EARLIEST_DATE,
    LATEST_DATE,
    TEXT_FIELDS,
    validate_participant,
)
from tests.helpers import participant_input

VALID = participant_input(
    7, email="ase@example.no", support_needs="Trenger skriftlige steglister.\nViser gjerne først."
)
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u0301"  # zero-width characters and a lone accent


# --- participant text fields -------------------------------------------------------------------


@pytest.mark.parametrize("field_name", sorted(TEXT_FIELDS))
@pytest.mark.parametrize(
    "bad",
    ["Ali\x00", "Ali\x07", "Ali\u202eila", "\u2066Ali\u2069", "Ali\udc80", "Ali\x1b[31m"],
    ids=["NUL", "bell", "RLO", "isolate", "lone-surrogate", "escape"],
)
def test_hidden_and_broken_characters_are_refused_in_every_text_field(field_name: str, bad: str) -> None:
    errors = validate_participant(replace(VALID, **{field_name: bad}))
    assert field_name in errors, f"{bad!r} was accepted in {field_name}"


@pytest.mark.parametrize("field_name", ["first_name", "last_name"])
def test_a_name_made_only_of_invisible_characters_is_refused(field_name: str) -> None:
    errors = validate_participant(replace(VALID, **{field_name: "\u200b\u200b"}))
    assert "invisible" in str(errors[field_name])


def test_line_breaks_only_where_the_field_holds_several_lines() -> None:
    assert validate_participant(replace(VALID, support_needs="Linje 1\nLinje 2\tmed tab")) == {}
    assert "first_name" in validate_participant(replace(VALID, first_name="Åse\nØdegård"))


def test_right_to_left_names_and_joiners_are_welcome() -> None:
    # Arabic, Dari with a zero-width non-joiner, Tigrinya: written as typed.
    for first, last in (("فاطمة", "علي"), ("زهرا", "می\u200cخواهد"), ("ሳሮን", "ተስፋማርያም")):
        assert validate_participant(replace(VALID, first_name=first, last_name=last)) == {}


@pytest.mark.parametrize(("field_name", "limit"), [(name, spec[0]) for name, spec in TEXT_FIELDS.items()])
def test_every_text_field_has_its_limit(field_name: str, limit: int) -> None:
    text = "a@b.no" if field_name == "email" else ""
    at_limit = (text + "x" * limit)[:limit] if field_name != "email" else "x" * (limit - 5) + "@b.no"
    assert field_name not in validate_participant(replace(VALID, **{field_name: at_limit}))
    assert field_name in validate_participant(replace(VALID, **{field_name: at_limit + "x"}))


def test_the_columns_hold_what_the_rules_allow() -> None:
    from canteen_app.training.participants.models import Participant

    for field_name, (limit, _required, _multiline) in TEXT_FIELDS.items():
        column_length = getattr(Participant.__table__.c[field_name].type, "length", None)
        assert column_length == limit, field_name


@pytest.mark.parametrize("percent", [0, 101, -5, True, 50.5, "80"])
def test_participation_is_a_whole_number_from_1_to_100(percent: object) -> None:
    errors = validate_participant(replace(VALID, participation_percent=percent))  # type: ignore[arg-type]
    assert "participation_percent" in errors


@pytest.mark.parametrize(
    ("start", "end", "field_name"),
    [
        (date(1989, 12, 31), date(2026, 6, 1), "measure_start"),
        (date(2026, 9, 1), date(2101, 1, 1), "measure_planned_end"),
        (date(1, 1, 1), date(2026, 6, 1), "measure_start"),
    ],
)
def test_dates_outside_1990_to_2100_are_refused(start: date, end: date, field_name: str) -> None:
    errors = validate_participant(replace(VALID, measure_start=start, measure_planned_end=end))
    assert field_name in errors and "1990" in str(errors[field_name])


def test_the_first_and_last_allowed_days() -> None:
    assert (
        validate_participant(replace(VALID, measure_start=EARLIEST_DATE, measure_planned_end=LATEST_DATE))
        == {}
    )


@given(st.text(max_size=120))
def test_accepted_text_never_hides_or_breaks_anything(text: str) -> None:
    """Whatever hypothesis types: if a single-line field accepts it, it holds no control,
    surrogate or bidi override character and fits the limit."""
    if text_problem(text, 100) is None:
        assert len(text) <= 100
        assert not any(unicodedata.category(c) in ("Cc", "Cs") for c in text)
        assert not BIDI_CONTROLS & set(text)


@given(st.text(alphabet=st.sampled_from(INVISIBLE), min_size=1, max_size=20))
def test_invisible_only_text_is_never_a_name(text: str) -> None:
    assert text_problem(text, 100, required=True) is not None


# --- PINs and user names -----------------------------------------------------------------------


@given(st.text(max_size=20))
def test_an_accepted_pin_is_4_to_12_ascii_digits(pin: str) -> None:
    for role in Role:
        if secret_problem(role, pin) is None:
            assert pin.isascii() and pin.isdigit()
            assert MIN_SECRET_LENGTH[role] <= len(pin) <= MAX_SECRET_LENGTH


@pytest.mark.parametrize("pin", ["１２３４５６", "١٢٣٤٥٦", "12345a", "123 456", "1234567890123"])
def test_wide_arabic_and_other_digits_letters_spaces_and_long_pins_are_refused(pin: str) -> None:
    assert secret_problem(Role.ADMIN, pin) is not None


def test_pin_lengths_per_role() -> None:
    assert secret_problem(Role.KIOSK, "0000") is None
    assert secret_problem(Role.JOB_COACH, "1234") is not None  # coaches see participant data
    assert secret_problem(Role.JOB_COACH, "123456789012") is None


@pytest.mark.parametrize("name", ["", "   "[:0], "Kari\nNordmann", "Kari\x00", "x" * 101, "\u200b"])
def test_bad_user_names_are_refused(name: str) -> None:
    assert name_problem(name) is not None


# --- the command line's dates and months -------------------------------------------------------


@given(st.dates())
def test_every_day_round_trips_through_date(day: date) -> None:
    assert iso_date(f"{day.year:04d}-{day.month:02d}-{day.day:02d}") == day


@given(st.integers(1, 9999), st.integers(1, 12))
def test_every_month_from_0001_01_to_9999_12_is_accepted(year: int, month_number: int) -> None:
    assert month(f"{year:04d}-{month_number:02d}") == date(year, month_number, 1)


@given(st.text(max_size=12))
def test_nothing_but_yyyy_mm_dd_is_a_date(text: str) -> None:
    try:
        parsed = iso_date(text)
    except argparse.ArgumentTypeError:
        return
    assert text == parsed.isoformat()


@given(st.text(max_size=9))
def test_nothing_but_yyyy_mm_is_a_month(text: str) -> None:
    try:
        parsed = month(text)
    except argparse.ArgumentTypeError:
        return
    assert text == f"{parsed.year:04d}-{parsed.month:02d}"


@pytest.mark.parametrize(
    "text", ["20261125", "2026-W48-3", "2026-11-25T10:00", "2026-11-5", "０２０２６-11-25"]
)
def test_other_iso_forms_are_not_dates_here(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError):
        iso_date(text)


@pytest.mark.parametrize("text", ["0000-01", "2026-13", "2026-1", "202611", "2026-11-01"])
def test_impossible_or_other_forms_are_not_months(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError):
        month(text)
