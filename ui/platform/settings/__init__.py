"""Settings for administrators."""

from ui.platform.settings.view import SettingsView

__all__ = ["SettingsView"]
