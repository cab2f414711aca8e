"""The task library (T6): stations, tasks as pictogram steps with their translations, and a
participant's easy-read day card, opened from the participant list through
`ui.common.navigation` (the list's package may not import this)."""

from ui.training.tasks.day_card_dialog import DayCardDialog, open_day_card
from ui.training.tasks.view import TaskLibraryView

__all__ = ["DayCardDialog", "TaskLibraryView", "open_day_card"]
