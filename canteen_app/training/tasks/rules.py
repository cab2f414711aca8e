"""Rules of the task library (T6): stations, tasks as numbered pictogram steps with a short
sentence each, their translations, and a participant's day assignment.

- A task has 1 to MAX_STEPS steps; every step has a pictogram from the shipped set and a short
  Norwegian sentence. The coach may add the sentence (and the task's title) in any of the
  participants' languages (STEP_LANGUAGES); a step without a translation prints in Norwegian,
  next to its pictogram. A translation is "not reviewed" until the coach marks that a speaker
  of the language has checked it.
- A day assignment says, from a day on, at which station a participant works and which of its
  tasks (1 to MAX_DAY_TASKS, in the order done). It holds until a later one: the assignment in
  force on a day is the latest one on or before it, so the usual week needs one entry.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from canteen_app.core.languages import Language
from canteen_app.core.text import QT_TRANSLATE_NOOP, Message
from canteen_app.core.text_rules import text_problem, tidy
from canteen_app.training.tasks.pictograms import is_pictogram

TASK_LIBRARY = "training.task_library"  # the kind of change a view listens for: the library
DAY_ASSIGNMENTS = "training.day_assignments"  # a participant's day assignments (with their id)

# The languages a step may be translated into: every participant language but Norwegian.
STEP_LANGUAGES: tuple[str, ...] = tuple(language.value for language in Language if language != "nb")
STATION_NAME_MAX = 60
TITLE_MAX = 80
STEP_TEXT_MAX = 120  # a short sentence; easy-read text keeps to one idea per step
MAX_STEPS = 8
MAX_DAY_TASKS = 6


@dataclass(frozen=True)
class StationInput:
    name_nb: str
    name_en: str = ""

    def cleaned(self) -> StationInput:
        return StationInput(tidy(self.name_nb), tidy(self.name_en))


@dataclass(frozen=True)
class StepInput:
    pictogram: str  # a key of pictograms.PICTOGRAMS
    text_nb: str
    texts: Mapping[str, str] = field(default_factory=dict)  # language -> the sentence

    def cleaned(self) -> StepInput:
        texts = {language: tidy(text) for language, text in self.texts.items()}
        return StepInput(self.pictogram, tidy(self.text_nb), {k: v for k, v in texts.items() if v})


@dataclass(frozen=True)
class TaskInput:
    station_id: int
    title_nb: str
    steps: tuple[StepInput, ...]
    titles: Mapping[str, str] = field(default_factory=dict)  # language -> the title
    reviewed: frozenset[str] = frozenset()  # languages a speaker has checked

    def cleaned(self) -> TaskInput:
        titles = {language: tidy(text) for language, text in self.titles.items()}
        steps = tuple(step.cleaned() for step in self.steps)
        clean = TaskInput(self.station_id, tidy(self.title_nb), steps, {k: v for k, v in titles.items() if v})
        return TaskInput(
            clean.station_id,
            clean.title_nb,
            clean.steps,
            clean.titles,
            frozenset(language for language in self.reviewed if language in translated_languages(clean)),
        )


@dataclass(frozen=True)
class AssignmentInput:
    """From `day` on (until a later assignment): work at `station_id` on `task_ids`, in order."""

    day: date
    station_id: int
    task_ids: tuple[int, ...]


def translated_languages(data: TaskInput) -> tuple[str, ...]:
    """The languages the task has any text in besides Norwegian, in STEP_LANGUAGES order."""
    present = set(data.titles) | {language for step in data.steps for language in step.texts}
    return tuple(language for language in STEP_LANGUAGES if language in present)


def validate_station(data: StationInput) -> tuple[StationInput, dict[str, Message]]:
    clean = data.cleaned()
    errors: dict[str, Message] = {}
    for name, value, required in (("name_nb", clean.name_nb, True), ("name_en", clean.name_en, False)):
        problem = text_problem(value, STATION_NAME_MAX, required=required)
        if problem is not None:
            errors[name] = problem
    return clean, errors


def validate_task(data: TaskInput) -> tuple[TaskInput, dict[str, Message]]:
    """The task as stored, and each problem under its field: "title_nb", "title_<language>",
    "steps", "step<i>.pictogram", "step<i>.text_nb", "step<i>.<language>" (i from 0)."""
    clean = data.cleaned()
    errors: dict[str, Message] = {}
    problem = text_problem(clean.title_nb, TITLE_MAX, required=True)
    if problem is not None:
        errors["title_nb"] = problem
    for language, title in clean.titles.items():
        problem = _language_problem(language) or text_problem(title, TITLE_MAX)
        if problem is not None:
            errors[f"title_{language}"] = problem
    if not clean.steps:
        errors["steps"] = Message(QT_TRANSLATE_NOOP("errors", "Add at least one step."))
    elif len(clean.steps) > MAX_STEPS:
        errors["steps"] = Message(
            QT_TRANSLATE_NOOP("errors", "A task has at most {max} steps; split it into two tasks."),
            {"max": MAX_STEPS},
        )
    for index, step in enumerate(clean.steps):
        if not is_pictogram(step.pictogram):
            errors[f"step{index}.pictogram"] = Message(QT_TRANSLATE_NOOP("errors", "Choose a pictogram."))
        problem = text_problem(step.text_nb, STEP_TEXT_MAX, required=True)
        if problem is not None:
            errors[f"step{index}.text_nb"] = problem
        for language, text in step.texts.items():
            problem = _language_problem(language) or text_problem(text, STEP_TEXT_MAX)
            if problem is not None:
                errors[f"step{index}.{language}"] = problem
    return clean, errors


def validate_assignment(data: AssignmentInput) -> dict[str, Message]:
    errors: dict[str, Message] = {}
    if not data.task_ids:
        errors["task_ids"] = Message(QT_TRANSLATE_NOOP("errors", "Choose at least one task."))
    elif len(data.task_ids) > MAX_DAY_TASKS:
        errors["task_ids"] = Message(
            QT_TRANSLATE_NOOP("errors", "Choose at most {max} tasks for one day."), {"max": MAX_DAY_TASKS}
        )
    elif len(set(data.task_ids)) != len(data.task_ids):
        errors["task_ids"] = Message(QT_TRANSLATE_NOOP("errors", "A task is chosen twice."))
    return errors


def _language_problem(language: str) -> Message | None:
    if language in STEP_LANGUAGES:
        return None
    return Message(QT_TRANSLATE_NOOP("errors", "Translations are for the participants' languages only."))
