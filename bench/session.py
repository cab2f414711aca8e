"""One benchmark scenario in a fresh process, driving the real program; prints one JSON line.

    python bench/session.py {taps,kiosk,statistics,memory} --db URL [--samples N]

`bench/run.py` runs these (several times, in fresh processes, so that whatever users meet
cold is measured cold) and prints the medians. The program is started with
`ui.shell.app.launch`, exactly as `canteen-app` starts it, and driven through its widgets;
waits are on the program's own signals and paint events (a 1 ms check timer only ends a
wait, it never stamps a time).

- taps:       tap-to-commit (the kiosk lane's action, `AppServices.write(record_tap)`) next
              to a raw durable SQLite commit of the same row (one INSERT + COMMIT into the
              same table of the same file, WAL, synchronous=FULL, the standard sqlite3
              module), interleaved.
- kiosk:      the kiosk PC: tap-to-screen (click -> the new count painted) and tap-to-saved
              (click -> the database's answer applied on screen), one tap at a time; then the
              longest GUI-thread block while tapping fast (~65 taps a second).
- statistics: a manager's PC: "Log in" pressed on the real login page until the home page,
              the statistics, has painted its chart (the PIN check at its real settings, the
              page's import, build, default period); then "All data" over ten years (until
              painted), then the monthly report (cold, then warm) until its preview is open.
              The longest GUI-thread block during each, counted until the page has settled
              (SETTLE_MS after the paint); the report is asked for once the page has settled,
              as a person would.
- memory:     a whole admin session through the real login page (argon2 at its real
              settings), every page, ten years of statistics, a monthly report, then the
              report again in its preview (QtPdf); peak RSS before and after the preview.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QLabel, QPushButton, QWidget  # noqa: E402

BENCH_DEVICE = "bench-kiosk"


# --- waiting and clocks ------------------------------------------------------------------------


def wait_for(condition: Callable[[], bool], timeout: float = 120.0) -> None:
    """Run the event loop until `condition()` holds."""
    if condition():
        return
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(1)
    check.timeout.connect(lambda: condition() and loop.quit())
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(loop.quit)
    check.start()
    give_up.start(int(timeout * 1000))
    loop.exec()
    check.stop()
    give_up.stop()
    if not condition():
        raise TimeoutError("the program did not get there in time")


def pause(msecs: int) -> None:
    """Let the event loop run for a while (between single taps, as a person would)."""
    loop = QEventLoop()
    QTimer.singleShot(msecs, loop.quit)
    loop.exec()


class PaintStamp(QObject):
    """The moment `widget` is next painted."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.at: float | None = None
        self._widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.at is None and event.type() == QEvent.Type.Paint:
            self.at = time.perf_counter()
            self._widget.removeEventFilter(self)
        return False


class GuiClock(QObject):
    """The longest gap between ticks of a 5 ms timer on the GUI thread: how long the event
    loop could not run (paint, take a touch) at its worst. Includes the timer's own 5 ms."""

    def __init__(self) -> None:
        super().__init__()
        self.longest = 0.0
        self._last = 0.0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def start(self) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        self._tick()
        self._timer.stop()
        return self.longest


