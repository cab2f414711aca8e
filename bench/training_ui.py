"""The coach's screens on the bench data, each in fresh processes, next to a bare page's floor.

    uv run python bench/generate.py
    uv run python bench/training.py --only ui [--runs 7]

"My overview" is timed in the real program, the way `bench/session.py` drives it: started with
`ui.shell.app.launch` (theme, language nb, the database opened in its worker), a person logs in
on the real login page, and the clocks run on the program's own events:

- "admin_open": Bench Admin logs in; the home page (the guest statistics) is left to settle
  (SETTLE_MS), as a person would before choosing another page; then "My overview" is chosen in
  the navigation. Timed from that choice until the overview's sections are painted: its module
  imported (what `ui.shell`'s page registry does on a page's first open; the workspace has
  loaded `ui.common` by then), the view built, the read of all 2,001 participants in the
  worker with this process's first statements of it, the six sections filled, and every paint
  of the page that follows, up to the last one before it stays quiet for QUIET_MS ("painted"
  is the end of that last paint pass).
- "admin_again": "Update" pressed on the open overview: the read again (warm), until painted.
- "admin_block": the longest the GUI thread could not run (a 5 ms timer's longest gap, bench/
  session.py's GuiClock) from the choice until the page was quiet.
- "coach_landing": Bench Coach 1 (about 400 participants) logs in; the overview is a job
  coach's home page. Timed from the login's answer (the moment the workspace is built) until
  the overview's sections are painted, as above (the login's worker imported the page's module
  after its commit, as the program does).
- "coach_login": the same, from "Log in" pressed (the PIN check at its real argon2 settings,
  the login's commit, the page's import in its worker) until painted.

The training plan window ("profile") is timed in a fresh process with the services open and a
QApplication up (as after a login, the holiday tables loaded), from the moment it is asked for
until it shows the plan and has painted, next to the floor: a bare QWidget with a 20-row
QTableWidget painted, in the same process. Its module is imported when first asked for.
Waits never spin on the GUI thread (a spinning loop would take the interpreter from the
worker that reads): they run the event loop, which sleeps until something happens.
"""

from __future__ import annotations

import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
QUIET_MS = 150  # no paint of the page for this long: it has settled
SETTLE_MS = 500  # a person's pause on the home page before choosing another page


def _data_folder() -> None:
    """A fresh data folder for the program (its log, its preferences: language nb)."""
    folder = Path(tempfile.mkdtemp(prefix="canteen-bench-"))
    os.environ["CANTEEN_DATA_DIR"] = str(folder)
    (folder / "preferences.json").write_text(json.dumps({"language": "nb", "device_name": "bench-pc"}))


