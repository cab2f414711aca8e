"""Add or edit one task of the library: its station, its Norwegian title, its numbered steps
(each a pictogram, chosen large in the chooser, and a short Norwegian sentence), and the title
and sentences in the participants' languages, one language at a time, with the mark that a
speaker of the language has checked them.

Saving sends the whole task; the service replaces the stored steps and counts a version, so a
second coach who saved meanwhile is never overwritten without being asked.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from canteen_app.core.errors import ConcurrencyError, DomainError, NotFoundError, ValidationError
from canteen_app.core.languages import Language, language_label
from canteen_app.core.text import Message
from canteen_app.training.tasks.dto import StationInfo, TaskInfo
from canteen_app.training.tasks.rules import MAX_STEPS, STEP_LANGUAGES, StepInput, TaskInput, validate_task
from ui.common.context import UiContext
from ui.common.edit_dialog import EditDialog
from ui.common.i18n import message_text
from ui.common.widgets import FieldMessage
from ui.training.tasks.pictograms import PictogramChooser, pictogram_icon, pictogram_name

if TYPE_CHECKING:
    from canteen_app.app import AppServices

STEP_ICON = 64  # pixels: the step's pictogram button, a touch target too
RIGHT_TO_LEFT = frozenset({"ar", "prs"})  # typed right to left: Arabic and Dari


class TaskDialog(EditDialog[TaskInfo, TaskInput]):
    field_order = ("station_id", "title_nb", "steps")

    def __init__(
        self,
        context: UiContext,
        stations: tuple[StationInfo, ...],
        station_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("taskDialog")
        self.setWindowTitle(self.tr("New task"))
        self._stations = stations
        self._steps: list[StepInput] = []
        self._titles: dict[str, str] = {}
        self._reviewed: set[str] = set()
        self._language = STEP_LANGUAGES[0]
        self.step_rows: list[tuple[QToolButton, QLineEdit]] = []
        self.translation_edits: list[QLineEdit] = []
        self._build()
        start = TaskInput(
            station_id or (stations[0].id if stations else 0), "", (StepInput("wash_hands", ""),)
        )
        self._fill(start)
        self._baseline = self.form_input()

    # --- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        content = QWidget()
        column = QVBoxLayout(content)
        group = QGroupBox(self.tr("Task"))
        form = self._form(group)
        self.station_combo = QComboBox()
        for station in self._stations:
            self.station_combo.addItem(station.name(self._context.language), station.id)
        self.station_combo.currentIndexChanged.connect(lambda _i: self._on_changed("station_id"))
        self._add_row(form, "station_id", self.tr("Station"), self.station_combo)
        self.title_edit = self._line_edit("title_nb")
        self._add_row(form, "title_nb", self.tr("Title (Norwegian)"), self.title_edit)
        column.addWidget(group)

        steps = QGroupBox(self.tr("Steps, in order: a pictogram and a short sentence each"))
        steps_layout = QVBoxLayout(steps)
        self.steps_grid = QGridLayout()
        steps_layout.addLayout(self.steps_grid)
        self.add_step_button = QPushButton(self.tr("Add a step"))
        self.add_step_button.setObjectName("addStepButton")
        self.add_step_button.setMinimumHeight(40)
        self.add_step_button.clicked.connect(self.add_step)
        steps_layout.addWidget(self.add_step_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.messages["steps"] = FieldMessage("steps")
        steps_layout.addWidget(self.messages["steps"])
        self.editors["steps"] = self.add_step_button
        column.addWidget(steps)

        translation = QGroupBox(self.tr("In the participants' languages"))
        translation_layout = QVBoxLayout(translation)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("translationLanguage")
        self.language_combo.setAccessibleName(self.tr("Language of the translation"))
        for code in STEP_LANGUAGES:
            self.language_combo.addItem(language_label(Language(code), self._context.language), code)
        self.language_combo.currentIndexChanged.connect(self._on_language)
        translation_layout.addWidget(self.language_combo)
        hint = QLabel(
            self.tr(
                "A step without a translation prints in Norwegian next to its pictogram; the card says so."
            )
        )
        hint.setWordWrap(True)
        translation_layout.addWidget(hint)
        self.translation_grid = QGridLayout()
        translation_layout.addLayout(self.translation_grid)
        self.reviewed_box = QCheckBox(self.tr("A speaker of the language has checked this translation"))
        self.reviewed_box.setObjectName("translationReviewed")
        self.reviewed_box.toggled.connect(self._on_reviewed)
        translation_layout.addWidget(self.reviewed_box)
        column.addWidget(translation)
        column.addStretch(1)
        layout.addWidget(self._scrolling(content, "taskScroll"), 1)
        self._add_footer(layout, "task")
        self._roomy_size(60)
        self.resize(self.width(), min(self._available_height(), self.fontMetrics().lineSpacing() * 48))

    def _rebuild_steps(self) -> None:
        """One row per step: its number, its pictogram (opens the chooser), its sentence, and
        buttons to move it up or down or remove it."""
        _clear(self.steps_grid)
        self.step_rows = []
        language = self._context.language
        for index, step in enumerate(self._steps):
            number = QLabel(f"{index + 1}.")
            picture = QToolButton()
            picture.setObjectName(f"stepPictogram{index}")
            picture.setIcon(pictogram_icon(step.pictogram, STEP_ICON))
            picture.setIconSize(QSize(STEP_ICON, STEP_ICON))
            picture.setFixedSize(STEP_ICON + 10, STEP_ICON + 10)
            name = pictogram_name(step.pictogram, language)
            picture.setAccessibleName(
                self.tr("Pictogram of step {number}: {name}").format(number=index + 1, name=name)
            )
            picture.setToolTip(name)
            picture.clicked.connect(lambda _c=False, i=index: self.choose_pictogram(i))
            text = QLineEdit(step.text_nb)
            text.setMinimumHeight(text.sizeHint().height())
            text.setObjectName(f"stepText{index}")
            text.setAccessibleName(self.tr("Sentence of step {number} (Norwegian)").format(number=index + 1))
            text.textChanged.connect(lambda value, i=index: self._set_step(i, text_nb=value))
            up = self._small_button(f"stepUp{index}", "▲", self.tr("Move step {number} up"), index)
            up.clicked.connect(lambda _c=False, i=index: self.move_step(i, -1))
            up.setEnabled(index > 0)
            down = self._small_button(f"stepDown{index}", "▼", self.tr("Move step {number} down"), index)
            down.clicked.connect(lambda _c=False, i=index: self.move_step(i, 1))
            down.setEnabled(index < len(self._steps) - 1)
            remove = self._small_button(f"stepRemove{index}", "✕", self.tr("Remove step {number}"), index)
            remove.clicked.connect(lambda _c=False, i=index: self.remove_step(i))
            for col, widget in enumerate((number, picture, text, up, down, remove)):
                self.steps_grid.addWidget(widget, index, col)
            self.step_rows.append((picture, text))
        self.steps_grid.setColumnStretch(2, 1)
        self.add_step_button.setEnabled(len(self._steps) < MAX_STEPS)
        self._rebuild_translations()

    def _small_button(self, name: str, text: str, accessible: str, index: int) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(accessible.format(number=index + 1))
        button.setAutoDefault(False)
        button.setFixedSize(44, 44)
        return button

    def _rebuild_translations(self) -> None:
        _clear(self.translation_grid)
        self.translation_edits = []
        language = self._language
        direction = (
            Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
        )
        title = QLineEdit(self._titles.get(language, ""))
        title.setObjectName("translationTitle")
        title.setAccessibleName(self.tr("Title in the chosen language"))
        title.setLayoutDirection(direction)
        title.setMinimumHeight(title.sizeHint().height())
        title.textChanged.connect(self._set_title)
        self.translation_grid.addWidget(QLabel(self.tr("Title")), 0, 0)
        self.translation_grid.addWidget(title, 0, 1)
        self.translation_title = title
        for index, step in enumerate(self._steps):
            label = QLabel(f"{index + 1}. {step.text_nb}")
            label.setWordWrap(True)
            label.setMinimumHeight(label.sizeHint().height())
            edit = QLineEdit(step.texts.get(language, ""))
            edit.setObjectName(f"translationStep{index}")
            edit.setAccessibleName(self.tr("Step {number} in the chosen language").format(number=index + 1))
            edit.setLayoutDirection(direction)
            edit.setMinimumHeight(edit.sizeHint().height())
            edit.textChanged.connect(lambda value, i=index: self._set_translation(i, value))
            self.translation_grid.addWidget(label, index + 1, 0)
            self.translation_grid.addWidget(edit, index + 1, 1)
            self.translation_edits.append(edit)
        self.translation_grid.setColumnStretch(1, 2)
        self.translation_grid.setColumnStretch(0, 1)
        self.reviewed_box.blockSignals(True)
        self.reviewed_box.setChecked(language in self._reviewed)
        self.reviewed_box.blockSignals(False)

    # --- the steps -----------------------------------------------------------------------------

    def add_step(self) -> None:
        if len(self._steps) >= MAX_STEPS:
            return
        self._steps.append(StepInput("finished", ""))
        self._rebuild_steps()
        self._on_changed("steps")
        self.step_rows[-1][1].setFocus()

    def remove_step(self, index: int) -> None:
        del self._steps[index]
        self._rebuild_steps()
        self._on_changed("steps")

    def move_step(self, index: int, by: int) -> None:
        other = index + by
        if not 0 <= other < len(self._steps):
            return
        self._steps[index], self._steps[other] = self._steps[other], self._steps[index]
        self._rebuild_steps()
        self._on_changed("steps")
        self.step_rows[other][1].setFocus()

    def choose_pictogram(self, index: int) -> PictogramChooser:
        """The chooser, large; the step gets the pictogram picked."""
        chooser = PictogramChooser(self._context.language, self._steps[index].pictogram, self)
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen() -> None:
            if chooser.chosen is not None and index < len(self._steps):
                self._set_step(index, pictogram=chooser.chosen)
                self._rebuild_steps()
                self.step_rows[index][0].setFocus()

        chooser.accepted.connect(chosen)
        chooser.open()
        return chooser

    def _set_step(self, index: int, **changes: str) -> None:
        self._steps[index] = replace(self._steps[index], **changes)  # type: ignore[arg-type]
        self._on_changed("steps")

    def _set_title(self, value: str) -> None:
        self._titles[self._language] = value
        self._on_changed("steps")

    def _set_translation(self, index: int, value: str) -> None:
        texts = dict(self._steps[index].texts)
        texts[self._language] = value
        self._steps[index] = replace(self._steps[index], texts=texts)
        self._on_changed("steps")

    def _on_reviewed(self, checked: bool) -> None:
        (self._reviewed.add if checked else self._reviewed.discard)(self._language)
        self._on_changed("steps")

    def _on_language(self, _index: int) -> None:
        self._language = str(self.language_combo.currentData())
        self._rebuild_translations()

    def show_language(self, language: str) -> None:
        self.language_combo.setCurrentIndex(self.language_combo.findData(language))

    # --- EditDialog ----------------------------------------------------------------------------

    def load(self, stored: TaskInfo) -> None:
        self.setWindowTitle(self.tr("Task – {title}").format(title=stored.title_nb))
        self._fill(stored.as_input())
        self._stored = stored
        self._expected_version = stored.version
        self._baseline = self.form_input()

    def _fill(self, data: TaskInput) -> None:
        self._loading = True
        try:
            self.station_combo.setCurrentIndex(max(0, self.station_combo.findData(data.station_id)))
            self.title_edit.setText(data.title_nb)
            self._steps = [StepInput(s.pictogram, s.text_nb, dict(s.texts)) for s in data.steps]
            self._titles = dict(data.titles)
            self._reviewed = set(data.reviewed)
            self._rebuild_steps()
        finally:
            self._loading = False

    def form_input(self) -> TaskInput:
        return TaskInput(
            int(self.station_combo.currentData() or 0),
            self.title_edit.text(),
            tuple(
                StepInput(s.pictogram, s.text_nb, {k: v for k, v in s.texts.items() if v})
                for s in self._steps
            ),
            {k: v for k, v in self._titles.items() if v},
            frozenset(self._reviewed),
        )

    def is_dirty(self) -> bool:
        return self._baseline is not None and self.form_input().cleaned() != self._baseline.cleaned()

    def validate(self) -> dict[str, Message]:
        self._validate_timer.stop()
        _clean, errors = validate_task(self.form_input())
        errors = {**self._server_errors, **errors}
        shown = dict(errors)
        step_problems = [(name, message) for name, message in errors.items() if name.startswith("step")]
        if step_problems and "steps" not in shown:
            shown["steps"] = _step_message(step_problems)
        if step_problems:
            self._touched.add("steps")
        self._show_messages(shown)
        return shown

    def continue_draft(self, typed: TaskInput, expected_version: int | None) -> None:
        self._fill(typed)
        self._typing_is_back(expected_version)

    def _write(self) -> None:
        data = self.form_input()
        actor = self._context.actor
        stored, version = self._stored, self._expected_version

        def write(app: AppServices) -> TaskInfo:
            if stored is None:
                return app.tasks.add_task(actor, data)
            assert version is not None
            return app.tasks.update_task(actor, stored.id, version, data)

        self._context.ops.write(self, write, self._on_saved, self._on_save_failed, self._set_saving)

    def _on_save_failed(self, error: DomainError) -> None:
        if isinstance(error, ValidationError):
            self._server_errors = dict(error.field_errors)
            self._refuse(self.validate())
        elif isinstance(error, ConcurrencyError) and isinstance(error.current, TaskInfo):
            self._ask_which_version(
                "taskConflictDialog",
                error.current,
                message_text(error.message),
                self.tr("Keep your version (it replaces theirs), or use theirs (your changes are dropped)?"),
                self.tr("Not saved: someone else changed this task meanwhile. Your changes are still here."),
            )
        elif isinstance(error, NotFoundError):
            self.status.show_error(self.tr("Not saved: this task is no longer in the library."))
        else:
            self.form_errors.show(error)


def _step_message(problems: list[tuple[str, Message]]) -> Message:
    """The steps' problems as one message under the steps: "Step 2: ..."."""
    parts = []
    for name, message in problems:
        number = int(name[4:].split(".", 1)[0]) + 1
        parts.append(f"{number}: {message_text(message)}")
    return Message("{problems}", {"problems": " · ".join(parts)}, context="")


def _clear(grid: QGridLayout) -> None:
    while grid.count():
        item = grid.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()
