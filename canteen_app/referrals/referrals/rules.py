"""Rules for referrals (PRODUCT.md R2): the stages, which moves between them are allowed, and the
outcome statistics. Plain values, no database.

The pipeline runs forward: prepared -> sent -> interview -> work trial -> hired or not hired. A
referral may skip stages forward (sent -> work trial), and may be withdrawn from any open
stage. Hired, not hired and withdrawn close it: nothing moves out of them, except a
correction back to the stage before (a mistaken click), which needs a note saying why. The
same correction undoes a mistaken move between open stages too; it never jumps back further
than one stage, and the stage it goes back to keeps the day it began. Every move is dated,
never before the last move and never ahead of today, and the history keeps every move,
corrections included.

Outcomes count referrals (never names):
- hire rate = hired / closed referrals (hired + not hired + withdrawn). Open referrals have no
  outcome yet and would pull the rate down while they run; a withdrawn referral is a closed one
  that did not lead to a job, so it counts against the rate. None when nothing is closed.
- days from the measure start to the job: the participant's measure start to the day of the
  referral's hired stage; days from referral to hire: the referral's prepared day to that day.
  Medians (statistics.median: the middle one, or the mean of the middle two), None without hires.
- per year: by the year the referral was made (its prepared day), so that a year's referrals
  and their outcomes are the same referrals (a cohort); a hire in January of a referral made in
  December counts for December's year.
"""

from __future__ import annotations

import enum
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from canteen_app.core.text import QT_TRANSLATE_NOOP, Message
from canteen_app.core.text_rules import text_problem, tidy

REFERRALS = "referrals.referrals"  # the kind of change a view listens for
NOTE_MAX = 500
STATEMENT_MAX = 4000
EARLIEST_DATE = date(1990, 1, 1)
_D = TypeVar("_D", date, None)


class Stage(enum.StrEnum):
    PREPARED = "prepared"
    SENT = "sent"
    INTERVIEW = "interview"
    WORK_TRIAL = "work_trial"  # arbeidsutprøving
    HIRED = "hired"
    NOT_HIRED = "not_hired"
    WITHDRAWN = "withdrawn"


# Every stage in the pipeline's order (the board's columns, left to right).
STAGE_ORDER: tuple[Stage, ...] = tuple(Stage)
OPEN_STAGES: tuple[Stage, ...] = (Stage.PREPARED, Stage.SENT, Stage.INTERVIEW, Stage.WORK_TRIAL)
CLOSED_STAGES: tuple[Stage, ...] = (Stage.HIRED, Stage.NOT_HIRED, Stage.WITHDRAWN)

STAGE_LABELS: dict[Stage, str] = {
    Stage.PREPARED: QT_TRANSLATE_NOOP("referrals", "Prepared"),
    Stage.SENT: QT_TRANSLATE_NOOP("referrals", "Sent"),
    Stage.INTERVIEW: QT_TRANSLATE_NOOP("referrals", "Interview"),
    Stage.WORK_TRIAL: QT_TRANSLATE_NOOP("referrals", "Work trial"),
    Stage.HIRED: QT_TRANSLATE_NOOP("referrals", "Hired"),
    Stage.NOT_HIRED: QT_TRANSLATE_NOOP("referrals", "Not hired"),
    Stage.WITHDRAWN: QT_TRANSLATE_NOOP("referrals", "Withdrawn"),
}


def _rank(stage: Stage) -> int:
    """How far along the pipeline a stage is; the three closing stages are equally far."""
    return OPEN_STAGES.index(stage) if stage in OPEN_STAGES else len(OPEN_STAGES)


def is_open(stage: Stage) -> bool:
    return stage in OPEN_STAGES


def forward_moves(stage: Stage) -> tuple[Stage, ...]:
    """Where a referral in `stage` may go next: any later stage (skipping is allowed) and
    withdrawn; nowhere from a closing stage."""
    if not is_open(stage):
        return ()
    return tuple(s for s in STAGE_ORDER if _rank(s) > _rank(stage))


def path(history: Sequence[Stage]) -> list[Stage]:
    """The stages the referral went through to reach its current stage, in order, with the
    corrected ones taken out. `history`: every recorded stage, oldest first (the first is
    prepared). A stage that is not further along than the current one is a correction back."""
    return [stage for stage, _day in dated_path([(stage, None) for stage in history])]


def dated_path(history: Sequence[tuple[Stage, _D]]) -> list[tuple[Stage, _D]]:
    """`path` with the day each stage on it began: a correction back keeps the day the stage
    was first entered (the correction's own day is in the history)."""
    stack: list[tuple[Stage, _D]] = []
    for stage, day in history:
        if not stack or _rank(stage) > _rank(stack[-1][0]):
            stack.append((stage, day))
            continue
        while stack and _rank(stack[-1][0]) >= _rank(stage) and stack[-1][0] != stage:
            stack.pop()
        if not stack or stack[-1][0] != stage:
            stack.append((stage, day))
    return stack


def correction_target(history: Sequence[Stage]) -> Stage | None:
    """The stage a correction goes back to: the one before the current stage; None for a
    referral still in its first stage."""
    stages = path(history)
    return stages[-2] if len(stages) > 1 else None


class MoveKind(enum.StrEnum):
    FORWARD = "forward"
    CORRECTION = "correction"


@dataclass(frozen=True)
class MoveInput:
    stage: Stage
    on_date: date
    note: str = ""


