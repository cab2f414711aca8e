"""The allergen poster, A3 portrait, for the canteen wall: a day's or a week's dishes in large
type, each with its allergens in Norwegian words (English below them when asked), the notice
"Spør oss om allergener", what "kan inneholde spor av" means, and the 14 allergens named.

Read from a few metres away: dish names are 26 pt, allergen words 17 pt, and a day's poster
takes up to 1.6 times that while it still fits on its page. Dishes that do not fit flow on to
the next page, under their day's heading again; a dish is never split between pages, nor a
day's heading left at a page's end.

The poster lays itself out instead of going through platypus: every block (the title with the
notice, a day's heading with its first dish, each further dish, the explanation, the legend)
is measured with the fonts' widths and wrapped word by word, the pages are counted by adding
heights, and only then is anything drawn, in one pass with "Side X av Y" known. A day's poster
tries its sizes by measuring only. That keeps the poster close to the cost of drawing the same
content with no layout at all (`bench/menus.py`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from canteen_app.canteen.dishes.dto import DishSummary
from canteen_app.canteen.menus.dto import MenuDay
from canteen_app.canteen.menus.menu_labels import EN, NB
from canteen_app.canteen.menus.menu_pdf import CLOSED_BG, LANGUAGE_TAG
from canteen_app.canteen.menus.menu_print import (
    DishText,
    MenuPrintData,
    Words,
    closed_reason,
    dish_text,
    generated_text,
    legend,
    page_of,
    subject,
    title,
    titles,
)
from canteen_app.core.progress import ProgressSink
from canteen_app.documents.fonts import FONT_BOLD, FONT_REGULAR, font_for_text, register_fonts
from canteen_app.documents.styles import Palette
from canteen_app.documents.templates import (
    A3_PORTRAIT,
    PageDecoration,
    check_cancelled,
    decorate_page,
    drawn_pdf,
)

LAYOUT = A3_PORTRAIT
_LEFT = LAYOUT.margin_left
_WIDTH = LAYOUT.content_width
_TOP = LAYOUT.height - LAYOUT.margin_top
_HEIGHT = LAYOUT.content_height
_DAY_SCALES = (1.6, 1.5, 1.4, 1.3, 1.2, 1.1, 1.0)  # a day's poster: the largest that fits on one page

# DejaVu Sans (both faces) reaches 0.76 of the size above the baseline and 0.24 below it; the
# text of a line is set in the middle of its leading, so it sits centred in its boxes.
_ASCENT = 0.76


class _Style(NamedTuple):
    font: str
    size: float
    color: colors.Color


def _regular(size: float, color: colors.Color = Palette.INK) -> _Style:
    return _Style(FONT_REGULAR, size, color)


def _bold(size: float, color: colors.Color = Palette.INK) -> _Style:
    return _Style(FONT_BOLD, size, color)


_TITLE = _bold(34, Palette.ACCENT)
_TITLE_EN = _regular(20, Palette.MUTED)
_PERIOD = _regular(17)
_ASK = _bold(32, Palette.WHITE)
_ASK_EN = _regular(20, Palette.WHITE)
_DAY = _bold(28, Palette.ACCENT)
_DAY_EN = _regular(17, Palette.MUTED)
_CLOSED = _bold(24)
_CLOSED_EN = _regular(18, Palette.MUTED)
_EMPTY = _regular(17, Palette.MUTED)
_EXPLAIN = _regular(16)
_EXPLAIN_EN = _regular(14, Palette.MUTED)
_LEGEND_HEADING = _bold(20, Palette.ACCENT)
_LEGEND_NUMBER = _bold(13)
_LEGEND = _regular(13)
_LEGEND_EN = _regular(13 * 0.85, Palette.MUTED)
_LEGEND_NUMBER_EN = _bold(13, Palette.MUTED)
_LEGEND_LINE_EN = _regular(13, Palette.MUTED)


@dataclass(frozen=True)
class _DishType:
    """The type of the dishes; `scale` enlarges them on a day's poster that has room for it."""

    scale: float
    course: _Style
    name: _Style
    mark: _Style  # "vegetar" / "vegansk" after the name
    name_en: _Style
    label: _Style  # "Allergener: "
    words: _Style  # the allergens, in bold
    label_en: _Style
    words_en: _Style

    @classmethod
    def at(cls, scale: float) -> _DishType:
        def size(points: float) -> float:
            return round(points * scale, 2)

        return cls(
            scale=scale,
            course=_regular(size(14), Palette.MUTED),
            name=_bold(size(26)),
            mark=_regular(size(17), Palette.ACCENT),
            name_en=_regular(size(18), Palette.MUTED),
            label=_regular(size(17)),
            words=_bold(size(17)),
            label_en=_regular(size(15), Palette.MUTED),
            words_en=_bold(size(15), Palette.MUTED),
        )


