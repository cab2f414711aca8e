"""`report dossier` and `export dossiers` as an admin or a script runs them: a real subprocess on a
real database (SQLite and PostgreSQL). Without a valid consent `report dossier` exits 1 with the
reason and writes nothing; the batch prints a progress line per dossier, what it wrote and what it
skipped, and every dossier written is in the audit log with its recipient."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from canteen_app.app import AppServices, build_services, open_database
from canteen_app.documents.shaping import searchable_text
from canteen_app.platform.audit.models import AuditEntry
from canteen_app.referrals.consent.rules import CATEGORY_ORDER
from tests.conftest import FAST_HASHER
from tests.dossier_world import DossierWorld, build_world
from tests.e2e.test_cli import run_cli
from tests.helpers import db_session


@pytest.fixture
def services(db_url: str) -> Iterator[AppServices]:
    app = build_services(open_database(db_url), password_hasher=FAST_HASHER)
    yield app
    app.close()


@pytest.fixture
def world(services: AppServices) -> DossierWorld:
    return build_world(services)


def _exports(services: AppServices) -> list[tuple[int | None, str]]:
    with db_session(services) as session:
        rows = session.execute(
            select(AuditEntry.entity_id, AuditEntry.detail)
            .where(AuditEntry.action == "export", AuditEntry.detail.like("dossier%"))
            .order_by(AuditEntry.id)
        )
        return [(row.entity_id, row.detail) for row in rows]


def test_report_dossier_without_consent_exits_1_with_the_reason_and_writes_nothing(
    db_url: str, services: AppServices, world: DossierWorld, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "dossier.pdf"
    result = run_cli(
        "--db", db_url, "report", "dossier", "--referral", str(world.referral_id), "--out", str(out)
    )
    assert result.returncode == 1, result.stderr
    assert result.stdout == "" and "Traceback" not in result.stderr
    assert result.stderr.strip() == (
        "canteen-admin: error: No consent is recorded for Nordlys Kantiner AS (Kari Rekrutterer)."
    )
    assert not out.exists() and [p.name for p in folder.iterdir()] == []
    world.consent(CATEGORY_ORDER)
    world.withdraw()
    result = run_cli(
        "--db", db_url, "report", "dossier", "--referral", str(world.referral_id), "--out", str(out)
    )
    assert result.returncode == 1 and "was withdrawn on" in result.stderr
    assert not out.exists() and _exports(services) == []


def test_report_dossier_writes_the_pdf_and_logs_it_with_the_recipient(
    db_url: str, services: AppServices, world: DossierWorld, tmp_path: Path
) -> None:
    world.consent(CATEGORY_ORDER)
    out = tmp_path / "dossier.pdf"
    result = run_cli(
        "--db", db_url, "report", "dossier", "--referral", str(world.referral_id), "--out", str(out)
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Dossier written to {out}."
    text = searchable_text("\n".join(page.extract_text() for page in PdfReader(out).pages))
    assert "Kandidatmappe" in text and "Åse Ødegård" in text and "Følgebrev" in text.title()
    assert out.stat().st_mode & 0o777 == 0o600
    english = tmp_path / "en.pdf"
    result = run_cli(
        "--db",
        db_url,
        "report",
        "dossier",
        "--referral",
        str(world.referral_id),
        "--out",
        str(english),
        "--lang",
        "en",
    )
    assert result.returncode == 0, result.stderr
    assert "Candidate dossier" in PdfReader(english).pages[0].extract_text()
    details = [detail for _pid, detail in _exports(services)]
    assert details == [
        f"dossier of referral {world.referral_id} to company {world.company_id} contact {world.contact_id} "
        "(nb; competences,tasks,certificates,attendance,photo,references)",
        f"dossier of referral {world.referral_id} to company {world.company_id} contact {world.contact_id} "
        "(en; competences,tasks,certificates,attendance,photo,references)",
    ]
    bad = run_cli("--db", db_url, "report", "dossier", "--referral", "0", "--out", str(out))
    assert bad.returncode == 2 and "not a referral id" in bad.stderr


def test_export_dossiers_writes_a_folder_with_progress_and_lists_the_skipped(
    db_url: str, services: AppServices, world: DossierWorld, tmp_path: Path
) -> None:
    world.consent(CATEGORY_ORDER)
    other = build_world(
        services, first_name="Amal", last_name="Yusuf", coach_name="Eva Lie", company="Fjordmat AS"
    )
    out = tmp_path / "out"
    out.mkdir()
    result = run_cli("--db", db_url, "export", "dossiers", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == ["Dossier 1 of 2…", "Dossier 2 of 2…"]
    name = f"nordlys-kantiner-as-ÅØ-{world.referral_id}.pdf"
    assert result.stdout.splitlines() == [
        f"Wrote 1 dossier(s) to {out}.",
        f"  referral {world.referral_id}: {name}",
        "Skipped 1 referral(s):",
        f"  referral {other.referral_id}: No consent is recorded for Fjordmat AS (Kari Rekrutterer).",
    ]
    assert [p.name for p in out.iterdir()] == [name]
    assert len(PdfReader(out / name).pages) >= 2
    assert [pid for pid, _detail in _exports(services)] == [world.participant_id]
    # Another stage: none there.
    result = run_cli("--db", db_url, "export", "dossiers", "--out", str(out), "--stage", "hired")
    assert result.returncode == 0 and result.stdout.strip() == "No referrals to export."
    # A folder that is not there: one line, exit 1.
    missing = run_cli("--db", db_url, "export", "dossiers", "--out", str(tmp_path / "missing"))
    assert missing.returncode == 1, missing.stderr
    assert (
        missing.stderr.startswith("canteen-admin: error: The folder") and "does not exist" in missing.stderr
    )
