"""Small widgets shared by the views."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from canteen_app.core.errors import DomainError
from canteen_app.platform.auth.rules import MAX_SECRET_LENGTH

WidgetT = TypeVar("WidgetT", bound=QWidget)


class FieldMessage(QLabel):
    """The message shown next to a field: an error (red) or a warning (amber)."""

    def __init__(self, field_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{field_name}Message")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clear_message()

    def show_error(self, text: str) -> None:
        self._show(text, "error")

    def show_warning(self, text: str) -> None:
        self._show(text, "warning")

    def show_domain_error(self, error: DomainError) -> None:
        """A rule the user ran into, as one message here (its field messages joined)."""
        from ui.common.forms import FormErrors

        FormErrors(self).show(error)

    def clear_message(self) -> None:
        self.setText("")
        self.setProperty("severity", "")
        self.setVisible(False)

    @property
    def severity(self) -> str:
        return str(self.property("severity") or "")

    def _show(self, text: str, severity: str) -> None:
        self.setText(text)
        self.setProperty("severity", severity)
        self.setAccessibleDescription(text)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setVisible(True)


def read_only_table(object_name: str, accessible_name: str, model: QAbstractItemModel) -> QTableView:
    """A list-like table: whole rows selected, no editing, no row numbers, striped rows.

    Tab leaves the table for the next control (the arrow keys move between rows), so a table
    never traps the keyboard."""
    table = QTableView()
    table.setObjectName(object_name)
    table.setAccessibleName(accessible_name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setHighlightSections(False)
    return table


def search_edit(object_name: str, placeholder: str, accessible_name: str) -> QLineEdit:
    """A list's search field: a button that clears it, and tall enough to tap."""
    edit = QLineEdit()
    edit.setObjectName(object_name)
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(accessible_name)
    edit.setClearButtonEnabled(True)
    edit.setMinimumHeight(40)
    return edit


def single_shot(parent: QObject, interval_ms: int, slot: Callable[[], object]) -> QTimer:
    """A timer that calls `slot` once, `interval_ms` after its last `start()`: typing waits for
    a pause before the work it asks for."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval_ms)
    timer.timeout.connect(slot)
    return timer


def on_screen(widget: WidgetT | None) -> WidgetT | None:
    """The widget while it is shown; None once it was closed (and deleted) or hidden."""
    if widget is not None and shiboken6.isValid(widget) and widget.isVisible():
        return widget
    return None


def pin_validator(parent: QObject) -> QRegularExpressionValidator:
    """Digits only, no more than a PIN may have: what the login's keypad can type."""
    pattern = QRegularExpression(f"[0-9]{{0,{MAX_SECRET_LENGTH}}}")
    return QRegularExpressionValidator(pattern, parent)


class TallRowDelegate(QStyledItemDelegate):
    """Rows at least `min_height` pixels high: a finger hits the right one on a touch screen."""

    def __init__(self, min_height: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._min_height = min_height

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return size.expandedTo(QSize(0, self._min_height))


def action_button(name: str, text: str, slot: Callable[[], object], min_height: int = 48) -> QPushButton:
    """A push button that does one thing, named for tests and tall enough to tap."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setMinimumHeight(min_height)
    button.clicked.connect(slot)
    return button


def touch_combo(combo: QComboBox, min_height: int = 48) -> QComboBox:
    """A combo box whose drop-down rows are at least `min_height` pixels high."""
    view = QListView(combo)
    view.setItemDelegate(TallRowDelegate(min_height, view))
    combo.setView(view)
    combo.setMinimumHeight(min_height)
    return combo


class DateEdit(QDateEdit):
    """A date field that Tab leaves at once, like every other field. (Qt's own first steps Tab
    through the day, month and year; here typing and the arrow keys move between them.)"""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class WideListComboBox(QComboBox):
    """A combo box whose drop-down list is as wide as its longest choice, even when the field
    itself is narrower (large text, a small screen)."""

    def showPopup(self) -> None:
        view = self.view()
        view.setMinimumWidth(max(self.width(), view.sizeHintForColumn(0) + 2 * view.frameWidth() + 24))
        super().showPopup()
