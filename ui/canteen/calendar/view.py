"""The canteen calendar: the year's closed weekdays (public holidays and the manager's closures,
each with its reason) and the closures themselves, which the canteen manager adds and removes.
Menus, statistics and the demo data read the same calendar."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from canteen_app.access import Permission
from canteen_app.app import AppServices, Changes
from canteen_app.canteen.calendar.dto import ClosureInfo, DayStatus
from canteen_app.canteen.calendar.rules import CALENDAR, REASON_MAX, ClosureInput
from canteen_app.core.dates import oslo_today
from canteen_app.core.errors import DomainError
from canteen_app.core.formatting import locale_format
from ui.common.context import UiContext
from ui.common.dialogs import DESTRUCTIVE, REJECT, Choice, question_box
from ui.common.formatting import quiet, to_qdate
from ui.common.forms import FormErrors
from ui.common.widgets import DateEdit, FieldMessage, action_button, read_only_table

BUTTON_HEIGHT = 40
FIRST_YEAR, LAST_YEAR = 1990, 2100


@dataclass(frozen=True)
class _Year:
    year: int
    days: list[DayStatus]  # every weekday of the year
    closures: list[ClosureInfo]  # the manager's, touching the year


class CalendarView(QWidget):
    year_loaded = Signal()
    question_opened = Signal(object)  # the "remove this closure?" box

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarView")
        self._context = context
        self._language = context.language
        self._can_edit = context.actor.can(Permission.MANAGE_MENUS)
        self._year = oslo_today().year
        self._loaded: _Year | None = None
        self._generation = 0
        self._loading = False
        self.closed_model = QStandardItemModel(0, 3, self)
        self.closed_model.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Week"), self.tr("Why closed")])
        self.closure_model = QStandardItemModel(0, 3, self)
        self.closure_model.setHorizontalHeaderLabels([self.tr("Reason"), self.tr("From"), self.tr("To")])
        self._build()
        context.ops.changed.connect(self._on_changed)
        self.reload()

    # --- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(8)
        layout.addLayout(self._build_year_row())
        self.summary = QLabel("")
        self.summary.setObjectName("calendarSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.message = FieldMessage("calendar")
        layout.addWidget(self.message)
        columns = QHBoxLayout()
        columns.setSpacing(12)
        columns.addWidget(self._build_closed_days(), 1)
        columns.addWidget(self._build_closures(), 1)
        layout.addLayout(columns, 1)

    def _build_year_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.previous_button = action_button(
            "calendarPreviousYear",
            self.tr("◀ Previous"),
            lambda: self.show_year(self._year - 1),
            BUTTON_HEIGHT,
        )
        self.previous_button.setAccessibleName(self.tr("Previous year"))
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("calendarYear")
        self.year_spin.setRange(FIRST_YEAR, LAST_YEAR)
        self.year_spin.setValue(self._year)
        self.year_spin.setKeyboardTracking(False)  # typing "2027" loads once, not four times
        self.year_spin.setMinimumHeight(BUTTON_HEIGHT)
        self.year_spin.valueChanged.connect(self.show_year)
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year_spin)
        self.next_button = action_button(
            "calendarNextYear", self.tr("Next ▶"), lambda: self.show_year(self._year + 1), BUTTON_HEIGHT
        )
        self.next_button.setAccessibleName(self.tr("Next year"))
        row.addWidget(year_label)
        row.addWidget(self.previous_button)
        row.addWidget(self.year_spin)
        row.addWidget(self.next_button)
        row.addStretch(1)
        return row

    def _build_closed_days(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Closed weekdays"))
        title.setObjectName("calendarClosedTitle")
        layout.addWidget(title)
        self.closed_table = read_only_table(
            "calendarClosedDays", self.tr("Closed weekdays of the year"), self.closed_model
        )
        _fit_columns(self.closed_table, stretch=2)
        layout.addWidget(self.closed_table, 1)
        return panel

    def _build_closures(self) -> QWidget:
        group = QGroupBox(self.tr("The canteen's closures"))
        layout = QVBoxLayout(group)
        self.closure_table = read_only_table(
            "calendarClosures", self.tr("Closures entered for the canteen"), self.closure_model
        )
        _fit_columns(self.closure_table, stretch=0)
        self.closure_table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.closure_table, 1)
        if not self._can_edit:
            hint = quiet(QLabel(self.tr("Only the canteen manager can change the calendar.")))
            hint.setObjectName("calendarReadOnlyHint")
            hint.setWordWrap(True)
            layout.addWidget(hint)
            return group
        self.remove_button = action_button(
            "calendarRemoveClosure", self.tr("Remove closure…"), self.ask_remove_selected, BUTTON_HEIGHT
        )
        layout.addWidget(self.remove_button)
        form = QFormLayout()
        today = oslo_today()
        self.first_edit = self._date_edit("closureFirstDay", self.tr("First closed day"), today)
        self.last_edit = self._date_edit("closureLastDay", self.tr("Last closed day"), today)
        self.first_edit.dateChanged.connect(self._keep_order)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("closureReason")
        self.reason_edit.setMaxLength(REASON_MAX)
        self.reason_edit.setMinimumHeight(BUTTON_HEIGHT)
        self.reason_edit.setPlaceholderText(self.tr("For example: Fellesferie"))
        self.reason_edit.returnPressed.connect(self.add_closure)
        self.first_message = FieldMessage("closureFirstDay")
        self.last_message = FieldMessage("closureLastDay")
        self.reason_message = FieldMessage("closureReason")
        for text, editor, message in (
            (self.tr("&First day:"), self.first_edit, self.first_message),
            (self.tr("&Last day:"), self.last_edit, self.last_message),
            (self.tr("&Reason:"), self.reason_edit, self.reason_message),
        ):
            label = QLabel(text)
            label.setBuddy(editor)
            form.addRow(label, editor)
            form.addRow("", message)
        self.add_button = action_button(
            "calendarAddClosure", self.tr("Add closure"), self.add_closure, BUTTON_HEIGHT
        )
        self.add_message = FieldMessage("calendarAdd")
        self.add_status = QLabel("")
        self.add_status.setObjectName("calendarAddStatus")
        self.add_status.setWordWrap(True)
        self.add_status.hide()
        form.addRow("", self.add_message)
        form.addRow("", self.add_button)
        form.addRow("", self.add_status)
        layout.addLayout(form)
        self.add_errors = FormErrors(
            self.add_message,
            {"first_day": self.first_message, "last_day": self.last_message, "reason": self.reason_message},
            {"first_day": self.first_edit, "last_day": self.last_edit, "reason": self.reason_edit},
        )
        self._update_buttons()
        return group

    def _date_edit(self, name: str, accessible: str, day: date) -> DateEdit:
        edit = DateEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(QDate(FIRST_YEAR, 1, 1))
        edit.setMaximumDate(QDate(LAST_YEAR, 12, 31))
        edit.setDate(to_qdate(day))
        edit.setMinimumHeight(BUTTON_HEIGHT)
        return edit

    # --- the year ----------------------------------------------------------------------------

    @property
    def year(self) -> int:
        return self._year

    @property
    def is_loading(self) -> bool:
        return self._loading

    @property
    def can_edit(self) -> bool:
        return self._can_edit

    def show_year(self, year: int) -> None:
        year = max(FIRST_YEAR, min(LAST_YEAR, year))
        if self.year_spin.value() != year:
            self.year_spin.blockSignals(True)
            self.year_spin.setValue(year)
            self.year_spin.blockSignals(False)
        if year != self._year:
            self._year = year
            self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation, year, actor = self._generation, self._year, self._context.actor
        english = self._language == "en"
        self._loading = True

        def read(app: AppServices) -> _Year:
            first, last = date(year, 1, 1), date(year, 12, 31)
            return _Year(
                year,
                app.calendar.days(actor.site_id, first, last, english),
                app.calendar.closures(actor, first, last),
            )

        def done(loaded: _Year) -> None:
            if generation == self._generation:
                self._loading = False
                self._show(loaded)

        def failed(error: DomainError) -> None:
            if generation == self._generation:
                self._loading = False
                self.message.show_domain_error(error)

        self._context.ops.read(self, read, done, failed)

    def _on_changed(self, changes: Changes, _source: object) -> None:
        if changes.touches(CALENDAR):
            self.reload()

    def _show(self, loaded: _Year) -> None:
        fmt = locale_format(self._language)
        selected = self.selected_closure()
        self._loaded = loaded
        closed = [day for day in loaded.days if day.closed]
        holidays = sum(1 for day in closed if day.public_holiday)
        self.summary.setText(
            self.tr(
                "{year}: {open} open weekdays; {closed} closed ({holidays} on public holidays, {others} "
                "for the canteen's closures)."
            ).format(
                year=loaded.year,
                open=len(loaded.days) - len(closed),
                closed=len(closed),
                holidays=holidays,
                others=len(closed) - holidays,
            )
        )
        self.closed_model.removeRows(0, self.closed_model.rowCount())
        for day in closed:
            kind = self.tr("Public holiday") if day.public_holiday else self.tr("Closure")
            self.closed_model.appendRow(
                [
                    _item(
                        f"{fmt.weekday_abbreviation(day.day.weekday())} {fmt.short_date(day.day)}", day.day
                    ),
                    _item(str(day.day.isocalendar()[1])),
                    _item(f"{day.reason} ({kind})" if day.reason else kind),
                ]
            )
        self.closure_model.removeRows(0, self.closure_model.rowCount())
        for closure in loaded.closures:
            self.closure_model.appendRow(
                [
                    _item(closure.reason, closure.id),
                    _item(fmt.short_date(closure.first_day)),
                    _item(fmt.short_date(closure.last_day)),
                ]
            )
        for table in (self.closed_table, self.closure_table):
            table.horizontalHeader().resizeSections()  # now, not at the next layout: no "06/…"
        if selected is not None:
            row = next((i for i, c in enumerate(loaded.closures) if c.id == selected.id), None)
            if row is not None:
                self.closure_table.selectRow(row)
        self._update_buttons()
        self.year_loaded.emit()

    def closed_days(self) -> list[DayStatus]:
        return [day for day in self._loaded.days if day.closed] if self._loaded else []

    def closures(self) -> list[ClosureInfo]:
        return list(self._loaded.closures) if self._loaded else []

    # --- closures ----------------------------------------------------------------------------

    def selected_closure(self) -> ClosureInfo | None:
        rows = self.closure_table.selectionModel().selectedRows()
        if not rows or self._loaded is None or rows[0].row() >= len(self._loaded.closures):
            return None
        return self._loaded.closures[rows[0].row()]

    def select_closure(self, closure_id: int) -> None:
        row = next((i for i, c in enumerate(self.closures()) if c.id == closure_id), None)
        if row is not None:
            self.closure_table.selectRow(row)

    def _update_buttons(self, *_args: object) -> None:
        if self._can_edit:
            self.remove_button.setEnabled(self.selected_closure() is not None)

    def _keep_order(self, first: QDate) -> None:
        if self.last_edit.date() < first:
            self.last_edit.setDate(first)

    def fill_closure(self, first: date, last: date, reason: str) -> None:
        """Type a closure into the form, as a person would."""
        self.first_edit.setDate(to_qdate(first))
        self.last_edit.setDate(to_qdate(last))
        self.reason_edit.setText(reason)

    def add_closure(self) -> None:
        first: date = self.first_edit.date().toPython()  # type: ignore[assignment]
        last: date = self.last_edit.date().toPython()  # type: ignore[assignment]
        data = ClosureInput(first, last, self.reason_edit.text())
        actor = self._context.actor
        self.add_errors.clear()
        self.add_status.hide()
        self.message.clear_message()

        def done(closure: ClosureInfo) -> None:
            self.reason_edit.clear()
            fmt = locale_format(self._language)
            self.add_status.show()
            self.add_status.setText(
                self.tr("Added: {reason}, {first} – {last}.").format(
                    reason=closure.reason,
                    first=fmt.short_date(closure.first_day),
                    last=fmt.short_date(closure.last_day),
                )
            )
            if closure.first_day.year != self._year:
                self.show_year(closure.first_day.year)

        self._context.ops.write(
            self,
            lambda app: app.calendar.add_closure(actor, data),
            done,
            self.add_errors,
            busy=self.add_button,
        )

    def ask_remove_selected(self) -> QMessageBox | None:
        closure = self.selected_closure()
        if closure is None:
            return None
        fmt = locale_format(self._language)
        box, (remove, _cancel) = question_box(
            self,
            "removeClosureQuestion",
            QMessageBox.Icon.Question,
            self.tr("Remove the closure?"),
            self.tr("Remove the closure “{reason}” ({first} – {last})?").format(
                reason=closure.reason,
                first=fmt.short_date(closure.first_day),
                last=fmt.short_date(closure.last_day),
            ),
            self.tr("The canteen is open on these weekdays again, except on public holidays."),
            [
                Choice(self.tr("Remove"), DESTRUCTIVE, "removeClosureConfirm"),
                Choice(self.tr("Cancel"), REJECT, "removeClosureCancel"),
            ],
            default=1,
            escape=1,
        )

        def chosen(button: QAbstractButton) -> None:
            if button is remove:
                self.remove_closure(closure.id)

        box.buttonClicked.connect(chosen)
        box.open()
        self.question_opened.emit(box)
        return box

    def remove_closure(self, closure_id: int) -> None:
        actor = self._context.actor
        self.message.clear_message()
        self._context.ops.write(
            self,
            lambda app: app.calendar.remove_closure(actor, closure_id),
            errors=self.message.show_domain_error,
        )


def _item(text: str, data: object = None) -> QStandardItem:
    item = QStandardItem(text)
    item.setToolTip(text)  # the whole text where a narrow column cuts it short
    item.setEditable(False)
    if data is not None:
        item.setData(data, Qt.ItemDataRole.UserRole)
    return item


def _fit_columns(table: QTableView, stretch: int) -> None:
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
