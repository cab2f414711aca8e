"""Site-wide settings an admin changes in the app, with their defaults."""

from __future__ import annotations

from sqlalchemy import select

from canteen_app.domain.errors import NotAuthorizedError, ValidationError
from canteen_app.domain.roles import Actor, Permission
from canteen_app.domain.settings import INT_SETTINGS, SettingKey
from canteen_app.domain.text import QT_TRANSLATE_NOOP, Message
from canteen_app.persistence.database import Database
from canteen_app.persistence.models import Setting

__all__ = ["SettingKey", "SettingsService"]


class SettingsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get_int(self, site_id: int, key: SettingKey) -> int:
        default, _low, _high = INT_SETTINGS[key]
        with self._db.read() as session:
            raw = session.scalar(
                select(Setting.value).where(Setting.site_id == site_id, Setting.key == key.value)
            )
        try:
            return int(raw) if raw is not None else default
        except ValueError:
            return default

    def set_int(self, actor: Actor, key: SettingKey, value: int) -> None:
        if not actor.can(Permission.MANAGE_SETTINGS):
            raise NotAuthorizedError()
        _default, low, high = INT_SETTINGS[key]
        if not low <= value <= high:
            raise ValidationError(
                {
                    key.value: Message(
                        QT_TRANSLATE_NOOP("errors", "Choose a value from {low} to {high}."),
                        {"low": low, "high": high},
                    )
                }
            )
        with self._db.write() as session:
            setting = session.scalar(
                select(Setting).where(Setting.site_id == actor.site_id, Setting.key == key.value)
            )
            if setting is None:
                session.add(Setting(site_id=actor.site_id, key=key.value, value=str(value)))
            else:
                setting.value = str(value)
