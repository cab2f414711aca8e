"""The question a screen asks before something it cannot undo (or before throwing work away):
one window-modal message box, built the same way everywhere."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

ACCEPT = QMessageBox.ButtonRole.AcceptRole
REJECT = QMessageBox.ButtonRole.RejectRole
DESTRUCTIVE = QMessageBox.ButtonRole.DestructiveRole


@dataclass(frozen=True)
class Choice:
    """One button of a question: its text, its role, and its object name (for tests)."""

    text: str
    role: QMessageBox.ButtonRole
    name: str


def question_box(
    parent: QWidget,
    name: str,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    informative: str,
    choices: Sequence[Choice],
    default: int,
    escape: int | None = None,
    delete_on_close: bool = True,
) -> tuple[QMessageBox, list[QPushButton]]:
    """A message box with `choices` as its buttons (`default` and `escape` index them), not yet
    shown: connect `buttonClicked`, then `open()` it."""
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    buttons = []
    for choice in choices:
        button = box.addButton(choice.text, choice.role)
        button.setObjectName(choice.name)
        buttons.append(button)
    box.setDefaultButton(buttons[default])
    if escape is not None:
        box.setEscapeButton(buttons[escape])
    if delete_on_close:
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box, buttons
