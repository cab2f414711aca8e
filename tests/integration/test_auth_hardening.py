"""Login hardening (item 5): the lockout holds when many wrong PINs arrive at once, and PIN
hashes made with other argon2 parameters are brought up to OWASP's on the next good login."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from argon2 import PasswordHasher, extract_parameters
from sqlalchemy import create_engine, select, text

from canteen_app.access import Role
from canteen_app.app import AppServices, build_services, open_database
from canteen_app.core.errors import AccountLockedError, LoginFailedError
from canteen_app.platform.audit.models import AuditEntry
from canteen_app.platform.auth.models import User
from canteen_app.platform.auth.rules import MAX_FAILED_ATTEMPTS
from tests.conftest import FakeClock
from tests.helpers import SYSTEM, db_session

NAME, PIN, WRONG = "Kari Nordmann", "4321", "0000"
PARALLEL_TRIES = 10


class CountingHasher(PasswordHasher):
    """Real argon2 (cheap settings) that counts the PIN checks really made. The first check
    can be held at a gate, so that the other tries are all under way before it answers."""

    def __init__(self, first_check_gate: Callable[[CountingHasher], None] | None = None) -> None:
        super().__init__(time_cost=1, memory_cost=8 * 1024, parallelism=1)
        self._lock = threading.Lock()
        self._gate = first_check_gate
        self.checks = 0

    def verify(self, hash: str | bytes, password: str | bytes) -> bool:
        with self._lock:
            self.checks += 1
            first = self.checks == 1
        if first and self._gate is not None:
            self._gate(self)
        return super().verify(hash, password)


def _wait_until(condition: Callable[[], bool], what: str, timeout: float = 30) -> None:
    """Wait for a condition that can only be polled (another database session's state)."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting until {what}"
        time.sleep(0.01)


def _try_in_parallel(services: AppServices) -> list[type[BaseException]]:
    """Ten wrong PINs, released together by a barrier; what each try answered."""
    barrier = threading.Barrier(PARALLEL_TRIES)

    def one_try() -> type[BaseException]:
        barrier.wait()
        try:
            services.auth.login(NAME, WRONG)
        except Exception as error:  # noqa: BLE001 - any answer is recorded and checked below
            return type(error)
        return type(None)  # type: ignore[return-value]  # a wrong PIN let in: the test fails below

    with ThreadPoolExecutor(PARALLEL_TRIES) as pool:
        return list(pool.map(lambda _n: one_try(), range(PARALLEL_TRIES)))


def _assert_locked_after_five_checks(
    services: AppServices, hasher: CountingHasher, answers: list[type[BaseException]]
) -> None:
    assert hasher.checks == MAX_FAILED_ATTEMPTS  # never more PINs checked than the lockout allows
    assert sorted(answer.__name__ for answer in answers) == sorted(
        ["LoginFailedError"] * (MAX_FAILED_ATTEMPTS - 1)
        + ["AccountLockedError"] * (PARALLEL_TRIES - MAX_FAILED_ATTEMPTS + 1)
    )
    with pytest.raises(AccountLockedError):  # even the right PIN waits for the lock to pass
        services.auth.login(NAME, PIN)
    assert hasher.checks == MAX_FAILED_ATTEMPTS
    with db_session(services) as session:
        actions = list(session.scalars(select(AuditEntry.action).where(AuditEntry.entity_type == "user")))
    assert sorted(actions) == sorted(["login_failed"] * (MAX_FAILED_ATTEMPTS - 1) + ["locked"])


@pytest.fixture
def pg_lock_waiters(pg_url: str) -> Iterator[Callable[[], int]]:
    """How many sessions of the test database are waiting for a lock (a row lock here)."""
    monitor = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    query = text(
        "SELECT count(*) FROM pg_stat_activity"
        " WHERE datname = current_database() AND wait_event_type = 'Lock'"
    )

    def count() -> int:
        with monitor.connect() as connection:
            return int(connection.scalar(query) or 0)

    yield count
    monitor.dispose()


@pytest.mark.postgres
def test_ten_parallel_wrong_pins_check_at_most_five_on_postgresql(
    pg_url: str, clock: FakeClock, pg_lock_waiters: Callable[[], int]
) -> None:
    def hold_first_check(hasher: CountingHasher) -> None:
        # The first try holds the user's row. Answer only when the nine others are queued on
        # that row lock - or, if the code had no lock, are all checking PINs side by side.
        _wait_until(
            lambda: pg_lock_waiters() == PARALLEL_TRIES - 1 or hasher.checks == PARALLEL_TRIES,
            "the other tries are under way",
        )

    hasher = CountingHasher(hold_first_check)
    services = build_services(open_database(pg_url), clock, hasher)
    try:
        services.auth.create_user(SYSTEM, NAME, Role.CANTEEN_MANAGER, PIN)
        answers = _try_in_parallel(services)
        _assert_locked_after_five_checks(services, hasher, answers)
    finally:
        services.close()


def test_ten_parallel_wrong_pins_check_at_most_five_on_sqlite(sqlite_url: str, clock: FakeClock) -> None:
    hasher = CountingHasher()
    services = build_services(open_database(sqlite_url), clock, hasher)
    try:
        services.auth.create_user(SYSTEM, NAME, Role.CANTEEN_MANAGER, PIN)
        answers = _try_in_parallel(services)
        _assert_locked_after_five_checks(services, hasher, answers)
    finally:
        services.close()


def _stored_hash(services: AppServices) -> str:
    with db_session(services) as session:
        stored = session.scalar(select(User.secret_hash).where(User.name == NAME))
    assert stored is not None
    return stored


def test_a_hash_with_other_parameters_is_replaced_at_the_next_good_login(
    db_url: str, clock: FakeClock
) -> None:
    """A PIN set by an older program (argon2-cffi's defaults: 64 MiB, t=3, p=4) is rehashed at
    OWASP's parameters (19 MiB, t=2, p=1) when its owner next logs in, and still works."""
    older = build_services(open_database(db_url), clock, PasswordHasher())
    try:
        older.auth.create_user(SYSTEM, NAME, Role.CANTEEN_MANAGER, PIN)
    finally:
        older.close()

    services = build_services(open_database(db_url), clock)  # the program's own hasher
    try:
        old_hash = _stored_hash(services)
        assert extract_parameters(old_hash).memory_cost == 64 * 1024
        with pytest.raises(LoginFailedError):
            services.auth.login(NAME, WRONG)
        assert _stored_hash(services) == old_hash  # only the right PIN can be rehashed

        services.auth.login(NAME, PIN)

        new_hash = _stored_hash(services)
        assert new_hash != old_hash and new_hash.startswith("$argon2id$")
        parameters = extract_parameters(new_hash)
        assert (parameters.memory_cost, parameters.time_cost, parameters.parallelism) == (19 * 1024, 2, 1)
        assert services.auth.login(NAME, PIN).name == NAME  # the same PIN, the new hash
        assert _stored_hash(services) == new_hash  # up to date now: not rehashed again
    finally:
        services.close()
