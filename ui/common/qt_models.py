"""Table models over database rows that load themselves lazily (Anki's lazy tables), both
fetching through the operation API (`ui.common.operations`), never on the GUI thread.

`LazyTableModel` pages through a source by cursor: `fetch_page(app, cursor) -> Page`, with a
first cursor. The cursor is whatever the source needs to continue: an offset, the last id seen
(keyset paging), or a window of days. A page's `next_cursor` is None when there is nothing
more; an empty page with a next cursor is skipped over in the same worker (a window of days
without guests), but the cursors must come to an end. It shows rows of any frozen DTO type
through `Column` objects, and emits `page_fetched` after each page and `fetch_failed` when a
fetch fails (then it stops fetching until `reset`).

`PagedTableModel` pages by (offset, limit) over rows with an `id`, with a row count: the count
and the first page load together on `reload()`, then one page per `fetchMore`. Its source is a
`PageSource`; answers to an outdated `reload()` are dropped, and it reports `loading_changed`,
`total_changed` and `load_failed`. Subclasses give the columns (`columnCount`, `data`,
`headerData`).

`Column` objects (for `LazyTableModel`) hold a translated title and small functions that turn a
row into the text shown and the raw value (`Qt.UserRole`, for sorting, tests and copying).

`ListTableModel` holds a short list the service gives whole (the dishes, the ingredients), in
the service's order; the view sorts it through a proxy on the raw values of its `ListColumn`s.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from canteen_app.app import AppServices
from canteen_app.core.errors import DomainError
from ui.common.formatting import WARNING_COLOUR
from ui.common.operations import Operations

log = logging.getLogger(__name__)

RowT = TypeVar("RowT")
CursorT = TypeVar("CursorT")

ModelIndex = QModelIndex | QPersistentModelIndex

ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

# The role that returns a cell's raw value (an int, a date, ...), not its display text.
RawValueRole = Qt.ItemDataRole.UserRole

# Rows per page of a `PagedTableModel`, unless its owner asks for another size.
PAGE_SIZE = 100


# --- by cursor ------------------------------------------------------------------------------------


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
    """A read-only table that fetches its rows page by page, off the GUI thread, as the view
    scrolls."""

    fetch_failed = Signal(object)  # the exception; fetching stops until reset()
    page_fetched = Signal(int)  # rows added by the last fetch

    def __init__(
        self,
        ops: Operations,
        columns: Sequence[Column[RowT]],
        fetch_page: Callable[[AppServices, CursorT], Page[RowT, CursorT]] | None = None,
        first_cursor: CursorT | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._columns: list[Column[RowT]] = list(columns)
        self._rows: list[RowT] = []
        self._fetch_page = fetch_page
        self._cursor: CursorT | None = first_cursor if fetch_page is not None else None
        self._fetching = False
        self._generation = 0  # bumps on reset(); answers for an older source are dropped
        self._inserting_column = False

    # --- the source --------------------------------------------------------------------------

    def reset(
        self,
        fetch_page: Callable[[AppServices, CursorT], Page[RowT, CursorT]] | None,
        first_cursor: CursorT | None,
        columns: Sequence[Column[RowT]] | None = None,
    ) -> None:
        """Drop every row and start again from a new source (and optionally new columns).

        Nothing is fetched here; the view asks for the first page when it needs it.
        """
        self.beginResetModel()
        self._generation += 1
        self._fetching = False
        self._rows = []
        if columns is not None:
            self._columns = list(columns)
        self._fetch_page = fetch_page
        self._cursor = first_cursor if fetch_page is not None else None
        self.endResetModel()

    @property
    def is_fetching(self) -> bool:
        return self._fetching

    @property
    def at_end(self) -> bool:
        """Every row of the source is loaded (or fetching stopped after a failure)."""
        return self._cursor is None and not self._fetching

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
        inserting, self._inserting_column = self._inserting_column, True  # no fetch from a slot now
        try:
            self.beginInsertColumns(QModelIndex(), position, position)
            self._columns.insert(position, column)
            self.endInsertColumns()
        finally:
            self._inserting_column = inserting

    # --- rows --------------------------------------------------------------------------------

    def row_at(self, row: int) -> RowT:
        return self._rows[row]

    @property
    def loaded_rows(self) -> list[RowT]:
        return list(self._rows)

    def rows_fetched(self, page: Page[RowT, CursorT]) -> None:
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
        if parent.isValid() or self._fetching or self._inserting_column:
            return False
        return self._cursor is not None and self._fetch_page is not None

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008 - Qt API
        if not self.canFetchMore(parent):
            return
        assert self._fetch_page is not None and self._cursor is not None
        fetch, cursor, generation = self._fetch_page, self._cursor, self._generation
        self._fetching = True
        self._ops.read(
            self,
            lambda app: _first_rows(app, fetch, cursor),
            done=lambda page: self._on_page(generation, page),
            errors=lambda error: self._on_failed(generation, error),
        )

    def _on_page(self, generation: int, page: Page[RowT, CursorT]) -> None:
        if generation != self._generation:
            return  # reset meanwhile
        self._fetching = False
        self._cursor = page.next_cursor
        rows = list(page.rows)
        if rows:
            self.rows_fetched(page)
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.page_fetched.emit(len(rows))

    def _on_failed(self, generation: int, error: DomainError) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._cursor = None
        self.fetch_failed.emit(error)


def _first_rows(
    app: AppServices, fetch: Callable[[AppServices, CursorT], Page[RowT, CursorT]], cursor: CursorT
) -> Page[RowT, CursorT]:
    """The next page that has rows, or the last page (runs in the worker)."""
    page = fetch(app, cursor)
    while not page.rows and page.next_cursor is not None:
        page = fetch(app, page.next_cursor)
    return page


# --- by offset, with a count ----------------------------------------------------------------------


@dataclass(frozen=True)
class PageSource:
    """Where a paged model gets its rows. Both callables run in a worker thread, so they must
    only use the services and values captured when the source was made, never the model or
    any widget. `writes`: reading a page writes too (an audited list), so the pages are
    fetched in write transactions."""

    count: Callable[[AppServices], int]
    page: Callable[[AppServices, int, int], Sequence[Any]]  # (app, offset, limit) -> rows with an `id`
    writes: bool = False


class PagedTableModel(QAbstractTableModel):
    """A read-only table over service rows, fetched a page at a time through the operations.

    `reload()` reads the count and the first page; the view then asks for more with
    `canFetchMore`/`fetchMore` as the user scrolls. Answers that arrive after a newer
    `reload()` (a changed search, say) are dropped. Subclasses give `source()`,
    `columnCount()`, `data()` and `headerData()`.
    """

    loading_changed = Signal(bool)
    total_changed = Signal(int)
    load_failed = Signal(object)  # the exception; the view decides how to show it

    def __init__(self, ops: Operations, page_size: int = PAGE_SIZE, parent: Any = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._page_size = max(1, page_size)
        self._rows: list[Any] = []
        self._ids: set[object] = set()
        self._total = 0
        self._generation = 0
        self._busy = False
        self._loaded = False
        self._page_failed = False
        self._source: PageSource | None = None

    # --- for subclasses ------------------------------------------------------------------------

    def source(self) -> PageSource:
        raise NotImplementedError

    # --- public --------------------------------------------------------------------------------

    @property
    def total(self) -> int:
        """How many rows the database holds for the current query (as of the last reload)."""
        return self._total

    @property
    def is_loading(self) -> bool:
        return self._busy

    @property
    def is_loaded(self) -> bool:
        return self._loaded

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, row_id: object) -> int:
        """The row number of an id among the rows fetched so far, or -1."""
        return next((number for number, item in enumerate(self._rows) if item.id == row_id), -1)

    def reload(self) -> None:
        """Start again from the first page (new search, data changed, refresh button)."""
        self._generation += 1
        generation = self._generation
        source = self.source()
        self._source = source
        self._page_failed = False
        limit = self._page_size

        def first_page(app: AppServices) -> tuple[int, list[Any]]:
            return source.count(app), list(source.page(app, 0, limit))

        self._set_busy(True)
        self._run(
            source,
            first_page,
            lambda result: self._on_reloaded(generation, result),
            lambda error: self._on_failed(generation, error, first_page=True),
        )

    def _run(
        self,
        source: PageSource,
        action: Callable[[AppServices], Any],
        done: Callable[[Any], None],
        failed: Callable[[DomainError], None],
    ) -> None:
        run = self._ops.write if source.writes else self._ops.read
        run(self, action, done, failed)

    def stop(self) -> None:
        """Ignore every answer still on its way (the view is going away)."""
        self._generation += 1
        self._set_busy(False)

    # --- Qt model API --------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return (
            not parent.isValid()
            and self._loaded
            and not self._busy
            and not self._page_failed
            and len(self._rows) < self._total
        )

    def fetchMore(self, parent: ModelIndex) -> None:
        if not self.canFetchMore(parent) or self._source is None:
            return
        generation = self._generation
        source = self._source
        offset = len(self._rows)
        limit = self._page_size
        self._set_busy(True)
        self._run(
            source,
            lambda app: list(source.page(app, offset, limit)),
            lambda rows: self._on_page(generation, offset, rows),
            lambda error: self._on_failed(generation, error, first_page=False),
        )

    # --- answers from the worker ---------------------------------------------------------------

    def _current(self, generation: int) -> bool:
        return generation == self._generation

    def _on_reloaded(self, generation: int, result: tuple[int, list[Any]]) -> None:
        if not self._current(generation):
            return
        total, rows = result
        self.beginResetModel()
        self._rows = rows
        self._ids = {row.id for row in rows}
        self._total = max(total, len(rows))
        self._loaded = True
        self.endResetModel()
        self._set_busy(False)
        self.total_changed.emit(self._total)

    def _on_page(self, generation: int, offset: int, rows: list[Any]) -> None:
        if not self._current(generation):
            return
        self._set_busy(False)
        if offset != len(self._rows):
            return  # cannot happen while answers are matched to their generation
        new = [row for row in rows if row.id not in self._ids]  # rows shift if others insert
        old_total = self._total
        if len(rows) < self._page_size:
            self._total = len(self._rows) + len(new)  # the end: trust what is really there
        if new:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self._rows.extend(new)
            self._ids.update(row.id for row in new)
            self.endInsertRows()
        self._total = max(self._total, len(self._rows))
        if self._total != old_total:
            self.total_changed.emit(self._total)

    def _on_failed(self, generation: int, error: DomainError, first_page: bool) -> None:
        if not self._current(generation):
            return
        self._set_busy(False)
        if not first_page:
            self._page_failed = True  # no retry loop; the next reload tries again
        self.load_failed.emit(error)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.loading_changed.emit(busy)


# --- a whole list, in the service's order -----------------------------------------------------------


class HasId(Protocol):
    @property
    def id(self) -> int: ...


ItemT = TypeVar("ItemT", bound=HasId)


@dataclass(frozen=True)
class ListColumn(Generic[ItemT]):
    """One column of a `ListTableModel`: its key, its title (the English source text,
    translated in the model's context), the text shown, the sort value (from the row's place
    in the service's order and the row), and the alignment."""

    key: str
    title: str
    display: Callable[[ItemT], str]
    sort_value: Callable[[int, ItemT], object]
    alignment: Qt.AlignmentFlag = ALIGN_LEFT


class ListTableModel(QAbstractTableModel, Generic[ItemT]):
    """A read-only table over a list of rows with an `id`, in the order the service gave.

    Subclasses may add tooltips (`tooltip`) and colours or icons (`look`)."""

    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(
        self, columns: Sequence[ListColumn[ItemT]], context: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._context = context  # the translation context of the column titles
        self._rows: list[ItemT] = []
        self._warning_icon: QIcon | None = None

    def set_rows(self, rows: Sequence[ItemT]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    @property
    def rows(self) -> list[ItemT]:
        return list(self._rows)

    def row_at(self, row: int) -> ItemT:
        return self._rows[row]

    def row_of(self, item_id: int) -> int:
        """The row of the item with this id; -1 when there is none."""
        return next((n for n, item in enumerate(self._rows) if item.id == item_id), -1)

    def column_of(self, key: str) -> int:
        return next(n for n, column in enumerate(self._columns) if column.key == key)

    def display(self, key: str, item: ItemT) -> str:
        """The text a row shows in the column with this key."""
        return self._columns[self.column_of(key)].display(item)

    # --- for subclasses ------------------------------------------------------------------------

    def tooltip(self, key: str, item: ItemT) -> str | None:
        return None

    def look(self, key: str, item: ItemT, role: int) -> Any:
        """The cell's other roles: colours, icons."""
        return None

    def warning_look(self, role: int) -> Any:
        """Amber text and a warning sign, besides the words that say it."""
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(WARNING_COLOUR))
        if role == Qt.ItemDataRole.DecorationRole:
            if self._warning_icon is None:
                style = QApplication.style()
                self._warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return self._warning_icon
        return None

    # --- QAbstractTableModel -------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item = self._rows[index.row()]
        column = self._columns[index.column()]
        value: Any
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            value = column.display(item)
        elif role == RawValueRole:
            value = column.sort_value(index.row(), item)
        elif role == self.IdRole:
            value = item.id
        elif role == Qt.ItemDataRole.TextAlignmentRole:
            value = int(column.alignment.value)
        elif role == Qt.ItemDataRole.ToolTipRole:
            value = self.tooltip(column.key, item)
        else:
            value = self.look(column.key, item, role)
        return value

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self._context, self._columns[section].title)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self._columns[section].alignment.value)
        return None
