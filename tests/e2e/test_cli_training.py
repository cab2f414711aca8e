"""`canteen-admin participants`, `competences`, `attendance` and `report nav-status`,
`nav-final`, `attendance` as an admin or a script runs them: a real subprocess on a real
database (SQLite and PostgreSQL), the output parsed and the files read back."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from datetime import date
from pathlib import Path

from sqlalchemy import select

from canteen_app.app import AppServices
from canteen_app.platform.audit.models import AuditEntry
from tests.e2e.test_cli import run_cli
from tests.helpers import SYSTEM, db_session, participant_input
from tests.reports.test_nav_reports import (
    ABSENCE_REASON,
    EMAIL,
    PHONE,
    SUPPORT_NEEDS,
    Trainee,
    assert_nothing_private,
    build_trainee,
    end_measure,
    flat,
)


def _assert_ok(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def _assert_one_line_error(result: subprocess.CompletedProcess[str], code: int) -> str:
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith("canteen-admin")
    assert result.stdout == ""
    return result.stderr.strip()


def _audit(services: AppServices) -> list[tuple[str, str, int | None, str]]:
    """Every participant entry the command line wrote: action, actor, id, detail."""
    with db_session(services) as session:
        query = (
            select(AuditEntry.action, AuditEntry.actor_name, AuditEntry.entity_id, AuditEntry.detail)
            .where(AuditEntry.entity_type == "participant", AuditEntry.actor_name == "canteen-admin")
            .order_by(AuditEntry.id)
        )
        return [tuple(row) for row in session.execute(query)]  # type: ignore[misc]


def _no_private_words(output: str) -> None:
    for private in (SUPPORT_NEEDS, ABSENCE_REASON, PHONE, EMAIL):
        assert private not in output


def _ended_participant(services: AppServices, trainee: Trainee) -> int:
    data = participant_input(
        trainee.coach.user_id,
        first_name="Bjørn",
        last_name="Bakke",
        nav_measure="aft",
        measure_start=date(2026, 1, 5),
        measure_planned_end=date(2026, 12, 31),
    )
    created = services.write(lambda app: app.participants.create(SYSTEM, data)).value
    services.write(
        lambda app: app.participants.end_measure(
            SYSTEM, created.id, created.version, date(2026, 10, 30), "education"
        )
    )
    return created.id


# --- participants ----------------------------------------------------------------------------------


def test_participants_as_json_and_as_text_audited_as_an_export(services: AppServices, db_url: str) -> None:
    trainee = build_trainee(services)
    ended = _ended_participant(services, trainee)

    as_json = run_cli("--db", db_url, "participants", "--json")
    _assert_ok(as_json)
    assert json.loads(as_json.stdout) == [
        {
            "id": ended,
            "first_name": "Bjørn",
            "last_name": "Bakke",
            "nav_measure": "aft",
            "measure_start": "2026-01-05",
            "measure_planned_end": "2026-12-31",
            "coach": "Jonas Berg",
            "status": "ended",
        },
        {
            "id": trainee.participant_id,
            "first_name": "Åse",
            "last_name": "Ødegård",
            "nav_measure": "arbeidstrening",
            "measure_start": "2026-09-01",
            "measure_planned_end": "2027-06-30",
            "coach": "Jonas Berg",
            "status": "active",
        },
    ]
    _no_private_words(as_json.stdout)

    as_text = run_cli("--db", db_url, "participants")
    _assert_ok(as_text)
    lines = [line.split() for line in as_text.stdout.strip().splitlines()]
    assert lines[0] == ["ID", "Name", "Measure", "Start", "Planned", "end", "Coach", "Status"]
    assert lines[1] == [
        str(ended),
        "Bakke,",
        "Bjørn",
        "aft",
        "2026-01-05",
        "2026-12-31",
        "Jonas",
        "Berg",
        "ended",
    ]
    assert lines[2][-1] == "active" and "Ødegård," in lines[2]
    _no_private_words(as_text.stdout)

    exports = [entry for entry in _audit(services) if entry[0] == "export"]
    assert exports == [("export", "canteen-admin", None, "participant list, rows=2")] * 2


def test_participants_of_an_empty_register(services: AppServices, db_url: str) -> None:
    result = run_cli("--db", db_url, "participants", "--json")
    _assert_ok(result)
    assert json.loads(result.stdout) == []


# --- competences ------------------------------------------------------------------------------------


def test_competences_as_json_in_framework_order(services: AppServices, db_url: str) -> None:
    result = run_cli("--db", db_url, "competences", "--json")
    _assert_ok(result)
    areas = json.loads(result.stdout)
    framework = services.read(lambda app: app.competence.framework(SYSTEM)).value
    assert areas == [
        {
            "area": area.number,
            "name": area.name_nb,
            "goals": [{"id": goal.id, "text": goal.text_nb} for goal in area.goals],
        }
        for area in framework
    ]
    assert [area["area"] for area in areas] == list(range(1, 13))
    assert areas[0]["name"] == "Personlig hygiene"
    assert areas[0]["goals"][0]["text"].startswith("Vasker hender etter fast rutine")
    assert all(set(goal) == {"id", "text"} for area in areas for goal in area["goals"])

    as_text = run_cli("--db", db_url, "competences")
    _assert_ok(as_text)
    assert as_text.stdout.splitlines()[0].split() == ["1", "Personlig", "hygiene"]


# --- attendance --------------------------------------------------------------------------------------


def test_attendance_of_a_month_as_json_and_as_text(services: AppServices, db_url: str) -> None:
    trainee = build_trainee(services)
    pid = str(trainee.participant_id)

    as_json = run_cli("--db", db_url, "attendance", "--participant", pid, "--month", "2026-11", "--json")
    _assert_ok(as_json)
    assert json.loads(as_json.stdout) == {
        "participant_id": trainee.participant_id,
        "month": "2026-11",
        "present_days": 15,
        "hours": 93.0,
        "excused_days": 1,
        "unexcused_days": 1,
        "rate": 0.8824,
    }
    _no_private_words(as_json.stdout)

    empty = run_cli("--db", db_url, "attendance", "--participant", pid, "--month", "2026-08", "--json")
    _assert_ok(empty)
    assert json.loads(empty.stdout) == {
        "participant_id": trainee.participant_id,
        "month": "2026-08",
        "present_days": 0,
        "hours": 0.0,
        "excused_days": 0,
        "unexcused_days": 0,
        "rate": None,
    }

    as_text = run_cli("--db", db_url, "attendance", "--participant", pid, "--month", "2026-11")
    _assert_ok(as_text)
    lines = [line.split() for line in as_text.stdout.strip().splitlines()]
    assert lines[0] == ["Attendance", "of", "participant", pid, "in", "2026-11"]
    assert ["Hours", "93"] in lines and ["Rate", "88.2", "%"] in lines
    _no_private_words(as_text.stdout)

    views = [entry for entry in _audit(services) if entry[0] == "view"]
    assert views == [
        ("view", "canteen-admin", trainee.participant_id, "attendance 2026-11"),
        ("view", "canteen-admin", trainee.participant_id, "attendance 2026-08"),
        ("view", "canteen-admin", trainee.participant_id, "attendance 2026-11"),
    ]


def test_attendance_mistakes_end_with_one_line(services: AppServices, db_url: str) -> None:
    unknown = run_cli("--db", db_url, "attendance", "--participant", "999", "--month", "2026-11")
    assert "participant was not found" in _assert_one_line_error(unknown, 1)
    for bad in (["--participant", "0"], ["--participant", "x"], ["--month", "2026-13"]):
        args = {"--participant": "1", "--month": "2026-11"}
        args[bad[0]] = bad[1]
        result = run_cli("--db", db_url, "attendance", *[part for pair in args.items() for part in pair])
        _assert_one_line_error(result, 2)


# --- the reports --------------------------------------------------------------------------------------


def test_report_nav_status_writes_the_pdf_with_the_summary(
    services: AppServices, db_url: str, tmp_path: Path
) -> None:
    trainee = build_trainee(services)
    pid = str(trainee.participant_id)
    out = tmp_path / "out"
    out.mkdir()
    status, status_en = out / "status.pdf", out / "status-en.pdf"
    result = run_cli(
        "--db", db_url, "report", "nav-status", "--participant", pid, "--from", "2026-09-01",
        "--to", "2026-11-25", "--out", str(status), "--summary", "Stabil og blid. Klar for mer ansvar.",
    )  # fmt: skip
    _assert_ok(result)
    assert result.stdout.strip() == f"Status report written to {status}."
    text = flat(status)
    assert (
        "Statusrapport" in text and "Åse Ødegård" in text and "Rapportperiode 01.09.2026–25.11.2026" in text
    )
    assert "Stabil og blid. Klar for mer ansvar." in text
    assert "Utarbeidet av: canteen-admin" in text
    assert_nothing_private(status)

    summary_file = tmp_path / "summary.txt"
    summary_file.write_text("Steady progress.\n\nNext: the till.", encoding="utf-8")
    result = run_cli(
        "--db", db_url, "report", "nav-status", "--participant", pid, "--from", "2026-11-01",
        "--to", "2026-11-25", "--out", str(status_en), "--lang", "en", "--summary-file", str(summary_file),
    )  # fmt: skip
    _assert_ok(result)
    english = flat(status_en)
    assert "Status report" in english and "Steady progress." in english and "Next: the till." in english
    assert sorted(p.name for p in out.iterdir()) == ["status-en.pdf", "status.pdf"]  # no temporary files

    exports = [entry for entry in _audit(services) if entry[0] == "export"]
    assert exports == [
        ("export", "canteen-admin", trainee.participant_id, "NAV status report 2026-09-01..2026-11-25"),
        ("export", "canteen-admin", trainee.participant_id, "NAV status report 2026-11-01..2026-11-25"),
    ]


def test_report_nav_status_mistakes_end_with_one_line_and_write_nothing(
    services: AppServices, db_url: str, tmp_path: Path
) -> None:
    trainee = build_trainee(services, absences=False)
    pid = str(trainee.participant_id)
    out = tmp_path / "out"
    out.mkdir()
    target = str(out / "status.pdf")
    base = ["--db", db_url, "report", "nav-status", "--participant", pid, "--out", target]
    too_long = run_cli(*base, "--from", "2026-11-01", "--to", "2026-11-25", "--summary", "x" * 3001)
    assert "Use at most 3000 characters" in _assert_one_line_error(too_long, 2)
    backwards = run_cli(*base, "--from", "2026-11-25", "--to", "2026-11-01")
    assert "The last day is before the first day" in _assert_one_line_error(backwards, 1)
    missing = run_cli(*base, "--from", "2026-11-01")
    _assert_one_line_error(missing, 2)
    assert list(out.iterdir()) == []
    assert [entry for entry in _audit(services) if entry[0] == "export"] == []


def test_report_nav_status_refuses_a_period_before_the_measure(
    services: AppServices, db_url: str, tmp_path: Path
) -> None:
    """The service's check of the period (as the dialog's): one line, exit 1, no file, no entry."""
    trainee = build_trainee(services, absences=False)
    out = tmp_path / "out"
    out.mkdir()
    refused = run_cli(
        "--db", db_url, "report", "nav-status", "--participant", str(trainee.participant_id),
        "--from", "2026-08-31", "--to", "2026-09-30", "--out", str(out / "status.pdf"),
    )  # fmt: skip
    assert _assert_one_line_error(refused, 1) == (
        "canteen-admin: error: The measure started on 2026-09-01: the period cannot begin before it."
    )
    assert list(out.iterdir()) == []
    assert [entry for entry in _audit(services) if entry[0] == "export"] == []


def test_report_nav_final_is_refused_while_the_measure_runs(
    services: AppServices, db_url: str, tmp_path: Path
) -> None:
    trainee = build_trainee(services)
    pid = str(trainee.participant_id)
    out = tmp_path / "out"
    out.mkdir()
    final = out / "slutt.pdf"

    refused = run_cli("--db", db_url, "report", "nav-final", "--participant", pid, "--out", str(final))
    assert _assert_one_line_error(refused, 1) == (
        "canteen-admin: error: The measure has not ended; a final report is made after it ends."
    )
    assert list(out.iterdir()) == []

    end_measure(services, trainee, date(2026, 11, 20), "did_not_attend")
    result = run_cli(
        "--db", db_url, "report", "nav-final", "--participant", pid, "--out", str(final),
        "--summary", "Møtte ikke de siste ukene.",
    )  # fmt: skip
    _assert_ok(result)
    assert result.stdout.strip() == f"Final report written to {final}."
    text = flat(final)
    assert "Sluttrapport" in text and "Sluttårsak Møtte ikke" in text and "Møtte ikke de siste ukene." in text
    assert "Tiltaksperiode 01.09.2026–20.11.2026 (avsluttet)" in text
    assert_nothing_private(final)
    exports = [entry for entry in _audit(services) if entry[0] == "export"]
    assert exports == [
        ("export", "canteen-admin", trainee.participant_id, "NAV final report 2026-09-01..2026-11-20")
    ]


def test_report_attendance_as_pdf_and_as_csv(services: AppServices, db_url: str, tmp_path: Path) -> None:
    trainee = build_trainee(services)
    pid = str(trainee.participant_id)
    pdf, table = tmp_path / "oppmote-2026-11.pdf", tmp_path / "oppmote-2026-11.csv"
    base = ["--db", db_url, "report", "attendance", "--participant", pid, "--month", "2026-11"]

    result = run_cli(*base, "--out", str(pdf))
    _assert_ok(result)
    assert result.stdout.strip() == f"Attendance summary written to {pdf}."
    text = flat(pdf)
    assert "Oppmøte november 2026" in text and "16.11.2026 Mandag Gyldig fravær" in text
    assert "Side 1 av 1" in text
    assert_nothing_private(pdf)

    result = run_cli(*base, "--out", str(table))
    _assert_ok(result)
    assert result.stdout.strip() == f"Attendance summary written to {table}."
    raw = table.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and ABSENCE_REASON.encode() not in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["participant_id", "month", "date", "status", "hours"]
    assert [pid, "2026-11", "2026-11-16", "excused", ""] in rows
    # The command line runs on the real clock: the days after the test's "today" (25 November)
    # are counted but not registered, and do not change the rate.
    assert rows[-1][:6] + rows[-1][7:] == [pid, "2026-11", "15", "93", "1", "1", "0.8824"]

    exports = [entry for entry in _audit(services) if entry[0] == "export"]
    assert exports == [
        ("export", "canteen-admin", trainee.participant_id, "attendance 2026-11 PDF"),
        ("export", "canteen-admin", trainee.participant_id, "attendance 2026-11 CSV"),
    ]
