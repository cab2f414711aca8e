"""The fixed texts of the material a participant reads (the consent form, the day card), in easy
read, per language, each language with a mark whether a speaker has checked it.

The texts live in resources/participant_texts/<language>.toml, one file per `Language`
(Dari is "prs"): `reviewed`, `reviewer`, `reviewed_on`, and under `[texts]` nested tables whose
keys become dotted keys ("consent.title", "consent.category.photo"). nb.toml is the source;
every language has exactly its keys and placeholders (a test checks it). Texts use
`str.format` placeholders ("Samtykket gjelder til {date}.").

A document with text in a language that is not reviewed says so in a small line, and the app's
preview shows it, so that staff have a speaker check the text (`unreviewed`). A missing language
or key is a programming error and raises.
"""

from __future__ import annotations

import functools
import string
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Any

from canteen_app.core.languages import Language
from canteen_app.core.resources import resource_path

TEXTS_FOLDER = "participant_texts"


@dataclass(frozen=True)
class TextCatalogue:
    """One language's fixed texts."""

    language: str
    reviewed: bool
    texts: Mapping[str, str]
    reviewer: str = ""  # who checked the texts (empty while not reviewed)
    reviewed_on: date | None = None

    def text(self, key: str, **values: object) -> str:
        """The text under `key` with its placeholders filled in; a key the catalogue lacks, or a
        placeholder left without a value, raises KeyError."""
        try:
            template = self.texts[key]
        except KeyError:
            raise KeyError(f"no participant text {key!r} in {self.language!r}") from None
        return template.format(**values)


@functools.cache
def catalogue(language: str) -> TextCatalogue:
    """The texts of `language` (one of `Language`'s codes: "nb", "ar", "prs", ...), read once."""
    code = Language(language).value  # raises ValueError for a language we have no texts for
    path = resource_path(TEXTS_FOLDER, f"{code}.toml")
    with path.open("rb") as file:
        data = tomllib.load(file)
    if data.get("language") != code:
        raise ValueError(f"{path.name} says it is {data.get('language')!r}, not {code!r}")
    reviewed = data.get("reviewed")
    if not isinstance(reviewed, bool):
        raise ValueError(f"{path.name}: `reviewed` must be true or false")
    reviewer = str(data.get("reviewer") or "")
    reviewed_on = data.get("reviewed_on") or None
    if reviewed_on is not None and not isinstance(reviewed_on, date):
        raise ValueError(f"{path.name}: `reviewed_on` must be a date (2026-11-29) or empty")
    if reviewed and not (reviewer and reviewed_on):
        raise ValueError(f"{path.name}: a reviewed language names its reviewer and the day")
    texts: dict[str, str] = {}
    _flatten(data.get("texts", {}), "", texts, path.name)
    return TextCatalogue(code, reviewed, MappingProxyType(texts), reviewer, reviewed_on)


def _flatten(table: Mapping[str, Any], prefix: str, into: dict[str, str], file_name: str) -> None:
    for key, value in table.items():
        if isinstance(value, Mapping):
            _flatten(value, f"{prefix}{key}.", into, file_name)
        elif isinstance(value, str):
            into[prefix + key] = value
        else:
            raise ValueError(f"{file_name}: {prefix}{key} is not a text")


def unreviewed(languages: Iterable[str]) -> tuple[str, ...]:
    """The languages among `languages` whose texts no speaker has checked, each once, in order."""
    found: list[str] = []
    for language in languages:
        if not catalogue(language).reviewed and language not in found:
            found.append(language)
    return tuple(found)


def placeholders(template: str) -> frozenset[str]:
    """The names of the placeholders in a text: "Stasjon: {station}" -> {"station"}."""
    return frozenset(name for _text, name, _spec, _conversion in string.Formatter().parse(template) if name)
