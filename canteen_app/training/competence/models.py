"""The competence framework: areas and their goals, shipped as data through the migrations
(framework goals) or added by a coach (local goals). A goal is retired, never deleted: plans
and assessments made against it keep their history."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from canteen_app.db.base import Base


class CompetenceArea(Base):
    __tablename__ = "competence_areas"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(unique=True)  # 1..12, the framework's order
    code: Mapped[str] = mapped_column(String(8), unique=True)
    name_nb: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))


class CompetenceGoal(Base):
    __tablename__ = "competence_goals"
    __table_args__ = (
        UniqueConstraint("code"),
        Index("ix_competence_goals_area", "area_id", "sort_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    area_id: Mapped[int] = mapped_column(ForeignKey("competence_areas.id"))
    # "A01.1" for the framework's goals (stable across framework versions); "L<site>-<random>"
    # for local ones.
    code: Mapped[str] = mapped_column(String(20))
    text_nb: Mapped[str] = mapped_column(String(200))
    text_en: Mapped[str] = mapped_column(String(200), default="")
    easy_nb: Mapped[str] = mapped_column(String(100), default="")
    easy_en: Mapped[str] = mapped_column(String(100), default="")
    sort_order: Mapped[int] = mapped_column(default=0)
    # None for the framework's goals; the site that added a local goal.
    site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id"))
    framework_version: Mapped[int | None]  # the version that introduced a framework goal
    retired_at: Mapped[datetime | None]
    retired_by: Mapped[str] = mapped_column(String(120), default="")
