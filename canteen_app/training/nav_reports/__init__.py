"""NAV reports (T5): the status report and the final report (sluttrapport) of a participant's
measure, and the monthly attendance summary (PDF and CSV) that backs up NAV's reporting."""
