"""Guest counting at the kiosk (C4): one committed row per tap, undo of this kiosk's last tap."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import cast

from sqlalchemy import Table, bindparam, func, insert, select

from canteen_app.access import Actor, Permission, require
from canteen_app.canteen.guests.dto import DayCounts, GuestCategoryInfo, KioskState, TapResult, UndoResult
from canteen_app.canteen.guests.models import GuestCategory, GuestTap
from canteen_app.canteen.guests.rules import (
    CATEGORY_NAME_MAX,
    DEVICE_MAX,
    GUEST_CATEGORIES,
    GUEST_COUNTS,
    UNDO_WINDOW,
)
from canteen_app.core.dates import local_day
from canteen_app.core.errors import NotFoundError, ValidationError
from canteen_app.core.text import QT_TRANSLATE_NOOP, Message
from canteen_app.db.service import Service, reads, writes

__all__ = ["GUEST_CATEGORIES", "GUEST_COUNTS", "GuestService"]

_CATEGORY_GONE = QT_TRANSLATE_NOOP(
    "errors", "This guest category is no longer in use. Ask the canteen manager to check the kiosk."
)


class GuestService(Service):
    # --- categories --------------------------------------------------------------------------

    @reads
    def categories(self, site_id: int, include_inactive: bool = False) -> list[GuestCategoryInfo]:
        query = select(GuestCategory).where(GuestCategory.site_id == site_id)
        if not include_inactive:
            query = query.where(GuestCategory.active)
        query = query.order_by(GuestCategory.sort_order, GuestCategory.id)
        return [_category_info(category) for category in self.session.scalars(query)]

    @writes
    def add_category(self, actor: Actor, name_nb: str, name_en: str) -> GuestCategoryInfo:
        require(actor, Permission.MANAGE_SETTINGS)
        name_nb, name_en = name_nb.strip(), name_en.strip()
        self._validate_category(actor.site_id, name_nb)
        highest = self.session.scalar(
            select(func.max(GuestCategory.sort_order)).where(GuestCategory.site_id == actor.site_id)
        )
        category = GuestCategory(
            site_id=actor.site_id,
            name_nb=name_nb,
            name_en=name_en or name_nb,
            sort_order=(highest or 0) + 1,
            is_default=False,
            active=True,
        )
        self.session.add(category)
        self.session.flush()
        self.changed(GUEST_CATEGORIES, category.id)
        return _category_info(category)

    @writes
    def set_category_active(self, actor: Actor, category_id: int, active: bool) -> None:
        """Retire a category from the kiosk without losing the taps already counted in it."""
        require(actor, Permission.MANAGE_SETTINGS)
        category = self.session.get(GuestCategory, category_id)
        if category is None or category.site_id != actor.site_id:
            raise NotFoundError(_CATEGORY_GONE)
        if category.is_default and not active:
            raise ValidationError(
                {"active": Message(QT_TRANSLATE_NOOP("errors", "The default category cannot be retired."))}
            )
        category.active = active
        self.changed(GUEST_CATEGORIES, category.id)

    def _validate_category(self, site_id: int, name_nb: str) -> None:
        if not name_nb:
            raise ValidationError({"name_nb": Message(QT_TRANSLATE_NOOP("errors", "The name is required."))})
        if len(name_nb) > CATEGORY_NAME_MAX:
            raise ValidationError(
                {
                    "name_nb": Message(
                        QT_TRANSLATE_NOOP("errors", "Use at most {max} characters."),
                        {"max": CATEGORY_NAME_MAX},
                    )
                }
            )
        clash = self.session.scalar(
            select(GuestCategory.id).where(GuestCategory.site_id == site_id, GuestCategory.name_nb == name_nb)
        )
        if clash is not None:
            raise ValidationError(
                {"name_nb": Message(QT_TRANSLATE_NOOP("errors", "A category with this name already exists."))}
            )

    # --- counting ----------------------------------------------------------------------------

    @writes(savepoint=False)
    def record_tap(self, actor: Actor, category_id: int, device: str) -> TapResult:
        """Store one guest as its own row; it is on disk when the action commits.

        The busiest write of the program, so it is two prepared statements and no savepoint:
        the day's counts so far, then the one write, last (the row goes in only if the
        category is this site's and active). Nothing else can write in between: the action
        holds the write lock (SQLite's BEGIN IMMEDIATE), or, on PostgreSQL, the counts are a
        moment's picture as ever.
        """
        require(actor, Permission.COUNT_GUESTS)
        now = self.now()
        day = local_day(now)
        counts = self._day_counts(actor.site_id, day)
        tap_id = self.session.connection().scalar(
            _INSERT_TAP_OF_ACTIVE_CATEGORY,
            {
                "site_id": actor.site_id,
                "category_id": category_id,
                "tapped_at": now,
                "service_date": day,
                "device": device[:DEVICE_MAX],
            },
        )
        if tap_id is None:
            raise NotFoundError(_CATEGORY_GONE)  # nothing was written
        self.changed(GUEST_COUNTS)
        counts.by_category[category_id] = counts.by_category.get(category_id, 0) + 1
        return TapResult(tap_id=tap_id, counts=counts)

    @writes
    def undo_last_tap(self, actor: Actor, device: str) -> UndoResult:
        """Take back this kiosk's last tap, if it was made in the last few minutes.

        Each tap can be taken back once, and only the last one: a second undo in a row finds
        nothing, so the day's count cannot be emptied by pressing undo again and again.
        Taps from other kiosks are never touched.
        """
        require(actor, Permission.COUNT_GUESTS)
        now = self.now()
        day = local_day(now)
        last = self._undoable_tap(actor.site_id, device, day)
        if last is None:
            return UndoResult(undone_tap_id=None, counts=self._day_counts(actor.site_id, day))
        last.undone_at = now
        self.session.flush()
        self.changed(GUEST_COUNTS)
        return UndoResult(
            undone_tap_id=last.id,
            counts=self._day_counts(actor.site_id, day),
            undone_category_id=last.category_id,
        )

    @reads
    def today(self, site_id: int) -> DayCounts:
        return self._day_counts(site_id, local_day(self.now()))

    @reads
    def counts_for_day(self, site_id: int, day: date) -> DayCounts:
        return self._day_counts(site_id, day)

    @reads
    def can_undo(self, site_id: int, device: str) -> bool:
        return self._undoable_tap(site_id, device, local_day(self.now())) is not None

    @reads
    def kiosk_state(self, site_id: int, device: str) -> KioskState:
        """Everything a kiosk screen shows, read in one transaction."""
        return KioskState(
            categories=tuple(self.categories(site_id)),
            counts=self.today(site_id),
            can_undo=self.can_undo(site_id, device),
        )

    # --- history, for the statistics --------------------------------------------------------

    @reads
    def has_taps(self) -> bool:
        """Whether any guest was ever counted (demo data only goes into an empty database)."""
        return self.session.scalar(select(GuestTap.id).limit(1)) is not None

    @reads
    def first_service_day(self, actor: Actor) -> date | None:
        require(actor, Permission.VIEW_GUEST_STATISTICS)
        return self.session.scalar(
            select(func.min(GuestTap.service_date)).where(GuestTap.site_id == actor.site_id)
        )

    @reads
    def counts_per_day(self, actor: Actor, start: date, end: date) -> dict[date, dict[int, int]]:
        """Day -> category id -> guests, for the days with guests from start to end."""
        require(actor, Permission.VIEW_GUEST_STATISTICS)
        query = (
            select(GuestTap.service_date, GuestTap.category_id, func.count())
            .where(
                GuestTap.site_id == actor.site_id,
                GuestTap.service_date.between(start, end),
                GuestTap.undone_at.is_(None),
            )
            .group_by(GuestTap.service_date, GuestTap.category_id)
        )
        per_day: dict[date, dict[int, int]] = defaultdict(dict)
        for day, category_id, count in self.session.execute(query):
            per_day[day][category_id] = count
        return dict(per_day)

    @reads
    def totals_per_day(self, actor: Actor, start: date, end: date) -> list[tuple[date, int]]:
        """(day, guests) for the days with guests from start to end, oldest first."""
        require(actor, Permission.VIEW_GUEST_STATISTICS)
        query = (
            select(GuestTap.service_date, func.count())
            .where(
                GuestTap.site_id == actor.site_id,
                GuestTap.service_date.between(start, end),
                GuestTap.undone_at.is_(None),
            )
            .group_by(GuestTap.service_date)
            .order_by(GuestTap.service_date)
        )
        return [(day, int(total)) for day, total in self.session.execute(query)]

    def _undoable_tap(self, site_id: int, device: str, day: date) -> GuestTap | None:
        """This device's most recent tap of the day, if it is recent and not taken back yet."""
        last = self.session.scalar(
            select(GuestTap)
            .where(
                GuestTap.site_id == site_id,
                GuestTap.device == device[:DEVICE_MAX],
                GuestTap.service_date == day,
            )
            .order_by(GuestTap.id.desc())
            .limit(1)
        )
        if last is None or last.undone_at is not None or last.tapped_at < self.now() - UNDO_WINDOW:
            return None
        return last

    def _day_counts(self, site_id: int, day: date) -> DayCounts:
        rows = self.session.connection().execute(_DAY_COUNTS, {"site_id": site_id, "service_date": day})
        return DayCounts(day=day, by_category={category_id: count for category_id, count in rows})


# The tap path's statements, built once (building a statement costs more than running it),
# and run on the transaction's connection: they need none of the ORM's handling.
_INSERT_TAP_OF_ACTIVE_CATEGORY = (
    insert(cast(Table, GuestTap.__table__))  # the table: a plain INSERT, no ORM bulk handling
    .from_select(
        ["site_id", "category_id", "tapped_at", "service_date", "device"],
        select(
            GuestCategory.site_id,
            GuestCategory.id,
            bindparam("tapped_at", type_=GuestTap.tapped_at.type),
            bindparam("service_date", type_=GuestTap.service_date.type),
            bindparam("device", type_=GuestTap.device.type),
        ).where(
            GuestCategory.id == bindparam("category_id"),
            GuestCategory.site_id == bindparam("site_id"),
            GuestCategory.active,
        ),
    )
    .returning(GuestTap.id)
)
_DAY_COUNTS = (
    select(GuestTap.category_id, func.count())
    .where(
        GuestTap.site_id == bindparam("site_id"),
        GuestTap.service_date == bindparam("service_date"),
        GuestTap.undone_at.is_(None),
    )
    .group_by(GuestTap.category_id)
)


def _category_info(category: GuestCategory) -> GuestCategoryInfo:
    return GuestCategoryInfo(
        id=category.id,
        name_nb=category.name_nb,
        name_en=category.name_en,
        sort_order=category.sort_order,
        is_default=category.is_default,
        active=category.active,
        version=category.version,
    )
