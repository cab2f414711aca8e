"""Who may do what: the roles, the permissions, and the one table that joins them.

Services check these; the UI only hides what a role may not use. A new feature adds its
permissions to `Permission` and one line per role to `_PERMISSIONS`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from canteen_app.core.errors import NotAuthorizedError


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
    BACKUP_AND_RESTORE = enum.auto()
    MANAGE_RETENTION = enum.auto()  # archive, then delete or anonymise ended participants (P3)
    CHECK_IN = enum.auto()  # participants check in and out at the kiosk (first names only)
    VIEW_MENUS = enum.auto()  # ingredients, dishes, menus, the canteen calendar
    MANAGE_MENUS = enum.auto()
    MANAGE_TASK_LIBRARY = enum.auto()  # stations, tasks and their pictogram steps (T6)
    VIEW_PARTNERS = enum.auto()  # partner companies, their locations, contacts and positions (R1)
    MANAGE_PARTNERS = enum.auto()
    MANAGE_REFERRALS = enum.auto()  # referrals, consents and dossiers (R2-R5)


_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.CANTEEN_MANAGER: frozenset(
        {
            Permission.COUNT_GUESTS,
            Permission.VIEW_GUEST_STATISTICS,
            Permission.VIEW_PARTICIPANT_NAMES,
            Permission.VIEW_MENUS,
            Permission.MANAGE_MENUS,
            Permission.VIEW_PARTNERS,
        }
    ),
    Role.JOB_COACH: frozenset(
        {
            Permission.COUNT_GUESTS,
            Permission.VIEW_PARTICIPANT_NAMES,
            Permission.VIEW_PARTICIPANT_DETAILS,
            Permission.EDIT_PARTICIPANTS,
            Permission.VIEW_MENUS,
            Permission.CHECK_IN,
            Permission.MANAGE_TASK_LIBRARY,
            Permission.VIEW_PARTNERS,
            Permission.MANAGE_PARTNERS,
            Permission.MANAGE_REFERRALS,
        }
    ),
    Role.KIOSK: frozenset({Permission.COUNT_GUESTS, Permission.VIEW_MENUS, Permission.CHECK_IN}),
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


def require(actor: Actor, permission: Permission) -> None:
    """Raise NotAuthorizedError unless the actor's role has the permission."""
    if not actor.can(permission):
        raise NotAuthorizedError()
