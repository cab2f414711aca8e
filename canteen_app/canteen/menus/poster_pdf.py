"""The allergen poster, A3 portrait, for the canteen wall: a day's or a week's dishes in large
type, each with its allergens in Norwegian words (English below them when asked), the notice
"Spør oss om allergener", what "kan inneholde spor av" means, and the 14 allergens named.

Read from a few metres away: dish names are 26 pt, allergen words 17 pt, and a day's poster
takes up to 1.6 times that while it still fits on its page. Dishes that do not fit flow on to
the next page; a dish is never split between pages, nor a day's heading left at a page's end.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from canteen_app.canteen.dishes.dto import DishSummary
from canteen_app.canteen.menus.dto import MenuDay
from canteen_app.canteen.menus.menu_labels import EN, NB
from canteen_app.canteen.menus.menu_pdf import (
    ACCENT_HEX,
    CLOSED_BG,
    FirstThatFits,
    both,
    both_labelled,
    height_of,
    legend_lines,
    legend_table,
    stacked,
    style,
    table_style,
    text,
    write,
)
from canteen_app.canteen.menus.menu_print import (
    MenuPrintData,
    Words,
    closed_reason,
    dish_text,
    titles,
)
from canteen_app.core.progress import ProgressSink
from canteen_app.documents.fonts import FONT_REGULAR, register_fonts
from canteen_app.documents.styles import Palette
from canteen_app.documents.templates import A3_PORTRAIT

LAYOUT = A3_PORTRAIT
_WIDTH = LAYOUT.content_width
_DAY_SCALES = (1.6, 1.5, 1.4, 1.3, 1.2, 1.1, 1.0)  # a day's poster: the largest that fits on one page


@dataclass(frozen=True)
class _Styles:
    scale: float
    title: ParagraphStyle
    title_en: ParagraphStyle
    period: ParagraphStyle
    ask: ParagraphStyle
    ask_en: ParagraphStyle
    day: ParagraphStyle
    day_en: ParagraphStyle
    course: ParagraphStyle
    name: ParagraphStyle
    name_en: ParagraphStyle
    allergens: ParagraphStyle
    allergens_en: ParagraphStyle
    closed: ParagraphStyle
    closed_en: ParagraphStyle
    empty: ParagraphStyle
    explain: ParagraphStyle
    explain_en: ParagraphStyle


def _styles(scale: float) -> _Styles:
    """The poster's type; `scale` enlarges the dishes of a day that has room for it."""

    def size(points: float) -> float:
        return round(points * scale, 2)

    muted, white = Palette.MUTED, Palette.WHITE
    return _Styles(
        scale=scale,
        title=style("PosterTitle", 34, bold=True, color=Palette.ACCENT, leading=1.15),
        title_en=style("PosterTitleEn", 20, color=muted, before=2),
        period=style("PosterPeriod", 17, before=4),
        ask=style("PosterAsk", 32, bold=True, color=white),
        ask_en=style("PosterAskEn", 20, color=white, before=2),
        day=style("PosterDay", 28, bold=True, color=Palette.ACCENT, before=14),
        day_en=style("PosterDayEn", 17, color=muted),
        course=style("PosterCourse", size(14), color=muted, after=1),
        name=style("PosterDish", size(26), bold=True, leading=1.15),
        name_en=style("PosterDishEn", size(18), color=muted, before=1),
        allergens=style("PosterAllergens", size(17), before=size(5), leading=1.25),
        allergens_en=style("PosterAllergensEn", size(15), color=muted, leading=1.25),
        closed=style("PosterClosed", 24, bold=True, before=6),
        closed_en=style("PosterClosedEn", 18, color=muted),
        empty=style("PosterEmpty", 17, color=muted, before=6),
        explain=style("PosterExplain", 16, leading=1.3),
        explain_en=style("PosterExplainEn", 14, color=muted, leading=1.3, before=4),
    )


def render_poster(data: MenuPrintData, out_path: Path, progress: ProgressSink | None = None) -> Path:
    """Render the allergen poster to `out_path` (atomically) and return the path."""
    return write(data, poster_story(data), LAYOUT, out_path, progress)


def poster_story(data: MenuPrintData) -> list[Flowable]:
    """A day's poster takes the largest type that keeps it on one page; a longer poster flows."""
    register_fonts()
    if len(data.days) == 1:
        for scale in _DAY_SCALES:
            groups = _groups(data, _styles(scale))
            if height_of([f for group in groups for f in group], _WIDTH) <= LAYOUT.content_height:
                return _kept_together(groups)
    return _kept_together(_groups(data, _styles(1.0)))


def _kept_together(groups: list[list[Flowable]]) -> list[Flowable]:
    return [group[0] if len(group) == 1 else KeepTogether(group) for group in groups]


def _groups(data: MenuPrintData, st: _Styles) -> list[list[Flowable]]:
    """The poster as groups of flowables that share a page (a dish, a heading with its first
    dish); measured before they are wrapped up, since a KeepTogether does not tell its height."""
    groups = [[flowable] for flowable in (*_title_block(data, st), _ask_us(data, st))]
    one_day = len(data.days) == 1
    for day in data.days:
        groups += _day(data, day, st, heading=not one_day)
    table = legend_table(data, _WIDTH, 13, columns=2, heading_size=20)
    legend = FirstThatFits(table, stacked(legend_lines(data, 13), _WIDTH))
    return [*groups, [Spacer(1, 10 * mm)], [_explanation(data, st)], [Spacer(1, 8 * mm)], [legend]]


