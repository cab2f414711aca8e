"""One user action = one transaction: what an action does commits together, or not at all,
on SQLite and PostgreSQL. Services join the caller's transaction; the audit entry travels with
the data it describes; the action reports what it changed."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices, database_of
from canteen_app.canteen.guests.service import GUEST_CATEGORIES, GUEST_COUNTS
from canteen_app.core.errors import LoginFailedError, ValidationError
from canteen_app.db.unit_of_work import ReadOnlyTransactionError
from canteen_app.platform.audit.models import AuditEntry
from canteen_app.platform.audit.service import AUDIT_LOG
from canteen_app.platform.auth.models import User
from canteen_app.training.participants.models import Participant
from canteen_app.training.participants.service import PARTICIPANTS
from tests.helpers import KIOSK, SYSTEM, db_session, participant_input


class ActionInterruptedError(Exception):
    """The PC lost its connection, or the program failed, halfway through an action."""


def _coach(services: AppServices) -> Actor:
    info = services.auth.create_user(SYSTEM, "Jonas Berg", Role.JOB_COACH, "135790")
    return Actor(info.id, info.name, info.role, 1)


def _count(services: AppServices, model: type) -> int:
    with db_session(services) as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_an_action_that_fails_halfway_leaves_nothing_not_even_its_audit_entry(services: AppServices) -> None:
    coach = _coach(services)
    audit_before = _count(services, AuditEntry)

    def register_then_fail(app: AppServices) -> None:
        app.participants.create(coach, participant_input(coach.user_id))  # writes the entry too
        raise ActionInterruptedError

    with pytest.raises(ActionInterruptedError):
        services.write(register_then_fail)
    assert _count(services, Participant) == 0
    assert _count(services, AuditEntry) == audit_before


def test_every_step_of_an_action_commits_together_and_reports_what_changed(services: AppServices) -> None:
    coach = _coach(services)

    def register_and_count(app: AppServices) -> int:
        created = app.participants.create(coach, participant_input(coach.user_id))
        app.guests.record_tap(KIOSK, 1, "kiosk-1")
        return created.id

    outcome = services.write(register_and_count)
    assert outcome.changes.touches(PARTICIPANTS) and outcome.changes.ids_of(PARTICIPANTS) == {outcome.value}
    assert GUEST_COUNTS in outcome.changes and AUDIT_LOG in outcome.changes
    assert GUEST_CATEGORIES not in outcome.changes
    assert _count(services, Participant) == 1
    assert services.guests.today(1).total == 1


def test_a_failed_step_that_the_action_handles_undoes_only_itself(services: AppServices) -> None:
    def add_two_categories(app: AppServices) -> str:
        app.guests.add_category(SYSTEM, "Besøkende", "Visitor")
        try:
            app.guests.add_category(SYSTEM, "Besøkende", "Visitor again")  # the name is taken
        except ValidationError:
            app.guests.add_category(SYSTEM, "Besøkende 2", "Visitor 2")
        return "done"

    assert services.write(add_two_categories).value == "done"
    names = [c.name_nb for c in services.guests.categories(1)]
    assert names == ["Gjest", "Besøkende", "Besøkende 2"]


def test_a_wrong_pin_counts_even_though_the_action_fails(services: AppServices) -> None:
    services.auth.create_user(SYSTEM, "Kari Nordmann", Role.CANTEEN_MANAGER, "1234")
    for tries_left in (4, 3):
        with pytest.raises(LoginFailedError) as failed:
            services.write(lambda app: app.auth.login("Kari Nordmann", "9999"))
        assert failed.value.attempts_left == tries_left
    with db_session(services) as session:
        assert session.scalar(select(User.failed_attempts).where(User.name == "Kari Nordmann")) == 2


def test_a_write_inside_a_read_is_refused_before_anything_is_written(services: AppServices) -> None:
    with pytest.raises(ReadOnlyTransactionError):
        services.read(lambda app: app.guests.record_tap(KIOSK, 1, "kiosk-1"))
    assert services.guests.today(1).total == 0


def test_a_read_transaction_cannot_write_even_by_mistake(services: AppServices) -> None:
    """SQLite's query_only and PostgreSQL's READ ONLY refuse what a careless service might do."""
    refused = pytest.raises(Exception, match=r"(?i)read.?only|readonly|attempt to write")
    with refused, database_of(services).transaction(write=False) as transaction:
        transaction.session.execute(text("UPDATE sites SET name = 'Borte' WHERE id = 1"))
    assert services.sites.name(1) == "Kantina"


def test_reads_in_one_action_see_one_snapshot(sqlite_services: AppServices) -> None:
    """A read action's counts agree with each other, also while another PC writes (SQLite keeps
    one snapshot per read transaction; PostgreSQL reads what is committed per statement)."""
    services = sqlite_services
    services.guests.record_tap(KIOSK, 1, "kiosk-1")

    def two_reads_with_a_write_between(app: AppServices) -> tuple[int, int]:
        first = app.guests.today(1).total
        # Another connection commits a tap while this action is between its two reads.
        with database_of(services).engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO guest_taps (site_id, category_id, tapped_at, service_date, device) "
                    "SELECT 1, 1, tapped_at, service_date, 'kiosk-2' FROM guest_taps LIMIT 1"
                )
            )
        return first, app.guests.today(1).total

    first, second = services.read(two_reads_with_a_write_between).value
    assert first == second == 1
    assert services.guests.today(1).total == 2
