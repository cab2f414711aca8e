"""The main window: first-admin, login and the workspace, one page at a time.

The workspace is built for the logged-in role and thrown away at logout, so no participant
data stays in any widget after someone leaves the PC.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from canteen_app.domain.roles import Actor, Role
from canteen_app.domain.settings import INT_SETTINGS, SettingKey
from ui.context import UiContext, kiosk_actor
from ui.idle import IdleWatcher
from ui.login import FirstAdminPage, LoginPage
from ui.pages import PageSpec, page_specs
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from canteen_app.bootstrap import AppServices

DEFAULT_IDLE_SECONDS = INT_SETTINGS[SettingKey.IDLE_SECONDS][0]


@dataclass(frozen=True)
class Station:
    """This PC: how it was started and what it is called."""

    device: str
    language: str
    kiosk_mode: bool


class Workspace(QWidget):
    """Navigation on the left, the chosen view on the right, who is logged in on top."""

    logout_requested = Signal()
    login_requested = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.context = context
        self._specs = [spec for spec in page_specs() if context.actor.can(spec.permission)]
        self._views: dict[str, QWidget] = {}
        self._build()

    @property
    def is_shared_kiosk(self) -> bool:
        return self.context.actor.user_id is None and self.context.actor.role is Role.KIOSK

    def _build(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.currentRowChanged.connect(self._on_navigation)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(self._header())
        self.stack = QStackedWidget()
        right_layout.addWidget(self.stack, 1)
        layout.addWidget(self.navigation)
        layout.addWidget(right, 1)
        self._fill_navigation()
        # The shared kiosk has one screen; navigation would only be clutter.
        self.navigation.setVisible(not self.is_shared_kiosk and len(self._specs) > 1)

    def _header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        self.title = QLabel(self.context.site_name)
        self.title.setObjectName("workspaceTitle")
        header.addWidget(self.title, 1)
        if self.is_shared_kiosk:
            login = QPushButton(self.tr("Log in"))
            login.setObjectName("kioskLoginButton")
            login.setAccessibleName(self.tr("Log in to leave the kiosk screen"))
            login.clicked.connect(self.login_requested)
            header.addWidget(login)
            return header
        user = QLabel(self.tr("Logged in: {name} ({role})").format(name=self.context.actor.name, role=role_title(self.context.actor.role)))
        user.setObjectName("userLabel")
        header.addWidget(user)
        logout = QPushButton(self.tr("Log out"))
        logout.setObjectName("logoutButton")
        logout.setMinimumHeight(40)
        logout.clicked.connect(self.logout_requested)
        header.addWidget(logout)
        return header

    def _fill_navigation(self) -> None:
        section = None
        for spec in self._specs:
            if spec.section != section:
                section = spec.section
                header = QListWidgetItem(section_title(section))
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                self.navigation.addItem(header)
            item = QListWidgetItem(spec.title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.navigation.addItem(item)
        if self._specs:
            self.open_page(self.home_page_key())

    def home_page_key(self) -> str:
        """The kiosk for the shared screen; for a person, their first real work page."""
        keys = [spec.key for spec in self._specs]
        if self.is_shared_kiosk or keys == ["kiosk"]:
            return "kiosk"
        return next(key for key in keys if key != "kiosk")

    def _on_navigation(self, row: int) -> None:
        item = self.navigation.item(row)
        key = item.data(Qt.ItemDataRole.UserRole) if item else None
        if key:
            self.open_page(key)

    def open_page(self, key: str) -> QWidget:
        """Show a view, building it the first time it is opened."""
        spec = next(spec for spec in self._specs if spec.key == key)
        view = self._views.get(key)
        if view is None:
            view = spec.factory(self.context)
            self._views[key] = view
            self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        self.title.setText(f"{self.context.site_name} – {spec.title()}")
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == key and self.navigation.currentRow() != row:
                self.navigation.setCurrentRow(row)
        return view

    def view(self, key: str) -> QWidget | None:
        return self._views.get(key)

    @property
    def page_keys(self) -> list[str]:
        return [spec.key for spec in self._specs]

    def shutdown(self) -> None:
        for view in self._views.values():
            shutdown: Callable[[], None] | None = getattr(view, "shutdown", None)
            if shutdown is not None:
                shutdown()


def role_title(role: Role) -> str:
    titles = {
        Role.ADMIN: QApplication.translate("roles", "administrator"),
        Role.CANTEEN_MANAGER: QApplication.translate("roles", "canteen manager"),
        Role.JOB_COACH: QApplication.translate("roles", "job coach"),
        Role.KIOSK: QApplication.translate("roles", "kiosk"),
    }
    return titles[role]


def section_title(section: str) -> str:
    titles = {
        "canteen": QApplication.translate("sections", "Canteen"),
        "training": QApplication.translate("sections", "Training"),
        "system": QApplication.translate("sections", "System"),
    }
    return titles.get(section, section)


class StartupPage(QWidget):
    """What the window shows for the moment it takes to open the database."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startupPage")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.status = QLabel(self.tr("Opening the database…"))
        self.status.setObjectName("startupStatus")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.status)
        layout.addStretch(2)


