"""Which coach assessments give a goal's levels in a NAV report: those made on or before the
report period's last day (the day the measure ended, in the final report)."""

from __future__ import annotations

from datetime import date

from canteen_app.training.nav_reports.rules import levels_as_of

HYGIENE = [(date(2026, 9, 10), 1), (date(2026, 10, 8), 2), (date(2026, 11, 20), 3)]


def test_now_is_the_latest_assessment_on_or_before_the_day() -> None:
    assert levels_as_of(HYGIENE, date(2026, 11, 30)) == (1, 3)
    assert levels_as_of(HYGIENE, date(2026, 10, 31)) == (1, 2)
    assert levels_as_of(HYGIENE, date(2026, 9, 30)) == (1, 1)


def test_an_assessment_on_the_last_day_counts() -> None:
    assert levels_as_of(HYGIENE, date(2026, 10, 8)) == (1, 2)
    assert levels_as_of(HYGIENE, date(2026, 10, 7)) == (1, 1)


def test_before_the_first_assessment_the_goal_is_not_assessed() -> None:
    """Nor is it assessed "at start": the report may not show a level that came later."""
    assert levels_as_of(HYGIENE, date(2026, 9, 9)) == (None, None)
    assert levels_as_of([], date(2026, 11, 30)) == (None, None)


def test_two_on_the_same_day_the_later_recorded_is_now() -> None:
    same_day = [(date(2026, 10, 1), 2), (date(2026, 10, 1), 3)]
    assert levels_as_of(same_day, date(2026, 10, 1)) == (2, 3)


def test_the_order_of_the_days_decides_not_the_order_given() -> None:
    """An assessment recorded late for an earlier day still counts on its own day."""
    recorded = [(date(2026, 10, 8), 2), (date(2026, 9, 10), 1), (date(2026, 11, 20), 3)]
    assert levels_as_of(recorded, date(2026, 10, 31)) == (1, 2)
    assert levels_as_of(recorded, date(2026, 12, 1)) == (1, 3)
