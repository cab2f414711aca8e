"""The yardstick for start-up: a bare PySide6 main window, started the same way as the app.

Prints a line when the window has been shown, exactly like `canteen-app --self-test` does.
"""

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

started = time.perf_counter()
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()


def shown() -> None:
    print(f"bare: main window shown after {(time.perf_counter() - started) * 1000:.0f} ms", flush=True)
    app.quit()


QTimer.singleShot(0, shown)
sys.exit(app.exec())
