"""Helpers for the GUI tests of the kitchen's list pages (dishes, ingredients): show the page,
read its rows and cells, open a row's form, and take pictures once the layout has settled."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol, TypeVar

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QApplication, QTableView, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.conftest import save_screenshot as _save_screenshot

DialogT = TypeVar("DialogT")
DialogT_co = TypeVar("DialogT_co", covariant=True)


class _Columns(Protocol):
    def column_of(self, key: str) -> int: ...


class ListPage(Protocol[DialogT_co]):
    """A page with a sorted list of named rows (first column: the name) and a form per row."""

    @property
    def proxy(self) -> QAbstractItemModel: ...

    @property
    def model(self) -> _Columns: ...

    @property
    def table(self) -> QTableView: ...

    @property
    def is_loading(self) -> bool: ...

    @property
    def dialog(self) -> DialogT_co | None: ...


PageT = TypeVar("PageT", bound=QWidget)


def show_page(qtbot: QtBot, page: PageT, size: tuple[int, int]) -> PageT:
    """The page in a window of this size, once its list has loaded."""
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    qtbot.waitUntil(lambda: not page.is_loading)  # type: ignore[attr-defined]
    return page


def names(view: ListPage[object]) -> list[str]:
    """The names in the list, in the order shown."""
    proxy = view.proxy
    return [proxy.data(proxy.index(row, 0)) for row in range(proxy.rowCount())]


def cell(view: ListPage[object], name: str, key: str, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    """The cell in the row of `name` and the column of `key`."""
    proxy = view.proxy
    row = names(view).index(name)
    return proxy.data(proxy.index(row, view.model.column_of(key)), role)


def open_row(qtbot: QtBot, view: ListPage[DialogT], name: str) -> DialogT:
    """Double-click the row, as a person would, and wait for its form."""
    row = names(view).index(name)
    point = view.table.visualRect(view.proxy.index(row, 0)).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: view.dialog is not None)
    dialog = view.dialog
    assert dialog is not None
    return dialog


def save_screenshot(widget: QWidget, name: str) -> Path:
    """The picture once the layout has followed the last change."""
    QApplication.processEvents()
    QApplication.sendPostedEvents()
    return _save_screenshot(widget, name)
