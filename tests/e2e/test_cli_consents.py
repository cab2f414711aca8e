"""`canteen-admin consents` and `report consent-form` as an admin or a script runs them: a real
subprocess on a real database (SQLite and PostgreSQL), the output parsed, the PDF read back and
the audit log checked."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from canteen_app.access import Role
from canteen_app.app import AppServices, build_services, open_database
from canteen_app.core.dates import oslo_today
from canteen_app.platform.audit.models import AuditEntry
from canteen_app.referrals.consent.rules import ConsentInput, DataCategory, latest_expiry
from canteen_app.referrals.partners.rules import CompanyInput, ContactInput
from tests.conftest import FAST_HASHER
from tests.e2e.test_cli import run_cli
from tests.helpers import SYSTEM, db_session, participant_input

# The command line runs on the real clock, and so do the services here: the consents are given
# well before today, whatever day the tests run.
GIVEN = oslo_today() - timedelta(days=60)


@pytest.fixture
def services(db_url: str) -> Iterator[AppServices]:
    app = build_services(open_database(db_url), password_hasher=FAST_HASHER)
    yield app
    app.close()


def _assert_ok(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def _one_line_error(result: subprocess.CompletedProcess[str], code: int) -> str:
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith("canteen-admin")
    assert result.stdout == ""
    return result.stderr.strip()


def _audit(services: AppServices, participant_id: int) -> list[tuple[str, str]]:
    with db_session(services) as session:
        query = (
            select(AuditEntry.action, AuditEntry.detail)
            .where(
                AuditEntry.entity_type == "participant",
                AuditEntry.entity_id == participant_id,
                AuditEntry.actor_name == "canteen-admin",
            )
            .order_by(AuditEntry.id)
        )
        return [(action, detail) for action, detail in session.execute(query)]


def _setup(services: AppServices) -> tuple[int, int, int, int, int]:
    """A participant who reads Ukrainian, two companies, and two consents: one valid for the
    company as a whole, one withdrawn (for Kari Lie at the other)."""
    coach = services.auth.create_user(SYSTEM, "Jonas Berg", Role.JOB_COACH, "135790")
    data = participant_input(coach.id, preferred_language="uk", first_name="Olena", last_name="Kovalenko")
    participant = services.write(lambda app: app.participants.create(SYSTEM, data)).value.id
    company = services.partners.save_company(SYSTEM, CompanyInput("Fjordkantina AS"))
    other = services.partners.save_company(SYSTEM, CompanyInput("Matglede Drift AS"))
    kari = services.partners.save_contact(SYSTEM, other, ContactInput("Kari Lie", "Rekrutterer", "91234567"))

    def record(company_id: int, contact_id: int | None, categories: tuple[DataCategory, ...]) -> int:
        consent = ConsentInput(
            participant,
            company_id,
            contact_id,
            "Henvisning til jobb",
            categories,
            GIVEN,
            latest_expiry(GIVEN),
        )
        return services.write(lambda app: app.consents.record(SYSTEM, consent)).value

    valid = record(company, None, (DataCategory.COMPETENCES, DataCategory.TASKS))
    withdrawn = record(other, kari, (DataCategory.PHOTO,))
    services.write(lambda app: app.consents.withdraw(SYSTEM, withdrawn, 1, GIVEN + timedelta(days=5)))
    return participant, company, other, valid, withdrawn


def test_consents_as_json_and_as_text_logged_as_a_view(services: AppServices, db_url: str) -> None:
    participant, company, other, valid, withdrawn = _setup(services)
    as_json = run_cli("--db", db_url, "consents", "--participant", str(participant), "--json")
    _assert_ok(as_json)
    rows = json.loads(as_json.stdout)
    assert [row["id"] for row in rows] == [withdrawn, valid]  # newest first (the later id the same day)
    by_id = {row["id"]: row for row in rows}
    assert by_id[valid] == {
        "id": valid,
        "participant_id": participant,
        "company_id": company,
        "company": "Fjordkantina AS",
        "contact_id": None,
        "contact": None,
        "purpose": "Henvisning til jobb",
        "categories": ["competences", "tasks"],
        "given_on": GIVEN.isoformat(),
        "recorded_by": "test-admin",
        "expires_on": latest_expiry(GIVEN).isoformat(),
        "withdrawn_on": None,
        "status": "valid",
    }
    assert (by_id[withdrawn]["company_id"], by_id[withdrawn]["contact"], by_id[withdrawn]["status"]) == (
        other,
        "Kari Lie",
        "withdrawn",
    )
    assert by_id[withdrawn]["withdrawn_on"] == (GIVEN + timedelta(days=5)).isoformat()
    assert "Kovalenko" not in as_json.stdout  # the listing names recipients, not the participant

    as_text = run_cli("--db", db_url, "consents", "--participant", str(participant))
    _assert_ok(as_text)
    lines = as_text.stdout.strip().splitlines()
    assert lines[0].split() == [
        "ID",
        "Company",
        "Contact",
        "Covers",
        "Given",
        "Expires",
        "Withdrawn",
        "Status",
    ]
    assert (
        lines[2].split()[-1] == "valid" and "Fjordkantina AS" in lines[2] and "competences,tasks" in lines[2]
    )
    assert lines[1].split()[-1] == "withdrawn" and "Kari Lie" in lines[1]
    assert _audit(services, participant)[-2:] == [("view", "consents"), ("view", "consents")]


def test_consents_of_someone_without_any(services: AppServices, db_url: str) -> None:
    coach = services.auth.create_user(SYSTEM, "Jonas Berg", Role.JOB_COACH, "135790")
    created = services.write(lambda app: app.participants.create(SYSTEM, participant_input(coach.id))).value
    result = run_cli("--db", db_url, "consents", "--participant", str(created.id))
    _assert_ok(result)
    assert result.stdout.strip() == "No consents recorded."
    missing = _one_line_error(run_cli("--db", db_url, "consents", "--participant", "999"), 1)
    assert "participant was not found" in missing


def _text(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(path).pages))


def test_report_consent_form_in_the_preferred_language_or_the_one_asked_for(
    services: AppServices, db_url: str, tmp_path: Path
) -> None:
    participant, company, other, _valid, _withdrawn = _setup(services)
    out = tmp_path / "samtykke.pdf"
    form = ("--db", db_url, "report", "consent-form", "--participant", str(participant))
    result = run_cli(*form, "--company", str(company), "--out", str(out))
    _assert_ok(result)
    assert result.stdout.strip() == f"Consent form written to {out}."
    assert out.stat().st_mode & 0o777 == 0o600
    content = _text(out)
    assert "Olena Kovalenko" in content and "Fjordkantina AS" in content
    assert "Samtykke til å dele opplysninger" in content  # easy-read Norwegian...
    assert re.search("[\u0400-\u04ff]{4,}", content)  # ...and Ukrainian (Cyrillic) beside it
    assert ("export", f"consent form for company {company} (uk)") == _audit(services, participant)[-1]

    english = tmp_path / "english.pdf"
    result = run_cli(*form, "--company", str(other), "--out", str(english), "--lang", "en")
    _assert_ok(result)
    assert "Consent to share information" in _text(english) and "Matglede Drift AS" in _text(english)
    assert ("export", f"consent form for company {other} (en)") == _audit(services, participant)[-1]


def test_report_consent_form_mistakes_end_with_one_line_and_write_nothing(
    services: AppServices, db_url: str, tmp_path: Path
) -> None:
    participant, company, *_rest = _setup(services)
    out = tmp_path / "form.pdf"
    base = ("--db", db_url, "report", "consent-form", "--out", str(out))
    unknown = _one_line_error(run_cli(*base, "--participant", str(participant), "--company", "999"), 1)
    assert "Choose a partner company." in unknown
    nobody = _one_line_error(run_cli(*base, "--participant", "999", "--company", str(company)), 1)
    assert "participant was not found" in nobody
    language = _one_line_error(
        run_cli(*base, "--participant", str(participant), "--company", str(company), "--lang", "xx"), 2
    )
    assert "--lang" in language
    bad_id = _one_line_error(run_cli(*base, "--participant", str(participant), "--company", "one"), 2)
    assert "not a company id" in bad_id
    assert not out.exists()
    assert not any(action == "export" for action, _detail in _audit(services, participant))
