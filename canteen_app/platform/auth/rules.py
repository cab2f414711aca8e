"""Rules for users and their secrets (PINs or passwords)."""

from __future__ import annotations

from argon2 import PasswordHasher

from canteen_app.access import Role

MAX_FAILED_ATTEMPTS = 5
NAME_MAX = 100

# Roles that reach special-category data get a longer secret than a kitchen PIN.
MIN_SECRET_LENGTH: dict[Role, int] = {
    Role.ADMIN: 6,
    Role.JOB_COACH: 6,
    Role.CANTEEN_MANAGER: 4,
    Role.KIOSK: 4,
}


def name_key(name: str) -> str:
    """The form a name is compared in: logins are case-insensitive, names unique regardless of case."""
    return name.strip().casefold()


def owasp_hasher() -> PasswordHasher:
    """argon2id at OWASP's recommended minimum (m=19 MiB, t=2, p=1).

    The library's default takes 64 MiB per hash, most of the app's memory peak at a login;
    OWASP's parameters are as strong against guessing per unit of work and lighter on the PC.
    """
    return PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
