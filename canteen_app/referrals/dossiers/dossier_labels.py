"""Every word of the referral dossier, in Norwegian (the default) and in English (on request).

The dossier is made from the command line too, so its wording lives here and not in Qt's
translations; dates and numbers are written through `canteen_app.core.formatting` (CLDR), and
the level names come from the competence framework, so the dossier uses the same words as
every screen.

The recruiter reads it: the words describe what the participant can do and never say why they
are in work practice (no measure, benefit or health words).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from canteen_app.core.formatting import LocaleFormat, locale_format
from canteen_app.training.competence.framework_data import LEVELS

LANGUAGES = ("nb", "en")


@dataclass(frozen=True)
class DossierLabels:
    language: str  # "nb" or "en"
    language_tag: str  # BCP 47, written into the PDF for screen readers
    title: str  # the document's title: the header line and the PDF's title
    subject: str  # {position} {company}
    page_of: str  # {page} {pages}
    generated: str  # {date}
    # the cover letter
    letter_heading: str
    to_contact: str  # {name}: "Att.: {name}"
    to_recruitment: str  # {company}: when no contact person is named
    regarding: str  # {name} {position}
    greeting_contact: str  # {name}
    greeting_recruitment: str
    letter_intro: str  # {name} {site} {position} {location}
    letter_contents: str  # the list of what the dossier holds follows
    letter_consent: str  # {first_name}
    letter_contact: str
    sign_off: str
    coach_title: str  # {site}
    # the profile
    profile_heading: str
    position_sought: str
    position_at: str  # {position} {company} {location}
    languages_spoken: str
    job_coach: str
    work_practice: str
    # sections
    competences_heading: str
    area: str
    goal: str
    level: str
    assessed: str
    observed: str  # before the evidence line: "Observert"
    free_goals: str  # the group of goals outside the framework's areas
    levels_note: str
    tasks_heading: str
    certificates_heading: str
    certificate: str
    issued: str
    issuer: str
    attendance_heading: str
    attendance_text: str  # {rate}
    attendance_note: str
    accommodations_heading: str
    accommodations_note: str
    statement_heading: str
    references_heading: str
    reference_name: str
    reference_relation: str
    reference_phone: str
    reference_email: str
    references_note: str
    signatures_heading: str
    signature_participant: str
    signature_coach: str
    signature_date: str
    confidential: str
    # what the dossier holds, for the letter's list
    holds_competences: str
    holds_tasks: str
    holds_certificates: str
    holds_attendance: str
    holds_accommodations: str
    holds_statement: str
    holds_references: str
    level_names: dict[int, str]
    level_descriptions: dict[int, str]

    @property
    def formats(self) -> LocaleFormat:
        return locale_format(self.language)

    def generated_text(self, day: date) -> str:
        return self.generated.format(date=self.formats.long_date(day))

    def level_text(self, level: int) -> str:
        """ "3 Selvstendig" """
        return f"{level} {self.level_names.get(level, '')}".strip()


_NB = DossierLabels(
    language="nb",
    language_tag="nb-NO",
    title="Kandidatmappe",
    subject="Henvisning til stillingen {position} hos {company}",
    page_of="Side {page} av {pages}",
    generated="Laget {date}",
    letter_heading="Følgebrev",
    to_contact="Att.: {name}",
    to_recruitment="Til rekruttering, {company}",
    regarding="Henvisning: {name} – {position}",
    greeting_contact="Hei {name},",
    greeting_recruitment="Hei,",
    letter_intro=(
        "Vi henviser med dette {name} til stillingen som {position} ved {location}. {name} har hatt "
        "arbeidspraksis hos oss i {site}, der kjøkkenarbeid læres gjennom daglige oppgaver og "
        "jevnlige vurderinger."
    ),
    letter_contents="Vedlagt finner du en mappe som viser:",
    letter_consent=(
        "Mappen er laget med samtykke fra {first_name} og er bare til bruk i rekrutteringen til denne "
        "stillingen. Den skal ikke deles videre."
    ),
    letter_contact="Ta gjerne kontakt med meg hvis du har spørsmål, eller for å avtale et møte.",
    sign_off="Med vennlig hilsen",
    coach_title="Jobbkonsulent, {site}",
    profile_heading="Profil",
    position_sought="Henvist til",
    position_at="{position}, {company} ({location})",
    languages_spoken="Språk",
    job_coach="Jobbkonsulent",
    work_practice="Arbeidspraksis",
    competences_heading="Kompetanse",
    area="Område",
    goal="Mål",
    level="Nivå",
    assessed="Vurdert",
    observed="Observert",
    free_goals="Andre mål",
    levels_note=(
        "Nivået er jobbkonsulentens siste vurdering av hvert mål, gjort i arbeidet på kjøkkenet. Nivåene:"
    ),
    tasks_heading="Oppgaver og stasjoner",
    certificates_heading="Kurs og sertifikater",
    certificate="Kurs eller sertifikat",
    issued="Dato",
    issuer="Utstedt av",
    attendance_heading="Oppmøte",
    attendance_text="Oppmøte i arbeidspraksisen hittil: {rate} av avtalte dager.",
    attendance_note="Regnet av dager med avtalt oppmøte, til og med i dag.",
    accommodations_heading="Tilrettelegging",
    accommodations_note="Beskrevet og godkjent av kandidaten for denne stillingen.",
    statement_heading="Jobbkonsulentens vurdering",
    references_heading="Referanser",
    reference_name="Navn",
    reference_relation="Kjenner kandidaten som",
    reference_phone="Telefon",
    reference_email="E-post",
    references_note="Referansene har sagt ja til å bli kontaktet.",
    signatures_heading="Underskrifter",
    signature_participant="Kandidat",
    signature_coach="Jobbkonsulent",
    signature_date="Dato og underskrift",
    confidential=(
        "Fortrolig: personopplysninger delt med samtykke, bare for rekrutteringen til denne stillingen."
    ),
    holds_competences="kompetanse med nivå og dato for siste vurdering",
    holds_tasks="oppgaver og stasjoner kandidaten mestrer",
    holds_certificates="kurs og sertifikater",
    holds_attendance="oppmøte",
    holds_accommodations="tilrettelegging kandidaten ønsker",
    holds_statement="min vurdering som jobbkonsulent",
    holds_references="referanser",
    level_names={level.level: level.name_nb for level in LEVELS},
    level_descriptions={level.level: level.description_nb for level in LEVELS},
)

_EN = DossierLabels(
    language="en",
    language_tag="en-GB",
    title="Candidate dossier",
    subject="Referral for the position {position} at {company}",
    page_of="Page {page} of {pages}",
    generated="Made on {date}",
    letter_heading="Cover letter",
    to_contact="Attn.: {name}",
    to_recruitment="To recruitment, {company}",
    regarding="Referral: {name} – {position}",
    greeting_contact="Dear {name},",
    greeting_recruitment="Dear recruiter,",
    letter_intro=(
        "We hereby refer {name} to the position of {position} at {location}. {name} has been in work "
        "practice with us at {site}, where kitchen work is learnt through daily tasks and regular "
        "assessments."
    ),
    letter_contents="Enclosed is a dossier that shows:",
    letter_consent=(
        "The dossier is made with the consent of {first_name} and is only for the recruitment to this "
        "position. Please do not pass it on."
    ),
    letter_contact="Please contact me if you have any questions, or to arrange a meeting.",
    sign_off="Kind regards",
    coach_title="Job coach, {site}",
    profile_heading="Profile",
    position_sought="Referred to",
    position_at="{position}, {company} ({location})",
    languages_spoken="Languages",
    job_coach="Job coach",
    work_practice="Work practice",
    competences_heading="Competences",
    area="Area",
    goal="Goal",
    level="Level",
    assessed="Assessed",
    observed="Observed",
    free_goals="Other goals",
    levels_note=(
        "The level is the job coach's latest assessment of each goal, made in the work in the "
        "kitchen. The levels:"
    ),
    tasks_heading="Tasks and stations",
    certificates_heading="Courses and certificates",
    certificate="Course or certificate",
    issued="Date",
    issuer="Issued by",
    attendance_heading="Attendance",
    attendance_text="Attendance in the work practice so far: {rate} of the agreed days.",
    attendance_note="Counted over the days with agreed attendance, up to today.",
    accommodations_heading="Accommodation needs",
    accommodations_note="Described and approved by the candidate for this position.",
    statement_heading="The job coach's assessment",
    references_heading="References",
    reference_name="Name",
    reference_relation="Knows the candidate as",
    reference_phone="Phone",
    reference_email="E-mail",
    references_note="The references have agreed to be contacted.",
    signatures_heading="Signatures",
    signature_participant="Candidate",
    signature_coach="Job coach",
    signature_date="Date and signature",
    confidential=(
        "Confidential: personal data shared with consent, only for the recruitment to this position."
    ),
    holds_competences="competences with the level and date of the latest assessment",
    holds_tasks="tasks and stations the candidate masters",
    holds_certificates="courses and certificates",
    holds_attendance="attendance",
    holds_accommodations="accommodation needs the candidate asks for",
    holds_statement="my assessment as job coach",
    holds_references="references",
    level_names={level.level: level.name_en for level in LEVELS},
    level_descriptions={level.level: level.description_en for level in LEVELS},
)


def dossier_labels(language: str) -> DossierLabels:
    """The dossier's words in `language` ("nb" or "en"; anything else is a programming error)."""
    return {"nb": _NB, "en": _EN}[language]
