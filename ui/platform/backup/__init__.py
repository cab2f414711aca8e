"""Backup and restore for administrators."""

from ui.platform.backup.view import BackupView

__all__ = ["BackupView"]
