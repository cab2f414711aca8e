"""What every view is given: the services, who is acting, and the shared task runner."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from canteen_app.domain.roles import Actor, Role

if TYPE_CHECKING:
    from canteen_app.bootstrap import AppServices
    from ui.tasks import TaskRunner

KIOSK_SITE_ID = 1


@dataclass(frozen=True)
class UiContext:
    services: AppServices
    actor: Actor
    tasks: TaskRunner
    device: str  # this PC's name, stored with every tap
    language: str  # "nb" or "en"
    site_name: str
    kiosk_mode: bool  # started with --kiosk: the shared screen is home

    def as_actor(self, actor: Actor) -> UiContext:
        return UiContext(
            self.services, actor, self.tasks, self.device, self.language, self.site_name, self.kiosk_mode
        )


def kiosk_actor(site_id: int = KIOSK_SITE_ID) -> Actor:
    """The shared kitchen screen: counts guests, sees no personal data."""
    return Actor(user_id=None, name="kiosk", role=Role.KIOSK, site_id=site_id)