def _title_block(data: MenuPrintData, st: _Styles) -> list[Flowable]:
    heading = titles(data)
    found = [Paragraph(_title_markup(heading.nb), st.title)]
    if heading.en:
        found.append(Paragraph(text(heading.en), st.title_en))
    if data.first != data.last:
        found.append(Paragraph(text(NB.period(data.first, data.last)), st.period))
    return [*found, Spacer(1, 6 * mm)]


def _title_markup(title: str) -> str:
    """A day's title breaks before its date, never inside it: "Allergener i dag –" / "onsdag
    25. november 2026"."""
    before, dash, after = title.partition(" – ")
    if not dash:
        return text(title, bold=True)
    return f"{text(before + dash.rstrip(), bold=True)}<br/>{text(after, bold=True)}"


def _ask_us(data: MenuPrintData, st: _Styles) -> Table:
    """The sentence guests look for, white on the dark accent colour across the page."""
    box = Table([[both(data.words("ask_us"), st.ask, st.ask_en)]], colWidths=[_WIDTH])
    box.setStyle(_box_style(Palette.ACCENT, padding=12))
    return box


def _box_style(background: object, padding: float) -> TableStyle:
    return table_style(
        [
            ("BACKGROUND", (0, 0), (-1, -1), background),
            ("LEFTPADDING", (0, 0), (-1, -1), padding * 1.3),
            ("RIGHTPADDING", (0, 0), (-1, -1), padding * 1.3),
            ("TOPPADDING", (0, 0), (-1, -1), padding),
            ("BOTTOMPADDING", (0, 0), (-1, -1), padding * 1.2),
        ]
    )


def _day(data: MenuPrintData, day: MenuDay, st: _Styles, *, heading: bool) -> list[list[Flowable]]:
    """The day's heading (on a week's poster) and its dishes; the heading never ends a page."""
    head: list[Flowable] = [Spacer(1, 4 * mm)]
    if heading:
        weekday = EN.formats.weekday_name(day.day.weekday()) if data.english else None
        head += both(Words(NB.weekday_and_date(day.day), weekday), st.day, st.day_en)
        head.append(HRFlowable(width="100%", thickness=2, color=Palette.ACCENT, spaceBefore=4, spaceAfter=2))
    if day.closed:
        return [[*head, _closed(data, day, st)]]
    if not day.dishes:
        return [[*head, Paragraph(text(NB.nothing_planned), st.empty)]]
    # A dish is never split; the first one keeps the heading company (no nested KeepTogether:
    # reportlab then breaks the page before it even where it would fit).
    dishes = [_dish(data, dish, st, rule=index > 0) for index, dish in enumerate(day.dishes)]
    return [[*head, *dishes[0]], *dishes[1:]]


def _closed(data: MenuPrintData, day: MenuDay, st: _Styles) -> Table:
    closed, reason = data.words("closed"), closed_reason(data, day)
    lines = Words(
        f"{closed.nb} – {reason.nb}" if reason.nb else closed.nb,
        (f"{closed.en} – {reason.en or reason.nb}" if reason.nb else closed.en) if closed.en else None,
    )
    box = Table([[both(lines, st.closed, st.closed_en)]], colWidths=[_WIDTH])
    box.setStyle(_box_style(CLOSED_BG, padding=10))
    return box


def _dish(data: MenuPrintData, dish: DishSummary, st: _Styles, *, rule: bool) -> list[Flowable]:
    words = dish_text(dish, data.english)
    found: list[Flowable] = []
    if rule:
        gap = 8 * st.scale
        found.append(
            HRFlowable(width="100%", thickness=0.8, color=Palette.RULE, spaceBefore=gap, spaceAfter=gap)
        )
    else:
        found.append(Spacer(1, 3 * mm))
    course = words.course.nb if words.course.en is None else f"{words.course.nb} · {words.course.en}"
    found.append(Paragraph(text(course), st.course))
    found.append(Paragraph(_name_markup(words.name.nb, words.diet, st), st.name))
    if words.name.en:
        found.append(Paragraph(text(words.name.en), st.name_en))
    found += both_labelled(data.words("contains"), words.contains, st.allergens, st.allergens_en)
    if words.traces is not None:
        found += both_labelled(data.words("may_contain"), words.traces, st.allergens, st.allergens_en)
    return found


def _name_markup(name: str, diet: Words | None, st: _Styles) -> str:
    markup = text(name, bold=True)
    if diet is None:
        return markup
    mark = text(diet.nb if diet.en is None else f"{diet.nb} · {diet.en}").replace(" ", "\xa0")
    size = f"{17 * st.scale:.2f}"
    return f'{markup}   <font name="{FONT_REGULAR}" size="{size}" color="{ACCENT_HEX}">{mark}</font>'


def _explanation(data: MenuPrintData, st: _Styles) -> Table:
    """What "kan inneholde spor av" means, in a light box."""
    box = Table([[both(data.words("trace_explanation"), st.explain, st.explain_en)]], colWidths=[_WIDTH])
    box.setStyle(_box_style(Palette.HEADER_BG, padding=10))
    return box
