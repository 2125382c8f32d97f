"""Retrospective templates: the built-in ones (read-only) and the office's own.

A team copies a built-in template (or one of its own) and adapts it, or starts a new one:
name, description and the prompts, each with a description and a colour. Prompts are
reordered with buttons or Ctrl+↑/↓ in the list. Every change goes through one core operation
and is saved at once, as in the board settings.

Sub-dialogs run through :meth:`RetroTemplatesDialog._exec`, questions through
:meth:`RetroTemplatesDialog._confirm` and :meth:`RetroTemplatesDialog._ask_text`, colours
through :meth:`RetroTemplatesDialog._pick_color`; tests replace them to answer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, or_, select

from kimboard.core.db import Database
from kimboard.core.errors import KimboardError
from kimboard.core.models import RetroItem, Retrospective, RetroTemplate, Site
from kimboard.core.ops import OpResult, retro_templates, retros
from kimboard.ui.dialogs.board_settings import (
    MUTED_COLOR,
    PALETTE,
    ColorChooser,
    color_name,
    pick_color_with_dialog,
    readable_text_on,
    swatch_icon,
)
from kimboard.ui.overview import counted
from kimboard.ui.widgets import buddy_label

translate = QCoreApplication.translate

DEFAULT_COLOR = retro_templates.DEFAULT_COLOR
_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class PromptInfo:
    id: int
    title: str
    description: str
    color: str
    items: int  # items of retrospectives written under this prompt


@dataclass(frozen=True)
class TemplateInfo:
    id: int
    name: str
    description: str
    builtin: bool
    prompts: tuple[PromptInfo, ...]
    retros: int  # retrospectives that use the template


def load_templates(db: Database, site_id: int) -> tuple[bool, list[TemplateInfo]]:
    """Whether the office is editable here, and its templates (built-in first, by name)."""
    with db.session() as s:
        site = s.get_one(Site, site_id)
        local = site.is_local
        templates = list(s.scalars(
            select(RetroTemplate)
            .where(or_(RetroTemplate.builtin.is_(True), RetroTemplate.site_id == site.id))))
        items = {pid: int(n) for pid, n in s.execute(
            select(RetroItem.prompt_id, func.count()).where(RetroItem.prompt_id.is_not(None))
            .group_by(RetroItem.prompt_id))}
        used = {tid: int(n) for tid, n in s.execute(
            select(Retrospective.template_id, func.count())
            .where(Retrospective.template_id.is_not(None))
            .group_by(Retrospective.template_id))}
        result = [
            TemplateInfo(
                t.id, t.name, t.description, bool(t.builtin or t.site_id is None),
                tuple(PromptInfo(p.id, p.title, p.description, p.color, items.get(p.id, 0))
                      for p in t.prompts),
                used.get(t.id, 0))
            for t in templates
        ]
    # Built-in ones in the seed's order (from the classics to those for this setting), own
    # ones by name.
    result.sort(key=lambda t: (not t.builtin, t.id if t.builtin else 0, t.name.casefold()))
    return local, result


# --------------------------------------------------------------------------- sub-dialogs


class PromptDialog(QDialog):
    """Title, description and colour of one prompt, with a preview of its column head."""

    def __init__(self, parent: QWidget | None = None, *, title: str = "", description: str = "",
                 color: str = DEFAULT_COLOR, editing: bool = False,
                 pick_color: Callable[[str], str | None] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Frage bearbeiten") if editing else self.tr("Neue Frage"))
        self.title_edit = QLineEdit(title)
        self.title_edit.setMaxLength(200)
        self.title_edit.setPlaceholderText(self.tr("z. B. Was lief gut?"))
        self.title_edit.setAccessibleName(self.tr("Frage"))
        self.description_edit = QPlainTextEdit(description)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setPlaceholderText(self.tr("Optional: ein Satz, der die Frage "
                                                         "erläutert"))
        self.description_edit.setAccessibleName(self.tr("Erläuterung der Frage"))
        self.description_edit.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.chooser = ColorChooser(
            color, accessible_name=self.tr("Farbe der Frage"),
            button_text=self.tr("Andere Farbe &wählen …"),
            button_name=self.tr("Andere Farbe für die Frage wählen"),
            dialog_title=self.tr("Farbe der Frage"), pick_color=pick_color)
        self.color_combo, self.custom_button = self.chooser.combo, self.chooser.button
        self.preview = QLabel()
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setAccessibleName(self.tr("Vorschau der Spalte"))
        self.preview.setMinimumWidth(240)
        self.title_edit.textChanged.connect(self._update)
        self.chooser.changed.connect(self._update)

        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Frage:"), self.title_edit), self.title_edit)
        form.addRow(buddy_label(self.tr("&Erläuterung:"), self.description_edit),
                    self.description_edit)
        form.addRow(buddy_label(self.tr("F&arbe:"), self.color_combo), self.chooser)
        form.addRow(self.tr("Vorschau:"), self.preview)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Speichern") if editing else self.tr("Hinzufügen"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Abbrechen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self._update()
        self.title_edit.setFocus()

    def set_color(self, color: str) -> None:
        self.chooser.set_color(color)

    def color(self) -> str:
        return self.chooser.color()

    def values(self) -> tuple[str, str, str]:
        return (self.title_edit.text().strip(), self.description_edit.toPlainText().strip(),
                self.color())

    def _update(self) -> None:
        color = QColor(self.color())
        text = readable_text_on(color).name()
        self.preview.setText(self.title_edit.text().strip() or self.tr("Frage"))
        self.preview.setStyleSheet(f"background: {color.name()}; color: {text}; "
                                   "font-weight: bold; border-radius: 4px; padding: 6px 10px;")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title_edit.text().strip()))


class NewTemplateDialog(QDialog):
    """Name, description and the first prompt of a new own template."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Neue Vorlage"))
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.name_edit.setAccessibleName(self.tr("Name der Vorlage"))
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setAccessibleName(self.tr("Beschreibung der Vorlage"))
        self.description_edit.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.prompt_edit = QLineEdit()
        self.prompt_edit.setMaxLength(200)
        self.prompt_edit.setPlaceholderText(self.tr("z. B. Was lief gut?"))
        self.prompt_edit.setAccessibleName(self.tr("Erste Frage der Vorlage"))
        hint = QLabel(self.tr("Weitere Fragen, Erläuterungen und Farben lassen sich danach "
                              "in der Liste ergänzen."))
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {MUTED_COLOR};")
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Name:"), self.name_edit), self.name_edit)
        form.addRow(buddy_label(self.tr("&Beschreibung:"), self.description_edit),
                    self.description_edit)
        form.addRow(buddy_label(self.tr("&Erste Frage:"), self.prompt_edit), self.prompt_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Anlegen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Abbrechen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for edit in (self.name_edit, self.prompt_edit):
            edit.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self._update()

    def values(self) -> tuple[str, str, str]:
        return (self.name_edit.text().strip(), self.description_edit.toPlainText().strip(),
                self.prompt_edit.text().strip())

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.name_edit.text().strip() and self.prompt_edit.text().strip()))


