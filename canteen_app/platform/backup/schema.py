"""The one check both kinds of backup share: the backup's schema must be one this program
knows (the same or older); a backup from a newer program is refused before anything changes."""

from __future__ import annotations

from canteen_app.core.errors import DomainError
from canteen_app.core.text import QT_TRANSLATE_NOOP
from canteen_app.db.migrate import known_revisions


def check_known(revision: str) -> str:
    if revision not in known_revisions():
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This backup was made by a newer version of the program (schema {revision}). "
                "Update the program before restoring it.",
            ),
            revision=revision,
        )
    return revision
