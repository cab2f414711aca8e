"""Guest counting at the kiosk (C4): one committed row per tap, undo of the last tap."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from canteen_app.domain.dates import local_day, utc_now
from canteen_app.domain.errors import NotAuthorizedError, NotFoundError, ValidationError
from canteen_app.domain.roles import Actor, Permission
from canteen_app.domain.text import QT_TRANSLATE_NOOP, Message
from canteen_app.persistence.database import Database
from canteen_app.persistence.models import GuestCategory, GuestTap
from canteen_app.services.dto import DayCounts, GuestCategoryInfo, TapResult, UndoResult

DEVICE_MAX = 80
_CATEGORY_GONE = QT_TRANSLATE_NOOP(
    "errors", "This guest category is no longer in use. Ask the canteen manager to check the kiosk."
)


class GuestService:
    def __init__(self, db: Database, clock: Callable[[], datetime] = utc_now) -> None:
        self._db = db
        self._clock = clock

    # --- categories --------------------------------------------------------------------------

    def categories(self, site_id: int, include_inactive: bool = False) -> list[GuestCategoryInfo]:
        query = select(GuestCategory).where(GuestCategory.site_id == site_id)
        if not include_inactive:
            query = query.where(GuestCategory.active)
        query = query.order_by(GuestCategory.sort_order, GuestCategory.id)
        with self._db.read() as session:
            return [_category_info(category) for category in session.scalars(query)]

    def add_category(self, actor: Actor, name_nb: str, name_en: str) -> GuestCategoryInfo:
        if not actor.can(Permission.MANAGE_SETTINGS):
            raise NotAuthorizedError()
        name_nb, name_en = name_nb.strip(), name_en.strip()
        with self._db.write() as session:
            self._validate_category(session, actor.site_id, name_nb)
            highest = session.scalar(
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
            session.add(category)
            session.flush()
            return _category_info(category)

    def set_category_active(self, actor: Actor, category_id: int, active: bool) -> None:
        """Retire a category from the kiosk without losing the taps already counted in it."""
        if not actor.can(Permission.MANAGE_SETTINGS):
            raise NotAuthorizedError()
        with self._db.write() as session:
            category = session.get(GuestCategory, category_id)
            if category is None or category.site_id != actor.site_id:
                raise NotFoundError(_CATEGORY_GONE)
            if category.is_default and not active:
                raise ValidationError(
                    {
                        "active": Message(
                            QT_TRANSLATE_NOOP("errors", "The default category cannot be retired.")
                        )
                    }
                )
            category.active = active

    @staticmethod
    def _validate_category(session: Session, site_id: int, name_nb: str) -> None:
        if not name_nb:
            raise ValidationError({"name_nb": Message(QT_TRANSLATE_NOOP("errors", "The name is required."))})
        if len(name_nb) > 60:
            raise ValidationError(
                {
                    "name_nb": Message(
                        QT_TRANSLATE_NOOP("errors", "Use at most {max} characters."), {"max": 60}
                    )
                }
            )
        clash = session.scalar(
            select(GuestCategory.id).where(GuestCategory.site_id == site_id, GuestCategory.name_nb == name_nb)
        )
        if clash is not None:
            raise ValidationError(
                {"name_nb": Message(QT_TRANSLATE_NOOP("errors", "A category with this name already exists."))}
            )

    # --- counting ----------------------------------------------------------------------------

    def record_tap(self, actor: Actor, category_id: int, device: str) -> TapResult:
        """Store one guest as its own row and commit at once (fsynced on SQLite)."""
        if not actor.can(Permission.COUNT_GUESTS):
            raise NotAuthorizedError()
        now = self._clock()
        day = local_day(now)
        with self._db.write() as session:
            category = session.get(GuestCategory, category_id)
            if category is None or category.site_id != actor.site_id or not category.active:
                raise NotFoundError(_CATEGORY_GONE)
            tap = GuestTap(
                site_id=actor.site_id,
                category_id=category_id,
                tapped_at=now,
                service_date=day,
                device=device[:DEVICE_MAX],
            )
            session.add(tap)
            session.flush()
            return TapResult(tap_id=tap.id, counts=_day_counts(session, actor.site_id, day))

    def undo_last_tap(self, actor: Actor, device: str) -> UndoResult:
        """Undo this device's most recent tap today; taps from other kiosks are not touched."""
        if not actor.can(Permission.COUNT_GUESTS):
            raise NotAuthorizedError()
        now = self._clock()
        day = local_day(now)
        with self._db.write() as session:
            last = session.scalar(_undoable(actor.site_id, device, day).order_by(GuestTap.id.desc()).limit(1))
            if last is not None:
                last.undone_at = now
                session.flush()
            more = session.scalar(_undoable(actor.site_id, device, day).limit(1)) is not None
            return UndoResult(
                undone_tap_id=last.id if last else None,
                counts=_day_counts(session, actor.site_id, day),
                more_to_undo=more,
            )

    def today(self, site_id: int) -> DayCounts:
        return self.counts_for_day(site_id, local_day(self._clock()))

    def counts_for_day(self, site_id: int, day: date) -> DayCounts:
        with self._db.read() as session:
            return _day_counts(session, site_id, day)

    def can_undo(self, site_id: int, device: str) -> bool:
        with self._db.read() as session:
            query = _undoable(site_id, device, local_day(self._clock())).limit(1)
            return session.scalar(query) is not None


def _undoable(site_id: int, device: str, day: date) -> Select[GuestTap]:
    """This device's taps of the day that are not undone yet."""
    return select(GuestTap).where(
        GuestTap.site_id == site_id,
        GuestTap.device == device[:DEVICE_MAX],
        GuestTap.service_date == day,
        GuestTap.undone_at.is_(None),
    )


def _day_counts(session: Session, site_id: int, day: date) -> DayCounts:
    rows = session.execute(
        select(GuestTap.category_id, func.count())
        .where(GuestTap.site_id == site_id, GuestTap.service_date == day, GuestTap.undone_at.is_(None))
        .group_by(GuestTap.category_id)
    )
    return DayCounts(day=day, by_category={category_id: count for category_id, count in rows})


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
