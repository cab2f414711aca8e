"""The participant register (T1): a searchable list and the dialog to create and edit entries.

Privacy (GDPR art. 9): the list shows what the role may see and no more. The canteen manager
gets a one-column list of names; the "new" button and opening a participant do not exist for
that role. Opening a participant goes through `ParticipantService.get`, which writes the "view"
audit entry, and the dialog only ever receives the `ParticipantDetails` it returns.

All database work runs in the task runner; the list fetches one page at a time as the user
scrolls, so a long register never blocks the window.

Two people editing the same participant never overwrite each other silently: a save against
an old version raises `ConcurrencyError`, and the conflict dialog lists what differs and lets
the user keep their version, take the other one, or go back to editing with nothing lost.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from canteen_app.domain.errors import ConcurrencyError, DomainError, NotFoundError, ValidationError
from canteen_app.domain.nav import LANGUAGE_ENDONYMS, MEASURE_RULES, Language, NavMeasure
from canteen_app.domain.participants import ParticipantInput
from canteen_app.domain.roles import Permission, Role
from canteen_app.domain.text import Message
from canteen_app.services.dto import ParticipantDetails, ParticipantRow, UserInfo
from ui.context import UiContext
from ui.i18n import message_text
from ui.tasks import TaskRunner
from ui.widgets import FieldMessage

log = logging.getLogger(__name__)

PAGE_SIZE = 100
SEARCH_DEBOUNCE_MS = 250
VALIDATE_DEBOUNCE_MS = 150
ENDING_SOON_DAYS = 30
WARNING_COLOUR = "#8d5a00"  # the amber of QLabel[severity="warning"] in the theme
OVERDUE_COLOUR = "#b71c1c"  # the red of QLabel[severity="error"]
HINT_COLOUR = "#546e7a"
DIALOG_MIN_WIDTH = 900
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
CONFLICT_VALUE_CHARS = 160  # longer texts are cut in the summary; the details show them whole

# The order of the fields in the dialog, in the conflict list and in the tests.
FIELDS: tuple[str, ...] = (
    "first_name",
    "last_name",
    "phone",
    "email",
    "preferred_language",
    "nav_measure",
    "measure_start",
    "measure_planned_end",
    "participation_percent",
    "nav_contact",
    "coach_id",
    "support_needs",
)


# --- words shared by the list, the dialog and the audit log -----------------------------------


def field_label(field_name: str) -> str:
    """The user's word for a participant field (also used for the audit log's details)."""
    labels = {
        "first_name": QCoreApplication.translate("ParticipantFields", "First name"),
        "last_name": QCoreApplication.translate("ParticipantFields", "Last name"),
        "phone": QCoreApplication.translate("ParticipantFields", "Phone"),
        "email": QCoreApplication.translate("ParticipantFields", "E-mail"),
        "preferred_language": QCoreApplication.translate("ParticipantFields", "Preferred language"),
        "nav_measure": QCoreApplication.translate("ParticipantFields", "NAV measure"),
        "measure_start": QCoreApplication.translate("ParticipantFields", "Measure start"),
        "measure_planned_end": QCoreApplication.translate("ParticipantFields", "Planned end"),
        "participation_percent": QCoreApplication.translate("ParticipantFields", "Participation"),
        "nav_contact": QCoreApplication.translate("ParticipantFields", "NAV contact"),
        "coach_id": QCoreApplication.translate("ParticipantFields", "Job coach"),
        "support_needs": QCoreApplication.translate("ParticipantFields", "Support needs"),
    }
    return labels.get(field_name, field_name)


def measure_name(code: str | None) -> str:
    """The Norwegian name NAV uses for a measure (a proper noun, never translated)."""
    if not code:
        return ""
    try:
        return MEASURE_RULES[NavMeasure(code)].name
    except ValueError:
        return code


def measure_limit_note(code: str | None) -> str:
    try:
        rule = MEASURE_RULES[NavMeasure(code or "")]
    except ValueError:
        return ""
    return QCoreApplication.translate("nav", rule.limit_note)


def language_name(code: str | None) -> str:
    if not code:
        return ""
    try:
        return LANGUAGE_ENDONYMS[Language(code)]
    except ValueError:
        return code


def quiet(label: QLabel) -> QLabel:
    """Hint text: a calmer colour than the field's own text, still easy to read (about 5:1)."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(HINT_COLOUR))
    label.setPalette(palette)
    return label


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def format_date(value: date | None) -> str:
    return QLocale().toString(to_qdate(value), QLocale.FormatType.ShortFormat) if value else ""