def peak_rss_mb(field: str = "VmHWM") -> float:
    """Peak resident memory of this process so far (Linux VmHWM), in MB; or, with
    field="VmRSS", what it holds now."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {field} in /proc/self/status")


# --- the program -------------------------------------------------------------------------------


def start_program(url: str, *args: str, clock: GuiClock | None = None) -> Any:
    """`canteen-app --db URL ARGS`, up to the point where the database is open (with a
    `clock`: started as soon as the event loop could run, i.e. when the window is shown)."""
    from ui.shell.app import launch

    started = launch(["--db", url, *args])
    if clock is not None:
        clock.start()
    wait_for(lambda: started.up)
    return started


def stop_program(started: Any) -> None:
    started.window.close()
    started.close()


def services_of(started: Any) -> Any:
    return started.startup.services


def kiosk_view(started: Any) -> Any:
    workspace = started.window.workspace
    wait_for(lambda: workspace.view("kiosk") is not None and workspace.view("kiosk").is_loaded)
    return workspace.view("kiosk")


def log_in(started: Any, name: str, pin: str) -> None:
    """Through the real login page: choose the name, type the PIN, press Log in."""
    page = started.window.login_page
    wait_for(lambda: page.name_combo.findText(name) >= 0)
    page.name_combo.setCurrentText(name)
    page.pin_edit.setText(pin)
    page.login_button.click()
    wait_for(lambda: started.window.workspace is not None)


# --- scenarios ---------------------------------------------------------------------------------


def scenario_taps(url: str, samples: int) -> dict[str, Any]:
    from canteen_app.app import open_app
    from ui.common.context import kiosk_actor

    services = open_app(url)
    actor = kiosk_actor()
    category = next(c.id for c in services.guests.categories(actor.site_id) if c.is_default)

    def tap() -> None:
        services.write(lambda app: app.guests.record_tap(actor, category, BENCH_DEVICE))

    raw = RawCommit(url) if url.startswith("sqlite") else None
    taps, raws = [], []
    try:
        for sample in range(samples):
            actions: list[tuple[list[float], Callable[[], None]]] = [(taps, tap)]
            if raw is not None:  # alternate the order, so neither side always goes first
                actions.insert(sample % 2, (raws, raw.commit_one))
            for times, action in actions:
                started = time.perf_counter()
                action()
                times.append(time.perf_counter() - started)
    finally:
        if raw is not None:
            raw.close()
        services.close()
        forget_bench_taps(url)
    return {"tap_commit": taps, "raw_commit": raws}


class RawCommit:
    """The floor under tap-to-commit: the same row written the plainest durable way, one INSERT
    + COMMIT with the standard sqlite3 module, WAL and synchronous=FULL, into the same table
    (with its indexes) of the same database file, so on the same disk."""

    def __init__(self, url: str) -> None:
        self.connection = sqlite3.connect(url.split("///", 1)[1], isolation_level=None)
        self.connection.execute("PRAGMA journal_mode=WAL")
        self.connection.execute("PRAGMA synchronous=FULL")

    def commit_one(self) -> None:
        self.connection.execute("BEGIN")
        self.connection.execute(
            "INSERT INTO guest_taps (site_id, category_id, tapped_at, service_date, device)"
            " VALUES (1, 1, ?, ?, ?)",
            (datetime.now(UTC).replace(tzinfo=None).isoformat(" "), date.today().isoformat(), BENCH_DEVICE),
        )
        self.connection.execute("COMMIT")

    def close(self) -> None:
        self.connection.close()


def forget_bench_taps(url: str) -> None:
    """Remove the benchmark's own taps, so every run meets the same data."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM guest_taps WHERE device = :device"), {"device": BENCH_DEVICE})
    engine.dispose()


def scenario_kiosk(url: str, samples: int) -> dict[str, Any]:
    clock = GuiClock()
    started = start_program(url, "--kiosk", clock=clock)
    kiosk = kiosk_view(started)
    startup_block = clock.stop()
    button = kiosk.findChild(QPushButton, "kioskAddGuestButton")
    total = kiosk.findChild(QLabel, "kioskTodayTotal")
    saved_at: list[float] = []

    def on_counts(_total: int) -> None:
        if kiosk.pending_writes == 0:
            saved_at.append(time.perf_counter())

    kiosk.counts_changed.connect(on_counts)
    to_screen, to_saved = [], []
    for _ in range(samples):
        pause(30)
        saved_at.clear()
        painted = PaintStamp(total)
        clicked = time.perf_counter()
        button.click()
        wait_for(lambda p=painted: p.at is not None and bool(saved_at))
        assert painted.at is not None
        to_screen.append(painted.at - clicked)
        to_saved.append(saved_at[0] - clicked)

    fast_taps, left = 200, [200]

    def next_tap() -> None:
        if left[0] > 0:
            left[0] -= 1
            button.click()
            QTimer.singleShot(15, next_tap)  # a fast-tapping person: ~65 taps a second

    clock.start()
    first = time.perf_counter()
    next_tap()
    wait_for(lambda: left[0] == 0 and kiosk.pending_writes == 0)
    all_saved = time.perf_counter() - first
    tapping_block = clock.stop()
    stop_program(started)
    forget_bench_taps(url)
    return {
        "tap_to_screen": to_screen,
        "tap_to_saved": to_saved,
        "block_fast_tapping": tapping_block,
        "fast_taps": fast_taps,
        "fast_taps_all_saved": all_saved,
        "block_startup": startup_block,
    }


# After a page is on screen: long enough for it to finish what it does after its first paint
# (the table's rows), and about the shortest time a person takes to reach the next button.
SETTLE_MS = 500


