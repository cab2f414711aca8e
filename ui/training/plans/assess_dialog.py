"""The coach's assessment of one goal (T3): a level from 1 to 4, the date, and the evidence —
what was observed, on which task. The evidence is required; every problem shows next to its
field, and typed evidence is never dropped without asking."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from canteen_app.app import AppServices
from canteen_app.core.dates import oslo_today
from canteen_app.core.errors import DomainError, ValidationError
from canteen_app.training.competence.rules import LEVELS
from canteen_app.training.plans.dto import AssessmentInfo, PlanGoalInfo
from canteen_app.training.plans.rules import (
    EARLIEST_DATE,
    AssessmentInput,
    AssessmentKind,
    validate_assessment,
)
from ui.common.context import UiContext
from ui.common.formatting import quiet, to_qdate
from ui.common.forms import FormErrors
from ui.common.widgets import DateEdit, FieldMessage
from ui.training.plans.asking import confirm
from ui.training.plans.looks import fit_height
from ui.training.plans.words import level_description, level_with_number

DIALOG_EMS = 46


class AssessmentDialog(QDialog):
    """Assess one goal of the plan; `saved` carries the stored assessment (AssessmentInfo)."""

    saved = Signal(object)

    def __init__(
        self, context: UiContext, goal: PlanGoalInfo, goal_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentDialog")
        self.setWindowTitle(self.tr("Assess a goal"))
        self._context = context
        self._goal = goal
        self._saving = False
        self._discard_confirmed = False
        self._build(goal_text)
        fit_height(self)
        self.evidence_edit.setFocus()

    def _build(self, goal_text: str) -> None:
        layout = QVBoxLayout(self)
        layout.addStrut(self.fontMetrics().horizontalAdvance("M") * DIALOG_EMS)
        self._add_goal(layout, goal_text)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._label(self.tr("Level:"), self._levels_box()), self._levels)
        self._add_date(form)
        self._add_evidence(form)
        layout.addLayout(form, 1)
        self._add_footer(layout)
        self.errors = FormErrors(
            self.status,
            {
                "level": self.level_message,
                "assessed_on": self.date_message,
                "evidence": self.evidence_message,
            },
            {"level": self.level_radios[1], "assessed_on": self.date_edit, "evidence": self.evidence_edit},
        )

    def _add_goal(self, layout: QVBoxLayout, goal_text: str) -> None:
        language = self._context.language
        goal = QLabel(goal_text)
        goal.setObjectName("assessGoalText")
        goal.setWordWrap(True)
        goal.setTextFormat(Qt.TextFormat.PlainText)
        font = goal.font()
        font.setBold(True)
        goal.setFont(font)
        layout.addWidget(goal)
        now = QLabel(
            self.tr("Now: {level}. Target: {target}.").format(
                level=level_with_number(self._goal.coach_level, language)
                if self._goal.coach_level
                else self.tr("not assessed yet"),
                target=level_with_number(self._goal.target_level, language),
            )
        )
        now.setObjectName("assessNowLabel")
        now.setWordWrap(True)
        quiet(now)
        layout.addWidget(now)

    def _levels_box(self) -> QRadioButton:
        """The four levels, each with what the coach observes at it; the first radio button."""
        language = self._context.language
        self._levels = QWidget()
        self._levels.setObjectName("assessLevels")
        levels_layout = QVBoxLayout(self._levels)
        levels_layout.setContentsMargins(0, 0, 0, 0)
        self.level_group = QButtonGroup(self)
        self.level_radios: dict[int, QRadioButton] = {}
        for level in LEVELS:
            radio = QRadioButton(level_with_number(level, language))
            radio.setObjectName(f"assessLevel{level}")
            radio.setAccessibleDescription(level_description(level, language))
            self.level_group.addButton(radio, level)
            self.level_radios[level] = radio
            description = QLabel(level_description(level, language))
            description.setWordWrap(True)
            description.setContentsMargins(24, 0, 0, 4)
            quiet(description)
            levels_layout.addWidget(radio)
            levels_layout.addWidget(description)
        self.level_message = FieldMessage("level")
        levels_layout.addWidget(self.level_message)
        self.level_group.idClicked.connect(self._level_chosen)
        return self.level_radios[1]

    def _level_chosen(self, _level: int) -> None:
        self.level_message.clear_message()

    def _add_date(self, form: QFormLayout) -> None:
        self.date_edit = DateEdit()
        self.date_edit.setObjectName("assessDateEdit")
        self.date_edit.setAccessibleName(self.tr("Date of the assessment"))
        self.date_edit.setCalendarPopup(True)
        today = oslo_today()
        self.date_edit.setDateRange(to_qdate(EARLIEST_DATE), to_qdate(today))
        self.date_edit.setDate(to_qdate(today))
        self.date_message = FieldMessage("assessed_on")
        form.addRow(self._label(self.tr("&Date:"), self.date_edit), self.date_edit)
        form.addRow("", self.date_message)

    def _add_evidence(self, form: QFormLayout) -> None:
        self.evidence_edit = QPlainTextEdit()
        self.evidence_edit.setObjectName("evidenceEdit")
        self.evidence_edit.setAccessibleName(self.tr("Evidence: what was observed, on which task"))
        self.evidence_edit.setTabChangesFocus(True)
        self.evidence_edit.setPlaceholderText(
            self.tr("E.g. 'Filled in the fridge temperature log on her own, three days in a row.'")
        )
        self.evidence_edit.setMinimumHeight(90)
        hint = QLabel(self.tr("What you observed, and on which task. Required."))
        hint.setObjectName("evidenceHint")
        hint.setWordWrap(True)
        quiet(hint)
        self.evidence_message = FieldMessage("evidence")
        self.evidence_edit.textChanged.connect(self.evidence_message.clear_message)
        form.addRow(self._label(self.tr("&Evidence:"), self.evidence_edit), self.evidence_edit)
        form.addRow("", hint)
        form.addRow("", self.evidence_message)

    def _add_footer(self, layout: QVBoxLayout) -> None:
        self.status = FieldMessage("assessment")
        layout.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("assessSaveButton")
        self.save_button.setDefault(True)
        self.save_button.setMinimumHeight(40)
        self.cancel_button = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("assessCancelButton")
        self.cancel_button.setMinimumHeight(40)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # --- reading and saving --------------------------------------------------------------------

    def form_input(self) -> AssessmentInput:
        assessed_on: date = self.date_edit.date().toPython()  # type: ignore[assignment]
        return AssessmentInput(
            plan_goal_id=self._goal.id,
            level=max(self.level_group.checkedId(), 0),
            assessed_on=assessed_on,
            evidence=self.evidence_edit.toPlainText(),
        )

    def is_dirty(self) -> bool:
        return self.level_group.checkedId() > 0 or bool(self.evidence_edit.toPlainText().strip())

    def save(self) -> None:
        if self._saving:
            return
        data = self.form_input()
        errors = validate_assessment(data, oslo_today(), AssessmentKind.COACH)
        if errors:
            self.errors.show(ValidationError(errors))
            self.status.show_error(self.tr("Not saved. Please correct the marked fields."))
            fit_height(self)
            return
        actor = self._context.actor

        def write(app: AppServices) -> AssessmentInfo:
            return app.plans.assess(actor, data)

        self._context.ops.write(self, write, self._on_saved, self._on_failed, self._set_saving)

    def _on_failed(self, error: DomainError) -> None:
        self.errors.show(error)
        if isinstance(error, ValidationError):
            self.status.show_error(self.tr("Not saved. Please correct the marked fields."))
        fit_height(self)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.cancel_button.setEnabled(not saving)

    def _on_saved(self, stored: AssessmentInfo) -> None:
        self._discard_confirmed = True
        self.saved.emit(stored)
        self.accept()

    # --- closing -------------------------------------------------------------------------------

    def reject(self) -> None:
        if self._saving:
            return
        if self._discard_confirmed or not self.is_dirty():
            super().reject()
            return

        def discard() -> None:
            self._discard_confirmed = True
            self.reject()

        confirm(
            self,
            "discardAssessmentDialog",
            self.tr("Close without saving?"),
            self.tr("The assessment is not saved. Close and lose it?"),
            "",
            (self.tr("Close without saving"), "discardChangesButton"),
            (self.tr("Keep editing"), "keepEditingButton"),
            discard,
        )

    def force_close(self) -> None:
        self._discard_confirmed = True
        self._saving = False
        QDialog.reject(self)
