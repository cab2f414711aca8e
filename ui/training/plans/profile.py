"""A participant's profile (T2/T3): the training plan's goals grouped by competence area, with
their targets and the latest levels of the coach and of the participant; per goal, the
timeline of both kinds of assessment; and the competence chart, area by area.

Reading the plan and the assessments goes through `PlanService.plan` and `.timeline`, which
write the "view" entries of the audit log in the same transaction. Roles that may edit
participants (EDIT_PARTICIPANTS) get the buttons to add, change, remove and assess goals, to
run the self-assessment screen, and to add local goals to the framework or retire goals;
other roles get none of them. Next to "Close", other features' tools for the participant (the
NAV report) open through `ui.common.navigation`, for the roles that may use them.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from canteen_app.access import Permission
from canteen_app.app import AppServices, Changes
from canteen_app.core.errors import DomainError
from canteen_app.core.text import QT_TRANSLATE_NOOP
from canteen_app.training.competence.dto import AreaInfo
from canteen_app.training.competence.rules import COMPETENCES
from canteen_app.training.plans.dto import AreaLevel, AssessmentInfo, PlanGoalInfo, TrainingPlan
from canteen_app.training.plans.rules import PLANS, AssessmentKind
from ui.common.context import UiContext
from ui.common.formatting import OVERDUE_COLOUR, format_date, quiet
from ui.common.list_table import fit_columns, list_table, sorting_proxy
from ui.common.navigation import ParticipantAction, participant_actions
from ui.common.qt_models import ListColumn, ListTableModel
from ui.common.widgets import FieldMessage, action_button, on_screen
from ui.training.plans.asking import confirm
from ui.training.plans.assess_dialog import AssessmentDialog
from ui.training.plans.chart import CompetenceChart
from ui.training.plans.framework_dialog import FrameworkDialog
from ui.training.plans.goal_dialog import PlanGoalDialog
from ui.training.plans.looks import scaled_font
from ui.training.plans.self_assessment import SelfAssessmentDialog, SelfGoal
from ui.training.plans.trees import children, heading, headings, leaves
from ui.training.plans.words import Framework, grouped, level_name, level_with_number, short_area_name

PLAN_GOAL_ROLE = int(Qt.ItemDataRole.UserRole) + 1
WINDOW_SIZE = (1180, 760)
# Other features' tools (ui/shell/pages.py) the profile offers next to "Close".
PROFILE_TOOLS = ("nav_report",)
EVIDENCE_CHARS = 60  # the evidence column's width; the whole note is in its tooltip


@dataclass(frozen=True)
class ProfileData:
    """What the profile shows, read in one transaction."""

    participant_name: str
    plan: TrainingPlan
    timeline: tuple[AssessmentInfo, ...]
    areas: tuple[AreaInfo, ...]  # the framework with retired goals (a plan keeps its goals)
    levels: tuple[AreaLevel, ...]  # the competence chart's bars


def read_profile(app: AppServices, context: UiContext, participant_id: int) -> ProfileData:
    """The audited reads of the plan and the timeline, with the framework's words."""
    actor = context.actor
    plan = app.plans.plan(actor, participant_id)
    timeline = app.plans.timeline(actor, participant_id)
    areas = app.competence.framework(actor, include_retired=True)
    name = app.participants.names_of(actor, [participant_id]).get(participant_id, "")
    return ProfileData(name, plan, tuple(timeline), tuple(areas), tuple(app.plans.area_levels(plan)))


# --- the timeline of one goal ----------------------------------------------------------------------


