"""The kiosk guest counter (C4): huge buttons, instant feedback, undo, today's total.

Every tap is one action on the operations' "taps" lane, which commits taps one after another
in the order they were tapped, so the GUI thread never waits for the disk or the network. The
screen counts a tap at once (as pending) and settles on the committed counts when the database
answers. A timer re-reads the kiosk's state every few seconds, so several kiosks agree, the
date rolls over at midnight, and categories an admin adds or retires appear without a login.

Beside the buttons, today's menu with its allergens in words (`ui.canteen.kiosk.menu`), read
again when the day rolls over, when this program changes a menu, dish, ingredient or the
calendar, and every minute for changes made on other PCs.
"""

from __future__ import annotations

import itertools
import logging
from collections import deque
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from canteen_app.access import Permission
from canteen_app.canteen.guests.dto import DayCounts, GuestCategoryInfo, KioskState, TapResult, UndoResult
from canteen_app.canteen.guests.rules import GUEST_CATEGORIES
from canteen_app.core.dates import local_day, utc_now
from canteen_app.core.errors import DatabaseUnavailableError, DomainError
from canteen_app.core.formatting import locale_format
from ui.canteen.kiosk.buttons import KioskButton
from ui.canteen.kiosk.menu import MENU_CHANGES, TodayMenuPanel, TodaysMenu, note_text, read_todays_menu
from ui.common.context import UiContext
from ui.common.i18n import message_text
from ui.common.navigation import request_page

if TYPE_CHECKING:  # the kiosk can show its first look before SQLAlchemy has loaded
    from canteen_app.app import AppServices, Changes

log = logging.getLogger(__name__)

POLL_INTERVAL_MS = 2_000
# Today's menu is planned on another PC: read it again now and then (and at once after a
# change made here, and when the day rolls over).
MENU_POLL_INTERVAL_MS = 60_000
TAPS_LANE = "taps"
CHECKIN_PAGE = "checkin"  # the participants' check-in screen (ui.training.checkin), by its page key
PRIMARY_POINTS = 40
SECONDARY_POINTS = 28


