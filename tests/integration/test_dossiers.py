"""Referral dossiers (R4, R5) on SQLite and PostgreSQL: the register (certificates, references,
spoken languages) with versions and audit entries; the content built from the allowed sources
only; for every data category a dossier with and without its consent; a participant whose
forbidden fields all hold marker strings, whose dossier holds none of them; a withdrawal between
the preview and the export, forced step by step, stops the export; nothing written and nothing
logged when an export is refused, cancelled or cannot be written; the batch with its skipped
list; every export in the audit log with its recipient."""

from __future__ import annotations

import re
import shutil
import threading
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy import text as sql
from sqlalchemy.exc import DatabaseError

from canteen_app.access import Role
from canteen_app.app import AppServices
from canteen_app.core.errors import (
    ConcurrencyError,
    NotAuthorizedError,
    NotFoundError,
    OutputPathError,
    ValidationError,
)
from canteen_app.documents.shaping import searchable_text
from canteen_app.documents.templates import RenderCancelled
from canteen_app.platform.audit.models import AuditEntry
from canteen_app.referrals.consent.rules import CATEGORY_ORDER, ConsentRefused, ConsentStatus, DataCategory
from canteen_app.referrals.dossiers.rules import CertificateInput, DraftInput, ReferenceInput
from canteen_app.referrals.dossiers.service import DossierChangedError
from canteen_app.training.participants.nav import END_REASON_NB, EndReason
from tests.dossier_world import (
    LATEST_EVIDENCE,
    MARKERS,
    SHOWN,
    STATEMENT,
    TODAY,
    DossierWorld,
    build_world,
)
from tests.helpers import SYSTEM, db_session, make_user

ALL = tuple(CATEGORY_ORDER)


class Stop:
    """A progress sink that asks to stop once `after` reports have come."""

    def __init__(self, after: int) -> None:
        self.after = after
        self.reports = 0

    def report(self, done: int, total: int, text: str = "") -> None:
        self.reports += 1

    def cancelled(self) -> bool:
        return self.reports >= self.after


def pdf_text(path: Path) -> str:
    return searchable_text("\n".join(page.extract_text() for page in PdfReader(path).pages))


def exports(services: AppServices) -> list[tuple[int | None, str]]:
    with db_session(services) as session:
        rows = session.execute(
            select(AuditEntry.entity_id, AuditEntry.detail)
            .where(AuditEntry.action == "export", AuditEntry.detail.like("dossier%"))
            .order_by(AuditEntry.id)
        )
        return [(row.entity_id, row.detail) for row in rows]


