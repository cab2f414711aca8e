"""The easy-read day card (T6): a participant's station and tasks for one day, as numbered
pictogram steps with short sentences, in Norwegian and the participant's language, on one A4
page.

What the card shows is read in one transaction that also writes the audit entry (an export of
the participant's data, with the participant's id, never a name); the PDF is then laid out and
written outside it. reportlab, the pictograms and the fonts load with the first card.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from canteen_app.access import Actor, Permission, require
from canteen_app.core.errors import NotFoundError
from canteen_app.core.files import check_output_path
from canteen_app.core.progress import ProgressSink
from canteen_app.core.text import QT_TRANSLATE_NOOP
from canteen_app.db.service import Clock, Service, reads, writes
from canteen_app.db.unit_of_work import Database
from canteen_app.platform.audit.rules import AuditAction
from canteen_app.platform.audit.service import AuditService
from canteen_app.platform.sites.service import SiteService
from canteen_app.training.day_cards.dto import CardStep, CardTask, DayCardData
from canteen_app.training.day_cards.rules import NoAssignmentError, card_language
from canteen_app.training.participants.service import ENTITY, ParticipantService
from canteen_app.training.tasks.dto import TaskInfo
from canteen_app.training.tasks.service import TaskLibraryService

__all__ = ["DayCardService", "NoAssignmentError"]


class DayCardService(Service):
    def __init__(
        self,
        db: Database,
        clock: Clock,
        participants: ParticipantService,
        tasks: TaskLibraryService,
        sites: SiteService,
        audit: AuditService,
    ) -> None:
        super().__init__(db, clock)
        self._participants = participants
        self._tasks = tasks
        self._sites = sites
        self._audit = audit

    def render_day_card(
        self,
        actor: Actor,
        participant_id: int,
        day: date,
        out_path: Path,
        language: str | None = None,
        progress: ProgressSink | None = None,
        *,
        station_id: int | None = None,
        task_ids: Sequence[int] | None = None,
    ) -> Path:
        """The card of `day` as a PDF: the station and tasks given, else the assignment in force
        on that day (NoAssignmentError when there is none). `language`: the second language
        (default: the participant's preferred one)."""
        from canteen_app.training.day_cards.day_card_labels import day_card_labels
        from canteen_app.training.day_cards.day_card_pdf import render_day_card

        out_path = check_output_path(out_path)
        data = self.card_data(actor, participant_id, day, language, station_id=station_id, task_ids=task_ids)
        written = render_day_card(data, day_card_labels("nb"), out_path, progress)
        # Logged once the file exists, as every document is: a cancelled render leaves no
        # entry; a file whose entry cannot be written is removed again.
        try:
            self.record_export(actor, participant_id, f"day card {day} {data.language}")
        except BaseException:
            with contextlib.suppress(OSError):
                written.unlink()
            raise
        return written

    @writes
    def record_export(self, actor: Actor, participant_id: int, detail: str) -> None:
        """Log that a day card with the participant's data was written."""
        require(actor, Permission.VIEW_PARTICIPANT_DETAILS)
        self._audit.record(actor, AuditAction.EXPORT, ENTITY, participant_id, detail)

    @reads
    def card_data(
        self,
        actor: Actor,
        participant_id: int,
        day: date,
        language: str | None = None,
        *,
        station_id: int | None = None,
        task_ids: Sequence[int] | None = None,
    ) -> DayCardData:
        """What the card shows; the caller logs the export once the file is written."""
        require(actor, Permission.VIEW_PARTICIPANT_DETAILS)
        details = self._participants.for_report(actor, participant_id)
        language = card_language(language, details.preferred_language)
        if station_id is None:
            assignment = self._tasks.in_force(actor.site_id, participant_id, day)
            if assignment is None:
                raise NoAssignmentError(day)
            station_id, task_ids = assignment.station_id, assignment.task_ids
        station = self._tasks.station_by_id(actor.site_id, station_id)
        if station is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This station is no longer in the task library."))
        found = self._tasks.tasks_by_id(actor.site_id, task_ids or ())
        tasks = [found[task_id] for task_id in task_ids or () if task_id in found]
        return DayCardData(
            first_name=details.first_name,
            day=day,
            language=language,
            station_nb=station.name_nb,
            station=(station.name_en or None) if language == "en" else None,
            tasks=tuple(_card_task(task, language) for task in tasks),
            translation_reviewed=language == "nb" or all(language in task.reviewed for task in tasks),
            site_name=self._sites.name(actor.site_id),
            generated_at=self.now(),
            author=actor.name,
        )


def _card_task(task: TaskInfo, language: str) -> CardTask:
    second = language != "nb"
    return CardTask(
        title_nb=task.title_nb,
        title=task.title(language) if second else None,
        steps=tuple(
            CardStep(step.position, step.pictogram, step.text_nb, step.text(language) if second else None)
            for step in task.steps
        ),
    )
