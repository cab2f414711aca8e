"""Typed work that survives the idle lock.

When the PC locks itself, every open view is asked for its unsaved work (`unsaved_work()`), the
workspace is thrown away (no personal data stays on screen), and the drafts are kept in memory
for the person who typed them. When that same person logs in again, they are offered the draft
and the view that made it continues from it (`resume(draft)`). Drafts are never written to
disk: they may hold special-category data.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable


@dataclass(frozen=True)
class Draft:
    """Unsaved work of one view: which page made it, how to name it, and the view's own data."""

    page: str  # the page key (ui/shell/pages.py)
    title: str  # e.g. "Participant Åse Ødegård", shown in the offer
    payload: object  # whatever the view needs to continue


@runtime_checkable
class KeepsDrafts(Protocol):
    """A view that can hand over its unsaved work, and continue from it later."""

    def unsaved_work(self) -> list[Draft]: ...

    def resume(self, draft: Draft) -> None: ...
