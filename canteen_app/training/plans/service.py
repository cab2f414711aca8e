"""Training plans (T2) and assessments (T3): goals from the competence framework or free goals,
each with a target level and date; dated levels from the coach (with what was observed) and
from the participant's own easy-read self-assessment, side by side. Every view and change is
written to the audit log with the participant's id, in the same transaction."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping
from datetime import date

from sqlalchemy import Integer, String, column, func, literal, select, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import TableValuedAlias

from canteen_app.access import Actor, Permission, require
from canteen_app.core.dates import local_day
from canteen_app.core.errors import ConcurrencyError, NotFoundError, ValidationError
from canteen_app.core.text import QT_TRANSLATE_NOOP, Message
from canteen_app.db.service import Clock, Service, reads, writes
from canteen_app.db.unit_of_work import Database
from canteen_app.platform.audit.rules import AuditAction
from canteen_app.platform.audit.service import AuditService
from canteen_app.platform.retention.dto import ArchiveField, ArchiveSection
from canteen_app.training.competence.dto import GoalInfo
from canteen_app.training.competence.service import CompetenceService
from canteen_app.training.participants.service import ENTITY, ParticipantService
from canteen_app.training.plans.dto import (
    AreaLevel,
    AssessmentInfo,
    OverdueGoal,
    PlanFollowUp,
    PlanGoalInfo,
    TrainingPlan,
)
from canteen_app.training.plans.models import Assessment, PlanGoal
from canteen_app.training.plans.rules import (
    PLANS,
    AssessmentInput,
    AssessmentKind,
    PlanGoalInput,
    is_overdue,
    validate_assessment,
    validate_plan_goal,
)

__all__ = ["PLANS", "PlanService"]

_GOAL_GONE = QT_TRANSLATE_NOOP("errors", "This goal is no longer in the plan.")
ANONYMISED_FREE_GOAL = "Eget mål (anonymisert)"
_GOAL_FIELDS = (
    ArchiveField("id", "Nr.", "No."),
    ArchiveField("code", "Kode", "Code"),
    ArchiveField("text", "Mål", "Goal"),
    ArchiveField("target_level", "Målnivå", "Target level"),
    ArchiveField("target_date", "Måldato", "Target date"),
    ArchiveField("tasks", "Stasjoner og oppgaver", "Stations and tasks"),
    ArchiveField("added_at", "Lagt til", "Added"),
    ArchiveField("removed_at", "Tatt ut", "Removed"),
)
_ASSESSMENT_FIELDS = (
    ArchiveField("plan_goal_id", "Mål nr.", "Goal no."),
    ArchiveField(
        "kind",
        "Type",
        "Kind",
        (
            (AssessmentKind.COACH.value, "Jobbkonsulent", "Job coach"),
            (AssessmentKind.SELF.value, "Egenvurdering", "Self-assessment"),
        ),
    ),
    ArchiveField("level", "Nivå", "Level"),
    ArchiveField("assessed_on", "Dato", "Date"),
    ArchiveField("evidence", "Observert", "Observed"),
    ArchiveField("assessor_name", "Vurdert av", "Assessed by"),
    ArchiveField("recorded_at", "Registrert", "Recorded"),
)


class PlanService(Service):
    def __init__(
        self,
        db: Database,
        clock: Clock,
        participants: ParticipantService,
        competence: CompetenceService,
        audit: AuditService,
    ) -> None:
        super().__init__(db, clock)
        self._participants = participants
        self._competence = competence
        self._audit = audit

    # --- reading -----------------------------------------------------------------------------

    @writes
    def plan(self, actor: Actor, participant_id: int) -> TrainingPlan:
        """The participant's current goals with their levels; the view is logged."""
        self._participants.check_access(actor, participant_id)
        self._audit.record(actor, AuditAction.VIEW, ENTITY, participant_id, "training plan")
        return self._plan(participant_id)

    @writes
    def timeline(self, actor: Actor, participant_id: int) -> list[AssessmentInfo]:
        """Every assessment of the participant, oldest first (coach's and own); logged."""
        self._participants.check_access(actor, participant_id)
        self._audit.record(actor, AuditAction.VIEW, ENTITY, participant_id, "assessments")
        return [_assessment_info(a) for a in self._assessments(participant_id)]

    @reads
    def plan_for_report(self, participant_id: int) -> TrainingPlan:
        """The plan for a document or overview the caller has already checked and logged."""
        return self._plan(participant_id)

    @reads
    def assessments_for_report(self, participant_id: int) -> list[AssessmentInfo]:
        """Every assessment of the participant, oldest first (as `timeline`), for a document the
        caller has already checked and logs itself (the NAV reports' levels as of a day)."""
        return [_assessment_info(a) for a in self._assessments(participant_id)]

    @staticmethod
    def area_levels(plan: TrainingPlan) -> list[AreaLevel]:
        """Per area of the framework: the mean current coach level against the mean target."""
        by_area: dict[int, list[PlanGoalInfo]] = {}
        for goal in plan.goals:
            if goal.area_number is not None:
                by_area.setdefault(goal.area_number, []).append(goal)
        levels = []
        for area, goals in sorted(by_area.items()):
            assessed = [g.coach_level for g in goals if g.coach_level is not None]
            current = sum(assessed) / len(assessed) if assessed else None
            levels.append(AreaLevel(area, current, sum(g.target_level for g in goals) / len(goals)))
        return levels

    @reads
    def current_levels(self, site_id: int, participant_ids: Iterable[int]) -> dict[int, dict[int, int]]:
        """Per participant of the site: framework goal id -> the latest coach level of that goal
        in their current plan (the level `area_levels` and the chart use), for all of them in
        two queries (the matching of participants and positions). For a caller that has
        checked access and logs the view itself. Participants without one are left out."""
        wanted = set(self._participants.periods(site_id, participant_ids))
        if not wanted:
            return {}
        latest = (
            select(
                Assessment.participant_id,
                PlanGoal.competence_goal_id,
                Assessment.level,
                func.row_number()
                .over(
                    partition_by=(Assessment.participant_id, PlanGoal.competence_goal_id),
                    order_by=(Assessment.assessed_on.desc(), Assessment.id.desc()),
                )
                .label("newest"),
            )
            .join(PlanGoal, PlanGoal.id == Assessment.plan_goal_id)
            .where(
                Assessment.participant_id.in_(wanted),
                Assessment.kind == AssessmentKind.COACH.value,
                PlanGoal.removed_at.is_(None),
                PlanGoal.competence_goal_id.is_not(None),
            )
            .subquery()
        )
        levels: dict[int, dict[int, int]] = {}
        rows = self.session.execute(
            select(latest.c.participant_id, latest.c.competence_goal_id, latest.c.level).where(
                latest.c.newest == 1
            )
        )
        for participant_id, goal_id, level in rows:
            levels.setdefault(participant_id, {})[goal_id] = level
        return levels

    @reads
    def overdue_and_last_assessed(self, participant_ids: Iterable[int]) -> dict[int, PlanFollowUp]:
        """Per participant: the goals that are overdue (as `PlanGoalInfo.overdue`) and the day of
        the latest coach assessment, in a few queries for all of them.
        For a caller that has checked access and logged the view."""
        wanted = set(participant_ids)
        overdue: dict[int, list[OverdueGoal]] = {}
        for goal in self.overdue_goals(wanted):
            overdue.setdefault(goal.participant_id, []).append(goal)
        last_assessed = self.last_coach_assessments(wanted)
        return {pid: PlanFollowUp(pid, tuple(overdue.get(pid, ())), last_assessed.get(pid)) for pid in wanted}

    @reads
    def overdue_goals(self, participant_ids: Collection[int]) -> list[OverdueGoal]:
        """The goals of these participants that are overdue (as `PlanGoalInfo.overdue`), by
        target date, in one query however many participants (the coach's overview): the
        database finds each goal's latest coach level and returns the overdue ones only.
        For a caller that has checked access and logged the view."""
        if not participant_ids:
            return []
        today = local_day(self.now())
        # The latest coach level of each goal whose target date has passed: one index seek per
        # goal (ix_assessments_goal), in the same query.
        latest_level = (
            select(Assessment.level)
            .where(Assessment.plan_goal_id == PlanGoal.id, Assessment.kind == AssessmentKind.COACH.value)
            .order_by(Assessment.assessed_on.desc(), Assessment.id.desc())
            .limit(1)
            .scalar_subquery()
        )
        due = (
            select(
                PlanGoal.id,
                PlanGoal.participant_id,
                PlanGoal.competence_goal_id,
                PlanGoal.free_text,
                PlanGoal.target_level,
                PlanGoal.target_date,
                latest_level.label("level"),
            )
            .where(
                PlanGoal.participant_id.in_(select(_id_table(self.session, participant_ids).c.value)),
                PlanGoal.removed_at.is_(None),
                PlanGoal.target_date.is_not(None),
                PlanGoal.target_date < today,
            )
            .subquery()
        )
        goals = self.session.execute(
            select(due)
            .where(func.coalesce(due.c.level, 0) < due.c.target_level)  # is_overdue, in SQL
            .order_by(due.c.target_date, due.c.id)
        ).all()
        framework = self._competence.goals(g.competence_goal_id for g in goals if g.competence_goal_id)
        overdue = []
        for goal in goals:
            level = goal.level
            if goal.target_date is None or not is_overdue(goal.target_date, goal.target_level, level, today):
                continue
            known = framework.get(goal.competence_goal_id) if goal.competence_goal_id else None
            overdue.append(
                OverdueGoal(
                    plan_goal_id=goal.id,
                    participant_id=goal.participant_id,
                    text_nb=known.text_nb if known else goal.free_text,
                    text_en=(known.text_en or known.text_nb) if known else goal.free_text,
                    target_level=goal.target_level,
                    target_date=goal.target_date,
                    coach_level=level,
                )
            )
        return overdue

    @reads
    def last_coach_assessments(self, participant_ids: Collection[int]) -> dict[int, date]:
        """The day of each participant's latest coach assessment (of any goal, removed ones
        included); participants never assessed are left out. One query however many
        participants (the coach's overview): per participant, one seek to the newest end of
        their assessments (ix_assessments_participant_day), not a scan of them all.
        For a caller that has checked access and logged the view."""
        if not participant_ids:
            return {}
        ids = _id_table(self.session, participant_ids)
        newest = (
            select(Assessment.assessed_on)
            .where(Assessment.participant_id == ids.c.value, Assessment.kind == AssessmentKind.COACH.value)
            .order_by(Assessment.assessed_on.desc())
            .limit(1)
            .scalar_subquery()
        )
        rows = self.session.execute(select(ids.c.value, newest))
        return {participant_id: day for participant_id, day in rows if day is not None}

    # --- retention (P3) ------------------------------------------------------------------------

    @reads
    def archive_sections(self, actor: Actor, participant_id: int) -> list[ArchiveSection]:
        """The plan's goals (removed ones too) and every assessment, for the participant's archive."""
        require(actor, Permission.MANAGE_RETENTION)
        self._participants.check_access(actor, participant_id)
        goals = list(
            self.session.scalars(
                select(PlanGoal).where(PlanGoal.participant_id == participant_id).order_by(PlanGoal.id)
            )
        )
        framework = self._competence.goals(g.competence_goal_id for g in goals if g.competence_goal_id)
        goal_rows = []
        for goal in goals:
            known = framework.get(goal.competence_goal_id) if goal.competence_goal_id else None
            goal_rows.append(
                (
                    goal.id,
                    known.code if known else "",
                    known.text_nb if known else goal.free_text,
                    goal.target_level,
                    goal.target_date,
                    goal.tasks,
                    goal.added_at,
                    goal.removed_at,
                )
            )
        assessment_rows = tuple(
            (a.plan_goal_id, a.kind, a.level, a.assessed_on, a.evidence, a.assessor_name, a.recorded_at)
            for a in self._assessments(participant_id)
        )
        return [
            ArchiveSection("plan_goals", "Opplæringsplan", "Training plan", _GOAL_FIELDS, tuple(goal_rows)),
            ArchiveSection("assessments", "Vurderinger", "Assessments", _ASSESSMENT_FIELDS, assessment_rows),
        ]

    @writes
    def anonymise(self, actor: Actor, participant_id: int) -> None:
        """Keep the goals and levels (anonymous statistics); drop what was written about the
        participant: the evidence notes, the words of free goals and the goals' stations and
        tasks."""
        require(actor, Permission.MANAGE_RETENTION)
        self._participants.check_access(actor, participant_id)
        self.session.execute(
            update(Assessment)
            .where(Assessment.participant_id == participant_id)
            .values(evidence="")
            .execution_options(synchronize_session=False)
        )
        self.session.execute(
            update(PlanGoal)
            .where(PlanGoal.participant_id == participant_id)
            .values(tasks="")
            .execution_options(synchronize_session=False)
        )
        self.session.execute(
            update(PlanGoal)
            .where(PlanGoal.participant_id == participant_id, PlanGoal.competence_goal_id.is_(None))
            .values(free_text=ANONYMISED_FREE_GOAL)
            .execution_options(synchronize_session=False)
        )
        self.changed(PLANS, participant_id)

    # --- the plan ------------------------------------------------------------------------------

    @writes
    def add_goal(self, actor: Actor, participant_id: int, data: PlanGoalInput) -> PlanGoalInfo:
        require(actor, Permission.EDIT_PARTICIPANTS)
        self._participants.check_access(actor, participant_id)
        clean = self._validated(data)
        goal = PlanGoal(participant_id=participant_id, added_at=self.now())
        _apply(goal, clean)
        self.session.add(goal)
        self.session.flush()
        self._audit.record(actor, AuditAction.UPDATE, ENTITY, participant_id, f"plan goal {goal.id} added")
        self.changed(PLANS, participant_id)
        return self._goal_info(goal)

    @writes
    def update_goal(self, actor: Actor, plan_goal_id: int, version: int, data: PlanGoalInput) -> PlanGoalInfo:
        require(actor, Permission.EDIT_PARTICIPANTS)
        goal = self._load(actor, plan_goal_id)
        if goal.version != version:
            raise ConcurrencyError(self._goal_info(goal))
        clean = self._validated(data, keeps=goal.competence_goal_id)
        if clean.competence_goal_id != goal.competence_goal_id and self._has_assessments(goal.id):
            raise ValidationError(
                {
                    "goal": Message(
                        QT_TRANSLATE_NOOP(
                            "errors", "This goal has assessments; remove it and add the new goal instead."
                        )
                    )
                }
            )
        _apply(goal, clean)
        self.session.flush()
        self._audit.record(
            actor, AuditAction.UPDATE, ENTITY, goal.participant_id, f"plan goal {goal.id} changed"
        )
        self.changed(PLANS, goal.participant_id)
        return self._goal_info(goal)

    @writes
    def remove_goal(self, actor: Actor, plan_goal_id: int) -> None:
        """Take a goal out of the plan; its assessments stay in the participant's history."""
        require(actor, Permission.EDIT_PARTICIPANTS)
        goal = self._load(actor, plan_goal_id)
        goal.removed_at = self.now()
        self._audit.record(
            actor, AuditAction.UPDATE, ENTITY, goal.participant_id, f"plan goal {goal.id} removed"
        )
        self.changed(PLANS, goal.participant_id)

    # --- assessments ---------------------------------------------------------------------------

    @writes
    def assess(self, actor: Actor, data: AssessmentInput) -> AssessmentInfo:
        """The coach's dated level for one goal, with what was observed."""
        require(actor, Permission.EDIT_PARTICIPANTS)
        goal = self._load(actor, data.plan_goal_id)
        errors = validate_assessment(data, local_day(self.now()), AssessmentKind.COACH)
        if errors:
            raise ValidationError(errors)
        assessment = self._record(
            actor, goal, AssessmentKind.COACH, data.level, data.assessed_on, data.evidence
        )
        self._audit.record(
            actor, AuditAction.UPDATE, ENTITY, goal.participant_id, f"assessment of goal {goal.id}"
        )
        return _assessment_info(assessment)

    @writes
    def self_assess(self, actor: Actor, participant_id: int, answers: Mapping[int, int]) -> int:
        """The participant's own answers (plan goal id -> level 1-4), given on the easy-read
        screen with the coach beside them; stored next to the coach's. Returns how many."""
        require(actor, Permission.EDIT_PARTICIPANTS)
        self._participants.check_access(actor, participant_id)
        today = local_day(self.now())
        goals = {goal.id: goal for goal in self._goals(participant_id)}
        for plan_goal_id, level in answers.items():
            goal = goals.get(plan_goal_id)
            if goal is None:
                raise NotFoundError(_GOAL_GONE)
            errors = validate_assessment(
                AssessmentInput(plan_goal_id, level, today), today, AssessmentKind.SELF
            )
            if errors:
                raise ValidationError(errors)
            self._record(actor, goal, AssessmentKind.SELF, level, today, "")
        if answers:
            self._audit.record(actor, AuditAction.UPDATE, ENTITY, participant_id, "self-assessment")
        return len(answers)

    # --- helpers -------------------------------------------------------------------------------

    def _plan(self, participant_id: int) -> TrainingPlan:
        goals = self._goals(participant_id)
        framework = self._competence.goals(g.competence_goal_id for g in goals if g.competence_goal_id)
        assessments: dict[int, list[Assessment]] = {}
        for assessment in self._assessments(participant_id):
            assessments.setdefault(assessment.plan_goal_id, []).append(assessment)
        today = local_day(self.now())
        infos = [_plan_goal_info(g, framework, assessments.get(g.id, []), today) for g in goals]
        infos.sort(key=lambda info: (info.area_number or 99, info.id))
        return TrainingPlan(participant_id, tuple(infos))

    def _goal_info(self, goal: PlanGoal) -> PlanGoalInfo:
        framework = self._competence.goals([goal.competence_goal_id] if goal.competence_goal_id else [])
        return _plan_goal_info(goal, framework, list(self._assessments_of(goal.id)), local_day(self.now()))

    def _goals(self, participant_id: int) -> list[PlanGoal]:
        query = (
            select(PlanGoal)
            .where(PlanGoal.participant_id == participant_id, PlanGoal.removed_at.is_(None))
            .order_by(PlanGoal.id)
        )
        return list(self.session.scalars(query))

    def _assessments(self, participant_id: int) -> list[Assessment]:
        query = (
            select(Assessment)
            .where(Assessment.participant_id == participant_id)
            .order_by(Assessment.assessed_on, Assessment.id)
        )
        return list(self.session.scalars(query))

    def _assessments_of(self, plan_goal_id: int) -> list[Assessment]:
        query = (
            select(Assessment)
            .where(Assessment.plan_goal_id == plan_goal_id)
            .order_by(Assessment.assessed_on, Assessment.id)
        )
        return list(self.session.scalars(query))

    def _has_assessments(self, plan_goal_id: int) -> bool:
        return (
            self.session.scalar(select(Assessment.id).where(Assessment.plan_goal_id == plan_goal_id).limit(1))
            is not None
        )

    def _load(self, actor: Actor, plan_goal_id: int) -> PlanGoal:
        goal = self.session.get(PlanGoal, plan_goal_id)
        if goal is None or goal.removed_at is not None:
            raise NotFoundError(_GOAL_GONE)
        self._participants.check_access(actor, goal.participant_id)
        return goal

    def _validated(self, data: PlanGoalInput, keeps: int | None = None) -> PlanGoalInput:
        """`keeps`: the goal the plan goal has now, which it may keep when retired meanwhile."""
        clean, errors = validate_plan_goal(data)
        if clean.competence_goal_id is not None and "goal" not in errors:
            found = self._competence.goals([clean.competence_goal_id]).get(clean.competence_goal_id)
            if found is None or (found.retired and clean.competence_goal_id != keeps):
                errors["goal"] = Message(QT_TRANSLATE_NOOP("errors", "This goal is retired; choose another."))
        if errors:
            raise ValidationError(errors)
        return clean

    def _record(
        self, actor: Actor, goal: PlanGoal, kind: AssessmentKind, level: int, on: date, evidence: str
    ) -> Assessment:
        assessment = Assessment(
            participant_id=goal.participant_id,
            plan_goal_id=goal.id,
            kind=kind.value,
            level=level,
            assessed_on=on,
            evidence=evidence.strip(),
            assessor_id=actor.user_id,
            assessor_name=actor.name[:120],
            recorded_at=self.now(),
        )
        self.session.add(assessment)
        self.session.flush()
        self.changed(PLANS, goal.participant_id)
        return assessment


