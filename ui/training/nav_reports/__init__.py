"""NAV reports (T5): the status report for a chosen period and the final report (sluttrapport),
previewed and saved as PDF. Opened from the participant list's tools and the profile through
`ui.common.navigation` (the other training packages may not import this one).

    dialog.py   NavReportDialog: the kind, the period, the language, the coach's summary
    period.py   the period offered first, and what is wrong with a chosen one
    preview.py  NavReportPreview: the PDF preview whose "Save as…" makes the report anew
"""

from ui.training.nav_reports.dialog import NavReportDialog, ReportRequest, open_nav_report
from ui.training.nav_reports.period import PeriodProblem, default_period, period_problems

__all__ = [
    "NavReportDialog",
    "PeriodProblem",
    "ReportRequest",
    "default_period",
    "open_nav_report",
    "period_problems",
]
