"""Attendance (T4): the kiosk's check-in and check-out, the coach's register and corrections,
and the monthly summary. A day counts when the canteen is open and the measure runs; absence
reasons are for the coach only, and every view and change is audited."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from canteen_app.access import Actor, Permission, require
from canteen_app.canteen.calendar.service import CalendarService
from canteen_app.core.dates import SITE_TIMEZONE, local_day, month_bounds
from canteen_app.core.errors import NotFoundError, ValidationError
from canteen_app.core.text import QT_TRANSLATE_NOOP, Message
from canteen_app.db.service import Clock, Service, reads, writes
from canteen_app.db.unit_of_work import Database
from canteen_app.platform.audit.rules import AuditAction
from canteen_app.platform.audit.service import AuditService
from canteen_app.training.attendance.dto import CheckInState, DayEntry, MonthSummary
from canteen_app.training.attendance.models import AttendanceDay
from canteen_app.training.attendance.rules import (
    ATTENDANCE,
    AttendanceStatus,
    DayInput,
    hours_between,
    validate_day,
)
from canteen_app.training.participants.dto import KioskPerson
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

    @writes
    def check_in_or_out(self, actor: Actor, participant_id: int) -> CheckInState:
        """A tap on the participant's name at the kiosk: the first tap of the day checks in
        (present), the next checks out and gives the hours."""
        require(actor, Permission.CHECK_IN)
        now = self.now()
        today = local_day(now)
        person = self._participants.kiosk_person(actor, participant_id, today)
        if person is None:
            raise NotFoundError(_NOT_TODAY)
        row = self.session.scalar(
            select(AttendanceDay).where(
                AttendanceDay.participant_id == participant_id, AttendanceDay.day == today
            )
        )
        if row is None:
            row = AttendanceDay(
                site_id=actor.site_id,
                participant_id=participant_id,
                day=today,
                status=AttendanceStatus.PRESENT.value,
                checked_in_at=now,
                source="kiosk",
                updated_at=now,
            )
            self.session.add(row)
        elif row.checked_in_at is not None and row.checked_out_at is None:
            row.checked_out_at = now
            row.hours = hours_between(_minutes(row.checked_in_at), _minutes(now))
            row.updated_at = now
        else:
            return _state(participant_id, person.first_name, row)  # already out: nothing to change
        try:
            self.session.flush()
        except IntegrityError as error:  # two kiosks, one tap each, at the same moment
            raise ValidationError(
                {"participant": Message(QT_TRANSLATE_NOOP("errors", "Already checked in."))}
            ) from error
        self.changed(ATTENDANCE, participant_id)
        return _state(participant_id, person.first_name, row)

    # --- the coach's register ------------------------------------------------------------------

    @writes
    def record_day(self, actor: Actor, participant_id: int, data: DayInput) -> DayEntry:
        """Register or correct one day. Changing an existing entry needs a reason; both are
        written to the audit log (the day, never the absence reason)."""
        require(actor, Permission.EDIT_PARTICIPANTS)
        self._participants.check_access(actor, participant_id)
        row = self.session.scalar(
            select(AttendanceDay).where(
                AttendanceDay.participant_id == participant_id, AttendanceDay.day == data.day
            )
        )
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
        self.session.flush()
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


def _minutes(moment: datetime) -> int:
    local = moment.astimezone(SITE_TIMEZONE)
    return local.hour * 60 + local.minute


def _state(participant_id: int, first_name: str, row: AttendanceDay | None) -> CheckInState:
    checked_in = row is not None and row.checked_in_at is not None
    checked_out = row is not None and row.checked_out_at is not None
    return CheckInState(participant_id, first_name, checked_in, checked_out)


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
    )
