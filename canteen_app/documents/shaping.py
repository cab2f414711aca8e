"""Text in the participants' languages, set as they read it: Arabic and Dari joined and right to
left, Tigrinya in Ethiopic script, and a Norwegian name or number inside an Arabic line the right
way round.

reportlab can shape text (HarfBuzz, through `uharfbuzz`), but it lays out words right to left only
with `rlbidi`, which is not on PyPI. So a paragraph that holds right-to-left letters, or whose
language is written right to left, is a `ShapedParagraph`:

1. the Unicode bidirectional algorithm (python-bidi's `bidi.algorithm`, on the whole paragraph)
   gives every character its embedding level (even: left to right, odd: right to left);
2. each character gets the font of its script (`fonts.py`; spaces and marks keep the font of the
   letter before them), and the text splits into runs of one level and one font;
3. lines are broken between words by the words' shaped widths;
4. per line, each run is shaped by HarfBuzz in its own direction (its glyphs come out in visual
   order, Arabic letters joined), and the runs are put in visual order (rule L2: from the highest
   level down to the lowest odd one, every sequence at that level or above is reversed).

python-bidi's Python algorithm follows Unicode 6.2; rule N0 (paired brackets) is added here, so
the order matches the full algorithm for text as participants' documents hold it (a test checks
it against python-bidi's Rust implementation). Explicit embedding and isolate controls
(U+202A-U+202E, U+2066-U+2069) are not followed: the texts here have none.

A paragraph without right-to-left letters in a left-to-right language stays a reportlab
`Paragraph` (with `with_script_fonts`), which is faster and does everything else.

The shaped glyphs are drawn with reportlab's own machinery for shaped text (a `ShapedStr`: each
glyph as the character the font maps to it, or a private-use one). What a PDF reader extracts is
therefore the visual order and, for Arabic, the contextual presentation forms (U+FB50-U+FEFC):
`logical_text` turns such extracted text back into comparable logical text for tests.

The API for document writers: `is_rtl`, `participant_style`, `participant_paragraph`, and
`draw_text_line` for a single line drawn on the canvas.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import uharfbuzz as hb  # type: ignore[import-untyped]
from bidi import algorithm as _uba  # type: ignore[import-untyped]
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from canteen_app.documents import fonts
from canteen_app.documents.fonts import FONT_BOLD, FONT_REGULAR, SCRIPT_FONTS

# Languages written right to left, by their ISO 639 code (ours: "ar", "prs"; "fa-AF" is Dari too).
RTL_LANGUAGES = frozenset({"ar", "prs", "fa", "ps", "ur", "ckb", "he", "yi"})

# Strongly right-to-left letters: Hebrew, Arabic (and its supplements and presentation forms),
# Syriac, Thaana, N'Ko.
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_WHITESPACE = re.compile(r"\s+")
# Characters the bidirectional algorithm removes (rule X9): they take the level before them.
_X9_REMOVED = frozenset(("RLE", "LRE", "RLO", "LRO", "PDF", "BN"))
# Paired brackets (Unicode's BidiBrackets.txt, the ones text here may hold): opening -> closing.
_OPENING = {
    "(": ")",
    "[": "]",
    "{": "}",
    "\u2045": "\u2046",
    "\u2329": "\u232a",
    "\u27e8": "\u27e9",
    "\u3008": "\u3009",
}
_CLOSING = frozenset(_OPENING.values())
# Kerning and standard ligatures; Arabic's joining forms (init, medi, fina, rlig) are always on.
_FEATURES = {"kern": True, "liga": True}

_BOLD_FACES = frozenset((FONT_BOLD, *(script.bold for script in SCRIPT_FONTS)))
_SCRIPT_LETTERS = tuple((script, re.compile(f"[{script.letters}]")) for script in SCRIPT_FONTS)
_SCALES = {face: script.scale for script in SCRIPT_FONTS for face in (script.regular, script.bold)}

# reportlab's font objects learn private code points for glyphs with no character of their own
# as text is shaped; one shaping at a time.
_shape_lock = threading.Lock()

Align = Literal["left", "right", "centre"]


def is_rtl(language: str) -> bool:
    """Whether the language is written right to left: "ar", "prs" (Dari) and "fa-AF" are."""
    return re.split("[-_]", language, maxsplit=1)[0].lower() in RTL_LANGUAGES


def has_rtl_letters(text: str) -> bool:
    """Whether `text` holds any right-to-left letter (an Arabic name in a Norwegian line)."""
    return _RTL_LETTER.search(text) is not None


def participant_style(base: ParagraphStyle, language: str) -> ParagraphStyle:
    """`base` for a paragraph in `language`: for Arabic and Dari right-aligned, right to left and
    shaped, in the Arabic font (the same weight as `base`). Other languages keep `base`'s font:
    `participant_paragraph` puts each script's letters in the font that has them.

    Use it with `participant_paragraph`: reportlab's own `Paragraph` would shape the Arabic words
    but keep them in left-to-right order.
    """
    if not is_rtl(language):
        return ParagraphStyle(f"{base.name}.{language}", parent=base)
    fonts.register_script(fonts.ARABIC)
    return ParagraphStyle(
        f"{base.name}.{language}",
        parent=base,
        fontName=fonts.ARABIC.bold if _is_bold(base) else fonts.ARABIC.regular,
        alignment=base.alignment if base.alignment == TA_CENTER else TA_RIGHT,
        wordWrap="RTL",
        shaping=1,
    )


def participant_paragraph(text: str, style: ParagraphStyle, language: str) -> Flowable:
    """Plain `text` (no markup) as a paragraph in `language`, with `participant_style(style,
    language)`: shaped and right to left where the language or the text needs it."""
    styled = participant_style(style, language)
    rtl = is_rtl(language)
    if rtl or has_rtl_letters(text):
        return ShapedParagraph(text, styled, rtl=rtl)
    return Paragraph(fonts.with_script_fonts(text, bold=_is_bold(styled)), styled)


def draw_text_line(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    *,
    font_size: float,
    bold: bool = False,
    rtl: bool = False,
    align: Align = "left",
) -> float:
    """Draw `text` as one shaped line with its baseline at `y`; `x` is its left edge, right edge
    or centre by `align`. `rtl` sets the paragraph direction (Arabic, Dari). Returns its width."""
    line = shape_line(text, font_size=font_size, bold=bold, rtl=rtl)
    if align == "right":
        x -= line.width
    elif align == "centre":
        x -= line.width / 2
    line.draw(canvas, x, y)
    return line.width


def shape_line(text: str, *, font_size: float, bold: bool = False, rtl: bool = False) -> ShapedLine:
    """`text` as one line of shaped runs in visual order."""
    text = _WHITESPACE.sub(" ", text).strip()
    layout = _Layout(text, font_size, bold, rtl)
    return layout.line(0, len(text))


@dataclass(frozen=True)
class ShapedRun:
    """Glyphs of one font, size and direction, ready to draw, `width` points wide."""

    text: str  # a reportlab ShapedStr: the glyphs in visual order
    font: str
    size: float
    width: float


@dataclass(frozen=True)
class ShapedLine:
    """One line: its runs from left to right."""

    runs: tuple[ShapedRun, ...]

    @property
    def width(self) -> float:
        return sum(run.width for run in self.runs)

    def draw(self, canvas: Canvas, x: float, y: float) -> None:
        """Draw the line with its left edge at `x` and its baseline at `y`, as one text object
        (so that a PDF reader extracts it as one line)."""
        text = canvas.beginText(x, y)
        for run in self.runs:
            text.setFont(run.font, run.size)
            text.textOut(run.text)
        canvas.drawText(text)


class ShapedParagraph(Flowable):  # type: ignore[misc]
    """A paragraph of plain text, shaped, in bidirectional order, broken between words.

    The style gives the size, leading, colour, alignment, indents and space before and after;
    its weight (a bold face or not) picks the bold faces of every script. Splits across frames
    and pages between lines.
    """

    def __init__(self, text: str, style: ParagraphStyle, *, rtl: bool) -> None:
        super().__init__()
        self.text = _WHITESPACE.sub(" ", text).strip()
        self.style = style
        self.rtl = rtl
        self._lines: list[ShapedLine] = []
        self._room: float | None = None  # the width the lines were broken for; None: not yet
        self._fixed = False  # a part made by split(): its lines stay as they are

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab API
        self.width = availWidth
        room = availWidth - self.style.leftIndent - self.style.rightIndent
        if not self._fixed and room != self._room:
            self._lines = _Layout(self.text, self.style.fontSize, _is_bold(self.style), self.rtl).lines(room)
            self._room = room
        self.height = self.style.leading * len(self._lines)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803 - reportlab API
        self.wrap(availWidth, availHeight)
        fit = int(availHeight // self.style.leading)
        if fit <= 0:
            return []
        if fit >= len(self._lines):
            return [self]
        head, tail = self._part(self._lines[:fit]), self._part(self._lines[fit:])
        head.spaceAfter = 0
        tail.spaceBefore = 0
        return [head, tail]

    def draw(self) -> None:
        style = self.style
        canvas = self.canv
        canvas.setFillColor(style.textColor)
        left = style.leftIndent
        room = self.width - style.leftIndent - style.rightIndent
        for number, line in enumerate(self._lines):
            baseline = self.height - number * style.leading - style.fontSize
            if style.alignment == TA_RIGHT or (style.alignment == TA_JUSTIFY and self.rtl):
                x = left + room - line.width
            elif style.alignment == TA_CENTER:
                x = left + (room - line.width) / 2
            else:
                x = left
            line.draw(canvas, x, baseline)

    def _part(self, lines: list[ShapedLine]) -> ShapedParagraph:
        part = ShapedParagraph(self.text, self.style, rtl=self.rtl)
        part._lines, part._room, part._fixed = lines, self._room, True
        return part


class _Layout:
    """One paragraph's characters with their bidirectional levels and fonts."""

    def __init__(self, text: str, font_size: float, bold: bool, rtl: bool) -> None:
        fonts.register_fonts()
        self.text = text
        self.font_size = font_size
        self.base_level = 1 if rtl else 0
        self.levels = _embedding_levels(text, self.base_level)
        self.fonts = _fonts_of(text, bold)

    def lines(self, width: float) -> list[ShapedLine]:
        """The lines of the paragraph broken between words so that each fits `width` (a word
        longer than the width stands alone on its line)."""
        words = [match.span() for match in re.finditer(r"\S+", self.text)]
        if not words:
            return []
        widths = [self.line(start, end).width for start, end in words]
        lines: list[ShapedLine] = []
        first = 0
        used = widths[0]
        for index in range(1, len(words)):
            space_at = words[index - 1][1]
            space = pdfmetrics.stringWidth(" ", self.fonts[space_at], self._size(space_at))
            if used + space + widths[index] > width:
                lines.append(self.line(words[first][0], words[index - 1][1]))
                first, used = index, widths[index]
            else:
                used += space + widths[index]
        lines.append(self.line(words[first][0], words[-1][1]))
        return lines

    def line(self, start: int, end: int) -> ShapedLine:
        """Characters `start` to `end` as one line, its runs shaped and in visual order."""
        levels = self.levels[start:end]
        # Rule L1: white space at the end of a line takes the paragraph's level.
        position = len(levels)
        while position > 0 and self.text[start + position - 1].isspace():
            position -= 1
            levels[position] = self.base_level
        runs: list[tuple[int, int, int]] = []  # (level, start, end) in logical order
        run_start = start
        for index in range(start + 1, end + 1):
            if (
                index == end
                or levels[index - start] != levels[run_start - start]
                or self.fonts[index] != self.fonts[run_start]
            ):
                runs.append((levels[run_start - start], run_start, index))
                run_start = index
        shaped = [
            _shape(
                self.text[run_start:run_end], self.fonts[run_start], self._size(run_start), rtl=level % 2 == 1
            )
            for level, run_start, run_end in runs
        ]
        order = _visual_order([level for level, _start, _end in runs])
        return ShapedLine(tuple(shaped[index] for index in order))

    def _size(self, index: int) -> float:
        return self.font_size * _SCALES.get(self.fonts[index], 1.0)


