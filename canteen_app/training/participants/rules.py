"""Rules for a participant's register entry (T1): what must be filled in and what to warn about."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from canteen_app.core.dates import add_months
from canteen_app.core.languages import Language
from canteen_app.core.text import QT_TRANSLATE_NOOP, Message
from canteen_app.core.text_rules import text_problem, tidy
from canteen_app.training.participants.nav import MEASURE_RULES, EndReason, NavMeasure

NAME_MAX = 100
PHONE_MAX = 30
EMAIL_MAX = 200
NAV_CONTACT_MAX = 200
SUPPORT_NEEDS_MAX = 2000

# Every free-text field: (most characters, required, may hold line breaks). The columns in
# models.py have the same limits.
TEXT_FIELDS: dict[str, tuple[int, bool, bool]] = {
    "first_name": (NAME_MAX, True, False),
    "last_name": (NAME_MAX, True, False),
    "phone": (PHONE_MAX, False, False),
    "email": (EMAIL_MAX, False, False),
    "nav_contact": (NAV_CONTACT_MAX, False, False),
    "support_needs": (SUPPORT_NEEDS_MAX, False, True),
}

# A measure outside these years is a typing mistake (the app did not exist before 1990).
EARLIEST_DATE = date(1990, 1, 1)
LATEST_DATE = date(2100, 12, 31)

# Support needs are written functionally ("needs written step lists"), never as diagnoses.
# These words suggest a diagnosis slipped in; the coach gets a warning, not a block.
_DIAGNOSIS_WORDS = re.compile(
    r"\b(diagnos\w*|autis\w*|asperger\w*|adhd|downs?\s+syndrom\w*|"
    r"utviklingshemm\w*|psykisk\s+utviklings\w*|epilep\w*|schizofren\w*|bipolar\w*|"
    r"depresj\w*|depression|angstlidelse\w*|dysleksi\w*|dyslexia|ptsd|tourette\w*)",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


# Every field a coach edits, in the order the register shows them.
PARTICIPANT_FIELDS: tuple[str, ...] = (
    "first_name",
    "last_name",
    "phone",
    "email",
    "preferred_language",
    "nav_measure",
    "measure_start",
    "measure_planned_end",
    "participation_percent",
    "nav_contact",
    "coach_id",
    "support_needs",
)


# What the participant list can be sorted by.
SORT_KEYS = ("name", "measure", "end", "coach")

# The user's word for each field, in the UI and in the audit log's "what changed".
FIELD_LABELS: dict[str, str] = {
    "first_name": QT_TRANSLATE_NOOP("ParticipantFields", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ParticipantFields", "Last name"),
    "phone": QT_TRANSLATE_NOOP("ParticipantFields", "Phone"),
    "email": QT_TRANSLATE_NOOP("ParticipantFields", "E-mail"),
    "preferred_language": QT_TRANSLATE_NOOP("ParticipantFields", "Preferred language"),
    "nav_measure": QT_TRANSLATE_NOOP("ParticipantFields", "NAV measure"),
    "measure_start": QT_TRANSLATE_NOOP("ParticipantFields", "Measure start"),
    "measure_planned_end": QT_TRANSLATE_NOOP("ParticipantFields", "Planned end"),
    "participation_percent": QT_TRANSLATE_NOOP("ParticipantFields", "Participation"),
    "nav_contact": QT_TRANSLATE_NOOP("ParticipantFields", "NAV contact"),
    "coach_id": QT_TRANSLATE_NOOP("ParticipantFields", "Job coach"),
    "support_needs": QT_TRANSLATE_NOOP("ParticipantFields", "Support needs"),
}


@dataclass(frozen=True)
class ParticipantInput:
    """What a coach types in the register dialog."""

    first_name: str
    last_name: str
    preferred_language: str
    nav_measure: str
    measure_start: date | None
    measure_planned_end: date | None
    participation_percent: int | None
    coach_id: int | None
    phone: str = ""
    email: str = ""
    nav_contact: str = ""
    support_needs: str = ""

    def cleaned(self) -> ParticipantInput:
        """The same input with surrounding whitespace removed from every text field, and each
        in Unicode's composed form (an "å" typed as a + ring is stored, found and sorted as å)."""
        return ParticipantInput(
            first_name=tidy(self.first_name),
            last_name=tidy(self.last_name),
            preferred_language=self.preferred_language.strip(),
            nav_measure=self.nav_measure.strip(),
            measure_start=self.measure_start,
            measure_planned_end=self.measure_planned_end,
            participation_percent=self.participation_percent,
            coach_id=self.coach_id,
            phone=tidy(self.phone),
            email=tidy(self.email),
            nav_contact=tidy(self.nav_contact),
            support_needs=tidy(self.support_needs),
        )


def _msg(text: str, **params: object) -> Message:
    return Message(text, params)


def validate_participant(data: ParticipantInput) -> dict[str, Message]:
    """Field name -> error for every field that blocks saving (empty dict: valid)."""
    errors: dict[str, Message] = {}
    _check_texts(data, errors)
    _check_measure(data, errors)
    _check_period(data, errors)
    if "email" not in errors and data.email and not _EMAIL.match(data.email):
        errors["email"] = _msg(QT_TRANSLATE_NOOP("errors", "This does not look like an e-mail address."))
    if data.preferred_language not in {lang.value for lang in Language}:
        errors["preferred_language"] = _msg(QT_TRANSLATE_NOOP("errors", "Choose a language from the list."))
    if data.coach_id is None:
        errors["coach_id"] = _msg(QT_TRANSLATE_NOOP("errors", "Choose the job coach."))
    return errors


