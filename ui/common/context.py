"""What every view is given: the operations it runs its database work through, who is acting,
and where (this PC, its language, the site). Never a session, an engine or the database."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

from canteen_app.access import Actor, Role

if TYPE_CHECKING:
    from ui.common.operations import Operations

KIOSK_SITE_ID = 1


@dataclass(frozen=True)
class UiContext:
    ops: Operations
    actor: Actor
    device: str  # this PC's name, stored with every tap
    language: str  # "nb" or "en"
    site_name: str
    kiosk_mode: bool  # started with --kiosk: the shared screen is home

    def as_actor(self, actor: Actor) -> UiContext:
        return dataclasses.replace(self, actor=actor)


def kiosk_actor(site_id: int = KIOSK_SITE_ID) -> Actor:
    """The shared kitchen screen: counts guests, sees no personal data."""
    return Actor(user_id=None, name="kiosk", role=Role.KIOSK, site_id=site_id)
