"""Start the canteen app: `python main.py [--db URL] [--kiosk] [--demo] [--lang nb|en]`."""

import sys

from ui.shell.app import main

if __name__ == "__main__":
    sys.exit(main())
