"""Reading the audit log (P2): admins only, newest first, one page at a time."""

from __future__ import annotations

from itertools import pairwise

import pytest

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices
from canteen_app.core.errors import NotAuthorizedError
from tests.conftest import FakeClock
from tests.helpers import KIOSK, SYSTEM, make_user, participant_input

SITE = 1


def _fill_log(services: AppServices, clock: FakeClock) -> tuple[Actor, int]:
    """A login, a participant created and viewed five times: seven entries, a minute apart."""
    coach = make_user(services, "Jonas Berg", Role.JOB_COACH)  # writes the "login" entry
    clock.advance(minutes=1)
    participant = services.participants.create(coach, participant_input(coach.user_id)).id
    for _ in range(5):
        clock.advance(minutes=1)
        services.participants.get(coach, participant)
    return coach, participant


def test_entries_come_newest_first_and_page_without_gaps_or_repeats(
    services: AppServices, clock: FakeClock
) -> None:
    _coach, participant = _fill_log(services, clock)

    everything = services.audit.entries(SYSTEM)
    assert services.audit.count(SYSTEM) == 7 == len(everything)
    assert [entry.action for entry in everything] == ["view"] * 5 + ["create", "login"]
    assert all(newer.at > older.at for newer, older in pairwise(everything))
    assert everything[0].at == clock.now
    assert {entry.actor_name for entry in everything} == {"Jonas Berg"}
    assert [e.entity_id for e in everything if e.entity_type == "participant"] == [participant] * 6

    pages = [services.audit.entries(SYSTEM, offset=offset, limit=3) for offset in (0, 3, 6, 9)]
    assert [len(page) for page in pages] == [3, 3, 1, 0]
    assert [entry.id for page in pages for entry in page] == [entry.id for entry in everything]


def test_entries_filtered_by_kind_of_record(services: AppServices, clock: FakeClock) -> None:
    _fill_log(services, clock)
    assert services.audit.count(SYSTEM, entity_type="participant") == 6
    assert services.audit.count(SYSTEM, entity_type="user") == 1
    participant_page = services.audit.entries(SYSTEM, offset=4, limit=10, entity_type="participant")
    assert [entry.action for entry in participant_page] == ["view", "create"]


def test_entries_made_in_the_same_instant_keep_their_order(services: AppServices) -> None:
    """The clock stands still: the later entry still comes first."""
    coach = make_user(services, "Jonas Berg", Role.JOB_COACH)
    participant = services.participants.create(coach, participant_input(coach.user_id)).id
    services.participants.get(SYSTEM, participant)
    entries = services.audit.entries(SYSTEM)
    assert [(entry.action, entry.actor_name) for entry in entries] == [
        ("view", "test-admin"),
        ("create", "Jonas Berg"),
        ("login", "Jonas Berg"),
    ]


@pytest.mark.parametrize(
    "actor",
    [
        Actor(user_id=None, name="Kari Nordmann", role=Role.CANTEEN_MANAGER, site_id=SITE),
        Actor(user_id=None, name="Jonas Berg", role=Role.JOB_COACH, site_id=SITE),
        KIOSK,
    ],
    ids=["canteen_manager", "job_coach", "kiosk"],
)
def test_only_an_admin_may_read_the_audit_log(sqlite_services: AppServices, actor: Actor) -> None:
    with pytest.raises(NotAuthorizedError):
        sqlite_services.audit.entries(actor)
    with pytest.raises(NotAuthorizedError):
        sqlite_services.audit.count(actor)
