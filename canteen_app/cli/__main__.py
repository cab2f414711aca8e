"""`python -m canteen_app.cli`: the same as `canteen-admin`."""

import sys

from canteen_app.cli import main

sys.exit(main())
