"""Translations through Qt's system: English source strings, Norwegian bokmål by default.

`resources/translations/canteen_nb.ts` is the source (edit with Qt Linguist or by hand),
`canteen_nb.qm` the compiled file loaded at run time (`pyside6-lrelease`, see README).
Messages from the core are marked with QT_TRANSLATE_NOOP there and translated here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from canteen_app.core.resources import resource_path
from canteen_app.core.text import Message

TRANSLATIONS_DIR = resource_path("translations")
# Locale names, not QLocale enums: building those enums costs ~20 ms at start-up.
_LOCALE_NAMES = {"nb": "nb_NO", "en": "en_GB"}

# English is the source language and needs only its plural forms ("1 day", "2 days");
# Norwegian needs ours plus Qt's own texts (standard buttons, context menus), since PySide6
# ships no qtbase_nb.
_TRANSLATION_FILES = {
    "nb": ("canteen_nb.qm", "qtbase_nb.qm"),
    "en": ("canteen_en.qm",),
}

_installed: list[QTranslator] = []


def install_language(language: str) -> None:
    """Switch the application's language; call before widgets are built."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(_LOCALE_NAMES.get(language, _LOCALE_NAMES["nb"])))
    for name in _TRANSLATION_FILES.get(language, _TRANSLATION_FILES["nb"]):
        translator = QTranslator(app)
        path = TRANSLATIONS_DIR / name
        if not translator.load(str(path)):
            raise RuntimeError(f"translation file missing or unreadable: {path}")
        app.installTranslator(translator)
        _installed.append(translator)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def message_text(message: Message) -> str:
    """A core message in the UI's language, with its placeholders filled in."""
    return translate(message.context, message.text).format(**message.params)


def current_language() -> str:
    return "en" if QLocale().language() == QLocale.Language.English else "nb"
