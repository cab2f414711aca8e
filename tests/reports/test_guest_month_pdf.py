"""The monthly guest report as a reader sees it: rendered to a file, then read back."""

from __future__ import annotations

import random
import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import Flowable, Paragraph, Spacer  # type: ignore[import-untyped]

from canteen_app.canteen.statistics.guest_report import (
    DayRow,
    GuestMonthData,
    build_story,
    render_guest_month_report,
)
from canteen_app.canteen.statistics.guest_report_labels import guest_report_labels
from canteen_app.documents import styles
from canteen_app.documents.templates import RenderCancelled, build_pdf

SITE = "Rådhuskantina Tønsberg"
CATEGORIES = ("Gjest", "Besøkende", "Deltaker")
EASTER_MONDAY = date(2025, 4, 21)
PAGE_FOOTER = re.compile(r"Side (\d+) av (\d+)")


def april_2025(**changes: Any) -> GuestMonthData:
    """A realistic month: 21 open weekdays (Easter Monday closed), about 200 guests a day."""
    rnd = random.Random(2025)
    rows = []
    day = date(2025, 4, 1)
    while day.month == 4:
        if day.weekday() < 5 and day != EASTER_MONDAY:
            counts = (rnd.randint(140, 180), rnd.randint(5, 30), rnd.randint(8, 20))
            rows.append(DayRow(day, sum(counts), counts))
        day += timedelta(days=1)
    data = GuestMonthData(
        site_name=SITE,
        month=date(2025, 4, 1),
        categories=CATEGORIES,
        days=tuple(rows),
        previous_month_total=4100,
        previous_month_open_days=21,
        weekday_averages=(201.5, 198.0, 205.25, 190.0, 187.4, None, None),
        previous_weekday_averages=(195.0, 199.0, 200.0, 185.5, 165.0, None, None),
        generated_at=datetime(2025, 5, 2, 7, 15, tzinfo=UTC),  # 09:15 in Oslo
        author="Kari Nordmann",
    )
    return replace(data, **changes)


def norwegian_int(value: int) -> str:
    return f"{value:,}".replace(",", " ")


def page_texts(path: Path) -> list[str]:
    # The report writes no-break spaces inside numbers; a reader sees plain spaces.
    return [page.extract_text().replace("\xa0", " ") for page in PdfReader(path).pages]


def render(tmp_path: Path, data: GuestMonthData | None = None, lang: str = "nb") -> Path:
    out = tmp_path / "gjesterapport.pdf"
    return render_guest_month_report(data or april_2025(), guest_report_labels(lang), out)


def assert_footers(texts: list[str], template: re.Pattern[str]) -> None:
    pages = len(texts)
    for number, text in enumerate(texts, start=1):
        assert template.findall(text) == [(str(number), str(pages))]


class RecordingProgress:
    def __init__(self, cancel_after_reports: int | None = None) -> None:
        self.reports: list[tuple[int, int]] = []
        self._cancel_after = cancel_after_reports

    def report(self, done: int, total: int, text: str = "") -> None:
        self.reports.append((done, total))

    def cancelled(self) -> bool:
        return self._cancel_after is not None and len(self.reports) >= self._cancel_after


