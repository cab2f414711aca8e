"""Migration 0002 on a database made at 0001 with participants in it: the stored sort keys
follow CLDR's Norwegian order afterwards, and PostgreSQL compares them byte by byte even
when the database was created with an English collation."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from alembic import command
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from canteen_app.app import build_services, open_database
from canteen_app.db.migrate import SCHEMA_HEAD, alembic_config, head_revision
from canteen_app.training.participants.service import sort_key
from tests.helpers import SYSTEM

# (first name, last name) in Norwegian order by surname: Ü sorts as Y, Ä as Æ, a decomposed Ø
# as Ø, "Aa" at the start of a name as Å.
NORWEGIAN_ORDER = [
    ("Kari", "Berg"),
    ("Per", "Vik"),
    ("Emre", "Üner"),
    ("Ola", "Zahl"),
    ("Lise", "Ähre"),
    ("Åse", unicodedata.normalize("NFD", "Ødegård")),
    ("Ole", "Aasen"),
    ("Jonas", "Åsheim"),
]


def _key_before_0002(first_name: str, last_name: str) -> str:
    """The key 0001's program stored: case-folded, æøå after z, accents dropped."""
    mapped = f"{last_name} {first_name}".casefold().translate(str.maketrans({"æ": "{", "ø": "|", "å": "}"}))
    return "".join(c for c in unicodedata.normalize("NFKD", mapped) if not unicodedata.combining(c))


@pytest.fixture
def pg_english_url(pg_url: str) -> Iterator[str]:
    """A database created with ICU's en-US collation, as a server set up in English makes it."""
    url = make_url(pg_url)
    name = f"{url.database}_en"
    admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(
            text(f"CREATE DATABASE \"{name}\" TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US'")
        )
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def url_at_0001(request: pytest.FixtureRequest) -> str:
    """A database at schema 0001 holding the participants with the keys 0001 stored."""
    fixture = "sqlite_url" if request.param == "sqlite" else "pg_english_url"
    url = str(request.getfixturevalue(fixture))
    engine = create_engine(url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0001")
        now = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
        if connection.dialect.name == "sqlite":
            now = now.replace(tzinfo=None)
        for first, last in reversed(NORWEGIAN_ORDER):
            connection.execute(
                text(
                    "INSERT INTO participants (site_id, first_name, last_name, search_key, sort_key,"
                    " phone, email, preferred_language, nav_measure, measure_start,"
                    " measure_planned_end, participation_percent, nav_contact, support_needs,"
                    " created_at, updated_at, version) VALUES (1, :first, :last, :search, :key,"
                    " '', '', 'nb', 'arbeidstrening', :start, :end, 100, '', '', :now, :now, 1)"
                ),
                {
                    "first": first,
                    "last": last,
                    "search": f"{first} {last}".casefold(),
                    "key": _key_before_0002(first, last),
                    "start": date(2026, 9, 1),
                    "end": date(2027, 6, 30),
                    "now": now,
                },
            )
    engine.dispose()
    return url


def _surnames_in_database_order(url: str) -> list[str]:
    engine = create_engine(url)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT last_name FROM participants ORDER BY sort_key, id"))
        names = [row[0] for row in rows]
    engine.dispose()
    return names


def test_migration_0002_recomputes_the_keys_into_norwegian_order(url_at_0001: str) -> None:
    expected = [last for _first, last in NORWEGIAN_ORDER]
    assert _surnames_in_database_order(url_at_0001) != expected  # 0001's keys were wrong

    db = open_database(url_at_0001)  # what the program does at start-up: migrate to head
    services = build_services(db)
    try:
        assert head_revision() == SCHEMA_HEAD
        composed = [unicodedata.normalize("NFC", last) for last in expected]  # 0003 composes names
        assert _surnames_in_database_order(url_at_0001) == composed
        assert [row.last_name for row in services.participants.rows(SYSTEM)] == composed
        with db.transaction(write=False) as transaction:
            stored = transaction.session.execute(
                text("SELECT first_name, last_name, sort_key FROM participants")
            ).all()
        assert all(key == sort_key(first, last) for first, last, key in stored)
    finally:
        services.close()


@pytest.mark.postgres
def test_on_postgresql_the_sort_key_is_compared_byte_by_byte(pg_english_url: str) -> None:
    open_database(pg_english_url).dispose()
    engine = create_engine(pg_english_url)
    with engine.connect() as connection:
        collation = connection.scalar(
            text(
                "SELECT collation_name FROM information_schema.columns"
                " WHERE table_name = 'participants' AND column_name = 'sort_key'"
            )
        )
        # The database's own order would put the key character of Å ("}") before the letters.
        english_first = connection.scalar(
            text("SELECT k FROM (VALUES ('}sen'), ('abel')) AS t(k) ORDER BY k LIMIT 1")
        )
    engine.dispose()
    assert collation == "C"
    assert english_first == "}sen"


def test_migration_0003_composes_names_and_limits_support_needs_as_the_rules_do(url_at_0001: str) -> None:
    from sqlalchemy import inspect

    db = open_database(url_at_0001)
    services = build_services(db)
    try:
        with db.transaction(write=False) as transaction:
            names = transaction.session.scalars(text("SELECT last_name FROM participants")).all()
        assert "Ødegård" in names and unicodedata.normalize("NFD", "Ødegård") not in names
        assert [row.last_name for row in services.participants.rows(SYSTEM, "ødegård")] == ["Ødegård"]
        typed_apart = unicodedata.normalize("NFD", "ØDEGÅRD")  # a search typed with combining marks
        assert [row.first_name for row in services.participants.rows(SYSTEM, typed_apart)] == ["Åse"]
        columns = {
            column["name"]: column["type"] for column in inspect(db.engine).get_columns("participants")
        }
        assert getattr(columns["support_needs"], "length", None) == 2000
    finally:
        services.close()
