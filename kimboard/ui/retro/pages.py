"""One page per phase of the meeting (the actions phase lives in :mod:`.actions`).

Pages show a :class:`~kimboard.ui.retro.snapshot.RetroSnapshot` and change things only through
core operations, via their host (the meeting window): refusals come back as the core's German
message. Grouping changes are undoable commands on the window's undo stack; destructive steps
(deleting an item, dissolving a group) ask first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from kimboard.core.errors import KimboardError
from kimboard.core.models import ActionOutcome, ActionStatus, RatingKind, RetroPhase
from kimboard.core.ops import retros as retro_ops
from kimboard.ui.i18n import format_date, format_number
from kimboard.ui.retro.curtain import (
    MAX_PARTICIPANTS,
    VOTE,
    WRITE,
    Curtain,
    MeetingHost,
    button,
    label,
    topic_title,
)
from kimboard.ui.retro.notes import DropZone, NoteList
from kimboard.ui.retro.presentation import set_role
from kimboard.ui.retro.snapshot import ActionInfo, ItemInfo, RetroSnapshot, Topic

translate = QCoreApplication.translate


def panel(margins: int = 16, spacing: int = 8, role: str = "panel") -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    set_role(frame, role)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(margins, margins, margins, margins)
    layout.setSpacing(spacing)
    return frame, layout


def scroll(widget: QWidget, horizontal: bool = False) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    if not horizontal:
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


def clear_layout(layout: Any) -> None:
    while layout.count():
        child = layout.takeAt(0)
        widget = child.widget()
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        elif child.layout() is not None:
            clear_layout(child.layout())


def points_text(n: int) -> str:
    if n == 1:
        return translate("Retro", "1 Stimme")
    return translate("Retro", "{n} Stimmen").format(n=n)


def items_text(n: int) -> str:
    if n == 1:
        return translate("Retro", "1 Beitrag")
    return translate("Retro", "{n} Beiträge").format(n=n)


def average_text(values: Sequence[int]) -> str:
    if not values:
        return "–"
    return format_number(round(sum(values) / len(values), 1))


class PhasePage(QWidget):
    """A page of the meeting; the window shows the one of the current phase."""

    phase = ""

    def __init__(self, host: MeetingHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host

    def show_snapshot(self, snap: RetroSnapshot) -> None:
        raise NotImplementedError

    def can_leave(self) -> bool:
        """Asked before the phase changes or the window closes; may ask the user."""
        return True

    def leave(self) -> None:
        """Save what is pending (notes, ratings) before the page is left."""

    def focus_default(self) -> None:
        self.focusNextChild()

    def theme_changed(self) -> None:
        """Presentation mode went on or off (the stylesheet has already changed)."""


# --------------------------------------------------------------------------- ratings


def add_ratings(session: Session, retro_id: int, kind: str, values: Sequence[int]) -> int:
    """Several anonymous ratings in one transaction; returns how many."""
    for value in values:
        retro_ops.add_rating(session, retro_id, kind, value)
    return len(values)


class RatingPanel(QFrame):
    """Mood or ROTI, 1 to 5: people tap their value one after another; the values are
    collected here (the last can be taken back) and saved together, without any name."""

    def __init__(self, host: MeetingHost, kind: str, question: str, hint: str,
                 captions: Sequence[str]) -> None:
        super().__init__()
        self.host = host
        self.kind = kind
        self.pending: list[int] = []
        self.saved: tuple[int, ...] = ()
        theme = host.theme
        set_role(self, "panel")
        layout = QVBoxLayout(self)
        m = theme.px(20)
        layout.setContentsMargins(m, m, m, m)
        layout.setSpacing(theme.px(12))
        layout.addWidget(label(question, "h2", wrap=True))
        layout.addWidget(label(hint, "hint", wrap=True))
        row = QHBoxLayout()
        row.setSpacing(theme.px(10))
        self.buttons: list[QPushButton] = []
        for value, caption in enumerate(captions, start=1):
            b = button(f"&{value}", "rating",
                       tip=translate("Rating", "Wert {value} geben (Alt+{value})").format(
                           value=value),
                       name=f"{value} – {caption}")
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            b.clicked.connect(lambda _=False, v=value: self.give(v))
            text = label(caption, "hint", wrap=True)
            text.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            column = QVBoxLayout()
            column.setSpacing(theme.px(4))
            column.addWidget(b)
            column.addWidget(text)
            row.addLayout(column, 1)
            self.buttons.append(b)
        layout.addLayout(row)
        self.status = label("", "h3", wrap=True)
        layout.addWidget(self.status)
        actions = QHBoxLayout()
        self.undo_button = button(translate("Rating", "Letzte zurücknehmen"),
                                  tip=translate("Rating", "Nimmt den zuletzt getippten Wert "
                                                "zurück"))
        self.undo_button.clicked.connect(self.take_back)
        self.save_button = button(translate("Rating", "Ergebnis zeigen"),
                                  "primary", tip=translate("Rating", "Speichert die Werte "
                                                           "ohne Namen und zeigt das "
                                                           "Ergebnis"))
        self.save_button.clicked.connect(self.commit)
        actions.addWidget(self.undo_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        layout.addLayout(actions)
        self.result_title = label("", "h3")
        layout.addWidget(self.result_title)
        self.bars: list[tuple[QProgressBar, QLabel]] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(theme.px(10))
        grid.setVerticalSpacing(theme.px(4))
        for value in range(5, 0, -1):
            name = label(f"{value}")
            bar = QProgressBar()
            bar.setTextVisible(False)
            bar.setAccessibleName(translate("Rating", "Anteil der Bewertungen mit {value}")
                                  .format(value=value))
            count = label("")
            grid.addWidget(name, 5 - value, 0)
            grid.addWidget(bar, 5 - value, 1)
            grid.addWidget(count, 5 - value, 2)
            self.bars.insert(0, (bar, count))
        grid.setColumnStretch(1, 1)
        self.result_box = QWidget()
        self.result_box.setLayout(grid)
        layout.addWidget(self.result_box)
        layout.addStretch(1)
        self._update()

    def give(self, value: int) -> None:
        self.pending.append(value)
        self._update()

    def take_back(self) -> None:
        if self.pending:
            self.pending.pop()
            self._update()

    def commit(self) -> bool:
        """Save the collected values (one transaction); True when nothing is left pending."""
        if not self.pending:
            return True
        values = list(self.pending)
        if self.host.run(add_ratings, self.host.snap.id, self.kind, values) is None:
            return False
        self.pending.clear()
        self.host.reload()
        self.host.notify(translate("Rating", "Bewertungen gespeichert."))
        return True

    def show_values(self, values: tuple[int, ...]) -> None:
        self.saved = values
        self._update()

    def _update(self) -> None:
        n = len(self.pending)
        if n == 0:
            self.status.setText(translate("Rating", "Nacheinander den eigenen Wert tippen – "
                                          "die Werte erscheinen erst nach dem Speichern."))
            set_role(self.status, "hint")
        else:
            self.status.setText(
                translate("Rating", "1 Wert eingegeben (noch nicht gespeichert)") if n == 1
                else translate("Rating", "{n} Werte eingegeben (noch nicht gespeichert)")
                .format(n=n))
            set_role(self.status, "h3")
        self.undo_button.setEnabled(n > 0)
        self.save_button.setEnabled(n > 0)
        values = self.saved
        self.result_box.setVisible(bool(values))
        self.result_title.setVisible(bool(values))
        if values:
            self.result_title.setText(translate(
                "Rating", "Ergebnis: Ø {avg} aus {n} Bewertungen").format(
                avg=average_text(values), n=len(values)))
            top = max(values.count(v) for v in range(1, 6))
            for value, (bar, count) in enumerate(self.bars, start=1):
                c = values.count(value)
                bar.setRange(0, max(1, top))
                bar.setValue(c)
                count.setText(str(c))


def mood_captions() -> list[str]:
    return [translate("Rating", "sehr schlecht"), translate("Rating", "eher schlecht"),
            translate("Rating", "geht so"), translate("Rating", "gut"),
            translate("Rating", "sehr gut")]


def roti_captions() -> list[str]:
    return [translate("Rating", "Zeit verschwendet"), translate("Rating", "wenig Nutzen"),
            translate("Rating", "Aufwand = Nutzen"), translate("Rating", "hat sich gelohnt"),
            translate("Rating", "sehr gelohnt")]


# --------------------------------------------------------------------------- check-in


class CheckInPage(PhasePage):
    phase = RetroPhase.CHECK_IN.value

    def __init__(self, host: MeetingHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        theme = host.theme
        self.rating = RatingPanel(
            host, RatingKind.MOOD.value,
            translate("CheckIn", "Wie geht es Ihnen heute?"),
            translate("CheckIn", "Freiwillig: Wer mag, tippt eine Zahl von 1 bis 5. Die Werte "
                      "werden ohne Namen gespeichert."), mood_captions())
        self.facts, facts_layout = panel(theme.px(20), theme.px(10))
        facts_layout.addWidget(label(translate("CheckIn", "Heute"), "h2"))
        self.template = label("", "h3", wrap=True)
        self.chips = QGridLayout()
        self.chips.setSpacing(theme.px(6))
        self.anonymity = label("", "badge", wrap=True)
        self.votes = label("", wrap=True)
        self.link = label("", "hint", wrap=True)
        self.participants = QSpinBox()
        self.participants.setRange(1, MAX_PARTICIPANTS)
        self.participants.setAccessibleName(translate("CheckIn", "Anzahl der Teilnehmenden"))
        self.participants.valueChanged.connect(self._participants_changed)
        count_label = label(translate("CheckIn", "&Teilnehmende (für den Vorhang):"))
        count_label.setBuddy(self.participants)
        count_row = QHBoxLayout()
        count_row.addWidget(count_label)
        count_row.addWidget(self.participants)
        count_row.addStretch(1)
        facts_layout.addWidget(self.template)
        facts_layout.addLayout(self.chips)
        facts_layout.addWidget(self.anonymity)
        facts_layout.addWidget(self.votes)
        facts_layout.addWidget(self.link)
        facts_layout.addLayout(count_row)
        facts_layout.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.px(16))
        layout.addWidget(self.rating, 3)
        layout.addWidget(self.facts, 2)

    def _participants_changed(self, value: int) -> None:
        self.host.set_participants(value)

    def show_snapshot(self, snap: RetroSnapshot) -> None:
        self.rating.show_values(snap.moods)
        self.template.setText(translate("CheckIn", "Vorlage: {name}").format(
            name=snap.template_name or translate("CheckIn", "ohne Vorlage")))
        clear_layout(self.chips)
        for n, prompt in enumerate(snap.prompts):
            chip = label(prompt.title, "prompt", wrap=True)
            chip.setStyleSheet(f"background: {prompt.color};")
            self.chips.addWidget(chip, n // 2, n % 2)
        if snap.anonymous:
            self.anonymity.setText(translate("CheckIn", "Anonym: Beiträge werden ohne Namen "
                                             "gespeichert, Stimmen ohne Bezug zu Personen."))
            set_role(self.anonymity, "badge", "ok")
        else:
            self.anonymity.setText(translate("CheckIn", "Mit Namen: Wer mag, kann beim "
                                             "Schreiben seinen Namen angeben."))
            set_role(self.anonymity, "badge", "")
        self.votes.setText(translate("CheckIn", "Abstimmung: {budget} pro Person, höchstens "
                                     "{cap} pro Thema.").format(
            budget=points_text(snap.vote_budget), cap=snap.vote_cap))
        link = []
        if snap.board_name:
            link.append(translate("CheckIn", "Board: {board}").format(board=snap.board_name))
        if snap.sprint_name:
            link.append(translate("CheckIn", "Sprint: {sprint}").format(
                sprint=snap.sprint_name))
        self.link.setText(" · ".join(link))
        self.link.setVisible(bool(link))
        self.participants.blockSignals(True)
        self.participants.setValue(self.host.participants())
        self.participants.blockSignals(False)

    def leave(self) -> None:
        self.rating.commit()

    def focus_default(self) -> None:
        self.rating.buttons[0].setFocus()


# --------------------------------------------------------------------------- review

REVIEW_CHOICES = ("open", "done", "effective", "not_effective", "dropped")


def review_choice(action: ActionInfo) -> str:
    if action.status == ActionStatus.DROPPED.value:
        return "dropped"
    if action.status == ActionStatus.DONE.value:
        return action.outcome or "done"
    return "open"


def review_fields(choice: str, retro_id: int) -> dict[str, Any]:
    """What the review of an action writes: status, outcome and where it was reviewed."""
    done = ActionStatus.DONE.value
    fields: dict[str, dict[str, Any]] = {
        # "still open" takes the review back: the next retrospective asks again
        "open": {"status": ActionStatus.OPEN.value, "outcome": None,
                 "reviewed_in_retro_id": None},
        "done": {"status": done, "outcome": None, "reviewed_in_retro_id": retro_id},
        "effective": {"status": done, "outcome": ActionOutcome.EFFECTIVE.value,
                      "reviewed_in_retro_id": retro_id},
        "not_effective": {"status": done, "outcome": ActionOutcome.NOT_EFFECTIVE.value,
                          "reviewed_in_retro_id": retro_id},
        "dropped": {"status": ActionStatus.DROPPED.value, "outcome": None,
                    "reviewed_in_retro_id": retro_id},
    }
    return fields[choice]


def choice_names() -> dict[str, str]:
    return {"open": translate("Review", "Noch offen"), "done": translate("Review", "Erledigt"),
            "effective": translate("Review", "Wirksam"),
            "not_effective": translate("Review", "Nicht wirksam"),
            "dropped": translate("Review", "Verworfen")}


def action_meta(action: ActionInfo, *, with_origin: bool = False,
                with_card: bool = True) -> str:
    parts = []
    if with_origin and action.retro_title:
        parts.append(translate("Review", "aus „{retro}“ vom {date}").format(
            retro=action.retro_title,
            date=format_date(action.retro_date) if action.retro_date else "–"))
    parts.append(translate("Review", "verantwortlich: {name}").format(name=action.owner_name)
                 if action.owner_name else translate("Review", "noch niemand verantwortlich"))
    if action.due_date is not None:
        parts.append(translate("Review", "fällig: {date}").format(
            date=format_date(action.due_date)))
    if with_card and action.card_number is not None:
        card = translate("Review", "Karte #{number} auf „{board}“").format(
            number=action.card_number, board=action.card_board)
        if action.card_done:
            card += " " + translate("Review", "(erledigt)")
        parts.append(card)
    return " · ".join(parts)


class ReviewPage(PhasePage):
    phase = RetroPhase.REVIEW.value

    def __init__(self, host: MeetingHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        theme = host.theme
        self.title = label(translate("Review", "Maßnahmen aus früheren Retrospektiven"), "h2")
        self.count = label("", "hint")
        self.rows = QWidget()
        self.rows_layout = QVBoxLayout(self.rows)
        self.rows_layout.setContentsMargins(0, 0, theme.px(8), 0)
        self.rows_layout.setSpacing(theme.px(10))
        self.groups: dict[int, QButtonGroup] = {}
        self.choice_buttons: dict[int, dict[str, QPushButton]] = {}
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.px(8))
        layout.addLayout(head)
        layout.addWidget(scroll(self.rows), 1)

    def show_snapshot(self, snap: RetroSnapshot) -> None:
        focused = QApplication.focusWidget()
        refocus = next(((aid, choice) for aid, buttons in self.choice_buttons.items()
                        for choice, b in buttons.items() if b is focused), None)
        clear_layout(self.rows_layout)
        self.groups.clear()
        self.choice_buttons.clear()
        theme = self.host.theme
        actions = snap.review
        reviewed = sum(1 for a in actions if a.reviewed_here)
        self.count.setText(translate("Review", "{done} von {n} besprochen").format(
            done=reviewed, n=len(actions)) if actions else "")
        if not actions:
            box, box_layout = panel(theme.px(24))
            box_layout.addWidget(label(translate(
                "Review", "Keine offenen Maßnahmen aus früheren Retrospektiven."), "h3"))
            box_layout.addWidget(label(translate(
                "Review", "Weiter zum Schreiben mit „Weiter“ (Strg+Pfeil rechts)."), "hint"))
            self.rows_layout.addWidget(box)
        names = choice_names()
        for action in actions:
            box, box_layout = panel(theme.px(14), theme.px(6))
            box_layout.addWidget(label(action.text, "h3", wrap=True))
            box_layout.addWidget(label(action_meta(action, with_origin=True), "hint",
                                       wrap=True))
            row = QHBoxLayout()
            row.setSpacing(theme.px(6))
            group = QButtonGroup(box)
            group.setExclusive(True)
            current = review_choice(action)
            self.choice_buttons[action.id] = {}
            for choice in REVIEW_CHOICES:
                b = button(names[choice], name=translate("Review", "„{action}“: {choice}")
                           .format(action=action.text, choice=names[choice]))
                b.setCheckable(True)
                b.setChecked(choice == current)
                b.setMinimumWidth(b.sizeHint().width() + 12)
                group.addButton(b)
                b.clicked.connect(lambda _=False, a=action, c=choice: self.set_choice(a, c))
                row.addWidget(b)
                self.choice_buttons[action.id][choice] = b
            row.addStretch(1)
            if action.reviewed_here:
                done = label(translate("Review", "besprochen"), "badge")
                set_role(done, "badge", "ok")
                row.addWidget(done)
            box_layout.addLayout(row)
            self.groups[action.id] = group
            self.rows_layout.addWidget(box)
        self.rows_layout.addStretch(1)
        if refocus and refocus[0] in self.choice_buttons:
            self.choice_buttons[refocus[0]][refocus[1]].setFocus()

    def set_choice(self, action: ActionInfo, choice: str) -> bool:
        fields = review_fields(choice, self.host.snap.id)
        ok = self.host.run(retro_ops.update_action, action.id,
                           expected_version=action.version, **fields) is not None
        self.host.reload()
        if ok:
            self.host.notify(translate("Review", "„{action}“: {choice}").format(
                action=action.text, choice=choice_names()[choice]))
        return ok

    def focus_default(self) -> None:
        first = next(iter(self.choice_buttons.values()), None)
        if first:
            checked = next((b for b in first.values() if b.isChecked()), None)
            (checked or next(iter(first.values()))).setFocus()


# --------------------------------------------------------------------------- writing


class WritingPage(PhasePage):
    phase = RetroPhase.WRITING.value

    def __init__(self, host: MeetingHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.curtain = Curtain(host, WRITE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.curtain)

    def show_snapshot(self, snap: RetroSnapshot) -> None:
        self.curtain.refresh()

    def can_leave(self) -> bool:
        if not self.curtain.is_open():
            return True
        return self.host.confirm(
            translate("Writing", "Es wird noch geschrieben"),
            translate("Writing", "Am Gerät ist gerade ein Blatt offen. Trotzdem die Phase "
                      "wechseln? Schon hinzugefügte Beiträge bleiben gespeichert."),
            translate("Writing", "Phase wechseln"))

    def leave(self) -> None:
        self.curtain.abandon()

    def focus_default(self) -> None:
        self.curtain.focus_default()

    def theme_changed(self) -> None:
        self.curtain.theme_changed()


# --------------------------------------------------------------------------- item menu


def edit_item_text(host: MeetingHost, item: ItemInfo) -> bool:
    text = host.ask_text(translate("Retro", "Beitrag bearbeiten"),
                         translate("Retro", "Text des Beitrags:"), item.text)
    if text is None or text.strip() == item.text:
        return False
    ok = host.run(retro_ops.edit_item, item.id, text=text) is not None
    host.reload()
    return ok


def delete_item(host: MeetingHost, item: ItemInfo) -> bool:
    if not host.confirm(translate("Retro", "Beitrag löschen"),
                        translate("Retro", "Den Beitrag „{text}“ löschen? Stimmen darauf gehen "
                                  "verloren. Das lässt sich nicht rückgängig machen.").format(
                            text=item.text),
                        translate("Retro", "Löschen")):
        return False
    ok = host.run(retro_ops.delete_item, item.id) is not None
    host.reload()
    return ok


def add_item_actions(menu: QMenu, host: MeetingHost, item: ItemInfo | None) -> None:
    edit = menu.addAction(translate("Retro", "Text &bearbeiten …"))
    edit.setEnabled(item is not None)
    delete = menu.addAction(translate("Retro", "&Löschen …"))
    delete.setShortcut(QKeySequence(Qt.Key.Key_Delete))
    delete.setEnabled(item is not None)
    if item is not None:
        edit.triggered.connect(lambda: edit_item_text(host, item))
        delete.triggered.connect(lambda: delete_item(host, item))


# --------------------------------------------------------------------------- reveal


class RevealPage(PhasePage):
    phase = RetroPhase.REVEAL.value

    def __init__(self, host: MeetingHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        theme = host.theme
        self.gate, gate_layout = panel(theme.px(36), theme.px(16), "curtain")
        self.gate_title = label("", "curtaintitle", wrap=True)
        self.gate_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        gate_text = label(translate("Reveal", "Beim Aufdecken erscheinen alle Beiträge "
                                    "gemischt und ohne Namen – niemand kann sehen, wer was "
                                    "geschrieben hat."), wrap=True)
        gate_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reveal_button = button(translate("Reveal", "Aufdecken"), "big",
                                    tip=translate("Reveal", "Alle Beiträge zeigen (Enter)"))
        self.reveal_button.setDefault(True)
        self.reveal_button.clicked.connect(self.reveal)
        gate_layout.addWidget(self.gate_title)
        gate_layout.addWidget(gate_text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.reveal_button)
        row.addStretch(1)
        gate_layout.addLayout(row)
        gate_page = QWidget()
        gate_outer = QVBoxLayout(gate_page)
        gate_outer.addStretch(1)
        gate_row = QHBoxLayout()
        gate_row.addStretch(1)
        gate_row.addWidget(self.gate, 6)
        gate_row.addStretch(1)
        gate_outer.addLayout(gate_row)
        gate_outer.addStretch(2)

        self.board = QWidget()
        self.columns = QHBoxLayout(self.board)
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.columns.setSpacing(theme.px(14))
        self.lists: dict[int | None, NoteList] = {}
        self.infos: dict[int | None, tuple[QLabel, str]] = {}
        self._prompt_ids: tuple[int | None, ...] = ()
        self.stack = QStackedWidget()
        self.stack.addWidget(gate_page)
        self.stack.addWidget(self.board)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def revealed(self) -> bool:
        return self.host.counter("revealed") > 0

    def reveal(self) -> None:
        self.host.set_counter("revealed", 1)
        self.show_snapshot(self.host.snap)
        self.host.notify(translate("Reveal", "Alle Beiträge sind aufgedeckt."))
        first = next(iter(self.lists.values()), None)
        if first is not None:
            first.setFocus()

    def _build(self, snap: RetroSnapshot) -> None:
        clear_layout(self.columns)
        self.lists.clear()
        self.infos.clear()
        theme = self.host.theme
        prompts = list(snap.prompts) or [None]
        for prompt in prompts:
            key = prompt.id if prompt is not None else None
            title = prompt.title if prompt is not None else translate("Reveal", "Beiträge")
            col, col_layout = panel(theme.px(10), theme.px(8))
            head = label(title, "prompt", wrap=True)
            head.setStyleSheet(f"background: {prompt.color if prompt else '#475569'};")
            col_layout.addWidget(head)
            info = label("", "hint", wrap=True)
            col_layout.addWidget(info)
            self.infos[key] = (info, prompt.description if prompt is not None else "")
            notes = NoteList(self.host.current_theme,
                             translate("Reveal", "Beiträge zu „{prompt}“").format(prompt=title),
                             key=key, show_prompt=False,
                             placeholder=translate("Reveal", "Keine Beiträge"))
            notes.context_requested.connect(lambda pos, n=notes: self._menu(n, pos))
            notes.delete_requested.connect(lambda n=notes: self._delete_current(n))
            col_layout.addWidget(notes, 1)
            self.lists[key] = notes
            self.columns.addWidget(col, 1)
        self._prompt_ids = tuple(self.lists)

    def show_snapshot(self, snap: RetroSnapshot) -> None:
        n = len(snap.items)
        self.gate_title.setText(
            translate("Reveal", "1 Beitrag ist geschrieben") if n == 1 else
            translate("Reveal", "{n} Beiträge sind geschrieben").format(n=n))
        if not self.revealed():
            self.stack.setCurrentIndex(0)
            return
        prompts = tuple(p.id for p in snap.prompts) or (None,)
        if prompts != self._prompt_ids:
            self._build(snap)
        for key, notes in self.lists.items():
            prompt = snap.prompt(key)
            items = snap.items_of_prompt(key)
            notes.set_notes([(i, prompt) for i in items])
            info, description = self.infos[key]
            info.setText(" · ".join(t for t in (description, items_text(len(items))) if t))
        self.stack.setCurrentIndex(1)

    def _menu(self, notes: NoteList, pos: QPoint) -> None:
        item = self.host.snap.item(notes.current_id() or -1)
        menu = QMenu(self)
        add_item_actions(menu, self.host, item)
        self.host.exec_menu(menu, pos)
        menu.deleteLater()

    def _delete_current(self, notes: NoteList) -> None:
        item = self.host.snap.item(notes.current_id() or -1)
        if item is not None:
            delete_item(self.host, item)

    def focus_default(self) -> None:
        if not self.revealed():
            self.reveal_button.setFocus()
        else:
            first = next(iter(self.lists.values()), None)
            if first is not None:
                first.setFocus()


# --------------------------------------------------------------------------- grouping


class _GroupingCommand(QUndoCommand):
    """A grouping change; its first ``redo`` runs before it is pushed (a refused one never
    lands on the stack). Groups are named by the id they had when the command was made;
    a group made again by a redo gets a new id, which :meth:`GroupingPage.resolve` maps."""

    def __init__(self, page: GroupingPage, text: str) -> None:
        super().__init__(text)
        self.page = page
        self.host = page.host
        self._first = True

    def run_first(self) -> None:
        self.do()

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._guarded(self.do)

    def undo(self) -> None:
        self._guarded(self.undo_it)

    def _guarded(self, fn: Callable[[], None]) -> None:
        try:
            fn()
        except KimboardError as err:
            self.setObsolete(True)
            if shiboken6.isValid(self.page):
                self.host.reload()
                self.host.show_error(str(err))

    def _refresh(self) -> None:
        if shiboken6.isValid(self.page):
            self.host.reload()

    def do(self) -> None:
        raise NotImplementedError

    def undo_it(self) -> None:
        raise NotImplementedError


class MoveItemsCommand(_GroupingCommand):
    def __init__(self, page: GroupingPage, item_ids: list[int], group_id: int | None,
                 back: dict[int, int | None], text: str) -> None:
        super().__init__(page, text)
        self.item_ids = item_ids
        self.group_id = group_id
        self.back = back

    def _apply(self, moves: list[tuple[int, int | None]]) -> None:
        resolve = self.page.resolve

        def op(session: Session) -> None:
            for item_id, group_id in moves:
                retro_ops.add_item_to_group(session, item_id, resolve(group_id))

        self.host.db.run(op)
        self._refresh()

    def do(self) -> None:
        self._apply([(i, self.group_id) for i in self.item_ids])

    def undo_it(self) -> None:
        self._apply(list(self.back.items()))


class NewGroupCommand(_GroupingCommand):
    def __init__(self, page: GroupingPage, title: str, item_ids: list[int],
                 back: dict[int, int | None], text: str) -> None:
        super().__init__(page, text)
        self.title = title
        self.item_ids = item_ids
        self.back = back
        self.group_id: int | None = None

    def do(self) -> None:
        retro_id = self.host.snap.id

        def op(session: Session) -> int:
            gid = retro_ops.create_group(session, retro_id, self.title).value.id
            for item_id in self.item_ids:
                retro_ops.add_item_to_group(session, item_id, gid)
            return gid

        new = self.host.db.run(op)
        if self.group_id is None:
            self.group_id = new
        else:
            self.page.alias[self.group_id] = new
        self._refresh()

    def undo_it(self) -> None:
        resolve = self.page.resolve
        assert self.group_id is not None
        gid = resolve(self.group_id)

        def op(session: Session) -> None:
            for item_id, group_id in self.back.items():
                retro_ops.add_item_to_group(session, item_id, resolve(group_id))
            retro_ops.delete_group(session, gid)

        self.host.db.run(op)
        self._refresh()


class RenameGroupCommand(_GroupingCommand):
    def __init__(self, page: GroupingPage, group_id: int, old: str, new: str) -> None:
        super().__init__(page, translate("RetroCommand", "Gruppe „{title}“ umbenennen").format(
            title=new or old))
        self.group_id, self.old, self.new = group_id, old, new

    def do(self) -> None:
        self.host.db.run(retro_ops.rename_group, self.page.resolve(self.group_id), self.new)
        self._refresh()

    def undo_it(self) -> None:
        self.host.db.run(retro_ops.rename_group, self.page.resolve(self.group_id), self.old)
        self._refresh()


class GroupBox(QFrame):
    """One group: its title (edited in place), dissolve, and its notes."""

    def __init__(self, page: GroupingPage, number: int, group_id: int) -> None:
        super().__init__()
        theme = page.host.theme
        self.group_id = group_id
        self.number = number
        set_role(self, "panel")
        layout = QVBoxLayout(self)
        m = theme.px(10)
        layout.setContentsMargins(m, m, m, m)
        layout.setSpacing(theme.px(6))
        head = QHBoxLayout()
        head.setSpacing(theme.px(8))
        self.number_label = label(f"{number}", "badge")
        self.title = QLineEdit()
        set_role(self.title, "grouptitle")
        self.title.setMaxLength(200)
        self.title.setPlaceholderText(translate("Grouping", "Titel der Gruppe …"))
        self.title.setAccessibleName(translate("Grouping", "Titel der Gruppe {n}").format(
            n=number))
        self.title.setToolTip(translate("Grouping", "Titel eingeben, Enter speichert (F2 in "
                                        "der Liste springt hierher)"))
        self.title.editingFinished.connect(lambda: page.rename(self.group_id,
                                                               self.title.text()))
        self.count = label("", "hint")
        self.dissolve = button(translate("Grouping", "Auflösen …"), "danger",
                               tip=translate("Grouping", "Die Gruppe auflösen; ihre Beiträge "
                                             "bleiben erhalten"))
        self.dissolve.clicked.connect(lambda: page.dissolve(self.group_id))
        head.addWidget(self.number_label)
        head.addWidget(self.title, 1)
        layout.addLayout(head)
        info = QHBoxLayout()
        info.addWidget(self.count)
        info.addStretch(1)
        info.addWidget(self.dissolve)
        layout.addLayout(info)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.notes = NoteList(page.host.current_theme, "", key=group_id,
                              retro_uuid=page.host.snap.uuid, draggable=True, droppable=True,
                              fit=True, placeholder=translate(
                                  "Grouping", "Beiträge hierher ziehen oder mit Strg+G "
                                  "hinzufügen"))
        layout.addWidget(self.notes)

    def set_group(self, title: str, notes: Sequence[tuple[ItemInfo, Any]]) -> None:
        if not self.title.hasFocus():
            self.title.setText(title)
            self.title.setCursorPosition(0)  # show the start of a long title
        name = title or translate("Grouping", "ohne Titel")
        self.notes.setAccessibleName(translate("Grouping", "Gruppe {n}: {title}").format(
            n=self.number, title=name))
        self.dissolve.setAccessibleName(translate("Grouping", "Gruppe {n} auflösen").format(
            n=self.number))
        self.count.setText(items_text(len(notes)))
        self.notes.set_notes(notes)


class GroupingPage(PhasePage):
    """Ungrouped notes on the left, the groups on the right. Drag notes onto a group (or
    onto "Neue Gruppe"), or by keyboard: Strg+G "Zu Gruppe hinzufügen", Strg+Umschalt+G
    "Neue Gruppe aus Auswahl", F2 edits the title of the group whose list has the focus."""

    phase = RetroPhase.GROUPING.value

    def __init__(self, host: MeetingHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        theme = host.theme
        #: group ids of commands → the id the group has now (after undo/redo made it anew)
        self.alias: dict[int, int] = {}
        self.boxes: dict[int, GroupBox] = {}
        self._last: NoteList | None = None
        self._restore: tuple[int | None, int] | None = None
        #: groups side by side (one on the projector); None until first shown
        self._columns: int | None = None

        left, left_layout = panel(theme.px(12), theme.px(8))
        head = QHBoxLayout()
        head.addWidget(label(translate("Grouping", "Noch ohne Gruppe"), "h2"))
        head.addStretch(1)
        self.ungrouped_count = label("", "hint")
        head.addWidget(self.ungrouped_count)
        left_layout.addLayout(head)
        self.ungrouped = NoteList(host.current_theme,
                                  translate("Grouping", "Beiträge ohne Gruppe"), key=None,
                                  retro_uuid="", draggable=True, droppable=True,
                                  placeholder=translate("Grouping", "Alle Beiträge sind "
                                                        "gruppiert."))
        left_layout.addWidget(self.ungrouped, 1)
        self._wire(self.ungrouped)

        self.add_button = button(translate("Grouping", "Zu Gruppe hinzufügen …"),
                                 tip=translate("Grouping", "Die ausgewählten Beiträge einer "
                                               "Gruppe zuordnen (Strg+G)"))
        self.add_button.clicked.connect(self.show_group_menu)
        self.new_button = button(translate("Grouping", "Neue Gruppe aus Auswahl …"),
                                 "primary", tip=translate("Grouping", "Eine Gruppe mit den "
                                                          "ausgewählten Beiträgen anlegen "
                                                          "(Strg+Umschalt+G)"))
        self.new_button.clicked.connect(lambda: self.new_group_from_selection())
        tools = QHBoxLayout()
        tools.addWidget(self.add_button)
        tools.addWidget(self.new_button)
        tools.addStretch(1)
        left_layout.addLayout(tools)

        self.groups_widget = QWidget()
        outer = QVBoxLayout(self.groups_widget)
        outer.setContentsMargins(0, 0, theme.px(8), 0)
        self.grid = QGridLayout()
        self.grid.setSpacing(theme.px(12))
        outer.addLayout(self.grid)
        outer.addStretch(1)
        self.drop_zone = DropZone("")
        zone_layout = QVBoxLayout(self.drop_zone)
        zone_layout.setContentsMargins(theme.px(16), theme.px(16), theme.px(16), theme.px(16))
        zone_text = label(translate("Grouping", "+ Neue Gruppe\nBeiträge hierher ziehen"),
                          "hint", wrap=True)
        zone_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        zone_layout.addWidget(zone_text)
        self.drop_zone.setMinimumHeight(theme.px(90))
        self.drop_zone.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.drop_zone.items_dropped.connect(lambda ids: self.new_group(ids))
        self.groups_scroll = scroll(self.groups_widget)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.px(16))
        layout.addWidget(left, 2)
        layout.addWidget(self.groups_scroll, 3)

        for key, slot in (("Ctrl+G", self.show_group_menu),
                          ("Ctrl+Shift+G", lambda: self.new_group_from_selection()),
                          ("F2", self.edit_title)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _wire(self, notes: NoteList) -> None:
        notes.focused.connect(lambda n=notes: self._set_last(n))
        notes.items_dropped.connect(lambda ids, n=notes: self.move_items(ids, n.key))
        notes.context_requested.connect(lambda pos, n=notes: self._context(n, pos))
        notes.delete_requested.connect(lambda n=notes: self._delete_current(n))

    def _set_last(self, notes: NoteList) -> None:
        self._last = notes

    def resolve(self, group_id: int | None) -> int | None:
        seen = 0
        while group_id is not None and group_id in self.alias and seen < 100:
            group_id = self.alias[group_id]
            seen += 1
        return group_id

    # ------------------------------------------------------------------ showing

    def lists(self) -> list[NoteList]:
        return [self.ungrouped, *(box.notes for box in self.boxes.values())]

    def list_for(self, group_id: int | None) -> NoteList | None:
        if group_id is None:
            return self.ungrouped
        box = self.boxes.get(group_id)
        return box.notes if box is not None else None

    def show_snapshot(self, snap: RetroSnapshot) -> None:
        self.ungrouped.retro_uuid = snap.uuid
        self.drop_zone.retro_uuid = snap.uuid
        ids = [g.id for g in snap.groups]
        if ids != list(self.boxes) or self.grid.indexOf(self.drop_zone) < 0:
            self._rebuild(snap)
        for group in snap.groups:
            box = self.boxes[group.id]
            box.notes.retro_uuid = snap.uuid
            box.set_group(group.title, [(i, snap.prompt(i.prompt_id))
                                        for i in snap.items_of_group(group.id)])
        ungrouped = snap.items_of_group(None)
        self.ungrouped.set_notes([(i, snap.prompt(i.prompt_id)) for i in ungrouped])
        self.ungrouped_count.setText(items_text(len(ungrouped)))
        has_items = bool(snap.items)
        self.add_button.setEnabled(has_items)
        self.new_button.setEnabled(has_items)
        if self._restore is not None:
            key, row = self._restore
            self._restore = None
            target = self.list_for(key) or self.ungrouped
            if target.notes_model.rowCount() == 0:
                target = self.ungrouped if self.ungrouped.notes_model.rowCount() else target
            target.select_row(row)
            target.setFocus()

    def _rebuild(self, snap: RetroSnapshot) -> None:
        for box in self.boxes.values():
            if self._last is box.notes:
                self._last = None
            self.grid.removeWidget(box)
            box.hide()
            box.setParent(None)  # type: ignore[call-overload]
            box.deleteLater()
        self.boxes.clear()
        self.grid.removeWidget(self.drop_zone)
        columns = 1 if self.host.current_theme().presenting else 2
        for n, group in enumerate(snap.groups):
            box = GroupBox(self, n + 1, group.id)
            self._wire(box.notes)
            self.boxes[group.id] = box
            self.grid.addWidget(box, n // columns, n % columns)
        n = len(snap.groups)
        self.grid.addWidget(self.drop_zone, n // columns, n % columns)
        for c in range(2):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)
        self._columns = columns

    def theme_changed(self) -> None:
        if self._columns is not None:
            self._rebuild(self.host.snap)
            self.show_snapshot(self.host.snap)

    # ------------------------------------------------------------------ selection

    def current_list(self) -> NoteList:
        focused = QApplication.focusWidget()
        if isinstance(focused, NoteList) and focused in self.lists():
            return focused
        if self._last is not None and self._last in self.lists():
            return self._last
        return self.ungrouped

    def selected_ids(self) -> tuple[NoteList, list[int]]:
        notes = self.current_list()
        return notes, notes.selected_ids()

    def _remember(self, notes: NoteList) -> None:
        index = notes.currentIndex()
        self._restore = (notes.key, index.row() if index.isValid() else 0)

    # ------------------------------------------------------------------ changes

    def _back(self, item_ids: Sequence[int]) -> dict[int, int | None]:
        snap = self.host.snap
        return {i: item.group_id for i in item_ids if (item := snap.item(i)) is not None}

    def _group_name(self, group_id: int | None) -> str:
        if group_id is None:
            return translate("Grouping", "ohne Gruppe")
        group = self.host.snap.group(group_id)
        return group.title if group is not None and group.title else \
            translate("Grouping", "Gruppe ohne Titel")

    def move_items(self, item_ids: Sequence[int], group_id: int | None) -> bool:
        """Put items into a group (None: out of their group) — undoable."""
        back = self._back(item_ids)
        moving = [i for i in back if back[i] != group_id]
        if not moving:
            return False
        if group_id is None:
            text = translate("RetroCommand", "{n} Beiträge aus der Gruppe genommen").format(
                n=len(moving)) if len(moving) != 1 else \
                translate("RetroCommand", "Beitrag aus der Gruppe genommen")
        else:
            text = translate("RetroCommand", "{n} Beiträge zu „{group}“").format(
                n=len(moving), group=self._group_name(group_id)) if len(moving) != 1 else \
                translate("RetroCommand", "Beitrag zu „{group}“").format(
                    group=self._group_name(group_id))
        self._remember(self.current_list())
        command = MoveItemsCommand(self, moving, group_id, {i: back[i] for i in moving}, text)
        if self.host.push(command):
            self.host.notify(translate("Grouping", "{action} (Rückgängig: Strg+Z)").format(
                action=text))
            return True
        return False

    def new_group(self, item_ids: Sequence[int], title: str | None = None) -> bool:
        """A new group with these items; asks for its title."""
        back = self._back(item_ids)
        if title is None:
            first = self.host.snap.item(item_ids[0]) if item_ids else None
            suggestion = first.text[:60] if first is not None else ""
            title = self.host.ask_text(translate("Grouping", "Neue Gruppe"),
                                       translate("Grouping", "Titel der Gruppe:"), suggestion)
            if title is None:
                return False
        title = title.strip()
        text = translate("RetroCommand", "Neue Gruppe „{title}“").format(
            title=title or translate("Grouping", "ohne Titel"))
        self._remember(self.current_list())
        command = NewGroupCommand(self, title, list(back), back, text)
        if self.host.push(command):
            self.host.notify(translate("Grouping", "{action} (Rückgängig: Strg+Z)").format(
                action=text))
            return True
        return False

    def new_group_from_selection(self) -> bool:
        _notes, ids = self.selected_ids()
        return self.new_group(ids)

    def rename(self, group_id: int, title: str) -> bool:
        group = self.host.snap.group(group_id)
        if group is None or title.strip() == group.title:
            return False
        return self.host.push(RenameGroupCommand(self, group_id, group.title, title.strip()))

    def dissolve(self, group_id: int) -> bool:
        group = self.host.snap.group(group_id)
        if group is None:
            return False
        votes = self.host.snap.group_votes.get(group_id, 0)
        text = translate("Grouping", "Die Gruppe „{title}“ auflösen? Ihre Beiträge bleiben "
                         "erhalten und stehen wieder ohne Gruppe da.").format(
            title=self._group_name(group_id))
        if votes:
            text += "\n\n" + translate("Grouping", "Die {votes} auf die Gruppe gehen "
                                       "verloren.").format(votes=points_text(votes))
        if group.notes:
            text += "\n\n" + translate("Grouping", "Die Diskussionsnotizen der Gruppe gehen "
                                       "verloren.")
        text += "\n\n" + translate("Grouping", "Das lässt sich nicht rückgängig machen.")
        if not self.host.confirm(translate("Grouping", "Gruppe auflösen"), text,
                                 translate("Grouping", "Auflösen")):
            return False
        ok = self.host.run(retro_ops.delete_group, group_id) is not None
        self.host.reload()
        return ok

    # ------------------------------------------------------------------ menus and keys

    def group_menu(self, item_ids: Sequence[int]) -> QMenu:
        """"Zu Gruppe hinzufügen": every group (numbered), "ohne Gruppe" and a new group."""
        menu = QMenu(translate("Grouping", "Zu Gruppe hinzufügen"), self)
        snap = self.host.snap
        current = {item.group_id for i in item_ids if (item := snap.item(i)) is not None}
        for n, group in enumerate(snap.groups, start=1):
            prefix = f"&{n} " if n < 10 else f"{n} "
            action = menu.addAction(prefix + self._group_name(group.id))
            action.setEnabled(bool(item_ids) and current != {group.id})
            action.triggered.connect(lambda _=False, g=group.id: self.move_items(item_ids, g))
        if snap.groups:
            menu.addSeparator()
        out = menu.addAction(translate("Grouping", "&0 Aus der Gruppe nehmen"))
        out.setEnabled(bool(item_ids) and current != {None})
        out.triggered.connect(lambda: self.move_items(item_ids, None))
        new = menu.addAction(translate("Grouping", "&Neue Gruppe aus Auswahl …"))
        new.setShortcut(QKeySequence("Ctrl+Shift+G"))
        new.setEnabled(bool(item_ids))
        new.triggered.connect(lambda: self.new_group(item_ids))
        return menu

    def _popup_pos(self, notes: NoteList) -> QPoint:
        rect = notes.visualRect(notes.currentIndex())
        point = rect.center() if rect.isValid() else QPoint(20, 20)
        return notes.viewport().mapToGlobal(point)

    def show_group_menu(self) -> None:
        notes, ids = self.selected_ids()
        if not ids:
            self.host.notify(translate("Grouping", "Zuerst einen Beitrag auswählen."))
            return
        menu = self.group_menu(ids)
        self.host.exec_menu(menu, self._popup_pos(notes))
        menu.deleteLater()

    def _context(self, notes: NoteList, pos: QPoint) -> None:
        ids = notes.selected_ids()
        menu = QMenu(self)
        sub = self.group_menu(ids)
        sub.setTitle(translate("Grouping", "Zu &Gruppe hinzufügen"))
        menu.addMenu(sub)
        menu.addSeparator()
        item = self.host.snap.item(notes.current_id() or -1)
        add_item_actions(menu, self.host, item)
        self.host.exec_menu(menu, pos)
        menu.deleteLater()

    def _delete_current(self, notes: NoteList) -> None:
        item = self.host.snap.item(notes.current_id() or -1)
        if item is not None:
            delete_item(self.host, item)

    def edit_title(self) -> None:
        notes = self.current_list()
        box = self.boxes.get(notes.key) if notes.key is not None else None
        if box is not None:
            box.title.setFocus()
            box.title.selectAll()

    def focus_default(self) -> None:
        target = self.ungrouped if self.ungrouped.notes_model.rowCount() else next(
            (b.notes for b in self.boxes.values()), self.ungrouped)
        target.setFocus()


# --------------------------------------------------------------------------- voting


class ResultsView(QWidget):
    """The result of the vote: topics by votes, with bars."""

    def __init__(self, host: MeetingHost) -> None:
        super().__init__()
        self.host = host
        theme = host.theme
        self.title = label(translate("Voting", "Ergebnis der Abstimmung"), "h2")
        self.summary = label("", "hint")
        self.rows = QWidget()
        self.rows_layout = QVBoxLayout(self.rows)
        self.rows_layout.setContentsMargins(0, 0, theme.px(8), 0)
        self.rows_layout.setSpacing(theme.px(8))
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.px(8))
        layout.addLayout(head)
        layout.addWidget(scroll(self.rows), 1)

    def show_snapshot(self, snap: RetroSnapshot) -> None:
        clear_layout(self.rows_layout)
        theme = self.host.theme
        topics = snap.topics()
        total = sum(t.votes for t in topics)
        self.summary.setText(translate("Voting", "{points} von {voters} Personen").format(
            points=points_text(total), voters=snap.voters))
        top = max((t.votes for t in topics), default=0)
        for rank, topic in enumerate(topics, start=1):
            row, row_layout = panel(theme.px(10), theme.px(4))
            line = QHBoxLayout()
            line.setSpacing(theme.px(12))
            number = label(str(topic.votes), "bignumber")
            number.setMinimumWidth(theme.px(56))
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            number.setAccessibleName(points_text(topic.votes))
            text = QVBoxLayout()
            title = label(f"{rank}. {topic_title(topic)}", "h3", wrap=True)
            text.addWidget(title)
            bar = QProgressBar()
            bar.setTextVisible(False)
            bar.setRange(0, max(1, top))
            bar.setValue(topic.votes)
            bar.setAccessibleName(translate("Voting", "{points} für „{topic}“").format(
                points=points_text(topic.votes), topic=topic_title(topic)))
            text.addWidget(bar)
            if topic.group_id is not None and topic.items:
                text.addWidget(label(" · ".join(i.text for i in topic.items[:6]), "hint",
                                     wrap=True))
            line.addWidget(number)
            line.addLayout(text, 1)
            row_layout.addLayout(line)
            self.rows_layout.addWidget(row)
        self.rows_layout.addStretch(1)


class VotingPage(PhasePage):
    phase = RetroPhase.VOTING.value

    def __init__(self, host: MeetingHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.curtain = Curtain(host, VOTE)
        self.curtain.results_requested.connect(self.show_results)
        self.results = ResultsView(host)
        self.back_to_curtain = button(translate("Voting", "Zurück zur Abstimmung"),
                                      tip=translate("Voting", "Falls noch jemand abstimmen "
                                                    "möchte"))
        self.back_to_curtain.clicked.connect(self.hide_results)
        results_page = QWidget()
        results_layout = QVBoxLayout(results_page)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.results, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.back_to_curtain)
        results_layout.addLayout(row)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.curtain)
        self.stack.addWidget(results_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def results_shown(self) -> bool:
        return self.host.counter("results_shown") > 0

    def show_results(self) -> None:
        self.host.set_counter("results_shown", 1)
        self.show_snapshot(self.host.snap)
        self.host.notify(translate("Voting", "Das Ergebnis ist aufgedeckt."))

    def hide_results(self) -> None:
        self.host.set_counter("results_shown", 0)
        self.show_snapshot(self.host.snap)
        self.curtain.focus_default()

    def show_snapshot(self, snap: RetroSnapshot) -> None:
        if self.results_shown() and not self.curtain.is_open():
            self.results.show_snapshot(snap)
            self.stack.setCurrentIndex(1)
        else:
            self.curtain.refresh()
            self.stack.setCurrentIndex(0)

    def can_leave(self) -> bool:
        if not self.curtain.is_open():
            return True
        return self.host.confirm(
            translate("Voting", "Es wird noch abgestimmt"),
            translate("Voting", "Am Gerät ist gerade eine Abstimmung offen. Trotzdem die Phase "
                      "wechseln? Schon vergebene Stimmen bleiben gespeichert."),
            translate("Voting", "Phase wechseln"))

    def leave(self) -> None:
        self.curtain.abandon()

    def theme_changed(self) -> None:
        self.curtain.theme_changed()

    def focus_default(self) -> None:
        if self.stack.currentIndex() == 1:
            self.back_to_curtain.setFocus()
        else:
            self.curtain.focus_default()


# --------------------------------------------------------------------------- discussion


def group_for_item(session: Session, retro_id: int, item_id: int, title: str) -> int:
    """Make an ungrouped item a topic of its own (a group with just it), so it can carry
    discussion notes and actions; its votes stay on the item and count for the group."""
    group_id = retro_ops.create_group(session, retro_id, title[:200]).value.id
    retro_ops.add_item_to_group(session, item_id, group_id)
    return group_id


class DiscussionPage(PhasePage):
    """Topics by votes on the left; the chosen topic's notes, notes and actions on the
    right. Notes save themselves (after a pause in typing, on changing topic or phase)."""

    phase = RetroPhase.DISCUSSION.value

    def __init__(self, host: MeetingHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        theme = host.theme
        self.topics: list[Topic] = []
        self._current: tuple[str, int] | None = None
        self._loaded_notes = ""
        self.list = QListWidget()
        set_role(self.list, "topics")
        self.list.setAccessibleName(translate("Discussion", "Themen nach Stimmen"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._on_row)
        left, left_layout = panel(theme.px(12), theme.px(8))
        left_layout.addWidget(label(translate("Discussion", "Themen"), "h2"))
        left_layout.addWidget(label(translate("Discussion", "Die meisten Stimmen zuerst. "
                                              "Pfeiltasten wählen das Thema."), "hint",
                                    wrap=True))
        left_layout.addWidget(self.list, 1)

        right, right_layout = panel(theme.px(16), theme.px(10))
        head = QHBoxLayout()
        self.title = label("", "h2", wrap=True)
        self.votes = label("", "badge")
        head.addWidget(self.title, 1)
        head.addWidget(self.votes, 0, Qt.AlignmentFlag.AlignTop)
        right_layout.addLayout(head)
        self.notes_list = NoteList(host.current_theme,
                                   translate("Discussion", "Beiträge zum Thema"))
        self.notes_list.setMinimumHeight(theme.px(120))
        right_layout.addWidget(self.notes_list, 2)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(translate("Discussion", "Notizen zur Diskussion"))
        self.editor.setPlaceholderText(translate(
            "Discussion", "Was wurde besprochen? Ursachen, Ideen, Vereinbarungen …"))
        self.editor.setTabChangesFocus(True)
        self.editor.textChanged.connect(self._typed)
        notes_label = label(translate("Discussion", "&Notizen zur Diskussion"), "h3")
        notes_label.setBuddy(self.editor)
        self.saved_label = label("", "hint")
        notes_head = QHBoxLayout()
        notes_head.addWidget(notes_label)
        notes_head.addStretch(1)
        notes_head.addWidget(self.saved_label)
        right_layout.addLayout(notes_head)
        right_layout.addWidget(self.editor, 3)
        self.action_edit = QLineEdit()
        self.action_edit.setMaxLength(500)
        self.action_edit.setAccessibleName(translate("Discussion", "Maßnahme zu diesem Thema"))
        self.action_edit.setPlaceholderText(translate(
            "Discussion", "Maßnahme zu diesem Thema festhalten, Enter …"))
        self.action_edit.returnPressed.connect(self.add_action)
        self.action_button = button(translate("Discussion", "Maßnahme festhalten"),
                                    tip=translate("Discussion", "Verantwortliche Person und "
                                                  "Termin folgen in der Phase „Maßnahmen“"))
        self.action_button.clicked.connect(self.add_action)
        action_row = QHBoxLayout()
        action_row.addWidget(self.action_edit, 1)
        action_row.addWidget(self.action_button)
        right_layout.addLayout(action_row)
        self.topic_actions = label("", "hint", wrap=True)
        right_layout.addWidget(self.topic_actions)

        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(1200)
        self.save_timer.timeout.connect(self.save_notes)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.px(16))
        layout.addWidget(left, 2)
        layout.addWidget(right, 3)

    def show_snapshot(self, snap: RetroSnapshot) -> None:
        self.topics = snap.topics()
        keep = self._current
        self.list.blockSignals(True)
        self.list.clear()
        for topic in self.topics:
            text = f"{topic.votes} ●  {topic_title(topic)}"
            entry = QListWidgetItem(text)
            described = translate("Discussion", "{title}, {points}, {items}").format(
                title=topic_title(topic), points=points_text(topic.votes),
                items=items_text(len(topic.items)))
            entry.setData(Qt.ItemDataRole.AccessibleTextRole, described)
            entry.setToolTip(described)
            self.list.addItem(entry)
        keys = [t.key for t in self.topics]
        row = keys.index(keep) if keep in keys else 0
        self.list.blockSignals(False)
        if self.topics:
            self.list.setCurrentRow(row)
            self._show_topic(self.topics[row])
        else:
            self._current = None
            self.title.setText(translate("Discussion", "Noch keine Themen"))
            self.votes.setText("")
        self.editor.setEnabled(bool(self.topics))
        self.action_edit.setEnabled(bool(self.topics))
        self.action_button.setEnabled(bool(self.topics))

    def current_topic(self) -> Topic | None:
        return next((t for t in self.topics if t.key == self._current), None)

    def _on_row(self, row: int) -> None:
        self.save_notes()
        if 0 <= row < len(self.topics):
            # save_notes may have reloaded: the topics are fresh
            self._show_topic(self.topics[row])

    def _show_topic(self, topic: Topic) -> None:
        snap = self.host.snap
        same = self._current == topic.key
        self._current = topic.key
        self.title.setText(topic_title(topic))
        self.votes.setText(points_text(topic.votes))
        self.notes_list.set_notes([(i, snap.prompt(i.prompt_id)) for i in topic.items])
        if not same or not self.editor.hasFocus():
            self.editor.blockSignals(True)
            self.editor.setPlainText(topic.notes)
            self.editor.blockSignals(False)
            self._loaded_notes = topic.notes
        agreed = [a.text for a in snap.actions if topic.group_id is not None
                  and a.group_id == topic.group_id]
        self.topic_actions.setText(
            translate("Discussion", "Maßnahmen zu diesem Thema: {actions}").format(
                actions=" · ".join(agreed)) if agreed else "")
        self.topic_actions.setVisible(bool(agreed))

    def _typed(self) -> None:
        self.saved_label.setText(translate("Discussion", "wird gespeichert …"))
        self.save_timer.start()

    def _ensure_group(self, topic: Topic) -> int | None:
        if topic.group_id is not None:
            return topic.group_id
        gid = self.host.run(group_for_item, self.host.snap.id, topic.item_id, topic.title)
        if gid is not None:
            self._current = ("group", gid)
        return gid

    def save_notes(self) -> bool:
        self.save_timer.stop()
        topic = self.current_topic()
        text = self.editor.toPlainText()
        if topic is None or text == self._loaded_notes:
            self.saved_label.setText("")
            return True
        gid = self._ensure_group(topic)
        if gid is None:
            return False
        if self.host.run(retro_ops.set_discussion_notes, gid, text) is None:
            return False
        self._loaded_notes = text
        self.saved_label.setText(translate("Discussion", "gespeichert"))
        self.host.reload()
        return True

    def add_action(self) -> bool:
        topic = self.current_topic()
        text = self.action_edit.text().strip()
        if topic is None or not text:
            return False
        self.save_notes()
        topic = self.current_topic()
        if topic is None:
            return False
        gid = self._ensure_group(topic)
        if gid is None:
            return False
        if self.host.run(retro_ops.create_action, self.host.snap.id, text,
                         group_id=gid) is None:
            return False
        self.action_edit.clear()
        self.host.notify(translate("Discussion", "Maßnahme „{text}“ festgehalten.").format(
            text=text))
        self.host.reload()
        return True

    def leave(self) -> None:
        self.save_notes()

    def focus_default(self) -> None:
        self.list.setFocus()


# --------------------------------------------------------------------------- closing


class ClosingPage(PhasePage):
    phase = RetroPhase.CLOSING.value

    def __init__(self, host: MeetingHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        theme = host.theme
        self.rating = RatingPanel(
            host, RatingKind.ROTI.value,
            translate("Closing", "Wie hat sich die Zeit gelohnt? (ROTI)"),
            translate("Closing", "Return on Time Invested: Jede Person tippt einen Wert von 1 "
                      "(Zeit verschwendet) bis 5 (sehr gelohnt) – ohne Namen."),
            roti_captions())
        self.summary, summary_layout = panel(theme.px(20), theme.px(8))
        summary_layout.addWidget(label(translate("Closing", "Vereinbart"), "h2"))
        self.summary_text = label("", "h3", wrap=True)
        self.summary_list = label("", wrap=True)
        summary_layout.addWidget(self.summary_text)
        summary_layout.addWidget(self.summary_list)
        summary_layout.addStretch(1)
        summary_layout.addWidget(label(translate(
            "Closing", "„Abschließen“ beendet die Retrospektive. Über „Zurück“ lässt sie sich "
            "später wieder öffnen."), "hint", wrap=True))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.px(16))
        layout.addWidget(self.rating, 3)
        layout.addWidget(self.summary, 2)

    def show_snapshot(self, snap: RetroSnapshot) -> None:
        self.rating.show_values(snap.rotis)
        n = len(snap.actions)
        on_board = sum(1 for a in snap.actions if a.card_number is not None)
        if n == 0:
            self.summary_text.setText(translate("Closing", "Keine Maßnahmen vereinbart."))
        else:
            self.summary_text.setText(
                (translate("Closing", "1 Maßnahme") if n == 1 else
                 translate("Closing", "{n} Maßnahmen").format(n=n)) + ", "
                + translate("Closing", "{k} davon auf dem Board").format(k=on_board))
        self.summary_list.setText("\n".join(f"• {a.text}" for a in snap.actions))

    def leave(self) -> None:
        self.rating.commit()

    def focus_default(self) -> None:
        self.rating.buttons[0].setFocus()


# --------------------------------------------------------------------------- finished


class FinishedPage(PhasePage):
    """The result at a glance: numbers, topics with their notes, actions."""

    phase = RetroPhase.FINISHED.value

    def __init__(self, host: MeetingHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        theme = host.theme
        self.content = QWidget()
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setContentsMargins(0, 0, theme.px(8), 0)
        self.content_layout.setSpacing(theme.px(12))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll(self.content))

    def show_snapshot(self, snap: RetroSnapshot) -> None:
        clear_layout(self.content_layout)
        theme = self.host.theme
        stats = QHBoxLayout()
        stats.setSpacing(theme.px(12))
        votes = sum(snap.item_votes.values()) + sum(snap.group_votes.values())
        for value, caption in (
                (str(len(snap.items)), translate("Finished", "Beiträge")),
                (str(len(snap.groups)), translate("Finished", "Themen")),
                (str(votes), translate("Finished", "Stimmen")),
                (str(len(snap.actions)), translate("Finished", "Maßnahmen")),
                (average_text(snap.moods), translate("Finished", "Stimmung Ø")),
                (average_text(snap.rotis), translate("Finished", "ROTI Ø"))):
            box, box_layout = panel(theme.px(12), theme.px(2))
            number = label(value, "bignumber")
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            text = label(caption, "hint")
            text.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box_layout.addWidget(number)
            box_layout.addWidget(text)
            box.setAccessibleName(f"{caption}: {value}")
            stats.addWidget(box, 1)
        self.content_layout.addLayout(stats)
        columns = QHBoxLayout()
        columns.setSpacing(theme.px(12))
        topics, topics_layout = panel(theme.px(16), theme.px(6))
        topics_layout.addWidget(label(translate("Finished", "Themen und Notizen"), "h2"))
        for topic in snap.topics()[:8]:
            topics_layout.addWidget(label(f"{topic_title(topic)} · {points_text(topic.votes)}",
                                          "h3", wrap=True))
            if topic.notes:
                topics_layout.addWidget(label(topic.notes, wrap=True))
        if not snap.items:
            topics_layout.addWidget(label(translate("Finished", "Keine Beiträge."), "hint"))
        topics_layout.addStretch(1)
        actions, actions_layout = panel(theme.px(16), theme.px(6))
        actions_layout.addWidget(label(translate("Finished", "Maßnahmen"), "h2"))
        for action in snap.actions:
            actions_layout.addWidget(label(action.text, "h3", wrap=True))
            actions_layout.addWidget(label(action_meta(action), "hint", wrap=True))
        if not snap.actions:
            actions_layout.addWidget(label(translate("Finished", "Keine Maßnahmen vereinbart."),
                                           "hint"))
        actions_layout.addStretch(1)
        columns.addWidget(topics, 1)
        columns.addWidget(actions, 1)
        self.content_layout.addLayout(columns)
        self.content_layout.addStretch(1)

    def focus_default(self) -> None:
        pass


__all__ = [
    "CheckInPage",
    "ClosingPage",
    "DiscussionPage",
    "FinishedPage",
    "GroupingPage",
    "MoveItemsCommand",
    "NewGroupCommand",
    "PhasePage",
    "RatingPanel",
    "RenameGroupCommand",
    "ReviewPage",
    "RevealPage",
    "VotingPage",
    "WritingPage",
    "add_ratings",
    "group_for_item",
    "review_fields",
]
