"""Accessibility (WCAG 2.1 AA) built into `ui.common`, measured on every screen of the real
main window with the real theme: Tab reaches every control and leaves every table; focus shows
as a 2 px ring of at least 3:1 on every control type; selected rows and placeholders reach
4.5:1; at 1.5x text every screen fits 1280x800; navigation rows are at least 44 px."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QModelIndex, QRect, Qt
from PySide6.QtGui import QFontMetrics, QPalette, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from canteen_app.app import AppServices, build_services, open_database
from canteen_app.demo import DEMO_USERS, seed_demo
from tests.gui.a11y_checks import (
    accessible_name,
    clipped_widgets,
    contrast,
    describe,
    reachable_controls,
    ring_thickness,
    tab_chain,
    text_contrast,
)
from tests.gui.conftest import ARTIFACTS, FAST_HASHER, log_in, settle
from ui.canteen.statistics import StatisticsView
from ui.canteen.statistics.month_picker import MonthPickerDialog
from ui.common.focus_ring import install_focus_ring
from ui.common.i18n import install_language
from ui.common.pdf_preview import PdfPreviewDialog
from ui.common.theme import BASE_POINT_SIZE, NAVIGATION_ROW_MIN_PX, style_sheet
from ui.common.widgets import DateEdit, read_only_table
from ui.shell.main_window import MainWindow, Station, read_start_facts
from ui.shell.pages import page_specs
from ui.training.participants import ParticipantsView, ParticipantTableModel

SCREEN = (1280, 800)
ADMIN = next(user for user in DEMO_USERS if user.name == "Admin")


# --- fixtures: the real theme, a demo database, the main window ---------------------------------


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
    log_in(qtbot, window, name, pin)
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


# --- the keyboard: Tab reaches every control and leaves every table -----------------------------


def _assert_tab_reaches_everything(qtbot: QtBot, root: QWidget, first: QWidget, screen: str) -> None:
    """Tab from `first` visits every control of `root` and comes back, and each control it
    visits shows the focus ring, whole."""
    chain = tab_chain(qtbot, first, lambda control: _assert_ring_around(control, screen))
    missing = [describe(control) for control in reachable_controls(root) if control not in chain]
    assert missing == [], f"{screen}: Tab never reaches {missing}"
    assert len(chain) >= 2, f"{screen}: Tab finds nothing but {describe(first)}"
    unnamed = [describe(control) for control in chain if not accessible_name(control).strip()]
    assert unnamed == [], f"{screen}: a screen reader has no name for {unnamed}"


def _assert_ring_around(control: QWidget, screen: str) -> None:
    ring = install_focus_ring(QApplication.instance()).ring  # type: ignore[arg-type]
    assert ring is not None and ring.target is control, f"{screen}: no ring on {describe(control)}"
    assert ring.isVisible(), f"{screen}: the ring on {describe(control)} is hidden"
    parent = ring.parentWidget()
    assert parent.rect().contains(ring.geometry()), (
        f"{screen}: the ring on {describe(control)} is cut off by the edge of {describe(parent)}"
    )


def test_tab_reaches_every_control_of_the_login_screens(
    qtbot: QtBot, theme: Callable[[float], None], demo_services: AppServices
) -> None:
    window = _main_window(qtbot, demo_services)
    page = window.login_page
    _assert_tab_reaches_everything(qtbot, window, page.name_combo, "login")
    window.close()

    kiosk_window = _main_window(qtbot, demo_services, kiosk_mode=True)
    assert kiosk_window.workspace is not None
    _assert_tab_reaches_everything(qtbot, kiosk_window, _first_kiosk_button(kiosk_window), "shared kiosk")
    login_button = kiosk_window.workspace.findChild(QPushButton, "kioskLoginButton")
    qtbot.mouseClick(login_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, kiosk_window)
    _assert_tab_reaches_everything(qtbot, kiosk_window, kiosk_window.login_page.name_combo, "kiosk login")
    kiosk_window.close()


def _first_kiosk_button(window: MainWindow) -> QWidget:
    assert window.workspace is not None
    view = window.workspace.view("kiosk")
    button = view.findChild(QPushButton, "kioskAddGuestButton") if view is not None else None
    assert button is not None and button.isVisible()
    return button


def test_tab_reaches_every_control_of_the_first_admin_screen(
    qtbot: QtBot, theme: Callable[[float], None], app_services: AppServices
) -> None:
    window = _main_window(qtbot, app_services)
    assert window.pages.currentWidget() is window.first_admin_page
    _assert_tab_reaches_everything(qtbot, window, window.first_admin_page.name_edit, "first admin")
    window.close()


def test_tab_on_the_kiosk_follows_the_screen(
    qtbot: QtBot, theme: Callable[[float], None], demo_services: AppServices
) -> None:
    """Log in (top), the category buttons as they read, then check-in and undo (bottom), and
    round again."""
    window = _main_window(qtbot, demo_services, kiosk_mode=True)
    first = _first_kiosk_button(window)
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)  # a tap: undo can be used now
    _settle(qtbot, window)
    assert window.workspace is not None
    login = window.workspace.findChild(QPushButton, "kioskLoginButton")
    chain = [describe(control) for control in tab_chain(qtbot, login)]
    buttons = sorted(
        (b for b in window.workspace.findChildren(QPushButton) if b.objectName().startswith("kioskCategory")),
        key=lambda button: (button.y(), button.x()),
    )
    footer = [
        window.workspace.findChild(QPushButton, name) for name in ("kioskCheckInButton", "kioskUndoButton")
    ]
    expected = [login, first, *buttons, *footer]
    assert chain == [describe(control) for control in expected]
    window.close()


def test_tab_leaves_a_date_field_at_once_and_typing_fills_day_month_year(
    qtbot: QtBot, theme: Callable[[float], None]
) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    before, date_field, after = QLineEdit(), DateEdit(), QLineEdit()
    for widget in (before, date_field, after):
        layout.addWidget(widget)
    date_field.setDisplayFormat("dd.MM.yyyy")
    date_field.setDate(QDate(2020, 1, 1))
    page.show()
    _activate(qtbot, page)
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert date_field.hasFocus()
    qtbot.keyClicks(date_field, "15032026")  # day, month, year: each moves on when it is full
    assert date_field.date() == QDate(2026, 3, 15)
    qtbot.keyClick(date_field, Qt.Key.Key_Tab)
    assert after.hasFocus(), "Tab stepped through the date's parts instead of leaving it"
    qtbot.keyClick(after, Qt.Key.Key_Backtab)
    assert date_field.hasFocus()
    qtbot.keyClick(date_field, Qt.Key.Key_Backtab)
    assert before.hasFocus()


WORKSPACE_PAGES = [spec.key for spec in page_specs()]  # the admin sees every page; new ones too


@pytest.mark.parametrize("key", WORKSPACE_PAGES)
def test_tab_reaches_every_control_of_each_page_and_leaves_every_table(
    qtbot: QtBot, theme: Callable[[float], None], demo_services: AppServices, key: str
) -> None:
    window = _main_window(qtbot, demo_services)
    _log_in(qtbot, window, ADMIN.name, ADMIN.pin)
    _open(qtbot, window, key)
    assert window.workspace is not None
    _assert_tab_reaches_everything(qtbot, window, window.workspace.navigation, key)
    window.close()


def test_tab_reaches_every_field_of_the_participant_dialog(
    qtbot: QtBot, theme: Callable[[float], None], demo_services: AppServices
) -> None:
    window = _main_window(qtbot, demo_services)
    _log_in(qtbot, window, ADMIN.name, ADMIN.pin)
    view = _open(qtbot, window, "participants")
    assert isinstance(view, ParticipantsView)
    for opening in ("new", "existing"):
        if opening == "new":
            view.new_participant()
        else:
            view.table.setFocus()
            view.table.selectRow(0)
            qtbot.keyClick(view.table, Qt.Key.Key_Return)  # opens the participant
        _settle(qtbot, window)
        dialog = view.dialog
        assert dialog is not None, f"the {opening} participant's dialog did not open"
        _activate(qtbot, dialog)
        _assert_tab_reaches_everything(qtbot, dialog, dialog.first_name_edit, f"{opening} participant")
        _screenshot(dialog, f"participant_dialog_{opening}_1x")
        dialog.force_close()
    window.close()


def test_tab_reaches_every_control_of_the_monthly_report_dialogs(
    qtbot: QtBot, theme: Callable[[float], None], demo_services: AppServices
) -> None:
    window = _main_window(qtbot, demo_services)
    _log_in(qtbot, window, ADMIN.name, ADMIN.pin)
    view = _open(qtbot, window, "statistics")
    assert isinstance(view, StatisticsView)
    view.ask_for_monthly_report()
    picker = view.findChild(MonthPickerDialog, "monthPickerDialog")
    assert picker is not None
    _activate(qtbot, picker)
    _assert_tab_reaches_everything(qtbot, picker, picker.month_combo, "month picker")
    with qtbot.waitSignal(view.report_opened, timeout=30_000) as opened:
        picker.accept()
    preview = opened.args[0]
    assert isinstance(preview, PdfPreviewDialog)
    _activate(qtbot, preview)
    _assert_tab_reaches_everything(qtbot, preview, preview.zoom_out_button, "PDF preview")
    preview.close()
    window.close()


# --- the focus ring: 2 px, 3:1 against the background next to it, on every control type ---------


def _table() -> QWidget:
    model = QStandardItemModel(3, 2)
    return read_only_table("table", "Table", model)


def _default_button() -> QPushButton:
    button = QPushButton("Save")
    button.setDefault(True)
    return button


def _combo() -> QComboBox:
    combo = QComboBox()
    combo.addItems(["Norsk bokmål", "English"])
    return combo


def _list() -> QListWidget:
    widget = QListWidget()
    widget.addItems(["Guest", "Visitor"])
    return widget


def _kiosk_button(role: str) -> QPushButton:
    button = QPushButton("+1 Guest")
    button.setProperty("kioskRole", role)
    button.setMinimumSize(240, 120)
    return button


CONTROLS: dict[str, Callable[[], QWidget]] = {
    "button": lambda: QPushButton("Refresh"),
    "default button": _default_button,
    "line edit": lambda: QLineEdit("Kari"),
    "combo box": _combo,
    "spin box": QSpinBox,
    "date edit": DateEdit,
    "plain text edit": lambda: QPlainTextEdit("Needs written step lists"),
    "table": _table,
    "list": _list,
    "radio button": lambda: QRadioButton("Per day"),
    "check box": lambda: QCheckBox("Show retired"),
    "kiosk primary button": lambda: _kiosk_button("primary"),
    "kiosk secondary button": lambda: _kiosk_button("secondary"),
    "kiosk undo button": lambda: _kiosk_button("undo"),
}


@pytest.mark.parametrize("kind", list(CONTROLS))
def test_focus_shows_as_a_2px_ring_of_3_to_1_on_every_control_type(
    qtbot: QtBot, theme: Callable[[float], None], kind: str
) -> None:
    page = QWidget()
    page.setObjectName("kioskView" if kind.startswith("kiosk") else "page")  # the kiosk's background
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(24, 24, 24, 24)
    control = CONTROLS[kind]()
    other = QPushButton("Elsewhere")  # holds the focus in the picture "before"
    layout.addWidget(control)
    layout.addWidget(other)
    page.show()
    _activate(qtbot, page)

    other.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(other.hasFocus)
    before = page.grab().toImage()
    control.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: control.hasFocus() or control.isAncestorOf(QApplication.focusWidget()))
    after = page.grab().toImage()

    ratio = page.devicePixelRatioF()
    area = QRect(control.geometry().topLeft() * ratio, control.geometry().size() * ratio)
    thickness = ring_thickness(before, after, area)
    _screenshot(page, f"focus_{kind.replace(' ', '_')}")
    assert min(thickness.values()) >= 2, f"{kind}: focus ring thickness per side {thickness}"


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


# --- 1.5x text: every screen fits 1280x800 and nothing is clipped ------------------------------

# Norwegian (the default, with the longer words) at both sizes, English at the larger.
SIZES = [
    pytest.param(1.0, "nb", id="1x-nb"),
    pytest.param(1.5, "nb", id="1.5x-nb"),
    pytest.param(1.5, "en", id="1.5x-en"),
]


def _assert_fits(window: QWidget, problems: dict[str, list[str]]) -> None:
    hint = window.minimumSizeHint()
    assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1], (
        f"{describe(window)} needs {hint.toTuple()}, more than the {SCREEN} screen"
    )
    assert {screen: found for screen, found in problems.items() if found} == {}


@pytest.mark.parametrize(("scale", "language"), SIZES)
def test_every_page_fits_1280x800_and_nothing_is_clipped(
    qtbot: QtBot,
    theme: Callable[[float], None],
    demo_services: AppServices,
    scale: float,
    language: str,
) -> None:
    """One window opens every page in turn (the page stack is as wide as its widest page)."""
    install_language(language)
    theme(scale)
    window = _main_window(qtbot, demo_services)
    problems = {"login": clipped_widgets(window.login_page)}
    _screenshot(window, f"login_{scale}x_{language}")
    _log_in(qtbot, window, ADMIN.name, ADMIN.pin)
    for key in WORKSPACE_PAGES:
        view = _open(qtbot, window, key)
        problems[key] = clipped_widgets(view)
        if isinstance(view, StatisticsView):
            problems["weekday names cut to '...'"] = _cut_weekday_names(view)
        _screenshot(window, f"{key}_{scale}x_{language}")
    _assert_fits(window, problems)
    assert window.size().toTuple() == SCREEN, "the window grew past the screen"
    window.close()


def _cut_weekday_names(view: StatisticsView) -> list[str]:
    """The weekday names QtCharts cuts short: it gives each label the axis width divided by one
    more than the number of bars, less 10 px, and a label's text box adds 8 px to the text."""
    axis = view.weekday_axis
    room = view.weekday_chart.chart().plotArea().width() / (axis.count() + 1) - 10
    metrics = QFontMetrics(axis.labelsFont())
    return [name for name in axis.categories() if metrics.horizontalAdvance(name) + 8 > room]


