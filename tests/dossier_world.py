"""A participant with everything a dossier can hold, referred to a partner, for the dossier tests
(integration, reports, GUI, command line): a training plan with assessed goals, attendance,
certificates, references (one who said yes, one not asked), spoken languages, a photo, and a
consent for the recipient covering the categories asked for.

`markers=True` fills every field that must never leave with a marker string (support needs,
NAV contact, phone, e-mail, absence and correction reasons, a measure extension's reason, the
end reason, older assessments' evidence, self-assessments, referral notes, the unconsented
reference, the consent's purpose): a dossier must contain none of them.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TypeVar

from PIL import Image

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices
from canteen_app.referrals.consent.rules import ConsentInput, DataCategory, latest_expiry
from canteen_app.referrals.dossiers.rules import CertificateInput, DraftInput, ReferenceInput
from canteen_app.referrals.partners.rules import (
    CompanyInput,
    ContactInput,
    LocationInput,
    NeedInput,
    PositionInput,
)
from canteen_app.referrals.referrals.dto import ReferralInput
from canteen_app.referrals.referrals.rules import Stage
from canteen_app.training.attendance.rules import AttendanceStatus, DayInput
from canteen_app.training.participants.nav import EndReason
from canteen_app.training.plans.rules import AssessmentInput, PlanGoalInput
from tests.helpers import SYSTEM, make_user, participant_input

TODAY = date(2026, 11, 25)  # the FakeClock's day
T = TypeVar("T")

# What the dossier shows of each category, in the Norwegian dossier's words and the world's data.
SHOWN: dict[DataCategory, str] = {
    DataCategory.COMPETENCES: "Kompetanse",
    DataCategory.TASKS: "Oppvask med maskin",
    DataCategory.CERTIFICATES: "Hygienekurs for næringsmiddelarbeidere",
    DataCategory.ATTENDANCE: "Oppmøte i arbeidspraksisen",
    DataCategory.PHOTO: "",  # an image, not a text
    DataCategory.ACCOMMODATIONS: "skriftlig stegliste",
    DataCategory.REFERENCES: "Per Olsen",
}
LATEST_EVIDENCE = "Vasker hender riktig uten påminnelse"

# Every marker a dossier must never contain, by what it is.
MARKERS: dict[str, str] = {
    "support needs": "MARKER-SUPPORT-NEEDS-91",
    "nav contact": "MARKER-NAV-CONTACT-92",
    "phone": "40404093",
    "email": "marker-email-94@example.no",
    "absence reason": "MARKER-ABSENCE-REASON-95",
    "correction reason": "MARKER-CORRECTION-96",
    "extension reason": "MARKER-EXTENSION-97",
    "older evidence": "MARKER-OLD-EVIDENCE-98",
    "other goal's older evidence": "MARKER-OLD-EVIDENCE-99",
    "referral note": "MARKER-REFERRAL-NOTE-81",
    "unconsented reference": "MARKER-UNASKED-REFERENCE-82",
    "consent purpose": "MARKER-PURPOSE-83",
    "stage note": "MARKER-STAGE-NOTE-84",
}


def png_photo(colour: tuple[int, int, int] = (200, 120, 40)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (60, 80), colour).save(out, format="PNG")
    return out.getvalue()


@dataclass
class DossierWorld:
    services: AppServices
    coach: Actor
    participant_id: int
    company_id: int
    location_id: int
    position_id: int
    contact_id: int
    referral_id: int
    consent_id: int | None = None

    def write(self, action: Callable[[AppServices], T]) -> T:
        return self.services.write(action).value

    def consent(
        self,
        categories: Iterable[DataCategory],
        given_on: date = date(2026, 11, 1),
        contact: bool = False,
        purpose: str = "Henvisning til stilling som kjøkkenassistent",
    ) -> int:
        data = ConsentInput(
            self.participant_id,
            self.company_id,
            self.contact_id if contact else None,
            purpose,
            tuple(categories),
            given_on,
            latest_expiry(given_on),
        )
        self.consent_id = self.write(lambda app: app.consents.record(self.coach, data))
        return self.consent_id

    def withdraw(self, consent_id: int | None = None, on: date | None = None) -> None:
        wanted = consent_id if consent_id is not None else self.consent_id
        infos = self.write(lambda app: app.consents.consents(self.coach, self.participant_id))
        version = next(info.version for info in infos if info.id == wanted)
        assert wanted is not None
        self.write(lambda app: app.consents.withdraw(self.coach, wanted, version, on))

    def choose(self, categories: Iterable[DataCategory], accommodations: str | None = None) -> int:
        """Store the referral's draft: these categories (and the accommodation text)."""
        preview = self.write(lambda app: app.dossiers.preview(self.coach, self.referral_id))
        text = accommodations if accommodations is not None else ACCOMMODATIONS
        data = DraftInput(frozenset(categories), text)
        return self.write(
            lambda app: app.dossiers.save_draft(self.coach, self.referral_id, data, preview.draft_version)
        )


