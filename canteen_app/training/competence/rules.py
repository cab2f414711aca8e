"""Rules of the competence framework: the four levels, and what a coach's local goal needs."""

from __future__ import annotations

from dataclasses import dataclass

from canteen_app.core.text import QT_TRANSLATE_NOOP, Message
from canteen_app.core.text_rules import text_problem, tidy

COMPETENCES = "training.competences"  # the kind of change a view listens for
LEVELS = (1, 2, 3, 4)  # with help, with support, independently, can show others
GOAL_TEXT_MAX = 200
EASY_TEXT_MAX = 100


@dataclass(frozen=True)
class LocalGoalInput:
    area_number: int
    text_nb: str
    text_en: str = ""
    easy_nb: str = ""
    easy_en: str = ""


def validate_local_goal(data: LocalGoalInput) -> tuple[LocalGoalInput, dict[str, Message]]:
    clean = LocalGoalInput(
        data.area_number, tidy(data.text_nb), tidy(data.text_en), tidy(data.easy_nb), tidy(data.easy_en)
    )
    errors: dict[str, Message] = {}
    for name, limit, required in (
        ("text_nb", GOAL_TEXT_MAX, True),
        ("text_en", GOAL_TEXT_MAX, False),
        ("easy_nb", EASY_TEXT_MAX, False),
        ("easy_en", EASY_TEXT_MAX, False),
    ):
        problem = text_problem(getattr(clean, name), limit, required=required)
        if problem is not None:
            errors[name] = problem
    if not 1 <= clean.area_number <= 12:
        errors["area_number"] = Message(QT_TRANSLATE_NOOP("errors", "Choose one of the twelve areas."))
    return clean, errors