def _apply(goal: PlanGoal, clean: PlanGoalInput) -> None:
    goal.competence_goal_id = clean.competence_goal_id
    goal.free_text = clean.free_text if clean.competence_goal_id is None else ""
    goal.target_level = clean.target_level
    goal.target_date = clean.target_date
    goal.tasks = clean.tasks


def _plan_goal_info(
    goal: PlanGoal, framework: Mapping[int, GoalInfo], assessments: list[Assessment], today: date
) -> PlanGoalInfo:
    known = framework.get(goal.competence_goal_id) if goal.competence_goal_id else None
    coach = [a for a in assessments if a.kind == AssessmentKind.COACH]
    own = [a for a in assessments if a.kind == AssessmentKind.SELF]
    coach_level = coach[-1].level if coach else None
    return PlanGoalInfo(
        id=goal.id,
        competence_goal_id=goal.competence_goal_id,
        area_number=known.area_number if known else None,
        text=known.text_nb if known else goal.free_text,
        easy_text=(known.easy_nb or known.text_nb) if known else goal.free_text,
        target_level=goal.target_level,
        target_date=goal.target_date,
        tasks=goal.tasks,
        coach_level=coach_level,
        self_level=own[-1].level if own else None,
        start_level=coach[0].level if coach else None,
        last_assessed=max((a.assessed_on for a in assessments), default=None),
        overdue=is_overdue(goal.target_date, goal.target_level, coach_level, today),
        version=goal.version,
    )


def _assessment_info(assessment: Assessment) -> AssessmentInfo:
    return AssessmentInfo(
        id=assessment.id,
        plan_goal_id=assessment.plan_goal_id,
        kind=AssessmentKind(assessment.kind),
        level=assessment.level,
        assessed_on=assessment.assessed_on,
        evidence=assessment.evidence,
        assessor_name=assessment.assessor_name,
    )


def _id_table(session: Session, ids: Collection[int]) -> TableValuedAlias:
    """The ids as a table of one column, `value`, bound as one parameter (a JSON array on
    SQLite, an integer array on PostgreSQL): the same statement however many ids, where an IN
    list has a placeholder per id to compile, send and parse (a caseload has 2,000)."""
    if session.get_bind().dialect.name == "postgresql":
        array = literal(list(ids), ARRAY(Integer))
        return func.unnest(array).table_valued(column("value", Integer)).render_derived()
    return func.json_each(literal(json.dumps(list(ids)), String)).table_valued(column("value", Integer))
