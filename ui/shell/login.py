"""The login screen (with a PIN pad for the touch kiosk) and the first-admin screen."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from canteen_app.access import Actor
from canteen_app.core.errors import DomainError
from canteen_app.platform.settings.rules import SettingKey
from ui.common.forms import FormErrors
from ui.common.widgets import FieldMessage, pin_validator, touch_combo
from ui.shell.pages import home_page

if TYPE_CHECKING:
    from canteen_app.app import AppServices
    from ui.common.operations import Operations

KEYPAD_BUTTON_SIZE = 72


@dataclass(frozen=True)
class Session:
    """Who logged in, and how long the PC may stay idle before it locks again."""

    actor: Actor
    idle_seconds: int


def _open_session(app: AppServices, name: str, pin: str) -> Session:
    actor = app.auth.login(name, pin)
    return Session(actor, app.settings.get_int(actor.site_id, SettingKey.IDLE_SECONDS))


def _preload_home_page(session: Session) -> None:
    """In the login's worker, after its commit: the GUI thread would otherwise stop for the
    home page's import (QtCharts for a manager) right when the workspace opens."""
    home = home_page(session.actor)
    if home is not None:
        home.preload()
    # Imported here, in the worker: the login page is on the way to the kiosk's first look.
    from canteen_app.canteen.calendar.rules import warm_up
    from canteen_app.core.dates import local_day, utc_now

    warm_up(local_day(utc_now()).year)  # the menus, calendar and reports read public holidays


