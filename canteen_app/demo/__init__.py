"""Demo data that looks real: years of guest taps, a kitchen with ingredients, dishes and a
menu cycle, participants on NAV measures, one user per role, one module per area. Also used
by the benchmark generator with bigger numbers."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices, database_of
from canteen_app.core.dates import add_months, local_day, utc_now
from canteen_app.core.errors import DomainError
from canteen_app.core.text import QT_TRANSLATE_NOOP
from canteen_app.demo.canteen import DEMO_CATEGORIES, DEMO_DEVICE, insert_taps
from canteen_app.demo.consents import add_consents
from canteen_app.demo.dossiers import add_dossier_material
from canteen_app.demo.kitchen import PLANNED_AHEAD, add_closures, plan_menus, stock_kitchen
from canteen_app.demo.partners import insert_partners
from canteen_app.demo.platform import DEMO_USERS, DemoUser
from canteen_app.demo.referrals import add_referrals
from canteen_app.demo.tasks import insert_task_library
from canteen_app.demo.training import insert_participants, insert_training

__all__ = ["DEMO_CATEGORIES", "DEMO_DEVICE", "DEMO_USERS", "DemoSummary", "DemoUser", "is_empty", "seed_demo"]

SITE_ID = 1
DEMO_PARTICIPANTS = 20


@dataclass(frozen=True)
class DemoSummary:
    users: int
    participants: int
    taps: int
    ingredients: int
    dishes: int
    menu_days: int
    first_day: date
    last_day: date
    plan_goals: int = 0
    assessments: int = 0  # the coaches'
    self_assessments: int = 0
    attendance_days: int = 0
    ended: int = 0  # participants whose measure has ended
    partners: int = 0  # partner companies
    referrals: int = 0
    consents: int = 0


def seed_demo(
    services: AppServices, years: int = 2, seed: int = 2026, now: datetime | None = None
) -> DemoSummary:
    """Fill an empty database, as one transaction; refuses one that already holds data."""
    now = now or utc_now()
    with database_of(services).transaction(write=True) as transaction:
        if not is_empty(services):
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "errors", "The database is not empty; demo data only goes into an empty one."
                )
            )
        system = Actor(None, "canteen-admin", Role.ADMIN, SITE_ID)
        users = [services.auth.create_user(system, user.name, user.role, user.pin) for user in DEMO_USERS]
        for name_nb, name_en, _share in DEMO_CATEGORIES:
            services.guests.add_category(system, name_nb, name_en)
        rng = random.Random(seed)
        last_day = local_day(now)
        first_day = add_months(last_day, -12 * years)
        session = transaction.session
        # Measures started up to three years ago: their attendance counts on open days only.
        add_closures(
            services, system, min(first_day.year, last_day.year - 3), (last_day + PLANNED_AHEAD).year
        )
        open_days = services.calendar.open_days(SITE_ID, first_day, last_day)
        taps = insert_taps(session, SITE_ID, open_days, rng, until=now)
        ingredients, dishes = stock_kitchen(services, system, rng, last_day)
        menu_days = plan_menus(services, system, first_day, last_day)
        coaches = [user.id for user in users if user.role is Role.JOB_COACH]
        participants = insert_participants(session, SITE_ID, coaches, DEMO_PARTICIPANTS, rng, today=last_day)
        training = insert_training(
            session,
            SITE_ID,
            {user.id: user.name for user in users if user.role is Role.JOB_COACH},
            lambda first, last: services.calendar.open_days(SITE_ID, first, last),
            rng,
            last_day,
            now,
        )
        insert_task_library(services, system, session, SITE_ID, last_day)
        partners = insert_partners(services, system)
        referrals = add_referrals(
            services,
            session,
            SITE_ID,
            partners,
            {user.id: user.name for user in users if user.role is Role.JOB_COACH},
            last_day,
        )
        consents = add_consents(
            services,
            session,
            SITE_ID,
            partners,
            {user.id: user.name for user in users if user.role is Role.JOB_COACH},
            last_day,
        )
        add_dossier_material(
            services,
            session,
            SITE_ID,
            {user.id: user.name for user in users if user.role is Role.JOB_COACH},
            last_day,
        )
    return DemoSummary(
        len(DEMO_USERS),
        participants,
        taps,
        ingredients,
        dishes,
        menu_days,
        first_day,
        last_day,
        plan_goals=training.plan_goals,
        assessments=training.assessments,
        self_assessments=training.self_assessments,
        attendance_days=training.attendance_days,
        ended=training.ended,
        partners=len(partners.companies),
        referrals=referrals,
        consents=consents.recorded,
    )


def is_empty(services: AppServices) -> bool:
    """True when the database has no users, taps or participants yet."""
    return services.read(_is_empty).value


def _is_empty(app: AppServices) -> bool:
    return not (
        app.auth.has_users()
        or app.guests.has_taps()
        or app.participants.has_any()
        or app.ingredients.has_any(SITE_ID)
    )
