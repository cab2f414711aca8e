"""`canteen-admin report menu` as an admin or a script runs it: a real subprocess on a real
database, the PDF read back."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from pypdf import PdfReader

from canteen_app.app import AppServices
from canteen_app.canteen.menus.rules import PrintKind
from tests.e2e.test_cli import run_cli
from tests.kitchen_helpers import BUSY_CLOSED_REASON, BUSY_MONDAY, MANAGER, plan_busy_week


def _text(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(path).pages))


def _sizes(path: Path) -> set[tuple[int, int]]:
    return {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in PdfReader(path).pages}


def _assert_ok(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def _assert_one_line_error(result: subprocess.CompletedProcess[str], what: str) -> None:
    assert result.returncode != 0, what
    assert "Traceback" not in result.stderr, f"{what}: {result.stderr}"
    assert len(result.stderr.splitlines()) == 1, f"{what}: {result.stderr!r}"
    assert result.stderr.startswith("canteen-admin"), what
    assert result.stdout == "", what


def test_report_menu_writes_the_week_menu_and_the_poster(
    services: AppServices, db_url: str, tmp_path: Path
) -> None:
    plan_busy_week(services)
    out = tmp_path / "out"
    out.mkdir()
    week, poster = out / "meny-uke-48.pdf", out / "allergener-uke-48.pdf"

    result = run_cli("--db", db_url, "report", "menu", "--week", "2026-W48", "--out", str(week))
    _assert_ok(result)
    assert result.stdout.strip() == f"Week menu written to {week}."
    result = run_cli(
        "--db", db_url, "report", "menu", "--week", "2026-W48", "--format", "poster", "--lang", "en",
        "--out", str(poster),
    )  # fmt: skip
    _assert_ok(result)
    assert result.stdout.strip() == f"Allergen poster written to {poster}."

    assert sorted(p.name for p in out.iterdir()) == sorted([week.name, poster.name])  # no temporary files
    assert _sizes(week) == {(842, 595)}  # A4 landscape
    assert _sizes(poster) == {(842, 1191)}  # A3 portrait
    week_text, poster_text = _text(week), _text(poster)
    assert "Meny uke 48" in week_text and "Fiskegrateng" in week_text
    assert "gluten (hvete)" in week_text and "nøtter (mandel, hasselnøtt)" in week_text
    assert f"Stengt {BUSY_CLOSED_REASON}" in week_text
    assert "wheat" not in week_text and "Ask us about allergens" not in week_text
    assert "Spør oss om allergener Ask us about allergens" in poster_text
    assert "gluten (hvete)" in poster_text and "gluten (wheat)" in poster_text
    assert "Side 1 av" in week_text and "Side 1 av" in poster_text

    prints = services.read(lambda app: app.menus.week(MANAGER, BUSY_MONDAY)).value.prints
    assert sorted((p.kind, p.language, p.actor_name) for p in prints) == [
        (PrintKind.POSTER, "en", "canteen-admin"),
        (PrintKind.WEEK_MENU, "nb", "canteen-admin"),
    ]
    assert not any(p.outdated for p in prints)


def test_report_menu_mistakes_end_with_one_line_and_write_nothing(
    services: AppServices, db_url: str, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    good = ["--week", "2026-W48", "--out", str(out / "meny.pdf")]
    mistakes = {
        "week without W": ["--week", "2026-48", "--out", str(out / "meny.pdf")],
        "no such week": ["--week", "2026-W54", "--out", str(out / "meny.pdf")],
        "unknown format": [*good, "--format", "plakat"],
        "unknown language": [*good, "--lang", "de"],
        "missing --out": ["--week", "2026-W48"],
        "missing folder": ["--week", "2026-W48", "--out", str(out / "no-such-folder" / "meny.pdf")],
        "a folder": ["--week", "2026-W48", "--out", str(out)],
    }
    for what, args in mistakes.items():
        _assert_one_line_error(run_cli("--db", db_url, "report", "menu", *args), what)

    assert list(out.iterdir()) == []
    assert services.read(lambda app: app.menus.week(MANAGER, BUSY_MONDAY)).value.prints == ()
