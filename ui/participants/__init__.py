"""The participant register (T1): a searchable list and the dialog to create and edit entries.

Privacy (GDPR art. 9): the list shows what the role may see and no more. The canteen manager
gets a one-column list of names; the "new" button and opening a participant do not exist for
that role. Opening a participant goes through `ParticipantService.get`, which writes the "view"
audit entry, and the dialog only ever receives the `ParticipantDetails` it returns.

All database work runs in the task runner; the list fetches one page at a time as the user
scrolls (`ui.qt_models.PagedTableModel`), so a long register never blocks the window.

Two people editing the same participant never overwrite each other silently: a save against
an old version raises `ConcurrencyError`, and the conflict dialog lists what differs and lets
the user keep their version, take the other one, or go back to editing with nothing lost.

The parts:
    view.py        ParticipantsView: search, the list, opening and adding
    model.py       ParticipantTableModel: the list's rows and columns, by role
    dialog.py      ParticipantDialog: the form, its live checks and saving
    conflict.py    what the dialog shows when someone else saved first
    formatting.py  field names, measures, languages, dates and colours, shared with the audit log
"""

from ui.participants.conflict import CONFLICT_VALUE_CHARS
from ui.participants.dialog import DIALOG_MIN_WIDTH, VALIDATE_DEBOUNCE_MS, ParticipantDialog
from ui.participants.formatting import (
    FIELDS,
    HINT_COLOUR,
    OVERDUE_COLOUR,
    WARNING_COLOUR,
    field_label,
    format_date,
    format_datetime,
    language_name,
    local_datetime,
    measure_limit_note,
    measure_name,
    quiet,
    to_qdate,
)
from ui.participants.model import ENDING_SOON_DAYS, ParticipantTableModel
from ui.participants.view import SEARCH_DEBOUNCE_MS, ParticipantsView

# The paged model lived here before it moved to ui.qt_models; these names stay importable.
from ui.qt_models import PAGE_SIZE, PagedTableModel, PageSource

__all__ = [
    "CONFLICT_VALUE_CHARS",
    "DIALOG_MIN_WIDTH",
    "ENDING_SOON_DAYS",
    "FIELDS",
    "HINT_COLOUR",
    "OVERDUE_COLOUR",
    "PAGE_SIZE",
    "SEARCH_DEBOUNCE_MS",
    "VALIDATE_DEBOUNCE_MS",
    "WARNING_COLOUR",
    "PageSource",
    "PagedTableModel",
    "ParticipantDialog",
    "ParticipantTableModel",
    "ParticipantsView",
    "field_label",
    "format_date",
    "format_datetime",
    "language_name",
    "local_datetime",
    "measure_limit_note",
    "measure_name",
    "quiet",
    "to_qdate",
]
