"""The week menu and the allergen poster as a guest sees them: rendered from real data through
MenuService.render_menu, then read back with pypdf."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from canteen_app.app import AppServices
from canteen_app.canteen.dishes.dto import DishSummary
from canteen_app.canteen.ingredients.allergens import LEGEND_EN, LEGEND_NB, parse_marks, words
from canteen_app.canteen.menus.menu_labels import EN, NB
from canteen_app.canteen.menus.rules import PrintKind
from canteen_app.core.errors import OutputPathError, ValidationError
from canteen_app.documents.templates import RenderCancelled
from tests.kitchen_helpers import BUSY_CLOSED_REASON, BUSY_MONDAY, COACH, MANAGER, plan_busy_week

FRIDAY = BUSY_MONDAY + timedelta(days=4)
THURSDAY = BUSY_MONDAY + timedelta(days=3)
A4_LANDSCAPE = (842, 595)
A3_PORTRAIT = (842, 1191)
SITE = "Kantina"


@pytest.fixture
def kitchen(services: AppServices) -> dict[str, int]:
    return plan_busy_week(services)


def render(
    services: AppServices,
    tmp_path: Path,
    kind: PrintKind,
    language: str = "nb",
    first: date = BUSY_MONDAY,
    last: date = FRIDAY,
    progress: Any = None,
) -> Path:
    out = tmp_path / "out" / f"{kind.value}-{language}-{first}-{last}.pdf"
    out.parent.mkdir(exist_ok=True)
    return services.menus.render_menu(MANAGER, kind, first, last, language, out, progress)


def flat(text: str) -> str:
    """Text as a reader reads it: line breaks and no-break spaces are plain spaces."""
    return re.sub(r"\s+", " ", text.replace("\xa0", " "))


def page_texts(path: Path) -> list[str]:
    return [flat(page.extract_text()) for page in PdfReader(path).pages]


def page_sizes(path: Path) -> set[tuple[int, int]]:
    return {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in PdfReader(path).pages}


def dishes_of_the_week(services: AppServices) -> list[DishSummary]:
    week = services.read(lambda app: app.menus.week(MANAGER, BUSY_MONDAY)).value
    return [dish for day in week.days for dish in day.dishes]


def assert_every_allergen_word(text: str, dishes: list[DishSummary], english: bool = False) -> None:
    for dish in dishes:
        assert dish.name_nb in text
        assert f"Allergener: {words(dish.allergens.contains)}" in text, dish.name_nb
        if dish.allergens.may_contain:
            assert f"Kan inneholde spor av: {words(dish.allergens.may_contain)}" in text, dish.name_nb
        if english:
            assert dish.name_en in text
            assert f"Allergens: {words(dish.allergens.contains, english=True)}" in text, dish.name_en
            if dish.allergens.may_contain:
                traces = words(dish.allergens.may_contain, english=True)
                assert f"May contain traces of: {traces}" in text, dish.name_en
    # The kinds of grain and nut are named, never a bare "gluten" or "nøtter".
    for kind in ("hvete", "rug", "bygg", "mandel", "hasselnøtt"):
        assert kind in text
    for allergen in ("skalldyr", "bløtdyr", "sulfitt", "lupin", "sesam", "soya", "selleri", "sennep"):
        assert allergen in text


def assert_legend(text: str, english: bool) -> None:
    for name in LEGEND_NB.values():
        assert name in text
    for allergen, name in LEGEND_EN.items():
        if name != LEGEND_NB[allergen]:  # "Lupin" is Lupin in both
            assert (name in text) == english, name


def assert_footers(texts: list[str], english: bool = False) -> None:
    pages = len(texts)
    for number, text in enumerate(texts, start=1):
        assert re.findall(r"Side (\d+) av (\d+)", text) == [(str(number), str(pages))]
        assert ("Page " in text) == english


def assert_only_embedded_dejavu(path: Path) -> None:
    base_fonts = set()
    for page in PdfReader(path).pages:
        resources: Any = page["/Resources"]
        for font_ref in resources["/Font"].values():
            font = font_ref.get_object()
            if "/DescendantFonts" in font:
                font = font["/DescendantFonts"][0].get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
            base_fonts.add(str(font["/BaseFont"]))
    assert base_fonts and all("DejaVuSans" in name for name in base_fonts), base_fonts
    assert any(name.endswith("DejaVuSans-Bold") for name in base_fonts)


# --- the week menu ---------------------------------------------------------------------------


def test_week_menu_is_a4_landscape_with_every_dish_and_allergen_in_norwegian(
    services: AppServices, kitchen: dict[str, int], tmp_path: Path
) -> None:
    path = render(services, tmp_path, PrintKind.WEEK_MENU)
    texts = page_texts(path)
    text = " ".join(texts)

    assert page_sizes(path) == {A4_LANDSCAPE}
    assert len(texts) == 1  # the busy week still fits on one page
    assert "Meny uke 48" in text
    assert "23. november 2026 – 27. november 2026" in text
    for heading in ("Mandag 23. november", "Onsdag 25. november", "Fredag 27. november"):
        assert heading in text
    for course in ("Middag", "Vegetar", "Suppe", "Salat", "Dessert", "Brød og pålegg"):
        assert course in text
    assert_every_allergen_word(text, dishes_of_the_week(services))
    assert "vegansk" in text and "vegetar" in text
    assert_legend(text, english=False)
    assert "Spør oss om allergener" in text and NB.trace_explanation in text
    assert_footers(texts)
    # Nothing English on a Norwegian menu.
    for english in ("Allergens", "Monday", "wheat", "almond", "Main course", "Closed", "Fish gratin"):
        assert english not in text


def test_week_menu_shows_a_closed_day_with_its_reason(
    services: AppServices, kitchen: dict[str, int], tmp_path: Path
) -> None:
    text = " ".join(page_texts(render(services, tmp_path, PrintKind.WEEK_MENU)))

    assert f"Stengt {BUSY_CLOSED_REASON}" in text


def test_week_menu_with_english_beside_the_norwegian(
    services: AppServices, kitchen: dict[str, int], tmp_path: Path
) -> None:
    path = render(services, tmp_path, PrintKind.WEEK_MENU, "en")
    texts = page_texts(path)
    text = " ".join(texts)

    assert page_sizes(path) == {A4_LANDSCAPE}
    assert "Meny uke 48 · Menu week 48" in text
    assert_every_allergen_word(text, dishes_of_the_week(services), english=True)
    assert "Monday" in text and "Main course" in text and "vegan" in text
    assert f"Stengt Closed {BUSY_CLOSED_REASON}" in text
    assert_legend(text, english=True)
    assert EN.ask_us in text and EN.trace_explanation in text
    assert_footers(texts, english=True)


def test_a_public_holiday_is_named_in_norwegian_and_english(services: AppServices, tmp_path: Path) -> None:
    christmas = date(2026, 12, 25)
    nb = " ".join(page_texts(render(services, tmp_path, PrintKind.WEEK_MENU, "nb", christmas, christmas)))
    en = " ".join(page_texts(render(services, tmp_path, PrintKind.WEEK_MENU, "en", christmas, christmas)))

    assert "Stengt Første juledag" in nb and "Christmas" not in nb
    assert "Første juledag" in en and "Christmas Day" in en


def test_a_week_without_dishes_says_so(services: AppServices, tmp_path: Path) -> None:
    text = " ".join(page_texts(render(services, tmp_path, PrintKind.WEEK_MENU)))

    assert text.count(NB.nothing_planned) == 5
    assert_legend(text, english=False)


def test_several_weeks_print_one_page_each(
    services: AppServices, kitchen: dict[str, int], tmp_path: Path
) -> None:
    last = FRIDAY + timedelta(weeks=1)
    texts = page_texts(render(services, tmp_path, PrintKind.WEEK_MENU, last=last))

    assert len(texts) == 2
    assert "Meny uke 48" in texts[0] and "Meny uke 49" in texts[1]
    assert "Fiskegrateng" in texts[0] and NB.nothing_planned in texts[1]
    assert_footers(texts)


def test_pdf_metadata_names_title_author_subject_and_creator(
    services: AppServices, kitchen: dict[str, int], tmp_path: Path
) -> None:
    week = PdfReader(render(services, tmp_path, PrintKind.WEEK_MENU))
    poster = PdfReader(render(services, tmp_path, PrintKind.POSTER, first=THURSDAY, last=THURSDAY))

    assert week.metadata is not None and poster.metadata is not None
    assert week.metadata.title == "Meny uke 48"
    assert week.metadata.author == MANAGER.name
    assert week.metadata.subject == f"Ukemeny for {SITE}, 23. november 2026 – 27. november 2026"
    assert week.metadata.creator == "canteen-app"
    assert str(week.root_object["/Lang"]) == "nb-NO"
    assert poster.metadata.title == "Allergener i dag – torsdag 26. november 2026"
    assert poster.metadata.subject == (f"Allergener i rettene på {SITE}, 26. november 2026")


@pytest.mark.parametrize("kind", list(PrintKind))
def test_only_embedded_dejavu_fonts_are_used(
    services: AppServices, kitchen: dict[str, int], tmp_path: Path, kind: PrintKind
) -> None:
    assert_only_embedded_dejavu(render(services, tmp_path, kind, "en"))


# --- the allergen poster ---------------------------------------------------------------------


def test_week_poster_is_a3_portrait_with_every_allergen_and_the_sentences_guests_expect(
    services: AppServices, kitchen: dict[str, int], tmp_path: Path
) -> None:
    path = render(services, tmp_path, PrintKind.POSTER)
    texts = page_texts(path)
    text = " ".join(texts)

    assert page_sizes(path) == {A3_PORTRAIT}
    assert len(texts) > 1  # fifteen dishes in large type flow on to the next page
    assert texts[0].startswith("Allergener uke 48 23. november 2026 – 27. november 2026")
    assert "Spør oss om allergener" in texts[0]
    assert_every_allergen_word(text, dishes_of_the_week(services))
    assert f"Stengt – {BUSY_CLOSED_REASON}" in text
    assert NB.trace_explanation in text
    assert "«Kan inneholde spor av» betyr at retten ikke har ingrediensen" in text
    assert_legend(text, english=False)
    assert_footers(texts)
    for english in ("Ask us about allergens", "Allergens", "wheat", "almond", "Monday", "Closed"):
        assert english not in text


def test_no_dish_and_no_day_heading_is_split_from_what_follows(
    services: AppServices, kitchen: dict[str, int], tmp_path: Path
) -> None:
    texts = page_texts(render(services, tmp_path, PrintKind.POSTER, "en"))

    for text in texts[:-1]:
        body = text.rsplit(" Laget ", 1)[0]  # before the footer
        assert not re.search(r"(Mandag|Tirsdag|Onsdag|Torsdag|Fredag) \d+\. november \w+day$", body), body
        assert not body.endswith(("Allergener:", "Kan inneholde spor av:")), body


def test_poster_with_english_beside_the_norwegian(
    services: AppServices, kitchen: dict[str, int], tmp_path: Path
) -> None:
    path = render(services, tmp_path, PrintKind.POSTER, "en")
    texts = page_texts(path)
    text = " ".join(texts)

    assert page_sizes(path) == {A3_PORTRAIT}
    assert "Allergens week 48" in text
    assert "Spør oss om allergener Ask us about allergens" in text
    assert_every_allergen_word(text, dishes_of_the_week(services), english=True)
    assert f"Stengt – {BUSY_CLOSED_REASON} Closed – {BUSY_CLOSED_REASON}" in text
    assert NB.trace_explanation in text and EN.trace_explanation in text
    assert_legend(text, english=True)
    assert_footers(texts, english=True)


def test_a_days_poster_fits_on_one_page(
    services: AppServices, kitchen: dict[str, int], tmp_path: Path
) -> None:
    path = render(services, tmp_path, PrintKind.POSTER, first=THURSDAY, last=THURSDAY)
    texts = page_texts(path)

    assert page_sizes(path) == {A3_PORTRAIT}
    assert len(texts) == 1
    assert "Allergener i dag – torsdag 26. november 2026" in texts[0]
    thursday = services.read(lambda app: app.menus.days(MANAGER, THURSDAY, THURSDAY)).value[0]
    assert_every_allergen_word_of_thursday(texts[0], list(thursday.dishes))
    assert "Fiskegrateng" not in texts[0]  # Monday's
    assert_legend(texts[0], english=False)
    assert_footers(texts)


def assert_every_allergen_word_of_thursday(text: str, dishes: list[DishSummary]) -> None:
    assert len(dishes) == 3
    for dish in dishes:
        assert f"{dish.name_nb}" in text
        assert f"Allergener: {words(dish.allergens.contains)}" in text
    assert "Kan inneholde spor av: nøtter (mandel, hasselnøtt)" in text


def test_a_closed_days_poster_says_why(
    services: AppServices, kitchen: dict[str, int], tmp_path: Path
) -> None:
    wednesday = BUSY_MONDAY + timedelta(days=2)
    text = " ".join(page_texts(render(services, tmp_path, PrintKind.POSTER, first=wednesday, last=wednesday)))

    assert f"Stengt – {BUSY_CLOSED_REASON}" in text
    assert "Spør oss om allergener" in text


# --- the print is logged, and marked when it is out of date -----------------------------------


def test_the_print_is_recorded_and_outdated_when_an_ingredients_allergens_change(
    services: AppServices, kitchen: dict[str, int], tmp_path: Path
) -> None:
    render(services, tmp_path, PrintKind.POSTER, "en")

    prints = services.read(lambda app: app.menus.week(MANAGER, BUSY_MONDAY)).value.prints
    assert len(prints) == 1
    assert (prints[0].kind, prints[0].language, prints[0].actor_name) == (
        PrintKind.POSTER,
        "en",
        MANAGER.name,
    )
    assert (prints[0].first_day, prints[0].last_day) == (BUSY_MONDAY, FRIDAY)
    assert not prints[0].outdated

    potatoes = services.read(lambda app: app.ingredients.get(MANAGER, kitchen["Poteter"])).value
    changed = replace(potatoes.as_input(), contains=parse_marks("selleri"))
    services.write(lambda app: app.ingredients.update(MANAGER, potatoes.id, potatoes.version, changed))

    prints = services.read(lambda app: app.menus.week(MANAGER, BUSY_MONDAY)).value.prints
    assert prints[0].outdated  # print it again


def test_a_coach_may_print_too(services: AppServices, kitchen: dict[str, int], tmp_path: Path) -> None:
    out = tmp_path / "coach.pdf"
    services.menus.render_menu(COACH, PrintKind.WEEK_MENU, BUSY_MONDAY, FRIDAY, "nb", out)

    assert out.read_bytes().startswith(b"%PDF")


def test_nothing_is_recorded_when_the_file_cannot_be_written_there(
    services: AppServices, kitchen: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    week = (BUSY_MONDAY, FRIDAY)
    for where in (out / "no-such-folder" / "meny.pdf", out):  # a missing folder, a folder
        with pytest.raises(OutputPathError):
            services.menus.render_menu(MANAGER, PrintKind.WEEK_MENU, *week, "nb", where)
    with pytest.raises(ValueError, match="nb"):
        services.menus.render_menu(MANAGER, PrintKind.WEEK_MENU, *week, "de", out / "x.pdf")
    with pytest.raises(ValidationError):
        services.menus.render_menu(MANAGER, PrintKind.WEEK_MENU, FRIDAY, BUSY_MONDAY, "nb", out / "x.pdf")

    assert list(out.iterdir()) == []
    assert services.read(lambda app: app.menus.week(MANAGER, BUSY_MONDAY)).value.prints == ()


class RecordingProgress:
    def __init__(self, cancel: bool = False) -> None:
        self.reports: list[tuple[int, int]] = []
        self._cancel = cancel

    def report(self, done: int, total: int, text: str = "") -> None:
        self.reports.append((done, total))

    def cancelled(self) -> bool:
        return self._cancel and bool(self.reports)


def test_progress_is_reported_per_page_and_a_cancelled_render_writes_nothing(
    services: AppServices, kitchen: dict[str, int], tmp_path: Path
) -> None:
    progress = RecordingProgress()
    path = render(services, tmp_path, PrintKind.POSTER, progress=progress)
    pages = len(PdfReader(path).pages)
    assert progress.reports[-pages:] == [(number, pages) for number in range(1, pages + 1)]

    path.unlink()
    with pytest.raises(RenderCancelled):
        render(services, tmp_path, PrintKind.POSTER, progress=RecordingProgress(cancel=True))
    assert list(path.parent.iterdir()) == []
    # Only the poster that was written counts as printed; the cancelled one left no record.
    assert len(services.read(lambda app: app.menus.week(MANAGER, BUSY_MONDAY)).value.prints) == 1
