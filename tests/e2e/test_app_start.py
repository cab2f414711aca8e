"""The real `canteen-app` program started as a user would start it, in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import create_engine, text

from canteen_app.app import open_database
from canteen_app.core.config import Preferences, save_preferences

ROOT = Path(__file__).resolve().parents[2]


def _run_app(*args: str, data_dir: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CANTEEN_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CANTEEN_DB_URL", None)
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_self_test_brings_the_whole_app_up_on_a_new_database(tmp_path: Path, db_url: str) -> None:
    result = _run_app("--self-test", "--db", db_url, data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "self-test ok" in result.stdout
    engine = create_engine(db_url)
    with engine.connect() as connection:  # the migrations ran on the way up
        assert connection.scalar(text("SELECT count(*) FROM sites")) == 1
    engine.dispose()


def test_the_default_database_lives_in_the_data_folder(tmp_path: Path) -> None:
    result = _run_app("--self-test", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "canteen.sqlite3").exists()


def test_demo_fills_an_empty_database_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    first = _run_app("--self-test", "--demo", "--db", url, data_dir=tmp_path, timeout=300)
    assert first.returncode == 0, first.stderr
    db = open_database(url)
    with db.engine.connect() as connection:
        users = connection.scalar(text("SELECT count(*) FROM users"))
        taps = connection.scalar(text("SELECT count(*) FROM guest_taps"))
    db.dispose()
    assert users == 5 and taps > 50_000
    # A second --demo leaves the data alone.
    second = _run_app("--self-test", "--demo", "--db", url, data_dir=tmp_path)
    assert second.returncode == 0, second.stderr
    db = open_database(url)
    with db.engine.connect() as connection:
        assert connection.scalar(text("SELECT count(*) FROM guest_taps")) == taps
    db.dispose()


UNREACHABLE = "postgresql://nobody@127.0.0.1:1/none"


def test_an_unreachable_database_fails_with_the_reason_in_norwegian_by_default(tmp_path: Path) -> None:
    result = _run_app("--self-test", "--db", UNREACHABLE, data_dir=tmp_path)
    assert result.returncode != 0
    assert "Kan ikke åpne databasen" in result.stderr
    assert "Traceback" not in result.stderr


def test_lang_en_and_the_saved_language_of_the_pc_switch_to_english(tmp_path: Path) -> None:
    chosen = _run_app("--self-test", "--lang", "en", "--db", UNREACHABLE, data_dir=tmp_path)
    assert "Cannot open the database" in chosen.stderr
    save_preferences(Preferences(language="en"), tmp_path)
    saved = _run_app("--self-test", "--db", UNREACHABLE, data_dir=tmp_path)
    assert "Cannot open the database" in saved.stderr
    overruled = _run_app("--self-test", "--lang", "nb", "--db", UNREACHABLE, data_dir=tmp_path)
    assert "Kan ikke åpne databasen" in overruled.stderr


def test_a_database_from_a_newer_program_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'future.sqlite3'}"
    open_database(url).dispose()
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    result = _run_app("--self-test", "--lang", "en", "--db", url, data_dir=tmp_path)
    assert result.returncode != 0
    assert "newer version" in result.stderr and "9999_future" in result.stderr


def _damage(path: Path) -> None:
    """Overwrite the middle of a real database file, as a failing disk would."""
    size = path.stat().st_size
    with path.open("r+b") as raw:
        raw.seek(size // 2)
        raw.write(os.urandom(min(8192, size // 4)))


def test_a_damaged_database_says_restore_a_backup(tmp_path: Path) -> None:
    not_a_database = tmp_path / "notes.sqlite3"
    not_a_database.write_text("Handleliste: melk, egg, mel\n" * 300, encoding="utf-8")
    result = _run_app("--self-test", "--lang", "en", "--db", f"sqlite:///{not_a_database}", data_dir=tmp_path)
    assert result.returncode == 1
    assert "damaged or is not a database. Restore a backup" in result.stderr
    assert "Traceback" not in result.stderr and "unexpected" not in result.stderr


def test_an_unusable_data_folder_still_starts_and_says_what_is_wrong(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    folder = blocker / "canteen"  # a folder cannot be made inside a file, even by root
    url = f"sqlite:///{tmp_path / 'elsewhere.sqlite3'}"
    with_db = _run_app("--self-test", "--lang", "en", "--db", url, data_dir=folder)
    assert with_db.returncode == 0, with_db.stderr  # the program runs on the database it was given
    assert f"The data folder {folder} cannot be used" in with_db.stderr
    without_db = _run_app("--self-test", "--lang", "en", data_dir=folder)
    assert without_db.returncode == 1
    assert f"The data folder {folder} cannot be used" in without_db.stderr
    assert "Traceback" not in without_db.stderr + with_db.stderr
