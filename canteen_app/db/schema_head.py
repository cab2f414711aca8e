"""The schema revision this program's code is written for: the newest migration.

Kept apart from `migrate` (which needs SQLAlchemy) so that the start-up's first look
(`canteen_app.first_look`) can check it with nothing but the standard library. A test checks
it against the migration scripts.
"""

SCHEMA_HEAD = "0007"
