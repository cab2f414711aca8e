"""Norwegian sort keys: CLDR's order for the stored keys, compared byte by byte.

The participants' sort keys are recomputed with the CLDR-based key (decomposed input, Ä/Ö/Ü,
"Aa" at the start of a name). On PostgreSQL the column gets COLLATE "C", so that the
database compares the key's bytes: a database created with a language's collation (e.g.
en_US.UTF-8) would otherwise ignore or reorder the key's punctuation-like characters.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 12:00:00

"""
from collections.abc import Sequence

from alembic import op
import sqlalchemy as sa

from canteen_app.training.participants.service import sort_key


# revision identifiers, used by Alembic.
revision: str = '0002'
down_revision: str | Sequence[str] | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 500

_participants = sa.table(
    "participants",
    sa.column("id", sa.Integer),
    sa.column("first_name", sa.String),
    sa.column("last_name", sa.String),
    sa.column("sort_key", sa.String),
)


def upgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        _set_collation(sa.String(length=220, collation="C"))
    _recompute_sort_keys()


def downgrade() -> None:
    # The recomputed keys stay: they sort at least as well as the old ones did.
    if op.get_context().dialect.name == "postgresql":
        _set_collation(sa.String(length=220))


def _set_collation(type_: sa.String) -> None:
    # PostgreSQL rebuilds ix_participants_site_sort with the column.
    op.alter_column(
        "participants",
        "sort_key",
        type_=type_,
        existing_type=sa.String(length=220),
        existing_nullable=False,
    )


def _recompute_sort_keys() -> None:
    # The current key function on purpose: a later change of the key brings its own
    # migration that recomputes the keys again.
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(_participants.c.id, _participants.c.first_name, _participants.c.last_name)
    ).all()
    update = (
        _participants.update()
        .where(_participants.c.id == sa.bindparam("participant_id"))
        .values(sort_key=sa.bindparam("new_key"))
    )
    for start in range(0, len(rows), _BATCH):
        batch = rows[start : start + _BATCH]
        bind.execute(
            update,
            [{"participant_id": row.id, "new_key": sort_key(row.first_name, row.last_name)} for row in batch],
        )
