"""The referral pipeline (R2) on SQLite and PostgreSQL: a participant referred to a partner's
location and position, moved through the stages with dates and notes (the allowed moves, the
refused ones, corrections), the named contact and the coach's statement, versions and conflicts,
every view and change in the audit log with ids and never names, the consent's state per
recipient, and the outcome figures with known numbers."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices
from canteen_app.core.errors import (
    AuditedConcurrencyError,
    NotAuthorizedError,
    NotFoundError,
    ValidationError,
)
from canteen_app.platform.audit.models import AuditEntry
from canteen_app.referrals.consent.rules import ConsentInput, ConsentStatus, DataCategory
from canteen_app.referrals.partners.rules import (
    CompanyInput,
    ContactInput,
    LocationInput,
    NeedInput,
    PartnerRecord,
    PositionInput,
)
from canteen_app.referrals.referrals.dto import ReferralDetails, ReferralInput
from canteen_app.referrals.referrals.rules import REFERRALS, Stage
from tests.helpers import SYSTEM, db_session, make_user, participant_input

TODAY = date(2026, 11, 25)  # the FakeClock's day


@dataclass(frozen=True)
class Partner:
    company_id: int
    location_id: int
    position_id: int
    contact_id: int


def _partner(services: AppServices, actor: Actor, name: str, contact: str = "Kari Rekrutterer") -> Partner:
    def build(app: AppServices) -> Partner:
        company_id = app.partners.save_company(actor, CompanyInput(name))
        location_id = app.partners.save_location(
            actor, company_id, LocationInput("Oslo sentrum", city="Oslo")
        )
        position_id = app.partners.save_position(
            actor, company_id, PositionInput("Kjøkkenassistent", needs=(NeedInput(1, None, 3),))
        )
        contact_id = app.partners.save_contact(
            actor, company_id, ContactInput(contact, role="Rekrutterer", phone="22 33 44 55")
        )
        return Partner(company_id, location_id, position_id, contact_id)

    return services.write(build).value


@pytest.fixture
def coach(services: AppServices) -> Actor:
    return make_user(services, "Jonas Berg", Role.JOB_COACH)


@pytest.fixture
def participant_id(services: AppServices, coach: Actor) -> int:
    data = participant_input(coach.user_id, measure_start=date(2026, 1, 5))
    return services.write(lambda app: app.participants.create(coach, data)).value.id


@pytest.fixture
def fresh(services: AppServices, coach: Actor) -> Partner:
    return _partner(services, coach, "Fresh Kantiner AS")


@pytest.fixture
def other(services: AppServices, coach: Actor) -> Partner:
    return _partner(services, coach, "Eurest Norge", contact="Per Personal")


def _refer(
    services: AppServices,
    actor: Actor,
    participant: int,
    partner: Partner,
    on: date = date(2026, 10, 1),
    contact: bool = True,
    note: str = "Klar for kjøkkenet.",
) -> int:
    data = ReferralInput(
        participant,
        partner.company_id,
        partner.location_id,
        partner.position_id,
        partner.contact_id if contact else None,
        on,
        note,
    )
    return services.write(lambda app: app.referrals.create(actor, data)).value


def _details(services: AppServices, actor: Actor, referral_id: int) -> ReferralDetails:
    return services.write(lambda app: app.referrals.referral(actor, referral_id)).value


def _move(
    services: AppServices, actor: Actor, referral_id: int, stage: Stage, on: date, note: str = ""
) -> ReferralDetails:
    version = _details(services, actor, referral_id).version
    return services.write(lambda app: app.referrals.move(actor, referral_id, version, stage, on, note)).value


def _audit(services: AppServices) -> list[tuple[str, int | None, str]]:
    with db_session(services) as session:
        query = (
            select(AuditEntry.action, AuditEntry.entity_id, AuditEntry.detail)
            .where(AuditEntry.entity_type == "participant")
            .order_by(AuditEntry.id)
        )
        return [(row.action, row.entity_id, row.detail) for row in session.execute(query)]


# --- creating and listing ------------------------------------------------------------------------


def test_a_referral_starts_prepared_and_the_list_names_everyone_involved(
    services: AppServices, coach: Actor, participant_id: int, fresh: Partner
) -> None:
    outcome = services.write(
        lambda app: app.referrals.create(
            coach,
            ReferralInput(
                participant_id,
                fresh.company_id,
                fresh.location_id,
                fresh.position_id,
                fresh.contact_id,
                date(2026, 10, 1),
                "  Klar for kjøkkenet.  ",
            ),
        )
    )
    referral_id = outcome.value
    assert outcome.changes.touches(REFERRALS)
    (row,) = services.write(lambda app: app.referrals.referrals(coach)).value
    assert (row.id, row.participant_id, row.participant_name, row.participant_first_name) == (
        referral_id,
        participant_id,
        "Åse Ødegård",
        "Åse",
    )
    assert (row.company_name, row.location_name, row.position_title, row.contact_name) == (
        "Fresh Kantiner AS",
        "Oslo sentrum",
        "Kjøkkenassistent",
        "Kari Rekrutterer",
    )
    assert (row.stage, row.stage_on, row.consent, row.version) == (
        Stage.PREPARED,
        date(2026, 10, 1),
        ConsentStatus.NONE,
        1,
    )
    details = _details(services, coach, referral_id)
    assert details.statement == "" and details.created_by == "Jonas Berg"
    assert [(e.stage, e.on_date, e.note, e.recorded_by) for e in details.events] == [
        (Stage.PREPARED, date(2026, 10, 1), "Klar for kjøkkenet.", "Jonas Berg")
    ]


def test_the_list_filters_by_stage_company_and_participant(
    services: AppServices, coach: Actor, participant_id: int, fresh: Partner, other: Partner
) -> None:
    first = _refer(services, coach, participant_id, fresh)
    second = _refer(services, coach, participant_id, other)
    _move(services, coach, second, Stage.SENT, date(2026, 10, 2))

    def ids(**filters: object) -> list[int]:
        rows = services.write(lambda app: app.referrals.referrals(coach, **filters)).value  # type: ignore[arg-type]
        return [row.id for row in rows]

    assert ids() == [second, first]  # the latest stage first
    assert ids(stage=Stage.SENT) == [second]
    assert ids(company_id=fresh.company_id) == [first]
    assert ids(participant_id=participant_id) == [second, first]
    assert ids(stage=Stage.HIRED) == []


def test_a_new_referral_names_a_location_position_and_contact_of_its_own_company(
    services: AppServices, coach: Actor, participant_id: int, fresh: Partner, other: Partner
) -> None:
    def create(**changes: object) -> None:
        values: dict[str, object] = {
            "participant_id": participant_id,
            "company_id": fresh.company_id,
            "location_id": fresh.location_id,
            "position_id": fresh.position_id,
            "contact_id": fresh.contact_id,
            "on_date": TODAY,
            "note": "",
        }
        values.update(changes)
        data = ReferralInput(**values)  # type: ignore[arg-type]
        services.write(lambda app: app.referrals.create(coach, data))

    for field, value in (
        ("location_id", other.location_id),
        ("position_id", other.position_id),
        ("contact_id", other.contact_id),
    ):
        with pytest.raises(ValidationError) as refused:
            create(**{field: value})
        assert set(refused.value.field_errors) == {field}
    with pytest.raises(ValidationError) as refused:
        create(on_date=TODAY + timedelta(days=1), note="x" * 501)
    assert set(refused.value.field_errors) == {"on_date", "note"}
    services.write(
        lambda app: app.partners.set_active(coach, PartnerRecord.POSITION, fresh.position_id, False)
    )
    with pytest.raises(ValidationError) as refused:
        create()
    assert set(refused.value.field_errors) == {"position_id"}
    with pytest.raises(NotFoundError):
        create(participant_id=participant_id + 99)
    assert services.write(lambda app: app.referrals.referrals(coach)).value == ()


# --- moves ---------------------------------------------------------------------------------------


def test_forward_with_skips_and_a_dated_history(
    services: AppServices, coach: Actor, participant_id: int, fresh: Partner
) -> None:
    referral_id = _refer(services, coach, participant_id, fresh)
    _move(services, coach, referral_id, Stage.SENT, date(2026, 10, 3), "Sendt på e-post.")
    moved = _move(services, coach, referral_id, Stage.WORK_TRIAL, date(2026, 10, 20), "Rett til utprøving.")
    assert (moved.stage, moved.stage_on) == (Stage.WORK_TRIAL, date(2026, 10, 20))
    hired = _move(services, coach, referral_id, Stage.HIRED, date(2026, 11, 16), "Fast 80 %.")
    assert [(e.stage, e.on_date, e.note, e.correction) for e in hired.events] == [
        (Stage.PREPARED, date(2026, 10, 1), "Klar for kjøkkenet.", False),
        (Stage.SENT, date(2026, 10, 3), "Sendt på e-post.", False),
        (Stage.WORK_TRIAL, date(2026, 10, 20), "Rett til utprøving.", False),
        (Stage.HIRED, date(2026, 11, 16), "Fast 80 %.", False),
    ]
    assert hired.next_stages == () and hired.correction_stage is Stage.WORK_TRIAL
    assert hired.version == 4


def test_refused_moves_change_nothing(
    services: AppServices, coach: Actor, participant_id: int, fresh: Partner
) -> None:
    referral_id = _refer(services, coach, participant_id, fresh)
    _move(services, coach, referral_id, Stage.SENT, date(2026, 10, 2))
    _move(services, coach, referral_id, Stage.INTERVIEW, date(2026, 10, 10))
    version = _details(services, coach, referral_id).version

    def refused(stage: Stage, on: date, note: str = "") -> set[str]:
        with pytest.raises(ValidationError) as error:
            services.write(lambda app: app.referrals.move(coach, referral_id, version, stage, on, note))
        return set(error.value.field_errors)

    assert refused(Stage.PREPARED, date(2026, 10, 11), "to langt tilbake") == {"stage"}  # two stages back
    assert refused(Stage.SENT, date(2026, 10, 11)) == {"note"}  # a correction needs a note
    assert refused(Stage.WORK_TRIAL, date(2026, 10, 9)) == {"on_date"}  # before the interview
    assert refused(Stage.WORK_TRIAL, TODAY + timedelta(days=1)) == {"on_date"}  # ahead of today
    after = _details(services, coach, referral_id)
    assert (after.stage, after.version, len(after.events)) == (Stage.INTERVIEW, version, 3)
    # Closed: only a correction back.
    _move(services, coach, referral_id, Stage.WITHDRAWN, date(2026, 10, 12), "Deltakeren takket nei.")
    version = _details(services, coach, referral_id).version
    assert refused(Stage.HIRED, date(2026, 10, 13)) == {"stage"}
    assert refused(Stage.WORK_TRIAL, date(2026, 10, 13), "x") == {"stage"}


def test_a_correction_goes_back_one_stage_with_its_note(
    services: AppServices, coach: Actor, participant_id: int, fresh: Partner
) -> None:
    referral_id = _refer(services, coach, participant_id, fresh)
    _move(services, coach, referral_id, Stage.SENT, date(2026, 10, 3))
    _move(services, coach, referral_id, Stage.NOT_HIRED, date(2026, 10, 30))
    corrected = _move(
        services, coach, referral_id, Stage.SENT, date(2026, 11, 2), "Feil knapp: de har ikke svart ennå."
    )
    # Back in "sent" as it was: since the day it was sent; the correction has its own day.
    assert (corrected.stage, corrected.stage_on) == (Stage.SENT, date(2026, 10, 3))
    assert corrected.events[-1].on_date == date(2026, 11, 2)
    with pytest.raises(ValidationError) as refused:  # the next move comes after the correction
        services.write(
            lambda app: app.referrals.move(
                coach, referral_id, corrected.version, Stage.INTERVIEW, date(2026, 11, 1), ""
            )
        )
    assert set(refused.value.field_errors) == {"on_date"}
    assert [(e.stage, e.correction) for e in corrected.events] == [
        (Stage.PREPARED, False),
        (Stage.SENT, False),
        (Stage.NOT_HIRED, False),
        (Stage.SENT, True),
    ]
    assert corrected.correction_stage is Stage.PREPARED
    assert Stage.INTERVIEW in corrected.next_stages
    assert ("update", participant_id, f"referral {referral_id} corrected back to sent") in _audit(services)


# --- the contact person and the statement; versions ------------------------------------------------


def test_the_contact_and_the_statement_are_saved_against_the_version_read(
    services: AppServices, coach: Actor, participant_id: int, fresh: Partner, other: Partner
) -> None:
    referral_id = _refer(services, coach, participant_id, fresh, contact=False)
    loaded = _details(services, coach, referral_id)
    assert loaded.contact_id is None
    saved = services.write(
        lambda app: app.referrals.update(
            coach, referral_id, loaded.version, fresh.contact_id, "  Møter presis og jobber selvstendig.  "
        )
    ).value
    assert (saved.contact_id, saved.contact_name, saved.statement, saved.version) == (
        fresh.contact_id,
        "Kari Rekrutterer",
        "Møter presis og jobber selvstendig.",
        2,
    )
    with pytest.raises(ValidationError) as refused:
        services.write(
            lambda app: app.referrals.update(coach, referral_id, saved.version, other.contact_id, "x" * 4001)
        )
    assert set(refused.value.field_errors) == {"contact_id", "statement"}
    # Someone else moved it meanwhile: the old version is refused, and the stored referral comes back.
    _move(services, coach, referral_id, Stage.SENT, date(2026, 10, 5))
    with pytest.raises(AuditedConcurrencyError) as conflict:
        services.write(lambda app: app.referrals.update(coach, referral_id, saved.version, None, "Ny tekst"))
    current = conflict.value.current
    assert isinstance(current, ReferralDetails)
    assert (current.stage, current.statement, current.version) == (
        Stage.SENT,
        "Møter presis og jobber selvstendig.",
        3,
    )
    with pytest.raises(AuditedConcurrencyError):
        services.write(
            lambda app: app.referrals.move(coach, referral_id, saved.version, Stage.INTERVIEW, TODAY, "")
        )
    after = _details(services, coach, referral_id)
    assert (after.stage, after.statement, after.version) == (
        Stage.SENT,
        "Møter presis og jobber selvstendig.",
        3,
    )
    # The stored referral shown with the refusal was a view, and its audit entry stays.
    conflicts = [entry for entry in _audit(services) if entry[2] == f"referral {referral_id} conflict"]
    assert conflicts == [("view", participant_id, f"referral {referral_id} conflict")] * 2


# --- the audit log, permissions ----------------------------------------------------------------------


def test_every_view_and_change_is_logged_with_ids_never_names(
    services: AppServices, coach: Actor, participant_id: int, fresh: Partner
) -> None:
    before = len(_audit(services))
    referral_id = _refer(services, coach, participant_id, fresh)
    _move(services, coach, referral_id, Stage.SENT, date(2026, 10, 2))  # reads it first: a view
    services.write(lambda app: app.referrals.referrals(coach))
    services.write(lambda app: app.referrals.referrals(coach, participant_id=participant_id))
    services.write(lambda app: app.referrals.export_rows(coach))
    entries = _audit(services)[before:]
    assert entries == [
        ("update", participant_id, f"referral {referral_id} created"),
        ("view", participant_id, f"referral {referral_id}"),
        ("update", participant_id, f"referral {referral_id} moved to sent"),
        ("list", None, "referral list, rows=1"),
        ("view", participant_id, "referrals, rows=1"),
        ("export", None, "referral list, rows=1"),
    ]
    for _action, _id, detail in entries:
        assert "Åse" not in detail and "Fresh" not in detail


def test_only_the_roles_that_refer_see_referrals(
    services: AppServices, coach: Actor, participant_id: int, fresh: Partner
) -> None:
    referral_id = _refer(services, coach, participant_id, fresh)
    manager = make_user(services, "Kari Nordmann", Role.CANTEEN_MANAGER)
    for action in (
        lambda app: app.referrals.referrals(manager),
        lambda app: app.referrals.referral(manager, referral_id),
        lambda app: app.referrals.outcomes(manager, None),
        lambda app: app.referrals.move(manager, referral_id, 1, Stage.SENT, TODAY, ""),
    ):
        with pytest.raises(NotAuthorizedError):
            services.write(action)
    other_site = Actor(coach.user_id, coach.name, Role.JOB_COACH, site_id=2)
    with pytest.raises(NotFoundError):
        services.write(lambda app: app.referrals.referral(other_site, referral_id))


# --- the consent for the recipient --------------------------------------------------------------------


def test_each_referral_shows_the_consent_for_its_recipient_today(
    services: AppServices, coach: Actor, participant_id: int, fresh: Partner, other: Partner, clock: object
) -> None:
    to_fresh = _refer(services, coach, participant_id, fresh)
    to_other = _refer(services, coach, participant_id, other)

    def consents() -> dict[int, ConsentStatus]:
        rows = services.write(lambda app: app.referrals.referrals(coach)).value
        return {row.id: row.consent for row in rows}

    assert consents() == {to_fresh: ConsentStatus.NONE, to_other: ConsentStatus.NONE}
    consent_id = services.write(
        lambda app: app.consents.record(
            coach,
            ConsentInput(
                participant_id,
                fresh.company_id,
                None,
                "Henvisning til kjøkkenassistent",
                (DataCategory.COMPETENCES,),
                date(2026, 10, 1),
                date(2027, 3, 31),
            ),
        )
    ).value
    assert consents() == {to_fresh: ConsentStatus.VALID, to_other: ConsentStatus.NONE}
    (info,) = services.write(lambda app: app.consents.consents(coach, participant_id)).value
    services.write(lambda app: app.consents.withdraw(coach, consent_id, info.version))
    assert consents()[to_fresh] is ConsentStatus.WITHDRAWN
    assert _details(services, coach, to_fresh).consent is ConsentStatus.WITHDRAWN


# --- outcomes --------------------------------------------------------------------------------------


def test_outcomes_with_known_numbers_per_partner_per_year_and_in_total(
    services: AppServices, coach: Actor, fresh: Partner, other: Partner
) -> None:
    def person(first: str, start: date) -> int:
        data = participant_input(coach.user_id, first_name=first, measure_start=start)
        return services.write(lambda app: app.participants.create(coach, data)).value.id

    ahmed = person("Ahmed", date(2025, 3, 3))
    saron = person("Saron", date(2026, 1, 5))
    olena = person("Olena", date(2026, 2, 2))
    # 2025: Ahmed to Fresh, hired after 60 days (measure start -> job: 2025-03-03 -> 2025-12-01 = 273).
    a = _refer(services, coach, ahmed, fresh, on=date(2025, 10, 2))
    _move(services, coach, a, Stage.SENT, date(2025, 10, 6))
    _move(services, coach, a, Stage.HIRED, date(2025, 12, 1))
    # 2025: Saron to Eurest, not hired.
    b = _refer(services, coach, saron, other, on=date(2025, 12, 15))
    _move(services, coach, b, Stage.NOT_HIRED, date(2026, 1, 20))
    # 2026: Saron to Fresh, hired after 40 days (start -> job: 2026-01-05 -> 2026-04-11 = 96).
    c = _refer(services, coach, saron, fresh, on=date(2026, 3, 2))
    _move(services, coach, c, Stage.HIRED, date(2026, 4, 11))
    # 2026: Olena to Fresh, withdrawn; Olena to Eurest, in an interview (open).
    d = _refer(services, coach, olena, fresh, on=date(2026, 5, 4))
    _move(services, coach, d, Stage.WITHDRAWN, date(2026, 5, 20))
    e = _refer(services, coach, olena, other, on=date(2026, 9, 1))
    _move(services, coach, e, Stage.INTERVIEW, date(2026, 9, 14))

    every = services.read(lambda app: app.referrals.outcomes(coach, None)).value
    totals = every.totals
    assert (totals.referrals, totals.hired, totals.not_hired, totals.withdrawn, totals.open) == (
        5,
        2,
        1,
        1,
        1,
    )
    assert totals.hire_rate == pytest.approx(2 / 4)  # of the closed ones
    assert totals.median_days_referral_to_hire == pytest.approx((60 + 40) / 2)
    assert totals.median_days_start_to_job == pytest.approx((273 + 96) / 2)
    by_partner = {p.company_name: p for p in every.per_partner}
    assert [p.company_name for p in every.per_partner] == ["Eurest Norge", "Fresh Kantiner AS"]
    fresh_figures = by_partner["Fresh Kantiner AS"]
    assert (fresh_figures.referrals, fresh_figures.hired, fresh_figures.withdrawn) == (3, 2, 1)
    assert fresh_figures.hire_rate == pytest.approx(2 / 3)
    eurest = by_partner["Eurest Norge"]
    assert (eurest.referrals, eurest.hired, eurest.hire_rate, eurest.median_days_referral_to_hire) == (
        2,
        0,
        0.0,
        None,
    )
    assert [(y.year, y.referrals, y.hired) for y in every.per_year] == [(2025, 2, 1), (2026, 3, 1)]
    year_2025 = every.per_year[0]
    assert year_2025.hire_rate == pytest.approx(1 / 2)
    assert year_2025.median_days_referral_to_hire == 60
    assert year_2025.median_days_start_to_job == 273
    # The year chosen: the partners and totals of the referrals made that year; the years stay all.
    this_year = services.read(lambda app: app.referrals.outcomes(coach, 2026)).value
    assert (this_year.totals.referrals, this_year.totals.hired) == (3, 1)
    assert this_year.totals.median_days_start_to_job == 96
    assert this_year.per_year == every.per_year
    # A hire corrected back no longer counts.
    _move(services, coach, c, Stage.PREPARED, date(2026, 4, 12), "Feil: kontrakten ble ikke signert.")
    corrected = services.read(lambda app: app.referrals.outcomes(coach, 2026)).value
    assert (corrected.totals.hired, corrected.totals.median_days_referral_to_hire) == (0, None)


def test_outcomes_name_no_one_and_are_not_logged(
    services: AppServices, coach: Actor, participant_id: int, fresh: Partner
) -> None:
    _refer(services, coach, participant_id, fresh)
    before = _audit(services)
    outcomes = services.read(lambda app: app.referrals.outcomes(coach, None)).value
    assert _audit(services) == before
    assert "Åse" not in repr(outcomes)
    assert outcomes.per_partner[0].company_name == "Fresh Kantiner AS"


def test_the_internal_read_for_the_dossier_is_not_logged(
    services: AppServices, coach: Actor, participant_id: int, fresh: Partner
) -> None:
    referral_id = _refer(services, coach, participant_id, fresh)
    before = _audit(services)
    details = services.read(lambda app: app.referrals.details_for_dossier(SYSTEM, referral_id)).value
    assert (details.participant_name, details.company_name, details.contact_name) == (
        "Åse Ødegård",
        "Fresh Kantiner AS",
        "Kari Rekrutterer",
    )
    assert _audit(services) == before
    with pytest.raises(NotFoundError):
        services.read(
            lambda app: app.referrals.details_for_dossier(dataclasses.replace(SYSTEM, site_id=2), referral_id)
        )
