"""The task library (T6) and the participants' day assignments.

The library (stations, tasks, pictogram steps and their translations) is the coaches' shared
tool, not participant data: edits are versioned, so two coaches never overwrite each other.
An assignment is participant data: every view and change is written to the audit log with the
participant's id, in the same transaction.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from sqlalchemy import delete, select, update
from sqlalchemy.orm.attributes import flag_modified

from canteen_app.access import Actor, Permission, require
from canteen_app.core.collation import norwegian_sort_key
from canteen_app.core.errors import AuditedConcurrencyError, ConcurrencyError, NotFoundError, ValidationError
from canteen_app.core.text import QT_TRANSLATE_NOOP, Message
from canteen_app.db.service import Clock, Service, reads, writes
from canteen_app.db.unit_of_work import Database
from canteen_app.platform.audit.rules import AuditAction
from canteen_app.platform.audit.service import AuditService
from canteen_app.platform.retention.dto import ArchiveField, ArchiveSection
from canteen_app.training.participants.service import ENTITY, ParticipantService
from canteen_app.training.tasks.dto import DayAssignmentInfo, StationInfo, StepInfo, TaskInfo, TaskLibrary
from canteen_app.training.tasks.models import (
    DayAssignment,
    DayAssignmentTask,
    LibraryTask,
    Station,
    StepText,
    TaskLanguage,
    TaskStep,
)
from canteen_app.training.tasks.rules import (
    DAY_ASSIGNMENTS,
    STEP_LANGUAGES,
    TASK_LIBRARY,
    AssignmentInput,
    StationInput,
    TaskInput,
    translated_languages,
    validate_assignment,
    validate_station,
    validate_task,
)

__all__ = ["DAY_ASSIGNMENTS", "TASK_LIBRARY", "TaskLibraryService"]

_STATION_GONE = QT_TRANSLATE_NOOP("errors", "This station is no longer in the task library.")
_TASK_GONE = QT_TRANSLATE_NOOP("errors", "This task is no longer in the task library.")
_ASSIGNMENT_GONE = QT_TRANSLATE_NOOP("errors", "This day assignment was removed meanwhile.")
_ARCHIVE_FIELDS = (
    ArchiveField("day", "Fra dag", "From day"),
    ArchiveField("station", "Stasjon", "Station"),
    ArchiveField("tasks", "Oppgaver", "Tasks"),
    ArchiveField("updated_by", "Satt av", "Set by"),
    ArchiveField("updated_at", "Sist endret", "Last changed"),
)


class TaskLibraryService(Service):
    def __init__(
        self, db: Database, clock: Clock, participants: ParticipantService, audit: AuditService
    ) -> None:
        super().__init__(db, clock)
        self._participants = participants
        self._audit = audit

    # --- the library ---------------------------------------------------------------------------

    @reads
    def library(self, actor: Actor, include_retired: bool = False) -> TaskLibrary:
        """The stations and their tasks; retired ones (and the tasks of a retired station) only
        with `include_retired`."""
        _require_library_reader(actor)
        stations = [
            _station_info(row)
            for row in self.session.scalars(
                select(Station).where(Station.site_id == actor.site_id).order_by(Station.id)
            )
            if include_retired or row.retired_at is None
        ]
        shown = {station.id: index for index, station in enumerate(stations)}
        query = select(LibraryTask).where(LibraryTask.site_id == actor.site_id)
        if not include_retired:
            query = query.where(LibraryTask.retired_at.is_(None))
        rows = [
            row for row in self.session.scalars(query.order_by(LibraryTask.id)) if row.station_id in shown
        ]
        rows.sort(key=lambda row: shown[row.station_id])
        return TaskLibrary(tuple(stations), tuple(self._task_infos(rows)))

    @reads
    def task(self, actor: Actor, task_id: int) -> TaskInfo:
        _require_library_reader(actor)
        return self._task_infos([self._load_task(actor.site_id, task_id)])[0]

    @reads
    def tasks_by_id(self, site_id: int, task_ids: Iterable[int]) -> dict[int, TaskInfo]:
        """The tasks (retired ones too) by id, for a caller that has checked the actor (the day
        card)."""
        wanted = set(task_ids)
        if not wanted:
            return {}
        rows = self.session.scalars(
            select(LibraryTask).where(LibraryTask.site_id == site_id, LibraryTask.id.in_(wanted))
        )
        return {info.id: info for info in self._task_infos(list(rows))}

    @reads
    def station_by_id(self, site_id: int, station_id: int) -> StationInfo | None:
        row = self.session.get(Station, station_id)
        return _station_info(row) if row is not None and row.site_id == site_id else None

    @writes
    def add_station(self, actor: Actor, data: StationInput) -> StationInfo:
        require(actor, Permission.MANAGE_TASK_LIBRARY)
        clean = self._valid_station(actor, data, None)
        station = Station(site_id=actor.site_id, name_nb=clean.name_nb, name_en=clean.name_en)
        station.updated_at = self.now()
        self.session.add(station)
        self.session.flush()
        self.changed(TASK_LIBRARY, station.id)
        return _station_info(station)

    @writes
    def update_station(self, actor: Actor, station_id: int, version: int, data: StationInput) -> StationInfo:
        require(actor, Permission.MANAGE_TASK_LIBRARY)
        station = self._load_station(actor.site_id, station_id)
        if station.version != version:
            raise ConcurrencyError(_station_info(station))
        clean = self._valid_station(actor, data, station.id)
        station.name_nb, station.name_en = clean.name_nb, clean.name_en
        return self._station_saved(station)

    @writes
    def set_station_retired(self, actor: Actor, station_id: int, version: int, retired: bool) -> StationInfo:
        """Retire a station (its tasks are no longer offered; assignments keep them) or bring it
        back."""
        require(actor, Permission.MANAGE_TASK_LIBRARY)
        station = self._load_station(actor.site_id, station_id)
        if station.version != version:
            raise ConcurrencyError(_station_info(station))
        if not retired:
            self._valid_station(actor, StationInput(station.name_nb, station.name_en), station.id)
        station.retired_at = self.now() if retired else None
        return self._station_saved(station)

    @writes
    def add_task(self, actor: Actor, data: TaskInput) -> TaskInfo:
        require(actor, Permission.MANAGE_TASK_LIBRARY)
        clean = self._valid_task(actor, data)
        task = LibraryTask(site_id=actor.site_id, station_id=clean.station_id, title_nb=clean.title_nb)
        task.updated_at = self.now()
        self.session.add(task)
        self.session.flush()
        self._write_texts(task, clean)
        self.changed(TASK_LIBRARY, task.id)
        return self._task_infos([task])[0]

    @writes
    def update_task(self, actor: Actor, task_id: int, version: int, data: TaskInput) -> TaskInfo:
        """Save the task with all its steps and translations (they replace the stored ones)."""
        require(actor, Permission.MANAGE_TASK_LIBRARY)
        task = self._load_task(actor.site_id, task_id)
        if task.version != version:
            raise ConcurrencyError(self._task_infos([task])[0])
        clean = self._valid_task(actor, data, keeps_station=task.station_id)
        task.station_id, task.title_nb = clean.station_id, clean.title_nb
        task.updated_at = self.now()
        flag_modified(task, "updated_at")  # the row is written even when only its steps changed: a version
        self.session.flush()
        self._clear_texts(task.id)
        self._write_texts(task, clean)
        self.changed(TASK_LIBRARY, task.id)
        return self._task_infos([task])[0]

    @writes
    def set_task_retired(self, actor: Actor, task_id: int, version: int, retired: bool) -> TaskInfo:
        """Retire a task (no longer offered; assignments and earlier cards keep it) or bring it
        back."""
        require(actor, Permission.MANAGE_TASK_LIBRARY)
        task = self._load_task(actor.site_id, task_id)
        if task.version != version:
            raise ConcurrencyError(self._task_infos([task])[0])
        task.retired_at = self.now() if retired else None
        task.updated_at = self.now()
        flag_modified(task, "updated_at")
        self.session.flush()
        self.changed(TASK_LIBRARY, task.id)
        return self._task_infos([task])[0]

    # --- day assignments -----------------------------------------------------------------------

    @writes
    def assign(
        self, actor: Actor, participant_id: int, data: AssignmentInput, version: int | None = None
    ) -> DayAssignmentInfo:
        """The participant's station and tasks from `data.day` on (until a later assignment).
        `version`: that of the assignment already made for that very day, which this one
        replaces; None when the caller saw none."""
        require(actor, Permission.EDIT_PARTICIPANTS)
        self._participants.check_access(actor, participant_id)
        row = self.session.scalar(
            select(DayAssignment).where(
                DayAssignment.participant_id == participant_id, DayAssignment.day == data.day
            )
        )
        if row is not None and row.version != version:
            raise self._conflict(actor, row)
        if row is None and version is not None:
            raise NotFoundError(_ASSIGNMENT_GONE)
        errors = validate_assignment(data) or self._assignment_errors(actor, data, row)
        if errors:
            raise ValidationError(errors)
        if row is None:
            row = DayAssignment(site_id=actor.site_id, participant_id=participant_id, day=data.day)
            self.session.add(row)
        row.station_id = data.station_id
        row.updated_at = self.now()
        row.updated_by = actor.name[:120]
        flag_modified(row, "updated_at")  # saved again unchanged still counts a version
        self.session.flush()
        self.session.execute(delete(DayAssignmentTask).where(DayAssignmentTask.assignment_id == row.id))
        self.session.add_all(
            DayAssignmentTask(assignment_id=row.id, position=position, task_id=task_id)
            for position, task_id in enumerate(data.task_ids, start=1)
        )
        self.session.flush()
        self._audit.record(
            actor, AuditAction.UPDATE, ENTITY, participant_id, f"day assignment {data.day} saved"
        )
        self.changed(DAY_ASSIGNMENTS, participant_id)
        return self._assignment_infos([row])[0]

    @writes
    def remove_assignment(self, actor: Actor, assignment_id: int, version: int) -> None:
        """Take an assignment away: the one before it is in force again from its day on."""
        require(actor, Permission.EDIT_PARTICIPANTS)
        row = self.session.get(DayAssignment, assignment_id)
        if row is None or row.site_id != actor.site_id:
            raise NotFoundError(_ASSIGNMENT_GONE)
        self._participants.check_access(actor, row.participant_id)
        if row.version != version:
            raise self._conflict(actor, row)
        participant_id, day = row.participant_id, row.day
        self.session.delete(row)
        self.session.flush()
        self._audit.record(actor, AuditAction.UPDATE, ENTITY, participant_id, f"day assignment {day} removed")
        self.changed(DAY_ASSIGNMENTS, participant_id)

    @writes
    def assignment_on(self, actor: Actor, participant_id: int, day: date) -> DayAssignmentInfo | None:
        """The assignment in force on `day` (the latest on or before it); the view is logged."""
        self._participants.check_access(actor, participant_id)
        self._audit.record(actor, AuditAction.VIEW, ENTITY, participant_id, f"day assignment {day}")
        return self.in_force(actor.site_id, participant_id, day)

    @writes
    def assignments(self, actor: Actor, participant_id: int) -> list[DayAssignmentInfo]:
        """Every assignment of the participant, the latest first; the view is logged."""
        self._participants.check_access(actor, participant_id)
        self._audit.record(actor, AuditAction.VIEW, ENTITY, participant_id, "day assignments")
        rows = self.session.scalars(
            select(DayAssignment)
            .where(DayAssignment.site_id == actor.site_id, DayAssignment.participant_id == participant_id)
            .order_by(DayAssignment.day.desc())
        )
        return self._assignment_infos(list(rows))

    @reads
    def in_force(self, site_id: int, participant_id: int, day: date) -> DayAssignmentInfo | None:
        """The latest assignment on or before `day`, for a caller that has checked access and
        logged the view (the day card)."""
        row = self.session.scalar(
            select(DayAssignment)
            .where(
                DayAssignment.site_id == site_id,
                DayAssignment.participant_id == participant_id,
                DayAssignment.day <= day,
            )
            .order_by(DayAssignment.day.desc())
            .limit(1)
        )
        return self._assignment_infos([row])[0] if row is not None else None

    # --- retention (P3) ------------------------------------------------------------------------

    @reads
    def archive_sections(self, actor: Actor, participant_id: int) -> list[ArchiveSection]:
        """Every day assignment, with the station's and the tasks' Norwegian names."""
        require(actor, Permission.MANAGE_RETENTION)
        rows = list(
            self.session.scalars(
                select(DayAssignment)
                .where(DayAssignment.site_id == actor.site_id, DayAssignment.participant_id == participant_id)
                .order_by(DayAssignment.day)
            )
        )
        infos = self._assignment_infos(rows)
        tasks = self.tasks_by_id(actor.site_id, {task_id for info in infos for task_id in info.task_ids})
        stations = {
            row.id: row.name_nb
            for row in self.session.scalars(select(Station).where(Station.site_id == actor.site_id))
        }
        records = tuple(
            (
                info.day,
                stations.get(info.station_id, ""),
                "; ".join(tasks[task_id].title_nb for task_id in info.task_ids if task_id in tasks),
                info.updated_by,
                info.updated_at,
            )
            for info in infos
        )
        return [
            ArchiveSection("day_assignments", "Dagsoppgaver", "Day assignments", _ARCHIVE_FIELDS, records)
        ]

    @writes
    def anonymise(self, actor: Actor, participant_id: int) -> None:
        """The stations and tasks say nothing about the person; who set them goes."""
        require(actor, Permission.MANAGE_RETENTION)
        self.session.execute(
            update(DayAssignment)
            .where(DayAssignment.site_id == actor.site_id, DayAssignment.participant_id == participant_id)
            .values(updated_by="")
            .execution_options(synchronize_session=False)
        )
        self.changed(DAY_ASSIGNMENTS, participant_id)

    # --- helpers -------------------------------------------------------------------------------

    def _load_station(self, site_id: int, station_id: int) -> Station:
        station = self.session.get(Station, station_id)
        if station is None or station.site_id != site_id:
            raise NotFoundError(_STATION_GONE)
        return station

    def _load_task(self, site_id: int, task_id: int) -> LibraryTask:
        task = self.session.get(LibraryTask, task_id)
        if task is None or task.site_id != site_id:
            raise NotFoundError(_TASK_GONE)
        return task

    def _station_saved(self, station: Station) -> StationInfo:
        station.updated_at = self.now()
        flag_modified(station, "updated_at")  # every save counts a version
        self.session.flush()
        self.changed(TASK_LIBRARY, station.id)
        return _station_info(station)

    def _valid_station(self, actor: Actor, data: StationInput, station_id: int | None) -> StationInput:
        clean, errors = validate_station(data)
        if "name_nb" not in errors:
            key = norwegian_sort_key(clean.name_nb)
            others = self.session.scalars(
                select(Station.name_nb).where(
                    Station.site_id == actor.site_id,
                    Station.retired_at.is_(None),
                    Station.id != (station_id or 0),
                )
            )
            if any(norwegian_sort_key(name) == key for name in others):
                errors["name_nb"] = Message(QT_TRANSLATE_NOOP("errors", "There is a station with this name."))
        if errors:
            raise ValidationError(errors)
        return clean

    def _valid_task(self, actor: Actor, data: TaskInput, keeps_station: int | None = None) -> TaskInput:
        clean, errors = validate_task(data)
        station = self.session.get(Station, clean.station_id)
        if station is None or station.site_id != actor.site_id:
            errors["station_id"] = Message(QT_TRANSLATE_NOOP("errors", "Choose a station."))
        elif station.retired_at is not None and station.id != keeps_station:
            errors["station_id"] = Message(QT_TRANSLATE_NOOP("errors", "This station is retired."))
        if errors:
            raise ValidationError(errors)
        return clean

    def _clear_texts(self, task_id: int) -> None:
        self.session.execute(delete(TaskLanguage).where(TaskLanguage.task_id == task_id))
        self.session.execute(delete(TaskStep).where(TaskStep.task_id == task_id))  # their texts go too
        self.session.flush()
        self.session.expire_all()

    def _write_texts(self, task: LibraryTask, data: TaskInput) -> None:
        for language in translated_languages(data):
            self.session.add(
                TaskLanguage(
                    task_id=task.id,
                    language=language,
                    title=data.titles.get(language, ""),
                    reviewed=language in data.reviewed,
                )
            )
        steps = [
            TaskStep(task_id=task.id, position=position, pictogram=step.pictogram, text_nb=step.text_nb)
            for position, step in enumerate(data.steps, start=1)
        ]
        self.session.add_all(steps)
        self.session.flush()
        self.session.add_all(
            StepText(step_id=row.id, language=language, text=text)
            for row, step in zip(steps, data.steps, strict=True)
            for language, text in step.texts.items()
        )
        self.session.flush()

    def _task_infos(self, rows: list[LibraryTask]) -> list[TaskInfo]:
        """The tasks with their steps and translations, in three queries whatever their number."""
        ids = [row.id for row in rows]
        if not ids:
            return []
        languages: dict[int, list[TaskLanguage]] = defaultdict(list)
        for language in self.session.scalars(select(TaskLanguage).where(TaskLanguage.task_id.in_(ids))):
            languages[language.task_id].append(language)
        steps: dict[int, list[TaskStep]] = defaultdict(list)
        for step in self.session.scalars(
            select(TaskStep).where(TaskStep.task_id.in_(ids)).order_by(TaskStep.task_id, TaskStep.position)
        ):
            steps[step.task_id].append(step)
        texts: dict[int, dict[str, str]] = defaultdict(dict)
        step_ids = [step.id for task_steps in steps.values() for step in task_steps]
        if step_ids:
            for text in self.session.scalars(select(StepText).where(StepText.step_id.in_(step_ids))):
                texts[text.step_id][text.language] = text.text
        infos = []
        for row in rows:
            own = sorted(languages[row.id], key=lambda item: _language_order(item.language))
            infos.append(
                TaskInfo(
                    id=row.id,
                    station_id=row.station_id,
                    title_nb=row.title_nb,
                    steps=tuple(
                        StepInfo(step.position, step.pictogram, step.text_nb, dict(texts[step.id]))
                        for step in steps[row.id]
                    ),
                    titles={item.language: item.title for item in own if item.title},
                    languages=tuple(item.language for item in own),
                    reviewed=frozenset(item.language for item in own if item.reviewed),
                    retired=row.retired_at is not None,
                    version=row.version,
                    updated_at=row.updated_at,
                )
            )
        return infos

    def _assignment_errors(
        self, actor: Actor, data: AssignmentInput, row: DayAssignment | None
    ) -> dict[str, Message]:
        """The station and tasks exist here; new choices are not retired (an assignment saved
        again may keep what it had); every task belongs to the station."""
        kept = self._assignment_infos([row])[0] if row is not None else None
        errors: dict[str, Message] = {}
        station = self.session.get(Station, data.station_id)
        if station is None or station.site_id != actor.site_id:
            errors["station_id"] = Message(QT_TRANSLATE_NOOP("errors", "Choose a station."))
            return errors
        if station.retired_at is not None and (kept is None or kept.station_id != station.id):
            errors["station_id"] = Message(QT_TRANSLATE_NOOP("errors", "This station is retired."))
        tasks = {
            task.id: task
            for task in self.session.scalars(
                select(LibraryTask).where(
                    LibraryTask.site_id == actor.site_id, LibraryTask.id.in_(set(data.task_ids))
                )
            )
        }
        for task_id in data.task_ids:
            task = tasks.get(task_id)
            if task is None:
                errors["task_ids"] = Message(_TASK_GONE)
            elif task.station_id != station.id:
                errors["task_ids"] = Message(
                    QT_TRANSLATE_NOOP("errors", "Choose tasks of the chosen station only.")
                )
            elif task.retired_at is not None and (kept is None or task_id not in kept.task_ids):
                errors["task_ids"] = Message(QT_TRANSLATE_NOOP("errors", "A chosen task is retired."))
        return errors

    def _assignment_infos(self, rows: list[DayAssignment]) -> list[DayAssignmentInfo]:
        ids = [row.id for row in rows]
        tasks: dict[int, list[int]] = defaultdict(list)
        if ids:
            for link in self.session.scalars(
                select(DayAssignmentTask)
                .where(DayAssignmentTask.assignment_id.in_(ids))
                .order_by(DayAssignmentTask.assignment_id, DayAssignmentTask.position)
            ):
                tasks[link.assignment_id].append(link.task_id)
        return [
            DayAssignmentInfo(
                id=row.id,
                participant_id=row.participant_id,
                day=row.day,
                station_id=row.station_id,
                task_ids=tuple(tasks[row.id]),
                updated_at=row.updated_at,
                updated_by=row.updated_by,
                version=row.version,
            )
            for row in rows
        ]

    def _conflict(self, actor: Actor, row: DayAssignment) -> AuditedConcurrencyError:
        """Someone saved this assignment meanwhile: the stored one goes back to compare, and
        that is a view of the participant's data (logged, and kept although the save fails)."""
        self._audit.record(
            actor, AuditAction.VIEW, ENTITY, row.participant_id, f"day assignment {row.day} conflict"
        )
        return AuditedConcurrencyError(self._assignment_infos([row])[0])


def _require_library_reader(actor: Actor) -> None:
    require(actor, Permission.MANAGE_TASK_LIBRARY)


def _station_info(row: Station) -> StationInfo:
    return StationInfo(row.id, row.name_nb, row.name_en, row.retired_at is not None, row.version)


def _language_order(language: str) -> int:
    return STEP_LANGUAGES.index(language) if language in STEP_LANGUAGES else len(STEP_LANGUAGES)
