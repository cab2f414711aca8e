"""Every user-visible word of the reports, per language, plus how numbers and dates are written.

The core gets no translations from Qt here: reports are also made from the command line, so the
report wording lives with the report. Formatting is done by hand rather than with `locale`,
because Qt changes the process locale and a PDF must not depend on the PC it was made on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from canteen_app.core.dates import SITE_TIMEZONE

NOT_AVAILABLE = "–"  # en dash: shown where a number cannot be computed (e.g. change from 0)


@dataclass(frozen=True)
class NumberFormat:
    thousands_separator: str
    decimal_separator: str
    percent_template: str  # "{value} %" or "{value}%"
    minus_sign: str = "\u2212"

    def integer(self, value: int) -> str:
        return self._swap(f"{value:,d}")

    def decimal(self, value: float, places: int = 1) -> str:
        # Round half up, as people do by hand (format() would write 205,25 as "205,2").
        rounded = Decimal(repr(value)).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
        if rounded.is_zero():
            rounded = abs(rounded)  # never "−0,0"
        return self._swap(f"{rounded:,.{places}f}")

    def signed_integer(self, value: int) -> str:
        return ("+" if value > 0 else "") + self.integer(value)

    def signed_percent(self, value: float, places: int = 1) -> str:
        """A change in percent with its sign, e.g. "+5,7 %"; a value that rounds to 0 has none."""
        text = self.decimal(abs(value), places)
        if round(value, places) > 0:
            text = "+" + text
        elif round(value, places) < 0:
            text = "-" + text
        return self._swap_minus(self.percent_template.format(value=text))

    def _swap(self, text: str) -> str:
        # Python writes "1,234.5"; a placeholder keeps the two swaps from colliding.
        swapped = text.replace(",", "\0").replace(".", self.decimal_separator)
        return self._swap_minus(swapped.replace("\0", self.thousands_separator))

    def _swap_minus(self, text: str) -> str:
        return text.replace("-", self.minus_sign)


# A no-break space keeps "1 234" and "5,7 %" together at a line end.
NORWEGIAN_NUMBERS = NumberFormat(
    thousands_separator="\u00a0",
    decimal_separator=",",
    percent_template="{value}\u00a0%",
)
ENGLISH_NUMBERS = NumberFormat(thousands_separator=",", decimal_separator=".", percent_template="{value}%")


@dataclass(frozen=True)
class GuestReportLabels:
    language_tag: str  # BCP 47, written into the PDF for screen readers
    numbers: NumberFormat
    report_title: str
    title_template: str  # {title} {month} {year}
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
    no_guests: str
    page_of: str  # {page} {pages}
    generated: str  # {timestamp}
    weekday_names: tuple[str, ...]  # Monday first
    weekday_abbreviations: tuple[str, ...]
    month_names: tuple[str, ...]  # January first
    date_format: str
    timestamp_format: str

    def month_name(self, month: int) -> str:
        return self.month_names[month - 1]

    def period(self, month: date) -> str:
        """The reported month as written in running text, e.g. "mars 2025"."""
        return f"{self.month_name(month.month)} {month.year}"

    def format_date(self, day: date) -> str:
        # Only numeric strftime codes: they do not depend on the process locale.
        return day.strftime(self.date_format)

    def format_timestamp(self, moment: datetime) -> str:
        # The database clock is UTC; a reader expects the canteen's wall-clock time.
        if moment.tzinfo is not None:
            moment = moment.astimezone(SITE_TIMEZONE)
        return moment.strftime(self.timestamp_format)


_NB = GuestReportLabels(
    language_tag="nb-NO",
    numbers=NORWEGIAN_NUMBERS,
    report_title="Gjesterapport",
    title_template="{title} {month} {year}",
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
    no_guests="Ingen gjester registrert denne måneden.",
    page_of="Side {page} av {pages}",
    generated="Laget {timestamp}",
    weekday_names=(
        "mandag",
        "tirsdag",
        "onsdag",
        "torsdag",
        "fredag",
        "lørdag",
        "søndag",
    ),
    weekday_abbreviations=("ma", "ti", "on", "to", "fr", "lø", "sø"),
    month_names=(
        "januar",
        "februar",
        "mars",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
    ),
    date_format="%d.%m.%Y",
    timestamp_format="%d.%m.%Y kl. %H:%M",
)

_EN = GuestReportLabels(
    language_tag="en-GB",
    numbers=ENGLISH_NUMBERS,
    report_title="Guest report",
    title_template="{title} {month} {year}",
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
    no_guests="No guests were recorded this month.",
    page_of="Page {page} of {pages}",
    generated="Generated {timestamp}",
    weekday_names=(
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ),
    weekday_abbreviations=("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"),
    month_names=(
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    date_format="%d/%m/%Y",
    timestamp_format="%d/%m/%Y %H:%M",
)

_BY_LANGUAGE = {"nb": _NB, "en": _EN}


def guest_report_labels(lang: str = "nb") -> GuestReportLabels:
    """The guest report's words in `lang` ("nb" or "en")."""
    try:
        return _BY_LANGUAGE[lang]
    except KeyError:
        raise ValueError(f"No guest report labels for language {lang!r}") from None
