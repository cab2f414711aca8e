"""Add a goal to a participant's training plan, or change one: a goal from the competence
framework (picked from a list grouped by area; retired goals are not offered) or a goal of
our own, with its target level, target date, and the stations and tasks it is worked on."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from canteen_app.app import AppServices
from canteen_app.core.dates import add_months, oslo_today
from canteen_app.core.errors import ConcurrencyError, DomainError, ValidationError
from canteen_app.core.text import Message
from canteen_app.training.competence.dto import GoalInfo
from canteen_app.training.competence.rules import LEVELS
from canteen_app.training.plans.dto import PlanGoalInfo
from canteen_app.training.plans.rules import (
    EARLIEST_DATE,
    FREE_GOAL_MAX,
    LATEST_DATE,
    PlanGoalInput,
    validate_plan_goal,
)
from ui.common.context import UiContext
from ui.common.edit_dialog import EditDialog
from ui.common.formatting import quiet, to_qdate
from ui.common.i18n import message_text
from ui.common.widgets import DateEdit, TallRowDelegate, WideListComboBox
from ui.training.plans.trees import children, heading, headings, leaves
from ui.training.plans.words import Framework, level_description, level_with_number

GOAL_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
DIALOG_WIDTH_LINES = 62  # wide enough for a framework goal on one line
TARGET_MONTHS = 3  # a new goal's target date, unless the coach picks another


class PlanGoalDialog(EditDialog[PlanGoalInfo, PlanGoalInput]):
    """Add (stored None) or change one goal of the plan; `saved` carries the goal as stored."""

    field_order = ("goal", "free_text", "target_level", "target_date", "tasks")

    def __init__(
        self,
        context: UiContext,
        participant_id: int,
        framework: Framework,
        taken: Collection[int],
        stored: PlanGoalInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("planGoalDialog")
        self._participant_id = participant_id
        self._framework = framework
        # Framework goals the plan has already (not offered again), but this goal's own.
        self._taken = set(taken) - {stored.competence_goal_id if stored is not None else None}
        self._goal_may_change = True
        self._build()
        if stored is None:
            self._load_new()
        else:
            self.load(stored)
        self._roomy_size(DIALOG_WIDTH_LINES)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The goals wrap at the width the picker has once shown (not the width it was built at).
        QTimer.singleShot(0, self.picker.doItemsLayout)

    # --- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self._goal_group())
        content_layout.addWidget(self._target_group())
        layout.addWidget(self._scrolling(content, "planGoalScroll"), 1)
        self._add_footer(layout, "planGoal")

    def _goal_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("The goal"))
        form = self._form(group)
        kinds = QWidget()
        kinds_layout = QHBoxLayout(kinds)
        kinds_layout.setContentsMargins(0, 0, 0, 0)
        self.framework_radio = QRadioButton(self.tr("From the competence &framework"))
        self.framework_radio.setObjectName("fromFrameworkRadio")
        self.free_radio = QRadioButton(self.tr("A goal of &our own"))
        self.free_radio.setObjectName("freeGoalRadio")
        self._kinds = QButtonGroup(self)
        for radio in (self.framework_radio, self.free_radio):
            self._kinds.addButton(radio)
            kinds_layout.addWidget(radio)
            radio.toggled.connect(self._on_kind_chosen)
        kinds_layout.addStretch(1)
        form.addRow(QLabel(self.tr("Kind of goal:")), kinds)

        self.find_edit = QLineEdit()
        self.find_edit.setObjectName("goalFindEdit")
        self.find_edit.setPlaceholderText(self.tr("Type a part of the goal, e.g. hands"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.textChanged.connect(self._filter)
        find_label = QLabel(self.tr("F&ind a goal:"))
        find_label.setBuddy(self.find_edit)
        self.find_edit.setAccessibleName(self.tr("Find a goal"))
        form.addRow(find_label, self.find_edit)

        self.picker = QTreeWidget()
        self.picker.setObjectName("goalPicker")
        self.picker.setHeaderHidden(True)
        self.picker.setColumnCount(1)
        self.picker.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.picker.setItemDelegate(TallRowDelegate(30, self.picker))
        self.picker.setMinimumHeight(260)
        self.picker.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.picker.setWordWrap(True)
        self._fill_picker()
        self.picker.currentItemChanged.connect(lambda *_args: self._on_changed("goal"))
        self.picker_hint = QLabel()
        self.picker_hint.setObjectName("goalHint")
        self.picker_hint.setWordWrap(True)
        quiet(self.picker_hint)
        self.picker_hint.setVisible(False)
        self._add_row(form, "goal", self.tr("Framework goal"), self.picker, self.picker_hint)

        self.free_edit = self._line_edit("free_text")
        self.free_edit.setMaxLength(FREE_GOAL_MAX)
        self.free_edit.setPlaceholderText(
            self.tr("Written as a task one can watch, e.g. 'Fills the dishwasher'")
        )
        self._add_row(form, "free_text", self.tr("Our own goal"), self.free_edit)
        return group

    def _target_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Target and work"))
        form = self._form(group)
        self.level_combo = WideListComboBox()
        language = self._context.language
        for level in LEVELS:
            self.level_combo.addItem(level_with_number(level, language), level)
            self.level_combo.setItemData(
                self.level_combo.count() - 1, level_description(level, language), Qt.ItemDataRole.ToolTipRole
            )
        self.level_combo.currentIndexChanged.connect(lambda _index: self._on_changed("target_level"))
        self.level_combo.currentIndexChanged.connect(self._update_level_hint)
        self.level_hint = QLabel()
        self.level_hint.setObjectName("target_levelHint")
        self.level_hint.setWordWrap(True)
        quiet(self.level_hint)
        self._add_row(form, "target_level", self.tr("Target level"), self.level_combo, self.level_hint)

        self.date_edit = DateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDateRange(to_qdate(EARLIEST_DATE), to_qdate(LATEST_DATE))
        self.date_edit.dateChanged.connect(lambda _date: self._on_changed("target_date"))
        self._add_row(form, "target_date", self.tr("Target date"), self.date_edit)

        self.tasks_edit = QPlainTextEdit()
        self.tasks_edit.setTabChangesFocus(True)
        self.tasks_edit.setPlaceholderText(self.tr("E.g. the dishwasher station; setting out the salad bar"))
        self.tasks_edit.setMinimumHeight(72)
        self.tasks_edit.setMaximumHeight(120)
        self.tasks_edit.textChanged.connect(lambda: self._on_changed("tasks"))
        self._add_row(form, "tasks", self.tr("Stations and tasks"), self.tasks_edit)
        return group

    def _fill_picker(self) -> None:
        language = self._context.language
        for area in self._framework.active_areas():
            if not area.goals:
                continue
            top = heading(self.picker, f"{area.number}. {area.name(language)}")
            for goal in area.goals:
                top.addChild(self._goal_item(goal))
            top.setExpanded(True)

    def _goal_item(self, goal: GoalInfo, retired: bool = False) -> QTreeWidgetItem:
        text = goal.text(self._context.language)
        notes = []
        if goal.local:
            notes.append(self.tr("local"))
        if retired:
            notes.append(self.tr("retired"))
        if goal.id in self._taken:
            notes.append(self.tr("in the plan already"))
        item = QTreeWidgetItem([f"{text} ({', '.join(notes)})" if notes else text])
        item.setData(0, GOAL_ID_ROLE, goal.id)
        item.setToolTip(0, text)
        if goal.id in self._taken:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
        return item

    # --- the picker ----------------------------------------------------------------------------

    def _items(self) -> list[QTreeWidgetItem]:
        return leaves(self.picker)

    def goal_texts(self) -> list[str]:
        """The goals the picker offers, as shown (for tests)."""
        return [item.text(0) for item in self._items()]

    def select_goal(self, goal_id: int | None) -> bool:
        for item in self._items():
            if item.data(0, GOAL_ID_ROLE) == goal_id:
                self.picker.setCurrentItem(item)
                self.picker.scrollToItem(item)
                return True
        self.picker.clearSelection()
        self.picker.setCurrentIndex(QModelIndex())
        return False

    def _selected_goal(self) -> int | None:
        item = self.picker.currentItem()
        value = item.data(0, GOAL_ID_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for area in headings(self.picker):
            shown = 0
            for item in children(area):
                hidden = not all(word in item.text(0).casefold() for word in words)
                item.setHidden(hidden)
                shown += not hidden
            area.setHidden(shown == 0)

    def _on_kind_chosen(self, checked: bool) -> None:
        if checked:
            self._on_kind()
            self._on_changed("goal")

    def _on_kind(self) -> None:
        framework = self.framework_radio.isChecked()
        self.find_edit.setEnabled(framework and self._goal_may_change)
        self.picker.setEnabled(framework and self._goal_may_change)
        self.free_edit.setEnabled(not framework)

    def _update_level_hint(self) -> None:
        level = self.level_combo.currentData()
        self.level_hint.setText(level_description(level, self._context.language) if level else "")

    # --- filling the form ----------------------------------------------------------------------

    def _load_new(self) -> None:
        self._loading = True
        try:
            self.setWindowTitle(self.tr("Add a goal to the plan"))
            self._goal_may_change = True
            self.framework_radio.setChecked(True)
            self.level_combo.setCurrentIndex(self.level_combo.findData(3))
            self.date_edit.setDate(to_qdate(add_months(oslo_today(), TARGET_MONTHS)))
        finally:
            self._loading = False
        self._stored = None
        self._expected_version = None
        self._after_load()

    def load(self, stored: PlanGoalInfo) -> None:
        self._loading = True
        try:
            self.setWindowTitle(self.tr("Change a goal of the plan"))
            # A goal that has assessments keeps its goal; the rest may change (PlanService).
            self._goal_may_change = stored.last_assessed is None
            if stored.competence_goal_id is not None:
                self.framework_radio.setChecked(True)
                self.free_edit.clear()
                if not self.select_goal(stored.competence_goal_id):
                    self._add_missing(stored.competence_goal_id)
            else:
                self.free_radio.setChecked(True)
                self.free_edit.setText(stored.text)
                self.select_goal(None)
            self.level_combo.setCurrentIndex(self.level_combo.findData(stored.target_level))
            target = stored.target_date or add_months(oslo_today(), TARGET_MONTHS)
            self.date_edit.setDate(to_qdate(target))
            if self.tasks_edit.toPlainText() != stored.tasks:
                self.tasks_edit.setPlainText(stored.tasks)
            self.picker_hint.setText(
                ""
                if self._goal_may_change
                else self.tr(
                    "This goal has assessments, so it stays the same goal. To work on another "
                    "goal, add that one and remove this one."
                )
            )
            self.picker_hint.setVisible(not self._goal_may_change)
            for radio in (self.framework_radio, self.free_radio):
                radio.setEnabled(self._goal_may_change)
        finally:
            self._loading = False
        self._stored = stored
        self._expected_version = stored.version
        self._touched = set(self.field_order)
        self._on_kind()
        self._after_load()

    def _add_missing(self, goal_id: int) -> None:
        """The stored goal was retired meanwhile: it is shown (marked) so that it is kept."""
        goal = self._framework.goal(goal_id)
        if goal is None:
            return
        item = self._goal_item(goal, retired=goal.retired)
        prefix = f"{goal.area_number}. "
        area = next((top for top in headings(self.picker) if top.text(0).startswith(prefix)), None)
        if area is None:
            area = heading(self.picker, prefix + self._framework.area_name(goal.area_number))
        area.addChild(item)
        area.setExpanded(True)
        self.picker.setCurrentItem(item)

    def _after_load(self) -> None:
        self._server_errors.clear()
        self._on_kind()
        self._baseline = self.form_input()
        self._update_level_hint()
        self.status.clear_message()
        self.validate()
        (
            self.picker if self.framework_radio.isChecked() and self._goal_may_change else self.level_combo
        ).setFocus()

    def continue_draft(self, typed: PlanGoalInput, expected_version: int | None) -> None:
        self._loading = True
        try:
            if typed.competence_goal_id is not None:
                self.framework_radio.setChecked(True)
                self.select_goal(typed.competence_goal_id)
            else:
                self.free_radio.setChecked(True)
                self.free_edit.setText(typed.free_text)
            self.level_combo.setCurrentIndex(self.level_combo.findData(typed.target_level))
            if typed.target_date is not None:
                self.date_edit.setDate(to_qdate(typed.target_date))
            self.tasks_edit.setPlainText(typed.tasks)
        finally:
            self._loading = False
        self._typing_is_back(expected_version)

    # --- reading and checking ------------------------------------------------------------------

    @property
    def stored(self) -> PlanGoalInfo | None:
        return self._stored

    def form_input(self) -> PlanGoalInput:
        framework = self.framework_radio.isChecked()
        target: date = self.date_edit.date().toPython()  # type: ignore[assignment]
        return PlanGoalInput(
            competence_goal_id=self._selected_goal() if framework else None,
            free_text="" if framework else self.free_edit.text(),
            target_level=int(self.level_combo.currentData() or 0),
            target_date=target,
            tasks=self.tasks_edit.toPlainText(),
        )

    def is_dirty(self) -> bool:
        if self._baseline is None:
            return False
        now, then = validate_plan_goal(self.form_input())[0], validate_plan_goal(self._baseline)[0]
        return now != then

    def validate(self) -> dict[str, Message]:
        self._validate_timer.stop()
        _clean, errors = validate_plan_goal(self.form_input())
        errors = {**self._server_errors, **errors}
        if self.free_radio.isChecked() and "goal" in errors and "free_text" not in errors:
            errors["free_text"] = errors.pop("goal")  # "write a goal of your own": at that field
        self._show_messages(errors)
        return errors

    # --- saving --------------------------------------------------------------------------------

    def _write(self) -> None:
        data = self.form_input()
        actor = self._context.actor
        participant_id = self._participant_id
        stored, version = self._stored, self._expected_version

        def write(app: AppServices) -> PlanGoalInfo:
            if stored is None:
                return app.plans.add_goal(actor, participant_id, data)
            assert version is not None
            return app.plans.update_goal(actor, stored.id, version, data)

        self._context.ops.write(self, write, self._on_saved, self._on_save_failed, self._set_saving)

    def _on_save_failed(self, error: DomainError) -> None:
        if isinstance(error, ValidationError):
            self._server_errors = dict(error.field_errors)
            self._show_all = True
            errors = self.validate()
            self.status.show_error(message_text(error.message))
            self._focus_first_error(errors)
        elif isinstance(error, ConcurrencyError) and isinstance(error.current, PlanGoalInfo):
            text = self.tr("Someone else changed this goal after you opened it.")
            self._ask_which_version(
                "planGoalConflictDialog",
                error.current,
                text,
                self.tr("Keep your version, use theirs, or go back to editing?"),
                self.tr("Not saved yet: someone else changed this goal. Your changes are still here."),
            )
        else:
            self.status.show_domain_error(error)
