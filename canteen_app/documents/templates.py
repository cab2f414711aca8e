"""The page template every report uses, and the one way reports are written to disk.

A4 portrait unless a document asks for another `PageLayout` (the week menu is A4 landscape,
the allergen poster A3 portrait); a header line with the site name and the document title; a
footer with the generated-at text and "Side X av Y". The page total is only known once the
whole story has been laid out, so the header and footer are drawn by a canvas that keeps every
page until save() (reportlab's usual two-pass "NumberedCanvas" pattern). A document that lays
itself out and knows its page count before it draws (the allergen poster) draws on the canvas
`drawn_pdf` gives it instead, with the same metadata, atomic write and `decorate_page`.
"""

from __future__ import annotations

import contextlib
import functools
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import rtlSupport
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


@dataclass(frozen=True)
class PageLayout:
    """A paper size, its margins and the size of the header and footer text."""

    size: tuple[float, float]
    margin_left: float = 20 * mm
    margin_right: float = 20 * mm
    margin_top: float = 24 * mm  # leaves room for the header line above the frame
    margin_bottom: float = 22 * mm  # and for the footer below it
    decoration_font_size: float = 8

    @property
    def width(self) -> float:
        return self.size[0]

    @property
    def height(self) -> float:
        return self.size[1]

    @property
    def content_width(self) -> float:
        return self.width - self.margin_left - self.margin_right

    @property
    def content_height(self) -> float:
        return self.height - self.margin_top - self.margin_bottom

    @property
    def header_baseline(self) -> float:
        return float(self.height - 14 * mm)

    @property
    def footer_baseline(self) -> float:
        return float(12 * mm)


A4_PORTRAIT = PageLayout(A4)
A4_LANDSCAPE = PageLayout(
    landscape(A4), margin_left=12 * mm, margin_right=12 * mm, margin_top=20 * mm, margin_bottom=20 * mm
)
A3_PORTRAIT = PageLayout(A3, margin_top=26 * mm, margin_bottom=24 * mm, decoration_font_size=10)

# The A4 portrait page most reports use.
PAGE_WIDTH, PAGE_HEIGHT = A4_PORTRAIT.size
MARGIN_LEFT = A4_PORTRAIT.margin_left
MARGIN_RIGHT = A4_PORTRAIT.margin_right
MARGIN_TOP = A4_PORTRAIT.margin_top
MARGIN_BOTTOM = A4_PORTRAIT.margin_bottom
CONTENT_WIDTH = A4_PORTRAIT.content_width
CONTENT_HEIGHT = A4_PORTRAIT.content_height

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
    layout: PageLayout = A4_PORTRAIT


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

    def drawString(  # noqa: N802 - reportlab API
        self,
        x: float,
        y: float,
        text: str,
        mode: int | None = None,
        charSpace: float = 0,  # noqa: N803 - reportlab API
        direction: str | None = None,
        wordSpace: float | None = None,  # noqa: N803 - reportlab API
        shaping: bool = False,
    ) -> None:
        """What reportlab's drawString writes, without measuring the string first: without
        bidi support it measures only to throw the width away (every table cell that is a
        plain string is drawn this way). Anything else goes to reportlab's own."""
        if (
            mode is None
            and not charSpace
            and not wordSpace
            and not direction
            and not shaping
            and not rtlSupport
        ):
            line = self.beginText(x, y)
            line.textLine(text)
            self.drawText(line)
            return
        super().drawString(x, y, text, mode, charSpace, direction, wordSpace, shaping)

    def showPage(self) -> None:  # noqa: N802 - reportlab API
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = len(self._page_states)
        for number, state in enumerate(self._page_states, start=1):
            check_cancelled(self._progress)
            self.__dict__.update(state)
            decorate_page(self, self._decoration, number, pages)
            super().showPage()
            if self._progress is not None:
                self._progress.report(number, pages)
        super().save()


def decorate_page(canvas: Canvas, decoration: PageDecoration, page: int, pages: int) -> None:
    """The header and the footer ("Side `page` av `pages`") of the page being drawn."""
    _draw_header(canvas, decoration)
    _draw_footer(canvas, decoration, page, pages)


def _draw_header(canvas: Canvas, decoration: PageDecoration) -> None:
    layout, size = decoration.layout, decoration.layout.decoration_font_size
    right_edge, baseline = layout.width - layout.margin_right, layout.header_baseline
    canvas.saveState()
    canvas.setFillColor(Palette.MUTED)
    right_width = stringWidth(decoration.header_right, FONT_REGULAR, size)
    canvas.setFont(FONT_REGULAR, size)
    canvas.drawRightString(right_edge, baseline, decoration.header_right)
    # A long site name is shortened rather than running into the title.
    left_room = layout.content_width - right_width - 6 * mm
    left = _shortened(decoration.header_left, FONT_BOLD, size, left_room)
    canvas.setFont(FONT_BOLD, size)
    canvas.drawString(layout.margin_left, baseline, left)
    canvas.setStrokeColor(Palette.RULE)
    canvas.setLineWidth(0.6)
    rule_y = baseline - 2.5 * mm
    canvas.line(layout.margin_left, rule_y, right_edge, rule_y)
    canvas.restoreState()


