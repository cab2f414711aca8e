"""Rules for users and their secrets (PINs or passwords)."""

from __future__ import annotations

from argon2 import PasswordHasher

from canteen_app.access import Role
from canteen_app.core.text import QT_TRANSLATE_NOOP, Message
from canteen_app.core.text_rules import text_problem

MAX_FAILED_ATTEMPTS = 5
NAME_MAX = 100

# Roles that reach special-category data get a longer PIN than a kitchen PIN.
MIN_SECRET_LENGTH: dict[Role, int] = {
    Role.ADMIN: 6,
    Role.JOB_COACH: 6,
    Role.CANTEEN_MANAGER: 4,
    Role.KIOSK: 4,
}
# PINs are typed on the login's digit keypad.
MAX_SECRET_LENGTH = 12


def secret_problem(role: Role, secret: str) -> Message | None:
    """Why `secret` cannot be the PIN of a user with `role`, or None when it can."""
    minimum = MIN_SECRET_LENGTH[role]
    if not (secret.isascii() and secret.isdigit()):
        return Message(QT_TRANSLATE_NOOP("errors", "A PIN is made of the digits 0-9 only."))
    if not minimum <= len(secret) <= MAX_SECRET_LENGTH:
        return Message(
            QT_TRANSLATE_NOOP("errors", "The PIN must have {min} to {max} digits."),
            {"min": minimum, "max": MAX_SECRET_LENGTH},
        )
    return None


def name_problem(name: str) -> Message | None:
    """Why `name` (already stripped) cannot be a user's name, or None when it can."""
    return text_problem(name, NAME_MAX, required=True)


def name_key(name: str) -> str:
    """The form a name is compared in: logins are case-insensitive, names unique regardless of case."""
    return name.strip().casefold()


def owasp_hasher() -> PasswordHasher:
    """argon2id at OWASP's recommended minimum (m=19 MiB, t=2, p=1).

    The library's default takes 64 MiB per hash, most of the app's memory peak at a login;
    OWASP's parameters are as strong against guessing per unit of work and lighter on the PC.
    """
    return PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
