"""Wire the program once: engine -> migrations -> every feature's service.

`AppServices` is what the UI and the command line talk to. One user action is one call of
`write(action)` or `read(action)`: the action gets the services, every service it calls joins
the same transaction, and the caller gets the action's value together with what it changed.
A new feature adds its service here (one line in `__init__`, one attribute).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Generic, TypeVar

from argon2 import PasswordHasher
from sqlalchemy.exc import DatabaseError, OperationalError

from canteen_app.canteen.calendar.service import CalendarService
from canteen_app.canteen.dishes.service import DishService
from canteen_app.canteen.guests.service import GuestService
from canteen_app.canteen.ingredients.service import IngredientService
from canteen_app.canteen.menus.service import MenuService
from canteen_app.canteen.statistics.service import StatisticsService
from canteen_app.core.dates import utc_now
from canteen_app.core.errors import DatabaseDamagedError, DatabaseUnavailableError, DomainError
from canteen_app.core.logs import redact_url
from canteen_app.db.engine import make_engine
from canteen_app.db.migrate import upgrade_to_head
from canteen_app.db.unit_of_work import NO_CHANGES, Changes, Database
from canteen_app.platform.audit.service import AuditService
from canteen_app.platform.auth.service import AuthService
from canteen_app.platform.backup.service import BackupService
from canteen_app.platform.retention.service import RetentionService
from canteen_app.platform.settings.service import SettingsService
from canteen_app.platform.sites.service import SiteService
from canteen_app.referrals.consent.service import ConsentService
from canteen_app.referrals.dossiers.service import DossierService
from canteen_app.referrals.partners.service import PartnerService
from canteen_app.referrals.referrals.service import ReferralService
from canteen_app.training.attendance.service import AttendanceService
from canteen_app.training.competence.service import CompetenceService
from canteen_app.training.day_cards.service import DayCardService
from canteen_app.training.nav_reports.service import NavReportService
from canteen_app.training.overview.service import OverviewService
from canteen_app.training.participants.service import ParticipantService
from canteen_app.training.plans.service import PlanService
from canteen_app.training.tasks.service import TaskLibraryService

__all__ = ["NO_CHANGES", "AppServices", "Changes", "Outcome", "build_services", "open_app", "open_database"]

T = TypeVar("T")


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What an action returned, and what it changed (for the views that show that data)."""

    value: T
    changes: Changes


