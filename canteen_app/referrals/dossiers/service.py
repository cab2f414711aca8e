"""Referral dossiers (R4, R5): the participant's register for dossiers (certificates and courses,
references who agreed to be named, the languages they speak), each referral's draft (the data
categories the coach chose, the accommodation needs the participant approved), the preview that
lists every field that would go out, and the export: one dossier, or a batch of them.

Nothing leaves without consent. An export is one write transaction that asks the consent
feature for a valid consent covering every category the dossier holds (`ConsentService.require`,
which locks the participant's consent rows for that recipient), reads the content, writes the
PDF and logs the export with its recipient; a withdrawal cannot commit in between. If the
consent is refused nothing is written; if the file or the audit entry fails, nothing is
recorded and no file remains. There is no override, for any role.

The content comes from the allowed sources only (`dto.DossierContent` has no field for anything
else): the participant's name, the languages they speak, the photo only when chosen, per plan
goal the latest coach assessment with its level, day and one line of evidence, the plan's tasks
and the stations of the task library they were assigned to, their certificates, the attendance
rate over the measure so far, the approved accommodation text, references with their own yes,
the coach's statement (on the referral), the coach's and the site's names.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import delete, select, update

from canteen_app.access import Actor, Permission, require
from canteen_app.core.dates import local_day
from canteen_app.core.errors import ConcurrencyError, DomainError, NotFoundError, ValidationError
from canteen_app.core.files import check_output_path
from canteen_app.core.progress import ProgressSink
from canteen_app.core.text import QT_TRANSLATE_NOOP, Message
from canteen_app.db.service import Clock, Service, reads, writes
from canteen_app.db.unit_of_work import Database
from canteen_app.platform.audit.rules import AuditAction
from canteen_app.platform.audit.service import AuditService
from canteen_app.platform.retention.dto import ArchiveField, ArchiveSection
from canteen_app.platform.sites.service import SiteService
from canteen_app.referrals.consent.rules import CATEGORY_ORDER, ConsentRefused, ConsentStatus, DataCategory
from canteen_app.referrals.consent.service import ARCHIVE_CATEGORIES, ConsentService
from canteen_app.referrals.dossiers.dossier_labels import LANGUAGES, DossierLabels, dossier_labels
from canteen_app.referrals.dossiers.dto import (
    BatchResult,
    CertificateInfo,
    CertificateLine,
    CompetenceLine,
    DossierContent,
    DossierMaterial,
    DossierPerson,
    DossierPreview,
    DossierRecipient,
    ReferenceInfo,
    ReferenceLine,
)
from canteen_app.referrals.dossiers.models import Certificate, DossierDraft, DossierProfile, Reference
from canteen_app.referrals.dossiers.preview import fingerprint, preview_fields, used_categories
from canteen_app.referrals.dossiers.rules import (
    DOSSIER_MATERIAL,
    CertificateInput,
    DraftInput,
    ReferenceInput,
    dossier_file_name,
    evidence_line,
    language_name,
    parse_categories,
    parse_languages,
    store_categories,
    validate_certificate,
    validate_draft,
    validate_languages,
    validate_reference,
)
from canteen_app.referrals.partners.service import PartnerService
from canteen_app.referrals.referrals.dto import ReferralDetails
from canteen_app.referrals.referrals.service import ReferralService
from canteen_app.training.attendance.service import AttendanceService
from canteen_app.training.competence.service import CompetenceService
from canteen_app.training.participants.dto import ParticipantDetails
from canteen_app.training.participants.service import ENTITY, ParticipantService
from canteen_app.training.plans.rules import AssessmentKind
from canteen_app.training.plans.service import PlanService
from canteen_app.training.tasks.service import TaskLibraryService

__all__ = ["DOSSIER_MATERIAL", "DossierChangedError", "DossierService"]

_CERTIFICATE_GONE = QT_TRANSLATE_NOOP("errors", "This certificate was not found. It may have been removed.")
_REFERENCE_GONE = QT_TRANSLATE_NOOP("errors", "This reference was not found. It may have been removed.")

# Where the file of an export goes, once its content is known (the batch names it after it).
Target = Callable[[DossierContent], Path]


class DossierChangedError(DomainError):
    """The dossier would no longer be what the preview showed (a new assessment, another
    choice, a changed statement): nothing was written; look at the preview again."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The dossier has changed since the preview: nothing was written. Look at the preview "
                "again before saving.",
            )
        )


