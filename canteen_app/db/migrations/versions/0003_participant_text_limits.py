"""Participant texts: the column holds what the rules allow, and names are stored composed.

- `support_needs` becomes VARCHAR(2000), the limit the rules have always had (it was TEXT).
- Names typed in decomposed form (a + combining ring for å) are stored composed (NFC), and the
  search keys recomputed, so a search finds them however the letters were typed. Canonically
  equivalent text: nothing a reader sees changes.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 15:00:00

"""
import unicodedata
from collections.abc import Sequence

from alembic import op
import sqlalchemy as sa

from canteen_app.training.participants.service import search_key, sort_key


# revision identifiers, used by Alembic.
revision: str = '0003'
down_revision: str | Sequence[str] | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SUPPORT_NEEDS_MAX = 2000  # training/participants/rules.py, as of this migration

_participants = sa.table(
    "participants",
    sa.column("id", sa.Integer),
    sa.column("first_name", sa.String),
    sa.column("last_name", sa.String),
    sa.column("search_key", sa.String),
    sa.column("sort_key", sa.String),
)


def upgrade() -> None:
    with op.batch_alter_table("participants") as batch:
        batch.alter_column(
            "support_needs",
            type_=sa.String(length=SUPPORT_NEEDS_MAX),
            existing_type=sa.Text(),
            existing_nullable=False,
        )
    _compose_names()


def downgrade() -> None:
    with op.batch_alter_table("participants") as batch:
        batch.alter_column(
            "support_needs",
            type_=sa.Text(),
            existing_type=sa.String(length=SUPPORT_NEEDS_MAX),
            existing_nullable=False,
        )


def _compose_names() -> None:
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(_participants.c.id, _participants.c.first_name, _participants.c.last_name)
    ).all()
    changes = []
    for row in rows:
        first, last = unicodedata.normalize("NFC", row.first_name), unicodedata.normalize("NFC", row.last_name)
        changes.append(
            {
                "participant_id": row.id,
                "first": first,
                "last": last,
                "search": search_key(first, last),
                "sort": sort_key(first, last),
            }
        )
    if changes:
        bind.execute(
            _participants.update()
            .where(_participants.c.id == sa.bindparam("participant_id"))
            .values(
                first_name=sa.bindparam("first"),
                last_name=sa.bindparam("last"),
                search_key=sa.bindparam("search"),
                sort_key=sa.bindparam("sort"),
            ),
            changes,
        )
