"""The consent list's table: the state today (in words, with its sign and colour), the
recipient, what it covers, and its days (the purpose and who recorded it: under the list)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush

from canteen_app.core.collation import norwegian_sort_key
from canteen_app.core.text import QT_TRANSLATE_NOOP
from canteen_app.referrals.consent.dto import ConsentInfo
from canteen_app.referrals.consent.rules import ConsentStatus
from ui.common.formatting import format_date
from ui.common.qt_models import ListColumn, ListTableModel
from ui.referrals.consent.words import (
    STATUS_COLOURS,
    anyone_text,
    categories_text,
    status_icon,
    status_text,
)

_STATUS_ORDER = {
    ConsentStatus.VALID: 0,
    ConsentStatus.NONE: 1,
    ConsentStatus.EXPIRED: 2,
    ConsentStatus.WITHDRAWN: 3,
}

COLUMNS: tuple[ListColumn[ConsentInfo], ...] = (
    # Titles: English source texts, translated in the ConsentTableModel context.
    ListColumn(
        "status",
        QT_TRANSLATE_NOOP("ConsentTableModel", "State"),
        lambda c: status_text(c.status),
        lambda n, c: (_STATUS_ORDER[c.status], n),
    ),
    ListColumn(
        "company",
        QT_TRANSLATE_NOOP("ConsentTableModel", "Recipient"),
        lambda c: c.company_name,
        lambda n, c: (norwegian_sort_key(c.company_name), n),
    ),
    ListColumn(
        "contact",
        QT_TRANSLATE_NOOP("ConsentTableModel", "Contact person"),
        lambda c: c.contact_name or anyone_text(),
        lambda n, c: (norwegian_sort_key(c.contact_name or ""), n),
    ),
    ListColumn(
        "categories",
        QT_TRANSLATE_NOOP("ConsentTableModel", "Covers"),
        lambda c: categories_text(c.categories),
        lambda n, c: (len(c.categories), n),
    ),
    ListColumn(
        "given_on",
        QT_TRANSLATE_NOOP("ConsentTableModel", "Given on"),
        lambda c: format_date(c.given_on),
        lambda n, c: (c.given_on, n),
    ),
    ListColumn(
        "expires_on",
        QT_TRANSLATE_NOOP("ConsentTableModel", "Expires on"),
        lambda c: format_date(c.expires_on),
        lambda n, c: (c.expires_on, n),
    ),
    ListColumn(
        "withdrawn_on",
        QT_TRANSLATE_NOOP("ConsentTableModel", "Withdrawn on"),
        lambda c: format_date(c.withdrawn_on),
        lambda n, c: (c.withdrawn_on.toordinal() if c.withdrawn_on else 0, n),
    ),
)


class ConsentTableModel(ListTableModel[ConsentInfo]):
    """A participant's consents, newest first (as the service gives them)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, "ConsentTableModel", parent)

    def tooltip(self, key: str, item: ConsentInfo) -> str | None:
        if key in ("categories", "company", "contact"):
            return self.display(key, item)
        return None

    def look(self, key: str, item: ConsentInfo, role: int) -> Any:
        if key != "status":
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(STATUS_COLOURS[item.status])
        if role == Qt.ItemDataRole.DecorationRole:
            return status_icon(item.status)
        return None