class DossierService(Service):
    def __init__(
        self,
        db: Database,
        clock: Clock,
        participants: ParticipantService,
        plans: PlanService,
        attendance: AttendanceService,
        competence: CompetenceService,
        tasks: TaskLibraryService | None,
        partners: PartnerService,
        consents: ConsentService,
        referrals: ReferralService,
        sites: SiteService,
        audit: AuditService,
    ) -> None:
        super().__init__(db, clock)
        self._participants = participants
        self._plans = plans
        self._attendance = attendance
        self._competence = competence
        self._tasks = tasks
        self._partners = partners
        self._consents = consents
        self._referrals = referrals
        self._sites = sites
        self._audit = audit

    # --- the register: certificates, references, spoken languages ----------------------------------

    @writes
    def material(self, actor: Actor, participant_id: int) -> DossierMaterial:
        """The participant's languages, certificates and references; the view is logged."""
        self._participants.check_access(actor, participant_id)
        self._audit.record(actor, AuditAction.VIEW, ENTITY, participant_id, "dossier material")
        return self._material(participant_id)

    @writes
    def save_certificate(
        self,
        actor: Actor,
        participant_id: int,
        data: CertificateInput,
        certificate_id: int | None = None,
        version: int | None = None,
    ) -> CertificateInfo:
        """Add a certificate (`certificate_id` None) or change one last read at `version`."""
        self._check_editor(actor, participant_id)
        clean, errors = validate_certificate(data, self._today())
        if errors:
            raise ValidationError(errors)
        now = self.now()
        if certificate_id is None:
            row = Certificate(participant_id=participant_id, updated_at=now, **dataclasses.asdict(clean))
            self.session.add(row)
            what = "added"
        else:
            row = self._certificate(participant_id, certificate_id)
            if row.version != version:
                raise ConcurrencyError(_certificate_info(row))
            row.name, row.issued_on, row.issuer, row.updated_at = (
                clean.name,
                clean.issued_on,
                clean.issuer,
                now,
            )
            what = "changed"
        self.session.flush()
        self._audit.record(actor, AuditAction.UPDATE, ENTITY, participant_id, f"certificate {row.id} {what}")
        self.changed(DOSSIER_MATERIAL, participant_id)
        return _certificate_info(row)

    @writes
    def delete_certificate(
        self, actor: Actor, participant_id: int, certificate_id: int, version: int
    ) -> None:
        self._check_editor(actor, participant_id)
        row = self._certificate(participant_id, certificate_id)
        if row.version != version:
            raise ConcurrencyError(_certificate_info(row))
        self.session.delete(row)
        self.session.flush()
        self._audit.record(
            actor, AuditAction.UPDATE, ENTITY, participant_id, f"certificate {certificate_id} removed"
        )
        self.changed(DOSSIER_MATERIAL, participant_id)

    @writes
    def save_reference(
        self,
        actor: Actor,
        participant_id: int,
        data: ReferenceInput,
        reference_id: int | None = None,
        version: int | None = None,
    ) -> ReferenceInfo:
        """Add a reference (`reference_id` None) or change one last read at `version`. A
        reference is named in dossiers only once `consented_on` is set."""
        self._check_editor(actor, participant_id)
        clean, errors = validate_reference(data, self._today())
        if errors:
            raise ValidationError(errors)
        now = self.now()
        if reference_id is None:
            row = Reference(participant_id=participant_id, updated_at=now, **dataclasses.asdict(clean))
            self.session.add(row)
            what = "added"
        else:
            row = self._reference(participant_id, reference_id)
            if row.version != version:
                raise ConcurrencyError(_reference_info(row))
            for name, value in dataclasses.asdict(clean).items():
                setattr(row, name, value)
            row.updated_at = now
            what = "changed"
        self.session.flush()
        self._audit.record(actor, AuditAction.UPDATE, ENTITY, participant_id, f"reference {row.id} {what}")
        self.changed(DOSSIER_MATERIAL, participant_id)
        return _reference_info(row)

    @writes
    def delete_reference(self, actor: Actor, participant_id: int, reference_id: int, version: int) -> None:
        self._check_editor(actor, participant_id)
        row = self._reference(participant_id, reference_id)
        if row.version != version:
            raise ConcurrencyError(_reference_info(row))
        self.session.delete(row)
        self.session.flush()
        self._audit.record(
            actor, AuditAction.UPDATE, ENTITY, participant_id, f"reference {reference_id} removed"
        )
        self.changed(DOSSIER_MATERIAL, participant_id)

    @writes
    def save_languages(
        self, actor: Actor, participant_id: int, codes: Iterable[str], version: int | None = None
    ) -> int:
        """The languages the participant speaks (ISO 639 codes, in the order given), as last
        read at `version` (None: never saved); returns the new version."""
        self._check_editor(actor, participant_id)
        clean, errors = validate_languages(codes)
        if errors:
            raise ValidationError(errors)
        row = self.session.get(DossierProfile, participant_id)
        stored = ";".join(clean)
        if row is None:
            if version is not None:
                raise ConcurrencyError(self._material(participant_id))
            row = DossierProfile(
                participant_id=participant_id, spoken_languages=stored, updated_at=self.now()
            )
            self.session.add(row)
        else:
            if row.version != version:
                raise ConcurrencyError(self._material(participant_id))
            if row.spoken_languages == stored:
                return row.version
            row.spoken_languages, row.updated_at = stored, self.now()
        self.session.flush()
        self._audit.record(actor, AuditAction.UPDATE, ENTITY, participant_id, "spoken languages changed")
        self.changed(DOSSIER_MATERIAL, participant_id)
        return row.version

    # --- a referral's draft ---------------------------------------------------------------------------

    @writes
    def save_draft(self, actor: Actor, referral_id: int, data: DraftInput, version: int | None = None) -> int:
        """The categories chosen for the referral's dossier and the approved accommodation
        needs, as last read at `version` (None: no draft yet); returns the new version. A
        category the consent does not cover may be stored: the export is refused until it does."""
        referral = self._referral(actor, referral_id)
        clean, errors = validate_draft(data)
        if errors:
            raise ValidationError(errors)
        row = self.session.get(DossierDraft, referral_id)
        stored = store_categories(clean.categories)
        if row is None:
            if version is not None:
                raise ConcurrencyError(None)
            row = DossierDraft(
                referral_id=referral_id,
                categories=stored,
                accommodations=clean.accommodations,
                updated_at=self.now(),
            )
            self.session.add(row)
        else:
            if row.version != version:
                raise ConcurrencyError(None)
            if row.categories == stored and row.accommodations == clean.accommodations:
                return row.version
            row.categories, row.accommodations, row.updated_at = stored, clean.accommodations, self.now()
        self.session.flush()
        self._audit.record(
            actor,
            AuditAction.UPDATE,
            ENTITY,
            referral.participant_id,
            f"dossier draft of referral {referral_id}",
        )
        self.changed(DOSSIER_MATERIAL, referral.participant_id)
        return row.version

    # --- content and preview ----------------------------------------------------------------------

    @writes
    def content(self, actor: Actor, referral_id: int, language: str = "nb") -> DossierContent:
        """What the referral's dossier would hold now (the stored draft's choice, or the
        consented categories when there is no draft), logged as a view of the participant's data."""
        referral = self._referral(actor, referral_id)
        content, _full, _draft = self._contents(actor, referral, _checked(language))
        self._audit.record(
            actor,
            AuditAction.VIEW,
            ENTITY,
            referral.participant_id,
            f"dossier content of referral {referral_id}",
        )
        return content

    @writes
    def preview(self, actor: Actor, referral_id: int, language: str = "nb") -> DossierPreview:
        """Exactly which fields the dossier would send, whether the consent lets it go, and why
        not; nothing is written but the logged view."""
        referral = self._referral(actor, referral_id)
        language = _checked(language)
        consented = self._consented(actor, referral)
        content, full, draft = self._contents(actor, referral, language, consented)
        today = self._today()
        key = (referral.participant_id, referral.company_id, referral.contact_id)
        status = self._consents.statuses(actor.site_id, [key], today).get(key, ConsentStatus.NONE)
        refusal: Message | None = None
        missing: frozenset[DataCategory] = frozenset()
        try:
            self._consents.require(
                referral.participant_id,
                referral.company_id,
                referral.contact_id,
                used_categories(content),
                today,
            )
        except ConsentRefused as refused:
            refusal, missing = refused.message, frozenset(refused.missing)
        with_data = used_categories(full)
        self._audit.record(
            actor,
            AuditAction.VIEW,
            ENTITY,
            referral.participant_id,
            f"dossier preview of referral {referral.id}",
        )
        return DossierPreview(
            referral_id=referral.id,
            participant_id=referral.participant_id,
            participant_name=referral.participant_name,
            company_name=referral.company_name,
            contact_id=referral.contact_id,
            contact_name=referral.contact_name,
            language=language,
            fields=preview_fields(content, dossier_labels(language)),
            chosen=content.categories,
            consented=consented,
            with_data=with_data,
            consent=status,
            missing=missing,
            refusal=refusal,
            accommodations=draft.accommodations if draft is not None else "",
            statement=referral.statement,
            draft_version=draft.version if draft is not None else None,
            referral_version=referral.version,
            fingerprint=fingerprint(content),
        )

    # --- export -------------------------------------------------------------------------------------

    def render(
        self,
        actor: Actor,
        referral_id: int,
        out_path: Path,
        progress: ProgressSink | None = None,
        *,
        language: str = "nb",
        expected: str | None = None,
    ) -> Path:
        """The referral's dossier as a PDF at `out_path`, in one write transaction: the consent
        (valid, covering every category the dossier holds: ConsentRefused otherwise), the
        content, the file and the audit entry naming the recipient. `expected`: the preview's
        fingerprint; when given, a dossier that has changed since is refused
        (DossierChangedError). A cancelled render (RenderCancelled), a refusal or any failure
        leaves no file and no entry. Call it outside an action's transaction (the UI's render,
        the command line): it commits its own."""
        out_path = check_output_path(out_path)
        return self._export_alone(actor, referral_id, lambda _content: out_path, progress, language, expected)

    def export_batch(
        self,
        actor: Actor,
        referral_ids: Sequence[int],
        out_dir: Path,
        progress: ProgressSink | None = None,
        cancelled: Callable[[], bool] | None = None,
        *,
        language: str = "nb",
    ) -> BatchResult:
        """One dossier per referral into the folder `out_dir`, each in a transaction of its own
        (consent, content, file, audit entry), named by the company, the participant's initials
        and the referral's number. A referral whose dossier may not go (no valid consent, not
        found, ...) is skipped with the reason. Stopping (`cancelled()`, or the progress sink's)
        is honoured between files and within one: every file written is complete and logged."""
        from canteen_app.documents.templates import RenderCancelled

        folder = Path(out_dir).expanduser()
        if not folder.is_dir():
            check_output_path(folder / "dossier.pdf")  # raises: the folder does not exist
        language = _checked(language)

        def stop() -> bool:
            return bool(
                (cancelled is not None and cancelled()) or (progress is not None and progress.cancelled())
            )

        def target(content: DossierContent) -> Path:
            person = content.person
            name = dossier_file_name(
                content.recipient.company_name, person.first_name, person.last_name, content.referral_id
            )
            return folder / name

        inner = _CancelOnly(stop)
        wanted = list(dict.fromkeys(referral_ids))
        written: list[tuple[int, Path]] = []
        skipped: list[tuple[int, Message]] = []
        for index, referral_id in enumerate(wanted):
            if stop():
                return BatchResult(tuple(written), tuple(skipped), cancelled=True)
            if progress is not None:
                progress.report(index, len(wanted), f"{index + 1}/{len(wanted)}")
            try:
                path = self._export_alone(actor, referral_id, target, inner, language, None)
            except RenderCancelled:
                return BatchResult(tuple(written), tuple(skipped), cancelled=True)
            except (ConsentRefused, NotFoundError, ValidationError, DossierChangedError) as refused:
                skipped.append((referral_id, refused.message))
            else:
                written.append((referral_id, path))
        if progress is not None:
            progress.report(len(wanted), len(wanted), "")
        return BatchResult(tuple(written), tuple(skipped))

    def _export_alone(
        self,
        actor: Actor,
        referral_id: int,
        target: Target,
        progress: ProgressSink | None,
        language: str,
        expected: str | None,
    ) -> Path:
        """`_export` in a write transaction of its own; the file goes again if the commit fails."""
        if self._db.in_transaction():
            raise RuntimeError("a dossier export commits its own transaction: call it outside an action")
        written: list[Path] = []
        try:
            with self._db.transaction(write=True):
                self._export(actor, referral_id, target, progress, _checked(language), expected, written)
        except BaseException:
            for path in written:  # the file is there, but its entry is not: it goes again
                with contextlib.suppress(OSError):
                    path.unlink()
            raise
        return written[0]

    def _export(
        self,
        actor: Actor,
        referral_id: int,
        target: Target,
        progress: ProgressSink | None,
        language: str,
        expected: str | None,
        written: list[Path],
    ) -> None:
        """Inside the transaction `_export_alone` opened: consent, content, file, entry. The
        file, once complete under its name, goes into `written` (removed if the entry fails)."""
        from canteen_app.referrals.dossiers.dossier_pdf import render_dossier

        referral = self._referral(actor, referral_id)
        content, _full, _draft = self._contents(actor, referral, language)
        # Locks the participant's consent rows for the company until this transaction ends.
        self._consents.require(
            referral.participant_id,
            referral.company_id,
            referral.contact_id,
            used_categories(content),
            self._today(),
        )
        if expected is not None and fingerprint(content) != expected:
            raise DossierChangedError()
        out_path = check_output_path(target(content))
        recipient = f"company {referral.company_id}" + (
            f" contact {referral.contact_id}" if referral.contact_id is not None else ""
        )
        sent = ",".join(c.value for c in CATEGORY_ORDER if c in used_categories(content)) or "-"
        written.append(render_dossier(content, dossier_labels(language), out_path, progress))
        self._audit.record(
            actor,
            AuditAction.EXPORT,
            ENTITY,
            referral.participant_id,
            f"dossier of referral {referral.id} to {recipient} ({language}; {sent})",
        )
        self.session.flush()  # the entry is in before the transaction commits

    # --- retention (P3) ---------------------------------------------------------------------------

    @reads
    def archive_sections(self, actor: Actor, participant_id: int) -> list[ArchiveSection]:
        """The participant's certificates, references and spoken languages, and their referrals'
        dossier drafts (the chosen categories, the approved accommodation needs), for their
        archive."""
        require(actor, Permission.MANAGE_RETENTION)
        material = self._material(participant_id)
        drafts = self._drafts(actor, participant_id)
        return [
            ArchiveSection(
                "spoken_languages",
                "Språk deltakeren snakker",
                "Languages the participant speaks",
                (ArchiveField("code", "Kode", "Code"), ArchiveField("name", "Språk", "Language")),
                tuple((code, language_name(code, "nb")) for code in material.spoken_languages),
            ),
            ArchiveSection(
                "certificates",
                "Kurs og sertifikater",
                "Courses and certificates",
                _CERTIFICATE_FIELDS,
                tuple((c.id, c.name, c.issued_on, c.issuer) for c in material.certificates),
            ),
            ArchiveSection(
                "references",
                "Referanser",
                "References",
                _REFERENCE_FIELDS,
                tuple(
                    (r.id, r.name, r.relation, r.phone, r.email, r.consented_on) for r in material.references
                ),
            ),
            ArchiveSection(
                "dossier_drafts",
                "Utkast til kandidatmapper",
                "Dossier drafts",
                _DRAFT_FIELDS,
                tuple((d.referral_id, d.categories, d.accommodations, d.updated_at) for d in drafts),
            ),
        ]

    @writes
    def anonymise(self, actor: Actor, participant_id: int) -> None:
        """References are other people's data and certificates say who the person is: both go.
        The drafts keep their categories (they name no one); the accommodation needs go."""
        require(actor, Permission.MANAGE_RETENTION)
        for model in (Reference, Certificate, DossierProfile):
            self.session.execute(
                delete(model)
                .where(model.participant_id == participant_id)
                .execution_options(synchronize_session=False)
            )
        referral_ids = self._referrals.referral_ids(actor.site_id, participant_id)
        if referral_ids:
            self.session.execute(
                update(DossierDraft)
                .where(DossierDraft.referral_id.in_(referral_ids))
                .values(accommodations="", version=DossierDraft.version + 1)
                .execution_options(synchronize_session=False)
            )
        self.changed(DOSSIER_MATERIAL, participant_id)

    # --- helpers -----------------------------------------------------------------------------------

    def _today(self) -> date:
        return local_day(self.now())

    def _check_editor(self, actor: Actor, participant_id: int) -> None:
        require(actor, Permission.MANAGE_REFERRALS)
        self._participants.check_access(actor, participant_id)

    def _referral(self, actor: Actor, referral_id: int) -> ReferralDetails:
        """The referral of the actor's site, once the actor may see its participant."""
        require(actor, Permission.MANAGE_REFERRALS)
        referral = self._referrals.details_for_dossier(actor, referral_id)
        self._participants.check_access(actor, referral.participant_id)
        return referral

    def _material(self, participant_id: int) -> DossierMaterial:
        profile = self.session.get(DossierProfile, participant_id)
        certificates = self.session.scalars(
            select(Certificate)
            .where(Certificate.participant_id == participant_id)
            .order_by(Certificate.issued_on.desc(), Certificate.id.desc())
        )
        references = self.session.scalars(
            select(Reference)
            .where(Reference.participant_id == participant_id)
            .order_by(Reference.name, Reference.id)
        )
        return DossierMaterial(
            participant_id=participant_id,
            spoken_languages=parse_languages(profile.spoken_languages) if profile is not None else (),
            languages_version=profile.version if profile is not None else None,
            certificates=tuple(_certificate_info(row) for row in certificates),
            references=tuple(_reference_info(row) for row in references),
        )

    def _drafts(self, actor: Actor, participant_id: int) -> list[DossierDraft]:
        """The dossier drafts of the participant's referrals, by referral."""
        referral_ids = self._referrals.referral_ids(actor.site_id, participant_id)
        if not referral_ids:
            return []
        return list(
            self.session.scalars(
                select(DossierDraft)
                .where(DossierDraft.referral_id.in_(referral_ids))
                .order_by(DossierDraft.referral_id)
            )
        )

    def _certificate(self, participant_id: int, certificate_id: int) -> Certificate:
        row = self.session.get(Certificate, certificate_id, populate_existing=True)
        if row is None or row.participant_id != participant_id:
            raise NotFoundError(_CERTIFICATE_GONE)
        return row

    def _reference(self, participant_id: int, reference_id: int) -> Reference:
        row = self.session.get(Reference, reference_id, populate_existing=True)
        if row is None or row.participant_id != participant_id:
            raise NotFoundError(_REFERENCE_GONE)
        return row

    def _consented(self, actor: Actor, referral: ReferralDetails) -> frozenset[DataCategory]:
        """The categories of the widest consent valid today for this recipient (the consents'
        view is logged by the consent feature). One consent, not the union of several: a dossier
        goes out only under a single consent that covers all it holds (`ConsentService.require`)."""
        valid = [
            frozenset(info.categories)
            for info in self._consents.consents(actor, referral.participant_id)
            if info.status is ConsentStatus.VALID
            and info.terms.names(referral.company_id, referral.contact_id)
        ]
        return max(valid, key=len, default=frozenset())

    def _contents(
        self,
        actor: Actor,
        referral: ReferralDetails,
        language: str,
        consented: frozenset[DataCategory] | None = None,
    ) -> tuple[DossierContent, DossierContent, DossierDraft | None]:
        """The dossier as chosen, the same with every category (what the participant has data
        of; the photo counted without being read), and the stored draft. Without a draft the
        categories the recipient's valid consent covers are chosen (`consented`, when known)."""
        draft = self.session.get(DossierDraft, referral.id, populate_existing=True)
        if draft is not None:
            chosen = parse_categories(draft.categories)
        elif consented is not None:
            chosen = consented
        else:
            chosen = self._consented(actor, referral)
        accommodations = draft.accommodations if draft is not None else ""
        participant = self._participants.for_report(actor, referral.participant_id)
        full = self._full(
            actor, referral, participant, language, accommodations, DataCategory.PHOTO in chosen
        )
        return _narrowed(full, chosen), full, draft

    def _full(
        self,
        actor: Actor,
        referral: ReferralDetails,
        participant: ParticipantDetails,
        language: str,
        accommodations: str,
        with_photo: bool,
    ) -> DossierContent:
        labels = dossier_labels(language)
        participant_id = participant.id
        key = (referral.company_id, referral.location_id, referral.position_id, referral.contact_id)
        found = self._partners.recipients([key]).get(key)
        recipient = DossierRecipient(
            company_name=found.company_name if found else referral.company_name,
            location_name=found.location_name if found else referral.location_name,
            location_city=found.location_city if found else "",
            position_title=found.position_title if found else referral.position_title,
            contact_name=found.contact_name if found else referral.contact_name,
            contact_role=found.contact_role if found else None,
        )
        profile = self.session.get(DossierProfile, participant_id)
        spoken = parse_languages(profile.spoken_languages) if profile is not None else ()
        photo: bytes | None = None
        if participant.has_photo:
            # Read (and logged as a view) only when it is to go out; else a stand-in says it exists.
            photo = self._participants.photo(actor, participant_id) if with_photo else b""
        material = self._material(participant_id)
        today = self._today()
        return DossierContent(
            referral_id=referral.id,
            language=language,
            written_on=today,
            recipient=recipient,
            person=DossierPerson(
                first_name=participant.first_name,
                last_name=participant.last_name,
                spoken_languages=tuple(language_name(code, language) for code in spoken),
                photo_png=photo,
            ),
            categories=frozenset(CATEGORY_ORDER),
            competences=self._competences(actor, participant_id, labels),
            tasks=self._task_lines(actor, participant_id, language),
            certificates=tuple(CertificateLine(c.name, c.issued_on, c.issuer) for c in material.certificates),
            attendance_rate=self._rate(actor.site_id, participant, today),
            accommodations=accommodations.strip(),
            references=tuple(
                ReferenceLine(r.name, r.relation, r.phone, r.email)
                for r in material.references
                if r.consented_on is not None and r.consented_on <= today
            ),
            statement=referral.statement.strip(),
            coach_name=participant.coach_name or _person_name(actor),
            site_name=self._sites.name(actor.site_id),
        )

    def _competences(
        self, actor: Actor, participant_id: int, labels: DossierLabels
    ) -> tuple[CompetenceLine, ...]:
        """Per plan goal with a coach assessment: the latest one, its level, day and one line of
        its evidence (never an older assessment's)."""
        plan = self._plans.plan_for_report(participant_id)
        latest: dict[int, tuple[date, int, int, str]] = {}
        for assessment in self._plans.assessments_for_report(participant_id):
            if assessment.kind is not AssessmentKind.COACH:
                continue
            mark = (assessment.assessed_on, assessment.id, assessment.level, assessment.evidence)
            if assessment.plan_goal_id not in latest or mark[:2] > latest[assessment.plan_goal_id][:2]:
                latest[assessment.plan_goal_id] = mark
        if not latest:
            return ()
        language = labels.language
        areas = {
            area.number: area.name(language)
            for area in self._competence.framework(actor, include_retired=True)
        }
        framework = self._competence.goals(g.competence_goal_id for g in plan.goals if g.competence_goal_id)
        lines = []
        for goal in plan.goals:
            if goal.id not in latest:
                continue
            assessed_on, _id, level, evidence = latest[goal.id]
            known = framework.get(goal.competence_goal_id) if goal.competence_goal_id else None
            lines.append(
                CompetenceLine(
                    area_number=goal.area_number or 0,
                    area_name=areas.get(goal.area_number, "") if goal.area_number else labels.free_goals,
                    goal_text=known.text(language) if known else goal.text,
                    level=level,
                    level_name=labels.level_names.get(level, ""),
                    assessed_on=assessed_on,
                    evidence=evidence_line(evidence),
                )
            )
        # By area as the framework numbers them; goals outside it last.
        return tuple(sorted(lines, key=lambda line: line.area_number or 99))

    def _task_lines(self, actor: Actor, participant_id: int, language: str) -> tuple[str, ...]:
        """The plan's tasks and stations (each line once, in plan order), then the task
        library's stations the participant has been assigned to."""
        plan = self._plans.plan_for_report(participant_id)
        seen: set[str] = set()
        lines: list[str] = []

        def add(task: str) -> None:
            task = task.strip().lstrip("-•*").strip()
            if task and task.casefold() not in seen:
                seen.add(task.casefold())
                lines.append(task)

        for goal in plan.goals:
            for line in goal.tasks.splitlines():
                add(line)
        if self._tasks is not None:
            stations = {
                assignment.station_id for assignment in self._tasks.assignments(actor, participant_id)
            }
            for station_id in sorted(stations):
                station = self._tasks.station_by_id(actor.site_id, station_id)
                if station is not None:
                    add(station.name(language))
        return tuple(lines)

    def _rate(self, site_id: int, participant: ParticipantDetails, today: date) -> Decimal | None:
        """Present days over counted days (present, excused, unexcused) from the measure's
        start to today; never a reason."""
        counts = self._attendance.rates(site_id, [participant.id], participant.measure_start, today)
        found = counts.get(participant.id)
        rate = found.rate if found is not None else None
        return Decimal(str(round(rate, 4))) if rate is not None else None


