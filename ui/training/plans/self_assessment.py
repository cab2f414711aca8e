"""The self-assessment screen (T3): the participant, with the coach beside them, answers for
each goal of their plan how well they can do it, on an easy-read screen.

One goal at a time: the goal's easy-read words in large type, and four large buttons with a
picture each ("I need help", "with support", "on my own", "I can show others"). No typing at
all; Back and Next move between the goals; the last goal has Save, which stores every answer
at once (`PlanService.self_assess`), next to the coach's assessments. Every size follows the
program's base font, and every button is at least `TOUCH_MIN_PX` high.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from canteen_app.app import AppServices
from canteen_app.training.competence.rules import LEVELS
from ui.common.context import UiContext
from ui.common.focus_ring import RING_ROOM
from ui.common.widgets import FieldMessage
from ui.training.plans.asking import confirm
from ui.training.plans.icons import level_pixmap
from ui.training.plans.looks import scaled_font
from ui.training.plans.words import level_easy

TOUCH_MIN_PX = 64  # every button: a finger hits it without aiming
INK = "#263238"
CHOSEN = "#0d47a1"  # the chosen answer: white on this is 8.6:1
GO = "#1b5e20"  # Next and Save: white on this is 7.9:1

_STYLE = f"""
QDialog#selfAssessmentDialog {{ background: #fafafa; }}
QPushButton[levelButton="true"] {{
    background: #ffffff; border: 3px solid #455a64; border-radius: 18px; padding: 10px;
}}
QPushButton[levelButton="true"]:pressed {{ background: #e3f2fd; }}
QPushButton[levelButton="true"]:checked {{ background: {CHOSEN}; border: 5px solid #082c66; }}
QLabel[levelText="true"] {{ color: {INK}; font-weight: 600; }}
QLabel[levelText="true"][chosen="true"] {{ color: #ffffff; }}
QPushButton[selfRole="go"] {{
    background: {GO}; color: #ffffff; border: 3px solid #0d3b12; border-radius: 16px;
    font-weight: 700; padding: 6px 28px;
}}
QPushButton[selfRole="go"]:pressed {{ background: #0d3b12; }}
QPushButton[selfRole="quiet"] {{
    background: #ffffff; color: {INK}; border: 3px solid #455a64; border-radius: 16px;
    font-weight: 600; padding: 6px 28px;
}}
QPushButton[selfRole="quiet"]:pressed {{ background: #eceff1; }}
QPushButton[selfRole]:disabled {{ background: #f5f5f5; color: #757575; border-color: #bdbdbd; }}
QLabel#selfGoalText, QLabel#selfThanks {{ color: #0d1b2a; }}
QLabel#selfProgress, QLabel#selfQuestion, QLabel#selfHint {{ color: {INK}; }}
"""


@dataclass(frozen=True)
class SelfGoal:
    """One question of the screen: a goal of the plan and its easy-read words."""

    plan_goal_id: int
    easy_text: str


class LevelButton(QPushButton):
    """One answer: a large picture with the answer's words under it; stays chosen when tapped."""

    def __init__(self, level: int, text: str, picture_px: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = level
        self.setObjectName(f"selfLevelButton{level}")
        self.setProperty("levelButton", True)
        self.setCheckable(True)
        self.setAccessibleName(text)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._picture_px = picture_px
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 14, 12, 14)
        layout.setSpacing(10)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setObjectName(f"selfLevelPicture{level}")
        self.words = QLabel(text)
        self.words.setObjectName(f"selfLevelText{level}")
        self.words.setProperty("levelText", True)
        self.words.setWordWrap(True)
        self.words.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.words.setFont(scaled_font(1.35, bold=True))
        for label in (self.picture, self.words):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout.addWidget(self.picture)
        layout.addWidget(self.words, 1)
        self.toggled.connect(self._show_state)
        self._show_state(False)
        self.setMinimumHeight(max(TOUCH_MIN_PX, layout.sizeHint().height()))

    def text(self) -> str:  # what tests and screen readers read: the answer's words
        return self.words.text()

    def _show_state(self, chosen: bool) -> None:
        colour = QColor("#ffffff" if chosen else INK)
        self.picture.setPixmap(level_pixmap(self.level, self._picture_px, colour, self.devicePixelRatioF()))
        self.words.setProperty("chosen", chosen)
        self.words.style().unpolish(self.words)
        self.words.style().polish(self.words)


class SelfAssessmentDialog(QDialog):
    """The easy-read screen for one participant's self-assessment; `saved` carries how many
    answers were stored."""

    saved = Signal(int)

    def __init__(
        self,
        context: UiContext,
        participant_id: int,
        first_name: str,
        goals: Sequence[SelfGoal],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("selfAssessmentDialog")
        self.setWindowTitle(self.tr("Self-assessment – {name}").format(name=first_name))
        self.setStyleSheet(_STYLE)
        self._context = context
        self._participant_id = participant_id
        self._goals = list(goals)
        self._index = 0
        self._answers: dict[int, int] = {}
        self._saving = False
        self._done = False
        self._discard_confirmed = False
        self._build()
        self._show_goal(0)
        self._fill_window()
        # The keyboard's place to start is the way on; never an answer (a ring round one would
        # look like a choice made already).
        (self.save_button if len(self._goals) == 1 else self.next_button).setFocus()

    # --- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._question_page())
        self.pages.addWidget(self._thanks_page())
        layout.addWidget(self.pages, 1)

    def _nav_button(self, name: str, text: str, role: str, accessible: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setProperty("selfRole", role)
        button.setAccessibleName(accessible)
        button.setFont(scaled_font(1.35, bold=True))
        button.setMinimumHeight(max(TOUCH_MIN_PX, round(button.fontMetrics().height() * 2.4)))
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setAutoDefault(False)
        return button

    def _question_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(RING_ROOM, RING_ROOM, RING_ROOM, RING_ROOM)
        layout.setSpacing(14)
        layout.addLayout(self._top_bar())
        layout.addStretch(1)
        self.goal_text = self._words("selfGoalText", 2.1, bold=True)
        self.goal_text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.goal_text)
        self.question = self._words("selfQuestion", 1.4)
        self.question.setText(self.tr("How well can you do this?"))
        layout.addWidget(self.question)
        layout.addStretch(1)
        layout.addLayout(self._answers_row(), 3)
        layout.addStretch(1)
        self.hint = self._words("selfHint", 1.2)
        layout.addWidget(self.hint)
        self.message = FieldMessage("selfAssessment")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.message)
        layout.addLayout(self._bottom_bar())
        return page

    @staticmethod
    def _words(name: str, factor: float, bold: bool = False) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setFont(scaled_font(factor, bold))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        return label

    def _top_bar(self) -> QHBoxLayout:
        top = QHBoxLayout()
        self.progress = QLabel()
        self.progress.setObjectName("selfProgress")
        self.progress.setFont(scaled_font(1.3))
        top.addWidget(self.progress, 1)
        self.stop_button = self._nav_button(
            "selfStopButton", self.tr("Stop"), "quiet", self.tr("Stop the self-assessment")
        )
        self.stop_button.clicked.connect(self.reject)
        top.addWidget(self.stop_button)
        return top

    def _answers_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(18)
        self.level_group = QButtonGroup(self)
        self.level_group.setExclusive(False)  # a second tap on the chosen answer takes it back
        picture_px = max(72, round(QFontMetrics(QApplication.font()).height() * 6.5))
        self.level_buttons: list[LevelButton] = []
        for level in LEVELS:
            button = LevelButton(level, level_easy(level, self._context.language), picture_px)
            self.level_group.addButton(button, level)
            self.level_buttons.append(button)
            row.addWidget(button, 1)
        self.level_group.buttonClicked.connect(self._on_level)
        return row

    def _bottom_bar(self) -> QHBoxLayout:
        bottom = QHBoxLayout()
        self.back_button = self._nav_button("selfBackButton", self.tr("◀ Back"), "quiet", self.tr("Back"))
        self.back_button.clicked.connect(self.back)
        self.next_button = self._nav_button("selfNextButton", self.tr("Next ▶"), "go", self.tr("Next"))
        self.next_button.clicked.connect(self.next)
        self.save_button = self._nav_button("selfSaveButton", self.tr("✔ Save"), "go", self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        bottom.addWidget(self.next_button)
        bottom.addWidget(self.save_button)
        return bottom

    def _thanks_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(RING_ROOM, RING_ROOM, RING_ROOM, RING_ROOM)
        layout.addStretch(2)
        tick = QLabel("✔")
        tick.setObjectName("selfThanksTick")
        tick.setFont(scaled_font(5, bold=True))
        tick.setAlignment(Qt.AlignmentFlag.AlignCenter)
        tick.setStyleSheet(f"color: {GO};")
        layout.addWidget(tick)
        self.thanks = QLabel(self.tr("Thank you! Your answers are saved."))
        self.thanks.setObjectName("selfThanks")
        self.thanks.setFont(scaled_font(2.1, bold=True))
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks.setWordWrap(True)
        layout.addWidget(self.thanks)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.close_button = self._nav_button("selfCloseButton", self.tr("Close"), "go", self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        row.addWidget(self.close_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        return page

    def _fill_window(self) -> None:
        """The whole screen (nothing else to look at), and never smaller than its contents."""
        screen = self.screen() or QApplication.primaryScreen()
        room = screen.availableGeometry().size() if screen is not None else None
        width, height = (room.width(), room.height()) if room is not None else (1280, 800)
        hint = self.minimumSizeHint()
        self.resize(max(width, min(hint.width(), 1280)), max(height, min(hint.height(), 800)))

    # --- moving through the goals --------------------------------------------------------------

    @property
    def index(self) -> int:
        """The goal on screen (0-based)."""
        return self._index

    @property
    def answers(self) -> dict[int, int]:
        """Plan goal id -> the level chosen, so far."""
        return dict(self._answers)

    def _show_goal(self, index: int) -> None:
        had_focus = QApplication.focusWidget() in (self.back_button, self.next_button, self.save_button)
        self._index = index
        total = len(self._goals)
        goal = self._goals[index]
        dots = " ".join("●" if n <= index else "○" for n in range(total))
        self.progress.setText(
            self.tr("Goal {number} of {total}").format(number=index + 1, total=total) + f"   {dots}"
        )
        self.progress.setAccessibleName(
            self.tr("Goal {number} of {total}").format(number=index + 1, total=total)
        )
        self.goal_text.setText(goal.easy_text)
        self.goal_text.setAccessibleName(goal.easy_text)
        chosen = self._answers.get(goal.plan_goal_id)
        for button in self.level_buttons:
            button.setChecked(button.level == chosen)
        last = index == total - 1
        self.back_button.setEnabled(index > 0)
        self.next_button.setVisible(not last)
        self.save_button.setVisible(last)
        self.message.clear_message()
        self._update_save()
        focus = QApplication.focusWidget()
        if had_focus and (
            focus is None or not focus.isVisible() or not focus.isEnabled() or focus is self.stop_button
        ):
            # the button pressed went away (Next on the last goal, Back on the first): the
            # focus stays down here, on the way on
            (self.save_button if last else self.next_button).setFocus()

    def _on_level(self, button: QAbstractButton) -> None:
        assert isinstance(button, LevelButton)
        goal_id = self._goals[self._index].plan_goal_id
        if button.isChecked():
            self._answers[goal_id] = button.level
            for other in self.level_buttons:
                if other is not button:
                    other.setChecked(False)
        else:
            self._answers.pop(goal_id, None)
        self.message.clear_message()
        self._update_save()

    def _update_save(self) -> None:
        last = self._index == len(self._goals) - 1
        self.save_button.setEnabled(bool(self._answers) and not self._saving)
        if last and not self._answers:
            self.hint.setText(self.tr("Choose an answer, then Save."))
        elif last:
            self.hint.setText(self.tr("Done? Press Save."))
        else:
            self.hint.setText("")
        self.hint.setVisible(bool(self.hint.text()))

    def next(self) -> None:
        if self._index < len(self._goals) - 1:
            self._show_goal(self._index + 1)

    def back(self) -> None:
        if self._index > 0:
            self._show_goal(self._index - 1)

    # --- saving --------------------------------------------------------------------------------

    def save(self) -> None:
        if self._saving or not self._answers:
            return
        actor = self._context.actor
        participant_id = self._participant_id
        answers = dict(self._answers)

        def write(app: AppServices) -> int:
            return app.plans.self_assess(actor, participant_id, answers)

        self._context.ops.write(self, write, self._on_saved, self.message.show_domain_error, self._set_saving)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setText(self.tr("Saving…") if saving else self.tr("✔ Save"))
        for button in (self.back_button, self.stop_button):
            button.setEnabled(not saving and (button is not self.back_button or self._index > 0))
        self._update_save()

    def _on_saved(self, count: int) -> None:
        self._done = True
        self.pages.setCurrentIndex(1)
        self.close_button.setFocus()
        self.saved.emit(count)

    # --- closing -------------------------------------------------------------------------------

    def reject(self) -> None:
        """Stop, Esc or the window's close button: answers not saved are not dropped unasked."""
        if self._saving:
            return
        if self._done or self._discard_confirmed or not self._answers:
            super().reject()
            return

        def stop() -> None:
            self._discard_confirmed = True
            self.reject()

        confirm(
            self,
            "stopSelfAssessmentDialog",
            self.tr("Stop without saving?"),
            self.tr("The answers given so far are not saved yet. Stop and lose them?"),
            "",
            (self.tr("Stop and lose the answers"), "stopSelfButton"),
            (self.tr("Go on answering"), "goOnSelfButton"),
            stop,
        )

    def force_close(self) -> None:
        """Logout or idle lock: close without asking (nothing of it stays on screen)."""
        self._discard_confirmed = True
        self._saving = False
        QDialog.reject(self)
