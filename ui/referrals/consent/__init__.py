"""A participant's consents to share dossier data (R3): the list with each consent's state,
recording one from the signed form, withdrawing one at once, and the consent form to sign in
the participant's language. Opened from the participant list through `ui.common.navigation`
(the list's package may not import this)."""

from ui.referrals.consent.dialog import ConsentsDialog, open_consents

__all__ = ["ConsentsDialog", "open_consents"]