ACCOMMODATIONS = "Lærer nye oppgaver best med en skriftlig stegliste."
STATEMENT = "Åse er punktlig og grundig, og viser nå nye deltakere hvordan oppvaskmaskinen brukes."


def build_world(
    services: AppServices,
    *,
    markers: bool = False,
    first_name: str = "Åse",
    last_name: str = "Ødegård",
    coach_name: str = "Jonas Berg",
    company: str = "Nordlys Kantiner AS",
) -> DossierWorld:
    """The participant, the partner, the referral and all the material; no consent yet."""
    coach = make_user(services, coach_name, Role.JOB_COACH)

    def write(action: Callable[[AppServices], T]) -> T:
        return services.write(action).value

    extra: dict[str, object] = {}
    if markers:
        extra = {
            "support_needs": MARKERS["support needs"],
            "nav_contact": MARKERS["nav contact"],
            "phone": MARKERS["phone"],
            "email": MARKERS["email"],
        }
    data = participant_input(
        coach.user_id,
        first_name=first_name,
        last_name=last_name,
        measure_start=date(2026, 1, 5),
        **extra,
    )
    participant_id = write(lambda app: app.participants.create(coach, data)).id

    def partner(app: AppServices) -> tuple[int, int, int, int]:
        company_id = app.partners.save_company(SYSTEM, CompanyInput(company))
        location_id = app.partners.save_location(
            SYSTEM,
            company_id,
            LocationInput("Nordlys Bjørvika", street="Dronning Eufemias gate 1", city="Oslo"),
        )
        position_id = app.partners.save_position(
            SYSTEM, company_id, PositionInput("Kjøkkenassistent", needs=(NeedInput(1, None, 3),))
        )
        contact_id = app.partners.save_contact(
            SYSTEM, company_id, ContactInput("Kari Rekrutterer", role="Kjøkkensjef", phone="22 33 44 55")
        )
        return company_id, location_id, position_id, contact_id

    company_id, location_id, position_id, contact_id = write(partner)
    note = MARKERS["referral note"] if markers else "Klar for kjøkkenet."
    referral_id = write(
        lambda app: app.referrals.create(
            coach,
            ReferralInput(
                participant_id, company_id, location_id, position_id, contact_id, date(2026, 11, 2), note
            ),
        )
    )
    world = DossierWorld(
        services, coach, participant_id, company_id, location_id, position_id, contact_id, referral_id
    )
    _plan(world, markers)
    _attendance(world, markers)
    _material(world, markers)
    details = write(lambda app: app.referrals.referral(coach, referral_id))
    write(lambda app: app.referrals.update(coach, referral_id, details.version, contact_id, STATEMENT))
    if markers:
        details = write(lambda app: app.referrals.referral(coach, referral_id))
        write(
            lambda app: app.referrals.move(
                coach, referral_id, details.version, Stage.SENT, date(2026, 11, 10), MARKERS["stage note"]
            )
        )
        person = write(lambda app: app.participants.get(coach, participant_id))
        person = write(
            lambda app: app.participants.extend_measure(
                coach, participant_id, person.version, date(2027, 9, 30), MARKERS["extension reason"]
            )
        )
        write(
            lambda app: app.participants.end_measure(
                coach, participant_id, person.version, date(2026, 11, 24), EndReason.ILL.value
            )
        )
    return world


