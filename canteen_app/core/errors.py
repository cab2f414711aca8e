"""Errors the core raises with a message fit for a user (see `domain.text.Message`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from canteen_app.core.text import QT_TRANSLATE_NOOP, Message


class DomainError(Exception):
    """Base for errors that are the user's to fix, not bugs.

    Raising one undoes the action's writes, unless the class sets `commit_before_raise`:
    then what was written before it (a failed login's count) is kept.
    """

    commit_before_raise: ClassVar[bool] = False

    def __init__(self, text: str, **params: Any) -> None:
        self.message = Message(text, params)
        super().__init__(str(self.message))


class ValidationError(DomainError):
    """One or more fields are invalid; `field_errors` maps a field name to its message."""

    def __init__(self, field_errors: Mapping[str, Message]) -> None:
        self.field_errors = dict(field_errors)
        super().__init__(QT_TRANSLATE_NOOP("errors", "Please correct the marked fields."))

    def __str__(self) -> str:
        return " ".join(str(message) for message in self.field_errors.values())


class NotFoundError(DomainError):
    """`text` says what is missing in words a user understands (marked for translation)."""

    def __init__(self, text: str, **params: Any) -> None:
        super().__init__(text, **params)


class ConcurrencyError(DomainError):
    """Someone else saved the record after it was loaded; nothing was written.

    `current` holds the record as it is now stored, so the UI can show what changed while
    the user's own edits stay in the form.
    """

    def __init__(self, current: object | None = None) -> None:
        self.current = current
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "This record was changed by someone else while you were editing it. Nothing was saved.",
            )
        )


class AuditedConcurrencyError(ConcurrencyError):
    """A ConcurrencyError whose stored record (`current`) was logged as viewed: it goes back to
    the user to compare, and every view of participant data is audited. Raising it keeps that
    audit entry, so a service raises it before the action has written anything else."""

    commit_before_raise = True


class NotAuthorizedError(DomainError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "You do not have access to this."))


class LoginFailedError(DomainError):
    commit_before_raise = True  # the wrong try must count

    def __init__(self, attempts_left: int) -> None:
        self.attempts_left = attempts_left
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "Wrong name or PIN. Tries left before the account locks: {attempts_left}."
            ),
            attempts_left=attempts_left,
        )


class AccountLockedError(DomainError):
    commit_before_raise = True  # the lock must hold

    def __init__(self, minutes_left: int) -> None:
        self.minutes_left = minutes_left
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Too many wrong tries. The account is locked; try again in {minutes} min.",
            ),
            minutes=minutes_left,
        )


class DatabaseTooNewError(DomainError):
    def __init__(self, revision: str) -> None:
        self.revision = revision
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "This database was made by a newer version of the program (schema {revision}). "
                "Update the program before opening it.",
            ),
            revision=revision,
        )


class DatabaseUnavailableError(DomainError):
    def __init__(self, detail: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "Cannot open the database: {detail}"), detail=detail)


class OutputPathError(DomainError):
    """A file cannot be written where the user asked; the message names the user's path."""

    def __init__(self, text: str, path: object, reason: str = "") -> None:
        super().__init__(text, path=str(path), reason=reason)


class DatabaseDamagedError(DomainError):
    """The file is not a database of ours, or its pages are broken."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "The database is damaged or is not a database. Restore a backup (see the README)."
            )
        )


class DataFolderError(DomainError):
    """The folder for the database, the log and this PC's preferences cannot be used."""

    def __init__(self, path: object, reason: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The data folder {path} cannot be used: {reason}. Nothing can be saved there; "
                "ask whoever looks after this PC, or start with --db pointing at a database.",
            ),
            path=str(path),
            reason=reason,
        )
