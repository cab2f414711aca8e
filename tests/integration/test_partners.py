"""The partner register (R1) and the matching of participants and positions, on SQLite and
PostgreSQL: companies, locations, contacts and positions with their competence needs; versions
and conflicts; the messages a form shows; nothing referenced is ever deleted; and the ranking
with real assessments recorded through the training plans, every participant shown logged."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices
from canteen_app.core.errors import (
    ConcurrencyError,
    DomainError,
    NotAuthorizedError,
    NotFoundError,
    ValidationError,
)
from canteen_app.demo.partners import insert_partners, partner_ids
from canteen_app.platform.audit.models import AuditEntry
from canteen_app.referrals.consent.models import Consent
from canteen_app.referrals.partners.dto import CompanyDetails, ContactInfo, LocationInfo, PositionInfo
from canteen_app.referrals.partners.rules import (
    CompanyInput,
    ContactInput,
    LocationInput,
    NeedInput,
    PartnerRecord,
    PositionInput,
)
from canteen_app.referrals.referrals.models import Referral
from canteen_app.training.plans.rules import AssessmentInput, PlanGoalInput
from tests.conftest import FakeClock
from tests.helpers import KIOSK, SYSTEM, db_session, make_user, participant_input

TODAY = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 11, 30, tzinfo=UTC)
ORG_NUMBER = "923609016"  # a valid check digit (modulus 11)


@pytest.fixture
def coach(services: AppServices) -> Actor:
    return make_user(services, "Jonas Berg", Role.JOB_COACH)


def _goal(services: AppServices, actor: Actor, code: str) -> int:
    areas = services.read(lambda app: app.competence.framework(actor)).value
    return next(goal.id for area in areas for goal in area.goals if goal.code == code)


def _area_goals(services: AppServices, actor: Actor, number: int) -> list[int]:
    areas = services.read(lambda app: app.competence.framework(actor)).value
    return [goal.id for area in areas if area.number == number for goal in area.goals]


def _company(services: AppServices, actor: Actor, name: str = "Nordlys Kantiner AS") -> int:
    """The first company has an organisation number (typed with spaces) and a website."""
    data = (
        CompanyInput(name, "923 609 016", "nordlys.example")
        if name == "Nordlys Kantiner AS"
        else CompanyInput(name)
    )
    return services.write(lambda app: app.partners.save_company(actor, data)).value


def _details(services: AppServices, actor: Actor, company_id: int) -> CompanyDetails:
    return services.read(lambda app: app.partners.company(actor, company_id)).value


def _audit(services: AppServices, participant_id: int | None = None) -> list[tuple[str, int | None, str]]:
    with db_session(services) as session:
        query = select(AuditEntry.action, AuditEntry.entity_id, AuditEntry.detail).order_by(AuditEntry.id)
        if participant_id is not None:
            query = query.where(AuditEntry.entity_id == participant_id)
        return [(row.action, row.entity_id, row.detail) for row in session.execute(query)]


# --- the register ------------------------------------------------------------------------------


def test_a_company_with_locations_contacts_and_positions_is_stored_and_listed(
    services: AppServices, coach: Actor
) -> None:
    company_id = _company(services, coach)
    oslo = services.write(
        lambda app: app.partners.save_location(
            coach, company_id, LocationInput("Kantina i Bjørvika", "Dronning Eufemias gate 1", "0191", "Oslo")
        )
    ).value
    services.write(
        lambda app: app.partners.save_location(
            coach, company_id, LocationInput("Bergen sentrum", city="Bergen")
        )
    )
    services.write(
        lambda app: app.partners.save_contact(
            coach,
            company_id,
            ContactInput(
                "Ingrid Solberg", "Rekrutteringsansvarlig", "400 00 101", "ingrid@nordlys.example", oslo
            ),
        )
    )
    hands = _goal(services, coach, "A01.1")
    position_id = services.write(
        lambda app: app.partners.save_position(
            coach,
            company_id,
            PositionInput(
                "Oppvasker",
                "Oppvask og maskiner",
                (NeedInput(4, None, 3), NeedInput(None, hands, 2)),
            ),
        )
    ).value

    details = _details(services, coach, company_id)
    assert (details.name, details.org_number, details.website, details.active) == (
        "Nordlys Kantiner AS",
        ORG_NUMBER,  # stored as digits, however it was typed
        "nordlys.example",
        True,
    )
    assert [(loc.name, loc.postcode, loc.city) for loc in details.locations] == [
        ("Bergen sentrum", "", "Bergen"),  # in Norwegian order
        ("Kantina i Bjørvika", "0191", "Oslo"),
    ]
    assert [(c.name, c.role, c.location_id) for c in details.contacts] == [
        ("Ingrid Solberg", "Rekrutteringsansvarlig", oslo)
    ]
    position = details.position(position_id)
    assert position is not None and position.title == "Oppvasker"
    assert [(n.area_number, n.competence_goal_id, n.min_level) for n in position.needs] == [
        (4, None, 3),
        (None, hands, 2),
    ]
    assert position.needs[0].label == "Renhold, oppvask og maskiner – hele området"
    assert position.needs[0].text("en") == "Cleaning, dishwashing and machines – the whole area"
    assert position.needs[1].label.startswith("Vasker hender")

    rows = services.read(lambda app: app.partners.companies(coach)).value
    assert [(r.name, r.org_number, r.location_count, r.contact_count, r.position_count) for r in rows] == [
        ("Nordlys Kantiner AS", ORG_NUMBER, 2, 1, 1)
    ]
    assert services.read(lambda app: app.partners.position_needs([position_id])).value == {
        position_id: position.needs
    }


def test_companies_are_listed_in_norwegian_order_and_found_by_a_part_of_the_name(
    services: AppServices, coach: Actor
) -> None:
    for name in ("Åsen Mat AS", "Grønn Lunsj AS", "Aasgaard Storkjøkken AS", "Fjordmat AS", "Ølen Kafé AS"):
        services.write(lambda app, name=name: app.partners.save_company(coach, CompanyInput(name)))
    rows = services.read(lambda app: app.partners.companies(coach)).value
    assert [row.name for row in rows] == [
        "Fjordmat AS",
        "Grønn Lunsj AS",
        "Ølen Kafé AS",
        "Åsen Mat AS",
        "Aasgaard Storkjøkken AS",  # "Aa" sorts as Å: "Åsg" after "Åse"
    ]
    found = services.read(lambda app: app.partners.companies(coach, search="lunsj")).value
    assert [row.name for row in found] == ["Grønn Lunsj AS"]


def test_a_deactivated_record_leaves_the_lists_and_comes_back(services: AppServices, coach: Actor) -> None:
    company_id = _company(services, coach)
    location = services.write(
        lambda app: app.partners.save_location(coach, company_id, LocationInput("Kantina", city="Oslo"))
    ).value
    services.write(lambda app: app.partners.set_active(coach, PartnerRecord.LOCATION, location, False))
    assert services.read(lambda app: app.partners.companies(coach)).value[0].location_count == 0
    assert not _details(services, coach, company_id).locations[0].active
    outcome = services.write(
        lambda app: app.partners.set_active(coach, PartnerRecord.COMPANY, company_id, False)
    )
    assert outcome.changes.touches("referrals.partners")
    assert services.read(lambda app: app.partners.companies(coach)).value == ()
    assert [r.active for r in services.read(lambda app: app.partners.companies(coach, True)).value] == [False]
    services.write(lambda app: app.partners.set_active(coach, PartnerRecord.COMPANY, company_id, True))
    assert [r.name for r in services.read(lambda app: app.partners.companies(coach)).value] == [
        "Nordlys Kantiner AS"
    ]


def test_a_canteen_manager_sees_the_partners_but_only_a_job_coach_or_admin_changes_them(
    services: AppServices, coach: Actor
) -> None:
    manager = make_user(services, "Kari Nordmann", Role.CANTEEN_MANAGER)
    company_id = _company(services, coach)
    assert _details(services, manager, company_id).name == "Nordlys Kantiner AS"
    with pytest.raises(NotAuthorizedError):
        services.write(lambda app: app.partners.save_company(manager, CompanyInput("Fjordmat AS")))
    with pytest.raises(NotAuthorizedError):
        services.write(lambda app: app.partners.set_active(manager, PartnerRecord.COMPANY, company_id, False))
    with pytest.raises(NotAuthorizedError):
        services.read(lambda app: app.partners.companies(KIOSK))
    services.write(lambda app: app.partners.save_company(SYSTEM, CompanyInput("Fjordmat AS")))
    other_site = Actor(coach.user_id, coach.name, coach.role, site_id=2)
    with pytest.raises(NotFoundError):
        services.read(lambda app: app.partners.company(other_site, company_id))


# --- versions and conflicts ----------------------------------------------------------------------


def test_a_change_to_a_company_someone_else_saved_meanwhile_is_refused_with_theirs(
    services: AppServices, coach: Actor
) -> None:
    company_id = _company(services, coach)
    loaded = _details(services, coach, company_id)
    services.write(
        lambda app: app.partners.save_company(
            coach, CompanyInput("Nordlys Kantiner Norge AS", ORG_NUMBER), company_id, loaded.version
        )
    )
    with pytest.raises(ConcurrencyError) as caught:
        services.write(
            lambda app: app.partners.save_company(
                coach, CompanyInput("Nordlys AS", ORG_NUMBER), company_id, loaded.version
            )
        )
    theirs = caught.value.current
    assert isinstance(theirs, CompanyDetails) and theirs.name == "Nordlys Kantiner Norge AS"
    assert theirs.version > loaded.version
    # Keeping mine: saved against the version seen.
    services.write(
        lambda app: app.partners.save_company(
            coach, CompanyInput("Nordlys AS", ORG_NUMBER), company_id, theirs.version
        )
    )
    assert _details(services, coach, company_id).name == "Nordlys AS"


def test_locations_contacts_and_positions_are_checked_against_their_own_version(
    services: AppServices, coach: Actor
) -> None:
    company_id = _company(services, coach)
    location_id = services.write(
        lambda app: app.partners.save_location(coach, company_id, LocationInput("Kantina", city="Oslo"))
    ).value
    contact_id = services.write(
        lambda app: app.partners.save_contact(
            coach, company_id, ContactInput("Ola Nordmann", phone="40000102")
        )
    ).value
    position_id = services.write(
        lambda app: app.partners.save_position(
            coach, company_id, PositionInput("Oppvasker", needs=(NeedInput(4, None),))
        )
    ).value
    first = _details(services, coach, company_id)
    location, contact, position = first.locations[0], first.contacts[0], first.positions[0]
    services.write(
        lambda app: [
            app.partners.save_location(
                coach, company_id, LocationInput("Kantina", city="Bergen"), location_id, 1
            ),
            app.partners.save_contact(
                coach, company_id, ContactInput("Ola Nordmann", phone="40000103"), contact_id, 1
            ),
            app.partners.save_position(
                coach, company_id, PositionInput("Oppvasker", needs=(NeedInput(4, None, 2),)), position_id, 1
            ),
        ]
    )
    cases = [
        (
            lambda app: app.partners.save_location(
                coach, company_id, LocationInput("Kantina", city="Trondheim"), location_id, location.version
            ),
            LocationInfo,
            lambda theirs: theirs.city == "Bergen",
        ),
        (
            lambda app: app.partners.save_contact(
                coach, company_id, ContactInput("Ola N.", phone="40000104"), contact_id, contact.version
            ),
            ContactInfo,
            lambda theirs: theirs.phone == "40000103",
        ),
        (
            lambda app: app.partners.save_position(
                coach,
                company_id,
                PositionInput("Oppvask", needs=(NeedInput(4, None, 4),)),
                position_id,
                position.version,
            ),
            PositionInfo,
            lambda theirs: theirs.needs[0].min_level == 2,
        ),
    ]
    for action, kind, shows_theirs in cases:
        with pytest.raises(ConcurrencyError) as caught:
            services.write(action)
        assert isinstance(caught.value.current, kind) and shows_theirs(caught.value.current)
    after = _details(services, coach, company_id)
    assert (after.locations[0].city, after.contacts[0].name, after.positions[0].title) == (
        "Bergen",
        "Ola Nordmann",
        "Oppvasker",
    )


# --- what a form is told -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "fields"),
    [
        (CompanyInput(""), {"name"}),
        (CompanyInput("Fjordmat AS", "923609017"), {"org_number"}),  # the check digit is wrong
        (CompanyInput("Fjordmat AS", "92360901"), {"org_number"}),
        (CompanyInput("Fjordmat AS", website="not a web address"), {"website"}),
        (CompanyInput("Nordlys Kantiner AS"), {"name"}),  # taken
        (CompanyInput("Fjordmat AS", ORG_NUMBER), {"org_number"}),  # another company has it
    ],
)
def test_a_bad_company_is_refused_with_a_message_at_each_field(
    services: AppServices, coach: Actor, data: CompanyInput, fields: set[str]
) -> None:
    _company(services, coach)
    with pytest.raises(ValidationError) as caught:
        services.write(lambda app: app.partners.save_company(coach, data))
    assert set(caught.value.field_errors) == fields
    assert len(services.read(lambda app: app.partners.companies(coach, True)).value) == 1


def test_bad_locations_contacts_and_positions_are_refused_at_their_fields(
    services: AppServices, coach: Actor
) -> None:
    company_id = _company(services, coach)
    other_company = _company(services, coach, "Fjordmat Storkjøkken AS")
    elsewhere = services.write(
        lambda app: app.partners.save_location(coach, other_company, LocationInput("Kantina", city="Bergen"))
    ).value
    services.write(
        lambda app: app.partners.save_location(coach, company_id, LocationInput("Kantina", city="Oslo"))
    )
    services.write(
        lambda app: app.partners.save_position(
            coach, company_id, PositionInput("Oppvasker", needs=(NeedInput(4, None),))
        )
    )
    hands = _goal(services, coach, "A01.1")
    cases = [
        (
            lambda app: app.partners.save_location(
                coach, company_id, LocationInput("Kantina", "", "0191", "Oslo")
            ),
            {"name"},
        ),
        (
            lambda app: app.partners.save_location(coach, company_id, LocationInput("Ny", "", "191", "")),
            {"postcode", "city"},
        ),
        (lambda app: app.partners.save_contact(coach, company_id, ContactInput("Ola")), {"phone"}),
        (
            lambda app: app.partners.save_contact(
                coach, company_id, ContactInput("Ola", phone="12 34", email="ola@")
            ),
            {"phone", "email"},
        ),
        (
            lambda app: app.partners.save_contact(
                coach, company_id, ContactInput("Ola", phone="40000101", location_id=elsewhere)
            ),
            {"location_id"},
        ),
        (lambda app: app.partners.save_position(coach, company_id, PositionInput("Kokk")), {"needs"}),
        (
            lambda app: app.partners.save_position(
                coach,
                company_id,
                PositionInput("Kokk", needs=(NeedInput(None, hands), NeedInput(None, hands, 4))),
            ),
            {"needs"},
        ),
        (
            lambda app: app.partners.save_position(
                coach, company_id, PositionInput("Kokk", needs=(NeedInput(13, None),))
            ),
            {"needs"},
        ),
        (
            lambda app: app.partners.save_position(
                coach, company_id, PositionInput("Kokk", needs=(NeedInput(4, None, 5),))
            ),
            {"needs"},
        ),
        (
            lambda app: app.partners.save_position(
                coach, company_id, PositionInput("Kokk", needs=(NeedInput(None, 999_999),))
            ),
            {"needs"},
        ),
        (
            lambda app: app.partners.save_position(
                coach, company_id, PositionInput("Oppvasker", needs=(NeedInput(4, None),))
            ),
            {"title"},
        ),
    ]
    for action, fields in cases:
        with pytest.raises(ValidationError) as caught:
            services.write(action)
        assert set(caught.value.field_errors) == fields, caught.value.field_errors
    details = _details(services, coach, company_id)
    assert (len(details.locations), len(details.contacts), len(details.positions)) == (1, 0, 1)


def test_a_retired_goal_is_not_offered_to_a_new_need_but_a_position_keeps_its_own(
    services: AppServices, coach: Actor
) -> None:
    company_id = _company(services, coach)
    hands = _goal(services, coach, "A01.1")
    position_id = services.write(
        lambda app: app.partners.save_position(
            coach, company_id, PositionInput("Oppvasker", needs=(NeedInput(None, hands),))
        )
    ).value
    services.write(lambda app: app.competence.retire_goal(coach, hands))
    with pytest.raises(ValidationError) as caught:
        services.write(
            lambda app: app.partners.save_position(
                coach, company_id, PositionInput("Kokk", needs=(NeedInput(None, hands),))
            )
        )
    assert "needs" in caught.value.field_errors
    services.write(
        lambda app: app.partners.save_position(
            coach,
            company_id,
            PositionInput("Oppvasker", "Endret", (NeedInput(None, hands, 4),)),
            position_id,
            1,
        )
    )
    assert _details(services, coach, company_id).positions[0].needs[0].min_level == 4


# --- nothing referenced is deleted ---------------------------------------------------------------


def test_a_record_typed_by_mistake_is_deleted_but_one_a_referral_or_consent_uses_is_not(
    services: AppServices, coach: Actor
) -> None:
    participant_id = services.write(
        lambda app: app.participants.create(coach, participant_input(coach.user_id))
    ).value.id
    company_id = _company(services, coach)
    location_id = services.write(
        lambda app: app.partners.save_location(coach, company_id, LocationInput("Kantina", city="Oslo"))
    ).value
    mistake = services.write(
        lambda app: app.partners.save_location(coach, company_id, LocationInput("Feil", city="Oslo"))
    ).value
    contact_id = services.write(
        lambda app: app.partners.save_contact(coach, company_id, ContactInput("Ola", phone="40000101"))
    ).value
    position_id = services.write(
        lambda app: app.partners.save_position(
            coach, company_id, PositionInput("Oppvasker", needs=(NeedInput(4, None),))
        )
    ).value
    with db_session(services, write=True) as session:
        session.add(
            Referral(
                site_id=1,
                participant_id=participant_id,
                company_id=company_id,
                location_id=location_id,
                position_id=position_id,
                contact_id=None,
                stage="prepared",
                stage_on=TODAY,
                statement="",
                created_by="test",
                created_at=NOW,
                updated_at=NOW,
            )
        )
        session.add(
            Consent(
                site_id=1,
                participant_id=participant_id,
                company_id=company_id,
                contact_id=contact_id,
                purpose="Henvisning",
                categories="competences",
                given_on=TODAY,
                recorded_by="test",
                expires_on=date(2027, 6, 1),
                updated_at=NOW,
            )
        )
    services.write(lambda app: app.partners.delete(coach, PartnerRecord.LOCATION, mistake))
    for kind, record_id in (
        (PartnerRecord.LOCATION, location_id),
        (PartnerRecord.POSITION, position_id),
        (PartnerRecord.CONTACT, contact_id),
        (PartnerRecord.COMPANY, company_id),
    ):
        with pytest.raises(DomainError) as caught:
            services.write(
                lambda app, kind=kind, record_id=record_id: app.partners.delete(coach, kind, record_id)
            )
        assert "Deactivate it instead" in str(caught.value)
    details = _details(services, coach, company_id)
    assert ([loc.id for loc in details.locations], len(details.contacts), len(details.positions)) == (
        [location_id],
        1,
        1,
    )
    # Deactivating is what is left, and the referral keeps its recipient.
    services.write(lambda app: app.partners.set_active(coach, PartnerRecord.POSITION, position_id, False))
    key = (company_id, location_id, position_id, contact_id)
    recipient = services.read(lambda app: app.partners.recipients([key])).value[key]
    assert (
        recipient.company_name,
        recipient.location_city,
        recipient.position_title,
        recipient.contact_phone,
    ) == (
        "Nordlys Kantiner AS",
        "Oslo",
        "Oppvasker",
        "40000101",
    )


def test_recipients_leave_out_keys_whose_parts_do_not_belong_together(
    services: AppServices, coach: Actor
) -> None:
    first = _company(services, coach)
    second = _company(services, coach, "Fjordmat Storkjøkken AS")
    location = services.write(
        lambda app: app.partners.save_location(coach, first, LocationInput("Kantina", city="Oslo"))
    ).value
    position = services.write(
        lambda app: app.partners.save_position(
            coach, first, PositionInput("Oppvasker", needs=(NeedInput(4, None),))
        )
    ).value
    stranger = services.write(
        lambda app: app.partners.save_contact(
            coach, second, ContactInput("Kari", email="kari@fjordmat.example")
        )
    ).value
    good = (first, location, position, None)
    found = services.read(
        lambda app: app.partners.recipients(
            [good, (second, location, position, None), (first, location, position, stranger)]
        )
    ).value
    assert list(found) == [good]
    assert found[good].contact_name is None


# --- matching ------------------------------------------------------------------------------------


def _participant(services: AppServices, coach: Actor, first_name: str, last_name: str = "Hansen") -> int:
    return services.write(
        lambda app: app.participants.create(
            coach, participant_input(coach.user_id, first_name=first_name, last_name=last_name)
        )
    ).value.id


def _assess(services: AppServices, coach: Actor, participant_id: int, goal_id: int, *levels: int) -> int:
    """Add the goal to the plan and assess it at each level in turn (the last is the latest)."""
    goal = services.write(lambda app: app.plans.add_goal(coach, participant_id, PlanGoalInput(goal_id))).value
    for number, level in enumerate(levels):
        data = AssessmentInput(
            goal.id, level, date(2026, 10, 1 + number), f"Observert på oppvasken, {number}"
        )
        services.write(lambda app, data=data: app.plans.assess(coach, data))
    return goal.id


@pytest.fixture
def dishwasher(services: AppServices, coach: Actor) -> tuple[int, int]:
    """A dishwasher position: area 4 at level 3, hand washing (A01.1) at level 3, allergens
    (A08.1) at level 2. Returns (company id, position id)."""
    company_id = _company(services, coach)
    needs = (
        NeedInput(4, None, 3),
        NeedInput(None, _goal(services, coach, "A01.1"), 3),
        NeedInput(None, _goal(services, coach, "A08.1"), 2),
    )
    position_id = services.write(
        lambda app: app.partners.save_position(coach, company_id, PositionInput("Oppvasker", needs=needs))
    ).value
    return company_id, position_id


def test_a_participants_positions_are_ranked_by_the_needs_their_levels_cover(
    services: AppServices, coach: Actor, dishwasher: tuple[int, int]
) -> None:
    company_id, dishwasher_id = dishwasher
    server_id = services.write(
        lambda app: app.partners.save_position(
            coach,
            company_id,
            PositionInput(
                "Serveringsmedarbeider",
                needs=(NeedInput(9, None, 3), NeedInput(None, _goal(services, coach, "A01.1"), 2)),
            ),
        )
    ).value
    ahmed = _participant(services, coach, "Ahmed")
    area_four = _area_goals(services, coach, 4)
    _assess(services, coach, ahmed, area_four[0], 4)
    _assess(services, coach, ahmed, area_four[1], 1, 3)  # the latest, 3, counts
    _assess(services, coach, ahmed, _goal(services, coach, "A01.1"), 2)

    matches = services.write(lambda app: app.partners.matches_for_participant(coach, ahmed)).value
    assert [(m.position_title, m.score) for m in matches] == [
        ("Serveringsmedarbeider", 0.5),  # hands covered at 2, area 9 not assessed
        ("Oppvasker", pytest.approx(1 / 3)),  # area 4 covered, hands and allergens missing
    ]
    washer = matches[1]
    assert washer.position_id == dishwasher_id and washer.company_id == company_id
    assert [(n.label, n.current_level, n.covered) for n in washer.covered] == [
        ("Renhold, oppvask og maskiner – hele området", 3.5, True)
    ]
    assert [(n.min_level, n.current_level) for n in washer.missing] == [(3, 2.0), (2, None)]
    server = matches[0]
    assert server.position_id == server_id
    assert [n.current_level for n in server.missing] == [None]

    # The area's level is the competence chart's: the mean of the latest coach levels.
    plan = services.write(lambda app: app.plans.plan(coach, ahmed)).value
    chart = {level.area_number: level.current for level in services.plans.area_levels(plan)}
    assert chart[4] == washer.covered[0].current_level
    assert ("view", ahmed, "position matching") in _audit(services, ahmed)


def test_ties_go_to_the_position_whose_missing_needs_are_least_far_below(
    services: AppServices, coach: Actor
) -> None:
    company_id = _company(services, coach)
    hands, allergens = _goal(services, coach, "A01.1"), _goal(services, coach, "A08.1")
    for title, level in (("Kaldkjøkken", 4), ("Kjøkkenassistent", 3)):
        services.write(
            lambda app, title=title, level=level: app.partners.save_position(
                coach,
                company_id,
                PositionInput(title, needs=(NeedInput(None, hands, 2), NeedInput(None, allergens, level))),
            )
        )
    nora = _participant(services, coach, "Nora")
    _assess(services, coach, nora, hands, 3)
    _assess(services, coach, nora, allergens, 1)
    matches = services.write(lambda app: app.partners.matches_for_participant(coach, nora)).value
    # Both cover one need of two; the assistant's missing need is 2 below, the cold kitchen's 3.
    assert [(m.position_title, m.score) for m in matches] == [("Kjøkkenassistent", 0.5), ("Kaldkjøkken", 0.5)]


def test_inactive_positions_and_companies_are_not_matched(
    services: AppServices, coach: Actor, dishwasher: tuple[int, int]
) -> None:
    company_id, position_id = dishwasher
    ahmed = _participant(services, coach, "Ahmed")
    assert len(services.write(lambda app: app.partners.matches_for_participant(coach, ahmed)).value) == 1
    services.write(lambda app: app.partners.set_active(coach, PartnerRecord.POSITION, position_id, False))
    assert services.write(lambda app: app.partners.matches_for_participant(coach, ahmed)).value == ()
    services.write(lambda app: app.partners.set_active(coach, PartnerRecord.POSITION, position_id, True))
    services.write(lambda app: app.partners.set_active(coach, PartnerRecord.COMPANY, company_id, False))
    assert services.write(lambda app: app.partners.matches_for_participant(coach, ahmed)).value == ()


def test_a_positions_closest_candidates_are_ranked_and_each_one_shown_is_logged(
    services: AppServices, coach: Actor, clock: FakeClock, dishwasher: tuple[int, int]
) -> None:
    _company_id, position_id = dishwasher
    area_four = _area_goals(services, coach, 4)
    hands, allergens = _goal(services, coach, "A01.1"), _goal(services, coach, "A08.1")
    ready = _participant(services, coach, "Saron", "Haile")
    _assess(services, coach, ready, area_four[0], 3)
    _assess(services, coach, ready, hands, 3)
    _assess(services, coach, ready, allergens, 2)
    close = _participant(services, coach, "Piotr", "Nowak")
    _assess(services, coach, close, area_four[0], 2)  # area 4 one below
    _assess(services, coach, close, hands, 3)
    _assess(services, coach, close, allergens, 3)
    far = _participant(services, coach, "Olena", "Kovalenko")
    _assess(services, coach, far, area_four[0], 1)  # two below
    _assess(services, coach, far, hands, 4)
    _assess(services, coach, far, allergens, 2)
    unknown = _participant(services, coach, "Even", "Olsen")  # nothing assessed: not shown
    gone = _participant(services, coach, "Ali", "Ahmadi")
    _assess(services, coach, gone, hands, 4)
    stored = services.write(lambda app: app.participants.get(coach, gone)).value
    services.write(lambda app: app.participants.end_measure(coach, gone, stored.version, TODAY, "got_job"))
    before = len(_audit(services))

    candidates = services.write(lambda app: app.partners.candidates_for_position(coach, position_id)).value
    assert [(c.name, c.score) for c in candidates] == [
        ("Saron Haile", 1.0),
        ("Piotr Nowak", pytest.approx(2 / 3)),
        ("Olena Kovalenko", pytest.approx(2 / 3)),
    ]
    assert [(n.min_level, n.current_level) for n in candidates[1].missing] == [(3, 2.0)]
    assert [n.covered for n in candidates[0].covered] == [True, True, True]
    views = [(entity, detail) for action, entity, detail in _audit(services)[before:] if action == "view"]
    assert views == [(pid, f"matched to position {position_id}") for pid in (ready, close, far)]
    assert unknown not in {entity for _action, entity, _detail in _audit(services)[before:]}

    assert [
        c.name
        for c in services.write(
            lambda app: app.partners.candidates_for_position(coach, position_id, limit=1)
        ).value
    ] == ["Saron Haile"]


def test_matching_needs_participant_details(
    services: AppServices, coach: Actor, dishwasher: tuple[int, int]
) -> None:
    manager = make_user(services, "Kari Nordmann", Role.CANTEEN_MANAGER)
    ahmed = _participant(services, coach, "Ahmed")
    with pytest.raises(NotAuthorizedError):
        services.write(lambda app: app.partners.matches_for_participant(manager, ahmed))
    with pytest.raises(NotAuthorizedError):
        services.write(lambda app: app.partners.candidates_for_position(manager, dishwasher[1]))


def test_current_levels_are_the_latest_coach_levels_of_the_current_plan_on_the_site(
    services: AppServices, coach: Actor
) -> None:
    hands, allergens, fifo = (_goal(services, coach, code) for code in ("A01.1", "A08.1", "A03.1"))
    ahmed = _participant(services, coach, "Ahmed")
    nora = _participant(services, coach, "Nora")
    hands_goal = _assess(services, coach, ahmed, hands, 1, 3)
    services.write(lambda app: app.plans.self_assess(coach, ahmed, {hands_goal: 4}))  # not the coach's
    # Recorded later, dated earlier: the date decides which is the latest.
    allergens_goal = _assess(services, coach, ahmed, allergens, 2)
    early = AssessmentInput(allergens_goal, 4, date(2026, 9, 1), "Tidligere observasjon")
    services.write(lambda app: app.plans.assess(coach, early))
    removed = _assess(services, coach, ahmed, fifo, 3)
    services.write(lambda app: app.plans.remove_goal(coach, removed))
    _assess(services, coach, nora, hands, 2)
    levels = services.read(lambda app: app.plans.current_levels(1, [ahmed, nora, 999])).value
    assert levels == {ahmed: {hands: 3, allergens: 2}, nora: {hands: 2}}
    assert services.read(lambda app: app.plans.current_levels(2, [ahmed])).value == {}


# --- demo data ------------------------------------------------------------------------------------


def test_the_demo_has_four_fictional_chains_whose_ids_can_be_found_by_name(services: AppServices) -> None:
    created = services.write(lambda app: insert_partners(app, SYSTEM)).value
    assert sorted(created.companies) == [
        "Fjordmat Storkjøkken AS",
        "Grønn Lunsj AS",
        "Kaffe & Kantine Drift AS",
        "Nordlys Kantiner AS",
    ]
    assert services.read(lambda app: partner_ids(app, SYSTEM)).value == created
    for company_id in created.companies.values():
        details = _details(services, SYSTEM, company_id)
        assert 2 <= len(details.locations) <= 4
        assert 1 <= len(details.contacts) <= 3
        assert 2 <= len(details.positions) <= 4
        assert all(3 <= len(position.needs) <= 6 for position in details.positions)
        assert all(contact.email.endswith(".example") for contact in details.contacts)
        assert all(contact.phone.startswith("400 00 ") for contact in details.contacts)
        assert details.org_number == ""  # no made-up number that could be a real company's
