"""The day card's words for the staff: its file's title and subject, the footer, and the notes
that tell the coach what the card could not do (a step not translated, steps left out to keep
to one page, a translation no speaker has checked). What the participant reads comes from the
participant texts (`canteen_app/documents/participant_texts.py`), in both of the card's
languages; these notes are in the canteen's language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from canteen_app.core.formatting import LocaleFormat, locale_format


@dataclass(frozen=True)
class DayCardLabels:
    language: str
    language_tag: str  # BCP 47, written into the PDF
    title: str  # {name} {date}: the PDF's title and the header line
    subject: str  # {station}
    page_of: str  # {page} {pages}
    generated: str  # {date} {time}
    not_translated: str  # {count} {language}
    shortened: str  # {count}
    unreviewed: str  # {language}

    @property
    def formats(self) -> LocaleFormat:
        return locale_format(self.language)

    def generated_text(self, moment: datetime) -> str:
        return self.generated.format(date=self.formats.date_of(moment), time=self.formats.time(moment))


_NB = DayCardLabels(
    language="nb",
    language_tag="nb-NO",
    title="Dagskort – {name} – {date}",
    subject="Dagens stasjon og oppgaver: {station}",
    page_of="Side {page} av {pages}",
    generated="Laget {date} kl. {time}",
    not_translated=(
        "Til jobbkonsulenten: {count} steg står bare på norsk; oversettelsen til {language} mangler "
        "i oppgavebiblioteket."
    ),
    shortened=(
        "Til jobbkonsulenten: kortet har plass til én side, så {count} steg er utelatt. "
        "Del dagen på to kort, eller velg færre oppgaver."
    ),
    unreviewed="Til jobbkonsulenten: teksten på {language} er ikke kontrollert av noen som snakker språket.",
)

_EN = DayCardLabels(
    language="en",
    language_tag="en-GB",
    title="Day card – {name} – {date}",
    subject="Today's station and tasks: {station}",
    page_of="Page {page} of {pages}",
    generated="Generated {date}, {time}",
    not_translated=(
        "For the job coach: {count} step(s) are in Norwegian only; the translation into {language} is "
        "missing in the task library."
    ),
    shortened=(
        "For the job coach: the card keeps to one page, so {count} step(s) were left out. "
        "Split the day over two cards, or choose fewer tasks."
    ),
    unreviewed="For the job coach: the {language} text has not been checked by a speaker of the language.",
)

_BY_LANGUAGE = {"nb": _NB, "en": _EN}


def day_card_labels(language: str = "nb") -> DayCardLabels:
    """The day card's staff words in `language` ("nb" or "en")."""
    try:
        return _BY_LANGUAGE[language]
    except KeyError:
        raise ValueError(f"No day card labels for language {language!r}") from None
