"""The participant register (T1): validation, privacy per role, audit, concurrent edits, search."""

from __future__ import annotations

import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import date

import pytest
from sqlalchemy import create_engine, event, func, select, text

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices, build_services, database_of, open_database
from canteen_app.core.collation import norwegian_sort_key
from canteen_app.core.errors import ConcurrencyError, NotAuthorizedError, NotFoundError, ValidationError
from canteen_app.platform.audit.models import AuditEntry
from canteen_app.platform.sites.models import Site
from canteen_app.training.participants.dto import ParticipantDetails
from canteen_app.training.participants.models import Participant
from canteen_app.training.participants.rules import ParticipantInput, check_participant
from tests.conftest import FAST_HASHER, FakeClock
from tests.helpers import KIOSK, SYSTEM, db_session, participant_input

SITE = 1
MANAGER = Actor(user_id=None, name="Kari Nordmann", role=Role.CANTEEN_MANAGER, site_id=SITE)


def _user(services: AppServices, name: str, role: Role = Role.JOB_COACH) -> Actor:
    """A real user row (the coach a participant is assigned to must exist), as the actor."""
    info = services.auth.create_user(SYSTEM, name, role, "135790")
    return Actor(user_id=info.id, name=info.name, role=info.role, site_id=SITE)


def _participant_count(services: AppServices) -> int:
    with db_session(services) as session:
        return int(session.scalar(select(func.count()).select_from(Participant)) or 0)


