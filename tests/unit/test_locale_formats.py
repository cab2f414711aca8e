"""Dates, times and numbers per language come from CLDR (Babel), in Oslo time."""

from __future__ import annotations

import ast
import contextlib
import tokenize
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from babel.numbers import parse_decimal
from hypothesis import given
from hypothesis import strategies as st

from canteen_app.core.formatting import locale_format
from canteen_app.core.languages import CLDR_LOCALES, Language, language_label

NBSP = "\u00a0"
MINUS = "\u2212"
ROOT = Path(__file__).resolve().parents[2]


def test_norwegian_dates_and_names() -> None:
    nb = locale_format("nb")
    day = date(2026, 11, 2)
    assert nb.short_date(day) == "02.11.2026"
    assert nb.long_date(day) == "2. november 2026"
    assert nb.day_month(day) == "2. nov."  # the chart axes' labels
    assert nb.month_year(date(2025, 3, 1)) == "mars 2025"
    assert nb.short_month_year(day) == "nov. 2026"
    assert [nb.month_name(month) for month in (1, 5, 12)] == ["januar", "mai", "desember"]
    assert [nb.weekday_name(weekday) for weekday in (0, 5, 6)] == ["mandag", "lørdag", "søndag"]
    assert nb.weekday_abbreviation(1) == "ti."
    assert nb.weekday_day_month(date(2099, 3, 8)) == "søndag 8. mars"  # the kiosk's date


def test_the_date_without_year_drops_the_years_own_words() -> None:
    assert locale_format("en").weekday_day_month(date(2099, 3, 8)) == "Sunday, 8 March"
    assert locale_format("uk").weekday_day_month(date(2099, 3, 8)) == "неділя, 8 березня"  # no "р."


def test_english_is_british_english() -> None:
    en = locale_format("en")
    day = date(2026, 11, 2)
    assert en.short_date(day) == "02/11/2026"
    assert en.day_month(day) == "2 Nov"
    assert en.month_year(date(2025, 3, 1)) == "March 2025"
    assert en.weekday_name(0) == "Monday"
    assert en.time(datetime(2026, 11, 2, 13, 5, tzinfo=UTC)) == "14:05"  # 24-hour clock


def test_norwegian_numbers() -> None:
    nb = locale_format("nb")
    assert nb.integer(1_234_567) == f"1{NBSP}234{NBSP}567"  # never broken at a line end
    assert nb.integer(-5) == f"{MINUS}5"
    assert nb.decimal(205.25) == "205,3"  # half up, as people round
    assert nb.decimal(-0.04) == "0,0"  # never "−0,0"
    assert nb.signed_integer(1) == "+1"
    assert nb.signed_integer(0) == "0"
    assert nb.signed_integer(-2) == f"{MINUS}2"
    assert nb.signed_percent(5.75) == f"+5,8{NBSP}%"
    assert nb.signed_percent(-100) == f"{MINUS}100,0{NBSP}%"
    assert nb.signed_percent(0.04) == f"0,0{NBSP}%"


def test_english_numbers() -> None:
    en = locale_format("en")
    assert en.integer(1234) == "1,234"
    assert en.decimal(187.44) == "187.4"
    assert en.signed_percent(5.7) == "+5.7%"


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        # Summer time: 22:30 UTC is already the next day in Oslo.
        (datetime(2026, 7, 1, 22, 30, tzinfo=UTC), "02.07.2026, 00:30"),
        # Winter time: one hour ahead.
        (datetime(2026, 1, 1, 23, 30, tzinfo=UTC), "02.01.2026, 00:30"),
        # A naive time is a stored UTC time.
        (datetime(2026, 1, 1, 11, 0), "01.01.2026, 12:00"),
    ],
)
def test_times_are_written_in_oslo_time(moment: datetime, expected: str) -> None:
    assert locale_format("nb").timestamp(moment) == expected


@pytest.mark.parametrize("language", list(Language))
def test_every_participant_language_has_its_own_cldr_names(language: Language) -> None:
    formats = locale_format(language.value)
    months = [formats.month_name(month) for month in range(1, 13)]
    weekdays = [formats.weekday_name(weekday) for weekday in range(7)]
    assert len(set(months)) == 12 and all(months)
    assert len(set(weekdays)) == 7 and all(weekdays)
    if language is not Language.ENGLISH:
        assert months != [locale_format("en").month_name(month) for month in range(1, 13)]


def test_arabic_and_tigrinya_month_names_are_in_their_scripts() -> None:
    assert locale_format("ar").month_name(11) == "نوفمبر"
    assert locale_format("ti").month_name(11) == "ሕዳር"


@given(st.floats(min_value=-1e7, max_value=1e7, allow_nan=False), st.sampled_from(["nb", "en", "pl"]))
def test_a_written_decimal_reads_back_as_the_rounded_value(value: float, language: str) -> None:
    formats = locale_format(language)
    text = formats.decimal(value, 2).replace(MINUS, "-")
    expected = Decimal(repr(value)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    assert parse_decimal(text, locale=CLDR_LOCALES[Language(language)], strict=True) == expected


def test_language_list_names_each_language_in_the_ui_language_then_its_own() -> None:
    assert language_label(Language.ARABIC, "nb") == "Arabisk (العربية)"
    assert language_label(Language.ARABIC, "en") == "Arabic (العربية)"
    assert language_label(Language.TIGRINYA, "nb") == "Tigrinja (ትግርኛ)"
    assert language_label(Language.DARI, "en") == "Dari (دری)"
    assert language_label(Language.UKRAINIAN, "nb") == "Ukrainsk (Українська)"
    # Named once when the reader's name for it is its own.
    assert language_label(Language.NORWEGIAN, "nb") == "Norsk bokmål"
    assert language_label(Language.NORWEGIAN, "en") == "Norwegian Bokmål (Norsk bokmål)"
    assert language_label(Language.ENGLISH, "en") == "English"


def _string_literals(path: Path) -> list[object]:
    """The plain string literals of a module (f-strings left out)."""
    with path.open("rb") as source:
        tokens = tokenize.tokenize(source.readline)
        strings = [token.string for token in tokens if token.type == tokenize.STRING]
    literals: list[object] = []
    for string in strings:
        with contextlib.suppress(ValueError):
            literals.append(ast.literal_eval(string))
    return literals


def test_no_month_or_weekday_name_is_typed_by_hand_in_the_code() -> None:
    """Names come from CLDR: a string "mars" or "Monday" in the code is a hand-typed copy."""
    names = {locale_format(lang).month_name(month) for lang in ("nb", "en") for month in range(1, 13)}
    names |= {locale_format(lang).weekday_name(day) for lang in ("nb", "en") for day in range(7)}
    names = {name.casefold() for name in names}
    offenders = [
        f"{path.relative_to(ROOT)}: {literal!r}"
        for folder in ("canteen_app", "ui")
        for path in (ROOT / folder).rglob("*.py")
        for literal in _string_literals(path)
        if isinstance(literal, str) and literal.strip().casefold() in names
    ]
    assert offenders == []
