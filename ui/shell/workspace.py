"""The workspace after login: navigation on the left, the chosen view on the right.

It is built for the logged-in role and thrown away at logout, so no participant data stays
in any widget after someone leaves the PC.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.common.context import UiContext
from ui.common.drafts import Draft, KeepsDrafts
from ui.common.focus_ring import RING_ROOM
from ui.common.formatting import role_title
from ui.shell.pages import home_page, is_shared_kiosk, pages_for


class Workspace(QWidget):
    """Navigation on the left, the chosen view on the right, who is logged in on top."""

    logout_requested = Signal()
    login_requested = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.context = context
        self._specs = pages_for(context.actor)
        self._views: dict[str, QWidget] = {}
        self._build()

    @property
    def is_shared_kiosk(self) -> bool:
        return is_shared_kiosk(self.context.actor)

    def _build(self) -> None:
        layout = QHBoxLayout(self)
        # Room around the navigation for its focus ring, which the window's edge would cut off.
        layout.setContentsMargins(RING_ROOM, RING_ROOM, 0, RING_ROOM)
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
        self.title.setWordWrap(True)  # a long site and page name, or large text, still fits
        header.addWidget(self.title, 1)
        if self.is_shared_kiosk:
            login = QPushButton(self.tr("Log in"))
            login.setObjectName("kioskLoginButton")
            login.setAccessibleName(self.tr("Log in to leave the kiosk screen"))
            login.clicked.connect(self.login_requested)
            header.addWidget(login)
            return header
        user = QLabel(
            self.tr("Logged in: {name} ({role})").format(
                name=self.context.actor.name, role=role_title(self.context.actor.role)
            )
        )
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
        home = home_page(self.context.actor)
        if home is not None:
            self.open_page(home.key)

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
            view = spec.factory()(self.context)
            self._views[key] = view
            self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        self.title.setText(self.tr("{site} – {page}").format(site=self.context.site_name, page=spec.title()))
        for row in range(self.navigation.count()):
            if (
                self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == key
                and self.navigation.currentRow() != row
            ):
                self.navigation.setCurrentRow(row)
        return view

    def view(self, key: str) -> QWidget | None:
        return self._views.get(key)

    @property
    def page_keys(self) -> list[str]:
        return [spec.key for spec in self._specs]

    def unsaved_work(self) -> list[Draft]:
        """What the open views hold that is not saved yet (asked before an idle lock)."""
        drafts: list[Draft] = []
        for key, view in self._views.items():
            if isinstance(view, KeepsDrafts):
                drafts += [replace(draft, page=key) for draft in view.unsaved_work()]
        return drafts

    def resume(self, draft: Draft) -> None:
        """Open the draft's page and let its view continue the work."""
        if draft.page not in self.page_keys:
            return
        view = self.open_page(draft.page)
        if isinstance(view, KeepsDrafts):
            view.resume(draft)

    def shutdown(self) -> None:
        for view in self._views.values():
            shutdown: Callable[[], None] | None = getattr(view, "shutdown", None)
            if shutdown is not None:
                shutdown()


def section_title(section: str) -> str:
    titles = {
        "canteen": QApplication.translate("sections", "Canteen"),
        "training": QApplication.translate("sections", "Training"),
        "referrals": QApplication.translate("sections", "Partners and referrals"),
        "system": QApplication.translate("sections", "System"),
    }
    return titles.get(section, section)
