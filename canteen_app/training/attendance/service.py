"""Attendance (T4): the kiosk's check-in and check-out, the coach's register and corrections,
and the monthly summary. A day counts when the canteen is open and the measure runs; absence
reasons are for the coach only, and every view and change is audited."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Connection,
    Insert,
    Integer,
    Label,
    String,
    Table,
    bindparam,
    column,
    func,
    literal,
    literal_column,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.sql.selectable import TableValuedAlias

from canteen_app.access import Actor, Permission, require
from canteen_app.canteen.calendar.service import CalendarService
from canteen_app.core.dates import SITE_TIMEZONE, local_day, month_bounds
from canteen_app.core.errors import AuditedConcurrencyError, ConcurrencyError, NotFoundError, ValidationError
from canteen_app.core.text import QT_TRANSLATE_NOOP, Message
from canteen_app.db.service import Clock, Service, reads, writes
from canteen_app.db.unit_of_work import Database
from canteen_app.platform.audit.rules import AuditAction
from canteen_app.platform.audit.service import AuditService
from canteen_app.platform.retention.dto import ArchiveField, ArchiveSection
from canteen_app.training.attendance.dto import AttendanceCounts, CheckInState, DayEntry, MonthSummary
from canteen_app.training.attendance.models import AttendanceDay
from canteen_app.training.attendance.rules import (
    ATTENDANCE,
    REPEAT_TAP,
    AttendanceStatus,
    DayInput,
    hours_between,
    validate_day,
)
from canteen_app.training.participants.dto import KioskPerson, MeasurePeriod
from canteen_app.training.participants.service import ENTITY, ParticipantService

__all__ = ["ATTENDANCE", "AttendanceService"]

_NOT_TODAY = QT_TRANSLATE_NOOP("errors", "This person cannot check in today. Ask the job coach.")


class AttendanceService(Service):
    def __init__(
        self,
        db: Database,
        clock: Clock,
        participants: ParticipantService,
        calendar: CalendarService,
        audit: AuditService,
    ) -> None:
        super().__init__(db, clock)
        self._participants = participants
        self._calendar = calendar
        self._audit = audit

    # --- the kiosk -----------------------------------------------------------------------------

    @reads
    def kiosk_people(self, actor: Actor) -> list[tuple[KioskPerson, CheckInState]]:
        """Who can check in today, with whether each is in or out: first names (and photos
        with a yes) only, as the shared kiosk may show."""
        today = local_day(self.now())
        people = self._participants.kiosk_people(actor, today)
        rows = {
            row.participant_id: row
            for row in self.session.scalars(
                select(AttendanceDay).where(
                    AttendanceDay.site_id == actor.site_id, AttendanceDay.day == today
                )
            )
        }
        return [
            (person, _state(person.participant_id, person.first_name, rows.get(person.participant_id)))
            for person in people
        ]

    @writes(savepoint=False)
    def check_in_or_out(self, actor: Actor, participant_id: int) -> CheckInState:
        """A tap on the participant's name at the kiosk: the first tap of the day checks in
        (present), the next checks out and gives the hours.

        The kiosk's busiest participant action, so prepared statements and no savepoint: a
        check-in is one statement, an INSERT of the day's row that checks that the
        participant can check in today and does nothing when the row exists (a second
        kiosk's simultaneous tap included). Only then is the row read (with the same check),
        and a check-out is its one UPDATE, last."""
        require(actor, Permission.CHECK_IN)
        now = self.now()
        values = {
            "site_id": actor.site_id,
            "participant_id": participant_id,
            "day": local_day(now),
            "now": now,
        }
        connection = self.session.connection()
        checked_in = _CHECK_IN.first(connection, values)
        if checked_in is not None:  # in: the usual tap
            self.changed(ATTENDANCE, participant_id)
            return CheckInState(participant_id, checked_in[0], True, False)
        row = connection.execute(_TODAYS_ROW, values).first()
        if row is None or row.first_name is None:  # the measure does not run today (any more)
            raise NotFoundError(_NOT_TODAY)
        if row.checked_in_at is None or row.checked_out_at is not None:
            return CheckInState(
                participant_id, row.first_name, row.checked_in_at is not None, True, row.hours
            )
        if now - row.checked_in_at < REPEAT_TAP:  # a double tap, or two kiosks at once
            return CheckInState(participant_id, row.first_name, True, False)
        hours = hours_between(_minutes(row.checked_in_at), _minutes(now))
        connection.execute(_CHECK_OUT, {"row_id": row.id, "now": now, "hours": hours})
        self.changed(ATTENDANCE, participant_id)
        return CheckInState(participant_id, row.first_name, True, True, hours)

    # --- the coach's register ------------------------------------------------------------------

    @writes
    def record_day(
        self, actor: Actor, participant_id: int, data: DayInput, expected_version: int | None = None
    ) -> DayEntry:
        """Register or correct one day, as the coach saw it: `expected_version` is the version
        of the entry the coach changed (`DayEntry.version`), None for a day that had none.

        If the day changed after that (another coach saved it, the participant checked in or
        out at the kiosk), nothing is written and AuditedConcurrencyError carries the day as it
        is stored now (its absence reason included: a view, logged as one), for the coach to
        compare and decide. Changing an existing entry needs a reason; both are written to the
        audit log (the day, never the absence reason)."""
        require(actor, Permission.EDIT_PARTICIPANTS)
        self._participants.check_access(actor, participant_id)
        row = self.session.scalar(
            select(AttendanceDay).where(
                AttendanceDay.participant_id == participant_id, AttendanceDay.day == data.day
            )
        )
        if (row.version if row is not None else None) != expected_version:
            # The stored day goes back to the coach to compare: a view (as ParticipantService's).
            self._audit.record(
                actor, AuditAction.VIEW, ENTITY, participant_id, f"attendance {data.day} conflict"
            )
            raise AuditedConcurrencyError(_entry(data.day, row, coach=True))
        clean, errors = validate_day(data, row is not None, local_day(self.now()))
        if not errors and not self._counts(actor.site_id, participant_id, clean.day):
            errors["day"] = Message(
                QT_TRANSLATE_NOOP(
                    "errors", "This day does not count: the canteen is closed or the measure does not run."
                )
            )
        if errors:
            raise ValidationError(errors)
        now = self.now()
        if row is None:
            row = AttendanceDay(
                site_id=actor.site_id, participant_id=participant_id, day=clean.day, source="coach"
            )
            self.session.add(row)
        else:
            row.corrected_by = actor.name[:120]
            row.correction_reason = clean.correction_reason
        row.status = clean.status.value
        row.hours = clean.hours if clean.status is AttendanceStatus.PRESENT else None
        row.absence_reason = clean.absence_reason if clean.status is not AttendanceStatus.PRESENT else ""
        row.updated_at = now
        try:
            self.session.flush()  # the row's version in the UPDATE's WHERE; a new row is unique per day
        except (StaleDataError, IntegrityError) as error:
            # Saved by someone else between the read above and this write (PostgreSQL runs both
            # at once; on SQLite writes take turns): nothing was written.
            raise ConcurrencyError() from error
        what = "corrected" if row.corrected_by else "registered"
        self._audit.record(
            actor, AuditAction.UPDATE, ENTITY, participant_id, f"attendance {clean.day} {what}"
        )
        self.changed(ATTENDANCE, participant_id)
        return _entry(clean.day, row, coach=True)

    @writes
    def month(self, actor: Actor, participant_id: int, month: date) -> MonthSummary:
        """Every counted day of the month with its entry, and the totals; the view is logged.
        Absence reasons are included for the coach only."""
        self._participants.check_access(actor, participant_id)
        self._audit.record(actor, AuditAction.VIEW, ENTITY, participant_id, f"attendance {month:%Y-%m}")
        return self.summary(
            actor.site_id, participant_id, *month_bounds(month), coach=actor.can(Permission.EDIT_PARTICIPANTS)
        )

    @reads
    def summary(
        self, site_id: int, participant_id: int, first: date, last: date, coach: bool = False
    ) -> MonthSummary:
        """The counted days in [first, last] (not after today) and their totals, for a caller
        that has checked access and logged the view (reports, the overview)."""
        last = min(last, local_day(self.now()))
        days = self.counted_days(site_id, participant_id, first, last)
        rows = {
            row.day: row
            for row in self.session.scalars(
                select(AttendanceDay).where(
                    AttendanceDay.participant_id == participant_id,
                    AttendanceDay.day >= first,
                    AttendanceDay.day <= last,
                )
            )
        }
        entries = tuple(_entry(day, rows.get(day), coach) for day in days)
        present = [e for e in entries if e.status is AttendanceStatus.PRESENT]
        return MonthSummary(
            participant_id=participant_id,
            month=first,
            present_days=len(present),
            hours=sum((e.hours or Decimal(0) for e in present), Decimal(0)),
            excused_days=sum(e.status is AttendanceStatus.EXCUSED for e in entries),
            unexcused_days=sum(e.status is AttendanceStatus.UNEXCUSED for e in entries),
            unregistered_days=sum(e.status is None for e in entries),
            days=entries,
        )

    @reads
    def counted_days(self, site_id: int, participant_id: int, first: date, last: date) -> list[date]:
        """The days that count: the canteen open, the measure running."""
        period = self._participants.periods(site_id, [participant_id]).get(participant_id)
        if period is None:
            return []
        first, last = max(first, period.start), min(last, period.end)
        return self._calendar.open_days(site_id, first, last) if first <= last else []

    def _counts(self, site_id: int, participant_id: int, day: date) -> bool:
        return day in self.counted_days(site_id, participant_id, day, day)

    @reads
    def rates(
        self,
        site_id: int,
        participant_ids: Iterable[int],
        first: date,
        last: date,
        periods: Mapping[int, MeasurePeriod] | None = None,
    ) -> dict[int, AttendanceCounts]:
        """Present, excused and unexcused counted days in [first, last] (not after today) of
        many participants at once, counted by the database (the coach's overview); the same
        days as `summary`. `periods`: the participants' measure periods, when the caller has
        them already. For a caller that has checked access and logged the view."""
        wanted = set(participant_ids)
        last = min(last, local_day(self.now()))
        counts = {participant_id: [0, 0, 0] for participant_id in wanted}
        open_days = self._calendar.open_days(site_id, first, last) if wanted and first <= last else []
        if not open_days:
            return {pid: AttendanceCounts(pid, *days) for pid, days in counts.items()}
        if periods is None:
            periods = self._participants.periods(site_id, wanted)
        whole, partly = [], {}
        for pid in wanted:
            period = periods.get(pid)  # None: not on this site
            if period is not None and period.start <= first and period.end >= last:
                whole.append(pid)
            elif period is not None and period.start <= last and period.end >= first:
                partly[pid] = period
        # By participant and day (the unique index), not by site: the caseload's own rows only.
        in_period = (AttendanceDay.day >= first, AttendanceDay.day <= last, AttendanceDay.day.in_(open_days))

        def of(participant_ids: Collection[int]) -> ColumnElement[bool]:
            return AttendanceDay.participant_id.in_(select(_id_table(self.session, participant_ids).c.value))

        if whole:
            # One row per participant, the three counts side by side (count ... FILTER): fewer
            # rows to group and to fetch than one per participant and status.
            grouped = self.session.execute(
                select(
                    AttendanceDay.participant_id,
                    _days_with(AttendanceStatus.PRESENT),
                    _days_with(AttendanceStatus.EXCUSED),
                    _days_with(AttendanceStatus.UNEXCUSED),
                )
                .where(of(whole), *in_period)
                .group_by(AttendanceDay.participant_id)
            )
            for participant_id, present, excused, unexcused in grouped:
                counts[participant_id] = [int(present), int(excused), int(unexcused)]
        if partly:  # the measure started or ends inside the period: only its own days count
            rows = self.session.execute(
                select(AttendanceDay.participant_id, AttendanceDay.day, AttendanceDay.status).where(
                    of(partly), *in_period
                )
            )
            for participant_id, day, status in rows:
                period = partly[participant_id]
                if period.start <= day <= period.end:
                    counts[participant_id][_STATUS_INDEX[status]] += 1
        return {pid: AttendanceCounts(pid, *days) for pid, days in counts.items()}

    # --- retention (P3) ------------------------------------------------------------------------

    @reads
    def archive_sections(self, actor: Actor, participant_id: int) -> list[ArchiveSection]:
        """Every registered day, absence reasons included, for the participant's archive."""
        require(actor, Permission.MANAGE_RETENTION)
        rows = self.session.scalars(
            select(AttendanceDay)
            .where(AttendanceDay.site_id == actor.site_id, AttendanceDay.participant_id == participant_id)
            .order_by(AttendanceDay.day)
        )
        days = tuple(
            (
                row.day,
                row.status,
                row.hours,
                row.absence_reason,
                row.checked_in_at,
                row.checked_out_at,
                row.source,
                row.corrected_by,
                row.correction_reason,
            )
            for row in rows
        )
        return [ArchiveSection("attendance", "Oppmøte", "Attendance", _ARCHIVE_FIELDS, days)]

    @writes
    def anonymise(self, actor: Actor, participant_id: int) -> None:
        """Keep the days and hours (anonymous statistics), drop the reasons written about them."""
        require(actor, Permission.MANAGE_RETENTION)
        self.session.execute(
            update(AttendanceDay)
            .where(AttendanceDay.site_id == actor.site_id, AttendanceDay.participant_id == participant_id)
            .values(absence_reason="", correction_reason="")
            .execution_options(synchronize_session=False)
        )
        self.changed(ATTENDANCE, participant_id)


_Processors = tuple[tuple[str, Callable[[Any], Any] | None], ...]


class _Prepared:
    """A statement of the kiosk's check-in, compiled once. On SQLite it runs on the driver's
    own connection, in the action's transaction: SQLAlchemy's SQL, with named parameters each
    converted once by its column's type. SQLAlchemy's execution of a compiled statement takes
    several times the CPU of this statement itself, and the tap waits for it (see "Training"
    in docs/performance.md). A driver error comes back as SQLAlchemy's, as from any other
    statement. On PostgreSQL, where the network's round trip dominates, it runs as usual."""

    def __init__(self, statements: Mapping[str, Insert]) -> None:
        self._statements = statements
        self._sqlite: tuple[str, _Processors] | None = None

    def first(self, connection: Connection, values: Mapping[str, Any]) -> Sequence[Any] | None:
        """The statement's first row (None: no row)."""
        dialect = connection.dialect
        if dialect.driver != "pysqlite":
            return connection.execute(self._statements[dialect.name], values).first()
        if self._sqlite is None:
            compiled = self._statements["sqlite"].compile(dialect=SQLiteDialect_pysqlite(paramstyle="named"))
            self._sqlite = (
                compiled.string,
                tuple(
                    (name, bind.type.dialect_impl(dialect).bind_processor(dialect))
                    for name, bind in compiled.binds.items()
                ),
            )
        sql, processors = self._sqlite
        params = {
            name: values[name] if process is None else process(values[name]) for name, process in processors
        }
        try:
            row = (
                cast(sqlite3.Connection, connection.connection.driver_connection)
                .execute(sql, params)
                .fetchone()
            )
        except sqlite3.Error as error:
            raise DBAPIError.instance(
                sql, params, error, sqlite3.Error, hide_parameters=True, dialect=dialect
            ) from error
        return cast(Sequence[Any] | None, row)


# The kiosk's statements, prepared once. Their parameters: site_id, participant_id, day, now.
_SITE_ID: BindParameter[int] = bindparam("site_id")
_PARTICIPANT_ID: BindParameter[int] = bindparam("participant_id")
_DAY = bindparam("day", type_=AttendanceDay.day.type)
_NOW = bindparam("now", type_=AttendanceDay.checked_in_at.type)
# The participant's first name if their measure runs today, else NULL (the participants' rule).
_FIRST_NAME = ParticipantService.kiosk_first_name(_PARTICIPANT_ID, _SITE_ID, _DAY)
_CHECK_IN_ROW = select(
    _SITE_ID,
    _PARTICIPANT_ID,
    _DAY,
    literal_column(f"'{AttendanceStatus.PRESENT.value}'"),
    literal_column("''"),  # absence_reason
    _NOW,  # checked_in_at
    literal_column("'kiosk'"),  # source
    literal_column("''"),  # corrected_by
    literal_column("''"),  # correction_reason
    _NOW,  # updated_at
    literal_column("1"),  # version
).where(_FIRST_NAME.is_not(None))
_CHECK_IN_COLUMNS = (
    "site_id",
    "participant_id",
    "day",
    "status",
    "absence_reason",
    "checked_in_at",
    "source",
    "corrected_by",
    "correction_reason",
    "updated_at",
    "version",
)
# INSERT ... SELECT <the row> WHERE <the participant can check in today> ON CONFLICT DO NOTHING
# RETURNING <the first name>: a row back means checked in just now.
_CHECK_IN = _Prepared(
    {
        dialect: insert(AttendanceDay)
        .from_select(_CHECK_IN_COLUMNS, _CHECK_IN_ROW)
        .on_conflict_do_nothing(index_elements=["participant_id", "day"])
        .returning(_FIRST_NAME.label("first_name"))
        for dialect, insert in (("sqlite", sqlite_insert), ("postgresql", postgresql_insert))
    }
)
# The day's row, when the INSERT found one, and the first name (NULL: cannot check in today).
_TODAYS_ROW = select(
    _FIRST_NAME.label("first_name"),
    AttendanceDay.id,
    AttendanceDay.checked_in_at,
    AttendanceDay.checked_out_at,
    AttendanceDay.hours,
).where(AttendanceDay.participant_id == _PARTICIPANT_ID, AttendanceDay.day == _DAY)
_CHECK_OUT = (
    update(cast(Table, AttendanceDay.__table__))
    .where(AttendanceDay.id == bindparam("row_id"))
    .values(
        checked_out_at=bindparam("now", type_=AttendanceDay.checked_out_at.type),
        hours=bindparam("hours", type_=AttendanceDay.hours.type),
        updated_at=bindparam("now", type_=AttendanceDay.updated_at.type),
        version=AttendanceDay.version + 1,
    )
)


_STATUS_INDEX = {
    AttendanceStatus.PRESENT.value: 0,
    AttendanceStatus.EXCUSED.value: 1,
    AttendanceStatus.UNEXCUSED.value: 2,
}


def _days_with(status: AttendanceStatus) -> Label[int]:
    """The rows of a group with this status, as a column of the grouped row."""
    return func.count().filter(AttendanceDay.status == status.value).label(f"{status.value}_days")


_ARCHIVE_FIELDS = (
    ArchiveField("day", "Dag", "Day"),
    ArchiveField(
        "status",
        "Status",
        "Status",
        (
            (AttendanceStatus.PRESENT.value, "Til stede", "Present"),
            (AttendanceStatus.EXCUSED.value, "Gyldig fravær", "Excused absence"),
            (AttendanceStatus.UNEXCUSED.value, "Ugyldig fravær", "Unexcused absence"),
        ),
    ),
    ArchiveField("hours", "Timer", "Hours"),
    ArchiveField("absence_reason", "Fraværsgrunn", "Reason for absence"),
    ArchiveField("checked_in_at", "Sjekket inn", "Checked in"),
    ArchiveField("checked_out_at", "Sjekket ut", "Checked out"),
    ArchiveField("source", "Registrert fra", "Registered from"),
    ArchiveField("corrected_by", "Rettet av", "Corrected by"),
    ArchiveField("correction_reason", "Grunn til rettelse", "Reason for the correction"),
)


def _minutes(moment: datetime) -> int:
    local = moment.astimezone(SITE_TIMEZONE)
    return local.hour * 60 + local.minute


def _state(participant_id: int, first_name: str, row: AttendanceDay | None) -> CheckInState:
    checked_in = row is not None and row.checked_in_at is not None
    checked_out = row is not None and row.checked_out_at is not None
    hours = row.hours if row is not None and checked_out else None
    return CheckInState(participant_id, first_name, checked_in, checked_out, hours)


def _entry(day: date, row: AttendanceDay | None, coach: bool) -> DayEntry:
    if row is None:
        return DayEntry(day, None, None, None, None, None, False)
    return DayEntry(
        day=day,
        status=AttendanceStatus(row.status),
        hours=row.hours,
        absence_reason=row.absence_reason if coach else None,
        checked_in_at=row.checked_in_at,
        checked_out_at=row.checked_out_at,
        corrected=bool(row.corrected_by),
        version=row.version,
    )


def _id_table(session: Session, ids: Collection[int]) -> TableValuedAlias:
    """The ids as a table of one column, `value`, bound as one parameter (a JSON array on
    SQLite, an integer array on PostgreSQL): the same statement however many ids, where an IN
    list has a placeholder per id to compile, send and parse (a caseload has 2,000)."""
    if session.get_bind().dialect.name == "postgresql":
        array = literal(list(ids), ARRAY(Integer))
        return func.unnest(array).table_valued(column("value", Integer)).render_derived()
    return func.json_each(literal(json.dumps(list(ids)), String)).table_valued(column("value", Integer))
