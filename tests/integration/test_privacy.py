"""No personal data or secret in error texts and logs (item 5), on real databases."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from canteen_app.access import Role
from canteen_app.app import AppServices
from canteen_app.core.logs import private_log_handler
from tests.helpers import SYSTEM, db_session

NAME = "Åse Hemmeligsen"


def test_a_database_error_logged_as_a_bug_shows_neither_parameters_nor_quoted_values(
    services: AppServices, tmp_path: Path
) -> None:
    services.auth.create_user(SYSTEM, NAME, Role.KIOSK, "4321")
    with pytest.raises(IntegrityError) as failed, db_session(services, write=True) as session:
        # The same name again: a bug in the calling code would end like this.
        session.execute(
            text(
                "INSERT INTO users (site_id, name, name_key, role, secret_hash, failed_attempts, active,"
                " created_at, version) VALUES (1, :name, :key, 'kiosk', :hash, 0, true, :at, 1)"
            ),
            {"name": NAME, "key": NAME.casefold(), "hash": "$argon2id$not-a-real-hash", "at": "2026-11-25"},
        )
    assert "hidden due to hide_parameters" in str(failed.value)
    assert "not-a-real-hash" not in str(failed.value)

    log_file = tmp_path / "canteen-app.log"
    handler = private_log_handler(log_file)
    logger = logging.getLogger("privacy-test")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        logger.error("Unexpected error", exc_info=failed.value)
    finally:
        logger.removeHandler(handler)
        handler.close()
    logged = log_file.read_text(encoding="utf-8")
    assert "IntegrityError" in logged  # the bug itself is there to be fixed
    for secret in (NAME, NAME.casefold(), "not-a-real-hash"):
        assert secret not in logged
