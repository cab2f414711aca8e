"""Demo partner chains (R1): four fictional canteen companies with their locations in Norwegian
cities, contact persons and the positions they hire for, each position with the competences it
needs from the framework. The names, streets, phone numbers (the 400 00 xxx series) and
e-mail addresses (example domains) are made up; no real company is meant. Organisation
numbers are left empty, so that none of them can be a real company's.

`insert_partners` stores them through the partner service and returns their ids by name;
`partner_ids` reads the same ids back from a database seeded before (for the demo referrals
and consents, which use these companies).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from canteen_app.access import Actor
from canteen_app.app import AppServices
from canteen_app.referrals.partners.rules import (
    CompanyInput,
    ContactInput,
    LocationInput,
    NeedInput,
    PositionInput,
)

# A need: an area's number (int) or a goal's code (str), and the minimum level.
_Need = tuple[int | str, int]


@dataclass(frozen=True)
class _Position:
    title: str
    description: str
    needs: tuple[_Need, ...]


@dataclass(frozen=True)
class _Contact:
    name: str
    role: str
    phone: str
    email: str
    location: str | None  # the location's name, or None for the head office


@dataclass(frozen=True)
class _Company:
    name: str
    website: str
    locations: tuple[LocationInput, ...]
    contacts: tuple[_Contact, ...]
    positions: tuple[_Position, ...]


KITCHEN_ASSISTANT = "Kjøkkenassistent"
DISHWASHER = "Oppvasker"
SERVING = "Serveringsmedarbeider"
COLD_KITCHEN = "Kaldkjøkkenmedarbeider"
STORES = "Lager- og varemottaksmedarbeider"

_ASSISTANT = _Position(
    KITCHEN_ASSISTANT,
    "Forberedelse av grønnsaker, salater og varmmat sammen med kokken; oppvask ved behov.",
    ((1, 3), ("A06.1", 3), ("A06.5", 3), ("A11.3", 3), ("A12.2", 2)),
)
_DISHWASHER = _Position(
    DISHWASHER,
    "Oppvask, maskiner og renhold av kjøkkenet etter renholdsplanen.",
    ((4, 3), ("A04.2", 3), ("A05.2", 3), ("A11.1", 3)),
)
_SERVING = _Position(
    SERVING,
    "Buffet og disk, påfylling, kasse og gjester med spørsmål om maten.",
    ((9, 3), ("A08.5", 3), ("A01.2", 3), ("A12.5", 2), ("A09.5", 2)),
)
_COLD_KITCHEN = _Position(
    COLD_KITCHEN,
    "Salater, smørbrød og spesialkost, med temperaturlogg for kjølene.",
    (("A06.2", 3), ("A08.4", 3), ("A02.1", 2), ("A01.5", 3), ("A07.2", 2)),
)
_STORES = _Position(
    STORES,
    "Varemottak, kontroll mot følgeseddel og lagring etter først inn – først ut.",
    ((3, 3), ("A03.1", 3), ("A05.5", 3), ("A12.4", 2)),
)


def _easier(position: _Position, title: str = "") -> _Position:
    """The same position at a chain that takes people in one level lower (never below 2)."""
    needs = tuple((what, max(2, level - 1)) for what, level in position.needs)
    return _Position(title or position.title, position.description, needs)


COMPANIES: tuple[_Company, ...] = (
    _Company(
        "Nordlys Kantiner AS",
        "www.nordlys-kantiner.example",
        (
            LocationInput("Nordlys Bjørvika", "Havnegata 12", "0150", "Oslo"),
            LocationInput("Nordlys Bryggen", "Kaigaten 4", "5003", "Bergen"),
            LocationInput("Nordlys Pirsenteret", "Brattørkaia 8", "7010", "Trondheim"),
        ),
        (
            _Contact(
                "Ingrid Solberg",
                "Rekrutteringsansvarlig",
                "400 00 101",
                "ingrid.solberg@nordlys-kantiner.example",
                None,
            ),
            _Contact(
                "Martin Lie",
                "Kjøkkensjef",
                "400 00 102",
                "martin.lie@nordlys-kantiner.example",
                "Nordlys Bjørvika",
            ),
            _Contact(
                "Hanne Vik",
                "Driftsleder",
                "400 00 103",
                "hanne.vik@nordlys-kantiner.example",
                "Nordlys Bryggen",
            ),
        ),
        (_ASSISTANT, _DISHWASHER, _SERVING, _COLD_KITCHEN),
    ),
    _Company(
        "Fjordmat Storkjøkken AS",
        "www.fjordmat.example",
        (
            LocationInput("Fjordmat Sentralkjøkken", "Industriveien 7", "5033", "Bergen"),
            LocationInput("Fjordmat Forus", "Forusbeen 21", "4033", "Stavanger"),
        ),
        (
            _Contact("Knut Aasland", "Produksjonssjef", "400 00 201", "knut.aasland@fjordmat.example", None),
            _Contact(
                "Silje Haugland",
                "Personalansvarlig",
                "400 00 202",
                "silje.haugland@fjordmat.example",
                "Fjordmat Forus",
            ),
        ),
        (_easier(_ASSISTANT), _DISHWASHER, _STORES),
    ),
    _Company(
        "Kaffe & Kantine Drift AS",
        "www.kaffeogkantine.example",
        (
            LocationInput("Kantina på Rådhuset", "Rådhusgata 2", "0151", "Oslo"),
            LocationInput("Kantina på Strømsø", "Strømsø torg 3", "3044", "Drammen"),
            LocationInput("Kantina Lillestrøm stasjon", "Jernbanegata 9", "2000", "Lillestrøm"),
            LocationInput("Kantina Værste", "Værstetorvet 5", "1607", "Fredrikstad"),
        ),
        (
            _Contact("Emma Karlsen", "Daglig leder", "400 00 301", "emma@kaffeogkantine.example", None),
            _Contact(
                "Yusuf Demir",
                "Kantineleder",
                "400 00 302",
                "yusuf@kaffeogkantine.example",
                "Kantina på Strømsø",
            ),
        ),
        (_easier(_SERVING), _easier(_DISHWASHER)),
    ),
    _Company(
        "Grønn Lunsj AS",
        "www.gronnlunsj.example",
        (
            LocationInput("Grønn Lunsj Solsiden", "Beddingen 10", "7014", "Trondheim"),
            LocationInput("Grønn Lunsj Tromsø", "Storgata 60", "9008", "Tromsø"),
        ),
        (_Contact("Sara Nilsen", "Kjøkkenleder", "400 00 401", "sara.nilsen@gronnlunsj.example", None),),
        (_COLD_KITCHEN, _ASSISTANT, _SERVING),
    ),
)


@dataclass(frozen=True)
class DemoPartners:
    """The demo partners' ids by name: companies by name; locations, contacts and positions by
    (company name, their own name or title)."""

    companies: dict[str, int] = field(default_factory=dict)
    locations: dict[tuple[str, str], int] = field(default_factory=dict)
    contacts: dict[tuple[str, str], int] = field(default_factory=dict)
    positions: dict[tuple[str, str], int] = field(default_factory=dict)


def insert_partners(services: AppServices, actor: Actor) -> DemoPartners:
    """Store the four chains (inside the caller's transaction, or each in its own)."""
    goal_ids = {goal.code: goal.id for area in services.competence.framework(actor) for goal in area.goals}
    found = DemoPartners()
    for company in COMPANIES:
        company_id = services.partners.save_company(actor, CompanyInput(company.name, "", company.website))
        found.companies[company.name] = company_id
        for location in company.locations:
            found.locations[(company.name, location.name)] = services.partners.save_location(
                actor, company_id, location
            )
        for contact in company.contacts:
            location_id = found.locations[(company.name, contact.location)] if contact.location else None
            data = ContactInput(contact.name, contact.role, contact.phone, contact.email, location_id)
            found.contacts[(company.name, contact.name)] = services.partners.save_contact(
                actor, company_id, data
            )
        for position in company.positions:
            needs = tuple(
                NeedInput(what, None, level)
                if isinstance(what, int)
                else NeedInput(None, goal_ids[what], level)
                for what, level in position.needs
            )
            data_position = PositionInput(position.title, position.description, needs)
            found.positions[(company.name, position.title)] = services.partners.save_position(
                actor, company_id, data_position
            )
    return found


def partner_ids(services: AppServices, actor: Actor) -> DemoPartners:
    """The ids of the partners in a database, by name (as `insert_partners` returned them)."""
    found = DemoPartners()
    for row in services.partners.companies(actor, include_inactive=True):
        details = services.partners.company(actor, row.id)
        found.companies[details.name] = details.id
        found.locations.update({(details.name, item.name): item.id for item in details.locations})
        found.contacts.update({(details.name, item.name): item.id for item in details.contacts})
        found.positions.update({(details.name, item.title): item.id for item in details.positions})
    return found
