"""Domain errors shown next to the fields they concern: the one place that decides where a
`DomainError` goes on screen. Every view's operations pass a `FormErrors` as their `errors`."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QWidget

from canteen_app.core.errors import DomainError, ValidationError
from canteen_app.core.text import Message
from ui.common.i18n import message_text
from ui.common.widgets import FieldMessage


class FormErrors:
    """Maps field names to their message labels, with one general message for the rest.

    Called with a `ValidationError`, it shows each field's message next to that field (a
    field the form has no label for goes to the general message, never lost) and focuses the
    first field in error; any other `DomainError` goes to the general message.
    """

    def __init__(
        self,
        general: FieldMessage,
        fields: Mapping[str, FieldMessage] | None = None,
        editors: Mapping[str, QWidget] | None = None,
    ) -> None:
        self._general = general
        self._fields = dict(fields or {})
        self._editors = dict(editors or {})

    def clear(self) -> None:
        self._general.clear_message()
        for message in self._fields.values():
            message.clear_message()

    def __call__(self, error: DomainError) -> None:
        self.show(error)

    def show(self, error: DomainError) -> None:
        self.clear()
        if not isinstance(error, ValidationError):
            self._general.show_error(message_text(error.message))
            return
        unplaced: list[Message] = []
        for field_name, message in error.field_errors.items():
            target = self._fields.get(field_name)
            if target is None:
                unplaced.append(message)
            else:
                target.show_error(message_text(message))
        if unplaced:
            self._general.show_error(" ".join(message_text(message) for message in unplaced))
        first = next((name for name in self._editors if name in error.field_errors), None)
        if first is not None:
            self._editors[first].setFocus()
