"""The competence framework as this canteen uses it: the twelve areas with their goals, where a
coach adds a local goal (`CompetenceService.add_local_goal`) or retires a goal, after a
question. Nothing is deleted: a retired goal is not offered to new plans, and plans that have
it keep it with all their assessments."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from canteen_app.access import Permission
from canteen_app.app import AppServices, Changes
from canteen_app.core.errors import DomainError
from canteen_app.training.competence.dto import AreaInfo, GoalInfo
from canteen_app.training.competence.rules import (
    COMPETENCES,
    EASY_TEXT_MAX,
    GOAL_TEXT_MAX,
    LocalGoalInput,
)
from ui.common.context import UiContext
from ui.common.formatting import quiet
from ui.common.forms import FormErrors
from ui.common.widgets import FieldMessage, TallRowDelegate, WideListComboBox, action_button
from ui.training.plans.asking import confirm
from ui.training.plans.looks import fit_height
from ui.training.plans.trees import heading, leaves

GOAL_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
DIALOG_EMS = 44


class FrameworkDialog(QDialog):
    """Browse the framework; add a local goal; retire a goal."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("frameworkDialog")
        self.setWindowTitle(self.tr("Competence framework"))
        self._context = context
        self._areas: list[AreaInfo] = []
        self._loading = False
        self.local_dialog: LocalGoalDialog | None = None
        self._select_after_reload: int | None = None
        self._build()
        context.ops.changed.connect(self._on_changed)
        self._roomy()
        self.reload()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The goals plans are made from. A local goal is this canteen's own; a retired goal "
                "is not offered to new plans, and plans that have it keep it."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget()
        self.tree.setObjectName("frameworkTree")
        self.tree.setAccessibleName(self.tr("Competence areas and their goals"))
        self.tree.setHeaderHidden(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setItemDelegate(TallRowDelegate(30, self.tree))
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tree.setWordWrap(True)
        self.tree.setMinimumSize(self.fontMetrics().horizontalAdvance("M") * DIALOG_EMS, 360)
        self.tree.currentItemChanged.connect(lambda *_args: self._update_buttons())
        layout.addWidget(self.tree, 1)
        self.message = FieldMessage("framework")
        layout.addWidget(self.message)
        row = QHBoxLayout()
        can_edit = self._context.actor.can(Permission.EDIT_PARTICIPANTS)
        self.add_button = action_button(
            "addLocalGoalButton", self.tr("Add a local goal…"), self.add_local_goal, 40
        )
        self.retire_button = action_button(
            "retireGoalButton", self.tr("Retire the goal…"), self.retire_selected, 40
        )
        self.close_button = action_button("frameworkCloseButton", self.tr("Close"), self.accept, 40)
        for button in (self.add_button, self.retire_button):
            button.setVisible(can_edit)
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self._update_buttons()

    def _roomy(self) -> None:
        """Wide enough for most goals on one line, tall enough for a few areas, on the screen."""
        lines = self.fontMetrics().lineSpacing()
        screen = self.screen() or QApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        width, height = lines * 60, lines * 34
        if room is not None:
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        self.resize(max(width, self.minimumSizeHint().width()), max(height, self.minimumSizeHint().height()))

    # --- loading -------------------------------------------------------------------------------

    def reload(self) -> None:
        if self._loading:
            return
        actor = self._context.actor
        self._context.ops.read(
            self,
            lambda app: app.competence.framework(actor),
            self._show,
            self.message.show_domain_error,
            self._set_loading,
        )

    def _set_loading(self, loading: bool) -> None:
        self._loading = loading

    @property
    def is_loading(self) -> bool:
        return self._loading

    def _on_changed(self, changes: Changes, _source: object) -> None:
        if changes.touches(COMPETENCES):
            self.reload()

    def _show(self, areas: list[AreaInfo]) -> None:
        selected_goal = self.selected_goal()
        selected = self._select_after_reload or (selected_goal.id if selected_goal else None)
        self._select_after_reload = None
        self._areas = areas
        language = self._context.language
        self.tree.clear()
        for area in areas:
            top = heading(self.tree, f"{area.number}. {area.name(language)}")
            for goal in area.goals:
                text = goal.text(language)
                child = QTreeWidgetItem([self.tr("{goal} (local)").format(goal=text) if goal.local else text])
                child.setData(0, GOAL_ID_ROLE, goal.id)
                child.setToolTip(0, goal.easy(language))
                top.addChild(child)
                if goal.id == selected:
                    self.tree.setCurrentItem(child)
            top.setExpanded(True)
        self._update_buttons()

    # --- reading -------------------------------------------------------------------------------

    @property
    def areas(self) -> list[AreaInfo]:
        return list(self._areas)

    def goal_items(self) -> list[QTreeWidgetItem]:
        return leaves(self.tree)

    def select_goal(self, goal_id: int) -> None:
        for item in self.goal_items():
            if item.data(0, GOAL_ID_ROLE) == goal_id:
                self.tree.setCurrentItem(item)

    def selected_goal(self) -> GoalInfo | None:
        item = self.tree.currentItem()
        goal_id = item.data(0, GOAL_ID_ROLE) if item is not None else None
        return next((g for a in self._areas for g in a.goals if g.id == goal_id), None)

    def _update_buttons(self) -> None:
        self.retire_button.setEnabled(self.selected_goal() is not None)

    # --- adding and retiring -------------------------------------------------------------------

    def add_local_goal(self) -> None:
        selected = self.selected_goal()
        self.local_dialog = LocalGoalDialog(
            self._context, self._areas, selected.area_number if selected else 1, self
        )
        self.local_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.local_dialog.saved.connect(self._on_added)
        self.local_dialog.open()

    def _on_added(self, goal: GoalInfo) -> None:
        self.message.clear_message()
        self._select_after_reload = goal.id
        self.reload()

    def retire_selected(self) -> None:
        goal = self.selected_goal()
        if goal is None:
            return
        confirm(
            self,
            "retireGoalQuestion",
            self.tr("Retire this goal?"),
            goal.text(self._context.language),
            self.tr(
                "New plans will not be offered it. Plans that have it keep it, with all their assessments."
            ),
            (self.tr("Retire the goal"), "confirmRetireButton"),
            (self.tr("Keep it"), "keepGoalButton"),
            lambda: self._retire(goal.id),
        )

    def _retire(self, goal_id: int) -> None:
        actor = self._context.actor
        self._context.ops.write(
            self,
            lambda app: app.competence.retire_goal(actor, goal_id),
            lambda _none: self.message.clear_message(),
            self.message.show_domain_error,
            self.retire_button,
        )


class LocalGoalDialog(QDialog):
    """A goal of this canteen's own in one of the twelve areas, in nb (required) and en, with
    its easy-read words for the self-assessment screen; `saved` carries it (GoalInfo)."""

    saved = Signal(object)

    def __init__(
        self, context: UiContext, areas: list[AreaInfo], area_number: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("localGoalDialog")
        self.setWindowTitle(self.tr("Add a local goal"))
        self._context = context
        self._discard_confirmed = False
        layout = QVBoxLayout(self)
        layout.addStrut(self.fontMetrics().horizontalAdvance("M") * DIALOG_EMS)
        hint = QLabel(
            self.tr(
                "Write the goal as a task one can watch someone do, e.g. 'Fills and starts the dishwasher'."
            )
        )
        hint.setWordWrap(True)
        quiet(hint)
        layout.addWidget(hint)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.area_combo: QComboBox = WideListComboBox()
        self.area_combo.setObjectName("localAreaCombo")
        for area in areas:
            self.area_combo.addItem(f"{area.number}. {area.name(context.language)}", area.number)
        self.area_combo.setCurrentIndex(max(0, self.area_combo.findData(area_number)))
        self.edits: dict[str, QLineEdit] = {}
        messages: dict[str, FieldMessage] = {"area_number": FieldMessage("area_number")}
        editors: dict[str, QWidget] = {"area_number": self.area_combo}
        self._row(form, self.tr("&Area:"), self.area_combo, messages["area_number"])
        for name, label, limit, placeholder in (
            ("text_nb", self.tr("Goal (Norwegian):"), GOAL_TEXT_MAX, self.tr("Required")),
            ("text_en", self.tr("Goal (English):"), GOAL_TEXT_MAX, ""),
            (
                "easy_nb",
                self.tr("Easy-read (Norwegian):"),
                EASY_TEXT_MAX,
                self.tr("E.g. 'Jeg fyller oppvaskmaskinen'"),
            ),
            (
                "easy_en",
                self.tr("Easy-read (English):"),
                EASY_TEXT_MAX,
                self.tr("E.g. 'I fill the dishwasher'"),
            ),
        ):
            edit = QLineEdit()
            edit.setObjectName(f"{name}Edit")
            edit.setMaxLength(limit + 20)  # over the limit still types, and is told so
            edit.setPlaceholderText(placeholder)
            edit.setAccessibleName(label.rstrip(":"))
            self.edits[name] = edit
            messages[name] = FieldMessage(name)
            editors[name] = edit
            edit.textChanged.connect(lambda _text, message=messages[name]: message.clear_message())
            self._row(form, label, edit, messages[name])
        layout.addLayout(form)
        self.status = FieldMessage("localGoal")
        layout.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.save_button: QPushButton = buttons.addButton(
            self.tr("Add the goal"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("localGoalSaveButton")
        self.save_button.setDefault(True)
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("localGoalCancelButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.errors = FormErrors(self.status, messages, editors)
        fit_height(self)

    @staticmethod
    def _row(form: QFormLayout, text: str, editor: QWidget, message: FieldMessage) -> None:
        label = QLabel(text)
        label.setBuddy(editor)
        form.addRow(label, editor)
        form.addRow("", message)

    def form_input(self) -> LocalGoalInput:
        return LocalGoalInput(
            area_number=int(self.area_combo.currentData() or 0),
            text_nb=self.edits["text_nb"].text(),
            text_en=self.edits["text_en"].text(),
            easy_nb=self.edits["easy_nb"].text(),
            easy_en=self.edits["easy_en"].text(),
        )

    def save(self) -> None:
        data = self.form_input()
        actor = self._context.actor
        self.errors.clear()

        def write(app: AppServices) -> GoalInfo:
            return app.competence.add_local_goal(actor, data)

        self._context.ops.write(self, write, self._on_saved, self._on_failed, self.save_button)

    def _on_failed(self, error: DomainError) -> None:
        self.errors.show(error)
        fit_height(self)

    def _on_saved(self, goal: GoalInfo) -> None:
        self._discard_confirmed = True
        self.saved.emit(goal)
        self.accept()

    def reject(self) -> None:
        """Typed words are not dropped without asking."""
        typed = any(edit.text().strip() for edit in self.edits.values())
        if self._discard_confirmed or not typed:
            super().reject()
            return

        def discard() -> None:
            self._discard_confirmed = True
            self.reject()

        confirm(
            self,
            "discardLocalGoalDialog",
            self.tr("Close without saving?"),
            self.tr("The goal is not added. Close and lose what you typed?"),
            "",
            (self.tr("Close without saving"), "discardChangesButton"),
            (self.tr("Keep editing"), "keepEditingButton"),
            discard,
        )
