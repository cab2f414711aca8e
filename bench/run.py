"""Benchmarks: prints medians (and ratios) for the targets in issue #2.

    uv run python bench/generate.py          # once: ten years of taps, 2,000 participants
    uv run python bench/run.py [--db URL] [--runs 7]

Figures (all medians over --runs repetitions unless said otherwise):
- start-up: process start until the main window is shown, for `main.py --self-test` and for a
  bare PySide6 window started the same way in the same run (ratio app/bare); also until the
  app is ready (database open, kiosk screen built);
- tap-to-commit latency of the kiosk's write (median and 99th percentile);
- statistics view open on ten years (constructor + first paint), and until its charts loaded;
- participant list open and search on 2,000 participants (until the rows are on screen);
- monthly PDF report render;
- the longest the GUI thread was blocked while a kiosk was being tapped fast, and while the
  monthly report rendered in the background;
- peak memory (max RSS) of a session that opens every view and renders a report.
No figure here is asserted anywhere: these machines are shared and noisy; compare medians.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CANTEEN_DATA_DIR", tempfile.mkdtemp(prefix="canteen-bench-"))

from bench.generate import DEFAULT_DB, default_url  # noqa: E402


def median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:7.1f} ms"


def percentile(samples: list[float], pct: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


# --- start-up, in fresh processes ----------------------------------------------------------


def _time_until(command: list[str], marker: str) -> tuple[float, list[tuple[float, str]]]:
    """Seconds from launching `command` until it prints a line containing `marker`."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    lines: list[tuple[float, str]] = []
    assert process.stdout is not None
    for line in process.stdout:
        lines.append((time.perf_counter() - started, line.strip()))
    process.wait(timeout=120)
    if process.returncode != 0:
        raise RuntimeError(f"{command} exited {process.returncode}: {lines}")
    hit = next((t for t, text in lines if marker in text), None)
    if hit is None:
        raise RuntimeError(f"{command} never printed {marker!r}: {lines}")
    return hit, lines


def precompile_project() -> None:
    """An installed copy has bytecode for its own modules; this checkout may not (for example
    when PYTHONDONTWRITEBYTECODE is set), and compiling on every start would skew the figure."""
    import compileall

    for package in ("canteen_app", "ui"):
        compileall.compile_dir(str(ROOT / package), quiet=1)


def bench_startup(url: str, runs: int) -> None:
    precompile_project()
    python = sys.executable
    bare, shown, ready = [], [], []
    for _ in range(runs):  # interleaved, so both see the same machine load
        bare.append(_time_until([python, "bench/bare_window.py"], "window shown")[0])
        t_shown, lines = _time_until([python, "main.py", "--self-test", "--db", url], "main window shown")
        shown.append(t_shown)
        ready.append(next(t for t, text in lines if "self-test ok" in text))
    ratio = statistics.median(shown) / statistics.median(bare)
    print(f"start-up, bare PySide6 window shown      {median_ms(bare)}")
    print(
        f"start-up, canteen-app main window shown  {median_ms(shown)}   ratio {ratio:.2f}x bare (target 1.5x)"
    )
    print(f"start-up, canteen-app ready (kiosk data) {median_ms(ready)}")


# --- in-process measurements -----------------------------------------------------------------


def bench_taps(services: object, samples: int) -> None:
    from canteen_app.app import AppServices
    from ui.common.context import kiosk_actor

    assert isinstance(services, AppServices)
    actor = kiosk_actor()
    latencies = []
    for _ in range(samples):
        started = time.perf_counter()
        services.guests.record_tap(actor, 1, "bench-kiosk")
        latencies.append(time.perf_counter() - started)
        services.guests.undo_last_tap(actor, "bench-kiosk")  # keep the data set unchanged
    print(
        f"tap-to-commit ({services.db.backend}, {samples} taps)    {median_ms(latencies)}   "
        f"p99 {percentile(latencies, 99) * 1000:.1f} ms (target median < 10 ms)"
    )


