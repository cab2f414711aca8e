"""The menu page's dialogs: copy a week to other weeks, save weeks as a cycle, apply a cycle to
a date range. Each asks, says what it will do in words, and shows the service's messages next
to its fields; the page runs the work and closes the dialog when it succeeded."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from canteen_app.canteen.menus.dto import CycleInfo
from canteen_app.canteen.menus.rules import CYCLE_NAME_MAX, CYCLE_WEEKS_MAX, WORK_DAYS, monday_of
from canteen_app.core.formatting import locale_format
from ui.canteen.menus.texts import week_number, week_title
from ui.common.formatting import to_qdate
from ui.common.forms import FormErrors
from ui.common.widgets import DateEdit, FieldMessage, TallRowDelegate, WideListComboBox, touch_combo

COPY_WEEKS_AHEAD = 52
DIALOG_EMS = 44  # wide enough for a field's message on one line and explanations on a few
ROW_MIN_HEIGHT = 36


def _buttons(dialog: QDialog, accept_text: str, accept_name: str) -> tuple[QDialogButtonBox, QPushButton]:
    box = QDialogButtonBox()
    accept = box.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
    accept.setObjectName(accept_name)
    accept.setDefault(True)
    cancel = box.addButton(dialog.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
    cancel.setObjectName(f"{accept_name}Cancel")
    box.rejected.connect(dialog.reject)
    return box, accept


def _dialog_layout(dialog: QDialog) -> QVBoxLayout:
    """The dialog grows when a message appears next to a field, instead of cutting it off."""
    layout = QVBoxLayout(dialog)
    layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
    layout.addStrut(dialog.fontMetrics().horizontalAdvance("M") * DIALOG_EMS)  # the least width
    return layout


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _date_edit(name: str, accessible: str, day: date) -> DateEdit:
    edit = DateEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setCalendarPopup(True)
    edit.setMinimumDate(QDate(1990, 1, 1))
    edit.setMaximumDate(QDate(2100, 12, 31))
    edit.setDate(to_qdate(day))
    return edit


def date_of(edit: DateEdit) -> date:
    value: date = edit.date().toPython()  # type: ignore[assignment]
    return value


class CopyWeekDialog(QDialog):
    """Tick the weeks that get this week's menu."""

    copy_requested = Signal(object)  # list of Mondays

    def __init__(self, source_monday: date, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("copyWeekDialog")
        self.setWindowTitle(self.tr("Copy week {number}").format(number=week_number(source_monday)))
        layout = _dialog_layout(self)
        layout.addWidget(
            _wrapped(
                self.tr(
                    "Copy the menu of {week} to the weeks you tick. Their menus are replaced, "
                    "weekday by weekday; closed days stay empty."
                ).format(week=week_title(source_monday, language))
            )
        )
        label = QLabel(self.tr("&Weeks to copy to:"))
        self.weeks = QListWidget()
        self.weeks.setObjectName("copyWeekList")
        self.weeks.setAccessibleName(self.tr("Weeks to copy to"))
        self.weeks.setItemDelegate(TallRowDelegate(ROW_MIN_HEIGHT, self.weeks))
        self.weeks.setMinimumSize(380, 300)
        label.setBuddy(self.weeks)
        for offset in range(1, COPY_WEEKS_AHEAD + 1):
            monday = source_monday + timedelta(weeks=offset)
            item = QListWidgetItem(week_title(monday, language))
            item.setData(Qt.ItemDataRole.UserRole, monday)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.weeks.addItem(item)
        self.weeks.setCurrentRow(0)
        self.message = FieldMessage("copyWeek")
        buttons, self.copy_button = _buttons(self, self.tr("Copy"), "copyWeekConfirm")
        buttons.accepted.connect(self._copy)
        layout.addWidget(label)
        layout.addWidget(self.weeks, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.errors = FormErrors(self.message)

    def tick(self, mondays: list[date]) -> None:
        for row in range(self.weeks.count()):
            item = self.weeks.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in mondays:
                item.setCheckState(Qt.CheckState.Checked)

    def chosen(self) -> list[date]:
        return [
            self.weeks.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.weeks.count())
            if self.weeks.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _copy(self) -> None:
        chosen = self.chosen()
        if not chosen:
            self.message.show_error(self.tr("Tick at least one week."))
            return
        self.message.clear_message()
        self.copy_requested.emit(chosen)


class SaveCycleDialog(QDialog):
    """Name a cycle made of the shown week and the weeks after it."""

    save_requested = Signal(str, int)  # name, number of weeks

    def __init__(self, first_monday: date, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveCycleDialog")
        self.setWindowTitle(self.tr("Save weeks as a cycle"))
        self._first = first_monday
        self._language = language
        layout = _dialog_layout(self)
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("cycleName")
        self.name_edit.setMaxLength(CYCLE_NAME_MAX)
        self.name_edit.setPlaceholderText(self.tr("For example: Autumn menu"))
        self.name_message = FieldMessage("cycleName")
        self.weeks_spin = QSpinBox()
        self.weeks_spin.setObjectName("cycleWeeks")
        self.weeks_spin.setRange(1, CYCLE_WEEKS_MAX)
        self.weeks_spin.setValue(4)
        self.weeks_spin.setMinimumHeight(36)
        self.weeks_message = FieldMessage("cycleWeeks")
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.name_edit)
        weeks_label = QLabel(self.tr("Number of &weeks:"))
        weeks_label.setBuddy(self.weeks_spin)
        form.addRow(name_label, self.name_edit)
        form.addRow("", self.name_message)
        form.addRow(weeks_label, self.weeks_spin)
        form.addRow("", self.weeks_message)
        self.hint = _wrapped("")
        self.hint.setObjectName("cycleHint")
        self.message = FieldMessage("saveCycle")
        buttons, self.save_button = _buttons(self, self.tr("Save cycle"), "saveCycleConfirm")
        buttons.accepted.connect(self._save)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.weeks_spin.valueChanged.connect(self._update_hint)
        self._update_hint()
        self.errors = FormErrors(
            self.message,
            {"name": self.name_message, "weeks": self.weeks_message},
            {"name": self.name_edit, "weeks": self.weeks_spin},
        )

    def _update_hint(self) -> None:
        weeks = self.weeks_spin.value()
        last = self._first + timedelta(weeks=weeks - 1, days=WORK_DAYS - 1)
        fmt = locale_format(self._language)
        self.hint.setText(
            self.tr(
                "The menus from {first} to {last} (weeks {from_week}–{to_week}) become the cycle's "
                "weeks 1 to {weeks}. Later changes to those weeks do not change the cycle."
            ).format(
                first=fmt.short_date(self._first),
                last=fmt.short_date(last),
                from_week=week_number(self._first),
                to_week=week_number(monday_of(last)),
                weeks=weeks,
            )
        )

    def _save(self) -> None:
        self.errors.clear()
        self.save_requested.emit(self.name_edit.text(), self.weeks_spin.value())


class ApplyCycleDialog(QDialog):
    """Choose a cycle, the days it fills, and the cycle week to begin with."""

    apply_requested = Signal(int, object, object, int)  # cycle id, first, last, start week (0-based)

    def __init__(
        self, cycles: list[CycleInfo], first_day: date, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("applyCycleDialog")
        self.setWindowTitle(self.tr("Apply a cycle"))
        self._cycles = cycles
        layout = _dialog_layout(self)
        form = QFormLayout()
        self.cycle_combo = touch_combo(WideListComboBox(), 36)
        self.cycle_combo.setObjectName("applyCycleChoice")
        for cycle in cycles:
            self.cycle_combo.addItem(
                self.tr("{name} (%n week(s))", "", cycle.weeks).format(name=cycle.name), cycle.id
            )
        self.cycle_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.cycle_combo.setMinimumContentsLength(16)
        self.first_edit = _date_edit("applyCycleFirst", self.tr("First day to fill"), first_day)
        self.first_message = FieldMessage("applyCycleFirst")
        self.last_edit = _date_edit("applyCycleLast", self.tr("Last day to fill"), first_day)
        self.last_message = FieldMessage("applyCycleLast")
        self.start_spin = QSpinBox()
        self.start_spin.setObjectName("applyCycleStartWeek")
        self.start_spin.setMinimumHeight(36)
        self.start_message = FieldMessage("applyCycleStartWeek")
        labels = []
        for text, editor in (
            (self.tr("&Cycle:"), self.cycle_combo),
            (self.tr("&First day:"), self.first_edit),
            (self.tr("&Last day:"), self.last_edit),
            (self.tr("&Begin with cycle week:"), self.start_spin),
        ):
            label = QLabel(text)
            label.setBuddy(editor)
            labels.append(label)
        form.addRow(labels[0], self.cycle_combo)
        form.addRow(labels[1], self.first_edit)
        form.addRow("", self.first_message)
        form.addRow(labels[2], self.last_edit)
        form.addRow("", self.last_message)
        form.addRow(labels[3], self.start_spin)
        form.addRow("", self.start_message)
        layout.addLayout(form)
        layout.addWidget(
            _wrapped(
                self.tr(
                    "The menus of the open days in the range are replaced by the cycle's, week "
                    "after week. Closed days (public holidays, the canteen's closures) are skipped "
                    "and stay empty."
                )
            )
        )
        self.message = FieldMessage("applyCycle")
        layout.addWidget(self.message)
        buttons, self.apply_button = _buttons(self, self.tr("Apply…"), "applyCycleConfirm")
        buttons.accepted.connect(self._apply)
        layout.addWidget(buttons)
        self.cycle_combo.currentIndexChanged.connect(self._on_cycle)
        self._on_cycle()
        self.errors = FormErrors(
            self.message,
            {
                "first_day": self.first_message,
                "last_day": self.last_message,
                "start_week": self.start_message,
            },
            {"first_day": self.first_edit, "last_day": self.last_edit, "start_week": self.start_spin},
        )

    def cycle(self) -> CycleInfo | None:
        index = self.cycle_combo.currentIndex()
        return self._cycles[index] if 0 <= index < len(self._cycles) else None

    def choose(self, cycle_id: int, first: date, last: date, start_week: int = 1) -> None:
        """Fill the fields (as a person would): cycle, days, and the cycle week (1-based)."""
        self.cycle_combo.setCurrentIndex(self.cycle_combo.findData(cycle_id))
        self.first_edit.setDate(to_qdate(first))
        self.last_edit.setDate(to_qdate(last))
        self.start_spin.setValue(start_week)

    def _on_cycle(self) -> None:
        cycle = self.cycle()
        weeks = cycle.weeks if cycle else 1
        self.start_spin.setRange(1, weeks)
        first = date_of(self.first_edit)
        # The whole cycle once, from the first day's week: the usual choice.
        self.last_edit.setDate(to_qdate(monday_of(first) + timedelta(weeks=weeks - 1, days=WORK_DAYS - 1)))

    def _apply(self) -> None:
        cycle = self.cycle()
        if cycle is None:
            return
        self.errors.clear()
        self.apply_requested.emit(
            cycle.id, date_of(self.first_edit), date_of(self.last_edit), self.start_spin.value() - 1
        )
