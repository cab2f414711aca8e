"""The kiosk guest counter (C4): huge buttons, instant feedback, undo, today's total.

Sizes and colours live in ui/theme.py so the whole kiosk can be tuned in one place.

Each tap goes to `TapWriter`, which owns one worker thread and commits taps in order, so
the GUI thread never waits for the disk or the network. The screen shows a tap at once
(as pending) and replaces the numbers with the committed counts when the database answers.
A timer re-reads the site's counts every few seconds, so several kiosks agree.
"""

from __future__ import annotations

import logging
from collections import deque
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QLocale, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from canteen_app.bootstrap import AppServices
from canteen_app.domain.errors import DomainError
from canteen_app.domain.roles import Actor
from canteen_app.services.dto import DayCounts, GuestCategoryInfo, TapResult, UndoResult
from ui.context import UiContext
from ui.i18n import message_text

log = logging.getLogger(__name__)

POLL_INTERVAL_MS = 2_000


@dataclass(frozen=True)
class _Request:
    kind: str  # "tap" or "undo"
    category_id: int | None = None


class TapWriter(QObject):
    """Commits taps and undos one after another on its own thread, in the order tapped."""

    committed = Signal(object)  # TapResult or UndoResult
    failed = Signal(str)
    _submit = Signal(object)

    def __init__(self, services: AppServices, actor: Actor, device: str) -> None:
        super().__init__()
        self._services = services
        self._actor = actor
        self._device = device
        self._thread = QThread()
        self._thread.setObjectName("tap-writer")
        self.moveToThread(self._thread)
        self._submit.connect(self._write, Qt.ConnectionType.QueuedConnection)
        self._thread.start()

    def tap(self, category_id: int) -> None:
        self._submit.emit(_Request("tap", category_id))

    def undo(self) -> None:
        self._submit.emit(_Request("undo"))

    @Slot(object)
    def _write(self, request: _Request) -> None:
        try:
            result: TapResult | UndoResult
            if request.kind == "tap":
                assert request.category_id is not None
                result = self._services.guests.record_tap(self._actor, request.category_id, self._device)
            else:
                result = self._services.guests.undo_last_tap(self._actor, self._device)
        except DomainError as error:
            self.failed.emit(message_text(error.message))
        except Exception:
            log.exception("Could not store a tap")
            self.failed.emit(self.tr("Not saved. Check the network or database and tap again."))
        else:
            self.committed.emit(result)

    def stop(self) -> None:
        """Finish the writes already queued, then end the thread."""
        self._thread.quit()
        self._thread.wait()