def _embedding_levels(text: str, base_level: int) -> list[int]:
    """Each character's resolved embedding level (rules X1-I2 of Unicode's bidirectional
    algorithm) in a paragraph of level `base_level`."""
    if not text:
        return []
    kept = [i for i, char in enumerate(text) if unicodedata.bidirectional(char) not in _X9_REMOVED]
    storage: dict[str, Any] = _uba.get_empty_storage()
    storage["base_level"] = base_level
    storage["base_dir"] = "LR"[base_level]
    _uba.get_embedding_levels("".join(text[i] for i in kept), storage)
    _uba.explicit_embed_and_overrides(storage)
    _uba.resolve_weak_types(storage)
    _resolve_paired_brackets(storage["chars"], base_level)
    _uba.resolve_neutral_types(storage, False)
    _uba.resolve_implicit_levels(storage, False)
    resolved = [int(char["level"]) for char in storage["chars"]]
    levels = [base_level] * len(text)
    for index, level in zip(kept, resolved, strict=True):
        levels[index] = level
    # A removed character (a zero-width non-joiner in a Dari word) goes with the one before it.
    previous = base_level
    kept_set = set(kept)
    for index in range(len(text)):
        if index in kept_set:
            previous = levels[index]
        else:
            levels[index] = previous
    return levels


