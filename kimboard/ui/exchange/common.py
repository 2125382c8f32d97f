"""Pieces the export and import dialogs share: German names of the entity types, values of a
conflict as text, progress from the worker thread, errors in German, message boxes that tests
can answer (the dialogs call them through overridable methods)."""

from __future__ import annotations

import errno
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressBar, QProgressDialog, QWidget

from kimboard.core.errors import KimboardError
from kimboard.ui.tasks import TaskRunner

translate = QCoreApplication.translate

#: QSettings key: the folder bundles were last saved to or opened from.
LAST_DIR_KEY = "exchange/last_dir"

MUTED_STYLE = "color: #4b5563;"
WARNING_STYLE = ("background: #fef3c7; color: #78350f; border: 1px solid #f59e0b; "
                 "border-radius: 4px; padding: 6px 8px;")
DANGER_STYLE = ("background: #fee2e2; color: #7f1d1d; border: 1px solid #ef4444; "
                "border-radius: 4px; padding: 6px 8px;")
INFO_STYLE = ("background: #eff6ff; color: #1e3a8a; border: 1px solid #93c5fd; "
              "border-radius: 4px; padding: 6px 8px;")
OK_STYLE = ("background: #ecfdf5; color: #065f46; border: 1px solid #6ee7b7; "
            "border-radius: 4px; padding: 6px 8px;")

#: The entity types of a bundle (``kimboard.core.bundle.entities``), plural, for tables.
ENTITY_LABELS: dict[str, str] = {
    "sites": QT_TRANSLATE_NOOP("Exchange", "Dienststellen"),
    "teams": QT_TRANSLATE_NOOP("Exchange", "Teams"),
    "members": QT_TRANSLATE_NOOP("Exchange", "Teammitglieder"),
    "partners": QT_TRANSLATE_NOOP("Exchange", "Netzwerkpartner"),
    "boards": QT_TRANSLATE_NOOP("Exchange", "Boards"),
    "columns": QT_TRANSLATE_NOOP("Exchange", "Spalten"),
    "swimlanes": QT_TRANSLATE_NOOP("Exchange", "Swimlanes"),
    "labels": QT_TRANSLATE_NOOP("Exchange", "Labels"),
    "sprints": QT_TRANSLATE_NOOP("Exchange", "Sprints"),
    "cards": QT_TRANSLATE_NOOP("Exchange", "Karten"),
    "checklist_items": QT_TRANSLATE_NOOP("Exchange", "Checklisten-Einträge"),
    "comments": QT_TRANSLATE_NOOP("Exchange", "Kommentare"),
    "card_events": QT_TRANSLATE_NOOP("Exchange", "Verlaufseinträge"),
    "retro_templates": QT_TRANSLATE_NOOP("Exchange", "Retro-Vorlagen"),
    "retro_prompts": QT_TRANSLATE_NOOP("Exchange", "Fragen von Retro-Vorlagen"),
    "retrospectives": QT_TRANSLATE_NOOP("Exchange", "Retrospektiven"),
    "retro_groups": QT_TRANSLATE_NOOP("Exchange", "Retro-Gruppen"),
    "retro_items": QT_TRANSLATE_NOOP("Exchange", "Retro-Beiträge"),
    "retro_votes": QT_TRANSLATE_NOOP("Exchange", "Retro-Punkte"),
    "retro_ratings": QT_TRANSLATE_NOOP("Exchange", "Retro-Bewertungen"),
    "action_items": QT_TRANSLATE_NOOP("Exchange", "Maßnahmen"),
    "solution_approaches": QT_TRANSLATE_NOOP("Exchange", "Lösungsansätze"),
    "solution_status_changes": QT_TRANSLATE_NOOP("Exchange",
                                                 "Statuswechsel von Lösungsansätzen"),
    "solution_adoptions": QT_TRANSLATE_NOOP("Exchange", "Übernahmen von Lösungsansätzen"),
    "board_adoptions": QT_TRANSLATE_NOOP("Exchange", "Übernahmen von Boards"),
}

