"""The partner register (R1) and the matching of participants and positions (R1/R2).

Partner chains are companies with their locations, contact persons and the kinds of positions
they hire for, each position with the competences it needs (a framework area or one goal, at a
minimum level). Nothing that a referral or a consent refers to is ever deleted: it is
deactivated, and the database refuses the delete. The matching reads the participants' current
levels from the training plans (`PlanService.current_levels`), ranks with the plain rules of
`matching.py`, and logs every participant it shows, in the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypeVar

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from canteen_app.access import Actor, Permission, require
from canteen_app.core.collation import norwegian_sort_key
from canteen_app.core.errors import ConcurrencyError, DomainError, NotFoundError, ValidationError
from canteen_app.core.text import QT_TRANSLATE_NOOP, Message
from canteen_app.db.service import Clock, Service, reads, writes
from canteen_app.db.unit_of_work import Database
from canteen_app.platform.audit.rules import AuditAction
from canteen_app.platform.audit.service import AuditService
from canteen_app.referrals.partners.dto import (
    Candidate,
    CompanyDetails,
    CompanyRow,
    ContactInfo,
    LocationInfo,
    NeedInfo,
    NeedResult,
    PositionInfo,
    PositionMatch,
    Recipient,
)
from canteen_app.referrals.partners.matching import MatchResult, Need, NeedCheck, match
from canteen_app.referrals.partners.models import (
    SORT_KEY_LENGTH,
    PartnerCompany,
    PartnerContact,
    PartnerLocation,
    PositionNeed,
    PositionType,
)
from canteen_app.referrals.partners.rules import (
    PARTNERS,
    CompanyInput,
    ContactInput,
    LocationInput,
    PartnerRecord,
    PositionInput,
    validate_company,
    validate_contact,
    validate_location,
    validate_position,
)
from canteen_app.training.competence.dto import GoalInfo
from canteen_app.training.competence.framework_data import AREAS
from canteen_app.training.competence.service import CompetenceService
from canteen_app.training.participants.service import ACTIVE, ENTITY, ParticipantService
from canteen_app.training.plans.service import PlanService

__all__ = ["PARTNERS", "PartnerService", "RecipientKey"]

# (company id, location id, position id, contact id or None): whom a referral goes to.
RecipientKey = tuple[int, int, int, int | None]

CANDIDATES_SHOWN = 10  # "closest to ready": the first ones of the ranking
_PAGE = 500  # participants read per page when ranking them for a position
_AREA_NAMES = {area.number: (area.name_nb, area.name_en) for area in AREAS}

_COMPANY_GONE = QT_TRANSLATE_NOOP("errors", "This partner company was not found. It may have been deleted.")
_LOCATION_GONE = QT_TRANSLATE_NOOP("errors", "This location was not found. It may have been deleted.")
_CONTACT_GONE = QT_TRANSLATE_NOOP("errors", "This contact person was not found. They may have been deleted.")
_POSITION_GONE = QT_TRANSLATE_NOOP("errors", "This position was not found. It may have been deleted.")
_IN_USE = QT_TRANSLATE_NOOP(
    "errors", "Referrals or consents refer to this, so it cannot be deleted. Deactivate it instead."
)

_Child = TypeVar("_Child", PartnerLocation, PartnerContact, PositionType)


class PartnerService(Service):
    def __init__(
        self,
        db: Database,
        clock: Clock,
        participants: ParticipantService,
        plans: PlanService,
        competence: CompetenceService,
        audit: AuditService,
    ) -> None:
        super().__init__(db, clock)
        self._participants = participants
        self._plans = plans
        self._competence = competence
        self._audit = audit

    # --- reading the register --------------------------------------------------------------

    @reads
    def companies(
        self, actor: Actor, include_inactive: bool = False, search: str = ""
    ) -> tuple[CompanyRow, ...]:
        """The site's partner companies in Norwegian order, with how many active locations,
        contacts and positions each has; `search` finds a part of the name or the number."""
        require(actor, Permission.VIEW_PARTNERS)
        query = select(
            PartnerCompany.id,
            PartnerCompany.name,
            PartnerCompany.org_number,
            PartnerCompany.active,
            _active_count(PartnerLocation),
            _active_count(PartnerContact),
            _active_count(PositionType),
        ).where(PartnerCompany.site_id == actor.site_id)
        if not include_inactive:
            query = query.where(PartnerCompany.active)
        rows = [
            CompanyRow(*row)
            for row in self.session.execute(query.order_by(PartnerCompany.sort_key, PartnerCompany.id))
        ]
        words = search.casefold().split()
        if words:
            rows = [
                row
                for row in rows
                if all(word in f"{row.name} {row.org_number}".casefold() for word in words)
            ]
        return tuple(rows)

    @reads
    def company(self, actor: Actor, company_id: int) -> CompanyDetails:
        """One company with its locations, contacts and positions (inactive ones too)."""
        require(actor, Permission.VIEW_PARTNERS)
        return self._details(self._company(actor, company_id))

    @reads
    def position_needs(self, position_ids: Iterable[int]) -> dict[int, tuple[NeedInfo, ...]]:
        """The needs of positions, by position id, in the order they were listed (for a caller
        that has checked access)."""
        wanted = set(position_ids)
        if not wanted:
            return {}
        rows = list(
            self.session.scalars(
                select(PositionNeed).where(PositionNeed.position_id.in_(wanted)).order_by(PositionNeed.id)
            )
        )
        goals = self._competence.goals(row.competence_goal_id for row in rows if row.competence_goal_id)
        found: dict[int, list[NeedInfo]] = {position_id: [] for position_id in wanted}
        for row in rows:
            found[row.position_id].append(
                _need_info(row.area_number, row.competence_goal_id, row.min_level, goals)
            )
        return {position_id: tuple(needs) for position_id, needs in found.items()}

    @reads
    def recipients(self, ids: Iterable[RecipientKey]) -> dict[RecipientKey, Recipient]:
        """Whom referrals go to, as documents name them, for keys of (company, location,
        position, contact or None). A key whose parts do not belong together (or are gone) is
        left out. For referrals and dossiers inside their own checked, audited transaction."""
        keys = set(ids)
        if not keys:
            return {}
        companies = self._by_id(PartnerCompany, {key[0] for key in keys})
        locations = self._by_id(PartnerLocation, {key[1] for key in keys})
        positions = self._by_id(PositionType, {key[2] for key in keys})
        contacts = self._by_id(PartnerContact, {key[3] for key in keys if key[3] is not None})
        found: dict[RecipientKey, Recipient] = {}
        for key in keys:
            company_id, location_id, position_id, contact_id = key
            company = companies.get(company_id)
            location = locations.get(location_id)
            position = positions.get(position_id)
            contact = contacts.get(contact_id) if contact_id is not None else None
            if (
                company is None
                or location is None
                or position is None
                or location.company_id != company_id
                or position.company_id != company_id
                or (contact_id is not None and (contact is None or contact.company_id != company_id))
            ):
                continue
            found[key] = Recipient(
                company_id=company.id,
                company_name=company.name,
                location_name=location.name,
                location_city=location.city,
                position_title=position.title,
                contact_name=contact.name if contact else None,
                contact_role=contact.role if contact else None,
                contact_email=contact.email if contact else None,
                contact_phone=contact.phone if contact else None,
            )
        return found

    @reads
    def names(
        self, company_ids: Iterable[int], contact_ids: Iterable[int] = ()
    ) -> tuple[dict[int, str], dict[int, str]]:
        """Company and contact person names by id, for messages and lists inside another
        feature's checked transaction (no actor: partner names are not personal data of
        participants)."""
        companies = self._by_id(PartnerCompany, set(company_ids))
        contacts = self._by_id(PartnerContact, set(contact_ids))
        return (
            {company_id: company.name for company_id, company in companies.items()},
            {contact_id: contact.name for contact_id, contact in contacts.items()},
        )

    # --- writing the register ----------------------------------------------------------------

    @writes
    def save_company(
        self, actor: Actor, data: CompanyInput, company_id: int | None = None, version: int | None = None
    ) -> int:
        """Add a company (company_id None) or change one, checked against the version loaded."""
        require(actor, Permission.MANAGE_PARTNERS)
        company = None
        if company_id is not None:
            stored = company = self._company(actor, company_id)
            self._check_version(stored, version, lambda: self._details(stored))
        clean, errors = validate_company(data)
        if "name" not in errors and self._exists(
            PartnerCompany,
            company_id,
            PartnerCompany.site_id == actor.site_id,
            PartnerCompany.name == clean.name,
        ):
            errors["name"] = Message(
                QT_TRANSLATE_NOOP("errors", "A partner company with this name exists already.")
            )
        if (
            clean.org_number
            and "org_number" not in errors
            and self._exists(
                PartnerCompany,
                company_id,
                PartnerCompany.site_id == actor.site_id,
                PartnerCompany.org_number == clean.org_number,
            )
        ):
            errors["org_number"] = Message(
                QT_TRANSLATE_NOOP("errors", "Another partner company has this organisation number.")
            )
        if errors:
            raise ValidationError(errors)
        if company is None:
            company = PartnerCompany(site_id=actor.site_id)
            self.session.add(company)
        company.name = clean.name
        company.sort_key = norwegian_sort_key(clean.name)[:SORT_KEY_LENGTH]
        company.org_number = clean.org_number
        company.website = clean.website
        self._flush(
            company, "name", QT_TRANSLATE_NOOP("errors", "A partner company with this name exists already.")
        )
        self.changed(PARTNERS, company.id)
        return company.id

    @writes
    def save_location(
        self,
        actor: Actor,
        company_id: int,
        data: LocationInput,
        location_id: int | None = None,
        version: int | None = None,
    ) -> int:
        require(actor, Permission.MANAGE_PARTNERS)
        company = self._company(actor, company_id)
        location = None
        if location_id is not None:
            stored = location = self._child(PartnerLocation, company, location_id, _LOCATION_GONE)
            self._check_version(stored, version, lambda: _location_info(stored))
        clean, errors = validate_location(data)
        if "name" not in errors and self._exists(
            PartnerLocation,
            location_id,
            PartnerLocation.company_id == company.id,
            PartnerLocation.name == clean.name,
        ):
            errors["name"] = Message(
                QT_TRANSLATE_NOOP("errors", "This company has a location with this name already.")
            )
        if errors:
            raise ValidationError(errors)
        if location is None:
            location = PartnerLocation(company_id=company.id)
            self.session.add(location)
        location.name = clean.name
        location.street = clean.street
        location.postcode = clean.postcode
        location.city = clean.city
        self._flush(
            location,
            "name",
            QT_TRANSLATE_NOOP("errors", "This company has a location with this name already."),
        )
        self.changed(PARTNERS, company.id)
        return location.id

    @writes
    def save_contact(
        self,
        actor: Actor,
        company_id: int,
        data: ContactInput,
        contact_id: int | None = None,
        version: int | None = None,
    ) -> int:
        require(actor, Permission.MANAGE_PARTNERS)
        company = self._company(actor, company_id)
        contact = None
        if contact_id is not None:
            stored = contact = self._child(PartnerContact, company, contact_id, _CONTACT_GONE)
            self._check_version(stored, version, lambda: _contact_info(stored))
        clean, errors = validate_contact(data)
        if clean.location_id is not None:
            location = self.session.get(PartnerLocation, clean.location_id)
            if location is None or location.company_id != company.id:
                errors["location_id"] = Message(
                    QT_TRANSLATE_NOOP("errors", "Choose one of this company's locations.")
                )
        if errors:
            raise ValidationError(errors)
        if contact is None:
            contact = PartnerContact(company_id=company.id)
            self.session.add(contact)
        contact.name = clean.name
        contact.role = clean.role
        contact.phone = clean.phone
        contact.email = clean.email
        contact.location_id = clean.location_id
        self._flush(contact)
        self.changed(PARTNERS, company.id)
        return contact.id

    @writes
    def save_position(
        self,
        actor: Actor,
        company_id: int,
        data: PositionInput,
        position_id: int | None = None,
        version: int | None = None,
    ) -> int:
        """Add or change a position with the competences it needs (they replace the old ones)."""
        require(actor, Permission.MANAGE_PARTNERS)
        company = self._company(actor, company_id)
        position = None
        kept: set[int] = set()
        if position_id is not None:
            stored = position = self._child(PositionType, company, position_id, _POSITION_GONE)
            self._check_version(stored, version, lambda: self._position_info(stored))
            kept = {
                goal_id
                for goal_id in self.session.scalars(
                    select(PositionNeed.competence_goal_id).where(PositionNeed.position_id == position.id)
                )
                if goal_id is not None
            }
        clean, errors = validate_position(data)
        if "title" not in errors and self._exists(
            PositionType,
            position_id,
            PositionType.company_id == company.id,
            PositionType.title == clean.title,
        ):
            errors["title"] = Message(
                QT_TRANSLATE_NOOP("errors", "This company has a position with this title already.")
            )
        if "needs" not in errors:
            problem = self._goals_problem(
                actor, [n.competence_goal_id for n in clean.needs if n.competence_goal_id], kept
            )
            if problem is not None:
                errors["needs"] = problem
        if errors:
            raise ValidationError(errors)
        if position is None:
            position = PositionType(company_id=company.id)
            self.session.add(position)
        position.title = clean.title
        position.description = clean.description
        self._flush(
            position,
            "title",
            QT_TRANSLATE_NOOP("errors", "This company has a position with this title already."),
        )
        self.session.execute(delete(PositionNeed).where(PositionNeed.position_id == position.id))
        self.session.add_all(
            PositionNeed(
                position_id=position.id,
                area_number=need.area_number,
                competence_goal_id=need.competence_goal_id,
                min_level=need.min_level,
            )
            for need in clean.needs
        )
        self.session.flush()
        self.changed(PARTNERS, company.id)
        return position.id

    @writes
    def set_active(self, actor: Actor, kind: PartnerRecord, record_id: int, active: bool) -> None:
        """Deactivate a record (it leaves the lists to choose from; what refers to it keeps it),
        or bring it back."""
        require(actor, Permission.MANAGE_PARTNERS)
        record = self._record(actor, PartnerRecord(kind), record_id)
        if record.active != active:
            record.active = active
            self._flush(record)
        self.changed(PARTNERS, _company_of(record))

    @writes
    def delete(self, actor: Actor, kind: PartnerRecord, record_id: int) -> None:
        """Delete a record typed by mistake. Anything a referral or a consent refers to cannot
        be deleted (the database refuses it): it is deactivated instead."""
        require(actor, Permission.MANAGE_PARTNERS)
        record = self._record(actor, PartnerRecord(kind), record_id)
        company_id = _company_of(record)
        self.session.delete(record)
        try:
            self.session.flush()
        except IntegrityError as error:
            raise DomainError(_IN_USE) from error
        self.changed(PARTNERS, company_id)

    # --- matching ------------------------------------------------------------------------------

    @writes
    def matches_for_participant(self, actor: Actor, participant_id: int) -> tuple[PositionMatch, ...]:
        """The active positions of the active partners, best covered first, with the needs the
        participant's current levels cover and miss. The view is logged."""
        require(actor, Permission.VIEW_PARTNERS)
        self._participants.check_access(actor, participant_id)
        levels = self._plans.current_levels(actor.site_id, [participant_id]).get(participant_id, {})
        area_of = self._area_of(levels)
        positions = self.session.execute(
            select(
                PositionType.id,
                PositionType.title,
                PartnerCompany.id,
                PartnerCompany.name,
                PartnerCompany.sort_key,
            )
            .join(PartnerCompany, PartnerCompany.id == PositionType.company_id)
            .where(PartnerCompany.site_id == actor.site_id, PartnerCompany.active, PositionType.active)
        ).all()
        needs = self.position_needs(row[0] for row in positions)
        ranked: list[tuple[tuple[float, float, str, str], PositionMatch]] = []
        for position_id, title, company_id, company_name, company_key in positions:
            infos = needs.get(position_id, ())
            result = match([_need(info) for info in infos], levels, area_of)
            covered, missing = _results(infos, result)
            key = (*result.rank_key(), company_key, norwegian_sort_key(title))
            ranked.append(
                (
                    key,
                    PositionMatch(
                        position_id, company_name, title, covered, missing, result.score, company_id
                    ),
                )
            )
        ranked.sort(key=lambda item: item[0])
        self._audit.record(actor, AuditAction.VIEW, ENTITY, participant_id, "position matching")
        return tuple(found for _key, found in ranked)

    @writes
    def candidates_for_position(
        self, actor: Actor, position_id: int, limit: int = CANDIDATES_SHOWN
    ) -> tuple[Candidate, ...]:
        """The active participants of the site closest to ready for a position: the best
        covered first, then the least far below; those with no assessed level in any of its
        needs are left out. Each participant shown is logged."""
        require(actor, Permission.VIEW_PARTNERS)
        require(actor, Permission.VIEW_PARTICIPANT_DETAILS)
        position = self._position(actor, position_id)
        infos = self.position_needs([position.id]).get(position.id, ())
        wanted = [_need(info) for info in infos]
        people = self._active_participants(actor)
        levels = self._plans.current_levels(actor.site_id, people)
        area_of = self._area_of(goal for found in levels.values() for goal in found)
        ranked: list[tuple[tuple[float, float, int], int, MatchResult]] = []
        for order, participant_id in enumerate(people):  # in name order: ties stay by name
            result = match(wanted, levels.get(participant_id, {}), area_of)
            if result.anything_known:
                ranked.append(((*result.rank_key(), order), participant_id, result))
        ranked.sort(key=lambda item: item[0])
        shown = []
        for _key, participant_id, result in ranked[:limit]:
            covered, missing = _results(infos, result)
            shown.append(Candidate(participant_id, people[participant_id], covered, missing, result.score))
            self._audit.record(
                actor, AuditAction.VIEW, ENTITY, participant_id, f"matched to position {position.id}"
            )
        return tuple(shown)

    # --- helpers -------------------------------------------------------------------------------

    def _active_participants(self, actor: Actor) -> dict[int, str]:
        """The site's participants whose measure runs, in name order: id -> name (the
        participant list's rows, the same a coach sees there)."""
        people: dict[int, str] = {}
        offset = 0
        while True:
            rows = self._participants.rows(actor, offset=offset, limit=_PAGE, status=ACTIVE)
            people.update((row.id, row.full_name) for row in rows)
            if len(rows) < _PAGE:
                return people
            offset += _PAGE

    def _area_of(self, goal_ids: Iterable[int]) -> dict[int, int]:
        """Goal id -> the number of its area."""
        return {goal.id: goal.area_number for goal in self._competence.goals(goal_ids).values()}

    def _goals_problem(self, actor: Actor, goal_ids: Sequence[int], kept: set[int]) -> Message | None:
        """A goal that is not in the site's framework, or retired (a need may keep its own)."""
        if not goal_ids:
            return None
        known = {
            goal.id: goal
            for area in self._competence.framework(actor, include_retired=True)
            for goal in area.goals
        }
        for goal_id in goal_ids:
            goal = known.get(goal_id)
            if goal is None:
                return Message(
                    QT_TRANSLATE_NOOP("errors", "A competence goal was not found; choose it again.")
                )
            if goal.retired and goal_id not in kept:
                return Message(QT_TRANSLATE_NOOP("errors", "This goal is retired; choose another."))
        return None

    def _details(self, company: PartnerCompany) -> CompanyDetails:
        locations = list(
            self.session.scalars(select(PartnerLocation).where(PartnerLocation.company_id == company.id))
        )
        contacts = list(
            self.session.scalars(select(PartnerContact).where(PartnerContact.company_id == company.id))
        )
        positions = list(
            self.session.scalars(select(PositionType).where(PositionType.company_id == company.id))
        )
        needs = self.position_needs(position.id for position in positions)
        return CompanyDetails(
            id=company.id,
            name=company.name,
            org_number=company.org_number,
            website=company.website,
            active=company.active,
            version=company.version,
            locations=tuple(_location_info(found) for found in _sorted(locations, lambda found: found.name)),
            contacts=tuple(_contact_info(found) for found in _sorted(contacts, lambda found: found.name)),
            positions=tuple(
                _position_info(found, needs.get(found.id, ()))
                for found in _sorted(positions, lambda found: found.title)
            ),
        )

    def _position_info(self, position: PositionType) -> PositionInfo:
        return _position_info(position, self.position_needs([position.id]).get(position.id, ()))

    def _company(self, actor: Actor, company_id: int) -> PartnerCompany:
        company = self.session.get(PartnerCompany, company_id)
        if company is None or company.site_id != actor.site_id:
            raise NotFoundError(_COMPANY_GONE)
        return company

    def _child(self, model: type[_Child], company: PartnerCompany, record_id: int, gone: str) -> _Child:
        record = self.session.get(model, record_id)
        if record is None or record.company_id != company.id:
            raise NotFoundError(gone)
        return record

    def _position(self, actor: Actor, position_id: int) -> PositionType:
        position = self.session.get(PositionType, position_id)
        if position is None:
            raise NotFoundError(_POSITION_GONE)
        company = self.session.get(PartnerCompany, position.company_id)
        if company is None or company.site_id != actor.site_id:
            raise NotFoundError(_POSITION_GONE)
        return position

    def _record(self, actor: Actor, kind: PartnerRecord, record_id: int) -> Any:
        if kind is PartnerRecord.COMPANY:
            return self._company(actor, record_id)
        model: Any
        model, gone = {
            PartnerRecord.LOCATION: (PartnerLocation, _LOCATION_GONE),
            PartnerRecord.CONTACT: (PartnerContact, _CONTACT_GONE),
            PartnerRecord.POSITION: (PositionType, _POSITION_GONE),
        }[kind]
        record = self.session.get(model, record_id)
        company = self.session.get(PartnerCompany, record.company_id) if record is not None else None
        if record is None or company is None or company.site_id != actor.site_id:
            raise NotFoundError(gone)
        return record

    def _by_id(self, model: Any, ids: set[int]) -> dict[int, Any]:
        if not ids:
            return {}
        return {record.id: record for record in self.session.scalars(select(model).where(model.id.in_(ids)))}

    def _exists(self, model: Any, own_id: int | None, *where: Any) -> bool:
        """Whether another record than `own_id` meets `where` (a name taken)."""
        return any(found != own_id for found in self.session.scalars(select(model.id).where(*where)))

    @staticmethod
    def _check_version(record: Any, version: int | None, current: Any) -> None:
        """Changes are made to the version the user loaded; `current()` is the stored record
        the user then compares with."""
        if version is None:
            raise ValueError("a change needs the version it was made to")
        if record.version != version:
            raise ConcurrencyError(current())

    def _flush(self, record: Any, field_name: str = "", taken: str = "") -> None:
        """Store the record; someone else's save between our read and this write is a
        conflict, a name another PC took meanwhile is the user's to change."""
        record.updated_at = self.now()
        flag_modified(record, "updated_at")  # every save is a new version, even at the same moment
        try:
            self.session.flush()
        except StaleDataError as error:
            raise ConcurrencyError() from error
        except IntegrityError as error:
            if not field_name:
                raise
            raise ValidationError({field_name: Message(taken)}) from error


