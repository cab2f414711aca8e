"""PySide6's import hook no longer reads the source of every module imported after it (see
`ui.common.import_scan`), and still tells modules that use PySide6 from those that do not."""

from __future__ import annotations

import importlib
import linecache
import sys
from pathlib import Path

import pytest

import ui  # noqa: F401  (the package replaces the scan when it is imported)
from ui.common.import_scan import module_uses_pyside, skip_source_scan


@pytest.fixture
def module_folder(tmp_path: Path) -> Path:
    sys.path.insert(0, str(tmp_path))
    yield tmp_path
    sys.path.remove(str(tmp_path))


def _import_new(folder: Path, name: str, source: str) -> object:
    (folder / f"{name}.py").write_text(source, encoding="utf-8")
    importlib.invalidate_caches()
    try:
        return __import__(name)  # an import statement's way, through the hook (import_module is not)
    finally:
        sys.modules.pop(name, None)


def test_this_pyside6_has_the_scan_and_it_is_replaced() -> None:
    # Fails after a PySide6 upgrade that changed its import hook: look at import_scan again.
    assert skip_source_scan()


def test_a_module_imported_after_pyside6_is_not_read_as_source(module_folder: Path) -> None:
    path = module_folder / "plain_module_for_scan.py"
    _import_new(module_folder, "plain_module_for_scan", "VALUE = 1\n" * 1000)
    assert str(path) not in linecache.cache


def test_modules_using_pyside6_are_still_told_apart(module_folder: Path) -> None:
    with_qt = _import_new(module_folder, "qt_module_for_scan", "from PySide6.QtCore import QObject\n")
    with_module = _import_new(module_folder, "qt_module2_for_scan", "from PySide6 import QtCore\n")
    without = _import_new(module_folder, "no_qt_module_for_scan", "import json\nVALUE = 'PySide6'\n")
    assert module_uses_pyside(with_qt)  # type: ignore[arg-type]
    assert module_uses_pyside(with_module)  # type: ignore[arg-type]
    assert not module_uses_pyside(without)  # type: ignore[arg-type]
