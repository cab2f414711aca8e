"""`report dossier` (one referral's dossier) and `export dossiers` (the batch: one dossier per
referral into a folder). Both need a valid consent for the recipient covering every category
the dossier holds; without one `report dossier` exits 1 with the reason and writes nothing, and
the batch lists the referrals it skipped and why. Every dossier written is logged as an export
with its recipient."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from canteen_app.app import AppServices
from canteen_app.cli.parsing import SYSTEM_ACTOR
from canteen_app.referrals.dossiers.dossier_labels import LANGUAGES
from canteen_app.referrals.referrals.rules import OPEN_STAGES, STAGE_ORDER, Stage


def referral_id(text: str) -> int:
    """A referral's id: a whole number from 1."""
    if not text.isascii() or not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a referral id (a whole number from 1): {text!r}")
    return int(text)


def register_report_dossier(kinds: Any) -> None:
    """`report dossier` (registered by `reports`)."""
    dossier = kinds.add_parser(
        "dossier",
        help="a referral's dossier for the recruiter (PDF; needs a valid consent; logged as an export)",
        description="The dossier of one referral: the cover letter, the profile, the competences "
        "and what else the referral's dossier draft holds. Without a valid consent for the "
        "recipient covering all of it, nothing is written and the reason is given.",
    )
    dossier.add_argument("--referral", required=True, type=referral_id, metavar="ID")
    dossier.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    dossier.add_argument("--lang", choices=LANGUAGES, default="nb", help="nb (default) or en")


def report_dossier(services: AppServices, args: argparse.Namespace) -> str:
    path = services.dossiers.render(SYSTEM_ACTOR, args.referral, args.out, language=args.lang)
    return f"Dossier written to {path}."


def register_export_dossiers(what: Any) -> None:
    """`export dossiers` (registered by the `export` command's group)."""
    batch = what.add_parser(
        "dossiers",
        help="one dossier per referral into a folder (the open referrals, or those at one stage)",
        description="Writes a dossier for every referral at STAGE (default: every open stage, "
        f"{', '.join(stage.value for stage in OPEN_STAGES)}) into DIR, named by the company, the "
        "participant's initials and the referral's number. Referrals without a valid consent "
        "covering their dossier are skipped and listed with the reason. Progress goes to stderr.",
    )
    batch.add_argument("--out", required=True, type=Path, metavar="DIR")
    batch.add_argument("--stage", choices=[stage.value for stage in STAGE_ORDER], default=None)
    batch.add_argument("--lang", choices=LANGUAGES, default="nb", help="nb (default) or en")


class _ProgressLine:
    """The batch's progress as one line on stderr ("Dossier 3 of 14")."""

    def report(self, done: int, total: int, text: str = "") -> None:
        if total and done < total:
            print(f"Dossier {done + 1} of {total}…", file=sys.stderr, flush=True)

    def cancelled(self) -> bool:
        return False


def export_dossiers(services: AppServices, args: argparse.Namespace) -> str:
    stages = (Stage(args.stage),) if args.stage else OPEN_STAGES
    rows = services.write(lambda app: app.referrals.referrals(SYSTEM_ACTOR)).value
    wanted = sorted(row.id for row in rows if row.stage in stages)
    if not wanted:
        return "No referrals to export."
    result = services.dossiers.export_batch(
        SYSTEM_ACTOR, wanted, args.out, _ProgressLine(), language=args.lang
    )
    lines = [f"Wrote {len(result.written)} dossier(s) to {args.out}."]
    lines += [f"  referral {rid}: {path.name}" for rid, path in result.written]
    if result.skipped:
        lines.append(f"Skipped {len(result.skipped)} referral(s):")
        lines += [f"  referral {rid}: {reason}" for rid, reason in result.skipped]
    return "\n".join(lines)
