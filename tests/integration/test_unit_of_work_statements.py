"""The unit of work on real databases: read transactions refuse writes however the pooled
connection was used before, a joined write undoes only its own work, and a write made in one
last statement needs no savepoint to leave nothing behind when it fails."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from canteen_app.app import AppServices, database_of
from canteen_app.canteen.guests.models import GuestCategory, GuestTap
from canteen_app.core.errors import DomainError, NotFoundError
from canteen_app.db.service import Service, writes
from canteen_app.db.unit_of_work import ReadOnlyTransactionError
from tests.helpers import KIOSK, SYSTEM

INSERT_CATEGORY = text(
    "INSERT INTO guest_categories (site_id, name_nb, name_en, sort_order, is_default, active, version)"
    " VALUES (1, :name, :name, 9, false, true, 1)"
)


def _categories(services: AppServices) -> int:
    with database_of(services).transaction(write=False) as transaction:
        return int(transaction.session.scalar(select(func.count()).select_from(GuestCategory)) or 0)


def test_read_transactions_refuse_writes_between_writes_on_the_same_connection(
    services: AppServices,
) -> None:
    db = database_of(services)
    before = _categories(services)
    for round_ in range(3):  # the pool hands the same connection back: read, write, read, ...
        with pytest.raises(DBAPIError), db.transaction(write=False) as transaction:
            transaction.session.execute(INSERT_CATEGORY, {"name": f"lest-{round_}"})
        with db.transaction(write=True) as transaction:
            transaction.session.execute(INSERT_CATEGORY, {"name": f"skrevet-{round_}"})
    assert _categories(services) == before + 3


def test_a_write_step_inside_a_read_action_is_a_bug_reported_at_once(services: AppServices) -> None:
    with pytest.raises(ReadOnlyTransactionError):
        services.read(lambda app: app.guests.add_category(SYSTEM, "Besøkende", "Visitor"))
    assert _categories(services) == 1


class _Steps(Service):
    """Write steps as a feature service would have them."""

    @writes
    def add_then_fail(self, name: str) -> None:
        self.session.execute(INSERT_CATEGORY, {"name": name})
        raise DomainError("a rule after the write")

    @writes
    def add(self, name: str) -> None:
        self.session.execute(INSERT_CATEGORY, {"name": name})


def test_a_joined_write_that_fails_undoes_only_its_own_work(services: AppServices) -> None:
    steps = _Steps(database_of(services))

    def action(_app: AppServices) -> None:
        steps.add("Besøkende")
        with pytest.raises(DomainError):
            steps.add_then_fail("Feil")  # its row is rolled back, and only its row
        steps.add("Deltaker")

    services.write(action)
    with database_of(services).transaction(write=False) as transaction:
        names = set(transaction.session.scalars(select(GuestCategory.name_nb)))
    assert names == {"Gjest", "Besøkende", "Deltaker"}


def test_a_tap_on_a_retired_category_leaves_nothing_behind_without_a_savepoint(
    services: AppServices,
) -> None:
    retired = services.guests.add_category(SYSTEM, "Praktikant", "Trainee").id
    services.guests.set_category_active(SYSTEM, retired, False)
    guest = next(c.id for c in services.guests.categories(1) if c.is_default)

    def action(app: AppServices) -> int:
        first = app.guests.record_tap(KIOSK, guest, "kiosk-1")
        with pytest.raises(NotFoundError):
            app.guests.record_tap(KIOSK, retired, "kiosk-1")
        second = app.guests.record_tap(KIOSK, guest, "kiosk-1")
        assert (first.counts.total, second.counts.total) == (1, 2)
        return second.tap_id

    services.write(action)
    with database_of(services).transaction(write=False) as transaction:
        stored = list(transaction.session.scalars(select(GuestTap.category_id)))
    assert stored == [guest, guest]
