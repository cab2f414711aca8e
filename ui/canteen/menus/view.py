"""The menu page: one week's menu in a grid, the manager's planning (dishes, copies, cycles),
its warnings and cost, and the printed week menu and allergen poster.

A week is one read (`MenuService.week`: days, dishes with their allergens, warnings, printed
copies); the dish picker's choices are read once, after the first week is on screen, and again
only when dishes change. Nothing waits for the database on the GUI thread.
"""

from __future__ import annotations

import itertools
import logging
import tempfile
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from canteen_app.access import Permission
from canteen_app.app import AppServices, Changes
from canteen_app.canteen.calendar.rules import CALENDAR
from canteen_app.canteen.dishes.rules import DISHES
from canteen_app.canteen.dishes.service import DishChoice
from canteen_app.canteen.ingredients.rules import INGREDIENTS
from canteen_app.canteen.menus.dto import CycleInfo, PrintInfo, WeekMenu
from canteen_app.canteen.menus.rules import MENUS, WORK_DAYS, PrintKind, monday_of, validate_range
from canteen_app.core.dates import oslo_today
from canteen_app.core.errors import DomainError, ValidationError
from canteen_app.core.formatting import locale_format
from canteen_app.core.progress import ProgressSink
from ui.canteen.menus.dialogs import ApplyCycleDialog, CopyWeekDialog, SaveCycleDialog
from ui.canteen.menus.grid import WeekGrid
from ui.canteen.menus.picker import DishPickerDialog, choices_model
from ui.canteen.menus.texts import money, print_text, print_title, warning_texts, week_title, weekday_date
from ui.common.context import UiContext
from ui.common.dialogs import DESTRUCTIVE, REJECT, Choice, question_box
from ui.common.forms import FormErrors
from ui.common.i18n import message_text
from ui.common.tasks import Task
from ui.common.widgets import FieldMessage, WideListComboBox, action_button, touch_combo

log = logging.getLogger(__name__)

WEEKS_AROUND = 52  # the week chooser lists a year before and after the shown week
BUTTON_HEIGHT = 40


@dataclass(frozen=True)
class ShownPrint:
    text: str
    outdated: bool


