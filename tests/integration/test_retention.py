"""Retention (P3) on SQLite and PostgreSQL: who is due follows the setting; one explicit action
archives the participant's whole file (PDF and JSON, owner-only) and then deletes or anonymises
their personal data, and logs it; when the archive cannot be written, nothing is deleted."""

from __future__ import annotations

import io
import json
import stat
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import MetaData, func, select

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices
from canteen_app.core.errors import NotAuthorizedError, OutputPathError, ValidationError
from canteen_app.platform.audit.models import AuditEntry
from canteen_app.platform.audit.rules import AuditFilter
from canteen_app.platform.retention.rules import ErasureMode
from canteen_app.platform.retention.service import NotDueError
from canteen_app.platform.settings.rules import SettingKey
from canteen_app.referrals.consent.models import Consent
from canteen_app.referrals.consent.rules import ConsentInput, DataCategory, latest_expiry
from canteen_app.referrals.dossiers.models import DossierDraft
from canteen_app.referrals.dossiers.rules import CertificateInput, DraftInput, ReferenceInput
from canteen_app.referrals.partners.rules import (
    CompanyInput,
    ContactInput,
    LocationInput,
    NeedInput,
    PositionInput,
)
from canteen_app.referrals.referrals.dto import ReferralInput
from canteen_app.referrals.referrals.rules import Stage
from canteen_app.training.attendance.models import AttendanceDay
from canteen_app.training.attendance.rules import AttendanceStatus, DayInput
from canteen_app.training.participants.models import MeasureEvent, Participant
from canteen_app.training.participants.nav import EndReason
from canteen_app.training.plans.models import Assessment, PlanGoal
from canteen_app.training.plans.rules import AssessmentInput, PlanGoalInput
from tests.helpers import SYSTEM, db_session, make_user, participant_input

SUPPORT_NEEDS = "Trenger skriftlige steglister."
ABSENCE_REASON = "Tannlege klokka ni"
EVIDENCE = "Vasket hendene før arbeid med mat, uten påminnelse."


