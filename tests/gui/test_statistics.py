"""The guest statistics view (C5, first part) on real taps in a real SQLite file."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
import shiboken6
from pypdf import PdfReader
from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices
from canteen_app.canteen.guests.models import GuestTap
from canteen_app.canteen.statistics.rules import previous_month
from canteen_app.core.dates import SITE_TIMEZONE, add_months, oslo_today, week_start
from canteen_app.core.formatting import locale_format
from tests.gui.conftest import fetch_all, save_screenshot, settle
from tests.gui.test_report_preview import _has_ink
from tests.helpers import SYSTEM, db_session
from ui.canteen.statistics import MonthPickerDialog, Preset, StatisticsView, date_ticks, nice_scale
from ui.common.context import UiContext
from ui.common.operations import Operations
from ui.common.pdf_preview import PdfPreviewDialog
from ui.common.qt_models import RawValueRole

SITE = 1
GUEST = 1  # the default category the migration creates
TODAY = oslo_today()
FIRST = TODAY - timedelta(days=540)


@dataclass
class Taps:
    """What was inserted, per day and category, to compare the screen with."""

    counts: dict[date, dict[int, int]]
    visitor: int
    participant: int  # retired, counted in the last 12 months
    old: int  # retired, counted only long ago

    def totals(self, start: date, end: date) -> dict[date, int]:
        return {day: sum(c.values()) for day, c in self.counts.items() if start <= day <= end}


def _weekday_guests(day: date) -> int:
    """A fixed, uneven pattern: 5..17 guests, depending on weekday and date."""
    return 5 + 2 * day.weekday() + day.toordinal() % 5


def _tap(day: date, category_id: int, minute: int, undone: bool = False) -> dict[str, object]:
    at = datetime.combine(day, time(11, 0), SITE_TIMEZONE).astimezone(UTC) + timedelta(minutes=minute)
    return {
        "site_id": SITE,
        "category_id": category_id,
        "tapped_at": at,
        "service_date": day,
        "device": "kiosk-test",
        "undone_at": at + timedelta(seconds=5) if undone else None,
    }


@pytest.fixture
def taps(app_services: AppServices) -> Taps:
    guests = app_services.guests
    visitor = guests.add_category(SYSTEM, "Besøkende", "Visitor").id
    participant = guests.add_category(SYSTEM, "Deltaker", "Participant").id
    old = guests.add_category(SYSTEM, "Gammel", "Old category").id
    guests.add_category(SYSTEM, "Ubrukt", "Never used")  # active, no taps: still a column
    counts: dict[date, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    rows: list[dict[str, object]] = []

    def add(day: date, category_id: int, how_many: int) -> None:
        for _ in range(how_many):
            rows.append(_tap(day, category_id, len(rows) % 120))
        counts[day][category_id] += how_many

    day = FIRST
    while day <= TODAY:
        if day.weekday() < 5 and day.toordinal() % 11 != 0:  # now and then a closed weekday
            add(day, GUEST, _weekday_guests(day))
            if day.toordinal() % 3 == 0:
                add(day, visitor, 2)
        day += timedelta(days=1)
    # One open Saturday in the last month; no Sunday ever.
    saturday = TODAY - timedelta(days=(TODAY.weekday() - 5) % 7 or 7)
    add(saturday, GUEST, 40)
    # A retired category counted recently, and one counted only long ago.
    recent = max(d for d in counts if d <= TODAY - timedelta(days=3))
    add(recent, participant, 3)
    add(FIRST + timedelta(days=(7 - FIRST.weekday()) % 7), old, 4)
    # An undone tap does not count.
    rows.append(_tap(recent, GUEST, 59, undone=True))
    with db_session(app_services, write=True) as session:
        session.execute(insert(GuestTap.__table__), rows)
    guests.set_category_active(SYSTEM, participant, False)
    guests.set_category_active(SYSTEM, old, False)
    return Taps({d: dict(c) for d, c in counts.items()}, visitor, participant, old)


@pytest.fixture
def manager_context(users: dict[Role, Actor], make_context: Callable[..., UiContext]) -> UiContext:
    return make_context(users[Role.CANTEEN_MANAGER])


@pytest.fixture
def view(qtbot: QtBot, manager_context: UiContext, taps: Taps) -> Iterator[StatisticsView]:
    widget = StatisticsView(manager_context)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    qtbot.waitUntil(lambda: not widget.is_loading, timeout=10_000)
    yield widget
    widget.shutdown()


def _twelve_months() -> tuple[date, date]:
    return add_months(TODAY, -12) + timedelta(days=1), TODAY


def _number(value: int) -> str:
    return QLocale().toString(value)


def _cell(view: StatisticsView, row: int, key: str, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    model = view.model
    return model.data(model.index(row, model.column_index(key)), role)


def _reload_to(qtbot: QtBot, view: StatisticsView, change: Callable[[], None]) -> None:
    with qtbot.waitSignal(view.summary_loaded, timeout=10_000):
        change()


# --- the default period ------------------------------------------------------------------------


def test_opens_on_the_last_twelve_months_with_the_right_key_figures(view: StatisticsView, taps: Taps) -> None:
    start, end = _twelve_months()
    assert view.current_preset is Preset.LAST_12_MONTHS
    assert view.period == (start, end)
    totals = taps.totals(start, end)
    total = sum(totals.values())
    text = view.summary_label.text()
    assert f"Total guests: {_number(total)}" in text
    assert f"Open days: {_number(len(totals))}" in text
    assert f"Average per open day: {QLocale().toString(total / len(totals), 'f', 1)}" in text


def test_the_charts_appear_with_their_first_figures_not_before(
    qtbot: QtBot, manager_context: UiContext, taps: Taps
) -> None:
    """Painted once, with data: the page does not paint empty charts in the turn that builds it."""
    widget = StatisticsView(manager_context)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.is_loading and not widget.time_chart.isVisible()
    with qtbot.waitSignal(widget.summary_loaded, timeout=10_000):
        pass
    assert widget.time_chart.isVisible() and widget.time_series.count() > 0
    widget.shutdown()


def test_table_shows_each_day_newest_first_with_categories_and_total(
    qtbot: QtBot, view: StatisticsView, taps: Taps, ops: Operations, qtmodeltester: object
) -> None:
    start, end = _twelve_months()
    model = view.model
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    # Active categories in their order, the retired one counted in the period, no column for
    # the retired one counted only before it.
    assert titles[:2] == ["Date", "Weekday"]
    assert titles[-1] == "Total"
    assert "Guest" in titles and "Visitor" in titles and "Never used" in titles
    fetch_all(qtbot, model, ops)
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Participant (retired)" in titles
    assert not any("Old category" in str(t) for t in titles)

    expected = sorted(taps.totals(start, end).items(), reverse=True)
    assert model.rowCount() == len(expected)
    for row in (0, 1, 2, len(expected) // 2, len(expected) - 1):
        day, total = expected[row]
        assert _cell(view, row, "date", RawValueRole) == day
        assert _cell(view, row, "date") == QLocale().toString(QDate(day), QLocale.FormatType.ShortFormat)
        assert _cell(view, row, "weekday") == day.strftime("%A")
        assert _cell(view, row, "total") == _number(total)
        assert _cell(view, row, f"category_{GUEST}") == _number(taps.counts[day].get(GUEST, 0))
        assert _cell(view, row, f"category_{taps.visitor}") == _number(taps.counts[day].get(taps.visitor, 0))
    participant_day = next(d for d, c in taps.counts.items() if taps.participant in c)
    row = next(r for r, (d, _t) in enumerate(expected) if d == participant_day)
    assert _cell(view, row, f"category_{taps.participant}", RawValueRole) == 3
    assert (
        _cell(view, row, f"category_{GUEST}", RawValueRole) == taps.counts[participant_day][GUEST]
    )  # undone left out
    total_column = model.column_index("total")
    assert model.data(model.index(0, total_column), Qt.ItemDataRole.TextAlignmentRole) == int(
        (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value
    )
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_table_loads_older_days_as_it_is_scrolled(qtbot: QtBot, view: StatisticsView, taps: Taps) -> None:
    view.set_preset(Preset.ALL_DATA)
    qtbot.waitUntil(lambda: not view.is_loading, timeout=10_000)
    view.show()
    qtbot.waitExposed(view)
    model = view.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=5_000)
    first_page = model.rowCount()
    all_days = taps.totals(FIRST, TODAY)
    assert first_page < len(all_days), "only the first window of days is loaded at first"
    assert model.canFetchMore(QModelIndex())

    while not model.at_end:
        with qtbot.waitSignal(model.page_fetched, timeout=5_000):
            view.table.scrollToBottom()
    assert not model.canFetchMore(QModelIndex())
    assert model.rowCount() == len(all_days)
    days = [_cell(view, row, "date", RawValueRole) for row in range(model.rowCount())]
    assert days == sorted(all_days, reverse=True)
    # The long-retired category got its column once its day was loaded.
    old_column = model.column_index(f"category_{taps.old}")
    assert old_column > 0
    assert model.headerData(old_column, Qt.Orientation.Horizontal) == "Old category (retired)"


def test_model_passes_the_tester_while_it_fetches_and_grows_columns(
    qtbot: QtBot, view: StatisticsView, taps: Taps, ops: Operations, qtmodeltester: object
) -> None:
    _reload_to(qtbot, view, lambda: view.set_preset(Preset.ALL_DATA))
    model = view.model
    assert model.canFetchMore(QModelIndex())
    assert model.column_index(f"category_{taps.old}") == -1  # its day is years back
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    fetch_all(qtbot, model, ops)  # the tester watches every insert, rows and columns
    assert model.column_index(f"category_{taps.old}") > 0
    assert model.rowCount() == len(taps.counts)


# --- charts ------------------------------------------------------------------------------------


def test_weekday_chart_shows_the_average_of_each_open_weekday(view: StatisticsView, taps: Taps) -> None:
    start, end = _twelve_months()
    sums: dict[int, list[int]] = defaultdict(list)
    for day, total in taps.totals(start, end).items():
        sums[day.weekday()].append(total)
    expected = {weekday: sum(values) / len(values) for weekday, values in sums.items()}
    assert 5 in expected and 6 not in expected

    shown = view.weekday_values()
    assert list(shown) == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]  # no Sunday: never open
    for label, weekday in zip(shown, range(6), strict=True):
        assert shown[label] == int(expected[weekday] + 0.5)
    assert view.weekday_averages() == [(weekday, pytest.approx(expected[weekday])) for weekday in range(6)]
    bar_set = view.weekday_chart.chart().series()[0].barSets()[0]
    assert [bar_set.at(i) for i in range(bar_set.count())] == list(shown.values())


def test_time_chart_shows_days_or_weeks(qtbot: QtBot, view: StatisticsView, taps: Taps) -> None:
    start, end = _twelve_months()
    totals = taps.totals(start, end)
    assert view.per_day.isChecked()
    assert view.time_points() == [(day, float(total)) for day, total in sorted(totals.items())]
    average_line = view.average_series.points()
    assert average_line and average_line[0].y() == pytest.approx(sum(totals.values()) / len(totals))

    view.show()
    qtbot.waitExposed(view)
    qtbot.mouseClick(view.per_week, Qt.MouseButton.LeftButton)
    assert view.per_week.isChecked()
    weeks: dict[date, int] = defaultdict(int)
    for day, total in totals.items():
        weeks[week_start(day)] += total
    # The week cut by the period's first day would look like a slump: it is left out.
    expected = [(monday, float(total)) for monday, total in sorted(weeks.items()) if monday >= start]
    assert view.time_points() == expected
    assert not view.average_series.isVisible()
    assert view.time_chart_title.text() == "Guests per week"


def test_the_line_breaks_over_closed_periods_but_not_over_weekends(
    qtbot: QtBot, view: StatisticsView, taps: Taps
) -> None:
    start, end = _twelve_months()
    days = sorted(taps.totals(start, end))
    runs = view.time_runs()
    assert len(runs) > 1 and [day for run in runs for day, _total in run] == days
    for run in runs:  # within a run, no weekday without guests is bridged
        for (before, _a), (after, _b) in itertools.pairwise(run):
            between = [before + timedelta(days=n) for n in range(1, (after - before).days)]
            assert all(day.weekday() >= 5 for day in between), (before, after)
    for earlier, later in itertools.pairwise(runs):  # and every break has a closed weekday
        gap = [earlier[-1][0] + timedelta(days=n) for n in range(1, (later[0][0] - earlier[-1][0]).days)]
        assert any(day.weekday() < 5 for day in gap)


def test_the_week_view_labels_weeks_by_their_numbers(qtbot: QtBot, view: StatisticsView, taps: Taps) -> None:
    _reload_to(qtbot, view, lambda: view.set_preset(Preset.LAST_30_DAYS))
    view.resize(1100, 760)
    view.show()
    qtbot.waitExposed(view)
    qtbot.mouseClick(view.per_week, Qt.MouseButton.LeftButton)
    labels = view.axis_labels()
    mondays = [TODAY - timedelta(days=29) + timedelta(days=n) for n in range(30)]
    expected = [f"wk {day.isocalendar().week}" for day in mondays if day.weekday() == 0]
    assert labels == expected
    qtbot.mouseClick(view.per_day, Qt.MouseButton.LeftButton)
    assert not any(label.startswith("wk") for label in view.axis_labels())


def test_long_periods_open_per_week_until_the_user_chooses(qtbot: QtBot, view: StatisticsView) -> None:
    assert view.per_day.isChecked()  # twelve months: every day is readable
    _reload_to(qtbot, view, lambda: view.set_preset(Preset.ALL_DATA))  # 18 months
    assert view.per_week.isChecked()
    assert view.time_chart_title.text() == "Guests per week"
    view.show()
    qtbot.waitExposed(view)
    qtbot.mouseClick(view.per_day, Qt.MouseButton.LeftButton)
    _reload_to(qtbot, view, lambda: view.set_preset(Preset.LAST_30_DAYS))
    _reload_to(qtbot, view, lambda: view.set_preset(Preset.ALL_DATA))
    assert view.per_day.isChecked(), "the user's choice stays"


def test_date_axis_labels_first_days_that_fit() -> None:
    locale = locale_format("en")
    wide = date_ticks(date(2025, 11, 28), date(2026, 11, 27), 1000, lambda text: 8 * len(text) + 16, locale)
    assert [day for day, _label in wide] == [date(2025, 12, 1)] + [date(2026, m, 1) for m in range(1, 12)]
    assert wide[0][1] == "Dec" and wide[1][1] == "Jan 2026" and wide[2][1] == "Feb"
    # With no January in view, the first label carries the year.
    spring = date_ticks(date(2026, 2, 20), date(2026, 6, 30), 300, lambda text: 8 * len(text) + 16, locale)
    assert [label for _day, label in spring] == ["Mar 2026", "Apr", "May", "Jun"]
    narrow = date_ticks(date(2025, 11, 28), date(2026, 11, 27), 300, lambda text: 8 * len(text) + 16, locale)
    assert [day.month for day, _label in narrow] in ([1, 4, 7, 10], [1, 7])
    decade = date_ticks(date(2016, 3, 1), date(2026, 2, 28), 900, lambda text: 8 * len(text) + 16, locale)
    assert [label for _day, label in decade] == [str(year) for year in range(2017, 2027)]
    assert nice_scale(214 * 1.1) == (250, 50)
    assert nice_scale(0) == (5, 1)


def test_norwegian_date_axis_labels_read_the_norwegian_way() -> None:
    norwegian = locale_format("nb")

    def width(text: str) -> float:
        return 8 * len(text) + 16

    weeks = date_ticks(date(2026, 10, 20), date(2026, 11, 30), 600, width, norwegian)
    assert (date(2026, 11, 2), "2. nov.") in weeks
    months = date_ticks(date(2025, 11, 28), date(2026, 11, 27), 1000, width, norwegian)
    assert [label for _day, label in months[:3]] == ["Des.", "Jan. 2026", "Feb."]


# --- changing the period -----------------------------------------------------------------------


def test_choosing_a_period_reloads_figures_table_and_charts(
    qtbot: QtBot, view: StatisticsView, taps: Taps, ops: Operations
) -> None:
    _reload_to(qtbot, view, lambda: view.set_preset(Preset.LAST_30_DAYS))
    start, end = TODAY - timedelta(days=29), TODAY
    assert view.period == (start, end)
    totals = taps.totals(start, end)
    assert f"Total guests: {_number(sum(totals.values()))}" in view.summary_label.text()
    assert f"Open days: {_number(len(totals))}" in view.summary_label.text()
    fetch_all(qtbot, view.model, ops)
    assert view.model.rowCount() == len(totals)
    assert [p[0] for p in view.time_points()] == sorted(totals)

    # Typing a date makes the period custom.
    custom_start, custom_end = TODAY - timedelta(days=200), TODAY - timedelta(days=100)
    _reload_to(qtbot, view, lambda: view.date_from.setDate(QDate(custom_start)))
    assert view.current_preset is Preset.CUSTOM
    _reload_to(qtbot, view, lambda: view.date_to.setDate(QDate(custom_end)))
    totals = taps.totals(custom_start, custom_end)
    assert view.period == (custom_start, custom_end)
    assert f"Total guests: {_number(sum(totals.values()))}" in view.summary_label.text()
    fetch_all(qtbot, view.model, ops)
    assert view.model.rowCount() == len(totals)
    assert _cell(view, 0, "date", RawValueRole) == max(totals)

    # A first day after the last one pulls the last one along.
    _reload_to(qtbot, view, lambda: view.date_from.setDate(QDate(custom_end + timedelta(days=5))))
    assert view.period == (custom_end + timedelta(days=5), custom_end + timedelta(days=5))


def test_refresh_shows_guests_counted_since_the_view_opened(
    qtbot: QtBot, view: StatisticsView, app_services: AppServices, taps: Taps, ops: Operations
) -> None:
    start, end = _twelve_months()
    before = sum(taps.totals(start, end).values())
    assert f"Total guests: {_number(before)}" in view.summary_label.text()
    with db_session(app_services, write=True) as session:
        session.execute(insert(GuestTap.__table__), [_tap(TODAY, GUEST, 1), _tap(TODAY, GUEST, 2)])
    view.show()
    qtbot.waitExposed(view)
    _reload_to(qtbot, view, lambda: qtbot.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton))
    assert f"Total guests: {_number(before + 2)}" in view.summary_label.text()
    if view.model.rowCount() == 0:  # not shown long enough for the view to ask yet
        view.model.fetchMore(QModelIndex())
    settle(qtbot, ops)
    assert _cell(view, 0, "date", RawValueRole) == TODAY
    assert _cell(view, 0, "total", RawValueRole) == sum(taps.counts.get(TODAY, {}).values()) + 2


def test_a_summary_for_an_old_period_is_dropped(
    qtbot: QtBot, view: StatisticsView, manager_context: UiContext, taps: Taps
) -> None:
    loaded: list[str] = []
    view.summary_loaded.connect(lambda: loaded.append(view.summary_label.text()))
    view.set_preset(Preset.LAST_YEAR)
    view.reload()  # its summary is on its way ...
    view.set_preset(Preset.LAST_30_DAYS)  # ... when the period changes
    view.reload()
    settle(qtbot, manager_context.ops)  # both answers have arrived
    assert not view.is_loading
    totals = taps.totals(TODAY - timedelta(days=29), TODAY)
    assert len(loaded) == 1
    assert f"Total guests: {_number(sum(totals.values()))}" in loaded[0]
    assert view.summary_label.text() == loaded[0]


def test_a_period_without_guests_says_so(qtbot: QtBot, view: StatisticsView) -> None:
    _reload_to(qtbot, view, lambda: view.set_period(FIRST - timedelta(days=60), FIRST - timedelta(days=30)))
    assert view.summary_label.text() == "No guests were counted in this period."
    assert view.model.rowCount() == 0 and not view.model.canFetchMore(QModelIndex())
    assert view.time_points() == []
    assert list(view.weekday_values().values()) == [0.0] * 5


# --- the monthly report ------------------------------------------------------------------------


def test_monthly_report_is_rendered_off_the_gui_thread_and_previewed(
    qtbot: QtBot, view: StatisticsView, taps: Taps, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_message_box(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected message box: {args}")

    monkeypatch.setattr(QMessageBox, "warning", no_message_box)
    qtbot.mouseClick(view.report_button, Qt.MouseButton.LeftButton)
    picker = view.findChild(MonthPickerDialog, "monthPickerDialog")
    assert picker is not None and picker.isVisible()
    month = previous_month(TODAY)
    assert picker.month() == month
    ok = picker.findChild(QPushButton, "monthPickerOk")
    assert ok is not None and ok.isEnabled()
    with qtbot.waitSignal(view.report_opened, timeout=30_000) as opened:
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    preview = opened.args[0]
    assert isinstance(preview, PdfPreviewDialog)
    assert preview.objectName() == "pdfPreviewDialog" and preview.isVisible()
    assert preview.windowTitle() == f"Guest report {month:%B %Y}"
    assert view.report_button.isEnabled()

    reader = PdfReader(str(preview.path))
    assert preview.page_count == len(reader.pages) >= 1
    text = "".join(page.extract_text() for page in reader.pages)
    assert f"Guest report {month:%B %Y}" in text
    month_total = sum(
        sum(c.values()) for d, c in taps.counts.items() if (d.year, d.month) == (month.year, month.month)
    )
    assert f"{month_total:,}" in text
    qtbot.waitUntil(lambda: _has_ink(preview.view.viewport().grab().toImage()), timeout=10_000)
    save_screenshot(preview, "statistics_monthly_report_preview")

    preview.close()
    view.shutdown()
    assert not preview.path.exists(), "the rendered reports are removed with the view"


def test_month_picker_does_not_offer_months_that_have_not_begun(qtbot: QtBot) -> None:
    picker = MonthPickerDialog(date(2026, 10, 1), date(2024, 3, 5), date(2026, 11, 27))
    qtbot.addWidget(picker)
    ok = picker.findChild(QPushButton, "monthPickerOk")
    assert ok is not None and ok.isEnabled()
    picker.set_month(date(2026, 12, 1))
    assert not ok.isEnabled()
    assert picker.hint.isVisibleTo(picker)
    picker.set_month(date(2026, 11, 1))  # the month in progress is fine
    assert ok.isEnabled()
    assert picker.year_spin.minimum() == 2024 and picker.year_spin.maximum() == 2026


def test_cancelling_the_report_is_quiet(
    qtbot: QtBot, view: StatisticsView, manager_context: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_message_box(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected message box: {args}")

    monkeypatch.setattr(QMessageBox, "warning", no_message_box)
    opened: list[object] = []
    view.report_opened.connect(opened.append)
    task = view.render_monthly_report(previous_month(TODAY))
    task.cancel()
    settle(qtbot, manager_context.ops, timeout=30_000)
    assert view.report_button.isEnabled()
    assert opened == []
    folder = Path(view._reports_dir.name) if view._reports_dir else None
    assert folder is not None
    assert not list(folder.rglob("*.pdf")), "nothing under a final name after a cancel"


def test_a_view_deleted_while_loading_is_left_alone(
    qtbot: QtBot, manager_context: UiContext, taps: Taps
) -> None:
    """Logging out shuts the view down and deletes it, while its summary and a monthly report
    are still on their way: they must arrive to nothing, and no report may open."""
    window = QWidget()  # the main window, which outlives the views in it
    qtbot.addWidget(window)
    view = StatisticsView(manager_context, window)
    QVBoxLayout(window).addWidget(view)
    window.show()
    qtbot.waitExposed(window)
    view.render_monthly_report(previous_month(TODAY))
    view.shutdown()
    view.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(view), timeout=5_000)
    settle(qtbot, manager_context.ops, timeout=30_000)  # the late results arrive to nothing
    assert window.findChild(PdfPreviewDialog) is None
    qtbot.waitUntil(lambda: window.findChild(QProgressDialog) is None, timeout=5_000)


# --- a picture for people ----------------------------------------------------------------------


def test_screenshot(qtbot: QtBot, view: StatisticsView) -> None:
    view.resize(1070, 720)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=5_000)
    path = save_screenshot(view, "statistics_view")
    assert path.stat().st_size > 10_000
