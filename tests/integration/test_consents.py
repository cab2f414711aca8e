"""Consent (R3, issue 8 item 4) on SQLite and PostgreSQL: recording with every field checked,
withdrawing at once, the states for lists, the one check every dossier export goes through
(every reason it refuses, and no way round it for any role), the consent form, the audit
entries, and the race between an export and a withdrawal on PostgreSQL, forced step by step."""

from __future__ import annotations

import dataclasses
import inspect
import re
import threading
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest
from pypdf import PdfReader
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices, build_services, database_of, open_database
from canteen_app.core.errors import ConcurrencyError, NotAuthorizedError, NotFoundError, ValidationError
from canteen_app.db.unit_of_work import ReadOnlyTransactionError
from canteen_app.platform.audit.models import AuditEntry
from canteen_app.platform.audit.rules import AuditAction
from canteen_app.referrals.consent.rules import (
    CATEGORY_ORDER,
    ConsentInput,
    ConsentRefused,
    ConsentStatus,
    DataCategory,
    latest_expiry,
)
from canteen_app.referrals.consent.service import ConsentService
from canteen_app.referrals.partners.rules import CompanyInput, ContactInput, PartnerRecord
from tests.conftest import FAST_HASHER, FakeClock
from tests.helpers import SYSTEM, db_session, make_user, participant_input

TODAY = date(2026, 11, 25)  # the FakeClock's day
NAME = ("Åse", "Ødegård")
CORE = (DataCategory.COMPETENCES, DataCategory.TASKS)
T = TypeVar("T")


class World:
    """A coach, a participant, and two partner companies: one with two contact persons."""

    def __init__(self, services: AppServices) -> None:
        self.services = services
        self.coach = make_user(services, "Jonas Berg", Role.JOB_COACH)
        self.manager = make_user(services, "Kari Nordmann", Role.CANTEEN_MANAGER)
        data = participant_input(
            self.coach.user_id, first_name=NAME[0], last_name=NAME[1], preferred_language="ar"
        )
        self.participant = self.write(lambda app: app.participants.create(self.coach, data)).id
        self.company = self.write(
            lambda app: app.partners.save_company(SYSTEM, CompanyInput("Fjordkantina AS"))
        )
        self.other = self.write(
            lambda app: app.partners.save_company(SYSTEM, CompanyInput("Matglede Drift AS"))
        )
        self.kari = self.write(
            lambda app: app.partners.save_contact(
                SYSTEM, self.company, ContactInput("Kari Lie", "Rekrutterer", "91234567")
            )
        )
        self.per = self.write(
            lambda app: app.partners.save_contact(
                SYSTEM, self.company, ContactInput("Per Vik", email="per@example.no")
            )
        )
        self.stranger = self.write(
            lambda app: app.partners.save_contact(
                SYSTEM, self.other, ContactInput("Siri Dal", email="siri@example.no")
            )
        )

    def write(self, action: Callable[[AppServices], T]) -> T:
        return self.services.write(action).value

    def consent(self, **overrides: Any) -> ConsentInput:
        values: dict[str, Any] = {
            "participant_id": self.participant,
            "company_id": self.company,
            "contact_id": None,
            "purpose": "Henvisning til stilling som kjøkkenassistent",
            "categories": CORE,
            "given_on": TODAY - timedelta(days=30),
            "expires_on": TODAY + timedelta(days=200),
        }
        values.update(overrides)
        return ConsentInput(**values)

    def record(self, **overrides: Any) -> int:
        data = self.consent(**overrides)
        return self.write(lambda app: app.consents.record(self.coach, data))

    def consents(self, actor: Actor | None = None) -> dict[int, Any]:
        who = actor or self.coach
        return {c.id: c for c in self.write(lambda app: app.consents.consents(who, self.participant))}

    def withdraw(self, consent_id: int, on: date | None = None, actor: Actor | None = None) -> None:
        who = actor or self.coach
        version = self.consents()[consent_id].version
        self.write(lambda app: app.consents.withdraw(who, consent_id, version, on))

    def require(
        self, categories: tuple[DataCategory, ...] = CORE, contact_id: int | None = None, day: date = TODAY
    ) -> Any:
        return self.write(
            lambda app: app.consents.require(self.participant, self.company, contact_id, categories, day)
        )


