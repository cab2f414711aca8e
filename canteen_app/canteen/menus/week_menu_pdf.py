"""The week menu, A4 landscape: the weekdays across, the courses down, every dish with its
allergens in Norwegian words (English below them when asked), closed days greyed out with
their reason, and the 14 allergens named underneath.

A guest reads it at the counter or on the notice board. The week is kept on one page where a
slightly smaller type makes it fit; a very full week flows on to the next page instead of
getting smaller still.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from canteen_app.canteen.dishes.dto import DishSummary
from canteen_app.canteen.dishes.rules import COURSE_EN, COURSE_NB, Course
from canteen_app.canteen.menus.dto import MenuDay
from canteen_app.canteen.menus.menu_labels import EN, NB
from canteen_app.canteen.menus.menu_pdf import (
    ACCENT_HEX,
    CLOSED_BG,
    MUTED_HEX,
    both,
    both_labelled,
    height_of,
    legend_lines,
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
    title,
)
from canteen_app.core.progress import ProgressSink
from canteen_app.documents.fonts import FONT_REGULAR, register_fonts
from canteen_app.documents.styles import Palette
from canteen_app.documents.templates import A4_LANDSCAPE

LAYOUT = A4_LANDSCAPE
# Tried in turn: the largest type with which the week fits on its page (a quiet week gets
# larger type); a week that does not fit even at the smallest flows on at the normal size.
_SCALES = (1.15, 1.07, 1.0, 0.94, 0.88)  # at 0.88 the allergen words are 7 pt
_NORMAL = 1.0
_COURSE_COLUMN = 23 * mm
_PADDING = 3.5


@dataclass(frozen=True)
class _Styles:
    scale: float
    title: ParagraphStyle
    period: ParagraphStyle
    day: ParagraphStyle
    day_en: ParagraphStyle
    course: ParagraphStyle
    course_en: ParagraphStyle
    name: ParagraphStyle
    name_en: ParagraphStyle
    allergens: ParagraphStyle
    allergens_en: ParagraphStyle
    closed: ParagraphStyle
    closed_reason: ParagraphStyle
    empty: ParagraphStyle
    notice: ParagraphStyle
    notice_en: ParagraphStyle


def _styles(scale: float) -> _Styles:
    def size(points: float) -> float:
        return round(points * scale, 2)

    muted = Palette.MUTED
    return _Styles(
        scale=scale,
        title=style("WeekTitle", 19, bold=True, color=Palette.ACCENT),
        period=style("WeekPeriod", 10.5, after=5),
        day=style("WeekDay", 9.5, bold=True),  # the same size in every week: it fits its column
        day_en=style("WeekDayEn", 8, color=muted),
        course=style("WeekCourse", size(9), bold=True, color=Palette.ACCENT),
        course_en=style("WeekCourseEn", size(7.5), color=muted),
        name=style("WeekDish", size(9.5), bold=True),
        name_en=style("WeekDishEn", size(8), color=muted),
        allergens=style("WeekAllergens", size(8), leading=1.15, before=size(1)),
        allergens_en=style("WeekAllergensEn", size(7.5), color=muted, leading=1.15),
        closed=style("WeekClosed", size(13), bold=True, alignment=TA_CENTER, after=size(3)),
        closed_reason=style("WeekClosedReason", size(9.5), alignment=TA_CENTER),
        empty=style("WeekEmpty", size(8.5), color=muted),
        notice=style("WeekNotice", 8.5, after=2),
        notice_en=style("WeekNoticeEn", 8, color=muted, after=4),
    )


def render_week_menu(data: MenuPrintData, out_path: Path, progress: ProgressSink | None = None) -> Path:
    """Render the week menu to `out_path` (atomically) and return the path."""
    return write(data, week_menu_story(data), LAYOUT, out_path, progress)


def week_menu_story(data: MenuPrintData) -> list[Flowable]:
    """One page per week (more when a week does not fit on one)."""
    register_fonts()
    story: list[Flowable] = []
    for index, (_monday, days) in enumerate(data.weeks()):
        if index:
            story.append(PageBreak())
        story += _fitted_week(data, days)
    return story


def _fitted_week(data: MenuPrintData, days: Sequence[MenuDay]) -> list[Flowable]:
    for scale in _SCALES:
        week = _week(data, days, _styles(scale))
        if height_of(week, LAYOUT.content_width) <= LAYOUT.content_height:
            return week
    return _week(data, days, _styles(_NORMAL))


def _week(data: MenuPrintData, days: Sequence[MenuDay], st: _Styles) -> list[Flowable]:
    return [
        *_title_block(data, days, st),
        _grid(data, days, st),
        Spacer(1, 4 * mm),
        *_notice(data, st),
        *legend_lines(data, 7.5),
    ]


def _title_block(data: MenuPrintData, days: Sequence[MenuDay], st: _Styles) -> list[Flowable]:
    week = replace(data, first=days[0].day, last=days[-1].day, days=tuple(days))
    heading = text(title(week, NB), bold=True)
    period = NB.period(week.first, week.last)
    if data.english:
        english = text(title(week, EN))
        heading += f'<font name="{FONT_REGULAR}" size="12" color="{MUTED_HEX}">  ·  {english}</font>'
    return [Paragraph(heading, st.title), Paragraph(text(period), st.period)]


# --- the grid ------------------------------------------------------------------------------


def _courses(days: Sequence[MenuDay]) -> list[Course]:
    present = {dish.course for day in days for dish in day.dishes}
    return [course for course in Course if course in present]


def _grid(data: MenuPrintData, days: Sequence[MenuDay], st: _Styles) -> Table:
    header = [Paragraph("", st.course), *(_day_header(data, day, st) for day in days)]
    courses: list[Course | None] = [*_courses(days)] or [None]  # None: nothing planned all week
    body = [
        [_course_cell(data, course, st), *(_cell(data, day, course, st) for day in days)]
        for course in courses
    ]
    for column, day in enumerate(days, start=1):
        if day.closed:
            body[0][column] = _closed_cell(data, day, st)
        elif not day.dishes:
            body[0][column] = [Paragraph(text(NB.nothing_planned), st.empty)]
    day_width = (LAYOUT.content_width - _COURSE_COLUMN) / len(days)
    table = Table([header, *body], colWidths=[_COURSE_COLUMN, *[day_width] * len(days)], repeatRows=1)
    table.setStyle(_grid_style(days, 1 + len(body)))
    return table


def _day_header(data: MenuPrintData, day: MenuDay, st: _Styles) -> list[Flowable]:
    weekday = EN.formats.weekday_name(day.day.weekday()) if data.english else None
    return both(Words(NB.weekday_and_date(day.day), weekday), st.day, st.day_en)


def _course_cell(data: MenuPrintData, course: Course | None, st: _Styles) -> list[Flowable]:
    if course is None:
        return []
    words = Words(COURSE_NB[course], COURSE_EN[course] if data.english else None)
    return both(words, st.course, st.course_en)


def _cell(data: MenuPrintData, day: MenuDay, course: Course | None, st: _Styles) -> list[Flowable]:
    found: list[Flowable] = []
    for dish in day.dishes:
        if dish.course == course:
            if found:
                found.append(Spacer(1, 6 * st.scale))
            found += _dish(data, dish, st)
    return found


def _dish(data: MenuPrintData, dish: DishSummary, st: _Styles) -> list[Flowable]:
    words = dish_text(dish, data.english)
    name = text(words.name.nb, bold=True)
    if words.diet is not None:
        diet = words.diet.nb if words.diet.en is None else f"{words.diet.nb} · {words.diet.en}"
        mark, size = text(diet).replace(" ", "\xa0"), f"{7.5 * st.scale:.2f}"  # never broken
        name += f'  <font name="{FONT_REGULAR}" size="{size}" color="{ACCENT_HEX}">{mark}</font>'
    found: list[Flowable] = [Paragraph(name, st.name)]
    if words.name.en:
        found.append(Paragraph(text(words.name.en), st.name_en))
    found += both_labelled(data.words("contains"), words.contains, st.allergens, st.allergens_en)
    if words.traces is not None:
        found += both_labelled(data.words("may_contain"), words.traces, st.allergens, st.allergens_en)
    return found


def _closed_cell(data: MenuPrintData, day: MenuDay, st: _Styles) -> list[Flowable]:
    found = both(data.words("closed"), st.closed, st.closed_reason)
    reason = closed_reason(data, day)
    if reason.nb:
        found += both(reason, st.closed_reason, st.closed_reason)
    return found


def _grid_style(days: Sequence[MenuDay], row_count: int) -> TableStyle:
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), _PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), _PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), _PADDING + 1),
        ("BACKGROUND", (0, 0), (-1, 0), Palette.HEADER_BG),
        ("BACKGROUND", (0, 1), (0, -1), Palette.ZEBRA_BG),
        ("LINEABOVE", (0, 0), (-1, 0), 0.9, Palette.ACCENT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, Palette.ACCENT),
        ("LINEBELOW", (0, -1), (-1, -1), 0.9, Palette.ACCENT),
        ("INNERGRID", (0, 1), (-1, -1), 0.5, Palette.GRID),
        ("LINEAFTER", (0, 0), (-2, 0), 0.5, Palette.GRID),
    ]
    # A closed day is a grey column with its reason at the top. Not one spanned cell: a table
    # with a cell spanning its rows cannot flow on to the next page.
    for column, day in enumerate(days, start=1):
        if day.closed:
            commands += [
                ("BACKGROUND", (column, 1), (column, row_count - 1), CLOSED_BG),
                ("LINEBELOW", (column, 1), (column, row_count - 2), 0, CLOSED_BG),
                ("TOPPADDING", (column, 1), (column, 1), 3 * _PADDING),
            ]
    return table_style(commands)


def _notice(data: MenuPrintData, st: _Styles) -> list[Flowable]:
    """ "Spør oss om allergener." and what "kan inneholde spor av" means."""
    ask, explain = data.words("ask_us"), data.words("trace_explanation")
    found = [Paragraph(f"<b>{text(ask.nb, bold=True)}.</b> {text(explain.nb)}", st.notice)]
    if ask.en and explain.en:
        found.append(Paragraph(f"<b>{text(ask.en, bold=True)}.</b> {text(explain.en)}", st.notice_en))
    return found
