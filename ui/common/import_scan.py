"""Stop PySide6 from reading the source of every module imported after it.

Importing shiboken6 replaces `__import__` with a hook that, for every module imported from then
on, calls `inspect.getsource(module)` and searches the text for "PySide6" (to know which
modules may switch on its optional `__feature__` syntax, snake_case and true_property). For
this program that means reading and keeping (in `linecache`) the whole source of SQLAlchemy,
Alembic and Babel while the kiosk starts: about 55 ms of the start-up and some 20 MB of the
peak memory, for a feature the program never uses.

The hook stays; only its test becomes "does the module hold anything from PySide6", which gives
the same answer for every module written the usual way (imports at the top). A module that
uses PySide6 only inside its functions is told it does not; that matters only to a module that
switches on a `__feature__`, which no module here does.
"""

from __future__ import annotations

import logging
import sys
from types import ModuleType

log = logging.getLogger(__name__)
_FEATURE_MODULE = "shibokensupport.feature"
_PYSIDE = "PySide6"


def module_uses_pyside(module: ModuleType) -> bool:
    """Whether the module's globals hold a PySide6 module, class or function."""
    for value in list(vars(module).values()):
        origin = value.__name__ if isinstance(value, ModuleType) else getattr(value, "__module__", None)
        if isinstance(origin, str) and origin.startswith(_PYSIDE):
            return True
    return False


def skip_source_scan() -> bool:
    """Replace the hook's source search (PySide6 6.4 and later); False when this PySide6 has
    none to replace (then nothing is changed)."""
    import shiboken6  # noqa: F401  (installs the hook and loads the module it calls)

    feature = sys.modules.get(_FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        log.info("PySide6's import hook has no source scan to replace")
        return False
    setattr(feature, "_mod_uses_pyside", module_uses_pyside)  # noqa: B010  (a module, not ours)
    return True
