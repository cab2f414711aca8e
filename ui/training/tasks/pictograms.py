"""The task library's pictograms on screen: drawn from their SVG (sharp at any size and text
scale), and the chooser that shows them large, by group, with a search by name."""

from __future__ import annotations

import functools

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from canteen_app.training.tasks.pictograms import CREDIT, GROUPS, PICTOGRAMS, Pictogram, pictogram
from ui.common.widgets import search_edit

CHOOSER_ICON = 96  # pixels: large enough to tell the drawings apart at a glance
COLUMNS = 6


@functools.cache
def pictogram_pixmap(key: str, size: int) -> QPixmap:
    """The pictogram drawn `size` pixels square on white (an empty white square for a key this
    version does not ship)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor("white"))
    found = pictogram(key)
    if found is not None and found.svg_path.exists():
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        QSvgRenderer(str(found.svg_path)).render(painter, QRectF(2, 2, size - 4, size - 4))
        painter.end()
    return pixmap


def pictogram_icon(key: str, size: int) -> QIcon:
    return QIcon(pictogram_pixmap(key, size))


def pictogram_name(key: str, language: str) -> str:
    found = pictogram(key)
    return found.name(language) if found is not None else key


class PictogramChooser(QDialog):
    """Every pictogram, large, in its group; a search by name narrows them. Choosing one (click,
    or Enter on the focused one) closes the dialog with `chosen` set."""

    def __init__(self, language: str, current: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pictogramChooser")
        self.setWindowTitle(self.tr("Choose a pictogram"))
        self._language = language
        self.chosen: str | None = None
        self.buttons: dict[str, QToolButton] = {}
        layout = QVBoxLayout(self)
        self.search = search_edit(
            "pictogramSearch", self.tr("Search by name, e.g. knife"), self.tr("Search the pictograms")
        )
        self.search.textChanged.connect(self._filter)
        layout.addWidget(self.search)
        content = QWidget()
        grid = QVBoxLayout(content)
        self._group_labels: dict[str, QLabel] = {}
        self._group_grids: dict[str, list[Pictogram]] = {}
        for group in GROUPS:
            label = QLabel(f"<b>{group.name(language)}</b>")
            label.setObjectName(f"pictogramGroup_{group.key}")
            self._group_labels[group.key] = label
            grid.addWidget(label)
            cells = QGridLayout()
            members = [p for p in PICTOGRAMS if p.group == group.key]
            self._group_grids[group.key] = members
            for index, item in enumerate(members):
                cells.addWidget(self._button(item, current), index // COLUMNS, index % COLUMNS)
            grid.addLayout(cells)
        grid.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("pictogramScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout.addWidget(scroll, 1)
        credit = QLabel(self.tr("Pictograms: {credit}").format(credit=CREDIT))
        credit.setObjectName("pictogramCredit")
        credit.setWordWrap(True)
        layout.addWidget(credit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(content.sizeHint().width() + 60, 640)
        if current in self.buttons:
            self.buttons[current].setFocus()

    def _button(self, item: Pictogram, current: str | None) -> QToolButton:
        button = QToolButton()
        button.setObjectName(f"pictogram_{item.key}")
        name = item.name(self._language)
        button.setText(name)
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.setIcon(pictogram_icon(item.key, CHOOSER_ICON))
        button.setIconSize(QSize(CHOOSER_ICON, CHOOSER_ICON))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        button.setCheckable(True)
        button.setChecked(item.key == current)
        button.setAutoRaise(True)
        button.setMinimumSize(CHOOSER_ICON + 24, CHOOSER_ICON + 36)
        button.clicked.connect(lambda _checked=False, key=item.key: self.choose(key))
        self.buttons[item.key] = button
        return button

    def choose(self, key: str) -> None:
        self.chosen = key
        self.accept()

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for group, members in self._group_grids.items():
            shown = 0
            for item in members:
                names = f"{item.name_nb} {item.name_en} {item.key}".casefold()
                visible = all(word in names for word in words)
                self.buttons[item.key].setVisible(visible)
                shown += visible
            self._group_labels[group].setVisible(shown > 0)

    def visible_keys(self) -> list[str]:
        return [key for key, button in self.buttons.items() if not button.isHidden()]
