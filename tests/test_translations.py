"""The translations: complete, in step with the code, compiled, and actually used.

`resources/translations/canteen_nb.ts` is the Norwegian source, `canteen_en.ts` holds only the
English plural forms ("1 day" / "2 days"), and `qtbase_nb.ts` Qt's own button texts; each is
compiled to its .qm with `pyside6-lrelease`. When a test here fails after you added or changed
a user-visible string, update the .ts files, translate the new entries and compile (README).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from canteen_app.core.errors import LoginFailedError, NotAuthorizedError
from canteen_app.core.text import Message
from ui.common.i18n import install_language, message_text

ROOT = Path(__file__).resolve().parents[1]
TS_FILE = ROOT / "resources" / "translations" / "canteen_nb.ts"
QM_FILE = ROOT / "resources" / "translations" / "canteen_nb.qm"
SOURCE_FOLDERS = ("ui", "canteen_app")

PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
ACCELERATOR = re.compile(r"&(?!&)(?=\S)")  # "&&" is a literal ampersand
GONE = frozenset({"vanished", "obsolete"})  # source strings no longer in the code


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    comment: str | None  # lupdate's disambiguation, if any
    translations: tuple[str, ...]  # one, or one per plural form
    state: str | None  # the translation's type attribute: None when finished

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r}"


def read_ts(path: Path) -> list[Entry]:
    entries = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"a message in {name} has no <translation>"
            forms = [form.text or "" for form in translation.iter("numerusform")]
            entries.append(
                Entry(
                    context=name,
                    source=message.findtext("source", default=""),
                    comment=message.findtext("comment"),
                    translations=tuple(forms) if forms else (translation.text or "",),
                    state=translation.get("type"),
                )
            )
    return entries


def live_entries(path: Path) -> list[Entry]:
    return [entry for entry in read_ts(path) if entry.state not in GONE]


def qt_tool(name: str) -> str:
    """A PySide6 tool from the environment running the tests (no `uv run` needed)."""
    folder = Path(sys.executable).parent
    found = shutil.which(name, path=str(folder)) or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} was not found next to {sys.executable}; install PySide6")
    return found


def run_tool(*command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [qt_tool(command[0]), *command[1:]], cwd=cwd, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}"
    return result


def python_sources() -> list[Path]:
    return sorted(path for folder in SOURCE_FOLDERS for path in (ROOT / folder).rglob("*.py"))


def compile_ts(ts_file: Path, out: Path) -> None:
    # -fail-on-invalid: Qt's own checks of accelerators, surrounding spaces, end punctuation
    # and place markers, on top of the checks below.
    run_tool("pyside6-lrelease", "-fail-on-invalid", str(ts_file), "-qm", str(out), cwd=ROOT)


# --- the .ts itself ---------------------------------------------------------------------------


def test_the_translation_file_has_entries() -> None:
    assert len(live_entries(TS_FILE)) > 100


def test_every_message_is_translated() -> None:
    missing = [
        str(entry)
        for entry in live_entries(TS_FILE)
        if entry.state is not None or not all(text.strip() for text in entry.translations)
    ]
    assert not missing, f"{len(missing)} message(s) not translated in {TS_FILE.name}:\n" + "\n".join(missing)


def test_translations_keep_the_placeholders() -> None:
    wrong = []
    for entry in live_entries(TS_FILE):
        expected = set(PLACEHOLDER.findall(entry.source))
        for text in entry.translations:
            found = set(PLACEHOLDER.findall(text))
            if found != expected:
                wrong.append(f"{entry}: expects {sorted(expected)}, has {sorted(found)} in {text!r}")
    assert not wrong, "placeholders differ:\n" + "\n".join(wrong)


def test_translations_keep_accelerators_line_breaks_and_endings() -> None:
    wrong = []
    for entry in live_entries(TS_FILE):
        source = entry.source
        for text in entry.translations:
            if len(ACCELERATOR.findall(text)) != len(ACCELERATOR.findall(source)):
                wrong.append(f"{entry}: keyboard accelerator (&) differs in {text!r}")
            if text.count("\n") != source.count("\n"):
                wrong.append(f"{entry}: line breaks differ in {text!r}")
            for ending in ("…", ":"):
                if source.endswith(ending) != text.endswith(ending):
                    wrong.append(f"{entry}: ending {ending!r} differs in {text!r}")
            if source != source.strip() and (source[0].isspace(), source[-1].isspace()) != (
                text[:1].isspace(),
                text[-1:].isspace(),
            ):
                wrong.append(f"{entry}: leading/trailing space differs in {text!r}")
    assert not wrong, "\n".join(wrong)


# --- in step with the code -------------------------------------------------------------------


def test_the_translation_file_covers_every_source_string(tmp_path: Path) -> None:
    """lupdate on the current code adds nothing new: every user-visible string has its entry."""
    copy = tmp_path / TS_FILE.name
    shutil.copyfile(TS_FILE, copy)
    before = {(entry.context, entry.source) for entry in live_entries(TS_FILE)}
    result = run_tool(
        "pyside6-lupdate", *(str(path) for path in python_sources()), "-ts", str(copy), cwd=tmp_path
    )
    after = live_entries(copy)
    new = [str(entry) for entry in after if (entry.context, entry.source) not in before]
    untranslated = [str(entry) for entry in after if entry.state == "unfinished"]
    assert not new and not untranslated, (
        f"source strings without a translation in {TS_FILE.name} (update and translate it, "
        "see the top of this file):\n"
        + "\n".join(sorted(set(new) | set(untranslated)))
        + "\n"
        + result.stdout
    )


@pytest.mark.parametrize("name", ["canteen_nb", "canteen_en", "qtbase_nb"])
def test_the_compiled_files_are_up_to_date(tmp_path: Path, name: str) -> None:
    ts_file, qm_file = TS_FILE.with_name(f"{name}.ts"), TS_FILE.with_name(f"{name}.qm")
    fresh = tmp_path / qm_file.name
    compile_ts(ts_file, fresh)
    assert fresh.read_bytes() == qm_file.read_bytes(), (
        f"{qm_file.name} is not compiled from the current {ts_file.name}: run "
        f"`pyside6-lrelease {ts_file.name} -qm {qm_file.name}` in {ts_file.parent}"
    )


def test_every_plural_string_has_its_english_forms() -> None:
    """English is the source language, but "%n day(s)" needs a translation to read well."""
    plurals = {(e.context, e.source) for e in live_entries(TS_FILE) if len(e.translations) > 1}
    english = {(e.context, e.source): e for e in live_entries(TS_FILE.with_name("canteen_en.ts"))}
    missing = [f"[{c}] {s!r}" for c, s in sorted(plurals) if (c, s) not in english]
    unfinished = [str(e) for e in english.values() if e.state is not None or not all(e.translations)]
    assert plurals and not missing and not unfinished, "\n".join(missing + unfinished)


@pytest.mark.parametrize(
    ("language", "one", "many"),
    [
        ("nb", "Tiltaket slutter om 1 dag.", "Tiltaket slutter om 5 dager."),
        ("en", "The measure ends in 1 day.", "The measure ends in 5 days."),
    ],
)
def test_counts_read_naturally_in_both_languages(
    qapp: QApplication, language: str, one: str, many: str
) -> None:
    install_language(language)
    try:
        text = "The measure ends in %n day(s)."
        assert QCoreApplication.translate("ParticipantTableModel", text, None, 1) == one
        assert QCoreApplication.translate("ParticipantTableModel", text, None, 5) == many
    finally:
        install_language("en")


def test_the_compiled_file_gives_every_translation(qapp: QApplication) -> None:
    translator = QTranslator()
    assert translator.load(str(QM_FILE)), f"{QM_FILE} cannot be loaded"
    wrong = [
        str(entry)
        for entry in live_entries(TS_FILE)
        if len(entry.translations) == 1  # plural forms need a count; lrelease checks those
        and translator.translate(entry.context, entry.source, entry.comment) != entry.translations[0]
    ]
    assert not wrong, f"{QM_FILE.name} disagrees with {TS_FILE.name}:\n" + "\n".join(wrong)


# --- used by the running program -------------------------------------------------------------


@pytest.fixture
def norwegian(qapp: QApplication) -> Iterator[None]:
    install_language("nb")
    try:
        yield
    finally:
        install_language("en")  # the GUI tests read the English source texts


def test_ui_texts_come_out_in_norwegian(norwegian: None) -> None:
    assert QCoreApplication.translate("KioskView", "Undo last") == "Angre siste"
    assert QCoreApplication.translate("KioskView", "Guests today") == "Gjester i dag"
    assert QCoreApplication.translate("pages", "Audit log") == "Tilgangslogg"
    assert QCoreApplication.translate("roles", "job coach") == "jobbkonsulent"
    assert QCoreApplication.translate("ParticipantFields", "Support needs") == "Tilretteleggingsbehov"


def test_core_messages_come_out_in_norwegian_with_their_values(norwegian: None) -> None:
    text = message_text(LoginFailedError(3).message)
    assert text == "Feil navn eller PIN-kode. Forsøk igjen før kontoen låses: 3."
    assert message_text(NotAuthorizedError().message) == "Du har ikke tilgang til dette."
    limit = Message("up to 2 years, +1 year exceptionally", context="nav")
    assert message_text(limit) == "inntil 2 år, +1 år i særlige tilfeller"


def test_switching_back_to_english_gives_the_source_texts(qapp: QApplication) -> None:
    install_language("nb")
    try:
        assert QCoreApplication.translate("KioskView", "Undo last") == "Angre siste"
    finally:
        install_language("en")
    assert QCoreApplication.translate("KioskView", "Undo last") == "Undo last"
    assert (
        message_text(LoginFailedError(3).message)
        == "Wrong name or PIN. Tries left before the account locks: 3."
    )


def test_qts_own_buttons_speak_norwegian_too(qapp: QApplication) -> None:
    """Standard buttons and 'Show Details...' come from Qt, not from our code."""
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    install_language("nb")
    try:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"
        box = QMessageBox(QMessageBox.Icon.Warning, "Tittel", "Tekst")
        box.setDetailedText("detaljer")
        texts = {button.text() for button in box.buttons()}
        assert "Vis detaljer …" in texts
    finally:
        install_language("en")