def _resolve_paired_brackets(chars: list[dict[str, Any]], base_level: int) -> None:
    """Rule N0, which python-bidi's Python algorithm (Unicode 6.2) lacks: a pair of brackets takes
    the direction of the text inside it, so that "(Oslo)" in an Arabic line keeps both brackets
    round the name. `chars` are the algorithm's characters after the weak types (W1-W7) are
    resolved; the paragraph is one isolating run sequence (explicit embeddings are not used)."""
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []  # (the closing bracket expected, position of the opening)
    for index, char in enumerate(chars):
        if char["type"] != "ON":
            continue
        letter = char["ch"]
        if letter in _OPENING:
            if len(stack) == 63:  # BD16: too deep, stop looking for pairs
                break
            stack.append((_OPENING[letter], index))
        elif letter in _CLOSING:
            for depth in range(len(stack) - 1, -1, -1):
                if letter == stack[depth][0]:
                    pairs.append((stack[depth][1], index))
                    del stack[depth:]
                    break
    embedding = "LR"[base_level % 2]
    for opening, closing in sorted(pairs):
        inside = {_strong(char) for char in chars[opening + 1 : closing]} - {None}
        if not inside:
            continue  # N0 d: no strong type inside, left to the other neutral rules
        if embedding in inside:
            direction = embedding  # N0 b
        else:  # N0 c: only the opposite direction inside: the strong type before the pair
            # decides (the paragraph's direction at its start)
            before = (_strong(char) for char in reversed(chars[:opening]))
            direction = next((kind for kind in before if kind is not None), embedding)
        chars[opening]["type"] = chars[closing]["type"] = direction


