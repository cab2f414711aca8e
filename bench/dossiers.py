"""The referral dossier's figures, each next to its floor measured in the same run, as medians.

    uv run python bench/dossiers.py [--runs 31] [--batch 100] [--only render|batch]
    TMPDIR=/dev/shm uv run python bench/dossiers.py     # the same with fsync taken out

Its own data: a fresh SQLite file in a temporary folder with `--batch` participants (default
100), each with a training plan of five assessed goals (two assessments each), twenty days of
attendance, two certificates, two references, three spoken languages, a photo, a consent
covering every kind of data and a referral with the coach's statement and an approved
accommodation text; every dossier is three A4 pages, as a real one.

render  One dossier laid out and written: `dossier_pdf.render_dossier` (platypus, the shared
        page template with "Side X av Y", embedded subset fonts, metadata, the atomic 0600 write)
        from the content as read, next to raw reportlab (`Canvas.drawString`, lines wrapped with
        `simpleSplit`, no layout engine) drawing the same texts in the same fonts and sizes, the
        photo, rules and header and footer onto the same number of A4 pages, written to the same
        folder. Runs alternate; both warm. Also the whole export (`DossierService.render`:
        consent check with its lock, read, layout, write and the audit entry, one transaction).
batch   The batch of all referrals through the real UI: the batch dialog (DossierBatchDialog)
        with every referral ticked, "Export" pressed, run by `ops.render` in a worker with its
        progress dialog, until the answer is on screen; a 5 ms timer on the GUI thread measures
        the longest the event loop could not run (it must stay under 50 ms). Before it, what is
        loaded moves to the permanent generation (`gc.freeze`), as the program does after its
        start-up (ui/shell/app.py): otherwise a full collection of the render runs' garbage,
        in the worker, holds the interpreter for 80-150 ms. Also the whole batch's time and the
        time per dossier.
"""

from __future__ import annotations

import argparse
import gc
import io
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from canteen_app.access import Actor, Role  # noqa: E402
from canteen_app.app import AppServices, open_app  # noqa: E402
from canteen_app.core.dates import local_day, utc_now  # noqa: E402
from canteen_app.referrals.consent.rules import CATEGORY_ORDER, ConsentInput, latest_expiry  # noqa: E402
from canteen_app.referrals.dossiers.dto import DossierContent  # noqa: E402
from canteen_app.referrals.dossiers.rules import CertificateInput, DraftInput, ReferenceInput  # noqa: E402
from canteen_app.referrals.partners.rules import (  # noqa: E402
    CompanyInput,
    ContactInput,
    LocationInput,
    NeedInput,
    PositionInput,
)
from canteen_app.referrals.referrals.dto import ReferralInput  # noqa: E402
from canteen_app.training.attendance.rules import AttendanceStatus, DayInput  # noqa: E402
from canteen_app.training.participants.rules import ParticipantInput  # noqa: E402
from canteen_app.training.plans.rules import AssessmentInput, PlanGoalInput  # noqa: E402

SYSTEM = Actor(None, "bench", Role.ADMIN, 1)
FIRST = ("Amal", "Jonas", "Olena", "Yonas", "Kari", "Ahmad", "Sara", "Piotr", "Hodan", "Eva")
LAST = ("Yusuf", "Berg", "Kovalenko", "Tesfay", "Nilsen", "Rahimi", "Lie", "Nowak", "Ali", "Haugen")
EVIDENCE = (
    "Gjorde oppgaven selvstendig på kald kjøkken hele uka, også når det var travelt i lunsjen.",
    "Fulgte steglisten og ba om hjelp ved nye maskiner; tømte og fylte oppvaskmaskinen riktig.",
    "Viste en ny deltaker hvordan temperaturloggen føres, og rettet et avvik selv.",
)


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


# --- the data -----------------------------------------------------------------------------------


def _photo() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (240, 320), (180, 150, 120)).save(out, format="PNG")
    return out.getvalue()


def generate(url: str, count: int) -> list[int]:
    """`count` participants, each referred with everything a dossier holds; the referral ids."""
    services = open_app(url)
    try:
        return _fill(services, count)
    finally:
        services.close()


