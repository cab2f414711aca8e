"""The matching rules: a need is covered when the latest level of its goal, or the mean level of
its area (the competence chart's rule), reaches the minimum; the score is covered / needs; ties
go to the one whose missing needs are the least far below. Property tests search for a case
where more or higher levels would lower a score."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from canteen_app.referrals.partners.matching import Need, area_level, match, score

# Goals 1-3 are in area 1, goals 4-6 in area 2, goals 7-9 in area 3.
AREA_OF = {goal: (goal - 1) // 3 + 1 for goal in range(1, 10)}
GOALS = sorted(AREA_OF)

levels_st = st.dictionaries(st.sampled_from(GOALS), st.integers(1, 4), max_size=len(GOALS))
need_st = st.one_of(
    st.builds(Need, st.just(None), st.sampled_from(GOALS), st.integers(1, 4)),
    st.builds(Need, st.integers(1, 3), st.just(None), st.integers(1, 4)),
)
needs_st = st.lists(need_st, max_size=6, unique_by=lambda need: (need.area_number, need.goal_id))


def test_a_goal_need_is_covered_by_the_goals_level() -> None:
    result = match([Need(None, 1, 3)], {1: 3}, AREA_OF)
    assert (result.score, result.checks[0].current, result.checks[0].covered) == (1.0, 3.0, True)
    result = match([Need(None, 1, 3)], {1: 2}, AREA_OF)
    assert (result.score, result.shortfall) == (0.0, 1.0)


def test_an_area_need_is_covered_by_the_mean_of_its_assessed_goals() -> None:
    # Area 1: goals 1 and 2 assessed (4 and 2), goal 3 not: the mean is 3, as on the chart.
    result = match([Need(1, None, 3)], {1: 4, 2: 2, 5: 1}, AREA_OF)
    assert (result.checks[0].current, result.checks[0].covered) == (3.0, True)
    assert not match([Need(1, None, 4)], {1: 4, 2: 2}, AREA_OF).checks[0].covered
    assert area_level([]) is None and area_level([1, 2]) == 1.5


def test_a_need_nothing_is_known_of_is_missing_and_counts_from_zero() -> None:
    result = match([Need(2, None, 3), Need(None, 9, 2)], {1: 4}, AREA_OF)
    assert [check.current for check in result.checks] == [None, None]
    assert (result.score, result.shortfall, result.anything_known) == (0.0, 5.0, False)


def test_covered_needs_over_needs_and_the_tie_goes_to_the_least_far_below() -> None:
    needs = [Need(None, 1, 2), Need(None, 4, 3)]
    one_below = match(needs, {1: 3, 4: 2}, AREA_OF)
    two_below = match(needs, {1: 3, 4: 1}, AREA_OF)
    assert one_below.score == two_below.score == 0.5
    assert sorted([two_below, one_below], key=lambda r: r.rank_key()) == [one_below, two_below]
    covered_both = match(needs, {1: 2, 4: 3}, AREA_OF)
    assert covered_both.rank_key() < one_below.rank_key()
    assert [c.need for c in one_below.covered] == [needs[0]]
    assert [c.need for c in one_below.missing] == [needs[1]]


def test_a_position_that_needs_nothing_is_reached_by_anyone() -> None:
    assert score([]) == 1.0


@given(needs_st, levels_st)
def test_the_score_is_the_share_of_covered_needs(needs: list[Need], levels: dict[int, int]) -> None:
    result = match(needs, levels, AREA_OF)
    assert 0.0 <= result.score <= 1.0
    assert result.shortfall >= 0
    if needs:
        assert result.score == pytest.approx(len(result.covered) / len(needs))
    assert len(result.covered) + len(result.missing) == len(needs)


@given(needs_st, levels_st, st.sampled_from(GOALS), st.integers(1, 4))
def test_a_new_assessment_that_reaches_its_needs_never_lowers_a_score(
    needs: list[Need], levels: dict[int, int], goal: int, level: int
) -> None:
    """An assessment of a goal not assessed before, at a level that reaches every need on that
    goal or its area, covers at least what was covered before."""
    if goal in levels:
        return
    touching = [n.min_level for n in needs if n.goal_id == goal or n.area_number == AREA_OF[goal]]
    if touching and level < max(touching):
        return
    before = match(needs, levels, AREA_OF)
    after = match(needs, {**levels, goal: level}, AREA_OF)
    assert after.score >= before.score


@given(needs_st, levels_st, st.sampled_from(GOALS))
def test_a_higher_level_never_lowers_a_score_nor_raises_the_shortfall(
    needs: list[Need], levels: dict[int, int], goal: int
) -> None:
    if levels.get(goal, 4) == 4:
        return
    before = match(needs, levels, AREA_OF)
    after = match(needs, {**levels, goal: levels[goal] + 1}, AREA_OF)
    assert after.score >= before.score
    assert after.shortfall <= before.shortfall
