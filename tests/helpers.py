"""Small builders shared by tests."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date

from sqlalchemy.orm import Session

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices, database_of
from canteen_app.training.participants.rules import ParticipantInput

SYSTEM = Actor(user_id=None, name="test-admin", role=Role.ADMIN, site_id=1)
KIOSK = Actor(user_id=None, name="kiosk", role=Role.KIOSK, site_id=1)


def make_user(services: AppServices, name: str, role: Role, pin: str = "246810") -> Actor:
    services.auth.create_user(SYSTEM, name, role, pin)
    return services.auth.login(name, pin)


def participant_input(coach_id: int | None, **overrides: object) -> ParticipantInput:
    values: dict[str, object] = {
        "first_name": "Åse",
        "last_name": "Ødegård",
        "preferred_language": "nb",
        "nav_measure": "arbeidstrening",
        "measure_start": date(2026, 9, 1),
        "measure_planned_end": date(2027, 6, 30),
        "participation_percent": 80,
        "coach_id": coach_id,
        "phone": "91234567",
        "support_needs": "Trenger skriftlige steglister.",
    }
    values.update(overrides)
    return ParticipantInput(**values)  # type: ignore[arg-type]


@contextlib.contextmanager
def db_session(services: AppServices, write: bool = False) -> Iterator[Session]:
    """A session on the app's own database, for tests that look at (or set up) rows directly."""
    with database_of(services).transaction(write=write) as transaction:
        yield transaction.session