def _shortened(text: str, font: str, size: float, max_width: float) -> str:
    if stringWidth(text, font, size) <= max_width:
        return text
    while text and stringWidth(text + "…", font, size) > max_width:
        text = text[:-1]
    return text.rstrip() + "…"


def _draw_footer(canvas: Canvas, decoration: PageDecoration, page: int, pages: int) -> None:
    layout, baseline = decoration.layout, decoration.layout.footer_baseline
    right_edge = layout.width - layout.margin_right
    canvas.saveState()
    canvas.setStrokeColor(Palette.RULE)
    canvas.setLineWidth(0.6)
    rule_y = baseline + 4 * mm
    canvas.line(layout.margin_left, rule_y, right_edge, rule_y)
    canvas.setFillColor(Palette.MUTED)
    canvas.setFont(FONT_REGULAR, layout.decoration_font_size)
    canvas.drawString(layout.margin_left, baseline, decoration.generated_text)
    page_text = decoration.page_of_template.format(page=page, pages=pages)
    canvas.drawRightString(right_edge, baseline, page_text)
    canvas.restoreState()


def check_cancelled(progress: ProgressSink | None) -> None:
    """Raise RenderCancelled when the user has asked to stop."""
    if progress is not None and progress.cancelled():
        raise RenderCancelled()


def _after_page(progress: ProgressSink | None, canvas: Canvas, doc: BaseDocTemplate) -> None:
    """Called as each page is laid out; the total is not known yet, so it is reported as 0."""
    check_cancelled(progress)
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
    layout: PageLayout,
) -> BaseDocTemplate:
    frame = Frame(
        layout.margin_left,
        layout.margin_bottom,
        layout.content_width,
        layout.content_height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="content",
    )
    page = PageTemplate(id="page", frames=[frame], onPageEnd=functools.partial(_after_page, progress))
    return BaseDocTemplate(
        str(path),
        pagesize=layout.size,
        pageTemplates=[page],
        leftMargin=layout.margin_left,
        rightMargin=layout.margin_right,
        topMargin=layout.margin_top,
        bottomMargin=layout.margin_bottom,
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
    layout: PageLayout = A4_PORTRAIT,
) -> Path:
    """Lay out `story` on the shared page template and write it atomically to `out_path`.

    `title` is both the PDF's metadata title and the right side of the header line.
    Progress is reported per page: while laying out as (page, 0) because the total is not
    known yet (a Qt progress dialog shows 0 as "busy"), then (page, pages) while the pages are
    finished. Raises RenderCancelled when `progress.cancelled()` turns true; an existing file
    at `out_path` is then left as it was.
    """
    register_fonts()
    check_cancelled(progress)
    out_path = Path(out_path)
    decoration = PageDecoration(header_left, title, page_of_template, generated_text, layout)
    canvas_maker = functools.partial(NumberedCanvas, decoration=decoration, progress=progress)
    with atomic_output(out_path) as tmp_path:
        doc = _doc_template(
            tmp_path,
            title=title,
            author=author,
            subject=subject,
            lang=lang,
            progress=progress,
            layout=layout,
        )
        # build() consumes the list it is given; callers keep their story intact.
        with _BUILD_LOCK:
            doc.build(list(story), canvasmaker=canvas_maker)
    return out_path


@contextlib.contextmanager
def drawn_pdf(
    out_path: Path,
    *,
    title: str,
    author: str,
    subject: str,
    lang: str | None = None,
    layout: PageLayout = A4_PORTRAIT,
) -> Iterator[Canvas]:
    """A bare canvas for a document that lays out and draws its pages itself (the allergen
    poster), with what `build_pdf` gives a document: the metadata, the embedded fonts (no
    Helvetica), the build lock and the atomic write. The canvas is saved when the block ends;
    when the block raises (RenderCancelled included), nothing is written under `out_path`.
    The document draws each page's header and footer with `decorate_page`.
    """
    register_fonts()
    with atomic_output(Path(out_path)) as tmp_path, _BUILD_LOCK:
        canvas = Canvas(str(tmp_path), pagesize=layout.size, initialFontName=FONT_REGULAR, lang=lang)
        canvas.setTitle(title)
        canvas.setAuthor(author)
        canvas.setSubject(subject)
        canvas.setCreator(CREATOR)
        yield canvas
        canvas.save()