@pytest.fixture
def world(services: AppServices) -> World:
    return World(services)


def _audit(services: AppServices, participant_id: int) -> list[tuple[str, str]]:
    with db_session(services) as session:
        rows = session.execute(
            select(AuditEntry.action, AuditEntry.detail)
            .where(AuditEntry.entity_type == "participant", AuditEntry.entity_id == participant_id)
            .order_by(AuditEntry.id)
        )
        return [(action, detail) for action, detail in rows]


# --- recording ------------------------------------------------------------------------------------


def test_a_recorded_consent_is_listed_with_its_recipient_and_state(
    world: World, services: AppServices
) -> None:
    whole = world.record(categories=(DataCategory.PHOTO, DataCategory.COMPETENCES, DataCategory.PHOTO))
    named = world.record(contact_id=world.kari, purpose="  Søknad om arbeidsutprøving  ", given_on=TODAY)
    shown = world.consents()
    assert list(shown) == [named, whole]  # newest first
    first = shown[whole]
    assert (first.company_name, first.contact_id, first.contact_name) == ("Fjordkantina AS", None, None)
    assert first.categories == (DataCategory.COMPETENCES, DataCategory.PHOTO)  # once each, in order
    assert (first.given_on, first.expires_on, first.withdrawn_on) == (
        TODAY - timedelta(days=30),
        TODAY + timedelta(days=200),
        None,
    )
    assert (first.status, first.recorded_by, first.version, first.participant_id) == (
        ConsentStatus.VALID,
        "Jonas Berg",
        1,
        world.participant,
    )
    second = shown[named]
    assert (second.contact_name, second.purpose) == ("Kari Lie", "Søknad om arbeidsutprøving")
    entries = _audit(services, world.participant)
    assert ("update", f"consent {whole} recorded for company {world.company}") in entries
    assert ("update", f"consent {named} recorded for company {world.company}") in entries
    assert entries[-1] == ("view", "consents")  # the list itself is a view, logged
    assert not any("Ødegård" in detail or "Fjordkantina" in detail for _action, detail in entries)


def test_a_consent_may_run_twelve_months_less_a_day_and_no_longer(world: World) -> None:
    world.record(given_on=TODAY, expires_on=latest_expiry(TODAY))
    with pytest.raises(ValidationError) as refused:
        world.record(given_on=TODAY, expires_on=latest_expiry(TODAY) + timedelta(days=1))
    assert set(refused.value.field_errors) == {"expires_on"}
    assert "2027-11-24" in str(refused.value)


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"purpose": "   "}, "purpose"),
        ({"purpose": "x" * 301}, "purpose"),
        ({"categories": ()}, "categories"),
        ({"given_on": TODAY + timedelta(days=1), "expires_on": TODAY + timedelta(days=2)}, "given_on"),
        ({"expires_on": TODAY - timedelta(days=31)}, "expires_on"),
        ({"expires_on": latest_expiry(TODAY - timedelta(days=30)) + timedelta(days=1)}, "expires_on"),
        ({"contact_id": "stranger"}, "contact_id"),
        ({"company_id": 999_999}, "company_id"),
    ],
)
def test_each_field_is_checked_and_nothing_is_stored(
    world: World, services: AppServices, overrides: dict[str, Any], field: str
) -> None:
    if overrides.get("contact_id") == "stranger":
        overrides = {"contact_id": world.stranger}  # a contact person of the other company
    with pytest.raises(ValidationError) as refused:
        world.record(**overrides)
    assert set(refused.value.field_errors) == {field}
    assert world.consents() == {}
    assert not any(action == "update" for action, _detail in _audit(services, world.participant))


