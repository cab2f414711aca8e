"""Table models over database rows that load themselves page by page (Anki's lazy tables).

`LazyTableModel` shows rows of any frozen DTO type. It does not know where the rows come
from: it is given a `fetch_page(cursor) -> Page` function and a first cursor, and asks for the
next page whenever the view scrolls near the end (`canFetchMore` / `fetchMore`). The cursor is
whatever the source needs to continue: an offset, the last id seen (keyset paging), or a date
window. A page's `next_cursor` is None when there is nothing more; an empty page with a next
cursor is allowed (the model asks again at once), but the cursors must come to an end.

Pages are fetched on the GUI thread, so a page must be small enough to load in a few
milliseconds (a few hundred rows over an index). Everything heavier belongs in a task
(`ui.tasks.TaskRunner`). A failing fetch does not raise into Qt: the model stops fetching,
logs the error and emits `fetch_failed`, so the view can say so.

Columns are `Column` objects: a translated title and small functions that turn a row into
the text shown and the raw value (`Qt.UserRole`, for sorting, tests and copying).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

log = logging.getLogger(__name__)

RowT = TypeVar("RowT")
CursorT = TypeVar("CursorT")

ModelIndex = QModelIndex | QPersistentModelIndex

ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

# The role that returns a cell's raw value (an int, a date, ...), not its display text.
RawValueRole = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Column(Generic[RowT]):
    """One column of a table: how to title it and how to show a row in it.

    `title` is called whenever the header is painted, so it can return a translated text.
    `display` gives the text shown, `value` the raw value (defaults to the display text),
    `tooltip` an optional longer text. Numbers are usually right-aligned (`ALIGN_RIGHT`).
    """

    key: str
    title: Callable[[], str]
    display: Callable[[RowT], str]
    value: Callable[[RowT], object] | None = None
    alignment: Qt.AlignmentFlag = ALIGN_LEFT
    tooltip: Callable[[RowT], str] | None = None


@dataclass(frozen=True)
class Page(Generic[RowT, CursorT]):
    """One fetched page: its rows in display order, and where to continue (None: the end)."""

    rows: Sequence[RowT]
    next_cursor: CursorT | None


class LazyTableModel(QAbstractTableModel, Generic[RowT, CursorT]):
    """A read-only table that fetches its rows page by page as the view needs them."""

    fetch_failed = Signal(object)  # the exception; fetching stops until reset()
    page_fetched = Signal(int)  # rows added by the last fetch

    def __init__(
        self,
        columns: Sequence[Column[RowT]],
        fetch_page: Callable[[CursorT], Page[RowT, CursorT]] | None = None,
        first_cursor: CursorT | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns: list[Column[RowT]] = list(columns)
        self._rows: list[RowT] = []
        self._fetch_page = fetch_page
        self._cursor: CursorT | None = first_cursor if fetch_page is not None else None
        self._busy = False  # inside a fetch or a column insert: no fetching until it is over

    # --- the source --------------------------------------------------------------------------

    def reset(
        self,
        fetch_page: Callable[[CursorT], Page[RowT, CursorT]] | None,
        first_cursor: CursorT | None,
        columns: Sequence[Column[RowT]] | None = None,
    ) -> None:
        """Drop every row and start again from a new source (and optionally new columns).

        Nothing is fetched here; the view asks for the first page when it needs it.
        """
        self.beginResetModel()
        self._rows = []
        if columns is not None:
            self._columns = list(columns)
        self._fetch_page = fetch_page
        self._cursor = first_cursor if fetch_page is not None else None
        self.endResetModel()

    def fetch_all(self) -> None:
        """Fetch every remaining page (for exports and tests; a view never needs it)."""
        while self.canFetchMore():
            self.fetchMore()

    # --- columns -----------------------------------------------------------------------------

    @property
    def columns(self) -> list[Column[RowT]]:
        return list(self._columns)

    def column_index(self, key: str) -> int:
        """The position of the column with this key; -1 when there is none."""
        return next((i for i, column in enumerate(self._columns) if column.key == key), -1)

    def insert_column(self, position: int, column: Column[RowT]) -> None:
        """Add a column while rows are shown (for example one that only the data revealed)."""
        position = max(0, min(position, len(self._columns)))
        busy, self._busy = self._busy, True  # a slot reacting to the signals must not fetch now
        try:
            self.beginInsertColumns(QModelIndex(), position, position)
            self._columns.insert(position, column)
            self.endInsertColumns()
        finally:
            self._busy = busy

    # --- rows --------------------------------------------------------------------------------

    def row_at(self, row: int) -> RowT:
        return self._rows[row]

    @property
    def loaded_rows(self) -> list[RowT]:
        return list(self._rows)

    def rows_fetched(self, rows: Sequence[RowT]) -> None:
        """Hook for subclasses, called with each new page just before its rows are inserted
        (for example to add a column the new rows need)."""

    # --- QAbstractTableModel -----------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._columns):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.display(row)
        if role == RawValueRole:
            return column.value(row) if column.value is not None else column.display(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.alignment.value)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._columns):
                return None
            column = self._columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.title()
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(column.alignment.value)
            return None
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008 - Qt API
        if parent.isValid() or self._busy:
            return False
        return self._cursor is not None and self._fetch_page is not None

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008 - Qt API
        if not self.canFetchMore(parent):
            return
        assert self._fetch_page is not None and self._cursor is not None
        self._busy = True  # a slot reacting to our signals must not start a second fetch
        try:
            rows: list[RowT] = []
            # An empty page that is not the end (a window of days without guests, say) is
            # skipped here: the view only asks again after rows were inserted.
            while not rows and self._cursor is not None:
                try:
                    page = self._fetch_page(self._cursor)
                except Exception as error:
                    log.exception("Could not fetch the next rows")
                    self._cursor = None
                    self.fetch_failed.emit(error)
                    return
                self._cursor = page.next_cursor
                rows = list(page.rows)
            if rows:
                self.rows_fetched(rows)
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()
            self.page_fetched.emit(len(rows))
        finally:
            self._busy = False