class _CancelOnly:
    """A progress sink for one file of a batch: the batch reports per file; stopping reaches
    the file's render at once."""

    def __init__(self, stop: Callable[[], bool]) -> None:
        self._stop = stop

    def report(self, done: int, total: int, text: str = "") -> None:
        pass

    def cancelled(self) -> bool:
        return self._stop()


def _checked(language: str) -> str:
    if language not in LANGUAGES:
        raise ValidationError(
            {
                "language": Message(
                    QT_TRANSLATE_NOOP("errors", "A dossier is written in Norwegian (nb) or English (en)."),
                )
            }
        )
    return language


def _narrowed(full: DossierContent, chosen: frozenset[DataCategory]) -> DossierContent:
    """`full` with only the chosen categories' sections: what a dossier holds."""
    person = full.person
    photo = person.photo_png if DataCategory.PHOTO in chosen and person.photo_png else None
    return dataclasses.replace(
        full,
        categories=frozenset(chosen),
        person=dataclasses.replace(person, photo_png=photo),
        competences=full.competences if DataCategory.COMPETENCES in chosen else (),
        tasks=full.tasks if DataCategory.TASKS in chosen else (),
        certificates=full.certificates if DataCategory.CERTIFICATES in chosen else (),
        attendance_rate=full.attendance_rate if DataCategory.ATTENDANCE in chosen else None,
        accommodations=full.accommodations if DataCategory.ACCOMMODATIONS in chosen else "",
        references=full.references if DataCategory.REFERENCES in chosen else (),
    )