@pytest.fixture
def world(services: AppServices) -> DossierWorld:
    return build_world(services)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder of its own for the files (the SQLite database lives in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


# --- the register ---------------------------------------------------------------------------------


def test_certificates_references_and_languages_are_kept_with_versions_and_logged(
    services: AppServices, world: DossierWorld
) -> None:
    coach, pid = world.coach, world.participant_id
    material = world.write(lambda app: app.dossiers.material(coach, pid))
    assert material.spoken_languages == ("so", "nb", "en")
    assert [c.name for c in material.certificates] == ["Hygienekurs for næringsmiddelarbeidere"]
    assert {r.name: r.consented_on for r in material.references} == {
        "Per Olsen": date(2026, 10, 1),
        "Grete Lunde": None,
    }
    certificate = material.certificates[0]
    changed = world.write(
        lambda app: app.dossiers.save_certificate(
            coach, pid, CertificateInput("Hygienekurs", date(2026, 2, 10), "Mattilsynet"), certificate.id, 1
        )
    )
    assert changed.version == 2 and changed.issuer == "Mattilsynet"
    with pytest.raises(ConcurrencyError) as stale:
        world.write(
            lambda app: app.dossiers.save_certificate(
                coach, pid, CertificateInput("Annet", date(2026, 2, 10), "X"), certificate.id, 1
            )
        )
    assert stale.value.current == changed
    with pytest.raises(ValidationError) as wrong:
        world.write(
            lambda app: app.dossiers.save_certificate(coach, pid, CertificateInput("", date(2026, 12, 1), ""))
        )
    assert set(wrong.value.field_errors) == {"name", "issuer", "issued_on"}
    with pytest.raises(ValidationError) as unreachable:
        world.write(lambda app: app.dossiers.save_reference(coach, pid, ReferenceInput("Ola", "Kollega")))
    assert set(unreachable.value.field_errors) == {"phone"}
    world.write(lambda app: app.dossiers.delete_certificate(coach, pid, certificate.id, 2))
    with pytest.raises(NotFoundError):
        world.write(lambda app: app.dossiers.delete_certificate(coach, pid, certificate.id, 2))
    version = world.write(lambda app: app.dossiers.save_languages(coach, pid, ["ar", "prs", "ar"], 1))
    assert version == 2
    with pytest.raises(ValidationError):
        world.write(lambda app: app.dossiers.save_languages(coach, pid, ["xx-nonsense"], 2))
    with pytest.raises(ConcurrencyError):
        world.write(lambda app: app.dossiers.save_languages(coach, pid, ["nb"], 1))
    again = world.write(lambda app: app.dossiers.material(coach, pid))
    assert again.spoken_languages == ("ar", "prs") and again.certificates == ()
    with db_session(services) as session:
        details = [
            row.detail
            for row in session.execute(
                select(AuditEntry.detail).where(AuditEntry.entity_id == pid).order_by(AuditEntry.id)
            )
        ]
    assert "dossier material" in details
    assert f"certificate {certificate.id} removed" in details
    assert "spoken languages changed" in details
    assert not any("Hygienekurs" in detail or "Per Olsen" in detail for detail in details)


def test_only_job_coaches_and_admins_keep_the_register(services: AppServices, world: DossierWorld) -> None:
    manager = make_user(services, "Kari Nordmann", Role.CANTEEN_MANAGER)
    with pytest.raises(NotAuthorizedError):
        world.write(
            lambda app: app.dossiers.save_certificate(
                manager, world.participant_id, CertificateInput("Kurs", date(2026, 1, 1), "Noen")
            )
        )
    with pytest.raises(NotAuthorizedError):
        world.write(lambda app: app.dossiers.preview(manager, world.referral_id))


# --- the content ----------------------------------------------------------------------------------


def test_the_content_comes_from_the_allowed_sources(world: DossierWorld) -> None:
    world.consent(ALL)
    content = world.write(lambda app: app.dossiers.content(world.coach, world.referral_id))
    assert content.categories == frozenset(ALL)  # no draft yet: what the consent covers
    assert (content.person.first_name, content.person.last_name) == ("Åse", "Ødegård")
    assert content.person.spoken_languages == ("Somali", "Norsk bokmål", "Engelsk")
    assert content.person.photo_png is not None
    # The latest coach assessment of each goal, never an older one or a self-assessment.
    assert [(line.area_number, line.level, line.assessed_on) for line in content.competences] == [
        (1, 3, date(2026, 10, 5)),
        (4, 2, date(2026, 9, 7)),
    ]
    assert content.competences[0].evidence == LATEST_EVIDENCE
    assert content.competences[0].level_name == "Selvstendig"
    assert content.tasks == ("Oppvask med maskin", "Renhold av benker")
    assert [c.name for c in content.certificates] == ["Hygienekurs for næringsmiddelarbeidere"]
    assert [r.name for r in content.references] == ["Per Olsen"]  # the other was not asked
    assert content.attendance_rate is not None and round(content.attendance_rate, 2) == round(3 / 4, 2)
    assert content.statement == STATEMENT
    assert content.recipient.contact_name == "Kari Rekrutterer"
    assert content.recipient.location_city == "Oslo"
    assert content.coach_name == "Jonas Berg"
    english = world.write(lambda app: app.dossiers.content(world.coach, world.referral_id, "en"))
    assert english.competences[0].level_name == "Independently"
    assert english.person.spoken_languages == ("Somali", "Norwegian Bokmål", "English")


def test_reading_the_content_is_logged_as_a_view(services: AppServices, world: DossierWorld) -> None:
    world.consent(ALL)
    world.write(lambda app: app.dossiers.content(world.coach, world.referral_id))
    with db_session(services) as session:
        views = session.scalars(
            select(AuditEntry.detail).where(
                AuditEntry.entity_id == world.participant_id, AuditEntry.action == "view"
            )
        ).all()
    assert f"dossier content of referral {world.referral_id}" in views


def test_without_a_draft_the_choice_is_one_consent_not_the_union_of_several(world: DossierWorld) -> None:
    """A company-wide consent for competences and one naming the contact for tasks and the photo:
    a dossier may go out under either, never under both joined, so the proposal is the wider one."""
    world.consent((DataCategory.COMPETENCES,))
    world.consent((DataCategory.TASKS, DataCategory.PHOTO), contact=True)
    preview = world.write(lambda app: app.dossiers.preview(world.coach, world.referral_id))
    assert preview.chosen == {DataCategory.TASKS, DataCategory.PHOTO}
    assert preview.can_export, preview.refusal


def test_a_dossier_made_by_a_program_never_names_it_as_the_job_coach(
    services: AppServices, world: DossierWorld
) -> None:
    """A participant without a coach, the dossier made from the command line (no person acting):
    the coach's line is left to sign by hand, not filled with the program's name."""
    world.consent(ALL)
    with db_session(services, write=True) as session:
        session.execute(
            sql("UPDATE participants SET coach_id = NULL WHERE id = :id"), {"id": world.participant_id}
        )
    content = world.write(lambda app: app.dossiers.content(SYSTEM, world.referral_id))
    assert content.coach_name == ""


def test_the_preview_lists_what_goes_out_and_is_logged_as_a_view(
    services: AppServices, world: DossierWorld
) -> None:
    none = world.write(lambda app: app.dossiers.preview(world.coach, world.referral_id))
    assert none.consent is ConsentStatus.NONE and none.consented == frozenset() and none.chosen == frozenset()
    assert none.refusal is not None and "No consent" in str(none.refusal)
    assert none.with_data == frozenset(ALL) - {DataCategory.ACCOMMODATIONS}  # no text written yet
    world.consent((DataCategory.COMPETENCES, DataCategory.TASKS))
    preview = world.write(lambda app: app.dossiers.preview(world.coach, world.referral_id))
    assert preview.consent is ConsentStatus.VALID and preview.can_export
    assert preview.chosen == preview.consented == {DataCategory.COMPETENCES, DataCategory.TASKS}
    sections = {field.section for field in preview.fields}
    assert sections == {
        "Recipient",
        "Profile",
        "Competences",
        "Tasks and stations mastered",
        "The job coach's statement",
    }
    assert not any(field.label == "Photo" for field in preview.fields)
    assert any(LATEST_EVIDENCE in field.value for field in preview.fields)
    world.choose(ALL)
    wider = world.write(lambda app: app.dossiers.preview(world.coach, world.referral_id))
    assert wider.missing == frozenset(ALL) - {DataCategory.COMPETENCES, DataCategory.TASKS}
    assert wider.refusal is not None and "does not cover" in str(wider.refusal)
    views = [detail for _pid, detail in _entries(services, "view") if detail.startswith("dossier preview")]
    assert len(views) == 4  # with the one `choose` makes


def _entries(services: AppServices, action: str) -> list[tuple[int | None, str]]:
    with db_session(services) as session:
        rows = session.execute(
            select(AuditEntry.entity_id, AuditEntry.detail)
            .where(AuditEntry.action == action)
            .order_by(AuditEntry.id)
        )
        return [(row.entity_id, row.detail) for row in rows]


# --- every category, with and without its consent -------------------------------------------------


def _shown(path: Path, category: DataCategory) -> bool:
    if category is DataCategory.PHOTO:
        return any(page.images for page in PdfReader(path).pages)
    return SHOWN[category] in pdf_text(path)


@pytest.mark.parametrize("category", ALL, ids=[c.value for c in ALL])
def test_every_category_goes_out_only_with_its_consent(
    services: AppServices, world: DossierWorld, out: Path, category: DataCategory
) -> None:
    others = tuple(c for c in ALL if c is not category)
    world.consent(others)
    # Chosen without its consent: refused, naming what the consent lacks; nothing written or logged.
    world.choose(ALL)
    target = out / "refused.pdf"
    with pytest.raises(ConsentRefused) as refused:
        services.dossiers.render(world.coach, world.referral_id, target)
    assert refused.value.missing == (category,)
    assert not target.exists() and list(out.iterdir()) == []
    assert exports(services) == []
    # Not chosen: the dossier goes, without that section.
    world.choose(others)
    without = services.dossiers.render(world.coach, world.referral_id, out / "without.pdf")
    assert not _shown(without, category)
    for other in others:
        assert _shown(without, other), other
    # With its consent: the section is there.
    world.consent(ALL, given_on=date(2026, 11, 20))
    world.choose(ALL)
    with_it = services.dossiers.render(world.coach, world.referral_id, out / "with.pdf")
    assert _shown(with_it, category)
    assert len(exports(services)) == 2


def test_a_chosen_category_without_data_needs_no_consent(
    services: AppServices, world: DossierWorld, out: Path
) -> None:
    """The consent must cover what the dossier holds: a chosen photo that does not exist holds
    nothing, so a consent without PHOTO lets the dossier go (without a photo)."""
    world.write(lambda app: app.participants.set_photo(world.coach, world.participant_id, None, False))
    world.consent(tuple(c for c in ALL if c is not DataCategory.PHOTO))
    world.choose(ALL)
    path = services.dossiers.render(world.coach, world.referral_id, out / "d.pdf")
    assert not any(page.images for page in PdfReader(path).pages)


def test_no_consent_no_dossier_for_any_role(services: AppServices, world: DossierWorld, out: Path) -> None:
    from tests.helpers import SYSTEM

    for actor in (world.coach, SYSTEM):
        with pytest.raises(ConsentRefused):
            services.dossiers.render(actor, world.referral_id, out / "x.pdf")
    assert list(out.iterdir()) == [] and exports(services) == []


def test_a_consent_for_another_contact_person_does_not_cover_the_referral(
    services: AppServices, world: DossierWorld, out: Path
) -> None:
    from canteen_app.referrals.partners.rules import ContactInput

    other = world.write(
        lambda app: app.partners.save_contact(
            world.coach, world.company_id, ContactInput("Ola Annen", phone="22 11 22 11")
        )
    )
    world.contact_id, named = other, world.contact_id
    world.consent(ALL, contact=True)  # names Ola, not the referral's Kari
    world.contact_id = named
    with pytest.raises(ConsentRefused):
        services.dossiers.render(world.coach, world.referral_id, out / "x.pdf")


# --- what must never leave ----------------------------------------------------------------------


def test_no_forbidden_field_reaches_the_dossier(services: AppServices, out: Path) -> None:
    world = build_world(services, markers=True)
    world.consent(ALL, purpose=MARKERS["consent purpose"])
    world.choose(ALL)
    for language in ("nb", "en"):
        path = services.dossiers.render(
            world.coach, world.referral_id, out / f"{language}.pdf", language=language
        )
        text = pdf_text(path)
        raw = path.read_bytes()
        streams = b"".join(_streams(path))
        assert "Åse" in text and LATEST_EVIDENCE.split()[0] in text  # it did read the document
        for what, marker in MARKERS.items():
            assert marker.casefold() not in text.casefold(), what
            assert marker.encode() not in raw, what
            assert marker.encode() not in streams, what
        for word in (END_REASON_NB[EndReason.ILL], "Sykdom", "sykmeld", "Dronning Eufemias"):
            assert word.casefold() not in text.casefold(), word
        assert not re.search(r"\bNAV\b", text)
    # The preview lists none either.
    preview = world.write(lambda app: app.dossiers.preview(world.coach, world.referral_id))
    listed = " ".join(f"{f.section} {f.label} {f.value}" for f in preview.fields)
    assert not any(marker in listed for marker in MARKERS.values())


def _streams(path: Path) -> list[bytes]:
    """Every content stream of the file, decompressed."""
    reader = PdfReader(path)
    found = []
    for page in reader.pages:
        contents = page.get_contents()
        if contents is not None:
            found.append(contents.get_data())
    return found


# --- the export's transaction -----------------------------------------------------------------------


def test_a_withdrawal_between_preview_and_export_stops_the_export(
    services: AppServices, world: DossierWorld, out: Path
) -> None:
    """The coach previews (one thread), the participant's withdrawal is recorded (another
    thread), then the coach saves the PDF: refused, nothing written, nothing logged. Each step
    waits for the one before (threading.Event), never for time."""
    world.consent(ALL)
    previewed, withdrawn = threading.Event(), threading.Event()
    outcome: dict[str, object] = {}
    target = out / "dossier.pdf"

    def coach() -> None:
        try:
            preview = services.write(lambda app: app.dossiers.preview(world.coach, world.referral_id)).value
            outcome["preview"] = preview
            previewed.set()
            assert withdrawn.wait(30)
            services.dossiers.render(world.coach, world.referral_id, target, expected=preview.fingerprint)
        except BaseException as error:  # noqa: BLE001 - handed to the test
            outcome["error"] = error
        finally:
            previewed.set()

    def participant() -> None:
        try:
            assert previewed.wait(30)
            world.withdraw()
        except BaseException as error:  # noqa: BLE001
            outcome["withdraw_error"] = error
        finally:
            withdrawn.set()

    threads = [threading.Thread(target=coach), threading.Thread(target=participant)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert "withdraw_error" not in outcome
    preview = outcome["preview"]
    assert getattr(preview, "can_export", False)
    error = outcome.get("error")
    assert isinstance(error, ConsentRefused) and error.reason is ConsentStatus.WITHDRAWN
    assert not target.exists() and list(out.iterdir()) == []
    assert exports(services) == []


def test_a_withdrawal_waits_for_an_export_under_way(
    services: AppServices, world: DossierWorld, out: Path
) -> None:
    """The export has passed the consent check (its render reports progress) when the withdrawal
    starts: the withdrawal cannot commit before the export does, so the export (logged) comes
    first, and the next export is refused."""
    world.consent(ALL)
    checked, withdrawing = threading.Event(), threading.Event()
    outcome: dict[str, object] = {}

    class Signal:
        def report(self, done: int, total: int, text: str = "") -> None:
            if not checked.is_set():
                checked.set()
                assert withdrawing.wait(30)

        def cancelled(self) -> bool:
            return False

    def participant() -> None:
        try:
            assert checked.wait(30)
            withdrawing.set()
            world.withdraw()
        except BaseException as error:  # noqa: BLE001
            outcome["withdraw_error"] = error

    thread = threading.Thread(target=participant)
    thread.start()
    path = services.dossiers.render(world.coach, world.referral_id, out / "first.pdf", Signal())
    thread.join(60)
    assert "withdraw_error" not in outcome and path.exists()
    with db_session(services) as session:
        order = [
            row.detail
            for row in session.execute(
                select(AuditEntry.detail)
                .where(AuditEntry.detail.like("dossier of%") | AuditEntry.detail.like("consent % withdrawn"))
                .order_by(AuditEntry.id)
            )
        ]
    assert order[0].startswith("dossier of") and "withdrawn" in order[1]
    with pytest.raises(ConsentRefused):
        services.dossiers.render(world.coach, world.referral_id, out / "second.pdf")
    assert not (out / "second.pdf").exists()


def test_an_export_is_logged_with_its_recipient_and_what_it_held(
    services: AppServices, world: DossierWorld, out: Path
) -> None:
    world.consent((DataCategory.COMPETENCES, DataCategory.TASKS, DataCategory.ATTENDANCE))
    path = services.dossiers.render(world.coach, world.referral_id, out / "d.pdf")
    assert path.stat().st_mode & 0o777 == 0o600
    [(pid, detail)] = exports(services)
    assert pid == world.participant_id
    assert detail == (
        f"dossier of referral {world.referral_id} to company {world.company_id} contact {world.contact_id} "
        "(nb; competences,tasks,attendance)"
    )
    assert "Åse" not in detail and "Nordlys" not in detail


def test_a_cancelled_or_unwritable_export_leaves_no_file_and_no_entry(
    services: AppServices, world: DossierWorld, out: Path
) -> None:
    world.consent(ALL)
    with pytest.raises(RenderCancelled):
        services.dossiers.render(world.coach, world.referral_id, out / "d.pdf", Stop(after=1))
    assert list(out.iterdir()) == []
    gone = out / "gone"
    gone.mkdir()

    class RemoveFolder:
        """The folder disappears while the dossier is laid out: the file cannot be written."""

        def report(self, done: int, total: int, text: str = "") -> None:
            shutil.rmtree(gone, ignore_errors=True)

        def cancelled(self) -> bool:
            return False

    with pytest.raises(OutputPathError) as failed:
        services.dossiers.render(world.coach, world.referral_id, gone / "d.pdf", RemoveFolder())
    assert str(gone / "d.pdf") in str(failed.value)  # the user's path, not a temporary one
    assert list(out.iterdir()) == []
    assert exports(services) == []


def test_an_export_of_a_changed_dossier_is_refused(
    services: AppServices, world: DossierWorld, out: Path
) -> None:
    world.consent(ALL)
    preview = world.write(lambda app: app.dossiers.preview(world.coach, world.referral_id))
    details = world.write(lambda app: app.referrals.referral(world.coach, world.referral_id))
    world.write(
        lambda app: app.referrals.update(
            world.coach, world.referral_id, details.version, world.contact_id, "Ny tekst."
        )
    )
    with pytest.raises(DossierChangedError):
        services.dossiers.render(world.coach, world.referral_id, out / "d.pdf", expected=preview.fingerprint)
    assert list(out.iterdir()) == [] and exports(services) == []
    fresh = world.write(lambda app: app.dossiers.preview(world.coach, world.referral_id))
    assert fresh.fingerprint != preview.fingerprint
    services.dossiers.render(world.coach, world.referral_id, out / "d.pdf", expected=fresh.fingerprint)


def test_a_draft_keeps_its_version(services: AppServices, world: DossierWorld) -> None:
    coach, rid = world.coach, world.referral_id
    first = world.write(
        lambda app: app.dossiers.save_draft(coach, rid, DraftInput(frozenset({DataCategory.TASKS})))
    )
    assert first == 1
    with pytest.raises(ConcurrencyError):
        world.write(lambda app: app.dossiers.save_draft(coach, rid, DraftInput(frozenset()), None))
    with pytest.raises(ValidationError):
        world.write(lambda app: app.dossiers.save_draft(coach, rid, DraftInput(frozenset(), "x" * 1001), 1))
    second = world.write(
        lambda app: app.dossiers.save_draft(coach, rid, DraftInput(frozenset(), "Trenger lister"), 1)
    )
    assert second == 2
    preview = world.write(lambda app: app.dossiers.preview(coach, rid))
    assert preview.chosen == frozenset() and preview.accommodations == "Trenger lister"


# --- the batch ----------------------------------------------------------------------------------


def test_the_batch_writes_one_file_per_referral_and_lists_the_skipped(
    services: AppServices, world: DossierWorld, out: Path
) -> None:
    from canteen_app.referrals.referrals.dto import ReferralInput

    world.consent(ALL)
    second = world.write(
        lambda app: app.referrals.create(
            world.coach,
            ReferralInput(
                world.participant_id, world.company_id, world.location_id, world.position_id, None, TODAY, ""
            ),
        )
    )
    other = build_world(
        services, first_name="Amal", last_name="Yusuf", coach_name="Eva Lie", company="Fjordmat AS"
    )
    result = services.dossiers.export_batch(
        world.coach, [world.referral_id, other.referral_id, second, 99999], out
    )
    assert [rid for rid, _path in result.written] == [world.referral_id, second]
    assert [path.name for _rid, path in result.written] == [
        f"nordlys-kantiner-as-ÅØ-{world.referral_id}.pdf",
        f"nordlys-kantiner-as-ÅØ-{second}.pdf",
    ]
    reasons = dict(result.skipped)
    assert set(reasons) == {other.referral_id, 99999}
    assert "No consent" in str(reasons[other.referral_id])
    assert "not found" in str(reasons[99999])
    assert not result.cancelled
    assert sorted(p.name for p in out.iterdir()) == sorted(path.name for _rid, path in result.written)
    assert [detail.split(" to ")[1].split(" (")[0] for _pid, detail in exports(services)] == [
        f"company {world.company_id} contact {world.contact_id}",
        f"company {world.company_id}",
    ]


def test_a_cancelled_batch_leaves_only_complete_logged_files(
    services: AppServices, world: DossierWorld, out: Path
) -> None:
    world.consent(ALL)
    ids = [world.referral_id]
    from canteen_app.referrals.referrals.dto import ReferralInput

    for _ in range(3):
        ids.append(
            world.write(
                lambda app: app.referrals.create(
                    world.coach,
                    ReferralInput(
                        world.participant_id,
                        world.company_id,
                        world.location_id,
                        world.position_id,
                        None,
                        TODAY,
                        "",
                    ),
                )
            )
        )

    def stop_after_two() -> bool:
        return len(list(out.glob("*.pdf"))) >= 2

    result = services.dossiers.export_batch(world.coach, ids, out, cancelled=stop_after_two)
    assert result.cancelled and len(result.written) == 2
    for _rid, path in result.written:
        assert len(PdfReader(path).pages) >= 2
    assert sorted(out.iterdir()) == sorted(path for _rid, path in result.written)
    assert not list(out.glob(".*"))  # no temporary file left behind
    assert len(exports(services)) == 2
    # Stopped inside a file: that file is not there, the ones before are.
    for path in out.iterdir():
        path.unlink()
    stopped = services.dossiers.export_batch(world.coach, ids, out, Stop(after=2))
    assert stopped.cancelled and len(stopped.written) == 1
    assert [p.name for p in out.iterdir()] == [stopped.written[0][1].name]


def test_the_batch_refuses_a_folder_that_does_not_exist(
    services: AppServices, world: DossierWorld, out: Path
) -> None:
    with pytest.raises(OutputPathError):
        services.dossiers.export_batch(world.coach, [world.referral_id], out / "missing")


# --- reading it back ------------------------------------------------------------------------------


def test_the_dossier_reads_as_a_recruiter_expects(
    services: AppServices, world: DossierWorld, out: Path
) -> None:
    world.consent(ALL)
    path = services.dossiers.render(world.coach, world.referral_id, out / "d.pdf")
    reader = PdfReader(path)
    text = pdf_text(path)
    first = searchable_text(reader.pages[0].extract_text())
    assert "Nordlys Kantiner AS" in first and "Att.: Kari Rekrutterer, Kjøkkensjef" in first
    assert "Hei Kari Rekrutterer," in first and "Henvisning: Åse Ødegård – Kjøkkenassistent" in first
    for words in ("Kandidatmappe", "1 Personlig hygiene", "3 Selvstendig", "05.10.2026", "Somali"):
        assert words in text, words
    assert "75 %" in text  # three of four counted days
    assert f"Side 1 av {len(reader.pages)}" in first
    assert "Kjøkkensjef, Kantina" in text and "41 23 45 67" in text
    assert "Grete Lunde" not in text  # never asked
    assert reader.metadata is not None and reader.metadata.title == "Kandidatmappe"
    assert reader.metadata.author == "Jonas Berg"
    fonts = {
        str(font["/BaseFont"]).split("+")[-1]
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert fonts <= {"DejaVuSans", "DejaVuSans-Bold", "NotoSansArabic", "NotoSansArabic-Bold"}
    english = services.dossiers.render(world.coach, world.referral_id, out / "en.pdf", language="en")
    assert "Candidate dossier" in pdf_text(english) and "Page 1 of" in pdf_text(english)


def test_an_arabic_name_is_joined_and_a_tigrinya_reference_set_in_ethiopic(
    services: AppServices, out: Path
) -> None:
    world = build_world(services, first_name="أمل", last_name="يوسف")
    world.write(
        lambda app: app.dossiers.save_reference(
            world.coach,
            world.participant_id,
            ReferenceInput("ዮናስ ተስፋይ", "Kollega", "41 00 00 00", "", date(2026, 10, 1)),
        )
    )
    world.consent(ALL)
    path = services.dossiers.render(world.coach, world.referral_id, out / "d.pdf")
    reader = PdfReader(path)
    raw = "\n".join(page.extract_text() for page in reader.pages)
    # The Arabic letters come out as joined presentation forms, which read back as the name.
    assert any("\ufe70" <= char <= "\ufefc" for char in raw)
    words = searchable_text(raw).split()
    assert "أمل" in words and "يوسف" in words
    assert "ዮናስ" in words and "ተስፋይ" in words
    fonts = {
        str(font["/BaseFont"]).split("+")[-1]
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert {"NotoSansArabic-Bold", "NotoSansEthiopic-Bold"} <= fonts  # names are set in bold


def test_when_the_audit_entry_cannot_be_written_no_file_remains(
    services: AppServices, world: DossierWorld, out: Path
) -> None:
    """The database refuses the export's entry (a trigger, as a full disk or a lost connection
    would): the export fails, and the file it had written is gone again."""
    world.consent(ALL)
    with db_session(services, write=True) as session:
        if services.backend == "postgresql":
            session.execute(
                sql(
                    "CREATE FUNCTION refuse_dossier_entry() RETURNS trigger AS $$ BEGIN "
                    "IF NEW.detail LIKE 'dossier of%' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; "
                    "END $$ LANGUAGE plpgsql"
                )
            )
            session.execute(
                sql(
                    "CREATE TRIGGER refuse_dossier_entry BEFORE INSERT ON audit_log "
                    "FOR EACH ROW EXECUTE FUNCTION refuse_dossier_entry()"
                )
            )
        else:
            session.execute(
                sql(
                    "CREATE TRIGGER refuse_dossier_entry BEFORE INSERT ON audit_log "
                    "WHEN NEW.detail LIKE 'dossier of%' BEGIN SELECT RAISE(ABORT, 'refused'); END"
                )
            )
    with pytest.raises(DatabaseError):
        services.dossiers.render(world.coach, world.referral_id, out / "d.pdf")
    assert list(out.iterdir()) == []
    assert exports(services) == []


def test_retention_archives_the_register_and_anonymising_removes_it(
    services: AppServices, world: DossierWorld
) -> None:
    from tests.helpers import SYSTEM

    sections = services.dossiers.archive_sections(SYSTEM, world.participant_id)
    assert [section.key for section in sections] == [
        "spoken_languages",
        "certificates",
        "references",
        "dossier_drafts",
    ]
    assert [record["name"] for record in sections[2].records()] == ["Grete Lunde", "Per Olsen"]
    world.write(lambda app: app.dossiers.anonymise(SYSTEM, world.participant_id))
    material = world.write(lambda app: app.dossiers.material(SYSTEM, world.participant_id))
    assert material.certificates == () and material.references == () and material.spoken_languages == ()