class KioskView(QWidget):
    counts_changed = Signal(int)  # today's total as shown

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskView")
        self._context = context
        self._categories = context.services.guests.categories(context.actor.site_id)
        self._counts = DayCounts(day=date.today())  # replaced by the database's answer below
        # Writes sent to the TapWriter and not answered yet, oldest first: a category id for
        # a tap, None for an undo. The writer answers in the same order.
        self._pending: deque[int | None] = deque()
        self._generation = 0  # bumps on every answered write; older poll results are dropped
        self._poll_running = False
        self._category_buttons: dict[int, QPushButton] = {}
        self._undo_available = False
        self._writer = TapWriter(context.services, context.actor, context.device)
        self._writer.committed.connect(self._on_committed)
        self._writer.failed.connect(self._on_failed)
        self._build()
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(POLL_INTERVAL_MS)
        self._poll_timer.timeout.connect(self.refresh)
        self._poll_timer.start()
        site_id = context.actor.site_id
        self._undo_available = context.services.guests.can_undo(site_id, context.device)
        self._apply_counts(context.services.guests.today(site_id))

    # --- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(16)
        layout.addLayout(self._build_header())
        layout.addWidget(self._build_buttons(), 1)
        layout.addLayout(self._build_footer())

    def _build_header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        date_text = QLocale().toString(QDate.currentDate(), "dddd d. MMMM")
        self._date_label = QLabel(self.tr("Today, {date}").format(date=date_text))
        self._date_label.setObjectName("kioskDate")
        caption = QLabel(self.tr("Guests today"))
        caption.setObjectName("kioskCaption")
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._total_label = QLabel("0")
        self._total_label.setObjectName("kioskTodayTotal")
        self._total_label.setAccessibleName(self.tr("Guests today"))
        self._total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self._date_label, 1)
        header.addWidget(caption)
        header.addSpacing(16)
        header.addWidget(self._total_label)
        return header

    def _build_buttons(self) -> QWidget:
        area = QWidget()
        grid = QGridLayout(area)
        grid.setSpacing(16)
        default = next((c for c in self._categories if c.is_default), None)
        if default is None and self._categories:
            default = self._categories[0]
        others = [c for c in self._categories if c is not default]
        columns = max(1, min(3, len(others)))
        if default is not None:
            button = self._category_button(default, primary=True)
            button.setObjectName("kioskAddGuestButton")
            grid.addWidget(button, 0, 0, 1, columns)
            grid.setRowStretch(0, 3)
        for index, category in enumerate(others):
            button = self._category_button(category, primary=False)
            button.setObjectName(f"kioskCategoryButton_{category.id}")
            row = 1 + index // columns
            grid.addWidget(button, row, index % columns)
            grid.setRowStretch(row, 2)
        return area

    def _category_button(self, category: GuestCategoryInfo, primary: bool) -> QPushButton:
        button = QPushButton()
        button.setProperty("kioskRole", "primary" if primary else "secondary")
        button.setMinimumHeight(200 if primary else 120)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.clicked.connect(lambda _checked=False, cid=category.id: self.tap(cid))
        self._category_buttons[category.id] = button
        return button

    def _build_footer(self) -> QHBoxLayout:
        footer = QHBoxLayout()
        self._status = QLabel("")
        self._status.setObjectName("kioskStatus")
        self._status.setWordWrap(True)
        self._undo_button = QPushButton(self.tr("Undo last"))
        self._undo_button.setObjectName("kioskUndoButton")
        self._undo_button.setProperty("kioskRole", "undo")
        self._undo_button.setMinimumSize(280, 96)
        self._undo_button.setAccessibleName(self.tr("Undo the last tap on this kiosk"))
        self._undo_button.clicked.connect(self.undo)
        footer.addWidget(self._status, 1)
        footer.addWidget(self._undo_button)
        return footer

    # --- actions -----------------------------------------------------------------------------

    def tap(self, category_id: int) -> None:
        self._pending.append(category_id)
        self._writer.tap(category_id)
        self._undo_available = True
        self._render()

    def undo(self) -> None:
        if not self._undo_available or self.shown_total() <= 0:
            return
        self._pending.append(None)
        self._writer.undo()
        self._render()

    def refresh(self) -> None:
        """Re-read today's counts (other kiosks count too) without blocking the screen."""
        if self._poll_running:
            return
        self._poll_running = True
        generation = self._generation
        services, site_id, device = self._context.services, self._context.actor.site_id, self._context.device

        def read(_progress: object) -> tuple[DayCounts, bool]:
            return services.guests.today(site_id), services.guests.can_undo(site_id, device)

        def done(result: tuple[DayCounts, bool]) -> None:
            self._poll_running = False
            if generation == self._generation and not self._pending:
                counts, can_undo = result
                self._undo_available = can_undo
                self._apply_counts(counts)

        def failed(error: BaseException) -> None:
            self._poll_running = False
            log.warning("Could not refresh the kiosk counts: %s", error)

        self._context.tasks.run(read, done, failed, owner=self)

    # --- answers from the writer -------------------------------------------------------------

    def _on_committed(self, result: TapResult | UndoResult) -> None:
        self._generation += 1
        self._pending.popleft()
        if isinstance(result, TapResult):
            self._set_status(self.tr("Saved ✓"), "ok")
        else:
            self._undo_available = result.more_to_undo
            if result.undone_tap_id is None:
                self._set_status(self.tr("Nothing to undo today."), "ok")
            else:
                self._set_status(self.tr("Last tap undone."), "ok")
        self._apply_counts(result.counts)

    def _on_failed(self, text: str) -> None:
        self._generation += 1
        self._pending.popleft()  # that write did not happen; the screen must say so
        self._set_status(text, "error")
        self._render()

    def _set_status(self, text: str, state: str) -> None:
        self._status.setText(text)
        self._status.setProperty("state", state)
        self._status.style().unpolish(self._status)
        self._status.style().polish(self._status)

    # --- display -----------------------------------------------------------------------------

    def _apply_counts(self, counts: DayCounts) -> None:
        self._counts = counts
        self._render()

    def _render(self) -> None:
        shown_total = self.shown_total()
        self._total_label.setText(str(shown_total))
        for category in self._categories:
            shown = self._counts.by_category.get(category.id, 0) + self._pending.count(category.id)
            name = category.name(self._context.language)
            button = self._category_buttons[category.id]
            button.setText(f"+1  {name}\n{shown}")
            button.setAccessibleName(self.tr("Add one {name}; {count} today").format(name=name, count=shown))
        self._undo_button.setEnabled(self._undo_available and shown_total > 0)
        self.counts_changed.emit(shown_total)

    def shown_total(self) -> int:
        """Committed count plus taps on their way, minus undos on their way."""
        taps = sum(1 for request in self._pending if request is not None)
        undos = len(self._pending) - taps
        return max(0, self._counts.total + taps - undos)

    @property
    def pending_writes(self) -> int:
        return len(self._pending)

    # --- lifetime ----------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop polling; let queued taps reach the database before the thread ends."""
        self._poll_timer.stop()
        self._writer.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
