"""The dish picker: find one of a few thousand dishes by typing a part of its name (or its
course), then Enter. The choices are read once per page (`DishService.choices`) and kept in
one model that every picker filters."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from canteen_app.canteen.dishes.rules import Course
from canteen_app.canteen.dishes.service import DishChoice
from ui.common.kitchen_words import course_name
from ui.common.widgets import TallRowDelegate

DISH_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
ROW_MIN_HEIGHT = 36


def choices_model(choices: list[DishChoice], parent: QWidget) -> QStandardItemModel:
    """One row per dish: "Fiskegrateng – Main course", its id in DISH_ID_ROLE."""
    model = QStandardItemModel(parent)
    root = model.invisibleRootItem()
    titles: dict[Course, str] = {}
    items = []
    for choice in choices:
        title = titles.get(choice.course)
        if title is None:
            title = titles[choice.course] = course_name(choice.course)
        item = QStandardItem(f"{choice.name_nb} – {title}")
        item.setData(choice.id, DISH_ID_ROLE)
        item.setEditable(False)
        items.append(item)
    root.appendRows(items)
    return model


class _SearchField(QLineEdit):
    """Up and Down move through the list below while the typing stays here."""

    moved = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}
            self.moved.emit(step[Qt.Key(event.key())])
            return
        super().keyPressEvent(event)


class DishPickerDialog(QDialog):
    picked = Signal(int)  # the chosen dish's id

    def __init__(self, day_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dishPickerDialog")
        self.setWindowTitle(self.tr("Add a dish to {day}").format(day=day_text))
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&Find a dish (type a part of its name):"))
        self.search = _SearchField()
        self.search.setObjectName("dishPickerSearch")
        self.search.setPlaceholderText(self.tr("For example: grateng"))
        self.search.setClearButtonEnabled(True)
        label.setBuddy(self.search)
        self.list = QListView()
        self.list.setObjectName("dishPickerList")
        self.list.setAccessibleName(self.tr("Dishes that match"))
        self.list.setModel(self._proxy)
        self.list.setItemDelegate(TallRowDelegate(ROW_MIN_HEIGHT, self.list))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)  # thousands of rows: no measuring each one
        self.list.setMinimumSize(420, 320)
        self.status = QLabel(self.tr("Loading the dishes…"))
        self.status.setObjectName("dishPickerStatus")
        buttons = QDialogButtonBox()
        self.add_button: QPushButton = buttons.addButton(
            self.tr("Add"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setObjectName("dishPickerAdd")
        self.add_button.setDefault(True)
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("dishPickerCancel")
        buttons.accepted.connect(self._pick)
        buttons.rejected.connect(self.reject)
        layout.addWidget(label)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._filter)
        self.search.moved.connect(self._move)
        self.search.returnPressed.connect(self._pick)
        self.list.activated.connect(lambda _index: self._pick())
        self.add_button.setEnabled(False)

    def set_choices(self, model: QStandardItemModel) -> None:
        self._proxy.setSourceModel(model)
        self._filter(self.search.text())

    def matches(self) -> list[str]:
        return [str(self._proxy.index(row, 0).data()) for row in range(self._proxy.rowCount())]

    def chosen_id(self) -> int | None:
        index = self.list.currentIndex()
        return int(index.data(DISH_ID_ROLE)) if index.isValid() else None

    def _filter(self, text: str) -> None:
        self._proxy.setFilterFixedString(text.strip())
        source = self._proxy.sourceModel()
        if source is None:
            return
        found = self._proxy.rowCount()
        self.status.setText(self.tr("Found: {found} of {total}").format(found=found, total=source.rowCount()))
        if found:
            self.list.setCurrentIndex(self._proxy.index(0, 0))
        self.add_button.setEnabled(found > 0)

    def _move(self, step: int) -> None:
        rows = self._proxy.rowCount()
        if not rows:
            return
        current = self.list.currentIndex().row()
        row = min(rows - 1, max(0, (current if current >= 0 else -1) + step))
        index = self._proxy.index(row, 0)
        self.list.setCurrentIndex(index)
        self.list.scrollTo(index)

    def _pick(self, _index: QModelIndex | QPersistentModelIndex | None = None) -> None:
        dish_id = self.chosen_id()
        if dish_id is None:
            return
        self.picked.emit(dish_id)
        self.accept()
