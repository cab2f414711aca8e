"""Login, roles and lockout (P1) on real databases."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from canteen_app.access import Role
from canteen_app.app import AppServices, build_services, open_database
from canteen_app.core.errors import (
    AccountLockedError,
    DomainError,
    LoginFailedError,
    NotAuthorizedError,
    ValidationError,
)
from canteen_app.platform.audit.models import AuditEntry
from canteen_app.platform.auth.models import User
from canteen_app.platform.settings.service import SettingKey
from tests.conftest import FakeClock
from tests.helpers import SYSTEM, db_session, make_user


def test_first_admin_only_on_an_empty_database(services: AppServices) -> None:
    assert not services.auth.has_users()
    admin = services.auth.create_first_admin("Åse Admin", "2718281")
    assert admin.role is Role.ADMIN
    assert services.auth.has_users()
    with pytest.raises(DomainError, match="already exists"):
        services.auth.create_first_admin("Another", "1618033")


def test_pins_are_stored_as_argon2_hashes(services: AppServices) -> None:
    services.auth.create_user(SYSTEM, "Kari", Role.CANTEEN_MANAGER, "4321")
    with db_session(services) as session:
        stored = session.scalar(select(User.secret_hash).where(User.name == "Kari"))
    assert stored is not None and stored.startswith("$argon2id$") and "4321" not in stored


def test_login_is_case_insensitive_and_returns_the_role(services: AppServices) -> None:
    services.auth.create_user(SYSTEM, "Jonas Berg", Role.JOB_COACH, "135790")
    actor = services.auth.login("  jonas berg ", "135790")
    assert actor.name == "Jonas Berg" and actor.role is Role.JOB_COACH


def test_five_wrong_tries_lock_the_account_for_the_lockout_time(
    services: AppServices, clock: FakeClock
) -> None:
    services.auth.create_user(SYSTEM, "Kari", Role.CANTEEN_MANAGER, "4321")
    for attempts_left in (4, 3, 2, 1):
        with pytest.raises(LoginFailedError) as failed:
            services.auth.login("Kari", "0000")
        assert failed.value.attempts_left == attempts_left
    with pytest.raises(AccountLockedError) as locked:
        services.auth.login("Kari", "0000")
    assert locked.value.minutes_left == 15
    # While locked even the right PIN is refused, so guessing on gains nothing.
    clock.advance(minutes=14)
    with pytest.raises(AccountLockedError):
        services.auth.login("Kari", "4321")
    clock.advance(minutes=2)
    assert services.auth.login("Kari", "4321").name == "Kari"


def test_lockout_time_is_a_setting(services: AppServices, clock: FakeClock) -> None:
    services.settings.set_int(SYSTEM, SettingKey.LOCKOUT_MINUTES, 2)
    services.auth.create_user(SYSTEM, "Kari", Role.CANTEEN_MANAGER, "4321")
    for _ in range(4):
        with pytest.raises(LoginFailedError):
            services.auth.login("Kari", "nope")
    with pytest.raises(AccountLockedError) as locked:
        services.auth.login("Kari", "nope")
    assert locked.value.minutes_left == 2
    clock.advance(minutes=3)
    assert services.auth.login("Kari", "4321").role is Role.CANTEEN_MANAGER


def test_a_good_login_resets_the_count(services: AppServices) -> None:
    services.auth.create_user(SYSTEM, "Kari", Role.CANTEEN_MANAGER, "4321")
    for _ in range(4):
        with pytest.raises(LoginFailedError):
            services.auth.login("Kari", "nope")
    services.auth.login("Kari", "4321")
    with pytest.raises(LoginFailedError) as failed:
        services.auth.login("Kari", "nope")
    assert failed.value.attempts_left == 4


def test_roles_with_participant_data_need_longer_secrets(services: AppServices) -> None:
    with pytest.raises(ValidationError) as short:
        services.auth.create_user(SYSTEM, "Coach", Role.JOB_COACH, "1234")
    assert "secret" in short.value.field_errors
    services.auth.create_user(SYSTEM, "Kiosk", Role.KIOSK, "1234")


def test_duplicate_names_are_refused_whatever_the_case(services: AppServices) -> None:
    services.auth.create_user(SYSTEM, "Øystein", Role.KIOSK, "1234")
    with pytest.raises(ValidationError) as duplicate:
        services.auth.create_user(SYSTEM, "ØYSTEIN", Role.KIOSK, "1234")
    assert "name" in duplicate.value.field_errors


def test_only_admins_create_users(services: AppServices) -> None:
    manager = make_user(services, "Kari", Role.CANTEEN_MANAGER, "4321")
    with pytest.raises(NotAuthorizedError):
        services.auth.create_user(manager, "Sneaky", Role.ADMIN, "123456")


def test_logins_and_lockouts_are_audited(services: AppServices) -> None:
    services.auth.create_user(SYSTEM, "Kari", Role.CANTEEN_MANAGER, "4321")
    services.auth.login("Kari", "4321")
    for _ in range(5):
        with pytest.raises(DomainError):
            services.auth.login("Kari", "bad")
    with db_session(services) as session:
        actions = list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
    assert actions == ["login", "login_failed", "login_failed", "login_failed", "login_failed", "locked"]


# --- user management by the admin --------------------------------------------------------------


def test_the_admin_lists_every_user_of_the_site(services: AppServices) -> None:
    admin = make_user(services, "Åse Admin", Role.ADMIN, "246810")
    services.auth.create_user(admin, "Kari", Role.CANTEEN_MANAGER, "1234")
    users = services.auth.all_users(admin)
    # Norwegian order: Å after K.
    assert [(user.name, user.role, user.active) for user in users] == [
        ("Kari", Role.CANTEEN_MANAGER, True),
        ("Åse Admin", Role.ADMIN, True),
    ]


def test_a_deactivated_user_can_no_longer_log_in_and_can_come_back(services: AppServices) -> None:
    admin = make_user(services, "Åse Admin", Role.ADMIN, "246810")
    kari = services.auth.create_user(admin, "Kari", Role.CANTEEN_MANAGER, "1234")
    services.auth.set_active(admin, kari.id, False)
    assert "Kari" not in services.auth.login_names()
    with pytest.raises(LoginFailedError):
        services.auth.login("Kari", "1234")
    services.auth.set_active(admin, kari.id, True)
    assert services.auth.login("Kari", "1234").name == "Kari"


def test_the_last_admin_and_oneself_cannot_be_deactivated(services: AppServices) -> None:
    admin = make_user(services, "Åse Admin", Role.ADMIN, "246810")
    assert admin.user_id is not None
    with pytest.raises(DomainError, match="yourself"):
        services.auth.set_active(admin, admin.user_id, False)
    other = services.auth.create_user(admin, "Ola Admin", Role.ADMIN, "135790")
    ola = services.auth.login("Ola Admin", "135790")
    assert ola.user_id == other.id
    services.auth.set_active(ola, admin.user_id, False)  # two admins: one may go
    with pytest.raises(DomainError):
        services.auth.set_active(ola, ola.user_id, False)


def test_a_new_pin_from_the_admin_unlocks_the_account(services: AppServices) -> None:
    admin = make_user(services, "Åse Admin", Role.ADMIN, "246810")
    kari = services.auth.create_user(admin, "Kari", Role.CANTEEN_MANAGER, "1234")
    for _ in range(5):
        with pytest.raises(DomainError):
            services.auth.login("Kari", "0000")
    locked = {user.name: user.locked_until for user in services.auth.all_users(admin)}
    assert locked["Kari"] is not None and locked["Åse Admin"] is None
    with pytest.raises(ValidationError):
        services.auth.set_secret(admin, kari.id, "12")
    services.auth.set_secret(admin, kari.id, "5678")
    assert services.auth.login("Kari", "5678").name == "Kari"


def test_only_the_admin_manages_users(services: AppServices) -> None:
    make_user(services, "Åse Admin", Role.ADMIN, "246810")
    manager = make_user(services, "Kari", Role.CANTEEN_MANAGER, "4321")
    assert manager.user_id is not None
    for attempt in (
        lambda: services.auth.all_users(manager),
        lambda: services.auth.set_active(manager, manager.user_id, False),
        lambda: services.auth.set_secret(manager, manager.user_id, "99999999"),
    ):
        with pytest.raises(NotAuthorizedError):
            attempt()


def test_pins_are_hashed_with_argon2id_at_owasps_parameters(sqlite_url: str, clock: FakeClock) -> None:
    """The one test with the program's real hasher (the others use a light one for speed)."""
    app = build_services(open_database(sqlite_url), clock)  # no hasher given: the program's own
    try:
        app.auth.create_user(SYSTEM, "Kari Nordmann", Role.CANTEEN_MANAGER, "4711")
        with db_session(app) as session:
            stored = session.scalar(select(User.secret_hash).where(User.name == "Kari Nordmann"))
        assert stored is not None and stored.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
        assert "4711" not in stored
        assert app.auth.login("Kari Nordmann", "4711").name == "Kari Nordmann"
    finally:
        app.close()


def test_an_older_hash_is_rehashed_at_the_next_good_login(sqlite_url: str, clock: FakeClock) -> None:
    light = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1)
    old = build_services(open_database(sqlite_url), clock, light)
    old.auth.create_user(SYSTEM, "Kari Nordmann", Role.CANTEEN_MANAGER, "4711")
    old.close()
    app = build_services(open_database(sqlite_url), clock)  # today's program, today's parameters
    try:
        app.auth.login("Kari Nordmann", "4711")
        with db_session(app) as session:
            stored = session.scalar(select(User.secret_hash).where(User.name == "Kari Nordmann"))
        assert stored is not None and "m=19456,t=2,p=1" in stored
        assert app.auth.login("Kari Nordmann", "4711").name == "Kari Nordmann"  # the PIN still works
    finally:
        app.close()
