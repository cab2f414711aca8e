"""Matching (R1/R2): how well a participant's current assessed levels cover the competences a
position needs. Plain ranking rules, no database, so that anyone can follow a ranking by hand:

- A need is one competence goal at a minimum level, or a whole framework area at a minimum
  level. A goal's level is the latest coach assessment of it. An area's level is the mean of
  the latest coach levels of its assessed goals: the rule of the competence chart
  (`PlanService.area_levels`), so that the chart and the matching agree.
- A need is covered when its level is at least the minimum; a need nothing is known of (no
  assessment) is missing.
- The score is covered needs / needs, from 0 to 1.
- Ties go to the one whose missing needs are the least far below: the sum over the missing
  needs of (minimum - level), a need not assessed counting as level 0.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Need:
    """What matching knows of a position's need: one of area_number and goal_id is set."""

    area_number: int | None
    goal_id: int | None
    min_level: int


@dataclass(frozen=True)
class NeedCheck:
    """One need checked against a participant's levels."""

    need: Need
    current: float | None  # None: not assessed
    covered: bool

    @property
    def shortfall(self) -> float:
        """How far below the minimum (0 when covered; an unassessed need counts from 0)."""
        return 0.0 if self.covered else self.need.min_level - (self.current or 0.0)


@dataclass(frozen=True)
class MatchResult:
    checks: tuple[NeedCheck, ...]  # in the order of the position's needs
    score: float  # covered / needs, 0..1
    shortfall: float  # the tie-breaker: smaller is closer to ready

    @property
    def covered(self) -> tuple[NeedCheck, ...]:
        return tuple(check for check in self.checks if check.covered)

    @property
    def missing(self) -> tuple[NeedCheck, ...]:
        return tuple(check for check in self.checks if not check.covered)

    @property
    def anything_known(self) -> bool:
        """Whether any of the needs has an assessed level (otherwise nothing can be said)."""
        return any(check.current is not None for check in self.checks)

    def rank_key(self) -> tuple[float, float]:
        """Sort ascending by this: the best match first."""
        return (-self.score, self.shortfall)


def area_level(levels: Iterable[int]) -> float | None:
    """The level of an area: the mean of its goals' latest coach levels (None: none assessed).
    The competence chart's rule (`PlanService.area_levels`)."""
    found = list(levels)
    return sum(found) / len(found) if found else None


def need_level(need: Need, levels: Mapping[int, int], area_of: Mapping[int, int]) -> float | None:
    """The participant's level for one need. `levels`: goal id -> latest coach level;
    `area_of`: goal id -> its area's number (for the goals in `levels`)."""
    if need.goal_id is not None:
        level = levels.get(need.goal_id)
        return float(level) if level is not None else None
    return area_level(level for goal, level in levels.items() if area_of.get(goal) == need.area_number)


def check_need(need: Need, levels: Mapping[int, int], area_of: Mapping[int, int]) -> NeedCheck:
    current = need_level(need, levels, area_of)
    return NeedCheck(need, current, current is not None and current >= need.min_level)


def score(checks: Sequence[NeedCheck]) -> float:
    """Covered needs / needs; a position that needs nothing is reached by anyone (1.0)."""
    if not checks:
        return 1.0
    return sum(1 for check in checks if check.covered) / len(checks)


def match(needs: Sequence[Need], levels: Mapping[int, int], area_of: Mapping[int, int]) -> MatchResult:
    """How well `levels` cover `needs`."""
    checks = tuple(check_need(need, levels, area_of) for need in needs)
    return MatchResult(checks, score(checks), sum(check.shortfall for check in checks))