@pytest.fixture
def coach(services: AppServices) -> Actor:
    return make_user(services, "Jonas Berg", Role.JOB_COACH)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The folder the administrator picks (the test's SQLite file lives in tmp_path)."""
    chosen = tmp_path / "arkiv"
    chosen.mkdir()
    return chosen


def _ended(services: AppServices, coach: Actor, first: str, ended_on: date, with_file: bool = False) -> int:
    """A participant who ran from 2025-01-06 and ended on `ended_on`, with a plan, assessments
    and attendance when `with_file`."""
    data = participant_input(
        coach.user_id,
        first_name=first,
        measure_start=date(2025, 1, 6),
        measure_planned_end=date(2026, 1, 5),
        support_needs=SUPPORT_NEEDS,
        phone="91234567",
    )
    participant_id = services.write(lambda app: app.participants.create(coach, data)).value.id
    if with_file:
        areas = services.read(lambda app: app.competence.framework(coach)).value
        goal = PlanGoalInput(
            areas[0].goals[0].id, target_level=3, target_date=date(2025, 6, 1), tasks="Oppvask"
        )
        plan_goal = services.write(lambda app: app.plans.add_goal(coach, participant_id, goal)).value.id
        free = PlanGoalInput(None, "Tar bussen alene", target_level=3)
        services.write(lambda app: app.plans.add_goal(coach, participant_id, free))
        for level, on in ((1, date(2025, 2, 3)), (2, date(2025, 4, 7))):
            assessment = AssessmentInput(plan_goal, level, on, EVIDENCE)
            services.write(lambda app, a=assessment: app.plans.assess(coach, a))
        for day, status in (
            (date(2025, 3, 3), AttendanceStatus.PRESENT),
            (date(2025, 3, 4), AttendanceStatus.EXCUSED),
            (date(2025, 3, 5), AttendanceStatus.PRESENT),
        ):
            hours = Decimal("6.5") if status is AttendanceStatus.PRESENT else None
            reason = ABSENCE_REASON if status is AttendanceStatus.EXCUSED else ""
            entry = DayInput(day, status, hours, reason)
            services.write(lambda app, e=entry: app.attendance.record_day(coach, participant_id, e))
    version = services.write(lambda app: app.participants.get(coach, participant_id)).value.version
    services.write(
        lambda app: app.participants.end_measure(
            coach, participant_id, version, ended_on, EndReason.DID_NOT_ATTEND.value
        )
    )
    return participant_id


def _counts(services: AppServices, participant_id: int) -> dict[str, int]:
    with db_session(services) as session:
        return {
            model.__tablename__: int(
                session.scalar(
                    select(func.count()).select_from(model).where(model.participant_id == participant_id)  # type: ignore[attr-defined]
                )
                or 0
            )
            for model in (PlanGoal, Assessment, AttendanceDay, MeasureEvent)
        } | {
            "participants": int(
                session.scalar(
                    select(func.count()).select_from(Participant).where(Participant.id == participant_id)
                )
                or 0
            )
        }


def _due(services: AppServices) -> list[str]:
    return [
        person.first_name for person in services.write(lambda app: app.retention.due(SYSTEM)).value.people
    ]


def test_who_is_due_follows_the_retention_setting(services: AppServices, coach: Actor) -> None:
    _ended(services, coach, "Lenge", date(2025, 6, 30))  # 17 months ago
    _ended(services, coach, "Nylig", date(2026, 3, 2))  # under 9 months ago
    services.write(
        lambda app: app.participants.create(coach, participant_input(coach.user_id, first_name="Aktiv"))
    )

    due = services.write(lambda app: app.retention.due(SYSTEM)).value
    assert due.months == 12 and due.today == date(2026, 11, 25)
    assert [person.first_name for person in due.people] == ["Lenge"]
    assert due.people[0].ended_on == date(2025, 6, 30) and due.people[0].end_reason == "did_not_attend"

    services.settings.set_int(SYSTEM, SettingKey.RETENTION_MONTHS, 6)
    assert _due(services) == ["Lenge", "Nylig"]  # the longest ended first
    with pytest.raises(ValidationError):  # at least three months
        services.settings.set_int(SYSTEM, SettingKey.RETENTION_MONTHS, 2)
    assert services.settings.get_int(1, SettingKey.RETENTION_MONTHS) == 6

    with db_session(services) as session:
        details = list(session.scalars(select(AuditEntry.detail).where(AuditEntry.action == "list")))
    assert details == ["retention rows=1", "retention rows=2"]  # how many, never who
    with pytest.raises(NotAuthorizedError):  # the administrator's alone
        services.write(lambda app: app.retention.due(coach))


def test_archive_then_delete_writes_the_whole_file_and_removes_everything(
    services: AppServices, coach: Actor, folder: Path
) -> None:
    participant_id = _ended(services, coach, "Åse", date(2025, 6, 30), with_file=True)
    kept = _ended(services, coach, "Annen", date(2025, 5, 30))
    assert _counts(services, participant_id) == {
        "plan_goals": 2,
        "assessments": 2,
        "attendance_days": 3,
        "measure_events": 1,
        "participants": 1,
    }

    result = services.write(
        lambda app: app.retention.archive_and_delete(SYSTEM, participant_id, folder, ErasureMode.DELETE)
    ).value

    assert result.pdf_path == folder / f"deltaker-{participant_id}-arkiv-2026-11-25.pdf"
    assert result.json_path == folder / f"deltaker-{participant_id}-arkiv-2026-11-25.json"
    for path in (result.pdf_path, result.json_path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in folder.iterdir()) == sorted([result.pdf_path.name, result.json_path.name])

    # The PDF: a readable archive of everything, the special categories included (it is the file).
    reader = PdfReader(str(result.pdf_path))
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    assert reader.metadata is not None and reader.metadata.title == f"Arkiv: deltaker nr. {participant_id}"
    for expected in (
        "Åse Ødegård",
        SUPPORT_NEEDS,
        ABSENCE_REASON,
        EVIDENCE,
        "Tar bussen alene",
        "Gyldig fravær",
        "Møtte ikke",
        "Jonas Berg",
        f"Side 1 av {len(reader.pages)}",
        "slettet",
    ):
        assert expected in text, expected

    # The JSON: the same records, with their codes.
    archive = json.loads(result.json_path.read_text(encoding="utf-8"))
    assert archive["participant_id"] == participant_id and archive["then"] == "delete"
    sections = archive["sections"]
    assert sections["register"][0]["support_needs"] == SUPPORT_NEEDS
    assert sections["register"][0]["ended_on"] == "2025-06-30"
    assert [day["status"] for day in sections["attendance"]] == ["present", "excused", "present"]
    assert sections["attendance"][1]["absence_reason"] == ABSENCE_REASON
    assert sections["attendance"][0]["hours"] == "6.50"
    assert [a["evidence"] for a in sections["assessments"]] == [EVIDENCE, EVIDENCE]
    assert len(sections["plan_goals"]) == 2 and sections["measure_events"][0]["kind"] == "end"

    # Gone, with everything recorded about them; the other participant is untouched.
    assert _counts(services, participant_id) == dict.fromkeys(
        ("plan_goals", "assessments", "attendance_days", "measure_events", "participants"), 0
    )
    assert services.participants.names_of(SYSTEM, [participant_id, kept]) == {kept: "Annen Ødegård"}
    assert _due(services) == ["Annen"]

    # The log says what happened, and names the participant as deleted (no name left to show).
    entries = services.audit.entries(SYSTEM, filters=AuditFilter(participant_id=participant_id))
    assert (entries[0].action, entries[0].detail) == ("delete", "retention: archived and deleted")
    assert all(entry.entity_name is None for entry in entries)


def test_archive_then_anonymise_keeps_the_counts_without_the_person(
    services: AppServices, coach: Actor, folder: Path
) -> None:
    participant_id = _ended(services, coach, "Åse", date(2025, 6, 30), with_file=True)
    before = _counts(services, participant_id)

    services.write(lambda app: app.retention.archive_and_delete(SYSTEM, participant_id, folder, "anonymise"))

    after = _counts(services, participant_id)
    assert after == before | {"measure_events": before["measure_events"] + 1}  # the anonymisation itself
    details = services.write(lambda app: app.participants.get(SYSTEM, participant_id)).value
    assert details.full_name == f"Anonymisert #{participant_id}"
    assert (details.phone, details.email, details.support_needs, details.nav_contact) == ("", "", "", "")
    assert not details.has_photo and details.ended_on == date(2025, 6, 30)
    assert details.nav_measure == "arbeidstrening" and details.end_reason == "did_not_attend"
    summary = services.read(
        lambda app: app.attendance.summary(1, participant_id, date(2025, 3, 1), date(2025, 3, 31), coach=True)
    ).value
    assert (summary.present_days, summary.excused_days, summary.hours) == (2, 1, Decimal(13))
    assert all(not day.absence_reason for day in summary.days)
    timeline = services.write(lambda app: app.plans.timeline(SYSTEM, participant_id)).value
    assert [a.level for a in timeline] == [1, 2] and all(a.evidence == "" for a in timeline)
    plan = services.write(lambda app: app.plans.plan(SYSTEM, participant_id)).value
    assert "Tar bussen alene" not in {goal.text for goal in plan.goals}
    assert _due(services) == []  # anonymised once is done
    entries = services.audit.entries(SYSTEM, filters=AuditFilter(participant_id=participant_id))
    delete = next(entry for entry in entries if entry.action == "delete")
    assert delete.detail == "retention: archived and anonymised"
    archive = json.loads(next(folder.glob("*.json")).read_text(encoding="utf-8"))
    assert archive["then"] == "anonymise" and archive["sections"]["register"][0]["first_name"] == "Åse"


def test_nothing_is_deleted_when_the_archive_cannot_be_written(
    services: AppServices, coach: Actor, folder: Path
) -> None:
    participant_id = _ended(services, coach, "Åse", date(2025, 6, 30), with_file=True)
    before = _counts(services, participant_id)

    with pytest.raises(OutputPathError):  # the folder is not there
        services.write(
            lambda app: app.retention.archive_and_delete(SYSTEM, participant_id, folder / "borte", "delete")
        )
    # The JSON file's name is taken by a folder: refused before either file is written.
    (folder / f"deltaker-{participant_id}-arkiv-2026-11-25.json").mkdir()
    with pytest.raises(OutputPathError):
        services.write(lambda app: app.retention.archive_and_delete(SYSTEM, participant_id, folder, "delete"))
    assert [p.name for p in folder.iterdir()] == [f"deltaker-{participant_id}-arkiv-2026-11-25.json"]

    assert _counts(services, participant_id) == before
    assert _due(services) == ["Åse"]
    with db_session(services) as session:
        assert (
            session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "delete"))
            == 0
        )


