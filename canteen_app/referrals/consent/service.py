"""Consent (R3, issue 8 item 4): a participant's consents to share dossier data with a named
recipient, recorded from the signed form, withdrawn at once when the participant says so, and
the one check every export of a dossier goes through.

Nothing leaves without a consent that is valid on the day and covers every category sent, and
no role can override that: `require` has no parameter for it, and no other way round it exists.
`require` locks the consent rows it reads (PostgreSQL: SELECT ... FOR UPDATE; SQLite's write
transaction starts with BEGIN IMMEDIATE and so holds the whole database), so a withdrawal that
comes in while a dossier is being exported waits until that export has committed, and the next
export sees it.

Every view of a participant's consents and every change is audited in the same transaction
(ids, never names); the consent form is logged as an export once its file is written.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select, update

from canteen_app.access import Actor, Permission, require
from canteen_app.core.dates import local_day
from canteen_app.core.errors import ConcurrencyError, NotFoundError, ValidationError
from canteen_app.core.files import check_output_path
from canteen_app.core.languages import Language
from canteen_app.core.progress import ProgressSink
from canteen_app.core.text import QT_TRANSLATE_NOOP, Message
from canteen_app.db.service import Clock, Service, reads, writes
from canteen_app.db.unit_of_work import Database
from canteen_app.platform.audit.rules import AuditAction
from canteen_app.platform.audit.service import AuditService
from canteen_app.platform.retention.dto import ArchiveField, ArchiveSection
from canteen_app.platform.sites.service import SiteService
from canteen_app.referrals.consent.dto import ConsentInfo
from canteen_app.referrals.consent.models import Consent
from canteen_app.referrals.consent.rules import (
    CATEGORY_ORDER,
    CONSENTS,
    ConsentInput,
    ConsentRefused,
    ConsentStatus,
    ConsentTerms,
    DataCategory,
    best_status,
    join_categories,
    latest_expiry,
    ordered,
    split_categories,
    validate_consent,
    withdrawal_problem,
)
from canteen_app.referrals.partners.service import PartnerService
from canteen_app.training.participants.service import ENTITY, ParticipantService

if TYPE_CHECKING:
    from canteen_app.referrals.consent.consent_form import ConsentFormData

__all__ = ["ARCHIVE_CATEGORIES", "CONSENTS", "ConsentRefused", "ConsentService"]

# A participant, a company, a contact person (None: the company as a whole).
RecipientKey = tuple[int, int, int | None]

_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This consent was not found. It may have been removed.")


class ConsentService(Service):
    def __init__(
        self,
        db: Database,
        clock: Clock,
        participants: ParticipantService,
        partners: PartnerService,
        sites: SiteService,
        audit: AuditService,
    ) -> None:
        super().__init__(db, clock)
        self._participants = participants
        self._partners = partners
        self._sites = sites
        self._audit = audit

    # --- the coach's list ------------------------------------------------------------------------

    @writes
    def consents(self, actor: Actor, participant_id: int) -> tuple[ConsentInfo, ...]:
        """The participant's consents, newest first, each with its state today; the view is
        logged."""
        self._participants.check_access(actor, participant_id)
        rows = list(
            self.session.scalars(
                select(Consent)
                .where(Consent.site_id == actor.site_id, Consent.participant_id == participant_id)
                .order_by(Consent.given_on.desc(), Consent.id.desc())
            )
        )
        companies, contacts = self._names(actor, rows)
        self._audit.record(actor, AuditAction.VIEW, ENTITY, participant_id, "consents")
        today = local_day(self.now())
        return tuple(_info(row, companies, contacts, today) for row in rows)

    # --- recording and withdrawing ---------------------------------------------------------------

    @writes
    def record(self, actor: Actor, data: ConsentInput) -> int:
        """Record a consent from the signed form; returns its id."""
        require(actor, Permission.MANAGE_REFERRALS)
        self._participants.check_access(actor, data.participant_id)
        clean, errors = validate_consent(data, local_day(self.now()))
        errors.update(self._recipient_problems(actor, clean.company_id, clean.contact_id))
        if errors:
            raise ValidationError(errors)
        now = self.now()
        row = Consent(
            site_id=actor.site_id,
            participant_id=clean.participant_id,
            company_id=clean.company_id,
            contact_id=clean.contact_id,
            purpose=clean.purpose,
            categories=join_categories(clean.categories),
            given_on=clean.given_on,
            recorded_by=actor.name[:120],
            expires_on=clean.expires_on,
            withdrawn_on=None,
            withdrawn_by="",
            updated_at=now,
        )
        self.session.add(row)
        self.session.flush()
        self._audit.record(
            actor,
            AuditAction.UPDATE,
            ENTITY,
            clean.participant_id,
            f"consent {row.id} recorded for company {clean.company_id}",
        )
        self.changed(CONSENTS, clean.participant_id)
        return row.id

    @writes
    def withdraw(self, actor: Actor, consent_id: int, version: int, withdrawn_on: date | None = None) -> None:
        """The participant takes the consent back: from `withdrawn_on` (today unless given) no
        dossier goes out under it. Takes effect when this commits: an export that holds the
        consent's lock (`require`) finishes first; every later one is refused."""
        require(actor, Permission.MANAGE_REFERRALS)
        row = self._locked(actor, consent_id)
        self._participants.check_access(actor, row.participant_id)
        if row.version != version:
            raise ConcurrencyError()
        if row.withdrawn_on is not None:
            raise ValidationError(
                {
                    "withdrawn_on": Message(
                        QT_TRANSLATE_NOOP("errors", "This consent was withdrawn already, on {date}."),
                        {"date": row.withdrawn_on.isoformat()},
                    )
                }
            )
        today = local_day(self.now())
        day = withdrawn_on or today
        problem = withdrawal_problem(day, row.given_on, today)
        if problem is not None:
            raise ValidationError({"withdrawn_on": problem})
        row.withdrawn_on = day
        row.withdrawn_by = actor.name[:120]
        row.updated_at = self.now()
        self.session.flush()
        self._audit.record(
            actor, AuditAction.UPDATE, ENTITY, row.participant_id, f"consent {row.id} withdrawn"
        )
        self.changed(CONSENTS, row.participant_id)

    # --- for the other features (no actor: the caller has checked access and logs) --------------

    @reads
    def statuses(
        self, site_id: int, keys: Iterable[RecipientKey], day: date
    ) -> dict[RecipientKey, ConsentStatus]:
        """The best state of each (participant, company, contact) on `day`, for lists (the
        referrals); in one query. Not logged: the caller logs its own list."""
        wanted = set(keys)
        participant_ids = {participant_id for participant_id, _company, _contact in wanted}
        terms: dict[int, list[ConsentTerms]] = {}
        if participant_ids:
            rows = self.session.execute(
                select(
                    Consent.participant_id,
                    Consent.company_id,
                    Consent.contact_id,
                    Consent.categories,
                    Consent.given_on,
                    Consent.expires_on,
                    Consent.withdrawn_on,
                ).where(Consent.site_id == site_id, Consent.participant_id.in_(participant_ids))
            )
            for (
                participant_id,
                company_id,
                contact_id,
                categories,
                given_on,
                expires_on,
                withdrawn_on,
            ) in rows:
                terms.setdefault(participant_id, []).append(
                    ConsentTerms(
                        company_id,
                        contact_id,
                        frozenset(split_categories(categories)),
                        given_on,
                        expires_on,
                        withdrawn_on,
                    )
                )
        return {key: best_status(terms.get(key[0], ()), key[1], key[2], day) for key in wanted}

    @writes(savepoint=False)
    def require(
        self,
        participant_id: int,
        company_id: int,
        contact_id: int | None,
        categories: Iterable[DataCategory],
        day: date,
    ) -> ConsentTerms:
        """The consent under which a dossier with `categories` may go to the recipient on `day`;
        ConsentRefused (with the reason) when there is none. There is no override, for any role.

        Call it inside the write transaction that reads and exports the dossier and logs it:
        the consent rows read here stay locked until that transaction ends, so a withdrawal
        cannot commit between this check and the export."""
        wanted = ordered(categories)
        rows = self.session.scalars(
            select(Consent)
            .where(Consent.participant_id == participant_id, Consent.company_id == company_id)
            .order_by(Consent.id)
            .with_for_update()
            .execution_options(populate_existing=True)  # the locked rows as committed now
        ).all()
        named = [terms for terms in map(_terms, rows) if terms.names(company_id, contact_id)]
        valid = [terms for terms in named if terms.status_on(day) is ConsentStatus.VALID]
        covering = [terms for terms in valid if not terms.missing(wanted)]
        if covering:
            return max(covering, key=lambda terms: (terms.expires_on, terms.given_on))
        recipient = self._recipient_text(company_id, contact_id)
        if valid:
            fewest = min((terms.missing(wanted) for terms in valid), key=len)
            raise ConsentRefused(ConsentStatus.VALID, recipient, company_id, contact_id, missing=fewest)
        withdrawn = [t.withdrawn_on for t in named if t.status_on(day) is ConsentStatus.WITHDRAWN]
        if withdrawn:
            on = max(day for day in withdrawn if day is not None)
            raise ConsentRefused(ConsentStatus.WITHDRAWN, recipient, company_id, contact_id, on)
        expired = [t.expires_on for t in named if t.status_on(day) is ConsentStatus.EXPIRED]
        if expired:
            raise ConsentRefused(ConsentStatus.EXPIRED, recipient, company_id, contact_id, max(expired))
        raise ConsentRefused(ConsentStatus.NONE, recipient, company_id, contact_id)

    # --- the consent form ------------------------------------------------------------------------

    def consent_form(
        self,
        actor: Actor,
        participant_id: int,
        company_id: int,
        contact_id: int | None,
        language: str | None,
        out_path: Path,
        progress: ProgressSink | None = None,
        purpose: str | None = None,
        categories: Iterable[DataCategory] | None = None,
    ) -> Path:
        """The consent form for the participant to sign, in easy-read Norwegian and their
        language (`language`, or their preferred one), as a PDF. Its boxes are ticked as the
        latest valid consent for the recipient has them, else as `categories`, else none
        (to fill in by hand). Asked for the company alone (`contact_id` None) while the valid
        consent names one of its contact persons, the form is a copy of that one, naming them.
        Logged as an export once the file is written; call it outside an action's transaction
        (the UI's render, the command line)."""
        from canteen_app.referrals.consent.consent_form import render_consent_form

        if self._db.in_transaction():  # its entry must commit with the file, not with an action
            raise RuntimeError("a consent form is logged in its own transaction: call it outside an action")
        out_path = check_output_path(out_path)
        data = self.consent_form_data(
            actor, participant_id, company_id, contact_id, language, purpose, categories
        )
        written = render_consent_form(data, out_path, progress)
        try:
            self.record_form_export(actor, participant_id, company_id, data.language)
        except BaseException:
            written.unlink(missing_ok=True)  # no document leaves unlogged
            raise
        return written

    @reads
    def consent_form_data(
        self,
        actor: Actor,
        participant_id: int,
        company_id: int,
        contact_id: int | None,
        language: str | None = None,
        purpose: str | None = None,
        categories: Iterable[DataCategory] | None = None,
    ) -> ConsentFormData:
        """What the form shows (see `consent_form`). Not logged here: the render logs the
        export once the file is written."""
        from canteen_app.referrals.consent.consent_form import ConsentFormData

        require(actor, Permission.MANAGE_REFERRALS)
        details = self._participants.for_report(actor, participant_id)
        chosen = language or details.preferred_language
        if chosen not in {member.value for member in Language}:
            raise ValidationError(
                {
                    "language": Message(
                        QT_TRANSLATE_NOOP("errors", "There is no consent form in the language {language}."),
                        {"language": chosen},
                    )
                }
            )
        problems = self._recipient_problems(actor, company_id, contact_id, for_form=True)
        if problems:
            raise ValidationError(problems)
        today = local_day(self.now())
        valid = [
            row
            for row in self.session.scalars(
                select(Consent).where(
                    Consent.site_id == actor.site_id,
                    Consent.participant_id == participant_id,
                    Consent.company_id == company_id,
                )
            )
            if _terms(row).status_on(today) is ConsentStatus.VALID
        ]
        # For that recipient; asked for the company alone, a consent naming one of its contact
        # persons does too (a copy of it, for that person), when none is for the company as a whole.
        named = [row for row in valid if _terms(row).names(company_id, contact_id)]
        if not named and contact_id is None:
            named = valid
        latest = max(
            named, key=lambda row: (row.contact_id == contact_id, row.given_on, row.id), default=None
        )
        if latest is not None:
            contact_id = latest.contact_id if contact_id is None else contact_id
        company_name, contact_name = self._recipient_names(actor, company_id, contact_id)
        if latest is not None:
            ticked = split_categories(latest.categories)
            form_purpose = latest.purpose
            valid_until = latest.expires_on
        else:
            ticked = ordered(categories or ())
            form_purpose = (purpose or "").strip()
            valid_until = latest_expiry(today)
        return ConsentFormData(
            participant_name=details.full_name,
            company_name=company_name,
            contact_name=contact_name,
            purpose=form_purpose,
            categories=ticked,
            valid_until=valid_until,
            coach_name=details.coach_name or (actor.name if actor.user_id is not None else ""),
            site_name=self._sites.name(actor.site_id),
            language=chosen,
        )

    @writes
    def record_form_export(self, actor: Actor, participant_id: int, company_id: int, language: str) -> None:
        """Log that a consent form with the participant's name was written."""
        require(actor, Permission.MANAGE_REFERRALS)
        self._audit.record(
            actor,
            AuditAction.EXPORT,
            ENTITY,
            participant_id,
            f"consent form for company {company_id} ({language})",
        )

    # --- retention (P3) ---------------------------------------------------------------------------

    @reads
    def archive_sections(self, actor: Actor, participant_id: int) -> list[ArchiveSection]:
        """Every consent of the participant as recorded (recipient, purpose, categories, dates,
        who recorded and withdrew it): the proof of consent, for their archive."""
        require(actor, Permission.MANAGE_RETENTION)
        rows = list(
            self.session.scalars(
                select(Consent)
                .where(Consent.site_id == actor.site_id, Consent.participant_id == participant_id)
                .order_by(Consent.given_on, Consent.id)
            )
        )
        companies, contacts = self._partners.names(
            {row.company_id for row in rows}, {row.contact_id for row in rows if row.contact_id is not None}
        )
        records = tuple(
            (
                row.id,
                companies.get(row.company_id, f"#{row.company_id}"),
                contacts.get(row.contact_id, f"#{row.contact_id}") if row.contact_id is not None else None,
                row.purpose,
                row.categories,
                row.given_on,
                row.expires_on,
                row.recorded_by,
                row.withdrawn_on,
                row.withdrawn_by,
            )
            for row in rows
        )
        return [ArchiveSection("consents", "Samtykker", "Consents", _ARCHIVE_FIELDS, records)]

    @writes
    def anonymise(self, actor: Actor, participant_id: int) -> None:
        """Keep the consents (recipient, categories, dates, the staff who recorded and withdrew
        them); drop the purpose, written about the participant."""
        require(actor, Permission.MANAGE_RETENTION)
        self.session.execute(
            update(Consent)
            .where(Consent.site_id == actor.site_id, Consent.participant_id == participant_id)
            .values(purpose="", version=Consent.version + 1)
            .execution_options(synchronize_session=False)
        )
        self.changed(CONSENTS, participant_id)

    # --- helpers ---------------------------------------------------------------------------------

    def _locked(self, actor: Actor, consent_id: int) -> Consent:
        """The consent, locked for this transaction (it waits while an export holds it)."""
        row = self.session.scalars(
            select(Consent)
            .where(Consent.id == consent_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        ).first()
        if row is None or row.site_id != actor.site_id:
            raise NotFoundError(_NOT_FOUND)
        return row

    def _recipient_problems(
        self, actor: Actor, company_id: int, contact_id: int | None, for_form: bool = False
    ) -> dict[str, Message]:
        """The company must be a partner of the site (active, for a new consent), and the
        contact person one of its own."""
        try:
            company = self._partners.company(actor, company_id)
        except NotFoundError:
            return {"company_id": Message(QT_TRANSLATE_NOOP("errors", "Choose a partner company."))}
        if not company.active and not for_form:
            return {
                "company_id": Message(
                    QT_TRANSLATE_NOOP("errors", "This partner company is no longer active. Choose another.")
                )
            }
        if contact_id is None:
            return {}
        contact = next((c for c in company.contacts if c.id == contact_id), None)
        if contact is None:
            return {
                "contact_id": Message(
                    QT_TRANSLATE_NOOP("errors", "Choose a contact person of this company, or none.")
                )
            }
        if not contact.active and not for_form:
            return {
                "contact_id": Message(
                    QT_TRANSLATE_NOOP("errors", "This contact person is no longer active. Choose another.")
                )
            }
        return {}

    def _recipient_names(
        self, actor: Actor, company_id: int, contact_id: int | None
    ) -> tuple[str, str | None]:
        company = self._partners.company(actor, company_id)
        contact = next((c.name for c in company.contacts if c.id == contact_id), None)
        return company.name, contact

    def _names(self, actor: Actor, rows: Iterable[Consent]) -> tuple[dict[int, str], dict[int, str]]:
        """The companies' and contact persons' names as they are now."""
        rows = list(rows)
        if not rows:
            return {}, {}
        companies = {row.id: row.name for row in self._partners.companies(actor, include_inactive=True)}
        contacts: dict[int, str] = {}
        for company_id in sorted({row.company_id for row in rows if row.contact_id is not None}):
            contacts.update((c.id, c.name) for c in self._partners.company(actor, company_id).contacts)
        return companies, contacts

    def _recipient_text(self, company_id: int, contact_id: int | None) -> str:
        """The recipient as a refusal names it: "Company" or "Company (Contact)"."""
        companies, contacts = self._partners.names(
            [company_id], [contact_id] if contact_id is not None else []
        )
        company = companies.get(company_id, f"no. {company_id}")
        if contact_id is None:
            return company
        return f"{company} ({contacts.get(contact_id, f'no. {contact_id}')})"


def _terms(row: Consent) -> ConsentTerms:
    return ConsentTerms(
        company_id=row.company_id,
        contact_id=row.contact_id,
        categories=frozenset(split_categories(row.categories)),
        given_on=row.given_on,
        expires_on=row.expires_on,
        withdrawn_on=row.withdrawn_on,
    )


def _info(
    row: Consent, companies: Mapping[int, str], contacts: Mapping[int, str], today: date
) -> ConsentInfo:
    return ConsentInfo(
        id=row.id,
        participant_id=row.participant_id,
        company_id=row.company_id,
        company_name=companies.get(row.company_id, f"#{row.company_id}"),
        contact_id=row.contact_id,
        contact_name=contacts.get(row.contact_id) if row.contact_id is not None else None,
        purpose=row.purpose,
        categories=split_categories(row.categories),
        given_on=row.given_on,
        recorded_by=row.recorded_by,
        expires_on=row.expires_on,
        withdrawn_on=row.withdrawn_on,
        status=_terms(row).status_on(today),
        version=row.version,
    )


_CATEGORY_WORDS: dict[DataCategory, tuple[str, str]] = {
    DataCategory.COMPETENCES: ("Kompetanse og nivåer", "Competences and levels"),
    DataCategory.TASKS: ("Oppgaver deltakeren mestrer", "Tasks mastered"),
    DataCategory.CERTIFICATES: ("Kursbevis", "Certificates"),
    DataCategory.ATTENDANCE: ("Oppmøteprosent", "Attendance rate"),
    DataCategory.PHOTO: ("Bilde", "Photo"),
    DataCategory.ACCOMMODATIONS: ("Funksjonelle tilretteleggingsbehov", "Functional accommodation needs"),
    DataCategory.REFERENCES: ("Referanser", "References"),
}
# The data categories in the archive: the JSON file keeps the stored codes ("competences;tasks"),
# the PDF names them.
ARCHIVE_CATEGORIES = ArchiveField(
    "categories",
    "Opplysninger",
    "Data",
    tuple((category.value, *_CATEGORY_WORDS[category]) for category in CATEGORY_ORDER),
    separator=";",
)
_ARCHIVE_FIELDS = (
    ArchiveField("id", "Nr.", "No."),
    ArchiveField("company", "Bedrift", "Company"),
    ArchiveField("contact", "Kontaktperson", "Contact person"),
    ArchiveField("purpose", "Formål", "Purpose"),
    ARCHIVE_CATEGORIES,
    ArchiveField("given_on", "Gitt", "Given"),
    ArchiveField("expires_on", "Gyldig til", "Valid until"),
    ArchiveField("recorded_by", "Registrert av", "Recorded by"),
    ArchiveField("withdrawn_on", "Trukket tilbake", "Withdrawn"),
    ArchiveField("withdrawn_by", "Trukket tilbake av", "Withdrawn by"),
)
