"""The kitchen's figures, each next to its floor measured in the same run, as medians.

    uv run python bench/generate.py          # once: 2,000 dishes and ten years of menus (and taps)
    uv run python bench/menus.py [--db URL] [--runs 15] [--only poster|grid]

poster  The allergen poster of a busy week (A3, every dish with its allergen words, the
        sentences and the legend): `render_poster` laying out and writing the PDF from the
        menu as read, next to raw reportlab (`Canvas.drawString`, `rect` and `line`, no layout)
        drawing the same texts, boxes and rules in the same fonts at the same sizes onto the
        same number of A3 pages, with the same header and footer, written to the same folder.
        Runs alternate; both are warm (fonts registered, modules imported). Also: a day's
        poster (which takes the largest type that fits one page) and the whole user action
        `render_menu` (read + layout + write + the print logged).
grid    The menu page: from the page's construction in a fresh process that is already
        logged in (the workspace up) until the week is painted and the dish picker holds all
        2,000 dishes; next to the floor, a bare QWidget page with a QTableWidget of the same
        5 x 7 cells painted.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.generate import BENCH_SYSTEM, default_url  # noqa: E402
from canteen_app.app import AppServices, open_app  # noqa: E402
from canteen_app.canteen.menus.dto import MenuDay  # noqa: E402
from canteen_app.canteen.menus.menu_print import MenuPrintData, dish_text, legend  # noqa: E402
from canteen_app.canteen.menus.rules import PrintKind, monday_of  # noqa: E402
from canteen_app.core.dates import local_day, utc_now  # noqa: E402


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def busy_monday(services: AppServices) -> date:
    """This week's Monday, or the last week before it with five open days and dishes."""
    monday = monday_of(local_day(utc_now()))
    while not all(day.dishes for day in week_days(services, monday)):
        monday -= timedelta(weeks=1)
    return monday


def week_days(services: AppServices, monday: date) -> list[MenuDay]:
    return services.read(lambda app: app.menus.days(BENCH_SYSTEM, monday, monday + timedelta(days=4))).value


def print_data(services: AppServices, kind: PrintKind, first: date, last: date) -> MenuPrintData:
    return services.menus._print_data(BENCH_SYSTEM, kind, first, last, "nb")  # the read the render uses


# --- raw reportlab: the same texts, no layout --------------------------------------------------


# One line of the floor: font, text, size, colour, a label ("Allergener: ") drawn in regular
# before the text, and a shape: a colour filled behind the line, "rule" for a rule above it.
RawLine = tuple[str, str, float, object, str, object]


def raw_lines(data: MenuPrintData) -> list[RawLine]:
    """The poster's texts (Norwegian), in its sizes, fonts and colours, in its order."""
    from canteen_app.canteen.menus.menu_labels import NB
    from canteen_app.canteen.menus.menu_pdf import CLOSED_BG
    from canteen_app.canteen.menus.menu_print import closed_reason, title
    from canteen_app.documents.fonts import FONT_BOLD, FONT_REGULAR
    from canteen_app.documents.styles import Palette

    ink, muted, accent = Palette.INK, Palette.MUTED, Palette.ACCENT
    lines: list[RawLine] = [(FONT_BOLD, title(data), 34, accent, "", None)]
    if data.first != data.last:
        lines.append((FONT_REGULAR, NB.period(data.first, data.last), 17, ink, "", None))
    lines.append((FONT_BOLD, NB.ask_us, 32, Palette.WHITE, "", accent))
    for day in data.days:
        lines.append((FONT_BOLD, NB.weekday_and_date(day.day), 28, accent, "", None))
        if day.closed:
            closed = f"{NB.closed} – {closed_reason(data, day).nb}"
            lines.append((FONT_BOLD, closed, 24, ink, "", CLOSED_BG))
        elif not day.dishes:
            lines.append((FONT_REGULAR, NB.nothing_planned, 17, muted, "", None))
        for dish in day.dishes:
            text = dish_text(dish, english=False)
            lines.append((FONT_REGULAR, text.course.nb, 14, muted, "", "rule"))
            lines.append((FONT_BOLD, text.name.nb, 26, ink, "", None))
            if text.diet:
                lines.append((FONT_REGULAR, text.diet.nb, 17, accent, "", None))
            lines.append((FONT_BOLD, text.contains.nb, 17, ink, f"{NB.contains}: ", None))
            if text.traces:
                lines.append((FONT_BOLD, text.traces.nb, 17, ink, f"{NB.may_contain}: ", None))
    lines.append((FONT_REGULAR, NB.trace_explanation, 16, ink, "", Palette.HEADER_BG))
    lines.append((FONT_BOLD, NB.legend_heading, 20, accent, "", None))
    for number, words in enumerate(legend(english=False), start=1):
        lines.append((FONT_REGULAR, words.nb, 13, ink, f"{number}. ", None))
    return lines


