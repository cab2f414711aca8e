"""ruff, mypy (strict for the core) and the import-linter layering contracts.

They run as tests so that the one test command in the README checks everything.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    tool = BIN / command[0]
    executable = str(tool) if tool.exists() else shutil.which(command[0])
    if executable is None:
        pytest.fail(f"{command[0]} is not installed (uv sync installs the dev tools)")
    return subprocess.run([executable, *command[1:]], cwd=ROOT, capture_output=True, text=True, check=False)


def test_ruff_finds_nothing() -> None:
    result = _run("ruff", "check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_code_is_formatted() -> None:
    result = _run("ruff", "format", "--check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_passes_strict_for_the_core() -> None:
    result = _run("mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_contracts_hold() -> None:
    """The core never imports Qt or the UI; the UI never touches the database directly."""
    result = _run("lint-imports")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 7 kept, 0 broken" in result.stdout


def _feature_of(module: str) -> str | None:
    """`canteen_app.canteen.guests.service` -> `canteen_app.canteen.guests`."""
    parts = module.split(".")
    if (
        len(parts) >= 3
        and parts[0] == "canteen_app"
        and parts[1] in {"platform", "canteen", "training", "referrals"}
    ):
        return ".".join(parts[:3])
    return None


def test_no_feature_reads_another_features_tables() -> None:
    """A service asks another feature's service, never its models (docs/architecture.md).
    Only the models registry and the demo-data generator may import any feature's models."""
    import grimp

    graph = grimp.build_graph("canteen_app")
    allowed = ("canteen_app.db.registry", "canteen_app.demo")
    wrong = []
    for module in sorted(graph.modules):
        if not module.endswith(".models") or _feature_of(module) is None:
            continue
        for importer in graph.find_modules_that_directly_import(module):
            if importer.startswith(allowed) or _feature_of(importer) == _feature_of(module):
                continue
            wrong.append(f"{importer} imports {module}")
    assert not wrong, "\n".join(wrong)