def _strong(char: dict[str, Any]) -> str | None:
    """The strong direction a character counts as in rule N0 (numbers count as right to left)."""
    kind = char["type"]
    if kind == "L":
        return "L"
    if kind in ("R", "AL", "EN", "AN"):
        return "R"
    return None


def _visual_order(levels: Sequence[int]) -> list[int]:
    """Rule L2: the order to show items (runs) of these levels in, from left to right."""
    order = list(range(len(levels)))
    if not levels:
        return order
    current = list(levels)
    lowest_odd = min(levels) | 1
    for level in range(max(levels), lowest_odd - 1, -1):
        index = 0
        while index < len(order):
            if current[index] >= level:
                end = index
                while end < len(order) and current[end] >= level:
                    end += 1
                order[index:end] = order[index:end][::-1]
                current[index:end] = current[index:end][::-1]
                index = end
            else:
                index += 1
    return order


def _fonts_of(text: str, bold: bool) -> list[str]:
    """The font for each character: its script's font, else DejaVu Sans; spaces, joiners and
    combining marks keep the font of the character before them (so that a run of Arabic words
    stays one run)."""
    latin = FONT_BOLD if bold else FONT_REGULAR
    chosen: list[str] = []
    for char in text:
        if chosen and (char.isspace() or unicodedata.category(char) in ("Mn", "Cf")):
            chosen.append(chosen[-1])
        else:
            chosen.append(_script_font(char, bold) or latin)
    return chosen


