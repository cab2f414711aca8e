"""The words the referral screens use for stages, consent states and figures, in one place."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from canteen_app.core.formatting import LocaleFormat
from canteen_app.referrals.consent.rules import ConsentStatus
from canteen_app.referrals.referrals.rules import STAGE_LABELS, Stage

# Text colours that read at 4.5:1 or more on white (and on the theme's window colour).
CONSENT_COLOURS = {
    ConsentStatus.VALID: QColor("#1b5e20"),
    ConsentStatus.EXPIRED: QColor("#8d5a00"),
    ConsentStatus.WITHDRAWN: QColor("#b71c1c"),
    ConsentStatus.NONE: QColor("#455a64"),
}


def stage_text(stage: Stage) -> str:
    return QCoreApplication.translate("referrals", STAGE_LABELS[stage])


def consent_text(status: ConsentStatus) -> str:
    """The consent's state for the referral's recipient, as a list and a card say it."""
    words = {
        ConsentStatus.VALID: QCoreApplication.translate("ReferralWords", "Consent valid"),
        ConsentStatus.EXPIRED: QCoreApplication.translate("ReferralWords", "Consent expired"),
        ConsentStatus.WITHDRAWN: QCoreApplication.translate("ReferralWords", "Consent withdrawn"),
        ConsentStatus.NONE: QCoreApplication.translate("ReferralWords", "No consent"),
    }
    return words[status]


def move_text(stage: Stage) -> str:
    """A button that moves a referral: "Move to Interview"."""
    return QCoreApplication.translate("ReferralWords", "Move to {stage}").format(stage=stage_text(stage))


def days_text(days: float | None, formats: LocaleFormat) -> str:
    """A median number of days: "42 days", "42.5 days", "–" without any."""
    if days is None:
        return "–"
    shown = formats.integer(int(days)) if float(days).is_integer() else formats.decimal(days, 1)
    if days == 1:  # a median may be 42.5, so not a %n plural; 1 is the one singular
        return QCoreApplication.translate("ReferralWords", "{days} day").format(days=shown)
    return QCoreApplication.translate("ReferralWords", "{days} days").format(days=shown)


def rate_text(rate: float | None, formats: LocaleFormat) -> str:
    return formats.percent(rate * 100, 0) if rate is not None else "–"


def since_text(day: date, formats: LocaleFormat) -> str:
    return formats.short_date(day)
