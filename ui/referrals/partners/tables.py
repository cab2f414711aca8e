"""The partner screens' tables: companies; a company's locations, contacts and positions; and
the matching's rows (positions for a participant, participants for a position, and the needs
of one of them, met or missing)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from canteen_app.core.text import QT_TRANSLATE_NOOP
from canteen_app.referrals.partners.dto import (
    Candidate,
    CompanyRow,
    ContactInfo,
    LocationInfo,
    NeedResult,
    PositionInfo,
    PositionMatch,
)
from ui.common.formatting import HINT_COLOUR
from ui.common.qt_models import ALIGN_RIGHT, ListColumn, ListTableModel
from ui.referrals.partners.words import current_text, result_status, score_text

CONTEXT = "PartnerTables"  # the column titles' translation context


def _inactive(name: str, active: bool) -> str:
    if active:
        return name
    return QCoreApplication.translate("PartnerTables", "{name} (inactive)").format(name=name)


def _org_number(number: str) -> str:
    """ "923 609 016": the register's own grouping."""
    return f"{number[:3]} {number[3:6]} {number[6:]}" if len(number) == 9 else number


class _Greyed(ListTableModel[Any]):
    """Inactive rows in the hint colour, besides the word "(inactive)"."""

    def look(self, key: str, item: Any, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not getattr(item, "active", True):
            return QBrush(QColor(HINT_COLOUR))
        return None


COMPANY_COLUMNS: tuple[ListColumn[CompanyRow], ...] = (
    ListColumn(
        "name",
        QT_TRANSLATE_NOOP("PartnerTables", "Company"),
        lambda c: _inactive(c.name, c.active),
        lambda n, _c: n,
    ),
    ListColumn(
        "org_number",
        QT_TRANSLATE_NOOP("PartnerTables", "Org. no."),
        lambda c: _org_number(c.org_number),
        lambda _n, c: c.org_number,
    ),
    ListColumn(
        "locations",
        QT_TRANSLATE_NOOP("PartnerTables", "Locations"),
        lambda c: str(c.location_count),
        lambda _n, c: c.location_count,
        ALIGN_RIGHT,
    ),
    ListColumn(
        "contacts",
        QT_TRANSLATE_NOOP("PartnerTables", "Contacts"),
        lambda c: str(c.contact_count),
        lambda _n, c: c.contact_count,
        ALIGN_RIGHT,
    ),
    ListColumn(
        "positions",
        QT_TRANSLATE_NOOP("PartnerTables", "Positions"),
        lambda c: str(c.position_count),
        lambda _n, c: c.position_count,
        ALIGN_RIGHT,
    ),
)


class CompanyTableModel(_Greyed):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COMPANY_COLUMNS, CONTEXT, parent)


LOCATION_COLUMNS: tuple[ListColumn[LocationInfo], ...] = (
    ListColumn(
        "name",
        QT_TRANSLATE_NOOP("PartnerTables", "Location"),
        lambda x: _inactive(x.name, x.active),
        lambda n, _x: n,
    ),
    ListColumn(
        "street", QT_TRANSLATE_NOOP("PartnerTables", "Street"), lambda x: x.street, lambda _n, x: x.street
    ),
    ListColumn(
        "city",
        QT_TRANSLATE_NOOP("PartnerTables", "Postcode and city"),
        lambda x: f"{x.postcode} {x.city}".strip(),
        lambda _n, x: (x.city, x.postcode),
    ),
)


class LocationTableModel(_Greyed):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(LOCATION_COLUMNS, CONTEXT, parent)


class ContactTableModel(_Greyed):
    """Contacts, with the name of the location they work at."""

    def __init__(self, parent: QObject | None = None) -> None:
        columns: tuple[ListColumn[ContactInfo], ...] = (
            ListColumn(
                "name",
                QT_TRANSLATE_NOOP("PartnerTables", "Contact person"),
                lambda x: _inactive(x.name, x.active),
                lambda n, _x: n,
            ),
            ListColumn(
                "role", QT_TRANSLATE_NOOP("PartnerTables", "Role"), lambda x: x.role, lambda _n, x: x.role
            ),
            ListColumn(
                "phone", QT_TRANSLATE_NOOP("PartnerTables", "Phone"), lambda x: x.phone, lambda _n, x: x.phone
            ),
            ListColumn(
                "email",
                QT_TRANSLATE_NOOP("PartnerTables", "E-mail"),
                lambda x: x.email,
                lambda _n, x: x.email,
            ),
            ListColumn(
                "location",
                QT_TRANSLATE_NOOP("PartnerTables", "Location"),
                self._location_name,
                lambda _n, x: self._location_name(x),
            ),
        )
        super().__init__(columns, CONTEXT, parent)
        self._locations: dict[int, str] = {}

    def set_locations(self, locations: dict[int, str]) -> None:
        self._locations = dict(locations)

    def _location_name(self, contact: ContactInfo) -> str:
        if contact.location_id is None:
            return QCoreApplication.translate("PartnerTables", "The whole company")
        return self._locations.get(contact.location_id, "")


