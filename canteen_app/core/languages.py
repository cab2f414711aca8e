"""Languages for participant-facing material (PRODUCT.md), as ISO 639 codes, with the name
each language has in its own words."""

from __future__ import annotations

import enum


class Language(enum.StrEnum):
    """Languages for participant-facing material (PRODUCT.md), as ISO 639 codes."""

    NORWEGIAN = "nb"
    ENGLISH = "en"
    ARABIC = "ar"
    SOMALI = "so"
    TIGRINYA = "ti"
    UKRAINIAN = "uk"
    POLISH = "pl"
    DARI = "prs"


# Each language's own name, so a participant recognises it whatever the UI language.
LANGUAGE_ENDONYMS: dict[Language, str] = {
    Language.NORWEGIAN: "Norsk bokmål",
    Language.ENGLISH: "English",
    Language.ARABIC: "العربية",
    Language.SOMALI: "Soomaali",
    Language.TIGRINYA: "ትግርኛ",
    Language.UKRAINIAN: "Українська",
    Language.POLISH: "Polski",
    Language.DARI: "دری",
}
