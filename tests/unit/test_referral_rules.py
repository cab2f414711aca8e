"""The referral pipeline's moves and the outcome statistics, for any input."""

from __future__ import annotations

import statistics
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from canteen_app.referrals.referrals.rules import (
    CLOSED_STAGES,
    OPEN_STAGES,
    STAGE_LABELS,
    STAGE_ORDER,
    MoveInput,
    MoveKind,
    ReferralFacts,
    Stage,
    by_company,
    by_year,
    check_move,
    correction_target,
    dated_path,
    figures,
    forward_moves,
    hire_rate,
    median_days,
    path,
)

TODAY = date(2026, 11, 25)
counts = st.integers(min_value=0, max_value=500)
stages = st.sampled_from(list(Stage))


# --- moves ---------------------------------------------------------------------------------------


def test_every_stage_has_a_label_and_a_place_on_the_board() -> None:
    assert set(STAGE_LABELS) == set(Stage)
    assert STAGE_ORDER == (
        Stage.PREPARED,
        Stage.SENT,
        Stage.INTERVIEW,
        Stage.WORK_TRIAL,
        Stage.HIRED,
        Stage.NOT_HIRED,
        Stage.WITHDRAWN,
    )
    assert set(OPEN_STAGES) | set(CLOSED_STAGES) == set(Stage)


def test_the_pipeline_runs_forward_skipping_allowed_and_closing_stages_are_final() -> None:
    assert forward_moves(Stage.PREPARED) == (
        Stage.SENT,
        Stage.INTERVIEW,
        Stage.WORK_TRIAL,
        Stage.HIRED,
        Stage.NOT_HIRED,
        Stage.WITHDRAWN,
    )
    assert Stage.WORK_TRIAL in forward_moves(Stage.SENT)  # skipping the interview
    assert Stage.SENT not in forward_moves(Stage.INTERVIEW)
    assert forward_moves(Stage.WORK_TRIAL) == (Stage.HIRED, Stage.NOT_HIRED, Stage.WITHDRAWN)
    for closed in CLOSED_STAGES:
        assert forward_moves(closed) == ()
    for open_stage in OPEN_STAGES:
        assert Stage.WITHDRAWN in forward_moves(open_stage)


def test_a_correction_goes_back_one_stage_along_the_path_taken() -> None:
    history = [Stage.PREPARED, Stage.SENT, Stage.WORK_TRIAL, Stage.HIRED]
    assert correction_target(history) is Stage.WORK_TRIAL
    corrected = [*history, Stage.WORK_TRIAL]
    assert path(corrected) == [Stage.PREPARED, Stage.SENT, Stage.WORK_TRIAL]
    # Corrected twice: back over the skipped interview to "sent", the stage before the trial.
    assert correction_target(corrected) is Stage.SENT
    assert path([*corrected, Stage.SENT]) == [Stage.PREPARED, Stage.SENT]
    assert correction_target([Stage.PREPARED]) is None
    # A withdrawn referral goes back to where it was withdrawn from.
    assert correction_target([Stage.PREPARED, Stage.INTERVIEW, Stage.WITHDRAWN]) is Stage.INTERVIEW


def test_a_stage_gone_back_to_keeps_the_day_it_began() -> None:
    history = [
        (Stage.PREPARED, date(2026, 9, 1)),
        (Stage.SENT, date(2026, 9, 3)),
        (Stage.HIRED, date(2026, 10, 1)),
        (Stage.SENT, date(2026, 10, 2)),  # the correction, on its own day
    ]
    assert dated_path(history) == [(Stage.PREPARED, date(2026, 9, 1)), (Stage.SENT, date(2026, 9, 3))]


@given(st.lists(stages, max_size=12))
def test_the_path_always_runs_strictly_forward_from_prepared(moves: list[Stage]) -> None:
    """Whatever history a database holds, the path it yields is a forward path."""
    history = [Stage.PREPARED, *moves]
    stages_taken = path(history)
    assert stages_taken[0] is Stage.PREPARED
    assert stages_taken[-1] is history[-1]
    ranks = [min(STAGE_ORDER.index(s), len(OPEN_STAGES)) for s in stages_taken]
    assert ranks == sorted(set(ranks))


def _move(history: list[Stage], stage: Stage, note: str = "", on: date = TODAY, last: date = TODAY) -> tuple:  # type: ignore[type-arg]
    return check_move(history, last, MoveInput(stage, on, note), TODAY)