POSITION_COLUMNS: tuple[ListColumn[PositionInfo], ...] = (
    ListColumn(
        "title",
        QT_TRANSLATE_NOOP("PartnerTables", "Position"),
        lambda x: _inactive(x.title, x.active),
        lambda n, _x: n,
    ),
    ListColumn(
        "needs",
        QT_TRANSLATE_NOOP("PartnerTables", "Competences needed"),
        lambda x: str(len(x.needs)),
        lambda _n, x: len(x.needs),
        ALIGN_RIGHT,
    ),
    ListColumn(
        "description",
        QT_TRANSLATE_NOOP("PartnerTables", "Description"),
        lambda x: x.description.replace("\n", " "),
        lambda _n, x: x.description,
    ),
)


class PositionTableModel(_Greyed):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(POSITION_COLUMNS, CONTEXT, parent)

    def tooltip(self, key: str, item: Any) -> str | None:
        return (item.description or None) if key == "description" else None


# --- the matching ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class MatchRow:
    """A ranked position, with an id for the table (the position's)."""

    rank: int
    match: PositionMatch

    @property
    def id(self) -> int:
        return self.match.position_id


def _score(covered: int, missing: int) -> str:
    return score_text(covered, covered + missing)


MATCH_COLUMNS: tuple[ListColumn[MatchRow], ...] = (
    ListColumn(
        "rank",
        QT_TRANSLATE_NOOP("PartnerTables", "No."),
        lambda r: str(r.rank),
        lambda _n, r: r.rank,
        ALIGN_RIGHT,
    ),
    ListColumn(
        "company",
        QT_TRANSLATE_NOOP("PartnerTables", "Company"),
        lambda r: r.match.company_name,
        lambda _n, r: r.match.company_name.casefold(),
    ),
    ListColumn(
        "position",
        QT_TRANSLATE_NOOP("PartnerTables", "Position"),
        lambda r: r.match.position_title,
        lambda _n, r: r.match.position_title.casefold(),
    ),
    ListColumn(
        "met",
        QT_TRANSLATE_NOOP("PartnerTables", "Needs met"),
        lambda r: _score(len(r.match.covered), len(r.match.missing)),
        lambda n, _r: n,
        ALIGN_RIGHT,
    ),
)


class MatchTableModel(ListTableModel[MatchRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(MATCH_COLUMNS, CONTEXT, parent)


@dataclass(frozen=True)
class CandidateRow:
    rank: int
    candidate: Candidate

    @property
    def id(self) -> int:
        return self.candidate.participant_id


CANDIDATE_COLUMNS: tuple[ListColumn[CandidateRow], ...] = (
    ListColumn(
        "rank",
        QT_TRANSLATE_NOOP("PartnerTables", "No."),
        lambda r: str(r.rank),
        lambda _n, r: r.rank,
        ALIGN_RIGHT,
    ),
    ListColumn(
        "name",
        QT_TRANSLATE_NOOP("PartnerTables", "Participant"),
        lambda r: r.candidate.name,
        lambda _n, r: r.candidate.name.casefold(),
    ),
    ListColumn(
        "met",
        QT_TRANSLATE_NOOP("PartnerTables", "Needs met"),
        lambda r: _score(len(r.candidate.covered), len(r.candidate.missing)),
        lambda n, _r: n,
        ALIGN_RIGHT,
    ),
)


class CandidateTableModel(ListTableModel[CandidateRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(CANDIDATE_COLUMNS, CONTEXT, parent)


@dataclass(frozen=True)
class NeedRow:
    """One need of the chosen position or participant, met or missing."""

    id: int  # its place in the list
    result: NeedResult
    language: str


NEED_COLUMNS: tuple[ListColumn[NeedRow], ...] = (
    ListColumn(
        "need",
        QT_TRANSLATE_NOOP("PartnerTables", "Competence"),
        lambda r: r.result.text(r.language),
        lambda n, _r: n,
    ),
    ListColumn(
        "needed",
        QT_TRANSLATE_NOOP("PartnerTables", "Needed"),
        lambda r: str(r.result.min_level),
        lambda _n, r: r.result.min_level,
        ALIGN_RIGHT,
    ),
    ListColumn(
        "now",
        QT_TRANSLATE_NOOP("PartnerTables", "Now"),
        lambda r: current_text(r.result.current_level),
        lambda _n, r: r.result.current_level if r.result.current_level is not None else -1.0,
        ALIGN_RIGHT,
    ),
    ListColumn(
        "status",
        QT_TRANSLATE_NOOP("PartnerTables", "Met?"),
        lambda r: result_status(r.result),
        lambda _n, r: (r.result.covered, r.result.current_level or 0.0),
    ),
)


class NeedTableModel(ListTableModel[NeedRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(NEED_COLUMNS, CONTEXT, parent)

    def look(self, key: str, item: NeedRow, role: int) -> Any:
        if key == "status" and not item.result.covered:
            return self.warning_look(role)
        return None

    def tooltip(self, key: str, item: NeedRow) -> str | None:
        return item.result.text(item.language) if key == "need" else None
