"""Users and roles, for the admin: add a user, deactivate one who left, set a new PIN.

PINs are hashed with argon2, which takes a noticeable moment, so saving runs off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from canteen_app.access import Role
from canteen_app.app import Changes
from canteen_app.core.dates import utc_now
from canteen_app.platform.auth.dto import UserInfo
from canteen_app.platform.auth.service import USERS
from ui.common.context import UiContext
from ui.common.formatting import format_time, role_title
from ui.common.forms import FormErrors
from ui.common.widgets import FieldMessage, pin_validator, read_only_table


class UsersView(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersView")
        self._context = context
        self._users: list[UserInfo] = []
        self._shown_user_id: int | None = None  # whose name and role the edit fields hold
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Status")])
        self._build()
        self.new_user_errors = FormErrors(
            self.name_message,
            {"name": self.name_message, "secret": self.pin_message},
            {"name": self.name_edit, "secret": self.pin_edit},
        )
        self.edit_errors = FormErrors(
            self.edit_message,
            {"name": self.edit_name_message, "role": self.edit_role_message, "secret": self.edit_message},
            {"name": self.edit_name, "role": self.edit_role, "secret": self.new_pin_edit},
        )
        context.ops.changed.connect(self._on_changed)
        self.reload()

    # --- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.table = read_only_table("userTable", self.tr("Users"), self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._selected_actions())
        self.message = FieldMessage("user")
        layout.addWidget(self.message)
        groups = QHBoxLayout()
        groups.addWidget(self._new_user_group(), 1)
        groups.addWidget(self._selected_user_group(), 1)
        layout.addLayout(groups)

    def _selected_actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.toggle_button = QPushButton(self.tr("Deactivate"))
        self.toggle_button.setObjectName("toggleUserButton")
        self.toggle_button.clicked.connect(self.toggle_selected)
        row.addWidget(QLabel(self.tr("Selected user:")))
        row.addWidget(self.toggle_button)
        row.addStretch(1)
        return row

    def _new_user_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Add a user"))
        form = QFormLayout(group)
        self.name_edit = _line_edit("newUserName", self.tr("Name"))
        self.name_message = FieldMessage("newUserName")
        self.role_combo = _role_combo("newUserRole", self.tr("Role"))
        self.pin_edit = _pin_edit("newUserPin", self.tr("PIN"))
        self.repeat_edit = _pin_edit("newUserRepeat", self.tr("Repeat the PIN"))
        self.pin_message = FieldMessage("newUserPin")
        self.add_button = QPushButton(self.tr("Add user"))
        self.add_button.setObjectName("addUserButton")
        self.add_button.clicked.connect(self.add_user)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow("", self.name_message)
        form.addRow(self.tr("Role"), self.role_combo)
        form.addRow(self.tr("PIN"), self.pin_edit)
        form.addRow(self.tr("Repeat the PIN"), self.repeat_edit)
        form.addRow("", self.pin_message)
        form.addRow("", self.add_button)
        return group

    def _selected_user_group(self) -> QGroupBox:
        """Name, role and a new PIN for the user selected in the list."""
        group = QGroupBox(self.tr("Selected user"))
        form = QFormLayout(group)
        self.edit_name = _line_edit("editUserName", self.tr("Name of the selected user"))
        self.edit_name_message = FieldMessage("editUserName")
        self.edit_role = _role_combo("editUserRole", self.tr("Role of the selected user"))
        self.edit_role_message = FieldMessage("editUserRole")
        hint = QLabel(
            self.tr(
                "Leave the PIN empty to keep it. A new PIN is for someone who forgot theirs; it also "
                "lifts a lock after wrong tries."
            )
        )
        hint.setWordWrap(True)
        self.new_pin_edit = _pin_edit("resetPin", self.tr("New PIN"))
        self.new_pin_repeat = _pin_edit("resetPinRepeat", self.tr("Repeat the PIN"))
        self.edit_message = FieldMessage("editUser")
        self.save_user_button = QPushButton(self.tr("Save changes"))
        self.save_user_button.setObjectName("saveUserButton")
        self.save_user_button.clicked.connect(self.save_selected)
        form.addRow(self.tr("Name"), self.edit_name)
        form.addRow("", self.edit_name_message)
        form.addRow(self.tr("Role"), self.edit_role)
        form.addRow("", self.edit_role_message)
        form.addRow(hint)
        form.addRow(self.tr("New PIN"), self.new_pin_edit)
        form.addRow(self.tr("Repeat the PIN"), self.new_pin_repeat)
        form.addRow("", self.edit_message)
        form.addRow("", self.save_user_button)
        return group

    # --- the list ------------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        actor = self._context.actor
        self._context.ops.read(
            self,
            lambda app: app.auth.all_users(actor),
            done=lambda users: self._show_users(users, select_id),
            errors=self.message.show_domain_error,
        )

    def _on_changed(self, changes: Changes, source: object) -> None:
        if changes.touches(USERS) and source is not self:
            selected = self.selected_user()
            self.reload(select_id=selected.id if selected else None)

    def _show_users(self, users: list[UserInfo], select_id: int | None = None) -> None:
        self._users = users
        self.model.removeRows(0, self.model.rowCount())
        for user in users:
            self.model.appendRow(
                [
                    QStandardItem(user.name),
                    QStandardItem(role_title(user.role)),
                    QStandardItem(self._status(user)),
                ]
            )
        row = next((i for i, user in enumerate(users) if user.id == select_id), None)
        if row is not None:
            self.table.selectRow(row)
        self._update_buttons()

    def _status(self, user: UserInfo) -> str:
        if not user.active:
            return self.tr("Deactivated")
        if user.locked_until is not None and user.locked_until > utc_now():
            until = format_time(user.locked_until)
            return self.tr("Locked until {time} after wrong PINs").format(time=until)
        return self.tr("Active")

    def selected_user(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._users[rows[0].row()] if rows else None

    def _update_buttons(self, *_args: object) -> None:
        user = self.selected_user()
        self.toggle_button.setEnabled(user is not None)
        for widget in (
            self.save_user_button,
            self.edit_name,
            self.edit_role,
            self.new_pin_edit,
            self.new_pin_repeat,
        ):
            widget.setEnabled(user is not None and user.active)
        if user is not None and user.id != self._shown_user_id:
            self._shown_user_id = user.id
            self.edit_errors.clear()
            self.edit_name.setText(user.name)
            self.edit_role.setCurrentIndex(self.edit_role.findData(user.role))
        self.toggle_button.setText(
            self.tr("Reactivate") if user and not user.active else self.tr("Deactivate")
        )

    # --- actions -----------------------------------------------------------------------------

    def add_user(self) -> None:
        self.new_user_errors.clear()
        if self.pin_edit.text() != self.repeat_edit.text():
            self.pin_message.show_error(self.tr("The two PINs are not the same."))
            return
        actor = self._context.actor
        name, role, pin = self.name_edit.text(), Role(self.role_combo.currentData()), self.pin_edit.text()

        def done(user: UserInfo) -> None:
            for field in (self.name_edit, self.pin_edit, self.repeat_edit):
                field.clear()
            self.message.show_warning(self.tr("{name} was added.").format(name=user.name))
            self.reload(select_id=user.id)

        self._context.ops.write(
            self, lambda app: app.auth.create_user(actor, name, role, pin), done, self.new_user_errors, self
        )

    def toggle_selected(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        actor = self._context.actor
        self.message.clear_message()
        self._context.ops.write(
            self,
            lambda app: app.auth.set_active(actor, user.id, not user.active),
            lambda changed: self.reload(select_id=changed.id),
            self.message.show_domain_error,
            self,
        )

    def save_selected(self) -> None:
        """Save the selected user's name and role, and the new PIN if one was typed."""
        user = self.selected_user()
        self.edit_errors.clear()
        if user is None:
            return
        if self.new_pin_edit.text() != self.new_pin_repeat.text():
            self.edit_message.show_error(self.tr("The two PINs are not the same."))
            return
        actor = self._context.actor
        name, role = self.edit_name.text(), Role(self.edit_role.currentData())
        pin = self.new_pin_edit.text() or None

        def done(changed: UserInfo) -> None:
            self.new_pin_edit.clear()
            self.new_pin_repeat.clear()
            saved = self.tr("{name} has a new PIN.") if pin else self.tr("The changes to {name} are saved.")
            self.message.show_warning(saved.format(name=changed.name))
            self._shown_user_id = None  # show the stored name and role
            self.reload(select_id=changed.id)

        self._context.ops.write(
            self,
            lambda app: app.auth.update_user(actor, user.id, name, role, pin),
            done,
            self.edit_errors,
            self,
        )


def _line_edit(name: str, accessible: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    return edit


def _pin_edit(name: str, accessible: str) -> QLineEdit:
    """A hidden field that takes digits only, as many as a PIN may have."""
    edit = _line_edit(name, accessible)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setValidator(pin_validator(edit))
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    return edit


def _role_combo(name: str, accessible: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    for role in (Role.CANTEEN_MANAGER, Role.JOB_COACH, Role.KIOSK, Role.ADMIN):
        combo.addItem(role_title(role), role)
    return combo
