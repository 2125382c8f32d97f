"""The backlog view of a Scrum board: the ordered product backlog on the left, the open
sprints' plans on the right, and planning between them by drag and drop or keyboard.

Every planning change is an undoable command on the page's undo stack that runs
:func:`kimboard.core.ops.sprints.plan_card` — commands find cards by UUID, so they still work
after reloads. Sprint life-cycle operations (plan, start, close, delete) are not undoable: they
are history; destructive ones ask first.

Keyboard, in every list: Alt+Pfeil hoch/runter verschiebt die Auswahl in der Liste,
Strg+Pfeil rechts plant sie in den (nächsten) Sprint ein, Strg+Pfeil links legt sie zurück ins
Backlog, Enter öffnet die Karte, Kontextmenütaste oder Umschalt+F10 zeigt alle Aktionen, Tab
wechselt zwischen den Listen und Knöpfen.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPixmap,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from kimboard.core.backlog import BacklogSnapshot, PlanCard, SprintPlan, load_backlog
from kimboard.core.db import Database
from kimboard.core.errors import KimboardError
from kimboard.core.models import Board, SprintState
from kimboard.core.ops.card_snapshots import card_id_for_uuid
from kimboard.core.ops.sprints import delete_sprint, plan_card, start_sprint
from kimboard.ui.i18n import format_date, format_number
from kimboard.ui.sprint import dialogs
from kimboard.ui.sprint.dialogs import cards_text, points_text, working_days

#: lupdate finds ``translate("Context", "…")`` calls by name; context and text are literals.
translate = QCoreApplication.translate

_Index = QModelIndex | QPersistentModelIndex

CardIdRole = Qt.ItemDataRole.UserRole + 1
CardUuidRole = Qt.ItemDataRole.UserRole + 2

#: Drag payload: JSON with the board's and the cards' UUIDs, never pickle.
MIME_TYPE = "application/x-kimboard-plan-cards+json"

COL_NUMBER, COL_TITLE, COL_ESTIMATE, COL_PRIORITY, COL_COLUMN = range(5)
_COLUMN_COUNT = 5

_NOTE_STYLE = ("background: #fef3c7; color: #713f12; border: 1px solid #f59e0b;"
               "border-radius: 4px; padding: 6px;")
_HINT_STYLE = "color: #4b5563;"
_WARN_STYLE = "color: #92400e; font-weight: bold;"
_GAUGE_STYLE = ("QProgressBar {{ border: 1px solid #cbd5e1; border-radius: 3px; "
                "background: #f1f5f9; }} QProgressBar::chunk {{ background: {color}; "
                "border-radius: 2px; }}")

#: A list of the page: ``None`` is the product backlog, an int a sprint's id.
ListKey = int | None


# --------------------------------------------------------------------------- drag payload


def encode_cards(board_uuid: str, card_uuids: Sequence[str]) -> QMimeData:
    data = QMimeData()
    payload = {"format": 1, "board": board_uuid, "cards": list(card_uuids)}
    data.setData(MIME_TYPE, json.dumps(payload).encode("utf-8"))
    return data


def decode_cards(data: QMimeData) -> tuple[str, tuple[str, ...]] | None:
    """Board UUID and card UUIDs, or None when the payload is not ours or malformed."""
    if not data.hasFormat(MIME_TYPE):
        return None
    try:
        payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode("utf-8"))
        board = payload["board"]
        cards = tuple(payload["cards"])
    except (ValueError, KeyError, TypeError):
        return None
    if not isinstance(board, str) or not cards or not all(isinstance(c, str) for c in cards):
        return None
    return board, cards


# --------------------------------------------------------------------------- texts


def priority_name(priority: int) -> str:
    names = {0: translate("Priority", "niedrig"), 1: translate("Priority", "normal"),
             2: translate("Priority", "hoch"), 3: translate("Priority", "kritisch")}
    return names.get(priority, str(priority))


def estimate_text(estimate: float | None) -> str:
    return "–" if estimate is None else format_number(round(estimate, 2))


def describe_card(card: PlanCard) -> str:
    """One sentence for screen readers and tooltips: nothing only shown by an icon."""
    parts = [translate("PlanCard", "Karte #{number}: {title}").format(
        number=card.number, title=card.title)]
    parts.append(points_text(card.estimate) if card.estimate is not None
                 else translate("PlanCard", "nicht geschätzt"))
    parts.append(translate("PlanCard", "Priorität {priority}").format(
        priority=priority_name(card.priority)))
    parts.append(translate("PlanCard", "Spalte „{column}“").format(column=card.column))
    if card.done:
        parts.append(translate("PlanCard", "erledigt"))
    if card.blocked:
        parts.append(translate("PlanCard", "blockiert"))
    return ", ".join(parts)


def state_name(state: str) -> str:
    if state == SprintState.ACTIVE.value:
        return translate("Sprint", "läuft")
    if state == SprintState.PLANNED.value:
        return translate("Sprint", "geplant")
    return translate("Sprint", "abgeschlossen")


def gauge(plan: SprintPlan, snapshot: BacklogSnapshot
          ) -> tuple[str, str | None, str | None, float | None]:
    """The planning gauge of a sprint: its main line, the warning when more is planned than
    the average velocity, the note on unestimated cards, and the plan's share of the average
    velocity (None without velocity; above 1 is more than the team usually finishes)."""
    planned = plan.points
    main = translate("Sprint", "Geplant: {points}").format(points=points_text(planned))
    share: float | None = None
    over: str | None = None
    if snapshot.velocity_average is None:
        main += " · " + translate("Sprint", "Noch keine abgeschlossenen Sprints – keine Velocity")
    else:
        average = snapshot.velocity_average
        n = min(snapshot.velocity_window, snapshot.closed_sprints)
        if n == 1:
            main += " · " + translate("Sprint", "Ø Velocity des letzten Sprints: {points}").format(
                points=points_text(average))
        else:
            main += " · " + translate(
                "Sprint", "Ø Velocity der letzten {n} Sprints: {points}").format(
                n=n, points=points_text(average))
        share = planned / average if average > 0 else (2.0 if planned > 0 else 0.0)
        if share > 1:
            over = translate(
                "Sprint", "⚠ Mehr geplant, als das Team im Schnitt schafft ({points} darüber)."
            ).format(points=points_text(planned - average))
    unestimated = None
    if plan.unestimated:
        unestimated = translate(
            "Sprint", "{cards} ohne Schätzung – in der Summe nicht enthalten.").format(
            cards=cards_text(plan.unestimated))
    return main, over, unestimated, share


def _blocked_icon() -> QIcon:
    """A red "no entry" sign (made on first use: it needs the running application)."""
    global _BLOCKED_ICON
    if _BLOCKED_ICON is None:
        size = 14
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#b91c1c"))
        painter.drawEllipse(0, 0, size, size)
        painter.setBrush(QColor("#ffffff"))
        painter.drawRect(3, 6, size - 6, 2)
        painter.end()
        _BLOCKED_ICON = QIcon(pixmap)
    return _BLOCKED_ICON


_BLOCKED_ICON: QIcon | None = None


# --------------------------------------------------------------------------- model


class PlanModel(QAbstractTableModel):
    """The cards of one list (the backlog or one sprint's plan), one row each."""

    #: card UUIDs, target sprint id (None: backlog), UUID of the card to put them before
    #: (None: at the end)
    plan_requested = Signal(list, object, object)

    def __init__(self, sprint_id: ListKey, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sprint_id = sprint_id
        self.board_uuid = ""
        self.read_only = False
        self._cards: tuple[PlanCard, ...] = ()

    # ------------------------------------------------------------------ content

    def set_cards(self, cards: tuple[PlanCard, ...], board_uuid: str, read_only: bool) -> None:
        self.board_uuid = board_uuid
        self.read_only = read_only
        if cards == self._cards:
            return
        if [c.uuid for c in cards] == [c.uuid for c in self._cards]:
            self._cards = cards  # same rows, other values: keep the selection
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(cards) - 1, _COLUMN_COUNT - 1))
            return
        self.beginResetModel()
        self._cards = cards
        self.endResetModel()

    def cards(self) -> tuple[PlanCard, ...]:
        return self._cards

    def card_at(self, row: int) -> PlanCard | None:
        return self._cards[row] if 0 <= row < len(self._cards) else None

    def row_of(self, card_uuid: str) -> int:
        return next((i for i, c in enumerate(self._cards) if c.uuid == card_uuid), -1)

    # ------------------------------------------------------------------ Qt model API

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._cards)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else _COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < _COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (translate("PlanModel", "Nr."), translate("PlanModel", "Titel"),
                    translate("PlanModel", "Schätzung"), translate("PlanModel", "Priorität"),
                    translate("PlanModel", "Spalte"))[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == COL_ESTIMATE:
            return translate("PlanModel", "Schätzung in Punkten; – heißt: noch nicht geschätzt")
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (COL_NUMBER, COL_ESTIMATE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        card = self.card_at(index.row())
        if card is None or not 0 <= index.column() < _COLUMN_COUNT:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_NUMBER:
                return f"#{card.number}"
            if col == COL_TITLE:
                return card.title
            if col == COL_ESTIMATE:
                return estimate_text(card.estimate)
            if col == COL_PRIORITY:
                return priority_name(card.priority)
            return card.column
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return describe_card(card)
        if role == Qt.ItemDataRole.DecorationRole and col == COL_TITLE and card.blocked:
            return _blocked_icon()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in (COL_NUMBER, COL_ESTIMATE):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if card.blocked and col == COL_TITLE:
                return QColor("#991b1b")
            if card.done:
                return QColor("#6b7280")
            if col == COL_PRIORITY and card.priority >= 2:
                return QColor("#b91c1c")
            return None
        if role == CardIdRole:
            return card.id
        if role == CardUuidRole:
            return card.uuid
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.read_only:
            return base
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_cards(self.board_uuid,
                            [self._cards[r].uuid for r in rows if 0 <= r < len(self._cards)])

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                        column: int, parent: _Index) -> bool:
        if self.read_only:
            return False
        drag = decode_cards(data)
        return drag is not None and drag[0] == self.board_uuid

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                     column: int, parent: _Index) -> bool:
        """Ask to plan the dropped cards before ``row`` (past the end, -1: at the end)."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        drag = decode_cards(data)
        assert drag is not None
        if row < 0 and parent.isValid():
            row = parent.row()
        before = self.card_at(row)
        self.plan_requested.emit(list(drag[1]), self.sprint_id,
                                 before.uuid if before is not None else None)
        # The change goes through the core and the undo stack, which reload the lists: Qt
        # must not remove the source rows itself.
        return False

    def removeRows(self, row: int, count: int, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return False


# --------------------------------------------------------------------------- view


class PlanTableView(QTableView):
    """One list of cards. Keys: see the module docstring."""

    move_requested = Signal(int)  # -1 up, +1 down within the list
    shift_requested = Signal(int)  # +1 into the (next) sprint, -1 back into the backlog
    open_requested = Signal()
    context_requested = Signal(QPoint)  # global position

    def __init__(self, model: PlanModel, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setAccessibleName(name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setTabKeyNavigation(False)  # Tab leaves the list
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setCornerButtonEnabled(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().hide()
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.horizontalHeader()
        header.setAccessibleName(translate("PlanTableView", "Spaltenköpfe"))
        header.setHighlightSections(False)
        header.setSectionsClickable(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for col in range(_COLUMN_COUNT):
            header.setSectionResizeMode(
                col, QHeaderView.ResizeMode.Stretch if col == COL_TITLE
                else QHeaderView.ResizeMode.ResizeToContents)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(
            lambda pos: self.context_requested.emit(self.viewport().mapToGlobal(pos)))
        self.doubleClicked.connect(lambda _index: self.open_requested.emit())

    def plan_model(self) -> PlanModel:
        model = self.model()
        assert isinstance(model, PlanModel)
        return model

    def selected_rows(self) -> list[int]:
        rows = sorted({i.row() for i in self.selectionModel().selectedIndexes()})
        if not rows and self.currentIndex().isValid():
            rows = [self.currentIndex().row()]
        return rows

    def selected_uuids(self) -> list[str]:
        model = self.plan_model()
        return [c.uuid for r in self.selected_rows() if (c := model.card_at(r)) is not None]

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        alt = mods == Qt.KeyboardModifier.AltModifier
        ctrl = mods == Qt.KeyboardModifier.ControlModifier
        if alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
            event.accept()
            return
        if ctrl and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.shift_requested.emit(-1 if key == Qt.Key.Key_Left else 1)
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit()
            event.accept()
            return
        if key == Qt.Key.Key_Menu or (key == Qt.Key.Key_F10
                                      and mods == Qt.KeyboardModifier.ShiftModifier):
            rect = self.visualRect(self.currentIndex())
            point = rect.center() if rect.isValid() else QPoint(20, 20)
            self.context_requested.emit(self.viewport().mapToGlobal(point))
            event.accept()
            return
        super().keyPressEvent(event)

    def fit_height(self, min_rows: int = 3, max_rows: int = 12) -> None:
        """As tall as its cards (within limits): the sprint lists share one scroll area."""
        rows = max(min_rows, min(self.model().rowCount(), max_rows))
        height = (self.horizontalHeader().sizeHint().height()
                  + rows * self.verticalHeader().defaultSectionSize() + 2 * self.frameWidth() + 2)
        self.setFixedHeight(height)


# --------------------------------------------------------------------------- panels


def _plain_label(text: str = "", *, wrap: bool = False, style: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if style:
        label.setStyleSheet(style)
    return label


def _bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = label.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


class SprintPanel(QFrame):
    """One open sprint: name, state, dates, goal, planning gauge, buttons and its cards."""

    def __init__(self, plan: SprintPlan, model: PlanModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sprint_id = plan.id
        self.setObjectName("sprintPanel")
        self.name_label = _bold(_plain_label(), 1.15)
        self.state_label = _plain_label()
        self.dates_label = _plain_label(style=_HINT_STYLE)
        self.goal_label = _plain_label(wrap=True)
        self.gauge_label = _plain_label(wrap=True)
        self.gauge_bar = QProgressBar()
        self.gauge_bar.setTextVisible(False)
        self.gauge_bar.setRange(0, 1000)
        self.gauge_bar.setFixedHeight(8)
        self.warning_label = _plain_label(wrap=True, style=_WARN_STYLE)
        self.unestimated_label = _plain_label(wrap=True, style=_HINT_STYLE)
        self.progress_label = _plain_label(wrap=True, style=_HINT_STYLE)
        self.empty_label = _plain_label(
            translate("SprintPanel", "Noch keine Karten eingeplant: Karten aus dem Backlog "
                      "hierher ziehen oder im Backlog mit Strg+Pfeil rechts einplanen."),
            wrap=True, style=_HINT_STYLE)
        self.edit_button = QPushButton(translate("SprintPanel", "Bearbeiten …"))
        self.start_button = QPushButton(translate("SprintPanel", "Starten"))
        self.close_button = QPushButton(translate("SprintPanel", "Abschließen …"))
        self.delete_button = QPushButton(translate("SprintPanel", "Löschen"))
        self.view = PlanTableView(model, "")

        # Name and dates wrap, so a narrow window squeezes text, not the buttons.
        self.name_label.setWordWrap(True)
        self.dates_label.setWordWrap(True)
        dates_row = QHBoxLayout()
        dates_row.setSpacing(6)
        dates_row.addWidget(self.state_label, 0, Qt.AlignmentFlag.AlignVCenter)
        dates_row.addWidget(self.dates_label, 1)
        for button in (self.edit_button, self.start_button, self.close_button,
                       self.delete_button):
            button.setAutoDefault(False)
            dates_row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(4)
        layout.addWidget(self.name_label)
        layout.addLayout(dates_row)
        layout.addWidget(self.goal_label)
        layout.addSpacing(2)
        layout.addWidget(self.gauge_label)
        layout.addWidget(self.gauge_bar)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.unestimated_label)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.empty_label)
        layout.addSpacing(2)
        layout.addWidget(self.view)
        self.update_plan(plan, None, False)

    def update_plan(self, plan: SprintPlan, snapshot: BacklogSnapshot | None,
                    read_only: bool) -> None:
        running = plan.state == SprintState.ACTIVE.value
        self.name_label.setText(plan.name)
        state = state_name(plan.state)
        self.state_label.setText(state)
        self.state_label.setStyleSheet(
            "background: #dcfce7; color: #166534; border-radius: 4px; padding: 1px 8px;"
            if running else
            "background: #e0e7ff; color: #3730a3; border-radius: 4px; padding: 1px 8px;")
        self.state_label.setAccessibleName(translate("SprintPanel", "Status: {state}").format(
            state=state))
        self.setStyleSheet(
            "QFrame#sprintPanel { background: #f8fafc; border: 1px solid %s; "
            "border-radius: 6px; }" % ("#16a34a" if running else "#cbd5e1"))
        self.dates_label.setText(translate("SprintPanel", "{start} – {end} · {days} Arbeitstage")
                                 .format(start=format_date(plan.start_date),
                                         end=format_date(plan.end_date),
                                         days=working_days(plan.start_date, plan.end_date)))
        if plan.goal:
            self.goal_label.setText(translate("SprintPanel", "Ziel: {goal}").format(
                goal=plan.goal))
            self.goal_label.setStyleSheet("")
        else:
            self.goal_label.setText(translate("SprintPanel", "Kein Sprint-Ziel festgehalten."))
            self.goal_label.setStyleSheet(_HINT_STYLE)
        name = plan.name
        self.edit_button.setAccessibleName(
            translate("SprintPanel", "Sprint „{name}“ bearbeiten").format(name=name))
        self.start_button.setAccessibleName(
            translate("SprintPanel", "Sprint „{name}“ starten").format(name=name))
        self.close_button.setAccessibleName(
            translate("SprintPanel", "Sprint „{name}“ abschließen").format(name=name))
        self.delete_button.setAccessibleName(
            translate("SprintPanel", "Sprint „{name}“ löschen").format(name=name))
        self.start_button.setVisible(not running)
        self.delete_button.setVisible(not running)
        self.close_button.setVisible(running)
        for button in (self.edit_button, self.start_button, self.close_button,
                       self.delete_button):
            button.setEnabled(not read_only)
        self.view.setAccessibleName(translate("SprintPanel", "Karten in Sprint „{name}“ ({state})")
                                    .format(name=name, state=state))
        self.empty_label.setVisible(not plan.cards and not read_only)
        if snapshot is not None:
            self._update_gauge(plan, snapshot)
        self.view.fit_height()
        self.setAccessibleName(translate("SprintPanel", "Sprint „{name}“").format(name=name))

    def _update_gauge(self, plan: SprintPlan, snapshot: BacklogSnapshot) -> None:
        main, over, unestimated, share = gauge(plan, snapshot)
        self.gauge_label.setText(main)
        self.gauge_label.setAccessibleName(main)
        self.warning_label.setText(over or "")
        self.warning_label.setVisible(over is not None)
        self.unestimated_label.setText(unestimated or "")
        self.unestimated_label.setVisible(unestimated is not None)
        self.gauge_bar.setVisible(share is not None)
        self.gauge_bar.setValue(int(min(share or 0.0, 1.0) * 1000))
        self.gauge_bar.setStyleSheet(_GAUGE_STYLE.format(
            color="#d97706" if over is not None else "#16a34a"))
        self.gauge_bar.setAccessibleName(" ".join(t for t in (main, over) if t))
        running = plan.state == SprintState.ACTIVE.value
        if running and plan.cards:
            done = [c for c in plan.cards if c.done]
            text = translate("SprintPanel", "Erledigt: {done} von {total} Karten · {done_points} "
                             "von {total_points} Punkten").format(
                done=len(done), total=len(plan.cards),
                done_points=format_number(round(sum(c.estimate or 0.0 for c in done), 2)),
                total_points=format_number(round(plan.points, 2)))
            self.progress_label.setText(text)
        self.progress_label.setVisible(running and bool(plan.cards))


# --------------------------------------------------------------------------- commands


class _PageCommand(QUndoCommand):
    """A command of the page; its first ``redo`` runs before it is pushed (a refused one
    never lands on the stack)."""

    def __init__(self, page: BacklogPage, text: str) -> None:
        super().__init__(text)
        self.page = page
        self.db = page.db
        self._first = True

    def run_first(self) -> None:
        self.do()

    def redo(self) -> None:
        if self._first:  # already done by run_first()
            self._first = False
            return
        self._guarded(self.do)

    def undo(self) -> None:
        self._guarded(self.undo_it)

    def _page_alive(self) -> bool:
        return shiboken6.isValid(self.page)

    def _guarded(self, fn: Callable[[], None]) -> None:
        try:
            fn()
        except KimboardError as err:
            self.setObsolete(True)
            if self._page_alive():
                self.page.reload()
                self.page.show_error(str(err))

    def _refreshed(self, uuids: Sequence[str]) -> None:
        if self._page_alive():
            self.page.after_change(uuids)

    def do(self) -> None:
        raise NotImplementedError

    def undo_it(self) -> None:
        raise NotImplementedError


#: (card UUID, sprint id or None for the backlog, UUID of the card to put it before or None)
Move = tuple[str, int | None, str | None]


class PlanCardsCommand(_PageCommand):
    """Plan cards into a list before an anchor card; undo puts each back into its old list
    before the card that followed it there (skipping the moved ones), in the old order —
    which restores both lists exactly."""

    def __init__(self, page: BacklogPage, uuids: list[str], sprint_id: int | None,
                 before_uuid: str | None, back: list[Move], text: str) -> None:
        super().__init__(page, text)
        self.uuids = uuids
        self.forward: list[Move] = [(u, sprint_id, before_uuid) for u in uuids]
        self.back = back

    def _apply(self, moves: list[Move]) -> None:
        def op(session: Session) -> None:
            for uuid, sprint_id, before in moves:
                before_id = card_id_for_uuid(session, before) if before else None
                plan_card(session, card_id_for_uuid(session, uuid), sprint_id, before_id)

        self.db.run(op)
        self._refreshed(self.uuids)

    def do(self) -> None:
        self._apply(self.forward)

    def undo_it(self) -> None:
        self._apply(self.back)


class EditCardCommand(_PageCommand):
    """A card edited in the card editor opened from the backlog."""

    def __init__(self, page: BacklogPage, card_uuid: str, changes: dict[str, Any],
                 expected_version: int, text: str) -> None:
        super().__init__(page, text)
        self.uuid = card_uuid
        self.changes = dict(changes)
        self.expected_version = expected_version
        self.inverse: dict[str, Any] | None = None

    def do(self) -> None:
        from kimboard.core.ops import card_changes

        def op(session: Session) -> Any:
            card_id = card_id_for_uuid(session, self.uuid)
            version = None
            if self.inverse is None:
                self.inverse = card_changes.inverse_of(session, card_id, self.changes)
                version = self.expected_version
            return card_changes.apply_changes(session, card_id, self.changes, version)

        try:
            self.db.run(op)
        except KimboardError:
            if self._first:
                self.inverse = None
            raise
        self._refreshed([self.uuid])

    def undo_it(self) -> None:
        from kimboard.core.ops import card_changes

        inverse = self.inverse
        assert inverse is not None

        def op(session: Session) -> Any:
            return card_changes.apply_changes(session, card_id_for_uuid(session, self.uuid),
                                              inverse, None)

        self.db.run(op)
        self._refreshed([self.uuid])


# --------------------------------------------------------------------------- page


class BacklogPage(QWidget):
    """Product backlog and open sprints of one board, with planning and sprint life cycle."""

    #: after every successful change (so other views of the board can reload)
    changed = Signal()
    #: a short message for the status bar
    status_message = Signal(str)

    def __init__(self, db: Database, board_id: int, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.board_id = board_id
        self.undo_stack = undo_stack
        self.snapshot: BacklogSnapshot | None = None
        self.read_only = True
        self.models: dict[ListKey, PlanModel] = {}
        self.views: dict[ListKey, PlanTableView] = {}
        self.panels: dict[int, SprintPanel] = {}
        self._position: dict[str, tuple[ListKey, int]] = {}
        self._cards: dict[str, PlanCard] = {}
        self._build()
        self.reload()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        self.title_label = _bold(_plain_label(), 1.2)
        self.read_only_label = _plain_label(wrap=True, style=_NOTE_STYLE)
        self.read_only_label.setAccessibleName(self.tr("Hinweis"))
        self.read_only_label.hide()
        self.new_sprint_button = QPushButton(self.tr("Neuer &Sprint …"))
        self.new_sprint_button.setAccessibleName(self.tr("Neuer Sprint"))
        self.new_sprint_button.setToolTip(self.tr("Den nächsten Sprint planen"))
        self.new_sprint_button.clicked.connect(self.new_sprint)
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.title_label, 1)
        top.addWidget(self.new_sprint_button)

        # left: the product backlog
        backlog_model = PlanModel(None, self)
        backlog_model.plan_requested.connect(self._on_drop)
        self.backlog_view = PlanTableView(backlog_model, self.tr("Product Backlog"))
        self._connect_view(None, self.backlog_view)
        self.models[None] = backlog_model
        self.views[None] = self.backlog_view
        self.backlog_title = _bold(_plain_label(self.tr("Product Backlog")), 1.15)
        self.backlog_count = _plain_label(style=_HINT_STYLE)
        self.backlog_hint = _plain_label(
            self.tr("Wichtigstes oben. Karten in einen Sprint ziehen oder mit Strg+Pfeil "
                    "rechts einplanen; Alt+Pfeil hoch/runter ändert die Reihenfolge."),
            wrap=True, style=_HINT_STYLE)
        left = QFrame()
        left.setObjectName("backlogPanel")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.setSpacing(4)
        head = QHBoxLayout()
        head.addWidget(self.backlog_title)
        head.addStretch(1)
        head.addWidget(self.backlog_count)
        left_layout.addLayout(head)
        left_layout.addWidget(self.backlog_hint)
        left_layout.addWidget(self.backlog_view, 1)

        # right: the open sprints
        self.sprints_title = _bold(_plain_label(self.tr("Offene Sprints")), 1.15)
        self.no_sprints_label = _plain_label(
            self.tr("Keine offenen Sprints. Mit „Neuer Sprint …“ den nächsten Sprint planen."),
            wrap=True, style=_HINT_STYLE)
        self.sprint_container = QWidget()
        self.sprint_container.setObjectName("sprintContainer")
        self.sprint_layout = QVBoxLayout(self.sprint_container)
        self.sprint_layout.setContentsMargins(0, 0, 8, 0)
        self.sprint_layout.setSpacing(10)
        self.sprint_layout.addWidget(self.no_sprints_label)
        self.sprint_layout.addStretch(1)
        self.sprint_scroll = QScrollArea()
        self.sprint_scroll.setWidgetResizable(True)
        self.sprint_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.sprint_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sprint_scroll.setWidget(self.sprint_container)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.setSpacing(4)
        right_layout.addWidget(self.sprints_title)
        right_layout.addWidget(self.sprint_scroll, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        left.setMinimumWidth(320)
        right.setMinimumWidth(360)

        # shown instead of the lists: a Kanban board, or a board that cannot be read
        self.placeholder_title = _bold(_plain_label(wrap=True), 1.2)
        self.placeholder_label = _plain_label(wrap=True)
        self.placeholder_label.setSizePolicy(QSizePolicy.Policy.Preferred,
                                             QSizePolicy.Policy.Minimum)
        box = QFrame()
        box.setObjectName("placeholderBox")
        box.setStyleSheet("QFrame#placeholderBox { background: #f8fafc; "
                          "border: 1px solid #cbd5e1; border-radius: 8px; }")
        box.setFixedWidth(600)  # a fixed width lets the wrapped text take its full height
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(24, 20, 24, 24)
        box_layout.setSpacing(10)
        box_layout.addWidget(self.placeholder_title)
        box_layout.addWidget(self.placeholder_label)
        self.placeholder = QWidget()
        outer = QVBoxLayout(self.placeholder)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.placeholder)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.read_only_label)
        layout.addWidget(self.stack, 1)

    def _connect_view(self, key: ListKey, view: PlanTableView) -> None:
        view.move_requested.connect(lambda d: self.move_selected(key, d))
        view.shift_requested.connect(lambda d: self.shift_selected(key, d))
        view.open_requested.connect(lambda: self.open_selected(key))
        view.context_requested.connect(lambda pos: self.show_context_menu(key, pos))

    def _rebuild_panels(self, snap: BacklogSnapshot) -> None:
        for sprint_id, panel in list(self.panels.items()):
            self.sprint_layout.removeWidget(panel)
            panel.hide()
            panel.deleteLater()
            del self.panels[sprint_id]
            self.models.pop(sprint_id, None)
            self.views.pop(sprint_id, None)
        for i, plan in enumerate(snap.sprints):
            model = PlanModel(plan.id)
            model.plan_requested.connect(self._on_drop)
            panel = SprintPanel(plan, model)
            model.setParent(panel)
            panel.edit_button.clicked.connect(lambda _=False, sid=plan.id: self.edit_sprint(sid))
            panel.start_button.clicked.connect(
                lambda _=False, sid=plan.id: self.start_sprint(sid))
            panel.close_button.clicked.connect(
                lambda _=False, sid=plan.id: self.complete_sprint(sid))
            panel.delete_button.clicked.connect(
                lambda _=False, sid=plan.id: self.delete_sprint(sid))
            self._connect_view(plan.id, panel.view)
            self.sprint_layout.insertWidget(i, panel)
            self.panels[plan.id] = panel
            self.models[plan.id] = model
            self.views[plan.id] = panel.view
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.new_sprint_button, self.backlog_view]
        for panel in self.panels.values():
            chain.extend([panel.edit_button, panel.start_button, panel.close_button,
                          panel.delete_button, panel.view])
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        """Re-read backlog and sprints; the selection stays on the same cards."""
        selected = [u for v in self.views.values() for u in v.selected_uuids()] \
            if self.snapshot is not None else []
        try:
            with self.db.session() as s:
                snap = load_backlog(s, self.board_id)
                board = s.get(Board, self.board_id)
                archived = board is not None and board.archived_at is not None
        except KimboardError as err:
            self.snapshot = None
            self.read_only = True
            self.title_label.setText(self.tr("Backlog und Sprints"))
            self.placeholder_title.setText(self.tr("Das Board kann nicht angezeigt werden."))
            self.placeholder_label.setText(str(err))
            self.stack.setCurrentWidget(self.placeholder)
            self.new_sprint_button.hide()
            self.read_only_label.hide()
            return
        self.snapshot = snap
        self.read_only = snap.read_only
        self.title_label.setText(self.tr("Backlog und Sprints · {board}").format(
            board=snap.board_name))
        self.setAccessibleName(self.tr("Backlog und Sprints von {board}").format(
            board=snap.board_name))
        if snap.read_only:
            self.read_only_label.setText(
                self.tr("Nur lesen – archiviertes Board") if archived
                else self.tr("Nur lesen – Board einer anderen Dienststelle"))
        self.read_only_label.setVisible(snap.read_only)
        if not snap.is_scrum:
            self.placeholder_title.setText(self.tr("Backlog und Sprints gibt es auf "
                                                   "Scrum-Boards"))
            self.placeholder_label.setText(self.tr(
                "„{board}“ ist ein Kanban-Board: Seine Karten fließen fortlaufend über das "
                "Board, begrenzt durch WIP-Limits – ohne Sprints.\n\nAuf einem Scrum-Board "
                "wird die Arbeit dagegen in Sprints geplant: Karten aus dem Product Backlog "
                "werden geschätzt und eingeplant, mit Velocity und Burndown.\n\nDie "
                "Arbeitsweise lässt sich beim Bearbeiten des Boards auf „Scrum“ umstellen.")
                .format(board=snap.board_name))
            self.stack.setCurrentWidget(self.placeholder)
            self.new_sprint_button.hide()
            self._position, self._cards = {}, {}
            return
        self.stack.setCurrentWidget(self.splitter)
        self.new_sprint_button.show()
        self.new_sprint_button.setEnabled(not snap.read_only)

        if [p.id for p in snap.sprints] != list(self.panels):
            self._rebuild_panels(snap)
        self._position = {}
        self._cards = {}
        for key, cards in [(None, snap.backlog), *((p.id, p.cards) for p in snap.sprints)]:
            for i, card in enumerate(cards):
                self._position[card.uuid] = (key, i)
                self._cards[card.uuid] = card
            self.models[key].set_cards(cards, snap.board_uuid, snap.read_only)
        for plan in snap.sprints:
            self.panels[plan.id].update_plan(plan, snap, snap.read_only)
        self.no_sprints_label.setVisible(not snap.sprints)

        points = sum(c.estimate or 0.0 for c in snap.backlog)
        unestimated = sum(1 for c in snap.backlog if c.estimate is None)
        count = self.tr("{cards} · {points}").format(cards=cards_text(len(snap.backlog)),
                                                     points=points_text(points))
        if unestimated:
            count += " · " + self.tr("{n} ohne Schätzung").format(n=unestimated)
        self.backlog_count.setText(count)
        self.backlog_count.setAccessibleName(self.tr("Product Backlog: {summary}").format(
            summary=count))
        self.backlog_hint.setVisible(not snap.read_only)
        self.backlog_view.setAccessibleName(self.tr("Product Backlog, {summary}").format(
            summary=count))
        if selected:
            self.select_cards(selected)

    # ------------------------------------------------------------------ selection

    def list_of(self, card_uuid: str) -> ListKey:
        return self._position[card_uuid][0]

    def list_uuids(self, key: ListKey) -> list[str]:
        if self.snapshot is None:
            return []
        return [c.uuid for c in self.snapshot.list_of(key)]

    def selected_uuids(self, key: ListKey) -> list[str]:
        view = self.views.get(key)
        return view.selected_uuids() if view is not None else []

    def select_cards(self, card_uuids: Sequence[str], *, focus: bool = False) -> None:
        """Select these cards in their lists; the first one's list gets the focus."""
        for view in self.views.values():
            view.selectionModel().clearSelection()
        first: PlanTableView | None = None
        started: set[ListKey] = set()
        flags = QItemSelectionModel.SelectionFlag
        for uuid in card_uuids:
            pos = self._position.get(uuid)
            if pos is None or pos[0] not in self.views:
                continue
            view = self.views[pos[0]]
            index = view.model().index(pos[1], 0)
            if pos[0] not in started:
                started.add(pos[0])
                view.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
                view.scrollTo(index)
                if first is None:
                    first = view
            else:
                view.selectionModel().select(index, flags.Select | flags.Rows)
        if focus and first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            panel = first.parentWidget()
            if isinstance(panel, SprintPanel):
                self.sprint_scroll.ensureWidgetVisible(panel, 0, 20)

    def _lists_have_focus(self) -> bool:
        return any(v.hasFocus() for v in self.views.values())

    def after_change(self, card_uuids: Sequence[str]) -> None:
        """Reload after a command ran; the moved cards stay selected (and focused when a
        list had the focus, so the next key press moves them on)."""
        focus = self._lists_have_focus()
        self.reload()
        self.select_cards(card_uuids, focus=focus)
        self.changed.emit()

    # ------------------------------------------------------------------ planning

    def _list_name(self, key: ListKey) -> str:
        if key is None:
            return self.tr("Backlog")
        plan = self._plan(key)
        return plan.name if plan is not None else "?"

    def _plan(self, sprint_id: int) -> SprintPlan | None:
        if self.snapshot is None:
            return None
        return next((p for p in self.snapshot.sprints if p.id == sprint_id), None)

    def _refuse_read_only(self) -> bool:
        if self.snapshot is None:
            return True
        if self.read_only:
            self.status_message.emit(self.read_only_label.text() or self.tr("Nur lesen"))
            return True
        return False

    def plan_cards(self, card_uuids: Sequence[str], sprint_id: int | None,
                   before_uuid: str | None = None) -> bool:
        """Put cards into a sprint (``sprint_id``) or the backlog (None), before
        ``before_uuid`` there (None: at the end) — one undoable command."""
        snap = self.snapshot
        if snap is None or not snap.is_scrum or self._refuse_read_only():
            return False
        if sprint_id is not None and self._plan(sprint_id) is None:
            return False
        known = [u for u in dict.fromkeys(card_uuids) if u in self._position]
        if not known:
            return False
        order = [None, *(p.id for p in snap.sprints)]
        moving = set(known)
        uuids = sorted(known, key=lambda u: (order.index(self._position[u][0]),
                                             self._position[u][1]))
        target = self.list_uuids(sprint_id)
        if before_uuid is not None and before_uuid not in target:
            before_uuid = None
        if before_uuid in moving:  # dropped onto itself: before the next card that stays
            rest = [u for u in target[target.index(before_uuid):] if u not in moving]
            before_uuid = rest[0] if rest else None
        remaining = [u for u in target if u not in moving]
        at = remaining.index(before_uuid) if before_uuid is not None else len(remaining)
        if remaining[:at] + uuids + remaining[at:] == target:
            return False  # already there, in this order
        back: list[Move] = []
        for uuid in uuids:
            key, i = self._position[uuid]
            following = [u for u in self.list_uuids(key)[i + 1:] if u not in moving]
            back.append((uuid, key, following[0] if following else None))
        text = self._plan_text(uuids, sprint_id)
        command = PlanCardsCommand(self, uuids, sprint_id, before_uuid, back, text)
        try:
            command.run_first()
        except KimboardError as err:
            self.reload()
            self.show_error(str(err))
            return False
        self.undo_stack.push(command)
        self.status_message.emit(self.tr("{action} (Rückgängig: Strg+Z)").format(action=text))
        return True

    def _plan_text(self, uuids: list[str], sprint_id: int | None) -> str:
        same = all(self._position[u][0] == sprint_id for u in uuids)
        name = self._list_name(sprint_id)
        if len(uuids) == 1:
            number = self._cards[uuids[0]].number
            if same and sprint_id is None:
                return translate("BacklogCommand", "Karte #{number} im Backlog verschoben").format(
                    number=number)
            if same:
                return translate("BacklogCommand", "Karte #{number} in „{sprint}“ verschoben"
                                 ).format(number=number, sprint=name)
            if sprint_id is None:
                return translate("BacklogCommand", "Karte #{number} zurück ins Backlog gelegt"
                                 ).format(number=number)
            return translate("BacklogCommand", "Karte #{number} in „{sprint}“ eingeplant"
                             ).format(number=number, sprint=name)
        n = len(uuids)
        if same and sprint_id is None:
            return translate("BacklogCommand", "{n} Karten im Backlog verschoben").format(n=n)
        if same:
            return translate("BacklogCommand", "{n} Karten in „{sprint}“ verschoben").format(
                n=n, sprint=name)
        if sprint_id is None:
            return translate("BacklogCommand", "{n} Karten zurück ins Backlog gelegt").format(
                n=n)
        return translate("BacklogCommand", "{n} Karten in „{sprint}“ eingeplant").format(
            n=n, sprint=name)

    def _on_drop(self, card_uuids: list[str], sprint_id: int | None,
                 before_uuid: str | None) -> None:
        self.plan_cards(card_uuids, sprint_id, before_uuid)

    def move_selected(self, key: ListKey, delta: int) -> bool:
        """Alt+Up/Alt+Down: the selected cards one place up or down in their list."""
        uuids = self.selected_uuids(key)
        order = self.list_uuids(key)
        rows = sorted(order.index(u) for u in uuids if u in order)
        if not rows:
            return False
        if delta < 0:
            if rows[0] == 0:
                return False
            before: str | None = order[rows[0] - 1]
        else:
            if rows[-1] + 1 >= len(order):
                return False
            before = order[rows[-1] + 2] if rows[-1] + 2 < len(order) else None
        return self.plan_cards(uuids, key, before)

    def default_sprint(self, key: ListKey = None) -> int | None:
        """Where Ctrl+Right plans cards of list ``key``: from the backlog into the running
        sprint, else the first planned one; from a sprint into the next open sprint."""
        if self.snapshot is None or not self.snapshot.sprints:
            return None
        ids = [p.id for p in self.snapshot.sprints]
        if key is None:
            return ids[0]
        i = ids.index(key) + 1 if key in ids else len(ids)
        return ids[i] if i < len(ids) else None

    def shift_selected(self, key: ListKey, direction: int) -> bool:
        """Ctrl+Right: into the (next) sprint, at its end; Ctrl+Left: back into the backlog,
        at its top."""
        uuids = self.selected_uuids(key)
        if not uuids or self.snapshot is None:
            return False
        if direction < 0:
            if key is None:
                return False
            backlog = self.list_uuids(None)
            return self.plan_cards(uuids, None, backlog[0] if backlog else None)
        target = self.default_sprint(key)
        if target is None:
            if not self.snapshot.sprints:
                self.status_message.emit(self.tr(
                    "Es gibt noch keinen offenen Sprint – mit „Neuer Sprint …“ einen planen."))
            else:
                self.status_message.emit(self.tr("Nach diesem Sprint ist kein weiterer geplant."))
            return False
        return self.plan_cards(uuids, target, None)

    # ------------------------------------------------------------------ cards

    def open_selected(self, key: ListKey) -> None:
        uuids = self.selected_uuids(key)
        view = self.views.get(key)
        if view is not None and view.currentIndex().isValid():
            current = view.currentIndex().data(CardUuidRole)
            uuids = [current] if current else uuids
        if uuids:
            self.open_card(uuids[0])

    def open_card(self, card_uuid: str) -> None:
        """The card editor; its field changes become an undoable command on this page."""
        from kimboard.core.boardview import load_board
        from kimboard.ui.card.editor import CardEditorDialog

        try:
            with self.db.session() as s:
                board = load_board(s, self.board_id)
                card_id = card_id_for_uuid(s, card_uuid)
            dialog = CardEditorDialog(self.db, board, card_id, self, on_save=self._save_card)
        except KimboardError as err:
            self.reload()
            self.show_error(str(err))
            return
        try:
            self.exec_editor(dialog)
        finally:
            dialog.deleteLater()
        # checklist and comments are saved directly by the editor
        self.reload()
        if not self.read_only:
            self.changed.emit()

    def exec_editor(self, dialog: QWidget) -> None:
        """Separate so tests can drive the editor without a modal loop."""
        dialog.exec()  # type: ignore[attr-defined]

    def _save_card(self, card_id: int, changes: dict[str, Any], expected_version: int) -> bool:
        uuid = next((u for u, c in self._cards.items() if c.id == card_id), None)
        if uuid is None:
            with self.db.session() as s:
                from kimboard.core.models import Card

                card = s.get(Card, card_id)
                if card is None:
                    raise KimboardError(self.tr("Die Karte gibt es nicht mehr."))
                uuid, number = card.uuid, card.number
        else:
            number = self._cards[uuid].number
        command = EditCardCommand(
            self, uuid, changes, expected_version,
            translate("BacklogCommand", "Karte #{number} bearbeiten").format(number=number))
        command.run_first()  # a refused edit raises: the editor shows it and stays open
        self.undo_stack.push(command)
        return True

    # ------------------------------------------------------------------ menus

    def show_context_menu(self, key: ListKey, pos: QPoint) -> None:
        uuids = self.selected_uuids(key)
        menu = self.context_menu_for(key, uuids)
        menu.exec(pos)
        menu.deleteLater()

    def context_menu_for(self, key: ListKey, card_uuids: list[str]) -> QMenu:
        """All actions on the selected cards of list ``key`` (the keyboard's too)."""
        menu = QMenu(self)
        editable = not self.read_only and self.snapshot is not None
        has_cards = bool(card_uuids)
        open_action = menu.addAction(self.tr("Ö&ffnen …"))
        open_action.setShortcut(QKeySequence("Return"))
        open_action.setEnabled(len(card_uuids) == 1)
        open_action.triggered.connect(lambda: self.open_card(card_uuids[0]))

        sprint_menu = menu.addMenu(self.tr("In &Sprint verschieben"))
        sprint_menu.setEnabled(editable and has_cards)
        default = self.default_sprint(key)
        sprints = self.snapshot.sprints if self.snapshot is not None else ()
        for plan in sprints:
            action = sprint_menu.addAction(self.tr("{name} ({state})").format(
                name=plan.name, state=state_name(plan.state)))
            action.setEnabled(not all(self._position.get(u, (None,))[0] == plan.id
                                      for u in card_uuids))
            if plan.id == default:
                action.setShortcut(QKeySequence("Ctrl+Right"))
            action.triggered.connect(
                lambda _=False, sid=plan.id: self.plan_cards(card_uuids, sid, None))
        if not sprints:
            none = sprint_menu.addAction(self.tr("Kein offener Sprint"))
            none.setEnabled(False)

        back = menu.addAction(self.tr("Zurück ins &Backlog"))
        back.setShortcut(QKeySequence("Ctrl+Left"))
        back.setEnabled(editable and has_cards and key is not None)
        back.triggered.connect(lambda: self.shift_selected_cards(card_uuids, -1))
        menu.addSeparator()
        up = menu.addAction(self.tr("Nach &oben"))
        up.setShortcut(QKeySequence("Alt+Up"))
        up.setEnabled(editable and has_cards)
        up.triggered.connect(lambda: self.move_selected(key, -1))
        down = menu.addAction(self.tr("Nach &unten"))
        down.setShortcut(QKeySequence("Alt+Down"))
        down.setEnabled(editable and has_cards)
        down.triggered.connect(lambda: self.move_selected(key, 1))
        menu.addSeparator()
        new = menu.addAction(self.tr("Neuer Sprint …"))
        new.setEnabled(editable)
        new.triggered.connect(self.new_sprint)
        return menu

    def shift_selected_cards(self, card_uuids: list[str], direction: int) -> bool:
        """The context menu's "Zurück ins Backlog" (at the backlog's top)."""
        if direction < 0:
            backlog = self.list_uuids(None)
            return self.plan_cards(card_uuids, None, backlog[0] if backlog else None)
        return False

    # ------------------------------------------------------------------ sprint life cycle

    def _sprint_changed(self, message: str) -> None:
        self.reload()
        self.changed.emit()
        self.status_message.emit(message)

    def new_sprint(self) -> int | None:
        if self._refuse_read_only() or self.snapshot is None or not self.snapshot.is_scrum:
            return None
        try:
            sprint_id = dialogs.create_sprint_interactively(self, self.db, self.board_id)
        except KimboardError as err:
            self.show_error(str(err))
            return None
        if sprint_id is None:
            return None
        self.reload()
        plan = self._plan(sprint_id)
        self.changed.emit()
        self.status_message.emit(self.tr("Sprint „{name}“ geplant.").format(
            name=plan.name if plan else ""))
        return sprint_id

    def edit_sprint(self, sprint_id: int) -> bool:
        if self._refuse_read_only():
            return False
        try:
            saved = dialogs.edit_sprint_interactively(self, self.db, sprint_id)
        except KimboardError as err:
            self.reload()
            self.show_error(str(err))
            return False
        if saved:
            self._sprint_changed(self.tr("Sprint gespeichert."))
        return saved

    def start_sprint(self, sprint_id: int) -> bool:
        plan = self._plan(sprint_id)
        if plan is None or self._refuse_read_only():
            return False
        commitment = self.tr("{cards} mit zusammen {points}").format(
            cards=cards_text(len(plan.cards)), points=points_text(plan.points))
        if plan.unestimated:
            commitment += self.tr(" ({n} davon ohne Schätzung)").format(n=plan.unestimated)
        text = self.tr(
            "Sprint „{name}“ jetzt starten?\n\nZusage des Teams: {commitment}.\n\nDie Zusage "
            "wird beim Start festgehalten; was danach hinzukommt oder herausgenommen wird, "
            "zählt als Änderung des Umfangs. Der Start lässt sich nicht rückgängig machen."
        ).format(name=plan.name, commitment=commitment)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Sprint starten"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Starten"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        if not self.confirm(box):
            return False
        try:
            self.db.run(start_sprint, sprint_id)
        except KimboardError as err:
            self.reload()
            self.show_error(str(err))
            return False
        self._sprint_changed(self.tr("Sprint „{name}“ läuft.").format(name=plan.name))
        return True

    def complete_sprint(self, sprint_id: int) -> bool:
        plan = self._plan(sprint_id)
        if plan is None or self._refuse_read_only():
            return False
        try:
            closed = dialogs.complete_sprint_interactively(self, self.db, sprint_id)
        except KimboardError as err:
            self.reload()
            self.show_error(str(err))
            return False
        if closed:
            self._sprint_changed(self.tr("Sprint „{name}“ abgeschlossen.").format(
                name=plan.name))
        return closed

    def delete_sprint(self, sprint_id: int) -> bool:
        plan = self._plan(sprint_id)
        if plan is None or self._refuse_read_only():
            return False
        text = self.tr("Den geplanten Sprint „{name}“ löschen?").format(name=plan.name)
        if len(plan.cards) == 1:
            text += "\n\n" + self.tr("Seine Karte geht zurück ins Backlog.")
        elif plan.cards:
            text += "\n\n" + self.tr("Seine {n} Karten gehen zurück ins Backlog.").format(
                n=len(plan.cards))
        text += "\n\n" + self.tr("Das Löschen lässt sich nicht rückgängig machen.")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Sprint löschen"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Löschen"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if not self.confirm(box):
            return False
        try:
            self.db.run(delete_sprint, sprint_id)
        except KimboardError as err:
            self.reload()
            self.show_error(str(err))
            return False
        # Planning steps refer to sprints by id; a new sprint may get the deleted one's id,
        # so older steps could land in the wrong sprint: they are dropped.
        self.undo_stack.clear()
        self._sprint_changed(self.tr("Sprint „{name}“ gelöscht.").format(name=plan.name))
        return True

    # ------------------------------------------------------------------ dialogs

    def confirm(self, box: QMessageBox) -> bool:
        """Separate so tests can answer; True for yes."""
        return box.exec() == QMessageBox.StandardButton.Yes

    def show_error(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "kimboard", message,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()


__all__ = [
    "MIME_TYPE",
    "BacklogPage",
    "CardIdRole",
    "CardUuidRole",
    "PlanCardsCommand",
    "PlanModel",
    "PlanTableView",
    "SprintPanel",
    "decode_cards",
    "encode_cards",
]
