"""The attendance rate and the hours from check-in to check-out, for any input."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from canteen_app.training.attendance.rules import QUARTER, hours_between, rate

days = st.integers(min_value=0, max_value=400)


@given(present=days, excused=days, unexcused=days)
def test_the_rate_is_present_over_every_counted_day(present: int, excused: int, unexcused: int) -> None:
    counted = present + excused + unexcused
    result = rate(present, excused, unexcused)
    if counted == 0:
        assert result is None  # no counted day is no rate, not 0 % or 100 %
        return
    assert result is not None and 0.0 <= result <= 1.0
    assert result * counted == pytest.approx(present)
    # More absence never raises the rate.
    assert rate(present, excused + 1, unexcused) <= result  # type: ignore[operator]
    assert rate(present, excused, unexcused + 1) <= result  # type: ignore[operator]


@given(start=st.integers(0, 24 * 60 - 1), length=st.integers(0, 16 * 60))
def test_hours_are_the_time_between_to_the_nearest_quarter(start: int, length: int) -> None:
    hours = hours_between(start, start + length)
    assert hours % QUARTER == 0
    assert abs(hours * 60 - length) <= Decimal("7.5")


def test_checking_out_before_checking_in_gives_no_hours() -> None:
    assert hours_between(600, 540) == 0
