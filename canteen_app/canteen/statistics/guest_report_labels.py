"""Every user-visible word of the guest report, per language.

The core gets no translations from Qt here: reports are also made from the command line, so the
report's wording lives with the report. How dates, times and numbers are written, and the names
of months and weekdays, come from CLDR through `canteen_app.core.formatting`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from canteen_app.core.formatting import LocaleFormat, locale_format

NOT_AVAILABLE = "–"  # en dash: shown where a number cannot be computed (e.g. change from 0)


@dataclass(frozen=True)
class GuestReportLabels:
    language: str  # our language code ("nb", "en"): dates and numbers are written its way
    language_tag: str  # BCP 47, written into the PDF for screen readers
    report_title: str
    title_template: str  # {title} {period}
    subject_template: str  # {site} {period}
    prepared_by: str
    summary_heading: str
    this_month: str
    previous_month: str
    change: str
    total_guests: str
    open_days: str
    average_per_open_day: str
    average: str
    chart_heading: str
    weekday_heading: str
    weekday: str
    daily_heading: str
    date_column: str
    total: str
    closed_because: str  # {reason}
    no_guests: str
    page_of: str  # {page} {pages}
    generated: str  # {date} {time}, both in Oslo time

    @property
    def formats(self) -> LocaleFormat:
        return locale_format(self.language)

    def generated_text(self, moment: datetime) -> str:
        formats = self.formats
        return self.generated.format(date=formats.date_of(moment), time=formats.time(moment))


_NB = GuestReportLabels(
    language="nb",
    language_tag="nb-NO",
    report_title="Gjesterapport",
    title_template="{title} {period}",
    subject_template="Gjester i {site}, {period}",
    prepared_by="Utarbeidet av",
    summary_heading="Sammendrag",
    this_month="Denne måneden",
    previous_month="Forrige måned",
    change="Endring",
    total_guests="Gjester totalt",
    open_days="Åpne dager",
    average_per_open_day="Gjennomsnitt per åpen dag",
    average="Gjennomsnitt",
    chart_heading="Gjester per dag",
    weekday_heading="Gjennomsnitt per ukedag",
    weekday="Ukedag",
    daily_heading="Gjester per dag og kategori",
    date_column="Dato",
    total="Totalt",
    closed_because="Stengt: {reason}",
    no_guests="Ingen gjester registrert denne måneden.",
    page_of="Side {page} av {pages}",
    generated="Laget {date} kl. {time}",
)

_EN = GuestReportLabels(
    language="en",
    language_tag="en-GB",
    report_title="Guest report",
    title_template="{title} {period}",
    subject_template="Guests at {site}, {period}",
    prepared_by="Prepared by",
    summary_heading="Summary",
    this_month="This month",
    previous_month="Previous month",
    change="Change",
    total_guests="Total guests",
    open_days="Open days",
    average_per_open_day="Average per open day",
    average="Average",
    chart_heading="Guests per day",
    weekday_heading="Average per weekday",
    weekday="Weekday",
    daily_heading="Guests per day and category",
    date_column="Date",
    total="Total",
    closed_because="Closed: {reason}",
    no_guests="No guests were recorded this month.",
    page_of="Page {page} of {pages}",
    generated="Generated {date}, {time}",
)

_BY_LANGUAGE = {"nb": _NB, "en": _EN}


def guest_report_labels(lang: str = "nb") -> GuestReportLabels:
    """The guest report's words in `lang` ("nb" or "en")."""
    try:
        return _BY_LANGUAGE[lang]
    except KeyError:
        raise ValueError(f"No guest report labels for language {lang!r}") from None
