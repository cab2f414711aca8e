"""The page template every report uses, and the one way reports are written to disk.

A4 portrait; a header line with the site name and the document title; a footer with the
generated-at text and "Side X av Y". The page total is only known once the whole story has been
laid out, so the header and footer are drawn by a canvas that keeps every page until save()
(reportlab's usual two-pass "NumberedCanvas" pattern).
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
)

from canteen_app.core.files import atomic_output
from canteen_app.core.progress import ProgressSink
from canteen_app.documents.fonts import FONT_BOLD, FONT_REGULAR, register_fonts
from canteen_app.documents.styles import Palette

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 20 * mm
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 24 * mm  # leaves room for the header line above the frame
MARGIN_BOTTOM = 22 * mm  # and for the footer below it
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
CONTENT_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

_HEADER_BASELINE = PAGE_HEIGHT - 14 * mm
_FOOTER_BASELINE = 12 * mm
_DECORATION_FONT_SIZE = 8
CREATOR = "canteen-app"

# reportlab keeps per-document font subsets in the globally registered font objects and is not
# documented as thread-safe; the app's task runner has several threads, so builds take turns.
_BUILD_LOCK = threading.Lock()


class RenderCancelled(Exception):  # noqa: N818 - a signal to stop, not a fault
    """The user cancelled a render; nothing was written under the final name."""


@dataclass(frozen=True)
class PageDecoration:
    """What the header and footer of every page show."""

    header_left: str
    header_right: str
    page_of_template: str  # e.g. "Side {page} av {pages}"
    generated_text: str


class NumberedCanvas(Canvas):  # type: ignore[misc]
    """Keeps each page until save(), then draws header and footer with the page total."""

    def __init__(
        self,
        *args: Any,
        decoration: PageDecoration,
        progress: ProgressSink | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._decoration = decoration
        self._progress = progress
        self._page_states: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab API
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = len(self._page_states)
        for number, state in enumerate(self._page_states, start=1):
            _check_cancelled(self._progress)
            self.__dict__.update(state)
            _draw_header(self, self._decoration)
            _draw_footer(self, self._decoration, number, pages)
            super().showPage()
            if self._progress is not None:
                self._progress.report(number, pages)
        super().save()


def _draw_header(canvas: Canvas, decoration: PageDecoration) -> None:
    canvas.saveState()
    canvas.setFillColor(Palette.MUTED)
    right_width = stringWidth(decoration.header_right, FONT_REGULAR, _DECORATION_FONT_SIZE)
    canvas.setFont(FONT_REGULAR, _DECORATION_FONT_SIZE)
    canvas.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, _HEADER_BASELINE, decoration.header_right)
    # A long site name is shortened rather than running into the title.
    left_room = CONTENT_WIDTH - right_width - 6 * mm
    left = _shortened(decoration.header_left, FONT_BOLD, _DECORATION_FONT_SIZE, left_room)
    canvas.setFont(FONT_BOLD, _DECORATION_FONT_SIZE)
    canvas.drawString(MARGIN_LEFT, _HEADER_BASELINE, left)
    canvas.setStrokeColor(Palette.RULE)
    canvas.setLineWidth(0.6)
    rule_y = _HEADER_BASELINE - 2.5 * mm
    canvas.line(MARGIN_LEFT, rule_y, PAGE_WIDTH - MARGIN_RIGHT, rule_y)
    canvas.restoreState()


def _shortened(text: str, font: str, size: float, max_width: float) -> str:
    if stringWidth(text, font, size) <= max_width:
        return text
    while text and stringWidth(text + "…", font, size) > max_width:
        text = text[:-1]
    return text.rstrip() + "…"


def _draw_footer(canvas: Canvas, decoration: PageDecoration, page: int, pages: int) -> None:
    canvas.saveState()
    canvas.setStrokeColor(Palette.RULE)
    canvas.setLineWidth(0.6)
    rule_y = _FOOTER_BASELINE + 4 * mm
    canvas.line(MARGIN_LEFT, rule_y, PAGE_WIDTH - MARGIN_RIGHT, rule_y)
    canvas.setFillColor(Palette.MUTED)
    canvas.setFont(FONT_REGULAR, _DECORATION_FONT_SIZE)
    canvas.drawString(MARGIN_LEFT, _FOOTER_BASELINE, decoration.generated_text)
    page_text = decoration.page_of_template.format(page=page, pages=pages)
    canvas.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, _FOOTER_BASELINE, page_text)
    canvas.restoreState()


def _check_cancelled(progress: ProgressSink | None) -> None:
    if progress is not None and progress.cancelled():
        raise RenderCancelled()


def _after_page(progress: ProgressSink | None, canvas: Canvas, doc: BaseDocTemplate) -> None:
    """Called as each page is laid out; the total is not known yet, so it is reported as 0."""
    _check_cancelled(progress)
    if progress is not None:
        progress.report(int(doc.page), 0)


def _doc_template(
    path: Path,
    *,
    title: str,
    author: str,
    subject: str,
    lang: str | None,
    progress: ProgressSink | None,
) -> BaseDocTemplate:
    frame = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        CONTENT_WIDTH,
        CONTENT_HEIGHT,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="content",
    )
    page = PageTemplate(id="page", frames=[frame], onPageEnd=functools.partial(_after_page, progress))
    return BaseDocTemplate(
        str(path),
        pagesize=A4,
        pageTemplates=[page],
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=author,
        subject=subject,
        creator=CREATOR,
        lang=lang,
        # Otherwise every page references reportlab's default Helvetica, which is not
        # embedded and would make the printed result depend on the viewer.
        initialFontName=FONT_REGULAR,
    )


def build_pdf(
    out_path: Path,
    story: Sequence[Flowable],
    *,
    title: str,
    author: str,
    subject: str,
    header_left: str,
    page_of_template: str,
    generated_text: str,
    progress: ProgressSink | None = None,
    lang: str | None = None,
) -> Path:
    """Lay out `story` on the shared page template and write it atomically to `out_path`.

    `title` is both the PDF's metadata title and the right side of the header line.
    Progress is reported per page: while laying out as (page, 0) because the total is not
    known yet (a Qt progress dialog shows 0 as "busy"), then (page, pages) while the pages are
    finished. Raises RenderCancelled when `progress.cancelled()` turns true; an existing file
    at `out_path` is then left as it was.
    """
    register_fonts()
    _check_cancelled(progress)
    out_path = Path(out_path)
    decoration = PageDecoration(header_left, title, page_of_template, generated_text)
    canvas_maker = functools.partial(NumberedCanvas, decoration=decoration, progress=progress)
    with atomic_output(out_path) as tmp_path:
        doc = _doc_template(
            tmp_path,
            title=title,
            author=author,
            subject=subject,
            lang=lang,
            progress=progress,
        )
        # build() consumes the list it is given; callers keep their story intact.
        with _BUILD_LOCK:
            doc.build(list(story), canvasmaker=canvas_maker)
    return out_path
