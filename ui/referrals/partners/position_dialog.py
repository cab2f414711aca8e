"""The form of a position a partner hires for (kitchen assistant, dishwasher, serving): its
title, what the work is, and the competences it needs, chosen from the competence framework: a
whole area or one goal, each at a minimum level named as the framework names its levels."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from canteen_app.app import AppServices
from canteen_app.core.text import Message
from canteen_app.referrals.partners.dto import CompanyDetails, PositionInfo
from canteen_app.referrals.partners.rules import (
    NEEDS_MAX,
    TITLE_MAX,
    NeedInput,
    PositionInput,
    validate_position,
)
from canteen_app.training.competence.dto import AreaInfo, GoalInfo
from canteen_app.training.competence.rules import LEVELS
from ui.common.context import UiContext
from ui.common.formatting import quiet
from ui.common.widgets import TallRowDelegate, WideListComboBox, action_button
from ui.referrals.partners.dialogs import PartnerDialog
from ui.referrals.partners.words import area_need_text, level_description, level_with_number, need_text

AREA_ROLE = int(Qt.ItemDataRole.UserRole) + 1
GOAL_ROLE = int(Qt.ItemDataRole.UserRole) + 2
NEED_ROLE = int(Qt.ItemDataRole.UserRole) + 3
DEFAULT_LEVEL = 3


class PositionDialog(PartnerDialog[PositionInfo, PositionInput]):
    """Add or edit a position and its competence needs; `saved` carries it as stored."""

    object_prefix = "position"
    stored_type = PositionInfo
    field_order = ("title", "description", "needs")

    def __init__(
        self,
        context: UiContext,
        company: CompanyDetails,
        framework: Sequence[AreaInfo],
        stored: PositionInfo | None,
        parent: QWidget | None = None,
    ) -> None:
        self._areas = tuple(framework)  # retired goals too: a position keeps the goal it has
        self._goals = {goal.id: goal for area in self._areas for goal in area.goals}
        self._needs: list[NeedInput] = []
        super().__init__(context, company, stored, parent)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The goals wrap at the width the picker has once shown (not the width it was built at).
        QTimer.singleShot(0, self.picker.doItemsLayout)

    def _width_lines(self) -> int:
        return 62

    def _group_title(self) -> str:
        return self.tr("Position at {company}").format(company=self._company.name)

    # --- layout --------------------------------------------------------------------------------

    def _fields(self, group: QGroupBox) -> None:
        form = self._form(group)
        self.title_edit = self._text_field(
            form, "title", self.tr("Title"), TITLE_MAX, self.tr("E.g. kitchen assistant, dishwasher, serving")
        )
        self.description_edit = QPlainTextEdit()
        self.description_edit.setObjectName("position_description")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setPlaceholderText(self.tr("What the work is: stations, tasks, hours"))
        self.description_edit.setMinimumHeight(60)
        self.description_edit.setMaximumHeight(100)
        self.description_edit.textChanged.connect(lambda: self._on_changed("description"))
        self._add_row(form, "description", self.tr("Description"), self.description_edit)
        self._add_row(form, "needs", self.tr("Competences needed"), self._needs_editor())

    def _needs_editor(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.needs_list = QListWidget()
        self.needs_list.setObjectName("positionNeedsList")
        self.needs_list.setAccessibleName(self.tr("Competences the position needs"))
        self.needs_list.setItemDelegate(TallRowDelegate(30, self.needs_list))
        self.needs_list.setWordWrap(True)
        self.needs_list.setMinimumHeight(120)
        self.needs_list.currentItemChanged.connect(lambda *_args: self._on_need_chosen())
        layout.addWidget(self.needs_list)
        remove_row = QHBoxLayout()
        self.remove_need_button = action_button(
            "removeNeedButton", self.tr("Remove the chosen need"), self.remove_need, 40
        )
        remove_row.addWidget(self.remove_need_button)
        remove_row.addStretch(1)
        layout.addLayout(remove_row)
        self._add_picker(layout)
        return box

    def _add_picker(self, layout: QVBoxLayout) -> None:
        """The framework to pick from, the level, and the button that adds the need."""
        picker_title = QLabel(self.tr("Add a need from the competence framework:"))
        picker_title.setWordWrap(True)
        layout.addWidget(picker_title)
        self.find_edit = QLineEdit()
        self.find_edit.setObjectName("needFindEdit")
        self.find_edit.setPlaceholderText(self.tr("Type a part of an area or a goal, e.g. allergen"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.setAccessibleName(self.tr("Find an area or a goal"))
        self.find_edit.textChanged.connect(self._filter)
        layout.addWidget(self.find_edit)
        self.picker = QTreeWidget()
        self.picker.setObjectName("needPicker")
        self.picker.setAccessibleName(self.tr("Competence areas and goals"))
        self.picker.setAccessibleDescription(
            self.tr("Choose an area (the whole area) or one of its goals, then its minimum level.")
        )
        self.picker.setHeaderHidden(True)
        self.picker.setColumnCount(1)
        self.picker.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.picker.setItemDelegate(TallRowDelegate(30, self.picker))
        self.picker.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.picker.setWordWrap(True)
        self.picker.setMinimumHeight(200)
        self._fill_picker()
        self.picker.currentItemChanged.connect(lambda *_args: self._update_add_button())
        self.picker.itemActivated.connect(lambda *_args: self.add_need())
        layout.addWidget(self.picker)

        level_row = QHBoxLayout()
        level_label = QLabel(self.tr("Minimum &level:"))
        self.level_combo = WideListComboBox()
        self.level_combo.setObjectName("needLevelCombo")
        level_label.setBuddy(self.level_combo)
        self.level_combo.setAccessibleName(self.tr("Minimum level"))
        language = self._context.language
        for level in LEVELS:
            self.level_combo.addItem(level_with_number(level, language), level)
            self.level_combo.setItemData(
                self.level_combo.count() - 1, level_description(level, language), Qt.ItemDataRole.ToolTipRole
            )
        self.level_combo.setCurrentIndex(self.level_combo.findData(DEFAULT_LEVEL))
        self.level_combo.currentIndexChanged.connect(lambda _index: self._update_level_hint())
        self.add_need_button = action_button("addNeedButton", self.tr("Add need"), self.add_need, 40)
        level_row.addWidget(level_label)
        level_row.addWidget(self.level_combo, 1)
        level_row.addWidget(self.add_need_button)
        layout.addLayout(level_row)
        self.level_hint = quiet(QLabel())
        self.level_hint.setObjectName("needLevelHint")
        self.level_hint.setWordWrap(True)
        layout.addWidget(self.level_hint)
        hint = quiet(
            QLabel(
                self.tr(
                    "A whole area is met when the mean of the participant's latest levels in its goals "
                    "reaches the minimum, as on the competence chart."
                )
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self._update_level_hint()

    def _fill_picker(self) -> None:
        language = self._context.language
        for area in self._areas:
            top = QTreeWidgetItem([f"{area.number}. {area_need_text(area, language)}"])
            top.setData(0, AREA_ROLE, area.number)
            top.setToolTip(0, area.name(language))
            self.picker.addTopLevelItem(top)
            for goal in area.goals:
                if goal.retired:
                    continue
                text = goal.text(language)
                item = QTreeWidgetItem([text + (f" ({self.tr('local')})" if goal.local else "")])
                item.setData(0, GOAL_ROLE, goal.id)
                item.setToolTip(0, text)
                top.addChild(item)

    # --- the picker ----------------------------------------------------------------------------

    def _items(self) -> list[QTreeWidgetItem]:
        found = []
        for index in range(self.picker.topLevelItemCount()):
            top = self.picker.topLevelItem(index)
            if top is None:
                continue
            found.append(top)
            found.extend(child for n in range(top.childCount()) if (child := top.child(n)) is not None)
        return found

    def picked(self) -> tuple[int | None, int | None]:
        """(area number, goal id) of the picker's current item; (None, None) when none."""
        item = self.picker.currentItem()
        if item is None:
            return None, None
        area, goal = item.data(0, AREA_ROLE), item.data(0, GOAL_ROLE)
        return (int(area) if area is not None else None, int(goal) if goal is not None else None)

    def pick(self, area_number: int | None, goal_id: int | None) -> bool:
        """Choose an area (goal_id None) or a goal in the picker."""
        for item in self._items():
            if area_number is not None and item.data(0, AREA_ROLE) == area_number:
                self.picker.setCurrentItem(item)
                return True
            if goal_id is not None and item.data(0, GOAL_ROLE) == goal_id:
                self.picker.setCurrentItem(item)
                self.picker.scrollToItem(item)
                return True
        return False

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for index in range(self.picker.topLevelItemCount()):
            top = self.picker.topLevelItem(index)
            if top is None:
                continue
            area_hit = all(word in top.text(0).casefold() for word in words)
            shown = 0
            for n in range(top.childCount()):
                child = top.child(n)
                if child is None:
                    continue
                hidden = (
                    bool(words)
                    and not area_hit
                    and not all(word in child.text(0).casefold() for word in words)
                )
                child.setHidden(hidden)
                shown += not hidden
            top.setHidden(bool(words) and not area_hit and shown == 0)
            top.setExpanded(bool(words) and shown > 0)

    def _update_level_hint(self) -> None:
        level = self.level_combo.currentData()
        self.level_hint.setText(level_description(int(level), self._context.language) if level else "")

    def _update_add_button(self) -> None:
        area, goal = self.picked()
        listed = any(need.area_number == area and need.competence_goal_id == goal for need in self._needs)
        self.add_need_button.setText(self.tr("Change the level") if listed else self.tr("Add need"))
        self.add_need_button.setEnabled(
            (area is not None or goal is not None) and (listed or len(self._needs) < NEEDS_MAX)
        )

    # --- the needs -----------------------------------------------------------------------------

    def need_texts(self) -> list[str]:
        """The needs as the list shows them (for tests)."""
        return [item.text() for item in self._list_items()]

    def _list_items(self) -> list[QListWidgetItem]:
        return [item for n in range(self.needs_list.count()) if (item := self.needs_list.item(n)) is not None]

    def _need_label(self, need: NeedInput) -> str:
        language = self._context.language
        goal: GoalInfo | None = self._goals.get(need.competence_goal_id) if need.competence_goal_id else None
        text = need_text(need.area_number, goal, self._areas, language)
        if goal is not None and goal.retired:
            text = self.tr("{goal} (retired)").format(goal=text)
        return self.tr("{need}: at least {level}").format(
            need=text, level=level_with_number(need.min_level, language)
        )

    def _show_needs(self, chosen: int | None = None) -> None:
        self.needs_list.blockSignals(True)
        try:
            self.needs_list.clear()
            for index, need in enumerate(self._needs):
                item = QListWidgetItem(self._need_label(need))
                item.setData(NEED_ROLE, index)
                self.needs_list.addItem(item)
            if chosen is not None and 0 <= chosen < self.needs_list.count():
                self.needs_list.setCurrentRow(chosen)
        finally:
            self.needs_list.blockSignals(False)
        self.remove_need_button.setEnabled(self.needs_list.currentRow() >= 0)
        self._update_add_button()

    def add_need(self) -> None:
        """Add the picked area or goal at the chosen level, or change the level it is listed at."""
        area, goal = self.picked()
        if area is None and goal is None:
            return
        level = int(self.level_combo.currentData() or DEFAULT_LEVEL)
        need = NeedInput(area, goal, level)
        listed = next(
            (
                n
                for n, found in enumerate(self._needs)
                if (found.area_number, found.competence_goal_id) == (area, goal)
            ),
            None,
        )
        if listed is None:
            self._needs.append(need)
            listed = len(self._needs) - 1
        else:
            self._needs[listed] = need
        self._show_needs(listed)
        self._on_changed("needs")

    def remove_need(self) -> None:
        row = self.needs_list.currentRow()
        if not 0 <= row < len(self._needs):
            return
        del self._needs[row]
        self._show_needs(min(row, len(self._needs) - 1) if self._needs else None)
        self._on_changed("needs")

    def _on_need_chosen(self) -> None:
        row = self.needs_list.currentRow()
        self.remove_need_button.setEnabled(row >= 0)
        if 0 <= row < len(self._needs):
            need = self._needs[row]
            self.pick(need.area_number, need.competence_goal_id)
            self.level_combo.setCurrentIndex(self.level_combo.findData(need.min_level))
        self._update_add_button()

    # --- loading and reading -------------------------------------------------------------------

    def _titles(self, stored: PositionInfo | None) -> str:
        return (
            self.tr("New position")
            if stored is None
            else self.tr("Position – {title}").format(title=stored.title)
        )

    def _empty(self) -> PositionInput:
        return PositionInput("")

    def _input_of(self, stored: PositionInfo) -> PositionInput:
        needs = tuple(NeedInput(n.area_number, n.competence_goal_id, n.min_level) for n in stored.needs)
        return PositionInput(stored.title, stored.description, needs)

    def _fill(self, data: PositionInput) -> None:
        self.title_edit.setText(data.title)
        if self.description_edit.toPlainText() != data.description:
            self.description_edit.setPlainText(data.description)
        self._needs = list(data.needs)
        self._show_needs()

    def form_input(self) -> PositionInput:
        return PositionInput(self.title_edit.text(), self.description_edit.toPlainText(), tuple(self._needs))

    def _check(self, data: PositionInput) -> tuple[PositionInput, dict[str, Message]]:
        return validate_position(data)

    def _save(self, app: AppServices, data: PositionInput, record_id: int | None, version: int | None) -> int:
        return app.partners.save_position(self._context.actor, self._company.id, data, record_id, version)

    def _pick(self, company: CompanyDetails, record_id: int) -> PositionInfo | None:
        return company.position(record_id)

    def _conflict_text(self) -> str:
        return self.tr("Someone else changed this position after you opened it.")
