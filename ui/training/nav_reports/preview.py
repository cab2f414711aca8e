"""The preview of a NAV report: the app's PDF preview over a temporary rendering, whose
"Save as…" makes the report anew where the coach chooses (so that every file kept has its own
export entry in the audit log, not only the preview's), and without "Print…" (a paper copy
would leave no entry; the coach prints the saved file)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ui.common.pdf_preview import PdfPreviewDialog


class NavReportPreview(PdfPreviewDialog):
    save_requested = Signal()  # "Save as…": the report dialog asks where and makes the file

    def __init__(
        self,
        path: Path,
        title: str,
        folder: tempfile.TemporaryDirectory[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(path, title, parent)
        self.setObjectName("navReportPreview")
        self._folder = folder
        self.print_button.hide()
        self.save_button.setAccessibleName(self.tr("Save the report as a PDF file"))
        # Closed: the document lets go of the file, and the private folder goes with it.
        self.finished.connect(self.remove_file)
        self.destroyed.connect(lambda *_args: folder.cleanup())

    def save_as(self) -> Path | None:
        self.save_requested.emit()
        return None

    def print_document(self) -> None:
        """No printing from the preview (Ctrl+P included): see the module's note."""

    def remove_file(self) -> None:
        self.document.close()
        self._folder.cleanup()


__all__ = ["NavReportPreview"]