class AppServices:
    """Every feature's service, wired to one database and one clock."""

    def __init__(
        self,
        db: Database,
        clock: Callable[[], datetime] = utc_now,
        password_hasher: PasswordHasher | None = None,
    ) -> None:
        self._db = db
        self.audit = AuditService(db, clock)
        self.sites = SiteService(db, clock)
        self.settings = SettingsService(db, clock)
        self.auth = AuthService(db, self.settings, self.audit, clock, password_hasher)
        self.backup = BackupService(db, clock, self.audit, self.auth)
        self.guests = GuestService(db, clock)
        self.calendar = CalendarService(db, clock)
        self.statistics = StatisticsService(db, clock, self.guests, self.sites, self.calendar)
        self.ingredients = IngredientService(db, clock)
        self.dishes = DishService(db, clock, self.ingredients)
        self.menus = MenuService(db, clock, self.dishes, self.calendar, self.sites)
        self.participants = ParticipantService(db, clock, self.auth, self.audit)
        self.competence = CompetenceService(db, clock)
        self.plans = PlanService(db, clock, self.participants, self.competence, self.audit)
        self.attendance = AttendanceService(db, clock, self.participants, self.calendar, self.audit)
        self.overview = OverviewService(db, clock, self.participants, self.plans, self.attendance, self.audit)
        self.tasks = TaskLibraryService(db, clock, self.participants, self.audit)
        self.nav_reports = NavReportService(
            db, clock, self.participants, self.plans, self.attendance, self.competence, self.sites, self.audit
        )
        self.day_cards = DayCardService(db, clock, self.participants, self.tasks, self.sites, self.audit)
        self.partners = PartnerService(db, clock, self.participants, self.plans, self.competence, self.audit)
        self.consents = ConsentService(db, clock, self.participants, self.partners, self.sites, self.audit)
        self.referrals = ReferralService(
            db, clock, self.participants, self.partners, self.consents, self.audit
        )
        self.dossiers = DossierService(
            db,
            clock,
            self.participants,
            self.plans,
            self.attendance,
            self.competence,
            self.tasks,
            self.partners,
            self.consents,
            self.referrals,
            self.sites,
            self.audit,
        )
        # Retention archives and clears every feature's part of a participant's file.
        self.retention = RetentionService(
            db,
            clock,
            self.settings,
            self.audit,
            self.sites,
            self.participants,
            (self.plans, self.attendance, self.tasks, self.referrals, self.consents, self.dossiers),
        )
        # The audit log shows the names of the records it mentions, looked up when it is read.
        self.audit.register_names("user", lambda _reader, ids: self.auth.names_of(ids))
        self.audit.register_names("participant", self.participants.names_of)

    @property
    def backend(self) -> str:
        """ "sqlite" or "postgresql"."""
        return self._db.backend

    def write(self, action: Callable[[AppServices], T]) -> Outcome[T]:
        """Run one user action that changes data, as one transaction."""
        return self._run(action, write=True)

    def read(self, action: Callable[[AppServices], T]) -> Outcome[T]:
        """Run one user action that only reads, in one read-only transaction (one snapshot)."""
        return self._run(action, write=False)

    def _run(self, action: Callable[[AppServices], T], write: bool) -> Outcome[T]:
        """A database that cannot be reached (network down, locked too long) is the user's to
        know about, not a bug: it comes back as DatabaseUnavailableError."""
        try:
            with self._db.transaction(write=write) as transaction:
                value = action(self)
        except DatabaseError as error:
            raise _user_error(error) from error
        return Outcome(value, transaction.changes())

    def close(self) -> None:
        self._db.dispose()


def database_of(app: AppServices) -> Database:
    """The database behind the services, for the core's own tools (demo data, the command
    line, tests). The UI never uses it: it has no business with sessions or engines."""
    return app._db


def open_database(db_url: str, migrate: bool = True) -> Database:
    """Open (and by default migrate) the database; errors come back as one clear message."""
    engine = make_engine(db_url)
    try:
        if migrate:
            upgrade_to_head(engine)
        else:
            with engine.connect():
                pass
    except DatabaseError as error:
        engine.dispose()
        raise _user_error(error) from error
    except BaseException:
        engine.dispose()
        raise
    return Database(engine)


def build_services(
    db: Database, clock: Callable[[], datetime] = utc_now, password_hasher: PasswordHasher | None = None
) -> AppServices:
    return AppServices(db, clock, password_hasher)


def open_app(
    db_url: str, clock: Callable[[], datetime] = utc_now, password_hasher: PasswordHasher | None = None
) -> AppServices:
    return AppServices(open_database(db_url), clock, password_hasher)


# What SQLite says when the file is not a database or its pages are broken.
_DAMAGE_SIGNS = ("file is not a database", "database disk image is malformed", "malformed database schema")


def _user_error(error: DatabaseError) -> DomainError:
    """A database error the user can act on: damaged (restore a backup) or unreachable."""
    detail = _first_line(error)
    if any(sign in detail.casefold() for sign in _DAMAGE_SIGNS):
        return DatabaseDamagedError()
    if isinstance(error, OperationalError):
        return DatabaseUnavailableError(detail)
    raise error


def _first_line(error: DatabaseError) -> str:
    """The driver's own first line (no SQL, no parameters), with any URL password masked."""
    text = str(error.orig) if error.orig is not None else str(error)
    return redact_url(text.strip().splitlines()[0]) if text.strip() else type(error).__name__