def test_only_a_due_participant_and_only_by_an_administrator(
    services: AppServices, coach: Actor, folder: Path
) -> None:
    recent = _ended(services, coach, "Nylig", date(2026, 3, 2))
    active = services.write(
        lambda app: app.participants.create(coach, participant_input(coach.user_id))
    ).value.id
    for participant_id in (recent, active):
        with pytest.raises(NotDueError):
            services.write(
                lambda app, pid=participant_id: app.retention.archive_and_delete(
                    SYSTEM, pid, folder, "delete"
                )
            )
    due = _ended(services, coach, "Lenge", date(2025, 6, 30))
    with pytest.raises(NotAuthorizedError):
        services.write(lambda app: app.retention.archive_and_delete(coach, due, folder, "delete"))
    assert list(folder.iterdir()) == []
    assert all(_counts(services, pid)["participants"] == 1 for pid in (recent, active, due))


# --- nothing personal survives anonymisation ------------------------------------------------------

# Every field the participant's file has for words about them, each with its own marker.
MARKERS = {
    "first_name": "Zyxfornavn",
    "last_name": "Zyxetternavn",
    "phone": "90919293",
    "email": "zyxpost@example.no",
    "nav_contact": "Zyxveileder NAV Lier",
    "support_needs": "Zyxbehov: skriftlige steglister",
    "extension_reason": "Zyxforlengelse etter sykdom",
    "free_goal": "Zyxegetmål: tar bussen alene",
    "tasks": "Zyxoppgave ved oppvasken",
    "evidence": "Zyxobservert på kaldkjøkkenet",
    "absence_reason": "Zyxfravær hos fastlegen",
    "correction_reason": "Zyxrettelse etter samtale",
    # The referrals: the coach's statement and the stages' notes.
    "referral_note": "Zyxhenvisningsnotat: klar for kjøkkenet",
    "stage_note": "Zyxtrinnotat etter intervjuet",
    "statement": "Zyxuttalelse: punktlig og grundig",
    # The consent to share a dossier.
    "consent_purpose": "Zyxformål: henvisning til kjøkkenassistent",
    # The dossier's material: certificates, references, the draft's accommodation needs.
    "certificate_name": "Zyxkursbevis i hygiene",
    "certificate_issuer": "Zyxutsteder Mattilsynet",
    "reference_name": "Zyxreferent Olsen",
    "reference_relation": "Zyxrelasjon: kjøkkensjef i praksis",
    "reference_phone": "48495051",
    "reference_email": "zyxrefpost@example.no",
    "accommodations": "Zyxtilrettelegging: skriftlig stegliste",
}
LANGUAGE = "prs"  # Dari: the preferred language is personal too (it hints at origin)
SPOKEN = ("ti", "so")  # the languages the participant speaks (for dossiers): personal as well


