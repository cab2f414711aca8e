"""What the participant dialog shows when someone else saved the participant first: the fields
that differ, both versions side by side (the question itself, with its three ways on, is
`EditDialog._ask_which_version`).

The texts belong to `ParticipantDialog`, which owns the question, and keep its translation
context: the Norwegian .ts file is keyed on it. Hence `QCoreApplication.translate` with that
context here, where the dialog's own code says `self.tr`.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from canteen_app.training.participants.dto import ParticipantDetails
from canteen_app.training.participants.rules import ParticipantInput
from ui.training.participants.formatting import FIELDS, field_label, format_date, language_name, measure_name

CONFLICT_VALUE_CHARS = 160  # longer texts are cut in the summary; the details show them whole

# (field name, their value, my value), the values as the user knows them.
Difference = tuple[str, str, str]


def differences(
    theirs: ParticipantDetails, mine: ParticipantInput, coach_combo: QComboBox
) -> list[Difference]:
    """(field, their value, my value) for every field where the two versions differ."""
    mine = mine.cleaned()
    rows = []
    for field_name in FIELDS:
        their_value, my_value = getattr(theirs, field_name), getattr(mine, field_name)
        if their_value != my_value:
            rows.append(
                (
                    field_name,
                    shown_value(field_name, their_value, theirs.coach_name, coach_combo),
                    shown_value(field_name, my_value, None, coach_combo),
                )
            )
    return rows


def shown_value(field_name: str, value: Any, coach_name: str | None, coach_combo: QComboBox) -> str:
    """A value as the user knows it: names, not codes or ids."""
    if value is None or value == "":
        return QCoreApplication.translate("ParticipantDialog", "(empty)")
    if field_name == "coach_id":
        index = coach_combo.findData(value)
        return coach_name or (coach_combo.itemText(index) if index >= 0 else str(value))
    shown: dict[str, Callable[[Any], str]] = {
        "preferred_language": language_name,
        "nav_measure": measure_name,
        "measure_start": format_date,
        "measure_planned_end": format_date,
        "participation_percent": lambda percent: f"{percent} %",
    }
    return shown.get(field_name, str)(value)


def explanation(differences: list[Difference], saved_at: str) -> tuple[str, str]:
    """What the question says under its message: (the differing fields side by side, or that
    the values are the same; every difference in full, for "Show Details…", or "")."""
    if not differences:
        same = QCoreApplication.translate(
            "ParticipantDialog", "Saved by someone else at {time}, with the same values you typed."
        )
        return same.format(time=saved_at), ""
    details = "\n\n".join(
        QCoreApplication.translate(
            "ParticipantDialog", "{field}\n  Their version: {theirs}\n  Your version: {mine}"
        ).format(field=field_label(name), theirs=their, mine=my)
        for name, their, my in differences
    )
    return _conflict_table(differences, saved_at), details


def _conflict_table(differences: list[Difference], saved_at: str) -> str:
    intro = QCoreApplication.translate(
        "ParticipantDialog", "Saved by someone else at {time}. These fields differ:"
    ).format(time=saved_at)
    titles = (
        QCoreApplication.translate("ParticipantDialog", "Field"),
        QCoreApplication.translate("ParticipantDialog", "Their version"),
        QCoreApplication.translate("ParticipantDialog", "Your version"),
    )
    head = "".join(f"<th align='left'>{html.escape(title)}</th>" for title in titles)
    rows = "".join(
        f"<tr><td><b>{html.escape(field_label(name))}</b></td>"
        f"<td>{html.escape(_cut(their))}</td><td>{html.escape(_cut(my))}</td></tr>"
        for name, their, my in differences
    )
    question = QCoreApplication.translate("ParticipantDialog", "Which version should be kept?")
    return (
        f"<p>{html.escape(intro)}</p><table cellspacing='0' cellpadding='4'><tr>{head}</tr>{rows}</table>"
        f"<p>{html.escape(question)}</p>"
    )


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= CONFLICT_VALUE_CHARS else text[: CONFLICT_VALUE_CHARS - 1] + "…"