def _participant_audit(services: AppServices) -> list[tuple[int | None, str, str, int | None, str]]:
    """(actor id, actor name, action, participant id, detail), oldest first."""
    with db_session(services) as session:
        rows = session.execute(
            select(
                AuditEntry.actor_id,
                AuditEntry.actor_name,
                AuditEntry.action,
                AuditEntry.entity_id,
                AuditEntry.detail,
            )
            .where(AuditEntry.entity_type == "participant")
            .order_by(AuditEntry.id)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def _edited(details: ParticipantDetails, **changes: object) -> ParticipantInput:
    """The input a coach's dialog sends back: the loaded record with some fields changed."""
    values: dict[str, object] = {
        "first_name": details.first_name,
        "last_name": details.last_name,
        "preferred_language": details.preferred_language,
        "nav_measure": details.nav_measure,
        "measure_start": details.measure_start,
        "measure_planned_end": details.measure_planned_end,
        "participation_percent": details.participation_percent,
        "phone": details.phone,
        "email": details.email,
        "nav_contact": details.nav_contact,
        "support_needs": details.support_needs,
    }
    values.update(changes)
    return participant_input(details.coach_id, **values)


# --- create and validation -----------------------------------------------------------------


def test_a_coach_registers_a_participant_with_valid_input(services: AppServices) -> None:
    coach = _user(services, "Jonas Berg")
    created = services.participants.create(
        coach,
        participant_input(
            coach.user_id, first_name="  Åse ", last_name=" Ødegård  ", nav_contact="NAV Horten"
        ),
    )
    assert created.full_name == "Åse Ødegård"  # surrounding blanks are not stored
    assert created.coach_id == coach.user_id and created.coach_name == "Jonas Berg"
    assert created.version == 1

    loaded = services.participants.get(coach, created.id)
    assert loaded.nav_measure == "arbeidstrening"
    assert (loaded.measure_start, loaded.measure_planned_end) == (date(2026, 9, 1), date(2027, 6, 30))
    assert loaded.participation_percent == 80
    assert loaded.phone == "91234567"
    assert loaded.support_needs == "Trenger skriftlige steglister."
    assert loaded.nav_contact == "NAV Horten"
    assert [r.full_name for r in services.participants.rows(coach)] == ["Åse Ødegård"]


def test_each_invalid_field_is_named_and_nothing_is_saved(services: AppServices) -> None:
    coach = _user(services, "Jonas Berg")
    manager = _user(services, "Kari Nordmann", Role.CANTEEN_MANAGER)
    start = date(2026, 9, 1)
    cases: list[tuple[str, dict[str, object]]] = [
        ("first_name", {"first_name": "   "}),
        ("last_name", {"last_name": ""}),
        ("first_name", {"first_name": "x" * 101}),
        ("nav_measure", {"nav_measure": "lønnstilskudd"}),
        ("measure_start", {"measure_start": None}),
        ("measure_planned_end", {"measure_planned_end": start}),
        ("measure_planned_end", {"measure_planned_end": date(2026, 8, 31)}),
        ("measure_planned_end", {"measure_planned_end": None}),
        ("participation_percent", {"participation_percent": 0}),
        ("participation_percent", {"participation_percent": 101}),
        ("participation_percent", {"participation_percent": None}),
        ("preferred_language", {"preferred_language": "de"}),
        ("email", {"email": "ikke en adresse"}),
        ("coach_id", {"coach_id": None}),
        ("coach_id", {"coach_id": manager.user_id}),  # a user, but not a job coach
        ("coach_id", {"coach_id": 999_999}),
    ]
    for field_name, override in cases:
        values = {"coach_id": coach.user_id, **override}
        coach_id = values.pop("coach_id")
        with pytest.raises(ValidationError) as refused:
            services.participants.create(coach, participant_input(coach_id, **values))  # type: ignore[arg-type]
        assert set(refused.value.field_errors) == {field_name}, override
        assert str(refused.value)  # a message a user can read
    assert _participant_count(services) == 0
    assert _participant_audit(services) == []


def test_an_invalid_edit_leaves_the_stored_record_unchanged(services: AppServices) -> None:
    coach = _user(services, "Jonas Berg")
    created = services.participants.create(coach, participant_input(coach.user_id))
    with pytest.raises(ValidationError) as refused:
        services.participants.update(
            coach, created.id, created.version, _edited(created, participation_percent=101, phone="90000000")
        )
    assert set(refused.value.field_errors) == {"participation_percent"}
    stored = services.participants.get(coach, created.id)
    assert (stored.participation_percent, stored.phone, stored.version) == (80, "91234567", 1)
    assert [action for _id, _name, action, _pid, _detail in _participant_audit(services)] == [
        "create",
        "view",
    ]


def test_warnings_for_a_long_measure_and_diagnosis_words_do_not_block_saving(services: AppServices) -> None:
    coach = _user(services, "Jonas Berg")
    start = date(2026, 9, 1)
    # Arbeidstrening: usually up to 12 months -> ends 1 Sep 2027.
    errors, warnings = check_participant(
        participant_input(coach.user_id, measure_planned_end=date(2027, 9, 1))
    )
    assert errors == {} and warnings == {}
    long_one = participant_input(
        coach.user_id, measure_start=start, measure_planned_end=date(2027, 9, 2), support_needs="Har autisme."
    )
    errors, warnings = check_participant(long_one)
    assert errors == {}
    assert set(warnings) == {"measure_planned_end", "support_needs"}
    assert warnings["measure_planned_end"].params["limit_end"] == "2027-09-01"
    assert "Arbeidstrening" in str(warnings["measure_planned_end"])
    # VTA has no time limit: no warning however long.
    _errors, warnings = check_participant(
        participant_input(coach.user_id, nav_measure="vta", measure_planned_end=date(2036, 9, 1))
    )
    assert warnings == {}
    # A warning is advice: the coach may still save (NAV may have approved an extension).
    saved = services.participants.create(coach, long_one)
    assert saved.measure_planned_end == date(2027, 9, 2)


# --- privacy per role ---------------------------------------------------------------------------


def test_canteen_manager_sees_names_only_and_no_details(services: AppServices) -> None:
    coach = _user(services, "Jonas Berg")
    created = services.participants.create(coach, participant_input(coach.user_id))
    before = _participant_audit(services)

    (row,) = services.participants.rows(MANAGER)
    assert (row.id, row.full_name) == (created.id, "Åse Ødegård")
    assert (row.nav_measure, row.measure_planned_end, row.coach_name) == (None, None, None)
    assert services.participants.count(MANAGER) == 1
    with pytest.raises(NotAuthorizedError):
        services.participants.get(MANAGER, created.id)
    with pytest.raises(NotAuthorizedError):
        services.participants.create(MANAGER, participant_input(coach.user_id, first_name="Ola"))
    with pytest.raises(NotAuthorizedError):
        services.participants.update(MANAGER, created.id, created.version, _edited(created, phone="90000000"))
    assert _participant_count(services) == 1
    assert services.participants.get(coach, created.id).phone == "91234567"
    # The names list is logged as a list view; the refused attempts leave no trace of data.
    new_entries = _participant_audit(services)[len(before) :]
    assert [(name, action, entity_id) for _id, name, action, entity_id, _detail in new_entries] == [
        ("Kari Nordmann", "list", None),
        ("Jonas Berg", "view", created.id),
    ]
    assert new_entries[0][4] == "rows=1, names only"


def test_opening_a_list_is_logged_once_per_list_not_per_page(services: AppServices) -> None:
    coach = _user(services, "Jonas Berg")
    for first_name in ("Ola", "Kari", "Per"):
        services.participants.create(coach, participant_input(coach.user_id, first_name=first_name))
    before = len(_participant_audit(services))
    first_page = services.participants.rows(coach, limit=2)
    second_page = services.participants.rows(coach, offset=2, limit=2)
    assert len(first_page) == 2 and len(second_page) == 1
    new_entries = _participant_audit(services)[before:]
    assert [(action, detail) for _id, _name, action, _pid, detail in new_entries] == [("list", "rows=2")]


def test_the_kiosk_gets_not_even_the_names_list(services: AppServices) -> None:
    coach = _user(services, "Jonas Berg")
    created = services.participants.create(coach, participant_input(coach.user_id))
    with pytest.raises(NotAuthorizedError):
        services.participants.rows(KIOSK)
    with pytest.raises(NotAuthorizedError):
        services.participants.count(KIOSK)
    with pytest.raises(NotAuthorizedError):
        services.participants.get(KIOSK, created.id)
    with pytest.raises(NotAuthorizedError):
        services.participants.create(KIOSK, participant_input(coach.user_id))
    with pytest.raises(NotAuthorizedError):
        services.participants.update(KIOSK, created.id, created.version, _edited(created, phone="1"))


def test_admin_and_job_coach_see_the_details(services: AppServices) -> None:
    coach = _user(services, "Jonas Berg")
    created = services.participants.create(coach, participant_input(coach.user_id))
    for actor in (SYSTEM, coach):
        (row,) = services.participants.rows(actor)
        assert (row.nav_measure, row.measure_planned_end, row.coach_name) == (
            "arbeidstrening",
            date(2027, 6, 30),
            "Jonas Berg",
        )
        details = services.participants.get(actor, created.id)
        assert details.support_needs == "Trenger skriftlige steglister."


def test_another_sites_participants_are_out_of_reach(services: AppServices, clock: FakeClock) -> None:
    coach = _user(services, "Jonas Berg")
    created = services.participants.create(coach, participant_input(coach.user_id))
    with db_session(services, write=True) as session:
        site = Site(code="nord", name="Kantina Nord", created_at=clock.now)
        session.add(site)
        session.flush()
        other_site = site.id
    other_coach = Actor(user_id=None, name="Coach Nord", role=Role.JOB_COACH, site_id=other_site)
    assert services.participants.rows(other_coach) == []
    with pytest.raises(NotFoundError):
        services.participants.get(other_coach, created.id)
    with pytest.raises(NotFoundError):
        services.participants.update(other_coach, created.id, created.version, _edited(created, phone="1"))


# --- audit ---------------------------------------------------------------------------------------


def test_every_view_create_and_update_is_audited_with_field_names_not_values(
    services: AppServices, clock: FakeClock
) -> None:
    coach = _user(services, "Jonas Berg")
    created = services.participants.create(coach, participant_input(coach.user_id))
    clock.advance(minutes=1)
    services.participants.get(SYSTEM, created.id)
    clock.advance(minutes=1)
    loaded = services.participants.get(coach, created.id)
    clock.advance(minutes=1)
    updated = services.participants.update(
        coach,
        created.id,
        loaded.version,
        _edited(loaded, phone="98765432", support_needs="Trenger bilder av hvert steg."),
    )
    clock.advance(minutes=1)
    services.participants.update(
        coach, created.id, updated.version, _edited(updated, participation_percent=60)
    )

    pid = created.id
    assert _participant_audit(services) == [
        (coach.user_id, "Jonas Berg", "create", pid, ""),
        (None, "test-admin", "view", pid, ""),
        (coach.user_id, "Jonas Berg", "view", pid, ""),
        (coach.user_id, "Jonas Berg", "update", pid, "phone, support_needs"),
        (coach.user_id, "Jonas Berg", "update", pid, "participation_percent"),
    ]
    # The log must never become a copy of the special-category data.
    with db_session(services) as session:
        details = list(session.scalars(select(AuditEntry.detail)))
    for secret in ("91234567", "98765432", "steglister", "bilder", "Ødegård", "80", "60"):
        assert not any(secret in detail for detail in details), secret


# --- two people editing the same record -------------------------------------------------------


def test_the_second_of_two_concurrent_saves_is_refused_and_shows_the_first(services: AppServices) -> None:
    jonas = _user(services, "Jonas Berg")
    amina = _user(services, "Amina Hassan")
    created = services.participants.create(jonas, participant_input(jonas.user_id))
    in_jonas_form = services.participants.get(jonas, created.id)
    in_amina_form = services.participants.get(amina, created.id)
    assert in_jonas_form.version == in_amina_form.version

    saved = services.participants.update(
        jonas,
        created.id,
        in_jonas_form.version,
        _edited(in_jonas_form, phone="90000001"),
    )
    assert saved.phone == "90000001" and saved.version == in_jonas_form.version + 1

    with pytest.raises(ConcurrencyError) as conflict:
        services.participants.update(
            amina,
            created.id,
            in_amina_form.version,
            _edited(in_amina_form, participation_percent=50, support_needs="Trenger rolige pauser."),
        )
    current = conflict.value.current
    assert isinstance(current, ParticipantDetails)
    assert (current.phone, current.participation_percent, current.version) == ("90000001", 80, saved.version)

    stored = services.participants.get(jonas, created.id)
    assert stored.phone == "90000001"
    assert stored.participation_percent == 80
    assert stored.support_needs == "Trenger skriftlige steglister."
    assert [row[2] for row in _participant_audit(services)].count("update") == 1


def test_the_stored_version_shown_after_a_refused_save_is_audited_as_a_view(services: AppServices) -> None:
    """The refused save hands the other person's version to the user to compare: a view of
    participant data, logged although the action itself ends in an error (the UI runs the
    save as one write action, so the entry must survive its rollback)."""
    jonas = _user(services, "Jonas Berg")
    amina = _user(services, "Amina Hassan")
    created = services.participants.create(jonas, participant_input(jonas.user_id))
    services.participants.update(jonas, created.id, created.version, _edited(created, phone="90000001"))
    before = _participant_audit(services)

    def save_stale(app: AppServices) -> ParticipantDetails:
        return app.participants.update(amina, created.id, created.version, _edited(created, phone="90000009"))

    with pytest.raises(ConcurrencyError) as conflict:
        services.write(save_stale)

    assert isinstance(conflict.value.current, ParticipantDetails)
    assert _participant_audit(services) == [
        *before,
        (amina.user_id, "Amina Hassan", "view", created.id, "conflict"),
    ]
    assert services.participants.get(jonas, created.id).phone == "90000001"  # still nothing saved


@pytest.mark.postgres
def test_a_save_racing_another_commit_is_refused_not_lost_on_postgresql(
    pg_url: str, clock: FakeClock
) -> None:
    """PostgreSQL runs both saves at once. Forced, step by step: our save has read version 1 and
    is about to write; another PC commits version 2 right then; our UPDATE ... WHERE version = 1
    then finds no row (the stale-data branch), and the user gets the conflict choice instead of
    silently overwriting the other PC's change."""
    services = build_services(open_database(pg_url), clock, FAST_HASHER)
    try:
        _race_the_update(services, pg_url)
    finally:
        services.close()


def _race_the_update(services: AppServices, url: str) -> None:
    coach = _user(services, "Jonas Berg")
    created = services.participants.create(coach, participant_input(coach.user_id))
    engine = database_of(services).engine
    about_to_write, other_pc_committed = threading.Event(), threading.Event()
    saving_thread: list[threading.Thread] = []

    def pause_before_our_update(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if threading.current_thread() in saving_thread and statement.lstrip().startswith(
            "UPDATE participants"
        ):
            about_to_write.set()  # the version check has passed: version 1 was read
            assert other_pc_committed.wait(30)

    def save_in_the_app() -> ParticipantDetails:
        saving_thread.append(threading.current_thread())
        edited = _edited(created, participation_percent=50)
        return services.participants.update(coach, created.id, created.version, edited)

    event.listen(engine, "before_cursor_execute", pause_before_our_update)
    other_pc = create_engine(url)
    try:
        with ThreadPoolExecutor(max_workers=1) as pool:
            saving = pool.submit(save_in_the_app)
            assert about_to_write.wait(30)
            with other_pc.begin() as connection:
                connection.execute(
                    text("UPDATE participants SET phone = '90000002', version = version + 1 WHERE id = :id"),
                    {"id": created.id},
                )
            other_pc_committed.set()
            result = saving.exception(timeout=30)
    finally:
        event.remove(engine, "before_cursor_execute", pause_before_our_update)
        other_pc.dispose()

    assert isinstance(result, ConcurrencyError), result
    assert isinstance(result.current, ParticipantDetails)
    assert (result.current.phone, result.current.participation_percent) == ("90000002", 80)
    assert _participant_audit(services)[-1][2:] == ("view", created.id, "conflict")
    stored = services.participants.get(coach, created.id)
    assert (stored.phone, stored.participation_percent, stored.version) == ("90000002", 80, 2)


def test_a_save_waiting_for_another_pcs_write_is_refused_not_lost_on_sqlite(
    sqlite_services: AppServices, sqlite_url: str
) -> None:
    """SQLite takes the write lock before our save reads (BEGIN IMMEDIATE), so the stale-data
    window of PostgreSQL cannot open here: our save waits for the other PC's commit, then reads
    its version 2 and refuses. Forced step by step: the other PC holds the lock first."""
    services = sqlite_services
    coach = _user(services, "Jonas Berg")
    created = services.participants.create(coach, participant_input(coach.user_id))
    engine = database_of(services).engine
    asking_for_the_lock = threading.Event()

    def note_our_begin(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        # Called right before the statement runs, so before it waits for the other PC's lock.
        if threading.current_thread() is not threading.main_thread() and statement == "BEGIN IMMEDIATE":
            asking_for_the_lock.set()

    other_pc = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"), isolation_level=None)
    event.listen(engine, "before_cursor_execute", note_our_begin)
    try:
        other_pc.execute("BEGIN IMMEDIATE")  # the other PC is writing
        other_pc.execute(
            "UPDATE participants SET phone = '90000002', version = version + 1 WHERE id = ?", (created.id,)
        )
        with ThreadPoolExecutor(max_workers=1) as pool:
            saving = pool.submit(
                services.participants.update,
                coach,
                created.id,
                created.version,
                _edited(created, participation_percent=50),
            )
            assert asking_for_the_lock.wait(30)  # our save is at its BEGIN IMMEDIATE
            other_pc.execute("COMMIT")
            result = saving.exception(timeout=30)
    finally:
        event.remove(engine, "before_cursor_execute", note_our_begin)
        other_pc.close()

    assert isinstance(result, ConcurrencyError), result
    assert isinstance(result.current, ParticipantDetails) and result.current.phone == "90000002"
    stored = services.participants.get(coach, created.id)
    assert (stored.phone, stored.participation_percent, stored.version) == ("90000002", 80, 2)


# --- search --------------------------------------------------------------------------------------


def test_search_ignores_case_including_norwegian_letters_and_takes_wildcards_literally(
    services: AppServices,
) -> None:
    coach = _user(services, "Jonas Berg")
    for first, last in (
        ("Åse", "Ødegård"),
        ("Ola", "Nordmann"),
        ("Mia", "Berg_Hansen"),
        ("Øystein", "Haugen"),
    ):
        services.participants.create(
            coach, participant_input(coach.user_id, first_name=first, last_name=last)
        )

    def found(search: str) -> list[str]:
        names = [row.full_name for row in services.participants.rows(MANAGER, search=search)]
        assert services.participants.count(MANAGER, search=search) == len(names)
        return names

    assert found("øde") == ["Åse Ødegård"]
    assert found("ÅSE") == ["Åse Ødegård"]
    assert found("ØDEGÅRD åse") == ["Åse Ødegård"]
    assert found("øYST") == ["Øystein Haugen"]
    assert set(found("")) == {"Mia Berg_Hansen", "Ola Nordmann", "Øystein Haugen", "Åse Ødegård"}
    # % and _ are letters the user typed, not SQL wildcards.
    assert found("%") == []
    assert found("r_m") == []  # would match "Nordmann" as a wildcard
    assert found("a%n") == []
    assert found("g_h") == ["Mia Berg_Hansen"]
    assert found("_") == ["Mia Berg_Hansen"]


@pytest.mark.parametrize("sort", ["name", "measure", "end", "coach"])
@pytest.mark.parametrize("descending", [False, True])
def test_sorted_pages_never_skip_or_repeat_a_row(services: AppServices, sort: str, descending: bool) -> None:
    coaches = [_user(services, "Jonas Berg"), _user(services, "Amina Hassan")]
    measures = ["arbeidstrening", "aft", "vta", "oppfolging"]
    for index in range(9):  # equal values in every column, so the tie-breaks matter
        services.participants.create(
            coaches[0],
            participant_input(
                coaches[index % 2].user_id,
                first_name=f"P{index}",
                last_name=["Haugen", "Ødegård", "Aas"][index % 3],
                nav_measure=measures[index % 4],
                measure_planned_end=date(2027, 1 + index % 3, 1),
            ),
        )
    everyone = services.participants.rows(coaches[0], sort=sort, descending=descending)
    pages = (
        services.participants.rows(coaches[0], offset=offset, limit=2, sort=sort, descending=descending)
        for offset in range(0, 9, 2)
    )
    paged = [row for page in pages for row in page]
    assert [row.id for row in paged] == [row.id for row in everyone]
    assert len({row.id for row in everyone}) == 9
    value = {
        "name": lambda row: norwegian_sort_key(f"{row.last_name} {row.first_name}"),
        "measure": lambda row: row.nav_measure,
        "end": lambda row: row.measure_planned_end,
        "coach": lambda row: row.coach_name,
    }[sort]
    shown = [value(row) for row in everyone]
    assert shown == sorted(shown, reverse=descending)


def test_the_preferred_language_alone_is_read_for_a_coach(services: AppServices) -> None:
    """Forms in the participant's language ask for the language only, and only a role that may
    see the participant's details gets it."""
    from canteen_app.core.errors import NotAuthorizedError
    from tests.helpers import make_user, participant_input

    coach = make_user(services, "Kari Veileder", Role.JOB_COACH)
    manager = make_user(services, "Per Leder", Role.CANTEEN_MANAGER)
    pid = services.write(
        lambda app: app.participants.create(coach, participant_input(coach.user_id, preferred_language="ti"))
    ).value.id
    assert services.read(lambda app: app.participants.preferred_language(coach, pid)).value == "ti"
    with pytest.raises(NotAuthorizedError):
        services.read(lambda app: app.participants.preferred_language(manager, pid))