def _script_font(char: str, bold: bool) -> str | None:
    for script, letters in _SCRIPT_LETTERS:
        if letters.match(char):
            fonts.register_script(script)
            return script.bold if bold else script.regular
    return None


def _shape(text: str, font_name: str, font_size: float, *, rtl: bool) -> ShapedRun:
    """`text` shaped by HarfBuzz in `font_name`, in the given direction: its glyphs in visual
    order, as reportlab draws shaped text (the way reportlab's own `shapeFragWord` builds it,
    but with the direction the bidirectional algorithm resolved rather than a guess)."""
    with _shape_lock:
        font: Any = pdfmetrics.getFont(font_name)
        hb_font = font.hbFont(font_size)
        buffer = hb.Buffer()
        buffer.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
        buffer.add_str(text)
        buffer.guess_segment_properties()
        buffer.direction = "rtl" if rtl else "ltr"
        hb.shape(hb_font, buffer, _FEATURES)
        face = font.face
        chars: list[str] = []
        data: list[ShapeData] = []
        advance = 0.0
        for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
            glyph = info.codepoint
            known = face.glyphToChar.get(glyph)
            if known:
                code = known[0]
            else:  # a ligature or a contextual form without a character of its own
                code = font.hbAddPrivate(hb_font.glyph_to_string(glyph), glyph, position.x_advance)
            x_advance = font.pdfScale(position.x_advance)
            advance += x_advance
            chars.append(chr(code))
            data.append(
                ShapeData(
                    info.cluster,
                    x_advance,
                    font.pdfScale(position.y_advance),
                    font.pdfScale(position.x_offset),
                    font.pdfScale(position.y_offset),
                    face.charWidths[code],
                )
            )
    return ShapedRun(
        ShapedStr("".join(chars), shapeData=data), font_name, font_size, advance * font_size / 1000
    )


def _is_bold(style: ParagraphStyle) -> bool:
    return style.fontName in _BOLD_FACES


# --- checking (tests) -----------------------------------------------------------------------------


def visual_string(text: str, *, rtl: bool) -> str:
    """The characters of a one-line `text` in the order the layout shows them from left to right
    (brackets as characters: HarfBuzz draws a bracket in a right-to-left run mirrored)."""
    text = _WHITESPACE.sub(" ", text).strip()
    levels = _embedding_levels(text, 1 if rtl else 0)
    position = len(levels)
    while position > 0 and text[position - 1].isspace():
        position -= 1
        levels[position] = 1 if rtl else 0
    return "".join(text[index] for index in _visual_order(levels))


def searchable_text(text: str) -> str:
    """Text as written, or as a PDF reader extracts it from shaped Arabic, made comparable:
    Arabic presentation forms (the joined letters' glyphs map to them) become the letters
    (NFKC), and a zero-width non-joiner becomes a space (HarfBuzz draws it as a zero-width
    space glyph). pypdf returns each right-to-left stretch of a line in logical order, but the
    stretches around neutral characters (a full stop, a colon) in visual order, so compare
    words, not whole lines."""
    return unicodedata.normalize("NFKC", text).replace("\u200c", " ")
