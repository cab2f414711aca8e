"""What the partner register accepts: organisation numbers (Brønnøysund's modulus 11), phone
numbers, e-mail addresses, postcodes, and a position's list of competence needs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from canteen_app.referrals.partners.rules import (
    NEEDS_MAX,
    CompanyInput,
    ContactInput,
    LocationInput,
    NeedInput,
    PositionInput,
    email_problem,
    org_number_check_digit,
    org_number_problem,
    phone_problem,
    postcode_problem,
    validate_company,
    validate_contact,
    validate_location,
    validate_position,
)

# Nine digits whose last digit is the right check digit.
VALID_ORG_NUMBERS = ["923609016", "974760673", "971526920", "983887457"]


@pytest.mark.parametrize("number", VALID_ORG_NUMBERS)
def test_real_organisation_numbers_pass_the_check(number: str) -> None:
    assert org_number_problem(number) is None


@pytest.mark.parametrize(
    "number", ["923609017", "123456789", "92360901", "9236090160", "92360901x", "٩٢٣٦٠٩٠١٦"]
)
def test_a_wrong_check_digit_or_length_is_refused(number: str) -> None:
    assert org_number_problem(number) is not None


def test_the_check_digit_follows_the_registers_rule() -> None:
    # 9*3 + 2*2 + 3*7 + 6*6 + 0*5 + 9*4 + 0*3 + 1*2 = 126; 126 mod 11 = 5; 11 - 5 = 6.
    assert org_number_check_digit("92360901") == 6
    assert org_number_check_digit("00000000") == 0  # remainder 0: check digit 0
    # Remainder 1 gives 10: no number has these eight first digits.
    assert org_number_check_digit("00000006") is None


@given(st.text(alphabet="0123456789", min_size=8, max_size=8))
def test_exactly_one_last_digit_completes_eight_digits_or_none_does(first_eight: str) -> None:
    passing = [digit for digit in "0123456789" if org_number_problem(first_eight + digit) is None]
    check = org_number_check_digit(first_eight)
    assert passing == ([] if check is None else [str(check)])


def test_an_organisation_number_is_stored_as_its_digits() -> None:
    clean, errors = validate_company(
        CompanyInput("  Nordlys Kantiner AS ", " 923 609 016 ", "nordlys.example")
    )
    assert errors == {}
    assert (clean.name, clean.org_number) == ("Nordlys Kantiner AS", "923609016")
    assert validate_company(CompanyInput("Nordlys Kantiner AS"))[1] == {}  # the number is optional


@pytest.mark.parametrize(
    "phone", ["40000123", "400 00 123", "+47 400 00 123", "+46 8 123 456 78", "22-33-44-55"]
)
def test_norwegian_and_international_phone_numbers_pass(phone: str) -> None:
    assert phone_problem(phone) is None


@pytest.mark.parametrize("phone", ["4000012", "400001234", "+47 123", "tlf 40000123", "4OOOO123", "٤٠٠٠٠١٢٣"])
def test_short_long_or_lettered_phone_numbers_are_refused(phone: str) -> None:
    assert phone_problem(phone) is not None


@pytest.mark.parametrize(
    ("email", "ok"), [("kari@nordlys.example", True), ("kari@", False), ("kari nordlys.no", False)]
)
def test_an_e_mail_address_has_a_name_an_at_and_a_domain(email: str, ok: bool) -> None:
    assert (email_problem(email) is None) == ok


@pytest.mark.parametrize(
    ("postcode", "ok"), [("0191", True), ("9990", True), ("191", False), ("01910", False), ("", True)]
)
def test_a_postcode_has_four_digits(postcode: str, ok: bool) -> None:
    assert (postcode_problem(postcode) is None) == ok


def test_a_location_needs_a_name_and_a_city() -> None:
    assert set(validate_location(LocationInput("", postcode="x"))[1]) == {"name", "city", "postcode"}
    clean, errors = validate_location(LocationInput("Kantina", postcode="01 91", city="Oslo"))
    assert errors == {} and clean.postcode == "0191"


def test_a_contact_can_be_reached_by_phone_or_e_mail() -> None:
    assert set(validate_contact(ContactInput("Ola"))[1]) == {"phone"}
    assert validate_contact(ContactInput("Ola", email="ola@fjordmat.example"))[1] == {}
    assert validate_contact(ContactInput("Ola", phone="400 00 101"))[1] == {}


@pytest.mark.parametrize(
    "needs",
    [
        (),
        (NeedInput(None, None),),
        (NeedInput(4, 17),),
        (NeedInput(0, None),),
        (NeedInput(4, None, 0),),
        (NeedInput(4, None), NeedInput(4, None, 2)),
        tuple(NeedInput(None, goal) for goal in range(NEEDS_MAX + 1)),
    ],
    ids=["none", "neither", "both", "area-0", "level-0", "twice", "too-many"],
)
def test_a_position_lists_one_to_twenty_different_needs_with_a_level(needs: tuple[NeedInput, ...]) -> None:
    assert set(validate_position(PositionInput("Oppvasker", needs=needs))[1]) == {"needs"}


def test_a_position_with_an_area_and_a_goal_is_valid() -> None:
    clean, errors = validate_position(
        PositionInput(" Oppvasker ", "", (NeedInput(4, None, 3), NeedInput(None, 7, 2)))
    )
    assert errors == {} and clean.title == "Oppvasker"