def _check_texts(data: ParticipantInput, errors: dict[str, Message]) -> None:
    for field_name, (max_length, required, multiline) in TEXT_FIELDS.items():
        problem = text_problem(getattr(data, field_name), max_length, required, multiline)
        if problem is not None:
            errors[field_name] = problem


def _check_measure(data: ParticipantInput, errors: dict[str, Message]) -> None:
    if data.nav_measure not in {measure.value for measure in NavMeasure}:
        errors["nav_measure"] = _msg(QT_TRANSLATE_NOOP("errors", "Choose the NAV measure from the list."))
    percent = data.participation_percent
    # bool is an int in Python; True is not "1 %".
    if not isinstance(percent, int) or isinstance(percent, bool) or not 1 <= percent <= 100:
        errors["participation_percent"] = _msg(
            QT_TRANSLATE_NOOP("errors", "Participation must be a whole number from 1 to 100 percent.")
        )


def _check_period(data: ParticipantInput, errors: dict[str, Message]) -> None:
    for field_name, value in (
        ("measure_start", data.measure_start),
        ("measure_planned_end", data.measure_planned_end),
    ):
        if value is None:
            continue
        if not EARLIEST_DATE <= value <= LATEST_DATE:
            errors[field_name] = _msg(
                QT_TRANSLATE_NOOP("errors", "Choose a date from {first} to {last}."),
                first=EARLIEST_DATE.isoformat(),
                last=LATEST_DATE.isoformat(),
            )
    if data.measure_start is None:
        errors["measure_start"] = _msg(QT_TRANSLATE_NOOP("errors", "The start date is required."))
    if data.measure_planned_end is None:
        errors["measure_planned_end"] = _msg(QT_TRANSLATE_NOOP("errors", "The planned end date is required."))
    elif (
        "measure_planned_end" not in errors
        and data.measure_start is not None
        and data.measure_planned_end <= data.measure_start
    ):
        errors["measure_planned_end"] = _msg(
            QT_TRANSLATE_NOOP("errors", "The planned end must be after the start date.")
        )


def participant_warnings(data: ParticipantInput) -> dict[str, Message]:
    """Field name -> warning that does not block saving."""
    warnings: dict[str, Message] = {}
    limit_end = usual_measure_end(data.nav_measure, data.measure_start)
    planned_end = data.measure_planned_end
    if limit_end is not None and planned_end is not None and planned_end > limit_end:
        rule = MEASURE_RULES[NavMeasure(data.nav_measure)]
        warnings["measure_planned_end"] = Message(
            QT_TRANSLATE_NOOP(
                "errors",
                "Beyond the usual limit for {measure}, which ends {limit_end}. "
                "Check that NAV has approved an extension.",
            ),
            {"measure": rule.name, "limit_end": limit_end.isoformat()},
        )
    if _DIAGNOSIS_WORDS.search(data.support_needs):
        warnings["support_needs"] = _msg(
            QT_TRANSLATE_NOOP(
                "errors",
                "Describe what helps at work (for example 'needs written step lists'), not diagnoses.",
            )
        )
    return warnings


def check_participant(data: ParticipantInput) -> tuple[dict[str, Message], dict[str, Message]]:
    """Errors and warnings for what is typed so far (live feedback in the dialog)."""
    cleaned = data.cleaned()
    return validate_participant(cleaned), participant_warnings(cleaned)


_MEASURES = frozenset(m.value for m in NavMeasure)  # asked for every row of a long list


def usual_measure_end(measure: str, start: date | None) -> date | None:
    """The last day within the measure's usual limit, or None when there is none to check."""
    if start is None or measure not in _MEASURES:
        return None
    months = MEASURE_RULES[NavMeasure(measure)].usual_limit_months
    return None if months is None else add_months(start, months)


EXTENSION_REASON_MAX = 300


def validate_extension(
    planned_end: date, ended_on: date | None, new_end: date, reason: str
) -> dict[str, Message]:
    """A new planned end must be later than the current one, within the years the register
    takes, with a reason; an ended measure is not extended."""
    errors: dict[str, Message] = {}
    if ended_on is not None:
        errors["new_end"] = _msg(
            QT_TRANSLATE_NOOP("errors", "This measure has ended; it cannot be extended.")
        )
    elif new_end <= planned_end:
        errors["new_end"] = _msg(QT_TRANSLATE_NOOP("errors", "The new end must be after the planned end."))
    elif new_end > LATEST_DATE:
        errors["new_end"] = _msg(
            QT_TRANSLATE_NOOP("errors", "Choose a date from {first} to {last}."),
            first=EARLIEST_DATE.isoformat(),
            last=LATEST_DATE.isoformat(),
        )
    problem = text_problem(tidy(reason), EXTENSION_REASON_MAX, required=True)
    if problem is not None:
        errors["reason"] = problem
    return errors


def validate_end(start: date, ended_on: date | None, end: date, reason: str) -> dict[str, Message]:
    """The end day lies on or after the start; the reason is one of NAV's end reasons."""
    errors: dict[str, Message] = {}
    if ended_on is not None:
        errors["ended_on"] = _msg(QT_TRANSLATE_NOOP("errors", "This measure has already ended."))
    elif end < start:
        errors["ended_on"] = _msg(QT_TRANSLATE_NOOP("errors", "The measure cannot end before it started."))
    elif end > LATEST_DATE:
        errors["ended_on"] = _msg(
            QT_TRANSLATE_NOOP("errors", "Choose a date from {first} to {last}."),
            first=EARLIEST_DATE.isoformat(),
            last=LATEST_DATE.isoformat(),
        )
    if reason not in {r.value for r in EndReason}:
        errors["end_reason"] = _msg(QT_TRANSLATE_NOOP("errors", "Choose NAV's end reason."))
    return errors