def _photo() -> bytes:
    picture = Image.new("RGB", (64, 80), (40, 120, 200))
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    return buffer.getvalue()


def _fill_every_personal_field(services: AppServices, coach: Actor) -> int:
    """A participant whose every personal field holds a marker; ended long enough ago to be due."""
    data = participant_input(
        coach.user_id,
        first_name=MARKERS["first_name"],
        last_name=MARKERS["last_name"],
        phone=MARKERS["phone"],
        email=MARKERS["email"],
        nav_contact=MARKERS["nav_contact"],
        support_needs=MARKERS["support_needs"],
        preferred_language=LANGUAGE,
        measure_start=date(2025, 1, 6),
        measure_planned_end=date(2025, 5, 30),
    )
    pid = services.write(lambda app: app.participants.create(coach, data)).value.id
    services.write(lambda app: app.participants.set_photo(coach, pid, _photo(), True))

    def extend(app: AppServices) -> None:
        version = app.participants.get(coach, pid).version
        app.participants.extend_measure(coach, pid, version, date(2025, 6, 30), MARKERS["extension_reason"])

    services.write(extend)
    areas = services.read(lambda app: app.competence.framework(coach)).value
    framework = PlanGoalInput(areas[0].goals[0].id, target_level=3, tasks=MARKERS["tasks"])
    goal = services.write(lambda app: app.plans.add_goal(coach, pid, framework)).value.id
    own = PlanGoalInput(None, MARKERS["free_goal"], target_level=3, tasks=MARKERS["tasks"])
    own_goal = services.write(lambda app: app.plans.add_goal(coach, pid, own)).value.id
    for plan_goal in (goal, own_goal):
        assessment = AssessmentInput(plan_goal, 2, date(2025, 3, 3), MARKERS["evidence"])
        services.write(lambda app, a=assessment: app.plans.assess(coach, a))
    excused = DayInput(date(2025, 3, 4), AttendanceStatus.EXCUSED, None, MARKERS["absence_reason"])
    services.write(lambda app: app.attendance.record_day(coach, pid, excused))
    present = DayInput(date(2025, 3, 5), AttendanceStatus.PRESENT, Decimal("6"))
    first = services.write(lambda app: app.attendance.record_day(coach, pid, present)).value
    corrected = DayInput(
        date(2025, 3, 5),
        AttendanceStatus.UNEXCUSED,
        None,
        MARKERS["absence_reason"],
        MARKERS["correction_reason"],
    )
    services.write(lambda app: app.attendance.record_day(coach, pid, corrected, first.version))
    _fill_referral_features(services, coach, pid)

    def end(app: AppServices) -> None:
        version = app.participants.get(coach, pid).version
        app.participants.end_measure(coach, pid, version, date(2025, 6, 30), EndReason.GOT_JOB.value)

    services.write(end)
    return pid