class GuiClock:
    """Measures the longest gap between ticks of a 5 ms timer on the GUI thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer()
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
        self._timer.stop()
        return self.longest


def wait_until(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    """Run the Qt event loop until `condition` holds (QEventLoop, not processEvents)."""
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("condition not met")
        loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)


def bench_views(services: object, runs: int) -> None:
    from canteen_app.access import Role
    from canteen_app.app import AppServices
    from ui.canteen.statistics import StatisticsView
    from ui.common.context import UiContext, kiosk_actor
    from ui.common.tasks import TaskRunner
    from ui.training.participants import ParticipantsView

    assert isinstance(services, AppServices)
    tasks = TaskRunner()
    admin = services.auth.login("Bench Admin", "246810")
    assert admin.role is Role.ADMIN

    def context(actor: object) -> UiContext:
        return UiContext(services, actor, tasks, "bench-kiosk", "nb", "Kantina", kiosk_mode=False)  # type: ignore[arg-type]

    opened, charted = [], []
    for _ in range(runs):
        started = time.perf_counter()
        view = StatisticsView(context(admin))
        view.resize(1280, 800)
        view.show()
        wait_until(lambda v=view: v.isVisible())
        opened.append(time.perf_counter() - started)
        wait_until(lambda v=view: not v.is_loading)
        charted.append(time.perf_counter() - started)
        view.shutdown()
        view.deleteLater()
    print(f"statistics view open (10 years)          {median_ms(opened)}   (target < 300 ms)")
    print(f"statistics view charts loaded            {median_ms(charted)}   (off the GUI thread)")

    list_open, searched = [], []
    for _ in range(runs):
        started = time.perf_counter()
        view = ParticipantsView(context(admin))
        view.resize(1280, 800)
        view.show()
        wait_until(lambda v=view: v.model.rowCount() > 0 and not v.model.is_loading)
        list_open.append(time.perf_counter() - started)
        started = time.perf_counter()
        view.model.set_search("ahmed ali")  # what the debounced search box does
        wait_until(lambda v=view: not v.model.is_loading and v.model.search == "ahmed ali")
        searched.append(time.perf_counter() - started)
        assert view.model.rowCount() > 0
        view.shutdown()
        view.deleteLater()
    print(f"participant list open (2,000)            {median_ms(list_open)}   (target < 300 ms)")
    print(f"participant search (2,000)               {median_ms(searched)}   (+250 ms typing pause)")
    tasks.wait_for_all()
    _ = kiosk_actor


def bench_report(services: object, runs: int) -> None:
    from canteen_app.app import AppServices
    from canteen_app.core.dates import add_months
    from ui.common.context import kiosk_actor

    assert isinstance(services, AppServices)
    admin = services.auth.login("Bench Admin", "246810")
    month = add_months(date.today().replace(day=1), -1)
    out = Path(tempfile.mkdtemp()) / "report.pdf"
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        services.reports.render_guest_month(admin, month, "nb", out)
        times.append(time.perf_counter() - started)
    print(f"monthly PDF render                       {median_ms(times)}   ({out.stat().st_size // 1024} KB)")
    _ = kiosk_actor


def bench_gui_blocking(services: object) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QPushButton

    from canteen_app.app import AppServices
    from canteen_app.core.dates import add_months
    from ui.canteen.kiosk import KioskView
    from ui.common.context import UiContext, kiosk_actor
    from ui.common.tasks import TaskRunner

    assert isinstance(services, AppServices)
    tasks = TaskRunner()
    context = UiContext(services, kiosk_actor(), tasks, "bench-kiosk-gui", "nb", "Kantina", kiosk_mode=True)
    view = KioskView(context)
    view.resize(1280, 800)
    view.show()
    button = view.findChild(QPushButton, "kioskAddGuestButton")
    clock = GuiClock()
    clicks = {"left": 200}

    def click() -> None:
        if clicks["left"] > 0:
            clicks["left"] -= 1
            button.click()
            QTimer.singleShot(15, click)  # a fast-tapping person: ~65 taps a second

    clock.start()
    click()
    wait_until(lambda: clicks["left"] == 0 and view.pending_writes == 0)
    counting = clock.stop()
    for _ in range(200):
        view.undo()
    wait_until(lambda: view.pending_writes == 0)
    view.shutdown()

    admin = services.auth.login("Bench Admin", "246810")
    out = Path(tempfile.mkdtemp()) / "report.pdf"
    month = add_months(date.today().replace(day=1), -1)
    done: list[object] = []
    clock.start()
    tasks.run(lambda _p: services.reports.render_guest_month(admin, month, "nb", out), done.append)
    wait_until(lambda: bool(done))
    rendering = clock.stop()
    print(f"GUI thread longest block, fast counting  {counting * 1000:7.1f} ms   (target < 50 ms)")
    print(f"GUI thread longest block, PDF rendering  {rendering * 1000:7.1f} ms   (target < 50 ms)")


def _rss_mb() -> float:
    """Peak resident memory of this process so far, in MB.

    Linux's VmHWM belongs to the process image, while ru_maxrss survives fork and exec and
    would report the parent's peak for a child started by the bench.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def peak_memory_session(url: str) -> None:
    """Runs in its own process: a whole working session, then prints the peak RSS."""
    from PySide6.QtWidgets import QApplication

    from canteen_app.app import open_app
    from canteen_app.core.dates import add_months
    from ui.shell.main_window import MainWindow, Station

    app = QApplication(sys.argv[:1])
    services = open_app(url)
    window = MainWindow(Station("bench-pc", "nb", kiosk_mode=False), services)
    window.show()
    steps = [("started", _rss_mb())]
    admin = services.auth.login("Bench Admin", "246810")
    window.enter_workspace(admin)
    assert window.workspace is not None
    for key in window.workspace.page_keys:
        view = window.workspace.open_page(key)
        wait_until(lambda v=view: not getattr(v, "is_loading", False))
        steps.append((key, _rss_mb()))
    month = add_months(date.today().replace(day=1), -1)
    services.reports.render_guest_month(admin, month, "nb", Path(tempfile.mkdtemp()) / "r.pdf")
    steps.append(("report", _rss_mb()))
    window.close()
    services.close()
    del app
    growth = ", ".join(f"{name} {mb:.0f}" for name, mb in steps)
    print(f"peak memory (max RSS) of a full session  {_rss_mb():7.1f} MB   (target < 250 MB; {growth})")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--db", help="database URL made by bench/generate.py (default: bench/data/bench.sqlite3)"
    )
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--only", choices=["startup", "taps", "views", "report", "blocking", "memory"])
    parser.add_argument("--memory-session", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    url = args.db or default_url()
    if args.db is None and not DEFAULT_DB.exists():
        raise SystemExit("No benchmark database: run `uv run python bench/generate.py` first.")
    if args.memory_session:
        peak_memory_session(url)
        return
    print(
        f"database: {url}   runs: {args.runs}   "
        f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}"
    )
    chosen = args.only
    if chosen in (None, "startup"):
        bench_startup(url, args.runs)
    if chosen in (None, "taps", "views", "report", "blocking"):
        from PySide6.QtWidgets import QApplication

        from canteen_app.app import open_app

        app = QApplication.instance() or QApplication(sys.argv[:1])
        services = open_app(url)
        if chosen in (None, "taps"):
            bench_taps(services, max(200, 40 * args.runs))
        if chosen in (None, "views"):
            bench_views(services, args.runs)
        if chosen in (None, "report"):
            bench_report(services, args.runs)
        if chosen in (None, "blocking"):
            bench_gui_blocking(services)
        services.close()
        _ = app
    if chosen in (None, "memory"):
        subprocess.run([sys.executable, __file__, "--db", url, "--memory-session"], check=True)


if __name__ == "__main__":
    main()
