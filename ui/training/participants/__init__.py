"""The participant register (T1): a searchable list and the dialog to create and edit entries.

Privacy (GDPR art. 9): the list shows what the role may see and no more. The canteen manager
gets a one-column list of names; the "new" button and opening a participant do not exist for
that role. Opening a participant goes through `ParticipantService.get`, which writes the "view"
audit entry, and the dialog only ever receives the `ParticipantDetails` it returns.

All database work runs in the task runner; the list fetches one page at a time as the user
scrolls (`ui.common.qt_models.PagedTableModel`), so a long register never blocks the window.

Two people editing the same participant never overwrite each other silently: a save against
an old version raises `ConcurrencyError`, and the conflict dialog lists what differs and lets
the user keep their version, take the other one, or go back to editing with nothing lost.

The list shows the running measures or the ended ones ("Active" / "Ended"). Under it, tools
for the selected participant: other features' (their attendance register, ...), offered through
`ui.common.navigation`, which this package may not import; their photo for the kiosk; and
extending or ending the measure.

The parts:
    view.py        ParticipantsView: search, active or ended, the list, opening, adding, the tools
    model.py       ParticipantTableModel: the list's rows and columns, by role
    dialog.py      ParticipantDialog: the form, its live checks and saving
    lifecycle.py   ExtendMeasureDialog, EndMeasureDialog: a new planned end; the end and its reason
    photo.py       PhotoDialog: the kiosk photo, and the participant's yes or no to showing it
    conflict.py    what the dialog shows when someone else saved first
    formatting.py  field names, measures, languages, dates and colours, shared with the audit log
"""

from ui.common.edit_dialog import VALIDATE_DEBOUNCE_MS
from ui.training.participants.conflict import CONFLICT_VALUE_CHARS
from ui.training.participants.dialog import DIALOG_MIN_WIDTH, ParticipantDialog
from ui.training.participants.formatting import FIELDS, field_label, language_name, measure_name
from ui.training.participants.model import ENDING_SOON_DAYS, ParticipantTableModel
from ui.training.participants.view import SEARCH_DEBOUNCE_MS, ParticipantsView

__all__ = [
    "CONFLICT_VALUE_CHARS",
    "DIALOG_MIN_WIDTH",
    "ENDING_SOON_DAYS",
    "FIELDS",
    "SEARCH_DEBOUNCE_MS",
    "VALIDATE_DEBOUNCE_MS",
    "ParticipantDialog",
    "ParticipantTableModel",
    "ParticipantsView",
    "field_label",
    "language_name",
    "measure_name",
]