def test_an_inactive_company_or_contact_person_cannot_get_a_new_consent(world: World) -> None:
    world.write(lambda app: app.partners.set_active(SYSTEM, PartnerRecord.CONTACT, world.per, False))
    with pytest.raises(ValidationError) as refused:
        world.record(contact_id=world.per)
    assert set(refused.value.field_errors) == {"contact_id"}
    world.write(lambda app: app.partners.set_active(SYSTEM, PartnerRecord.COMPANY, world.company, False))
    with pytest.raises(ValidationError) as refused:
        world.record()
    assert set(refused.value.field_errors) == {"company_id"}


def test_who_may_see_and_record_consents(world: World, services: AppServices) -> None:
    with pytest.raises(NotAuthorizedError):
        world.consents(world.manager)
    with pytest.raises(NotAuthorizedError):
        world.write(lambda app: app.consents.record(world.manager, world.consent()))
    elsewhere = Actor(world.coach.user_id, world.coach.name, Role.JOB_COACH, site_id=2)
    with pytest.raises(NotFoundError):
        world.write(lambda app: app.consents.record(elsewhere, world.consent()))
    world.write(lambda app: app.consents.record(SYSTEM, world.consent()))  # the administrator may


# --- withdrawing ----------------------------------------------------------------------------------


def test_a_withdrawal_takes_effect_today_and_is_logged(world: World, services: AppServices) -> None:
    consent_id = world.record()
    world.withdraw(consent_id)
    shown = world.consents()[consent_id]
    assert (shown.status, shown.withdrawn_on, shown.version) == (ConsentStatus.WITHDRAWN, TODAY, 2)
    assert ("update", f"consent {consent_id} withdrawn") in _audit(services, world.participant)
    with db_session(services) as session:
        assert session.execute(text("select withdrawn_by from consents")).scalar_one() == "Jonas Berg"


def test_a_withdrawal_is_dated_from_the_consent_to_today_and_made_once(world: World) -> None:
    consent_id = world.record()
    for day in (TODAY + timedelta(days=1), TODAY - timedelta(days=31)):
        with pytest.raises(ValidationError) as refused:
            world.withdraw(consent_id, day)
        assert set(refused.value.field_errors) == {"withdrawn_on"}
    world.withdraw(consent_id, TODAY - timedelta(days=3))
    assert world.consents()[consent_id].withdrawn_on == TODAY - timedelta(days=3)
    with pytest.raises(ValidationError):
        world.write(lambda app: app.consents.withdraw(world.coach, consent_id, 2))
    with pytest.raises(ConcurrencyError):  # withdrawn meanwhile, by someone else
        world.write(lambda app: app.consents.withdraw(world.coach, consent_id, 1))
    with pytest.raises(NotAuthorizedError):
        world.write(lambda app: app.consents.withdraw(world.manager, consent_id, 2))


# --- the states, for lists --------------------------------------------------------------------------


def test_the_states_of_many_recipients_at_once(world: World, services: AppServices) -> None:
    stranger = world.write(
        lambda app: app.participants.create(
            world.coach, participant_input(world.coach.user_id, first_name="Yonas")
        )
    ).id
    world.record(contact_id=world.kari)
    old = world.record(given_on=date(2025, 6, 1), expires_on=date(2026, 5, 31), company_id=world.other)
    keys = [
        (world.participant, world.company, world.kari),  # valid: named
        (world.participant, world.company, world.per),  # none: the consent names Kari
        (world.participant, world.company, None),  # none: not for the company as a whole
        (world.participant, world.other, None),  # expired
        (stranger, world.company, None),  # none at all
    ]
    states = services.consents.statuses(1, keys, TODAY)
    assert [states[key] for key in keys] == [
        ConsentStatus.VALID,
        ConsentStatus.NONE,
        ConsentStatus.NONE,
        ConsentStatus.EXPIRED,
        ConsentStatus.NONE,
    ]
    world.withdraw(old)
    assert services.consents.statuses(1, keys[3:4], TODAY)[keys[3]] is ConsentStatus.WITHDRAWN
    assert services.consents.statuses(2, keys[:1], TODAY)[keys[0]] is ConsentStatus.NONE  # another site


# --- require: the one check before anything leaves ----------------------------------------------


