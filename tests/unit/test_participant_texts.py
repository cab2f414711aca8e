"""The fixed texts of participants' material: every language has exactly the Norwegian keys and
placeholders, says whether a speaker has checked it, and fills its placeholders."""

from __future__ import annotations

import tomllib
from datetime import date

import pytest

from canteen_app.core.languages import Language
from canteen_app.core.resources import resource_path
from canteen_app.documents.participant_texts import catalogue, placeholders, unreviewed
from canteen_app.documents.shaping import has_rtl_letters
from canteen_app.referrals.consent.rules import DataCategory

LANGUAGES = [language.value for language in Language]
SOURCE = catalogue("nb")


def test_there_is_a_text_file_for_every_participant_language_and_no_other() -> None:
    files = {path.stem for path in resource_path("participant_texts").glob("*.toml")}
    assert files == set(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_exactly_the_norwegian_keys_and_placeholders(language: str) -> None:
    texts = catalogue(language).texts
    assert set(texts) == set(SOURCE.texts)
    for key, template in texts.items():
        assert placeholders(template) == placeholders(SOURCE.texts[key]), key
        assert template.strip() == template and template, key


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_reviewed_language_names_its_reviewer_and_the_day(language: str) -> None:
    texts = catalogue(language)
    assert texts.language == language
    if texts.reviewed:
        assert texts.reviewer and isinstance(texts.reviewed_on, date)
    else:
        assert texts.reviewer == "" and texts.reviewed_on is None


def test_norwegian_and_english_are_reviewed() -> None:
    assert catalogue("nb").reviewed and catalogue("en").reviewed
    assert unreviewed(["nb", "en"]) == ()


def test_unreviewed_lists_each_unchecked_language_once_in_order() -> None:
    expected = tuple(language for language in ["ti", "ar"] if not catalogue(language).reviewed)
    assert unreviewed(["nb", "ti", "en", "ar", "ti"]) == expected


def test_texts_are_written_in_the_languages_script() -> None:
    """A text file saved in the wrong script would pass the key checks."""
    for language in ("ar", "prs"):
        assert has_rtl_letters(catalogue(language).text("consent.title"))
    assert all("\u1200" <= char <= "\u137f" for char in catalogue("ti").text("consent.title") if char != " ")
    assert any("\u0400" <= char <= "\u04ff" for char in catalogue("uk").text("consent.title"))


def test_there_is_a_description_for_every_data_category() -> None:
    for category in DataCategory:
        assert f"consent.category.{category.value}" in SOURCE.texts


def test_placeholders_are_filled_in() -> None:
    assert SOURCE.text("consent.recipient", company="Kiwi Kantine AS") == (
        "Hvem får opplysningene: Kiwi Kantine AS"
    )
    assert catalogue("ar").text("day_card.step", number=3).endswith("3")
    assert SOURCE.text("consent.unreviewed_notice", language="arabisk") == (
        "Teksten på arabisk er ikke kontrollert av en som snakker språket."
    )


def test_a_missing_key_value_or_language_is_a_programming_error() -> None:
    with pytest.raises(KeyError, match=r"consent\.nonsense"):
        SOURCE.text("consent.nonsense")
    with pytest.raises(KeyError):
        SOURCE.text("consent.recipient")  # no company given
    with pytest.raises(ValueError):
        catalogue("de")


def test_the_catalogue_is_read_once_and_cannot_be_changed() -> None:
    assert catalogue("ar") is catalogue("ar")
    with pytest.raises(TypeError):
        catalogue("ar").texts["consent.title"] = "x"  # type: ignore[index]


def test_files_are_valid_toml_with_the_texts_under_texts() -> None:
    for language in LANGUAGES:
        with resource_path("participant_texts", f"{language}.toml").open("rb") as file:
            data = tomllib.load(file)
        assert set(data) == {"language", "reviewed", "reviewer", "reviewed_on", "texts"}
