"""The referral list's table: participant, company, location, position, contact person, stage,
since when, and the consent's state for the recipient (in words, coloured besides)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush

from canteen_app.core.collation import norwegian_sort_key
from canteen_app.core.text import QT_TRANSLATE_NOOP
from canteen_app.referrals.referrals.dto import ReferralRow
from canteen_app.referrals.referrals.rules import STAGE_ORDER, Stage
from ui.common.formatting import format_date
from ui.common.qt_models import ListColumn, ListTableModel, RawValueRole
from ui.referrals.referrals.words import CONSENT_COLOURS, consent_text, stage_text

_CONSENT_ORDER = {"valid": 0, "expired": 1, "withdrawn": 2, "none": 3}

COLUMNS: tuple[ListColumn[ReferralRow], ...] = (
    # Titles: English source texts, translated in the ReferralTableModel context.
    ListColumn(
        "participant",
        QT_TRANSLATE_NOOP("ReferralTableModel", "Participant"),
        lambda r: r.participant_name,
        lambda _n, r: norwegian_sort_key(r.participant_name),
    ),
    ListColumn(
        "company",
        QT_TRANSLATE_NOOP("ReferralTableModel", "Company"),
        lambda r: r.company_name,
        lambda _n, r: norwegian_sort_key(r.company_name),
    ),
    ListColumn(
        "location",
        QT_TRANSLATE_NOOP("ReferralTableModel", "Location"),
        lambda r: r.location_name,
        lambda _n, r: norwegian_sort_key(r.location_name),
    ),
    ListColumn(
        "position",
        QT_TRANSLATE_NOOP("ReferralTableModel", "Position"),
        lambda r: r.position_title,
        lambda _n, r: norwegian_sort_key(r.position_title),
    ),
    ListColumn(
        "contact",
        QT_TRANSLATE_NOOP("ReferralTableModel", "Contact person"),
        lambda r: r.contact_name or "",
        lambda _n, r: norwegian_sort_key(r.contact_name or "~"),
    ),
    ListColumn(
        "stage",
        QT_TRANSLATE_NOOP("ReferralTableModel", "Stage"),
        lambda r: stage_text(r.stage),
        lambda _n, r: STAGE_ORDER.index(r.stage),
    ),
    ListColumn(
        "since",
        QT_TRANSLATE_NOOP("ReferralTableModel", "Since"),
        lambda r: format_date(r.stage_on),
        lambda _n, r: r.stage_on.toordinal(),
    ),
    ListColumn(
        "consent",
        QT_TRANSLATE_NOOP("ReferralTableModel", "Consent"),
        lambda r: consent_text(r.consent),
        lambda _n, r: _CONSENT_ORDER.get(r.consent.value, 9),
    ),
)


class ReferralTableModel(ListTableModel[ReferralRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, "ReferralTableModel", parent)

    def look(self, key: str, item: ReferralRow, role: int) -> Any:
        if key == "consent" and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(CONSENT_COLOURS[item.consent])
        return None


class StageFilter(QSortFilterProxyModel):
    """The list sorted on its raw values, showing one stage (or every stage)."""

    def __init__(self, model: ReferralTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._stage: Stage | None = None
        self.setSourceModel(model)
        self.setSortRole(RawValueRole)

    @property
    def stage(self) -> Stage | None:
        return self._stage

    def set_stage(self, stage: Stage | None) -> None:
        self.beginFilterChange()
        self._stage = stage
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Any) -> bool:
        return self._stage is None or self._model.row_at(source_row).stage is self._stage
