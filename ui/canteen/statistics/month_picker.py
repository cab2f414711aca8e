"""The question before the monthly guest report: which month?"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.canteen.statistics.formatting import capitalized
from ui.common.widgets import FieldMessage


class MonthPickerDialog(QDialog):
    """Asks which month to report on; months that have not begun cannot be chosen."""

    def __init__(self, default: date, earliest: date, latest: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthPickerDialog")
        self.setWindowTitle(self.tr("Monthly guest report"))
        self._latest = latest.replace(day=1)
        locale = QLocale()
        self.month_combo = QComboBox()
        self.month_combo.setObjectName("monthPickerMonth")
        self.month_combo.setAccessibleName(self.tr("Month"))
        for number in range(1, 13):
            self.month_combo.addItem(capitalized(locale.standaloneMonthName(number)), number)
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("monthPickerYear")
        self.year_spin.setAccessibleName(self.tr("Year"))
        self.year_spin.setGroupSeparatorShown(False)
        self.year_spin.setRange(min(earliest.year, default.year), max(latest.year, default.year))
        self.month_combo.setCurrentIndex(default.month - 1)
        self.year_spin.setValue(default.year)
        self.hint = FieldMessage("monthPicker")

        form = QFormLayout()
        form.addRow(self.tr("&Month:"), self.month_combo)
        form.addRow(self.tr("&Year:"), self.year_spin)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("monthPickerOk")
        ok.setText(self.tr("Make report"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("monthPickerCancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Which month should the report cover?")))
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.month_combo.currentIndexChanged.connect(self._check)
        self.year_spin.valueChanged.connect(self._check)
        self._check()

    def month(self) -> date:
        """The first day of the chosen month."""
        return date(self.year_spin.value(), int(self.month_combo.currentData()), 1)

    def set_month(self, month: date) -> None:
        self.year_spin.setValue(month.year)
        self.month_combo.setCurrentIndex(month.month - 1)

    def _check(self) -> None:
        future = self.month() > self._latest
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not future)
        if future:
            self.hint.show_error(self.tr("This month has not begun yet."))
        else:
            self.hint.clear_message()
