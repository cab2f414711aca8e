"""The easy-read day card (T6) made from a real database (SQLite and PostgreSQL) and read back
with pypdf: one A4 page, the steps in Norwegian and the participant's language, the pictograms'
credit, the notes for the coach, and nothing but the first name, the day, the station and the
tasks (the card lies on a kitchen bench). Arabic is compared word by word (pypdf gives shaped
right-to-left text back in pieces). Every card is also saved as a PNG in test-artifacts/ (with
pdftoppm) for people to look at."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy.exc import IntegrityError

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices
from canteen_app.documents.participant_texts import catalogue
from canteen_app.documents.shaping import searchable_text
from canteen_app.documents.templates import RenderCancelled
from canteen_app.platform.audit.rules import AuditFilter
from canteen_app.training.day_cards.rules import NoAssignmentError
from canteen_app.training.tasks.rules import (
    MAX_STEPS,
    STEP_TEXT_MAX,
    AssignmentInput,
    StationInput,
    StepInput,
    TaskInput,
)
from tests.helpers import SYSTEM, make_user, participant_input

TODAY = date(2026, 11, 25)  # the FakeClock's Wednesday
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
SUPPORT_NEEDS = "Trenger skriftlige steglister og faste pauser."
SURNAME = "Haddad"
PHONE = "98765432"

# A task's steps: pictogram, Norwegian, and the translations.
SERVE_STEPS = (
    (
        "cap",
        "Ta på hårnett og forkle.",
        {
            "ar": "البس شبكة الشعر والمريلة.",
            "uk": "Одягни сіточку і фартух.",
            "ti": "ናይ ጸጉሪ መሸፈኒን ፎርኪለን ግበር።",
        },
    ),
    (
        "smile",
        "Smil og si hei.",
        {"ar": "ابتسم وقل مرحباً.", "uk": "Усміхнися і привітайся.", "ti": "ፍሽኽ በልን ሰላም በልን።"},
    ),
    (
        "serve",
        "Legg maten på tallerkenen.",
        {"ar": "ضع الطعام في الطبق.", "uk": "Поклади їжу на тарілку.", "ti": "መግቢ ኣብ ብያቲ ኣቐምጥ።"},
    ),
    ("help", "Spør en kollega.", {"uk": "Запитай колегу."}),  # not in Arabic nor Tigrinya
)


@pytest.fixture
def coach(services: AppServices) -> Actor:
    return make_user(services, "Jonas Berg", Role.JOB_COACH)


def _participant(services: AppServices, coach: Actor, language: str, first_name: str = "Amina") -> int:
    data = participant_input(
        coach.user_id,
        first_name=first_name,
        last_name=SURNAME,
        preferred_language=language,
        phone=PHONE,
        support_needs=SUPPORT_NEEDS,
    )
    return services.write(lambda app: app.participants.create(coach, data)).value.id


def _library(services: AppServices, coach: Actor) -> tuple[int, list[int]]:
    station = services.write(
        lambda app: app.tasks.add_station(coach, StationInput("Servering", "Serving"))
    ).value
    serve = TaskInput(
        station.id,
        "Servere gjestene",
        tuple(StepInput(p, nb, texts) for p, nb, texts in SERVE_STEPS),
        {"ar": "خدمة الضيوف", "uk": "Обслуговувати гостей", "ti": "ንጋሻ ምግልጋል"},
        frozenset({"uk"}),  # the Ukrainian has been checked by a speaker
    )
    counter = TaskInput(
        station.id,
        "Gjøre klar disken",
        (
            StepInput("plate", "Sett fram tallerkener.", {"uk": "Постав тарілки."}),
            StepInput("tray", "Sett fram brett.", {"uk": "Постав таці."}),
        ),
        {"uk": "Підготувати прилавок"},
        frozenset({"uk"}),
    )
    ids = [
        services.write(lambda app, data=data: app.tasks.add_task(coach, data)).value.id
        for data in (serve, counter)
    ]
    return station.id, ids


def _card(
    services: AppServices,
    actor: Actor,
    participant_id: int,
    out: Path,
    language: str | None = None,
    **kw: object,
) -> Path:
    path = services.day_cards.render_day_card(actor, participant_id, TODAY, out, language, **kw)  # type: ignore[arg-type]
    _save_pages(path, f"day-card-{out.stem}")
    return path


def _save_pages(pdf: Path, name: str) -> None:
    """Every page as a PNG in test-artifacts/, for people to look at (needs poppler's pdftoppm)."""
    if shutil.which("pdftoppm") is None:
        return
    ARTIFACTS.mkdir(exist_ok=True)
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(ARTIFACTS / name)], check=True)