class TimelineModel(ListTableModel[AssessmentInfo]):
    """The assessments of one goal, newest first: the coach's and the participant's own."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        columns = [
            ListColumn(
                "date",
                QT_TRANSLATE_NOOP("TimelineModel", "Date"),
                lambda a: format_date(a.assessed_on),
                lambda _n, a: (a.assessed_on, a.id),
            ),
            ListColumn(
                "kind", QT_TRANSLATE_NOOP("TimelineModel", "Whose"), self._kind, lambda _n, a: a.kind.value
            ),
            ListColumn(
                "level",
                QT_TRANSLATE_NOOP("TimelineModel", "Level"),
                lambda a: level_with_number(a.level, language),
                lambda _n, a: a.level,
            ),
            ListColumn(
                "evidence",
                QT_TRANSLATE_NOOP("TimelineModel", "What was observed"),
                self._evidence,
                lambda _n, a: a.evidence,
            ),
            ListColumn(
                "by",
                QT_TRANSLATE_NOOP("TimelineModel", "Recorded by"),
                lambda a: a.assessor_name,
                lambda _n, a: a.assessor_name,
            ),
        ]
        super().__init__(columns, "TimelineModel", parent)

    @staticmethod
    def _kind(assessment: AssessmentInfo) -> str:
        if assessment.kind is AssessmentKind.SELF:
            return QApplication.translate("TimelineModel", "Participant's own")
        return QApplication.translate("TimelineModel", "Coach")

    @staticmethod
    def _evidence(assessment: AssessmentInfo) -> str:
        if assessment.kind is AssessmentKind.SELF:
            return QApplication.translate("TimelineModel", "(self-assessment)")
        return " ".join(assessment.evidence.split())

    def tooltip(self, key: str, item: AssessmentInfo) -> str | None:
        return item.evidence if key == "evidence" and item.evidence else None

    def look(self, key: str, item: AssessmentInfo, role: int) -> object:
        if key == "kind" and role == Qt.ItemDataRole.FontRole and item.kind is AssessmentKind.SELF:
            font = QFont(QApplication.font())
            font.setItalic(True)
            return font
        return None


# --- the window ------------------------------------------------------------------------------------


class TrainingPlanWindow(QDialog):
    """The profile of one participant: the plan, the assessments, the competence chart."""

    def __init__(
        self, context: UiContext, participant_id: int, parent: QWidget | None = None, name: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trainingPlanWindow")
        self._name = name
        self._context = context
        self._participant_id = participant_id
        self._can_edit = context.actor.can(Permission.EDIT_PARTICIPANTS)
        self._data: ProfileData | None = None
        self._framework: Framework | None = None
        self._loading = False
        self._reload_again = False
        self._selected_id: int | None = None
        self.sub_dialog: QDialog | None = None
        self.add_button: QPushButton | None = None
        self.self_button: QPushButton | None = None
        self.framework_button: QPushButton | None = None
        self.assess_button: QPushButton | None = None
        self.change_button: QPushButton | None = None
        self.remove_button: QPushButton | None = None
        self._build()
        context.ops.changed.connect(self._on_changed)
        self._fit_screen()
        self.reload()

    # --- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self._show_name(self._name)
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.summary = QLabel(self.tr("Loading…"))
        self.summary.setObjectName("planSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        if self._can_edit:
            layout.addLayout(self._plan_buttons())
        self.message = FieldMessage("profile")
        layout.addWidget(self.message)
        self.notice = QLabel()
        self.notice.setObjectName("profileNotice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        layout.addWidget(self.notice)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("profileTabs")
        self.tabs.addTab(self._goals_tab(), self.tr("Goals and assessments"))
        self.tabs.addTab(self._chart_tab(), self.tr("Competence chart"))
        layout.addWidget(self.tabs, 1)
        bottom = QHBoxLayout()
        for action in participant_actions(self._context.actor):
            if action.key in PROFILE_TOOLS:
                tool = functools.partial(self._run_tool, action)
                bottom.addWidget(action_button(f"profileTool_{action.key}", action.title(), tool, 40))
        bottom.addStretch(1)
        self.close_button = action_button("profileCloseButton", self.tr("Close"), self.accept, 40)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)

    def _plan_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_button = action_button("addGoalButton", self.tr("Add a goal…"), self.add_goal, 40)
        self.self_button = action_button(
            "selfAssessmentButton", self.tr("Self-assessment…"), self.open_self_assessment, 40
        )
        self.self_button.setToolTip(self.tr("The participant answers for each goal on an easy-read screen"))
        self.framework_button = action_button(
            "frameworkButton", self.tr("Competence framework…"), self.open_framework, 40
        )
        for button in (self.add_button, self.self_button, self.framework_button):
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _goals_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(6, 6, 6, 6)
        self.tree = QTreeWidget()
        self.tree.setObjectName("planTree")
        self.tree.setAccessibleName(self.tr("The plan's goals by competence area"))
        self.tree.setColumnCount(6)
        self.tree.setHeaderLabels(
            [
                self.tr("Goal"),
                self.tr("Target"),
                self.tr("Target date"),
                self.tr("Coach's level"),
                self.tr("Own level"),
                self.tr("Status"),
            ]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(lambda *_args: self._show_selected())
        if self._can_edit:
            self.tree.setAccessibleDescription(self.tr("Press Enter or double-click a goal to assess it."))
            self.tree.itemActivated.connect(lambda *_args: self.assess_selected())
        self.tree.setMinimumHeight(self.tree.fontMetrics().height() * 7)
        layout.addWidget(self.tree, 3)
        layout.addWidget(self._detail_panel(), 2)
        return page

    def _detail_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 6, 0, 0)
        self.goal_title = QLabel()
        self.goal_title.setObjectName("goalTitle")
        self.goal_title.setWordWrap(True)
        self.goal_title.setTextFormat(Qt.TextFormat.PlainText)
        self.goal_title.setFont(scaled_font(1.1, bold=True))
        layout.addWidget(self.goal_title)
        self.goal_facts = QLabel()
        self.goal_facts.setObjectName("goalFacts")
        self.goal_facts.setWordWrap(True)
        self.goal_facts.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.goal_facts)
        if self._can_edit:
            row = QHBoxLayout()
            self.assess_button = action_button("assessButton", self.tr("Assess…"), self.assess_selected, 40)
            self.change_button = action_button(
                "changeGoalButton", self.tr("Change…"), self.change_selected, 40
            )
            self.remove_button = action_button(
                "removeGoalButton", self.tr("Remove…"), self.remove_selected, 40
            )
            for button in (self.assess_button, self.change_button, self.remove_button):
                row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
        self.timeline_model = TimelineModel(self._context.language, self)
        self._timeline_proxy: QSortFilterProxyModel = sorting_proxy(self.timeline_model, self)
        self.timeline = list_table("timelineTable", self.tr("The goal's assessments"), self._timeline_proxy)
        self.timeline.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.timeline.setMinimumHeight(120)
        layout.addWidget(self.timeline, 1)
        return panel

    def _chart_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.chart = CompetenceChart()
        layout.addWidget(self.chart, 1)
        self.chart_note = QLabel()
        self.chart_note.setObjectName("chartNote")
        self.chart_note.setWordWrap(True)
        quiet(self.chart_note)
        layout.addWidget(self.chart_note)
        return page

    def _fit_screen(self) -> None:
        screen = self.screen() or QApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        width, height = WINDOW_SIZE
        if room is not None:
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        self.resize(width, height)

    # --- loading -------------------------------------------------------------------------------

    def reload(self) -> None:
        if self._loading:
            self._reload_again = True
            return
        context, participant_id = self._context, self._participant_id
        self._context.ops.write(
            self,
            lambda app: read_profile(app, context, participant_id),
            self._show,
            self._on_load_failed,
            self._set_loading,
        )

    def _set_loading(self, loading: bool) -> None:
        self._loading = loading
        if not loading and self._reload_again:
            self._reload_again = False
            self.reload()

    @property
    def is_loading(self) -> bool:
        return self._loading

    def _on_load_failed(self, error: DomainError) -> None:
        self.summary.setText("")
        self.message.show_domain_error(error)
        for button in (self.add_button, self.self_button, self.framework_button):
            if button is not None:
                button.setEnabled(False)
        self._show_selected()

    def _on_changed(self, changes: Changes, _source: object) -> None:
        if self._participant_id in changes.ids_of(PLANS) or changes.touches(COMPETENCES):
            self.reload()

    # --- showing -------------------------------------------------------------------------------

    @property
    def data(self) -> ProfileData | None:
        return self._data

    @property
    def framework(self) -> Framework | None:
        return self._framework

    def _show(self, data: ProfileData) -> None:
        self._data = data
        self._framework = framework = Framework(data.areas, self._context.language)
        self.message.clear_message()
        self._show_name(data.participant_name or self._name)
        self.summary.setText(self._summary(data))
        self._fill_tree(data, framework)
        self.chart.show_levels(data.levels, framework)
        self._write_chart_note(data, framework)
        if self.self_button is not None:
            self.self_button.setEnabled(bool(data.plan.goals))
        if self.add_button is not None and self.framework_button is not None:
            self.add_button.setEnabled(True)
            self.framework_button.setEnabled(True)

    def _write_chart_note(self, data: ProfileData, framework: Framework) -> None:
        notes = []
        waiting = [
            short_area_name(framework.area_name(level.area_number))
            for level in data.levels
            if level.current is None
        ]
        if waiting:
            notes.append(
                self.tr("Not assessed yet (no bar for now): {areas}.").format(areas=", ".join(waiting))
            )
        free = sum(goal.area_number is None for goal in data.plan.goals)
        if free:
            notes.append(self.tr("Goals of our own are not in the chart ({count}).").format(count=free))
        if not data.levels:
            notes.append(self.tr("The chart shows the plan's goals from the framework; there are none yet."))
        self.chart_note.setText(" ".join(notes))
        self.chart_note.setVisible(bool(notes))

    def _show_name(self, name: str) -> None:
        title = self.tr("Training plan – {name}").format(name=name) if name else self.tr("Training plan")
        self.setWindowTitle(title)
        self.title.setText(title)

    def _summary(self, data: ProfileData) -> str:
        goals = data.plan.goals
        if not goals:
            return self.tr("The plan has no goals yet.")
        overdue = sum(goal.overdue for goal in goals)
        last = max((goal.last_assessed for goal in goals if goal.last_assessed), default=None)
        parts = [self.tr("Goals: %n", "", len(goals))]
        if overdue:
            parts.append(self.tr("overdue: {count}").format(count=overdue))
        parts.append(
            self.tr("last assessment: {date}").format(date=format_date(last))
            if last
            else self.tr("not assessed yet")
        )
        return " · ".join(parts)

    def _fill_tree(self, data: ProfileData, framework: Framework) -> None:
        keep = self._selected_id
        language = self._context.language
        bold = QFont(self.tree.font())
        bold.setBold(True)
        self.tree.clear()
        chosen: QTreeWidgetItem | None = None
        first: QTreeWidgetItem | None = None
        for area_number, goals in grouped(data.plan.goals):
            area = heading(self.tree, framework.area_name(area_number))
            area.setFirstColumnSpanned(True)
            for goal in goals:
                text = framework.goal_text(goal)
                item = QTreeWidgetItem(
                    [
                        text,
                        level_name(goal.target_level, language),
                        format_date(goal.target_date),
                        level_with_number(goal.coach_level, language),
                        level_with_number(goal.self_level, language),
                        self._status(goal),
                    ]
                )
                item.setData(0, PLAN_GOAL_ROLE, goal.id)
                item.setToolTip(0, "\n".join(part for part in (text, goal.tasks) if part))
                if goal.overdue:
                    item.setForeground(5, QBrush(QColor(OVERDUE_COLOUR)))
                    item.setFont(5, bold)
                area.addChild(item)
                if goal.id == keep:
                    chosen = item
                first = first or item
            area.setExpanded(True)
        shown = chosen or first
        if shown is not None:
            self.tree.setCurrentItem(shown)
        self._show_selected()

    def _status(self, goal: PlanGoalInfo) -> str:
        if goal.overdue:
            return self.tr("Overdue")
        if goal.coach_level is not None and goal.coach_level >= goal.target_level:
            return self.tr("Reached")
        if goal.coach_level is None:
            return self.tr("Not assessed yet")
        return self.tr("Under way")

    def goal_rows(self) -> list[tuple[str, list[list[str]]]]:
        """The tree as shown: (area, [the goal's cells, ...]) (for tests)."""
        return [
            (area.text(0), [[goal.text(column) for column in range(6)] for goal in children(area)])
            for area in headings(self.tree)
        ]

    def select_goal(self, plan_goal_id: int) -> None:
        for item in leaves(self.tree):
            if item.data(0, PLAN_GOAL_ROLE) == plan_goal_id:
                self.tree.setCurrentItem(item)

    def selected_goal(self) -> PlanGoalInfo | None:
        item = self.tree.currentItem()
        goal_id = item.data(0, PLAN_GOAL_ROLE) if item is not None else None
        if goal_id is None or self._data is None:
            return None
        return next((goal for goal in self._data.plan.goals if goal.id == goal_id), None)

    def _show_selected(self) -> None:
        goal = self.selected_goal()
        self._selected_id = goal.id if goal is not None else self._selected_id
        for button in (self.assess_button, self.change_button, self.remove_button):
            if button is not None:
                button.setEnabled(goal is not None)
        if goal is None or self._data is None or self._framework is None:
            self.goal_title.setText(
                self.tr("Choose a goal above to see its assessments.")
                if self._data and self._data.plan.goals
                else ""
            )
            self.goal_facts.setText("")
            self.timeline_model.set_rows([])
            return
        language = self._context.language
        self.goal_title.setText(self._framework.goal_text(goal))
        target = level_with_number(goal.target_level, language)
        facts = [
            self.tr("Target: {level}, by {date}.").format(level=target, date=format_date(goal.target_date))
            if goal.target_date
            else self.tr("Target: {level} (no date set).").format(level=target)
        ]
        if goal.last_assessed is None:
            facts.append(self.tr("Not assessed yet."))
        if goal.start_level is not None:
            facts.append(
                self.tr("At the start: {level}.").format(level=level_with_number(goal.start_level, language))
            )
        if goal.overdue:
            facts.append(self.tr("Overdue: the target date has passed and the level is not reached."))
        facts.append(
            self.tr("Stations and tasks: {tasks}").format(tasks=goal.tasks)
            if goal.tasks
            else self.tr("No stations or tasks written down yet.")
        )
        self.goal_facts.setText("\n".join(facts))
        self.timeline_model.set_rows([a for a in self._data.timeline if a.plan_goal_id == goal.id])
        fit_columns(self.timeline, EVIDENCE_CHARS)

    def timeline_rows(self) -> list[list[str]]:
        """The selected goal's timeline as shown, top to bottom (for tests)."""
        proxy = self._timeline_proxy
        return [
            [str(proxy.index(row, column).data()) for column in range(proxy.columnCount())]
            for row in range(proxy.rowCount())
        ]

    # --- editing -------------------------------------------------------------------------------

    def _run_tool(self, action: ParticipantAction) -> None:
        """Another feature's tool for this participant (the NAV report), through the registry."""
        name = self._data.participant_name if self._data is not None else self._name
        action.open(self._context, self._participant_id, name, self)

    def _open(self, dialog: QDialog) -> None:
        self.sub_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @property
    def open_dialog(self) -> QDialog | None:
        return on_screen(self.sub_dialog)

    def add_goal(self) -> None:
        if self._framework is None or self._data is None:
            return
        taken = {goal.competence_goal_id for goal in self._data.plan.goals if goal.competence_goal_id}
        dialog = PlanGoalDialog(self._context, self._participant_id, self._framework, taken, None, self)
        dialog.saved.connect(lambda goal: self._after_edit(goal.id, self.tr("The goal is added.")))
        self._open(dialog)

    def change_selected(self) -> None:
        goal = self.selected_goal()
        if goal is None or self._framework is None or self._data is None:
            return
        taken = {g.competence_goal_id for g in self._data.plan.goals if g.competence_goal_id}
        dialog = PlanGoalDialog(self._context, self._participant_id, self._framework, taken, goal, self)
        dialog.saved.connect(lambda saved: self._after_edit(saved.id, self.tr("The goal is saved.")))
        self._open(dialog)

    def assess_selected(self) -> None:
        goal = self.selected_goal()
        if goal is None or self._framework is None or not self._can_edit:
            return
        dialog = AssessmentDialog(self._context, goal, self._framework.goal_text(goal), self)
        dialog.saved.connect(lambda _saved: self._after_edit(goal.id, self.tr("The assessment is saved.")))
        self._open(dialog)

    def remove_selected(self) -> None:
        goal = self.selected_goal()
        if goal is None or self._framework is None:
            return
        actor = self._context.actor

        def remove() -> None:
            self._context.ops.write(
                self,
                lambda app: app.plans.remove_goal(actor, goal.id),
                lambda _none: self._say(self.tr("The goal is removed from the plan.")),
                self.message.show_domain_error,
                self.remove_button,
            )

        confirm(
            self,
            "removeGoalQuestion",
            self.tr("Remove this goal from the plan?"),
            self._framework.goal_text(goal),
            self.tr("Its assessments stay in the participant's history."),
            (self.tr("Remove the goal"), "confirmRemoveButton"),
            (self.tr("Keep it"), "keepPlanGoalButton"),
            remove,
        )

    def _after_edit(self, plan_goal_id: int, said: str) -> None:
        self._selected_id = plan_goal_id  # selected again once the reload (on ops.changed) is in
        self._say(said)

    def _say(self, text: str) -> None:
        """What was just done, until the next thing is."""
        self.message.clear_message()
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def open_framework(self) -> None:
        self._open(FrameworkDialog(self._context, self))

    def open_self_assessment(self) -> None:
        if self._data is None or self._framework is None or not self._data.plan.goals:
            return
        framework = self._framework
        goals = [SelfGoal(goal.id, framework.easy_text(goal)) for goal in self._data.plan.goals]
        dialog = SelfAssessmentDialog(
            self._context, self._participant_id, self._data.participant_name, goals, self
        )
        dialog.saved.connect(
            lambda count: self._say(self.tr("Self-assessment saved: %n answer(s).", "", count))
        )
        self._open(dialog)

    # --- closing -------------------------------------------------------------------------------

    def force_close(self) -> None:
        """Logout or idle lock: the profile and any dialog over it close without asking."""
        dialog = self.open_dialog
        close = getattr(dialog, "force_close", None)
        if callable(close):
            close()
        elif dialog is not None:
            dialog.reject()
        self.reject()


def open_training_plan(
    context: UiContext, participant_id: int, name: str, parent: QWidget
) -> TrainingPlanWindow:
    """Open a participant's profile over `parent` (a `ParticipantOpener`, ui.common.navigation)."""
    window = TrainingPlanWindow(context, participant_id, parent, name)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.open()
    return window


__all__ = ["ProfileData", "TimelineModel", "TrainingPlanWindow", "open_training_plan", "read_profile"]
