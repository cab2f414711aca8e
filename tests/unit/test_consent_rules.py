"""When a consent holds (R3): its longest life, its state on any day, which recipient it names,
what it covers, the checks of a recorded consent, and the refusal's words."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import assume, given
from hypothesis import strategies as st

from canteen_app.core.dates import add_months
from canteen_app.referrals.consent.rules import (
    CATEGORY_LABELS,
    CATEGORY_ORDER,
    ConsentInput,
    ConsentRefused,
    ConsentStatus,
    ConsentTerms,
    DataCategory,
    best_status,
    join_categories,
    latest_expiry,
    split_categories,
    validate_consent,
    withdrawal_problem,
)

days = st.dates(min_value=date(1990, 1, 1), max_value=date(2200, 12, 31))
categories = st.frozensets(st.sampled_from(CATEGORY_ORDER))
TODAY = date(2026, 11, 25)


@st.composite
def consents(draw: st.DrawFn) -> ConsentTerms:
    given_on = draw(days)
    expires_on = draw(st.dates(min_value=given_on, max_value=latest_expiry(given_on)))
    withdrawn_on = draw(st.none() | st.dates(min_value=given_on, max_value=given_on + timedelta(days=800)))
    return ConsentTerms(
        company_id=draw(st.integers(1, 3)),
        contact_id=draw(st.none() | st.integers(1, 3)),
        categories=draw(categories),
        given_on=given_on,
        expires_on=expires_on,
        withdrawn_on=withdrawn_on,
    )


# --- the longest life -----------------------------------------------------------------------------


@given(given_on=days)
def test_a_consent_runs_at_most_twelve_months_and_never_ends_before_it_begins(given_on: date) -> None:
    latest = latest_expiry(given_on)
    assert given_on <= latest
    assert latest < add_months(given_on, 12)  # never more than 12 months after
    # ... and exactly twelve months less a day: no shorter than the rule allows.
    assert latest == add_months(given_on, 12) - timedelta(days=1)
    assert (latest - given_on).days <= 365


@given(first=days, second=days)
def test_a_later_consent_may_run_at_least_as_long(first: date, second: date) -> None:
    assume(first <= second)
    assert latest_expiry(first) <= latest_expiry(second)


def test_the_twelve_months_on_known_days() -> None:
    assert latest_expiry(date(2026, 11, 25)) == date(2027, 11, 24)
    assert latest_expiry(date(2026, 1, 1)) == date(2026, 12, 31)
    assert latest_expiry(date(2026, 1, 31)) == date(2027, 1, 30)
    assert latest_expiry(date(2024, 2, 29)) == date(2025, 2, 27)  # no 29 February in 2025
    assert latest_expiry(date(2023, 3, 1)) == date(2024, 2, 29)


# --- its state on a day ---------------------------------------------------------------------------


@given(terms=consents(), day=days)
def test_the_state_on_a_day(terms: ConsentTerms, day: date) -> None:
    status = terms.status_on(day)
    withdrawn = terms.withdrawn_on is not None and terms.withdrawn_on <= day
    if withdrawn:
        assert status is ConsentStatus.WITHDRAWN
    elif day > terms.expires_on:
        assert status is ConsentStatus.EXPIRED
    elif day < terms.given_on:
        assert status is ConsentStatus.NONE
    else:
        assert status is ConsentStatus.VALID
    # Valid exactly from the day given to the expiry, while not withdrawn.
    assert (status is ConsentStatus.VALID) == (terms.given_on <= day <= terms.expires_on and not withdrawn)


@given(terms=consents(), day=days, later=st.integers(0, 800))
def test_a_consent_that_ended_never_holds_again(terms: ConsentTerms, day: date, later: int) -> None:
    status = terms.status_on(day)
    assume(status in (ConsentStatus.WITHDRAWN, ConsentStatus.EXPIRED))
    next_day = day + timedelta(days=later)
    assert terms.status_on(next_day) is not ConsentStatus.VALID
    if status is ConsentStatus.WITHDRAWN:
        assert terms.status_on(next_day) is ConsentStatus.WITHDRAWN


def test_a_withdrawal_takes_effect_on_its_own_day() -> None:
    terms = ConsentTerms(1, None, frozenset(), date(2026, 1, 10), date(2026, 12, 31), date(2026, 6, 1))
    assert terms.status_on(date(2026, 5, 31)) is ConsentStatus.VALID
    assert terms.status_on(date(2026, 6, 1)) is ConsentStatus.WITHDRAWN
    assert terms.status_on(date(2027, 1, 1)) is ConsentStatus.WITHDRAWN  # not "expired"
    assert terms.status_on(date(2026, 1, 9)) is ConsentStatus.NONE
    assert terms.status_on(date(2026, 1, 10)) is ConsentStatus.VALID
    kept = ConsentTerms(1, None, frozenset(), date(2026, 1, 10), date(2026, 12, 31), None)
    assert kept.status_on(date(2026, 12, 31)) is ConsentStatus.VALID
    assert kept.status_on(date(2027, 1, 1)) is ConsentStatus.EXPIRED


# --- the recipient and the categories --------------------------------------------------------------


def test_a_consent_names_its_company_and_a_named_contact_only_that_person() -> None:
    whole = ConsentTerms(1, None, frozenset(), date(2026, 1, 1), date(2026, 12, 31), None)
    person = ConsentTerms(1, 7, frozenset(), date(2026, 1, 1), date(2026, 12, 31), None)
    assert whole.names(1, None) and whole.names(1, 7) and not whole.names(2, None)
    assert person.names(1, 7) and not person.names(1, 8) and not person.names(1, None)
    assert not person.names(2, 7)


@given(covered=categories, asked=categories)
def test_missing_is_what_was_asked_and_not_covered(
    covered: frozenset[DataCategory], asked: frozenset[DataCategory]
) -> None:
    terms = ConsentTerms(1, None, covered, date(2026, 1, 1), date(2026, 12, 31), None)
    assert terms.missing(asked) == asked - covered
    assert not terms.missing(covered)


@given(chosen=categories)
def test_categories_are_stored_in_the_forms_order_and_read_back(chosen: frozenset[DataCategory]) -> None:
    stored = join_categories(reversed(list(chosen)))
    assert len(stored) <= 200  # the column
    back = split_categories(stored)
    assert set(back) == chosen
    assert list(back) == [category for category in CATEGORY_ORDER if category in chosen]


def test_an_unknown_stored_category_is_never_read_as_covered() -> None:
    assert split_categories("competences;diagnoses;photo") == (DataCategory.COMPETENCES, DataCategory.PHOTO)
    assert split_categories("") == ()


@given(all_terms=st.lists(consents(), max_size=5), day=days)
def test_the_best_state_for_a_recipient(all_terms: list[ConsentTerms], day: date) -> None:
    found = {terms.status_on(day) for terms in all_terms if terms.names(1, None)}
    best = best_status(all_terms, 1, None, day)
    if ConsentStatus.VALID in found:
        assert best is ConsentStatus.VALID
    elif ConsentStatus.WITHDRAWN in found:
        assert best is ConsentStatus.WITHDRAWN
    elif ConsentStatus.EXPIRED in found:
        assert best is ConsentStatus.EXPIRED
    else:
        assert best is ConsentStatus.NONE


# --- a recorded consent's checks --------------------------------------------------------------------


def _input(**overrides: object) -> ConsentInput:
    values: dict[str, object] = {
        "participant_id": 1,
        "company_id": 1,
        "contact_id": None,
        "purpose": "  Henvisning til jobb som kjøkkenassistent  ",
        "categories": (DataCategory.PHOTO, DataCategory.COMPETENCES, DataCategory.PHOTO),
        "given_on": TODAY,
        "expires_on": latest_expiry(TODAY),
    }
    values.update(overrides)
    return ConsentInput(**values)  # type: ignore[arg-type]


def test_a_good_consent_is_cleaned_and_passes() -> None:
    clean, errors = validate_consent(_input(), TODAY)
    assert errors == {}
    assert clean.purpose == "Henvisning til jobb som kjøkkenassistent"
    assert clean.categories == (DataCategory.COMPETENCES, DataCategory.PHOTO)


def test_each_field_is_checked() -> None:
    assert set(validate_consent(_input(purpose="   "), TODAY)[1]) == {"purpose"}
    assert set(validate_consent(_input(purpose="x" * 301), TODAY)[1]) == {"purpose"}
    assert set(validate_consent(_input(purpose="a\u202eb"), TODAY)[1]) == {"purpose"}
    assert set(validate_consent(_input(categories=()), TODAY)[1]) == {"categories"}
    tomorrow = TODAY + timedelta(days=1)
    assert set(validate_consent(_input(given_on=tomorrow, expires_on=tomorrow), TODAY)[1]) == {"given_on"}
    before = validate_consent(_input(expires_on=TODAY - timedelta(days=1)), TODAY)[1]
    assert set(before) == {"expires_on"}
    too_late = validate_consent(_input(expires_on=latest_expiry(TODAY) + timedelta(days=1)), TODAY)[1]
    assert set(too_late) == {"expires_on"}
    assert str(too_late["expires_on"]) == (
        "A consent runs at most 12 months: it must expire on 2027-11-24 at the latest."
    )


@given(given_on=st.dates(min_value=date(2000, 1, 1), max_value=TODAY), length=st.integers(-5, 400))
def test_the_expiry_is_accepted_exactly_up_to_twelve_months(given_on: date, length: int) -> None:
    expires_on = given_on + timedelta(days=length)
    errors = validate_consent(_input(given_on=given_on, expires_on=expires_on), TODAY)[1]
    assert ("expires_on" not in errors) == (given_on <= expires_on <= latest_expiry(given_on))


def test_a_withdrawal_is_dated_between_the_consent_and_today() -> None:
    given_on = date(2026, 3, 1)
    assert withdrawal_problem(TODAY, given_on, TODAY) is None
    assert withdrawal_problem(given_on, given_on, TODAY) is None
    assert withdrawal_problem(TODAY + timedelta(days=1), given_on, TODAY) is not None
    assert withdrawal_problem(given_on - timedelta(days=1), given_on, TODAY) is not None


# --- the refusal --------------------------------------------------------------------------------------


def test_the_refusal_says_why_in_words_and_names_the_recipient_only() -> None:
    assert str(ConsentRefused(ConsentStatus.NONE, "Fjordkantina AS", 1, None)) == (
        "No consent is recorded for Fjordkantina AS."
    )
    expired = ConsentRefused(ConsentStatus.EXPIRED, "Fjordkantina AS", 1, None, date(2026, 10, 31))
    assert str(expired) == "The consent for Fjordkantina AS expired on 2026-10-31."
    withdrawn = ConsentRefused(ConsentStatus.WITHDRAWN, "Fjordkantina AS (Kari Lie)", 1, 4, date(2026, 11, 2))
    assert str(withdrawn) == "The consent for Fjordkantina AS (Kari Lie) was withdrawn on 2026-11-02."
    short = ConsentRefused(
        ConsentStatus.VALID, "Fjordkantina AS", 1, None, missing={DataCategory.REFERENCES, DataCategory.PHOTO}
    )
    assert str(short) == "The consent for Fjordkantina AS does not cover: Photo, References."
    assert short.missing == (DataCategory.PHOTO, DataCategory.REFERENCES)
    assert short.message.context == "consent"  # translated with the other consent words
    assert CATEGORY_LABELS[DataCategory.PHOTO] == "Photo"