class LoginPage(QWidget):
    logged_in = Signal(object)  # Session
    back_to_kiosk = Signal()

    def __init__(self, ops: Operations, kiosk_mode: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginPage")
        self._ops = ops
        self._busy = False
        self._build(kiosk_mode)

    def _build(self, kiosk_mode: bool) -> None:
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QWidget()
        box.setObjectName("loginBox")
        box.setMaximumWidth(520)
        layout = QVBoxLayout(box)
        title = QLabel(self.tr("Log in"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)

        form = QFormLayout()
        self.name_combo = touch_combo(QComboBox())
        self.name_combo.setObjectName("loginNameCombo")
        self.name_combo.setAccessibleName(self.tr("Name"))
        self.name_combo.currentIndexChanged.connect(self._start_again)
        form.addRow(self.tr("Name"), self.name_combo)
        self.pin_edit = QLineEdit()
        self.pin_edit.setObjectName("loginPinEdit")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setValidator(pin_validator(self.pin_edit))
        self.pin_edit.setAccessibleName(self.tr("PIN"))
        self.pin_edit.setMinimumHeight(48)
        self.pin_edit.returnPressed.connect(self.submit)
        self.pin_edit.textEdited.connect(self._start_again)
        form.addRow(self.tr("PIN"), self.pin_edit)
        layout.addLayout(form)

        self.error = FieldMessage("login")
        # The message has room kept for it, so the keypad never jumps under a finger.
        self.error.setFixedHeight(3 * self.error.fontMetrics().lineSpacing())
        self.error.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        retain = self.error.sizePolicy()
        retain.setRetainSizeWhenHidden(True)
        self.error.setSizePolicy(retain)
        layout.addWidget(self.error)
        layout.addWidget(self._keypad())

        buttons = QHBoxLayout()
        if kiosk_mode:
            back = QPushButton(self.tr("Back to the kiosk"))
            back.setObjectName("loginBackButton")
            back.setMinimumHeight(56)
            back.clicked.connect(self.back_to_kiosk)
            buttons.addWidget(back)
        self.login_button = QPushButton(self.tr("Log in"))
        self.login_button.setObjectName("loginButton")
        self.login_button.setMinimumHeight(56)
        self.login_button.setDefault(True)
        self.login_button.clicked.connect(self.submit)
        buttons.addWidget(self.login_button)
        layout.addLayout(buttons)

        _centre(outer, box)

    def _keypad(self) -> QWidget:
        """Digits for the touch screen, so leaving the kiosk needs no keyboard."""
        pad = QWidget()
        grid = QGridLayout(pad)
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "C"]
        for index, key in enumerate(keys):
            button = QPushButton(key)
            button.setObjectName(
                f"keypad_{key}" if key.isdigit() else ("keypad_back" if key == "⌫" else "keypad_clear")
            )
            button.setMinimumSize(KEYPAD_BUTTON_SIZE, KEYPAD_BUTTON_SIZE)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if key == "⌫":
                button.setAccessibleName(self.tr("Delete last digit"))
                button.clicked.connect(self.pin_edit.backspace)
            elif key == "C":
                button.setAccessibleName(self.tr("Clear PIN"))
                button.clicked.connect(self.pin_edit.clear)
            else:
                button.clicked.connect(lambda _checked=False, digit=key: self._type_digit(digit))
            grid.addWidget(button, index // 3, index % 3)
        return pad

    def _type_digit(self, digit: str) -> None:
        self._start_again()
        self.pin_edit.insert(digit)

    def _start_again(self, *_args: object) -> None:
        """Typing again: the last attempt's message has served its purpose."""
        self.error.clear_message()

    def reset(self) -> None:
        """Fresh screen: current user list, empty PIN, no message."""
        self.pin_edit.clear()
        self.error.clear_message()
        self.pin_edit.setFocus()
        self._ops.read(self, lambda app: app.auth.login_names(), done=self._show_names)

    def _show_names(self, names: list[str]) -> None:
        current = self.name_combo.currentText()
        self.name_combo.clear()
        self.name_combo.addItems(names)
        if current:
            self.name_combo.setCurrentText(current)

    def submit(self) -> None:
        """Check the PIN off the GUI thread (argon2 takes a noticeable moment)."""
        if self._busy:
            return
        name, pin = self.name_combo.currentText(), self.pin_edit.text()
        if not name or not pin:
            self.error.show_error(self.tr("Choose your name and type your PIN."))
            return
        self._ops.write(
            self,
            lambda app: _open_session(app, name, pin),
            done=self._on_success,
            errors=self._on_failure,
            busy=self._set_busy,
            after_commit=_preload_home_page,
        )

    def _on_success(self, session: Session) -> None:
        self.pin_edit.clear()
        self.error.clear_message()
        self.logged_in.emit(session)

    def _on_failure(self, error: DomainError) -> None:
        self.pin_edit.clear()
        FormErrors(self.error)(error)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.login_button.setEnabled(not busy)


class FirstAdminPage(QWidget):
    """Shown once, on an empty database: makes the first administrator."""

    created = Signal(object)  # Session of the new admin, already logged in

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstAdminPage")
        self._ops = ops
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QWidget()
        box.setMaximumWidth(560)
        layout = QVBoxLayout(box)
        title = QLabel(self.tr("Welcome! Create the first administrator"))
        title.setObjectName("pageTitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "The database is new. The administrator adds the other users and chooses the "
                "settings. Use a PIN of at least 6 characters that others cannot guess."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("firstAdminName")
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_message = FieldMessage("firstAdminName")
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow("", self.name_message)
        self.pin_edit = QLineEdit()
        self.pin_edit.setObjectName("firstAdminPin")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setValidator(pin_validator(self.pin_edit))
        self.pin_edit.setAccessibleName(self.tr("PIN"))
        form.addRow(self.tr("PIN"), self.pin_edit)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setObjectName("firstAdminRepeat")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit.setValidator(pin_validator(self.repeat_edit))
        self.repeat_edit.setAccessibleName(self.tr("Repeat the PIN"))
        self.pin_message = FieldMessage("firstAdminPin")
        form.addRow(self.tr("Repeat the PIN"), self.repeat_edit)
        form.addRow("", self.pin_message)
        layout.addLayout(form)
        self.create_button = QPushButton(self.tr("Create administrator"))
        self.create_button.setObjectName("firstAdminCreate")
        self.create_button.setMinimumHeight(48)
        self.create_button.clicked.connect(self.submit)
        layout.addWidget(self.create_button)
        _centre(outer, box)
        self.errors = FormErrors(
            self.name_message,
            {"name": self.name_message, "secret": self.pin_message},
            {"name": self.name_edit, "secret": self.pin_edit},
        )

    def submit(self) -> None:
        """Create the administrator and log in, as one action off the GUI thread (the PIN's
        hash takes a noticeable moment)."""
        self.errors.clear()
        name, pin = self.name_edit.text(), self.pin_edit.text()
        if pin != self.repeat_edit.text():
            self.pin_message.show_error(self.tr("The two PINs are not the same."))
            return

        def create(app: AppServices) -> Session:
            app.auth.create_first_admin(name, pin)
            return _open_session(app, name, pin)

        self._ops.write(
            self,
            create,
            done=self.created.emit,
            errors=self.errors,
            busy=self.create_button,
            after_commit=_preload_home_page,
        )


def _centre(outer: QVBoxLayout, box: QWidget) -> None:
    """Put the page's box in the middle, a little above centre, as login screens do."""
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(box)
    row.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
