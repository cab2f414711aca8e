"""The PDF preview: a real report made by reportlab, shown, zoomed, saved and printed."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from canteen_app.canteen.statistics.guest_report import DayRow, GuestMonthData, render_guest_month_report
from canteen_app.canteen.statistics.guest_report_labels import guest_report_labels
from tests.gui.conftest import save_screenshot
from ui.common.pdf_preview import PdfPreviewDialog


def _october_2026() -> GuestMonthData:
    rnd = random.Random(10)
    rows = []
    day = date(2026, 10, 1)
    while day.month == 10:
        if day.weekday() < 5:
            counts = (rnd.randint(150, 190), rnd.randint(5, 25), rnd.randint(5, 15))
            rows.append(DayRow(day, sum(counts), counts))
        day += timedelta(days=1)
    return GuestMonthData(
        site_name="Rådhuskantina",
        month=date(2026, 10, 1),
        categories=("Guest", "Visitor", "Participant"),
        days=tuple(rows),
        previous_month_total=4300,
        previous_month_open_days=22,
        weekday_averages=(201.5, 198.0, 205.25, 190.0, 187.4, None, None),
        previous_weekday_averages=(195.0, 199.0, 200.0, 185.5, 165.0, None, None),
        generated_at=datetime(2026, 11, 2, 9, 15),
        author="Kari Nordmann",
    )


@pytest.fixture
def report(tmp_path: Path) -> Path:
    folder = tmp_path / "rendered"
    folder.mkdir()
    return render_guest_month_report(
        _october_2026(), guest_report_labels("en"), folder / "guest-report-2026-10.pdf"
    )


@pytest.fixture
def dialog(qtbot: QtBot, report: Path) -> PdfPreviewDialog:
    preview = PdfPreviewDialog(report, "Guest report October 2026")
    qtbot.addWidget(preview)
    preview.resize(800, 900)
    preview.show()
    qtbot.waitExposed(preview)
    return preview


def _has_ink(image: QImage) -> bool:
    """True when the middle of the picture is not one flat colour (a page was painted)."""
    first = image.pixelColor(image.width() // 2, image.height() // 4)
    step = max(1, image.width() // 80)
    for y in range(image.height() // 8, image.height() // 2, step):
        for x in range(image.width() // 8, image.width() * 7 // 8, step):
            if image.pixelColor(x, y) != first:
                return True
    return False


def test_shows_every_page_of_the_pdf(qtbot: QtBot, dialog: PdfPreviewDialog, report: Path) -> None:
    pages = len(PdfReader(report).pages)
    assert pages >= 2  # the daily table goes on a second page
    assert dialog.objectName() == "pdfPreviewDialog"
    assert dialog.windowTitle() == "Guest report October 2026"
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.page_count == pages
    assert dialog.page_label.text() == f"Page 1 of {pages}"
    assert dialog.view.pageMode() == QPdfView.PageMode.MultiPage
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    # Pages are painted in the background; wait until the first one is really there.
    qtbot.waitUntil(lambda: _has_ink(dialog.view.viewport().grab().toImage()), timeout=10_000)
    save_screenshot(dialog, "pdf_preview_dialog")
    # Scrolling down moves the page counter along.
    bar = dialog.view.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: dialog.page_label.text() == f"Page {pages} of {pages}", timeout=5_000)


def test_zoom_in_and_out_and_back_to_the_width(dialog: PdfPreviewDialog) -> None:
    fitted = dialog.effective_zoom()
    assert 0.3 < fitted < 3
    dialog.zoom_in()
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert dialog.view.zoomFactor() == pytest.approx(fitted * 1.25)
    dialog.zoom_out()
    dialog.zoom_out()
    assert dialog.view.zoomFactor() == pytest.approx(fitted / 1.25)
    for _ in range(20):
        dialog.zoom_out()
    assert dialog.view.zoomFactor() == pytest.approx(0.25)  # not into nothing
    dialog.fit_width()
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert dialog.effective_zoom() == pytest.approx(fitted)


def test_save_as_writes_an_identical_copy(
    qtbot: QtBot, dialog: PdfPreviewDialog, report: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target_folder = tmp_path / "documents" / "reports"
    target_folder.mkdir(parents=True)
    asked: list[str] = []

    def choose(
        parent: object, caption: str, directory: str, filter: str = "", *args: object
    ) -> tuple[str, str]:
        asked.append(directory)
        return str(target_folder / "oktober"), "PDF documents (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    with qtbot.waitSignal(dialog.saved, timeout=5_000) as saved:
        dialog.save_button.click()
    target = target_folder / "oktober.pdf"  # the missing suffix is added
    assert saved.args == [target]
    assert target.read_bytes() == report.read_bytes()
    assert asked[0].endswith("guest-report-2026-10.pdf")  # the file's own name is offered
    assert [p.name for p in target_folder.iterdir()] == ["oktober.pdf"]  # no temporary file left

    # Saving over an existing file replaces it whole.
    target.write_bytes(b"old")
    dialog.save_as()
    assert target.read_bytes() == report.read_bytes()


def test_cancelling_save_as_writes_nothing(
    dialog: PdfPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: ("", "")))
    assert dialog.save_as() is None


def test_prints_every_page_or_the_chosen_range(dialog: PdfPreviewDialog, tmp_path: Path) -> None:
    def printer_to(path: Path) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setResolution(150)
        printer.setOutputFileName(str(path))
        return printer

    everything = tmp_path / "printed-all.pdf"
    assert dialog.print_to(printer_to(everything)) == dialog.page_count
    assert len(PdfReader(everything).pages) == dialog.page_count

    second = tmp_path / "printed-second.pdf"
    printer = printer_to(second)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    assert dialog.print_to(printer) == 1
    assert len(PdfReader(second).pages) == 1
    # The page was painted, not left blank: a printed page holds an image of the report.
    page = PdfReader(second).pages[0]
    assert page.images, "the printed page carries the rendered report page"


def test_a_file_that_is_not_a_pdf_is_reported_not_crashed_on(qtbot: QtBot, tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"this is not a PDF")
    preview = PdfPreviewDialog(broken, "Broken")
    qtbot.addWidget(preview)
    assert preview.page_count == 0
    assert preview.error_label.isVisibleTo(preview)
    assert "could not be opened" in preview.error_label.text()
    assert not preview.print_button.isEnabled()


def test_colour_helper_sees_a_blank_image_as_blank() -> None:
    blank = QImage(200, 200, QImage.Format.Format_RGB32)
    blank.fill(QColor("white"))
    assert not _has_ink(blank)
