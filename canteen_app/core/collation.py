"""Norwegian alphabetical order, the same on every database.

Æ, Ø, Å come after Z in Norwegian (Unicode puts Å first): they map to the three ASCII
characters after "z". Other accented letters sort as their base letter (é as e, ü as u).
"""

from __future__ import annotations

import unicodedata

_AFTER_Z = str.maketrans({"æ": "{", "ø": "|", "å": "}"})


def norwegian_sort_key(text: str) -> str:
    mapped = text.casefold().translate(_AFTER_Z)
    return "".join(c for c in unicodedata.normalize("NFKD", mapped) if not unicodedata.combining(c))
