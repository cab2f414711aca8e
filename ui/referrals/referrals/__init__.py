"""Referrals (R2): a participant to a partner's location and position, through the stages of
the pipeline, as a list and as a board, and the outcomes with charts.

The parts:
    view.py         ReferralsView: the page (list, board, outcomes), opening, moving, new
    model.py        ReferralTableModel, StageFilter: the list's rows and columns
    board.py        ReferralBoard, ReferralCard: a column per stage, moved by buttons or keys
    dialog.py       ReferralDialog: the history, moves, the contact person, the statement
    move_dialog.py  MoveDialog: the day and the note of one move (or a correction back)
    new_dialog.py   NewReferralDialog, open_new_referral (the participant list's tool)
    outcomes.py     OutcomesPanel: figures, a chart per partner and per year, a table
    words.py        stages, consent states and figures in words
"""

from ui.referrals.referrals.board import ReferralBoard, ReferralCard
from ui.referrals.referrals.dialog import ReferralDialog, ReferralEdit
from ui.referrals.referrals.move_dialog import MoveDialog
from ui.referrals.referrals.new_dialog import NewReferralDialog, open_new_referral
from ui.referrals.referrals.outcomes import OutcomesPanel
from ui.referrals.referrals.view import ReferralsView

__all__ = [
    "MoveDialog",
    "NewReferralDialog",
    "OutcomesPanel",
    "ReferralBoard",
    "ReferralCard",
    "ReferralDialog",
    "ReferralEdit",
    "ReferralsView",
    "open_new_referral",
]
