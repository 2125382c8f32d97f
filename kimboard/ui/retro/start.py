""""Neue Retrospektive": title, date, board (and sprint), template, anonymity, dot budget and
the number of participants for the privacy curtain.

The dialog runs :func:`kimboard.core.ops.retros.create_retro` itself when the user confirms; a
refusal shows the core's German message inside the dialog, which stays open.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, or_, select

from kimboard.core import clock
from kimboard.core.db import Database
from kimboard.core.errors import KimboardError
from kimboard.core.models import (
    Board,
    BoardMode,
    Member,
    RetroTemplate,
    Site,
    Sprint,
    SprintState,
)
from kimboard.core.ops import retros as retro_ops
from kimboard.ui.i18n import format_date
from kimboard.ui.retro.curtain import MAX_PARTICIPANTS

translate = QCoreApplication.translate

DEFAULT_PARTICIPANTS = 6
_ERROR_STYLE = "color: #b91c1c; font-weight: bold;"
_HINT_STYLE = "color: #4b5563;"


@dataclass(frozen=True, slots=True)
class TemplateChoice:
    id: int
    name: str
    description: str
    builtin: bool
    key: str | None
    prompts: tuple[tuple[str, str], ...]  # (title, colour)


@dataclass(frozen=True, slots=True)
class SprintChoice:
    id: int
    name: str
    state: str
    start: dt.date
    end: dt.date


@dataclass(frozen=True, slots=True)
class BoardChoice:
    id: int
    name: str
    scrum: bool
    team_size: int
    sprints: tuple[SprintChoice, ...]


def participants_key(retro_uuid: str) -> str:
    return f"retro/{retro_uuid}/participants"


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _plain(text: str = "", style: str = "", wrap: bool = False) -> QLabel:
    widget = QLabel(text)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setWordWrap(wrap)
    if style:
        widget.setStyleSheet(style)
    return widget


class NewRetroDialog(QDialog):
    """Start a retrospective of an office; after "Starten", :attr:`retro_id` is the new one."""

    def __init__(self, db: Database, site_id: int, board_id: int | None = None,
                 parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = clock.today) -> None:
        super().__init__(parent)
        self.db = db
        self.site_id = site_id
        self.retro_id: int | None = None
        self.retro_uuid: str | None = None
        self._title_touched = False
        self._load()
        self.setWindowTitle(translate("NewRetro", "Neue Retrospektive"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(640)

        intro = _plain(translate(
            "NewRetro", "Eine Retrospektive für {site}: Das Team schaut gemeinsam zurück, "
            "sammelt Beiträge, stimmt ab und vereinbart Maßnahmen.").format(
            site=self.site_name), _HINT_STYLE, wrap=True)
        self.title = QLineEdit()
        self.title.setMaxLength(200)
        self.title.textEdited.connect(self._title_edited)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        self.date.setDisplayFormat(fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy"))
        self.date.setDate(_qdate(today()))
        self.date.dateChanged.connect(lambda _d: self._suggest_title())
        self.board = QComboBox()
        self.board.addItem(translate("NewRetro", "– ohne Board –"), None)
        for board in self.boards:
            self.board.addItem(board.name, board.id)
        self.sprint = QComboBox()
        self.sprint.setAccessibleName(translate("NewRetro", "Sprint"))
        self.template = QComboBox()
        self.template_preview = _plain("", _HINT_STYLE, wrap=True)
        self.chips = QHBoxLayout()
        self.chips.setSpacing(6)
        builtin = [t for t in self.templates if t.builtin]
        own = [t for t in self.templates if not t.builtin]
        for t in builtin:
            self.template.addItem(t.name, t.id)
        if own:
            self.template.insertSeparator(self.template.count())
            for t in own:
                self.template.addItem(translate("NewRetro", "{name} (eigene Vorlage)").format(
                    name=t.name), t.id)
        self.anonymous = QCheckBox(translate("NewRetro", "&Anonym (empfohlen)"))
        self.anonymous.setChecked(True)
        self.anonymous_hint = _plain("", _HINT_STYLE, wrap=True)
        self.anonymous.toggled.connect(self._anonymity_changed)
        self.budget = QSpinBox()
        self.budget.setRange(0, 50)
        self.budget.setValue(3)
        self.budget.setSuffix(translate("NewRetro", " Stimmen"))
        self.cap = QSpinBox()
        self.cap.setRange(1, 50)
        self.cap.setValue(2)
        self.cap.setSuffix(translate("NewRetro", " Stimmen"))
        self.participants = QSpinBox()
        self.participants.setRange(1, MAX_PARTICIPANTS)
        self.participants.setValue(DEFAULT_PARTICIPANTS)
        self.participants.setMinimumWidth(90)
        self.participants_hint = _plain(translate(
            "NewRetro", "So oft geht der Vorhang beim Schreiben und Abstimmen auf – einmal je "
            "Person. Die Zahl lässt sich in der Retrospektive ändern."), _HINT_STYLE, wrap=True)
        self.error_label = _plain("", _ERROR_STYLE, wrap=True)
        self.error_label.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        form.addRow(translate("NewRetro", "&Titel:"), self.title)
        form.addRow(translate("NewRetro", "&Datum:"), self.date)
        form.addRow(translate("NewRetro", "&Board:"), self.board)
        form.addRow(translate("NewRetro", "&Sprint:"), self.sprint)
        form.addRow(translate("NewRetro", "&Vorlage:"), self.template)
        preview = QVBoxLayout()
        preview.setSpacing(4)
        preview.addLayout(self.chips)
        preview.addWidget(self.template_preview)
        form.addRow("", preview)
        form.addRow("", self.anonymous)
        form.addRow("", self.anonymous_hint)
        votes = QHBoxLayout()
        votes.setSpacing(8)
        votes.addWidget(self.budget)
        votes.addSpacing(12)
        cap_label = _plain(translate("NewRetro", "höchstens &pro Thema:"))
        cap_label.setBuddy(self.cap)
        votes.addWidget(cap_label)
        votes.addWidget(self.cap)
        votes.addStretch(1)
        budget_label = _plain(translate("NewRetro", "Sti&mmen je Person:"))
        budget_label.setBuddy(self.budget)
        form.addRow(budget_label, votes)
        participants = QHBoxLayout()
        participants.addWidget(self.participants)
        participants.addStretch(1)
        participants_label = _plain(translate("NewRetro", "Teil&nehmende:"))
        participants_label.setBuddy(self.participants)
        form.addRow(participants_label, participants)
        form.addRow("", self.participants_hint)
        self.budget.setAccessibleName(translate("NewRetro", "Stimmen je Person"))
        self.cap.setAccessibleName(translate("NewRetro", "Höchstens Stimmen pro Thema"))
        self.participants.setAccessibleName(translate("NewRetro", "Teilnehmende"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.start_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setText(translate("NewRetro", "Retrospektive starten"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("NewRetro", "Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(line)
        layout.addWidget(buttons)

        self.board.currentIndexChanged.connect(self._board_changed)
        self.sprint.currentIndexChanged.connect(lambda _i: self._suggest_title())
        self.template.currentIndexChanged.connect(self._template_changed)
        start_board = self.board.findData(board_id) if board_id is not None else -1
        self.board.setCurrentIndex(max(0, start_board))
        self._board_changed()
        self._select_default_template()
        self._template_changed()
        self._anonymity_changed(True)
        self.title.setFocus()

    # ------------------------------------------------------------------ data

    def _load(self) -> None:
        with self.db.session() as s:
            site = s.get(Site, self.site_id)
            if site is None:
                raise KimboardError(translate("NewRetro", "Die Dienststelle gibt es nicht mehr."))
            self.site_name = site.name
            self.site_uuid = site.uuid
            boards = []
            for board in s.scalars(select(Board).where(
                    Board.site_id == site.id, Board.archived_at.is_(None))
                    .order_by(func.lower(Board.name))):
                team_size = 0
                if board.team_id is not None:
                    team_size = int(s.scalar(select(func.count()).select_from(Member).where(
                        Member.team_id == board.team_id, Member.active,
                        Member.erased_at.is_(None))) or 0)
                sprints = tuple(
                    SprintChoice(sp.id, sp.name, sp.state, sp.start_date, sp.end_date)
                    for sp in s.scalars(select(Sprint).where(Sprint.board_id == board.id)
                                        .order_by(Sprint.start_date.desc(), Sprint.id.desc()))
                )
                boards.append(BoardChoice(board.id, board.name,
                                          board.mode == BoardMode.SCRUM.value, team_size,
                                          sprints))
            self.boards: tuple[BoardChoice, ...] = tuple(boards)
            templates = []
            for t in s.scalars(select(RetroTemplate).where(
                    or_(RetroTemplate.site_id.is_(None), RetroTemplate.site_id == site.id))
                    .order_by(RetroTemplate.builtin.desc(), RetroTemplate.id)):
                templates.append(TemplateChoice(t.id, t.name, t.description, bool(t.builtin),
                                                t.key,
                                                tuple((p.title, p.color) for p in t.prompts)))
            self.templates: tuple[TemplateChoice, ...] = tuple(templates)

    def _board(self) -> BoardChoice | None:
        board_id = self.board.currentData()
        return next((b for b in self.boards if b.id == board_id), None)

    def _template(self) -> TemplateChoice | None:
        template_id = self.template.currentData()
        return next((t for t in self.templates if t.id == template_id), None)

    # ------------------------------------------------------------------ reactions

    def _board_changed(self, _index: int = 0) -> None:
        board = self._board()
        self.sprint.blockSignals(True)
        self.sprint.clear()
        self.sprint.addItem(translate("NewRetro", "– kein Sprint –"), None)
        default = 0
        if board is not None:
            for n, sprint in enumerate(board.sprints, start=1):
                state = {SprintState.ACTIVE.value: translate("NewRetro", "läuft"),
                         SprintState.PLANNED.value: translate("NewRetro", "geplant")}.get(
                    sprint.state, translate("NewRetro", "abgeschlossen"))
                self.sprint.addItem(translate("NewRetro", "{name} ({start} – {end}, {state})")
                                    .format(name=sprint.name, start=format_date(sprint.start),
                                            end=format_date(sprint.end), state=state),
                                    sprint.id)
                # the sprint a retrospective usually looks back on: the running one, else
                # the last closed one
                if not default and sprint.state in (SprintState.ACTIVE.value,
                                                    SprintState.CLOSED.value):
                    default = n
            if board.team_size >= 2:
                self.participants.setValue(min(MAX_PARTICIPANTS, board.team_size))
        self.sprint.setCurrentIndex(default)
        self.sprint.setEnabled(board is not None and bool(board.sprints))
        self.sprint.blockSignals(False)
        self._suggest_title()

    def _title_edited(self, _text: str) -> None:
        self._title_touched = True

    def _suggest_title(self) -> None:
        if self._title_touched:
            return
        sprint_id = self.sprint.currentData()
        board = self._board()
        sprint = next((sp for sp in board.sprints if sp.id == sprint_id), None) \
            if board is not None else None
        if sprint is not None:
            title = translate("NewRetro", "Retrospektive {sprint}").format(sprint=sprint.name)
        else:
            title = translate("NewRetro", "Retrospektive vom {date}").format(
                date=format_date(_pydate(self.date.date())))
        self.title.setText(title)

    def _select_default_template(self) -> None:
        last = QSettings().value(f"retro/last_template/{self.site_uuid}", "")
        wanted = next((t.id for t in self.templates if t.key and t.key == last
                       or str(t.id) == str(last)), None)
        if wanted is None:
            wanted = next((t.id for t in self.templates
                           if t.key == retro_ops.DEFAULT_TEMPLATE_KEY), None)
        i = self.template.findData(wanted)
        if i >= 0:
            self.template.setCurrentIndex(i)

    def _template_changed(self, _index: int = 0) -> None:
        while self.chips.count():
            child = self.chips.takeAt(0)
            if child.widget() is not None:
                child.widget().deleteLater()
        template = self._template()
        if template is None:
            self.template_preview.setText("")
            return
        for title, color in template.prompts:
            chip = _plain(title, f"background: {color}; color: #ffffff; font-weight: bold; "
                                 "border-radius: 4px; padding: 3px 8px;")
            self.chips.addWidget(chip)
        self.chips.addStretch(1)
        self.template_preview.setText(template.description)
        self.template_preview.setVisible(bool(template.description))

    def _anonymity_changed(self, anonymous: bool) -> None:
        self.anonymous_hint.setText(
            translate("NewRetro", "Beiträge werden ohne Namen gespeichert – auch in der "
                      "Datenbank steht nicht, wer was geschrieben hat.") if anonymous else
            translate("NewRetro", "Beim Schreiben kann jede Person ihren Namen angeben. Später "
                      "lässt sich das nicht mehr auf anonym umstellen, ohne die Namen zu "
                      "löschen."))

    # ------------------------------------------------------------------ saving

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def accept(self) -> None:
        template = self._template()
        try:
            ref = self.db.run(
                retro_ops.create_retro, self.site_id, self.title.text(),
                _pydate(self.date.date()), board_id=self.board.currentData(),
                sprint_id=self.sprint.currentData(),
                template_id=template.id if template is not None else None,
                anonymous=self.anonymous.isChecked(), vote_budget=self.budget.value(),
                vote_cap_per_item=self.cap.value()).value
        except KimboardError as err:
            self.show_error(str(err))
            return
        self.retro_id, self.retro_uuid = ref.id, ref.uuid
        settings = QSettings()
        settings.setValue(participants_key(ref.uuid), self.participants.value())
        if template is not None:
            settings.setValue(f"retro/last_template/{self.site_uuid}",
                              template.key or str(template.id))
        super().accept()


def exec_dialog(dialog: QDialog) -> int:
    """Show ``dialog`` modally (tests replace this to fill in and confirm the dialog)."""
    return dialog.exec()


__all__ = ["NewRetroDialog", "exec_dialog", "participants_key"]