def _plan(world: DossierWorld, markers: bool) -> None:
    services, coach = world.services, world.coach
    framework = services.read(lambda app: app.competence.framework(coach)).value
    hygiene = framework[0].goals[0]  # 1 Personlig hygiene
    dishes = framework[3].goals[0]  # 4 Renhold, oppvask og maskiner
    first = world.write(
        lambda app: app.plans.add_goal(
            coach,
            world.participant_id,
            PlanGoalInput(hygiene.id, target_level=3, tasks="Oppvask med maskin\nRenhold av benker"),
        )
    )
    second = world.write(
        lambda app: app.plans.add_goal(
            coach, world.participant_id, PlanGoalInput(dishes.id, target_level=3, tasks="Oppvask med maskin")
        )
    )
    old = MARKERS["older evidence"] if markers else "Trengte påminnelse om håndvask"
    older = MARKERS["other goal's older evidence"] if markers else "Så på maskinen"
    for data in (
        AssessmentInput(first.id, 1, date(2026, 2, 2), old),
        AssessmentInput(first.id, 3, date(2026, 10, 5), LATEST_EVIDENCE),
        AssessmentInput(second.id, 1, date(2026, 3, 2), older),
        AssessmentInput(second.id, 2, date(2026, 9, 7), "Tømmer og fyller maskinen med støtte"),
    ):
        world.write(lambda app, data=data: app.plans.assess(coach, data))  # type: ignore[misc]
    world.write(lambda app: app.plans.self_assess(coach, world.participant_id, {first.id: 4}))


def _attendance(world: DossierWorld, markers: bool) -> None:
    coach = world.coach
    reason = MARKERS["absence reason"] if markers else "Tannlege"
    days = [
        DayInput(date(2026, 11, 2), AttendanceStatus.PRESENT, Decimal("6")),
        DayInput(date(2026, 11, 3), AttendanceStatus.PRESENT, Decimal("6")),
        DayInput(date(2026, 11, 4), AttendanceStatus.EXCUSED, None, reason),
        DayInput(date(2026, 11, 5), AttendanceStatus.PRESENT, Decimal("6")),
    ]
    for day in days:
        world.write(lambda app, day=day: app.attendance.record_day(coach, world.participant_id, day))  # type: ignore[misc]
    if markers:
        month = world.write(lambda app: app.attendance.month(coach, world.participant_id, date(2026, 11, 1)))
        entry = next(e for e in month.days if e.day == date(2026, 11, 5))
        fix = DayInput(date(2026, 11, 5), AttendanceStatus.UNEXCUSED, None, "", MARKERS["correction reason"])
        world.write(lambda app: app.attendance.record_day(coach, world.participant_id, fix, entry.version))


def _material(world: DossierWorld, markers: bool) -> None:
    coach, pid = world.coach, world.participant_id
    world.write(lambda app: app.participants.set_photo(coach, pid, png_photo(), False))
    world.write(lambda app: app.dossiers.save_languages(coach, pid, ["so", "nb", "en"]))
    world.write(
        lambda app: app.dossiers.save_certificate(
            coach,
            pid,
            CertificateInput(
                "Hygienekurs for næringsmiddelarbeidere", date(2026, 2, 10), "Mattilsynets e-læring"
            ),
        )
    )
    world.write(
        lambda app: app.dossiers.save_reference(
            coach,
            pid,
            ReferenceInput("Per Olsen", "Kjøkkensjef, Kantina", "41 23 45 67", "", date(2026, 10, 1)),
        )
    )
    unasked = MARKERS["unconsented reference"] if markers else "Grete Lunde"
    world.write(
        lambda app: app.dossiers.save_reference(
            coach, pid, ReferenceInput(unasked, "Veileder", "92 34 56 78")
        )
    )
