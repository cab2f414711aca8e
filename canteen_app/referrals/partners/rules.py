"""Rules for the partner register (R1): what a company, a location, a contact person and a
position type must hold before they are stored. Plain values, no database.

Organisation numbers are the Brønnøysund register's: nine digits, the last a modulus-11 check
digit over the first eight (weights 3 2 7 6 5 4 3 2). Phone numbers are Norwegian (eight
digits) or international (+ and 8 to 15 digits); spaces and hyphens between the digits are
kept as typed. Postcodes are four digits.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from canteen_app.core.text import QT_TRANSLATE_NOOP, Message
from canteen_app.core.text_rules import text_problem, tidy
from canteen_app.training.competence.rules import LEVELS

PARTNERS = "referrals.partners"  # the kind of change a view listens for

NAME_MAX = 120
WEBSITE_MAX = 200
STREET_MAX = 120
CITY_MAX = 80
ROLE_MAX = 120
PHONE_MAX = 30
EMAIL_MAX = 254
TITLE_MAX = 120
DESCRIPTION_MAX = 500
NEEDS_MAX = 20  # competences one position may list
AREA_NUMBERS = range(1, 13)  # the framework's twelve areas

ORG_NUMBER_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)
_SEPARATORS = re.compile(r"[\s\-.]")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_WEBSITE = re.compile(r"^(https?://)?[^\s/@]+\.[^\s/@]{2,}(/\S*)?$", re.IGNORECASE)
_PHONE_CHARACTERS = re.compile(r"^\+?[\d\s\-]+$")


class PartnerRecord(enum.StrEnum):
    """The kinds of record the register holds (for set_active and delete)."""

    COMPANY = "company"
    LOCATION = "location"
    CONTACT = "contact"
    POSITION = "position"


def _msg(text: str, **params: object) -> Message:
    return Message(text, params)


# --- organisation numbers, phones, e-mail, postcodes -------------------------------------------


def org_number_digits(value: str) -> str:
    """What is stored of a typed organisation number: the digits without spaces ("923 609 016")."""
    return _SEPARATORS.sub("", value)


def org_number_check_digit(first_eight: str) -> int | None:
    """The modulus-11 check digit for eight digits; None when there is none (remainder 1: the
    register never hands out such a number)."""
    total = sum(int(digit) * weight for digit, weight in zip(first_eight, ORG_NUMBER_WEIGHTS, strict=True))
    remainder = total % 11
    if remainder == 0:
        return 0
    check = 11 - remainder
    return None if check == 10 else check


def org_number_problem(value: str) -> Message | None:
    """Why `value` (digits only, or empty) is not an organisation number; None when it is."""
    if not value:
        return None
    if not (len(value) == 9 and value.isascii() and value.isdigit()):
        return _msg(QT_TRANSLATE_NOOP("errors", "An organisation number has nine digits."))
    if org_number_check_digit(value[:8]) != int(value[8]):
        return _msg(
            QT_TRANSLATE_NOOP(
                "errors",
                "This is not a valid organisation number (the check digit is wrong). Check it again.",
            )
        )
    return None


def phone_problem(value: str) -> Message | None:
    """Eight digits (Norwegian) or + and 8 to 15 digits; spaces and hyphens between them."""
    if not value:
        return None
    digits = _SEPARATORS.sub("", value)
    if not _PHONE_CHARACTERS.match(value) or not value.isascii():
        return _msg(QT_TRANSLATE_NOOP("errors", "Use digits only (spaces are fine), e.g. 400 00 123."))
    if digits.startswith("+"):
        if not 8 <= len(digits) - 1 <= 15:
            return _msg(QT_TRANSLATE_NOOP("errors", "An international number has 8 to 15 digits after +."))
    elif len(digits) != 8:
        return _msg(QT_TRANSLATE_NOOP("errors", "A Norwegian number has eight digits; start others with +."))
    return None


def email_problem(value: str) -> Message | None:
    if value and not _EMAIL.match(value):
        return _msg(QT_TRANSLATE_NOOP("errors", "This does not look like an e-mail address."))
    return None


def postcode_problem(value: str) -> Message | None:
    if value and not (len(value) == 4 and value.isascii() and value.isdigit()):
        return _msg(QT_TRANSLATE_NOOP("errors", "A postcode has four digits."))
    return None


def website_problem(value: str) -> Message | None:
    if value and not _WEBSITE.match(value):
        return _msg(
            QT_TRANSLATE_NOOP("errors", "This does not look like a web address, e.g. www.example.no.")
        )
    return None


def _texts(values: dict[str, tuple[str, int, bool, bool]], errors: dict[str, Message]) -> None:
    """name -> (value, max length, required, multi-line)."""
    for name, (value, limit, required, multiline) in values.items():
        problem = text_problem(value, limit, required=required, multiline=multiline)
        if problem is not None:
            errors[name] = problem


# --- the records -----------------------------------------------------------------------------


@dataclass(frozen=True)
class CompanyInput:
    name: str
    org_number: str = ""
    website: str = ""


def validate_company(data: CompanyInput) -> tuple[CompanyInput, dict[str, Message]]:
    clean = CompanyInput(tidy(data.name), org_number_digits(tidy(data.org_number)), tidy(data.website))
    errors: dict[str, Message] = {}
    _texts(
        {"name": (clean.name, NAME_MAX, True, False), "website": (clean.website, WEBSITE_MAX, False, False)},
        errors,
    )
    for name, problem in (
        ("org_number", org_number_problem(clean.org_number)),
        ("website", website_problem(clean.website)),
    ):
        if problem is not None and name not in errors:
            errors[name] = problem
    return clean, errors


@dataclass(frozen=True)
class LocationInput:
    name: str
    street: str = ""
    postcode: str = ""
    city: str = ""


def validate_location(data: LocationInput) -> tuple[LocationInput, dict[str, Message]]:
    clean = LocationInput(
        tidy(data.name), tidy(data.street), tidy(data.postcode).replace(" ", ""), tidy(data.city)
    )
    errors: dict[str, Message] = {}
    _texts(
        {
            "name": (clean.name, NAME_MAX, True, False),
            "street": (clean.street, STREET_MAX, False, False),
            "city": (clean.city, CITY_MAX, True, False),
        },
        errors,
    )
    problem = postcode_problem(clean.postcode)
    if problem is not None:
        errors["postcode"] = problem
    return clean, errors


@dataclass(frozen=True)
class ContactInput:
    name: str
    role: str = ""
    phone: str = ""
    email: str = ""
    location_id: int | None = None  # the location the person works at, if one


def validate_contact(data: ContactInput) -> tuple[ContactInput, dict[str, Message]]:
    clean = ContactInput(
        tidy(data.name), tidy(data.role), tidy(data.phone), tidy(data.email), data.location_id
    )
    errors: dict[str, Message] = {}
    _texts(
        {
            "name": (clean.name, NAME_MAX, True, False),
            "role": (clean.role, ROLE_MAX, False, False),
            "phone": (clean.phone, PHONE_MAX, False, False),
            "email": (clean.email, EMAIL_MAX, False, False),
        },
        errors,
    )
    for name, problem in (("phone", phone_problem(clean.phone)), ("email", email_problem(clean.email))):
        if problem is not None and name not in errors:
            errors[name] = problem
    if not clean.phone and not clean.email and "phone" not in errors and "email" not in errors:
        errors["phone"] = _msg(QT_TRANSLATE_NOOP("errors", "Give a phone number or an e-mail address."))
    return clean, errors


@dataclass(frozen=True)
class NeedInput:
    """A competence a position needs: a whole framework area (`area_number`) or one goal
    (`competence_goal_id`), at `min_level` or above."""

    area_number: int | None
    competence_goal_id: int | None
    min_level: int = 3


@dataclass(frozen=True)
class PositionInput:
    title: str
    description: str = ""
    needs: tuple[NeedInput, ...] = field(default_factory=tuple)


def need_problem(need: NeedInput) -> Message | None:
    if (need.area_number is None) == (need.competence_goal_id is None):
        return _msg(QT_TRANSLATE_NOOP("errors", "Choose a competence area or one goal for each need."))
    if need.area_number is not None and need.area_number not in AREA_NUMBERS:
        return _msg(QT_TRANSLATE_NOOP("errors", "Choose one of the twelve areas."))
    if need.min_level not in LEVELS:
        return _msg(QT_TRANSLATE_NOOP("errors", "Choose a level from 1 to 4."))
    return None


def needs_problem(needs: Sequence[NeedInput]) -> Message | None:
    """What is wrong with a position's list of needs as a whole, or its first bad need."""
    if not needs:
        return _msg(QT_TRANSLATE_NOOP("errors", "Choose at least one competence the position needs."))
    if len(needs) > NEEDS_MAX:
        return _msg(QT_TRANSLATE_NOOP("errors", "Choose at most {max} competences."), max=NEEDS_MAX)
    for need in needs:
        problem = need_problem(need)
        if problem is not None:
            return problem
    keys = [(need.area_number, need.competence_goal_id) for need in needs]
    if len(set(keys)) != len(keys):
        return _msg(QT_TRANSLATE_NOOP("errors", "A competence is listed twice; keep one of them."))
    return None


def validate_position(data: PositionInput) -> tuple[PositionInput, dict[str, Message]]:
    clean = PositionInput(tidy(data.title), tidy(data.description), tuple(data.needs))
    errors: dict[str, Message] = {}
    _texts(
        {
            "title": (clean.title, TITLE_MAX, True, False),
            "description": (clean.description, DESCRIPTION_MAX, False, True),
        },
        errors,
    )
    problem = needs_problem(clean.needs)
    if problem is not None:
        errors["needs"] = problem
    return clean, errors