def _fill_referral_features(services: AppServices, coach: Actor, pid: int) -> None:
    """A referral with a statement and noted stages, a consent for its recipient, and the
    dossier's material (certificate, reference, spoken languages, the draft's accommodations)."""

    def partner(app: AppServices) -> ReferralInput:
        company = app.partners.save_company(SYSTEM, CompanyInput("Nordlys Kantiner AS"))
        location = app.partners.save_location(SYSTEM, company, LocationInput("Nordlys Bjørvika", city="Oslo"))
        position = app.partners.save_position(
            SYSTEM, company, PositionInput("Kjøkkenassistent", needs=(NeedInput(1, None, 3),))
        )
        contact = app.partners.save_contact(
            SYSTEM, company, ContactInput("Kari Rekrutterer", phone="22334455")
        )
        note = MARKERS["referral_note"]
        return ReferralInput(pid, company, location, position, contact, date(2025, 4, 1), note)

    referral = services.write(partner).value
    referral_id = services.write(lambda app: app.referrals.create(coach, referral)).value

    def refer(app: AppServices) -> None:
        version = app.referrals.referral(coach, referral_id).version
        sent = app.referrals.move(
            coach, referral_id, version, Stage.SENT, date(2025, 4, 10), MARKERS["stage_note"]
        )
        app.referrals.update(coach, referral_id, sent.version, referral.contact_id, MARKERS["statement"])

    services.write(refer)
    given = date(2025, 4, 1)
    consent = ConsentInput(
        pid,
        referral.company_id,
        None,
        MARKERS["consent_purpose"],
        (DataCategory.COMPETENCES, DataCategory.ACCOMMODATIONS),
        given,
        latest_expiry(given),
    )
    services.write(lambda app: app.consents.record(coach, consent))
    certificate = CertificateInput(
        MARKERS["certificate_name"], date(2025, 3, 10), MARKERS["certificate_issuer"]
    )
    reference = ReferenceInput(
        MARKERS["reference_name"],
        MARKERS["reference_relation"],
        MARKERS["reference_phone"],
        MARKERS["reference_email"],
        date(2025, 4, 2),
    )
    draft = DraftInput(
        frozenset({DataCategory.COMPETENCES, DataCategory.ACCOMMODATIONS}), MARKERS["accommodations"]
    )

    def material(app: AppServices) -> None:
        app.dossiers.save_certificate(coach, pid, certificate)
        app.dossiers.save_reference(coach, pid, reference)
        app.dossiers.save_languages(coach, pid, SPOKEN)
        app.dossiers.save_draft(coach, referral_id, draft)

    services.write(material)


