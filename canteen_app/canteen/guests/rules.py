"""Rules of guest counting at the kiosk."""

from __future__ import annotations

from datetime import timedelta

DEVICE_MAX = 80
CATEGORY_NAME_MAX = 60

# Undo is for a tap made by mistake a moment ago, not for editing the day's count.
UNDO_WINDOW = timedelta(minutes=3)
