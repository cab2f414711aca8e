"""`consents`: one participant's consents to share dossier data (an audited view). The form to
sign is `report consent-form` (in `reports`)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from canteen_app.app import AppServices
from canteen_app.cli.parsing import SYSTEM_ACTOR, Handler, columns
from canteen_app.cli.training import participant_id
from canteen_app.core.languages import Language
from canteen_app.referrals.consent.dto import ConsentInfo


def company_id(text: str) -> int:
    """A partner company's id: a whole number from 1."""
    if not text.isascii() or not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a company id (a whole number from 1): {text!r}")
    return int(text)


def register_consent_form(kinds: Any) -> None:
    """`report consent-form` (registered by `reports`)."""
    form = kinds.add_parser(
        "consent-form",
        help="the consent form for a participant to sign, for one recipient company (PDF; logged "
        "as an export)",
        description="The consent form in easy-read Norwegian and the participant's language. Its "
        "boxes are ticked as the latest valid consent for the company has them; without one, "
        "they are left for filling in by hand.",
    )
    form.add_argument("--participant", required=True, type=participant_id, metavar="ID")
    form.add_argument("--company", required=True, type=company_id, metavar="ID")
    form.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    form.add_argument(
        "--lang",
        choices=[language.value for language in Language],
        default=None,
        help="the participant's language beside the Norwegian (default: their preferred language)",
    )


def consent_form(services: AppServices, args: argparse.Namespace) -> str:
    path = services.consents.consent_form(
        SYSTEM_ACTOR, args.participant, args.company, None, args.lang, args.out
    )
    return f"Consent form written to {path}."


def register(commands: Any) -> dict[str, Handler]:
    consents = commands.add_parser(
        "consents",
        help="one participant's consents for dossiers (logged as a view)",
        description="Every consent the participant has given: the recipient company (and contact "
        "person), the data it covers, when it was given, when it expires or was withdrawn, and "
        'its state today ("valid", "expired", "withdrawn"). The listing is written to the audit log.',
    )
    consents.add_argument("--participant", required=True, type=participant_id, metavar="ID")
    consents.add_argument("--json", action="store_true", help="print a JSON list")
    return {"consents": _consents}


def _consents(services: AppServices, args: argparse.Namespace) -> str:
    rows = services.write(lambda app: app.consents.consents(SYSTEM_ACTOR, args.participant)).value
    if args.json:
        return json.dumps([_json(row) for row in rows], ensure_ascii=False, indent=2)
    if not rows:
        return "No consents recorded."
    table = [
        ["ID", "Company", "Contact", "Covers", "Given", "Expires", "Withdrawn", "Status"],
        *(
            [
                str(row.id),
                row.company_name,
                row.contact_name or "-",
                ",".join(category.value for category in row.categories),
                row.given_on.isoformat(),
                row.expires_on.isoformat(),
                row.withdrawn_on.isoformat() if row.withdrawn_on else "-",
                row.status.value,
            ]
            for row in rows
        ),
    ]
    return columns(table, right_aligned={0})


def _json(row: ConsentInfo) -> dict[str, object]:
    return {
        "id": row.id,
        "participant_id": row.participant_id,
        "company_id": row.company_id,
        "company": row.company_name,
        "contact_id": row.contact_id,
        "contact": row.contact_name,
        "purpose": row.purpose,
        "categories": [category.value for category in row.categories],
        "given_on": row.given_on.isoformat(),
        "recorded_by": row.recorded_by,
        "expires_on": row.expires_on.isoformat(),
        "withdrawn_on": row.withdrawn_on.isoformat() if row.withdrawn_on else None,
        "status": row.status.value,
    }
