"""Menu planning (C2): the week grid, copying weeks, N-week cycles applied over closed days,
warnings, and which printed menus are out of date."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import delete, func, insert, select
from sqlalchemy.exc import IntegrityError

from canteen_app.access import Actor, Permission, require
from canteen_app.canteen.calendar.dto import DayStatus
from canteen_app.canteen.calendar.service import CalendarService
from canteen_app.canteen.dishes.dto import DishSummary
from canteen_app.canteen.dishes.rules import Course
from canteen_app.canteen.dishes.service import DishService
from canteen_app.canteen.ingredients.allergens import marks_code
from canteen_app.canteen.menus.dto import CycleInfo, MenuDay, MenuWarning, PrintInfo, WeekMenu
from canteen_app.canteen.menus.menu_labels import check_language
from canteen_app.canteen.menus.menu_print import MenuPrintData
from canteen_app.canteen.menus.models import MenuCycle, MenuCycleEntry, MenuEntry, MenuPrint
from canteen_app.canteen.menus.rules import (
    CYCLE_WEEKS_MAX,
    MENUS,
    WORK_DAYS,
    PrintKind,
    WarningKind,
    cycle_week_index,
    fingerprint,
    monday_of,
    validate_cycle_name,
    validate_range,
    week_code,
    week_days,
)
from canteen_app.core.errors import ConcurrencyError, NotFoundError, ValidationError
from canteen_app.core.files import check_output_path
from canteen_app.core.progress import ProgressSink
from canteen_app.core.text import QT_TRANSLATE_NOOP, Message
from canteen_app.db.service import Clock, Service, reads, writes
from canteen_app.db.unit_of_work import Database
from canteen_app.platform.sites.service import SiteService

__all__ = ["MENUS", "MenuService"]

_ALREADY_ON_MENU = Message(QT_TRANSLATE_NOOP("errors", "This dish is already on that day's menu."))

_COURSE_ORDER = {course: index for index, course in enumerate(Course)}
# A cycle's plan: [week][weekday] -> dish ids in order.
CyclePlan = Sequence[Sequence[Sequence[int]]]


class MenuService(Service):
    def __init__(
        self,
        db: Database,
        clock: Clock,
        dishes: DishService,
        calendar: CalendarService,
        sites: SiteService,
    ) -> None:
        super().__init__(db, clock)
        self._dishes = dishes
        self._calendar = calendar
        self._sites = sites

    # --- reading -----------------------------------------------------------------------------

    @reads
    def week(self, actor: Actor, any_day: date, english: bool = False) -> WeekMenu:
        """The week's menu, Monday to Friday, with its warnings and printed copies."""
        require(actor, Permission.VIEW_MENUS)
        monday = monday_of(any_day)
        days = self._menu_days(actor.site_id, monday, monday + timedelta(days=WORK_DAYS - 1), english)
        return WeekMenu(
            monday=monday,
            week=week_code(monday),
            days=tuple(days),
            warnings=tuple(_warnings(days)),
            prints=tuple(self._prints(actor.site_id, monday, days)),
        )

    @reads
    def days(self, actor: Actor, first: date, last: date, english: bool = False) -> list[MenuDay]:
        """The menu of every weekday in [first, last] (a day's poster, the kiosk's today)."""
        require(actor, Permission.VIEW_MENUS)
        return self._menu_days(actor.site_id, first, last, english)

    @reads
    def has_any(self, site_id: int) -> bool:
        return (
            self.session.scalar(select(MenuEntry.id).where(MenuEntry.site_id == site_id).limit(1)) is not None
        )

    # --- the week grid -------------------------------------------------------------------------

    @writes
    def add_dish(self, actor: Actor, day: date, dish_id: int) -> None:
        """Put a dish on a day's menu (in its course's row), after the dishes already there."""
        require(actor, Permission.MANAGE_MENUS)
        self._require_open(actor.site_id, day)
        if not self._dishes.summaries(actor.site_id, [dish_id]):
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This dish no longer exists."))
        exists = self.session.scalar(
            select(MenuEntry.id).where(
                MenuEntry.site_id == actor.site_id, MenuEntry.day == day, MenuEntry.dish_id == dish_id
            )
        )
        if exists is not None:
            raise ValidationError({"dish": _ALREADY_ON_MENU})
        last = self.session.scalar(
            select(func.max(MenuEntry.position)).where(
                MenuEntry.site_id == actor.site_id, MenuEntry.day == day
            )
        )
        self.session.add(MenuEntry(site_id=actor.site_id, day=day, dish_id=dish_id, position=(last or 0) + 1))
        try:
            self.session.flush()
        except IntegrityError as error:  # another PC put it there a moment ago
            raise ValidationError({"dish": _ALREADY_ON_MENU}) from error
        self.changed(MENUS)

    @writes
    def remove_dish(self, actor: Actor, day: date, dish_id: int) -> None:
        require(actor, Permission.MANAGE_MENUS)
        self.session.execute(
            delete(MenuEntry).where(
                MenuEntry.site_id == actor.site_id, MenuEntry.day == day, MenuEntry.dish_id == dish_id
            )
        )
        self.changed(MENUS)

    @writes
    def copy_week(self, actor: Actor, source_monday: date, target_mondays: Iterable[date]) -> int:
        """Copy a week's menu onto other weeks, weekday by weekday, replacing what they had.
        Closed days are left empty on both sides. Returns how many days were filled."""
        require(actor, Permission.MANAGE_MENUS)
        source_monday = monday_of(source_monday)
        by_weekday = self._entries_by_weekday(actor.site_id, source_monday)
        filled = 0
        for target in {monday_of(target) for target in target_mondays} - {source_monday}:
            plan = {day: by_weekday.get(day.weekday(), []) for day in week_days(target)}
            filled += self._replace(actor.site_id, target, target + timedelta(days=WORK_DAYS - 1), plan)
        self.changed(MENUS)
        return filled

    # --- cycles --------------------------------------------------------------------------------

    @reads
    def cycles(self, actor: Actor) -> list[CycleInfo]:
        require(actor, Permission.VIEW_MENUS)
        query = select(MenuCycle).where(MenuCycle.site_id == actor.site_id).order_by(MenuCycle.name)
        return [_cycle_info(cycle) for cycle in self.session.scalars(query)]

    @writes
    def save_cycle(
        self,
        actor: Actor,
        name: str,
        plan: CyclePlan,
        cycle_id: int | None = None,
        version: int | None = None,
    ) -> CycleInfo:
        """Define (or redefine) an N-week cycle: plan[week][weekday] lists the dish ids."""
        require(actor, Permission.MANAGE_MENUS)
        clean_name, problem = validate_cycle_name(name)
        errors = {"name": problem} if problem else {}
        if not 1 <= len(plan) <= CYCLE_WEEKS_MAX or any(len(week) != WORK_DAYS for week in plan):
            errors["weeks"] = Message(
                QT_TRANSLATE_NOOP("errors", "A cycle has from 1 to {max} weeks of five weekdays."),
                {"max": CYCLE_WEEKS_MAX},
            )
        clash = self.session.scalar(
            select(MenuCycle.id).where(MenuCycle.site_id == actor.site_id, MenuCycle.name == clean_name)
        )
        if clash is not None and clash != cycle_id:
            errors["name"] = Message(QT_TRANSLATE_NOOP("errors", "A cycle with this name already exists."))
        if errors:
            raise ValidationError(errors)
        cycle = self._cycle(actor, cycle_id, version) if cycle_id else MenuCycle(site_id=actor.site_id)
        cycle.name, cycle.weeks, cycle.updated_at = clean_name, len(plan), self.now()
        cycle.entries = [
            MenuCycleEntry(week_index=w, weekday=d, position=p, dish_id=dish_id)
            for w, week in enumerate(plan)
            for d, dishes in enumerate(week)
            for p, dish_id in enumerate(dict.fromkeys(dishes))
        ]
        self.session.add(cycle)
        self.session.flush()
        self.changed(MENUS)
        return _cycle_info(cycle)

    @writes
    def cycle_from_weeks(self, actor: Actor, name: str, first_monday: date, weeks: int) -> CycleInfo:
        """Make a cycle of the `weeks` planned weeks starting at `first_monday`."""
        require(actor, Permission.MANAGE_MENUS)
        first_monday = monday_of(first_monday)
        plan = []
        for week in range(max(1, min(weeks, CYCLE_WEEKS_MAX))):
            by_weekday = self._entries_by_weekday(actor.site_id, first_monday + timedelta(weeks=week))
            plan.append([by_weekday.get(weekday, []) for weekday in range(WORK_DAYS)])
        return self.save_cycle(actor, name, plan)

    @writes
    def apply_cycle(
        self, actor: Actor, cycle_id: int, first_day: date, last_day: date, start_week: int = 0
    ) -> int:
        """Fill [first_day, last_day] from the cycle, week `start_week` (0-based) first,
        replacing what those days had; closed days are skipped and left empty. Returns how
        many days were filled."""
        require(actor, Permission.MANAGE_MENUS)
        errors = validate_range(first_day, last_day)
        if errors:
            raise ValidationError(errors)
        cycle = self._cycle(actor, cycle_id, None)
        if not 0 <= start_week < cycle.weeks:
            raise ValidationError(
                {
                    "start_week": Message(
                        QT_TRANSLATE_NOOP("errors", "Choose a week from 1 to {weeks}."),
                        {"weeks": cycle.weeks},
                    )
                }
            )
        dishes: dict[tuple[int, int], list[int]] = {}
        for entry in cycle.entries:
            dishes.setdefault((entry.week_index, entry.weekday), []).append(entry.dish_id)
        plan = {
            day: dishes.get((cycle_week_index(day, first_day, start_week, cycle.weeks), day.weekday()), [])
            for day in _weekdays(first_day, last_day)
        }
        filled = self._replace(actor.site_id, first_day, last_day, plan)
        self.changed(MENUS)
        return filled

    @writes
    def delete_cycle(self, actor: Actor, cycle_id: int) -> None:
        require(actor, Permission.MANAGE_MENUS)
        self.session.delete(self._cycle(actor, cycle_id, None))
        self.changed(MENUS)

    # --- printing ------------------------------------------------------------------------------

    @writes
    def record_print(
        self,
        actor: Actor,
        kind: PrintKind,
        first: date,
        last: date,
        language: str,
        printed: Sequence[MenuDay] | None = None,
    ) -> None:
        """Log that a menu or poster of [first, last] was printed, with the fingerprint of the
        days it showed (`printed`, as read for the print; the days as they are now when not
        given). A later change to what it shows marks it "print again"."""
        require(actor, Permission.VIEW_MENUS)
        days = printed if printed is not None else self._menu_days(actor.site_id, first, last, False)
        self.session.add(
            MenuPrint(
                site_id=actor.site_id,
                kind=kind.value,
                first_day=first,
                last_day=last,
                language=language,
                printed_at=self.now(),
                actor_id=actor.user_id,
                actor_name=actor.name[:120],
                fingerprint=_fingerprint(days),
            )
        )
        self.changed(MENUS)

    def render_menu(
        self,
        actor: Actor,
        kind: PrintKind,
        first: date,
        last: date,
        language: str,
        out_path: Path,
        progress: ProgressSink | None = None,
    ) -> Path:
        """Print the week menu (A4 landscape) or the allergen poster (A3 portrait) of
        [first, last] to `out_path`, Norwegian, with English beside when `language` is "en".

        The content is read in one read transaction and the PDF laid out and written outside
        it; only a PDF that was written is logged as printed, with the fingerprint of what it
        shows (a cancelled or failed render logs nothing)."""
        from canteen_app.canteen.menus.poster_pdf import render_poster
        from canteen_app.canteen.menus.week_menu_pdf import render_week_menu

        check_language(language)
        if last < first:
            raise ValidationError(validate_range(first, last))
        out_path = check_output_path(out_path)
        data = self._print_data(actor, kind, first, last, language)
        render = render_poster if kind is PrintKind.POSTER else render_week_menu
        written = render(data, out_path, progress)
        self.record_print(actor, kind, first, last, language, data.days)
        return written

    @reads
    def _print_data(
        self, actor: Actor, kind: PrintKind, first: date, last: date, language: str
    ) -> MenuPrintData:
        require(actor, Permission.VIEW_MENUS)
        english = language == "en"
        days = self._menu_days(actor.site_id, first, last, english)
        # With English the days name a holiday in English; the print names it in Norwegian too.
        statuses = self._calendar.days(actor.site_id, first, last) if english else []
        return MenuPrintData(
            kind=kind,
            site_name=self._sites.name(actor.site_id),
            first=first,
            last=last,
            days=tuple(days),
            english=english,
            generated_at=self.now(),
            author=actor.name,
            reasons_nb={status.day: status.reason for status in statuses if status.reason},
        )

    # --- helpers -------------------------------------------------------------------------------

    def _menu_days(self, site_id: int, first: date, last: date, english: bool) -> list[MenuDay]:
        statuses = self._calendar.days(site_id, first, last, english)
        entries = self.session.execute(
            select(MenuEntry.day, MenuEntry.dish_id)
            .where(MenuEntry.site_id == site_id, MenuEntry.day >= first, MenuEntry.day <= last)
            .order_by(MenuEntry.day, MenuEntry.position, MenuEntry.id)
        ).all()
        summaries = self._dishes.summaries(site_id, {row.dish_id for row in entries})
        by_day: dict[date, list[DishSummary]] = {}
        for row in entries:
            by_day.setdefault(row.day, []).append(summaries[row.dish_id])
        return [_menu_day(status, by_day.get(status.day, [])) for status in statuses]

    def _require_open(self, site_id: int, day: date) -> None:
        status = next(iter(self._calendar.days(site_id, day, day)), None)
        if status is None:
            raise ValidationError(
                {"day": Message(QT_TRANSLATE_NOOP("errors", "The canteen serves Monday to Friday."))}
            )
        if status.closed:
            raise ValidationError(
                {
                    "day": Message(
                        QT_TRANSLATE_NOOP("errors", "The canteen is closed that day: {reason}."),
                        {"reason": status.reason},
                    )
                }
            )

    def _entries_by_weekday(self, site_id: int, monday: date) -> dict[int, list[int]]:
        rows = self.session.execute(
            select(MenuEntry.day, MenuEntry.dish_id)
            .where(
                MenuEntry.site_id == site_id,
                MenuEntry.day >= monday,
                MenuEntry.day < monday + timedelta(days=WORK_DAYS),
            )
            .order_by(MenuEntry.day, MenuEntry.position, MenuEntry.id)
        ).all()
        found: dict[int, list[int]] = {}
        for row in rows:
            found.setdefault(row.day.weekday(), []).append(row.dish_id)
        return found

    def _replace(self, site_id: int, first: date, last: date, plan: dict[date, list[int]]) -> int:
        """Replace the menu of the open days in [first, last] with `plan`; closed days are
        emptied. Returns how many open days got dishes."""
        open_days = set(self._calendar.open_days(site_id, first, last))
        self.session.execute(
            delete(MenuEntry).where(
                MenuEntry.site_id == site_id, MenuEntry.day >= first, MenuEntry.day <= last
            )
        )
        rows = [
            {"site_id": site_id, "day": day, "dish_id": dish_id, "position": position}
            for day, dish_ids in plan.items()
            if day in open_days
            for position, dish_id in enumerate(dict.fromkeys(dish_ids))
        ]
        if rows:
            try:
                self.session.execute(insert(MenuEntry), rows)
            except IntegrityError as error:  # another PC filled these days at the same moment
                raise ConcurrencyError() from error
        return len({row["day"] for row in rows})

    def _cycle(self, actor: Actor, cycle_id: int, version: int | None) -> MenuCycle:
        cycle = self.session.get(MenuCycle, cycle_id)
        if cycle is None or cycle.site_id != actor.site_id:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This menu cycle no longer exists."))
        if version is not None and cycle.version != version:
            raise ConcurrencyError()
        return cycle

    def _prints(self, site_id: int, monday: date, days: list[MenuDay]) -> list[PrintInfo]:
        friday = monday + timedelta(days=WORK_DAYS - 1)
        query = (
            select(MenuPrint)
            .where(MenuPrint.site_id == site_id, MenuPrint.first_day <= friday, MenuPrint.last_day >= monday)
            .order_by(MenuPrint.printed_at.desc())
        )
        by_day = {day.day: day for day in days}
        found = []
        for printed in self.session.scalars(query):
            inside = [day for when, day in by_day.items() if printed.first_day <= when <= printed.last_day]
            current = (
                _fingerprint(inside) if printed.first_day >= monday and printed.last_day <= friday else None
            )
            if current is None:  # a print reaching outside this week: read its own range
                current = _fingerprint(
                    self._menu_days(site_id, printed.first_day, printed.last_day, printed.language == "en")
                )
            found.append(
                PrintInfo(
                    kind=PrintKind(printed.kind),
                    first_day=printed.first_day,
                    last_day=printed.last_day,
                    language=printed.language,
                    printed_at=printed.printed_at,
                    actor_name=printed.actor_name,
                    outdated=current != printed.fingerprint,
                )
            )
        return found


