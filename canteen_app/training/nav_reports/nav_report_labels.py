"""Every word of the NAV reports and the attendance summary, in Norwegian and in English.

The documents are made from the command line too, so their wording lives here and not in
Qt's translations (as the guest report's does); dates and numbers are written through
`canteen_app.core.formatting` (CLDR). The level names come from the competence framework and
NAV's end reasons from `participants.nav`, so every screen and document uses the same words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from canteen_app.core.formatting import LocaleFormat, locale_format
from canteen_app.training.attendance.rules import AttendanceStatus
from canteen_app.training.competence.framework_data import LEVELS
from canteen_app.training.participants.nav import END_REASON_LABELS, END_REASON_NB, EndReason

NOT_AVAILABLE = "–"  # en dash: a rate with no counted day
UNREGISTERED = "—"  # em dash: a counted day with nothing registered


@dataclass(frozen=True)
class NavReportLabels:
    language: str  # "nb" or "en": how dates and numbers are written
    language_tag: str  # BCP 47, written into the PDF for screen readers
    status_title: str
    final_title: str
    attendance_title: str  # {month}
    title_template: str  # {title} {name}: the PDF's title and the header line
    status_subject: str  # {measure} {period}
    final_subject: str  # {measure} {period}
    attendance_subject: str  # {month}
    prepared_by: str
    participant_heading: str
    participant: str
    measure: str
    measure_period: str
    period_running: str  # {start} {end}
    period_ended: str  # {start} {end}
    participation: str
    coach: str
    no_coach: str
    report_period: str
    end_reason: str
    attendance_heading_status: str
    attendance_heading_final: str
    present_days: str
    hours: str
    excused_days: str
    unexcused_days: str
    unregistered_days: str
    attendance_rate: str
    rate_note: str
    tasks_heading: str
    no_tasks: str
    goals_heading: str
    goal: str
    at_start: str
    now: str
    at_end: str  # the final report's latest level
    target: str
    target_by: str  # {date}
    free_goals: str
    not_assessed: str
    no_goals: str
    levels_heading: str
    levels_note: str  # {start} {now} {day}: the levels are as of that day
    summary_heading: str
    no_summary: str
    signature: str
    month_summary: str
    days_heading: str
    date_column: str
    weekday_column: str
    status_column: str
    total: str
    no_days: str
    status_words: dict[AttendanceStatus, str]
    page_of: str  # {page} {pages}
    generated: str  # {date} {time}

    @property
    def formats(self) -> LocaleFormat:
        return locale_format(self.language)

    def generated_text(self, moment: datetime) -> str:
        return self.generated.format(date=self.formats.date_of(moment), time=self.formats.time(moment))

    def period(self, first: date, last: date) -> str:
        """ "01.09.2026–30.11.2026" (one day: just the date)."""
        formats = self.formats
        if first == last:
            return formats.short_date(first)
        return f"{formats.short_date(first)}–{formats.short_date(last)}"

    def level_name(self, level: int) -> str:
        """ "Med støtte" / "With support"."""
        found = LEVELS[level - 1]
        return found.name_en if self.language == "en" else found.name_nb

    def level_description(self, level: int) -> str:
        found = LEVELS[level - 1]
        return found.description_en if self.language == "en" else found.description_nb

    def end_reason_text(self, reason: str | None) -> str:
        """NAV's end reason in the report's language ("Fikk jobb" / "Got a job")."""
        if reason is None:
            return NOT_AVAILABLE
        try:
            value = EndReason(reason)
        except ValueError:
            return reason
        return END_REASON_LABELS[value] if self.language == "en" else END_REASON_NB[value]

    def status_word(self, status: AttendanceStatus | None) -> str:
        return UNREGISTERED if status is None else self.status_words[status]

    def rate_text(self, value: float | None) -> str:
        return NOT_AVAILABLE if value is None else self.formats.percent(value * 100)

    def hours_text(self, value: Decimal) -> str:
        """Hours with up to two decimals as typed: "7,5", "6,25", "112"."""
        places = max(0, -int(value.normalize().as_tuple().exponent))
        return self.formats.decimal(float(value), min(places, 2))

    def weekday(self, day: date) -> str:
        name = self.formats.weekday_name(day.weekday())
        return name[:1].upper() + name[1:]


_NB = NavReportLabels(
    language="nb",
    language_tag="nb-NO",
    status_title="Statusrapport",
    final_title="Sluttrapport",
    attendance_title="Oppmøte {month}",
    title_template="{title} – {name}",
    status_subject="Statusrapport til NAV, {measure}, {period}",
    final_subject="Sluttrapport til NAV, {measure}, {period}",
    attendance_subject="Månedlig oppmøte, {month}",
    prepared_by="Utarbeidet av",
    participant_heading="Deltaker og tiltak",
    participant="Deltaker",
    measure="Tiltak",
    measure_period="Tiltaksperiode",
    period_running="{start}–{end} (planlagt slutt)",
    period_ended="{start}–{end} (avsluttet)",
    participation="Deltakelse",
    coach="Jobbkonsulent",
    no_coach="Ikke tildelt",
    report_period="Rapportperiode",
    end_reason="Sluttårsak",
    attendance_heading_status="Oppmøte i rapportperioden",
    attendance_heading_final="Oppmøte i tiltaksperioden",
    present_days="Dager til stede",
    hours="Timer",
    excused_days="Dager med gyldig fravær",
    unexcused_days="Dager med ugyldig fravær",
    unregistered_days="Dager uten registrering",
    attendance_rate="Oppmøte",
    rate_note=(
        "Oppmøte = dager til stede / (dager til stede + gyldig fravær + ugyldig fravær). "
        "Bare dager kantina er åpen innenfor tiltaksperioden teller, fram til dagen rapporten er laget."
    ),
    tasks_heading="Stasjoner og oppgaver",
    no_tasks="Ingen stasjoner eller oppgaver er ført i opplæringsplanen.",
    goals_heading="Kompetansemål og nivå",
    goal="Kompetansemål",
    at_start="Ved start",
    now="Nå",
    at_end="Ved slutt",
    target="Målnivå",
    target_by="innen {date}",
    free_goals="Andre mål",
    not_assessed="Ikke vurdert",
    no_goals="Opplæringsplanen har ingen mål.",
    levels_heading="Nivåene",
    levels_note=(
        "«{start}» er jobbkonsulentens første vurdering av målet, «{now}» den siste "
        "til og med {day}. "
        "Nivåene beskriver hvor selvstendig oppgaven gjøres:"
    ),
    summary_heading="Jobbkonsulentens vurdering",
    no_summary="Ingen vurdering er skrevet.",
    signature="Dato og underskrift, jobbkonsulent",
    month_summary="Sammendrag",
    days_heading="Dag for dag",
    date_column="Dato",
    weekday_column="Ukedag",
    status_column="Oppmøte",
    total="Totalt",
    no_days="Ingen dager teller denne måneden: kantina er stengt, eller tiltaket løper ikke.",
    status_words={
        AttendanceStatus.PRESENT: "Til stede",
        AttendanceStatus.EXCUSED: "Gyldig fravær",
        AttendanceStatus.UNEXCUSED: "Ugyldig fravær",
    },
    page_of="Side {page} av {pages}",
    generated="Laget {date} kl. {time}",
)

_EN = NavReportLabels(
    language="en",
    language_tag="en-GB",
    status_title="Status report",
    final_title="Final report",
    attendance_title="Attendance {month}",
    title_template="{title} – {name}",
    status_subject="Status report to NAV, {measure}, {period}",
    final_subject="Final report to NAV, {measure}, {period}",
    attendance_subject="Monthly attendance, {month}",
    prepared_by="Prepared by",
    participant_heading="Participant and measure",
    participant="Participant",
    measure="Measure",
    measure_period="Measure period",
    period_running="{start}–{end} (planned end)",
    period_ended="{start}–{end} (ended)",
    participation="Participation",
    coach="Job coach",
    no_coach="Not assigned",
    report_period="Report period",
    end_reason="End reason",
    attendance_heading_status="Attendance in the report period",
    attendance_heading_final="Attendance in the measure period",
    present_days="Days present",
    hours="Hours",
    excused_days="Days of excused absence",
    unexcused_days="Days of unexcused absence",
    unregistered_days="Days not registered",
    attendance_rate="Attendance",
    rate_note=(
        "Attendance = days present / (days present + excused absence + unexcused absence). "
        "Only days the canteen is open within the measure period count, up to the day of the report."
    ),
    tasks_heading="Stations and tasks",
    no_tasks="No stations or tasks are entered in the training plan.",
    goals_heading="Competence goals and levels",
    goal="Competence goal",
    at_start="At start",
    now="Now",
    at_end="At end",
    target="Target",
    target_by="by {date}",
    free_goals="Other goals",
    not_assessed="Not assessed",
    no_goals="The training plan has no goals.",
    levels_heading="The levels",
    levels_note=(
        "“{start}” is the job coach's first assessment of the goal, “{now}” the latest "
        "up to and including {day}. "
        "The levels describe how independently the task is done:"
    ),
    summary_heading="The job coach's summary",
    no_summary="No summary has been written.",
    signature="Date and signature, job coach",
    month_summary="Summary",
    days_heading="Day by day",
    date_column="Date",
    weekday_column="Weekday",
    status_column="Attendance",
    total="Total",
    no_days="No day counts this month: the canteen is closed, or the measure does not run.",
    status_words={
        AttendanceStatus.PRESENT: "Present",
        AttendanceStatus.EXCUSED: "Excused absence",
        AttendanceStatus.UNEXCUSED: "Unexcused absence",
    },
    page_of="Page {page} of {pages}",
    generated="Generated {date}, {time}",
)

_BY_LANGUAGE = {"nb": _NB, "en": _EN}


def nav_report_labels(language: str = "nb") -> NavReportLabels:
    """The NAV reports' words in `language` ("nb" or "en")."""
    try:
        return _BY_LANGUAGE[language]
    except KeyError:
        raise ValueError(f"No NAV report labels for language {language!r}") from None