def _active_count(model: Any) -> Any:
    """How many active children (locations, contacts, positions) a company has."""
    return (
        select(func.count())
        .where(model.company_id == PartnerCompany.id, model.active)
        .correlate(PartnerCompany)
        .scalar_subquery()
    )


_T = TypeVar("_T")


def _sorted(records: Iterable[_T], name: Any) -> list[_T]:
    return sorted(records, key=lambda record: (norwegian_sort_key(name(record)), getattr(record, "id", 0)))


def _company_of(record: Any) -> int:
    return int(record.id if isinstance(record, PartnerCompany) else record.company_id)


def _location_info(location: PartnerLocation) -> LocationInfo:
    return LocationInfo(
        location.id,
        location.name,
        location.street,
        location.postcode,
        location.city,
        location.active,
        location.version,
    )


def _contact_info(contact: PartnerContact) -> ContactInfo:
    return ContactInfo(
        contact.id,
        contact.name,
        contact.role,
        contact.phone,
        contact.email,
        contact.location_id,
        contact.active,
        contact.version,
    )


def _position_info(position: PositionType, needs: tuple[NeedInfo, ...]) -> PositionInfo:
    return PositionInfo(
        position.id, position.title, position.description, position.active, position.version, needs
    )


def _short(name: str) -> str:
    """An area's name without its examples in brackets."""
    return name.split(" (", 1)[0]


