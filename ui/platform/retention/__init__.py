"""Retention (P3) for administrators: who is due, and archiving then deleting or anonymising."""

from ui.platform.retention.view import RetentionView, choose_folder

__all__ = ["RetentionView", "choose_folder"]
