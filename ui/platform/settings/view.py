"""Settings for administrators: locking, this PC's language, and the kiosk's guest categories.

Site-wide settings live in the database (through SettingsService and GuestService); the
language belongs to this PC and is saved in its preferences file. Domain errors are shown
next to the field they are about. Database work runs in the task runner.
"""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from canteen_app.app import AppServices, Changes
from canteen_app.canteen.guests.dto import GuestCategoryInfo
from canteen_app.canteen.guests.service import GUEST_CATEGORIES
from canteen_app.core.config import load_preferences, save_preferences
from canteen_app.core.errors import DomainError, ValidationError
from canteen_app.platform.settings.rules import SettingKey
from ui.common.context import UiContext
from ui.common.formatting import quiet
from ui.common.forms import FormErrors
from ui.common.widgets import FieldMessage

log = logging.getLogger(__name__)

SPIN_MAX = 99_999  # wide on purpose: the service owns the allowed range and says it in words
RETIRED_COLOUR = "#616161"
LANGUAGES = (("nb", "Norsk bokmål"), ("en", "English"))  # each in its own words


class SettingsView(QWidget):
    def __init__(
        self, context: UiContext, parent: QWidget | None = None, preferences_folder: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsView")
        self._context = context
        self._preferences_folder = preferences_folder
        self._categories: dict[int, GuestCategoryInfo] = {}
        self._busy = False
        self._loaded = False
        self._build()
        self.settings_errors = FormErrors(
            self.idle_message,
            {
                SettingKey.IDLE_SECONDS.value: self.idle_message,
                SettingKey.LOCKOUT_MINUTES.value: self.lockout_message,
            },
            {
                SettingKey.IDLE_SECONDS.value: self.idle_spin,
                SettingKey.LOCKOUT_MINUTES.value: self.lockout_spin,
            },
        )
        self.add_errors = FormErrors(
            self.name_nb_message,
            {"name_nb": self.name_nb_message, "name_en": self.name_en_message},
            {"name_nb": self.name_nb_edit, "name_en": self.name_en_edit},
        )
        context.ops.changed.connect(self._on_changed)
        self._load()

    # --- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; they scroll into view
        page = QWidget()
        page.setMaximumWidth(900)
        layout = QVBoxLayout(page)
        layout.addWidget(self._locking_group())
        layout.addWidget(self._language_group())
        layout.addWidget(self._category_group())
        layout.addStretch(1)
        scroll.setWidget(page)
        outer.addWidget(scroll)

    @staticmethod
    def _hint(text: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        quiet(label)
        return label

    def _spin(self, name: str, suffix: str, accessible: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(0, SPIN_MAX)
        spin.setSuffix(suffix)
        spin.setAccessibleName(accessible)
        spin.setMinimumHeight(40)
        spin.setMinimumWidth(160)
        spin.setEnabled(False)  # until the stored value is loaded
        return spin

    def _locking_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Locking and login"))
        form = QFormLayout(group)
        self.idle_spin = self._spin("idleSecondsSpin", self.tr(" s"), self.tr("Idle time in seconds"))
        self.idle_message = FieldMessage("idleSeconds")
        idle_hint = self._hint(
            self.tr(
                "Seconds without a touch or key press before the screen returns to the kiosk or "
                "to the login. Applies from the next login."
            ),
            "idleSecondsHint",
        )
        _add_row(form, self.tr("Lock after"), self.idle_spin, idle_hint, self.idle_message)
        self.lockout_spin = self._spin(
            "lockoutMinutesSpin", self.tr(" min"), self.tr("Lockout time in minutes")
        )
        self.lockout_message = FieldMessage("lockoutMinutes")
        lockout_hint = self._hint(
            self.tr("How long an account stays locked after too many wrong PINs."), "lockoutMinutesHint"
        )
        _add_row(form, self.tr("Lock an account for"), self.lockout_spin, lockout_hint, self.lockout_message)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("settingsSaveButton")
        self.save_button.setAccessibleName(self.tr("Save the locking settings"))
        self.save_button.setMinimumHeight(40)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_settings)
        self.settings_status = QLabel()
        self.settings_status.setObjectName("settingsStatus")
        self.settings_status.setWordWrap(True)
        row.addWidget(self.save_button)
        row.addWidget(self.settings_status, 1)
        form.addRow("", row)
        return group

    def _language_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("This PC"))
        form = QFormLayout(group)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.setAccessibleName(self.tr("Language of the program on this PC"))
        self.language_combo.setMinimumHeight(40)
        self.language_combo.setMinimumWidth(220)
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)
        current = load_preferences(self._preferences_folder).language
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(current)))
        self.language_combo.activated.connect(self._on_language_chosen)
        self.language_note = self._hint(
            self.tr("A new language is used the next time the program starts on this PC."), "languageNote"
        )
        self.language_message = FieldMessage("language")
        self.language_status = QLabel()
        self.language_status.setObjectName("languageStatus")
        _add_row(
            form,
            self.tr("Language"),
            self.language_combo,
            self.language_note,
            self.language_status,
            self.language_message,
        )
        return group

    def _category_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Guest categories on the kiosk"))
        layout = QVBoxLayout(group)
        layout.addWidget(
            self._hint(
                self.tr(
                    "Each active category is a button on the kiosk screen. Changes show there the next "
                    "time the kiosk screen is opened. A retired category keeps the guests already "
                    "counted in it."
                ),
                "categoryHint",
            )
        )
        row = QHBoxLayout()
        self.category_list = QListWidget()
        self.category_list.setObjectName("categoryList")
        self.category_list.setAccessibleName(self.tr("Guest categories"))
        self.category_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.category_list.setMinimumHeight(160)
        self.category_list.currentItemChanged.connect(self._update_toggle)
        row.addWidget(self.category_list, 1)
        side = QVBoxLayout()
        self.toggle_button = QPushButton(self.tr("Retire from the kiosk"))
        self.toggle_button.setObjectName("toggleCategoryButton")
        self.toggle_button.setMinimumHeight(40)
        self.toggle_button.setEnabled(False)
        self.toggle_button.clicked.connect(self.toggle_category)
        side.addWidget(self.toggle_button)
        side.addStretch(1)
        row.addLayout(side)
        layout.addLayout(row)
        self.category_message = FieldMessage("category")
        layout.addWidget(self.category_message)

        add = QGroupBox(self.tr("Add a category"))
        form = QFormLayout(add)
        self.name_nb_edit = QLineEdit()
        self.name_nb_edit.setObjectName("categoryNameNb")
        self.name_nb_edit.setAccessibleName(self.tr("Norwegian name of the new category"))
        self.name_nb_edit.setPlaceholderText(self.tr("e.g. Besøkende"))
        self.name_nb_message = FieldMessage("categoryNameNb")
        _add_row(form, self.tr("Norwegian name"), self.name_nb_edit, self.name_nb_message, stretch=True)
        self.name_en_edit = QLineEdit()
        self.name_en_edit.setObjectName("categoryNameEn")
        self.name_en_edit.setAccessibleName(self.tr("English name of the new category"))
        self.name_en_edit.setPlaceholderText(self.tr("e.g. Visitor (the Norwegian name if empty)"))
        self.name_en_message = FieldMessage("categoryNameEn")
        _add_row(form, self.tr("English name"), self.name_en_edit, self.name_en_message, stretch=True)
        self.add_button = QPushButton(self.tr("Add category"))
        self.add_button.setObjectName("addCategoryButton")
        self.add_button.setMinimumHeight(40)
        self.add_button.setMinimumWidth(160)
        self.add_button.clicked.connect(self.add_category)
        self.name_nb_edit.returnPressed.connect(self.add_category)
        self.name_en_edit.returnPressed.connect(self.add_category)
        form.addRow("", _left(self.add_button))
        layout.addWidget(add)
        return group

    # --- running work off the GUI thread -------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        ready = self._loaded and not busy
        for widget in (self.save_button, self.add_button, self.idle_spin, self.lockout_spin):
            widget.setEnabled(ready)
        self._update_toggle()

    @property
    def is_busy(self) -> bool:
        return self._busy

    # --- loading -------------------------------------------------------------------------------

    def _load(self) -> None:
        site_id = self._context.actor.site_id

        def read(app: AppServices) -> tuple[int, int, list[GuestCategoryInfo]]:
            return (
                app.settings.get_int(site_id, SettingKey.IDLE_SECONDS),
                app.settings.get_int(site_id, SettingKey.LOCKOUT_MINUTES),
                app.guests.categories(site_id, include_inactive=True),
            )

        def done(result: tuple[int, int, list[GuestCategoryInfo]]) -> None:
            idle, lockout, categories = result
            self.idle_spin.setValue(idle)
            self.lockout_spin.setValue(lockout)
            self._loaded = True
            self._set_busy(False)
            self._show_categories(categories)

        self._context.ops.read(self, read, done, self._on_settings_failed, self._set_busy)

    def _on_changed(self, changes: Changes, source: object) -> None:
        """Categories changed elsewhere in this program (another view): show them as they are."""
        if source is self or not changes.touches(GUEST_CATEGORIES) or not self._loaded:
            return
        site_id = self._context.actor.site_id
        selected = self.selected_category()
        self._context.ops.read(
            self,
            lambda app: app.guests.categories(site_id, include_inactive=True),
            lambda categories: self._show_categories(categories, select_id=selected.id if selected else None),
            self.category_message.show_domain_error,
        )

    # --- locking settings ----------------------------------------------------------------------

    def save_settings(self) -> None:
        """Both settings in one action: saved together, or neither when one is out of range."""
        if self._busy or not self._loaded:
            return
        actor = self._context.actor
        values = {
            SettingKey.IDLE_SECONDS: self.idle_spin.value(),
            SettingKey.LOCKOUT_MINUTES: self.lockout_spin.value(),
        }
        self.settings_errors.clear()
        self.settings_status.clear()
        self._context.ops.write(
            self,
            lambda app: app.settings.set_ints(actor, values),
            lambda _none: self.settings_status.setText(self.tr("Saved.")),
            self._on_settings_failed,
            self._set_busy,
        )

    def _on_settings_failed(self, error: DomainError) -> None:
        self.settings_errors.show(error)
        if isinstance(error, ValidationError):
            self.settings_status.setText(self.tr("Not saved. See the marked fields."))

    # --- language of this PC -------------------------------------------------------------------

    def _on_language_chosen(self, index: int) -> None:
        code = self.language_combo.itemData(index)
        self.language_message.clear_message()
        preferences = load_preferences(self._preferences_folder)
        try:
            save_preferences(dataclasses.replace(preferences, language=code), self._preferences_folder)
        except OSError as error:
            log.warning("Could not save the preferences: %s", error)
            self.language_status.clear()
            text = self.tr("Could not save the choice: {error}").format(error=error)
            self.language_message.show_error(text)
            return
        language = self.language_combo.itemText(index)
        saved = self.tr("Saved: {language} from the next start.")
        self.language_status.setText(saved.format(language=language))

    # --- guest categories ----------------------------------------------------------------------

    def _show_categories(self, categories: list[GuestCategoryInfo], select_id: int | None = None) -> None:
        if select_id is None:
            current = self.category_list.currentItem()
            select_id = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self._categories = {category.id: category for category in categories}
        self.category_list.clear()
        for category in categories:
            item = QListWidgetItem(self._category_text(category))
            item.setData(Qt.ItemDataRole.UserRole, category.id)
            item.setToolTip(item.text())
            if not category.active:
                item.setForeground(QColor(RETIRED_COLOUR))
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            self.category_list.addItem(item)
            if category.id == select_id:
                self.category_list.setCurrentItem(item)
        self._update_toggle()

    def _category_text(self, category: GuestCategoryInfo) -> str:
        names = category.name_nb
        if category.name_en and category.name_en != category.name_nb:
            names = f"{category.name_nb} / {category.name_en}"
        if category.is_default:
            return self.tr("{names} – default, always on the kiosk").format(names=names)
        if category.active:
            return self.tr("{names} – on the kiosk").format(names=names)
        return self.tr("{names} – retired").format(names=names)

    def selected_category(self) -> GuestCategoryInfo | None:
        item = self.category_list.currentItem()
        return None if item is None else self._categories.get(item.data(Qt.ItemDataRole.UserRole))

    def _update_toggle(self, *_args: object) -> None:
        category = self.selected_category()
        self.toggle_button.setEnabled(category is not None and self._loaded and not self._busy)
        if category is not None and not category.active:
            self.toggle_button.setText(self.tr("Put back on the kiosk"))
        else:
            self.toggle_button.setText(self.tr("Retire from the kiosk"))

    def add_category(self) -> None:
        if self._busy or not self._loaded:
            return
        actor = self._context.actor
        name_nb, name_en = self.name_nb_edit.text(), self.name_en_edit.text()
        self.add_errors.clear()

        def write(app: AppServices) -> tuple[GuestCategoryInfo, list[GuestCategoryInfo]]:
            added = app.guests.add_category(actor, name_nb, name_en)
            return added, app.guests.categories(actor.site_id, include_inactive=True)

        def done(result: tuple[GuestCategoryInfo, list[GuestCategoryInfo]]) -> None:
            added, categories = result
            self.name_nb_edit.clear()
            self.name_en_edit.clear()
            self._show_categories(categories, select_id=added.id)

        self._context.ops.write(self, write, done, self.add_errors, self._set_busy)

    def toggle_category(self) -> None:
        category = self.selected_category()
        if category is None or self._busy or not self._loaded:
            return
        actor = self._context.actor
        self.category_message.clear_message()

        def write(app: AppServices) -> list[GuestCategoryInfo]:
            app.guests.set_category_active(actor, category.id, not category.active)
            return app.guests.categories(actor.site_id, include_inactive=True)

        self._context.ops.write(
            self,
            write,
            lambda categories: self._show_categories(categories, select_id=category.id),
            self.category_message.show_domain_error,
            self._set_busy,
        )


def _add_row(form: QFormLayout, text: str, field: QWidget, *below: QWidget, stretch: bool = False) -> None:
    """A form row: the label level with the field, and the field's hint and message under it
    (where they never squeeze the field)."""
    cell = QWidget()
    column = QVBoxLayout(cell)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(field if stretch else _left(field))
    for widget in below:
        column.addWidget(widget)
    label = QLabel(text)
    label.setBuddy(field)
    label.setFixedHeight(field.sizeHint().expandedTo(field.minimumSize()).height())
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    form.addRow(label, cell)


def _left(widget: QWidget) -> QWidget:
    """The widget at its natural width, on the left of its form row."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(widget)
    row.addStretch(1)
    return box


__all__ = ["SettingsView"]
