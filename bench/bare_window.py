"""The floor under the whole `--self-test` process: a bare PySide6 main window, shown, then the
process exits.

    python bench/bare_window.py [--with-sqlalchemy]

With `--with-sqlalchemy` it also imports SQLAlchemy's ORM once the window is shown: not a
floor the app is held to, but the part of any SQLAlchemy program's start that is not ours.
It imports it as cheaply as the app does, without PySide6's source scan of every module
(`ui.common.import_scan`), which would otherwise add some 55 ms.
"""

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()


def shown() -> None:
    if "--with-sqlalchemy" in sys.argv:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
        from ui.common.import_scan import skip_source_scan

        skip_source_scan()
        import sqlalchemy.orm  # noqa: F401
    print("bare: main window shown", flush=True)
    app.quit()


QTimer.singleShot(0, shown)
sys.exit(app.exec())