class KioskView(QWidget):
    counts_changed = Signal(int)  # today's total as shown
    state_loaded = Signal()  # the kiosk's state (buttons, counts) came from the database
    menu_loaded = Signal()  # today's menu (or the note that there is none) is on screen

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskView")
        self._context = context
        self._categories: tuple[GuestCategoryInfo, ...] = ()
        self._counts = DayCounts(day=local_day(utc_now()))  # replaced by the database's answer
        # Writes sent and not answered yet, oldest first: a category id for a tap, None for an
        # undo. The taps lane answers in the same order.
        self._pending: deque[int | None] = deque()
        self._generation = 0  # bumps on every answered write; older state reads are dropped
        self._reading = False
        self._loaded = False
        self._category_buttons: dict[int, KioskButton] = {}
        self._undo_available = False
        self._menu_day: date | None = None  # the day whose menu was asked for last
        self._menu_generation = 0
        self._build()
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(POLL_INTERVAL_MS)
        self._poll_timer.timeout.connect(self.refresh)
        self._poll_timer.start()
        self._menu_timer = QTimer(self)
        self._menu_timer.setInterval(MENU_POLL_INTERVAL_MS)
        self._menu_timer.timeout.connect(self.refresh_menu)
        self._menu_timer.start()
        context.ops.changed.connect(self._on_changed)
        self.refresh()

    # --- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        """The counter on the left; today's menu beside it when there is one."""
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 12, 24, 12)
        outer.setSpacing(20)
        layout = QVBoxLayout()
        layout.setSpacing(12)
        layout.addLayout(self._build_header())
        self._button_area = QWidget()
        self._grid = QGridLayout(self._button_area)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(12)
        layout.addWidget(self._button_area, 1)
        layout.addLayout(self._build_footer())
        outer.addLayout(layout, 2)
        self.menu_panel = TodayMenuPanel()
        self.menu_panel.hide()  # until a menu for today is read
        outer.addWidget(self.menu_panel, 1)

    def _build_header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        self._date_label = QLabel()
        self._date_label.setObjectName("kioskDate")
        self._date_label.setWordWrap(True)
        self._menu_note = QLabel("")
        self._menu_note.setObjectName("kioskMenuNote")
        self._menu_note.setWordWrap(True)
        self._menu_note.hide()
        day = QVBoxLayout()
        day.setSpacing(4)
        day.addStretch(1)
        day.addWidget(self._date_label)
        day.addWidget(self._menu_note)
        day.addStretch(1)
        caption = QLabel(self.tr("Guests today"))
        caption.setObjectName("kioskCaption")
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._total_label = QLabel("0")
        self._total_label.setObjectName("kioskTodayTotal")
        self._total_label.setAccessibleName(self.tr("Guests today"))
        self._total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header.addLayout(day, 1)
        header.addWidget(caption)
        header.addSpacing(16)
        header.addWidget(self._total_label)
        return header

    def _build_footer(self) -> QHBoxLayout:
        footer = QHBoxLayout()
        self._status = QLabel("")
        self._status.setObjectName("kioskStatus")
        self._status.setWordWrap(True)
        self._undo_button = KioskButton(22)
        self._undo_button.setObjectName("kioskUndoButton")
        self._undo_button.setProperty("kioskRole", "undo")
        self._undo_button.setMinimumSize(260, 80)
        self._undo_button.setMaximumHeight(96)
        self._undo_button.set_label(self.tr("Undo last"))
        self._undo_button.setAccessibleName(self.tr("Undo the last tap on this kiosk"))
        self._undo_button.clicked.connect(self.undo)
        footer.addWidget(self._status, 1)
        self.checkin_button: KioskButton | None = None
        if self._context.actor.can(Permission.CHECK_IN):
            # The participants of the training check in and out on their own screen.
            self.checkin_button = KioskButton(22)
            self.checkin_button.setObjectName("kioskCheckInButton")
            self.checkin_button.setProperty("kioskRole", "checkin")
            self.checkin_button.setMinimumSize(260, 80)
            self.checkin_button.setMaximumHeight(96)
            self.checkin_button.set_label(self.tr("Check in / out"))
            self.checkin_button.setAccessibleName(self.tr("Participants: check in or out"))
            self.checkin_button.clicked.connect(self.open_check_in)
            footer.addWidget(self.checkin_button)
        footer.addWidget(self._undo_button)
        return footer

    def _build_buttons(self) -> None:
        """One big button for the default category on top, the others in rows of up to three."""
        for button in self._category_buttons.values():
            self._grid.removeWidget(button)
            button.deleteLater()
        self._category_buttons = {}
        for row in range(self._grid.rowCount()):
            self._grid.setRowStretch(row, 0)
        default = next((c for c in self._categories if c.is_default), None)
        if default is None and self._categories:
            default = self._categories[0]
        others = [c for c in self._categories if c is not default]
        columns = max(1, min(3, len(others)))
        if default is not None:
            button = self._category_button(default, primary=True)
            button.setObjectName("kioskAddGuestButton")
            self._grid.addWidget(button, 0, 0, 1, columns)
            self._grid.setRowStretch(0, 3)
        for index, category in enumerate(others):
            button = self._category_button(category, primary=False)
            button.setObjectName(f"kioskCategoryButton_{category.id}")
            row = 1 + index // columns
            self._grid.addWidget(button, row, index % columns)
            self._grid.setRowStretch(row, 2)
        # Tab follows the screen: the buttons in reading order, then the footer (made before them).
        footer = [self.checkin_button] if self.checkin_button is not None else []
        order = [*self._category_buttons.values(), *footer, self._undo_button]
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)

    def _category_button(self, category: GuestCategoryInfo, primary: bool) -> KioskButton:
        button = KioskButton(PRIMARY_POINTS if primary else SECONDARY_POINTS)
        button.setProperty("kioskRole", "primary" if primary else "secondary")
        button.clicked.connect(lambda _checked=False, cid=category.id: self.tap(cid))
        self._category_buttons[category.id] = button
        return button

    # --- actions -----------------------------------------------------------------------------

    def tap(self, category_id: int) -> None:
        actor, device = self._context.actor, self._context.device
        self._pending.append(category_id)
        self._undo_available = True
        self._render()
        self._context.ops.write(
            self,
            lambda app: app.guests.record_tap(actor, category_id, device),
            done=self._on_committed,
            errors=self._on_failed,
            lane=TAPS_LANE,
        )

    def undo(self) -> None:
        if not self._undo_available or self.shown_total() <= 0:
            return
        actor, device = self._context.actor, self._context.device
        self._pending.append(None)
        self._undo_available = False  # one undo per tap
        self._render()
        self._context.ops.write(
            self,
            lambda app: app.guests.undo_last_tap(actor, device),
            done=self._on_committed,
            errors=self._on_failed,
            lane=TAPS_LANE,
        )

    def open_check_in(self) -> None:
        """The participants' check-in screen; it comes back here by itself."""
        request_page(self, CHECKIN_PAGE)

    def refresh(self) -> None:
        """Re-read the kiosk's state (other kiosks count too) without blocking the screen."""
        if self._reading:
            return
        self._reading = True
        generation = self._generation
        site_id, device = self._context.actor.site_id, self._context.device

        def read(app: AppServices) -> KioskState:
            return app.guests.kiosk_state(site_id, device)

        def done(state: KioskState) -> None:
            self._reading = False
            if generation == self._generation and not self._pending:
                self._apply_state(state)

        def failed(error: DomainError) -> None:
            self._reading = False
            log.warning("Could not refresh the kiosk: %s", type(error).__name__)
            if not self._loaded:
                self._set_status(message_text(error.message), "error")

        self._context.ops.read(self, read, done=done, errors=failed)

    def show_first_look(self, state: KioskState) -> None:
        """Show a state read at start-up before the services were open (see
        `canteen_app.first_look`); the refresh asked for when the view was built follows it
        as soon as they are."""
        if not self._loaded:
            self._apply_state(state)

    def _on_changed(self, changes: Changes, _source: object) -> None:
        if changes.touches(GUEST_CATEGORIES):
            self.refresh()
        if changes.touches(*MENU_CHANGES):
            self.refresh_menu()

    # --- today's menu ------------------------------------------------------------------------

    def refresh_menu(self) -> None:
        """Read today's menu again (the day is the one the counts are for)."""
        self._load_menu(self._counts.day)

    def _load_menu(self, day: date) -> None:
        self._menu_day = day
        self._menu_generation += 1
        generation = self._menu_generation
        actor, language = self._context.actor, self._context.language

        def done(menu: TodaysMenu) -> None:
            if generation == self._menu_generation:
                self._show_menu(menu)

        def failed(error: DomainError) -> None:
            # The counter matters more than the menu: keep what is shown, try again later.
            log.warning("Could not read today's menu: %s", type(error).__name__)

        self._context.ops.read(
            self, lambda app: read_todays_menu(app, actor, day, language), done=done, errors=failed
        )

    def _show_menu(self, menu: TodaysMenu) -> None:
        note = note_text(menu)
        self._menu_note.setText(note)
        self._menu_note.setVisible(bool(note))
        self.menu_panel.show_menu(() if note else menu.lines)
        self.menu_panel.setVisible(not note)
        self.menu_loaded.emit()

    @property
    def menu_note(self) -> str:
        """The line under the date for a day without a menu ("" while a menu is shown)."""
        return self._menu_note.text() if self._menu_note.isVisibleTo(self) else ""

    # --- answers from the database -----------------------------------------------------------

    def _on_committed(self, result: TapResult | UndoResult) -> None:
        self._generation += 1
        self._pending.popleft()
        if isinstance(result, TapResult):
            self._set_status(self.tr("Saved ✓"), "ok")
        elif result.undone_tap_id is None:
            self._set_status(self.tr("Nothing to undo."), "ok")
        else:
            name = self._category_name(result.undone_category_id)
            self._set_status(self.tr("Taken back: one {category}.").format(category=name), "ok")
        self._undo_available = isinstance(result, TapResult) and not self._pending_undo()
        self._apply_counts(result.counts)

    def _on_failed(self, error: DomainError) -> None:
        self._generation += 1
        self._pending.popleft()  # that write did not happen; the screen must say so
        if isinstance(error, DatabaseUnavailableError):
            log.warning("A tap could not be stored: the database is unavailable")
            text = self.tr("Not saved. Check the network or database and tap again.")
        else:
            text = message_text(error.message)
        self._set_status(text, "error")
        self._render()
        self.refresh()  # the categories may have changed under us

    def _pending_undo(self) -> bool:
        return any(request is None for request in self._pending)

    def _category_name(self, category_id: int | None) -> str:
        category = next((c for c in self._categories if c.id == category_id), None)
        return category.name(self._context.language) if category else "?"

    def _set_status(self, text: str, state: str) -> None:
        self._status.setText(text)
        self._status.setProperty("state", state)
        self._status.style().unpolish(self._status)
        self._status.style().polish(self._status)

    # --- display -----------------------------------------------------------------------------

    def _apply_state(self, state: KioskState) -> None:
        if not self._loaded or state.categories != self._categories:
            self._categories = state.categories
            self._build_buttons()
        self._loaded = True
        self._undo_available = state.can_undo
        self._apply_counts(state.counts)
        self.state_loaded.emit()

    def _apply_counts(self, counts: DayCounts) -> None:
        self._counts = counts
        self._render()
        if counts.day != self._menu_day:  # the first answer, or the day rolled over at midnight
            self._load_menu(counts.day)

    def _render(self) -> None:
        day = locale_format(self._context.language).weekday_day_month(self._counts.day)
        self._date_label.setText(self.tr("Today, {date}").format(date=day))
        shown_total = self.shown_total()
        self._total_label.setText(str(shown_total))
        for category in self._categories:
            button = self._category_buttons.get(category.id)
            if button is None:
                continue
            shown = self._counts.by_category.get(category.id, 0) + self._pending.count(category.id)
            name = category.name(self._context.language)
            button.set_label(f"+1  {name}\n{shown}")
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

    @property
    def is_loaded(self) -> bool:
        return self._loaded

    def button_for(self, category_id: int) -> KioskButton | None:
        return self._category_buttons.get(category_id)

    # --- lifetime ----------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop polling. Taps already asked for still reach the database: the taps lane runs
        on after the view is gone, and the window waits for it before the program exits."""
        self._poll_timer.stop()
        self._menu_timer.stop()
        self._menu_generation += 1  # a menu on its way is no longer shown

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
