"""Copy the task library's pictograms from a Mulberry Symbols checkout and render their PNGs.

    uv run python resources/pictograms/build.py --mulberry PATH/TO/mulberry-symbols/EN
    uv run python resources/pictograms/build.py            # only render the PNGs again

Which drawings are shipped, and under which key, is `canteen_app/training/tasks/pictograms.py`.
Each SVG is copied byte for byte, renamed to its key; its PNG is the same drawing rendered once
by Qt's SVG renderer, PNG_SIZE pixels square on a transparent background, for the printed day
card (reportlab draws PNGs without another dependency; at the card's size that is over 250 dpi).
Update ATTRIBUTION.md when the set's version changes.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # the repository, for the catalogue

PNG_SIZE = 400


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--mulberry", type=Path, help="the EN folder of a Mulberry Symbols checkout")
    args = parser.parse_args()
    from canteen_app.training.tasks.pictograms import PICTOGRAMS

    if args.mulberry is not None:
        for pictogram in PICTOGRAMS:
            shutil.copyfile(args.mulberry / f"{pictogram.source}.svg", HERE / f"{pictogram.key}.svg")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    for pictogram in PICTOGRAMS:
        renderer = QSvgRenderer(str(HERE / f"{pictogram.key}.svg"))
        if not renderer.isValid():
            raise SystemExit(f"{pictogram.key}.svg cannot be read")
        image = QImage(PNG_SIZE, PNG_SIZE, QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, PNG_SIZE, PNG_SIZE))
        painter.end()
        if not image.save(str(HERE / f"{pictogram.key}.png"), "PNG", 0):
            raise SystemExit(f"{pictogram.key}.png cannot be written")
    del app
    print(f"{len(PICTOGRAMS)} pictograms in {HERE}")


if __name__ == "__main__":
    main()
