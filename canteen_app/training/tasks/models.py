"""The task library (stations, tasks, their pictogram steps and translations) and the
participants' day assignments.

Stations and tasks are retired, never deleted: an assignment keeps the tasks it was made with.
A task's steps and translations are written anew with every save of the task, whose version
counts the saves.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from canteen_app.db.base import Base, BigIntPK


class Station(Base):
    __tablename__ = "task_stations"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    name_nb: Mapped[str] = mapped_column(String(60))
    name_en: Mapped[str] = mapped_column(String(60), default="")
    retired_at: Mapped[datetime | None]
    updated_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__: dict[str, Any] = {"version_id_col": version}  # noqa: RUF012


class LibraryTask(Base):
    __tablename__ = "library_tasks"
    __table_args__ = (Index("ix_library_tasks_station", "station_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    station_id: Mapped[int] = mapped_column(ForeignKey("task_stations.id"))
    title_nb: Mapped[str] = mapped_column(String(80))
    retired_at: Mapped[datetime | None]
    updated_at: Mapped[datetime]  # set by every save, so that a save of the steps alone counts
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__: dict[str, Any] = {"version_id_col": version}  # noqa: RUF012


class TaskLanguage(Base):
    """A task's translation into one language: its title (may be empty) and whether a speaker
    has checked the translation."""

    __tablename__ = "library_task_languages"

    task_id: Mapped[int] = mapped_column(ForeignKey("library_tasks.id", ondelete="CASCADE"), primary_key=True)
    language: Mapped[str] = mapped_column(String(5), primary_key=True)
    title: Mapped[str] = mapped_column(String(80), default="")
    reviewed: Mapped[bool] = mapped_column(default=False)


class TaskStep(Base):
    __tablename__ = "library_task_steps"
    __table_args__ = (UniqueConstraint("task_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("library_tasks.id", ondelete="CASCADE"))
    position: Mapped[int]  # 1, 2, ...
    pictogram: Mapped[str] = mapped_column(String(40))  # pictograms.PICTOGRAMS key
    text_nb: Mapped[str] = mapped_column(String(120))


class StepText(Base):
    __tablename__ = "library_step_texts"

    step_id: Mapped[int] = mapped_column(
        ForeignKey("library_task_steps.id", ondelete="CASCADE"), primary_key=True
    )
    language: Mapped[str] = mapped_column(String(5), primary_key=True)
    text: Mapped[str] = mapped_column(String(120))


class DayAssignment(Base):
    """From `day` on, until a later one: the participant's station and tasks."""

    __tablename__ = "day_assignments"
    __table_args__ = (UniqueConstraint("participant_id", "day"),)

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    station_id: Mapped[int] = mapped_column(ForeignKey("task_stations.id"))
    updated_at: Mapped[datetime]
    updated_by: Mapped[str] = mapped_column(String(120))
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__: dict[str, Any] = {"version_id_col": version}  # noqa: RUF012


class DayAssignmentTask(Base):
    __tablename__ = "day_assignment_tasks"

    assignment_id: Mapped[int] = mapped_column(
        BigIntPK, ForeignKey("day_assignments.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(primary_key=True)  # 1, 2, ...: the order of the day
    task_id: Mapped[int] = mapped_column(ForeignKey("library_tasks.id"))
