"""Demo users: one per role, listed in the README."""

from __future__ import annotations

from dataclasses import dataclass

from canteen_app.access import Role


@dataclass(frozen=True)
class DemoUser:
    name: str
    role: Role
    pin: str


# Listed in the README; change them before real use.
DEMO_USERS = (
    DemoUser("Admin", Role.ADMIN, "246810"),
    DemoUser("Kari Nordmann", Role.CANTEEN_MANAGER, "1234"),
    DemoUser("Jonas Berg", Role.JOB_COACH, "135790"),
    DemoUser("Amina Hassan", Role.JOB_COACH, "975310"),
    DemoUser("Kiosk", Role.KIOSK, "0000"),
)
