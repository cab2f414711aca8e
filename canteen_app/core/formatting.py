"""Dates, times and numbers written the way a language writes them, from CLDR (through Babel).

Every document uses this for its language ("nb", "en", later the participants' languages), so
that no document hand-types a month name or a number format. Qt is not involved: documents
are also made from the command line, and a PDF must not depend on the PC it was made on.

Every time is written in the canteen's wall-clock time (Europe/Oslo), whatever zone the PC
is set to; stored times are aware UTC (a naive one is taken as UTC).
"""

from __future__ import annotations

import copy
import functools
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal

from babel import Locale
from babel.dates import format_date, format_skeleton, format_time, get_day_names, get_month_names
from babel.numbers import NumberPattern, get_minus_sign_symbol, get_plus_sign_symbol

from canteen_app.core.dates import SITE_TIMEZONE
from canteen_app.core.languages import cldr_locale


@dataclass(frozen=True)
class LocaleFormat:
    """How one language writes dates, times and numbers."""

    language: str
    locale: Locale

    # --- dates -----------------------------------------------------------------------------

    def short_date(self, day: date) -> str:
        """The short numeric date: "02.11.2026" in Norwegian, "02/11/2026" in English."""
        return format_date(day, "short", locale=self.locale)

    def long_date(self, day: date) -> str:
        """ "2. november 2026" / "2 November 2026"."""
        return format_date(day, "long", locale=self.locale)

    def day_month(self, day: date) -> str:
        """Day and abbreviated month, as on a chart axis: "2. nov." / "2 Nov"."""
        return format_skeleton("MMMd", day, locale=self.locale)

    def weekday_day_month(self, day: date) -> str:
        """The full date without its year: "søndag 8. mars" / "Sunday, 8 March"."""
        # CLDR has no such format of its own for every language (Norwegian's nearest skeleton
        # abbreviates the weekday and drops the dot), so the full date loses its year field.
        full = self.locale.date_formats["full"].pattern
        return format_date(day, _without_year(full), locale=self.locale)

    def full_date(self, day: date) -> str:
        """The date with its weekday: "onsdag 25. november 2026" / "Wednesday, 25 November 2026"."""
        return format_date(day, "full", locale=self.locale)

    def month_year(self, day: date) -> str:
        """The month of `day` in running text: "april 2025" / "April 2025"."""
        return format_skeleton("yMMMM", day, locale=self.locale)

    def short_month_year(self, day: date) -> str:
        """ "nov. 2026" / "Nov 2026"."""
        return format_skeleton("yMMM", day, locale=self.locale)

    def short_month(self, day: date) -> str:
        """ "nov." / "Nov": abbreviated as in "nov. 2026" and "2. nov.", so that the labels of
        one axis agree (CLDR's stand-alone Norwegian form has no full stop)."""
        return str(get_month_names("abbreviated", "format", self.locale)[day.month])

    def month_name(self, month: int) -> str:
        """The month's name standing alone: "mars" / "March" (1 = January)."""
        return str(get_month_names("wide", "stand-alone", self.locale)[month])

    def weekday_name(self, weekday: int) -> str:
        """ "mandag" / "Monday" (0 = Monday, as `date.weekday()`)."""
        return str(get_day_names("wide", "format", self.locale)[weekday])

    def weekday_abbreviation(self, weekday: int) -> str:
        """The shortest clear form, for narrow columns and axes: "ma." / "Mo"."""
        return str(get_day_names("short", "format", self.locale)[weekday])

    # --- times (always Oslo time) ------------------------------------------------------------

    def time(self, moment: datetime) -> str:
        """Hours and minutes in Oslo time: "14:05"."""
        return format_time(_in_oslo(moment), "short", locale=self.locale)

    def date_of(self, moment: datetime) -> str:
        """The date in Oslo of a stored time (00:30 in Oslo is still 22:30 the day before in UTC)."""
        return self.short_date(_in_oslo(moment).date())

    def timestamp(self, moment: datetime) -> str:
        """Date, hours and minutes in Oslo time: "27.11.2026, 14:05"."""
        return f"{self.date_of(moment)}, {self.time(moment)}"

    # --- numbers -----------------------------------------------------------------------------

    def integer(self, value: int) -> str:
        """ "1 234" / "1,234" (Norwegian groups with a no-break space, so it never breaks)."""
        return self._apply(self._decimal_pattern(0), value)

    def decimal(self, value: float, places: int = 1) -> str:
        """A fixed number of decimals, rounded half up as people round: 205.25 -> "205,3"."""
        return self._apply(self._decimal_pattern(places), _rounded(value, places))

    def signed_integer(self, value: int) -> str:
        """A difference with its sign: "+1", "−2", "0"."""
        return self._plus(value) + self.integer(value)

    def percent(self, value: float, places: int = 1) -> str:
        """`value` in percent: 5.7 -> "5,7 %" / "5.7%"."""
        return self._apply(self._percent_pattern(places), _rounded(value, places) / 100)

    def signed_percent(self, value: float, places: int = 1) -> str:
        """A change in percent with its sign: "+5,7 %", "−100,0 %"; one that rounds to 0 has none."""
        rounded = _rounded(value, places)
        return self._plus(rounded) + self.percent(float(rounded), places)

    def _plus(self, value: int | Decimal) -> str:
        # The minus sign comes with the number itself; a plus is added by hand.
        return get_plus_sign_symbol(self.locale) if value > 0 else ""

    def _apply(self, pattern: NumberPattern, value: int | Decimal) -> str:
        # Babel writes a hyphen for a negative number; CLDR's minus sign for Norwegian is "−".
        text = str(pattern.apply(value, self.locale))
        return text.replace("-", get_minus_sign_symbol(self.locale), 1)

    def _decimal_pattern(self, places: int) -> NumberPattern:
        return _with_places(self.locale.decimal_formats[None], places)

    def _percent_pattern(self, places: int) -> NumberPattern:
        return _with_places(self.locale.percent_formats[None], places)


def _without_year(pattern: str) -> str:
    """A CLDR date pattern without its year field, with the separator or quoted word that
    belongs to the year ("EEEE d. MMMM y" -> "EEEE d. MMMM"; Ukrainian's "y 'р'." too)."""
    return _YEAR_FIELD.sub("", pattern).strip(" ,،")


_YEAR_FIELD = re.compile(r"[\s,،]*\by+\b(?:\s*'[^']*'\.?)?")


def _with_places(pattern: NumberPattern, places: int) -> NumberPattern:
    """The locale's own pattern (grouping, where the % goes) with exactly `places` decimals."""
    fixed = copy.copy(pattern)
    fixed.frac_prec = (places, places)
    return fixed


def _rounded(value: float, places: int) -> Decimal:
    rounded = Decimal(repr(value)).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
    return abs(rounded) if rounded.is_zero() else rounded  # never "−0,0"


def _in_oslo(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(SITE_TIMEZONE)


@functools.cache
def locale_format(language: str) -> LocaleFormat:
    """The formats of one of our languages ("nb", "en", "ar", ...)."""
    return LocaleFormat(language, cldr_locale(language))


def preload(language: str) -> None:
    """Read the language's CLDR data (Babel's pickles, some 15 ms) now: a worker calls this at
    start-up, so that the first date a screen shows does not read it on the GUI thread."""
    formats = locale_format(language)
    today = date.today()
    formats.weekday_day_month(today)
    formats.day_month(today)
    formats.integer(0)
