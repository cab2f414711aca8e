"""`canteen-admin report day-card` as an admin or a script runs it: a real subprocess on a real
database (SQLite and PostgreSQL), the PDF read back; without a station and tasks on or before the
day it ends with one clear line and exit code 1, and writes nothing."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from canteen_app.access import Role
from canteen_app.app import AppServices
from canteen_app.documents.shaping import searchable_text
from canteen_app.training.tasks.rules import AssignmentInput, StationInput, StepInput, TaskInput
from tests.e2e.test_cli import run_cli
from tests.helpers import make_user, participant_input

MONDAY = date(2026, 11, 23)


def _setup(services: AppServices, language: str) -> int:
    coach = make_user(services, "Jonas Berg", Role.JOB_COACH)
    participant = services.write(
        lambda app: app.participants.create(
            coach,
            participant_input(
                coach.user_id, first_name="Olena", last_name="Kovalenko", preferred_language=language
            ),
        )
    ).value
    station = services.write(
        lambda app: app.tasks.add_station(coach, StationInput("Oppvask", "Dishwashing"))
    ).value
    task = TaskInput(
        station.id,
        "Vaske tallerkener",
        (
            StepInput("dirty_dishes", "Ta imot brettene.", {"uk": "Прийми таці.", "ar": "استلم الصواني."}),
            StepInput("dishwasher", "Sett kurven i maskinen.", {"uk": "Постав кошик у машину."}),
        ),
        {"uk": "Мити тарілки"},
    )
    task_id = services.write(lambda app: app.tasks.add_task(coach, task)).value.id
    services.write(
        lambda app: app.tasks.assign(coach, participant.id, AssignmentInput(MONDAY, station.id, (task_id,)))
    )
    return participant.id


def _text(path: Path) -> tuple[int, str]:
    reader = PdfReader(path)
    return len(reader.pages), searchable_text("\n".join(page.extract_text() for page in reader.pages))


def _assert_ok(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_the_day_card_in_the_participants_language_or_the_one_asked_for(
    services: AppServices, db_url: str, tmp_path: Path
) -> None:
    participant_id = _setup(services, "uk")
    out = tmp_path / "dagskort.pdf"
    result = run_cli(
        "--db", db_url, "report", "day-card", "--participant", str(participant_id), "--date", "2026-11-27",
        "--out", str(out),
    )  # fmt: skip
    _assert_ok(result)
    assert result.stdout.strip() == f"Day card written to {out}."
    pages, text = _text(out)
    assert pages == 1
    assert "Olena" in text and "Kovalenko" not in text
    assert "Ta imot brettene." in text and "Прийми таці." in text and "Мити тарілки" in text
    assert "fredag 27. november" in text  # the day asked for; the assignment from Monday carries forward
    assert "Mulberry Symbols" in text

    arabic = tmp_path / "arabisk.pdf"
    result = run_cli(
        "--db", db_url, "report", "day-card", "--participant", str(participant_id), "--date", "2026-11-27",
        "--out", str(arabic), "--lang", "ar",
    )  # fmt: skip
    _assert_ok(result)
    _pages, text = _text(arabic)
    assert "Прийми" not in text
    assert {"استلم", "الصواني"} <= set(text.replace(".", " ").split())
    assert "står bare på norsk" in text  # the second step has no Arabic


def test_no_station_and_tasks_on_or_before_the_day_ends_with_exit_1(
    services: AppServices, db_url: str, tmp_path: Path
) -> None:
    participant_id = _setup(services, "uk")
    out = tmp_path / "dagskort.pdf"
    result = run_cli(
        "--db", db_url, "report", "day-card", "--participant", str(participant_id), "--date", "2026-11-20",
        "--out", str(out),
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert "no station and tasks on or before 2026-11-20" in result.stderr
    assert result.stdout == ""
    assert not out.exists()
    bad = run_cli(
        "--db", db_url, "report", "day-card", "--participant", str(participant_id), "--date", "2026-11-27",
        "--out", str(out), "--lang", "de",
    )  # fmt: skip
    assert bad.returncode == 2 and not out.exists()