def _need_info(
    area_number: int | None, goal_id: int | None, min_level: int, goals: Mapping[int, GoalInfo]
) -> NeedInfo:
    if area_number is not None:
        name_nb, name_en = _AREA_NAMES.get(area_number, (str(area_number), str(area_number)))
        return NeedInfo(
            area_number,
            None,
            min_level,
            f"{_short(name_nb)} – hele området",
            f"{_short(name_en)} – the whole area",
        )
    goal = goals.get(goal_id) if goal_id is not None else None
    if goal is None:
        return NeedInfo(None, goal_id, min_level, f"Mål {goal_id}", f"Goal {goal_id}")
    return NeedInfo(None, goal_id, min_level, goal.text_nb, goal.text_en or goal.text_nb)


def _need(info: NeedInfo) -> Need:
    return Need(info.area_number, info.competence_goal_id, info.min_level)


def _result(info: NeedInfo, check: NeedCheck) -> NeedResult:
    return NeedResult(info.label, info.min_level, check.current, check.covered, info.label_en)


def _results(
    infos: Sequence[NeedInfo], result: MatchResult
) -> tuple[tuple[NeedResult, ...], tuple[NeedResult, ...]]:
    """The position's needs split into covered and missing, each in the position's order."""
    pairs = list(zip(infos, result.checks, strict=True))
    return (
        tuple(_result(info, check) for info, check in pairs if check.covered),
        tuple(_result(info, check) for info, check in pairs if not check.covered),
    )
