"""The kiosk guest counter (C4)."""

from ui.canteen.kiosk.view import KioskView

__all__ = ["KioskView"]
