"""Accessibility (WCAG 2.1 AA) built into `ui.common`, measured on real widgets with the real
theme: selected rows and placeholders reach 4.5:1; navigation rows are at least 44 px; the
style sheet's sizes follow the base font."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QPalette, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from canteen_app.app import AppServices, build_services, open_database
from canteen_app.demo import DEMO_USERS, seed_demo
from tests.gui.a11y_checks import (
    contrast,
    text_contrast,
)
from tests.gui.conftest import ARTIFACTS, FAST_HASHER, settle
from ui.common.theme import BASE_POINT_SIZE, NAVIGATION_ROW_MIN_PX, apply_theme, style_sheet
from ui.common.widgets import read_only_table
from ui.shell.main_window import MainWindow, Station, read_start_facts

SCREEN = (1280, 800)
ADMIN = next(user for user in DEMO_USERS if user.name == "Admin")


# --- fixtures: the real theme, a demo database, the main window ---------------------------------


@pytest.fixture
def theme(qapp: QApplication) -> Iterator[Callable[[float], None]]:
    """The program's theme at a text scale (1.0 = the base size); undone after the test."""
    font, palette, sheet = QFont(qapp.font()), QPalette(qapp.palette()), qapp.styleSheet()

    def apply(scale: float = 1.0) -> None:
        apply_theme(qapp, BASE_POINT_SIZE * scale)

    apply()
    yield apply
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)


@pytest.fixture(scope="module")
def demo_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A year of demo data, made once for the module (each test works on its own copy)."""
    path = tmp_path_factory.mktemp("demo") / "canteen.sqlite3"
    services = build_services(open_database(f"sqlite:///{path}"), password_hasher=FAST_HASHER)
    try:
        seed_demo(services, years=1)
    finally:
        services.close()
    return path


@pytest.fixture
def demo_services(demo_database: Path, tmp_path: Path) -> Iterator[AppServices]:
    copy = tmp_path / "demo-copy.sqlite3"  # not the app_services file of the same test
    shutil.copyfile(demo_database, copy)
    services = build_services(open_database(f"sqlite:///{copy}"), password_hasher=FAST_HASHER)
    yield services
    services.close()


def _main_window(qtbot: QtBot, services: AppServices, kiosk_mode: bool = False) -> MainWindow:
    window = MainWindow(Station(device="pc-1", language="en", kiosk_mode=kiosk_mode))
    qtbot.addWidget(window)
    window.attach(services, services.read(read_start_facts).value)
    window.resize(*SCREEN)
    window.show()
    _activate(qtbot, window)
    _settle(qtbot, window)
    return window


def _settle(qtbot: QtBot, window: MainWindow) -> None:
    """Every database answer is in, and the widgets it made are shown (that is posted)."""
    assert window.ops is not None
    settle(qtbot, window.ops)
    QApplication.sendPostedEvents()


def _activate(qtbot: QtBot, window: QWidget) -> None:
    """Make `window` the active one: only the active window has a focused control."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _log_in(qtbot: QtBot, window: MainWindow, name: str, pin: str) -> None:
    page = window.login_page
    page.name_combo.setCurrentText(name)
    page.pin_edit.setText(pin)
    qtbot.mouseClick(page.login_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, window)
    assert window.workspace is not None, "the login failed"


def _open(qtbot: QtBot, window: MainWindow, key: str) -> QWidget:
    assert window.workspace is not None and window.ops is not None
    view = window.workspace.open_page(key)
    _settle(qtbot, window)
    qtbot.waitUntil(lambda: not getattr(view, "is_loading", False), timeout=10_000)
    for table in view.findChildren(QTableView):  # lazy lists fetch their rows as they are shown
        model = table.model()
        qtbot.waitUntil(lambda model=model: model.rowCount() > 0 or not model.canFetchMore(QModelIndex()))
        _settle(qtbot, window)
    return view


