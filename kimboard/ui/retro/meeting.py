"""The meeting window: a retrospective run on one PC, often on a projector.

A phase bar shows every phase (the current one highlighted); the facilitator moves on with
"Weiter" (Strg+Pfeil rechts, Bild ab — what a presenter's clicker sends) and back with "Zurück"
(Strg+Pfeil links, Bild auf), or clicks a phase. Each phase has its own timer with a gentle
signal when the time is up (a colour change, a short beep and a note in the status bar — never
a modal dialog). F5 or F11 switch to presentation mode (full screen, large type, high contrast),
Esc leaves it.

What the meeting remembers besides the database (number of participants, how many have had
their turn at the curtain, whether items are revealed) is UI state in QSettings under
``retro/<uuid>/``; it holds no names and no votes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFont,
    QFontMetrics,
    QKeySequence,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kimboard.core.db import Database
from kimboard.core.errors import KimboardError
from kimboard.core.models import RetroPhase
from kimboard.core.ops import retros as retro_ops
from kimboard.ui.i18n import format_date
from kimboard.ui.retro.actions import ActionsPage
from kimboard.ui.retro.curtain import button, label
from kimboard.ui.retro.pages import (
    CheckInPage,
    ClosingPage,
    DiscussionPage,
    FinishedPage,
    GroupingPage,
    PhasePage,
    RevealPage,
    ReviewPage,
    VotingPage,
    WritingPage,
)
from kimboard.ui.retro.presentation import (
    PresentationMode,
    Theme,
    palette,
    set_role,
    stylesheet,
)
from kimboard.ui.retro.snapshot import RetroSnapshot, load_retro

translate = QCoreApplication.translate

PHASES: tuple[str, ...] = tuple(p.value for p in RetroPhase)

#: Suggested minutes per phase (the facilitator can change them; remembered per phase).
DEFAULT_MINUTES: dict[str, int] = {
    "check_in": 5, "review": 10, "writing": 10, "reveal": 10, "grouping": 10, "voting": 5,
    "discussion": 30, "actions": 15, "closing": 5, "finished": 0,
}


def phase_name(phase: str) -> str:
    names = {
        "check_in": translate("RetroPhase", "Check-in"),
        "review": translate("RetroPhase", "Rückblick"),
        "writing": translate("RetroPhase", "Schreiben"),
        "reveal": translate("RetroPhase", "Aufdecken"),
        "grouping": translate("RetroPhase", "Gruppieren"),
        "voting": translate("RetroPhase", "Abstimmen"),
        "discussion": translate("RetroPhase", "Diskutieren"),
        "actions": translate("RetroPhase", "Maßnahmen"),
        "closing": translate("RetroPhase", "Abschluss"),
        "finished": translate("RetroPhase", "Fertig"),
    }
    return names.get(phase, phase)


def phase_guide(phase: str, snap: RetroSnapshot) -> str:
    """What the room does now — one sentence on the screen, for everybody."""
    if phase == "check_in":
        return translate("RetroPhase", "Jetzt: Ankommen – reihum kurz sagen, wie es einem "
                         "geht. Wer mag, gibt eine Stimmung von 1 bis 5; die Werte werden ohne "
                         "Namen gespeichert.")
    if phase == "review":
        return translate("RetroPhase", "Jetzt: Rückblick – was ist aus den Maßnahmen der "
                         "letzten Retrospektiven geworden? Für jede festhalten: erledigt, "
                         "wirksam, nicht wirksam oder verworfen.")
    if phase == "writing":
        return translate("RetroPhase", "Jetzt: Schreiben – jede Person notiert für sich, was "
                         "ihr zu den Fragen einfällt. Nacheinander am Gerät; der Vorhang "
                         "verbirgt alles bisher Geschriebene.")
    if phase == "reveal":
        return translate("RetroPhase", "Jetzt: Aufdecken – alle Beiträge erscheinen gemischt "
                         "und ohne Namen. Reihum vorlesen, Verständnisfragen klären, noch nicht "
                         "diskutieren.")
    if phase == "grouping":
        return translate("RetroPhase", "Jetzt: Gruppieren – Ähnliches zusammenlegen (ziehen "
                         "oder Strg+G) und jeder Gruppe einen Titel geben.")
    if phase == "voting":
        return translate("RetroPhase", "Jetzt: Abstimmen – reihum am Gerät verteilt jede "
                         "Person {budget} Stimmen, höchstens {cap} auf ein Thema. Das Ergebnis "
                         "bleibt verdeckt, bis alle abgestimmt haben.").format(
            budget=snap.vote_budget, cap=snap.vote_cap)
    if phase == "discussion":
        return translate("RetroPhase", "Jetzt: Diskutieren – die Themen mit den meisten "
                         "Stimmen zuerst. Ursachen und Ideen in den Notizen festhalten.")
    if phase == "actions":
        return translate("RetroPhase", "Jetzt: Maßnahmen – konkrete nächste Schritte mit "
                         "verantwortlicher Person und Termin vereinbaren; bei Bedarf direkt auf "
                         "ein Board übernehmen.")
    if phase == "closing":
        return translate("RetroPhase", "Jetzt: Abschluss – hat sich die Zeit gelohnt? Jede "
                         "Person gibt einen Wert von 1 bis 5 (ROTI).")
    return translate("RetroPhase", "Die Retrospektive ist abgeschlossen. Mit „Zurück“ lässt "
                     "sich eine frühere Phase wieder öffnen.")


def format_seconds(seconds: int) -> str:
    sign = "+" if seconds < 0 else ""
    seconds = abs(seconds)
    return f"{sign}{seconds // 60:02d}:{seconds % 60:02d}"


class ElidedLabel(QLabel):
    """A label that wraps, or — as one line — ends in "…" when there is not enough room."""

    def __init__(self, role: str) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.full_text = ""
        self.single_line = False
        set_role(self, role)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self.setAccessibleName(text)
        self.setToolTip(text)
        self._fit()

    def set_single_line(self, single: bool) -> None:
        self.single_line = single
        self.setWordWrap(not single)
        self._fit()

    def _fit(self) -> None:
        if self.single_line and self.width() > 0:
            self.setText(self.fontMetrics().elidedText(self.full_text,
                                                       Qt.TextElideMode.ElideRight,
                                                       self.width()))
        else:
            self.setText(self.full_text)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if self.single_line:
            self._fit()


# --------------------------------------------------------------------------- timer


class PhaseTimer(QWidget):
    """A countdown per phase: start/pause, reset, a minute more or less. When the time is
    up it turns amber, counts on ("+00:12") and emits :attr:`expired` once."""

    expired = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phase = ""
        #: phase → (duration in seconds, elapsed seconds)
        self.state: dict[str, list[int]] = {}
        self.running = False
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.tick)
        self.display = label("00:00", "timer")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        digits = QFont(self.display.font())
        digits.setStyleHint(QFont.StyleHint.Monospace)
        digits.setFamilies(["DejaVu Sans Mono", "Consolas", "Menlo", "monospace"])
        self.display.setFont(digits)
        self.start_button = button(translate("PhaseTimer", "Start"),
                                   tip=translate("PhaseTimer", "Timer starten oder anhalten "
                                                 "(Strg+T)"))
        self.start_button.clicked.connect(self.toggle)
        self.reset_button = button("↺", tip=translate("PhaseTimer", "Timer zurücksetzen "
                                                      "(Strg+Umschalt+T)"),
                                   name=translate("PhaseTimer", "Timer zurücksetzen"))
        self.reset_button.clicked.connect(self.reset)
        self.less_button = button("−", tip=translate("PhaseTimer", "Eine Minute weniger"),
                                  name=translate("PhaseTimer", "Eine Minute weniger"))
        self.less_button.clicked.connect(lambda: self.add_minutes(-1))
        self.more_button = button("+", tip=translate("PhaseTimer", "Eine Minute mehr"),
                                  name=translate("PhaseTimer", "Eine Minute mehr"))
        self.more_button.clicked.connect(lambda: self.add_minutes(1))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.less_button)
        layout.addWidget(self.display)
        layout.addWidget(self.more_button)
        layout.addSpacing(4)
        layout.addWidget(self.start_button)
        layout.addWidget(self.reset_button)

    def set_presenting(self, presenting: bool, theme: Theme) -> None:
        """On the projector only start/pause and reset stay (the keys do the rest)."""
        self.less_button.setVisible(not presenting)
        self.more_button.setVisible(not presenting)
        metrics = QFontMetrics(theme.font(1.6))
        self.display.setMinimumWidth(metrics.horizontalAdvance("+00:00") + theme.px(40))

    def _duration(self, phase: str) -> int:
        try:
            minutes = int(QSettings().value(f"retro/timer/{phase}",
                                            DEFAULT_MINUTES.get(phase, 10)))
        except (TypeError, ValueError):
            minutes = DEFAULT_MINUTES.get(phase, 10)
        return max(0, minutes) * 60

    def set_phase(self, phase: str) -> None:
        """Show ``phase``'s timer; the previous phase's one pauses where it was."""
        if phase == self.phase:
            return
        self.pause()
        self.phase = phase
        self.state.setdefault(phase, [self._duration(phase), 0])
        self._show()

    def remaining(self) -> int:
        duration, elapsed = self.state.get(self.phase, [0, 0])
        return duration - elapsed

    def toggle(self) -> None:
        if self.running:
            self.pause()
        else:
            self.start()

    def start(self) -> None:
        if not self.phase:
            return
        self.running = True
        self._ticker.start()
        self._show()

    def pause(self) -> None:
        self.running = False
        self._ticker.stop()
        self._show()

    def reset(self) -> None:
        if self.phase:
            self.state[self.phase] = [self._duration(self.phase), 0]
        self.pause()

    def add_minutes(self, minutes: int) -> None:
        if not self.phase:
            return
        entry = self.state[self.phase]
        entry[0] = max(60, entry[0] + 60 * minutes)
        QSettings().setValue(f"retro/timer/{self.phase}", entry[0] // 60)
        self._show()

    def tick(self) -> None:
        """One second passed (the QTimer calls this; tests may call it directly)."""
        if not self.phase:
            return
        before = self.remaining()
        self.state[self.phase][1] += 1
        if before > 0 >= self.remaining():
            self.expired.emit(self.phase)
        self._show()

    def _show(self) -> None:
        left = self.remaining()
        self.display.setText(format_seconds(left))
        state = "expired" if left <= 0 and self.state.get(self.phase, [0, 0])[1] > 0 else (
            "running" if self.running else "idle")
        set_role(self.display, "timer", state)
        if left >= 0:
            spoken = translate("PhaseTimer", "Restzeit {time}").format(time=format_seconds(left))
        else:
            spoken = translate("PhaseTimer", "Zeit überschritten um {time}").format(
                time=format_seconds(-left))
        self.display.setAccessibleName(spoken)
        self.start_button.setText(translate("PhaseTimer", "Pause") if self.running
                                  else translate("PhaseTimer", "Start"))


# --------------------------------------------------------------------------- phase bar


class PhaseBar(QWidget):
    """Every phase as a step; the current one highlighted, the ones before marked done."""

    phase_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for n, phase in enumerate(PHASES, start=1):
            step = QPushButton(f"{n} {phase_name(phase)}")
            step.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Strg+Pfeile steer the phases
            step.setToolTip(translate("PhaseBar", "Zur Phase „{phase}“ wechseln").format(
                phase=phase_name(phase)))
            set_role(step, "step", "todo")
            step.clicked.connect(lambda _=False, p=phase: self.phase_requested.emit(p))
            layout.addWidget(step)
            self.steps[phase] = step
        layout.addStretch(1)

        self.compact = False
        self.current = PHASES[0]

    def set_compact(self, compact: bool) -> None:
        """Compact (for the projector): only the current step is named, the others numbered."""
        self.compact = compact
        self.set_current(self.current)

    def set_current(self, phase: str) -> None:
        self.current = phase
        at = PHASES.index(phase) if phase in PHASES else 0
        for n, (p, step) in enumerate(self.steps.items()):
            state = "current" if n == at else ("done" if n < at else "todo")
            set_role(step, "step", state)
            name = f"{n + 1} {phase_name(p)}"
            step.setText(name if state == "current" or not self.compact else str(n + 1))
            if state == "current":
                step.setAccessibleName(translate("PhaseBar", "Phase {name} (aktuell)").format(
                    name=name))
            else:
                step.setAccessibleName(translate("PhaseBar", "Phase {name}").format(name=name))


# --------------------------------------------------------------------------- window


class CurrentPageStack(QStackedWidget):
    """A stack as large as the page it shows (QStackedWidget asks for the largest of all
    pages, which would push the window past a projector's screen)."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        current = self.currentWidget()
        return current.sizeHint() if current is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        current = self.currentWidget()
        return current.minimumSizeHint() if current is not None \
            else super().minimumSizeHint()


class RetroMeetingWindow(QMainWindow):
    """The meeting of one retrospective. Everything changes through core operations; the
    window re-reads the retrospective after each one (:meth:`reload`)."""

    #: the phase changed (to the given one)
    phase_changed = Signal(str)

    def __init__(self, db: Database, retro_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.retro_id = retro_id
        with db.session() as s:
            self.snap: RetroSnapshot = load_retro(s, retro_id)
        self.presentation = PresentationMode(self)
        self.theme: Theme = Theme.normal()
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle(translate("RetroMeeting", "{title} – Retrospektive – kimboard")
                            .format(title=self.snap.title))
        self.setAccessibleName(translate("RetroMeeting", "Retrospektive {title}").format(
            title=self.snap.title))
        self.setMinimumSize(980, 640)

        central = QWidget()
        central.setObjectName("retroCentral")
        self.title_label = ElidedLabel("h1")
        self.title_label.setWordWrap(True)
        self.meta_label = label("", "meta")
        # Long titles wrap or are cut; they never make the window wider than the screen.
        for widget in (self.title_label, self.meta_label):
            widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            widget.setMinimumWidth(200)
        self.anonymous_badge = label("", "badge")
        self.read_only_badge = label(translate("RetroMeeting", "Nur lesen – Retrospektive "
                                               "einer anderen Dienststelle"), "warning")
        self.timer = PhaseTimer()
        self.timer.expired.connect(self._time_up)
        self.present_button = button(translate("RetroMeeting", "Präsentation"),
                                     tip=translate("RetroMeeting", "Vollbild mit großer Schrift "
                                                   "für den Beamer (F5 oder F11; Esc beendet)"))
        self.present_button.clicked.connect(self.presentation.toggle)
        self.phase_bar = PhaseBar()
        self.phase_bar.phase_requested.connect(self.go_to)
        self.guide = label("", "guide", wrap=True)
        self.pages: dict[str, PhasePage] = {}
        self.stack = CurrentPageStack()
        for page in (CheckInPage(self), ReviewPage(self), WritingPage(self), RevealPage(self),
                     GroupingPage(self), VotingPage(self), DiscussionPage(self),
                     ActionsPage(self), ClosingPage(self), FinishedPage(self)):
            page.setAccessibleName(phase_name(page.phase))
            self.pages[page.phase] = page
            self.stack.addWidget(page)
        self.back_button = button("", tip=translate("RetroMeeting", "Zur vorigen Phase "
                                                    "(Strg+Pfeil links oder Bild auf)"))
        self.back_button.clicked.connect(self.previous_phase)
        self.next_button = button("", "primary",
                                  tip=translate("RetroMeeting", "Zur nächsten Phase "
                                                "(Strg+Pfeil rechts oder Bild ab)"))
        self.next_button.clicked.connect(self.next_phase)
        self.keys_hint = label(translate("RetroMeeting", "Strg+→ / Bild ab: weiter · "
                                         "Strg+← / Bild auf: zurück · F5: Präsentation"),
                               "hint")

        top = QHBoxLayout()
        top.setSpacing(12)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title_label)
        self.meta_row = QWidget()
        meta_row = QHBoxLayout(self.meta_row)
        meta_row.setContentsMargins(0, 0, 0, 0)
        meta_row.setSpacing(8)
        meta_row.addWidget(self.anonymous_badge)
        meta_row.addWidget(self.read_only_badge)
        meta_row.addWidget(self.meta_label, 1)
        titles.addWidget(self.meta_row)
        top.addLayout(titles, 1)
        top.addWidget(self.timer, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.present_button, 0, Qt.AlignmentFlag.AlignTop)
        footer = QHBoxLayout()
        footer.addWidget(self.back_button)
        footer.addStretch(1)
        footer.addWidget(self.keys_hint)
        self.note_label = ElidedLabel("hint")
        self.note_label.set_single_line(True)
        self.note_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.note_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note_label.hide()
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(8000)
        self._note_timer.timeout.connect(self.note_label.hide)
        footer.addWidget(self.note_label, 6)
        footer.addStretch(1)
        footer.addWidget(self.next_button)
        layout = QVBoxLayout(central)
        self.central_layout = layout
        layout.addLayout(top)
        layout.addWidget(self.phase_bar)
        layout.addWidget(self.guide)
        layout.addWidget(self.stack, 1)
        layout.addLayout(footer)
        self.setCentralWidget(central)

        self._build_actions()
        self.presentation.changed.connect(self._presentation_changed)
        self.apply_theme()
        self.reload()
        self.timer.set_phase(self.snap.phase)
        self.resize(1320, 860)
        QTimer.singleShot(0, self.focus_page)

    # ------------------------------------------------------------------ actions

    def _build_actions(self) -> None:
        def action(text: str, keys: list[str], slot: Callable[[], Any]) -> QAction:
            act = QAction(text, self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(lambda _=False: slot())
            self.addAction(act)  # keys work even while the menu bar is hidden
            return act

        self.next_action = action(translate("RetroMeeting", "&Weiter"),
                                  ["Ctrl+Right", "PgDown"], self.next_phase)
        self.back_action = action(translate("RetroMeeting", "&Zurück"),
                                  ["Ctrl+Left", "PgUp"], self.previous_phase)
        self.timer_action = action(translate("RetroMeeting", "Timer &starten/anhalten"),
                                   ["Ctrl+T"], self.timer.toggle)
        self.timer_reset_action = action(translate("RetroMeeting", "Timer &zurücksetzen"),
                                         ["Ctrl+Shift+T"], self.timer.reset)
        self.close_action = action(translate("RetroMeeting", "Fenster &schließen"),
                                   ["Ctrl+W"], self.close)
        self.undo_action = self.undo_stack.createUndoAction(
            self, translate("RetroMeeting", "&Rückgängig"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(
            self, translate("RetroMeeting", "&Wiederholen"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        self.present_action = QAction(translate("RetroMeeting", "&Präsentationsmodus"), self)
        self.present_action.setCheckable(True)
        self.present_action.setShortcuts([QKeySequence("F5"), QKeySequence("F11")])
        self.present_action.triggered.connect(self.presentation.toggle)
        self.addAction(self.present_action)

        meeting = self.menuBar().addMenu(translate("RetroMeeting", "&Retrospektive"))
        for act in (self.next_action, self.back_action):
            meeting.addAction(act)
        meeting.addSeparator()
        meeting.addAction(self.timer_action)
        meeting.addAction(self.timer_reset_action)
        meeting.addSeparator()
        meeting.addAction(self.close_action)
        edit = self.menuBar().addMenu(translate("RetroMeeting", "&Bearbeiten"))
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        view = self.menuBar().addMenu(translate("RetroMeeting", "&Ansicht"))
        view.addAction(self.present_action)

    # ------------------------------------------------------------------ host interface

    def current_theme(self) -> Theme:
        return self.theme

    def run(self, op: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
        """Run one core operation; a refusal is shown (plain text) and None returned."""
        try:
            return self.db.run(op, *args, **kwargs)
        except KimboardError as err:
            self.show_error(str(err))
            self.reload()
            return None

    def push(self, command: QUndoCommand) -> bool:
        """Run an undoable command and put it on the stack (a refused one is not)."""
        try:
            command.run_first()  # type: ignore[attr-defined]
        except KimboardError as err:
            self.reload()
            self.show_error(str(err))
            return False
        self.undo_stack.push(command)
        return True

    def _key(self, name: str) -> str:
        return f"retro/{self.snap.uuid}/{name}"

    def participants(self) -> int:
        try:
            value = int(QSettings().value(self._key("participants"), 0))
        except (TypeError, ValueError):
            value = 0
        return value if value > 0 else 6

    def set_participants(self, n: int) -> None:
        QSettings().setValue(self._key("participants"), max(1, int(n)))

    def counter(self, name: str) -> int:
        try:
            return int(QSettings().value(self._key(name), 0))
        except (TypeError, ValueError):
            return 0

    def set_counter(self, name: str, value: int) -> None:
        QSettings().setValue(self._key(name), int(value))

    # Dialog hooks: separate so tests can answer without a modal loop.

    def confirm(self, title: str, text: str, yes: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.button(QMessageBox.StandardButton.Yes).setText(yes)
        box.button(QMessageBox.StandardButton.Cancel).setText(
            translate("RetroMeeting", "Abbrechen"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def ask_text(self, title: str, label_text: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self, title, label_text, QLineEdit.EchoMode.Normal,
                                         text)
        return value if ok else None

    def exec_dialog(self, dialog: Any) -> bool:
        return bool(dialog.exec())

    def exec_menu(self, menu: QMenu, pos: QPoint) -> QAction | None:
        return menu.exec(pos)

    def show_error(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "kimboard", message,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def notify(self, message: str) -> None:
        """A short, non-modal note: in the status bar, on the projector between the
        footer's buttons (the status bar is hidden there)."""
        self.statusBar().showMessage(message, 8000)
        if self.theme.presenting:
            self.note_label.setVisible(bool(message))
            self.note_label.set_full_text(message)
            self._note_timer.start()

    def beep(self) -> None:
        QApplication.beep()

    # ------------------------------------------------------------------ showing

    def page(self, phase: str | None = None) -> PhasePage:
        return self.pages[phase or self.snap.phase]

    def reload(self) -> None:
        """Re-read the retrospective and show the current phase."""
        try:
            with self.db.session() as s:
                self.snap = load_retro(s, self.retro_id)
        except KimboardError as err:
            self.show_error(str(err))
            return
        snap = self.snap
        self.title_label.set_full_text(snap.title)
        meta = [format_date(snap.held_on)]
        if snap.board_name:
            meta.append(snap.board_name)
        if snap.sprint_name:
            meta.append(snap.sprint_name)
        if snap.template_name:
            meta.append(snap.template_name)
        self.meta_label.setText(" · ".join(meta))
        self.anonymous_badge.setText(translate("RetroMeeting", "Anonym") if snap.anonymous
                                     else translate("RetroMeeting", "Mit Namen"))
        set_role(self.anonymous_badge, "badge", "ok" if snap.anonymous else "")
        self.anonymous_badge.setToolTip(
            translate("RetroMeeting", "Beiträge werden ohne Namen gespeichert")
            if snap.anonymous else
            translate("RetroMeeting", "Beim Schreiben kann man seinen Namen angeben"))
        self.read_only_badge.setVisible(not snap.site_local)
        phase = snap.phase if snap.phase in self.pages else PHASES[0]
        self.phase_bar.set_current(phase)
        self.guide.setText(phase_guide(phase, snap))
        self.guide.setAccessibleName(self.guide.text())
        at = PHASES.index(phase)
        self.back_button.setText(
            translate("RetroMeeting", "◀ Zurück: {phase}").format(phase=phase_name(PHASES[at - 1]))
            if at > 0 else translate("RetroMeeting", "◀ Zurück"))
        if at + 1 < len(PHASES):
            following = PHASES[at + 1]
            self.next_button.setText(
                translate("RetroMeeting", "Abschließen ▶") if following == "finished" else
                translate("RetroMeeting", "Weiter: {phase} ▶").format(
                    phase=phase_name(following)))
        else:
            self.next_button.setText(translate("RetroMeeting", "Abgeschlossen"))
        editable = snap.site_local
        self.back_button.setEnabled(editable and at > 0)
        self.next_button.setEnabled(editable and at + 1 < len(PHASES))
        self.back_action.setEnabled(self.back_button.isEnabled())
        self.next_action.setEnabled(self.next_button.isEnabled())
        self.phase_bar.setEnabled(editable)
        self.timer.setVisible(phase != "finished")
        page = self.pages[phase]
        self.stack.setEnabled(editable)
        self.stack.setCurrentWidget(page)
        page.show_snapshot(snap)
        self.stack.updateGeometry()

    def focus_page(self) -> None:
        self.page().focus_default()

    # ------------------------------------------------------------------ phases

    def go_to(self, phase: str) -> bool:
        """Change the phase (forwards or back); the page left saves what is pending."""
        if phase not in PHASES or phase == self.snap.phase or not self.snap.site_local:
            return False
        page = self.page()
        if not page.can_leave():
            return False
        page.leave()
        if self.run(retro_ops.set_phase, self.retro_id, phase) is None:
            return False
        # Undo steps of one phase make no sense in another (and could surprise).
        self.undo_stack.clear()
        self.timer.set_phase(phase)
        self.reload()
        self.notify(translate("RetroMeeting", "Phase: {phase}").format(phase=phase_name(phase)))
        self.phase_changed.emit(phase)
        self.focus_page()
        return True

    def next_phase(self) -> bool:
        at = PHASES.index(self.snap.phase)
        return at + 1 < len(PHASES) and self.go_to(PHASES[at + 1])

    def previous_phase(self) -> bool:
        at = PHASES.index(self.snap.phase)
        return at > 0 and self.go_to(PHASES[at - 1])

    def _time_up(self, phase: str) -> None:
        self.beep()
        self.notify(translate("RetroMeeting", "Die Zeit für „{phase}“ ist um – in Ruhe zum "
                              "Ende kommen.").format(phase=phase_name(phase)))

    # ------------------------------------------------------------------ look

    def apply_theme(self) -> None:
        self.theme = self.presentation.theme()
        presenting = self.theme.presenting
        self.setPalette(palette(self.theme))
        self.setFont(self.theme.font())
        self.setStyleSheet(stylesheet(self.theme))
        self.phase_bar.set_compact(presenting)
        for page in self.pages.values():
            page.theme_changed()
        self.timer.set_presenting(presenting, self.theme)
        # The projector shows what the room needs: the date and board line goes, the
        # margins shrink (the type has grown).
        self.meta_row.setVisible(not presenting)
        self.title_label.set_single_line(presenting)
        if presenting:
            self.central_layout.setContentsMargins(14, 8, 14, 8)
            self.central_layout.setSpacing(6)
        else:
            self.central_layout.setContentsMargins(20, 14, 20, 12)
            self.central_layout.setSpacing(10)
        self.keys_hint.setVisible(not presenting)
        self.statusBar().setVisible(not presenting)
        self.note_label.hide()
        # The facilitator's controls keep their size; the page gives way.
        for widget in (*self.phase_bar.steps.values(), self.back_button, self.next_button):
            widget.setMinimumHeight(0)
            widget.ensurePolished()
            widget.setMinimumHeight(widget.sizeHint().height())
        self.present_button.setText(
            translate("RetroMeeting", "Präsentation beenden") if self.theme.presenting
            else translate("RetroMeeting", "Präsentation"))
        self.present_action.setChecked(self.theme.presenting)

    def _presentation_changed(self, active: bool) -> None:
        self.apply_theme()
        self.reload()
        self.notify(translate("RetroMeeting", "Präsentationsmodus – Esc beendet ihn.") if active
                    else translate("RetroMeeting", "Präsentationsmodus beendet."))

    # ------------------------------------------------------------------ closing

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        page = self.page()
        if not page.can_leave():
            event.ignore()
            return
        page.leave()
        self.timer.pause()
        super().closeEvent(event)


__all__ = [
    "DEFAULT_MINUTES",
    "PHASES",
    "PhaseBar",
    "PhaseTimer",
    "RetroMeetingWindow",
    "format_seconds",
    "phase_guide",
    "phase_name",
]
