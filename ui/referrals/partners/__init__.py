"""Partner companies (R1) and matching (R1/R2): the partner chains, their locations, contact
persons and positions with the competences each needs; the positions that fit a participant
(opened from the participant list through `ui.common.navigation`) and the participants
closest to ready for a position.

The parts:
    view.py             PartnersView: the company list, the chosen company's lists, actions
    dialogs.py          the company, location and contact forms (and what they share)
    position_dialog.py  PositionDialog: a position and its needs from the framework
    matching.py         MatchesDialog (a participant's positions), CandidatesDialog
    tables.py           the lists' table models
    words.py            levels, needs and scores in words
"""

from ui.referrals.partners.dialogs import CompanyDialog, ContactDialog, LocationDialog
from ui.referrals.partners.matching import CandidatesDialog, MatchesDialog, open_candidates, open_matches
from ui.referrals.partners.position_dialog import PositionDialog
from ui.referrals.partners.view import PartnerDraft, PartnersView

__all__ = [
    "CandidatesDialog",
    "CompanyDialog",
    "ContactDialog",
    "LocationDialog",
    "MatchesDialog",
    "PartnerDraft",
    "PartnersView",
    "PositionDialog",
    "open_candidates",
    "open_matches",
]