class PaintPasses:
    """The paint passes of a window: Qt paints every widget that needs it in one UpdateRequest
    event of the top-level window, so a filter on that one window sees each pass begin (a filter
    on the application would run Python for every event of every widget and slow the page down,
    see ui/shell/idle.py), and a zero timer started then fires when the pass has ended. Each end
    is kept with whether `ready()` held when the pass began."""

    def __init__(self, window: Any, ready: Callable[[], bool]) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer

        self.ends: list[tuple[float, bool]] = []
        self.last_pass = time.perf_counter()
        passes = self

        class Filter(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.UpdateRequest:
                    began_ready = ready()
                    passes.last_pass = time.perf_counter()
                    QTimer.singleShot(0, lambda: passes.ends.append((time.perf_counter(), began_ready)))
                return False

        self._window = window
        self._filter = Filter()
        window.installEventFilter(self._filter)

    def painted(self) -> float:
        """Once nothing has been painted for QUIET_MS after a pass that began ready: the end of
        the last pass."""
        from bench.session import wait_for

        def settled() -> bool:
            quiet = (time.perf_counter() - self.last_pass) * 1000 >= QUIET_MS
            return quiet and any(ready for _end, ready in self.ends)

        wait_for(settled)
        self._window.removeEventFilter(self._filter)
        return max(end for end, ready in self.ends if ready)


def _overview_child(url: str, role: str) -> None:
    _data_folder()
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import Qt

    from bench.session import GuiClock, pause, start_program, stop_program, wait_for

    started = start_program(url)
    window = started.window

    def overview_ready() -> bool:
        view = window.workspace.view("overview") if window.workspace is not None else None
        return view is not None and view.overview is not None and not view.is_loading

    page = window.login_page
    name, pin = ("Bench Admin", "246810") if role == "admin" else ("Bench Coach 1", "135790")
    wait_for(lambda: page.name_combo.findText(name) >= 0)
    page.name_combo.setCurrentText(name)
    page.pin_edit.setText(pin)
    figures: dict[str, float] = {}
    if role == "coach":  # the overview is a job coach's home page
        landed: list[float] = []
        page.logged_in.disconnect(window.enter_workspace)  # stamp the answer, then build
        page.logged_in.connect(lambda _session: landed.append(time.perf_counter()))
        page.logged_in.connect(window.enter_workspace)
        passes = PaintPasses(window, overview_ready)
        pressed = time.perf_counter()
        page.login_button.click()
        painted = passes.painted()
        figures["coach_landing"] = painted - landed[0]
        figures["coach_login"] = painted - pressed
    else:  # the administrator: the home page first, then "My overview" from the navigation
        page.login_button.click()
        wait_for(lambda: window.workspace is not None)
        workspace = window.workspace
        wait_for(lambda: not window.ops.busy)
        pause(SETTLE_MS)
        navigation = workspace.navigation
        row = next(
            n
            for n in range(navigation.count())
            if navigation.item(n).data(Qt.ItemDataRole.UserRole) == "overview"
        )
        passes = PaintPasses(window, overview_ready)
        clock = GuiClock()
        clock.start()
        chosen = time.perf_counter()
        navigation.setCurrentRow(row)  # what a click on "My overview" does
        figures["admin_open"] = passes.painted() - chosen
        figures["admin_block"] = clock.stop()
        pause(SETTLE_MS)
        view = workspace.view("overview")
        passes = PaintPasses(window, overview_ready)
        pressed = time.perf_counter()
        view.update_button.click()
        figures["admin_again"] = passes.painted() - pressed
    figures[f"{role}_participants"] = window.workspace.view("overview").overview.participants
    print(json.dumps(figures))
    stop_program(started)


def _profile_child(url: str) -> None:  # noqa: PLR0915 - one measured scenario, read top to bottom
    gc.disable()  # as the program: off while the start-up imports load (ui/shell/app.py's launch)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from datetime import date

    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

    from bench.generate import PROFILE_NAME
    from bench.session import wait_for
    from canteen_app.access import Actor, Role
    from canteen_app.app import open_app
    from canteen_app.canteen.calendar.rules import warm_up
    from ui.common.context import UiContext
    from ui.common.operations import Operations

    app = QApplication([])
    services = open_app(url)
    # Once the services are open, the program moves what is loaded by then to the permanent
    # generation (ui/shell/app.py's _settle_after_start): later collections do not walk it.
    gc.freeze()
    gc.enable()
    warm_up(date.today().year)  # the holiday tables: the login loads them
    ops = Operations(services)
    painted: list[float] = []

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(time.perf_counter())
            return False

    watch = PaintWatch()

    def timed(build: Callable[[], QWidget], ready: Callable[[QWidget], bool]) -> float:
        started = time.perf_counter()
        widget = build()
        widget.installEventFilter(watch)
        widget.resize(1280, 800)
        painted.clear()
        widget.show()
        wait_for(lambda: ready(widget))
        painted.clear()
        widget.update()
        wait_for(lambda: bool(painted))
        elapsed = painted[0] - started
        widget.close()
        widget.deleteLater()
        app.processEvents()
        return elapsed

    def floor() -> QWidget:
        page = QWidget()
        table = QTableWidget(20, 5, page)
        for row in range(20):
            for column in range(5):
                table.setItem(row, column, QTableWidgetItem("Vasker hender etter fast rutine"))
        QVBoxLayout(page).addWidget(table)
        return page

    first_window = QWidget()  # Qt's first-show costs are paid before (the login was shown)
    first_window.installEventFilter(watch)
    first_window.show()
    wait_for(lambda: bool(painted))

    admin = Actor(None, "Bench Admin", Role.ADMIN, 1)
    coach_user = next(u for u in services.auth.all_users(admin) if u.name == "Bench Coach 1")
    coach = Actor(coach_user.id, coach_user.name, Role.JOB_COACH, 1)
    profile_id = next(
        row.id
        for row in services.participants.rows(admin, " ".join(PROFILE_NAME))
        if row.last_name == PROFILE_NAME[1]
    )

    def profile() -> QWidget:
        from ui.training.plans.profile import TrainingPlanWindow

        context = UiContext(ops, coach, "bench", "nb", services.sites.name(1), False)
        return TrainingPlanWindow(context, profile_id, name=" ".join(PROFILE_NAME))

    figures = {
        "floor": timed(floor, lambda _w: True),
        "profile": timed(profile, lambda w: getattr(w, "_data", None) is not None and not w.is_loading),  # type: ignore[attr-defined]
    }
    print(json.dumps(figures))
    services.close()


def _run(kind: str, url: str) -> dict[str, float]:
    result = subprocess.run(
        [PYTHON, __file__, url, kind], check=True, capture_output=True, text=True, cwd=ROOT
    )
    values: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return values


def bench_ui(url: str, runs: int) -> None:
    samples: dict[str, list[float]] = {}
    for _ in range(runs):  # the two kinds of process interleaved
        for kind in ("admin", "coach", "profile"):
            for key, value in _run(kind, url).items():
                samples.setdefault(key, []).append(value)

    def median_ms(key: str) -> float:
        return statistics.median(samples[key]) * 1000

    floor = median_ms("floor")
    admin, coach = int(samples["admin_participants"][0]), int(samples["coach_participants"][0])
    print(f"the coach's screens, medians of {runs} fresh processes each:")
    print(f"  floor: bare page, 20 x 5 table painted:              {floor:7.1f} ms")
    for key, text in (
        ("admin_open", f"My overview, admin ({admin:,}), chosen -> painted"),
        ("admin_block", "  longest GUI-thread block meanwhile"),
        ("admin_again", "  Update pressed -> painted again"),
        ("coach_landing", f"My overview, coach ({coach}), landing -> painted"),
        ("coach_login", "  Log in pressed -> painted"),
        ("profile", "training plan window, 5 years, 320 assessments"),
    ):
        value = median_ms(key)
        runs_text = " ".join(f"{sample * 1000:.0f}" for sample in samples[key])
        print(f"  {text + ':':53} {value:7.1f} ms = {value / floor:4.1f}x floor  [{runs_text}]")


if __name__ == "__main__":
    if sys.argv[2] == "profile":
        _profile_child(sys.argv[1])
    else:
        _overview_child(sys.argv[1], sys.argv[2])
