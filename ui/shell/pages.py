"""The page registry: the workspace's pages, who may open them, and where each view lives.

A new feature adds one `PageSpec` line here. Views are imported when first opened (by their
module path), so start-up does not pay for QtCharts or QtPdf, and the shell never imports a
feature package before it is needed.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from canteen_app.access import Actor, Permission, Role
from canteen_app.core.text import QT_TRANSLATE_NOOP
from ui.common.context import UiContext
from ui.common.navigation import (
    ParticipantAction,
    ReferralAction,
    register_participant_action,
    register_referral_action,
)


@dataclass(frozen=True)
class PageSpec:
    key: str
    section: str  # "canteen", "training", "referrals", "system"
    title_source: str  # English; translated in the "pages" context
    permission: Permission
    view: str  # "package.module:ViewClass", a QWidget built as ViewClass(context)

    def title(self) -> str:
        return QCoreApplication.translate("pages", self.title_source)

    def factory(self) -> Callable[[UiContext], QWidget]:
        module_name, _, class_name = self.view.partition(":")
        view_class: Callable[[UiContext], QWidget] = getattr(importlib.import_module(module_name), class_name)
        return view_class

    def preload(self) -> None:
        """Import the view's module (and whatever Qt modules it needs) now. Any thread may do
        this: the login worker does it for the home page, so that the GUI thread does not stop
        for QtCharts' import right after the login."""
        importlib.import_module(self.view.partition(":")[0])


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "kiosk",
        "canteen",
        QT_TRANSLATE_NOOP("pages", "Guest counter"),
        Permission.COUNT_GUESTS,
        "ui.canteen.kiosk:KioskView",
    ),
    PageSpec(
        "statistics",
        "canteen",
        QT_TRANSLATE_NOOP("pages", "Guest statistics"),
        Permission.VIEW_GUEST_STATISTICS,
        "ui.canteen.statistics:StatisticsView",
    ),
    PageSpec(
        "menu",
        "canteen",
        QT_TRANSLATE_NOOP("pages", "Menu"),
        Permission.VIEW_MENUS,
        "ui.canteen.menus:MenuView",
    ),
    PageSpec(
        "dishes",
        "canteen",
        QT_TRANSLATE_NOOP("pages", "Dishes"),
        Permission.VIEW_MENUS,
        "ui.canteen.dishes:DishesView",
    ),
    PageSpec(
        "ingredients",
        "canteen",
        QT_TRANSLATE_NOOP("pages", "Ingredients"),
        Permission.VIEW_MENUS,
        "ui.canteen.ingredients:IngredientsView",
    ),
    PageSpec(
        "calendar",
        "canteen",
        QT_TRANSLATE_NOOP("pages", "Canteen calendar"),
        Permission.VIEW_MENUS,
        "ui.canteen.calendar:CalendarView",
    ),
    PageSpec(
        "overview",
        "training",
        QT_TRANSLATE_NOOP("pages", "My overview"),
        Permission.VIEW_PARTICIPANT_DETAILS,
        "ui.training.overview:OverviewView",
    ),
    PageSpec(
        "participants",
        "training",
        QT_TRANSLATE_NOOP("pages", "Participants"),
        Permission.VIEW_PARTICIPANT_NAMES,
        "ui.training.participants:ParticipantsView",
    ),
    PageSpec(
        "checkin",
        "training",
        QT_TRANSLATE_NOOP("pages", "Check-in"),
        Permission.CHECK_IN,
        "ui.training.checkin:CheckInView",
    ),
    PageSpec(
        "tasks",
        "training",
        QT_TRANSLATE_NOOP("pages", "Task library"),
        Permission.MANAGE_TASK_LIBRARY,
        "ui.training.tasks:TaskLibraryView",
    ),
    PageSpec(
        "partners",
        "referrals",
        QT_TRANSLATE_NOOP("pages", "Partners"),
        Permission.VIEW_PARTNERS,
        "ui.referrals.partners:PartnersView",
    ),
    PageSpec(
        "referrals",
        "referrals",
        QT_TRANSLATE_NOOP("pages", "Referrals"),
        Permission.MANAGE_REFERRALS,
        "ui.referrals.referrals:ReferralsView",
    ),
    PageSpec(
        "audit",
        "system",
        QT_TRANSLATE_NOOP("pages", "Audit log"),
        Permission.READ_AUDIT_LOG,
        "ui.platform.audit:AuditLogView",
    ),
    PageSpec(
        "users",
        "system",
        QT_TRANSLATE_NOOP("pages", "Users"),
        Permission.MANAGE_USERS,
        "ui.platform.users:UsersView",
    ),
    PageSpec(
        "settings",
        "system",
        QT_TRANSLATE_NOOP("pages", "Settings"),
        Permission.MANAGE_SETTINGS,
        "ui.platform.settings:SettingsView",
    ),
    PageSpec(
        "backup",
        "system",
        QT_TRANSLATE_NOOP("pages", "Backup and restore"),
        Permission.BACKUP_AND_RESTORE,
        "ui.platform.backup:BackupView",
    ),
    PageSpec(
        "retention",
        "system",
        QT_TRANSLATE_NOOP("pages", "Retention"),
        Permission.MANAGE_RETENTION,
        "ui.platform.retention:RetentionView",
    ),
)


