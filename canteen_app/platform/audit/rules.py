"""What an audit entry can say happened."""

from __future__ import annotations

import enum


class AuditAction(enum.StrEnum):
    VIEW = "view"
    LIST = "list"
    CREATE = "create"
    UPDATE = "update"
    EXPORT = "export"
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOCKED = "locked"