#: The same, singular, for one row (a conflict).
ENTITY_SINGULAR: dict[str, str] = {
    "sites": QT_TRANSLATE_NOOP("Exchange", "Dienststelle"),
    "teams": QT_TRANSLATE_NOOP("Exchange", "Team"),
    "members": QT_TRANSLATE_NOOP("Exchange", "Teammitglied"),
    "partners": QT_TRANSLATE_NOOP("Exchange", "Netzwerkpartner"),
    "boards": QT_TRANSLATE_NOOP("Exchange", "Board"),
    "columns": QT_TRANSLATE_NOOP("Exchange", "Spalte"),
    "swimlanes": QT_TRANSLATE_NOOP("Exchange", "Swimlane"),
    "labels": QT_TRANSLATE_NOOP("Exchange", "Label"),
    "sprints": QT_TRANSLATE_NOOP("Exchange", "Sprint"),
    "cards": QT_TRANSLATE_NOOP("Exchange", "Karte"),
    "checklist_items": QT_TRANSLATE_NOOP("Exchange", "Checklisten-Eintrag"),
    "comments": QT_TRANSLATE_NOOP("Exchange", "Kommentar"),
    "card_events": QT_TRANSLATE_NOOP("Exchange", "Verlaufseintrag"),
    "retro_templates": QT_TRANSLATE_NOOP("Exchange", "Retro-Vorlage"),
    "retro_prompts": QT_TRANSLATE_NOOP("Exchange", "Frage einer Retro-Vorlage"),
    "retrospectives": QT_TRANSLATE_NOOP("Exchange", "Retrospektive"),
    "retro_groups": QT_TRANSLATE_NOOP("Exchange", "Retro-Gruppe"),
    "retro_items": QT_TRANSLATE_NOOP("Exchange", "Retro-Beitrag"),
    "retro_votes": QT_TRANSLATE_NOOP("Exchange", "Retro-Punkt"),
    "retro_ratings": QT_TRANSLATE_NOOP("Exchange", "Retro-Bewertung"),
    "action_items": QT_TRANSLATE_NOOP("Exchange", "Maßnahme"),
    "solution_approaches": QT_TRANSLATE_NOOP("Exchange", "Lösungsansatz"),
    "solution_status_changes": QT_TRANSLATE_NOOP("Exchange", "Statuswechsel"),
    "solution_adoptions": QT_TRANSLATE_NOOP("Exchange", "Übernahme eines Lösungsansatzes"),
    "board_adoptions": QT_TRANSLATE_NOOP("Exchange", "Übernahme eines Boards"),
}

SCOPE_LABELS: dict[str, str] = {
    "site": QT_TRANSLATE_NOOP("Exchange", "ganze Dienststelle"),
    "board": QT_TRANSLATE_NOOP("Exchange", "ein Board"),
    "retro": QT_TRANSLATE_NOOP("Exchange", "eine Retrospektive"),
    "solutions": QT_TRANSLATE_NOOP("Exchange", "Lösungsansätze"),
}


def entity_label(entity: str, fallback: str = "") -> str:
    """„Karten“ for ``cards`` (in the UI language); unknown types: ``fallback`` or the name."""
    source = ENTITY_LABELS.get(entity)
    return translate("Exchange", source) if source else (fallback or entity)


def entity_singular(entity: str, fallback: str = "") -> str:
    source = ENTITY_SINGULAR.get(entity)
    return translate("Exchange", source) if source else (fallback or entity)


def scope_label(kind: str) -> str:
    source = SCOPE_LABELS.get(kind)
    return translate("Exchange", source) if source else kind


def shorten(text: str, width: int = 60) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def value_text(value: Any, width: int = 60) -> str:
    """A field value of a conflict, readable: „(leer)“, „ja“/„nein“, text on one line."""
    if value is None or value == "" or value == []:
        return translate("Exchange", "(leer)")
    if isinstance(value, bool):
        return translate("Exchange", "ja") if value else translate("Exchange", "nein")
    if isinstance(value, str):
        return shorten(value, width)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int | float):
        return str(value)
    return shorten(json.dumps(value, ensure_ascii=False), width)


