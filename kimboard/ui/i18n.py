"""Translations and locale formats: German is the source language of the UI; other languages
come from .qm files in ``kimboard.resources/translations`` (see its README for updating them).

Dates and numbers shown in the UI go through the helpers here, which follow the default
``QLocale`` that :func:`install_translators` sets — German formats in German, English in English.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from PySide6.QtCore import QDate, QLibraryInfo, QLocale, QSettings, QTime, QTranslator
from PySide6.QtWidgets import QApplication

from kimboard.resources import RESOURCES_DIR

TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
DEFAULT_LANGUAGE = "de"
SETTINGS_KEY = "ui/language"
#: The selectable languages, each named in itself (as a language menu shows them).
LANGUAGES: dict[str, str] = {"de": "Deutsch", "en": "English"}


def configured_language() -> str:
    value = QSettings().value(SETTINGS_KEY, DEFAULT_LANGUAGE)
    return str(value) if value in LANGUAGES else DEFAULT_LANGUAGE


def set_configured_language(language: str) -> None:
    """Remember the language for the next start."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language: {language!r}")
    QSettings().setValue(SETTINGS_KEY, language)


def locale_for(language: str) -> QLocale:
    if language == "de":
        return QLocale(QLocale.Language.German, QLocale.Country.Germany)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def install_translators(app: QApplication, language: str | None = None) -> list[QTranslator]:
    """Qt's own strings (buttons, standard dialogs) and ours, in the chosen language."""
    language = language or configured_language()
    QLocale.setDefault(locale_for(language))
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


def remove_translators(app: QApplication, translators: list[QTranslator]) -> None:
    """Undo :func:`install_translators` (tests, or before installing another language)."""
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()


def translate_for(language: str, context: str, source: str) -> str:
    """``source`` in ``language`` even while another language is installed — for the one
    message that must speak the language the user has just chosen."""
    if language == DEFAULT_LANGUAGE:
        return source
    translator = QTranslator()
    if translator.load(f"kimboard_{language}", str(TRANSLATIONS_DIR)):
        return translator.translate(context, source) or source
    return source


# --------------------------------------------------------------------------- formats


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date_format(locale: QLocale) -> str:
    """The locale's short date with a four-digit year (German: dd.MM.yyyy)."""
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def format_date(value: dt.date) -> str:
    """A date in the UI language's short format: 31.12.2025 or 12/31/2025."""
    locale = QLocale()
    return locale.toString(_qdate(value), _date_format(locale))


@lru_cache(maxsize=8)
def _day_month_format(locale_name: str) -> str:
    fmt = re.sub(r"y+", "", QLocale(locale_name).dateFormat(QLocale.FormatType.ShortFormat))
    # The German ordinal dot stays ("31.12."); other separators left at an edge go.
    return fmt.strip(" /-,").removeprefix(".")


def format_day_month(value: dt.date) -> str:
    """Day and month only, for tight spaces such as a card: 31.12. or 12/31.
    (Called while painting cards, hence the cached format.)"""
    locale = QLocale()
    return locale.toString(_qdate(value), _day_month_format(locale.name()))


def format_datetime(value: dt.datetime) -> str:
    """Date and time in local time: 31.12.2025 14:05 or 12/31/2025 2:05 PM."""
    if value.tzinfo is not None:
        value = value.astimezone()
    locale = QLocale()
    time = locale.toString(QTime(value.hour, value.minute),
                           locale.timeFormat(QLocale.FormatType.ShortFormat))
    return f"{format_date(value.date())} {time}"


def format_number(value: float) -> str:
    """A decimal number without needless zeros: 2,5 in German, 2.5 in English."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "g", 6)


def format_count(value: int) -> str:
    """A count with the locale's digit grouping: 10.000 in German, 10,000 in English."""
    return QLocale().toString(int(value))
