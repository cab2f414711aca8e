"""Site-wide settings an admin can change, with their defaults and allowed ranges."""

from __future__ import annotations

import enum


class SettingKey(enum.StrEnum):
    IDLE_SECONDS = "kiosk.idle_seconds"
    LOCKOUT_MINUTES = "auth.lockout_minutes"
    RETENTION_MONTHS = "retention.months"  # how long after a measure ended its data is kept (P3)


# Default, lowest and highest value of each integer setting.
INT_SETTINGS: dict[SettingKey, tuple[int, int, int]] = {
    SettingKey.IDLE_SECONDS: (120, 15, 3600),
    SettingKey.LOCKOUT_MINUTES: (15, 1, 1440),
    SettingKey.RETENTION_MONTHS: (12, 3, 120),
}
