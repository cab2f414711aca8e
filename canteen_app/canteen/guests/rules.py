"""Rules of guest counting at the kiosk."""

from __future__ import annotations

from datetime import timedelta

# What open views listen for (see Transaction.changed): the counts, and the categories.
GUEST_COUNTS = "guests.counts"
GUEST_CATEGORIES = "guests.categories"

DEVICE_MAX = 80
CATEGORY_NAME_MAX = 60

# Undo is for a tap made by mistake a moment ago, not for editing the day's count.
UNDO_WINDOW = timedelta(minutes=3)
