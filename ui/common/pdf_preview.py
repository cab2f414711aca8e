"""Preview of a finished PDF before it is saved or printed (guest reports, later dossiers and
menus): every page in one scrolling column, fit to the window's width, zoom, "Save as…",
"Print…".

The dialog shows a file that already exists (usually in a temporary folder); saving copies it
atomically, so the chosen name never points at half a file.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF, QStandardPaths, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QPageLayout, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from canteen_app.core.files import atomic_output

log = logging.getLogger(__name__)

MIN_ZOOM = 0.25
MAX_ZOOM = 4.0
ZOOM_STEP = 1.25
# Pages are printed as images; 300 dpi is sharp on paper without gigabytes of memory.
MAX_PRINT_DPI = 300


class PdfPreviewDialog(QDialog):
    """Shows the PDF at `path` under `title`, with zoom, "Save as…", "Print…" and "Close".

    The file stays open while the dialog exists; give the dialog `WA_DeleteOnClose` (or delete
    it) before removing the file, which Windows would otherwise refuse.
    """

    saved = Signal(object)  # the Path the copy was written to

    # Where the last "Save as…" went, so the next one starts there (for this run of the app).
    last_save_folder: Path | None = None

    def __init__(self, path: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreviewDialog")
        self.setWindowTitle(title)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.path = Path(path)
        self.title = title
        self._document = QPdfDocument(self)
        self._build()
        self._load()
        self._fit_to_screen()

    # --- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        bar = QHBoxLayout()
        self.zoom_out_button = self._button(
            "pdfZoomOut", self.tr("Zoom &out"), self.tr("Make the pages smaller")
        )
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_in_button = self._button("pdfZoomIn", self.tr("Zoom &in"), self.tr("Make the pages larger"))
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.fit_button = self._button(
            "pdfFitWidth", self.tr("&Fit width"), self.tr("Fit the pages to the window")
        )
        self.fit_button.clicked.connect(self.fit_width)
        self.page_label = QLabel()
        self.page_label.setObjectName("pdfPageCount")
        self.page_label.setMinimumWidth(
            self.page_label.fontMetrics().horizontalAdvance("Page 888 of 888") + 16
        )
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.save_button = self._button("pdfSaveAs", self.tr("&Save as…"), self.tr("Save a copy of the PDF"))
        self.save_button.clicked.connect(self.save_as)
        self.print_button = self._button("pdfPrint", self.tr("&Print…"), self.tr("Print the document"))
        self.print_button.clicked.connect(self.print_document)
        self.close_button = self._button("pdfClose", self.tr("&Close"), self.tr("Close the preview"))
        self.close_button.clicked.connect(self.reject)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.page_label)
        bar.addStretch(1)
        for widget in (self.save_button, self.print_button, self.close_button):
            bar.addWidget(widget)
        layout.addLayout(bar)

        self.error_label = QLabel()
        self.error_label.setObjectName("pdfError")
        self.error_label.setProperty("severity", "error")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)

        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName(self.tr("Pages of {title}").format(title=self.title))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setDocument(self._document)
        self.view.pageNavigator().currentPageChanged.connect(self._update_page_label)
        layout.addWidget(self.view, 1)

        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
            (QKeySequence.StandardKey.Save, self.save_as),
            (QKeySequence.StandardKey.SaveAs, self.save_as),
            (QKeySequence.StandardKey.Print, self.print_document),
        ):
            QShortcut(QKeySequence(keys), self, slot)

    def _button(self, name: str, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        button.setMinimumHeight(36)
        return button

    def _fit_to_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(900, 1000)
            return
        available = screen.availableGeometry()
        height = int(available.height() * 0.9)
        # An A4 page at the window's width, plus room for the buttons and the scroll bar.
        width = min(int(available.width() * 0.9), max(760, int(height * 0.8)))
        self.resize(width, height)

    def _load(self) -> None:
        error = self._document.load(str(self.path))
        if error != QPdfDocument.Error.None_ or self._document.pageCount() < 1:
            log.error("Could not open %s for preview: %s", self.path, error)
            self.error_label.setText(
                self.tr("The document could not be opened: {path}").format(path=self.path)
            )
            self.error_label.setVisible(True)
            for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button, self.print_button):
                button.setEnabled(False)
            self.save_button.setEnabled(self.path.is_file())
        self._update_page_label()

    # --- what tests and callers read ---------------------------------------------------------

    @property
    def document(self) -> QPdfDocument:
        return self._document

    @property
    def page_count(self) -> int:
        return self._document.pageCount()

    @property
    def current_page(self) -> int:
        """The page at the top of the view, from 0."""
        return self.view.pageNavigator().currentPage()

    def _update_page_label(self) -> None:
        pages = self.page_count
        if pages < 1:
            self.page_label.setText("")
            return
        self.page_label.setText(
            self.tr("Page {page} of {pages}").format(page=self.current_page + 1, pages=pages)
        )

    # --- zoom --------------------------------------------------------------------------------

    def effective_zoom(self) -> float:
        """The scale the pages are shown at now (1.0 = real size), also while fitting the width."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or self.page_count < 1:
            return self.view.zoomFactor()
        page_width = self._document.pagePointSize(0).width() * self.view.logicalDpiX() / 72.0
        margins = self.view.documentMargins()
        room = self.view.viewport().width() - margins.left() - margins.right()
        return room / page_width if page_width > 0 else 1.0

    def zoom_in(self) -> None:
        self._set_zoom(self.effective_zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self.effective_zoom() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(MIN_ZOOM, min(MAX_ZOOM, factor)))

    # --- save --------------------------------------------------------------------------------

    def save_as(self) -> Path | None:
        """Ask where to save, then copy the PDF there atomically; returns the new path."""
        folder = PdfPreviewDialog.last_save_folder or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home()
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save PDF as"),
            str(folder / self.path.name),
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        if target.resolve() == self.path.resolve():
            return target  # it is already there
        try:
            with atomic_output(target) as temporary:
                shutil.copyfile(self.path, temporary)
        except OSError as error:
            log.error("Could not save %s to %s", self.path, target, exc_info=error)
            QMessageBox.warning(
                self,
                self.tr("Save PDF as"),
                self.tr("The PDF could not be saved to {path}:\n{error}").format(
                    path=target, error=error.strerror or error
                ),
            )
            return None
        PdfPreviewDialog.last_save_folder = target.parent
        self.saved.emit(target)
        return target

    # --- print -------------------------------------------------------------------------------

    def print_document(self) -> None:
        """Ask for the printer and pages, then print."""
        if self.page_count < 1:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        first = self._document.pagePointSize(0)
        printer.setPageSize(QPageSize(QSizeF(first.width(), first.height()), QPageSize.Unit.Point))
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape
            if first.width() > first.height()
            else QPageLayout.Orientation.Portrait
        )
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print {title}").format(title=self.title))
        dialog.setMinMax(1, self.page_count)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            printed = self.print_to(printer)
        finally:
            QApplication.restoreOverrideCursor()
        if printed == 0:
            QMessageBox.warning(self, self.tr("Print"), self.tr("The printer could not be started."))

    def print_to(self, printer: QPrinter) -> int:
        """Paint the chosen pages (all, or the printer's page range) on `printer`, each scaled
        to fit the printable area; returns how many pages were printed (0: printer failed)."""
        count = self.page_count
        first, last = 0, count - 1
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first = max(0, printer.fromPage() - 1)
            last = min(count - 1, (printer.toPage() or count) - 1)
        if first > last:
            return 0
        painter = QPainter()
        if not painter.begin(printer):
            log.error("Could not start printing %s", self.path)
            return 0
        printed = 0
        try:
            area = printer.pageRect(QPrinter.Unit.DevicePixel)
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            for page in range(first, last + 1):
                if printed:
                    printer.newPage()
                points = self._document.pagePointSize(page)
                pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                image = self._document.render(page, pixels)
                scale = min(area.width() / points.width(), area.height() / points.height())
                size = QSizeF(points.width() * scale, points.height() * scale)
                # Painter coordinates start at the printable area's corner.
                origin = QPointF((area.width() - size.width()) / 2, (area.height() - size.height()) / 2)
                painter.drawImage(QRectF(origin, size), image)
                printed += 1
        finally:
            painter.end()
        return printed


__all__ = ["PdfPreviewDialog"]
