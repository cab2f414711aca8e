"""`referrals`: every referral of the site with its recipient, its stage and the consent's state
for that recipient today (logged as an export). Participants appear by id only."""

from __future__ import annotations

import argparse
import json
from typing import Any

from canteen_app.app import AppServices
from canteen_app.cli.parsing import SYSTEM_ACTOR, Handler, columns
from canteen_app.referrals.referrals.dto import ReferralRow


def register(commands: Any) -> dict[str, Handler]:
    referrals = commands.add_parser(
        "referrals",
        help="every referral with its stage and consent state (logged as an export)",
        description="Every referral of the site, oldest first: the participant's id, the partner "
        "company, location and position, the stage, and the state of the participant's consent for "
        'the recipient (the company and its named contact) today: "valid", "expired", "withdrawn" '
        'or "none". The listing is written to the audit log as an export.',
    )
    referrals.add_argument(
        "--json",
        action="store_true",
        help='print [{"id", "participant_id", "company", "location", "position", "stage", "consent"}]',
    )
    return {"referrals": _referrals}


def _referrals(services: AppServices, args: argparse.Namespace) -> str:
    rows = services.write(lambda app: app.referrals.export_rows(SYSTEM_ACTOR)).value
    if args.json:
        return json.dumps([referral_json(row) for row in rows], ensure_ascii=False, indent=2)
    if not rows:
        return "No referrals."
    table = [
        ["ID", "Participant", "Company", "Location", "Position", "Stage", "Since", "Consent"],
        *(
            [
                str(row.id),
                str(row.participant_id),
                row.company_name,
                row.location_name,
                row.position_title,
                row.stage.value,
                row.stage_on.isoformat(),
                row.consent.value,
            ]
            for row in rows
        ),
    ]
    return columns(table, right_aligned={0, 1})


def referral_json(row: ReferralRow) -> dict[str, object]:
    return {
        "id": row.id,
        "participant_id": row.participant_id,
        "company": row.company_name,
        "location": row.location_name,
        "position": row.position_title,
        "stage": row.stage.value,
        "consent": row.consent.value,
    }
