"""Retention (P3): a set time after a measure ended (the setting `retention.months`, 12 by
default, at least 3), the administrator is shown who is due. One explicit action archives the
participant's whole file to a PDF and a JSON file in a folder the administrator picks, then
deletes or anonymises their personal data, and logs that it did. Nothing is deleted any other
way, and nothing is deleted when the archive cannot be written.

The platform does not import the training features (feature groups form no cycles): the
participant register and the features that hold a participant's data hand their parts over
through the protocols in `dto.py`, wired in `canteen_app/app.py`.

Order of the action, in one transaction: read the file, write both archive files under their
final names, then delete (or anonymise) and log. A failure before the deletion leaves the data
as it was; a failure after the files were written (the commit) leaves an archive of data that
still exists, and the action can simply be run again.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from canteen_app.access import Actor, Permission, require
from canteen_app.core.dates import local_day
from canteen_app.core.errors import DomainError
from canteen_app.core.files import check_output_path
from canteen_app.core.progress import ProgressSink
from canteen_app.core.text import QT_TRANSLATE_NOOP
from canteen_app.db.service import Clock, Service, writes
from canteen_app.db.unit_of_work import Database
from canteen_app.platform.audit.rules import AuditAction
from canteen_app.platform.audit.service import AuditService
from canteen_app.platform.retention.archive_files import write_archive_json, write_archive_pdf
from canteen_app.platform.retention.archive_labels import ArchiveLabels, labels_for
from canteen_app.platform.retention.dto import (
    ArchiveFacts,
    ArchiveResult,
    ArchiveSection,
    DueRecord,
    PersonalRecords,
    RetentionDue,
    RetentionRegister,
)
from canteen_app.platform.retention.rules import (
    RETENTION,
    ErasureMode,
    archive_file_stem,
    due_cutoff,
    is_due,
)
from canteen_app.platform.settings.rules import SettingKey
from canteen_app.platform.settings.service import SettingsService
from canteen_app.platform.sites.service import SiteService

__all__ = ["RETENTION", "ErasureMode", "RetentionService"]

ENTITY = "participant"
DELETED_DETAIL = "retention: archived and deleted"
ANONYMISED_DETAIL = "retention: archived and anonymised"


class NotDueError(DomainError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "This participant is not due: their measure has not ended, or ended less than the "
                "retention time ago. Nothing was archived or deleted.",
            )
        )


class RetentionService(Service):
    def __init__(
        self,
        db: Database,
        clock: Clock,
        settings: SettingsService,
        audit: AuditService,
        sites: SiteService,
        register: RetentionRegister,
        parts: Sequence[PersonalRecords],
    ) -> None:
        super().__init__(db, clock)
        self._settings = settings
        self._audit = audit
        self._sites = sites
        self._register = register
        self._parts = tuple(parts)

    @writes
    def due(self, actor: Actor) -> RetentionDue:
        """Ended participants whose retention time is over, the longest ended first. The list
        names participants, so it is logged (how many, not who)."""
        require(actor, Permission.MANAGE_RETENTION)
        months = self.months(actor.site_id)
        today = local_day(self.now())
        people = self._due(actor, months, today)
        self._audit.record(actor, AuditAction.LIST, ENTITY, None, f"retention rows={len(people)}")
        return RetentionDue(months, today, tuple(people))

    def months(self, site_id: int) -> int:
        """How many months after a measure ended its data is kept."""
        return self._settings.get_int(site_id, SettingKey.RETENTION_MONTHS)

    @writes
    def archive_and_delete(
        self,
        actor: Actor,
        participant_id: int,
        folder: Path,
        mode: ErasureMode | str = ErasureMode.DELETE,
        progress: ProgressSink | None = None,
        language: str = "nb",
    ) -> ArchiveResult:
        """Archive a due participant's whole file (register, measure changes, plan, assessments,
        attendance) to `<folder>/deltaker-<id>-arkiv-<day>.pdf` and `.json`, then delete the
        participant with everything recorded about them (DELETE), or remove their name and
        personal details and keep the counts (ANONYMISE). Logged as one entry."""
        require(actor, Permission.MANAGE_RETENTION)
        mode = ErasureMode(mode)
        labels = labels_for(language)
        months = self.months(actor.site_id)
        now = self.now()
        today = local_day(now)
        record = next(
            (p for p in self._due(actor, months, today) if p.participant_id == participant_id), None
        )
        if record is None:
            raise NotDueError()
        sections = self._sections(actor, participant_id)
        facts = ArchiveFacts(
            participant_id=participant_id,
            name=record.full_name,
            site_name=self._sites.name(actor.site_id),
            archived_by=actor.name,
            archived_at=now,
            ended_on=record.ended_on,
            months=months,
            mode=mode,
        )
        pdf_path, json_path = self._write_archive(Path(folder), facts, sections, labels, progress)
        if mode is ErasureMode.DELETE:
            self._register.erase(actor, participant_id)
        else:
            for part in (*self._parts, self._register):
                part.anonymise(actor, participant_id)
        detail = DELETED_DETAIL if mode is ErasureMode.DELETE else ANONYMISED_DETAIL
        self._audit.record(actor, AuditAction.DELETE, ENTITY, participant_id, detail)
        self.changed(RETENTION, participant_id)
        return ArchiveResult(participant_id, mode, pdf_path, json_path)

    # --- helpers -------------------------------------------------------------------------------

    def _due(self, actor: Actor, months: int, today: date) -> list[DueRecord]:
        ended = self._register.ended_before(actor, due_cutoff(today, months))
        return [person for person in ended if is_due(person.ended_on, months, today)]

    def _sections(self, actor: Actor, participant_id: int) -> list[ArchiveSection]:
        sections = list(self._register.archive_sections(actor, participant_id))
        for part in self._parts:
            sections += part.archive_sections(actor, participant_id)
        return sections

    @staticmethod
    def _write_archive(
        folder: Path,
        facts: ArchiveFacts,
        sections: list[ArchiveSection],
        labels: ArchiveLabels,
        progress: ProgressSink | None,
    ) -> tuple[Path, Path]:
        """Both files under their final names, or neither (a PDF written before the JSON failed
        is removed again)."""
        stem = archive_file_stem(facts.participant_id, local_day(facts.archived_at))
        pdf_path = check_output_path(folder / f"{stem}.pdf")
        json_path = check_output_path(folder / f"{stem}.json")
        write_archive_pdf(pdf_path, facts, sections, labels, json_path.name, progress)
        try:
            write_archive_json(json_path, facts, sections)
        except BaseException:
            with contextlib.suppress(OSError):
                pdf_path.unlink()
            raise
        return pdf_path, json_path
