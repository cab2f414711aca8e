"""The audit log (P2) for administrators: who viewed, changed or exported participant data, and
who logged in, newest first.

The service keeps only field names in an entry's detail, never values, so the log itself holds
no special-category data. Rows are fetched a page at a time in the task runner.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from canteen_app.app import Changes
from canteen_app.core.errors import DomainError
from canteen_app.platform.audit.dto import AuditRow
from canteen_app.platform.audit.service import AUDIT_LOG
from canteen_app.training.participants.rules import FIELD_LABELS
from ui.common.context import UiContext
from ui.common.formatting import OVERDUE_COLOUR, format_datetime
from ui.common.qt_models import PAGE_SIZE, PagedTableModel, PageSource
from ui.common.widgets import FieldMessage, read_only_table

COLUMNS = ("time", "user", "action", "what", "detail")
_ALARMING_ACTIONS = frozenset({"login_failed", "locked"})
_LIST_DETAIL = re.compile(r"rows=(\d+)(, names only)?")  # written by ParticipantService.rows


def action_text(action: str) -> str:
    """An audit action code in words."""
    words = {
        "view": QCoreApplication.translate("AuditActions", "Viewed"),
        "list": QCoreApplication.translate("AuditActions", "Listed"),
        "create": QCoreApplication.translate("AuditActions", "Created"),
        "update": QCoreApplication.translate("AuditActions", "Changed"),
        "export": QCoreApplication.translate("AuditActions", "Exported"),
        "login": QCoreApplication.translate("AuditActions", "Logged in"),
        "login_failed": QCoreApplication.translate("AuditActions", "Wrong PIN"),
        "locked": QCoreApplication.translate("AuditActions", "Account locked"),
    }
    return words.get(action, action)


def entity_text(entity_type: str, entity_id: int | None) -> str:
    """What an entry is about, e.g. "Participant 12"."""
    names = {
        "participant": QCoreApplication.translate("AuditEntities", "Participant"),
        "user": QCoreApplication.translate("AuditEntities", "User"),
    }
    if entity_id is None and entity_type == "participant":
        return QCoreApplication.translate("AuditEntities", "Participant list")
    name = names.get(entity_type, entity_type)
    return name if entity_id is None else f"{name} {entity_id}"


def detail_text(row: AuditRow) -> str:
    """The detail as words: for changes, the names of the fields that changed (never values);
    for a list, how many rows it showed."""
    if row.action == "update" and row.detail:
        return ", ".join(_field_label(name.strip()) for name in row.detail.split(","))
    listed = _LIST_DETAIL.fullmatch(row.detail) if row.action == "list" else None
    if listed is not None:
        rows = int(listed.group(1))
        if listed.group(2):
            return QCoreApplication.translate("AuditDetails", "Rows shown: {rows} (names only)").format(
                rows=rows
            )
        return QCoreApplication.translate("AuditDetails", "Rows shown: {rows}").format(rows=rows)
    return row.detail


def _field_label(name: str) -> str:
    source = FIELD_LABELS.get(name)
    return QCoreApplication.translate("ParticipantFields", source) if source else name


class AuditTableModel(PagedTableModel):
    """The site's audit entries, newest first, optionally only one kind of record."""

    def __init__(self, context: UiContext, page_size: int = PAGE_SIZE, parent: Any = None) -> None:
        super().__init__(context.ops, page_size, parent)
        self._actor = context.actor
        self._entity_type: str | None = None

    @property
    def entity_type(self) -> str | None:
        return self._entity_type

    def set_entity_type(self, entity_type: str | None) -> None:
        if entity_type != self._entity_type:
            self._entity_type = entity_type
            self.reload()

    def source(self) -> PageSource:
        actor, entity_type = self._actor, self._entity_type
        return PageSource(
            count=lambda app: app.audit.count(actor, entity_type),
            page=lambda app, offset, limit: app.audit.entries(actor, offset, limit, entity_type),
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
        titles = {
            "time": self.tr("Time"),
            "user": self.tr("User"),
            "action": self.tr("Action"),
            "what": self.tr("What"),
            "detail": self.tr("Details"),
        }
        return titles[COLUMNS[section]]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        if not (0 <= index.row() < self.rowCount() and 0 <= index.column() < len(COLUMNS)):
            return None
        row: AuditRow = self.row_at(index.row())
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and row.action in _ALARMING_ACTIONS:
            return QBrush(QColor(OVERDUE_COLOUR))
        return None

    @staticmethod
    def _text(row: AuditRow, column: str) -> str:
        texts = {
            "time": lambda: format_datetime(row.at),
            "user": lambda: row.actor_name,
            "action": lambda: action_text(row.action),
            "what": lambda: entity_text(row.entity_type, row.entity_id),
            "detail": lambda: detail_text(row),
        }
        return texts[column]()


class AuditLogView(QWidget):
    """The audit log table with a filter, a refresh button and the number of entries."""

    def __init__(self, context: UiContext, parent: QWidget | None = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.setObjectName("auditLogView")
        self._context = context
        self._shown_once = False
        self.model = AuditTableModel(context, page_size, self)
        self._build()
        self.model.loading_changed.connect(self._update_count)
        self.model.total_changed.connect(self._update_count)
        self.model.modelReset.connect(self.message.clear_message)
        self.model.load_failed.connect(self._on_load_failed)
        context.ops.changed.connect(self._on_changed)
        self.model.reload()
        self._update_count()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        filter_label = QLabel(self.tr("Show"))
        top.addWidget(filter_label)
        self.filter_combo = QComboBox()
        self.filter_combo.setObjectName("auditFilterCombo")
        self.filter_combo.setAccessibleName(self.tr("Which entries to show"))
        self.filter_combo.addItem(self.tr("All entries"), None)
        self.filter_combo.addItem(self.tr("Participant data"), "participant")
        self.filter_combo.addItem(self.tr("Logins"), "user")
        self.filter_combo.setMinimumHeight(40)
        filter_label.setBuddy(self.filter_combo)
        self.filter_combo.currentIndexChanged.connect(
            lambda _index: self.model.set_entity_type(self.filter_combo.currentData())
        )
        top.addWidget(self.filter_combo)
        top.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("auditCount")
        top.addWidget(self.count_label)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("auditRefreshButton")
        self.refresh_button.setAccessibleName(self.tr("Refresh the audit log"))
        self.refresh_button.setMinimumHeight(40)
        self.refresh_button.clicked.connect(self.refresh)
        top.addSpacing(12)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)

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

        self.table = read_only_table("auditTable", self.tr("Audit log, newest first"), self.model)
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        self.model.reload()

    def showEvent(self, event: QShowEvent) -> None:
        """Coming back to the page shows what happened meanwhile."""
        super().showEvent(event)
        if self._shown_once and not event.spontaneous() and not self.model.is_loading:
            self.refresh()
        self._shown_once = True

    def _update_count(self, *_args: object) -> None:
        if self.model.is_loading and not self.model.is_loaded:
            self.count_label.setText(self.tr("Loading…"))
        else:
            self.count_label.setText(self.tr("Entries: {count}").format(count=self.model.total))
        self.refresh_button.setEnabled(not self.model.is_loading)

    def _on_load_failed(self, error: DomainError) -> None:
        self.message.show_domain_error(error)

    def _on_changed(self, changes: Changes, _source: object) -> None:
        """New entries were written in this program: show them when the page is in view."""
        if changes.touches(AUDIT_LOG) and self.isVisible() and not self.model.is_loading:
            self.refresh()

    def shutdown(self) -> None:
        self.model.stop()


__all__ = ["AuditLogView", "AuditTableModel", "action_text", "detail_text", "entity_text"]
