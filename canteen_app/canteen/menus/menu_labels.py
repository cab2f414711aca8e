"""Every word of the printed week menu and allergen poster, in Norwegian and in English.

The documents are Norwegian first: the law asks for the allergens in Norwegian, so the
Norwegian words are always printed, and a document "in English" prints the English words
beside or below them. As with the guest report, the wording lives here and not in Qt's
translations, because the documents are also made from the command line; dates come from
CLDR through `canteen_app.core.formatting`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from canteen_app.core.formatting import LocaleFormat, locale_format

LANGUAGES = ("nb", "en")


@dataclass(frozen=True)
class MenuLabels:
    language: str  # "nb" or "en": how dates are written
    week_menu_title: str  # {week}
    poster_title_day: str  # {day}
    poster_title_week: str  # {week}
    poster_title_range: str  # {first} {last}
    period_template: str  # {first} {last}
    week_menu_subject: str  # {site} {period}
    poster_subject: str  # {site} {period}
    closed: str
    nothing_planned: str
    contains: str
    may_contain: str  # followed by the allergen words
    no_allergens: str
    vegetarian: str
    vegan: str
    legend_heading: str
    ask_us: str
    trace_explanation: str
    page_of: str  # {page} {pages}
    generated: str  # {date} {time}

    @property
    def formats(self) -> LocaleFormat:
        return locale_format(self.language)

    def generated_text(self, moment: datetime) -> str:
        return self.generated.format(date=self.formats.date_of(moment), time=self.formats.time(moment))

    def weekday_and_date(self, day: date) -> str:
        """ "Onsdag 25. november" / "Wednesday, 25 November"."""
        return _capitalised(self.formats.weekday_day_month(day))

    def full_date(self, day: date) -> str:
        """ "onsdag 25. november 2026" / "Wednesday, 25 November 2026"."""
        return self.formats.full_date(day)

    def period(self, first: date, last: date) -> str:
        """ "23. november 2026 – 27. november 2026"; one day is "26. november 2026"."""
        formats = self.formats
        if first == last:
            return formats.long_date(first)
        return self.period_template.format(first=formats.long_date(first), last=formats.long_date(last))


NB = MenuLabels(
    language="nb",
    week_menu_title="Meny uke {week}",
    poster_title_day="Allergener i dag – {day}",
    poster_title_week="Allergener uke {week}",
    poster_title_range="Allergener {first} – {last}",
    period_template="{first} – {last}",
    week_menu_subject="Ukemeny for {site}, {period}",
    poster_subject="Allergener i rettene på {site}, {period}",
    closed="Stengt",
    nothing_planned="Ingen meny lagt inn",
    contains="Allergener",
    may_contain="Kan inneholde spor av",
    no_allergens="Ingen av de 14 allergenene",
    vegetarian="vegetar",
    vegan="vegansk",
    legend_heading="De 14 allergenene",
    ask_us="Spør oss om allergener",
    trace_explanation=(
        "«Kan inneholde spor av» betyr at retten ikke har ingrediensen, men kan ha kommet i kontakt "
        "med den under produksjon hos leverandøren eller på kjøkkenet."
    ),
    page_of="Side {page} av {pages}",
    generated="Laget {date} kl. {time}",
)

EN = MenuLabels(
    language="en",
    week_menu_title="Menu week {week}",
    poster_title_day="Allergens today – {day}",
    poster_title_week="Allergens week {week}",
    poster_title_range="Allergens {first} – {last}",
    period_template="{first} – {last}",
    week_menu_subject="Week menu for {site}, {period}",
    poster_subject="Allergens in the dishes at {site}, {period}",
    closed="Closed",
    nothing_planned="No menu entered",
    contains="Allergens",
    may_contain="May contain traces of",
    no_allergens="None of the 14 allergens",
    vegetarian="vegetarian",
    vegan="vegan",
    legend_heading="The 14 allergens",
    ask_us="Ask us about allergens",
    trace_explanation=(
        "“May contain traces of” means that the dish does not have the ingredient, but may have "
        "come into contact with it during production at the supplier or in the kitchen."
    ),
    page_of="Page {page} of {pages}",
    generated="Generated {date}, {time}",
)


def check_language(language: str) -> str:
    """`language` if the menus can be printed in it ("nb" or "en"), else ValueError."""
    if language not in LANGUAGES:
        raise ValueError(f"Menus are printed in Norwegian (nb) or with English (en), not {language!r}")
    return language


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
