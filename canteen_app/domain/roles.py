"""Roles and what each may do. Services check these; the UI only hides what is not allowed."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Role(enum.StrEnum):
    ADMIN = "admin"
    CANTEEN_MANAGER = "canteen_manager"
    JOB_COACH = "job_coach"
    KIOSK = "kiosk"


class Permission(enum.Enum):
    COUNT_GUESTS = enum.auto()
    VIEW_GUEST_STATISTICS = enum.auto()
    VIEW_PARTICIPANT_NAMES = enum.auto()
    VIEW_PARTICIPANT_DETAILS = enum.auto()
    EDIT_PARTICIPANTS = enum.auto()
    READ_AUDIT_LOG = enum.auto()
    MANAGE_USERS = enum.auto()
    MANAGE_SETTINGS = enum.auto()


_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.CANTEEN_MANAGER: frozenset(
        {
            Permission.COUNT_GUESTS,
            Permission.VIEW_GUEST_STATISTICS,
            Permission.VIEW_PARTICIPANT_NAMES,
        }
    ),
    Role.JOB_COACH: frozenset(
        {
            Permission.COUNT_GUESTS,
            Permission.VIEW_PARTICIPANT_NAMES,
            Permission.VIEW_PARTICIPANT_DETAILS,
            Permission.EDIT_PARTICIPANTS,
        }
    ),
    Role.KIOSK: frozenset({Permission.COUNT_GUESTS}),
}

# Roles that reach special-category data get a longer secret than a kitchen PIN.
MIN_SECRET_LENGTH: dict[Role, int] = {
    Role.ADMIN: 6,
    Role.JOB_COACH: 6,
    Role.CANTEEN_MANAGER: 4,
    Role.KIOSK: 4,
}


def permissions_of(role: Role) -> frozenset[Permission]:
    return _PERMISSIONS[role]


@dataclass(frozen=True)
class Actor:
    """Who is doing something: a logged-in user, or the shared kiosk with no personal login."""

    user_id: int | None
    name: str
    role: Role
    site_id: int

    def can(self, permission: Permission) -> bool:
        return permission in permissions_of(self.role)
