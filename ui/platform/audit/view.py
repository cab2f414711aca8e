"""The audit log (P2) for administrators: who viewed, changed or exported participant data, and
who logged in, newest first, with the names of the people and participants concerned.

The log keeps ids and field names, never values or names: names are looked up when the log is
read, so a participant deleted by retention shows as "Deleted participant #12". Filters by
kind, person, participant and period; rows are fetched a page at a time in the task runner.
"Export to CSV…" writes what the filters show (the export is itself logged).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from canteen_app.app import AppServices, Changes
from canteen_app.core.dates import oslo_today
from canteen_app.core.errors import DomainError
from canteen_app.platform.audit.dto import AuditRow, AuditSubject
from canteen_app.platform.audit.rules import AuditFilter, AuditPerson
from canteen_app.platform.audit.service import AUDIT_LOG, CsvColumn
from canteen_app.training.participants.rules import FIELD_LABELS
from ui.common.context import UiContext
from ui.common.formatting import OVERDUE_COLOUR, format_datetime, quiet
from ui.common.forms import FormErrors
from ui.common.qt_models import PAGE_SIZE, PagedTableModel, PageSource
from ui.common.widgets import DateEdit, FieldMessage, WideListComboBox, action_button, read_only_table

COLUMNS = ("time", "user", "action", "what", "detail")
_ALARMING_ACTIONS = frozenset({"login_failed", "locked"})
# Written by ParticipantService.rows (a list) and AuditService.export_csv (an export).
_ROWS_DETAIL = re.compile(r"rows=(\d+)(, names only)?")
NO_LIMIT = QDate(2000, 1, 1)  # the date edits' lowest date, shown as "Any"
FIELD_HEIGHT = 40  # the filter fields and the buttons beside them


def action_text(action: str) -> str:
    """An audit action code in words."""
    words = {
        "view": QCoreApplication.translate("AuditActions", "Viewed"),
        "list": QCoreApplication.translate("AuditActions", "Listed"),
        "create": QCoreApplication.translate("AuditActions", "Created"),
        "update": QCoreApplication.translate("AuditActions", "Changed"),
        "export": QCoreApplication.translate("AuditActions", "Exported"),
        "delete": QCoreApplication.translate("AuditActions", "Deleted"),
        "restore": QCoreApplication.translate("AuditActions", "Restored"),
        "login": QCoreApplication.translate("AuditActions", "Logged in"),
        "login_failed": QCoreApplication.translate("AuditActions", "Wrong PIN"),
        "locked": QCoreApplication.translate("AuditActions", "Account locked"),
    }
    return words.get(action, action)


def participant_text(participant_id: int, name: str | None) -> str:
    """A participant by name, or as deleted when the record is gone (retention)."""
    if name is None:
        return QCoreApplication.translate("AuditEntities", "Deleted participant #{id}").format(
            id=participant_id
        )
    return name


def entity_text(row: AuditRow) -> str:
    """What an entry is about, e.g. "Participant: Åse Ødegård" or "User: Jonas Berg"."""
    kinds = {
        "participant": QCoreApplication.translate("AuditEntities", "Participant"),
        "user": QCoreApplication.translate("AuditEntities", "User"),
        "database": QCoreApplication.translate("AuditEntities", "Database"),
        "audit_log": QCoreApplication.translate("AuditEntities", "Audit log"),
    }
    if row.entity_id is None:
        if row.entity_type == "participant":
            return QCoreApplication.translate("AuditEntities", "Participant list")
        return kinds.get(row.entity_type, row.entity_type)
    if row.entity_type == "participant":
        if row.entity_name is None:
            return participant_text(row.entity_id, None)
        return f"{kinds['participant']}: {row.entity_name}"
    kind = kinds.get(row.entity_type, row.entity_type)
    return f"{kind}: {row.entity_name}" if row.entity_name else f"{kind} #{row.entity_id}"


def detail_text(row: AuditRow) -> str:
    """The detail as words: for changes, the names of the fields that changed (never values);
    for a list or an export, how many rows it held."""
    if row.action == "update" and row.detail:
        return ", ".join(_field_label(name.strip()) for name in row.detail.split(","))
    fixed = {
        ("view", "conflict"): lambda: QCoreApplication.translate(
            "AuditDetails", "Their version, shown when a save was refused"
        ),
        ("export", "backup"): lambda: QCoreApplication.translate(
            "AuditDetails", "Backup of the whole database"
        ),
        # Written by RetentionService.archive_and_delete.
        ("delete", "retention: archived and deleted"): lambda: QCoreApplication.translate(
            "AuditDetails", "Retention: the file was archived, then deleted"
        ),
        ("delete", "retention: archived and anonymised"): lambda: QCoreApplication.translate(
            "AuditDetails", "Retention: the file was archived, then anonymised"
        ),
    }
    if (row.action, row.detail) in fixed:
        return fixed[row.action, row.detail]()
    counted = _ROWS_DETAIL.fullmatch(row.detail) if row.action in ("list", "export") else None
    return _rows_text(row.action, int(counted.group(1)), bool(counted.group(2))) if counted else row.detail


def _rows_text(action: str, rows: int, names_only: bool) -> str:
    if action == "export":
        return QCoreApplication.translate("AuditDetails", "CSV file, rows: {rows}").format(rows=rows)
    if names_only:
        return QCoreApplication.translate("AuditDetails", "Rows shown: {rows} (names only)").format(rows=rows)
    return QCoreApplication.translate("AuditDetails", "Rows shown: {rows}").format(rows=rows)


def _field_label(name: str) -> str:
    source = FIELD_LABELS.get(name)
    return QCoreApplication.translate("ParticipantFields", source) if source else name


def cell_text(row: AuditRow, column: str) -> str:
    """A cell as the table shows it (and the CSV export writes it)."""
    texts = {
        "time": lambda: format_datetime(row.at),
        "user": lambda: row.actor_name,
        "action": lambda: action_text(row.action),
        "what": lambda: entity_text(row),
        "detail": lambda: detail_text(row),
    }
    return texts[column]()


def _column_text(column: str) -> Callable[[AuditRow], str]:
    return lambda row: cell_text(row, column)


class AuditTableModel(PagedTableModel):
    """The site's audit entries, newest first, as the filters select them."""

    def __init__(self, context: UiContext, page_size: int = PAGE_SIZE, parent: Any = None) -> None:
        super().__init__(context.ops, page_size, parent)
        self._actor = context.actor
        self._filters = AuditFilter()

    @property
    def filters(self) -> AuditFilter:
        return self._filters

    @property
    def entity_type(self) -> str | None:
        return self._filters.entity_type

    def set_filters(self, filters: AuditFilter) -> None:
        if filters != self._filters:
            self._filters = filters
            self.reload()

    def source(self) -> PageSource:
        actor, filters = self._actor, self._filters
        return PageSource(
            count=lambda app: app.audit.count(actor, filters),
            page=lambda app, offset, limit: app.audit.entries(actor, offset, limit, filters),
        )

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        return self.column_titles()[section]

    def column_titles(self) -> list[str]:
        titles = {
            "time": self.tr("Time"),
            "user": self.tr("User"),
            "action": self.tr("Action"),
            "what": self.tr("What"),
            "detail": self.tr("Details"),
        }
        return [titles[column] for column in COLUMNS]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        if not (0 <= index.row() < self.rowCount() and 0 <= index.column() < len(COLUMNS)):
            return None
        row: AuditRow = self.row_at(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cell_text(row, COLUMNS[index.column()])
        if role == Qt.ItemDataRole.ForegroundRole and row.action in _ALARMING_ACTIONS:
            return QBrush(QColor(OVERDUE_COLOUR))
        return None

    def csv_columns(self) -> list[CsvColumn]:
        """The table's columns for the CSV export: the same titles and words as on screen."""
        return [
            (title, _column_text(column)) for title, column in zip(self.column_titles(), COLUMNS, strict=True)
        ]


class AuditLogView(QWidget):
    """The audit log table with its filters, the number of entries, refresh and export."""

    def __init__(self, context: UiContext, parent: QWidget | None = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.setObjectName("auditLogView")
        self._context = context
        self._shown_once = False
        self._opening = False  # the opening is being logged; the entries are read after it
        self._filling_choices = True  # no filtering while the controls are being built
        self._people: dict[str, AuditPerson] = {}  # the person combo's keys -> who
        self.export_task: object | None = None
        self.model = AuditTableModel(context, page_size, self)
        self._build()
        self._filling_choices = False
        self.filter_errors = FormErrors(
            self.message, {"last_day": self.period_message}, {"last_day": self.last_day_edit}
        )
        self.model.loading_changed.connect(self._update_count)
        self.model.total_changed.connect(self._update_count)
        self.model.modelReset.connect(self._on_reset)
        self.model.load_failed.connect(self._on_load_failed)
        context.ops.changed.connect(self._on_changed)
        self._open_log()
        self._update_count()

    # --- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._filters_row())
        note = QLabel(
            self.tr(
                "Every view, change and export of participant data is logged here, and every login. "
                "Changes list the names of the fields, never their contents."
            )
        )
        note.setObjectName("auditNote")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.message = FieldMessage("auditLog")
        layout.addWidget(self.message)
        self.export_status = QLabel()
        self.export_status.setObjectName("auditExportStatus")
        self.export_status.setWordWrap(True)
        self.export_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        quiet(self.export_status)
        self.export_status.hide()
        layout.addWidget(self.export_status)

        self.table = read_only_table("auditTable", self.tr("Audit log, newest first"), self.model)
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)

    def _filters_row(self) -> QGridLayout:
        grid = QGridLayout()
        self.filter_combo = self._combo("auditFilterCombo", self.tr("Which entries to show"))
        self.filter_combo.addItem(self.tr("All entries"), None)
        self.filter_combo.addItem(self.tr("Participant data"), "participant")
        self.filter_combo.addItem(self.tr("Logins"), "user")
        self.person_combo = self._combo("auditPersonCombo", self.tr("Whose actions to show"))
        self.person_combo.addItem(self.tr("Everyone"), None)
        self.participant_combo = self._combo("auditParticipantCombo", self.tr("Which participant"))
        self.participant_combo.addItem(self.tr("All participants"), None)
        self.first_day_edit = self._date_edit("auditFirstDayEdit", self.tr("First day"))
        self.last_day_edit = self._date_edit("auditLastDayEdit", self.tr("Last day"))

        # Labels above their fields, three filters to a row: the page fits the screen also
        # at large text.
        self._labelled(grid, 0, 0, self.tr("Show"), self.filter_combo)
        self._labelled(grid, 0, 1, self.tr("Person"), self.person_combo)
        self._labelled(grid, 0, 2, self.tr("Participant"), self.participant_combo)
        self._labelled(grid, 2, 0, self.tr("From"), self.first_day_edit)
        self._labelled(grid, 2, 1, self.tr("To"), self.last_day_edit)
        self.period_message = FieldMessage("auditPeriod")
        grid.addWidget(self.period_message, 4, 1, 1, 2)

        self.clear_button = action_button(
            "auditClearFiltersButton", self.tr("Show all"), self.clear_filters, 40
        )
        self.clear_button.setAccessibleName(self.tr("Clear every filter"))
        self.count_label = QLabel()
        self.count_label.setObjectName("auditCount")
        self.refresh_button = action_button(
            "auditRefreshButton", self.tr("Refresh"), self.refresh, FIELD_HEIGHT
        )
        self.refresh_button.setAccessibleName(self.tr("Refresh the audit log"))
        self.export_button = action_button(
            "auditExportButton", self.tr("Export to CSV…"), self.ask_for_export, 40
        )
        self.export_button.setAccessibleName(self.tr("Export the entries shown to a CSV file"))
        # The second row: the period's other controls, then the count and the actions, so the
        # page stays within the screen's width.
        actions = QHBoxLayout()
        for widget in (self.clear_button, self.count_label):
            actions.addWidget(widget)
        actions.addStretch(1)
        for widget in (self.refresh_button, self.export_button):
            actions.addWidget(widget)
        grid.addLayout(actions, 5, 0, 1, 4)
        grid.setColumnStretch(3, 1)
        return grid

    def _combo(self, name: str, accessible_name: str) -> QComboBox:
        combo = WideListComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible_name)
        combo.setMinimumHeight(FIELD_HEIGHT)
        # Names can be long and many; the field stays narrow enough for the page to fit the
        # screen, and the list that drops down shows them whole.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.currentIndexChanged.connect(self._on_filters_changed)
        return combo

    def _date_edit(self, name: str, accessible_name: str) -> QDateEdit:
        edit = DateEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible_name)
        edit.setCalendarPopup(True)
        edit.setMinimumHeight(FIELD_HEIGHT)
        edit.setDateRange(NO_LIMIT, QDate(2100, 12, 31))
        edit.setSpecialValueText(self.tr("Any"))  # shown at the lowest date: no limit
        edit.setDate(NO_LIMIT)
        edit.dateChanged.connect(self._on_filters_changed)
        return edit

    @staticmethod
    def _labelled(grid: QGridLayout, row: int, column: int, text: str, editor: QWidget) -> None:
        """The label on `row`, its field right under it."""
        label = QLabel(text)
        label.setBuddy(editor)
        grid.addWidget(label, row, column)
        grid.addWidget(editor, row + 1, column)

    # --- filters -------------------------------------------------------------------------------

    def filters(self) -> AuditFilter:
        """What the filter controls ask for now."""
        return AuditFilter(
            entity_type=self.filter_combo.currentData(),
            person=self._people.get(self.person_combo.currentData() or ""),
            participant_id=self.participant_combo.currentData(),
            first_day=_day_of(self.first_day_edit),
            last_day=_day_of(self.last_day_edit),
        )

    def set_period(self, first_day: date | None, last_day: date | None) -> None:
        self.first_day_edit.setDate(_qdate(first_day))
        self.last_day_edit.setDate(_qdate(last_day))

    def clear_filters(self) -> None:
        self._filling_choices = True
        try:
            for combo in (self.filter_combo, self.person_combo, self.participant_combo):
                combo.setCurrentIndex(0)
            self.set_period(None, None)
        finally:
            self._filling_choices = False
        self._on_filters_changed()

    def _on_filters_changed(self, *_args: object) -> None:
        if self._filling_choices:
            return
        self.period_message.clear_message()
        self.model.set_filters(self.filters())

    def _open_log(self) -> None:
        """The page has been opened or come back to: that is logged (the log names
        participants), then the entries are read, this opening on top. Refreshes that only
        show what happened meanwhile are not logged."""
        actor = self._context.actor

        def opened(choices: tuple[list[AuditPerson], list[AuditSubject]]) -> None:
            self._opening = False
            self._show_choices(choices)
            self.model.reload()

        def failed(error: DomainError) -> None:
            self._opening = False
            self._update_count()
            self.filter_errors.show(error)

        self._opening = True
        self._update_count()
        self._context.ops.write(self, lambda app: app.audit.open_log(actor), opened, failed)

    def _load_choices(self) -> None:
        """The people and participants the log mentions, for their filter lists."""
        actor = self._context.actor

        def read(app: AppServices) -> tuple[list[AuditPerson], list[AuditSubject]]:
            return app.audit.people(actor), app.audit.subjects(actor, "participant")

        self._context.ops.read(self, read, self._show_choices, self.filter_errors)

    def _show_choices(self, choices: tuple[list[AuditPerson], list[AuditSubject]]) -> None:
        people, participants = choices
        self._people = {_person_key(person): person for person in people}
        self._filling_choices = True
        try:
            _refill(self.person_combo, [(person.name, _person_key(person)) for person in people])
            _refill(
                self.participant_combo,
                [(participant_text(p.entity_id, p.name), p.entity_id) for p in participants],
            )
        finally:
            self._filling_choices = False
        if self.filters() != self.model.filters:  # a chosen person or participant has gone
            self._on_filters_changed()

    # --- refresh -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show what happened meanwhile (not logged as another opening)."""
        self.model.reload()
        self._load_choices()

    def showEvent(self, event: QShowEvent) -> None:
        """Coming back to the page shows what happened meanwhile (and is logged as a view)."""
        super().showEvent(event)
        if self._shown_once and not event.spontaneous() and not self.model.is_loading:
            self._open_log()
        self._shown_once = True

    def _update_count(self, *_args: object) -> None:
        if self._opening or (self.model.is_loading and not self.model.is_loaded):
            self.count_label.setText(self.tr("Loading…"))
        else:
            self.count_label.setText(self.tr("Entries: {count}").format(count=self.model.total))
        self.refresh_button.setEnabled(not self.model.is_loading)

    def _on_reset(self) -> None:
        self.message.clear_message()
        self.period_message.clear_message()

    def _on_load_failed(self, error: DomainError) -> None:
        self.filter_errors.show(error)

    def _on_changed(self, changes: Changes, _source: object) -> None:
        """New entries were written in this program: show them when the page is in view."""
        if changes.touches(AUDIT_LOG) and self.isVisible() and not self.model.is_loading:
            self.refresh()

    # --- export --------------------------------------------------------------------------------

    def ask_for_export(self) -> None:
        name = self.tr("audit-log-{day}.csv").format(day=oslo_today().isoformat())
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit log"), str(Path.home() / name), self.tr("CSV files (*.csv)")
        )
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, path: Path) -> None:
        """Write what the filters show to `path` (CSV), off the GUI thread; the export is logged."""
        actor, filters, columns = self._context.actor, self.model.filters, self.model.csv_columns()
        # A comma is the decimal sign in Norwegian: Excel there expects semicolons between cells.
        delimiter = ";" if self._context.language == "nb" else ","
        self.export_status.hide()
        self.export_button.setEnabled(False)

        def export(app: AppServices, _progress: object) -> int:
            return app.audit.export_csv(actor, path, columns, filters, delimiter)

        def done(rows: int) -> None:
            if not shiboken6.isValid(self):
                return
            self.export_button.setEnabled(True)
            self.export_status.setText(self.tr("Exported %n entry(s) to {path}.", "", rows).format(path=path))
            self.export_status.show()
            self.refresh()  # the export's own entry

        self.export_task = self._context.ops.render(
            self.window(), self.tr("Exporting the audit log…"), export, done, self._on_export_failed
        )

    def _on_export_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.export_button.setEnabled(True)
        if isinstance(error, DomainError):
            self.filter_errors.show(error)
        elif isinstance(error, OSError):
            self.message.show_error(
                self.tr("The file could not be written: {error}").format(error=error.strerror or error)
            )
        else:
            raise error  # a bug: the error dialog and the log

    def shutdown(self) -> None:
        self.model.stop()


def _day_of(edit: QDateEdit) -> date | None:
    chosen = edit.date()
    return None if chosen == edit.minimumDate() else chosen.toPython()  # type: ignore[return-value]


def _qdate(day: date | None) -> QDate:
    return QDate(day.year, day.month, day.day) if day else NO_LIMIT


def _person_key(person: AuditPerson) -> str:
    """Combo boxes hold plain values: a user by id, an actor without a user row by name."""
    return f"user:{person.user_id}" if person.user_id is not None else f"name:{person.name}"


def _refill(combo: QComboBox, items: Sequence[tuple[str, object]]) -> None:
    """Replace the choices after the first ("everyone"), keeping the current one if it is
    still there."""
    current = combo.currentData()
    while combo.count() > 1:
        combo.removeItem(1)
    for text, data in items:
        combo.addItem(text, data)
    index = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(index, 0))


__all__ = ["AuditLogView", "AuditTableModel", "action_text", "detail_text", "entity_text"]
