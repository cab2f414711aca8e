"""Today's menu on the kiosk: each dish with its allergens in words, large enough to read from
two metres (the sizes are the theme's: dish names 1.6x the base font, allergens 1.3x).

The menu is read and put into words in the operation's worker (`read_todays_menu`), where the
services, and with them the kitchen's modules, are loaded: the kiosk's first look imports
none of them. A day without a menu, or a closed day, is one calm line under the date instead
of an empty panel, so the counting buttons keep the whole width.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QScroller, QVBoxLayout, QWidget

from canteen_app.core.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # loaded with the services, never on the way to the first look
    from canteen_app.access import Actor
    from canteen_app.app import AppServices

# The same words as the menu page's rows ("courses" context), by the core's course codes.
COURSE_TITLES: dict[str, str] = {
    "main": QT_TRANSLATE_NOOP("courses", "Main course"),
    "vegetarian_main": QT_TRANSLATE_NOOP("courses", "Vegetarian"),
    "soup": QT_TRANSLATE_NOOP("courses", "Soup"),
    "salad": QT_TRANSLATE_NOOP("courses", "Salad"),
    "dessert": QT_TRANSLATE_NOOP("courses", "Dessert"),
    "bread": QT_TRANSLATE_NOOP("courses", "Bread and spreads"),
    "other": QT_TRANSLATE_NOOP("courses", "Other"),
}
# Changes that can alter today's menu (the keys of canteen_app's menus, dishes, ingredients
# and calendar; written out so that the first look does not import those features).
MENU_CHANGES = ("canteen.menus", "canteen.dishes", "canteen.ingredients", "canteen.calendar")


@dataclass(frozen=True)
class MenuLine:
    """One dish as the kiosk shows it: words only, made in the worker."""

    course: str  # the core's Course value
    name: str
    allergens: str  # "gluten (hvete), melk"; "" for none
    may_contain: str


@dataclass(frozen=True)
class TodaysMenu:
    day: date
    weekday: bool  # the canteen's calendar covers Monday to Friday
    closed: bool
    reason: str | None
    lines: tuple[MenuLine, ...]


def read_todays_menu(app: AppServices, actor: Actor, day: date, language: str) -> TodaysMenu:
    """In the worker: the day's menu in the kiosk's language, ready to show."""
    from canteen_app.canteen.ingredients.allergens import words

    english = language == "en"
    found = app.menus.days(actor, day, day, english)
    if not found:
        return TodaysMenu(day, weekday=False, closed=False, reason=None, lines=())
    menu = found[0]
    lines = tuple(
        MenuLine(
            course=dish.course.value,
            name=(dish.name_en or dish.name_nb) if english else dish.name_nb,
            allergens=words(dish.allergens.contains, english),
            may_contain=words(dish.allergens.may_contain, english),
        )
        for dish in menu.dishes
    )
    return TodaysMenu(day, weekday=True, closed=menu.closed, reason=menu.reason, lines=lines)


def course_title(course: str) -> str:
    return QCoreApplication.translate("courses", COURSE_TITLES.get(course, COURSE_TITLES["other"]))


def note_text(menu: TodaysMenu) -> str:
    """The one line under the date when there is no menu to show; "" when there is."""
    if menu.closed:
        return QCoreApplication.translate("KioskMenu", "The canteen is closed today: {reason}").format(
            reason=menu.reason or ""
        )
    if not menu.weekday:
        return QCoreApplication.translate("KioskMenu", "The canteen is closed at the weekend")
    if not menu.lines:
        return QCoreApplication.translate("KioskMenu", "No menu entered for today")
    return ""


class TodayMenuPanel(QFrame):
    """The panel beside the counting buttons: "Today's menu" and each dish, course by course."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskMenu")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 8, 12)
        layout.setSpacing(6)
        self.title = QLabel(self.tr("Today's menu"))
        self.title.setObjectName("kioskMenuTitle")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("kioskMenuScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Read-only text: Tab goes from button to button; a finger drags a long menu.
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        QScroller.grabGesture(
            self.scroll_area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture
        )
        self._content = QWidget()
        self._content.setObjectName("kioskMenuContent")
        self._lines = QVBoxLayout(self._content)
        self._lines.setContentsMargins(0, 0, 8, 0)
        self._lines.setSpacing(2)
        self.scroll_area.setWidget(self._content)
        layout.addWidget(self.scroll_area, 1)
        # Said in words when the menu goes on below the panel's edge, not only by the bar.
        self.more = QLabel(self.tr("▼ More below: drag the menu up"))
        self.more.setObjectName("kioskMenuMore")
        self.more.setWordWrap(True)
        self.more.hide()
        layout.addWidget(self.more)
        bar = self.scroll_area.verticalScrollBar()
        bar.rangeChanged.connect(self._update_more)
        bar.valueChanged.connect(self._update_more)
        self._labels: list[QLabel] = []
        self._shown: tuple[MenuLine, ...] = ()

    def show_menu(self, lines: tuple[MenuLine, ...]) -> None:
        if lines == self._shown:
            return
        self._shown = lines
        for label in self._labels:
            self._lines.removeWidget(label)
            label.deleteLater()
        self._labels = []
        while self._lines.count():  # the stretch and spacing of the last menu
            self._lines.takeAt(0)
        course = None
        for line in lines:
            if line.course != course:
                course = line.course
                if self._labels:
                    self._lines.addSpacing(10)
                self._add(course_title(course), "kioskMenuCourse")
            self._add(line.name, "kioskMenuDish")
            allergens = (
                self.tr("Allergens: {words}").format(words=line.allergens)
                if line.allergens
                else self.tr("None of the 14 allergens")
            )
            self._add(allergens, "kioskMenuAllergens")
            if line.may_contain:
                self._add(
                    self.tr("May contain traces of: {words}").format(words=line.may_contain),
                    "kioskMenuAllergens",
                )
        self._lines.addStretch(1)

    def _update_more(self, *_args: object) -> None:
        bar = self.scroll_area.verticalScrollBar()
        self.more.setVisible(bar.value() < bar.maximum())

    def shown_lines(self) -> tuple[MenuLine, ...]:
        return self._shown

    def labels(self, name: str | None = None) -> list[QLabel]:
        return [label for label in self._labels if name is None or label.objectName() == name]

    def _add(self, text: str, name: str) -> None:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        self._lines.addWidget(label)
        self._labels.append(label)