# The shared screen's pages: never a person's home page when they have other work.
KIOSK_SCREENS = ("kiosk", "checkin")

# Tools for one participant that the participant list offers (ui/common/navigation.py); each
# lives in its own feature package, which the list's package may not import.
PARTICIPANT_ACTIONS: tuple[ParticipantAction, ...] = (
    ParticipantAction(
        "plan",
        QT_TRANSLATE_NOOP("participantActions", "Training plan…"),
        Permission.VIEW_PARTICIPANT_DETAILS,
        "ui.training.plans:open_training_plan",
    ),
    ParticipantAction(
        "attendance",
        QT_TRANSLATE_NOOP("participantActions", "Attendance…"),
        Permission.VIEW_PARTICIPANT_DETAILS,
        "ui.training.attendance:open_register",
    ),
    ParticipantAction(
        "nav_report",
        QT_TRANSLATE_NOOP("participantActions", "NAV report…"),
        Permission.VIEW_PARTICIPANT_DETAILS,
        "ui.training.nav_reports:open_nav_report",
    ),
    ParticipantAction(
        "day_card",
        QT_TRANSLATE_NOOP("participantActions", "Day card…"),
        Permission.MANAGE_TASK_LIBRARY,
        "ui.training.tasks:open_day_card",
    ),
    ParticipantAction(
        "matches",
        QT_TRANSLATE_NOOP("participantActions", "Matching positions…"),
        Permission.VIEW_PARTNERS,
        "ui.referrals.partners:open_matches",
    ),
    ParticipantAction(
        "consents",
        QT_TRANSLATE_NOOP("participantActions", "Consents…"),
        Permission.MANAGE_REFERRALS,
        "ui.referrals.consent:open_consents",
    ),
    ParticipantAction(
        "referral",
        QT_TRANSLATE_NOOP("participantActions", "New referral…"),
        Permission.MANAGE_REFERRALS,
        "ui.referrals.referrals:open_new_referral",
    ),
    ParticipantAction(
        "dossier_material",
        QT_TRANSLATE_NOOP("participantActions", "Certificates and references…"),
        Permission.MANAGE_REFERRALS,
        "ui.referrals.dossiers:open_dossier_material",
    ),
)
for _action in PARTICIPANT_ACTIONS:
    register_participant_action(_action)

# Tools for referrals that the referrals page and a referral offer (ui/common/navigation.py).
REFERRAL_ACTIONS: tuple[ReferralAction, ...] = (
    ReferralAction(
        "dossier",
        QT_TRANSLATE_NOOP("referralActions", "Dossier…"),
        Permission.MANAGE_REFERRALS,
        "ui.referrals.dossiers:open_dossier",
    ),
    ReferralAction(
        "export_dossiers",
        QT_TRANSLATE_NOOP("referralActions", "Export dossiers…"),
        Permission.MANAGE_REFERRALS,
        "ui.referrals.dossiers:open_batch_export",
        many=True,
    ),
)
for _referral_action in REFERRAL_ACTIONS:
    register_referral_action(_referral_action)


def page_specs() -> list[PageSpec]:
    return list(PAGES)


def pages_for(actor: Actor) -> list[PageSpec]:
    """The pages this actor may open, in the navigation's order. The kiosk role reads the
    menu only where the counter shows it: its pages are the counter and the participants'
    check-in (opened from the counter)."""
    specs = [spec for spec in PAGES if actor.can(spec.permission)]
    if actor.role is Role.KIOSK:
        return [spec for spec in specs if spec.key in KIOSK_SCREENS]
    return specs


# Where a person's work starts, when it is not the first page they may open.
_HOME_SECTION = {Role.JOB_COACH: "training"}


def is_shared_kiosk(actor: Actor) -> bool:
    return actor.user_id is None and actor.role is Role.KIOSK


def home_page(actor: Actor) -> PageSpec | None:
    """The page a login opens: the kiosk for the shared screen; for a person, their first real
    work page (a job coach's is their overview, the kiosk when it is the only one)."""
    specs = pages_for(actor)
    if is_shared_kiosk(actor):
        return next((spec for spec in specs if spec.key == "kiosk"), None)
    section = _HOME_SECTION.get(actor.role)
    work = [spec for spec in specs if spec.key not in KIOSK_SCREENS]
    return next(
        (spec for spec in work if spec.section == section), work[0] if work else specs[0] if specs else None
    )
