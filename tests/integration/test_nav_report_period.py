"""A NAV status report's period is checked by the service, on SQLite and PostgreSQL: a period
that begins before the measure, ends before it begins, ends after today, or after the measure's
end (the day it ended, or its planned end while it runs) is refused with the dialog's words,
before any file is written or any audit entry made. The command line and the dialog's "Save
as…" go through the same method."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from canteen_app.app import AppServices
from canteen_app.core.errors import ValidationError
from canteen_app.platform.audit.models import AuditEntry
from canteen_app.training.nav_reports.dto import ReportKind
from tests.conftest import FakeClock
from tests.helpers import db_session
from tests.reports.test_nav_reports import Trainee, build_trainee, end_measure, export_entries


@pytest.fixture
def trainee(services: AppServices) -> Trainee:
    """On Arbeidstrening from 1 September 2026, planned to end 30 June 2027; today is
    25 November 2026."""
    return build_trainee(services, absences=False)


def _audit_count(services: AppServices) -> int:
    with db_session(services) as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def _refused(services: AppServices, trainee: Trainee, first: date, last: date, out: Path) -> dict[str, str]:
    """The refusal's messages by field; asserts that nothing was written or logged."""
    entries = _audit_count(services)
    with pytest.raises(ValidationError) as refused:
        services.nav_reports.render_status_report(
            trainee.coach, trainee.participant_id, first, last, "nb", out, summary="Bra."
        )
    assert list(out.parent.iterdir()) == []
    assert _audit_count(services) == entries
    assert export_entries(services, trainee.participant_id) == []
    return {name: str(message) for name, message in refused.value.field_errors.items()}


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder / "status.pdf"


def test_a_period_beginning_before_the_measure_is_refused(
    services: AppServices, trainee: Trainee, out: Path
) -> None:
    assert _refused(services, trainee, date(2026, 8, 31), date(2026, 9, 30), out) == {
        "first": "The measure started on 2026-09-01: the period cannot begin before it."
    }


def test_a_period_ending_before_it_begins_is_refused(
    services: AppServices, trainee: Trainee, out: Path
) -> None:
    assert _refused(services, trainee, date(2026, 11, 20), date(2026, 11, 10), out) == {
        "last": "The last day is before the first day."
    }


def test_a_period_ending_after_today_is_refused(services: AppServices, trainee: Trainee, out: Path) -> None:
    assert _refused(services, trainee, date(2026, 11, 1), date(2026, 11, 26), out) == {
        "last": "The last day is after today: only days that have come can be reported."
    }


def test_a_period_ending_after_the_measure_ended_is_refused(
    services: AppServices, trainee: Trainee, out: Path
) -> None:
    end_measure(services, trainee, date(2026, 11, 20))
    assert _refused(services, trainee, date(2026, 11, 1), date(2026, 11, 21), out) == {
        "last": "The measure ended on 2026-11-20: the period cannot end after it."
    }


def test_a_period_ending_after_the_planned_end_of_a_running_measure_is_refused(
    services: AppServices, trainee: Trainee, clock: FakeClock, out: Path
) -> None:
    """The measure runs past its planned end (not ended yet): the planned end is the limit."""
    clock.now = datetime(2027, 7, 10, 11, 30, tzinfo=UTC)
    assert _refused(services, trainee, date(2027, 6, 1), date(2027, 7, 5), out) == {
        "last": "The measure is planned to end on 2027-06-30: the period cannot end after it."
    }


def test_report_data_refuses_the_same_periods(services: AppServices, trainee: Trainee) -> None:
    with pytest.raises(ValidationError) as refused:
        services.nav_reports.report_data(
            trainee.coach,
            ReportKind.STATUS,
            trainee.participant_id,
            "nb",
            "",
            date(2026, 8, 1),
            date(2027, 1, 31),
        )
    assert set(refused.value.field_errors) == {"first", "last"}


def test_the_whole_measure_up_to_today_is_accepted(
    services: AppServices, trainee: Trainee, out: Path
) -> None:
    """The limits themselves are allowed: the measure's first day and today."""
    path = services.nav_reports.render_status_report(
        trainee.coach, trainee.participant_id, date(2026, 9, 1), date(2026, 11, 25), "nb", out
    )
    assert path.exists()
    assert export_entries(services, trainee.participant_id) == [
        ("export", "NAV status report 2026-09-01..2026-11-25")
    ]