def test_require_gives_the_consent_that_covers_the_dossier(world: World) -> None:
    world.record(categories=CORE, expires_on=TODAY + timedelta(days=10))
    world.record(categories=tuple(DataCategory), expires_on=TODAY + timedelta(days=100))
    terms = world.require(CORE)
    assert terms.expires_on == TODAY + timedelta(days=100)  # the one that holds longest
    assert world.require((DataCategory.PHOTO, DataCategory.REFERENCES)).categories == frozenset(DataCategory)
    assert world.require(CORE, contact_id=world.per).contact_id is None  # anyone at the company


def _refusal(world: World, **kwargs: Any) -> ConsentRefused:
    with pytest.raises(ConsentRefused) as refused:
        world.require(**kwargs)
    message = str(refused.value)
    assert "Åse" not in message and "Ødegård" not in message  # it goes to logs and the command line
    return refused.value


def _words(refusal: ConsentRefused) -> str:
    """The refusal's words with its recipient as "<recipient>"."""
    return str(refusal).replace(refusal.message.params["company"], "<recipient>")


def test_require_refuses_without_any_consent(world: World) -> None:
    refusal = _refusal(world)
    assert refusal.reason is ConsentStatus.NONE
    assert _words(refusal) == "No consent is recorded for <recipient>."
    world.record(company_id=world.other)  # a consent for another company is none for this one
    assert _refusal(world).reason is ConsentStatus.NONE


def test_require_refuses_an_expired_consent_with_its_day(world: World) -> None:
    world.record(given_on=date(2025, 10, 1), expires_on=date(2026, 9, 30))
    refusal = _refusal(world)
    assert (refusal.reason, refusal.on) == (ConsentStatus.EXPIRED, date(2026, 9, 30))
    assert _words(refusal) == "The consent for <recipient> expired on 2026-09-30."
    assert world.require(day=date(2026, 9, 30)) is not None  # its last day still counts


def test_require_refuses_a_withdrawn_consent_at_once(world: World) -> None:
    consent_id = world.record()
    assert world.require() is not None
    world.withdraw(consent_id)
    refusal = _refusal(world)
    assert (refusal.reason, refusal.on) == (ConsentStatus.WITHDRAWN, TODAY)
    assert _words(refusal) == f"The consent for <recipient> was withdrawn on {TODAY.isoformat()}."


def test_require_refuses_what_the_consent_does_not_cover(world: World) -> None:
    world.record(categories=CORE)
    for category in CATEGORY_ORDER:  # every category, alone with the core ones
        wanted = (*CORE, category)
        if category in CORE:
            assert world.require(wanted) is not None
            continue
        refusal = _refusal(world, categories=wanted)
        assert (refusal.reason, refusal.missing) == (ConsentStatus.VALID, (category,))
        assert _words(refusal).startswith("The consent for <recipient> does not cover: ")


def test_a_consent_for_one_contact_person_is_for_that_person_only(world: World) -> None:
    world.record(contact_id=world.kari)
    assert world.require(contact_id=world.kari) is not None
    assert _refusal(world, contact_id=world.per).reason is ConsentStatus.NONE
    assert _refusal(world, contact_id=None).reason is ConsentStatus.NONE


def test_require_belongs_in_the_exports_write_transaction(world: World, services: AppServices) -> None:
    world.record()
    with pytest.raises(ReadOnlyTransactionError):
        services.read(lambda app: app.consents.require(world.participant, world.company, None, CORE, TODAY))


def test_no_role_can_get_a_dossier_out_without_a_consent(world: World, services: AppServices) -> None:
    """There is no override: not as a parameter of any consent method, and not for any role,
    the administrator included. An export checks `require` in its own transaction; here each
    role's export action runs with the recipient's consent withdrawn, and each is refused."""
    words = re.compile(r"override|force|bypass|skip|ignore|unchecked|admin", re.IGNORECASE)
    for name, method in inspect.getmembers(ConsentService, inspect.isfunction):
        assert not any(words.search(parameter) for parameter in inspect.signature(method).parameters), name
    assert list(inspect.signature(ConsentService.require).parameters) == [
        "self",
        "participant_id",
        "company_id",
        "contact_id",
        "categories",
        "day",
    ]
    consent_id = world.record(categories=tuple(DataCategory))
    world.withdraw(consent_id)
    actors = [SYSTEM, *(Actor(None, f"any {role.value}", role, 1) for role in Role)]
    for actor in actors:

        def export(app: AppServices, who: Actor = actor) -> None:
            app.consents.require(world.participant, world.company, None, (DataCategory.COMPETENCES,), TODAY)
            app.audit.record(who, AuditAction.EXPORT, "participant", world.participant, "dossier")

        with pytest.raises(ConsentRefused):
            services.write(export)
    assert not any(action == "export" for action, _detail in _audit(services, world.participant))