def scenario_statistics(url: str, samples: int) -> dict[str, Any]:
    from canteen_app.core.dates import add_months

    started = start_program(url)
    page = started.window.login_page
    wait_for(lambda: page.name_combo.findText("Bench Manager") >= 0)
    page.name_combo.setCurrentText("Bench Manager")
    page.pin_edit.setText("1234")
    clock = GuiClock()
    clock.start()
    opened = time.perf_counter()
    page.login_button.click()  # the PIN check, then the home page: the statistics
    wait_for(lambda: started.window.workspace is not None)
    view = started.window.workspace.view("statistics")
    stats_open = _until_chart_painted(view) - opened
    pause(SETTLE_MS)  # the block counts until the page has settled, table and all
    block_open = clock.stop()

    from ui.canteen.statistics import Preset

    clock.start()
    chosen = time.perf_counter()
    view.set_preset(Preset.ALL_DATA)  # what choosing "All data" in the list does
    all_data = _until_chart_painted(view) - chosen
    pause(SETTLE_MS)
    block_all_data = clock.stop()
    days = (view.period[1] - view.period[0]).days + 1

    month = add_months(date.today().replace(day=1), -1)
    reports, report_blocks = [], []
    for _ in range(max(2, samples)):
        clock.start()
        reports.append(show_report(view, month))
        report_blocks.append(clock.stop())
    stop_program(started)
    return {
        "statistics_open": stats_open,
        "statistics_all_data": all_data,
        "all_data_days": days,
        "block_statistics_open": block_open,
        "block_statistics_all_data": block_all_data,
        "report_cold": reports[0],
        "report_warm": reports[1:],
        "block_report_cold": report_blocks[0],
        "block_report_warm": max(report_blocks[1:]),
    }


def show_report(view: Any, month: date) -> float:
    """Ask the statistics page for a monthly report; seconds until its preview was painted.
    The preview is closed again (deleted, as a user's close would)."""
    stamps: list[PaintStamp] = []
    dialogs: list[Any] = []

    def opened(dialog: Any) -> None:
        dialogs.append(dialog)
        stamps.append(PaintStamp(dialog))  # before the event loop gets to paint it

    view.report_opened.connect(opened)
    asked = time.perf_counter()
    view.render_monthly_report(month)
    wait_for(lambda: bool(stamps) and stamps[0].at is not None)
    view.report_opened.disconnect(opened)
    dialogs[0].close()
    painted_at = stamps[0].at
    assert painted_at is not None
    return painted_at - asked


def _until_chart_painted(view: Any) -> float:
    """When the time chart was first painted after the view's figures were loaded."""
    wait_for(lambda: view.isVisible() and not view.is_loading)
    painted = PaintStamp(view.time_chart.viewport())
    view.time_chart.viewport().update()  # a period with the same picture would not repaint
    wait_for(lambda: painted.at is not None)
    assert painted.at is not None
    return painted.at


def scenario_memory(url: str, samples: int) -> dict[str, Any]:
    from canteen_app.core.dates import add_months
    from ui.canteen.statistics import Preset

    started = start_program(url)
    steps = [step("up")]
    log_in(started, "Bench Admin", "246810")
    steps.append(step("login"))
    workspace = started.window.workspace
    for key in workspace.page_keys:
        view = workspace.open_page(key)
        wait_for(lambda v=view: not getattr(v, "is_loading", False))
        steps.append(step(key))
    statistics = workspace.open_page("statistics")
    statistics.set_preset(Preset.ALL_DATA)
    wait_for(lambda: not statistics.is_loading)
    steps.append(step("all data"))
    month = add_months(date.today().replace(day=1), -1)
    admin, out = workspace.context.actor, Path(tempfile.mkdtemp()) / "report.pdf"
    rendered: list[Path] = []
    started.window.ops.render(  # the statistics page's own way, without its preview
        started.window,
        "bench",
        lambda app, progress: app.statistics.render_guest_month(admin, month, "nb", out, progress),
        rendered.append,
    )
    wait_for(lambda: bool(rendered))
    steps.append(step("report"))
    show_report(statistics, month)
    pause(100)
    steps.append(step("preview"))
    stop_program(started)
    before_preview = next(peak for name, peak, _now in steps if name == "report")
    return {"peak_rss_mb": peak_rss_mb(), "peak_before_preview_mb": before_preview, "steps": steps}


def step(name: str) -> tuple[str, float, float]:
    """A step of a session: its name, the peak memory so far and the memory held now (MB)."""
    return name, peak_rss_mb(), peak_rss_mb("VmRSS")


SCENARIOS = {
    "taps": scenario_taps,
    "kiosk": scenario_kiosk,
    "statistics": scenario_statistics,
    "memory": scenario_memory,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("scenario", choices=sorted(SCENARIOS))
    parser.add_argument("--db", required=True)
    parser.add_argument("--samples", type=int, default=30)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="canteen-bench-"))
    os.environ["CANTEEN_DATA_DIR"] = str(folder)
    (folder / "preferences.json").write_text(json.dumps({"language": "nb", "device_name": BENCH_DEVICE}))
    result = SCENARIOS[args.scenario](args.db, args.samples)
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
