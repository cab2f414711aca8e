"""The pages of the workspace and who may open them.

Views are imported when first opened, so start-up does not pay for QtCharts or QtPdf.
Later areas (menus, roster, training plans, referrals) add their pages here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from canteen_app.domain.roles import Permission
from ui.context import UiContext


@dataclass(frozen=True)
class PageSpec:
    key: str
    section: str  # "canteen", "training", "system"
    title: Callable[[], str]
    permission: Permission
    factory: Callable[[UiContext], QWidget]


def _kiosk(context: UiContext) -> QWidget:
    from ui.kiosk import KioskView

    return KioskView(context)


def _statistics(context: UiContext) -> QWidget:
    from ui.statistics import StatisticsView

    return StatisticsView(context)


def _participants(context: UiContext) -> QWidget:
    from ui.participants import ParticipantsView

    return ParticipantsView(context)


def _audit(context: UiContext) -> QWidget:
    from ui.audit import AuditLogView

    return AuditLogView(context)


def _users(context: UiContext) -> QWidget:
    from ui.users import UsersView

    return UsersView(context)


def _settings(context: UiContext) -> QWidget:
    from ui.settings import SettingsView

    return SettingsView(context)


def page_specs() -> list[PageSpec]:
    return [
        PageSpec(
            "kiosk",
            "canteen",
            lambda: QCoreApplication.translate("pages", "Guest counter"),
            Permission.COUNT_GUESTS,
            _kiosk,
        ),
        PageSpec(
            "statistics",
            "canteen",
            lambda: QCoreApplication.translate("pages", "Guest statistics"),
            Permission.VIEW_GUEST_STATISTICS,
            _statistics,
        ),
        PageSpec(
            "participants",
            "training",
            lambda: QCoreApplication.translate("pages", "Participants"),
            Permission.VIEW_PARTICIPANT_NAMES,
            _participants,
        ),
        PageSpec(
            "audit",
            "system",
            lambda: QCoreApplication.translate("pages", "Audit log"),
            Permission.READ_AUDIT_LOG,
            _audit,
        ),
        PageSpec(
            "users",
            "system",
            lambda: QCoreApplication.translate("pages", "Users"),
            Permission.MANAGE_USERS,
            _users,
        ),
        PageSpec(
            "settings",
            "system",
            lambda: QCoreApplication.translate("pages", "Settings"),
            Permission.MANAGE_SETTINGS,
            _settings,
        ),
    ]