# --------------------------------------------------------------------------- the dialog


class RetroTemplatesDialog(QDialog):
    """The templates of an office: built-in ones to copy, own ones to edit."""

    #: Emitted after every saved change (e.g. so a retrospective start page re-reads them).
    changed = Signal()

    def __init__(self, db: Database, site_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.site_id = site_id
        self.local = True
        self.templates: list[TemplateInfo] = []
        self.setWindowTitle(self.tr("Vorlagen für Retrospektiven"))

        # Left: the templates
        self.template_list = QTreeWidget()
        self.template_list.setColumnCount(2)
        self.template_list.setHeaderLabels([self.tr("Vorlage"), self.tr("Fragen")])
        self.template_list.setAccessibleName(self.tr("Vorlagen"))
        self.template_list.header().setAccessibleName(self.tr("Spaltenköpfe der Vorlagen"))
        self.template_list.setRootIsDecorated(False)
        self.template_list.setItemsExpandable(False)
        self.template_list.setAlternatingRowColors(False)
        self.template_list.setAllColumnsShowFocus(True)
        self.template_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.template_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.template_list.itemSelectionChanged.connect(self._show_selected)
        self.copy_button = self._button(self.tr("&Kopieren …"),
                                        self.tr("Vorlage als eigene Vorlage kopieren"),
                                        lambda: self.copy_template())
        self.new_button = self._button(self.tr("&Neue Vorlage …"),
                                       self.tr("Neue eigene Vorlage anlegen"),
                                       lambda: self.new_template())
        self.delete_button = self._button(self.tr("Vorlage &löschen …"),
                                          self.tr("Eigene Vorlage löschen"),
                                          lambda: self.delete_template())
        left_buttons = QHBoxLayout()
        for button in (self.copy_button, self.new_button, self.delete_button):
            left_buttons.addWidget(button)
        left_buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(buddy_label(self.tr("&Vorlagen:"), self.template_list))
        left_layout.addWidget(self.template_list, 1)
        left_layout.addLayout(left_buttons)

        # Right: the chosen template
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setStyleSheet(f"color: {MUTED_COLOR};")
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.name_edit.setAccessibleName(self.tr("Name der Vorlage"))
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setAccessibleName(self.tr("Beschreibung der Vorlage"))
        self.description_edit.setFixedHeight(self.fontMetrics().height() * 3 + 14)
        self.save_button = self._button(self.tr("Name und Beschreibung &speichern"),
                                        self.tr("Name und Beschreibung der Vorlage speichern"),
                                        lambda: self.save_details())
        self.name_edit.textEdited.connect(lambda _t: self._update_buttons())
        self.description_edit.textChanged.connect(self._update_buttons)
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("Na&me:"), self.name_edit), self.name_edit)
        form.addRow(buddy_label(self.tr("Beschrei&bung:"), self.description_edit),
                    self.description_edit)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)

        self.prompt_list = QTreeWidget()
        self.prompt_list.setColumnCount(3)
        self.prompt_list.setHeaderLabels([self.tr("Frage"), self.tr("Erläuterung"),
                                          self.tr("Farbe")])
        self.prompt_list.setAccessibleName(self.tr("Fragen der Vorlage"))
        self.prompt_list.header().setAccessibleName(self.tr("Spaltenköpfe der Fragen"))
        self.prompt_list.setRootIsDecorated(False)
        self.prompt_list.setUniformRowHeights(True)
        self.prompt_list.setAlternatingRowColors(True)
        self.prompt_list.setAllColumnsShowFocus(True)
        self.prompt_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.prompt_list.setIconSize(QSize(16, 16))
        self.prompt_list.setWordWrap(False)
        pheader = self.prompt_list.header()
        pheader.setStretchLastSection(False)
        pheader.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        pheader.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        pheader.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.prompt_list.itemSelectionChanged.connect(self._update_buttons)
        self.prompt_list.itemActivated.connect(lambda *_: self.edit_prompt())
        self.add_prompt_button = self._button(self.tr("Frage &hinzufügen …"),
                                              self.tr("Frage hinzufügen"),
                                              lambda: self.add_prompt(),
                                              self.tr("Neue Frage am Ende (Einfg)"))
        self.edit_prompt_button = self._button(self.tr("&Bearbeiten …"),
                                               self.tr("Frage bearbeiten"),
                                               lambda: self.edit_prompt(),
                                               self.tr("Frage, Erläuterung und Farbe (F2)"))
        self.up_button = self._button(self.tr("Nach &oben"),
                                      self.tr("Frage nach oben verschieben"),
                                      lambda: self.move_prompt(-1),
                                      self.tr("Strg+Pfeil hoch in der Liste"))
        self.down_button = self._button(self.tr("Nach &unten"),
                                        self.tr("Frage nach unten verschieben"),
                                        lambda: self.move_prompt(+1),
                                        self.tr("Strg+Pfeil runter in der Liste"))
        self.remove_button = self._button(self.tr("&Entfernen …"),
                                          self.tr("Frage entfernen"),
                                          lambda: self.delete_prompt(),
                                          self.tr("Frage aus der Vorlage entfernen (Entf)"))
        prompt_buttons = QVBoxLayout()
        for button in (self.add_prompt_button, self.edit_prompt_button, self.up_button,
                       self.down_button, self.remove_button):
            button.setMinimumWidth(150)
            prompt_buttons.addWidget(button)
        prompt_buttons.addStretch(1)
        self._shortcut(["Ctrl+Up", "Alt+Up"], lambda: self.move_prompt(-1))
        self._shortcut(["Ctrl+Down", "Alt+Down"], lambda: self.move_prompt(+1))
        self._shortcut([QKeySequence.StandardKey.Delete], lambda: self.delete_prompt())
        self._shortcut(["F2"], lambda: self.edit_prompt())
        self._shortcut(["Ins"], lambda: self.add_prompt())
        prompt_row = QHBoxLayout()
        prompt_row.addWidget(self.prompt_list, 1)
        prompt_row.addLayout(prompt_buttons)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.note)
        right_layout.addLayout(form)
        right_layout.addLayout(save_row)
        right_layout.addWidget(buddy_label(self.tr("&Fragen (in dieser Reihenfolge als Spalten):"),
                                      self.prompt_list))
        right_layout.addLayout(prompt_row, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([340, 620])

        self.message_label = QLabel()
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Meldung"))
        self.message_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Schließen"))
        close.setAccessibleName(self.tr("Vorlagen schließen"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)

        intro = QLabel(self.tr(
            "Eine Vorlage legt die Fragen einer Retrospektive fest; jede Frage wird eine "
            "Spalte. Mitgelieferte Vorlagen lassen sich kopieren und dann anpassen. "
            "Änderungen werden sofort gespeichert."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.resize(1000, 600)
        self.reload()
        self.template_list.setFocus()

    # ------------------------------------------------------------------ building helpers

    def _button(self, text: str, accessible: str, slot: Callable[[], Any],
                tip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        if tip:
            button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _shortcut(self, keys: Sequence[str | QKeySequence.StandardKey],
                  slot: Callable[[], Any]) -> None:
        """Keys that work while the prompt list has focus."""
        action = QAction(self.prompt_list)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.prompt_list.addAction(action)

    # ------------------------------------------------------------------ data

    def reload(self, select_template: int | None = None,
               select_prompt: int | None = None) -> None:
        """Re-read the templates and show them, keeping (or making) a selection."""
        if select_template is None:
            select_template = self.current_template_id()
        if select_prompt is None:
            select_prompt = self.current_prompt_id()
        self.local, self.templates = load_templates(self.db, self.site_id)
        self.template_list.blockSignals(True)
        self.template_list.clear()
        builtin = QTreeWidgetItem([self.tr("Mitgelieferte Vorlagen"), ""])
        own = QTreeWidgetItem([self.tr("Eigene Vorlagen der Dienststelle"), ""])
        chosen: QTreeWidgetItem | None = None
        for group in (own, builtin):
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
        for info in self.templates:
            item = QTreeWidgetItem([info.name, str(len(info.prompts))])
            item.setData(0, _ROLE, info.id)
            item.setToolTip(0, info.description)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            (builtin if info.builtin else own).addChild(item)
            if info.id == select_template:
                chosen = item
        if own.childCount() == 0:
            empty = QTreeWidgetItem([self.tr("(noch keine – eine Vorlage kopieren oder neu "
                                             "anlegen)"), ""])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            own.addChild(empty)
        self.template_list.addTopLevelItem(own)
        self.template_list.addTopLevelItem(builtin)
        self.template_list.expandAll()
        if chosen is None:
            chosen = own.child(0) if own.child(0).data(0, _ROLE) is not None else \
                builtin.child(0)
        self.template_list.blockSignals(False)
        if chosen is not None:
            self.template_list.setCurrentItem(chosen)
            chosen.setSelected(True)
        self._show_selected(select_prompt)

    def template(self, template_id: int | None = None) -> TemplateInfo | None:
        wanted = self.current_template_id() if template_id is None else template_id
        return next((t for t in self.templates if t.id == wanted), None)

    def current_template_id(self) -> int | None:
        item = self.template_list.currentItem()
        if item is None or not item.isSelected():
            return None
        data = item.data(0, _ROLE)
        return int(data) if data is not None else None

    def current_prompt_id(self) -> int | None:
        item = self.prompt_list.currentItem()
        if item is None or not item.isSelected():
            return None
        data = item.data(0, _ROLE)
        return int(data) if data is not None else None

    def select_template(self, template_id: int) -> None:
        self.reload(select_template=template_id)

    def select_prompt(self, prompt_id: int) -> None:
        for i in range(self.prompt_list.topLevelItemCount()):
            item = self.prompt_list.topLevelItem(i)
            if item.data(0, _ROLE) == prompt_id:
                self.prompt_list.setCurrentItem(item)
                item.setSelected(True)
                return

    def editable(self) -> bool:
        info = self.template()
        return info is not None and not info.builtin and self.local

    def _show_selected(self, select_prompt: int | None = None) -> None:
        info = self.template()
        self.prompt_list.blockSignals(True)
        self.prompt_list.clear()
        if info is None:
            self.name_edit.clear()
            self.description_edit.clear()
            self.note.setText(self.tr("Bitte links eine Vorlage wählen."))
        else:
            self.name_edit.setText(info.name)
            self.description_edit.setPlainText(info.description)
            if not self.local:
                self.note.setText(self.tr("Diese Dienststelle wurde aus einem Paket "
                                          "übernommen; ihre Vorlagen sind hier nur lesbar."))
            elif info.builtin:
                self.note.setText(self.tr(
                    "Mitgelieferte Vorlage – nur lesbar. Mit „Kopieren“ entsteht eine eigene "
                    "Fassung, die sich ändern lässt."))
            elif info.retros:
                self.note.setText(counted(
                    info.retros,
                    self.tr("Eigene Vorlage, verwendet in 1 Retrospektive. Änderungen an "
                            "Fragen wirken auch dort."),
                    self.tr("Eigene Vorlage, verwendet in {n} Retrospektiven. Änderungen an "
                            "Fragen wirken auch dort.")))
            else:
                self.note.setText(self.tr("Eigene Vorlage – Änderungen werden sofort "
                                          "gespeichert."))
            chosen: QTreeWidgetItem | None = None
            for prompt in info.prompts:
                item = QTreeWidgetItem([prompt.title, " ".join(prompt.description.split()),
                                        color_name(prompt.color)])
                item.setData(0, _ROLE, prompt.id)
                item.setIcon(2, swatch_icon(prompt.color))
                item.setToolTip(1, prompt.description)
                self.prompt_list.addTopLevelItem(item)
                if prompt.id == select_prompt:
                    chosen = item
            if chosen is None and self.prompt_list.topLevelItemCount():
                chosen = self.prompt_list.topLevelItem(0)
            if chosen is not None:
                self.prompt_list.setCurrentItem(chosen)
                chosen.setSelected(True)
        self.prompt_list.blockSignals(False)
        editable = self.editable()
        self.name_edit.setReadOnly(not editable)
        self.description_edit.setReadOnly(not editable)
        self._update_buttons()

    def _update_buttons(self) -> None:
        info = self.template()
        editable = self.editable()
        prompt = self.current_prompt_id()
        index = self._prompt_index(prompt)
        count = len(info.prompts) if info else 0
        self.copy_button.setEnabled(info is not None and self.local)
        self.new_button.setEnabled(self.local)
        self.delete_button.setEnabled(editable)
        dirty = info is not None and (self.name_edit.text() != info.name
                                      or self.description_edit.toPlainText()
                                      != info.description)
        self.save_button.setEnabled(editable and dirty)
        self.add_prompt_button.setEnabled(editable and count < retro_templates.MAX_PROMPTS)
        self.edit_prompt_button.setEnabled(editable and prompt is not None)
        self.up_button.setEnabled(editable and index is not None and index > 0)
        self.down_button.setEnabled(editable and index is not None and index < count - 1)
        self.remove_button.setEnabled(editable and prompt is not None and count > 1)

    def _prompt_index(self, prompt_id: int | None) -> int | None:
        info = self.template()
        if info is None or prompt_id is None:
            return None
        return next((i for i, p in enumerate(info.prompts) if p.id == prompt_id), None)

    def _prompt(self, prompt_id: int | None) -> PromptInfo | None:
        index = self._prompt_index(prompt_id)
        info = self.template()
        return info.prompts[index] if info is not None and index is not None else None

    # ------------------------------------------------------------------ running operations

    def _run(self, op: Callable[..., OpResult[Any]], *args: Any, message: str = "",
             **kwargs: Any) -> OpResult[Any] | None:
        try:
            result = self.db.run(op, *args, **kwargs)
        except KimboardError as err:
            self._error(str(err))
            return None
        self.message_label.setText(message)
        self.message_label.setVisible(bool(message))
        self.changed.emit()
        return result

    # ------------------------------------------------------------------ templates

    def copy_template(self, name: str | None = None) -> int | None:
        """Copy the selected template into an own one (asks for the name)."""
        info = self.template()
        if info is None or not self.local:
            return None
        if name is None:
            name = self._ask_text(self.tr("Vorlage kopieren"),
                                  self.tr("Name der eigenen Vorlage:"),
                                  self.tr("{name} (eigene Fassung)").format(name=info.name))
            if name is None:
                return None
        result = self._run(retros.copy_template, info.id, self.site_id, name,
                           message=self.tr("Vorlage „{name}“ angelegt.").format(
                               name=name.strip()))
        if result is None:
            return None
        self.reload(select_template=result.value.id)
        self.name_edit.setFocus()
        return int(result.value.id)

    def new_template(self) -> int | None:
        if not self.local:
            return None
        dialog = NewTemplateDialog(self)
        if not self._exec(dialog):
            return None
        name, description, first = dialog.values()
        result = self._run(retros.create_template, self.site_id, name, description,
                           [(first, "", DEFAULT_COLOR)],
                           message=self.tr("Vorlage „{name}“ angelegt.").format(name=name))
        if result is None:
            return None
        self.reload(select_template=result.value.id)
        self.prompt_list.setFocus()
        return int(result.value.id)

    def delete_template(self) -> bool:
        info = self.template()
        if info is None or not self.editable():
            return False
        if not self._confirm(self.tr("Vorlage löschen"), self.tr(
                "Die Vorlage „{name}“ mit ihren Fragen wirklich löschen?").format(
                name=info.name)):
            return False
        if self._run(retro_templates.delete_template, info.id,
                     message=self.tr("Vorlage „{name}“ gelöscht.").format(name=info.name)
                     ) is None:
            return False
        self.reload(select_template=-1)
        return True

    def save_details(self) -> bool:
        info = self.template()
        if info is None or not self.editable():
            return False
        if self._run(retro_templates.update_template, info.id, name=self.name_edit.text(),
                     description=self.description_edit.toPlainText(),
                     message=self.tr("Name und Beschreibung gespeichert.")) is None:
            return False
        self.reload(select_template=info.id)
        return True

    # ------------------------------------------------------------------ prompts

    def add_prompt(self) -> int | None:
        info = self.template()
        if info is None or not self.editable():
            return None
        used = {p.color for p in info.prompts}
        color = next((value for _n, value in PALETTE if value not in used), DEFAULT_COLOR)
        dialog = PromptDialog(self, color=color, pick_color=self._pick_color)
        if not self._exec(dialog):
            return None
        title, description, color = dialog.values()
        result = self._run(retro_templates.add_prompt, info.id, title, description, color,
                           message=self.tr("Frage „{title}“ hinzugefügt.").format(title=title))
        if result is None:
            return None
        self.reload(select_template=info.id, select_prompt=result.value.id)
        self.prompt_list.setFocus()
        return int(result.value.id)

    def edit_prompt(self) -> bool:
        prompt = self._prompt(self.current_prompt_id())
        if prompt is None or not self.editable():
            return False
        dialog = PromptDialog(self, title=prompt.title, description=prompt.description,
                              color=prompt.color, editing=True, pick_color=self._pick_color)
        if not self._exec(dialog):
            return False
        title, description, color = dialog.values()
        if self._run(retro_templates.update_prompt, prompt.id, title=title,
                     description=description, color=color,
                     message=self.tr("Frage „{title}“ gespeichert.").format(title=title)
                     ) is None:
            return False
        self.reload(select_prompt=prompt.id)
        self.prompt_list.setFocus()
        return True

    def move_prompt(self, delta: int) -> bool:
        prompt_id = self.current_prompt_id()
        index = self._prompt_index(prompt_id)
        info = self.template()
        if info is None or index is None or prompt_id is None or not self.editable():
            return False
        target = index + delta
        if not 0 <= target < len(info.prompts):
            return False
        prompt = info.prompts[index]
        message = (self.tr("„{title}“ steht jetzt an Stelle {n} von {m}.")
                   .format(title=prompt.title, n=target + 1, m=len(info.prompts)))
        if self._run(retro_templates.move_prompt, prompt_id, target, message=message) is None:
            return False
        self.reload(select_prompt=prompt_id)
        self.prompt_list.setFocus()
        return True

    def delete_prompt(self) -> bool:
        prompt = self._prompt(self.current_prompt_id())
        info = self.template()
        if prompt is None or info is None or not self.editable():
            return False
        if prompt.items:
            self._error(counted(
                prompt.items,
                self.tr("Zur Frage „{title}“ gibt es schon 1 Beitrag in einer Retrospektive. "
                        "Sie kann deshalb nicht entfernt werden; für künftige "
                        "Retrospektiven bitte eine Kopie der Vorlage anlegen."),
                self.tr("Zur Frage „{title}“ gibt es schon {n} Beiträge in Retrospektiven. "
                        "Sie kann deshalb nicht entfernt werden; für künftige "
                        "Retrospektiven bitte eine Kopie der Vorlage anlegen."),
            ).replace("{title}", prompt.title))
            return False
        if not self._confirm(self.tr("Frage entfernen"), self.tr(
                "Die Frage „{title}“ aus der Vorlage „{name}“ entfernen?").format(
                title=prompt.title, name=info.name)):
            return False
        index = self._prompt_index(prompt.id) or 0
        if self._run(retro_templates.delete_prompt, prompt.id,
                     message=self.tr("Frage „{title}“ entfernt.").format(title=prompt.title)
                     ) is None:
            return False
        remaining = [p.id for p in info.prompts if p.id != prompt.id]
        self.reload(select_template=info.id,
                    select_prompt=remaining[min(index, len(remaining) - 1)])
        self.prompt_list.setFocus()
        return True

    # ------------------------------------------------------------------ hooks for tests

    def _exec(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _confirm(self, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Ja"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Nein"))
        return box.exec() == QMessageBox.StandardButton.Yes

    def _ask_text(self, title: str, label: str, text: str) -> str | None:
        value, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, text)
        return value if ok and value.strip() else None

    def _pick_color(self, initial: str) -> str | None:
        return pick_color_with_dialog(initial, self,
                                      translate("RetroTemplates", "Farbe der Frage"))

    def _error(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "kimboard", message,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
