"""How a view opens something another feature owns, without importing that feature (feature
packages meet only in `ui.shell` and `ui.common`):

- another page, by its key: `request_page(self, "checkin")` asks the workspace the view sits in
  (the kiosk's counter opens the check-in screen, which goes back to the counter);
- a participant's tool (their attendance register, ...): the shell registers each as a
  `ParticipantAction` (`ui/shell/pages.py`) with the module path of the function that opens
  it; the participant list offers a button for every action the actor may use.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from canteen_app.access import Actor, Permission
from ui.common.context import UiContext


@runtime_checkable
class OpensPages(Protocol):
    """What the workspace offers the views inside it."""

    @property
    def page_keys(self) -> list[str]: ...

    def open_page(self, key: str) -> QWidget: ...


def request_page(widget: QWidget, key: str) -> bool:
    """Open the page `key` in the workspace that holds `widget`; False when there is none, or
    the actor may not open that page."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, OpensPages):
            if key not in parent.page_keys:
                return False
            parent.open_page(key)
            return True
        parent = parent.parentWidget()
    return False


def can_open_page(widget: QWidget, key: str) -> bool:
    """Whether `request_page(widget, key)` would open a page."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, OpensPages):
            return key in parent.page_keys
        parent = parent.parentWidget()
    return False


# Opens a participant's tool: (context, participant id, the participant's name, parent widget).
ParticipantOpener = Callable[[UiContext, int, str, QWidget], object]


@dataclass(frozen=True)
class ParticipantAction:
    """A tool for one participant that another training feature owns."""

    key: str
    title_source: str  # English; translated in the "participantActions" context
    permission: Permission
    opener: str  # "package.module:function", a ParticipantOpener

    def title(self) -> str:
        return QCoreApplication.translate("participantActions", self.title_source)

    def open(self, context: UiContext, participant_id: int, name: str, parent: QWidget) -> None:
        """Import the feature (the first time) and open the tool for this participant."""
        module_name, _, function_name = self.opener.partition(":")
        opener: ParticipantOpener = getattr(importlib.import_module(module_name), function_name)
        opener(context, participant_id, name, parent)


_ACTIONS: dict[str, ParticipantAction] = {}


def register_participant_action(action: ParticipantAction) -> None:
    """Offer `action` in the participant list (the shell does this once, at import)."""
    _ACTIONS[action.key] = action


def participant_actions(actor: Actor) -> list[ParticipantAction]:
    """The actions this actor may use, in the order they were registered."""
    return [action for action in _ACTIONS.values() if actor.can(action.permission)]


# Opens a tool for referrals: (context, the chosen referrals' ids, parent widget).
ReferralOpener = Callable[[UiContext, tuple[int, ...], QWidget], object]


@dataclass(frozen=True)
class ReferralAction:
    """A tool for one referral (`many` False: the dossier) or for several (the batch export)
    that another referrals feature owns; the referrals page and dialog offer it."""

    key: str
    title_source: str  # English; translated in the "referralActions" context
    permission: Permission
    opener: str  # "package.module:function", a ReferralOpener
    many: bool = False

    def title(self) -> str:
        return QCoreApplication.translate("referralActions", self.title_source)

    def open(self, context: UiContext, referral_ids: tuple[int, ...], parent: QWidget) -> None:
        module_name, _, function_name = self.opener.partition(":")
        opener: ReferralOpener = getattr(importlib.import_module(module_name), function_name)
        opener(context, referral_ids, parent)


_REFERRAL_ACTIONS: dict[str, ReferralAction] = {}


def register_referral_action(action: ReferralAction) -> None:
    """Offer `action` on the referrals page and in a referral (the shell does this, at import)."""
    _REFERRAL_ACTIONS[action.key] = action


def referral_actions(actor: Actor, many: bool | None = None) -> list[ReferralAction]:
    """The referral tools this actor may use (`many`: only those for several, or for one)."""
    return [
        action
        for action in _REFERRAL_ACTIONS.values()
        if actor.can(action.permission) and (many is None or action.many == many)
    ]