def full_value_text(value: Any) -> str:
    """The whole value, for a tooltip."""
    if isinstance(value, str):
        return value
    return value_text(value, 10_000)


def error_text(err: BaseException, target: Path | None = None) -> str:
    """A failure of a job, in German: the core's message, or what the disk said."""
    if isinstance(err, KimboardError):
        return str(err)
    if isinstance(err, OSError):
        folder = str(target.parent) if target is not None else ""
        if err.errno == errno.ENOSPC:
            return translate("Exchange", "Auf dem Datenträger ist nicht genug Platz.")
        if err.errno == errno.EROFS:
            return translate("Exchange", "Der Datenträger ist schreibgeschützt.")
        if isinstance(err, PermissionError) or err.errno in (errno.EACCES, errno.EPERM):
            if folder:
                return translate("Exchange", "Keine Berechtigung, im Ordner „{folder}“ zu "
                                             "schreiben.").format(folder=folder)
            return translate("Exchange", "Keine Berechtigung für diese Datei.")
        if isinstance(err, FileNotFoundError):
            return translate("Exchange", "Die Datei oder der Ordner ist nicht (mehr) da.")
        return translate("Exchange", "Die Datei konnte nicht gelesen oder geschrieben werden "
                                     "({reason}).").format(reason=err.strerror or str(err))
    return translate("Exchange", "Unerwarteter Fehler: {error}").format(error=repr(err))


def last_folder() -> str:
    value = QSettings().value(LAST_DIR_KEY, "")
    folder = Path(str(value)) if value else Path.home()
    return str(folder if folder.is_dir() else Path.home())


def remember_folder(path: Path) -> None:
    QSettings().setValue(LAST_DIR_KEY, str(path.parent))


def plain_label(text: str = "", *, wrap: bool = True, selectable: bool = False) -> QLabel:
    """A label for user or imported text: always plain text."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str,
                text: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def ask(parent: QWidget | None, title: str, text: str, yes: str, no: str) -> bool:
    box = message_box(parent, QMessageBox.Icon.Question, title, text)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes_button)
    box.exec()
    return box.clickedButton() is yes_button


def tell(parent: QWidget | None, title: str, text: str, *, warning: bool = False) -> None:
    box = message_box(parent, QMessageBox.Icon.Warning if warning
                      else QMessageBox.Icon.Information, title, text)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()


# --------------------------------------------------------------------------- progress


class ProgressBridge(QObject):
    """``progress(done, total)`` for the core, called on the worker thread; shows the progress
    on the UI thread (the queued signal) in a label and bar of the dialog and, if the task
    runner shows its progress window, there too."""

    reported = Signal(int, int)

    def __init__(self, label: QLabel, bar: QProgressBar, runner: TaskRunner) -> None:
        super().__init__(label)
        self.label = label
        self.bar = bar
        self.runner = runner
        self.text = ""
        self._last = -1
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def start(self, text: str) -> None:
        """A new job: show ``text`` (it may contain ``{percent}``), the bar busy."""
        self.text = text
        self._last = -1
        self.bar.setRange(0, 0)
        self.label.setText(text.replace("{percent}", "0"))
        self.label.show()
        self.bar.show()

    def stop(self) -> None:
        self.label.hide()
        self.bar.hide()

    def __call__(self, done: int, total: int) -> None:  # worker thread
        percent = 100 if total <= 0 else min(100, done * 100 // total)
        if percent != self._last:
            self._last = percent
            self.reported.emit(done, total)

    def _show(self, done: int, total: int) -> None:
        percent = 100 if total <= 0 else min(100, done * 100 // total)
        text = self.text.replace("{percent}", str(percent))
        self.bar.setRange(0, 100)
        self.bar.setValue(percent)
        self.label.setText(text)
        # The runner's own window (after half a second) gets the same: no private access,
        # only what a parent's children show.
        owner = self.runner.parent()
        if isinstance(owner, QWidget):
            for dialog in owner.findChildren(QProgressDialog):
                if dialog.isVisible():
                    dialog.setLabelText(text)
                    inner = dialog.findChild(QProgressBar)
                    if inner is not None:
                        inner.setRange(0, 100)
                        inner.setValue(percent)
