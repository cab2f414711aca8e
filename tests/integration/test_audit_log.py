"""Reading the audit log (P2): admins only, newest first, one page at a time."""

from __future__ import annotations

import codecs
import csv
import stat
from datetime import UTC, date, datetime
from itertools import pairwise
from pathlib import Path

import pytest
from sqlalchemy import delete, select

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices
from canteen_app.core.errors import NotAuthorizedError, ValidationError
from canteen_app.platform.audit.dto import AuditSubject
from canteen_app.platform.audit.models import AuditEntry
from canteen_app.platform.audit.rules import AuditFilter, AuditPerson
from canteen_app.platform.audit.service import AuditService
from canteen_app.training.participants.models import Participant
from tests.conftest import FakeClock
from tests.helpers import KIOSK, SYSTEM, db_session, make_user, participant_input

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
    assert services.audit.count(SYSTEM, AuditFilter(entity_type="participant")) == 6
    assert services.audit.count(SYSTEM, AuditFilter(entity_type="user")) == 1
    participant_page = services.audit.entries(
        SYSTEM, offset=4, limit=10, filters=AuditFilter(entity_type="participant")
    )
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


# --- names, filters and the CSV export (item 8) -------------------------------------------------


def _two_coaches_and_participants(services: AppServices, clock: FakeClock) -> dict[str, object]:
    """Jonas registers Åse (25 Nov, Oslo), Amina registers Ørjan just after midnight Oslo time
    on 26 Nov (still 25 Nov in UTC), then Jonas views Ørjan on 27 Nov."""
    jonas = make_user(services, "Jonas Berg", Role.JOB_COACH)
    amina = make_user(services, "Amina Hassan", Role.JOB_COACH)
    ase = services.participants.create(jonas, participant_input(jonas.user_id)).id
    clock.now = datetime(2026, 11, 25, 23, 30, tzinfo=UTC)  # 00:30 on 26 Nov in Oslo
    orjan = services.participants.create(
        amina, participant_input(amina.user_id, first_name="Ørjan", last_name="Æsøy")
    ).id
    clock.now = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    services.participants.get(jonas, orjan)
    return {"jonas": jonas, "amina": amina, "ase": ase, "orjan": orjan}


def _delete_participant(services: AppServices, participant_id: int) -> None:
    """As retention will: the record goes, its audit entries stay."""
    with db_session(services, write=True) as session:
        session.execute(delete(Participant).where(Participant.id == participant_id))


def test_entries_name_participants_and_users_as_they_are_now_without_storing_names(
    services: AppServices, clock: FakeClock
) -> None:
    made = _two_coaches_and_participants(services, clock)
    rows = services.audit.entries(SYSTEM)
    named = {(row.entity_type, row.entity_id): row.entity_name for row in rows}
    assert named[("participant", made["ase"])] == "Åse Ødegård"
    assert named[("participant", made["orjan"])] == "Ørjan Æsøy"
    jonas = made["jonas"]
    assert isinstance(jonas, Actor)
    assert named[("user", jonas.user_id)] == "Jonas Berg"
    with db_session(services) as session:  # the log itself holds ids, not the names
        stored = " ".join(
            f"{entry.actor_name} {entry.detail}" for entry in session.scalars(select(AuditEntry))
        )
    assert "Ødegård" not in stored and "Æsøy" not in stored

    _delete_participant(services, int(str(made["ase"])))
    after = {(row.entity_type, row.entity_id): row.entity_name for row in services.audit.entries(SYSTEM)}
    assert after[("participant", made["ase"])] is None  # deleted: shown as such, entries kept
    assert after[("participant", made["orjan"])] == "Ørjan Æsøy"