def _read(path: Path) -> tuple[int, str]:
    reader = PdfReader(path)
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def _words(text: str) -> set[str]:
    return set(searchable_text(text).replace("\n", " ").split())


def _has_all_words(extracted: str, sentence: str) -> bool:
    wanted = {word.strip(".,:«»!?؟،") for word in searchable_text(sentence).split()}
    found = {word.strip(".,:«»!?؟،") for word in _words(extracted)}
    return wanted <= found


@pytest.mark.parametrize("language", ["ar", "uk", "ti"])
def test_the_card_has_the_day_in_norwegian_and_the_participants_language(
    services: AppServices, coach: Actor, tmp_path: Path, language: str
) -> None:
    participant_id = _participant(services, coach, language)
    station_id, task_ids = _library(services, coach)
    services.write(
        lambda app: app.tasks.assign(
            coach, participant_id, AssignmentInput(TODAY - timedelta(days=7), station_id, tuple(task_ids))
        )
    )
    pages, text = _read(_card(services, coach, participant_id, tmp_path / f"nb-{language}.pdf"))
    assert pages == 1
    nb, second = catalogue("nb"), catalogue(language)
    for sentence in (
        "Amina",
        nb.text("day_card.title"),
        "onsdag 25. november",
        nb.text("day_card.station", station="Servering"),
        "Servere gjestene",
        *(step[1] for step in SERVE_STEPS),
        nb.text("day_card.ask"),
        second.text("day_card.title"),
        second.text("day_card.ask"),
        *(step[2][language] for step in SERVE_STEPS if language in step[2]),
    ):
        assert _has_all_words(text, sentence), sentence
    assert "Mulberry Symbols" in text and "CC BY-SA 4.0" in text and "mulberrysymbols.org" in text
    # Nothing but the first name, the day, the station and the tasks.
    for private in (SURNAME, SUPPORT_NEEDS, "steglister", PHONE, "arbeidstrening", "Jonas"):
        assert private not in text
    untranslated = "står bare på norsk" in text
    assert untranslated is (language != "uk")  # "Spør en kollega." is only in Ukrainian
    assert ("ikke kontrollert" in text) is (not catalogue(language).reviewed)


def test_a_norwegian_card_is_in_norwegian_only(services: AppServices, coach: Actor, tmp_path: Path) -> None:
    participant_id = _participant(services, coach, "nb", first_name="Åse")
    station_id, task_ids = _library(services, coach)
    services.write(
        lambda app: app.tasks.assign(
            coach, participant_id, AssignmentInput(TODAY, station_id, tuple(task_ids))
        )
    )
    pages, text = _read(_card(services, coach, participant_id, tmp_path / "nb.pdf"))
    assert pages == 1
    assert "Åse" in text and "Servere gjestene" in text and "Spør en kollega." in text
    assert "Til jobbkonsulenten" not in text  # nothing missing, nothing unchecked
    assert "Обслуговувати" not in text and "خدمة" not in searchable_text(text)
    # The coach may print it in another language all the same.
    pages, text = _read(_card(services, coach, participant_id, tmp_path / "nb-uk-chosen.pdf", "uk"))
    assert (pages, "Обслуговувати гостей" in text) == (1, True)


def test_a_day_too_big_for_one_page_leaves_steps_out_and_says_so(
    services: AppServices, coach: Actor, tmp_path: Path
) -> None:
    participant_id = _participant(services, coach, "ar")
    station = services.write(lambda app: app.tasks.add_station(coach, StationInput("Renhold"))).value
    long_nb = ("Vask gulvet grundig med moppen og rent vann, " * 4)[: STEP_TEXT_MAX - 10].strip() + "."
    long_ar = ("اغسل الأرضية جيداً بالممسحة والماء النظيف " * 4)[: STEP_TEXT_MAX - 10].strip() + "."
    ids = []
    for number in range(1, 7):
        data = TaskInput(
            station.id,
            f"Oppgave {number}",
            tuple(
                StepInput("mop", f"{number}.{step} {long_nb}", {"ar": long_ar})
                for step in range(1, MAX_STEPS + 1)
            ),
        )
        ids.append(services.write(lambda app, data=data: app.tasks.add_task(coach, data)).value.id)
    services.write(
        lambda app: app.tasks.assign(coach, participant_id, AssignmentInput(TODAY, station.id, tuple(ids)))
    )
    pages, text = _read(_card(services, coach, participant_id, tmp_path / "too-big.pdf"))
    assert pages == 1
    assert "steg er utelatt" in text
    assert "1.1 Vask gulvet" in text  # the first steps of the first task are there
    assert "6.8 Vask gulvet" not in text


