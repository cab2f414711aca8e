"""Child process for test_tap_durability: a kiosk that counts guests until it is killed.

Usage: python tap_writer.py DB_URL. Prints "ready", then one tap id per line, each printed only
after `record_tap` has returned (the app then tells the user the guest is counted).
"""

from __future__ import annotations

import sys

from canteen_app.access import Actor, Role
from canteen_app.app import build_services, open_database


def main(db_url: str) -> None:
    services = build_services(open_database(db_url))
    kiosk = Actor(user_id=None, name="kiosk", role=Role.KIOSK, site_id=1)
    category = services.guests.categories(1)[0].id
    print("ready", flush=True)
    while True:
        result = services.guests.record_tap(kiosk, category, "kiosk-power-test")
        print(result.tap_id, flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