def test_entries_filtered_by_person_participant_and_oslo_days(
    services: AppServices, clock: FakeClock
) -> None:
    made = _two_coaches_and_participants(services, clock)
    jonas, amina = made["jonas"], made["amina"]
    assert isinstance(jonas, Actor) and isinstance(amina, Actor)

    def shown(filters: AuditFilter) -> list[tuple[str, str, int | None]]:
        rows = services.audit.entries(SYSTEM, filters=filters)
        assert services.audit.count(SYSTEM, filters) == len(rows)
        return [(row.actor_name, row.action, row.entity_id) for row in rows]

    by_amina = AuditFilter(person=AuditPerson(amina.user_id, amina.name))
    assert shown(by_amina) == [
        ("Amina Hassan", "create", made["orjan"]),
        ("Amina Hassan", "login", amina.user_id),
    ]
    about_orjan = AuditFilter(participant_id=int(str(made["orjan"])))
    assert shown(about_orjan) == [
        ("Jonas Berg", "view", made["orjan"]),
        ("Amina Hassan", "create", made["orjan"]),
    ]
    # 26 November in Oslo starts at 23:00 UTC on the 25th: Ørjan's creation belongs to it.
    on_the_26th = AuditFilter(first_day=date(2026, 11, 26), last_day=date(2026, 11, 26))
    assert shown(on_the_26th) == [("Amina Hassan", "create", made["orjan"])]
    from_the_26th = AuditFilter(first_day=date(2026, 11, 26))
    assert [action for _name, action, _id in shown(from_the_26th)] == ["view", "create"]
    until_the_25th = AuditFilter(last_day=date(2026, 11, 25))
    assert {name for name, _action, _id in shown(until_the_25th)} == {"Jonas Berg", "Amina Hassan"}
    assert "create" in [action for _name, action, entity in shown(until_the_25th) if entity == made["ase"]]
    everything = AuditFilter(
        person=AuditPerson(jonas.user_id, jonas.name), participant_id=int(str(made["orjan"]))
    )
    assert shown(everything) == [("Jonas Berg", "view", made["orjan"])]
    # The command line has no user row: it is found by its name.
    services.participants.get(SYSTEM, int(str(made["ase"])))
    assert shown(AuditFilter(person=AuditPerson(None, SYSTEM.name))) == [(SYSTEM.name, "view", made["ase"])]


def test_the_filter_lists_offer_everyone_and_every_participant_the_log_mentions(
    services: AppServices, clock: FakeClock
) -> None:
    made = _two_coaches_and_participants(services, clock)
    jonas, amina = made["jonas"], made["amina"]
    assert isinstance(jonas, Actor) and isinstance(amina, Actor)
    _delete_participant(services, int(str(made["ase"])))
    assert services.audit.people(SYSTEM) == [
        AuditPerson(amina.user_id, "Amina Hassan"),
        AuditPerson(jonas.user_id, "Jonas Berg"),
    ]
    assert services.audit.subjects(SYSTEM, "participant") == [
        AuditSubject(int(str(made["orjan"])), "Ørjan Æsøy"),
        AuditSubject(int(str(made["ase"])), None),  # deleted: last
    ]
    with pytest.raises(NotAuthorizedError):
        services.audit.people(KIOSK)
    with pytest.raises(NotAuthorizedError):  # the lookup behind the names checks the reader too
        services.participants.names_of(KIOSK, [int(str(made["orjan"]))])


def test_opening_the_log_is_logged_with_the_filter_lists(services: AppServices, clock: FakeClock) -> None:
    """The log names participants, so whoever opens it to read it is in it too."""
    made = _two_coaches_and_participants(services, clock)
    admin = make_user(services, "Admin Åse", Role.ADMIN)
    before = services.audit.count(SYSTEM)

    people, participants = services.audit.open_log(admin)

    assert [person.name for person in people] == ["Admin Åse", "Amina Hassan", "Jonas Berg"]
    assert [p.entity_id for p in participants] == [made["orjan"], made["ase"]]
    assert services.audit.count(SYSTEM) == before + 1
    newest = services.audit.entries(SYSTEM, limit=1)[0]
    assert (newest.actor_name, newest.action, newest.entity_type) == ("Admin Åse", "view", "audit_log")
    coach = made["jonas"]
    assert isinstance(coach, Actor)
    with pytest.raises(NotAuthorizedError):
        services.audit.open_log(coach)
    assert services.audit.count(SYSTEM) == before + 1  # a refused opening leaves nothing


