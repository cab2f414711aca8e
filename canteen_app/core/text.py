"""User-facing core messages, marked for Qt's translation tools without importing Qt.

`pyside6-lupdate` extracts calls named QT_TRANSLATE_NOOP from any Python file, so messages
written in the core end up in the same `.ts` files as the UI's strings. The core keeps the
English source text in a `Message`; the UI translates `message.text` with
`QCoreApplication.translate(message.context, message.text)` and then fills in the named
placeholders. `str(message)` is the filled English text, used by the command line.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

ERRORS = "errors"


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:  # noqa: N802 - lupdate needs this name
    return source_text


@dataclass(frozen=True)
class Message:
    text: str
    params: Mapping[str, Any] = field(default_factory=dict)
    context: str = ERRORS

    def __str__(self) -> str:
        return self.text.format(**self.params)
