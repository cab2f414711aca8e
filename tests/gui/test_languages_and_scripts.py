"""The participants' languages in the UI: named in the UI language and in their own."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from canteen_app.access import Actor, Role
from ui.common.context import UiContext
from ui.common.i18n import install_language
from ui.training.participants import ParticipantDialog

MakeContext = Callable[..., UiContext]


def _language_list(qtbot: QtBot, context: UiContext) -> list[str]:
    dialog = ParticipantDialog(context, coaches=[])
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    return [combo.itemText(index) for index in range(combo.count())]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "nb",
            [
                "Norsk bokmål",
                "Engelsk (English)",
                "Arabisk (العربية)",
                "Somali (Soomaali)",
                "Tigrinja (ትግርኛ)",
                "Ukrainsk (Українська)",
                "Polsk (Polski)",
                "Dari (دری)",
            ],
        ),
        (
            "en",
            [
                "Norwegian Bokmål (Norsk bokmål)",
                "English",
                "Arabic (العربية)",
                "Somali (Soomaali)",
                "Tigrinya (ትግርኛ)",
                "Ukrainian (Українська)",
                "Polish (Polski)",
                "Dari (دری)",
            ],
        ),
    ],
)
def test_the_language_list_names_each_language_in_the_ui_language_then_its_own(
    qtbot: QtBot, make_context: MakeContext, users: dict[Role, Actor], language: str, expected: list[str]
) -> None:
    install_language(language)
    context = make_context(users[Role.JOB_COACH], language=language)
    assert _language_list(qtbot, context) == expected