def local_datetime(value: datetime) -> QDateTime:
    """A stored time (aware UTC; naive is taken as UTC) as this PC's local time."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return QDateTime.fromMSecsSinceEpoch(round(value.timestamp() * 1000)).toLocalTime()


def format_datetime(value: datetime) -> str:
    return QLocale().toString(local_datetime(value), QLocale.FormatType.ShortFormat)


# --- a table model that fetches its rows page by page, off the GUI thread -----------------------


@dataclass(frozen=True)
class PageSource:
    """Where a paged model gets its rows. Both callables run in a worker thread, so they must
    only use values captured when the source was made, never the model or any widget."""

    count: Callable[[], int]
    page: Callable[[int, int], Sequence[Any]]  # (offset, limit) -> rows with an `id`


class PagedTableModel(QAbstractTableModel):
    """A read-only table over service rows, fetched a page at a time in the task runner.

    `reload()` reads the count and the first page; the view then asks for more with
    `canFetchMore`/`fetchMore` as the user scrolls. Answers that arrive after a newer
    `reload()` (a changed search, say) are dropped. Subclasses give `source()`,
    `columnCount()`, `data()` and `headerData()`.
    """

    loading_changed = Signal(bool)
    total_changed = Signal(int)
    load_failed = Signal(object)  # the exception; the view decides how to show it

    def __init__(self, tasks: TaskRunner, page_size: int = PAGE_SIZE, parent: Any = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
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

        def work(_progress: object) -> tuple[int, list[Any]]:
            return source.count(), list(source.page(0, limit))

        self._set_busy(True)
        self._tasks.run(
            work,
            lambda result: self._on_reloaded(generation, result),
            lambda error: self._on_failed(generation, error, first_page=True),
            owner=self,
        )

    def stop(self) -> None:
        """Ignore every answer still on its way (the view is going away)."""
        self._generation += 1
        self._set_busy(False)

    # --- Qt model API --------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return (
            not parent.isValid()
            and self._loaded
            and not self._busy
            and not self._page_failed
            and len(self._rows) < self._total
        )

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if not self.canFetchMore(parent) or self._source is None:
            return
        generation = self._generation
        source = self._source
        offset = len(self._rows)
        limit = self._page_size
        self._set_busy(True)
        self._tasks.run(
            lambda _progress: list(source.page(offset, limit)),
            lambda rows: self._on_page(generation, offset, rows),
            lambda error: self._on_failed(generation, error, first_page=False),
            owner=self,
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

    def _on_failed(self, generation: int, error: BaseException, first_page: bool) -> None:
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


class ParticipantTableModel(PagedTableModel):
    """Participants of the actor's site: names for everyone allowed, details for those who need them."""

    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, context: UiContext, page_size: int = PAGE_SIZE, parent: Any = None) -> None:
        super().__init__(context.tasks, page_size, parent)
        self._service = context.services.participants
        self._actor = context.actor
        self._search = ""
        self._details = context.actor.can(Permission.VIEW_PARTICIPANT_DETAILS)
        self._columns: tuple[str, ...] = ("name", "measure", "end", "coach") if self._details else ("name",)
        self._warning_icon: QIcon | None = None

    @property
    def search(self) -> str:
        return self._search

    @property
    def shows_details(self) -> bool:
        return self._details

    def set_search(self, text: str) -> None:
        text = " ".join(text.split())
        if text != self._search:
            self._search = text
            self.reload()

    def source(self) -> PageSource:
        service, actor, search = self._service, self._actor, self._search
        return PageSource(
            count=lambda: service.count(actor, search),
            page=lambda offset, limit: service.rows(actor, search, offset, limit),
        )

    def column_kind(self, column: int) -> str:
        return self._columns[column]

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            "name": self.tr("Name"),
            "measure": self.tr("NAV measure"),
            "end": self.tr("Planned end"),
            "coach": self.tr("Job coach"),
        }
        return titles[self._columns[section]]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        if not (0 <= index.row() < len(self._rows) and 0 <= index.column() < len(self._columns)):
            return None
        row: ParticipantRow = self._rows[index.row()]
        kind = self._columns[index.column()]
        if role == self.IdRole:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, kind)
        if kind == "end" and row.measure_planned_end is not None:
            return self._end_data(row.measure_planned_end, role)
        return None

    @staticmethod
    def _display(row: ParticipantRow, kind: str) -> str:
        if kind == "name":
            return row.full_name
        if kind == "measure":
            return measure_name(row.nav_measure)
        if kind == "end":
            return format_date(row.measure_planned_end)
        return row.coach_name or ""

    def _end_data(self, end: date, role: int) -> Any:
        """Colour, icon and explanation for a measure that ends within 30 days or has ended."""
        days = QDate.currentDate().daysTo(to_qdate(end))
        if days > ENDING_SOON_DAYS:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(OVERDUE_COLOUR if days < 0 else WARNING_COLOUR))
        if role == Qt.ItemDataRole.DecorationRole:
            return self._warning()
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return self._end_text(days)
        return None

    def _warning(self) -> QIcon:
        if self._warning_icon is None:
            style = QApplication.style()
            self._warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning_icon

    def _end_text(self, days: int) -> str:
        if days < 0:
            return self.tr("The planned end has passed ({days} days ago).").format(days=-days)
        if days == 0:
            return self.tr("The measure ends today.")
        return self.tr("The measure ends in {days} days.").format(days=days)