def test_the_card_follows_the_assignment_in_force_and_is_logged_as_an_export(
    services: AppServices, coach: Actor, tmp_path: Path
) -> None:
    participant_id = _participant(services, coach, "uk")
    station_id, (serve, counter) = _library(services, coach)
    with pytest.raises(NoAssignmentError):
        services.day_cards.render_day_card(coach, participant_id, TODAY, tmp_path / "none.pdf")
    assert not (tmp_path / "none.pdf").exists()
    services.write(
        lambda app: app.tasks.assign(
            coach, participant_id, AssignmentInput(TODAY - timedelta(days=30), station_id, (counter,))
        )
    )
    services.write(
        lambda app: app.tasks.assign(
            coach, participant_id, AssignmentInput(TODAY + timedelta(days=1), station_id, (serve,))
        )
    )
    _pages, text = _read(_card(services, coach, participant_id, tmp_path / "in-force.pdf"))
    assert "Gjøre klar disken" in text and "Servere gjestene" not in text  # tomorrow's is not yet in force
    # The coach's own choice for the day (the dialog's preview) overrides it, without saving it.
    _pages, text = _read(
        _card(
            services, coach, participant_id, tmp_path / "chosen.pdf", station_id=station_id, task_ids=[serve]
        )
    )
    assert "Servere gjestene" in text and "Gjøre klar disken" not in text
    entries = services.audit.entries(SYSTEM, filters=AuditFilter(participant_id=participant_id))
    exports = [(e.action, e.entity_id, e.detail) for e in reversed(entries) if e.action == "export"]
    assert exports == [(("export", participant_id, f"day card {TODAY} uk"))] * 2


class _CancelAtFirstPage:
    """The user presses Cancel while the card is laid out (the UI's sink raises)."""

    def report(self, done: int, total: int, text: str = "") -> None:
        raise RenderCancelled()

    def cancelled(self) -> bool:
        return False


def _day_card_exports(services: AppServices, participant_id: int) -> list[str]:
    entries = services.audit.entries(SYSTEM, filters=AuditFilter(participant_id=participant_id))
    return [e.detail for e in entries if e.action == "export"]


def test_a_cancelled_card_leaves_no_file_and_no_export_entry(
    services: AppServices, coach: Actor, tmp_path: Path
) -> None:
    participant_id = _participant(services, coach, "uk")
    station_id, (serve, _counter) = _library(services, coach)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "card.pdf"
    cards = services.day_cards
    with pytest.raises(RenderCancelled):
        cards.render_day_card(
            coach,
            participant_id,
            TODAY,
            out,
            None,
            _CancelAtFirstPage(),
            station_id=station_id,
            task_ids=[serve],
        )
    assert list(folder.iterdir()) == []
    assert _day_card_exports(services, participant_id) == []

    cards.render_day_card(coach, participant_id, TODAY, out, None, station_id=station_id, task_ids=[serve])
    assert out.is_file()
    assert _day_card_exports(services, participant_id) == [f"day card {TODAY} uk"]


def test_a_card_whose_export_cannot_be_logged_is_removed(
    services: AppServices, coach: Actor, tmp_path: Path
) -> None:
    """A coach account that is gone: the entry's reference to it is refused, so the file goes."""
    participant_id = _participant(services, coach, "uk")
    station_id, (serve, _counter) = _library(services, coach)
    folder = tmp_path / "out"
    folder.mkdir()
    ghost = replace(coach, user_id=987_654)
    with pytest.raises(IntegrityError):
        services.day_cards.render_day_card(
            ghost, participant_id, TODAY, folder / "card.pdf", None, station_id=station_id, task_ids=[serve]
        )
    assert list(folder.iterdir()) == []
    assert _day_card_exports(services, participant_id) == []
