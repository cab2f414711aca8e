"""GUI test fixtures: real widgets on a real SQLite file, driven with pytest-qt."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from PySide6.QtWidgets import QApplication, QWidget

from canteen_app.bootstrap import AppServices, build_services, open_database
from canteen_app.domain.roles import Actor, Role
from tests.helpers import SYSTEM
from ui.context import UiContext
from ui.i18n import install_language
from ui.tasks import TaskRunner

# Real argon2, cheaper settings: the GUI tests log in many times.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1)

PINS = {
    Role.ADMIN: "246810",
    Role.CANTEEN_MANAGER: "1234",
    Role.JOB_COACH: "135790",
    Role.KIOSK: "0000",
}
NAMES = {
    Role.ADMIN: "Admin Åse",
    Role.CANTEEN_MANAGER: "Kari Nordmann",
    Role.JOB_COACH: "Jonas Berg",
    Role.KIOSK: "Kiosk",
}

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture(autouse=True)
def english_ui(qapp: QApplication) -> None:
    """GUI tests read the English source texts unless a test switches language itself."""
    install_language("en")


@pytest.fixture
def app_services(sqlite_url: str) -> Iterator[AppServices]:
    services = build_services(open_database(sqlite_url), password_hasher=FAST_HASHER)
    yield services
    services.close()


@pytest.fixture
def users(app_services: AppServices) -> dict[Role, Actor]:
    """One logged-in actor per role (the kiosk as a personal kiosk account)."""
    actors = {}
    for role in Role:
        app_services.auth.create_user(SYSTEM, NAMES[role], role, PINS[role])
        actors[role] = app_services.auth.login(NAMES[role], PINS[role])
    return actors


@pytest.fixture
def make_context(app_services: AppServices, qapp: QApplication) -> Iterator[Callable[[Actor], UiContext]]:
    runner = TaskRunner()

    def make(
        actor: Actor, device: str = "test-kiosk", language: str = "en", kiosk_mode: bool = False
    ) -> UiContext:
        return UiContext(
            services=app_services,
            actor=actor,
            tasks=runner,
            device=device,
            language=language,
            site_name=app_services.sites.name(actor.site_id),
            kiosk_mode=kiosk_mode,
        )

    yield make
    runner.wait_for_all(10_000)


def save_screenshot(widget: QWidget, name: str) -> Path:
    """Keep a picture of what the test saw, for people to look at (test-artifacts/)."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    widget.grab().save(str(path))
    return path
