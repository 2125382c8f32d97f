"""Board state and the per-column list models.

``BoardState`` holds the board's plain values (a :class:`BoardSnapshot` from the core) and
which cards each column shows under the current filter. Each column (and swimlane) is a
:class:`ColumnModel` — a flat list of card ids — painted by the card delegate, so a column of
10,000 cards costs 10,000 integers, not 10,000 widgets.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from kimboard.core.boardview import BoardSnapshot, CardSummary, ColumnInfo
from kimboard.ui.board import mime
from kimboard.ui.i18n import format_date, format_number

#: lupdate finds ``translate("Context", "…")`` calls by name; context and text must be literals.
translate = QCoreApplication.translate

_Index = QModelIndex | QPersistentModelIndex

CardRole = Qt.ItemDataRole.UserRole + 1
CardIdRole = Qt.ItemDataRole.UserRole + 2

#: Cards without a swimlane on a board that has swimlanes.
NO_LANE = -1


@dataclass(frozen=True)
class CardFilter:
    """What the filter bar asks for. Empty fields filter nothing."""

    assignee_id: int | None = None
    label_id: int | None = None
    goal_area_id: int | None = None
    due: str = ""  # "", "overdue", "week"
    blocked_only: bool = False
    #: Scrum boards: "in" shows only the cards of ``sprint_id`` (the running sprint),
    #: "out" only the others; "" does not filter by sprint.
    sprint_mode: str = ""
    sprint_id: int | None = None
    #: Card ids from a full-text search; None when no search is active.
    search_ids: frozenset[int] | None = None

    @property
    def active(self) -> bool:
        return self != CardFilter()

    def matches(self, card: CardSummary, today: dt.date) -> bool:
        if self.search_ids is not None and card.id not in self.search_ids:
            return False
        if self.assignee_id is not None and self.assignee_id not in card.assignee_ids:
            return False
        if self.label_id is not None and self.label_id not in card.label_ids:
            return False
        if self.goal_area_id is not None and card.goal_area_id != self.goal_area_id:
            return False
        if self.blocked_only and not card.blocked:
            return False
        if self.sprint_mode == "in" and card.sprint_id != self.sprint_id:
            return False
        if self.sprint_mode == "out" and card.sprint_id == self.sprint_id:
            return False
        if self.due == "overdue":
            return card.due_date is not None and card.due_date < today
        if self.due == "week":
            end = today + dt.timedelta(days=6 - today.weekday())
            return card.due_date is not None and today <= card.due_date <= end
        return True


@dataclass
class BoardState:
    """The board as the UI knows it. Only the board controller changes it."""

    snapshot: BoardSnapshot
    cards: dict[int, CardSummary] = field(default_factory=dict)
    #: column id -> card ids in board order (all active cards, unfiltered)
    order: dict[int, list[int]] = field(default_factory=dict)
    filter: CardFilter = field(default_factory=CardFilter)
    #: uuid -> id, rebuilt lazily by :meth:`id_of` when it no longer matches ``cards``
    _ids_by_uuid: dict[str, int] = field(default_factory=dict, repr=False)

    @classmethod
    def from_snapshot(cls, snapshot: BoardSnapshot) -> BoardState:
        state = cls(snapshot)
        state.cards = {c.id: c for c in snapshot.cards}
        state.order = {col.id: [] for col in snapshot.columns}
        for card in snapshot.cards:  # snapshot.cards is already in board order
            state.order.setdefault(card.column_id, []).append(card.id)
        return state

    @property
    def has_lanes(self) -> bool:
        return bool(self.snapshot.swimlanes)

    def column(self, column_id: int) -> ColumnInfo:
        return next(c for c in self.snapshot.columns if c.id == column_id)

    def column_ids(self) -> list[int]:
        return [c.id for c in self.snapshot.columns]

    def lane_of(self, card: CardSummary) -> int:
        return card.swimlane_id if card.swimlane_id is not None else NO_LANE

    def position(self, card_id: int) -> tuple[int, int]:
        """(column id, index in the column's full order) of an active card."""
        card = self.cards[card_id]
        return card.column_id, self.order[card.column_id].index(card_id)

    def id_of(self, card_uuid: str) -> int | None:
        """The key under which the board holds a card (None: not on the board)."""
        if len(self._ids_by_uuid) != len(self.cards):
            self._ids_by_uuid = {c.uuid: c.id for c in self.cards.values()}
        card_id = self._ids_by_uuid.get(card_uuid)
        if card_id is None or card_id not in self.cards or self.cards[card_id].uuid != card_uuid:
            self._ids_by_uuid = {c.uuid: c.id for c in self.cards.values()}
            card_id = self._ids_by_uuid.get(card_uuid)
        return card_id

    def apply(self, summaries: dict[int, CardSummary], asked: Iterable[int]) -> set[int]:
        """Take fresh summaries of the ``asked`` cards; absent or archived ones leave the board.

        Returns the ids of the columns whose content changed.
        """
        touched: set[int] = set()
        for card_id in asked:
            old = self.cards.pop(card_id, None)
            if old is not None:
                self.order[old.column_id].remove(card_id)
                touched.add(old.column_id)
            new = summaries.get(card_id)
            if new is None or new.archived:
                continue
            self.cards[card_id] = new
            ids = self.order.setdefault(new.column_id, [])
            # Insert by order key (the core's order), ties by id.
            key = (new.order_key, new.id)
            lo, hi = 0, len(ids)
            while lo < hi:
                mid = (lo + hi) // 2
                other = self.cards[ids[mid]]
                if (other.order_key, other.id) < key:
                    lo = mid + 1
                else:
                    hi = mid
            ids.insert(lo, card_id)
            touched.add(new.column_id)
        return touched

    def visible(self, column_id: int, lane: int | None, today: dt.date) -> list[int]:
        f = self.filter
        ids = self.order.get(column_id, [])
        active = f.active  # once per column, not per card
        if lane is None and not active:
            return list(ids)
        out = []
        for card_id in ids:
            card = self.cards[card_id]
            if lane is not None and self.lane_of(card) != lane:
                continue
            if active and not f.matches(card, today):
                continue
            out.append(card_id)
        return out

    def with_card(self, card: CardSummary) -> None:
        self.cards[card.id] = card

    def replace_card(self, card_id: int, **changes: Any) -> None:
        self.cards[card_id] = replace(self.cards[card_id], **changes)


class ColumnModel(QAbstractListModel):
    """The visible cards of one column (in one swimlane). Rows are card ids."""

    #: card ids, target column id, anchor card id (drop before it; None: the end), lane
    move_requested = Signal(list, int, object, object)

    def __init__(self, state_getter: Callable[[], BoardState], column_id: int,
                 lane: int | None, today: Callable[[], dt.date],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state_getter
        self.column_id = column_id
        self.lane = lane
        self._today = today
        self._ids: list[int] = []
        self.read_only = False

    # ------------------------------------------------------------------ content

    def refresh(self) -> None:
        ids = self._state().visible(self.column_id, self.lane, self._today())
        if ids == self._ids:
            # Same rows; their contents may have changed.
            if ids:
                self.dataChanged.emit(self.index(0), self.index(len(ids) - 1))
            return
        self.beginResetModel()
        self._ids = ids
        self.endResetModel()

    def card_ids(self) -> Sequence[int]:
        return self._ids

    def row_of(self, card_id: int) -> int:
        try:
            return self._ids.index(card_id)
        except ValueError:
            return -1

    def anchor_for_row(self, row: int) -> int | None:
        """The card a drop before visible ``row`` puts the cards in front of (None: the end).

        Below the last visible card means right after it, even when hidden cards follow.
        """
        if 0 <= row < len(self._ids):
            return self._ids[row]
        if not self._ids:
            return None
        order = self._state().order.get(self.column_id, [])
        pos = order.index(self._ids[-1]) + 1
        return order[pos] if pos < len(order) else None

    # ------------------------------------------------------------------ Qt model API

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        card_id = self._ids[index.row()]
        card = self._state().cards.get(card_id)
        if card is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return card.title
        if role == CardRole:
            return card
        if role == CardIdRole:
            return card_id
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return describe_card(self._state(), card, self._today())
        if role == Qt.ItemDataRole.ToolTipRole:
            return describe_card(self._state(), card, self._today())
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.read_only:
            return base
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [mime.MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        ids = tuple(self._ids[r] for r in rows if 0 <= r < len(self._ids))
        return mime.encode(mime.CardDrag(self._state().snapshot.uuid, ids))

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: _Index) -> bool:
        if self.read_only:
            return False
        drag = mime.decode(data)
        return drag is not None and drag.board_uuid == self._state().snapshot.uuid

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: _Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        drag = mime.decode(data)
        assert drag is not None
        if row < 0 and parent.isValid():
            row = parent.row()
        self.move_requested.emit(list(drag.card_ids), self.column_id,
                                 self.anchor_for_row(row), self.lane)
        # The move goes through the core and the undo stack; the views redraw from there,
        # so Qt must not remove the source rows itself.
        return False

    def removeRows(self, row: int, count: int, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return False


def describe_card(state: BoardState, card: CardSummary, today: dt.date) -> str:
    """One sentence for screen readers and tooltips: nothing only shown by colour."""
    snap = state.snapshot
    parts = [translate("CardDescription", "Karte #{number}: {title}").format(
        number=card.number, title=card.title)]
    labels = {lb.id: lb.name for lb in snap.labels}
    members = {m.id: m.display_name for m in snap.members}
    goals = {g.id: g.name for g in snap.goal_areas}
    if card.label_ids:
        parts.append(translate("CardDescription", "Labels: {names}").format(
            names=", ".join(labels.get(i, "?") for i in card.label_ids)))
    if card.assignee_ids:
        parts.append(translate("CardDescription", "zugewiesen: {names}").format(
            names=", ".join(members.get(i, "?") for i in card.assignee_ids)))
    if card.priority >= 2:
        parts.append(translate("CardDescription", "Priorität kritisch") if card.priority == 3
                     else translate("CardDescription", "Priorität hoch"))
    if card.due_date is not None:
        if card.due_date < today:
            due = translate("CardDescription", "fällig am {date} (überfällig)")
        else:
            due = translate("CardDescription", "fällig am {date}")
        parts.append(due.format(date=format_date(card.due_date)))
    if card.blocked:
        parts.append(translate("CardDescription", "blockiert: {reason}").format(
            reason=card.blocked_reason) if card.blocked_reason
            else translate("CardDescription", "blockiert"))
    if card.checklist_total:
        parts.append(translate("CardDescription", "Checkliste {done} von {total} erledigt").format(
            done=card.checklist_done, total=card.checklist_total))
    if card.estimate is not None:
        parts.append(translate("CardDescription", "{points} Punkte").format(
            points=format_points(card.estimate)))
    if card.goal_area_id is not None:
        parts.append(translate("CardDescription", "Zielbereich: {name}").format(
            name=goals.get(card.goal_area_id, "?")))
    return "; ".join(parts)


def format_points(value: float) -> str:
    """Story points in the UI language's number format (2,5 in German)."""
    return format_number(value)


def list_model_data(model: ColumnModel) -> list[int]:
    """For tests: the card ids a column model shows."""
    return [model.data(model.index(r), CardIdRole) for r in range(model.rowCount())]


__all__ = ["BoardState", "CardFilter", "ColumnModel", "CardRole", "CardIdRole", "NO_LANE",
           "describe_card", "format_points"]