def _certificate_info(row: Certificate) -> CertificateInfo:
    return CertificateInfo(row.id, row.participant_id, row.name, row.issued_on, row.issuer, row.version)


def _reference_info(row: Reference) -> ReferenceInfo:
    return ReferenceInfo(
        row.id,
        row.participant_id,
        row.name,
        row.relation,
        row.phone,
        row.email,
        row.consented_on,
        row.version,
    )


_CERTIFICATE_FIELDS = (
    ArchiveField("id", "Nr.", "No."),
    ArchiveField("name", "Kurs eller sertifikat", "Course or certificate"),
    ArchiveField("issued_on", "Dato", "Date"),
    ArchiveField("issuer", "Utstedt av", "Issued by"),
)
_REFERENCE_FIELDS = (
    ArchiveField("id", "Nr.", "No."),
    ArchiveField("name", "Navn", "Name"),
    ArchiveField("relation", "Kjenner deltakeren som", "Knows the participant as"),
    ArchiveField("phone", "Telefon", "Phone"),
    ArchiveField("email", "E-post", "E-mail"),
    ArchiveField("consented_on", "Sa ja til å bli kontaktet", "Agreed to be contacted"),
)
_DRAFT_FIELDS = (
    ArchiveField("referral_id", "Henvisning nr.", "Referral no."),
    dataclasses.replace(ARCHIVE_CATEGORIES, nb="Valgte opplysninger", en="Chosen data"),
    ArchiveField("accommodations", "Tilrettelegging", "Accommodation needs"),
    ArchiveField("updated_at", "Sist endret", "Last changed"),
)


def _person_name(actor: Actor) -> str:
    """The acting person's name for a signature line; empty (signed by hand) when the actor is
    the command line or another program, whose name must not stand as the job coach."""
    return actor.name if actor.user_id is not None else ""
