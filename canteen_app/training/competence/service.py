"""The competence framework (T2/T3): twelve areas with goals written as observable tasks.
Shipped goals come with the migrations; a coach adds local goals and retires goals, and
nothing is deleted, so every plan and assessment keeps the goal it was made against."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import func, select

from canteen_app.access import Actor, Permission, require
from canteen_app.core.errors import NotFoundError, ValidationError
from canteen_app.core.text import QT_TRANSLATE_NOOP
from canteen_app.db.service import Service, reads, writes
from canteen_app.training.competence.dto import AreaInfo, GoalInfo
from canteen_app.training.competence.models import CompetenceArea, CompetenceGoal
from canteen_app.training.competence.rules import COMPETENCES, LocalGoalInput, validate_local_goal

__all__ = ["COMPETENCES", "CompetenceService"]


class CompetenceService(Service):
    @reads
    def framework(self, actor: Actor, include_retired: bool = False) -> list[AreaInfo]:
        """The areas in order, each with the framework's goals and this site's local ones."""
        areas = list(self.session.scalars(select(CompetenceArea).order_by(CompetenceArea.number)))
        query = select(CompetenceGoal).where(
            (CompetenceGoal.site_id.is_(None)) | (CompetenceGoal.site_id == actor.site_id)
        )
        if not include_retired:
            query = query.where(CompetenceGoal.retired_at.is_(None))
        goals = list(self.session.scalars(query.order_by(CompetenceGoal.sort_order, CompetenceGoal.id)))
        number_of = {area.id: area.number for area in areas}
        by_area: dict[int, list[GoalInfo]] = {}
        for goal in goals:
            by_area.setdefault(goal.area_id, []).append(_goal_info(goal, number_of[goal.area_id]))
        return [
            AreaInfo(area.number, area.code, area.name_nb, area.name_en, tuple(by_area.get(area.id, [])))
            for area in areas
        ]

    @reads
    def goals(self, goal_ids: Iterable[int]) -> dict[int, GoalInfo]:
        """Goals by id, retired ones too (a plan keeps the goal it was made with)."""
        wanted = set(goal_ids)
        if not wanted:
            return {}
        rows = self.session.execute(
            select(CompetenceGoal, CompetenceArea.number)
            .join(CompetenceArea, CompetenceArea.id == CompetenceGoal.area_id)
            .where(CompetenceGoal.id.in_(wanted))
        ).all()
        return {goal.id: _goal_info(goal, number) for goal, number in rows}

    @writes
    def add_local_goal(self, actor: Actor, data: LocalGoalInput) -> GoalInfo:
        require(actor, Permission.EDIT_PARTICIPANTS)
        clean, errors = validate_local_goal(data)
        if errors:
            raise ValidationError(errors)
        area = self.session.scalar(select(CompetenceArea).where(CompetenceArea.number == clean.area_number))
        if area is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This competence area was not found."))
        last = self.session.scalar(
            select(func.max(CompetenceGoal.sort_order)).where(CompetenceGoal.area_id == area.id)
        )
        goal = CompetenceGoal(
            area_id=area.id,
            code=f"L{actor.site_id}-{uuid.uuid4().hex[:8]}",  # unique however many PCs add at once
            text_nb=clean.text_nb,
            text_en=clean.text_en,
            easy_nb=clean.easy_nb,
            easy_en=clean.easy_en,
            sort_order=(last or 0) + 1,
            site_id=actor.site_id,
            framework_version=None,
        )
        self.session.add(goal)
        self.session.flush()
        self.changed(COMPETENCES, goal.id)
        return _goal_info(goal, area.number)

    @writes
    def retire_goal(self, actor: Actor, goal_id: int) -> None:
        """No new plan takes the goal; plans and assessments that have it keep it."""
        require(actor, Permission.EDIT_PARTICIPANTS)
        goal = self.session.get(CompetenceGoal, goal_id)
        if goal is None or goal.site_id not in (None, actor.site_id):
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This competence goal was not found."))
        if goal.retired_at is None:
            goal.retired_at = self.now()
            goal.retired_by = actor.name[:120]
            self.changed(COMPETENCES, goal.id)


def _goal_info(goal: CompetenceGoal, area_number: int) -> GoalInfo:
    return GoalInfo(
        id=goal.id,
        code=goal.code,
        area_number=area_number,
        text_nb=goal.text_nb,
        text_en=goal.text_en,
        easy_nb=goal.easy_nb,
        easy_en=goal.easy_en,
        local=goal.site_id is not None,
        retired=goal.retired_at is not None,
    )
