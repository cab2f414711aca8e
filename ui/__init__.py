"""The PySide6 user interface. Importing it first makes every later import cheaper (see
`ui.common.import_scan`)."""

from ui.common.import_scan import skip_source_scan

skip_source_scan()
