"""The main window: start-up, first-admin, login and the workspace, one page at a time.

Only what the first paint needs is imported here; the login pages and the workspace load
once the database is open, so the window appears as fast as a bare Qt window would.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from canteen_app.domain.roles import Actor
from canteen_app.domain.settings import INT_SETTINGS, SettingKey
from ui.context import UiContext, kiosk_actor
from ui.idle import IdleWatcher
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from canteen_app.bootstrap import AppServices
    from ui.workspace import Workspace

DEFAULT_IDLE_SECONDS = INT_SETTINGS[SettingKey.IDLE_SECONDS][0]


@dataclass(frozen=True)
class Station:
    """This PC: how it was started and what it is called."""

    device: str
    language: str
    kiosk_mode: bool


class StartupPage(QWidget):
    """What the window shows for the moment it takes to open the database."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startupPage")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.status = QLabel(self.tr("Opening the database…"))
        self.status.setObjectName("startupStatus")  # centred by the style sheet
        layout.addWidget(self.status)
        layout.addStretch(2)


class MainWindow(QMainWindow):
    """Shown at once; `attach(services)` brings it to life once the database is open."""

    def __init__(
        self, station: Station, services: AppServices | None = None, parent: QWidget | None = None
    ) -> None:
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
        if services is not None:
            self.attach(services)

    def attach(self, services: AppServices) -> None:
        """Build the login pages on the open database and show the first screen."""
        from ui.login import FirstAdminPage, LoginPage

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
        from ui.workspace import Workspace

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
        super().closeEvent(event)


__all__ = ["MainWindow", "Station"]