# --- the list ---------------------------------------------------------------------------------

_Opened = tuple[ParticipantDetails | None, list[UserInfo]]  # what the dialog is opened with


class ParticipantsView(QWidget):
    """Search and list participants; open one (details roles) or add one (editing roles)."""

    participant_saved = Signal(object)  # ParticipantDetails, after the dialog saved

    def __init__(self, context: UiContext, parent: QWidget | None = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.setObjectName("participantsView")
        self._context = context
        actor = context.actor
        self._can_open = actor.can(Permission.VIEW_PARTICIPANT_DETAILS)
        self._can_create = actor.can(Permission.EDIT_PARTICIPANTS) and self._can_open
        self._opening = False
        self._select_after_reload: int | None = None
        self._dialog: ParticipantDialog | None = None
        self.model = ParticipantTableModel(context, page_size, self)
        self.new_button: QPushButton | None = None
        self._build()
        self.model.loading_changed.connect(self._update_count)
        self.model.total_changed.connect(self._update_count)
        self.model.modelReset.connect(self._after_reset)
        self.model.load_failed.connect(self._on_load_failed)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_edit.returnPressed.connect(self._apply_search)
        self.model.reload()
        self._update_count()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("participantSearch")
        self.search_edit.setPlaceholderText(self.tr("Search by name…"))
        self.search_edit.setAccessibleName(self.tr("Search participants by name"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumHeight(40)
        self.search_edit.setMinimumWidth(320)
        top.addWidget(self.search_edit)
        top.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("participantCount")
        top.addWidget(self.count_label)
        if self._can_create:
            self.new_button = QPushButton(self.tr("New participant"))
            self.new_button.setObjectName("newParticipantButton")
            self.new_button.setAccessibleName(self.tr("Add a new participant"))
            self.new_button.setMinimumHeight(40)
            self.new_button.clicked.connect(self.new_participant)
            top.addSpacing(12)
            top.addWidget(self.new_button)
        layout.addLayout(top)

        if not self._can_open:
            note = QLabel(self.tr("Your role sees the participants' names only."))
            note.setObjectName("participantPrivacyNote")
            note.setWordWrap(True)
            layout.addWidget(note)

        self.message = FieldMessage("participantList")
        layout.addWidget(self.message)
        layout.addWidget(self._build_table(), 1)

        self.saved_label = QLabel()
        self.saved_label.setObjectName("participantSavedLabel")
        layout.addWidget(self.saved_label)

    def _build_table(self) -> QTableView:
        self.table = QTableView()
        self.table.setObjectName("participantTable")
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        if self._can_open:
            self.table.setAccessibleDescription(self.tr("Press Enter or double-click to open a participant."))
            self.table.activated.connect(self._on_activated)
        return self.table

    # --- list ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.model.reload()

    def _apply_search(self) -> None:
        self._search_timer.stop()
        self.model.set_search(self.search_edit.text())

    def _update_count(self, *_args: object) -> None:
        if self.model.is_loading and not self.model.is_loaded:
            self.count_label.setText(self.tr("Loading…"))
        elif self.model.search:
            self.count_label.setText(self.tr("Found: {count}").format(count=self.model.total))
        else:
            self.count_label.setText(self.tr("Participants: {count}").format(count=self.model.total))

    def _after_reset(self) -> None:
        self.message.clear_message()
        if self._select_after_reload is None:
            return
        row = self.model.row_of(self._select_after_reload)
        self._select_after_reload = None
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _on_load_failed(self, error: BaseException) -> None:
        if not isinstance(error, DomainError):
            self.message.show_error(self.tr("The list could not be loaded. Try again in a moment."))
            raise error  # to the error reporter: logged with its traceback
        self.message.show_error(message_text(error.message))

    # --- opening and adding --------------------------------------------------------------------

    def _on_activated(self, index: QModelIndex) -> None:
        participant_id = self.model.data(index, ParticipantTableModel.IdRole)
        if participant_id is not None:
            self.open_participant(int(participant_id))

    def open_participant(self, participant_id: int) -> None:
        """Load the participant (this is what writes the "view" audit entry) and open the dialog."""
        if not self._can_open or self._opening:
            return
        services, actor = self._context.services, self._context.actor

        def load(_progress: object) -> tuple[ParticipantDetails, list[UserInfo]]:
            details = services.participants.get(actor, participant_id)
            return details, services.auth.users_with_role(actor.site_id, Role.JOB_COACH)

        self._start_opening(load)

    def new_participant(self) -> None:
        if not self._can_create or self._opening:
            return
        services, site_id = self._context.services, self._context.actor.site_id

        def load(_progress: object) -> tuple[None, list[UserInfo]]:
            return None, services.auth.users_with_role(site_id, Role.JOB_COACH)

        self._start_opening(load)

    def _start_opening(self, load: Callable[[object], _Opened]) -> None:
        self._opening = True
        self.message.clear_message()
        self.saved_label.clear()
        if self.new_button is not None:
            self.new_button.setEnabled(False)
        self._context.tasks.run(load, self._on_opened, self._on_open_failed, owner=self)

    def _end_opening(self) -> None:
        self._opening = False
        if self.new_button is not None:
            self.new_button.setEnabled(True)

    def _on_opened(self, result: _Opened) -> None:
        self._end_opening()
        details, coaches = result
        dialog = ParticipantDialog(self._context, coaches, details, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_saved)
        self._dialog = dialog
        dialog.open()

    def _on_open_failed(self, error: BaseException) -> None:
        self._end_opening()
        if not isinstance(error, DomainError):
            self.message.show_error(self.tr("The participant could not be opened. Try again in a moment."))
            raise error
        self.message.show_error(message_text(error.message))
        if isinstance(error, NotFoundError):
            self.refresh()  # someone removed it; the list should not keep offering it

    def _on_saved(self, details: ParticipantDetails) -> None:
        self.saved_label.setText(self.tr("Saved: {name}").format(name=details.full_name))
        self._select_after_reload = details.id
        self.model.reload()
        self.participant_saved.emit(details)

    @property
    def dialog(self) -> ParticipantDialog | None:
        """The open participant dialog, if any."""
        if self._dialog is not None and shiboken6.isValid(self._dialog) and self._dialog.isVisible():
            return self._dialog
        return None

    def shutdown(self) -> None:
        """Called at logout: drop answers still on their way; no data stays on screen."""
        self._search_timer.stop()
        self.model.stop()
        dialog = self.dialog
        if dialog is not None:
            dialog.force_close()


# --- the dialog -------------------------------------------------------------------------------


class ParticipantDialog(QDialog):
    """Create or edit one participant, with live checks shown next to each field."""

    saved = Signal(object)  # ParticipantDetails as stored

    def __init__(
        self,
        context: UiContext,
        coaches: Sequence[UserInfo],
        details: ParticipantDetails | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("participantDialog")
        self._context = context
        self._coaches = list(coaches)
        self._details: ParticipantDetails | None = None
        self._expected_version: int | None = None
        self._baseline: ParticipantInput | None = None
        self._loading = False
        self._saving = False
        self._show_all = False
        self._discard_confirmed = False
        self._touched: set[str] = set()
        self._server_errors: dict[str, Message] = {}
        self.editors: dict[str, QWidget] = {}
        self.messages: dict[str, FieldMessage] = {}
        self.conflict_box: QMessageBox | None = None
        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(VALIDATE_DEBOUNCE_MS)
        self._validate_timer.timeout.connect(self.validate)
        self._build()
        if details is None:
            self._load_new()
        else:
            self.load(details)

    # --- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.setMinimumWidth(DIALOG_MIN_WIDTH)
        self._row_height = QLineEdit().sizeHint().height()
        layout = QVBoxLayout(self)
        # The fields scroll when the screen is too short for them with all their messages;
        # the status and the buttons below always stay in view.
        self._content = QWidget()
        grid = QGridLayout(self._content)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.addWidget(self._person_group(), 0, 0)
        grid.addWidget(self._measure_group(), 0, 1)
        grid.addWidget(self._follow_up_group(), 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)
        self._scroll = QScrollArea()
        self._scroll.setObjectName("participantFormScroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setWidget(self._content)
        layout.addWidget(self._scroll, 1)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_to_content)

        self.updated_label = QLabel()
        self.updated_label.setObjectName("participantUpdatedLabel")
        quiet(self.updated_label)
        layout.addWidget(self.updated_label)
        self.status = FieldMessage("participantSave")
        layout.addWidget(self.status)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("participantSaveButton")
        self.save_button.setDefault(True)
        self.save_button.setMinimumHeight(40)
        self.cancel_button = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("participantCancelButton")
        self.cancel_button.setMinimumHeight(40)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._initial_size()

    def _available_height(self) -> int:
        screen = self.screen() or QApplication.primaryScreen()
        return screen.availableGeometry().height() - 60 if screen is not None else 10_000

    def _initial_size(self) -> None:
        width = max(DIALOG_MIN_WIDTH, self.sizeHint().width())
        chrome = self.sizeHint().height() - self._scroll.sizeHint().height()
        wanted = self._content.sizeHint().height() + chrome + 40  # room for a message or two
        self.resize(width, min(wanted, self._available_height()))

    def _fit_to_content(self) -> None:
        """Grow (never shrink) so that the messages show without scrolling, as far as the screen
        allows. Word-wrapped messages do not make a window grow by themselves."""
        viewport = self._scroll.viewport()
        content_height = self._content.heightForWidth(viewport.width())
        if content_height <= viewport.height():
            return
        wanted = self.height() + content_height - viewport.height()
        height = min(wanted, max(self.height(), self._available_height()))
        if height > self.height():
            self.resize(self.width(), height)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_timer.start()

    def _form(self, group: QGroupBox) -> QFormLayout:
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return form

    def _add_row(
        self, form: QFormLayout, field_name: str, editor: QWidget, hint: QLabel | None = None
    ) -> None:
        """Label, then the editor with its hint and message underneath, so messages never
        squeeze the field beside them."""
        editor.setObjectName(f"{field_name}Input")
        editor.setAccessibleName(field_label(field_name))
        self.editors[field_name] = editor
        message = FieldMessage(field_name)
        self.messages[field_name] = message
        cell = QWidget()
        cell_layout = QVBoxLayout(cell)
        cell_layout.setContentsMargins(0, 0, 0, 0)
        cell_layout.setSpacing(2)
        cell_layout.addWidget(editor)
        if hint is not None:
            cell_layout.addWidget(hint)
        cell_layout.addWidget(message)
        label = QLabel(field_label(field_name))
        label.setBuddy(editor)
        # Exactly as tall as a one-line field and centred in it: the label stays level with its
        # field when a hint or message makes the cell taller.
        label.setFixedHeight(self._row_height)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(label, cell)

    def _line_edit(self, field_name: str, hints: Qt.InputMethodHint | None = None) -> QLineEdit:
        edit = QLineEdit()
        if hints is not None:
            edit.setInputMethodHints(hints)
        edit.textChanged.connect(lambda _text, name=field_name: self._on_changed(name))
        return edit

    def _combo(self, field_name: str, placeholder: str) -> QComboBox:
        combo = QComboBox()
        combo.setPlaceholderText(placeholder)
        combo.currentIndexChanged.connect(lambda _index, name=field_name: self._on_changed(name))
        return combo

    def _date_edit(self, field_name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31))
        edit.dateChanged.connect(lambda _date, name=field_name: self._on_changed(name))
        return edit

    def _person_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Person"))
        form = self._form(group)
        self.first_name_edit = self._line_edit("first_name")
        self._add_row(form, "first_name", self.first_name_edit)
        self.last_name_edit = self._line_edit("last_name")
        self._add_row(form, "last_name", self.last_name_edit)
        self.phone_edit = self._line_edit("phone", Qt.InputMethodHint.ImhDialableCharactersOnly)
        self._add_row(form, "phone", self.phone_edit)
        self.email_edit = self._line_edit("email", Qt.InputMethodHint.ImhEmailCharactersOnly)
        self._add_row(form, "email", self.email_edit)
        self.language_combo = self._combo("preferred_language", self.tr("Choose a language"))
        for language, endonym in LANGUAGE_ENDONYMS.items():
            self.language_combo.addItem(endonym, language.value)
        self._add_row(form, "preferred_language", self.language_combo)
        return group

    def _measure_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Measure and period"))
        form = self._form(group)
        self.measure_combo = self._combo("nav_measure", self.tr("Choose the measure"))
        for measure, rule in MEASURE_RULES.items():
            self.measure_combo.addItem(rule.name, measure.value)
        self.measure_hint = QLabel()
        self.measure_hint.setObjectName("nav_measureHint")
        self.measure_hint.setWordWrap(True)
        quiet(self.measure_hint)
        self.measure_combo.currentIndexChanged.connect(self._update_measure_hint)
        self._add_row(form, "nav_measure", self.measure_combo, self.measure_hint)
        self.start_edit = self._date_edit("measure_start")
        self._add_row(form, "measure_start", self.start_edit)
        self.end_edit = self._date_edit("measure_planned_end")
        self._add_row(form, "measure_planned_end", self.end_edit)
        self.percent_spin = QSpinBox()
        self.percent_spin.setRange(1, 100)
        self.percent_spin.setSuffix(" %")
        self.percent_spin.valueChanged.connect(lambda _value: self._on_changed("participation_percent"))
        self._add_row(form, "participation_percent", self.percent_spin)
        self.nav_contact_edit = self._line_edit("nav_contact")
        self.nav_contact_edit.setPlaceholderText(self.tr("Name and phone at the NAV office"))
        self._add_row(form, "nav_contact", self.nav_contact_edit)
        return group

    def _follow_up_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Follow-up"))
        form = self._form(group)
        self.coach_combo = self._combo("coach_id", self.tr("Choose the job coach"))
        for coach in self._coaches:
            self.coach_combo.addItem(coach.name, coach.id)
        self._add_row(form, "coach_id", self.coach_combo)
        self.support_edit = QPlainTextEdit()
        self.support_edit.setTabChangesFocus(True)
        guidance = self.tr("Describe what helps at work, e.g. 'needs written step lists'. Never diagnoses.")
        self.support_edit.setPlaceholderText(guidance)
        self.support_edit.setToolTip(guidance)
        self.support_edit.setAccessibleDescription(guidance)
        self.support_edit.setMinimumHeight(96)
        self.support_edit.setMaximumHeight(140)
        self.support_edit.textChanged.connect(lambda: self._on_changed("support_needs"))
        self.support_hint = QLabel(guidance)  # stays in view once there is text, unlike the placeholder
        self.support_hint.setObjectName("support_needsHint")
        self.support_hint.setWordWrap(True)
        quiet(self.support_hint)
        self._add_row(form, "support_needs", self.support_edit, self.support_hint)
        return group

    # --- filling the form ----------------------------------------------------------------------

    def _load_new(self) -> None:
        self._loading = True
        try:
            self.setWindowTitle(self.tr("New participant"))
            today = QDate.currentDate()
            self.start_edit.setDate(today)
            self.end_edit.setDate(today.addMonths(6))
            self.percent_spin.setValue(100)
            self.language_combo.setCurrentIndex(-1)
            self.measure_combo.setCurrentIndex(-1)
            self.coach_combo.setCurrentIndex(self.coach_combo.findData(self._context.actor.user_id))
        finally:
            self._loading = False
        self._details = None
        self._expected_version = None
        self._after_load()

    def load(self, details: ParticipantDetails) -> None:
        """Show a stored participant; it becomes the version the next save is checked against."""
        self._loading = True
        try:
            self.setWindowTitle(self.tr("Participant – {name}").format(name=details.full_name))
            self.first_name_edit.setText(details.first_name)
            self.last_name_edit.setText(details.last_name)
            self.phone_edit.setText(details.phone)
            self.email_edit.setText(details.email)
            language = details.preferred_language
            _select_data(self.language_combo, language, language_name(language))
            _select_data(self.measure_combo, details.nav_measure, measure_name(details.nav_measure))
            self.start_edit.setDate(to_qdate(details.measure_start))
            self.end_edit.setDate(to_qdate(details.measure_planned_end))
            self.percent_spin.setValue(details.participation_percent)
            self.nav_contact_edit.setText(details.nav_contact)
            inactive = self.tr("{name} (no longer a job coach)").format(name=details.coach_name or "?")
            _select_data(self.coach_combo, details.coach_id, inactive)
            if self.support_edit.toPlainText() != details.support_needs:
                self.support_edit.setPlainText(details.support_needs)
        finally:
            self._loading = False
        self._details = details
        self._expected_version = details.version
        saved_at = format_datetime(details.updated_at)
        self.updated_label.setText(self.tr("Last saved {time}").format(time=saved_at))
        self._touched = set(FIELDS)  # a stored record: show every problem at once
        self._after_load()

    def _after_load(self) -> None:
        self._server_errors.clear()
        self._baseline = self.form_input()
        self._update_measure_hint()
        self.status.clear_message()
        self.validate()
        self.first_name_edit.setFocus()

    def _update_measure_hint(self) -> None:
        note = measure_limit_note(self.measure_combo.currentData())
        self.measure_hint.setText(self.tr("Usual limit: {note}").format(note=note) if note else "")
        self.measure_hint.setVisible(bool(note))

    # --- reading the form ----------------------------------------------------------------------

    @property
    def details(self) -> ParticipantDetails | None:
        """The stored participant this dialog edits (None for a new one)."""
        return self._details

    def form_input(self) -> ParticipantInput:
        return ParticipantInput(
            first_name=self.first_name_edit.text(),
            last_name=self.last_name_edit.text(),
            preferred_language=self.language_combo.currentData() or "",
            nav_measure=self.measure_combo.currentData() or "",
            measure_start=self.start_edit.date().toPython(),  # type: ignore[arg-type]
            measure_planned_end=self.end_edit.date().toPython(),  # type: ignore[arg-type]
            participation_percent=self.percent_spin.value(),
            coach_id=self.coach_combo.currentData(),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            nav_contact=self.nav_contact_edit.text(),
            support_needs=self.support_edit.toPlainText(),
        )

    def is_dirty(self) -> bool:
        return self._baseline is not None and self.form_input().cleaned() != self._baseline.cleaned()

    # --- live checks ---------------------------------------------------------------------------

    def _on_changed(self, field_name: str) -> None:
        if self._loading:
            return
        self._touched.add(field_name)
        self._server_errors.pop(field_name, None)
        self._validate_timer.start()

    def validate(self) -> tuple[dict[str, Message], dict[str, Message]]:
        """Check what is typed now and show the result next to the fields."""
        self._validate_timer.stop()
        errors, warnings = self._context.services.participants.check(self.form_input())
        errors = {**self._server_errors, **errors}
        self.show_messages(errors, warnings)
        return errors, warnings

    def show_messages(self, errors: dict[str, Message], warnings: dict[str, Message]) -> None:
        """Errors (red) for the fields the user has been to, warnings (amber) always."""
        for field_name, message in self.messages.items():
            if field_name in errors and (self._show_all or field_name in self._touched):
                message.show_error(_text(errors[field_name]))
            elif field_name in warnings:
                message.show_warning(_text(warnings[field_name]))
            else:
                message.clear_message()
        # The standing guidance under support needs steps aside while a message says the same.
        self.support_hint.setHidden(self.messages["support_needs"].severity != "")
        unknown = [text for name, text in errors.items() if name not in self.messages]
        if unknown:  # a rule the form has no field for: say it rather than swallow it
            self.status.show_error(" ".join(_text(message) for message in unknown))
        if self.isVisible():
            self._fit_timer.start()

    def show_validation_error(self, error: ValidationError) -> None:
        """Errors from the service, shown at their fields until the field is changed."""
        self._server_errors = dict(error.field_errors)
        self._show_all = True
        self.validate()
        self.status.show_error(message_text(error.message))
        self._focus_first_error(error.field_errors)

    def _focus_first_error(self, errors: dict[str, Message]) -> None:
        for field_name in FIELDS:
            if field_name in errors:
                self.editors[field_name].setFocus()
                return

    # --- saving --------------------------------------------------------------------------------

    @property
    def is_saving(self) -> bool:
        return self._saving

    def save(self) -> None:
        if self._saving:
            return
        self._show_all = True
        self.status.clear_message()
        errors, _warnings = self.validate()
        if errors:
            self.status.show_error(self.tr("Not saved. Please correct the marked fields."))
            self._focus_first_error(errors)
            return
        data = self.form_input()
        service, actor = self._context.services.participants, self._context.actor
        details, version = self._details, self._expected_version

        def write(_progress: object) -> ParticipantDetails:
            if details is None:
                return service.create(actor, data)
            assert version is not None
            return service.update(actor, details.id, version, data)

        self._set_saving(True)
        self._context.tasks.run(
            write, self._on_saved, lambda error: self._on_save_failed(error, data), owner=self
        )

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.cancel_button.setEnabled(not saving)
        self.save_button.setText(self.tr("Saving…") if saving else self.tr("Save"))

    def _on_saved(self, details: ParticipantDetails) -> None:
        self._set_saving(False)
        self._details = details
        self._expected_version = details.version
        self._baseline = self.form_input()
        self.saved.emit(details)
        self.accept()

    def _on_save_failed(self, error: BaseException, mine: ParticipantInput) -> None:
        self._set_saving(False)
        if isinstance(error, ValidationError):
            self.show_validation_error(error)
        elif isinstance(error, ConcurrencyError) and isinstance(error.current, ParticipantDetails):
            self.show_conflict(error, error.current, mine)
        elif isinstance(error, DomainError):
            self.status.show_error(message_text(error.message))
        else:
            self.status.show_error(
                self.tr("Not saved: something went wrong. Your text is still here; try again.")
            )
            raise error  # to the error reporter: logged with its traceback

    # --- someone else saved first --------------------------------------------------------------

    def differences(self, theirs: ParticipantDetails, mine: ParticipantInput) -> list[tuple[str, str, str]]:
        """(field, their value, my value) for every field where the two versions differ."""
        mine = mine.cleaned()
        rows = []
        for field_name in FIELDS:
            their_value, my_value = getattr(theirs, field_name), getattr(mine, field_name)
            if their_value != my_value:
                rows.append(
                    (
                        field_name,
                        self._shown_value(field_name, their_value, theirs.coach_name),
                        self._shown_value(field_name, my_value, None),
                    )
                )
        return rows

    def _shown_value(self, field_name: str, value: Any, coach_name: str | None) -> str:
        """A value as the user knows it: names, not codes or ids."""
        if value is None or value == "":
            return self.tr("(empty)")
        if field_name == "coach_id":
            index = self.coach_combo.findData(value)
            return coach_name or (self.coach_combo.itemText(index) if index >= 0 else str(value))
        shown: dict[str, Callable[[Any], str]] = {
            "preferred_language": language_name,
            "nav_measure": measure_name,
            "measure_start": format_date,
            "measure_planned_end": format_date,
            "participation_percent": lambda percent: f"{percent} %",
        }
        return shown.get(field_name, str)(value)

    def _conflict_table(self, differences: list[tuple[str, str, str]], saved_at: str) -> str:
        intro = self.tr("Saved by someone else at {time}. These fields differ:").format(time=saved_at)
        head = "".join(
            f"<th align='left'>{html.escape(title)}</th>"
            for title in (self.tr("Field"), self.tr("Their version"), self.tr("Your version"))
        )
        rows = "".join(
            f"<tr><td><b>{html.escape(field_label(name))}</b></td>"
            f"<td>{html.escape(_cut(their))}</td><td>{html.escape(_cut(my))}</td></tr>"
            for name, their, my in differences
        )
        question = self.tr("Which version should be kept?")
        return (
            f"<p>{html.escape(intro)}</p><table cellspacing='0' cellpadding='4'><tr>{head}</tr>{rows}</table>"
            f"<p>{html.escape(question)}</p>"
        )

    def show_conflict(
        self, error: ConcurrencyError, theirs: ParticipantDetails, mine: ParticipantInput
    ) -> None:
        """Say what the other person changed and let the user choose; the form stays as it is."""
        differences = self.differences(theirs, mine)
        box = QMessageBox(self)
        box.setObjectName("conflictDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Changed by someone else"))
        box.setText(message_text(error.message))
        saved_at = format_datetime(theirs.updated_at)
        if differences:
            box.setInformativeText(self._conflict_table(differences, saved_at))
            box.setDetailedText(
                "\n\n".join(
                    self.tr("{field}\n  Their version: {theirs}\n  Your version: {mine}").format(
                        field=field_label(name), theirs=their, mine=my
                    )
                    for name, their, my in differences
                )
            )
        else:
            same = self.tr("Saved by someone else at {time}, with the same values you typed.")
            box.setInformativeText(same.format(time=saved_at))
        keep = box.addButton(self.tr("Keep my version"), QMessageBox.ButtonRole.AcceptRole)
        keep.setObjectName("conflictKeepMineButton")
        use_theirs = box.addButton(self.tr("Use their version"), QMessageBox.ButtonRole.DestructiveRole)
        use_theirs.setObjectName("conflictUseTheirsButton")
        back = box.addButton(self.tr("Go back to editing"), QMessageBox.ButtonRole.RejectRole)
        back.setObjectName("conflictBackButton")
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen(button: QAbstractButton) -> None:
            self.conflict_box = None
            if button is keep:
                self._expected_version = theirs.version  # the user has seen theirs and overrides it
                self.save()
            elif button is use_theirs:
                self.load(theirs)
                self.status.show_warning(
                    self.tr("Their version is in the form now. Your changes were not saved.")
                )
            else:
                self.status.show_warning(
                    self.tr(
                        "Not saved yet: someone else changed this participant. Your changes are still here."
                    )
                )

        box.buttonClicked.connect(chosen)
        self.conflict_box = box
        self.status.show_warning(message_text(error.message))
        box.open()

    # --- closing -------------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: never drop typed changes without asking."""
        if self._saving:
            return
        if self._discard_confirmed or not self.is_dirty():
            super().reject()
            return
        box = QMessageBox(self)
        box.setObjectName("discardDialog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Close without saving?"))
        box.setText(self.tr("You have changes that are not saved. Close and lose them?"))
        discard = box.addButton(self.tr("Close without saving"), QMessageBox.ButtonRole.DestructiveRole)
        discard.setObjectName("discardChangesButton")
        keep = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("keepEditingButton")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen(button: QAbstractButton) -> None:
            if button is discard:
                self._discard_confirmed = True
                self.reject()

        box.buttonClicked.connect(chosen)
        box.open()

    def force_close(self) -> None:
        """Close without asking (logout or idle lock: participant data must leave the screen)."""
        self._discard_confirmed = True
        self._saving = False
        QDialog.reject(self)


def _select_data(combo: QComboBox, value: object, label_if_missing: str) -> None:
    """Select the item holding `value`; a value the list lacks is added, never dropped."""
    index = combo.findData(value)
    if index < 0 and value not in (None, ""):
        combo.addItem(label_if_missing, value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


def _text(message: Message) -> str:
    """A core message in the UI's language, with ISO dates in its parameters written the local way."""
    params = {
        name: format_date(date.fromisoformat(value))
        if isinstance(value, str) and _ISO_DATE.fullmatch(value)
        else value
        for name, value in message.params.items()
    }
    return message_text(Message(message.text, params, message.context))


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= CONFLICT_VALUE_CHARS else text[: CONFLICT_VALUE_CHARS - 1] + "…"


__all__ = [
    "FIELDS",
    "PageSource",
    "PagedTableModel",
    "ParticipantDialog",
    "ParticipantTableModel",
    "ParticipantsView",
    "field_label",
    "format_date",
    "format_datetime",
    "language_name",
    "measure_name",
    "quiet",
]
