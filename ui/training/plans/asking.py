"""The questions the plan's screens ask before throwing typed work away or changing history."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from ui.common.dialogs import DESTRUCTIVE, REJECT, Choice, question_box


def confirm(
    parent: QWidget,
    name: str,
    title: str,
    text: str,
    informative: str,
    do: tuple[str, str],
    keep: tuple[str, str],
    on_yes: Callable[[], None],
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
) -> QMessageBox:
    """Ask; `do` and `keep` are (button text, object name). Keeping is the default and the
    escape button: Enter or Esc never throws anything away."""
    box, (yes, _keep) = question_box(
        parent,
        name,
        icon,
        title,
        text,
        informative,
        [Choice(do[0], DESTRUCTIVE, do[1]), Choice(keep[0], REJECT, keep[1])],
        default=1,
        escape=1,
    )

    def chosen(button: QAbstractButton) -> None:
        if button is yes:
            on_yes()

    box.buttonClicked.connect(chosen)
    box.open()
    return box
