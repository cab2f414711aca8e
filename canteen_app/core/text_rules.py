"""Rules every stored text obeys, whatever the field: the user's words, and nothing that can
hide, reorder or break them.

Refused: control characters (only a multi-line field keeps line breaks and tabs), NUL, lone
surrogates (not text at all; they cannot even be stored as UTF-8), the bidirectional
override and isolate characters (they make a name read differently from what is stored, the
"Trojan Source" trick), and a required text made only of invisible characters (zero-width
spaces, joiners, combining marks without a letter). Right-to-left text itself is welcome:
Arabic and Dari names are written as typed.
"""

from __future__ import annotations

import unicodedata

from canteen_app.core.text import QT_TRANSLATE_NOOP, Message

# Explicit embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI).
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_LINE_BREAKS = frozenset("\n\t")


def tidy(value: str) -> str:
    """What is stored of a typed text: no surrounding blanks, composed form (NFC)."""
    return unicodedata.normalize("NFC", value.strip())


def text_problem(
    value: str, max_length: int, required: bool = False, multiline: bool = False
) -> Message | None:
    """Why `value` cannot be stored in a field of `max_length` characters, or None when it can.

    `value` is what the user typed with surrounding blanks already removed.
    """
    if required and not value:
        return Message(QT_TRANSLATE_NOOP("errors", "This field is required."))
    if len(value) > max_length:
        return Message(QT_TRANSLATE_NOOP("errors", "Use at most {max} characters."), {"max": max_length})
    for character in value:
        problem = _character_problem(character, multiline)
        if problem is not None:
            return problem
    if required and not any(_is_visible(character) for character in value):
        return Message(
            QT_TRANSLATE_NOOP("errors", "Type letters or digits; this holds only invisible characters.")
        )
    return None


def _character_problem(character: str, multiline: bool) -> Message | None:
    if character in BIDI_CONTROLS:
        return Message(
            QT_TRANSLATE_NOOP(
                "errors", "Remove the hidden text-direction characters (they can disguise what is written)."
            )
        )
    category = unicodedata.category(character)
    if category == "Cs":
        return Message(QT_TRANSLATE_NOOP("errors", "This contains a broken character. Type it again."))
    if category == "Cc" and not (multiline and character in _LINE_BREAKS):
        return Message(QT_TRANSLATE_NOOP("errors", "Remove the control characters (such as line breaks)."))
    return None


def _is_visible(character: str) -> bool:
    """A letter, digit, mark-free symbol or punctuation: something a reader sees."""
    return unicodedata.category(character)[0] in "LNPS"
