"""The benchmark: every figure next to its floor, measured in the same run, as medians.

    uv run python bench/generate.py                  # once: ten years of taps, 2,000 participants
    uv run python bench/run.py [--db URL] [--runs 7] [--only startup|taps|kiosk|statistics|memory]

What each figure times (see docs/performance.md for the results and what changed):

start-up, in fresh processes, the app and its floors interleaved run by run, timed by this
script from launch (so interpreter start and imports count):
- ready:          `main.py --self-test --db URL` until it says the kiosk's counts from the
                  database have been painted and the login can be used;
  ready-floor:    `bench/ready_floor.py`: a bare PySide6 window that opens the SQLite file with
                  the standard library and paints today's count;
- up:             the same self-test until the services are open behind the kiosk (a tap
                  commits through SQLAlchemy, the login list is read);
- whole process:  the self-test from launch to exit, next to `bench/bare_window.py` (a bare
                  window shown, then exit); the bare window plus `import sqlalchemy.orm` is
                  printed for reference.
in `bench/session.py` processes (each scenario in a fresh process, the real program):
- tap-to-commit next to a raw durable SQLite commit on the same disk, interleaved;
- tap-to-screen and tap-to-saved through the real kiosk;
- the statistics page opened cold, then "All data" over ten years, until painted;
- the monthly report, cold and warm, until its preview is open;
- the longest GUI-thread block while tapping fast, opening the statistics, choosing all data
  and rendering the report;
- peak memory (VmHWM) of a whole admin session.
Nothing here is asserted by the test suite: these machines are shared and noisy.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.generate import DEFAULT_DB, default_url  # noqa: E402

PYTHON = sys.executable


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.2f} ms"


def median(samples: Sequence[float]) -> float:
    return statistics.median(samples)


def line(label: str, value: float, floor: float | None = None, target: str = "") -> None:
    ratio = f"   {value / floor:5.2f}x floor" if floor else ""
    print(f"  {label:<46}{ms(value)}{ratio}{f'   (target {target})' if target else ''}")


# --- start-up ------------------------------------------------------------------------------------


def timed_process(command: list[str], markers: Sequence[str] = ()) -> dict[str, float]:
    """Seconds from launch until each marker's line appeared, and until the process ended."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CANTEEN_DATA_DIR": tempfile.mkdtemp()}
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert process.stdout is not None
    times: dict[str, float] = {}
    for text in process.stdout:
        for marker in markers:
            if marker in text and marker not in times:
                times[marker] = time.perf_counter() - started
    process.wait(timeout=120)
    times["exit"] = time.perf_counter() - started
    missing = [marker for marker in markers if marker not in times]
    if process.returncode != 0 or missing:
        raise RuntimeError(f"{command} exited {process.returncode}, never said {missing}")
    return times


def precompile_project() -> None:
    """An installed copy has bytecode for its own modules; a checkout run with
    PYTHONDONTWRITEBYTECODE=1 would compile them on every start and skew the figures."""
    for folder in ("canteen_app", "ui", "bench"):
        compileall.compile_dir(str(ROOT / folder), quiet=1)


def bench_startup(url: str, runs: int) -> None:
    precompile_project()
    sqlite_file = url.split("///", 1)[1] if url.startswith("sqlite") else None
    runs_of: dict[str, list[float]] = {
        k: [] for k in ("floor", "ready", "up", "app", "bare", "bare_sqlalchemy", "floor_exit")
    }
    for _ in range(runs):  # interleaved, so that every side sees the same machine load
        if sqlite_file:
            floor = timed_process([PYTHON, "bench/ready_floor.py", sqlite_file], ["ready"])
            runs_of["floor"].append(floor["ready"])
            runs_of["floor_exit"].append(floor["exit"])
        app = timed_process([PYTHON, "main.py", "--self-test", "--db", url], ["ready after", "self-test ok"])
        runs_of["ready"].append(app["ready after"])
        runs_of["up"].append(app["self-test ok"])
        runs_of["app"].append(app["exit"])
        runs_of["bare"].append(timed_process([PYTHON, "bench/bare_window.py"])["exit"])
        runs_of["bare_sqlalchemy"].append(
            timed_process([PYTHON, "bench/bare_window.py", "--with-sqlalchemy"])["exit"]
        )
    m = {key: median(values) for key, values in runs_of.items() if values}
    print(f"start-up, from launch (fresh processes, median of {runs}):")
    if sqlite_file:
        line("ready-floor: bare window + sqlite3 + today's count", m["floor"])
        line("ready: kiosk counts painted, login usable", m["ready"], m["floor"], "3x")
        line("up: services open behind the kiosk", m["up"], m["floor"])
    else:
        line("ready: kiosk counts painted, login usable", m["ready"])
        line("up: services open behind the kiosk", m["up"])
    line("bare window process (launch to exit)", m["bare"])
    line("whole --self-test process (launch to exit)", m["app"], m["bare"], "3x")
    line("  reference: bare window + import sqlalchemy.orm", m["bare_sqlalchemy"], m["bare"])


# --- scenarios in their own processes ----------------------------------------------------------