# --- what is drawn, relative to the top left of the block it belongs to ----------------------


class _Text(NamedTuple):
    x: float
    y: float  # the baseline, this far below the block's top
    style: _Style
    text: str
    joined: bool  # goes on from the text before it on its line ("Allergener: " + the words)


class _Box(NamedTuple):
    x: float
    y: float  # its top, this far below the block's top
    width: float
    height: float
    color: colors.Color


class _Rule(NamedTuple):
    x: float
    y: float  # its middle, this far below the block's top (negative: above it)
    width: float
    thickness: float
    color: colors.Color


@dataclass(eq=False)
class _Block:
    """A part of the poster that is never split between pages, measured before it is drawn:
    `height` from its top, after `before` of space above it unless it starts a page."""

    before: float = 0.0
    height: float = 0.0
    texts: list[_Text] = field(default_factory=list)
    shapes: list[_Box | _Rule] = field(default_factory=list)
    # Drawn in the space above, when the block does not start a page (the rule between dishes).
    lead: list[_Rule] = field(default_factory=list)
    # Set above the block when it does start a page: its day's heading, for a dish that goes on.
    continued: _Block | None = None
    # Another layout of the same content, for what is left of a page too short for this one
    # (the legend as running text instead of two columns); made when it is first asked for.
    make_narrower: Callable[[], _Block] | None = None
    _narrower: _Block | None = None

    def space(self, points: float) -> None:
        self.height += points

    def options(self) -> tuple[_Block, ...]:
        """This block, and its narrower layout if it has one."""
        if self.make_narrower is None:
            return (self,)
        if self._narrower is None:
            self._narrower = self.make_narrower()
        return (self, self._narrower)


class _Placed(NamedTuple):
    top: float  # on the page, from its bottom edge
    block: _Block


# A piece of text in one style; words break only at plain spaces (a no-break space holds).
_Piece = tuple[str, _Style]
_Run = tuple[float, _Style, str]  # x, style, text: a line's text, one run per change of style
_Fill = Callable[[float, float], None]  # lays out the inside of a box: (x, width)


class _Line(NamedTuple):
    runs: list[_Run]
    size: float  # of its largest type


