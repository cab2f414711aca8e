"""Demo dossier material (R4): the languages each demo participant speaks, their courses and
certificates (Hygienekurs, Kurs i allergener, HMS-kurs, Truckførerbevis T1, ...), references
(most have said yes to being contacted, one has not been asked yet, so is never named), and for
every demo referral the dossier draft: the categories the participant's consent for that
recipient covers, the accommodation needs they approved where that is covered, and the job
coach's statement on the open referrals.

Recorded through the dossier and referral services, as the participants' job coaches would,
inside the demo's transaction; after the demo referrals and consents.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices
from canteen_app.referrals.consent.rules import ConsentStatus, DataCategory
from canteen_app.referrals.dossiers.rules import CertificateInput, DraftInput, ReferenceInput
from canteen_app.referrals.referrals.models import Referral
from canteen_app.referrals.referrals.rules import OPEN_STAGES, Stage
from canteen_app.training.participants.models import Participant

# (name, issuer, days after the measure start it was taken)
_CERTIFICATES: tuple[tuple[str, str, int], ...] = (
    ("Hygienekurs for næringsmiddelarbeidere", "Mattilsynets e-læring", 21),
    ("Kurs i allergener og spesialkost", "Kantina (internt kurs)", 45),
    ("HMS-kurs for kjøkkenansatte", "Bedriftshelsetjenesten", 70),
    ("Truckførerbevis T1 (palletruck)", "AKA Opplæring AS", 120),
    ("Førstehjelpskurs", "Norsk Folkehjelp", 95),
    ("Brannvernkurs", "Kommunens brannvesen", 150),
)
# Who can speak for the work: (name, relation, phone, e-mail).
_REFERENCES: tuple[tuple[str, str, str, str], ...] = (
    ("Per Olsen", "Kjøkkensjef, Kantina", "41 23 45 67", "per.olsen@kommune.example.no"),
    ("Grete Lunde", "Veileder ved arbeidsutprøving", "92 34 56 78", ""),
    ("Tor Hansen", "Tidligere arbeidsgiver, sommerjobb", "", "tor.hansen@example.no"),
)
# The languages a participant with this preferred language speaks besides Norwegian.
_SPOKEN: dict[str, tuple[str, ...]] = {
    "nb": ("nb", "en"),
    "en": ("en", "nb"),
    "ar": ("ar", "nb", "en"),
    "so": ("so", "nb", "ar"),
    "ti": ("ti", "am", "nb"),
    "uk": ("uk", "ru", "nb"),
    "pl": ("pl", "nb", "en"),
    "prs": ("prs", "fa", "nb"),
}
_ACCOMMODATIONS = (
    "Lærer nye oppgaver best med en skriftlig stegliste og at noen viser oppgaven første gang.",
    "Trenger faste arbeidstider og beskjed i god tid når planen endres.",
    "Jobber best med tydelige beskjeder, gjerne både muntlig og skriftlig.",
)
_STATEMENTS = (
    "{first} møter presist, tar ansvar for egne oppgaver og ber om hjelp når noe er uklart. "
    "{first} har vist stor framgang på hygiene og renhold og viser nå nye deltakere hvordan "
    "oppvaskmaskinen brukes.\n\nJeg anbefaler {first} varmt for en stilling på kjøkkenet.",
    "{first} er rolig og grundig, trives med faste rutiner og har god kontakt med gjestene i "
    "disken. {first} kan jobbe selvstendig med kald mat og følger allergenlistene nøye.",
    "{first} lærer raskt, samarbeider godt og er en god kollega. Etter en periode med opplæring vil "
    "{first} kunne ta ansvar for en stasjon alene.",
)


@dataclass(frozen=True)
class DemoDossiers:
    certificates: int
    references: int
    drafts: int


def add_dossier_material(
    services: AppServices, session: Session, site_id: int, coaches: dict[int, str], today: date
) -> DemoDossiers:
    """Spoken languages, certificates, references and dossier drafts for the demo participants and
    referrals. Runs inside the demo's transaction (`session` is its session)."""
    people = session.execute(
        select(
            Participant.id,
            Participant.first_name,
            Participant.coach_id,
            Participant.preferred_language,
            Participant.measure_start,
        )
        .where(Participant.site_id == site_id)
        .order_by(Participant.id)
    ).all()
    first_names = {row.id: row.first_name for row in people}
    actors = {row.id: _actor(row.coach_id, coaches, site_id) for row in people}
    certificates = references = 0
    for n, row in enumerate(people):
        actor = actors[row.id]
        services.dossiers.save_languages(actor, row.id, _SPOKEN.get(row.preferred_language, ("nb",)))
        for k in range(n % 4):  # none, one, two or three
            name, issuer, after = _CERTIFICATES[(n + k) % len(_CERTIFICATES)]
            issued_on = min(today, row.measure_start + timedelta(days=after))
            services.dossiers.save_certificate(actor, row.id, CertificateInput(name, issued_on, issuer))
            certificates += 1
        if n % 3 != 2:
            name, relation, phone, email = _REFERENCES[n % len(_REFERENCES)]
            # Every fifth reference has not been asked yet: never named in a dossier.
            asked = None if n % 5 == 4 else min(today, row.measure_start + timedelta(days=30))
            services.dossiers.save_reference(
                actor, row.id, ReferenceInput(name, relation, phone, email, asked)
            )
            references += 1
    drafts = 0
    referrals = session.execute(
        select(Referral.id, Referral.participant_id, Referral.stage)
        .where(Referral.site_id == site_id)
        .order_by(Referral.id)
    ).all()
    for n, referral in enumerate(referrals):
        actor = actors.get(referral.participant_id) or _actor(None, coaches, site_id)
        preview = services.dossiers.preview(actor, referral.id)
        if preview.consent is not ConsentStatus.VALID:
            continue
        chosen = set(preview.consented)
        accommodations = ""
        if DataCategory.ACCOMMODATIONS in chosen:
            accommodations = _ACCOMMODATIONS[n % len(_ACCOMMODATIONS)]
        services.dossiers.save_draft(actor, referral.id, DraftInput(frozenset(chosen), accommodations))
        drafts += 1
        if Stage(referral.stage) in OPEN_STAGES and not preview.statement:
            first = first_names.get(referral.participant_id, "")
            statement = _STATEMENTS[n % len(_STATEMENTS)].format(first=first)
            services.referrals.update(
                actor,
                referral.id,
                preview.referral_version,
                _contact(services, actor, referral.id),
                statement,
            )
    return DemoDossiers(certificates, references, drafts)


def _contact(services: AppServices, actor: Actor, referral_id: int) -> int | None:
    return services.referrals.details_for_dossier(actor, referral_id).contact_id


def _actor(coach_id: int | None, coaches: dict[int, str], site_id: int) -> Actor:
    if coach_id is not None and coach_id in coaches:
        return Actor(coach_id, coaches[coach_id], Role.JOB_COACH, site_id)
    return Actor(None, "canteen-admin", Role.ADMIN, site_id)
