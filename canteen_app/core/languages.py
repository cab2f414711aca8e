"""Languages for participant-facing material (PRODUCT.md), as ISO 639 codes, and their names
from CLDR (through Babel): each language's name in the reader's language and in its own."""

from __future__ import annotations

import enum
import functools

from babel import Locale


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


# The CLDR locale each language is written in. English is British English, as in the UI
# (day before month, 24-hour clock); CLDR knows Dari as Persian of Afghanistan.
CLDR_LOCALES: dict[Language, str] = {
    Language.NORWEGIAN: "nb_NO",
    Language.ENGLISH: "en_GB",
    Language.ARABIC: "ar",
    Language.SOMALI: "so",
    Language.TIGRINYA: "ti",
    Language.UKRAINIAN: "uk",
    Language.POLISH: "pl",
    Language.DARI: "fa_AF",
}

# CLDR's key for a language in its tables of language names.
_CLDR_LANGUAGE_KEYS: dict[Language, str] = {Language.DARI: "fa_AF"}


@functools.cache
def cldr_locale(language: str) -> Locale:
    """The Babel locale for one of our language codes ("nb", "prs", ...)."""
    return Locale.parse(CLDR_LOCALES[Language(language)])


def _capitalised(text: str) -> str:
    # A name standing alone in a list starts with a capital ("Norsk bokmål", "Polski").
    return text[:1].upper() + text[1:]


def name_in(language: Language, reader_language: str) -> str:
    """The language's name in the reader's language, e.g. Arabic in Norwegian: "Arabisk"."""
    key = _CLDR_LANGUAGE_KEYS.get(language, language.value)
    return _capitalised(cldr_locale(reader_language).languages[key])


def endonym(language: Language) -> str:
    """The language's own name, which its speakers recognise whatever the UI language."""
    return name_in(language, language.value)


def language_label(language: Language, reader_language: str) -> str:
    """How a list of languages names one: "Arabisk (العربية)", or "Norsk bokmål" once when the
    reader's name for it is its own."""
    own = endonym(language)
    name = name_in(language, reader_language)
    return own if name == own else f"{name} ({own})"
