"""The models registry: every feature's tables, for Alembic and for the wiring.

A new feature with tables adds one line here; Alembic's autogenerate then sees them.
"""

from __future__ import annotations

import importlib

from sqlalchemy import MetaData

from canteen_app.db.base import Base

MODEL_MODULES = (
    "canteen_app.platform.sites.models",
    "canteen_app.platform.auth.models",
    "canteen_app.platform.audit.models",
    "canteen_app.platform.settings.models",
    "canteen_app.canteen.guests.models",
    "canteen_app.canteen.calendar.models",
    "canteen_app.canteen.ingredients.models",
    "canteen_app.canteen.dishes.models",
    "canteen_app.canteen.menus.models",
    "canteen_app.training.participants.models",
    "canteen_app.training.competence.models",
    "canteen_app.training.plans.models",
    "canteen_app.training.attendance.models",
    "canteen_app.training.tasks.models",
    "canteen_app.referrals.partners.models",
    "canteen_app.referrals.consent.models",
    "canteen_app.referrals.referrals.models",
    "canteen_app.referrals.dossiers.models",
)


def load_models() -> MetaData:
    """Import every feature's models and return the complete metadata."""
    for name in MODEL_MODULES:
        importlib.import_module(name)
    return Base.metadata