# --- the consent form -------------------------------------------------------------------------------


def _text(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(path).pages))


def test_the_consent_form_is_written_then_logged(world: World, services: AppServices, tmp_path: Path) -> None:
    out = tmp_path / "samtykke.pdf"
    written = services.consents.consent_form(
        world.coach, world.participant, world.company, world.kari, "en", out
    )
    assert written == out and out.stat().st_mode & 0o777 == 0o600
    content = _text(out)
    assert "Åse Ødegård" in content and "Fjordkantina AS" in content and "Kari Lie" in content
    assert ("export", f"consent form for company {world.company} (en)") == _audit(
        services, world.participant
    )[-1]


def test_a_consent_form_whose_export_cannot_be_logged_is_removed(
    world: World, services: AppServices, tmp_path: Path
) -> None:
    """The entry is written after the file: when it is refused (the coach's account is gone),
    the file goes too; and the form refuses to run inside an action, whose rollback would keep
    the file without its entry."""
    folder = tmp_path / "out"
    folder.mkdir()
    ghost = dataclasses.replace(world.coach, user_id=987_654)
    with pytest.raises(IntegrityError):
        services.consents.consent_form(ghost, world.participant, world.company, None, "en", folder / "f.pdf")
    assert list(folder.iterdir()) == []
    with pytest.raises(RuntimeError):
        services.write(
            lambda app: app.consents.consent_form(
                world.coach, world.participant, world.company, None, "en", folder / "g.pdf"
            )
        )
    assert list(folder.iterdir()) == []


def test_the_forms_boxes_come_from_the_valid_consent_else_from_the_choice(
    world: World, services: AppServices
) -> None:
    def form(**kwargs: Any) -> Any:
        return services.consents.consent_form_data(
            world.coach, world.participant, world.company, None, **kwargs
        )

    blank = form()
    assert (blank.categories, blank.purpose, blank.language) == ((), "", "ar")  # preferred language
    assert blank.valid_until == latest_expiry(TODAY)
    chosen = form(purpose="Søknad", categories={DataCategory.PHOTO, DataCategory.TASKS}, language="ti")
    assert (chosen.categories, chosen.purpose, chosen.language) == (
        (DataCategory.TASKS, DataCategory.PHOTO),
        "Søknad",
        "ti",
    )
    consent_id = world.record(categories=(DataCategory.REFERENCES,), purpose="Fast stilling")
    valid = form(categories={DataCategory.PHOTO})
    assert (valid.categories, valid.purpose, valid.valid_until) == (
        (DataCategory.REFERENCES,),
        "Fast stilling",
        TODAY + timedelta(days=200),
    )
    world.withdraw(consent_id)
    assert form().categories == ()
    # Asked for the company alone while the valid consent names a person: a copy of that one.
    world.record(categories=(DataCategory.ATTENDANCE,), contact_id=world.kari)
    copy = form()
    assert (copy.categories, copy.contact_name) == ((DataCategory.ATTENDANCE,), "Kari Lie")
    assert form(categories={DataCategory.PHOTO}).contact_name == "Kari Lie"
    per = services.consents.consent_form_data(world.coach, world.participant, world.company, world.per)
    assert (per.categories, per.contact_name) == ((), "Per Vik")  # not a consent for Per


