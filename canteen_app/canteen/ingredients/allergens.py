"""The 14 allergens of EU 1169/2011 Annex II (Norway's food information regulation), their
words in Norwegian and English, and the code format used in files and on the command line.

Gluten is always named by its grain and nuts by their kind: a bare "gluten" or "nøtter" is
not enough for a guest with a wheat or almond allergy. A mark is one allergen with one kind,
so "gluten:hvete;gluten:bygg" is two marks. The codes are ASCII so that a file survives any
spreadsheet; the words shown to guests are the Norwegian ones.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from canteen_app.core.text import QT_TRANSLATE_NOOP, Message


class Allergen(enum.StrEnum):
    """In the order of the regulation's annex, which is also the order on every poster."""

    GLUTEN = "gluten"
    SKALLDYR = "skalldyr"
    EGG = "egg"
    FISK = "fisk"
    PEANOTTER = "peanotter"
    SOYA = "soya"
    MELK = "melk"
    NOTTER = "notter"
    SELLERI = "selleri"
    SENNEP = "sennep"
    SESAM = "sesam"
    SULFITT = "sulfitt"
    LUPIN = "lupin"
    BLOTDYR = "blotdyr"


class Grain(enum.StrEnum):
    HVETE = "hvete"
    RUG = "rug"
    BYGG = "bygg"
    HAVRE = "havre"
    SPELT = "spelt"
    KORASANHVETE = "korasanhvete"


class Nut(enum.StrEnum):
    MANDEL = "mandel"
    HASSELNOTT = "hasselnott"
    VALNOTT = "valnott"
    KASJUNOTT = "kasjunott"
    PEKANNOTT = "pekannott"
    PARANOTT = "paranott"
    PISTASIENOTT = "pistasienott"
    MACADAMIANOTT = "macadamianott"


# The allergens that must name their kind, and the kinds each may name.
KINDS: dict[Allergen, tuple[str, ...]] = {
    Allergen.GLUTEN: tuple(Grain),
    Allergen.NOTTER: tuple(Nut),
}

# The legend's words: the regulation's names, as a guest reads them on the wall.
LEGEND_NB: dict[Allergen, str] = {
    Allergen.GLUTEN: "Kornslag som inneholder gluten (hvete, rug, bygg, havre, spelt, korasanhvete)",
    Allergen.SKALLDYR: "Skalldyr",
    Allergen.EGG: "Egg",
    Allergen.FISK: "Fisk",
    Allergen.PEANOTTER: "Peanøtter",
    Allergen.SOYA: "Soya",
    Allergen.MELK: "Melk (inkludert laktose)",
    Allergen.NOTTER: (
        "Nøtter (mandel, hasselnøtt, valnøtt, kasjunøtt, pekannøtt, paranøtt, pistasienøtt, macadamianøtt)"
    ),
    Allergen.SELLERI: "Selleri",
    Allergen.SENNEP: "Sennep",
    Allergen.SESAM: "Sesamfrø",
    Allergen.SULFITT: "Svoveldioksid og sulfitter",
    Allergen.LUPIN: "Lupin",
    Allergen.BLOTDYR: "Bløtdyr",
}
LEGEND_EN: dict[Allergen, str] = {
    Allergen.GLUTEN: "Cereals containing gluten (wheat, rye, barley, oats, spelt, khorasan wheat)",
    Allergen.SKALLDYR: "Crustaceans",
    Allergen.EGG: "Eggs",
    Allergen.FISK: "Fish",
    Allergen.PEANOTTER: "Peanuts",
    Allergen.SOYA: "Soybeans",
    Allergen.MELK: "Milk (including lactose)",
    Allergen.NOTTER: ("Nuts (almond, hazelnut, walnut, cashew, pecan, Brazil nut, pistachio, macadamia)"),
    Allergen.SELLERI: "Celery",
    Allergen.SENNEP: "Mustard",
    Allergen.SESAM: "Sesame seeds",
    Allergen.SULFITT: "Sulphur dioxide and sulphites",
    Allergen.LUPIN: "Lupin",
    Allergen.BLOTDYR: "Molluscs",
}

# The short words next to a dish.
WORD_NB: dict[str, str] = {
    "gluten": "gluten",
    "skalldyr": "skalldyr",
    "egg": "egg",
    "fisk": "fisk",
    "peanotter": "peanøtter",
    "soya": "soya",
    "melk": "melk",
    "notter": "nøtter",
    "selleri": "selleri",
    "sennep": "sennep",
    "sesam": "sesam",
    "sulfitt": "sulfitt",
    "lupin": "lupin",
    "blotdyr": "bløtdyr",
    "hvete": "hvete",
    "rug": "rug",
    "bygg": "bygg",
    "havre": "havre",
    "spelt": "spelt",
    "korasanhvete": "korasanhvete",
    "mandel": "mandel",
    "hasselnott": "hasselnøtt",
    "valnott": "valnøtt",
    "kasjunott": "kasjunøtt",
    "pekannott": "pekannøtt",
    "paranott": "paranøtt",
    "pistasienott": "pistasienøtt",
    "macadamianott": "macadamianøtt",
}
WORD_EN: dict[str, str] = {
    "gluten": "gluten",
    "skalldyr": "crustaceans",
    "egg": "egg",
    "fisk": "fish",
    "peanotter": "peanuts",
    "soya": "soy",
    "melk": "milk",
    "notter": "nuts",
    "selleri": "celery",
    "sennep": "mustard",
    "sesam": "sesame",
    "sulfitt": "sulphites",
    "lupin": "lupin",
    "blotdyr": "molluscs",
    "hvete": "wheat",
    "rug": "rye",
    "bygg": "barley",
    "havre": "oats",
    "spelt": "spelt",
    "korasanhvete": "khorasan wheat",
    "mandel": "almond",
    "hasselnott": "hazelnut",
    "valnott": "walnut",
    "kasjunott": "cashew",
    "pekannott": "pecan",
    "paranott": "Brazil nut",
    "pistasienott": "pistachio",
    "macadamianott": "macadamia",
}


