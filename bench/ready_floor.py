"""The floor under "ready": a bare PySide6 window that opens the SQLite file with the standard
library and shows today's guest count, nothing else.

    python bench/ready_floor.py PATH-TO-SQLITE-FILE

Prints "ready" once the label with the count has been painted (the same test the app's
`--self-test` uses for its kiosk total), then exits. `bench/run.py` times it from launch.
"""

import sqlite3
import sys
from contextlib import closing
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class PaintWatcher(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print("ready: today's count painted", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


def todays_count(path: str) -> int:
    today = datetime.now(ZoneInfo("Europe/Oslo")).date().isoformat()
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        row = connection.execute(
            "SELECT count(*) FROM guest_taps WHERE site_id = 1 AND service_date = ? AND undone_at IS NULL",
            (today,),
        ).fetchone()
    return int(row[0])


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
label = QLabel()
window.setCentralWidget(label)
window.show()
label.setText(str(todays_count(sys.argv[1])))
watcher = PaintWatcher()
label.installEventFilter(watcher)
sys.exit(app.exec())
