"""The consent screens' words for a consent's state and the kinds of data, and the state's
colour and sign: a state is always said in words, with its colour and sign besides."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from canteen_app.referrals.consent.rules import CATEGORY_LABELS, CONSENT, ConsentStatus, DataCategory

# Text colours that read at 4.5:1 or more on white (and on the theme's window colour).
STATUS_COLOURS = {
    ConsentStatus.VALID: QColor("#1b5e20"),
    ConsentStatus.EXPIRED: QColor("#8d5a00"),
    ConsentStatus.WITHDRAWN: QColor("#b71c1c"),
    ConsentStatus.NONE: QColor("#455a64"),
}

_ICONS = {
    ConsentStatus.VALID: QStyle.StandardPixmap.SP_DialogApplyButton,
    ConsentStatus.EXPIRED: QStyle.StandardPixmap.SP_MessageBoxWarning,
    ConsentStatus.WITHDRAWN: QStyle.StandardPixmap.SP_DialogCancelButton,
    ConsentStatus.NONE: QStyle.StandardPixmap.SP_MessageBoxInformation,
}


def status_text(status: ConsentStatus) -> str:
    """A recorded consent's state today, as the consent list says it."""
    words = {
        ConsentStatus.VALID: QCoreApplication.translate("ConsentWords", "Valid"),
        ConsentStatus.EXPIRED: QCoreApplication.translate("ConsentWords", "Expired"),
        ConsentStatus.WITHDRAWN: QCoreApplication.translate("ConsentWords", "Withdrawn"),
        # A consent given on a day still to come (typed so): it does not hold yet.
        ConsentStatus.NONE: QCoreApplication.translate("ConsentWords", "Not yet valid"),
    }
    return words[status]


def status_icon(status: ConsentStatus) -> QIcon:
    """The state's sign: a tick, a warning, a cross, an "i"."""
    return QApplication.style().standardIcon(_ICONS[status])


def category_text(category: DataCategory) -> str:
    return QCoreApplication.translate(CONSENT, CATEGORY_LABELS[category])


def categories_text(categories: Iterable[DataCategory]) -> str:
    return ", ".join(category_text(category) for category in categories)


def anyone_text() -> str:
    """A consent for the company as a whole, not a named contact person."""
    return QCoreApplication.translate("ConsentWords", "Anyone at the company")