class MenuView(QWidget):
    """See the module docstring."""

    week_loaded = Signal()  # the grid shows the week asked for
    choices_loaded = Signal()  # the dish picker's choices are in
    picker_opened = Signal(object)  # the DishPickerDialog
    dialog_opened = Signal(object)  # a copy / cycle dialog, or a question box
    print_opened = Signal(object)  # the PdfPreviewDialog of a freshly made menu or poster

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("menuView")
        self._context = context
        self._language = context.language
        self._can_edit = context.actor.can(Permission.MANAGE_MENUS)
        self._monday = monday_of(oslo_today())
        self._week: WeekMenu | None = None
        self._generation = 0  # bumps on every week asked for; older answers are dropped
        self._loading = False
        self._choices: QStandardItemModel | None = None
        self._choices_loading = False
        self._choices_version = 0  # bumps when dishes change: a list read before is dropped
        self._waiting_pickers: list[DishPickerDialog] = []
        self._render_task: Task | None = None
        self._reports_dir: tempfile.TemporaryDirectory[str] | None = None
        self._shown_prints: list[ShownPrint] = []
        self._build()
        self.errors = FormErrors(self.message)
        context.ops.changed.connect(self._on_changed)
        self.show_week(self._monday)

    # --- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(6)
        layout.addLayout(self._build_navigation())
        if self._can_edit:
            layout.addLayout(self._build_planning())
        layout.addLayout(self._build_printing())
        self.message = FieldMessage("menu")
        layout.addWidget(self.message)
        self.status = QLabel("")
        self.status.setObjectName("menuStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        layout.addWidget(self.status)
        self.warnings_label = QLabel("")
        self.warnings_label.setObjectName("menuWarnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setProperty("severity", "warning")
        self.warnings_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings_label.hide()
        layout.addWidget(self.warnings_label)
        self.prints_label = QLabel("")
        self.prints_label.setObjectName("menuPrints")
        self.prints_label.setWordWrap(True)
        self.prints_label.setTextFormat(Qt.TextFormat.RichText)
        self.prints_label.hide()
        layout.addWidget(self.prints_label)
        self.grid = WeekGrid()
        self.grid.add_requested.connect(self.pick_dish_for)
        self.grid.remove_requested.connect(self.remove_dish)
        self.grid_scroll = QScrollArea()
        self.grid_scroll.setObjectName("menuGridScroll")
        self.grid_scroll.setAccessibleName(self.tr("The week's menu"))
        self.grid_scroll.setWidgetResizable(True)
        self.grid_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.grid_scroll.setWidget(self.grid)
        layout.addWidget(self.grid_scroll, 1)

    def _build_navigation(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.previous_button = action_button(
            "menuPreviousWeek", self.tr("◀ Previous"), self.previous_week, BUTTON_HEIGHT
        )
        self.previous_button.setAccessibleName(self.tr("Previous week"))
        self.previous_button.setShortcut(QKeySequence("Alt+Left"))
        self.week_combo = touch_combo(WideListComboBox(), BUTTON_HEIGHT)
        self.week_combo.setObjectName("menuWeekChooser")
        self.week_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.week_combo.setMinimumContentsLength(14)
        self.week_combo.activated.connect(self._on_week_chosen)
        week_label = QLabel(self.tr("&Week:"))
        week_label.setBuddy(self.week_combo)
        self.next_button = action_button("menuNextWeek", self.tr("Next ▶"), self.next_week, BUTTON_HEIGHT)
        self.next_button.setAccessibleName(self.tr("Next week"))
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        self.this_week_button = action_button(
            "menuThisWeek", self.tr("This week"), lambda: self.show_week(oslo_today()), BUTTON_HEIGHT
        )
        self.cost_label = QLabel("")
        self.cost_label.setObjectName("menuAverageCost")
        self.cost_label.setWordWrap(True)
        self.cost_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.previous_button)
        row.addWidget(week_label)
        row.addWidget(self.week_combo, 1)
        row.addWidget(self.next_button)
        row.addWidget(self.this_week_button)
        row.addWidget(self.cost_label, 1)
        return row

    def _build_planning(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.copy_button = action_button(
            "menuCopyWeek", self.tr("Copy this week to…"), self.ask_copy_week, BUTTON_HEIGHT
        )
        self.save_cycle_button = action_button(
            "menuSaveCycle", self.tr("Save weeks as cycle…"), self.ask_save_cycle, BUTTON_HEIGHT
        )
        self.apply_cycle_button = action_button(
            "menuApplyCycle", self.tr("Apply cycle…"), self.ask_apply_cycle, BUTTON_HEIGHT
        )
        row.addWidget(self.copy_button)
        row.addWidget(self.save_cycle_button)
        row.addWidget(self.apply_cycle_button)
        row.addStretch(1)
        return row

    def _build_printing(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(QLabel(self.tr("Print:")))
        self.week_print_button = action_button(
            "menuPrintWeek",
            print_title(PrintKind.WEEK_MENU),
            lambda: self.print_menu(PrintKind.WEEK_MENU),
            BUTTON_HEIGHT,
        )
        self.week_print_button.setAccessibleName(self.tr("Make the week menu (A4) as PDF"))
        self.poster_button = QPushButton(print_title(PrintKind.POSTER))
        self.poster_button.setObjectName("menuPrintPoster")
        self.poster_button.setAccessibleName(
            self.tr("Make the allergen poster (A3) as PDF, for a day or the week")
        )
        self.poster_button.setMinimumHeight(BUTTON_HEIGHT)
        self.poster_menu = QMenu(self.poster_button)
        self.poster_menu.setObjectName("menuPosterChoices")
        self.poster_button.setMenu(self.poster_menu)
        self.english_box = QCheckBox(self.tr("With &English"))
        self.english_box.setObjectName("menuPrintEnglish")
        self.english_box.setToolTip(self.tr("Dish names and allergens in English beside the Norwegian"))
        row.addWidget(self.week_print_button)
        row.addWidget(self.poster_button)
        row.addWidget(self.english_box)
        row.addStretch(1)
        return row

    # --- the week ------------------------------------------------------------------------------

    @property
    def monday(self) -> date:
        return self._monday

    @property
    def week(self) -> WeekMenu | None:
        return self._week

    @property
    def is_loading(self) -> bool:
        return self._loading

    def show_week(self, any_day: date) -> None:
        """Show the week of `any_day` (read off the GUI thread)."""
        self._monday = monday_of(any_day)
        self._fill_week_chooser()
        self.reload()

    def previous_week(self) -> None:
        self.show_week(self._monday - timedelta(weeks=1))

    def next_week(self) -> None:
        self.show_week(self._monday + timedelta(weeks=1))

    def reload(self) -> None:
        self._generation += 1
        generation, monday = self._generation, self._monday
        actor, english = self._context.actor, self._language == "en"
        self._loading = True

        def done(week: WeekMenu) -> None:
            if generation != self._generation:
                return  # another week was asked for meanwhile
            self._loading = False
            self._show(week)

        def failed(error: DomainError) -> None:
            if generation == self._generation:
                self._loading = False
                self.errors.show(error)

        self._context.ops.read(self, lambda app: app.menus.week(actor, monday, english), done, failed)

    def _show(self, week: WeekMenu) -> None:
        self._week = week
        self.grid.show_week(week, self._can_edit, self._language)
        # The rebuilt controls come after the grid's scroll area in the Tab order, as they read
        # (new widgets would otherwise join the end of the window's Tab chain).
        for before, after in itertools.pairwise([self.grid_scroll, *self.grid.focus_order()]):
            QWidget.setTabOrder(before, after)
        cost = week.average_cost_per_portion
        if cost is not None:
            self.cost_label.setText(
                self.tr("Average cost per portion: {cost}").format(cost=money(cost, self._language))
            )
        elif any(day.dishes for day in week.days):
            self.cost_label.setText(self.tr("Average cost per portion: unknown (a price is missing)"))
        else:
            self.cost_label.setText("")
        warnings = warning_texts(week.warnings, self._language)
        self.warnings_label.setText("\n".join(warnings))
        self.warnings_label.setVisible(bool(warnings))
        self._show_prints(week.prints)
        self._fill_poster_menu(week)
        if self._can_edit:
            self.copy_button.setEnabled(any(day.dishes for day in week.days))
        self.week_loaded.emit()
        if self._can_edit and self._choices is None:
            self._load_choices()  # now, so that the picker opens at once

    def _fill_week_chooser(self) -> None:
        combo = self.week_combo
        combo.blockSignals(True)
        combo.clear()
        for offset in range(-WEEKS_AROUND, WEEKS_AROUND + 1):
            monday = self._monday + timedelta(weeks=offset)
            combo.addItem(week_title(monday, self._language), monday)
        combo.setCurrentIndex(WEEKS_AROUND)
        combo.setAccessibleName(self.tr("Week shown: {week}").format(week=combo.currentText()))
        combo.blockSignals(False)

    def _on_week_chosen(self, index: int) -> None:
        monday = self.week_combo.itemData(index)
        if isinstance(monday, date) and monday != self._monday:
            self.show_week(monday)

    def choose_week(self, monday: date) -> None:
        """Pick a week in the chooser, as a person would."""
        wanted = monday_of(monday)
        # (findData does not match Python dates; the items are a hundred at most.)
        items = (self.week_combo.itemData(i) for i in range(self.week_combo.count()))
        index = next((i for i, item in enumerate(items) if item == wanted), -1)
        if index >= 0:
            self.week_combo.setCurrentIndex(index)
            self._on_week_chosen(index)

    def _on_changed(self, changes: Changes, _source: object) -> None:
        if changes.touches(DISHES):
            self._choices = None  # read again when next needed
            self._choices_version += 1
        if changes.touches(MENUS, DISHES, INGREDIENTS, CALENDAR):
            self.reload()

    def _say(self, text: str) -> None:
        """What an action did, in words (errors go to `self.message`)."""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # --- the week's warnings and printed copies ---------------------------------------------------

    def _show_prints(self, prints: tuple[PrintInfo, ...]) -> None:
        latest: dict[tuple[PrintKind, date, date, str], PrintInfo] = {}
        for printed in prints:  # newest first: the first of each document is its latest print
            latest.setdefault((printed.kind, printed.first_day, printed.last_day, printed.language), printed)
        self._shown_prints = [
            ShownPrint(print_text(printed, self._language), printed.outdated) for printed in latest.values()
        ]
        lines = []
        for shown in self._shown_prints:
            text = _escape(shown.text)
            if shown.outdated:
                # Red and bold: the theme's error colour (7:1 on the window grey).
                text = f'<span style="color:#b71c1c; font-weight:700">⚠ {text}</span>'
            lines.append(text)
        self.prints_label.setText("<br>".join(lines))
        self.prints_label.setVisible(bool(lines))
        self.prints_label.setAccessibleName(
            " ".join(shown.text for shown in self._shown_prints) if lines else self.tr("Nothing printed")
        )

    def shown_prints(self) -> list[ShownPrint]:
        return list(self._shown_prints)

    def _fill_poster_menu(self, week: WeekMenu) -> None:
        self.poster_menu.clear()
        friday = week.monday + timedelta(days=WORK_DAYS - 1)
        action = self.poster_menu.addAction(self.tr("The whole week"))
        action.setObjectName("menuPosterWeek")
        action.triggered.connect(lambda: self.print_menu(PrintKind.POSTER, week.monday, friday))
        for day in week.days:
            if day.closed:
                continue
            action = self.poster_menu.addAction(weekday_date(day.day, self._language))
            action.setObjectName(f"menuPoster_{day.day.isoformat()}")
            action.triggered.connect(
                lambda _checked=False, d=day.day: self.print_menu(PrintKind.POSTER, d, d)
            )

    # --- dishes ----------------------------------------------------------------------------------

    def pick_dish_for(self, day: date) -> DishPickerDialog:
        """Open the dish picker for `day`; the chosen dish is added when it closes."""
        picker = DishPickerDialog(weekday_date(day, self._language), self)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.picked.connect(lambda dish_id: self.add_dish(day, dish_id))
        if self._choices is not None:
            picker.set_choices(self._choices)
        else:
            self._waiting_pickers.append(picker)
            self._load_choices()
        picker.open()
        picker.search.setFocus()
        self.picker_opened.emit(picker)
        return picker

    def _load_choices(self) -> None:
        if self._choices_loading:
            return
        self._choices_loading = True
        actor, version = self._context.actor, self._choices_version

        def done(choices: list[DishChoice]) -> None:
            self._choices_loading = False
            if version != self._choices_version:  # the dishes changed while they were read
                self._load_choices()
                return
            self._choices = choices_model(choices, self)
            for picker in self._waiting_pickers:
                if shiboken6.isValid(picker):
                    picker.set_choices(self._choices)
            self._waiting_pickers = []
            self.choices_loaded.emit()

        def failed(error: DomainError) -> None:
            self._choices_loading = False
            self.errors.show(error)

        self._context.ops.read(self, lambda app: app.dishes.choices(actor), done, failed)

    def add_dish(self, day: date, dish_id: int) -> None:
        actor = self._context.actor
        self.errors.clear()
        self._context.ops.write(self, lambda app: app.menus.add_dish(actor, day, dish_id), errors=self.errors)

    def remove_dish(self, day: date, dish_id: int, _name: str = "") -> None:
        actor = self._context.actor
        self.errors.clear()
        self._context.ops.write(
            self, lambda app: app.menus.remove_dish(actor, day, dish_id), errors=self.errors
        )

    # --- copying a week ---------------------------------------------------------------------------

    def ask_copy_week(self) -> CopyWeekDialog:
        dialog = CopyWeekDialog(self._monday, self._language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.copy_requested.connect(lambda targets: self.copy_week(targets, dialog))
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def copy_week(self, targets: list[date], dialog: CopyWeekDialog | None = None) -> None:
        actor, source = self._context.actor, self._monday
        self.errors.clear()

        def done(filled: int) -> None:
            if dialog is not None and shiboken6.isValid(dialog):
                dialog.accept()
            self._say(
                self.tr("Copied {week} to %n week(s); {days} days were filled.", "", len(targets)).format(
                    week=week_title(source, self._language), days=filled
                )
            )

        self._context.ops.write(
            self,
            lambda app: app.menus.copy_week(actor, source, targets),
            done,
            errors=dialog.errors if dialog is not None else self.errors,
            busy=dialog.copy_button if dialog is not None else None,
        )

    # --- cycles ------------------------------------------------------------------------------------

    def ask_save_cycle(self) -> SaveCycleDialog:
        dialog = SaveCycleDialog(self._monday, self._language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.save_requested.connect(lambda name, weeks: self.save_cycle(name, weeks, dialog))
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def save_cycle(self, name: str, weeks: int, dialog: SaveCycleDialog | None = None) -> None:
        actor, first = self._context.actor, self._monday
        self.errors.clear()

        def done(cycle: CycleInfo) -> None:
            if dialog is not None and shiboken6.isValid(dialog):
                dialog.accept()
            self._say(
                self.tr("Saved the cycle “{name}” (%n week(s)).", "", cycle.weeks).format(name=cycle.name)
            )

        self._context.ops.write(
            self,
            lambda app: app.menus.cycle_from_weeks(actor, name, first, weeks),
            done,
            errors=dialog.errors if dialog is not None else self.errors,
            busy=dialog.save_button if dialog is not None else None,
        )

    def ask_apply_cycle(self) -> None:
        """Read the cycles, then ask which one to apply where."""
        actor = self._context.actor

        def done(cycles: list[CycleInfo]) -> None:
            if not cycles:
                self._say(self.tr("There is no cycle yet: plan some weeks, then “Save weeks as cycle…”."))
                return
            dialog = ApplyCycleDialog(cycles, self._monday, self._language, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.apply_requested.connect(
                lambda cycle_id, first, last, start: self.confirm_apply_cycle(
                    dialog, cycle_id, first, last, start
                )
            )
            dialog.open()
            self.dialog_opened.emit(dialog)

        self.errors.clear()
        self._context.ops.read(
            self, lambda app: app.menus.cycles(actor), done, errors=self.errors, busy=self.apply_cycle_button
        )

    def confirm_apply_cycle(
        self, dialog: ApplyCycleDialog, cycle_id: int, first: date, last: date, start_week: int
    ) -> QMessageBox | None:
        """Say what will be replaced, and apply the cycle when the manager agrees."""
        problems = validate_range(first, last)
        if problems:
            dialog.errors.show(ValidationError(problems))
            return None
        fmt = locale_format(self._language)
        cycle = dialog.cycle()
        box, (apply, _cancel) = question_box(
            dialog,
            "applyCycleQuestion",
            QMessageBox.Icon.Warning,
            self.tr("Replace the menus?"),
            self.tr("Replace the menus from {first} to {last} with the cycle “{name}”?").format(
                first=fmt.short_date(first), last=fmt.short_date(last), name=cycle.name if cycle else ""
            ),
            self.tr(
                "Every dish planned for the open days in this range is replaced. Closed days are skipped."
            ),
            [
                Choice(self.tr("Replace the menus"), DESTRUCTIVE, "applyCycleReplace"),
                Choice(self.tr("Cancel"), REJECT, "applyCycleCancel"),
            ],
            default=1,
            escape=1,
        )

        def chosen(button: QAbstractButton) -> None:
            if button is apply:
                self.apply_cycle(cycle_id, first, last, start_week, dialog)

        box.buttonClicked.connect(chosen)
        box.open()
        self.dialog_opened.emit(box)
        return box

    def apply_cycle(
        self, cycle_id: int, first: date, last: date, start_week: int, dialog: ApplyCycleDialog | None = None
    ) -> None:
        actor, site_id = self._context.actor, self._context.actor.site_id
        self.errors.clear()

        def apply(app: AppServices) -> tuple[int, int]:
            filled = app.menus.apply_cycle(actor, cycle_id, first, last, start_week)
            closed = sum(1 for status in app.calendar.days(site_id, first, last) if status.closed)
            return filled, closed

        def done(result: tuple[int, int]) -> None:
            filled, closed = result
            if dialog is not None and shiboken6.isValid(dialog):
                dialog.accept()
            text = self.tr("The cycle filled %n day(s).", "", filled)
            if closed:
                text += " " + self.tr("%n closed day(s) were skipped.", "", closed)
            self._say(text)

        self._context.ops.write(
            self, apply, done, errors=dialog.errors if dialog is not None else self.errors
        )

    # --- printing ----------------------------------------------------------------------------------

    def print_menu(self, kind: PrintKind, first: date | None = None, last: date | None = None) -> Task:
        """Make the week menu or the allergen poster as PDF (in a cancellable task) and preview it."""
        first = first or self._monday
        last = last or self._monday + timedelta(days=WORK_DAYS - 1)
        if self._reports_dir is None:
            self._reports_dir = tempfile.TemporaryDirectory(
                prefix="canteen-menus-", ignore_cleanup_errors=True
            )
        folder = Path(tempfile.mkdtemp(dir=self._reports_dir.name))
        name = self.tr("week-menu") if kind is PrintKind.WEEK_MENU else self.tr("allergen-poster")
        out_path = folder / f"{name}-{first.isoformat()}.pdf"
        language = "en" if self.english_box.isChecked() else "nb"
        actor = self._context.actor
        title = print_title(kind)
        self._set_printing(True)

        def render(app: AppServices, progress: ProgressSink) -> Path:
            return app.menus.render_menu(actor, kind, first, last, language, out_path, progress)

        def done(path: Path) -> None:
            if not shiboken6.isValid(self):
                return
            self._render_task = None
            self._set_printing(False)
            self._open_preview(path, title)

        self._render_task = self._context.ops.render(
            self.window(),
            self.tr("Making the {document}…").format(document=title),
            render,
            done,
            self._on_print_failed,
            changes=Changes({MENUS: frozenset()}),  # the print is logged: "print again" marks
        )
        return self._render_task

    def _set_printing(self, printing: bool) -> None:
        self.week_print_button.setEnabled(not printing)
        self.poster_button.setEnabled(not printing)

    def _on_print_failed(self, error: BaseException) -> None:
        from canteen_app.documents.templates import RenderCancelled  # loaded by the render

        if not shiboken6.isValid(self):
            log.info("Dropped a menu print of a closed view: %s", type(error).__name__)
            return
        self._render_task = None
        self._set_printing(False)
        if isinstance(error, RenderCancelled):
            return
        if isinstance(error, DomainError):
            self.message.show_error(message_text(error.message))
            return
        if isinstance(error, OSError):
            log.error("Could not write the menu: %s", error.strerror)
            self.message.show_error(
                self.tr("The PDF could not be written: {error}").format(error=error.strerror or error)
            )
            return
        raise error

    def _open_preview(self, path: Path, title: str) -> None:
        from ui.common.pdf_preview import PdfPreviewDialog

        dialog = PdfPreviewDialog(path, title, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.print_opened.emit(dialog)

    # --- lifetime ----------------------------------------------------------------------------------

    def shutdown(self) -> None:
        self._generation += 1
        if self._render_task is not None:
            self._render_task.cancel()
        if self._reports_dir is not None:
            self._reports_dir.cleanup()
            self._reports_dir = None


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
