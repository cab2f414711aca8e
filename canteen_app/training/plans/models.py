"""A participant's training plan: goals with a target, and the dated assessments of each."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from canteen_app.db.base import Base, BigIntPK


class PlanGoal(Base):
    """One goal of a participant's plan. Removed goals stay (removed_at): their assessments
    are part of the participant's history."""

    __tablename__ = "plan_goals"
    __table_args__ = (
        CheckConstraint("target_level BETWEEN 1 AND 4", name="target_level"),
        CheckConstraint("(competence_goal_id IS NULL) <> (free_text = '')", name="framework_or_free"),
        Index("ix_plan_goals_participant", "participant_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    competence_goal_id: Mapped[int | None] = mapped_column(ForeignKey("competence_goals.id"))
    free_text: Mapped[str] = mapped_column(String(200), default="")
    target_level: Mapped[int]
    target_date: Mapped[date | None] = mapped_column(Date)
    tasks: Mapped[str] = mapped_column(String(500), default="")
    added_at: Mapped[datetime]
    removed_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__: dict[str, Any] = {"version_id_col": version}  # noqa: RUF012


class Assessment(Base):
    """A dated level for one plan goal: the coach's (with evidence) or the participant's own."""

    __tablename__ = "assessments"
    __table_args__ = (
        CheckConstraint("level BETWEEN 1 AND 4", name="level"),
        Index("ix_assessments_participant_day", "participant_id", "assessed_on"),
        Index("ix_assessments_goal", "plan_goal_id", "assessed_on"),
    )

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    plan_goal_id: Mapped[int] = mapped_column(ForeignKey("plan_goals.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(8))  # rules.AssessmentKind
    level: Mapped[int]
    assessed_on: Mapped[date] = mapped_column(Date)
    evidence: Mapped[str] = mapped_column(String(1000), default="")
    assessor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    assessor_name: Mapped[str] = mapped_column(String(120))
    recorded_at: Mapped[datetime]