def run_scenario(name: str, url: str, samples: int) -> dict[str, Any]:
    result = subprocess.run(
        [PYTHON, "bench/session.py", name, "--db", url, "--samples", str(samples)],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    if result.returncode != 0:
        raise RuntimeError(f"session {name} failed:\n{result.stderr[-3000:]}")
    answer: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return answer


def percentile(samples: Sequence[float], pct: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def bench_taps(url: str, runs: int) -> None:
    taps: list[float] = []
    raws: list[float] = []
    ratios = []
    for _ in range(runs):
        result = run_scenario("taps", url, 60)
        taps += result["tap_commit"]
        raws += result["raw_commit"]
        if result["raw_commit"]:
            ratios.append(median(result["tap_commit"]) / median(result["raw_commit"]))
    print(f"taps ({len(taps)} taps in {runs} processes):")
    if raws:
        line("raw durable commit: sqlite3 INSERT+COMMIT, WAL, FULL", median(raws))
        line("tap-to-commit: AppServices.write(record_tap)", median(taps), median(raws), "2x")
        print(
            f"  {'':<46}p90 {percentile(taps, 90) * 1000:.1f} ms tap, {percentile(raws, 90) * 1000:.1f} ms"
            f" raw; ratio per process {min(ratios):.2f}-{max(ratios):.2f}x"
        )
    else:
        line("tap-to-commit: AppServices.write(record_tap)", median(taps))


def bench_kiosk(url: str, runs: int) -> None:
    screen: list[float] = []
    saved: list[float] = []
    blocks, startup_blocks, bursts = [], [], []
    for _ in range(runs):
        result = run_scenario("kiosk", url, 30)
        screen += result["tap_to_screen"]
        saved += result["tap_to_saved"]
        blocks.append(result["block_fast_tapping"])
        startup_blocks.append(result["block_startup"])
        bursts.append(result["fast_taps_all_saved"])
    print(f"kiosk ({len(screen)} single taps in {runs} processes; 200 fast taps per process):")
    line("tap-to-screen: click -> new count painted", median(screen))
    line("tap-to-saved: click -> database's answer on screen", median(saved))
    line("200 taps at ~65/s: first click -> all saved", median(bursts))
    line("GUI block, worst while tapping fast (median)", median(blocks), None, "50 ms")
    line("GUI block, worst while tapping fast (worst run)", max(blocks))
    line("GUI block, worst from window shown to kiosk up", median(startup_blocks))


def bench_statistics(url: str, runs: int) -> None:
    results = [run_scenario("statistics", url, 3) for _ in range(runs)]

    def med(key: str) -> float:
        return median([r[key] for r in results])

    print(f"statistics and report ({runs} fresh processes, {results[0]['all_data_days']} days of data):")
    line("statistics opened cold (12 months, painted)", med("statistics_open"))
    line("then 'All data' (incl. 150 ms typing pause)", med("statistics_all_data"))
    line("monthly report, cold, until the preview shows", med("report_cold"))
    line("monthly report, warm", median([t for r in results for t in r["report_warm"]]))
    for key, label in (
        ("block_statistics_open", "GUI block, opening the statistics"),
        ("block_statistics_all_data", "GUI block, all data over ten years"),
        ("block_report_cold", "GUI block, report rendering (cold)"),
        ("block_report_warm", "GUI block, report rendering (warm)"),
    ):
        line(f"{label} (median)", med(key), None, "50 ms")
        line(f"{label} (worst run)", max(r[key] for r in results))


def bench_memory(url: str, runs: int) -> None:
    results = [run_scenario("memory", url, 1) for _ in range(max(1, runs // 2))]
    peaks = [r["peak_rss_mb"] for r in results]
    before_preview = [r["peak_before_preview_mb"] for r in results]
    steps = ", ".join(f"{name} {peak:.0f}/{now:.0f}" for name, peak, now in results[0]["steps"])
    print(f"memory ({len(results)} whole admin sessions):")
    print(f"  {'peak RSS: login, every page, all data, report':<46}{median(before_preview):8.1f} MB")
    print(f"  {'peak RSS: ... and the report in its preview':<46}{median(peaks):8.1f} MB   (target 150 MB)")
    print(f"  {'':<46}after each step, peak/now MB: {steps}")


def describe_machine(url: str) -> None:
    import PySide6
    import sqlalchemy

    cpu = next(
        (
            text.split(":", 1)[1].strip()
            for text in Path("/proc/cpuinfo").read_text().splitlines()
            if text.startswith("model name")
        ),
        platform.processor(),
    )
    print(
        f"machine: {cpu}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}; Python "
        f"{platform.python_version()}, PySide6 {PySide6.__version__}, SQLAlchemy {sqlalchemy.__version__}"
    )
    print(f"database: {url}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", help="a database made by bench/generate.py (default: the SQLite file)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--only", choices=["startup", "taps", "kiosk", "statistics", "memory"])
    args = parser.parse_args()
    url = args.db or default_url()
    if args.db is None and not DEFAULT_DB.exists():
        raise SystemExit("No benchmark database: run `uv run python bench/generate.py` first.")
    describe_machine(url)
    benches = {
        "startup": bench_startup,
        "taps": bench_taps,
        "kiosk": bench_kiosk,
        "statistics": bench_statistics,
        "memory": bench_memory,
    }
    for name, bench in benches.items():
        if args.only in (None, name):
            bench(url, args.runs)


if __name__ == "__main__":
    main()