class _Poster:
    """Lays out one poster: measures, wraps, and cuts it into pages."""

    def __init__(self, data: MenuPrintData) -> None:
        self.data = data
        self._widths: dict[str, dict[str, float]] = {}  # font -> text -> width at 1 pt
        self._texts: dict[int, DishText] = {}  # id(dish) -> its words, for each size tried

    # --- measuring and wrapping ---------------------------------------------------------------

    def width(self, text: str, style: _Style) -> float:
        return self._measured(style.font, text) * style.size

    def _measured(self, font: str, text: str) -> float:
        widths = self._widths.get(font)
        if widths is None:
            widths = self._widths[font] = {}
        found = widths.get(text)
        if found is None:
            found = widths[text] = stringWidth(text, font, 1.0)
        return found

    def wrap(self, pieces: Sequence[_Piece], width: float, prefix: _Piece | None = None) -> list[_Line]:
        """The pieces broken into lines at most `width` wide, at their spaces; a word longer
        than a line is broken where it must. A `prefix` ("Allergener: ") starts the first line
        and is never broken itself."""
        if len(pieces) == 1:
            lines = self._wrap_plain(*pieces[0], width, prefix)
            if lines is not None:
                return lines
        if prefix is not None:
            pieces = [prefix, *pieces]
        lines = []
        runs: list[_Run] = []
        size = x = 0.0
        limit = width + 0.01
        measure = self.width
        for word in _words(pieces):
            word_width = sum(measure(text, style) for text, style in word)
            parts = [word] if word_width <= limit else self._broken(word, width)
            for index, part in enumerate(parts):
                # The space between words is set in the type of the word before it.
                space = measure(" ", runs[-1][1]) if runs else 0.0
                if runs and (index > 0 or x + space + word_width > limit):
                    lines.append(_Line(runs, size))
                    runs, size, x = [], 0.0, 0.0
                if runs:
                    run_x, run_style, run_text = runs[-1]
                    runs[-1] = (run_x, run_style, run_text + " ")
                    x += space
                for text, style in part:
                    if runs and runs[-1][1] == style:
                        run_x, _, run_text = runs[-1]
                        runs[-1] = (run_x, style, run_text + text)
                    else:
                        runs.append((x, style, text))
                    x += measure(text, style)
                    size = max(size, style.size)
        if runs:
            lines.append(_Line(runs, size))
        return lines

    def _wrap_plain(
        self, text: str, style: _Style, width: float, prefix: _Piece | None
    ) -> list[_Line] | None:
        """`wrap` for text in one style, the usual case; None for a word longer than a line."""
        words = [word for word in text.split(" ") if word]
        font, size, limit = style.font, style.size, width + 0.01
        space = self._measured(font, " ") * size
        lead = 0.0 if prefix is None else self.width(*prefix)
        lines: list[_Line] = []

        def line(start: int, end: int) -> _Line:
            runs: list[_Run] = []
            if start == 0 and prefix is not None:
                runs.append((0.0, prefix[1], prefix[0]))
            if end > start:
                runs.append((lead if start == 0 else 0.0, style, " ".join(words[start:end])))
            return _Line(runs, max(run[1].size for run in runs))

        start, x = 0, lead
        for index, word in enumerate(words):
            word_width = self._measured(font, word) * size
            if word_width > limit:
                return None
            gap = space if index > start else 0.0
            if x + gap + word_width > limit and (index > start or prefix is not None):
                lines.append(line(start, index))
                start, x = index, word_width
            else:
                x += gap + word_width
        if words or prefix is not None:
            lines.append(line(start, len(words)))
        return lines

    def _broken(self, word: list[_Piece], width: float) -> list[list[_Piece]]:
        """A word wider than a line, as parts that each fit on one (at least a letter each)."""
        parts: list[list[_Piece]] = [[]]
        used = 0.0
        for text, style in word:
            for char in text:
                char_width = self.width(char, style)
                if parts[-1] and used + char_width > width:
                    parts.append([])
                    used = 0.0
                piece = parts[-1]
                if piece and piece[-1][1] == style:
                    piece[-1] = (piece[-1][0] + char, style)
                else:
                    piece.append((char, style))
                used += char_width
        return parts

    def paragraph(
        self,
        block: _Block,
        pieces: Sequence[_Piece],
        *,
        leading: float = 1.2,
        x: float = 0.0,
        width: float = _WIDTH,
        prefix: _Piece | None = None,
    ) -> None:
        """The pieces wrapped to `width`, below what the block holds, `x` in from its left."""
        texts = block.texts
        for line in self.wrap(pieces, width, prefix):
            line_height = line.size * leading
            baseline = block.height + (line_height - line.size) / 2 + _ASCENT * line.size
            for index, (run_x, style, text) in enumerate(line.runs):
                texts.append(_Text(x + run_x, baseline, style, text, index > 0))
            block.height += line_height

    def boxed(self, block: _Block, color: colors.Color, padding: float, fill: _Fill) -> None:
        """What `fill` lays out, on a box of `color` across the page."""
        top = block.height
        block.space(padding)
        fill(padding * 1.3, _WIDTH - 2.6 * padding)
        block.space(padding * 1.2)
        block.shapes.append(_Box(0.0, top, _WIDTH, block.height - top, color))

    # --- the poster's parts -------------------------------------------------------------------

    def head(self) -> _Block:
        """The title, the period and "Spør oss om allergener" across the page."""
        data, block = self.data, _Block()
        heading = titles(data)
        # A day's title breaks before its date, never inside it: "Allergener i dag –" / "onsdag
        # 25. november 2026".
        before, dash, after = heading.nb.partition(" – ")
        for part in (before + dash.rstrip(), after) if dash else (heading.nb,):
            self.paragraph(block, [(part, _TITLE)], leading=1.15)
        if heading.en:
            block.space(2)
            self.paragraph(block, [(heading.en, _TITLE_EN)])
        if data.first != data.last:
            block.space(4)
            self.paragraph(block, [(NB.period(data.first, data.last), _PERIOD)])
        block.space(6 * mm)
        ask = data.words("ask_us")

        def fill(x: float, width: float) -> None:
            self.paragraph(block, [(ask.nb, _ASK)], x=x, width=width)
            if ask.en:
                block.space(2)
                self.paragraph(block, [(ask.en, _ASK_EN)], x=x, width=width)

        self.boxed(block, Palette.ACCENT, 12, fill)
        return block

    def day_heading(self, block: _Block, day: MenuDay) -> None:
        """ "Mandag 23. november" (and "Monday") over a rule in the accent colour."""
        self.paragraph(block, [(NB.weekday_and_date(day.day), _DAY)])
        if self.data.english:
            self.paragraph(block, [(EN.formats.weekday_name(day.day.weekday()), _DAY_EN)])
        block.space(4 + 1)
        block.shapes.append(_Rule(0.0, block.height, _WIDTH, 2, Palette.ACCENT))
        block.space(1 + 2)

    def day(self, day: MenuDay, kind: _DishType, *, heading: bool) -> list[_Block]:
        """The day's blocks: its heading (on a week's poster) with its first dish, the closed
        notice or "Ingen meny lagt inn", then a block for each further dish, which takes the
        heading along when it starts a page."""
        first = _Block(before=4 * mm + 14 if heading else 4 * mm)
        if heading:
            self.day_heading(first, day)
        if day.closed:
            self.closed(first, day)
            return [first]
        if not day.dishes:
            first.space(6)
            self.paragraph(first, [(NB.nothing_planned, _EMPTY)])
            return [first]
        first.space(3 * mm)
        continued = _Block(height=first.height, texts=list(first.texts), shapes=list(first.shapes))
        self.dish(first, day.dishes[0], kind)
        found = [first]
        gap = 8 * kind.scale
        for dish in day.dishes[1:]:
            block = _Block(before=2 * gap + 0.8, lead=[_Rule(0.0, -gap - 0.4, _WIDTH, 0.8, Palette.RULE)])
            self.dish(block, dish, kind)
            block.continued = continued if heading else None
            found.append(block)
        return found

    def closed(self, block: _Block, day: MenuDay) -> None:
        data = self.data
        closed, reason = data.words("closed"), closed_reason(data, day)
        block.space(4)

        def fill(x: float, width: float) -> None:
            block.space(6)
            pieces = [(closed.nb, _CLOSED)]
            if reason.nb:
                pieces += [(" – ", _CLOSED), *_typed(reason.nb, _CLOSED)]
            self.paragraph(block, pieces, x=x, width=width)
            if closed.en:
                pieces = [(closed.en, _CLOSED_EN)]
                if reason.nb:
                    pieces += [(" – ", _CLOSED_EN), *_typed(reason.en or reason.nb, _CLOSED_EN)]
                self.paragraph(block, pieces, x=x, width=width)

        self.boxed(block, CLOSED_BG, 10, fill)

    def dish(self, block: _Block, dish: DishSummary, kind: _DishType) -> None:
        """Course, name (with "vegetar"), name in English, "Allergener: …", "Kan inneholde spor
        av: …"."""
        words = self._texts.get(id(dish))
        if words is None:
            words = self._texts[id(dish)] = dish_text(dish, self.data.english)
        course = words.course.nb if words.course.en is None else f"{words.course.nb} · {words.course.en}"
        self.paragraph(block, [(course, kind.course)])
        block.space(1)
        name = _typed(words.name.nb, kind.name)
        if words.diet is not None:
            diet = words.diet.nb if words.diet.en is None else f"{words.diet.nb} · {words.diet.en}"
            name += [(" ", kind.name), (diet.replace(" ", "\xa0"), kind.mark)]
        self.paragraph(block, name, leading=1.15)
        if words.name.en:
            block.space(1)
            self.paragraph(block, _typed(words.name.en, kind.name_en))
        self.labelled(block, self.data.words("contains"), words.contains, kind)
        if words.traces is not None:
            self.labelled(block, self.data.words("may_contain"), words.traces, kind)

    def labelled(self, block: _Block, label: Words, value: Words, kind: _DishType) -> None:
        """ "Allergener: <b>gluten (hvete), melk</b>": the words a guest looks for stand out."""
        block.space(5 * kind.scale)
        self.paragraph(block, [(value.nb, kind.words)], leading=1.25, prefix=(f"{label.nb}: ", kind.label))
        if value.en:
            prefix = (f"{label.en or label.nb}: ", kind.label_en)
            self.paragraph(block, [(value.en, kind.words_en)], leading=1.25, prefix=prefix)

    def explanation(self) -> _Block:
        """What "kan inneholde spor av" means, in a light box."""
        block = _Block(before=10 * mm)
        explain = self.data.words("trace_explanation")

        def fill(x: float, width: float) -> None:
            self.paragraph(block, [(explain.nb, _EXPLAIN)], leading=1.3, x=x, width=width)
            if explain.en:
                block.space(4)
                self.paragraph(block, [(explain.en, _EXPLAIN_EN)], leading=1.3, x=x, width=width)

        self.boxed(block, Palette.HEADER_BG, 10, fill)
        return block

    def legend(self) -> _Block:
        """ "De 14 allergenene" in two columns, column by column in the regulation's order; for a
        page without room for that, the same as running text."""
        heading = self.data.words("legend_heading")
        block = _Block(before=8 * mm, make_narrower=lambda: self.legend_lines(heading))
        heading_text = heading.nb if heading.en is None else f"{heading.nb} · {heading.en}"
        self.paragraph(block, [(heading_text, _LEGEND_HEADING)])
        block.space(8)
        entries = legend(self.data.english)
        rows = -(-len(entries) // 2)
        column = _WIDTH / 2
        indent = self.width("14.", _LEGEND_NUMBER) + self.width(" ", _LEGEND)
        for row in range(rows):
            top, bottom = block.height, block.height
            for side, index in enumerate((row, row + rows)):
                if index >= len(entries):
                    continue
                cell = _Block(height=top + 2)
                x = side * column
                self.paragraph(cell, [(f"{index + 1}.", _LEGEND_NUMBER)], x=x)
                cell.height = top + 2
                name_width = column - indent - 13
                self.paragraph(cell, [(entries[index].nb, _LEGEND)], x=x + indent, width=name_width)
                english = entries[index].en
                if english:
                    self.paragraph(cell, [(english, _LEGEND_EN)], x=x + indent, width=name_width)
                block.texts += cell.texts
                bottom = max(bottom, cell.height + 2)
            block.height = bottom
        return block

    def legend_lines(self, heading: Words) -> _Block:
        """ "De 14 allergenene: 1. Kornslag som inneholder gluten (…) · 2. Skalldyr · …"."""
        block = _Block(before=8 * mm)
        entries = legend(self.data.english)
        styles = ((_LEGEND_NUMBER, _LEGEND), (_LEGEND_NUMBER_EN, _LEGEND_LINE_EN))
        for language, (bold, regular) in zip(("nb", "en"), styles, strict=True):
            words = heading.nb if language == "nb" else heading.en
            if words is None:
                continue
            pieces: list[_Piece] = [(f"{words}: ", bold)]
            for number, entry in enumerate(entries, start=1):
                name = entry.nb if language == "nb" else entry.en or ""
                tail = "\xa0· " if number < len(entries) else ""
                pieces += [(f"{number}.\xa0", bold), (f"{name}{tail}", regular)]
            self.paragraph(block, pieces)
            block.space(13 * 0.3)
        return block

    # --- the whole poster ---------------------------------------------------------------------

    def pages(self) -> list[list[_Placed]]:
        """The poster cut into pages. A day's poster takes the largest type that keeps it on one
        page (the legend as columns if any size allows that, else as running text), found by
        measuring only; a longer poster flows on at the usual size."""
        head, tail = [self.head()], [self.explanation(), self.legend()]
        days = self.data.days
        if len(days) != 1:
            kind = _DishType.at(1.0)
            return _paginate([*head, *(b for day in days for b in self.day(day, kind, heading=True)), *tail])
        tried: dict[float, list[_Block]] = {}

        def blocks(scale: float) -> list[_Block]:
            if scale not in tried:
                tried[scale] = [*head, *self.day(days[0], _DishType.at(scale), heading=False), *tail]
            return tried[scale]

        for narrow in (False, True):
            if _fits_one_page(blocks(1.0), narrow=narrow):
                scale = self._largest_scale(blocks, narrow=narrow)
                return _paginate(blocks(scale))
        return _paginate(blocks(1.0))

    def _largest_scale(self, blocks: Callable[[float], list[_Block]], *, narrow: bool) -> float:
        """The largest of _DAY_SCALES at which the day fits on one page, given that 1.0 does:
        guessed from the height at 1.0 (the dishes grow with the scale, the rest does not),
        then checked a size up or down at a time."""
        fixed = [*blocks(1.0)[:1], *blocks(1.0)[-2:]]
        rest = _HEIGHT - sum(block.before + block.height for block in fixed)
        dishes = sum(block.before + block.height for block in blocks(1.0)[1:-2])
        guess = rest / dishes if dishes > 0 else _DAY_SCALES[0]
        index = next((i for i, scale in enumerate(_DAY_SCALES) if scale <= guess), len(_DAY_SCALES) - 1)
        if _fits_one_page(blocks(_DAY_SCALES[index]), narrow=narrow):
            while index > 0 and _fits_one_page(blocks(_DAY_SCALES[index - 1]), narrow=narrow):
                index -= 1
        else:
            index += 1
            while not _fits_one_page(blocks(_DAY_SCALES[index]), narrow=narrow):
                index += 1  # ends at 1.0, which fits
        return _DAY_SCALES[index]


def _words(pieces: Sequence[_Piece]) -> list[list[_Piece]]:
    """The pieces as words, split at plain spaces; a word may span pieces of different styles
    ("1.\xa0" in bold, "Skalldyr" regular)."""
    words: list[list[_Piece]] = []
    new_word = True
    for text, style in pieces:
        for index, part in enumerate(text.split(" ")):
            new_word = new_word or index > 0
            if part:
                if new_word:
                    words.append([])
                    new_word = False
                words[-1].append((part, style))
    return words


def _typed(text: str, style: _Style) -> list[_Piece]:
    """Typed text (a dish's name, a closure's reason) with any Arabic or Ethiopic letters in a
    font that has them; letters in other scripts stay in the style's font. Runs of white space
    (a line break typed into a name) are one space, as in a paragraph."""
    text = " ".join(text.split())
    bold = style.font == FONT_BOLD
    if font_for_text(text, bold=bold) == style.font:
        return [(text, style)]
    pieces: list[_Piece] = []
    for char in text:
        font = style.font if char.isspace() else font_for_text(char, bold=bold)
        if pieces and pieces[-1][1].font == font:
            pieces[-1] = (pieces[-1][0] + char, pieces[-1][1])
        else:
            pieces.append((char, style._replace(font=font)))
    return pieces


def _fits_one_page(blocks: list[_Block], *, narrow: bool) -> bool:
    *body, legend = blocks
    legend = legend.options()[-1] if narrow else legend
    total = sum(block.before + block.height for block in body) - body[0].before
    return total + legend.before + legend.height <= _HEIGHT + 0.01


def _paginate(blocks: list[_Block]) -> list[list[_Placed]]:
    """Each block where it goes, page by page: a block that does not fit below the last one
    starts the next page (without its space above it, and under its day's heading again)."""
    pages: list[list[_Placed]] = [[]]
    y = _TOP
    for block in blocks:
        page = pages[-1]
        if page:
            chosen = next(
                (
                    option
                    for option in block.options()
                    if y - option.before - option.height >= LAYOUT.margin_bottom - 0.01
                ),
                None,
            )
            if chosen is not None:
                y -= chosen.before
                page.append(_Placed(y, chosen))
                y -= chosen.height
                continue
            page = []
            pages.append(page)
            y = _TOP
        if block.continued is not None:
            page.append(_Placed(y, block.continued))
            y -= block.continued.height
        page.append(_Placed(y, _Block(height=block.height, texts=block.texts, shapes=block.shapes)))
        y -= block.height
    return pages


# --- drawing --------------------------------------------------------------------------------


def render_poster(data: MenuPrintData, out_path: Path, progress: ProgressSink | None = None) -> Path:
    """Render the allergen poster to `out_path` (atomically) and return the path.

    Progress is reported per page drawn, as (page, pages); raises RenderCancelled when
    `progress.cancelled()` turns true, and then leaves any file at `out_path` as it was.
    """
    register_fonts()
    check_cancelled(progress)
    pages = _Poster(data).pages()
    decoration = PageDecoration(data.site_name, title(data), page_of(data), generated_text(data), LAYOUT)
    out_path = Path(out_path)
    with drawn_pdf(
        out_path,
        title=title(data),
        author=data.author,
        subject=subject(data),
        lang=LANGUAGE_TAG,
        layout=LAYOUT,
    ) as canvas:
        for number, page in enumerate(pages, start=1):
            check_cancelled(progress)
            _draw_page(canvas, page)
            decorate_page(canvas, decoration, number, len(pages))
            canvas.showPage()
            if progress is not None:
                progress.report(number, len(pages))
        check_cancelled(progress)
    return out_path


def _draw_page(canvas: Canvas, page: list[_Placed]) -> None:
    """The shapes first (the boxes lie under their text), then all the text in one text object."""
    _draw_shapes(canvas, page)
    _draw_texts(canvas, page)


def _draw_shapes(canvas: Canvas, page: list[_Placed]) -> None:
    fill: colors.Color | None = None
    stroke: tuple[colors.Color, float] | None = None
    for top, block in page:
        for shape in [*block.lead, *block.shapes]:
            if isinstance(shape, _Box):
                if shape.color is not fill:
                    canvas.setFillColor(shape.color)
                    fill = shape.color
                y = top - shape.y - shape.height
                canvas.rect(_LEFT + shape.x, y, shape.width, shape.height, stroke=0, fill=1)
            else:
                if stroke is None or shape.color is not stroke[0] or shape.thickness != stroke[1]:
                    canvas.setStrokeColor(shape.color)
                    canvas.setLineWidth(shape.thickness)
                    stroke = (shape.color, shape.thickness)
                y = top - shape.y
                canvas.line(_LEFT + shape.x, y, _LEFT + shape.x + shape.width, y)


def _draw_texts(canvas: Canvas, page: list[_Placed]) -> None:
    # A line's runs follow on from each other (the pen moves on by the same widths the layout
    # measured), so that the text reads back as written: "Allergener: gluten", "Injera (እንጀራ)".
    text = canvas.beginText()
    font: tuple[str, float] | None = None
    color: colors.Color | None = None
    for top, block in page:
        texts = block.texts
        last = len(texts) - 1
        for index, (x, y, style, words, joined) in enumerate(texts):
            if (style.font, style.size) != font:
                text.setFont(style.font, style.size)
                font = (style.font, style.size)
            if style.color is not color:
                text.setFillColor(style.color)
                color = style.color
            if not joined:
                text.setTextOrigin(round(_LEFT + x, 1), round(top - y, 1))  # 0.1 pt: shorter, alike
            if index < last and texts[index + 1].joined:
                text.textOut(words)
            else:
                text.textLine(words)
    canvas.drawText(text)