@pytest.mark.parametrize(("scale", "language"), SIZES)
def test_the_first_admin_and_the_shared_kiosk_fit_1280x800(
    qtbot: QtBot,
    theme: Callable[[float], None],
    app_services: AppServices,
    demo_services: AppServices,
    scale: float,
    language: str,
) -> None:
    install_language(language)
    theme(scale)
    window = _main_window(qtbot, app_services)
    _screenshot(window, f"first_admin_{scale}x_{language}")
    _assert_fits(window, {"first admin": clipped_widgets(window.first_admin_page)})
    window.close()
    kiosk = _main_window(qtbot, demo_services, kiosk_mode=True)
    _screenshot(kiosk, f"shared_kiosk_{scale}x_{language}")
    assert kiosk.workspace is not None
    _assert_fits(kiosk, {"shared kiosk": clipped_widgets(kiosk.workspace)})
    kiosk.close()


@pytest.mark.parametrize(("scale", "language"), SIZES)
def test_the_dialogs_fit_1280x800_and_nothing_is_clipped(
    qtbot: QtBot,
    theme: Callable[[float], None],
    demo_services: AppServices,
    scale: float,
    language: str,
) -> None:
    install_language(language)
    theme(scale)
    window = _main_window(qtbot, demo_services)
    _log_in(qtbot, window, ADMIN.name, ADMIN.pin)
    participants = _open(qtbot, window, "participants")
    assert isinstance(participants, ParticipantsView)
    participants.open_participant(
        int(participants.model.data(participants.model.index(0, 0), ParticipantTableModel.IdRole))
    )
    _settle(qtbot, window)
    dialog = participants.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    _screenshot(dialog, f"participant_dialog_{scale}x_{language}")
    _assert_fits(dialog, {"participant dialog": clipped_widgets(dialog)})
    assert dialog.width() <= SCREEN[0] and dialog.height() <= SCREEN[1]
    dialog.force_close()

    statistics = _open(qtbot, window, "statistics")
    assert isinstance(statistics, StatisticsView)
    statistics.ask_for_monthly_report()
    picker = statistics.findChild(MonthPickerDialog, "monthPickerDialog")
    assert picker is not None
    qtbot.waitExposed(picker)
    _assert_fits(picker, {"month picker": clipped_widgets(picker)})
    with qtbot.waitSignal(statistics.report_opened, timeout=30_000) as opened:
        picker.accept()
    preview = opened.args[0]
    qtbot.waitExposed(preview)
    _screenshot(preview, f"pdf_preview_{scale}x_{language}")
    _assert_fits(preview, {"PDF preview": clipped_widgets(preview)})
    preview.close()
    window.close()