CSV_COLUMNS = (
    ("Tid", lambda row: row.at.isoformat()),
    ("Bruker", lambda row: row.actor_name),
    ("Handling", lambda row: row.action),
    ("Hva", lambda row: row.entity_name or f"#{row.entity_id}"),
)


def test_the_csv_export_holds_what_the_filters_show_opens_in_excel_and_is_audited(
    services: AppServices, clock: FakeClock, tmp_path: Path
) -> None:
    made = _two_coaches_and_participants(services, clock)
    before = services.audit.count(SYSTEM)
    out = tmp_path / "export" / "revisjonslogg.csv"
    out.parent.mkdir()
    about_orjan = AuditFilter(participant_id=int(str(made["orjan"])))

    written = services.audit.export_csv(SYSTEM, out, CSV_COLUMNS, about_orjan, delimiter=";")

    assert written == 2
    raw = out.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)  # Excel then reads UTF-8: æøå stay æøå
    with open(out, encoding="utf-8-sig", newline="") as stream:
        lines = list(csv.reader(stream, delimiter=";"))
    assert lines == [
        ["Tid", "Bruker", "Handling", "Hva"],
        ["2026-11-27T09:00:00+00:00", "Jonas Berg", "view", "Ørjan Æsøy"],
        ["2026-11-25T23:30:00+00:00", "Amina Hassan", "create", "Ørjan Æsøy"],
    ]
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in out.parent.iterdir()] == [out.name]
    newest = services.audit.entries(SYSTEM, limit=1)[0]
    assert services.audit.count(SYSTEM) == before + 1
    assert (newest.actor_name, newest.action, newest.entity_type, newest.detail) == (
        SYSTEM.name,
        "export",
        "audit_log",
        "rows=2",
    )


def test_a_name_that_looks_like_a_formula_stays_text_in_the_csv(
    services: AppServices, tmp_path: Path
) -> None:
    coach = make_user(services, "Jonas Berg", Role.JOB_COACH)
    services.participants.create(
        coach, participant_input(coach.user_id, first_name="=HYPERLINK(x)", last_name="A")
    )
    out = tmp_path / "log.csv"
    services.audit.export_csv(SYSTEM, out, CSV_COLUMNS, AuditFilter(entity_type="participant"))
    with open(out, encoding="utf-8-sig", newline="") as stream:
        names = [line[3] for line in csv.reader(stream)][1:]
    assert names == ["'=HYPERLINK(x) A"]


def test_no_export_file_without_its_audit_entry(
    sqlite_services: AppServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "exports" / "log.csv"
    out.parent.mkdir()
    out.write_text("an older export", encoding="utf-8")

    def broken_record(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("the log cannot be written")

    monkeypatch.setattr(AuditService, "record", broken_record)
    with pytest.raises(RuntimeError):
        sqlite_services.audit.export_csv(SYSTEM, out, CSV_COLUMNS)
    assert [p.name for p in out.parent.iterdir()] == ["log.csv"]  # no temporary file either
    assert out.read_text(encoding="utf-8") == "an older export"


def test_only_an_admin_exports_the_audit_log(sqlite_services: AppServices, tmp_path: Path) -> None:
    coach = Actor(user_id=None, name="Jonas Berg", role=Role.JOB_COACH, site_id=SITE)
    with pytest.raises(NotAuthorizedError):
        sqlite_services.audit.export_csv(coach, tmp_path / "exports" / "log.csv", CSV_COLUMNS)
    assert not (tmp_path / "exports").exists()


def test_a_period_that_ends_before_it_starts_is_pointed_out(
    sqlite_services: AppServices, tmp_path: Path
) -> None:
    backwards = AuditFilter(first_day=date(2026, 11, 26), last_day=date(2026, 11, 25))
    for attempt in (
        lambda: sqlite_services.audit.count(SYSTEM, backwards),
        lambda: sqlite_services.audit.entries(SYSTEM, filters=backwards),
        lambda: sqlite_services.audit.export_csv(SYSTEM, tmp_path / "x" / "log.csv", CSV_COLUMNS, backwards),
    ):
        with pytest.raises(ValidationError) as refused:
            attempt()
        assert set(refused.value.field_errors) == {"last_day"}
    assert not (tmp_path / "x").exists()
