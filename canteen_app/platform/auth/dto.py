"""Users as they leave the core (never with their secret's hash)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from canteen_app.access import Role


@dataclass(frozen=True)
class UserInfo:
    id: int
    name: str
    role: Role
    active: bool
    locked_until: datetime | None = None  # set while five wrong PINs keep the account locked
