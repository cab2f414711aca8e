"""The participants' check-in and check-out on the kiosk (T4): first names and consented
photos only."""

from ui.training.checkin.view import CheckInView

__all__ = ["CheckInView"]