def test_a_form_for_a_recipient_that_is_not_one_writes_nothing(
    world: World, services: AppServices, tmp_path: Path
) -> None:
    out = tmp_path / "form.pdf"
    with pytest.raises(ValidationError) as refused:
        services.consents.consent_form(
            world.coach, world.participant, world.company, world.stranger, None, out
        )
    assert set(refused.value.field_errors) == {"contact_id"}
    with pytest.raises(ValidationError):
        services.consents.consent_form(world.coach, world.participant, world.company, None, "xx", out)
    with pytest.raises(NotAuthorizedError):
        services.consents.consent_form(world.manager, world.participant, world.company, None, None, out)
    assert not out.exists()
    assert not any(action == "export" for action, _detail in _audit(services, world.participant))


# --- the race, forced step by step on PostgreSQL ------------------------------------------------------


@pytest.fixture
def pg_services(pg_url: str, clock: FakeClock) -> Iterator[AppServices]:
    app = build_services(open_database(pg_url), clock, FAST_HASHER)
    yield app
    app.close()


def _backend_pid(app: AppServices) -> int:
    return int(database_of(app).current().session.execute(text("select pg_backend_pid()")).scalar_one())


def _wait_until_blocked(services: AppServices, waiting: int, holder: int, finished: threading.Event) -> None:
    """Until PostgreSQL says backend `waiting` waits for a lock `holder` holds; fails if the
    waiting side finishes instead (it did not wait)."""
    for _ in range(3000):
        with database_of(services).engine.connect() as connection:
            blockers = connection.execute(
                text("select pg_blocking_pids(:pid)"), {"pid": waiting}
            ).scalar_one()
        if holder in blockers:
            return
        assert not finished.wait(0.01), "it went through without waiting for the lock"
    pytest.fail("the second transaction never waited for the lock")


class _Step(threading.Thread):
    """One transaction in its own thread; its result or error is kept for the test."""

    def __init__(self, services: AppServices, action: Callable[[AppServices], Any]) -> None:
        super().__init__(daemon=True)
        self.services, self.action = services, action
        self.pid: int | None = None
        self.started_work = threading.Event()
        self.finished = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        def action(app: AppServices) -> Any:
            self.pid = _backend_pid(app)
            self.started_work.set()
            return self.action(app)

        try:
            self.result = self.services.write(action).value
        except BaseException as error:  # noqa: BLE001 - handed to the test
            self.error = error
        finally:
            self.finished.set()

    def outcome(self) -> Any:
        assert self.finished.wait(30)
        self.join()
        if self.error is not None:
            raise self.error
        return self.result


@pytest.mark.postgres
def test_a_withdrawal_waits_for_an_export_under_way_and_stops_the_next(pg_services: AppServices) -> None:
    world = World(pg_services)
    consent_id = world.record()
    version = world.consents()[consent_id].version
    locked, go_on = threading.Event(), threading.Event()

    def export(app: AppServices) -> Any:
        terms = app.consents.require(world.participant, world.company, None, CORE, TODAY)
        locked.set()  # the consent is checked and locked; the dossier is being written
        assert go_on.wait(30)
        app.audit.record(SYSTEM, AuditAction.EXPORT, "participant", world.participant, "dossier 1")
        return terms

    exporter = _Step(pg_services, export)
    exporter.start()
    assert locked.wait(30)
    withdrawal = _Step(pg_services, lambda app: app.consents.withdraw(world.coach, consent_id, version))
    withdrawal.start()
    assert withdrawal.started_work.wait(30) and withdrawal.pid is not None and exporter.pid is not None
    _wait_until_blocked(pg_services, withdrawal.pid, exporter.pid, withdrawal.finished)
    assert not withdrawal.finished.is_set()  # it waits while the export holds the consent
    go_on.set()
    terms = exporter.outcome()
    withdrawal.outcome()
    assert terms.status_on(TODAY) is ConsentStatus.VALID  # the export went out under a valid consent
    entries = _audit(pg_services, world.participant)
    exported = entries.index(("export", "dossier 1"))
    assert entries.index(("update", f"consent {consent_id} withdrawn")) > exported  # ...before the withdrawal
    assert world.consents()[consent_id].status is ConsentStatus.WITHDRAWN
    with pytest.raises(ConsentRefused) as refused:  # and the next export is refused
        world.require()
    assert refused.value.reason is ConsentStatus.WITHDRAWN