def _weekdays(first: date, last: date) -> list[date]:
    return [
        first + timedelta(days=n)
        for n in range((last - first).days + 1)
        if (first + timedelta(days=n)).weekday() < 5
    ]


def _menu_day(status: DayStatus, dishes: list[DishSummary]) -> MenuDay:
    ordered = sorted(dishes, key=lambda dish: _COURSE_ORDER[dish.course])  # stable: keeps the day's order
    return MenuDay(status.day, status.closed, status.reason, tuple(ordered), status.public_holiday)


def _warnings(days: Iterable[MenuDay]) -> list[MenuWarning]:
    found = []
    for day in days:
        if day.closed or not day.dishes:
            continue  # a day not planned yet is not a day without a vegetarian main
        if not day.has_vegetarian_main:
            found.append(MenuWarning(day.day, WarningKind.NO_VEGETARIAN_MAIN))
        found += [
            MenuWarning(day.day, WarningKind.STALE_ALLERGENS, dish.name_nb)
            for dish in day.dishes
            if dish.check_stale
        ]
    return found


def _fingerprint(days: Iterable[MenuDay]) -> str:
    """What a printed menu shows of these days: names in both languages, courses, allergens."""
    parts: list[str] = []
    for day in days:
        # A holiday's name depends on the print's language; the manager's reason does not.
        reason = "holiday" if day.public_holiday else day.reason or ""
        parts.append(f"{day.day}|{day.closed}|{reason}")
        for dish in day.dishes:
            allergens = dish.allergens
            parts.append(
                f"{dish.name_nb}|{dish.name_en}|{dish.course}|{marks_code(allergens.contains)}|"
                f"{marks_code(allergens.may_contain)}|{dish.vegetarian}|{dish.vegan}"
            )
    return fingerprint(parts)


def _cycle_info(cycle: MenuCycle) -> CycleInfo:
    plan: list[list[list[int]]] = [[[] for _ in range(WORK_DAYS)] for _ in range(cycle.weeks)]
    for entry in cycle.entries:
        plan[entry.week_index][entry.weekday].append(entry.dish_id)
    return CycleInfo(
        id=cycle.id,
        name=cycle.name,
        weeks=cycle.weeks,
        plan=tuple(tuple(tuple(day) for day in week) for week in plan),
        version=cycle.version,
    )
