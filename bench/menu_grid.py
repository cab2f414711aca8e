"""The menu page opening on 2,000 dishes and ten years of menus, next to a bare page's floor.

Each run is a fresh process (the page is met cold: its modules are imported on first open)
with the services already open and a QApplication up, as after a login. It times, from the
moment the page is asked for, until
- "week":    the week's grid is painted (MenuView.week_loaded, then the paint event), and
- "picker":  the dish picker holds every dish (MenuView.choices_loaded),
after what the login's worker does (the holiday tables loaded), next to the floor: a bare
QWidget page with a 5 x 7 QTableWidget filled with the same texts
and painted, in the same process. Then the page is opened again (warm) in the same process.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable


def _child(url: str) -> None:  # noqa: PLR0915 - one measured scenario, read top to bottom
    """One process: open services, then time the floor and the page (cold, then warm)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

    from bench.generate import BENCH_SYSTEM
    from canteen_app.access import Actor, Role
    from canteen_app.app import open_app
    from ui.common.context import UiContext
    from ui.common.operations import Operations

    app = QApplication([])
    services = open_app(url)
    from canteen_app.canteen.calendar.rules import warm_up

    warm_up(date.today().year)  # as the login's worker does (ui/shell/login.py)
    ops = Operations(services)
    manager = Actor(None, "Bench Manager", Role.CANTEEN_MANAGER, BENCH_SYSTEM.site_id)
    context = UiContext(ops, manager, "bench", "nb", services.sites.name(1), False)
    painted: list[float] = []

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(time.perf_counter())
            return False

    def wait_until(condition: object) -> None:
        while not condition():  # type: ignore[operator]
            app.processEvents()

    def floor() -> float:
        started = time.perf_counter()
        page = QWidget()
        table = QTableWidget(7, 5, page)
        for row in range(7):
            for column in range(5):
                table.setItem(
                    row, column, QTableWidgetItem("Fiskegrateng\nAllergener: gluten (hvete), fisk, melk")
                )
        QVBoxLayout(page).addWidget(table)
        page.resize(1280, 800)
        painted.clear()
        table.viewport().installEventFilter(watch)
        page.show()
        wait_until(lambda: painted)
        elapsed = painted[0] - started
        page.close()
        page.deleteLater()
        return elapsed

    def menu_page() -> tuple[float, float]:
        started = time.perf_counter()
        from ui.canteen.menus import MenuView

        view = MenuView(context)
        loaded: list[float] = []
        choices: list[float] = []
        view.week_loaded.connect(lambda: loaded.append(time.perf_counter()))
        view.choices_loaded.connect(lambda: choices.append(time.perf_counter()))
        view.resize(1280, 800)
        view.show()
        wait_until(lambda: loaded)
        painted.clear()
        view.grid.installEventFilter(watch)
        view.grid.update()
        wait_until(lambda: painted and choices)
        week = max(painted[0], loaded[0]) - started
        picker = choices[0] - started
        view.close()
        view.deleteLater()
        return week, picker

    watch = PaintWatch()
    first_window = QWidget()  # the app has shown windows before (the login): Qt's first-show costs are paid
    first_window.installEventFilter(watch)
    first_window.show()
    wait_until(lambda: painted)
    floor_ms = floor()
    cold_week, cold_picker = menu_page()
    warm_week, warm_picker = menu_page()
    print(
        json.dumps(
            {
                "floor": floor_ms,
                "cold_week": cold_week,
                "cold_picker": cold_picker,
                "warm_week": warm_week,
                "warm_picker": warm_picker,
                "day": date.today().isoformat(),
            }
        )
    )
    ops.shutdown() if hasattr(ops, "shutdown") else None
    services.close()


def bench_grid(url: str, runs: int) -> None:
    samples: dict[str, list[float]] = {}
    for _ in range(runs):
        result = subprocess.run([PYTHON, __file__, url], check=True, capture_output=True, text=True, cwd=ROOT)
        figures = json.loads(result.stdout.strip().splitlines()[-1])
        for key, value in figures.items():
            if key != "day":
                samples.setdefault(key, []).append(value * 1000)
    floor = statistics.median(samples["floor"])
    print(f"menu page on 2,000 dishes and ten years of menus, medians of {runs} fresh processes:")
    print(f"  floor: bare page, 5 x 7 table painted:  {floor:7.1f} ms")
    for key, text in (
        ("cold_week", "menu page, first open, week painted"),
        ("cold_picker", "menu page, first open, picker filled"),
        ("warm_week", "menu page, again, week painted"),
        ("warm_picker", "menu page, again, picker filled"),
    ):
        value = statistics.median(samples[key])
        print(f"  {text + ':':40} {value:7.1f} ms = {value / floor:.1f}x floor")


if __name__ == "__main__":
    _child(sys.argv[1])
