"""The generic lazily fetching table model, over a plain in-memory source with keyset paging.

The pages are fetched through the real operation API (off the GUI thread); the source itself
ignores the services it is handed."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from canteen_app.core.errors import DatabaseUnavailableError
from tests.gui.conftest import fetch_all, settle
from ui.common.operations import Operations
from ui.common.qt_models import ALIGN_RIGHT, Column, LazyTableModel, Page, RawValueRole


@dataclass(frozen=True)
class Item:
    id: int
    name: str
    amount: int


ITEMS = [Item(i, f"item {i}", i * 10) for i in range(1, 96)]


class Source:
    """Keyset paging: the next page starts after the last id seen. Counts its queries."""

    def __init__(self, items: list[Item], page_size: int = 20) -> None:
        self.items = items
        self.page_size = page_size
        self.queries = 0

    def __call__(self, _app: object, after_id: int) -> Page[Item, int]:
        self.queries += 1
        rows = [item for item in self.items if item.id > after_id][: self.page_size]
        more = bool(rows) and rows[-1].id < self.items[-1].id
        return Page(rows, rows[-1].id if more else None)


def fetch_more(qtbot: QtBot, model: LazyTableModel[Item, int], ops: Operations) -> None:
    """One fetchMore, as a view asks for it, and its answer."""
    model.fetchMore(QModelIndex())
    settle(qtbot, ops)


COLUMNS: list[Column[Item]] = [
    Column("name", lambda: "Name", lambda item: item.name),
    Column(
        "amount",
        lambda: "Amount",
        lambda item: f"{item.amount:,}",
        value=lambda item: item.amount,
        alignment=ALIGN_RIGHT,
        tooltip=lambda item: f"{item.amount} in all",
    ),
]


def test_fetches_page_by_page_until_the_end(qtbot: QtBot, ops: Operations) -> None:
    source = Source(ITEMS)
    model: LazyTableModel[Item, int] = LazyTableModel(ops, COLUMNS, source, 0)
    assert model.rowCount() == 0 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.is_fetching and not model.canFetchMore(QModelIndex())  # one fetch at a time
    assert model.rowCount() == 0  # the GUI thread does not wait for the rows
    settle(qtbot, ops)
    assert model.rowCount() == 20 and source.queries == 1
    fetch_all(qtbot, model, ops)
    assert model.rowCount() == len(ITEMS)
    assert not model.canFetchMore(QModelIndex())
    assert source.queries == 5
    assert [model.row_at(r) for r in range(model.rowCount())] == ITEMS


def test_cells_headers_and_roles(qtbot: QtBot, ops: Operations) -> None:
    model: LazyTableModel[Item, int] = LazyTableModel(ops, COLUMNS, Source(ITEMS), 0)
    fetch_more(qtbot, model, ops)
    index = model.index(11, 1)
    assert model.data(index) == "120"
    assert model.data(index, RawValueRole) == 120
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == "120 in all"
    assert model.data(index, Qt.ItemDataRole.TextAlignmentRole) == int(ALIGN_RIGHT.value)
    assert model.data(model.index(11, 0), RawValueRole) == "item 12"  # display text by default
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Amount"
    assert model.headerData(5, Qt.Orientation.Horizontal) is None
    assert model.column_index("amount") == 1 and model.column_index("nope") == -1
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable


def test_empty_pages_in_the_middle_are_skipped(qtbot: QtBot, ops: Operations) -> None:
    """A window without rows (days without guests, say) must not stop the scrolling."""
    windows = {3: [Item(3, "c", 3)], 2: [], 1: [], 0: [Item(0, "a", 0)]}

    def fetch(_app: object, window: int) -> Page[Item, int]:
        return Page(windows[window], window - 1 if window > 0 else None)

    model: LazyTableModel[Item, int] = LazyTableModel(ops, COLUMNS, fetch, 3)
    fetch_more(qtbot, model, ops)
    assert model.rowCount() == 1
    fetch_more(qtbot, model, ops)  # windows 2 and 1 are empty: goes on to 0
    assert model.rowCount() == 2
    assert not model.canFetchMore(QModelIndex())


def test_a_failing_source_is_reported_and_stops_fetching(qtbot: QtBot, ops: Operations) -> None:
    def broken(_app: object, _cursor: int) -> Page[Item, int]:
        raise DatabaseUnavailableError("database is locked")

    model: LazyTableModel[Item, int] = LazyTableModel(ops, COLUMNS, broken, 0)
    with qtbot.waitSignal(model.fetch_failed) as failed:
        model.fetchMore(QModelIndex())
    assert isinstance(failed.args[0], DatabaseUnavailableError)
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())


def test_reset_starts_again_and_columns_can_be_added(qtbot: QtBot, ops: Operations) -> None:
    model: LazyTableModel[Item, int] = LazyTableModel(ops, COLUMNS, Source(ITEMS), 0)
    fetch_all(qtbot, model, ops)
    with qtbot.waitSignal(model.modelReset):
        model.reset(Source(ITEMS[:5]), 0)
    assert model.rowCount() == 0
    fetch_all(qtbot, model, ops)
    assert model.rowCount() == 5
    with qtbot.waitSignal(model.columnsInserted):
        model.insert_column(1, Column("id", lambda: "Id", lambda item: str(item.id)))
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == ["Name", "Id", "Amount"]
    assert model.data(model.index(4, 1)) == "5"
    model.reset(None, None)
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())


def test_an_answer_for_the_old_source_is_dropped_after_a_reset(qtbot: QtBot, ops: Operations) -> None:
    model: LazyTableModel[Item, int] = LazyTableModel(ops, COLUMNS, Source(ITEMS), 0)
    model.fetchMore(QModelIndex())
    model.reset(Source(ITEMS[:3]), 0)  # before the first answer arrives
    settle(qtbot, ops)
    assert model.rowCount() == 0  # the 20 rows of the old source never show
    fetch_all(qtbot, model, ops)
    assert [item.id for item in model.loaded_rows] == [1, 2, 3]


def test_a_view_fetches_as_it_scrolls(qtbot: QtBot, ops: Operations) -> None:
    source = Source(ITEMS, page_size=10)
    model: LazyTableModel[Item, int] = LazyTableModel(ops, COLUMNS, source, 0)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(300, 200)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: model.rowCount() >= 10)
    shown = model.rowCount()
    assert shown < len(ITEMS)
    while not model.at_end:
        with qtbot.waitSignal(model.page_fetched):
            view.scrollToBottom()
    assert model.rowCount() == len(ITEMS)


@pytest.mark.parametrize("fetched", [0, 1, 3])
def test_passes_the_model_tester(qtbot: QtBot, ops: Operations, qtmodeltester: object, fetched: int) -> None:
    model: LazyTableModel[Item, int] = LazyTableModel(ops, COLUMNS, Source(ITEMS), 0)
    for _ in range(fetched):
        fetch_more(qtbot, model, ops)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.insert_column(0, Column("id", lambda: "Id", lambda item: str(item.id)))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