def _screenshot(widget: QWidget, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    widget.grab().save(str(ARTIFACTS / f"a11y_{name}.png"))


# --- colour: selected rows, placeholders, navigation --------------------------------------------


def test_selected_rows_reach_4_5_to_1_with_and_without_focus(
    qtbot: QtBot, theme: Callable[[float], None]
) -> None:
    theme(2.5)  # large text: its strokes have solid pixels to measure
    model = QStandardItemModel(3, 1)
    for row, name in enumerate(["Hansen, Kari", "Berg, Jonas", "Nilsen, Per"]):
        model.setData(model.index(row, 0), name)
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    table = read_only_table("table", "Table", model)
    elsewhere = QLineEdit()
    layout.addWidget(table)
    layout.addWidget(elsewhere)
    page.resize(500, 400)
    page.show()
    _activate(qtbot, page)
    table.selectRow(1)
    for state, holder in (("focused", table), ("not focused", elsewhere)):
        holder.setFocus()
        qtbot.waitUntil(holder.hasFocus)
        image = table.viewport().grab().toImage()
        row = table.visualRect(model.index(1, 0))
        ratio, text, background = text_contrast(image, row.adjusted(2, 2, -2, -2))
        assert ratio >= 4.5, f"selected row, {state}: {text.name()} on {background.name()} is {ratio:.2f}:1"
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette = table.palette()
        ratio = contrast(
            palette.color(group, QPalette.ColorRole.HighlightedText),
            palette.color(group, QPalette.ColorRole.Highlight),
        )
        assert ratio >= 4.5, f"selection colours of the {group.name} palette: {ratio:.2f}:1"


def test_placeholder_text_reaches_4_5_to_1(qtbot: QtBot, theme: Callable[[float], None]) -> None:
    theme(2.5)
    edit = QLineEdit()
    edit.setPlaceholderText("Search by name…")
    qtbot.addWidget(edit)
    edit.resize(600, edit.sizeHint().height())
    edit.show()
    qtbot.waitExposed(edit)
    image = edit.grab().toImage()
    ratio, text, background = text_contrast(image, edit.rect().adjusted(6, 6, -6, -6))
    assert ratio >= 4.5, f"placeholder {text.name()} on {background.name()} is {ratio:.2f}:1"
    palette = edit.palette()
    assert (
        contrast(palette.color(QPalette.ColorRole.PlaceholderText), palette.color(QPalette.ColorRole.Base))
        >= 4.5
    )


def test_navigation_rows_are_44px_and_the_chosen_one_reads_at_4_5_to_1(
    qtbot: QtBot, theme: Callable[[float], None], demo_services: AppServices
) -> None:
    for scale in (0.8, 1.0, 1.5, 2.5):
        theme(scale)
        window = _main_window(qtbot, demo_services)
        _log_in(qtbot, window, ADMIN.name, ADMIN.pin)
        assert window.workspace is not None
        navigation = window.workspace.navigation
        heights = [
            navigation.visualItemRect(navigation.item(row)).height() for row in range(navigation.count())
        ]
        assert min(heights) >= NAVIGATION_ROW_MIN_PX, f"at {scale}x text the rows are {heights} px"
        if scale == 2.5:
            image = navigation.viewport().grab().toImage()
            chosen = navigation.visualItemRect(navigation.currentItem())
            ratio, text, background = text_contrast(image, chosen.adjusted(2, 2, -2, -2))
            assert ratio >= 4.5, f"chosen page: {text.name()} on {background.name()} is {ratio:.2f}:1"
        window.close()


# --- sizes follow the base font -----------------------------------------------------------------


def test_every_font_size_of_the_style_sheet_follows_the_base_font() -> None:
    def point_sizes(sheet: str) -> list[float]:
        return [float(size) for size in re.findall(r"font-size:\s*([\d.]+)pt", sheet)]

    base, larger = point_sizes(style_sheet(BASE_POINT_SIZE)), point_sizes(style_sheet(BASE_POINT_SIZE * 1.5))
    assert base, "the style sheet sets no font sizes"
    assert larger == pytest.approx([size * 1.5 for size in base], abs=0.05)
    assert not re.search(r"font-size:\s*[\d.]+px", style_sheet()), "pixel font sizes do not follow"


def test_titles_and_the_kiosk_total_grow_with_the_base_font(
    qtbot: QtBot, theme: Callable[[float], None]
) -> None:
    heights: dict[float, dict[str, int]] = {}
    for scale in (1.0, 1.5):
        theme(scale)
        heights[scale] = {}
        for name in ("pageTitle", "workspaceTitle", "kioskTodayTotal", "kioskDate"):
            label = QLabel("Kantina 123")
            label.setObjectName(name)
            qtbot.addWidget(label)
            label.ensurePolished()
            heights[scale][name] = label.fontMetrics().height()
    for name, height in heights[1.0].items():
        assert heights[1.5][name] == pytest.approx(height * 1.5, rel=0.15), name
