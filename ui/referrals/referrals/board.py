"""The referral board: one column per stage, a card per referral (first name, position, company
and the consent's state in words), moved with its buttons or the keyboard.

On a card: Enter opens the referral; Ctrl+Right moves it to the next stage; the menu key (or
Shift+F10) offers every stage it may move to; the arrow keys go to the card above or below,
or to the next column's. Each move asks for its day and a note (`MoveDialog`).
"""

from __future__ import annotations

import functools
from typing import TypeVar

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from canteen_app.referrals.referrals.dto import ReferralRow
from canteen_app.referrals.referrals.rules import STAGE_ORDER, Stage
from ui.common.focus_ring import RING_ROOM
from ui.common.formatting import format_date, quiet
from ui.referrals.referrals.words import CONSENT_COLOURS, consent_text, move_text, stage_text

COLUMN_CHARS = 21  # a column's width, in average characters: seven fit 1280 px at the base size
CARD_BORDER = QColor("#90a4ae")
CARD_BACKGROUND = QColor("#ffffff")
LabelT = TypeVar("LabelT", bound=QLabel)


class ElidedLabel(QLabel):
    """One line that ends in "…" when the card is too narrow for it (a long compound word such
    as "Kaldkjøkkenmedarbeider" cannot wrap); the whole text is its tooltip."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setText(text)

    @property
    def full_text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 4, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, self.width())
        if shown != self.text():
            self.setText(shown)


class ReferralCard(QFrame):
    """One referral on the board."""

    open_requested = Signal(int)  # the referral's id
    move_requested = Signal(object, object)  # ReferralRow, Stage
    step = Signal(object, int, int)  # the card, columns to the side (-1, 1), cards up or down (-1, 1)

    def __init__(self, row: ReferralRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.setObjectName(f"referralCard_{row.id}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.Box)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, CARD_BACKGROUND)
        palette.setColor(QPalette.ColorRole.WindowText, CARD_BORDER)
        self.setPalette(palette)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)  # wrapped names make the card taller, never clipped
        self.setSizePolicy(policy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        self.name_label = self._label(row.participant_first_name, bold=True)
        self.position_label = self._style(ElidedLabel(row.position_title))
        self.company_label = self._style(ElidedLabel(row.company_name))
        self.consent_label = self._label(consent_text(row.consent), colour=CONSENT_COLOURS[row.consent])
        self.consent_label.setObjectName("referralCardConsent")
        self.since_label = self._label(self.tr("Since {day}").format(day=format_date(row.stage_on)))
        for label in (
            self.name_label,
            self.position_label,
            self.company_label,
            self.consent_label,
            self.since_label,
        ):
            layout.addWidget(label)
        self.move_button: QPushButton | None = None
        self.more_button: QPushButton | None = None
        buttons = QVBoxLayout()  # stacked: "Move to Work trial" needs the card's whole width
        buttons.setSpacing(4)
        moves = row.next_stages
        if moves:
            self.move_button = QPushButton(move_text(moves[0]))
            self.move_button.setObjectName("referralCardMoveButton")
            self.move_button.setAccessibleName(
                self.tr("Move {name}'s referral to {stage}").format(
                    name=row.participant_first_name, stage=stage_text(moves[0])
                )
            )
            self.move_button.setMinimumHeight(40)
            self.move_button.clicked.connect(functools.partial(self._move, moves[0]))
            buttons.addWidget(self.move_button)
        self.more_button = QPushButton(self.tr("More…"))
        self.more_button.setObjectName("referralCardMoreButton")
        self.more_button.setAccessibleName(
            self.tr("More for {name}'s referral: open it or move it").format(name=row.participant_first_name)
        )
        self.more_button.setMinimumHeight(40)
        self.more_button.clicked.connect(self.show_menu)
        buttons.addWidget(self.more_button)
        layout.addLayout(buttons)
        self.setAccessibleName(self.describe())
        self.setAccessibleDescription(
            self.tr(
                "Enter opens the referral. Ctrl+Right moves it to the next stage; "
                "the menu key lists every stage it can move to."
            )
        )
        self.setToolTip(
            self.tr("{name} – {position} at {company} ({location})").format(
                name=row.participant_name,
                position=row.position_title,
                company=row.company_name,
                location=row.location_name,
            )
        )

    def _label(self, text: str, bold: bool = False, colour: QColor | None = None) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return self._style(label, bold, colour)

    @staticmethod
    def _style(label: LabelT, bold: bool = False, colour: QColor | None = None) -> LabelT:
        label.setTextFormat(Qt.TextFormat.PlainText)
        if bold:
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, colour or QColor("#263238"))
        label.setPalette(palette)
        return label

    def describe(self) -> str:
        row = self.row
        return self.tr("{name}, {position}, {company}, {consent}, {stage}").format(
            name=row.participant_first_name,
            position=row.position_title,
            company=row.company_name,
            consent=consent_text(row.consent),
            stage=stage_text(row.stage),
        )

    def _move(self, stage: Stage) -> None:
        self.move_requested.emit(self.row, stage)

    def menu(self) -> QMenu:
        """Open, and every stage the referral may move to."""
        menu = QMenu(self)
        menu.setObjectName("referralCardMenu")
        open_action = menu.addAction(self.tr("Open the referral"))
        open_action.triggered.connect(lambda: self.open_requested.emit(self.row.id))
        if self.row.next_stages:
            menu.addSeparator()
        for stage in self.row.next_stages:
            action = menu.addAction(move_text(stage))
            action.setObjectName(f"moveTo_{stage.value}")
            action.triggered.connect(functools.partial(self._move, stage))
        return menu

    def show_menu(self) -> None:
        menu = self.menu()
        anchor = self.more_button if self.more_button is not None else self
        menu.popup(anchor.mapToGlobal(QPoint(0, anchor.height())))

    # --- the keyboard and the mouse --------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.open_requested.emit(self.row.id)
        elif ctrl and key == Qt.Key.Key_Right:
            if self.row.next_stages:
                self._move(self.row.next_stages[0])
        elif key == Qt.Key.Key_Menu or (
            key == Qt.Key.Key_F10 and modifiers & Qt.KeyboardModifier.ShiftModifier
        ):
            self.show_menu()
        elif key == Qt.Key.Key_Left:
            self.step.emit(self, -1, 0)
        elif key == Qt.Key.Key_Right:
            self.step.emit(self, 1, 0)
        elif key == Qt.Key.Key_Up:
            self.step.emit(self, 0, -1)
        elif key == Qt.Key.Key_Down:
            self.step.emit(self, 0, 1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.open_requested.emit(self.row.id)
        event.accept()


class StageColumn(QFrame):
    """One stage: its name and count on top, its cards under it (the latest move first)."""

    def __init__(self, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.setObjectName(f"referralColumn_{stage.value}")
        self.cards: list[ReferralCard] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(RING_ROOM + 1, 4, RING_ROOM + 1, 4)
        layout.setSpacing(8)
        self.title = QLabel()
        self.title.setObjectName(f"referralColumnTitle_{stage.value}")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.empty_label = quiet(QLabel(self.tr("None")))
        self.empty_label.setObjectName(f"referralColumnEmpty_{stage.value}")
        layout.addWidget(self.empty_label)
        self._cards_layout = QVBoxLayout()
        self._cards_layout.setSpacing(8)
        layout.addLayout(self._cards_layout)
        layout.addStretch(1)
        # At least this wide, wider when a card's button needs it (never a clipped button).
        width = self.fontMetrics().averageCharWidth() * COLUMN_CHARS
        layout.addItem(QSpacerItem(width, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum))
        self._set_title()

    def _set_title(self) -> None:
        self.title.setText(
            self.tr("{stage} ({count})").format(stage=stage_text(self.stage), count=len(self.cards))
        )
        self.title.setAccessibleName(self.title.text())

    def set_cards(self, cards: list[ReferralCard]) -> None:
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = cards
        for card in cards:
            self._cards_layout.addWidget(card)
        self.empty_label.setVisible(not cards)
        self._set_title()


class ReferralBoard(QScrollArea):
    """Every referral as a card in its stage's column."""

    open_requested = Signal(int)  # a referral's id
    move_requested = Signal(object, object)  # ReferralRow, Stage

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referralBoard")
        self.setAccessibleName(self.tr("Referral board: one column per stage"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the cards; they scroll into view
        content = QWidget()
        content.setObjectName("referralBoardContent")
        layout = QHBoxLayout(content)
        layout.setContentsMargins(RING_ROOM, RING_ROOM, RING_ROOM, RING_ROOM)
        layout.setSpacing(6)
        self.columns: dict[Stage, StageColumn] = {}
        for stage in STAGE_ORDER:
            column = StageColumn(stage)
            self.columns[stage] = column
            layout.addWidget(column, 1)
        self.setWidget(content)

    def set_rows(self, rows: list[ReferralRow], keep_focus: int | None = None) -> None:
        """Show these referrals; the card of `keep_focus` (a referral id) gets the focus."""
        by_stage: dict[Stage, list[ReferralRow]] = {stage: [] for stage in STAGE_ORDER}
        for row in rows:
            by_stage[row.stage].append(row)
        focus: ReferralCard | None = None
        for stage, column in self.columns.items():
            ordered = sorted(by_stage[stage], key=lambda r: (r.stage_on, r.id), reverse=True)
            cards = [self._card(row) for row in ordered]
            column.set_cards(cards)
            focus = focus or next((card for card in cards if card.row.id == keep_focus), None)
        self._fix_tab_order()
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
            self.ensureWidgetVisible(focus)

    def _card(self, row: ReferralRow) -> ReferralCard:
        card = ReferralCard(row)
        card.open_requested.connect(self.open_requested)
        card.move_requested.connect(self.move_requested)
        card.step.connect(self._step)
        return card

    def _fix_tab_order(self) -> None:
        """Column by column, card by card: the card, then its buttons."""
        previous: QWidget | None = None
        for card in self.cards():
            for widget in (card, card.move_button, card.more_button):
                if widget is None:
                    continue
                if previous is not None:
                    QWidget.setTabOrder(previous, widget)
                previous = widget

    def cards(self) -> list[ReferralCard]:
        return [card for column in self.columns.values() for card in column.cards]

    def card_of(self, referral_id: int) -> ReferralCard | None:
        return next((card for card in self.cards() if card.row.id == referral_id), None)

    def _step(self, card: ReferralCard, sideways: int, down: int) -> None:
        """The arrow keys: the card above or below, or the nearest card of a column to the side."""
        stages = list(self.columns)
        column_index = stages.index(card.row.stage)
        position = self.columns[card.row.stage].cards.index(card)
        target: ReferralCard | None = None
        if down:
            cards = self.columns[card.row.stage].cards
            if 0 <= position + down < len(cards):
                target = cards[position + down]
        else:
            index = column_index + sideways
            while 0 <= index < len(stages) and target is None:
                cards = self.columns[stages[index]].cards
                if cards:
                    target = cards[min(position, len(cards) - 1)]
                index += sideways
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            self.ensureWidgetVisible(target)
