"""Privacy of the files the program writes (item 5): the data folder is 0700 and every file in
it 0600 on Linux and macOS, whatever the umask: the database with its -wal and -shm, the log and
its rotations, backups and safety backups, PDFs, preferences. Run in a child process started
with umask 000, the worst case: without the rules every file would be world-readable.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).with_name("private_files_writer.py")

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _write_everything(data: Path) -> tuple[subprocess.Popen[str], dict[str, int]]:
    """Start the writer with umask 000; once it is ready, the mode of everything it made."""
    env = dict(
        os.environ,
        CANTEEN_DATA_DIR=str(data),
        PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
    )
    env.pop("CANTEEN_DB_URL", None)
    child = subprocess.Popen(
        [sys.executable, str(WRITER)],
        cwd=REPO,
        env=env,
        umask=0,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    if line.strip() != "ready":
        child.kill()
        _out, errors = child.communicate(timeout=30)
        pytest.fail(f"the writer failed: {errors}")
    modes = {str(path.relative_to(data)): _mode(path) for path in [data, *data.rglob("*")]}
    return child, modes


def _finish(child: subprocess.Popen[str]) -> None:
    _out, errors = child.communicate("done\n", timeout=60)
    assert child.returncode == 0, errors


@pytest.mark.parametrize("folder_exists", [False, True], ids=["new_folder", "existing_wide_folder"])
def test_everything_in_the_data_folder_is_owner_only_under_umask_000(
    tmp_path: Path, folder_exists: bool
) -> None:
    data = tmp_path / "canteen-data"
    if folder_exists:
        # Left behind by an older program or made by hand, open to everyone.
        data.mkdir()
        os.chmod(data, 0o777)
        for name in ("canteen.sqlite3", "canteen-app.log"):
            (data / name).touch()
            os.chmod(data / name, 0o666)

    child, modes = _write_everything(data)
    try:
        expected = {
            "canteen.sqlite3",
            "canteen.sqlite3-wal",
            "canteen.sqlite3-shm",
            "canteen-app.log",
            "rotating.log",
            "rotating.log.1",
            "rotating.log.2",
            "cli-bugs.log",
            "preferences.json",
            "backups/backup.sqlite3",
            "report.pdf",
        }
        assert expected <= modes.keys()
        assert [name for name in modes if name.startswith("canteen-before-restore-")]
        wrong = {
            name: oct(mode)
            for name, mode in modes.items()
            if mode != (0o700 if (tmp_path / "canteen-data" / name).is_dir() else 0o600)
        }
        assert wrong == {}
    finally:
        _finish(child)
