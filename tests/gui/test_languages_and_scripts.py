"""The participants' languages in the UI: named in the UI language and in their own, and their
scripts drawn with real glyphs (the shipped Noto fonts), never as missing-glyph boxes."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from canteen_app.access import Actor, Role
from tests.gui.conftest import save_screenshot
from ui.common.context import UiContext
from ui.common.fonts import load_script_fonts
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


NAMES = "ሰላም ተስፋይ · فاطمة الزهراء · مهدی رضایی · Олена · Łukasz · Åse"


def _glyph_runs(text: str, font: QFont) -> list[tuple[str, list[int]]]:
    """The font family and glyph indexes Qt draws `text` with; glyph 0 is the missing-glyph box."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), list(run.glyphIndexes())) for run in layout.glyphRuns()]


@pytest.mark.parametrize("bold", [False, True], ids=["regular", "bold"])
def test_tigrinya_and_arabic_names_render_without_missing_glyph_boxes(qtbot: QtBot, bold: bool) -> None:
    assert load_script_fonts() == ["Noto Sans Arabic", "Noto Sans Ethiopic"]
    label = QLabel(NAMES)
    font = label.font()
    font.setBold(bold)
    label.setFont(font)
    qtbot.addWidget(label)
    label.show()

    runs = _glyph_runs(label.text(), label.font())
    assert [family for family, glyphs in runs if 0 in glyphs] == []
    # The PC here has no Ethiopic font of its own: the shipped one draws Tigrinya.
    ethiopic = [family for family, glyphs in runs if family == "Noto Sans Ethiopic"]
    assert ethiopic
    save_screenshot(label, f"scripts_in_the_ui_{'bold' if bold else 'regular'}")


def test_the_language_list_shows_every_script(
    qtbot: QtBot, make_context: MakeContext, users: dict[Role, Actor]
) -> None:
    load_script_fonts()
    dialog = ParticipantDialog(make_context(users[Role.JOB_COACH]), coaches=[])
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    for index in range(combo.count()):
        runs = _glyph_runs(combo.itemText(index), combo.font())
        assert [family for family, glyphs in runs if 0 in glyphs] == [], combo.itemText(index)
