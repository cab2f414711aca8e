"""The participant list (sorted by the database) and the user lists (sorted by the service)
follow CLDR's Norwegian order, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import unicodedata

from canteen_app.access import Role
from canteen_app.app import AppServices
from tests.helpers import SYSTEM, make_user, participant_input

# Surnames in Norwegian order: Ü as Y, Ä as Æ, a decomposed Ø as Ø, "Aa" at the start of a
# name as Å, an "aa" inside a name as two a's.
SURNAMES = [
    "Berg",
    "Saad",
    "Sz",
    "Üner",
    "Zahl",
    "Ärlig",
    unicodedata.normalize("NFD", "Ødegård"),
    "Aasen",
    "Åsheim",
]


def test_the_participant_list_is_in_norwegian_order(services: AppServices) -> None:
    coach = make_user(services, "Jonas Berg", Role.JOB_COACH, "135790")
    for surname in reversed(SURNAMES):
        services.participants.create(coach, participant_input(coach.user_id, last_name=surname))

    stored = [unicodedata.normalize("NFC", name) for name in SURNAMES]  # names are stored composed
    assert [row.last_name for row in services.participants.rows(coach)] == stored
    # Page by page the database keeps the same order.
    pages = [services.participants.rows(coach, offset=offset, limit=4) for offset in (0, 4, 8)]
    assert [row.last_name for page in pages for row in page] == stored


def test_the_user_lists_are_in_norwegian_order(services: AppServices) -> None:
    names = ["Berit Dahl", "Zahid Noor", "Ärlig Moe", "Øystein Lie", "Aage Rud", "Åse Hol"]
    for index, name in enumerate(reversed(names)):
        make_user(services, name, Role.CANTEEN_MANAGER, f"{1000 + index}")

    assert services.auth.login_names() == names
    assert [user.name for user in services.auth.all_users(SYSTEM)] == names
