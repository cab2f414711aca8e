"""Training: `participants` (the register, as an audited export), `competences` (the framework)
and `attendance` (one participant's month, an audited view). The NAV reports and the
attendance summary as files are `report nav-status`, `report nav-final` and `report
attendance` (in `reports`)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from canteen_app.app import AppServices
from canteen_app.cli.parsing import SYSTEM_ACTOR, Handler, columns, month
from canteen_app.training.attendance.dto import MonthSummary
from canteen_app.training.participants.dto import ParticipantExportRow

RATE_DECIMALS = 4  # the rate in JSON: 0.8824


def participant_id(text: str) -> int:
    """A participant's id: a whole number from 1."""
    if not text.isascii() or not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a participant id (a whole number from 1): {text!r}")
    return int(text)


def register(commands: Any) -> dict[str, Handler]:
    participants = commands.add_parser(
        "participants",
        help="the participant register (logged as an export)",
        description="Every participant with the NAV measure, its period, the job coach and whether "
        "the measure is active or ended; never support needs or contact details. The listing is "
        "written to the audit log as an export.",
    )
    participants.add_argument("--json", action="store_true", help="print a JSON list")

    competences = commands.add_parser("competences", help="the competence framework's areas and goals")
    competences.add_argument(
        "--json", action="store_true", help='print [{"area": 1, "name": ..., "goals": [{"id", "text"}]}]'
    )

    attendance = commands.add_parser(
        "attendance", help="one participant's attendance in a month (logged as a view)"
    )
    attendance.add_argument("--participant", required=True, type=participant_id, metavar="ID")
    attendance.add_argument("--month", required=True, type=month, metavar="YYYY-MM")
    attendance.add_argument("--json", action="store_true", help="print JSON")
    return {"participants": _participants, "competences": _competences, "attendance": _attendance}


# --- participants ----------------------------------------------------------------------------------


def _participants(services: AppServices, args: argparse.Namespace) -> str:
    rows = services.write(lambda app: app.participants.export_rows(SYSTEM_ACTOR)).value
    if args.json:
        return json.dumps([_participant_json(row) for row in rows], ensure_ascii=False, indent=2)
    if not rows:
        return "No participants."
    table = [
        ["ID", "Name", "Measure", "Start", "Planned end", "Coach", "Status"],
        *(
            [
                str(row.id),
                f"{row.last_name}, {row.first_name}",
                row.nav_measure,
                row.measure_start.isoformat(),
                row.measure_planned_end.isoformat(),
                row.coach_name or "-",
                row.status,
            ]
            for row in rows
        ),
    ]
    return columns(table, right_aligned={0})


def _participant_json(row: ParticipantExportRow) -> dict[str, object]:
    return {
        "id": row.id,
        "first_name": row.first_name,
        "last_name": row.last_name,
        "nav_measure": row.nav_measure,
        "measure_start": row.measure_start.isoformat(),
        "measure_planned_end": row.measure_planned_end.isoformat(),
        "coach": row.coach_name,
        "status": row.status,
    }


# --- the competence framework ------------------------------------------------------------------------


def _competences(services: AppServices, args: argparse.Namespace) -> str:
    areas = services.read(lambda app: app.competence.framework(SYSTEM_ACTOR)).value
    if args.json:
        return json.dumps(
            [
                {
                    "area": area.number,
                    "name": area.name_nb,
                    "goals": [{"id": goal.id, "text": goal.text_nb} for goal in area.goals],
                }
                for area in areas
            ],
            ensure_ascii=False,
            indent=2,
        )
    lines = []
    for area in areas:
        lines.append(f"{area.number:>2} {area.name_nb}")
        lines += [f"   {goal.id:>5}  {goal.text_nb}" for goal in area.goals]
    return "\n".join(lines)


# --- attendance ----------------------------------------------------------------------------------------


def _attendance(services: AppServices, args: argparse.Namespace) -> str:
    summary = services.write(
        lambda app: app.attendance.month(SYSTEM_ACTOR, args.participant, args.month)
    ).value
    if args.json:
        return json.dumps(attendance_json(summary, args.participant), ensure_ascii=False)
    rate = summary.rate
    lines = [
        ["Present days", str(summary.present_days)],
        ["Hours", _hours(summary)],
        ["Excused days", str(summary.excused_days)],
        ["Unexcused days", str(summary.unexcused_days)],
        ["Not registered", str(summary.unregistered_days)],
        ["Rate", "-" if rate is None else f"{rate * 100:.1f} %"],
    ]
    title = f"Attendance of participant {args.participant} in {args.month:%Y-%m}"
    return "\n".join([title, columns(lines, right_aligned={1})])


def attendance_json(summary: MonthSummary, participant: int) -> dict[str, object]:
    rate = summary.rate
    return {
        "participant_id": participant,
        "month": f"{summary.month:%Y-%m}",
        "present_days": summary.present_days,
        "hours": float(summary.hours),
        "excused_days": summary.excused_days,
        "unexcused_days": summary.unexcused_days,
        "rate": None if rate is None else round(rate, RATE_DECIMALS),
    }


def _hours(summary: MonthSummary) -> str:
    return format(summary.hours.normalize(), "f")
