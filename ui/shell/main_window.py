"""The main window: start-up, first-admin, login and the workspace, one page at a time.

Only what the first paint needs is imported here; the login pages and the workspace load
once the database is open (or, on a kiosk, once its first look has been read), so the
window appears as fast as a bare Qt window would.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from canteen_app.access import Actor
from canteen_app.platform.settings.rules import INT_SETTINGS, SettingKey
from ui.common.context import KIOSK_SITE_ID, UiContext, kiosk_actor
from ui.common.dialogs import ACCEPT, Choice, question_box
from ui.common.drafts import Draft
from ui.common.operations import Operations
from ui.common.tasks import TaskRunner
from ui.shell.idle import IdleWatcher

if TYPE_CHECKING:
    from canteen_app.app import AppServices, Changes
    from canteen_app.first_look import FirstLook
    from ui.shell.login import FirstAdminPage, LoginPage, Session
    from ui.shell.workspace import Workspace

DEFAULT_IDLE_SECONDS = INT_SETTINGS[SettingKey.IDLE_SECONDS][0]


@dataclass(frozen=True)
class Station:
    """This PC: how it was started and what it is called."""

    device: str
    language: str
    kiosk_mode: bool


@dataclass(frozen=True)
class StartFacts:
    """What the first screen depends on, read in the start-up worker."""

    site_name: str
    has_users: bool


def read_start_facts(app: AppServices) -> StartFacts:
    return StartFacts(app.sites.name(KIOSK_SITE_ID), app.auth.has_users())


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
    """Shown at once; `attach(services, facts)` brings it to life once the database is open.
    A kiosk comes to life earlier, with `show_first_look` (its actions wait for the services)."""

    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.station = station
        self.tasks = TaskRunner(self)  # the start-up only; views work through `ops`
        self.ops = Operations(None, self)  # actions wait in their workers for `ops.attach`
        self.ops.changed.connect(self._on_data_changed)
        self.login_page: LoginPage | None = None
        self.first_admin_page: FirstAdminPage | None = None
        self.setWindowTitle(self.tr("Canteen"))
        self.resize(1280, 800)
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.startup_page = StartupPage()
        self.pages.addWidget(self.startup_page)
        self.workspace: Workspace | None = None
        self.idle = IdleWatcher(DEFAULT_IDLE_SECONDS, self)
        self.idle.idle.connect(self.on_idle)
        # Unsaved work kept over an idle lock, per user id; only in memory (see ui/common/drafts.py).
        self._drafts: dict[int, list[Draft]] = {}
        self.draft_offer: QMessageBox | None = None

    def attach(self, services: AppServices, facts: StartFacts) -> None:
        """The database is open: show the first screen, unless the kiosk already shows its
        first look (then only its actions had to wait for this)."""
        self.ops.attach(services)
        first_look_shown = self.login_page is not None  # show_first_look built the pages
        self._build_pages(facts.site_name)
        if not first_look_shown:
            self.start(facts.has_users)

    def show_first_look(self, look: FirstLook) -> None:
        """The kiosk with the counts read at start-up, before the services are open: taps,
        undo and login can be used at once and reach the database once it is open."""
        from ui.canteen.kiosk import KioskView

        self._build_pages(look.site_name)
        self.show_kiosk()
        assert self.workspace is not None
        kiosk = self.workspace.view("kiosk")
        assert isinstance(kiosk, KioskView)
        kiosk.show_first_look(look.kiosk)

    def _build_pages(self, site_name: str) -> None:
        """The login pages (once), and the site's name in the title."""
        self.site_name = site_name
        self.setWindowTitle(self.tr("Canteen – {site}").format(site=self.site_name))
        if self.login_page is not None:
            return
        from ui.shell.login import FirstAdminPage, LoginPage

        self.first_admin_page = FirstAdminPage(self.ops)
        self.first_admin_page.created.connect(self.enter_workspace)
        self.login_page = LoginPage(self.ops, self.station.kiosk_mode)
        self.login_page.logged_in.connect(self.enter_workspace)
        self.login_page.back_to_kiosk.connect(self.show_kiosk)
        self.pages.addWidget(self.first_admin_page)
        self.pages.addWidget(self.login_page)

    def start(self, has_users: bool) -> None:
        """Choose the first screen: kiosk, first admin on an empty database, or login."""
        self.setWindowTitle(self.tr("Canteen – {site}").format(site=self.site_name))
        if self.station.kiosk_mode:
            self.show_kiosk()
        elif not has_users:
            assert self.first_admin_page is not None, "attach() first"
            self._show_page(self.first_admin_page)
        else:
            self.show_login()

    @property
    def actor(self) -> Actor | None:
        return self.workspace.context.actor if self.workspace else None

    def show_kiosk(self) -> None:
        self._enter(kiosk_actor())

    def show_login(self) -> None:
        assert self.login_page is not None, "attach() first"
        self._drop_workspace()
        self.login_page.reset()
        self._show_page(self.login_page)

    def enter_workspace(self, session: Session) -> None:
        self._enter(session.actor)
        self.idle.set_seconds(session.idle_seconds)
        self.idle.start()
        user_id = session.actor.user_id
        drafts = self._drafts.pop(user_id, []) if user_id is not None else []
        if drafts:
            self._offer(drafts)

    def on_idle(self) -> None:
        """Nobody touched the PC for a while: leave nobody logged in, but keep what they typed
        for when they come back."""
        actor = self.actor
        if self.workspace is not None and actor is not None and actor.user_id is not None:
            drafts = self.workspace.unsaved_work()
            if drafts:
                self._drafts[actor.user_id] = drafts
        if self.station.kiosk_mode:
            self.show_kiosk()
        else:
            self.show_login()

    def logout(self) -> None:
        if self.station.kiosk_mode:
            self.show_kiosk()
        else:
            self.show_login()

    def _offer(self, drafts: list[Draft]) -> None:
        """Ask whether to continue the work the idle lock interrupted."""
        draft = drafts[0]
        box, (resume, _discard) = question_box(
            self,
            "draftOffer",
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr("The screen locked while you were editing: {what}. Your changes were kept.").format(
                what=draft.title
            ),
            self.tr("Continue where you left off?"),
            [
                Choice(self.tr("Continue editing"), ACCEPT, "resumeDraftButton"),
                Choice(
                    self.tr("Discard the changes"),
                    QMessageBox.ButtonRole.DestructiveRole,
                    "discardDraftButton",
                ),
            ],
            default=0,
            delete_on_close=False,  # kept in `draft_offer`, for whoever checks what was offered
        )

        def chosen(button: QAbstractButton) -> None:
            if button is resume and self.workspace is not None:
                self.workspace.resume(draft)
            if len(drafts) > 1:
                self._offer(drafts[1:])

        box.buttonClicked.connect(chosen)
        box.open()
        self.draft_offer = box

    def _on_data_changed(self, changes: Changes, _source: object) -> None:
        from canteen_app.platform.backup.rules import DATABASE_REPLACED  # not before the first paint

        if DATABASE_REPLACED in changes:
            self.database_replaced()

    def database_replaced(self) -> None:
        """A restore replaced every record: nobody stays logged in (the user may not even exist
        any more), and the first screen is chosen again from the restored data."""
        self._drop_workspace()
        self._show_page(self.startup_page)
        assert self.ops is not None
        self.ops.read(self, read_start_facts, done=self._restart)

    def _restart(self, facts: StartFacts) -> None:
        self.site_name = facts.site_name
        self.start(facts.has_users)

    def _enter(self, actor: Actor) -> None:
        from ui.shell.workspace import Workspace

        self._drop_workspace()
        context = UiContext(
            ops=self.ops,
            actor=actor,
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

    def wait_for_work(self, msecs: int = 10_000) -> bool:
        """Let the start-up and every action asked for finish (taps reach the database)."""
        done = self.tasks.wait_for_all(msecs)
        return self.ops.wait_for_all(msecs) and done

    def closeEvent(self, event: QCloseEvent) -> None:
        self._drop_workspace()
        self.wait_for_work(10_000)
        super().closeEvent(event)


__all__ = ["MainWindow", "StartFacts", "Station", "read_start_facts"]
