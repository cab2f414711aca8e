"""The coach's overview (T7), a job coach's start page: their caseload per NAV measure and who
needs attention, each in its own list; a row opens the participant (through the workspace and
`ui.common.navigation`: this package does not import the participant list's)."""

from ui.training.overview.model import OverviewTableModel, problem_text
from ui.training.overview.view import OverviewView

__all__ = ["OverviewTableModel", "OverviewView", "problem_text"]
