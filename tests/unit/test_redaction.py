"""What may be logged (item 5): never a PIN, a database password or a value the server quotes."""

from __future__ import annotations

import logging
import time
from datetime import datetime

import pytest

from canteen_app.core.logs import RedactingFormatter, redact, redact_command_line, redact_url


@pytest.mark.parametrize(
    ("argv", "logged"),
    [
        (["create-user", "--name", "Kari", "--pin", "98765"], "create-user --name Kari --pin ***"),
        (["create-user", "--pin=98765", "--role", "kiosk"], "create-user --pin=*** --role kiosk"),
        (
            ["--db", "postgresql://kari:s3cret@db.example/canteen", "backup", "--out", "b.dump"],
            "--db postgresql://kari:***@db.example/canteen backup --out b.dump",
        ),
        (
            ["--db", "sqlite:////home/kari/canteen.sqlite3", "init"],
            "--db sqlite:////home/kari/canteen.sqlite3 init",
        ),
        (["guests", "--date", "2026-11-25"], "guests --date 2026-11-25"),
    ],
)
def test_the_logged_command_line_hides_pins_and_passwords(argv: list[str], logged: str) -> None:
    assert redact_command_line(argv) == logged


def test_a_pin_option_at_the_very_end_hides_nothing_else() -> None:
    assert redact_command_line(["create-user", "--pin"]) == "create-user --pin"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("postgresql+psycopg://canteen:pa:ss@host:5432/db", "postgresql+psycopg://canteen:***@host:5432/db"),
        ("'postgres://u:p@h/d' is bad", "'postgres://u:***@h/d' is bad"),
        ("postgresql://canteen@host/db", "postgresql://canteen@host/db"),  # no password, nothing to hide
        ("not a database URL: 'kari:s3cret@host/db'", "not a database URL: 'kari:***@host/db'"),  # no scheme
        ("lunch at 12:30, 40 guests", "lunch at 12:30, 40 guests"),
    ],
)
def test_url_passwords_are_masked(text: str, shown: str) -> None:
    assert redact_url(text) == shown


def test_values_quoted_by_the_server_are_masked_in_a_traceback() -> None:
    traceback_text = (
        "psycopg.errors.UniqueViolation: duplicate key value violates unique constraint\n"
        "DETAIL:  Key (name_key)=(åse ødegård) already exists.\n"
        "[SQL: INSERT INTO users (name) VALUES (%(name)s)]\n"
    )
    shown = redact(traceback_text)
    assert "ødegård" not in shown
    assert "DETAIL: ***" in shown
    assert "duplicate key value violates unique constraint" in shown


@pytest.mark.parametrize(
    ("utc", "oslo"),
    [
        ("2026-07-01T10:00:00+00:00", "2026-07-01T12:00:00.000+02:00"),  # summer time
        ("2026-12-01T10:00:00+00:00", "2026-12-01T11:00:00.000+01:00"),
    ],
)
def test_log_lines_carry_oslo_time_whatever_the_pc_zone(
    utc: str, oslo: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        record = logging.LogRecord("canteen", logging.INFO, __file__, 1, "saved", None, None)
        record.created = datetime.fromisoformat(utc).timestamp()
        line = RedactingFormatter("%(asctime)s %(message)s").format(record)
    finally:
        monkeypatch.undo()
        time.tzset()
    assert line == f"{oslo} saved"
