"""The participants' check-in on the kiosk (T4): one large button per participant whose measure
runs today, with the first name and, only when the participant said yes to it, the photo. A
tap checks in (the first of the day) or out (the next, with the hours); the screen says so in
large words ("Welcome, Åse!"), and goes back to the guest counter by itself a few seconds
after the last tap (or at once with "Back"). Nothing else about anyone is shown here.

Taps run on their own operations lane, in the order they were made. A second tap soon after
checking in is a double tap, and the core changes nothing for it (`REPEAT_TAP`); the screen
then says the participant is checked in.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QImage, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from canteen_app.access import Role
from canteen_app.core.errors import DatabaseUnavailableError, DomainError
from canteen_app.training.attendance.dto import CheckInState
from ui.common.context import UiContext
from ui.common.focus_ring import RING_ROOM
from ui.common.formatting import number
from ui.common.i18n import message_text
from ui.common.navigation import can_open_page, request_page
from ui.training.checkin.buttons import BUSY, IN, MIN_BUTTON_HEIGHT, NOT_YET, OUT, CheckInButton

if TYPE_CHECKING:  # the services come with the operations; nothing here loads them
    from canteen_app.app import AppServices, Changes

log = logging.getLogger(__name__)

CHECKIN_LANE = "checkin"
COUNTER_PAGE = "kiosk"  # the guest counter, by its page key (ui/shell/pages.py)
# The kinds of change that alter who is listed or their state (attendance, participants),
# written out so that opening this screen does not import those services.
CHECKIN_CHANGES = ("training.attendance", "training.participants")
REFRESH_MS = 10_000  # other kiosks check people in too
RETURN_AFTER_TAP_MS = 6_000  # back to the counter this long after the last tap
RETURN_UNUSED_MS = 45_000  # ... or this long after opening, when nobody tapped
MAX_BUTTON_HEIGHT = 150
_SPACING = 12
_COLUMN_WIDTH = 220  # at the theme's base size; the columns widen with larger text


@dataclass(frozen=True)
class Person:
    """One participant as this screen may show them, read in the worker."""

    participant_id: int
    first_name: str
    photo: QImage | None
    photo_key: int  # tells a changed photo from the same one, without comparing pixels
    checked_in: bool
    checked_out: bool


class CheckInView(QWidget):
    people_loaded = Signal()  # the buttons show the database's answer
    tap_answered = Signal()  # a tap was stored (or refused), and the screen says so

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkInView")
        self._context = context
        self._people: list[Person] = []
        self._buttons: dict[int, CheckInButton] = {}
        self._pending: set[int] = set()
        self._columns = 0
        self._reading = False
        self._loaded = False
        # The shared kiosk comes here from the counter and goes back; a person's PC keeps the page.
        self._excursion = context.actor.role is Role.KIOSK
        self._build()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._return_timer = QTimer(self)
        self._return_timer.setSingleShot(True)
        self._return_timer.timeout.connect(self.back_to_counter)
        context.ops.changed.connect(self._on_changed)
        self.refresh()

    # --- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(12)
        header = QHBoxLayout()
        self.title = QLabel(self.tr("Check in or out: tap your name"))
        self.title.setObjectName("checkInTitle")
        self.title.setWordWrap(True)
        header.addWidget(self.title, 1)
        self.back_button = QPushButton(self.tr("Back to the counter"))
        self.back_button.setObjectName("checkInBackButton")
        self.back_button.setProperty("kioskRole", "undo")  # the counter's calm white button
        self.back_button.setAccessibleName(self.tr("Back to the guest counter"))
        self.back_button.setMinimumHeight(MIN_BUTTON_HEIGHT)
        self.back_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.back_button.clicked.connect(self.back_to_counter)
        header.addWidget(self.back_button)
        layout.addLayout(header)

        self.banner = QLabel()
        self.banner.setObjectName("checkInBanner")
        self.banner.setWordWrap(True)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setMinimumHeight(MIN_BUTTON_HEIGHT)
        layout.addWidget(self.banner)
        self._show_hint()

        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("checkInScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the names
        QScroller.grabGesture(
            self.scroll_area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture
        )
        self._content = QWidget()
        self._content.setObjectName("checkInContent")
        self._grid = QGridLayout(self._content)
        # Room for the focus ring around the outer buttons: the viewport's edge would cut it.
        self._grid.setContentsMargins(RING_ROOM, RING_ROOM, RING_ROOM, RING_ROOM)
        self._grid.setSpacing(_SPACING)
        self.scroll_area.setWidget(self._content)
        self.scroll_area.viewport().installEventFilter(self)
        layout.addWidget(self.scroll_area, 1)

        self.empty_label = QLabel(self.tr("Nobody can check in today."))
        self.empty_label.setObjectName("checkInEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        layout.addWidget(self.empty_label, 1)

    # --- reading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self._reading:
            return
        self._reading = True
        actor = self._context.actor

        def read(app: AppServices) -> list[Person]:
            people = []
            for person, state in app.attendance.kiosk_people(actor):
                image = QImage.fromData(person.photo) if person.photo else None
                people.append(
                    Person(
                        person.participant_id,
                        person.first_name,
                        image if image is not None and not image.isNull() else None,
                        hash(person.photo) if person.photo else 0,
                        state.checked_in,
                        state.checked_out,
                    )
                )
            return people

        def done(people: list[Person]) -> None:
            self._reading = False
            self._show_people(people)

        def failed(error: DomainError) -> None:
            self._reading = False
            log.warning("Could not read who can check in: %s", type(error).__name__)
            if not self._loaded:
                self._say(message_text(error.message), "error")

        self._context.ops.read(self, read, done=done, errors=failed)

    def _on_changed(self, changes: Changes, source: object) -> None:
        if source is not self and changes.touches(*CHECKIN_CHANGES) and self.isVisible():
            self.refresh()

    def _show_people(self, people: list[Person]) -> None:
        same_people = [(p.participant_id, p.first_name, p.photo_key) for p in people] == [
            (p.participant_id, p.first_name, p.photo_key) for p in self._people
        ]
        self._people = people
        # Shown first, so the buttons are laid out in the scroll area's real size.
        self.empty_label.setVisible(not people)
        self.scroll_area.setVisible(bool(people))
        if not same_people or not self._loaded:
            self._build_buttons()
        for person in people:
            if person.participant_id not in self._pending:
                self._show_state(person)
        self._loaded = True
        self.people_loaded.emit()

    def _build_buttons(self) -> None:
        for button in self._buttons.values():
            self._grid.removeWidget(button)
            button.deleteLater()
        self._buttons = {}
        for person in self._people:
            button = CheckInButton(person.participant_id, person.first_name)
            button.set_photo(person.photo)
            button.clicked.connect(lambda _checked=False, pid=person.participant_id: self.tap(pid))
            self._buttons[person.participant_id] = button
        self._columns = 0  # lay them out afresh
        self._lay_out()
        previous: QWidget = self.back_button
        for button in self._buttons.values():  # Tab: Back, then the names as they read
            QWidget.setTabOrder(previous, button)
            previous = button

    def _lay_out(self) -> None:
        """As many columns as the width takes, the buttons as tall as the height shares out
        (at least 64 px; the list scrolls when there are more than fit)."""
        if not self._buttons:
            return
        viewport = self.scroll_area.viewport()
        scale = max(1.0, self.fontMetrics().height() / 17)
        columns = max(2, min(6, viewport.width() // round(_COLUMN_WIDTH * scale)))
        rows = math.ceil(len(self._buttons) / columns)
        lowest = max(MIN_BUTTON_HEIGHT, round(self.fontMetrics().height() * 3.2))
        share = (viewport.height() - 2 * RING_ROOM - (rows - 1) * _SPACING) // rows
        height = max(lowest, min(round(MAX_BUTTON_HEIGHT * scale), share))
        if columns != self._columns:
            self._columns = columns
            for index, button in enumerate(self._buttons.values()):
                self._grid.removeWidget(button)
                self._grid.addWidget(button, index // columns, index % columns)
            for column in range(6):
                self._grid.setColumnStretch(column, 1 if column < columns else 0)
        for button in self._buttons.values():
            button.setFixedHeight(height)
            # A widget added to a shown layout is shown only at the next turn of the event
            # loop; until then the layout leaves it out of the height it needs.
            button.show()
        self._grid.setRowStretch(rows, 1)  # short lists sit at the top
        # The contents take their new height now, not at the next turn of the event loop: the
        # buttons never stand outside them meanwhile.
        self._grid.activate()
        needed = self._grid.totalMinimumSize().height()
        self._content.resize(viewport.width(), max(viewport.height(), needed))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The buttons follow the scroll area's viewport: laid out as soon as it has its new
        # size, so they never stand outside the contents, not even for one turn of the loop.
        if watched is self.scroll_area.viewport() and event.type() == QEvent.Type.Resize:
            self._lay_out()
        return super().eventFilter(watched, event)

    # --- tapping -------------------------------------------------------------------------------

    def tap(self, participant_id: int) -> None:
        person = self._person(participant_id)
        button = self._buttons.get(participant_id)
        if person is None or button is None or participant_id in self._pending:
            return
        self._restart_return(RETURN_AFTER_TAP_MS)
        self._pending.add(participant_id)
        button.set_state(BUSY, "…", self.tr("{name}: saving").format(name=person.first_name))
        actor = self._context.actor
        was_in, was_out = person.checked_in, person.checked_out
        self._context.ops.write(
            self,
            lambda app: app.attendance.check_in_or_out(actor, participant_id),
            done=lambda state: self._on_tapped(state, was_in, was_out),
            errors=lambda error: self._on_tap_failed(participant_id, error),
            lane=CHECKIN_LANE,
        )

    def _on_tapped(self, state: CheckInState, was_in: bool, was_out: bool) -> None:
        self._pending.discard(state.participant_id)
        person = self._person(state.participant_id)
        if person is not None:
            person = Person(
                person.participant_id,
                person.first_name,
                person.photo,
                person.photo_key,
                state.checked_in,
                state.checked_out,
            )
            self._people = [person if p.participant_id == state.participant_id else p for p in self._people]
            self._show_state(person)
        name = state.first_name
        if was_out:
            self._say(self.tr("{name}, you have already checked out today.").format(name=name), "note")
        elif state.checked_out:
            self._say(goodbye_text(name, state.hours), "out")
        elif was_in:  # a double tap: still in
            self._say(self.tr("You are checked in, {name} ✓").format(name=name), "in")
        else:
            self._say(self.tr("Welcome, {name}!").format(name=name), "in")
        self._restart_return(RETURN_AFTER_TAP_MS)
        self.tap_answered.emit()

    def _on_tap_failed(self, participant_id: int, error: DomainError) -> None:
        self._pending.discard(participant_id)
        person = self._person(participant_id)
        if person is not None:
            self._show_state(person)
        if isinstance(error, DatabaseUnavailableError):
            log.warning("A check-in could not be stored: the database is unavailable")
            text = self.tr("Not saved. Check the network or database and tap again.")
        else:
            text = message_text(error.message)
        self._say(text, "error")
        self._restart_return(RETURN_AFTER_TAP_MS * 2)  # time to read it
        self.tap_answered.emit()
        self.refresh()  # the list may have changed under us

    # --- display -------------------------------------------------------------------------------

    def _person(self, participant_id: int) -> Person | None:
        return next((p for p in self._people if p.participant_id == participant_id), None)

    def _show_state(self, person: Person) -> None:
        button = self._buttons.get(person.participant_id)
        if button is None:
            return
        name = person.first_name
        if person.checked_out:
            button.set_state(OUT, self.tr("Out"), self.tr("{name}: checked out today").format(name=name))
        elif person.checked_in:
            button.set_state(
                IN, self.tr("✓ In"), self.tr("{name}: checked in. Tap to check out.").format(name=name)
            )
        else:
            button.set_state(NOT_YET, "", self.tr("{name}: tap to check in").format(name=name))

    def _say(self, text: str, state: str) -> None:
        self.banner.setText(text)
        self.banner.setProperty("state", state)
        self.banner.setAccessibleName(text)
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)

    def _show_hint(self) -> None:
        self._say(self.tr("Tap your name when you arrive and when you leave."), "hint")

    @property
    def message(self) -> str:
        """What the banner says now."""
        return self.banner.text()

    @property
    def message_state(self) -> str:
        return str(self.banner.property("state") or "")

    # --- coming and going ----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.back_button.setVisible(self._excursion and can_open_page(self, COUNTER_PAGE))
        self._refresh_timer.start()
        if self._loaded:
            self.refresh()
        self._restart_return(RETURN_UNUSED_MS)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._refresh_timer.stop()
        self._return_timer.stop()
        self._show_hint()  # the next person does not see the last one's greeting

    def _restart_return(self, msecs: int) -> None:
        if self._excursion:
            self._return_timer.start(msecs)

    def back_to_counter(self) -> None:
        self._return_timer.stop()
        if not request_page(self, COUNTER_PAGE):
            self._show_hint()

    def button_for(self, participant_id: int) -> CheckInButton | None:
        return self._buttons.get(participant_id)

    def buttons(self) -> list[CheckInButton]:
        return list(self._buttons.values())

    @property
    def is_loaded(self) -> bool:
        return self._loaded

    @property
    def pending_taps(self) -> int:
        return len(self._pending)

    def shutdown(self) -> None:
        self._refresh_timer.stop()
        self._return_timer.stop()


def goodbye_text(name: str, hours: Decimal | None) -> str:
    """ "Goodbye, Åse – 6.25 hours" (the hours the local way)."""
    if hours is None:
        return QCoreApplication.translate("CheckInView", "Goodbye, {name}!").format(name=name)
    if hours == 1:
        return QCoreApplication.translate("CheckInView", "Goodbye, {name} – 1 hour").format(name=name)
    return QCoreApplication.translate("CheckInView", "Goodbye, {name} – {hours} hours").format(
        name=name, hours=number(hours)
    )
