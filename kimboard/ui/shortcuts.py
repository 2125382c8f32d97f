"""The keyboard shortcut overview (Hilfe → Tastenkürzel …, Ctrl+F1).

Two kinds of keys: those of the main window's menus are read from the live ``QAction`` objects
(menu path, text without the ``&``, every shortcut in the platform's own notation), so the list
can never disagree with the menus; the keys of views that have no menu entry (the board's card
lists, the backlog, the retrospective's meeting window, lists in dialogs, the user guide) are
listed in :data:`FIXED_KEYS`, next to the code they describe. A filter field narrows the list;
„Als Text kopieren“ puts what is shown on the clipboard.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QKeyCombination, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate

#: Item role: the portable key strings of a row ("Ctrl+Shift+E"), for tests and the filter.
PORTABLE_ROLE = Qt.ItemDataRole.UserRole
PATH_SEPARATOR = " → "

_ARROWS = {Qt.Key.Key_Left: "←", Qt.Key.Key_Right: "→", Qt.Key.Key_Up: "↑",
           Qt.Key.Key_Down: "↓"}
#: Special keys some platforms bind besides the ordinary one (F1 and the "Help" key): not
#: on an office keyboard, so not listed.
_SPECIAL_KEYS = {Qt.Key.Key_Help, Qt.Key.Key_Back, Qt.Key.Key_Forward, Qt.Key.Key_ZoomIn,
                 Qt.Key.Key_ZoomOut}

# Keys of views without a menu entry: (group, keys, what). Keys are portable QKeySequence
# strings; a group of keys is "one of them". Keep them true to the code they name:
# board: kimboard/ui/board/view.py (CardListView.keyPressEvent), board/page.py (_build_actions)
# card: kimboard/ui/card/editor.py; backlog: kimboard/ui/sprint/backlog.py (PlanTableView)
# retrospective: kimboard/ui/retro/meeting.py (_build_actions), curtain.py, pages.py,
# presentation.py; lists: kimboard/ui/dialogs/board_settings.py, admin.py (_ListTab.shortcut);
# guide: kimboard/ui/help.py (HelpWindow._build_actions).
_BOARD = QT_TRANSLATE_NOOP("Shortcuts", "Auf dem Board")
_CARD = QT_TRANSLATE_NOOP("Shortcuts", "In einer geöffneten Karte")
_BACKLOG = QT_TRANSLATE_NOOP("Shortcuts", "Backlog und Sprints")
_RETRO = QT_TRANSLATE_NOOP("Shortcuts", "Retrospektive (Besprechungsfenster)")
_LISTS = QT_TRANSLATE_NOOP("Shortcuts", "Listen in Dialogen")
_GUIDE = QT_TRANSLATE_NOOP("Shortcuts", "Benutzerhandbuch")
_GENERAL = QT_TRANSLATE_NOOP("Shortcuts", "Überall")

FIXED_KEYS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    (_BOARD, ("Ctrl+F",), QT_TRANSLATE_NOOP("Shortcuts", "Karten durchsuchen (Suchfeld über "
                                                         "dem Board)")),
    (_BOARD, ("Left", "Right"), QT_TRANSLATE_NOOP("Shortcuts", "In die Nachbarspalte "
                                                               "wechseln")),
    (_BOARD, ("Ctrl+Left", "Ctrl+Right"),
     QT_TRANSLATE_NOOP("Shortcuts", "Karte in die Nachbarspalte verschieben")),
    (_BOARD, ("Ctrl+Up", "Ctrl+Down"),
     QT_TRANSLATE_NOOP("Shortcuts", "Karte in der Spalte nach oben oder unten verschieben")),
    (_BOARD, ("Return",), QT_TRANSLATE_NOOP("Shortcuts", "Karte öffnen; im Feld „+ Karte "
                                                         "hinzufügen“: Karte anlegen")),
    (_BOARD, ("Ctrl+Shift+A",), QT_TRANSLATE_NOOP("Shortcuts", "Karte archivieren")),
    (_BOARD, ("Del",), QT_TRANSLATE_NOOP("Shortcuts", "Karte löschen (mit Rückfrage)")),
    (_BOARD, ("Menu", "Shift+F10"), QT_TRANSLATE_NOOP("Shortcuts", "Kontextmenü der Karte")),
    (_CARD, ("Ctrl+S",), QT_TRANSLATE_NOOP("Shortcuts", "Änderungen speichern")),
    (_CARD, ("Ctrl+Return",), QT_TRANSLATE_NOOP("Shortcuts", "Kommentar senden")),
    (_CARD, ("Esc",), QT_TRANSLATE_NOOP("Shortcuts", "Bearbeiten eines Kommentars abbrechen, "
                                                     "sonst die Karte schließen")),
    (_CARD, ("Ctrl+Up", "Ctrl+Down"),
     QT_TRANSLATE_NOOP("Shortcuts", "Eintrag der Checkliste verschieben")),
    (_CARD, ("Del",), QT_TRANSLATE_NOOP("Shortcuts", "Eintrag der Checkliste löschen")),
    (_BACKLOG, ("Alt+Up", "Alt+Down"),
     QT_TRANSLATE_NOOP("Shortcuts", "Karte in der Liste nach oben oder unten")),
    (_BACKLOG, ("Ctrl+Right",), QT_TRANSLATE_NOOP("Shortcuts", "Karte in den (nächsten) "
                                                               "Sprint einplanen")),
    (_BACKLOG, ("Ctrl+Left",), QT_TRANSLATE_NOOP("Shortcuts", "Karte zurück ins Backlog")),
    (_BACKLOG, ("Return",), QT_TRANSLATE_NOOP("Shortcuts", "Karte öffnen")),
    (_BACKLOG, ("Menu", "Shift+F10"), QT_TRANSLATE_NOOP("Shortcuts", "Alle Aktionen für die "
                                                                     "Karte")),
    (_RETRO, ("Ctrl+Right", "PgDown"), QT_TRANSLATE_NOOP("Shortcuts", "Nächste Phase")),
    (_RETRO, ("Ctrl+Left", "PgUp"), QT_TRANSLATE_NOOP("Shortcuts", "Vorige Phase")),
    (_RETRO, ("F5", "F11"), QT_TRANSLATE_NOOP("Shortcuts", "Präsentationsmodus an oder aus")),
    (_RETRO, ("Esc",), QT_TRANSLATE_NOOP("Shortcuts", "Präsentationsmodus beenden")),
    (_RETRO, ("Ctrl+T",), QT_TRANSLATE_NOOP("Shortcuts", "Timer starten oder anhalten")),
    (_RETRO, ("Ctrl+Shift+T",), QT_TRANSLATE_NOOP("Shortcuts", "Timer zurücksetzen")),
    (_RETRO, ("Return",), QT_TRANSLATE_NOOP("Shortcuts", "Am Vorhang: „Ich bin dran“; im "
                                                         "Eingabefeld: Beitrag hinzufügen")),
    (_RETRO, ("Ctrl+Return",), QT_TRANSLATE_NOOP("Shortcuts", "„Fertig – Vorhang zu“")),
    (_RETRO, ("Ctrl+G",), QT_TRANSLATE_NOOP("Shortcuts", "Beiträge einer Gruppe zuordnen "
                                                         "(danach die Ziffer der Gruppe)")),
    (_RETRO, ("Ctrl+Shift+G",), QT_TRANSLATE_NOOP("Shortcuts", "Neue Gruppe aus den "
                                                               "ausgewählten Beiträgen")),
    (_RETRO, ("F2",), QT_TRANSLATE_NOOP("Shortcuts", "Titel der Gruppe bearbeiten")),
    (_RETRO, ("Del",), QT_TRANSLATE_NOOP("Shortcuts", "Beitrag herausnehmen oder löschen")),
    (_RETRO, ("Alt+1", "Alt+2", "Alt+3", "Alt+4", "Alt+5"),
     QT_TRANSLATE_NOOP("Shortcuts", "Wert 1 bis 5 für Stimmung oder ROTI geben")),
    (_RETRO, ("Ctrl+Z",), QT_TRANSLATE_NOOP("Shortcuts", "Rückgängig (in der Phase)")),
    (_RETRO, ("Ctrl+Shift+Z", "Ctrl+Y"), QT_TRANSLATE_NOOP("Shortcuts", "Wiederholen")),
    (_RETRO, ("Ctrl+W",), QT_TRANSLATE_NOOP("Shortcuts", "Besprechungsfenster schließen")),
    (_LISTS, ("Ins",), QT_TRANSLATE_NOOP("Shortcuts", "Neue Spalte, Swimlane oder neues Label "
                                                      "(Board-Einstellungen)")),
    (_LISTS, ("F2",), QT_TRANSLATE_NOOP("Shortcuts", "Eintrag bearbeiten oder umbenennen")),
    (_LISTS, ("Del",), QT_TRANSLATE_NOOP("Shortcuts", "Eintrag löschen (mit Rückfrage)")),
    (_LISTS, ("Ctrl+Up", "Ctrl+Down"),
     QT_TRANSLATE_NOOP("Shortcuts", "Spalte oder Swimlane verschieben")),
    (_GUIDE, ("Ctrl+F",), QT_TRANSLATE_NOOP("Shortcuts", "Im Handbuch suchen")),
    (_GUIDE, ("F3", "Shift+F3"), QT_TRANSLATE_NOOP("Shortcuts", "Nächster oder voriger "
                                                                "Treffer der Suche")),
    (_GUIDE, ("Alt+Left", "Alt+Right"), QT_TRANSLATE_NOOP("Shortcuts", "Zurück und vor")),
    (_GUIDE, ("Ctrl++", "Ctrl+-"), QT_TRANSLATE_NOOP("Shortcuts", "Schrift größer oder "
                                                                  "kleiner")),
    (_GUIDE, ("Esc",), QT_TRANSLATE_NOOP("Shortcuts", "Handbuch schließen")),
    (_GENERAL, ("Tab", "Shift+Tab"), QT_TRANSLATE_NOOP("Shortcuts", "Zum nächsten oder "
                                                                    "vorigen Feld")),
    (_GENERAL, ("Esc",), QT_TRANSLATE_NOOP("Shortcuts", "Dialog schließen")),
)


@dataclass(frozen=True, slots=True)
class ShortcutEntry:
    group: str
    command: str
    keys: tuple[QKeySequence, ...]

    @property
    def portable(self) -> tuple[str, ...]:
        return tuple(k.toString(QKeySequence.SequenceFormat.PortableText) for k in self.keys)

    def key_text(self) -> str:
        keys = [k for k in self.keys
                if k.count() != 1 or k[0].key() not in _SPECIAL_KEYS] or list(self.keys)
        texts = [key_text(k) for k in keys]
        if len(texts) > 2 and all(t[-1:].isdigit() for t in texts):  # Alt+1 … Alt+5
            return f"{texts[0]} … {texts[-1]}"
        return translate("Shortcuts", " oder ").join(texts)


def plain_text(text: str) -> str:
    """A menu text as the user reads it: without the ``&`` of the accelerator (``&&`` is a
    literal ``&``) and without a tab-separated shortcut."""
    text = text.split("\t", 1)[0]
    out, i = [], 0
    while i < len(text):
        if text[i] == "&":
            i += 1
            if i < len(text) and text[i] == "&":
                out.append("&")
                i += 1
            continue
        out.append(text[i])
        i += 1
    return "".join(out).strip()


def key_text(sequence: QKeySequence) -> str:
    """A shortcut in the platform's notation (German key names in the German interface:
    „Strg+Umschalt+E“), arrows as ← → ↑ ↓ and Return as „Enter“."""
    native = QKeySequence.SequenceFormat.NativeText
    if sequence.count() != 1:
        return sequence.toString(native)
    combination = sequence[0]
    key = combination.key()
    if key == Qt.Key.Key_Return:
        sequence = QKeySequence(QKeyCombination(combination.keyboardModifiers(),
                                                Qt.Key.Key_Enter))
        key = Qt.Key.Key_Enter
    text = sequence.toString(native)
    arrow = _ARROWS.get(key)
    if arrow is not None:
        name = QKeySequence(key).toString(native)
        if text.endswith(name):
            text = text[: len(text) - len(name)] + arrow
    return text


def menu_entries(window: QMainWindow) -> list[ShortcutEntry]:
    """Every action with a shortcut in the window's menus, in menu order, with its path
    („Datei → Paket exportieren …“) and all its shortcuts."""
    entries: list[ShortcutEntry] = []

    def walk(menu: QMenu, path: list[str], group: str) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            text = plain_text(action.text())
            if action.menu() is not None:
                walk(action.menu(), [*path, text], group)  # type: ignore[arg-type]
            elif action.shortcuts():
                entries.append(ShortcutEntry(group, PATH_SEPARATOR.join([*path, text]),
                                             tuple(action.shortcuts())))

    for top in window.menuBar().actions():
        menu = top.menu()
        if menu is not None:
            title = plain_text(top.text())
            walk(menu, [title], title)  # type: ignore[arg-type]
    return entries


def fixed_entries() -> list[ShortcutEntry]:
    """The keys of views without a menu entry, translated."""
    return [ShortcutEntry(translate("Shortcuts", group), translate("Shortcuts", what),
                          tuple(QKeySequence(k) for k in keys))
            for group, keys, what in FIXED_KEYS]


def all_entries(window: QMainWindow) -> list[ShortcutEntry]:
    return [*menu_entries(window), *fixed_entries()]


class ShortcutsDialog(QDialog):
    """„Tastenkürzel“: the keys grouped by menu and view, with a filter. Not modal."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Tastenkürzel"))
        self.setAccessibleName(self.tr("Tastenkürzel"))
        self.setSizeGripEnabled(True)
        self.setModal(False)
        intro = QLabel(self.tr(
            "Alle Tastenkürzel von kimboard. Die Einträge der Menüs stehen so da, wie sie im "
            "Menü heißen; darunter folgen die Tasten in Board, Karte, Backlog, Retrospektive "
            "und Handbuch."))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filtern, z. B. „Paket“ oder „Strg+Z“ …"))
        self.filter_edit.setAccessibleName(self.tr("Tastenkürzel filtern"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.apply_filter)
        filter_label = QLabel(self.tr("&Filter:"))
        filter_label.setBuddy(self.filter_edit)
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setAccessibleName(self.tr("Anzahl der gezeigten Tastenkürzel"))

        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Befehl"), self.tr("Tastenkürzel")])
        self.tree.setAccessibleName(self.tr("Liste der Tastenkürzel"))
        self.tree.header().setAccessibleName(self.tr("Spaltenköpfe der Tastenkürzel"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setStyleSheet("QTreeWidget::item { padding: 3px 4px; }")
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

        self.copy_button = QPushButton(self.tr("Als Text &kopieren"))
        self.copy_button.setAccessibleName(self.tr("Gezeigte Tastenkürzel als Text kopieren"))
        self.copy_button.clicked.connect(self.copy_as_text)
        self.guide_button = QPushButton(self.tr("Im &Handbuch lesen"))
        self.guide_button.setAccessibleName(self.tr("Kapitel Tastenkürzel im Handbuch öffnen"))
        self.guide_button.clicked.connect(self.open_guide)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Schließen"))
        buttons.rejected.connect(self.reject)
        # Enter in the filter field must not press a button (and close or copy).
        for button in (self.copy_button, self.guide_button,
                       buttons.button(QDialogButtonBox.StandardButton.Close)):
            button.setAutoDefault(False)
            button.setDefault(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.copy_button)
        bottom.addWidget(self.guide_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)

        row = QHBoxLayout()
        row.addWidget(filter_label)
        row.addWidget(self.filter_edit, 1)
        row.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)
        self.resize(760, 680)
        self.entries: list[ShortcutEntry] = []
        self.refresh()
        self.filter_edit.setFocus()

    def refresh(self) -> None:
        """Read the actions again (their texts and enabled states change) and refill."""
        self.entries = all_entries(self.window_)
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for entry in self.entries:
            group = groups.get(entry.group)
            if group is None:
                group = QTreeWidgetItem([entry.group, ""])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(False)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.tree.addTopLevelItem(group)
                groups[entry.group] = group
            item = QTreeWidgetItem([entry.command, entry.key_text()])
            item.setData(0, PORTABLE_ROLE, list(entry.portable))
            item.setData(1, PORTABLE_ROLE, list(entry.portable))
            item.setToolTip(0, entry.command)
            group.addChild(item)
        self.tree.expandAll()
        self.apply_filter(self.filter_edit.text())

    def rows(self, visible_only: bool = True) -> list[QTreeWidgetItem]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                item = group.child(j)
                if not visible_only or not item.isHidden():
                    out.append(item)
        return out

    def apply_filter(self, text: str) -> None:
        """Show the rows whose group, command or keys contain every word of ``text``."""
        words = text.casefold().split()
        shown = 0
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            visible_children = 0
            for j in range(group.childCount()):
                item = group.child(j)
                haystack = " ".join([group.text(0), item.text(0), item.text(1),
                                     *item.data(0, PORTABLE_ROLE)]).casefold()
                match = all(w in haystack for w in words)
                item.setHidden(not match)
                visible_children += match
            group.setHidden(visible_children == 0)
            shown += visible_children
        total = len(self.entries)
        self.count_label.setText(self.tr("{shown} von {total}").format(shown=shown, total=total)
                                 if shown != total else self.tr("{total} Tastenkürzel").format(
                                     total=total))

    def as_text(self) -> str:
        """What is shown, as plain text: the groups with their rows, key and command."""
        lines: list[str] = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            if group.isHidden():
                continue
            if lines:
                lines.append("")
            lines.append(group.text(0))
            rows = [group.child(j) for j in range(group.childCount())
                    if not group.child(j).isHidden()]
            width = max(len(r.text(1)) for r in rows)
            lines.extend(f"  {r.text(1).ljust(width)}   {r.text(0)}" for r in rows)
        return "\n".join(lines) + "\n"

    def copy_as_text(self) -> None:
        QGuiApplication.clipboard().setText(self.as_text())
        self.count_label.setText(self.tr("In die Zwischenablage kopiert."))

    def open_guide(self) -> None:
        from kimboard.ui.help import open_help

        open_help(self.window_, "tastenkuerzel")


def shortcuts_dialog_of(window: QWidget) -> ShortcutsDialog | None:
    return window.findChild(ShortcutsDialog, options=Qt.FindChildOption.FindDirectChildrenOnly)


def show_shortcuts(window: QMainWindow) -> ShortcutsDialog:
    """Show the overview for ``window`` (one per window, not modal), freshly read."""
    dialog = shortcuts_dialog_of(window)
    if dialog is None:
        dialog = ShortcutsDialog(window)
    else:
        dialog.refresh()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def find_conflicts(actions: Iterable[QAction]) -> dict[str, list[str]]:
    """Shortcuts that more than one of ``actions`` use (portable key → action texts)."""
    seen: dict[str, list[str]] = {}
    for action in actions:
        for key in action.shortcuts():
            seen.setdefault(key.toString(QKeySequence.SequenceFormat.PortableText), []).append(
                plain_text(action.text()) or action.objectName() or repr(action))
    return {k: v for k, v in seen.items() if len(v) > 1}


__all__ = [
    "FIXED_KEYS",
    "ShortcutEntry",
    "ShortcutsDialog",
    "all_entries",
    "find_conflicts",
    "key_text",
    "menu_entries",
    "plain_text",
    "show_shortcuts",
]
