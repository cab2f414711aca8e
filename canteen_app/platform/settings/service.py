"""Site-wide settings an admin changes in the app, with their defaults."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select

from canteen_app.access import Actor, Permission, require
from canteen_app.core.errors import ValidationError
from canteen_app.core.text import QT_TRANSLATE_NOOP, Message
from canteen_app.db.service import Service, reads, writes
from canteen_app.platform.settings.models import Setting
from canteen_app.platform.settings.rules import INT_SETTINGS, SettingKey

__all__ = ["SETTINGS", "SettingKey", "SettingsService"]

SETTINGS = "platform.settings"


class SettingsService(Service):
    @reads
    def get_int(self, site_id: int, key: SettingKey) -> int:
        default, _low, _high = INT_SETTINGS[key]
        raw = self.session.scalar(
            select(Setting.value).where(Setting.site_id == site_id, Setting.key == key.value)
        )
        try:
            return int(raw) if raw is not None else default
        except ValueError:
            return default

    @writes
    def set_int(self, actor: Actor, key: SettingKey, value: int) -> None:
        self.set_ints(actor, {key: value})

    @writes
    def set_ints(self, actor: Actor, values: Mapping[SettingKey, int]) -> None:
        """Save several settings at once: all of them, or none when one is out of range."""
        require(actor, Permission.MANAGE_SETTINGS)
        errors = {key.value: error for key, value in values.items() if (error := _range_error(key, value))}
        if errors:
            raise ValidationError(errors)
        for key, value in values.items():
            setting = self.session.scalar(
                select(Setting).where(Setting.site_id == actor.site_id, Setting.key == key.value)
            )
            if setting is None:
                self.session.add(Setting(site_id=actor.site_id, key=key.value, value=str(value)))
            else:
                setting.value = str(value)
        self.changed(SETTINGS)


def _range_error(key: SettingKey, value: int) -> Message | None:
    _default, low, high = INT_SETTINGS[key]
    if low <= value <= high:
        return None
    return Message(
        QT_TRANSLATE_NOOP("errors", "Choose a value from {low} to {high}."), {"low": low, "high": high}
    )