class MainWindow(QMainWindow):
    """Shown at once; `attach(services)` brings it to life once the database is open."""

    def __init__(self, station: Station, services: AppServices | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.station = station
        self.tasks = TaskRunner(self)
        self.setWindowTitle(self.tr("Canteen"))
        self.resize(1280, 800)
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.startup_page = StartupPage()
        self.pages.addWidget(self.startup_page)
        self.workspace: Workspace | None = None
        self.idle = IdleWatcher(DEFAULT_IDLE_SECONDS, self)
        self.idle.idle.connect(self.on_idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        if services is not None:
            self.attach(services)

    def attach(self, services: AppServices) -> None:
        """Build the login pages on the open database and show the first screen."""
        self.services = services
        self.site_name = services.sites.name(kiosk_actor().site_id)
        self.setWindowTitle(self.tr("Canteen – {site}").format(site=self.site_name))
        self.first_admin_page = FirstAdminPage(services)
        self.first_admin_page.created.connect(self.enter_workspace)
        self.login_page = LoginPage(services, self.tasks, self.station.kiosk_mode)
        self.login_page.logged_in.connect(self.enter_workspace)
        self.login_page.back_to_kiosk.connect(self.show_kiosk)
        self.pages.addWidget(self.first_admin_page)
        self.pages.addWidget(self.login_page)
        self.start()

    def start(self) -> None:
        """Choose the first screen: kiosk, first admin on an empty database, or login."""
        if self.station.kiosk_mode:
            self.show_kiosk()
        elif not self.services.auth.has_users():
            self._show_page(self.first_admin_page)
        else:
            self.show_login()

    @property
    def actor(self) -> Actor | None:
        return self.workspace.context.actor if self.workspace else None

    def show_kiosk(self) -> None:
        self._enter(kiosk_actor())

    def show_login(self) -> None:
        self._drop_workspace()
        self.login_page.reset()
        self._show_page(self.login_page)

    def enter_workspace(self, actor: Actor) -> None:
        self._enter(actor)
        self.idle.set_seconds(self.services.settings.get_int(actor.site_id, SettingKey.IDLE_SECONDS))
        self.idle.start()

    def on_idle(self) -> None:
        """Nobody touched the PC for a while: leave nobody logged in."""
        if self.station.kiosk_mode:
            self.show_kiosk()
        else:
            self.show_login()

    def logout(self) -> None:
        self.on_idle()

    def _enter(self, actor: Actor) -> None:
        self._drop_workspace()
        context = UiContext(
            services=self.services,
            actor=actor,
            tasks=self.tasks,
            device=self.station.device,
            language=self.station.language,
            site_name=self.site_name,
            kiosk_mode=self.station.kiosk_mode,
        )
        self.workspace = Workspace(context)
        self.workspace.logout_requested.connect(self.logout)
        self.workspace.login_requested.connect(self.show_login)
        self.pages.addWidget(self.workspace)
        self._show_page(self.workspace)

    def _drop_workspace(self) -> None:
        self.idle.stop()
        if self.workspace is None:
            return
        self.workspace.shutdown()
        self.pages.removeWidget(self.workspace)
        self.workspace.deleteLater()
        self.workspace = None

    def _show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._drop_workspace()
        self.tasks.wait_for_all(10_000)
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        super().closeEvent(event)


__all__ = ["MainWindow", "PageSpec", "Station", "Workspace"]
