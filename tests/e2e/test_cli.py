"""`canteen-admin` as an admin or a script runs it: a real subprocess on a real database."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import inspect
from sqlalchemy.engine import make_url

from canteen_app.access import Role
from canteen_app.app import AppServices, build_services, database_of, open_database
from canteen_app.cli import main as cli_main
from canteen_app.db.migrate import SCHEMA_HEAD
from canteen_app.platform.auth.service import AuthService
from tests.conftest import FakeClock
from tests.helpers import KIOSK, SYSTEM

REPO = Path(__file__).resolve().parents[2]
CLI = [sys.executable, "-m", "canteen_app.cli"]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("CANTEEN_DB_URL", None)  # only --db decides which database is used
    return env


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLI, *args],
        cwd=REPO,
        env=_env(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=180,
        check=False,
    )


def _assert_ok(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def _tap_a_day(services: AppServices, clock: FakeClock) -> None:
    """2026-11-25: two guests, one visitor, and one mistaken tap taken back."""
    visitor = services.guests.add_category(SYSTEM, "Besøkende", "Visitor").id
    for category in (1, visitor, 1):
        clock.advance(seconds=30)
        services.guests.record_tap(KIOSK, category, "kiosk-1")
    services.guests.record_tap(KIOSK, visitor, "kiosk-1")
    services.guests.undo_last_tap(KIOSK, "kiosk-1")


def test_init_then_create_user_gives_a_user_who_can_log_in(db_url: str, clock: FakeClock) -> None:
    init = run_cli("--db", db_url, "init")
    _assert_ok(init)
    assert init.stdout.strip() == f"Database ready (schema {SCHEMA_HEAD})."

    created = run_cli(
        "--db", db_url, "create-user", "--name", "Kari Nordmann", "--role", "canteen-manager", "--pin", "4321"
    )
    _assert_ok(created)
    assert "Kari Nordmann" in created.stdout and "canteen_manager" in created.stdout

    app = build_services(open_database(db_url), clock)
    try:
        assert {"guest_taps", "users", "participants", "audit_log"} <= set(
            inspect(database_of(app).engine).get_table_names()
        )
        actor = app.auth.login("kari nordmann", "4321")
        assert actor.role is Role.CANTEEN_MANAGER
    finally:
        app.close()


def test_guests_for_a_day_as_json_and_as_text(services: AppServices, db_url: str, clock: FakeClock) -> None:
    _tap_a_day(services, clock)

    as_json = run_cli("--db", db_url, "guests", "--date", "2026-11-25", "--json")
    _assert_ok(as_json)
    assert json.loads(as_json.stdout) == {"total": 3, "Gjest": 2, "Besøkende": 1}

    as_text = run_cli("--db", db_url, "guests", "--date", "2026-11-25")
    _assert_ok(as_text)
    lines = [line.split() for line in as_text.stdout.strip().splitlines()]
    assert lines == [["Guests", "on", "2026-11-25"], ["Gjest", "2"], ["Besøkende", "1"], ["Total", "3"]]


def test_report_guests_writes_the_monthly_pdf(
    services: AppServices, db_url: str, clock: FakeClock, tmp_path: Path
) -> None:
    _tap_a_day(services, clock)
    out = tmp_path / "reports" / "gjester-2026-11.pdf"
    out.parent.mkdir()
    result = run_cli("--db", db_url, "report", "guests", "--month", "2026-11", "--out", str(out))
    _assert_ok(result)
    assert out.read_bytes().startswith(b"%PDF")
    assert out.stat().st_size > 1000
    assert [p.name for p in out.parent.iterdir()] == [out.name]  # no temporary file left over


def test_backup_writes_a_file_holding_the_taps(
    services: AppServices, db_url: str, clock: FakeClock, tmp_path: Path
) -> None:
    _tap_a_day(services, clock)
    out = tmp_path / "backup.dump"
    result = run_cli("--db", db_url, "backup", "--out", str(out))
    _assert_ok(result)
    assert str(out) in result.stdout
    if services.backend == "sqlite":
        with contextlib.closing(sqlite3.connect(out)) as backup:
            assert (
                backup.execute("SELECT count(*) FROM guest_taps WHERE undone_at IS NULL").fetchone()[0] == 3
            )
    else:
        assert out.read_bytes().startswith(b"PGDMP")


def _assert_one_line_error(result: subprocess.CompletedProcess[str], what: str) -> None:
    assert result.returncode != 0, what
    assert "Traceback" not in result.stderr, f"{what}: {result.stderr}"
    lines = result.stderr.splitlines()
    assert len(lines) == 1, f"{what}: {result.stderr!r}"
    assert lines[0].startswith("canteen-admin"), what
    assert result.stdout == "", what


def test_user_mistakes_end_with_one_line_on_stderr_and_no_traceback(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'canteen.sqlite3'}"
    a_folder = tmp_path / "a-folder"
    a_folder.mkdir()
    mistakes = {
        "bad date": ["--db", db, "guests", "--date", "2026-13-01"],
        "date in the wrong order": ["--db", db, "guests", "--date", "25.11.2026"],
        "bad month": [
            "--db",
            db,
            "report",
            "guests",
            "--month",
            "november",
            "--out",
            str(tmp_path / "r.pdf"),
        ],
        "bad role": ["--db", db, "create-user", "--name", "Per", "--role", "chef", "--pin", "1234"],
        "unknown command": ["--db", db, "frobnicate"],
        "missing argument": ["--db", db, "guests"],
        "unreachable database": ["--db", "postgresql://x@127.0.0.1:1/db", "guests", "--date", "2026-11-25"],
        "not a database URL": ["--db", "mysql://a@b/c", "init"],
        "URL with a bad port": ["--db", "postgresql://kari:s3cret-pw@host:notaport/db", "init"],
        "URL without a scheme": ["--db", "kari:s3cret-pw@host/db", "init"],
        "backup onto a folder": ["--db", db, "backup", "--out", str(a_folder)],
    }
    # Started together: each one pays the interpreter start-up, so do it in parallel.
    running = {
        what: subprocess.Popen(
            [*CLI, *args],
            cwd=REPO,
            env=_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        for what, args in mistakes.items()
    }
    results = {}
    for what, process in running.items():
        stdout, stderr = process.communicate(timeout=180)
        results[what] = subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)
    for what, result in results.items():
        _assert_one_line_error(result, what)
    assert "Cannot open the database" in results["unreachable database"].stderr
    for what in ("URL with a bad port", "URL without a scheme"):
        assert "not a database URL" in results[what].stderr
        assert "s3cret-pw" not in results[what].stderr, what  # never a password in an error text
    assert str(a_folder) in results["backup onto a folder"].stderr  # names the path the user gave
    assert list(a_folder.iterdir()) == []


def test_a_too_short_pin_is_refused_with_one_line(db_url: str, clock: FakeClock) -> None:
    result = run_cli(
        "--db", db_url, "create-user", "--name", "Jonas Berg", "--role", "job_coach", "--pin", "1234"
    )
    _assert_one_line_error(result, "too short PIN")
    assert "6 to 12 digits" in result.stderr
    app = build_services(open_database(db_url), clock)
    try:
        assert not app.auth.has_users()
    finally:
        app.close()


def test_out_never_creates_folders_or_writes_over_devices_and_folders(
    tmp_path: Path, sqlite_url: str
) -> None:
    missing = tmp_path / "no-such-folder" / "report.pdf"
    a_folder = tmp_path / "a-folder"
    a_folder.mkdir()
    cases = {
        "missing folder": (["report", "guests", "--month", "2026-11", "--out", str(missing)], missing.parent),
        "device": (["backup", "--out", "/dev/null"], Path("/dev/null")),
        "folder": (["report", "guests", "--month", "2026-11", "--out", str(a_folder)], a_folder),
    }
    for what, (args, named) in cases.items():
        result = run_cli("--db", sqlite_url, *args)
        _assert_one_line_error(result, what)
        assert str(named) in result.stderr, what
        assert ".part" not in result.stderr  # never our temporary file's name
    assert not missing.parent.exists()
    assert list(a_folder.iterdir()) == []


def test_reports_for_the_first_and_last_month_the_calendar_has(tmp_path: Path, sqlite_url: str) -> None:
    for month in ("0001-01", "9999-12"):
        out = tmp_path / f"gjester-{month}.pdf"
        _assert_ok(run_cli("--db", sqlite_url, "report", "guests", "--month", month, "--out", str(out)))
        assert out.read_bytes().startswith(b"%PDF")


def test_a_damaged_database_is_one_line_telling_to_restore(tmp_path: Path, sqlite_url: str) -> None:
    _assert_ok(run_cli("--db", sqlite_url, "seed-demo", "--years", "1"))
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = path.stat().st_size
    with path.open("r+b") as raw_file:  # a failing disk scribbles over the table pages
        raw_file.seek(size // 3)
        raw_file.write(b"\xff" * (size // 3))
    result = run_cli("--db", sqlite_url, "guests", "--date", "2026-11-25")
    _assert_one_line_error(result, "damaged database")
    assert result.returncode == 1
    assert "damaged" in result.stderr and "Restore a backup" in result.stderr


def test_four_programs_initialising_one_new_file_at_once_all_succeed(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    running = [
        subprocess.Popen(
            [*CLI, "--db", url, "init"],
            cwd=REPO,
            env=_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    outcomes = [(process.wait(timeout=180), process.communicate()) for process in running]
    assert [code for code, _out in outcomes] == [0, 0, 0, 0], [out for _code, out in outcomes]
    with contextlib.closing(sqlite3.connect(tmp_path / "new.sqlite3")) as raw:
        assert raw.execute("SELECT count(*) FROM sites").fetchone() == (1,)
        assert raw.execute("SELECT count(*) FROM guest_categories").fetchone() == (1,)


def test_create_user_reads_the_pin_from_stdin(db_url: str, clock: FakeClock) -> None:
    """Scripts pipe the PIN in, so it shows neither in the process list nor in a log."""
    result = subprocess.run(
        [*CLI, "--db", db_url, "create-user", "--name", "Kari Nordmann", "--role", "canteen_manager"],
        cwd=REPO,
        env=_env(),
        input="4321\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=180,
        check=False,
    )
    _assert_ok(result)
    assert "4321" not in result.stdout
    app = build_services(open_database(db_url), clock)
    try:
        assert app.auth.login("Kari Nordmann", "4321").role is Role.CANTEEN_MANAGER
    finally:
        app.close()


@pytest.mark.postgres
def test_a_bug_is_logged_without_the_pin_or_the_database_password(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The test server trusts local users, so any password gets in: enough to see it is hidden."""
    monkeypatch.setenv("CANTEEN_DATA_DIR", str(tmp_path))
    with_password = make_url(pg_url).set(password="s3cret-db-pw").render_as_string(hide_password=False)

    def a_bug(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(AuthService, "create_user", a_bug)
    argv = ["--db", with_password, "create-user", "--name", "Kari", "--role", "kiosk", "--pin", "98765"]

    assert cli_main(argv) == 3

    log_file = tmp_path / "canteen-app.log"
    logged = log_file.read_text(encoding="utf-8")
    assert "simulated bug" in logged and "--pin ***" in logged
    said = capsys.readouterr()
    for secret in ("98765", "s3cret-db-pw"):
        assert secret not in logged
        assert secret not in said.out + said.err
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600


def test_restore_brings_back_a_backup_and_says_where_the_safety_backup_is(
    services: AppServices, db_url: str, clock: FakeClock, tmp_path: Path
) -> None:
    _tap_a_day(services, clock)
    backup = tmp_path / "backup.dump"
    _assert_ok(run_cli("--db", db_url, "backup", "--out", str(backup)))
    clock.advance(minutes=1)
    services.guests.record_tap(KIOSK, 1, "kiosk-1")  # one guest too many, after the backup
    (tmp_path / "safety").mkdir()  # a folder the admin chose (none is created for them)

    result = run_cli(
        "--db", db_url, "restore", "--from", str(backup), "--safety-dir", str(tmp_path / "safety")
    )

    _assert_ok(result)
    safety = next((tmp_path / "safety").iterdir())
    assert result.stdout.strip() == (
        f"Restored from {backup} (schema {SCHEMA_HEAD}). The data from before is in {safety}."
    )
    as_json = run_cli("--db", db_url, "guests", "--date", "2026-11-25", "--json")
    assert json.loads(as_json.stdout)["total"] == 3


def test_restore_from_a_file_that_is_not_a_backup_ends_with_one_line(db_url: str, tmp_path: Path) -> None:
    not_a_backup = tmp_path / "notes.txt"
    not_a_backup.write_text("ikke en sikkerhetskopi\n", encoding="utf-8")
    result = run_cli("--db", db_url, "restore", "--from", str(not_a_backup))
    _assert_one_line_error(result, "not a backup")
    assert f"not a backup of the canteen database: {not_a_backup}" in result.stderr