class Presence(enum.StrEnum):
    CONTAINS = "contains"
    MAY_CONTAIN = "may_contain"


@dataclass(frozen=True, order=True)
class AllergenMark:
    """One allergen, with its kind where the allergen has kinds ("" otherwise)."""

    allergen: Allergen
    kind: str = ""

    @property
    def code(self) -> str:
        return f"{self.allergen}:{self.kind}" if self.kind else str(self.allergen)


class AllergenCodeError(ValueError):
    """A code that is not one of the 14 allergens, or lacks (or misspells) its kind."""

    def __init__(self, message: Message) -> None:
        self.message = message
        super().__init__(str(message))


def parse_mark(code: str) -> AllergenMark:
    """ "gluten:hvete" -> AllergenMark(GLUTEN, "hvete"); a bare "gluten" or "notter" is refused."""
    name, _, kind = (part.strip().casefold() for part in code.partition(":"))
    try:
        allergen = Allergen(name)
    except ValueError:
        raise AllergenCodeError(
            Message(QT_TRANSLATE_NOOP("errors", "'{code}' is not one of the 14 allergens."), {"code": code})
        ) from None
    kinds = KINDS.get(allergen)
    if kinds is None:
        if kind:
            raise AllergenCodeError(
                Message(
                    QT_TRANSLATE_NOOP("errors", "'{code}': {allergen} has no kinds to name."),
                    {"code": code, "allergen": WORD_NB[allergen]},
                )
            )
        return AllergenMark(allergen)
    if not kind:
        raise AllergenCodeError(_kind_required(allergen))
    if kind not in kinds:
        raise AllergenCodeError(
            Message(
                QT_TRANSLATE_NOOP("errors", "'{code}': the kind must be one of {kinds}."),
                {"code": code, "kinds": ", ".join(kinds)},
            )
        )
    return AllergenMark(allergen, kind)


def mark_problem(mark: AllergenMark) -> Message | None:
    """Why a mark made in code (a form, not a file) cannot be stored: a bare gluten or nuts,
    a kind the allergen does not have; None when it is fine."""
    kinds = KINDS.get(mark.allergen)
    if kinds is None:
        if mark.kind:
            return Message(
                QT_TRANSLATE_NOOP("errors", "'{code}': {allergen} has no kinds to name."),
                {"code": mark.code, "allergen": WORD_NB[mark.allergen]},
            )
        return None
    if not mark.kind:
        return _kind_required(mark.allergen)
    if mark.kind not in kinds:
        return Message(
            QT_TRANSLATE_NOOP("errors", "'{code}': the kind must be one of {kinds}."),
            {"code": mark.code, "kinds": ", ".join(kinds)},
        )
    return None


def _kind_required(allergen: Allergen) -> Message:
    if allergen is Allergen.GLUTEN:
        return Message(
            QT_TRANSLATE_NOOP(
                "errors",
                "Name the grain: a bare 'gluten' is not enough "
                "(hvete, rug, bygg, havre, spelt, korasanhvete).",
            )
        )
    return Message(
        QT_TRANSLATE_NOOP(
            "errors",
            "Name the nut: a bare 'nøtter' is not enough (mandel, hasselnøtt, valnøtt, kasjunøtt, "
            "pekannøtt, paranøtt, pistasienøtt, macadamianøtt).",
        )
    )


def parse_marks(text: str) -> frozenset[AllergenMark]:
    """ "gluten:hvete;melk" -> two marks. Blank parts are ignored; duplicates collapse."""
    return frozenset(parse_mark(part) for part in text.split(";") if part.strip())


def marks_code(marks: Iterable[AllergenMark]) -> str:
    """The file format of a set of marks, in the regulation's order: "gluten:hvete;melk"."""
    return ";".join(mark.code for mark in sort_marks(marks))


_ORDER = {allergen: index for index, allergen in enumerate(Allergen)}


def sort_marks(marks: Iterable[AllergenMark]) -> list[AllergenMark]:
    """In the regulation's order; kinds in the order they are listed above."""

    def key(mark: AllergenMark) -> tuple[int, int]:
        kinds = KINDS.get(mark.allergen, ())
        return _ORDER[mark.allergen], kinds.index(mark.kind) if mark.kind in kinds else -1

    return sorted(marks, key=key)


@dataclass(frozen=True)
class AllergenGroup:
    """One allergen as a guest reads it: the allergen and the kinds named (maybe none)."""

    allergen: Allergen
    kinds: tuple[str, ...]

    def words(self, english: bool = False) -> str:
        """ "gluten (hvete, bygg)" / "gluten (wheat, barley)"; "melk" / "milk"."""
        table = WORD_EN if english else WORD_NB
        word = table[self.allergen]
        return f"{word} ({', '.join(table[kind] for kind in self.kinds)})" if self.kinds else word


def grouped(marks: Iterable[AllergenMark]) -> list[AllergenGroup]:
    """Marks gathered per allergen, in the regulation's order."""
    kinds: dict[Allergen, list[str]] = {}
    for mark in sort_marks(marks):
        kinds.setdefault(mark.allergen, [])
        if mark.kind:
            kinds[mark.allergen].append(mark.kind)
    return [AllergenGroup(allergen, tuple(names)) for allergen, names in kinds.items()]


def words(marks: Iterable[AllergenMark], english: bool = False) -> str:
    """ "gluten (hvete, bygg), melk" for a menu line; "" when there is nothing."""
    return ", ".join(group.words(english) for group in grouped(marks))
