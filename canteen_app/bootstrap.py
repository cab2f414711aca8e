"""Wire the program once: engine -> migrations -> services."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from argon2 import PasswordHasher
from sqlalchemy.exc import OperationalError

from canteen_app.domain.dates import utc_now
from canteen_app.domain.errors import DatabaseUnavailableError
from canteen_app.persistence.database import Database
from canteen_app.persistence.engine import make_engine, normalise_url
from canteen_app.persistence.migrate import upgrade_to_head
from canteen_app.services.audit import AuditService
from canteen_app.services.auth import AuthService
from canteen_app.services.backup import BackupService
from canteen_app.services.guests import GuestService
from canteen_app.services.participants import ParticipantService
from canteen_app.services.reports import ReportService
from canteen_app.services.settings import SettingsService
from canteen_app.services.sites import SiteService
from canteen_app.services.statistics import StatisticsService


@dataclass(frozen=True)
class AppServices:
    db: Database
    sites: SiteService
    settings: SettingsService
    auth: AuthService
    guests: GuestService
    statistics: StatisticsService
    participants: ParticipantService
    audit: AuditService
    reports: ReportService
    backup: BackupService

    def close(self) -> None:
        self.db.dispose()


def open_database(db_url: str, migrate: bool = True) -> Database:
    """Open (and by default migrate) the database; errors come back as one clear message."""
    url = normalise_url(db_url)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        Path(url.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(db_url)
    try:
        if migrate:
            upgrade_to_head(engine)
        else:
            with engine.connect():
                pass
    except OperationalError as error:
        engine.dispose()
        raise DatabaseUnavailableError(_first_line(error)) from error
    except BaseException:
        engine.dispose()
        raise
    return Database(engine)


def build_services(
    db: Database, clock: Callable[[], datetime] = utc_now, password_hasher: PasswordHasher | None = None
) -> AppServices:
    sites = SiteService(db)
    settings = SettingsService(db)
    guests = GuestService(db, clock)
    statistics = StatisticsService(db)
    return AppServices(
        db=db,
        sites=sites,
        settings=settings,
        auth=AuthService(db, settings, clock, password_hasher),
        guests=guests,
        statistics=statistics,
        participants=ParticipantService(db, clock),
        audit=AuditService(db),
        reports=ReportService(statistics, guests, sites, clock),
        backup=BackupService(db),
    )


def open_app(db_url: str, clock: Callable[[], datetime] = utc_now) -> AppServices:
    return build_services(open_database(db_url), clock)


def _first_line(error: OperationalError) -> str:
    text = str(error.orig) if error.orig is not None else str(error)
    return text.strip().splitlines()[0] if text.strip() else type(error).__name__