@pytest.mark.postgres
def test_an_export_that_starts_during_a_withdrawal_waits_and_is_refused(pg_services: AppServices) -> None:
    world = World(pg_services)
    consent_id = world.record()
    version = world.consents()[consent_id].version
    withdrawn, go_on = threading.Event(), threading.Event()

    def withdraw(app: AppServices) -> None:
        app.consents.withdraw(world.coach, consent_id, version)
        withdrawn.set()  # withdrawn, not yet committed
        assert go_on.wait(30)

    def export(app: AppServices) -> Any:
        terms = app.consents.require(world.participant, world.company, None, CORE, TODAY)
        app.audit.record(SYSTEM, AuditAction.EXPORT, "participant", world.participant, "dossier 2")
        return terms

    withdrawal = _Step(pg_services, withdraw)
    withdrawal.start()
    assert withdrawn.wait(30)
    exporter = _Step(pg_services, export)
    exporter.start()
    assert exporter.started_work.wait(30) and exporter.pid is not None and withdrawal.pid is not None
    _wait_until_blocked(pg_services, exporter.pid, withdrawal.pid, exporter.finished)
    go_on.set()
    withdrawal.outcome()
    with pytest.raises(ConsentRefused) as refused:
        exporter.outcome()
    assert refused.value.reason is ConsentStatus.WITHDRAWN
    assert ("export", "dossier 2") not in _audit(pg_services, world.participant)


def test_the_refusal_names_the_company_and_the_contact_person(world: World) -> None:
    consent_id = world.record(contact_id=world.kari, categories=(DataCategory.TASKS,))
    refusal = _refusal(world, contact_id=world.kari, categories=(DataCategory.PHOTO,))
    assert str(refusal) == "The consent for Fjordkantina AS (Kari Lie) does not cover: Photo."
    world.withdraw(consent_id)
    assert str(_refusal(world, contact_id=world.kari)) == (
        f"The consent for Fjordkantina AS (Kari Lie) was withdrawn on {TODAY.isoformat()}."
    )
    assert (
        str(_refusal(world, contact_id=world.per)) == "No consent is recorded for Fjordkantina AS (Per Vik)."
    )


# --- the demo -------------------------------------------------------------------------------------


def test_the_demo_has_valid_expired_and_withdrawn_consents(services: AppServices, clock: FakeClock) -> None:
    from canteen_app.demo import seed_demo
    from canteen_app.referrals.referrals.models import Referral
    from canteen_app.referrals.referrals.rules import OPEN_STAGES

    summary = seed_demo(services, years=1, now=clock.now)
    participants = services.write(lambda app: app.participants.export_rows(SYSTEM)).value
    shown = {
        row.id: services.write(lambda app, pid=row.id: app.consents.consents(SYSTEM, pid)).value
        for row in participants
    }
    consents = [consent for found in shown.values() for consent in found]
    assert summary.consents == len(consents)
    states = {consent.status for consent in consents}
    assert {ConsentStatus.VALID, ConsentStatus.EXPIRED, ConsentStatus.WITHDRAWN} <= states
    with_consent = sum(bool(found) for found in shown.values())
    assert abs(with_consent - len(participants) / 2) <= 2  # about half
    assert len({consent.categories for consent in consents}) >= 3  # different kinds of data
    assert any(consent.contact_id is not None for consent in consents)
    for consent in consents:
        assert consent.given_on <= consent.expires_on <= latest_expiry(consent.given_on)
    # Whoever the demo refers at an open stage has a valid consent for that recipient.
    with db_session(services) as session:
        open_referrals = session.execute(
            select(Referral.participant_id, Referral.company_id, Referral.contact_id).where(
                Referral.stage.in_([stage.value for stage in OPEN_STAGES])
            )
        ).all()
    assert open_referrals
    keys = [(row.participant_id, row.company_id, row.contact_id) for row in open_referrals]
    assert set(services.consents.statuses(1, keys, TODAY).values()) == {ConsentStatus.VALID}
