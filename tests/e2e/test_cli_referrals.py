"""`canteen-admin referrals [--json]` as an admin or a script runs it: a real subprocess on a real
database (SQLite and PostgreSQL), the output parsed: every referral with its recipient, stage
and the consent's state for that recipient ("valid", "expired", "withdrawn", "none"), the
participants by id only, and the listing in the audit log as an export."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select

from canteen_app.access import Role
from canteen_app.app import AppServices
from canteen_app.platform.audit.models import AuditEntry
from canteen_app.referrals.consent.rules import ConsentInput, DataCategory
from canteen_app.referrals.referrals.dto import ReferralInput
from canteen_app.referrals.referrals.rules import Stage
from tests.e2e.test_cli import run_cli
from tests.helpers import db_session, make_user, participant_input
from tests.integration.test_referrals import Partner, _partner


def _exports(services: AppServices) -> list[tuple[str, int | None, str]]:
    with db_session(services) as session:
        query = (
            select(AuditEntry.action, AuditEntry.entity_id, AuditEntry.detail)
            .where(AuditEntry.actor_name == "canteen-admin", AuditEntry.entity_type == "participant")
            .order_by(AuditEntry.id)
        )
        return [(row.action, row.entity_id, row.detail) for row in session.execute(query)]


def test_referrals_as_json_with_the_consent_per_recipient(services: AppServices, db_url: str) -> None:
    coach = make_user(services, "Jonas Berg", Role.JOB_COACH)
    person = services.write(
        lambda app: app.participants.create(coach, participant_input(coach.user_id, first_name="Hodan"))
    ).value.id
    partners = [
        _partner(services, coach, name)
        for name in ("Fresh Kantiner AS", "Eurest Norge", "Compass Kantine", "Sodexo Sør")
    ]

    def consent(partner: Partner, given: date, expires: date) -> int:
        data = ConsentInput(
            person, partner.company_id, None, "Henvisning", (DataCategory.COMPETENCES,), given, expires
        )
        return services.write(lambda app: app.consents.record(coach, data)).value

    consent(partners[0], date(2026, 10, 1), date(2027, 3, 31))  # valid
    consent(partners[1], date(2025, 6, 1), date(2026, 5, 31))  # expired
    withdrawn = consent(partners[2], date(2026, 10, 1), date(2027, 3, 31))
    version = next(
        c.version
        for c in services.write(lambda app: app.consents.consents(coach, person)).value
        if c.id == withdrawn
    )
    services.write(lambda app: app.consents.withdraw(coach, withdrawn, version, date(2026, 11, 20)))
    ids = []
    for partner in partners:  # the fourth has no consent at all
        data = ReferralInput(
            person,
            partner.company_id,
            partner.location_id,
            partner.position_id,
            partner.contact_id,
            date(2026, 10, 5),
        )
        ids.append(services.write(lambda app, data=data: app.referrals.create(coach, data)).value)  # type: ignore[misc]
    services.write(lambda app: app.referrals.move(coach, ids[0], 1, Stage.INTERVIEW, date(2026, 10, 20), ""))

    result = run_cli("--db", db_url, "referrals", "--json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    rows = json.loads(result.stdout)
    assert rows == [
        {
            "id": ids[0],
            "participant_id": person,
            "company": "Fresh Kantiner AS",
            "location": "Oslo sentrum",
            "position": "Kjøkkenassistent",
            "stage": "interview",
            "consent": "valid",
        },
        {
            "id": ids[1],
            "participant_id": person,
            "company": "Eurest Norge",
            "location": "Oslo sentrum",
            "position": "Kjøkkenassistent",
            "stage": "prepared",
            "consent": "expired",
        },
        {
            "id": ids[2],
            "participant_id": person,
            "company": "Compass Kantine",
            "location": "Oslo sentrum",
            "position": "Kjøkkenassistent",
            "stage": "prepared",
            "consent": "withdrawn",
        },
        {
            "id": ids[3],
            "participant_id": person,
            "company": "Sodexo Sør",
            "location": "Oslo sentrum",
            "position": "Kjøkkenassistent",
            "stage": "prepared",
            "consent": "none",
        },
    ]
    assert "Hodan" not in result.stdout  # participants by id only

    as_text = run_cli("--db", db_url, "referrals")
    assert as_text.returncode == 0, as_text.stderr
    lines = as_text.stdout.strip().splitlines()
    assert lines[0].split() == [
        "ID",
        "Participant",
        "Company",
        "Location",
        "Position",
        "Stage",
        "Since",
        "Consent",
    ]
    assert len(lines) == 5
    assert lines[1].split()[-3:] == ["interview", "2026-10-20", "valid"]
    assert lines[4].split()[-1] == "none"
    assert _exports(services) == [("export", None, "referral list, rows=4")] * 2


def test_no_referrals(services: AppServices, db_url: str) -> None:
    as_json = run_cli("--db", db_url, "referrals", "--json")
    assert as_json.returncode == 0, as_json.stderr
    assert json.loads(as_json.stdout) == []
    as_text = run_cli("--db", db_url, "referrals")
    assert as_text.stdout.strip() == "No referrals."
