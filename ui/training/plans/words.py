"""The framework's words on screen: levels, areas and goals in the UI language (nb or en).

The level and area words come from the competence framework itself (nb and en), the same
words the reports use; the screens' own words are translated with `tr` where they are used.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from canteen_app.training.competence.dto import AreaInfo, GoalInfo
from canteen_app.training.competence.framework_data import LEVELS, Level
from canteen_app.training.plans.dto import PlanGoalInfo

_LEVELS = {level.level: level for level in LEVELS}


def _level(level: int) -> Level | None:
    return _LEVELS.get(level)


def level_name(level: int | None, language: str) -> str:
    """ "Independently" / "Selvstendig"; "" when there is no level."""
    found = _level(level) if level is not None else None
    if found is None:
        return ""
    return found.name_en if language == "en" else found.name_nb


def level_description(level: int, language: str) -> str:
    found = _level(level)
    if found is None:
        return ""
    return found.description_en if language == "en" else found.description_nb


def level_easy(level: int, language: str) -> str:
    """What the participant reads on the self-assessment screen ("I can do it on my own")."""
    found = _level(level)
    if found is None:
        return ""
    return found.easy_en if language == "en" else found.easy_nb


def level_with_number(level: int | None, language: str) -> str:
    """ "3 – Independently"; "–" when not assessed."""
    if level is None:
        return "–"
    return f"{level} – {level_name(level, language)}"


def own_goals_title() -> str:
    """The heading of the goals that are not from the framework."""
    return QCoreApplication.translate("plans", "Our own goals")


def short_area_name(name: str) -> str:
    """The name without its examples in brackets: "Matsvinn og kildesortering"."""
    return name.split(" (", 1)[0]


@dataclass(frozen=True)
class Framework:
    """The framework as the screens use it: area names and every goal's words (retired ones
    too, since a plan keeps the goal it was made with)."""

    areas: tuple[AreaInfo, ...]
    language: str

    def area_name(self, number: int | None) -> str:
        if number is None:
            return own_goals_title()
        area = next((a for a in self.areas if a.number == number), None)
        return area.name(self.language) if area is not None else str(number)

    def goal(self, goal_id: int | None) -> GoalInfo | None:
        if goal_id is None:
            return None
        return next((g for area in self.areas for g in area.goals if g.id == goal_id), None)

    def active_areas(self) -> list[AreaInfo]:
        """The areas with the goals a new plan goal may take (retired ones left out)."""
        return [
            AreaInfo(a.number, a.code, a.name_nb, a.name_en, tuple(g for g in a.goals if not g.retired))
            for a in self.areas
        ]

    def goal_text(self, goal: PlanGoalInfo) -> str:
        """The goal's words in the UI language (a free goal's own words)."""
        known = self.goal(goal.competence_goal_id)
        return known.text(self.language) if known is not None else goal.text

    def easy_text(self, goal: PlanGoalInfo) -> str:
        """The easy-read words in the UI language (a free goal's own words)."""
        known = self.goal(goal.competence_goal_id)
        return known.easy(self.language) if known is not None else goal.easy_text


def grouped(goals: Sequence[PlanGoalInfo]) -> list[tuple[int | None, list[PlanGoalInfo]]]:
    """The plan's goals by area, in the framework's order; our own goals last."""
    groups: dict[int | None, list[PlanGoalInfo]] = {}
    for goal in goals:
        groups.setdefault(goal.area_number, []).append(goal)
    return sorted(groups.items(), key=lambda item: (item[0] is None, item[0] or 0))
