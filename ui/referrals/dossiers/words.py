"""The dossier screens' words: the kinds of data (as the consent names them), the consent's state
for the recipient, the preview's sections and labels (source texts in the core, context
"dossier"), and the languages a participant may speak."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from canteen_app.referrals.consent.rules import CATEGORY_LABELS, CONSENT, ConsentStatus, DataCategory
from canteen_app.referrals.dossiers.rules import DOSSIER

# Text colours that read at 4.5:1 or more on white (and on the theme's window colour).
STATUS_COLOURS = {
    ConsentStatus.VALID: QColor("#1b5e20"),
    ConsentStatus.EXPIRED: QColor("#8d5a00"),
    ConsentStatus.WITHDRAWN: QColor("#b71c1c"),
    ConsentStatus.NONE: QColor("#455a64"),
}


def category_text(category: DataCategory) -> str:
    return QCoreApplication.translate(CONSENT, CATEGORY_LABELS[category])


def consent_state_text(status: ConsentStatus) -> str:
    """The recipient's consent today, in a sentence."""
    words = {
        ConsentStatus.VALID: QCoreApplication.translate("DossierWords", "Consent: valid for this recipient"),
        ConsentStatus.EXPIRED: QCoreApplication.translate(
            "DossierWords", "Consent: expired – no dossier can be sent"
        ),
        ConsentStatus.WITHDRAWN: QCoreApplication.translate(
            "DossierWords", "Consent: withdrawn – no dossier can be sent"
        ),
        ConsentStatus.NONE: QCoreApplication.translate(
            "DossierWords", "Consent: none recorded for this recipient – no dossier can be sent"
        ),
    }
    return words[status]


def dossier_text(source: str) -> str:
    """A section or label of the preview (a source text of the core's)."""
    return QCoreApplication.translate(DOSSIER, source) if source else ""
