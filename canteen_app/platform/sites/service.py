"""Sites: the canteens that share one database."""

from __future__ import annotations

from sqlalchemy import select

from canteen_app.core.errors import NotFoundError
from canteen_app.core.text import QT_TRANSLATE_NOOP
from canteen_app.db.service import Service, reads
from canteen_app.platform.sites.models import Site


class SiteService(Service):
    @reads
    def name(self, site_id: int) -> str:
        name = self.session.scalar(select(Site.name).where(Site.id == site_id))
        if name is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "The canteen (site) was not found."))
        return name

    @reads
    def id_for_code(self, code: str) -> int:
        site_id = self.session.scalar(select(Site.id).where(Site.code == code))
        if site_id is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "No canteen (site) has the code {code}."), code=code
            )
        return site_id
