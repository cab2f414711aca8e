"""The progress sink that long-running core work reports to.

The UI passes an implementation that forwards to a progress dialog; the command line and the
tests pass `NullProgress`. Work checks `cancelled()` between steps and stops early when asked.
"""

from __future__ import annotations

from typing import Protocol


class ProgressSink(Protocol):
    def report(self, done: int, total: int, text: str = "") -> None:
        """`done` of `total` steps finished; `total` 0 means the total is not known yet."""
        ...

    def cancelled(self) -> bool: ...


class NullProgress:
    """A sink that ignores progress and never cancels."""

    def report(self, done: int, total: int, text: str = "") -> None:
        pass

    def cancelled(self) -> bool:
        return False
