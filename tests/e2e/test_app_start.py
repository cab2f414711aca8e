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
