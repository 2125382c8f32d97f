"""The privacy curtain: writing and voting in turn on one PC with a projector.

The curtain is closed between turns ("Person 2 von 6 – bitte ans Gerät"); "Ich bin dran"
opens an empty sheet for that person only. While it is open the screen shows that person's own
items (or dots) and nothing of anybody else's; "Fertig – Vorhang zu" destroys the sheet, so
nothing of it stays in the window. Items are saved as they are written — in an anonymous
retrospective without any author. For voting, each turn gets a fresh
:func:`~kimboard.core.ops.retros.new_voter_token` that lives only as long as the sheet: no
member id is ever tied to a vote, and totals stay hidden until everybody has voted.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kimboard.core.db import Database
from kimboard.core.errors import KimboardError
from kimboard.core.ops import retros as retro_ops
from kimboard.ui.retro.notes import NoteList
from kimboard.ui.retro.presentation import Theme, set_role
from kimboard.ui.retro.snapshot import ItemInfo, PromptInfo, RetroSnapshot, Topic, votes_of

translate = QCoreApplication.translate

WRITE = "write"
VOTE = "vote"
MAX_PARTICIPANTS = 40


class MeetingHost(Protocol):
    """What the curtain and the phase pages need from the meeting window."""

    db: Database
    retro_id: int
    snap: RetroSnapshot
    theme: Theme

    def run(self, op: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any: ...
    def reload(self) -> None: ...
    def confirm(self, title: str, text: str, yes: str) -> bool: ...
    def ask_text(self, title: str, label: str, text: str = "") -> str | None: ...
    def exec_dialog(self, dialog: Any) -> bool: ...
    def exec_menu(self, menu: QMenu, pos: QPoint) -> QAction | None: ...
    def show_error(self, message: str) -> None: ...
    def notify(self, message: str) -> None: ...
    def beep(self) -> None: ...
    def push(self, command: QUndoCommand) -> bool: ...
    def participants(self) -> int: ...
    def set_participants(self, n: int) -> None: ...
    def counter(self, name: str) -> int: ...
    def set_counter(self, name: str, value: int) -> None: ...
    def current_theme(self) -> Theme: ...


def label(text: str = "", role: str | None = None, *, wrap: bool = False) -> QLabel:
    """A plain-text label (user text is never interpreted as rich text)."""
    widget = QLabel(text)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setWordWrap(wrap)
    if role:
        set_role(widget, role)
    return widget


def button(text: str, role: str | None = None, *, tip: str = "",
           name: str = "") -> QPushButton:
    widget = QPushButton(text)
    widget.setAutoDefault(False)
    if role:
        set_role(widget, role)
    if tip:
        widget.setToolTip(tip)
    if name:
        widget.setAccessibleName(name)
    return widget


def topic_title(topic: Topic) -> str:
    if topic.title.strip():
        return topic.title
    return translate("Retro", "Gruppe ohne Titel")


def neutral_topics(snap: RetroSnapshot) -> list[Topic]:
    """The topics in an order that says nothing about votes: groups as placed, then the
    ungrouped items shuffled."""
    by_key = {t.key: t for t in snap.topics()}
    ordered = [by_key[("group", g.id)] for g in snap.groups if ("group", g.id) in by_key]
    ordered += [by_key[("item", i.id)] for i in snap.items_of_group(None)
                if ("item", i.id) in by_key]
    return ordered


class Curtain(QWidget):
    """Writing (``mode`` WRITE) or voting (VOTE) in turn; see the module docstring."""

    #: a person finished their turn
    turn_finished = Signal()
    #: (voting) the facilitator wants to see the result
    results_requested = Signal()

    def __init__(self, host: MeetingHost, mode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.mode = mode
        #: the voter token of the open voting sheet (never stored anywhere else)
        self.token: str | None = None
        self.sheet: QWidget | None = None
        #: "Fertig – Vorhang zu" of the open sheet
        self.finish_button: QPushButton | None = None
        self._inputs: dict[int | None, QLineEdit] = {}
        self._own_lists: dict[int | None, NoteList] = {}
        self._own_items: list[ItemInfo] = []
        self._vote_rows: dict[tuple[str, int], tuple[QLabel, QPushButton, QPushButton,
                                                    str]] = {}
        self._author: QComboBox | None = None
        self._message: QLabel | None = None
        self._left: QLabel | None = None
        self._hint: QLabel | None = None

        self.closed = QFrame()
        set_role(self.closed, "curtain")
        self.closed.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.title = label("", "curtaintitle", wrap=True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = label("", wrap=True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress = label("", wrap=True)
        self.progress.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.progress, "h3")
        self.my_turn = button(translate("Curtain", "Ich bin dran"), "big",
                              tip=translate("Curtain", "Öffnet ein leeres Blatt nur für die "
                                            "Person am Gerät (Enter)"))
        self.my_turn.setDefault(True)
        self.my_turn.clicked.connect(self.open_turn)
        self.results = button(translate("Curtain", "Ergebnis zeigen"), "big",
                              tip=translate("Curtain", "Deckt die Stimmen aller auf"))
        self.results.clicked.connect(self.results_requested.emit)
        self.end_early = button(translate("Curtain", "Abstimmung beenden …"),
                                tip=translate("Curtain", "Das Ergebnis zeigen, obwohl noch "
                                              "nicht alle abgestimmt haben"))
        self.end_early.clicked.connect(self._end_early)
        self.participants = QSpinBox()
        self.participants.setRange(1, MAX_PARTICIPANTS)
        self.participants.setAccessibleName(translate("Curtain", "Anzahl der Teilnehmenden"))
        self.participants.setToolTip(translate(
            "Curtain", "So viele Personen kommen nacheinander ans Gerät"))
        self.participants.valueChanged.connect(self._participants_changed)
        count_label = label(translate("Curtain", "&Teilnehmende:"))
        count_label.setBuddy(self.participants)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.my_turn)
        buttons.addWidget(self.results)
        buttons.addStretch(1)
        extra = QHBoxLayout()
        extra.addStretch(1)
        extra.addWidget(count_label)
        extra.addWidget(self.participants)
        extra.addSpacing(host.theme.px(16))
        extra.addWidget(self.end_early)
        extra.addStretch(1)
        inner = QVBoxLayout(self.closed)
        m = host.theme.px(36)
        inner.setContentsMargins(m, m, m, m)
        inner.setSpacing(host.theme.px(16))
        inner.addWidget(self.title)
        inner.addWidget(self.text)
        inner.addWidget(self.progress)
        inner.addSpacing(host.theme.px(8))
        inner.addLayout(buttons)
        inner.addLayout(extra)

        closed_page = QWidget()
        closed_layout = QVBoxLayout(closed_page)
        closed_layout.setContentsMargins(0, 0, 0, 0)
        closed_layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.closed, 6)
        row.addStretch(1)
        closed_layout.addLayout(row)
        closed_layout.addStretch(2)
        self.sheet_holder = QWidget()
        self.sheet_layout = QVBoxLayout(self.sheet_holder)
        self.sheet_layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        self.stack.addWidget(closed_page)
        self.stack.addWidget(self.sheet_holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.finish_shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        self.finish_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.finish_shortcut.activated.connect(self.finish_turn)

    # ------------------------------------------------------------------ state

    @property
    def counter_name(self) -> str:
        return "writing_done" if self.mode == WRITE else "voting_done"

    def done(self) -> int:
        return self.host.counter(self.counter_name)

    def is_open(self) -> bool:
        return self.sheet is not None

    @property
    def author_combo(self) -> QComboBox | None:
        """"Ich bin" on a writing sheet of a retrospective with names (else None)."""
        return self._author

    @property
    def message_label(self) -> QLabel | None:
        """Where the open sheet says why something was refused."""
        return self._message

    def all_done(self) -> bool:
        return self.done() >= self.host.participants()

    def _participants_changed(self, value: int) -> None:
        if value != self.host.participants():
            self.host.set_participants(value)
            self.refresh()

    def refresh(self) -> None:
        """Update the closed curtain (texts, counts, buttons)."""
        if self.is_open():
            return
        snap = self.host.snap
        n = self.host.participants()
        done = self.done()
        self.participants.blockSignals(True)
        self.participants.setValue(n)
        self.participants.blockSignals(False)
        voting = self.mode == VOTE
        self.results.setVisible(voting and done >= n)
        self.end_early.setVisible(voting and done < n)
        if voting and snap.vote_budget == 0:
            self.title.setText(translate("Curtain", "Für diese Retrospektive sind keine "
                                         "Stimmen vorgesehen"))
            self.text.setText(translate("Curtain", "Die Themen werden in der Reihenfolge "
                                        "besprochen, in der sie gruppiert wurden."))
            self.progress.setText("")
            self.my_turn.hide()
            self.results.show()
            self.end_early.hide()
            return
        self.my_turn.show()
        if done >= n:
            if voting:
                self.title.setText(translate("Curtain", "Alle {n} Personen haben abgestimmt")
                                   .format(n=n) if n != 1 else
                                   translate("Curtain", "Die Person hat abgestimmt"))
                self.text.setText(translate(
                    "Curtain", "Jetzt kann das Ergebnis aufgedeckt werden. Wer noch nicht "
                    "dran war, kommt mit „Noch eine Person“ ans Gerät."))
            else:
                self.title.setText(translate("Curtain", "Alle {n} Personen haben geschrieben")
                                   .format(n=n) if n != 1 else
                                   translate("Curtain", "Die Person hat geschrieben"))
                self.text.setText(translate(
                    "Curtain", "Weiter zum Aufdecken mit „Weiter“ (Strg+Pfeil rechts oder "
                    "Bild ab). Wer noch etwas ergänzen möchte, kommt mit „Noch eine Person“ "
                    "ans Gerät."))
            self.my_turn.setText(translate("Curtain", "Noch eine Person"))
            set_role(self.my_turn, "primary")
            self.results.setDefault(voting)
            self.my_turn.setDefault(not voting)
        else:
            self.title.setText(translate("Curtain", "Person {k} von {n} – bitte ans Gerät")
                               .format(k=done + 1, n=n))
            if voting:
                self.text.setText(translate(
                    "Curtain", "Der Vorhang ist zu. Mit „Ich bin dran“ sehen Sie die Themen "
                    "und verteilen Ihre Stimmen – die Stimmen der anderen bleiben verdeckt, bis "
                    "alle abgestimmt haben."))
            else:
                self.text.setText(translate(
                    "Curtain", "Der Vorhang ist zu: Alles bisher Geschriebene bleibt "
                    "verdeckt. Mit „Ich bin dran“ öffnet sich ein leeres Blatt – nur für "
                    "Sie."))
            self.my_turn.setText(translate("Curtain", "Ich bin dran"))
            set_role(self.my_turn, "big")
            self.my_turn.setDefault(True)
        if voting:
            self.progress.setText(translate("Curtain", "{done} von {n} haben abgestimmt")
                                  .format(done=done, n=n))
        else:
            items = len(snap.items)
            self.progress.setText(
                translate("Curtain", "{done} von {n} fertig · {items} Beiträge verdeckt")
                .format(done=done, n=n, items=items) if items != 1 else
                translate("Curtain", "{done} von {n} fertig · 1 Beitrag verdeckt")
                .format(done=done, n=n))
        self.my_turn.setAccessibleName(self.my_turn.text())

    def theme_changed(self) -> None:
        if self._hint is not None:
            self._hint.setVisible(not self.host.current_theme().presenting)

    def focus_default(self) -> None:
        if self.is_open():
            first = next(iter(self._inputs.values()), None)
            if first is not None:
                first.setFocus()
        elif self.results.isVisible() and self.results.isDefault():
            self.results.setFocus()
        else:
            self.my_turn.setFocus()

    # ------------------------------------------------------------------ turns

    def open_turn(self) -> None:
        if self.is_open():
            return
        snap = self.host.snap
        person = self.done() + 1
        if self.mode == WRITE:
            self.sheet = self._write_sheet(snap, person)
        else:
            self.token = retro_ops.new_voter_token()
            self.sheet = self._vote_sheet(snap, person)
        self.sheet_layout.addWidget(self.sheet)
        self.stack.setCurrentWidget(self.sheet_holder)
        self.focus_default()

    def unsent_text(self) -> bool:
        return any(edit.text().strip() for edit in self._inputs.values())

    def finish_turn(self, *, ask: bool = True) -> bool:
        """Close the sheet ("Fertig – Vorhang zu"); False when the person wants to go on."""
        if not self.is_open():
            return True
        if ask and self.unsent_text() and not self.host.confirm(
                translate("Curtain", "Text noch nicht hinzugefügt"),
                translate("Curtain", "In einem Eingabefeld steht noch Text, der nicht "
                          "hinzugefügt wurde. Trotzdem den Vorhang schließen? Der Text geht "
                          "dann verloren."),
                translate("Curtain", "Vorhang schließen")):
            return False
        self._close_sheet()
        self.host.set_counter(self.counter_name, self.done() + 1)
        self.host.reload()
        self.turn_finished.emit()
        self.focus_default()
        return True

    def abandon(self) -> None:
        """Close an open sheet without counting the turn (the phase is left)."""
        if self.is_open():
            self._close_sheet()
            self.refresh()

    def _close_sheet(self) -> None:
        sheet = self.sheet
        self.sheet = None
        self.token = None
        self._inputs.clear()
        self._own_lists.clear()
        self._own_items.clear()
        self._vote_rows.clear()
        self._author = None
        self._message = None
        self._left = None
        self._hint = None
        self.finish_button = None
        self.stack.setCurrentIndex(0)
        if sheet is not None:
            self.sheet_layout.removeWidget(sheet)
            sheet.hide()
            sheet.setParent(None)  # type: ignore[call-overload]
            sheet.deleteLater()
        self.refresh()

    def _say(self, message: str, *, ok: bool = False) -> None:
        if self._message is not None:
            set_role(self._message, "badge" if ok else "warning", "ok" if ok else "")
            self._message.setText(message)
            self._message.setVisible(bool(message))
            self._message.setAccessibleName(message)

    def _try(self, op: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run an operation; a refusal is said on the sheet (and with a soft beep)."""
        try:
            result = self.host.db.run(op, *args, **kwargs)
        except KimboardError as err:
            self._say(str(err))
            self.host.beep()
            return None
        self._say("")
        return result

    # ------------------------------------------------------------------ writing

    def _sheet_frame(self, title: str, hint: str) -> tuple[QFrame, QVBoxLayout, QHBoxLayout]:
        theme = self.host.theme
        sheet = QFrame()
        set_role(sheet, "panel")
        layout = QVBoxLayout(sheet)
        m = theme.px(18)
        layout.setContentsMargins(m, m, m, m)
        layout.setSpacing(theme.px(10))
        head = QHBoxLayout()
        head.setSpacing(theme.px(12))
        head.addWidget(label(title, "h2"), 1)
        layout.addLayout(head)
        self._hint = label(hint, "hint", wrap=True)
        layout.addWidget(self._hint)  # (parented first: a parentless shown label is a window)
        self._hint.setVisible(not theme.presenting)  # on the projector the guide says it
        message = label("", "warning", wrap=True)
        message.hide()
        self._message = message
        layout.addWidget(message)
        return sheet, layout, head

    def _write_sheet(self, snap: RetroSnapshot, person: int) -> QWidget:
        theme = self.host.theme
        sheet, layout, head = self._sheet_frame(
            translate("Curtain", "Person {k} – Ihr Blatt").format(k=person),
            translate("Curtain", "Nur Ihre eigenen Beiträge sind zu sehen; alles, was andere "
                      "geschrieben haben, bleibt bis zum Aufdecken verdeckt. Enter fügt einen "
                      "Beitrag hinzu, Entf nimmt ihn wieder heraus."))
        if snap.anonymous:
            badge = label(translate("Curtain", "Anonym – Ihr Name wird nicht gespeichert"),
                          "badge")
            set_role(badge, "badge", "ok")
            head.addWidget(badge)
        else:
            self._author = QComboBox()
            self._author.setAccessibleName(translate("Curtain", "Ich bin"))
            self._author.addItem(translate("Curtain", "– ohne Namen –"), None)
            for member_id, name in snap.members:
                self._author.addItem(name, member_id)
            who = label(translate("Curtain", "&Ich bin:"))
            who.setBuddy(self._author)
            head.addWidget(who)
            head.addWidget(self._author)
        prompts: list[PromptInfo | None] = list(snap.prompts) or [None]
        grid = QGridLayout()
        grid.setSpacing(theme.px(12))
        n = len(prompts)
        columns = n if n <= 4 else min(4, math.ceil(n / 2))
        for i, prompt in enumerate(prompts):
            grid.addWidget(self._prompt_box(prompt), i // columns, i % columns)
        for c in range(columns):
            grid.setColumnStretch(c, 1)
        layout.addLayout(grid, 1)
        footer = QHBoxLayout()
        self._left = label(translate("Curtain", "Noch keine Beiträge von Ihnen."), "hint")
        footer.addWidget(self._left, 1)
        done = button(translate("Curtain", "Fertig – Vorhang zu"), "big",
                      tip=translate("Curtain", "Schließt Ihr Blatt; die nächste Person ist "
                                    "dran (Strg+Enter)"))
        done.clicked.connect(lambda: self.finish_turn())
        self.finish_button = done
        footer.addWidget(done)
        layout.addLayout(footer)
        return sheet

    def _prompt_box(self, prompt: PromptInfo | None) -> QWidget:
        theme = self.host.theme
        key = prompt.id if prompt is not None else None
        title = prompt.title if prompt is not None else translate("Curtain", "Beiträge")
        box = QFrame()
        set_role(box, "panel")
        box_layout = QVBoxLayout(box)
        m = theme.px(10)
        box_layout.setContentsMargins(m, m, m, m)
        box_layout.setSpacing(theme.px(6))
        head = label(title, "prompt", wrap=True)
        head.setStyleSheet(f"background: {prompt.color if prompt else '#475569'};")
        box_layout.addWidget(head)
        if prompt is not None and prompt.description:
            box_layout.addWidget(label(prompt.description, "hint", wrap=True))
        row = QHBoxLayout()
        edit = QLineEdit()
        edit.setAccessibleName(translate("Curtain", "Neuer Beitrag zu „{prompt}“").format(
            prompt=title))
        edit.setPlaceholderText(translate("Curtain", "Beitrag schreiben, Enter …"))
        edit.setMaxLength(2000)
        edit.returnPressed.connect(lambda k=key: self.add_item(k))
        add = button("+", "vote", tip=translate("Curtain", "Hinzufügen (Enter)"),
                     name=translate("Curtain", "Beitrag zu „{prompt}“ hinzufügen").format(
                         prompt=title))
        add.clicked.connect(lambda _=False, k=key: self.add_item(k))
        row.addWidget(edit, 1)
        row.addWidget(add)
        box_layout.addLayout(row)
        own = NoteList(self.host.current_theme, translate(
            "Curtain", "Ihre Beiträge zu „{prompt}“").format(prompt=title), show_prompt=False)
        own.setMinimumHeight(theme.px(40))
        own.delete_requested.connect(lambda k=key: self.remove_own(k))
        own.context_requested.connect(lambda pos, k=key: self._own_menu(k, pos))
        box_layout.addWidget(own, 1)
        self._inputs[key] = edit
        self._own_lists[key] = own
        return box

    def input_for(self, prompt_id: int | None) -> QLineEdit:
        return self._inputs[prompt_id]

    def add_item(self, prompt_id: int | None) -> bool:
        edit = self._inputs.get(prompt_id)
        if edit is None or not edit.text().strip():
            return False
        snap = self.host.snap
        kwargs: dict[str, Any] = {}
        if not snap.anonymous and self._author is not None \
                and self._author.currentData() is not None:
            kwargs["author_id"] = int(self._author.currentData())
        result = self._try(retro_ops.add_item, snap.id, prompt_id, edit.text(), **kwargs)
        if result is None:
            return False
        self._own_items.append(ItemInfo(result.value.id, prompt_id, None, edit.text().strip()))
        edit.clear()
        self._show_own()
        return True

    def _show_own(self) -> None:
        snap = self.host.snap
        for key, view in self._own_lists.items():
            prompt = snap.prompt(key)
            view.set_notes([(i, prompt) for i in self._own_items if i.prompt_id == key])
        n = len(self._own_items)
        if self._left is not None:
            self._left.setText(
                translate("Curtain", "Noch keine Beiträge von Ihnen.") if n == 0 else
                translate("Curtain", "1 Beitrag von Ihnen gespeichert.") if n == 1 else
                translate("Curtain", "{n} Beiträge von Ihnen gespeichert.").format(n=n))

    def remove_own(self, prompt_id: int | None) -> bool:
        """Take one's own item back out; its text returns to the input field."""
        view = self._own_lists.get(prompt_id)
        item_id = view.current_id() if view is not None else None
        item = next((i for i in self._own_items if i.id == item_id), None)
        if item is None:
            return False
        if self._try(retro_ops.delete_item, item.id) is None:
            return False
        self._own_items.remove(item)
        edit = self._inputs[prompt_id]
        if not edit.text().strip():
            edit.setText(item.text)
        self._show_own()
        self._say("")
        self.host.notify(translate("Curtain", "Beitrag herausgenommen – der Text steht wieder "
                                   "im Eingabefeld."))
        edit.setFocus()
        return True

    def _own_menu(self, prompt_id: int | None, pos: QPoint) -> None:
        menu = QMenu(self)
        remove = menu.addAction(translate("Curtain", "&Herausnehmen"))
        remove.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        remove.triggered.connect(lambda: self.remove_own(prompt_id))
        self.host.exec_menu(menu, pos)
        menu.deleteLater()

    # ------------------------------------------------------------------ voting

    def _vote_sheet(self, snap: RetroSnapshot, person: int) -> QWidget:
        theme = self.host.theme
        sheet, layout, head = self._sheet_frame(
            translate("Curtain", "Person {k} – Ihre Stimmen").format(k=person),
            translate("Curtain", "Jede Person hat {budget} Stimmen, höchstens {cap} pro Thema. "
                      "„+“ vergibt eine Stimme, „−“ nimmt sie zurück. Die Stimmen der anderen "
                      "bleiben verdeckt.").format(budget=snap.vote_budget, cap=snap.vote_cap))
        self._left = label("", "bignumber")
        head.addWidget(self._left)
        rows = QWidget()
        rows_layout = QVBoxLayout(rows)
        rows_layout.setContentsMargins(0, 0, theme.px(6), 0)
        rows_layout.setSpacing(theme.px(8))
        topics = neutral_topics(snap)
        if not topics:
            rows_layout.addWidget(label(translate(
                "Curtain", "Es gibt noch keine Beiträge, für die man stimmen könnte."), "hint"))
        for topic in topics:
            rows_layout.addWidget(self._vote_row(snap, topic))
        rows_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(rows)
        layout.addWidget(scroll, 1)
        footer = QHBoxLayout()
        footer.addStretch(1)
        done = button(translate("Curtain", "Fertig – Vorhang zu"), "big",
                      tip=translate("Curtain", "Schließt Ihre Abstimmung; die nächste Person "
                                    "ist dran (Strg+Enter)"))
        done.clicked.connect(lambda: self.finish_turn())
        self.finish_button = done
        footer.addWidget(done)
        layout.addLayout(footer)
        self._show_votes()
        return sheet

    def _vote_row(self, snap: RetroSnapshot, topic: Topic) -> QWidget:
        theme = self.host.theme
        key = topic.key
        title = topic_title(topic)
        row = QFrame()
        set_role(row, "panel")
        layout = QHBoxLayout(row)
        m = theme.px(10)
        layout.setContentsMargins(m, m, m, m)
        layout.setSpacing(theme.px(12))
        text = QVBoxLayout()
        text.setSpacing(theme.px(2))
        text.addWidget(label(title, "h3", wrap=True))
        if topic.group_id is not None:
            lines = [f"• {i.text}" for i in topic.items[:4]]
            if len(topic.items) > 4:
                lines.append(translate("Curtain", "… und {n} weitere").format(
                    n=len(topic.items) - 4))
            if lines:
                text.addWidget(label("\n".join(lines), "hint", wrap=True))
        else:
            prompt = snap.prompt(topic.items[0].prompt_id) if topic.items else None
            if prompt is not None:
                tag = label(prompt.title, "hint")
                text.addWidget(tag)
        layout.addLayout(text, 1)
        minus = button("−", "vote", tip=translate("Curtain", "Eine Stimme zurücknehmen"),
                       name=translate("Curtain", "Eine Stimme von „{topic}“ zurücknehmen")
                       .format(topic=title))
        dots = label("", "h2")
        dots.setMinimumWidth(theme.px(60))
        dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        plus = button("+", "vote", tip=translate("Curtain", "Eine Stimme vergeben"),
                      name=translate("Curtain", "Eine Stimme für „{topic}“ vergeben")
                      .format(topic=title))
        minus.clicked.connect(lambda _=False, k=key: self.remove_vote(k))
        plus.clicked.connect(lambda _=False, k=key: self.cast_vote(k))
        layout.addWidget(minus)
        layout.addWidget(dots)
        layout.addWidget(plus)
        self._vote_rows[key] = (dots, minus, plus, title)
        return row

    def vote_buttons(self, key: tuple[str, int]) -> tuple[QPushButton, QPushButton]:
        """(minus, plus) of a topic on the open voting sheet."""
        _dots, minus, plus, _title = self._vote_rows[key]
        return minus, plus

    def _target(self, key: tuple[str, int]) -> dict[str, int]:
        kind, target = key
        return {"group_id": target} if kind == "group" else {"item_id": target}

    def cast_vote(self, key: tuple[str, int]) -> bool:
        if self.token is None:
            return False
        ok = self._try(retro_ops.cast_vote, self.host.snap.id, voter_token=self.token,
                       **self._target(key)) is not None
        self._show_votes(keep_message=not ok)
        return ok

    def remove_vote(self, key: tuple[str, int]) -> bool:
        if self.token is None:
            return False
        ok = self._try(retro_ops.remove_vote, self.host.snap.id, voter_token=self.token,
                       **self._target(key)) is not None
        self._show_votes(keep_message=not ok)
        return ok

    def own_votes(self) -> dict[tuple[str, int], int]:
        if self.token is None:
            return {}
        with self.host.db.session() as s:
            return votes_of(s, self.host.snap.id, self.token)

    def _show_votes(self, keep_message: bool = False) -> None:
        snap = self.host.snap
        mine = self.own_votes()
        cap = snap.vote_cap
        for key, (dots, minus, _plus, title) in self._vote_rows.items():
            n = mine.get(key, 0)
            dots.setText("●" * n + "○" * max(0, min(cap, snap.vote_budget) - n))
            dots.setAccessibleName(translate("Curtain", "Ihre Stimmen für „{topic}“: {n}")
                                   .format(topic=title, n=n))
            minus.setEnabled(n > 0)
        left = snap.vote_budget - sum(mine.values())
        if self._left is not None:
            self._left.setText(translate("Curtain", "noch {left} von {budget}").format(
                left=left, budget=snap.vote_budget))
            self._left.setAccessibleName(translate(
                "Curtain", "Noch {left} von {budget} Stimmen frei").format(
                left=left, budget=snap.vote_budget))
        if keep_message:
            return
        if left <= 0 and snap.vote_budget > 0:
            self._say(translate("Curtain", "Alle Stimmen sind verteilt. Mit „Fertig – Vorhang "
                                "zu“ ist die nächste Person dran."), ok=True)
        else:
            self._say("")

    def _end_early(self) -> None:
        n, done = self.host.participants(), self.done()
        if self.host.confirm(
                translate("Curtain", "Abstimmung beenden"),
                translate("Curtain", "Erst {done} von {n} Personen haben abgestimmt. Die "
                          "Abstimmung trotzdem beenden und das Ergebnis zeigen?").format(
                    done=done, n=n),
                translate("Curtain", "Ergebnis zeigen")):
            self.results_requested.emit()


__all__ = [
    "MAX_PARTICIPANTS",
    "VOTE",
    "WRITE",
    "Curtain",
    "MeetingHost",
    "button",
    "label",
    "neutral_topics",
    "topic_title",
]
