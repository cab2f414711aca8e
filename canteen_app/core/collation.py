"""Norwegian alphabetical order (CLDR's "nb" tailoring at the primary level), the same on
every database.

`norwegian_sort_key` turns a text into a key whose plain code-point order (SQLite's BINARY,
PostgreSQL's COLLATE "C", Python's `<`) is the Norwegian order, ignoring case and accents:

- Æ, Ø, Å come after Z, in that order; Ä and Ę sort as Æ; Ö, Ő and Œ as Ø; Ü and Ű as Y.
- "Aa" at the start of a name sorts as Å (Aasen with Åsen); inside a word it stays two a's,
  so that Saad, Alaa and Isaac sort where their readers expect them (ICU would take every
  "aa" for an Å).
- Đ and Ð sort as D, Þ as TH, ß as SS; other accents as their base letter (é as e, ł as l).
- A few letters that are letters of their own (ŋ and ŧ in Sami, Turkish ı, ə) come right
  after their base letter.
- Decomposed input ("A" + combining ring) sorts like the composed letter.

Letters of other scripts keep their own code points and so sort after the Latin ones, script
by script (Greek, Cyrillic, Arabic, Ethiopic), roughly as CLDR's root order does.
"""

from __future__ import annotations

import unicodedata

# Key characters for the letters after z: the three ASCII characters that follow "z".
_AE, _OE, _AA = "{", "|", "}"
# Appended to a base letter for a letter of its own that sorts right after it ("n" < "ŋ" < "o"):
# DEL is above every other key character a Latin letter can produce.
_AFTER = "\x7f"
# Punctuation that needs another key character: CLDR puts the apostrophe after the hyphen and
# the full stop (ASCII has it before them), and "{|}~" would collide with the keys above.
_PUNCTUATION = {
    "'": "/",
    "\u2019": "/",
    "\u02bc": "/",
    **dict.fromkeys(("{", "|", "}", "~", _AFTER), "^"),
}

_RING = "\u030a"
_DIAERESIS = "\u0308"
_DOUBLE_ACUTE = "\u030b"
_OGONEK = "\u0328"

# Base letter + mark -> key, where the mark makes a different Norwegian letter.
_MARKED: dict[tuple[str, str], str] = {
    ("a", _RING): _AA,
    ("a", _DIAERESIS): _AE,
    ("e", _OGONEK): _AE,
    ("o", _DIAERESIS): _OE,
    ("o", _DOUBLE_ACUTE): _OE,
    ("u", _DIAERESIS): "y",
    ("u", _DOUBLE_ACUTE): "y",
}

# Letters that do not decompose into a base letter and marks.
_LETTERS: dict[str, str] = {
    "æ": _AE,
    "ø": _OE,
    "œ": _OE,
    "đ": "d",
    "ð": "d",
    "þ": "th",
    "ħ": "h",
    "ł": "l",
    "ŀ": "l",
    "ı": "i" + _AFTER,
    "ĸ": "q" + _AFTER,
    "ŋ": "n" + _AFTER,
    "ŧ": "t" + _AFTER,
    "ə": "e" + _AFTER,
    "ǝ": "e" + _AFTER,
    "ɛ": "e" + _AFTER,
    "ɔ": "o" + _AFTER,
}


def norwegian_sort_key(text: str) -> str:
    """The key that sorts `text` in Norwegian alphabetical order, ignoring case and accents."""
    keys: list[str] = []
    previous_is_letter = False
    plain_a_starts_word = False  # the last key was an unmarked "a" that began a word
    for base, marks in _clusters(text):
        key = _letter_key(base, marks)
        if base == "a" and plain_a_starts_word:
            keys[-1] = _AA  # "aa" at the start of a name is the old spelling of "å"
            plain_a_starts_word = False
            previous_is_letter = True
            continue
        plain_a_starts_word = key == "a" and not marks and not previous_is_letter
        previous_is_letter = base.isalpha()
        keys.append(key)
    return "".join(keys)


def _clusters(text: str) -> list[tuple[str, str]]:
    """`text` case-folded and fully decomposed, as (base character, its combining marks)."""
    # Compatibility decomposition folds ligatures (ﬁ, ĳ) and width variants; the second pass
    # decomposes what case folding produced.
    folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    clusters: list[tuple[str, str]] = []
    for char in folded:
        if clusters and unicodedata.combining(char):
            base, marks = clusters[-1]
            clusters[-1] = (base, marks + char)
        else:
            clusters.append((char, ""))
    return clusters


def _letter_key(base: str, marks: str) -> str:
    if base in _LETTERS:
        return _LETTERS[base]
    if "a" <= base <= "z":
        marked = (_MARKED.get((base, mark)) for mark in marks)
        return next((key for key in marked if key), base)  # other accents: the base letter
    if base.isascii() or base.isspace() or base in _PUNCTUATION:
        return _punctuation_key(base)
    if unicodedata.combining(base):
        return ""  # a mark with no letter before it
    # Another script: its letters in their composed form (Cyrillic й is a letter of its own).
    return unicodedata.normalize("NFC", base + marks)


def _punctuation_key(char: str) -> str:
    """Spaces, digits and punctuation: before the letters, as in CLDR."""
    if char.isspace():
        return " "
    return _PUNCTUATION.get(char, char)