def _fill(services: AppServices, count: int) -> list[int]:
    today = local_day(utc_now())
    coach = services.auth.create_user(SYSTEM, "Bench Coach", Role.JOB_COACH, "135790")
    actor = services.auth.login("Bench Coach", "135790")
    framework = services.read(lambda app: app.competence.framework(actor)).value
    goals = [area.goals[0].id for area in framework[:5]]

    def partner(app: AppServices) -> tuple[int, int, int, int]:
        company = app.partners.save_company(SYSTEM, CompanyInput("Nordlys Kantiner AS"))
        location = app.partners.save_location(SYSTEM, company, LocationInput("Nordlys Bjørvika", city="Oslo"))
        position = app.partners.save_position(
            SYSTEM, company, PositionInput("Kjøkkenassistent", needs=(NeedInput(1, None, 3),))
        )
        contact = app.partners.save_contact(
            SYSTEM, company, ContactInput("Ingrid Solberg", role="Kjøkkensjef", phone="22 33 44 55")
        )
        return company, location, position, contact

    company, location, position, contact = services.write(partner).value
    photo = _photo()
    start = today - timedelta(days=200)
    days = [d for d in (today - timedelta(days=40 - n) for n in range(40)) if d.weekday() < 5][:20]
    referrals = []
    for n in range(count):

        def person(app: AppServices, n: int = n) -> int:
            data = ParticipantInput(
                first_name=FIRST[n % len(FIRST)],
                last_name=LAST[(n // len(FIRST)) % len(LAST)],
                preferred_language="nb",
                nav_measure="arbeidstrening",
                measure_start=start,
                measure_planned_end=today + timedelta(days=200),
                participation_percent=80,
                coach_id=coach.id,
            )
            pid = app.participants.create(actor, data).id
            for k, goal_id in enumerate(goals):
                tasks = (
                    "Oppvask med maskin\nKald kjøkken: salater og påsmurt" if k % 2 else "Kasse og servering"
                )
                goal = app.plans.add_goal(actor, pid, PlanGoalInput(goal_id, target_level=3, tasks=tasks))
                app.plans.assess(
                    actor, AssessmentInput(goal.id, 2, today - timedelta(days=90), EVIDENCE[k % 3])
                )
                app.plans.assess(
                    actor, AssessmentInput(goal.id, 3, today - timedelta(days=9), EVIDENCE[(k + 1) % 3])
                )
            for k, day in enumerate(days):
                status = AttendanceStatus.EXCUSED if k % 9 == 4 else AttendanceStatus.PRESENT
                hours = Decimal("6") if status is AttendanceStatus.PRESENT else None
                app.attendance.record_day(
                    actor, pid, DayInput(day, status, hours, "Lege" if hours is None else "")
                )
            app.participants.set_photo(actor, pid, photo, False)
            app.dossiers.save_languages(actor, pid, ["ar", "nb", "en"])
            for name, issuer in (
                ("Hygienekurs", "Mattilsynets e-læring"),
                ("HMS-kurs", "Bedriftshelsetjenesten"),
            ):
                app.dossiers.save_certificate(
                    actor, pid, CertificateInput(name, start + timedelta(days=30), issuer)
                )
            for name, relation in (("Per Olsen", "Kjøkkensjef, Kantina"), ("Grete Lunde", "Veileder")):
                app.dossiers.save_reference(
                    actor, pid, ReferenceInput(name, relation, "41 23 45 67", "", start + timedelta(days=40))
                )
            given = today - timedelta(days=20)
            app.consents.record(
                actor,
                ConsentInput(
                    pid, company, contact, "Henvisning", CATEGORY_ORDER, given, latest_expiry(given)
                ),
            )
            referral = app.referrals.create(
                actor,
                ReferralInput(pid, company, location, position, contact, today - timedelta(days=10), ""),
            )
            details = app.referrals.referral(actor, referral)
            statement = (
                "Deltakeren møter presist, tar ansvar for egne oppgaver og ber om hjelp når noe er uklart. "
                "Har vist stor framgang på hygiene og renhold.\n\nJeg anbefaler deltakeren varmt."
            )
            app.referrals.update(actor, referral, details.version, contact, statement)
            app.dossiers.save_draft(
                actor,
                referral,
                DraftInput(frozenset(CATEGORY_ORDER), "Lærer nye oppgaver best med en skriftlig stegliste."),
            )
            return referral

        referrals.append(services.write(person).value)
    return referrals


# --- raw reportlab: the same texts, no layout ---------------------------------------------------------


def _raw_lines(content: DossierContent) -> list[tuple[str, float, str, bool]]:
    """Every line of the dossier's texts as (font, size, text, row): wrapped with simpleSplit; a
    `row` line is a table row of the dossier, drawn on its shaded box with a rule beneath."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.utils import simpleSplit

    from canteen_app.documents.fonts import FONT_BOLD, FONT_REGULAR
    from canteen_app.referrals.dossiers.dossier_labels import dossier_labels

    labels = dossier_labels(content.language)
    dates = labels.formats
    width = A4[0] - 40 * mm
    lines: list[tuple[str, float, str, bool]] = []

    def para(text: str, size: float = 10, font: str = FONT_REGULAR, row: bool = False) -> None:
        for number, part in enumerate(simpleSplit(text, font, size, width)):
            lines.append((font, size, part, row and number == 0))

    name = f"{content.person.first_name} {content.person.last_name}"
    recipient = content.recipient
    para(labels.letter_heading, 9, FONT_BOLD)
    for text in (content.site_name, content.coach_name, dates.long_date(content.written_on)):
        para(text, 9)
    for text in (
        recipient.company_name,
        labels.to_contact.format(name=f"{recipient.contact_name}, {recipient.contact_role}"),
        f"{recipient.location_name}, {recipient.location_city}",
    ):
        para(text, 10.5)
    para(labels.regarding.format(name=name, position=recipient.position_title), 11.5, FONT_BOLD)
    para(labels.greeting_contact.format(name=recipient.contact_name), 10.5)
    intro = labels.letter_intro.format(
        name=name, site=content.site_name, position=recipient.position_title, location=recipient.location_name
    )
    para(intro, 10.5)
    para(labels.letter_contents, 10.5)
    for item in (
        labels.holds_competences,
        labels.holds_tasks,
        labels.holds_certificates,
        labels.holds_attendance,
    ):
        para(f"• {item}", 10.5)
    for item in (labels.holds_accommodations, labels.holds_statement, labels.holds_references):
        para(f"• {item}", 10.5)
    for text in (labels.letter_consent, labels.letter_contact, labels.sign_off):
        para(text, 10.5)
    para(content.coach_name, 10.5, FONT_BOLD)
    para(labels.coach_title.format(site=content.site_name), 10.5)
    _raw_profile(content, para)
    return lines


def _raw_profile(content: DossierContent, para: Callable[..., None]) -> None:
    """The lines of the profile and its sections (see `_raw_lines`)."""
    from canteen_app.documents.fonts import FONT_BOLD
    from canteen_app.referrals.dossiers.dossier_labels import dossier_labels

    labels = dossier_labels(content.language)
    dates = labels.formats
    name = f"{content.person.first_name} {content.person.last_name}"
    recipient = content.recipient
    para(labels.title.upper(), 9, FONT_BOLD)
    para(name, 22, FONT_BOLD)
    para(f"{labels.position_sought}  {recipient.position_title}, {recipient.company_name}", 9, row=True)
    para(f"{labels.languages_spoken}  {', '.join(content.person.spoken_languages)}", 9, row=True)
    para(f"{labels.work_practice}  {content.site_name}", 9, row=True)
    para(f"{labels.job_coach}  {content.coach_name}", 9, row=True)
    para(labels.competences_heading, 12.5, FONT_BOLD)
    para(f"{labels.goal}   {labels.level}   {labels.assessed}", 8.5, FONT_BOLD, row=True)
    for line in content.competences:
        para(f"{line.area_number} {line.area_name}", 9, FONT_BOLD, row=True)
        para(
            f"{line.goal_text}   {line.level} {line.level_name}   {dates.short_date(line.assessed_on)}",
            9,
            row=True,
        )
        para(f"{labels.observed}: {line.evidence}", 8)
    para(labels.levels_note, 8)
    for level, words in labels.level_descriptions.items():
        para(f"{level} {labels.level_names[level]}: {words}", 8)
    para(labels.tasks_heading, 12.5, FONT_BOLD)
    for task in content.tasks:
        para(f"• {task}", 9)
    para(labels.certificates_heading, 12.5, FONT_BOLD)
    para(f"{labels.certificate}   {labels.issued}   {labels.issuer}", 8.5, FONT_BOLD, row=True)
    for certificate in content.certificates:
        para(
            f"{certificate.name}   {dates.short_date(certificate.issued_on)}   {certificate.issuer}",
            9,
            row=True,
        )
    para(labels.attendance_heading, 12.5, FONT_BOLD)
    if content.attendance_rate is not None:
        rate = dates.percent(float(content.attendance_rate) * 100, 0)
        para(f"{rate}   {labels.attendance_text.format(rate=rate)}", 10, row=True)
        para(labels.attendance_note, 8)
    para(labels.accommodations_heading, 12.5, FONT_BOLD)
    para(content.accommodations, 10)
    para(labels.accommodations_note, 8)
    para(labels.statement_heading, 12.5, FONT_BOLD)
    for part in content.statement.split("\n\n"):
        para(part, 10)
    para(f"– {content.coach_name}", 8)
    para(labels.references_heading, 12.5, FONT_BOLD)
    header = [
        labels.reference_name,
        labels.reference_relation,
        labels.reference_phone,
        labels.reference_email,
    ]
    para("   ".join(header), 8.5, FONT_BOLD, row=True)
    for reference in content.references:
        para(f"{reference.name}   {reference.relation}   {reference.phone}   {reference.email}", 9, row=True)
    para(labels.references_note, 8)
    para(labels.signatures_heading, 12.5, FONT_BOLD)
    para(f"{name}   {content.coach_name}", 9, FONT_BOLD, row=True)
    para(f"{labels.signature_participant} · {labels.signature_date}", 8.5)
    para(labels.confidential, 8)


def raw_dossier(content: DossierContent, out: Path, pages: int) -> None:
    """The dossier's texts drawn with drawString, wrapped to the page with simpleSplit, in the
    same fonts and sizes; each table row's shaded box and rule; the photo, the header and footer
    with their rules; on `pages` pages."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    from canteen_app.documents.fonts import FONT_BOLD, FONT_REGULAR, register_fonts
    from canteen_app.documents.styles import Palette
    from canteen_app.referrals.dossiers.dossier_labels import dossier_labels

    register_fonts()
    labels = dossier_labels(content.language)
    lines = _raw_lines(content)
    per_page = -(-len(lines) // pages)
    canvas = Canvas(str(out), pagesize=A4, initialFontName=FONT_REGULAR)
    canvas.setTitle(labels.title)
    canvas.setAuthor(content.coach_name)
    left, top = 20 * mm, A4[1] - 24 * mm
    for page in range(pages):
        canvas.setFont(FONT_BOLD, 8)
        canvas.drawString(left, A4[1] - 14 * mm, content.site_name)
        canvas.setFont(FONT_REGULAR, 8)
        canvas.drawRightString(A4[0] - 20 * mm, A4[1] - 14 * mm, labels.title)
        canvas.line(left, A4[1] - 16.5 * mm, A4[0] - 20 * mm, A4[1] - 16.5 * mm)
        canvas.drawString(left, 12 * mm, labels.generated_text(content.written_on))
        canvas.drawRightString(A4[0] - 20 * mm, 12 * mm, labels.page_of.format(page=page + 1, pages=pages))
        canvas.line(left, 16 * mm, A4[0] - 20 * mm, 16 * mm)
        if page == 1 and content.person.photo_png:
            canvas.drawImage(
                ImageReader(io.BytesIO(content.person.photo_png)),
                A4[0] - 52 * mm,
                top - 43 * mm,
                32 * mm,
                43 * mm,
            )
        y = top
        for font, size, text, row in lines[page * per_page : (page + 1) * per_page]:
            if row:
                canvas.setFillColor(Palette.ZEBRA_BG)
                canvas.rect(left, y - size * 0.4, A4[0] - 40 * mm, size * 1.35, stroke=0, fill=1)
                canvas.setStrokeColor(Palette.GRID)
                canvas.line(left, y - size * 0.4, A4[0] - 20 * mm, y - size * 0.4)
                canvas.setFillColor(Palette.INK)
            canvas.setFont(font, size)
            canvas.drawString(left, y, text)
            y -= size * 1.35
        canvas.showPage()
    canvas.save()


# --- the figures ------------------------------------------------------------------------------------


def bench_render(url: str, referrals: list[int], runs: int) -> None:
    from pypdf import PdfReader

    from canteen_app.referrals.dossiers.dossier_labels import dossier_labels
    from canteen_app.referrals.dossiers.dossier_pdf import render_dossier

    services = open_app(url)
    try:
        actor = services.auth.login("Bench Coach", "135790")
        referral = referrals[0]
        content = services.write(lambda app: app.dossiers.content(actor, referral)).value
        labels = dossier_labels("nb")
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder)
            pages = len(PdfReader(render_dossier(content, labels, out / "warm.pdf")).pages)
            raw_dossier(content, out / "raw-warm.pdf", pages)
            services.dossiers.render(actor, referral, out / "action-warm.pdf")
            timings: dict[str, list[float]] = {"dossier": [], "raw": [], "action": []}
            for run in range(runs):
                for name, job in (
                    ("dossier", lambda n=run: render_dossier(content, labels, out / f"d{n}.pdf")),
                    ("raw", lambda n=run: raw_dossier(content, out / f"r{n}.pdf", pages)),
                    ("action", lambda n=run: services.dossiers.render(actor, referral, out / f"a{n}.pdf")),
                ):
                    started = time.perf_counter()
                    job()
                    timings[name].append(time.perf_counter() - started)
    finally:
        services.close()
    ratio = median_ms(timings["dossier"]) / median_ms(timings["raw"])
    print(f"one dossier ({pages} A4 pages, {len(content.competences)} goals, photo), medians of {runs}:")
    print(f"  raw reportlab, same texts:     {median_ms(timings['raw']):7.1f} ms")
    print(f"  render_dossier (layout+write): {median_ms(timings['dossier']):7.1f} ms = {ratio:.2f}x raw")
    action = median_ms(timings["action"])
    print(f"  DossierService.render, action: {action:7.1f} ms (consent + read + write + logged)")


def bench_batch(url: str, referrals: list[int]) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from canteen_app.access import Role as _Role
    from ui.common.context import UiContext
    from ui.common.operations import Operations
    from ui.referrals.dossiers.batch import DossierBatchDialog

    class GuiClock(QObject):
        """The longest gap between ticks of a 5 ms timer on the GUI thread (includes its 5 ms)."""

        def __init__(self) -> None:
            super().__init__()
            self.longest = 0.0
            self.ticks = 0
            self._last = 0.0
            self._timer = QTimer(self)
            self._timer.setTimerType(Qt.TimerType.PreciseTimer)
            self._timer.setInterval(5)
            self._timer.timeout.connect(self._tick)

        def _tick(self) -> None:
            now = time.perf_counter()
            if now - self._last > self.longest:
                self.longest, self.at = now - self._last, self._last - self._started
            self._last = now
            self.ticks += 1

        def start(self) -> None:
            self.longest, self._last = 0.0, time.perf_counter()
            self._started, self.at = self._last, 0.0
            self._timer.start()

        def stop(self) -> float:
            self._tick()
            self._timer.stop()
            return self.longest

    _app = QApplication.instance() or QApplication([])
    services = open_app(url)
    # As the program does once its start-up imports are in (ui/shell/app.py): what is loaded
    # by now moves to the permanent generation, so collections during the batch do not walk it.
    gc.collect()
    gc.freeze()
    ops = Operations(services)
    actor = services.auth.login("Bench Coach", "135790")
    assert actor.role is _Role.JOB_COACH
    context = UiContext(ops, actor, "bench-pc", "nb", services.sites.name(actor.site_id), False)
    window = QWidget()
    window.resize(1280, 800)
    window.show()
    dialog = DossierBatchDialog(context, tuple(referrals), window)
    dialog.show()
    # Waits run the event loop (which sleeps until something happens), never a spinning loop.
    loaded = QEventLoop()
    dialog.loaded.connect(loaded.quit)
    dialog.load()
    loaded.exec()
    with tempfile.TemporaryDirectory() as folder:
        dialog.folder_edit.setText(folder)
        exported = QEventLoop()
        dialog.finished_export.connect(lambda _result: exported.quit())
        clock = GuiClock()
        clock.start()
        started = time.perf_counter()
        dialog.export()
        exported.exec()
        elapsed = time.perf_counter() - started
        longest = clock.stop()
        written = len(list(Path(folder).glob("*.pdf")))
    result = dialog.batch_result
    assert result is not None
    ops.wait_for_all(10_000)
    services.close()
    print(f"batch through the UI (ops.render), {len(referrals)} referrals:")
    print(f"  written {len(result.written)} ({written} files), skipped {len(result.skipped)}")
    each = elapsed / max(1, len(result.written)) * 1000
    print(f"  whole batch: {elapsed:7.2f} s = {each:6.1f} ms per dossier")
    gap = f"{longest * 1000:6.1f} ms (limit 50), from {clock.at * 1000:.0f} ms after Export"
    print(f"  GUI thread's longest gap (5 ms timer, {clock.ticks} ticks): {gap}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=31)
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--only", choices=("render", "batch"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="canteen-bench-dossiers-") as folder:
        url = f"sqlite:///{Path(folder) / 'dossiers.sqlite3'}"
        started = time.perf_counter()
        referrals = generate(url, args.batch)
        print(f"data: {len(referrals)} referrals in {time.perf_counter() - started:.1f} s")
        if args.only in (None, "render"):
            bench_render(url, referrals, args.runs)
        if args.only in (None, "batch"):
            bench_batch(url, referrals)


if __name__ == "__main__":
    main()
