"""Every word of a participant's archive document, in Norwegian and in English.

As for the other documents, the wording lives here and not in Qt's translations (documents are
also made from the command line); dates and numbers come from CLDR through
`canteen_app.core.formatting`. The section and field titles come with the data, from the
features that hold it (`ArchiveSection`, `ArchiveField`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from canteen_app.core.formatting import LocaleFormat, locale_format
from canteen_app.platform.retention.rules import ErasureMode

LANGUAGES = ("nb", "en")


@dataclass(frozen=True)
class ArchiveLabels:
    language: str
    title: str  # {id}
    subject: str  # {site}
    heading: str  # {name}
    archived: str  # {date} {time} {actor}
    retention: str  # {months} {ended}
    then_deleted: str
    then_anonymised: str
    confidential: str
    json_note: str  # {file}
    nothing: str
    rows: str  # {count}
    yes: str
    no: str
    photo: str  # {size}
    page_of: str  # {page} {pages}
    generated: str  # {date} {time}

    @property
    def formats(self) -> LocaleFormat:
        return locale_format(self.language)

    def generated_text(self, moment: datetime) -> str:
        return self.generated.format(date=self.formats.date_of(moment), time=self.formats.time(moment))

    def erasure(self, mode: ErasureMode) -> str:
        return self.then_deleted if mode is ErasureMode.DELETE else self.then_anonymised


NB = ArchiveLabels(
    language="nb",
    title="Arkiv: deltaker nr. {id}",
    subject="Arkivert deltakermappe fra {site}",
    heading="Deltakermappe – {name}",
    archived="Arkivert {date} kl. {time} av {actor}.",
    retention="Tiltaket ble avsluttet {ended}; oppbevaringstiden er {months} måneder etter avslutning.",
    then_deleted="Etter arkiveringen ble personopplysningene slettet fra programmet.",
    then_anonymised=(
        "Etter arkiveringen ble personopplysningene anonymisert i programmet; oppmøte og nivåer "
        "står igjen uten navn, til anonym statistikk."
    ),
    confidential=(
        "Fortrolig. Dokumentet inneholder særlige kategorier av personopplysninger "
        "(tilrettelegging, fraværsgrunner) og skal oppbevares etter kommunens arkivplan."
    ),
    json_note="De samme opplysningene finnes maskinlesbart i {file}.",
    nothing="Ingen registreringer.",
    rows="{count} rader",
    yes="ja",
    no="nei",
    photo="bilde ({size} kB, i JSON-filen)",
    page_of="Side {page} av {pages}",
    generated="Laget {date} kl. {time}",
)

EN = ArchiveLabels(
    language="en",
    title="Archive: participant no. {id}",
    subject="Archived participant file from {site}",
    heading="Participant file – {name}",
    archived="Archived {date} at {time} by {actor}.",
    retention="The measure ended {ended}; the data is kept for {months} months after the end.",
    then_deleted="After archiving, the personal data was deleted from the program.",
    then_anonymised=(
        "After archiving, the personal data was anonymised in the program; attendance and levels "
        "remain without a name, for anonymous statistics."
    ),
    confidential=(
        "Confidential. This document holds special categories of personal data (support needs, "
        "reasons for absence) and is to be kept as the municipality's archive plan says."
    ),
    json_note="The same data, machine-readable, is in {file}.",
    nothing="Nothing registered.",
    rows="{count} rows",
    yes="yes",
    no="no",
    photo="photo ({size} kB, in the JSON file)",
    page_of="Page {page} of {pages}",
    generated="Generated {date}, {time}",
)


def labels_for(language: str) -> ArchiveLabels:
    if language not in LANGUAGES:
        raise ValueError(f"The archive is written in Norwegian (nb) or English (en), not {language!r}")
    return EN if language == "en" else NB
