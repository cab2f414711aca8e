"""Sites: the canteens that share one database."""

from __future__ import annotations

from sqlalchemy import select

from canteen_app.domain.errors import NotFoundError
from canteen_app.domain.text import QT_TRANSLATE_NOOP
from canteen_app.persistence.database import Database
from canteen_app.persistence.models import Site


class SiteService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def name(self, site_id: int) -> str:
        with self._db.read() as session:
            name = session.scalar(select(Site.name).where(Site.id == site_id))
        if name is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "The canteen (site) was not found."))
        return name

    def id_for_code(self, code: str) -> int:
        with self._db.read() as session:
            site_id = session.scalar(select(Site.id).where(Site.code == code))
        if site_id is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "No canteen (site) has the code {code}."), code=code
            )
        return site_id
