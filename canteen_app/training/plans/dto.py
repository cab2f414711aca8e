"""What leaves the training plans: plain frozen values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from canteen_app.training.plans.rules import AssessmentKind


@dataclass(frozen=True)
class AssessmentInfo:
    id: int
    plan_goal_id: int
    kind: AssessmentKind
    level: int
    assessed_on: date
    evidence: str
    assessor_name: str


@dataclass(frozen=True)
class PlanGoalInfo:
    id: int
    competence_goal_id: int | None
    area_number: int | None  # None for a free goal
    text: str  # the goal's words (Norwegian; the framework goal's or the free text)
    easy_text: str  # the easy-read words the participant reads
    target_level: int
    target_date: date | None
    tasks: str
    coach_level: int | None  # the latest coach assessment
    self_level: int | None  # the latest self-assessment
    start_level: int | None  # the first coach assessment
    last_assessed: date | None
    overdue: bool
    version: int


@dataclass(frozen=True)
class TrainingPlan:
    participant_id: int
    goals: tuple[PlanGoalInfo, ...]  # by area, then in the order they were added


@dataclass(frozen=True)
class AreaLevel:
    """One bar pair of the competence chart: an area's current level against its target."""

    area_number: int
    current: float | None  # the mean of the latest coach levels of the area's goals
    target: float


@dataclass(frozen=True)
class OverdueGoal:
    """A goal whose target date has passed without the target level reached."""

    plan_goal_id: int
    participant_id: int
    text_nb: str
    text_en: str  # the Norwegian words for a free goal
    target_level: int
    target_date: date
    coach_level: int | None  # the latest coach assessment


@dataclass(frozen=True)
class PlanFollowUp:
    """What the coach's overview needs of a participant's plan."""

    participant_id: int
    overdue: tuple[OverdueGoal, ...]  # by target date
    last_coach_assessment: date | None  # of any goal, removed ones included