class Explodes(Flowable):  # type: ignore[misc]
    """A flowable whose drawing fails, like a bug in a report module would."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return (10, 10)

    def draw(self) -> None:
        raise RuntimeError("boom")


def many_paragraphs(count: int) -> list[Flowable]:
    return [Paragraph(f"Linje {i} med æøå", styles.BODY) for i in range(count)]


def build_numbered(out: Path, story: list[Flowable], progress: Any = None) -> Path:
    return build_pdf(
        out,
        story,
        title="Prøvedokument",
        author="Test",
        subject="Test",
        header_left=SITE,
        page_of_template="Side {page} av {pages}",
        generated_text="Laget 02.05.2025 kl. 09:15",
        progress=progress,
    )


def test_title_site_and_norwegian_words_are_readable(tmp_path: Path) -> None:
    text = "\n".join(page_texts(render(tmp_path)))

    assert "Gjesterapport april 2025" in text
    assert SITE in text
    for word in (
        "Åpne dager",
        "Forrige måned",
        "Gjennomsnitt per åpen dag",
        "Besøkende",
    ):
        assert word in text
    assert "Laget 02.05.2025 kl. 09:15" in text
    assert "Utarbeidet av: Kari Nordmann" in text


def test_generated_time_is_shown_in_norwegian_time(tmp_path: Path) -> None:
    # The services stamp reports with an aware UTC time; 07:15 UTC is 09:15 in Oslo in May.
    data = april_2025(generated_at=datetime(2025, 5, 2, 7, 15, tzinfo=UTC))
    texts = page_texts(render(tmp_path, data))

    assert all("Laget 02.05.2025 kl. 09:15" in text for text in texts)


def test_totals_and_averages_use_norwegian_number_format(tmp_path: Path) -> None:
    data = april_2025()
    texts = page_texts(render(tmp_path, data))
    text = "\n".join(texts)
    average = f"{data.total / len(data.days):.1f}".replace(".", ",")

    assert len(data.days) == 21 and data.total > 1000
    assert norwegian_int(data.total) in text
    assert f"Gjennomsnitt per åpen dag: {average}" in text  # the chart's legend
    assert "187,4" in text  # Friday's average from the weekday table
    assert "205,3" in text  # 205.25 rounds half up, as people round
    # The daily table ends with the bold total row: label, category totals, grand total.
    category_totals = [sum(r.by_category[i] for r in data.days) for i in range(3)]
    expected_row = "\n".join(["Totalt", *map(norwegian_int, category_totals), norwegian_int(data.total)])
    assert expected_row in texts[-1]


def test_summary_compares_with_previous_month(tmp_path: Path) -> None:
    data = april_2025(previous_month_total=3500, previous_month_open_days=20)
    text = "\n".join(page_texts(render(tmp_path, data)))
    change = (data.total - 3500) / 3500 * 100
    expected_change = f"+{change:.1f} %".replace(".", ",")
    average_change = (data.total / 21 - 175) / 175 * 100

    assert 5 < change < 20  # the data really grew; the sign below is checked
    assert f"Gjester totalt\n{norwegian_int(data.total)}\n3 500\n{expected_change}" in text
    assert "Åpne dager\n21\n20\n+1" in text
    assert f"175,0\n+{average_change:.1f} %".replace(".", ",") in text


def test_change_is_a_dash_when_previous_month_had_no_guests(tmp_path: Path) -> None:
    data = april_2025(previous_month_total=0, previous_month_open_days=0)
    text = "\n".join(page_texts(render(tmp_path, data)))

    assert f"Gjester totalt\n{norwegian_int(data.total)}\n0\n–" in text
    assert "Gjennomsnitt per åpen dag\n" in text
    summary = text.split("Gjester totalt")[1].split("Gjester per dag\n")[0]
    assert "%" not in summary


def test_chart_labels_days_with_weekday_and_keeps_closed_days(tmp_path: Path) -> None:
    first_page = page_texts(render(tmp_path))[0]
    chart = first_page.split("Gjester per dag\n")[1]

    # CLDR's short Norwegian weekday names ("ti.", "ma.").
    assert re.search(r"ti\.\n\s*1\n", chart)  # 1 April 2025 was a Tuesday
    assert re.search(r"ma\.\n\s*21\n", chart)  # Easter Monday: closed, still on the axis
    assert "lø" not in chart  # weekends without guests are left out


def test_weekend_rows_only_when_a_weekend_had_guests(tmp_path: Path) -> None:
    weekdays_only = "\n".join(page_texts(render(tmp_path)))
    saturday = april_2025(previous_weekday_averages=(195.0, 199.0, 200.0, 185.5, 165.0, 42.0, None))
    with_saturday = "\n".join(page_texts(render(tmp_path, saturday)))

    assert "Fredag" in weekdays_only
    assert "Lørdag" not in weekdays_only and "Søndag" not in weekdays_only
    assert "Lørdag\n–\n42,0\n–" in with_saturday
    assert "Søndag" not in with_saturday


def test_every_page_counts_right_in_footer(tmp_path: Path) -> None:
    texts = page_texts(render(tmp_path))

    assert len(texts) >= 2
    assert_footers(texts, PAGE_FOOTER)
    for text in texts:
        assert SITE in text and "Gjesterapport april 2025" in text  # header line


def test_daily_table_split_over_pages_repeats_its_header(tmp_path: Path) -> None:
    data = april_2025()
    daily_table = build_story(data, guest_report_labels("nb"))[-1]
    # Push the table down so that it must continue on the next page. (In the report its
    # heading keeps it together, so a month's table only splits when it is over a page.)
    story = [Spacer(1, 150 * mm), daily_table]
    texts = page_texts(build_numbered(tmp_path / "long.pdf", story))

    assert len(texts) == 2
    assert_footers(texts, PAGE_FOOTER)
    first_date_on_page_2 = texts[1].index(".04.2025")
    assert "Dato\nUkedag\n Gjest\n Besøkende\n Deltaker\n Totalt" in texts[1][:first_date_on_page_2]
    assert texts[0].count(".04.2025") + texts[1].count(".04.2025") == 21


def test_pdf_metadata_names_title_author_and_language(tmp_path: Path) -> None:
    reader = PdfReader(render(tmp_path))

    assert reader.metadata is not None
    assert reader.metadata.title == "Gjesterapport april 2025"
    assert reader.metadata.author == "Kari Nordmann"
    assert reader.metadata.subject == f"Gjester i {SITE}, april 2025"
    assert str(reader.root_object["/Lang"]) == "nb-NO"


def test_only_embedded_dejavu_fonts_are_used(tmp_path: Path) -> None:
    reader = PdfReader(render(tmp_path))
    base_fonts = set()
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for font_ref in resources["/Font"].values():
            font = font_ref.get_object()
            if "/DescendantFonts" in font:
                font = font["/DescendantFonts"][0].get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
            base_fonts.add(str(font["/BaseFont"]))

    assert all("DejaVuSans" in name for name in base_fonts), base_fonts
    assert any(name.endswith("DejaVuSans-Bold") for name in base_fonts)


def test_english_labels(tmp_path: Path) -> None:
    data = april_2025()
    texts = page_texts(render(tmp_path, data, lang="en"))
    text = "\n".join(texts)

    assert "Guest report April 2025" in text
    assert "Total guests" in text and "Average per weekday" in text
    assert f"{data.total:,}" in text  # "4,123"
    assert "187.4" in text
    assert "Side" not in text and "Gjennomsnitt" not in text
    assert_footers(texts, re.compile(r"Page (\d+) of (\d+)"))
    lang = PdfReader(tmp_path / "gjesterapport.pdf").root_object["/Lang"]
    assert str(lang) == "en-GB"


def test_month_without_guests_says_so(tmp_path: Path) -> None:
    empty = april_2025(days=(), weekday_averages=(None,) * 7)
    texts = page_texts(render(tmp_path, empty))

    assert len(texts) == 1
    assert "Ingen gjester registrert denne måneden." in texts[0]
    assert "Gjesterapport april 2025" in texts[0]
    assert "Gjester totalt\n0\n4 100\n−100,0 %" in texts[0]
    assert "Side 1 av 1" in texts[0]


def test_progress_is_reported_per_page(tmp_path: Path) -> None:
    progress = RecordingProgress()
    out = build_numbered(tmp_path / "long.pdf", many_paragraphs(200), progress)
    pages = len(PdfReader(out).pages)

    assert pages >= 3
    assert progress.reports[:pages] == [(n, 0) for n in range(1, pages + 1)]
    assert progress.reports[pages:] == [(n, pages) for n in range(1, pages + 1)]


# 200 lines make 4 pages: 4 reports while laying out, then 4 while finishing the pages.
@pytest.mark.parametrize("cancel_after", [0, 2, 5], ids=["before-start", "laying-out", "finishing-pages"])
def test_cancelled_render_leaves_nothing_behind(tmp_path: Path, cancel_after: int) -> None:
    out = tmp_path / "rapport.pdf"
    progress = RecordingProgress(cancel_after_reports=cancel_after)

    with pytest.raises(RenderCancelled):
        build_numbered(out, many_paragraphs(200), progress)

    assert list(tmp_path.iterdir()) == []


def test_failed_render_keeps_the_previous_file(tmp_path: Path) -> None:
    out = tmp_path / "gjesterapport.pdf"
    out.write_bytes(b"previous report")

    with pytest.raises(RuntimeError, match="boom"):
        build_numbered(out, [*many_paragraphs(5), Explodes()])
    with pytest.raises(RenderCancelled):
        render_guest_month_report(april_2025(), guest_report_labels("nb"), out, RecordingProgress(1))

    assert out.read_bytes() == b"previous report"
    assert list(tmp_path.iterdir()) == [out]


def test_successful_render_replaces_the_previous_file(tmp_path: Path) -> None:
    out = tmp_path / "gjesterapport.pdf"
    out.write_bytes(b"previous report")

    render(tmp_path)

    assert out.read_bytes().startswith(b"%PDF")
    assert "Gjesterapport april 2025" in page_texts(out)[0]
    assert list(tmp_path.iterdir()) == [out]


def test_labels_for_unknown_language_are_refused() -> None:
    assert guest_report_labels() == guest_report_labels("nb")
    with pytest.raises(ValueError):
        guest_report_labels("sv")


def test_inconsistent_data_is_refused_before_rendering() -> None:
    with pytest.raises(ValueError):
        april_2025(categories=("Gjest",))
    with pytest.raises(ValueError):
        april_2025(weekday_averages=(200.0,) * 5)
