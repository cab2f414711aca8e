"""The task library page (T6), for job coaches: the canteen's stations, each station's tasks,
and the chosen task's steps with their pictograms shown large, the way the day card prints
them. Stations are added and renamed here; tasks are added and edited in `TaskDialog`; both
are retired rather than deleted (assignments keep what they were made with)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from canteen_app.core.languages import Language, name_in
from canteen_app.training.tasks.dto import StationInfo, TaskInfo, TaskLibrary
from canteen_app.training.tasks.pictograms import CREDIT
from canteen_app.training.tasks.rules import TASK_LIBRARY, StationInput
from ui.common.context import UiContext
from ui.common.widgets import FieldMessage, action_button
from ui.training.tasks.pictograms import pictogram_pixmap
from ui.training.tasks.task_dialog import TaskDialog

if TYPE_CHECKING:
    from canteen_app.app import AppServices, Changes

PREVIEW_ICON = 72  # pixels: a step's pictogram in the preview


class TaskLibraryView(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taskLibraryView")
        self._context = context
        self._library = TaskLibrary((), ())
        self._station_id: int | None = None
        self._task_id: int | None = None
        self.task_dialog: TaskDialog | None = None
        self._build()
        context.ops.changed.connect(self._on_changed)
        self.reload()

    # --- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        # Above the columns, not in one: its long text would widen that column at large text.
        self.show_retired = QCheckBox(self.tr("Show retired stations and tasks"))
        self.show_retired.setObjectName("showRetiredTasks")
        self.show_retired.toggled.connect(lambda _checked: self.reload())
        layout.addWidget(self.show_retired)
        columns = QHBoxLayout()
        layout.addLayout(columns, 1)

        stations = QGroupBox(self.tr("Stations"))
        stations_layout = QVBoxLayout(stations)
        self.station_list = QListWidget()
        self.station_list.setObjectName("stationList")
        self.station_list.setAccessibleName(self.tr("Stations"))
        self.station_list.setWordWrap(True)  # long station names wrap instead of scrolling sideways
        self.station_list.currentRowChanged.connect(self._on_station)
        stations_layout.addWidget(self.station_list, 1)
        self.add_station_button = action_button(
            "addStationButton", self.tr("Add station…"), self.add_station, 40
        )
        self.rename_station_button = action_button(
            "renameStationButton", self.tr("Rename…"), self.rename_station, 40
        )
        self.retire_station_button = action_button(
            "retireStationButton", self.tr("Retire"), self.toggle_station_retired, 40
        )
        for button in (self.add_station_button, self.rename_station_button, self.retire_station_button):
            stations_layout.addWidget(button)
        columns.addWidget(stations, 2)

        tasks = QGroupBox(self.tr("Tasks of the station"))
        tasks_layout = QVBoxLayout(tasks)
        self.task_list = QListWidget()
        self.task_list.setObjectName("taskList")
        self.task_list.setAccessibleName(self.tr("Tasks of the station"))
        self.task_list.currentRowChanged.connect(self._on_task)
        self.task_list.itemActivated.connect(lambda _item: self.edit_task())
        tasks_layout.addWidget(self.task_list, 1)
        self.add_task_button = action_button("addTaskButton", self.tr("Add task…"), self.add_task, 40)
        self.edit_task_button = action_button("editTaskButton", self.tr("Edit task…"), self.edit_task, 40)
        self.retire_task_button = action_button(
            "retireTaskButton", self.tr("Retire"), self.toggle_task_retired, 40
        )
        for button in (self.add_task_button, self.edit_task_button, self.retire_task_button):
            tasks_layout.addWidget(button)
        columns.addWidget(tasks, 3)

        columns.addWidget(self._preview_group(), 5)

        self.message = FieldMessage("taskLibrary")
        layout.addWidget(self.message)
        credit = QLabel(self.tr("Pictograms: {credit}").format(credit=CREDIT))
        credit.setObjectName("taskLibraryCredit")
        credit.setWordWrap(True)
        credit.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(credit)

    def _preview_group(self) -> QGroupBox:
        preview = QGroupBox(self.tr("Steps"))
        preview_layout = QVBoxLayout(preview)
        self.languages_label = QLabel()
        self.languages_label.setObjectName("taskLanguages")
        self.languages_label.setWordWrap(True)
        preview_layout.addWidget(self.languages_label)
        self.steps_widget = QWidget()
        self.steps_grid = QGridLayout(self.steps_widget)
        scroll = QScrollArea()
        scroll.setObjectName("taskStepsScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.steps_widget)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        preview_layout.addWidget(scroll, 1)
        return preview

    # --- reading -------------------------------------------------------------------------------

    def reload(self) -> None:
        actor = self._context.actor
        retired = self.show_retired.isChecked()
        self._context.ops.read(
            self,
            lambda app: app.tasks.library(actor, include_retired=retired),
            self._show,
            self.message.show_domain_error,
        )

    def _on_changed(self, changes: Changes, _source: object) -> None:
        if changes.touches(TASK_LIBRARY) and shiboken6.isValid(self):
            self.reload()

    def _show(self, library: TaskLibrary) -> None:
        self._library = library
        language = self._context.language
        self.station_list.blockSignals(True)
        self.station_list.clear()
        for station in library.stations:
            item = QListWidgetItem(self._retired_name(station.name(language), station.retired))
            item.setData(Qt.ItemDataRole.UserRole, station.id)
            self.station_list.addItem(item)
        self.station_list.blockSignals(False)
        ids = [station.id for station in library.stations]
        wanted = self._station_id if self._station_id in ids else (ids[0] if ids else None)
        self.station_list.setCurrentRow(ids.index(wanted) if wanted is not None else -1)
        self._on_station(self.station_list.currentRow())

    def _retired_name(self, name: str, retired: bool) -> str:
        return self.tr("{name} (retired)").format(name=name) if retired else name

    def selected_station(self) -> StationInfo | None:
        return self._library.station(self._station_id) if self._station_id is not None else None

    def selected_task(self) -> TaskInfo | None:
        return self._library.task(self._task_id) if self._task_id is not None else None

    def _on_station(self, row: int) -> None:
        item = self.station_list.item(row) if row >= 0 else None
        self._station_id = int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
        tasks = self._library.tasks_of(self._station_id) if self._station_id is not None else ()
        self.task_list.blockSignals(True)
        self.task_list.clear()
        for task in tasks:
            entry = QListWidgetItem(self._retired_name(task.title_nb, task.retired))
            entry.setData(Qt.ItemDataRole.UserRole, task.id)
            self.task_list.addItem(entry)
        self.task_list.blockSignals(False)
        ids = [task.id for task in tasks]
        wanted = self._task_id if self._task_id in ids else (ids[0] if ids else None)
        self.task_list.setCurrentRow(ids.index(wanted) if wanted is not None else -1)
        self._on_task(self.task_list.currentRow())

    def _on_task(self, row: int) -> None:
        item = self.task_list.item(row) if row >= 0 else None
        self._task_id = int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
        self._show_steps(self.selected_task())
        self._update_buttons()

    def _show_steps(self, task: TaskInfo | None) -> None:
        while self.steps_grid.count():
            taken = self.steps_grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        if task is None:
            self.languages_label.setText(self.tr("Choose a task to see its steps."))
            return
        language = self._context.language
        if task.languages:
            names = [
                name_in(Language(code), language)
                + ("" if code in task.reviewed else self.tr(" (not checked)"))
                for code in task.languages
            ]
            self.languages_label.setText(
                self.tr("Translated into: {languages}").format(languages=", ".join(names))
            )
        else:
            self.languages_label.setText(self.tr("Norwegian only: not translated yet."))
        for index, step in enumerate(task.steps):
            picture = QLabel()
            picture.setPixmap(pictogram_pixmap(step.pictogram, PREVIEW_ICON))
            picture.setFixedSize(QSize(PREVIEW_ICON, PREVIEW_ICON))
            text = QLabel(f"<b>{step.position}.</b> {html.escape(step.text_nb)}")
            text.setWordWrap(True)
            text.setObjectName(f"previewStep{index}")
            self.steps_grid.addWidget(picture, index, 0)
            self.steps_grid.addWidget(text, index, 1)
        self.steps_grid.setColumnStretch(1, 1)
        self.steps_grid.setRowStretch(len(task.steps), 1)

    def _update_buttons(self) -> None:
        station, task = self.selected_station(), self.selected_task()
        self.rename_station_button.setEnabled(station is not None)
        self.retire_station_button.setEnabled(station is not None)
        self.retire_station_button.setText(
            self.tr("Bring back") if station is not None and station.retired else self.tr("Retire")
        )
        self.add_task_button.setEnabled(station is not None and not station.retired)
        self.edit_task_button.setEnabled(task is not None)
        self.retire_task_button.setEnabled(task is not None)
        self.retire_task_button.setText(
            self.tr("Bring back") if task is not None and task.retired else self.tr("Retire")
        )

    # --- stations ------------------------------------------------------------------------------

    def add_station(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Add station"), self.tr("Name of the station (Norwegian):")
        )
        if ok:
            self.save_station(None, StationInput(name))

    def rename_station(self) -> None:
        station = self.selected_station()
        if station is None:
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Rename station"),
            self.tr("Name of the station (Norwegian):"),
            QLineEdit.EchoMode.Normal,
            station.name_nb,
        )
        if ok:
            self.save_station(station, StationInput(name, station.name_en))

    def save_station(self, station: StationInfo | None, data: StationInput) -> None:
        actor = self._context.actor
        self.message.clear_message()

        def write(app: AppServices) -> StationInfo:
            if station is None:
                return app.tasks.add_station(actor, data)
            return app.tasks.update_station(actor, station.id, station.version, data)

        def done(saved: StationInfo) -> None:
            self._station_id = saved.id
            self.reload()

        self._context.ops.write(self, write, done, self.message.show_domain_error)

    def toggle_station_retired(self) -> None:
        station = self.selected_station()
        if station is None:
            return
        actor = self._context.actor
        self._context.ops.write(
            self,
            lambda app: app.tasks.set_station_retired(
                actor, station.id, station.version, not station.retired
            ),
            lambda _saved: self.reload(),
            self.message.show_domain_error,
        )

    # --- tasks ---------------------------------------------------------------------------------

    def add_task(self) -> TaskDialog | None:
        station = self.selected_station()
        if station is None:
            return None
        stations = tuple(s for s in self._library.stations if not s.retired)
        return self._open(TaskDialog(self._context, stations, station.id, self))

    def edit_task(self) -> TaskDialog | None:
        task = self.selected_task()
        if task is None:
            return None
        stations = tuple(s for s in self._library.stations if not s.retired or s.id == task.station_id)
        dialog = TaskDialog(self._context, stations, task.station_id, self)
        dialog.load(task)
        return self._open(dialog)

    def _open(self, dialog: TaskDialog) -> TaskDialog:
        self.task_dialog = dialog

        def saved(task: TaskInfo) -> None:
            self._station_id, self._task_id = task.station_id, task.id
            self.reload()

        dialog.open_for(saved)
        return dialog

    def toggle_task_retired(self) -> None:
        task = self.selected_task()
        if task is None:
            return
        actor = self._context.actor
        self._context.ops.write(
            self,
            lambda app: app.tasks.set_task_retired(actor, task.id, task.version, not task.retired),
            lambda _saved: self.reload(),
            self.message.show_domain_error,
        )
