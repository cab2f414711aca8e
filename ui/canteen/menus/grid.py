"""The week grid: Monday to Friday in columns, the courses in rows, each cell listing its dishes
with their allergens in words. A closed day is one grey block with its reason.

The grid is rebuilt from each `WeekMenu` the page reads (a week holds a few dozen dishes at
most); a keyboard user who removed a dish lands on that day's "Add dish" button.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import shiboken6
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from canteen_app.canteen.dishes.dto import DishSummary
from canteen_app.canteen.dishes.rules import Course
from canteen_app.canteen.menus.dto import MenuDay, WeekMenu
from canteen_app.canteen.menus.rules import WarningKind
from ui.canteen.menus.texts import allergen_text, weekday_date
from ui.common.kitchen_words import course_name

# Colours only (sizes follow the application's font): grey for closed days at 9:1, the
# dishes as white cards. Text colours come from the palette and the theme's severities.
GRID_STYLE = """
QWidget#menuGrid { background: transparent; }
QLabel[strong="true"] { font-weight: 600; }
QFrame#menuClosed { background: #e0e4e7; border-radius: 6px; }
QLabel#menuClosedReason { color: #263238; }
QFrame#menuDish { background: #ffffff; border: 1px solid #b0bec5; border-radius: 6px; }
QLabel#menuAllergens { color: #4e342e; }
QFrame#menuDayHead[closed="true"] { background: #e0e4e7; border-radius: 6px; }
"""

COLUMN_EMS = 11  # the narrowest a day's column gets, in widths of "M" (then the grid scrolls)
COURSE_EMS = 8  # "Bread and spreads" wraps: the days get the width
REMOVE_BUTTON_SIZE = 32  # a finger or a mouse hits it; the grid's columns are narrow


@dataclass(frozen=True)
class ShownDish:
    """A dish as one cell shows it, for tests and for people who read the grid by its parts."""

    day: date
    course: Course
    name: str
    allergens: str


class WeekGrid(QWidget):
    add_requested = Signal(object)  # the day (a date)
    remove_requested = Signal(object, int, str)  # the day, the dish's id, its name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("menuGrid")
        self.setStyleSheet(GRID_STYLE)
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(4, 4, 4, 4)
        self._layout.setHorizontalSpacing(8)
        self._layout.setVerticalSpacing(6)
        self._widgets: list[QWidget] = []
        self.add_buttons: dict[date, QPushButton] = {}
        self.remove_buttons: dict[tuple[date, int], QToolButton] = {}
        self.closed_labels: dict[date, QLabel] = {}
        self.day_notes: dict[date, QLabel] = {}
        self._shown: list[ShownDish] = []

    # --- showing a week ----------------------------------------------------------------------

    def show_week(self, week: WeekMenu, can_edit: bool, language: str) -> None:
        refocus = self._focused_day()
        self._clear()
        english = language == "en"
        courses = list(Course)
        corner = QLabel("")
        self._place(corner, 0, 0)
        for row, course in enumerate(courses, start=1):
            label = QLabel(course_name(course))
            label.setObjectName(f"menuCourse_{course.value}")
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * COURSE_EMS)  # wraps
            _bold(label)
            self._place(label, row, 0)
        warned = {w.day for w in week.warnings if w.kind is WarningKind.NO_VEGETARIAN_MAIN}
        for column, day in enumerate(week.days, start=1):
            self._place(self._day_head(day, can_edit, language), 0, column)
            if day.closed:
                self._place(self._closed_block(day), 1, column, len(courses))
                continue
            for row, course in enumerate(courses, start=1):
                dishes = [dish for dish in day.dishes if dish.course is course]
                # The warning stands where the missing dish belongs.
                missing = course is Course.VEGETARIAN_MAIN and day.day in warned
                self._place(self._cell(day, dishes, can_edit, language, english, missing), row, column)
        # Five columns of one width, each wide enough for a weekday and the longest word shown
        # (the grid scrolls sideways before it cuts a word).
        column_width = self.fontMetrics().horizontalAdvance("M") * COLUMN_EMS
        for widget in self._widgets:
            widget.ensurePolished()  # the style sheet's fonts decide what each one needs
            if widget.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Ignored:
                column_width = max(column_width, widget.minimumSizeHint().width())
        self._layout.setColumnStretch(0, 0)
        for column in range(1, len(week.days) + 1):
            self._layout.setColumnStretch(column, 1)
            self._layout.setColumnMinimumWidth(column, column_width)
        self._layout.setRowStretch(len(courses) + 1, 1)  # the rows keep their height at the top
        if refocus is not None and refocus in self.add_buttons:
            self.add_buttons[refocus].setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_order(self) -> list[QWidget]:
        """The grid's controls as they read: day by day, "Add dish" and then each dish's "✕"."""
        days = sorted(set(self.add_buttons) | {day for day, _dish in self.remove_buttons})
        order: list[QWidget] = []
        for day in days:
            if day in self.add_buttons:
                order.append(self.add_buttons[day])
            order += [button for (on, _dish), button in self.remove_buttons.items() if on == day]
        return order

    def shown_dishes(self, day: date | None = None, course: Course | None = None) -> list[ShownDish]:
        return [
            shown
            for shown in self._shown
            if (day is None or shown.day == day) and (course is None or shown.course is course)
        ]

    # --- the parts ---------------------------------------------------------------------------

    def _day_head(self, day: MenuDay, can_edit: bool, language: str) -> QFrame:
        head = QFrame()
        head.setObjectName("menuDayHead")
        head.setProperty("closed", "true" if day.closed else "false")
        layout = QVBoxLayout(head)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        title = QLabel(weekday_date(day.day, language))
        title.setObjectName(f"menuDayTitle_{day.day.isoformat()}")
        title.setWordWrap(True)
        _bold(title)
        layout.addWidget(title)
        if can_edit and not day.closed:
            button = QPushButton(self.tr("Add dish…"))
            button.setObjectName(f"menuAddDish_{day.day.isoformat()}")
            button.setAccessibleName(
                self.tr("Add a dish to {day}").format(day=weekday_date(day.day, language))
            )
            button.setMinimumHeight(36)
            button.clicked.connect(lambda _checked=False, d=day.day: self.add_requested.emit(d))
            self.add_buttons[day.day] = button
            layout.addWidget(button)
        layout.addStretch(1)
        _equal_width(head)
        return head

    def _closed_block(self, day: MenuDay) -> QFrame:
        block = QFrame()
        block.setObjectName("menuClosed")
        layout = QVBoxLayout(block)
        layout.setContentsMargins(8, 12, 8, 12)
        text = self.tr("Closed: {reason}").format(reason=day.reason) if day.reason else self.tr("Closed")
        reason = QLabel(text)
        reason.setObjectName("menuClosedReason")
        reason.setWordWrap(True)
        reason.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        _bold(reason)
        layout.addWidget(reason)
        layout.addStretch(1)
        self.closed_labels[day.day] = reason
        _equal_width(block)
        return block

    def _cell(
        self,
        day: MenuDay,
        dishes: list[DishSummary],
        can_edit: bool,
        language: str,
        english: bool,
        missing_vegetarian: bool,
    ) -> QWidget:
        cell = QWidget()
        cell.setObjectName("menuCell")
        layout = QVBoxLayout(cell)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for dish in dishes:
            layout.addWidget(self._dish(day, dish, can_edit, language, english))
        layout.addStretch(1)  # the cards keep their own height in a row of taller ones
        if missing_vegetarian:
            note = QLabel(self.tr("⚠ No vegetarian main course"))
            note.setObjectName(f"menuDayNote_{day.day.isoformat()}")
            note.setWordWrap(True)
            note.setProperty("severity", "warning")
            self.day_notes[day.day] = note
            layout.insertWidget(layout.count() - 1, note)
        _equal_width(cell)
        return cell

    def _dish(self, day: MenuDay, dish: DishSummary, can_edit: bool, language: str, english: bool) -> QFrame:
        card = QFrame()
        card.setObjectName("menuDish")
        texts = QVBoxLayout(card)
        texts.setContentsMargins(6, 4, 4, 6)
        texts.setSpacing(2)
        # The name on the whole width (dish names have the longest words); below it the
        # allergens, and beside them the button that takes the dish off the day.
        row = QHBoxLayout()
        row.setSpacing(4)
        name = QLabel(dish.name_nb)
        name.setObjectName("menuDishName")
        name.setWordWrap(True)
        name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        _bold(name)
        allergens = allergen_text(dish, english)
        if dish.check_stale:
            allergens += "\n" + self.tr("⚠ Allergens not checked for a year")
        words = QLabel(allergens)
        words.setObjectName("menuAllergens")
        words.setWordWrap(True)
        words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        texts.addWidget(name)
        row.addWidget(words, 1, Qt.AlignmentFlag.AlignTop)
        texts.addLayout(row)
        if can_edit:
            remove = _RemoveButton()
            remove.setObjectName(f"menuRemove_{day.day.isoformat()}_{dish.id}")
            remove.setAccessibleName(
                self.tr("Remove {dish} from {day}").format(
                    dish=dish.name_nb, day=weekday_date(day.day, language)
                )
            )
            remove.setToolTip(remove.accessibleName())
            remove.clicked.connect(
                lambda _checked=False, d=day.day, i=dish.id, n=dish.name_nb: self.remove_requested.emit(
                    d, i, n
                )
            )
            self.remove_buttons[(day.day, dish.id)] = remove
            row.addWidget(remove, 0, Qt.AlignmentFlag.AlignBottom)
        self._shown.append(ShownDish(day.day, dish.course, dish.name_nb, allergens))
        return card

    # --- housekeeping ------------------------------------------------------------------------

    def _place(self, widget: QWidget, row: int, column: int, rows: int = 1) -> None:
        self._layout.addWidget(widget, row, column, rows, 1)
        widget.show()  # at once, not in a later turn of the event loop: the grid is whole when shown
        self._widgets.append(widget)

    def _clear(self) -> None:
        for widget in self._widgets:
            self._layout.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._widgets = []
        self.add_buttons = {}
        self.remove_buttons = {}
        self.closed_labels = {}
        self.day_notes = {}
        self._shown = []

    def _focused_day(self) -> date | None:
        """The day whose button has the keyboard focus (it is about to be rebuilt)."""
        focus = QApplication.focusWidget()
        if focus is None or not shiboken6.isValid(focus) or not self.isAncestorOf(focus):
            return None
        for (day, _dish), button in self.remove_buttons.items():
            if button is focus:
                return day
        return next((day for day, button in self.add_buttons.items() if button is focus), None)


class _RemoveButton(QToolButton):
    """ "✕": at least REMOVE_BUTTON_SIZE square, larger with larger text."""

    def __init__(self) -> None:
        super().__init__()
        self.setText("✕")

    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(QSize(REMOVE_BUTTON_SIZE, REMOVE_BUTTON_SIZE))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


def _equal_width(widget: QWidget) -> None:
    """The column's stretch, not the widget's text, decides how wide it is: five equal days."""
    policy = widget.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    widget.setSizePolicy(policy)


def _bold(label: QLabel) -> None:
    label.setProperty("strong", "true")  # the style sheet makes it bold at any font size
