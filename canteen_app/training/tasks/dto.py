"""What leaves the task library: plain frozen values."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from canteen_app.training.tasks.rules import StepInput, TaskInput


@dataclass(frozen=True)
class StationInfo:
    id: int
    name_nb: str
    name_en: str
    retired: bool
    version: int

    def name(self, language: str) -> str:
        return self.name_en if language == "en" and self.name_en else self.name_nb


@dataclass(frozen=True)
class StepInfo:
    position: int  # 1, 2, ...
    pictogram: str
    text_nb: str
    texts: Mapping[str, str] = field(default_factory=dict)  # language -> the sentence

    def text(self, language: str) -> str | None:
        """The sentence in `language`; None when it has not been translated."""
        return self.text_nb if language == "nb" else self.texts.get(language)


@dataclass(frozen=True)
class TaskInfo:
    id: int
    station_id: int
    title_nb: str
    steps: tuple[StepInfo, ...]
    titles: Mapping[str, str]  # language -> the title (only where translated)
    languages: tuple[str, ...]  # languages with any translated text, in STEP_LANGUAGES order
    reviewed: frozenset[str]  # of `languages`: checked by a speaker
    retired: bool
    version: int
    updated_at: datetime

    def title(self, language: str) -> str | None:
        return self.title_nb if language == "nb" else self.titles.get(language)

    def as_input(self) -> TaskInput:
        """The task as the form edits it."""
        return TaskInput(
            self.station_id,
            self.title_nb,
            tuple(StepInput(step.pictogram, step.text_nb, dict(step.texts)) for step in self.steps),
            dict(self.titles),
            self.reviewed,
        )


@dataclass(frozen=True)
class TaskLibrary:
    stations: tuple[StationInfo, ...]  # in the order they were added
    tasks: tuple[TaskInfo, ...]  # by station, then in the order they were added

    def station(self, station_id: int) -> StationInfo | None:
        return next((station for station in self.stations if station.id == station_id), None)

    def task(self, task_id: int) -> TaskInfo | None:
        return next((task for task in self.tasks if task.id == task_id), None)

    def tasks_of(self, station_id: int) -> tuple[TaskInfo, ...]:
        return tuple(task for task in self.tasks if task.station_id == station_id)


@dataclass(frozen=True)
class DayAssignmentInfo:
    """An assignment: from `day` on, until a later one."""

    id: int
    participant_id: int
    day: date
    station_id: int
    task_ids: tuple[int, ...]  # in the order of the day
    updated_at: datetime
    updated_by: str
    version: int
