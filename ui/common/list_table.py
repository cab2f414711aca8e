"""The table of a list page over a `ListTableModel` (the dishes, the ingredients): sorted by a
click on a column title, on the raw values, one row selected at a time, and found again by id
after a reload."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ui.common.qt_models import ItemT, ListTableModel, RawValueRole
from ui.common.widgets import read_only_table


def sorting_proxy(model: ListTableModel[Any], parent: QObject) -> QSortFilterProxyModel:
    """What the table shows: the model, sorted on its raw values (numbers as numbers)."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(RawValueRole)
    return proxy


def list_table(object_name: str, accessible_name: str, proxy: QSortFilterProxyModel) -> QTableView:
    """A read-only table sorted by its first column to begin with; the columns keep the width
    the user gives them, the last one takes the rest."""
    table = read_only_table(object_name, accessible_name, proxy)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


def fit_columns(table: QTableView, max_chars: int) -> None:
    """Each column as wide as its contents, but no wider than `max_chars` characters (a long
    text is cut; its tooltip has it whole)."""
    table.resizeColumnsToContents()
    limit = table.fontMetrics().averageCharWidth() * max_chars
    header = table.horizontalHeader()
    for column in range(header.count() - 1):
        if header.sectionSize(column) > limit:
            header.resizeSection(column, limit)


def selected_item(table: QTableView, model: ListTableModel[ItemT]) -> ItemT | None:
    rows = table.selectionModel().selectedRows()
    proxy = table.model()
    if not rows or not isinstance(proxy, QSortFilterProxyModel):
        return None
    return model.row_at(proxy.mapToSource(rows[0]).row())


def select_item(table: QTableView, model: ListTableModel[Any], item_id: int) -> None:
    """Select the row of this id (if it is there) and scroll to it."""
    row = model.row_of(item_id)
    proxy = table.model()
    if row < 0 or not isinstance(proxy, QSortFilterProxyModel):
        return
    index = proxy.mapFromSource(model.index(row, 0))
    table.selectRow(index.row())
    table.scrollTo(index)