def raw_poster(data: MenuPrintData, out: Path, pages: int) -> None:
    """Draw the poster's texts with drawString, wrapped to the page's width with reportlab's
    simpleSplit, line after line at the poster's sizes and in its fonts and colours, with the
    poster's boxes and rules (the dark notice, a closed day's box, the explanation's box, a rule
    between dishes) and the page template's header and footer on every page: the same content
    with no layout engine. The lines are shared out evenly over the poster's number of pages."""
    from reportlab.lib.pagesizes import A3
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    from canteen_app.canteen.menus.menu_print import generated_text, page_of, subject, title
    from canteen_app.documents.fonts import FONT_BOLD, FONT_REGULAR, register_fonts
    from canteen_app.documents.styles import Palette

    register_fonts()
    left, width, right = 50, A3[0] - 100, A3[0] - 50
    wrapped: list[RawLine] = []
    for font, text, size, colour, label, shape in raw_lines(data):
        room = width - stringWidth(label, FONT_REGULAR, size)
        for index, part in enumerate(simpleSplit(text, font, size, room)):
            wrapped.append((font, part, size, colour, label if index == 0 else "", shape))
    canvas = Canvas(str(out), pagesize=A3, initialFontName=FONT_REGULAR)
    canvas.setTitle(title(data))
    canvas.setAuthor(data.author)
    canvas.setSubject(subject(data))
    made, page_text = generated_text(data), page_of(data)
    per_page = -(-len(wrapped) // pages)
    for page, start in enumerate(range(0, len(wrapped), per_page), start=1):
        canvas.setFillColor(Palette.MUTED)  # the header and footer
        canvas.setFont(FONT_BOLD, 10)
        canvas.drawString(left, A3[1] - 30, data.site_name)
        canvas.setFont(FONT_REGULAR, 10)
        canvas.drawRightString(right, A3[1] - 30, title(data))
        canvas.drawString(left, 30, made)
        canvas.drawRightString(right, 30, page_text.format(page=page, pages=pages))
        canvas.setStrokeColor(Palette.RULE)
        canvas.line(left, A3[1] - 38, right, A3[1] - 38)
        canvas.line(left, 42, right, 42)
        y, fill = A3[1] - 60, None
        for font, text, size, colour, label, shape in wrapped[start : start + per_page]:
            if shape == "rule":
                canvas.line(left, y + size * 1.2, right, y + size * 1.2)
            elif shape is not None:
                canvas.setFillColor(shape)
                canvas.rect(left, y - size * 0.4, width, size * 1.3, stroke=0, fill=1)
                fill = shape
            if colour is not fill:
                canvas.setFillColor(colour)
                fill = colour
            x = left
            if label:
                canvas.setFont(FONT_REGULAR, size)
                canvas.drawString(x, y, label)
                x += stringWidth(label, FONT_REGULAR, size)
            canvas.setFont(font, size)
            canvas.drawString(x, y, text)
            y -= size * 1.3
        canvas.showPage()
    canvas.save()


def bench_poster(services: AppServices, runs: int) -> None:
    from pypdf import PdfReader

    from canteen_app.canteen.menus.poster_pdf import render_poster

    monday = busy_monday(services)
    friday = monday + timedelta(days=4)
    week = print_data(services, PrintKind.POSTER, monday, friday)
    day = print_data(services, PrintKind.POSTER, monday + timedelta(days=2), monday + timedelta(days=2))
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        pages = len(PdfReader(render_poster(week, out / "warm.pdf")).pages)
        raw_poster(week, out / "raw-warm.pdf", pages)
        timings: dict[str, list[float]] = {"poster": [], "raw": [], "day": [], "raw-day": [], "action": []}
        day_pages = len(PdfReader(render_poster(day, out / "day-warm.pdf")).pages)
        jobs: dict[str, Callable[[int], object]] = {
            "poster": lambda n: render_poster(week, out / f"p{n}.pdf"),
            "raw": lambda n: raw_poster(week, out / f"r{n}.pdf", pages),
            "day": lambda n: render_poster(day, out / f"d{n}.pdf"),
            "raw-day": lambda n: raw_poster(day, out / f"rd{n}.pdf", day_pages),
            "action": lambda n: services.menus.render_menu(
                BENCH_SYSTEM, PrintKind.POSTER, monday, friday, "nb", out / f"a{n}.pdf"
            ),
        }
        for run in range(runs):
            for name, job in jobs.items():
                started = time.perf_counter()
                job(run)
                timings[name].append(time.perf_counter() - started)
    dishes = sum(len(d.dishes) for d in week.days)
    print(
        f"poster of week {monday.isocalendar().week} ({dishes} dishes, {pages} A3 pages), medians of {runs}:"
    )
    print(f"  raw reportlab, same texts:  {median_ms(timings['raw']):7.1f} ms")
    ratio = median_ms(timings["poster"]) / median_ms(timings["raw"])
    print(f"  poster (layout + write):    {median_ms(timings['poster']):7.1f} ms = {ratio:.2f}x raw")
    day_ratio = median_ms(timings["day"]) / median_ms(timings["raw-day"])
    print(f"  raw reportlab, one day:     {median_ms(timings['raw-day']):7.1f} ms")
    print(f"  a day's poster (fit tries): {median_ms(timings['day']):7.1f} ms = {day_ratio:.2f}x raw")
    action = median_ms(timings["action"])
    print(f"  render_menu, whole action:  {action:7.1f} ms (read + layout + write + logged)")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", default=None)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--only", choices=("poster", "grid"))
    args = parser.parse_args()
    url = args.db or default_url()
    if args.only in (None, "poster"):
        services = open_app(url)
        try:
            bench_poster(services, args.runs)
        finally:
            services.close()
    if args.only in (None, "grid"):
        from bench.menu_grid import bench_grid

        bench_grid(url, args.runs)


if __name__ == "__main__":
    main()
