"""Norwegian alphabetical order: known CLDR orderings, properties, and ICU's "nb" collator as
an oracle (ICU is a test-only dependency; the app never ships it)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import unicodedata

import icu
import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from canteen_app.core.collation import norwegian_sort_key

# Letters Norwegian, English, Polish, Somali, Sami, German, French, Icelandic and Turkish names
# are written with, and the punctuation names contain.
NAME_LETTERS = "abcdefghijklmnopqrstuvwxyzæøåéèêëáàâäãçñöüőűłđðþßęąśźżćńčšžŋŧœíóúý"
NAME_ALPHABET = NAME_LETTERS + " -'’"


def _icu_primary() -> icu.Collator:
    collator = icu.Collator.createInstance(icu.Locale("nb"))
    collator.setStrength(icu.Collator.PRIMARY)
    return collator


ICU_NB = _icu_primary()


def _ordered(names: list[str]) -> list[str]:
    return sorted(names, key=norwegian_sort_key)


def _sign(a: str, b: str) -> int:
    return (a > b) - (a < b)


def _has_inner_aa(text: str) -> bool:
    """An "aa" inside a word: we keep it as two a's, ICU takes it for an å (see collation.py)."""
    return re.search(r"(?<=\S)aa", unicodedata.normalize("NFD", text).casefold()) is not None


@pytest.mark.parametrize(
    "names",
    [
        # Æ, Ø, Å after Z, in that order.
        ["Émile", "Zahl", "Ærø", "Ødegård", "Åsheim"],
        # Ä sorts with Æ, Ö and Ő with Ø, Ü and Ű with Y (CLDR's nb tailoring).
        ["Ümit", "Yngve", "Yz", "Zorn", "Ähre", "Æz", "Örjan", "Østby", "Őv", "Øz", "Åse"],
        # "Aa" at the start of a name is an Å: Aasen sorts among the Å names.
        ["Zakariassen", "Ødegaard", "Aas", "Aasen", "Åsgard", "Åsheim"],
        # Đ and Ð with D, Þ as TH, ß as SS, other accents as their base letter.
        ["Dahl", "Đorđević", "Dz", "Strauß", "Strausz", "Tharaldsen", "Þórunn", "Thz"],
        ["Çelik", "Cz", "Łukasz", "Lund", "Lz", "Müller", "Mz", "Núñez", "Nz"],
        # Sami ŋ and ŧ are letters of their own, right after n and t.
        ["Nz", "Ŋanda", "O", "Tz", "Ŧuoma", "U"],
        # "last first": a space sorts before a hyphen, which sorts before any letter.
        ["Berg Anne", "Berg-Hansen Ola", "Bergheim Anne"],
    ],
)
def test_known_cldr_orderings_hold(names: list[str]) -> None:
    assert _ordered(list(reversed(names))) == names
    assert sorted(names, key=ICU_NB.getSortKey) == names  # the oracle agrees with the lists


def test_a_decomposed_name_sorts_like_the_composed_one() -> None:
    composed = "Åse Ødegård"
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    assert norwegian_sort_key(decomposed) == norwegian_sort_key(composed)
    assert _ordered([decomposed, "Zahl", "Aase"])[0] == "Zahl"


def test_inner_aa_stays_two_letters_so_arabic_names_sort_under_a() -> None:
    assert _ordered(["Sz", "Saad", "Sb"]) == ["Saad", "Sb", "Sz"]
    assert _ordered(["Alaa", "Alb", "Alå"]) == ["Alaa", "Alb", "Alå"]


def test_other_scripts_follow_the_latin_letters() -> None:
    names = ["Олена", "Åse", "Zahl", "ሰላም", "أحمد"]
    assert _ordered(names) == ["Zahl", "Åse", "Олена", "أحمد", "ሰላም"]


def test_the_key_sorts_the_same_by_bytes_as_by_code_points() -> None:
    """The database compares UTF-8 bytes (SQLite BINARY, PostgreSQL COLLATE "C")."""
    names = ["Zahl", "Åse", "Ærø", "Ŋanda", "Ødegård", "Олена", "ሰላም", "Nz", "O'Brien", "Ob"]
    keys = [norwegian_sort_key(name) for name in names]
    assert sorted(keys) == sorted(keys, key=lambda key: key.encode("utf-8"))


@settings(max_examples=5, deadline=None)
@given(st.lists(st.text(), min_size=1, max_size=40))
def test_the_key_is_the_same_in_every_process(texts: list[str]) -> None:
    """A stored key must match the key another PC (another process) computes."""
    script = (
        "import json, sys\n"
        "from canteen_app.core.collation import norwegian_sort_key\n"
        "print(json.dumps([norwegian_sort_key(t) for t in json.load(sys.stdin)]))"
    )
    other = subprocess.run(
        [sys.executable, "-c", script],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONHASHSEED": "12345"},
    )
    assert json.loads(other.stdout) == [norwegian_sort_key(text) for text in texts]


@given(st.text(alphabet=st.characters(codec="utf-8")))
@example("Å")
@example("Ǻse")
@example("Aa")
def test_composed_and_decomposed_input_give_the_same_key(text: str) -> None:
    key = norwegian_sort_key(text)
    assert norwegian_sort_key(unicodedata.normalize("NFC", text)) == key
    assert norwegian_sort_key(unicodedata.normalize("NFD", text)) == key


@given(st.text(alphabet=NAME_ALPHABET + NAME_LETTERS.upper()))
def test_case_does_not_change_the_key(text: str) -> None:
    key = norwegian_sort_key(text)
    assert norwegian_sort_key(text.upper()) == key
    assert norwegian_sort_key(text.lower()) == key
    assert norwegian_sort_key(text.title()) == key


names = st.text(alphabet=NAME_ALPHABET, min_size=1, max_size=8)


@settings(max_examples=1000)
@given(names, names)
@example("aasen", "åsen")
@example("ärø", "æz")
@example("üller", "yz")
def test_the_order_is_icus_nb_order_at_primary_strength(first: str, second: str) -> None:
    assume(not _has_inner_aa(first) and not _has_inner_aa(second))
    for a, b in ((first, second), (first.title(), second.title()), (first.upper(), second)):
        ours = _sign(norwegian_sort_key(a), norwegian_sort_key(b))
        assert ours == ICU_NB.compare(a, b), (a, b)