def check_move(
    history: Sequence[Stage], last_date: date, data: MoveInput, today: date
) -> tuple[MoveKind | None, MoveInput, dict[str, Message]]:
    """Whether the referral with this stage `history` (oldest first) whose last move was on
    `last_date` may move as `data` says: the kind of move, the tidied input and the errors."""
    clean = MoveInput(data.stage, data.on_date, tidy(data.note))
    errors: dict[str, Message] = {}
    current = path(history)[-1]
    kind: MoveKind | None = None
    if clean.stage in forward_moves(current):
        kind = MoveKind.FORWARD
    elif clean.stage is correction_target(history):
        kind = MoveKind.CORRECTION
    else:
        errors["stage"] = Message(
            QT_TRANSLATE_NOOP("errors", "A referral cannot move from “{current}” to “{stage}”."),
            {"current": STAGE_LABELS[current], "stage": STAGE_LABELS[clean.stage]},
        )
    problem = text_problem(clean.note, NOTE_MAX, required=kind is MoveKind.CORRECTION, multiline=True)
    if problem is not None:
        if kind is MoveKind.CORRECTION and not clean.note:
            problem = Message(QT_TRANSLATE_NOOP("errors", "Write why the stage is corrected."))
        errors["note"] = problem
    date_problem = _date_problem(clean.on_date, today)
    if date_problem is not None:
        errors["on_date"] = date_problem
    elif clean.on_date < last_date:
        errors["on_date"] = Message(
            QT_TRANSLATE_NOOP("errors", "Choose {day} or later: the last move was on that day."),
            {"day": last_date.isoformat()},
        )
    return kind, clean, errors


def check_start(on_date: date, note: str, today: date) -> tuple[str, dict[str, Message]]:
    """A new referral's first day (prepared) and note: the tidied note and the errors."""
    clean = tidy(note)
    errors: dict[str, Message] = {}
    problem = _date_problem(on_date, today)
    if problem is not None:
        errors["on_date"] = problem
    problem = text_problem(clean, NOTE_MAX, multiline=True)
    if problem is not None:
        errors["note"] = problem
    return clean, errors


def check_statement(statement: str) -> tuple[str, Message | None]:
    """The coach's statement for the dossier, tidied, and what is wrong with it."""
    clean = statement.strip()
    return clean, text_problem(clean, STATEMENT_MAX, multiline=True)


def _date_problem(day: date, today: date) -> Message | None:
    if day > today:
        return Message(QT_TRANSLATE_NOOP("errors", "A stage cannot be dated ahead of today."))
    if day < EARLIEST_DATE:
        return Message(QT_TRANSLATE_NOOP("errors", "Choose a date between 1990 and 2100."))
    return None


# --- outcomes ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReferralFacts:
    """One referral as the outcome statistics see it: no names, only the facts that count."""

    company_id: int
    stage: Stage
    referred_on: date  # the prepared day
    hired_on: date | None  # the day of the hired stage, while the referral is hired
    measure_start: date | None  # the participant's measure start (None: unknown)


@dataclass(frozen=True)
class Figures:
    referrals: int
    hired: int
    not_hired: int
    withdrawn: int
    open: int
    hire_rate: float | None  # hired / closed; None while nothing is closed
    median_days_start_to_job: float | None
    median_days_referral_to_hire: float | None


def hire_rate(hired: int, not_hired: int, withdrawn: int) -> float | None:
    """hired / (hired + not hired + withdrawn); None when no referral is closed."""
    closed = hired + not_hired + withdrawn
    return hired / closed if closed else None


def median_days(spans: Iterable[int]) -> float | None:
    """The median of the day counts; None when there are none."""
    values = list(spans)
    return float(statistics.median(values)) if values else None


def figures(facts: Iterable[ReferralFacts]) -> Figures:
    """The outcome figures of a group of referrals."""
    rows = list(facts)
    count = {stage: 0 for stage in Stage}
    for row in rows:
        count[row.stage] += 1
    hires = [row for row in rows if row.stage is Stage.HIRED and row.hired_on is not None]
    return Figures(
        referrals=len(rows),
        hired=count[Stage.HIRED],
        not_hired=count[Stage.NOT_HIRED],
        withdrawn=count[Stage.WITHDRAWN],
        open=sum(count[stage] for stage in OPEN_STAGES),
        hire_rate=hire_rate(count[Stage.HIRED], count[Stage.NOT_HIRED], count[Stage.WITHDRAWN]),
        median_days_start_to_job=median_days(
            (row.hired_on - row.measure_start).days
            for row in hires
            if row.hired_on is not None and row.measure_start is not None
        ),
        median_days_referral_to_hire=median_days(
            (row.hired_on - row.referred_on).days for row in hires if row.hired_on is not None
        ),
    )


def by_company(facts: Iterable[ReferralFacts]) -> dict[int, Figures]:
    groups: dict[int, list[ReferralFacts]] = {}
    for row in facts:
        groups.setdefault(row.company_id, []).append(row)
    return {company_id: figures(rows) for company_id, rows in groups.items()}


def by_year(facts: Iterable[ReferralFacts]) -> dict[int, Figures]:
    """Per year the referrals were made in, oldest first."""
    groups: dict[int, list[ReferralFacts]] = {}
    for row in facts:
        groups.setdefault(row.referred_on.year, []).append(row)
    return {year: figures(groups[year]) for year in sorted(groups)}
