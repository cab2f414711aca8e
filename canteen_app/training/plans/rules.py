"""Rules for a participant's training plan (T2) and the assessments of its goals (T3)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from canteen_app.core.text import QT_TRANSLATE_NOOP, Message
from canteen_app.core.text_rules import text_problem, tidy
from canteen_app.training.competence.rules import LEVELS

PLANS = "training.plans"  # the kind of change a view listens for
FREE_GOAL_MAX = 200
TASKS_MAX = 500
EVIDENCE_MAX = 1000
EARLIEST_DATE = date(1990, 1, 1)
LATEST_DATE = date(2100, 12, 31)


class AssessmentKind(enum.StrEnum):
    COACH = "coach"  # the coach's assessment, with what was observed
    SELF = "self"  # the participant's own, on the easy-read screen


@dataclass(frozen=True)
class PlanGoalInput:
    """A goal from the framework (competence_goal_id) or a free goal (free_text)."""

    competence_goal_id: int | None
    free_text: str = ""
    target_level: int = 3
    target_date: date | None = None
    tasks: str = ""  # the stations and tasks the participant works on for this goal


def validate_plan_goal(data: PlanGoalInput) -> tuple[PlanGoalInput, dict[str, Message]]:
    clean = PlanGoalInput(
        data.competence_goal_id, tidy(data.free_text), data.target_level, data.target_date, data.tasks.strip()
    )
    errors: dict[str, Message] = {}
    if (clean.competence_goal_id is None) == (not clean.free_text):
        errors["goal"] = Message(
            QT_TRANSLATE_NOOP("errors", "Choose a goal from the framework, or write a goal of your own.")
        )
    problem = text_problem(clean.free_text, FREE_GOAL_MAX)
    if problem is not None:
        errors["free_text"] = problem
    problem = text_problem(clean.tasks, TASKS_MAX, multiline=True)
    if problem is not None:
        errors["tasks"] = problem
    if clean.target_level not in LEVELS:
        errors["target_level"] = Message(QT_TRANSLATE_NOOP("errors", "Choose a level from 1 to 4."))
    if clean.target_date is not None and not EARLIEST_DATE <= clean.target_date <= LATEST_DATE:
        errors["target_date"] = Message(QT_TRANSLATE_NOOP("errors", "Choose a date between 1990 and 2100."))
    return clean, errors


@dataclass(frozen=True)
class AssessmentInput:
    plan_goal_id: int
    level: int
    assessed_on: date
    evidence: str = ""  # what was observed, on which task


def validate_assessment(data: AssessmentInput, today: date, kind: AssessmentKind) -> dict[str, Message]:
    errors: dict[str, Message] = {}
    if data.level not in LEVELS:
        errors["level"] = Message(QT_TRANSLATE_NOOP("errors", "Choose a level from 1 to 4."))
    if data.assessed_on > today:
        errors["assessed_on"] = Message(
            QT_TRANSLATE_NOOP("errors", "An assessment cannot be dated in the future.")
        )
    elif data.assessed_on < EARLIEST_DATE:
        errors["assessed_on"] = Message(QT_TRANSLATE_NOOP("errors", "Choose a date between 1990 and 2100."))
    evidence = data.evidence.strip()
    if kind is AssessmentKind.COACH and not evidence:
        errors["evidence"] = Message(
            QT_TRANSLATE_NOOP("errors", "Write what you observed, and on which task.")
        )
    problem = text_problem(evidence, EVIDENCE_MAX, multiline=True)
    if problem is not None:
        errors["evidence"] = problem
    return errors


def is_overdue(target_date: date | None, target_level: int, current_level: int | None, today: date) -> bool:
    """A goal whose target date has passed without the target level reached."""
    return target_date is not None and target_date < today and (current_level or 0) < target_level
