"""The coach's screens on the bench data, each in fresh processes, next to a bare page's floor.

    uv run python bench/generate.py
    uv run python bench/training.py --only ui [--runs 7]

Each run is a fresh process with the services open and a QApplication up (as after a login,
the holiday tables loaded). It times, from the moment the screen is asked for, until
- "overview": the admin's "My overview" over all 2,001 participants is filled (its data shown)
  and painted; a job coach's (about 400 participants) likewise;
- "profile":  "Bench Profil"'s training plan window (20 goals, 320 assessments, five years of
  daily attendance) shows the plan and has painted;
next to the floor: a bare QWidget with a 20-row QTableWidget painted, in the same process.
The screens' modules are imported when first asked for, as in the program.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable


def _child(url: str) -> None:  # noqa: PLR0915 - one measured scenario, read top to bottom
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from datetime import date

    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

    from bench.generate import PROFILE_NAME
    from canteen_app.access import Actor, Role
    from canteen_app.app import open_app
    from canteen_app.canteen.calendar.rules import warm_up
    from ui.common.context import UiContext
    from ui.common.operations import Operations

    app = QApplication([])
    services = open_app(url)
    warm_up(date.today().year)
    ops = Operations(services)
    painted: list[float] = []

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(time.perf_counter())
            return False

    watch = PaintWatch()

    def wait_until(condition: Callable[[], object]) -> None:
        while not condition():
            app.processEvents()

    def context(actor: Actor) -> UiContext:
        return UiContext(ops, actor, "bench", "nb", services.sites.name(1), False)

    def timed(build: Callable[[], QWidget], ready: Callable[[QWidget], bool]) -> float:
        started = time.perf_counter()
        widget = build()
        widget.installEventFilter(watch)
        widget.resize(1280, 800)
        painted.clear()
        widget.show()
        wait_until(lambda: ready(widget))
        painted.clear()
        widget.update()
        wait_until(lambda: painted)
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
    wait_until(lambda: painted)

    admin = Actor(None, "Bench Admin", Role.ADMIN, 1)
    coach_user = next(u for u in services.auth.all_users(admin) if u.name == "Bench Coach 1")
    coach = Actor(coach_user.id, coach_user.name, Role.JOB_COACH, 1)
    profile_id = next(
        row.id
        for row in services.participants.rows(admin, " ".join(PROFILE_NAME))
        if row.last_name == PROFILE_NAME[1]
    )

    def overview(actor: Actor) -> QWidget:
        from ui.training.overview import OverviewView

        return OverviewView(context(actor))

    def profile() -> QWidget:
        from ui.training.plans.profile import TrainingPlanWindow

        return TrainingPlanWindow(context(coach), profile_id, name=" ".join(PROFILE_NAME))

    figures = {
        "floor": timed(floor, lambda _w: True),
        "overview_admin": timed(lambda: overview(admin), lambda w: getattr(w, "overview", None) is not None),
        "overview_again": timed(lambda: overview(admin), lambda w: getattr(w, "overview", None) is not None),
        "overview_coach": timed(lambda: overview(coach), lambda w: getattr(w, "overview", None) is not None),
        "profile": timed(profile, lambda w: getattr(w, "_data", None) is not None and not w.is_loading),  # type: ignore[attr-defined]
    }
    print(json.dumps(figures))
    services.close()


def bench_ui(url: str, runs: int) -> None:
    samples: dict[str, list[float]] = {}
    for _ in range(runs):
        result = subprocess.run([PYTHON, __file__, url], check=True, capture_output=True, text=True, cwd=ROOT)
        for key, value in json.loads(result.stdout.strip().splitlines()[-1]).items():
            samples.setdefault(key, []).append(value * 1000)
    floor = statistics.median(samples["floor"])
    print(f"the coach's screens, medians of {runs} fresh processes (first open, modules imported then):")
    print(f"  floor: bare page, 20 x 5 table painted:        {floor:7.1f} ms")
    for key, text in (
        ("overview_admin", "My overview, admin, 2,001 participants"),
        ("overview_again", "the same, opened again"),
        ("overview_coach", "My overview, a job coach's caseload"),
        ("profile", "training plan window, 5 years, 320 assessments"),
    ):
        value = statistics.median(samples[key])
        print(f"  {text + ':':47} {value:7.1f} ms = {value / floor:.1f}x floor")


if __name__ == "__main__":
    _child(sys.argv[1])