def test_a_move_is_checked_against_the_stage_the_date_and_the_note() -> None:
    kind, _clean, errors = _move([Stage.PREPARED, Stage.SENT], Stage.WORK_TRIAL)
    assert kind is MoveKind.FORWARD and errors == {}
    # Backwards two stages is no correction.
    kind, _clean, errors = _move([Stage.PREPARED, Stage.SENT, Stage.INTERVIEW], Stage.PREPARED)
    assert kind is None and set(errors) == {"stage"}
    assert str(errors["stage"]) == "A referral cannot move from “Interview” to “Prepared”."
    # Out of a closing stage only as a correction, and only with a note saying why.
    kind, _clean, errors = _move([Stage.PREPARED, Stage.HIRED], Stage.NOT_HIRED, note="x")
    assert kind is None and set(errors) == {"stage"}
    kind, _clean, errors = _move([Stage.PREPARED, Stage.HIRED], Stage.PREPARED, note="  ")
    assert kind is MoveKind.CORRECTION and set(errors) == {"note"}
    kind, clean, errors = _move([Stage.PREPARED, Stage.HIRED], Stage.PREPARED, note=" Feil knapp. ")
    assert kind is MoveKind.CORRECTION and errors == {} and clean.note == "Feil knapp."
    # Not before the current stage began, not ahead of today.
    _kind, _clean, errors = _move([Stage.PREPARED], Stage.SENT, last=TODAY, on=TODAY - timedelta(days=1))
    assert set(errors) == {"on_date"}
    _kind, _clean, errors = _move([Stage.PREPARED], Stage.SENT, on=TODAY + timedelta(days=1))
    assert set(errors) == {"on_date"}


# --- outcomes ------------------------------------------------------------------------------------


@given(hired=counts, not_hired=counts, withdrawn=counts)
def test_the_hire_rate_is_hired_over_closed_referrals_between_0_and_1(
    hired: int, not_hired: int, withdrawn: int
) -> None:
    rate = hire_rate(hired, not_hired, withdrawn)
    closed = hired + not_hired + withdrawn
    if closed == 0:
        assert rate is None  # nothing closed: no rate, not 0 %
        return
    assert rate is not None and 0.0 <= rate <= 1.0
    assert rate * closed == pytest.approx(hired)
    # A referral that ends without a job never raises the rate; a hire never lowers it.
    assert hire_rate(hired, not_hired + 1, withdrawn) <= rate  # type: ignore[operator]
    assert hire_rate(hired, not_hired, withdrawn + 1) <= rate  # type: ignore[operator]
    assert hire_rate(hired + 1, not_hired, withdrawn) >= rate  # type: ignore[operator]


@given(st.lists(st.integers(min_value=0, max_value=2000), max_size=40))
def test_the_median_lies_between_the_extremes_and_splits_them_in_half(spans: list[int]) -> None:
    result = median_days(spans)
    if not spans:
        assert result is None
        return
    assert result is not None
    assert min(spans) <= result <= max(spans)
    assert sum(1 for s in spans if s < result) <= len(spans) / 2
    assert sum(1 for s in spans if s > result) <= len(spans) / 2
    assert result == statistics.median(spans)


facts_strategy = st.builds(
    lambda company, stage, referred, days_to_hire, start_before: ReferralFacts(
        company_id=company,
        stage=stage,
        referred_on=referred,
        hired_on=referred + timedelta(days=days_to_hire) if stage is Stage.HIRED else None,
        measure_start=referred - timedelta(days=start_before),
    ),
    st.integers(1, 4),
    stages,
    st.dates(date(2020, 1, 1), date(2026, 11, 25)),
    st.integers(0, 300),
    st.integers(0, 700),
)


@given(st.lists(facts_strategy, max_size=40))
def test_figures_add_up_per_partner_and_per_year(facts: list[ReferralFacts]) -> None:
    total = figures(facts)
    assert total.referrals == len(facts)
    assert total.hired + total.not_hired + total.withdrawn + total.open == total.referrals
    assert total.hire_rate is None or 0.0 <= total.hire_rate <= 1.0
    for groups in (by_company(facts), by_year(facts)):
        assert sum(group.referrals for group in groups.values()) == total.referrals
        assert sum(group.hired for group in groups.values()) == total.hired
    if total.hired:
        assert total.median_days_referral_to_hire is not None
        assert total.median_days_start_to_job is not None
        # The measure starts on or before the referral, so the job comes no sooner after it.
        assert total.median_days_start_to_job >= total.median_days_referral_to_hire
    else:
        assert total.median_days_referral_to_hire is None
    assert list(by_year(facts)) == sorted({fact.referred_on.year for fact in facts})


def test_figures_with_known_numbers() -> None:
    start = date(2026, 1, 1)

    def fact(stage: Stage, referred: date, hired: date | None = None) -> ReferralFacts:
        return ReferralFacts(1, stage, referred, hired, start)

    result = figures(
        [
            fact(Stage.HIRED, date(2026, 3, 1), date(2026, 3, 31)),  # 30 days; 89 from the start
            fact(Stage.HIRED, date(2026, 4, 1), date(2026, 5, 1)),  # 30 days; 120 from the start
            fact(Stage.HIRED, date(2026, 5, 1), date(2026, 7, 20)),  # 80 days; 200 from the start
            fact(Stage.NOT_HIRED, date(2026, 2, 1)),
            fact(Stage.WITHDRAWN, date(2026, 2, 1)),
            fact(Stage.INTERVIEW, date(2026, 9, 1)),  # open: not in the rate
        ]
    )
    assert (result.referrals, result.hired, result.not_hired, result.withdrawn, result.open) == (
        6,
        3,
        1,
        1,
        1,
    )
    assert result.hire_rate == pytest.approx(3 / 5)
    assert result.median_days_referral_to_hire == 30
    assert result.median_days_start_to_job == 120
