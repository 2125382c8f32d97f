"""Translations: German is the source language of the UI; other languages come from .qm files."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from kimboard.resources import RESOURCES_DIR

TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
DEFAULT_LANGUAGE = "de"


def configured_language() -> str:
    value = QSettings().value("ui/language", DEFAULT_LANGUAGE)
    return str(value) if value in ("de", "en") else DEFAULT_LANGUAGE


def install_translators(app: QApplication, language: str | None = None) -> list[QTranslator]:
    """Qt's own strings (buttons, standard dialogs) and ours, in the chosen language."""
    language = language or configured_language()
    QLocale.setDefault(QLocale(QLocale.Language.German if language == "de"
                               else QLocale.Language.English))
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_dir), ("kimboard", str(TRANSLATIONS_DIR))):
        translator = QTranslator(app)
        # German is the source language of our strings: only Qt's own need a German file.
        wanted = language != "de" or name == "qtbase"
        if wanted and translator.load(f"{name}_{language}", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