def _every_cell(services: AppServices) -> list[tuple[str, str, Any]]:
    """(table, column, value) of every row of every table in the database."""
    cells = []
    with db_session(services) as session:
        tables = MetaData()
        tables.reflect(bind=session.connection())
        for table in tables.sorted_tables:
            for row in session.execute(select(table)).mappings():
                cells += [(table.name, column, value) for column, value in row.items()]
    return cells


def _found(cells: list[tuple[str, str, Any]], photo: bytes) -> dict[str, list[str]]:
    """Per marker (and the language and the photo): where it is, as "table.column"."""
    found: dict[str, list[str]] = {}
    for table, column, cell in cells:
        where = f"{table}.{column}"
        value = cell.tobytes() if isinstance(cell, memoryview) else cell
        if isinstance(value, dict | list):  # a JSON column
            value = json.dumps(value, ensure_ascii=False)
        if isinstance(value, bytes):
            if photo in value:
                found.setdefault("photo", []).append(where)
            value = value.decode("utf-8", "replace")
        if not isinstance(value, str):
            continue
        if value == LANGUAGE:
            found.setdefault("preferred_language", []).append(where)
        if set(SPOKEN) <= set(value.split(";")):
            found.setdefault("spoken_languages", []).append(where)
        text = value.casefold()
        for name, marker in MARKERS.items():
            if marker.casefold() in text:
                found.setdefault(name, []).append(where)
    return found


def test_anonymisation_leaves_nothing_personal_in_any_row_of_any_table(
    services: AppServices, coach: Actor, folder: Path
) -> None:
    participant_id = _fill_every_personal_field(services, coach)
    with db_session(services) as session:
        photo = session.scalar(select(Participant.photo).where(Participant.id == participant_id))
    assert photo

    before = _found(_every_cell(services), photo)
    assert set(before) == {*MARKERS, "preferred_language", "spoken_languages", "photo"}, (
        "every field holds its marker"
    )

    services.write(lambda app: app.retention.archive_and_delete(SYSTEM, participant_id, folder, "anonymise"))

    assert _found(_every_cell(services), photo) == {}
    details = services.write(lambda app: app.participants.get(SYSTEM, participant_id)).value
    assert details.full_name == f"Anonymisert #{participant_id}"
    assert details.preferred_language == "nb"  # the register's default, as for everyone
    assert (details.nav_measure, details.end_reason) == ("arbeidstrening", "got_job")  # the statistics
    # The counts stay: two goals with their levels, the two registered days.
    counts = _counts(services, participant_id)
    assert (counts["plan_goals"], counts["assessments"], counts["attendance_days"]) == (2, 2, 2)
    archive = json.loads(next(folder.glob("*.json")).read_text(encoding="utf-8"))
    register = archive["sections"]["register"][0]
    assert (register["first_name"], register["preferred_language"]) == (MARKERS["first_name"], LANGUAGE)
    # What was cleared is in the archive first: every marker, in the JSON file and in the PDF.
    archived = json.dumps(archive, ensure_ascii=False).casefold()
    assert [name for name, marker in MARKERS.items() if marker.casefold() not in archived] == []
    reader = PdfReader(str(next(folder.glob("*.pdf"))))
    pdf = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages).casefold()
    assert [name for name, marker in MARKERS.items() if marker.casefold() not in pdf] == []
    # The consent stays as the proof of consent (recipient, categories, dates, who recorded it),
    # without the participant's words; the draft keeps its categories, not the accommodations.
    with db_session(services) as session:
        consents = session.execute(
            select(Consent.purpose, Consent.categories, Consent.given_on, Consent.recorded_by).where(
                Consent.participant_id == participant_id
            )
        ).all()
        drafts = session.execute(select(DossierDraft.categories, DossierDraft.accommodations)).all()
    assert [tuple(row) for row in consents] == [
        ("", "competences;accommodations", date(2025, 4, 1), "Jonas Berg")
    ]
    assert [tuple(row) for row in drafts] == [("competences;accommodations", "")]
