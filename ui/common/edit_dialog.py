"""The base of the forms that add or edit one stored record (a dish, an ingredient, a
participant): fields with their messages underneath, checks as the user types, Save and Cancel,
and the two promises every such form keeps:

- typed changes are never dropped without asking ("Close without saving?"), except at logout
  or the idle lock (`force_close`), where the view keeps them as a draft first;
- when someone else saved the record after it was opened here, the typing stays, and the user
  keeps their version, takes the other one, or goes back to editing.

A subclass builds its fields with `_form`, `_add_row` and `_line_edit`, puts them in
`_scrolling`, ends with `_add_footer`, and gives `load`, `form_input`, `is_dirty`, `validate`,
`continue_draft` and `_write` (which ends in `_on_saved`). Its view opens it with `open_for`,
and keeps what it holds over an idle lock as a `TypedRecord` (`typed`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from canteen_app.core.errors import ValidationError
from canteen_app.core.text import Message
from ui.common.context import UiContext
from ui.common.dialogs import REJECT, Choice, question_box
from ui.common.forms import FormErrors
from ui.common.i18n import message_text
from ui.common.widgets import FieldMessage, single_shot

VALIDATE_DEBOUNCE_MS = 150


class Versioned(Protocol):
    @property
    def version(self) -> int: ...


StoredT = TypeVar("StoredT", bound=Versioned)  # the record as stored (a DTO with its version)
InputT = TypeVar("InputT")  # what the form holds (the rules' input dataclass)


@dataclass(frozen=True)
class TypedRecord(Generic[InputT]):
    """What an edit dialog held when the screen locked (a draft's payload, ui/common/drafts.py)."""

    record_id: int | None  # None: a new record
    expected_version: int | None  # the version the typing started from
    input: InputT


class EditDialog(QDialog, Generic[StoredT, InputT]):
    """Add or edit one record; `saved` carries the record as stored."""

    saved = Signal(object)  # StoredT

    # The fields in the order of the form: the first with a problem gets the focus.
    field_order: tuple[str, ...] = ()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._stored: StoredT | None = None
        self._expected_version: int | None = None
        self._baseline: InputT | None = None
        self._loading = False
        self._saving = False
        self._show_all = False
        self._discard_confirmed = False
        self._touched: set[str] = set()
        self._server_errors: dict[str, Message] = {}
        self._row_height = QLineEdit().sizeHint().height()
        self.editors: dict[str, QWidget] = {}
        self.messages: dict[str, FieldMessage] = {}
        self.conflict_box: QMessageBox | None = None
        self._validate_timer = single_shot(self, VALIDATE_DEBOUNCE_MS, self.validate)

    # --- for subclasses ------------------------------------------------------------------------

    def load(self, stored: StoredT) -> None:
        """Show a stored record; it becomes the version the next save is checked against."""
        raise NotImplementedError

    def form_input(self) -> InputT:
        raise NotImplementedError

    def is_dirty(self) -> bool:
        """Whether the form holds changes that are not saved."""
        raise NotImplementedError

    def validate(self) -> dict[str, Message]:
        """Check what is typed now, show it at the fields, and return the errors."""
        raise NotImplementedError

    def continue_draft(self, typed: InputT, expected_version: int | None) -> None:
        """Put back what was typed before an idle lock; the save is checked against the version
        the typing started from."""
        raise NotImplementedError

    def _write(self) -> None:
        """Save the form (through the operations), then `_on_saved`."""
        raise NotImplementedError

    # --- for the view --------------------------------------------------------------------------

    def open_for(self, on_saved: Callable[[StoredT], None], typed: TypedRecord[InputT] | None = None) -> None:
        """Show the dialog (deleted once closed), with the typing of a draft if there is one."""
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.saved.connect(on_saved)
        self.open()
        if typed is not None:
            self.continue_draft(typed.input, typed.expected_version)

    def typed(self, record_id: int | None) -> TypedRecord[InputT]:
        """What the form holds now, to continue from after an idle lock."""
        return TypedRecord(record_id, self._expected_version, self.form_input())

    # --- layout --------------------------------------------------------------------------------

    @staticmethod
    def _form(group: QGroupBox) -> QFormLayout:
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return form

    def _add_row(
        self, form: QFormLayout, field_name: str, label_text: str, editor: QWidget, hint: QLabel | None = None
    ) -> None:
        """Label, then the editor with its hint and message underneath, so messages never
        squeeze the field beside them."""
        if not editor.objectName():
            editor.setObjectName(f"{field_name}Input")
        (editor.focusProxy() or editor).setAccessibleName(label_text)
        self.editors[field_name] = editor
        message = FieldMessage(field_name)
        self.messages[field_name] = message
        cell = QWidget()
        cell_layout = QVBoxLayout(cell)
        cell_layout.setContentsMargins(0, 0, 0, 0)
        cell_layout.setSpacing(2)
        cell_layout.addWidget(editor)
        if hint is not None:
            cell_layout.addWidget(hint)
        cell_layout.addWidget(message)
        form.addRow(self._row_label(label_text, editor), cell)

    def _row_label(self, text: str, buddy: QWidget) -> QLabel:
        """Exactly as tall as a one-line field and centred in it: the label stays level with its
        field when a hint or message makes the cell taller."""
        label = QLabel(text)
        label.setBuddy(buddy)
        label.setFixedHeight(self._row_height)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return label

    def _line_edit(self, field_name: str, hints: Qt.InputMethodHint | None = None) -> QLineEdit:
        edit = QLineEdit()
        if hints is not None:
            edit.setInputMethodHints(hints)
        edit.textChanged.connect(lambda _text, name=field_name: self._on_changed(name))
        return edit

    def _scrolling(self, content: QWidget, object_name: str) -> QScrollArea:
        """The fields scroll when the screen is too short for them with all their messages (the
        status and the buttons below stay in view); never sideways."""
        self._content = content
        self._scroll = QScrollArea()
        self._scroll.setObjectName(object_name)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; they scroll into view
        self._scroll.setWidget(content)
        self._fit_width()
        return self._scroll

    def _fit_width(self) -> None:
        """As wide as the fields need, since they cannot scroll sideways (large text too)."""
        scroll_bar = self._scroll.verticalScrollBar().sizeHint().width()
        self._scroll.setMinimumWidth(self._content.minimumSizeHint().width() + scroll_bar)

    def _add_footer(self, layout: QVBoxLayout, name: str) -> None:
        """The save message, and Save and Cancel; after the fields (every field's message is
        known by then)."""
        self.status = FieldMessage(f"{name}Save")
        layout.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName(f"{name}SaveButton")
        self.save_button.setDefault(True)
        self.save_button.setMinimumHeight(40)
        self.cancel_button = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName(f"{name}CancelButton")
        self.cancel_button.setMinimumHeight(40)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.form_errors = FormErrors(self.status, self.messages)

    def _available_height(self) -> int:
        screen = self.screen() or QApplication.primaryScreen()
        return screen.availableGeometry().height() - 60 if screen is not None else 10_000

    def _roomy_size(self, width_lines: int) -> None:
        """As tall as the fields want, and `width_lines` text lines wide, as far as the screen
        allows: long names and notes then stay on one line."""
        chrome = self.sizeHint().height() - self._scroll.sizeHint().height()
        wanted = self._content.sizeHint().height() + chrome + 40  # room for a message or two
        screen = self.screen() or QApplication.primaryScreen()
        room = screen.availableGeometry().width() - 40 if screen is not None else 10_000
        roomy = self.fontMetrics().lineSpacing() * width_lines
        width = max(self.minimumSizeHint().width(), min(roomy, room))
        self.resize(width, min(wanted, self._available_height()))

    def _typing_is_back(self, expected_version: int | None) -> None:
        """The end of `continue_draft`, once the form holds the typing again: saves are checked
        against the version the typing started from, and every field shows its problems."""
        if expected_version is not None:
            self._expected_version = expected_version
        self._touched = set(self.field_order)
        self.validate()
        self.status.show_warning(self.tr("Your unsaved changes from before the screen locked are back."))

    # --- reading and checking ------------------------------------------------------------------

    @property
    def expected_version(self) -> int | None:
        """The version a save is checked against."""
        return self._expected_version

    def _on_changed(self, field_name: str) -> None:
        if self._loading:
            return
        self._touched.add(field_name)
        self._server_errors.pop(field_name, None)
        self._validate_timer.start()

    def _show_messages(self, errors: dict[str, Message], warnings: dict[str, Message] | None = None) -> None:
        """Errors (red) at the fields the user has been to (every field once a save was tried),
        warnings (amber) always."""
        for field_name, message in self.messages.items():
            if field_name in errors and (self._show_all or field_name in self._touched):
                message.show_error(self._message_text(errors[field_name]))
            elif warnings and field_name in warnings:
                message.show_warning(self._message_text(warnings[field_name]))
            else:
                message.clear_message()

    def _message_text(self, message: Message) -> str:
        return message_text(message)

    def _focus_first_error(self, errors: dict[str, Message]) -> None:
        for field_name in self.field_order:
            if field_name in errors and field_name in self.editors:
                self.editors[field_name].setFocus()
                return

    # --- saving --------------------------------------------------------------------------------

    @property
    def is_saving(self) -> bool:
        return self._saving

    def save(self) -> None:
        if self._saving:
            return
        self._show_all = True
        errors = self.validate()
        if errors:
            self._refuse(errors)
            return
        self._write()

    def _refuse(self, errors: dict[str, Message]) -> None:
        """Each problem next to its field, the first field focused, and a word at the bottom."""
        self.form_errors.show(ValidationError(errors))
        self._focus_first_error(errors)
        unplaced = [message for name, message in errors.items() if name not in self.messages]
        text = self.tr("Not saved. Please correct the marked fields.")
        if unplaced:
            text += " " + " ".join(self._message_text(message) for message in unplaced)
        self.status.show_error(text)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.cancel_button.setEnabled(not saving)
        self.save_button.setText(self.tr("Saving…") if saving else self.tr("Save"))

    def _on_saved(self, stored: StoredT) -> None:
        self._stored = stored
        self._expected_version = stored.version
        self._baseline = self.form_input()
        self.saved.emit(stored)
        self.accept()

    # --- someone else saved first --------------------------------------------------------------

    def _ask_which_version(
        self,
        name: str,
        theirs: StoredT,
        text: str,
        informative: str,
        waiting: str,
        back: str = "",
        details: str = "",
    ) -> None:
        """Someone saved this record after it was opened here: the typing stays (the status says
        `waiting`), and the user keeps their version (it replaces theirs), takes theirs, or goes
        back to editing (then the status says `back`, if given). "Go back" is the default and
        the escape button: nothing typed is lost by pressing Enter or Esc."""
        box, (keep, use_theirs, _back) = question_box(
            self,
            name,
            QMessageBox.Icon.Warning,
            self.tr("Changed by someone else"),
            text,
            informative,
            [
                Choice(
                    self.tr("Keep my version"), QMessageBox.ButtonRole.AcceptRole, "conflictKeepMineButton"
                ),
                Choice(
                    self.tr("Use their version"),
                    QMessageBox.ButtonRole.DestructiveRole,
                    "conflictUseTheirsButton",
                ),
                Choice(self.tr("Go back to editing"), REJECT, "conflictBackButton"),
            ],
            default=2,
            escape=2,
        )
        if details:
            box.setDetailedText(details)

        def chosen(button: QAbstractButton) -> None:
            self.conflict_box = None
            if button is keep:
                self._expected_version = theirs.version  # the user has seen theirs and overrides it
                self.save()
            elif button is use_theirs:
                self.load(theirs)
                self.status.show_warning(
                    self.tr("Their version is in the form now. Your changes were not saved.")
                )
            elif back:
                self.status.show_warning(back)

        box.buttonClicked.connect(chosen)
        self.conflict_box = box
        self.status.show_warning(waiting)
        box.open()

    # --- closing -------------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: never drop typed changes without asking."""
        if self._saving:
            return
        if self._discard_confirmed or not self.is_dirty():
            super().reject()
            return
        box, (discard, _keep) = question_box(
            self,
            "discardDialog",
            QMessageBox.Icon.Question,
            self.tr("Close without saving?"),
            self.tr("You have changes that are not saved. Close and lose them?"),
            "",
            [
                Choice(
                    self.tr("Close without saving"),
                    QMessageBox.ButtonRole.DestructiveRole,
                    "discardChangesButton",
                ),
                Choice(self.tr("Keep editing"), REJECT, "keepEditingButton"),
            ],
            default=1,
            escape=1,
        )

        def chosen(button: QAbstractButton) -> None:
            if button is discard:
                self._discard_confirmed = True
                self.reject()

        box.buttonClicked.connect(chosen)
        box.open()

    def force_close(self) -> None:
        """Close without asking (logout or idle lock: the data must leave the screen; the view
        has kept the typing as a draft)."""
        self._discard_confirmed = True
        self._saving = False
        QDialog.reject(self)
