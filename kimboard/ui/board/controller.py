"""The board's one door to the core: every change is an undoable command that runs a core
operation, then refreshes only the cards it touched.

Commands refer to cards by UUID (a deleted and restored card gets a new integer key). A
command's first ``redo`` happens before it is pushed, so a refused operation (a hard WIP limit,
a stale edit) never lands on the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from kimboard.core.boardview import card_ids_for_uuids, card_summaries, load_board
from kimboard.core.db import Database
from kimboard.core.errors import KimboardError
from kimboard.core.ops import cards as card_ops
from kimboard.core.ops.card_snapshots import (
    card_id_for_uuid,
    delete_card_keeping_snapshot,
    restore_card,
)
from kimboard.ui.board.model import NO_LANE, BoardState

_KEEP: Any = object()

#: Undo commands are no QObjects: their texts use the context "BoardCommand".
translate = QCoreApplication.translate


class BoardController(QObject):
    #: column ids whose content changed (empty list: everything, e.g. after a reload)
    columns_changed = Signal(list)
    #: a message for the status bar (soft WIP limit …); the core's texts are German
    warning = Signal(str)
    #: an error message for a dialog
    error = Signal(str)

    def __init__(self, db: Database, board_id: int, undo_stack: QUndoStack,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.undo_stack = undo_stack
        self.state = self._load(board_id)

    def _load(self, board_id: int) -> BoardState:
        with self.db.session() as s:
            return BoardState.from_snapshot(load_board(s, board_id))

    @property
    def read_only(self) -> bool:
        return not self.state.snapshot.site_is_local

    def reload(self) -> None:
        """Re-read the whole board (after settings changed)."""
        flt = self.state.filter
        self.state = self._load(self.state.snapshot.id)
        self.state.filter = flt
        self.columns_changed.emit([])

    def refresh_cards(self, card_uuids: Iterable[str]) -> None:
        """Re-read these cards; those gone (deleted, archived) leave the board."""
        uuids = list(dict.fromkeys(card_uuids))
        with self.db.session() as s:
            found = card_ids_for_uuids(s, uuids)
            summaries = card_summaries(s, list(found.values()))
        # a restored card has a new key: its old one must leave the state too
        old = [self.state.id_of(u) for u in uuids]
        asked = list(dict.fromkeys([*found.values(), *(i for i in old if i is not None)]))
        touched = self.state.apply(summaries, asked)
        self.columns_changed.emit(sorted(touched) or [-1])

    # ------------------------------------------------------------------ running commands

    def execute(self, command: _BoardCommand) -> bool:
        if self.read_only:
            self.error.emit(self.tr("Dieses Board stammt aus einem Paket einer anderen "
                                    "Dienststelle und kann hier nur gelesen werden."))
            return False
        try:
            command.run_first()
        except KimboardError as err:
            self.error.emit(str(err))
            return False
        self.undo_stack.push(command)
        return True

    def run_op(self, op: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """One core operation; a soft warning goes to the status bar."""
        result = self.db.run(op, *args, **kwargs)
        if getattr(result, "warning", None):
            self.warning.emit(result.warning)
        return result

    def uuid_of(self, card_id: int) -> str:
        return self.state.cards[card_id].uuid

    # ------------------------------------------------------------------ use cases

    def move_cards(self, card_ids: Sequence[int], column_id: int,
                   anchor_id: int | None, lane: int | None = None) -> bool:
        """Move cards right before ``anchor_id`` in ``column_id`` (None: to the end)."""
        cards = [c for c in card_ids if c in self.state.cards]
        if anchor_id in cards:  # dropped onto itself: before the next card that stays
            col, idx = self.state.position(anchor_id)
            rest = [x for x in self.state.order[col][idx:] if x not in cards]
            anchor_id = rest[0] if rest and col == column_id else None
        if not cards:
            return False
        same_lane = lane is None or all(self.state.lane_of(self.state.cards[c]) == lane
                                        for c in cards)
        if len(cards) == 1 and self.state.cards[cards[0]].column_id == column_id and same_lane:
            col, idx = self.state.position(cards[0])
            order = self.state.order[col]
            after = order[idx + 1] if idx + 1 < len(order) else None
            if after == anchor_id:
                return False  # dropped where it already is
        return self.execute(MoveCardsCommand(self, cards, column_id, anchor_id, lane))

    def move_by(self, card_id: int, d_column: int = 0, d_index: int = 0) -> bool:
        """Keyboard moves: to the neighbouring column, or one place up or down."""
        col_id, idx = self.state.position(card_id)
        if d_column:
            cols = self.state.column_ids()
            target = cols.index(col_id) + d_column
            if not 0 <= target < len(cols):
                return False
            others = self.state.order.get(cols[target], [])
            return self.move_cards([card_id], cols[target],
                                   others[idx] if idx < len(others) else None)
        order = self.state.order[col_id]
        if d_index < 0:
            if idx == 0:
                return False
            return self.move_cards([card_id], col_id, order[idx - 1])
        if idx + 1 >= len(order):
            return False
        return self.move_cards([card_id], col_id, order[idx + 2] if idx + 2 < len(order) else None)

    def add_card(self, column_id: int, title: str, lane: int | None = None) -> bool:
        return self.execute(CreateCardCommand(self, column_id, title, lane))

    def archive_cards(self, card_ids: Sequence[int]) -> bool:
        return self.execute(ArchiveCardsCommand(self, list(card_ids)))

    def delete_cards(self, card_ids: Sequence[int]) -> bool:
        return self.execute(DeleteCardsCommand(self, list(card_ids)))

    def restore_archived(self, card_uuid: str) -> bool:
        return self.execute(RestoreCardCommand(self, card_uuid))

    def edit_card(self, card_id: int, changes: dict[str, Any], expected_version: int) -> bool:
        if not changes:
            return True
        return self.execute(EditCardCommand(self, card_id, changes, expected_version))


# --------------------------------------------------------------------------- commands


class _BoardCommand(QUndoCommand):
    def __init__(self, controller: BoardController, text: str) -> None:
        super().__init__(text)
        self.c = controller
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

    def _guarded(self, fn: Callable[[], None]) -> None:
        try:
            fn()
        except KimboardError as err:
            self.setObsolete(True)
            self.c.error.emit(str(err))

    def do(self) -> None:
        raise NotImplementedError

    def undo_it(self) -> None:
        raise NotImplementedError


class MoveCardsCommand(_BoardCommand):
    """Move cards before an anchor card (None: to the end of the column).

    Anchors, not indexes: "before this card" means the same whatever is filtered or moving.
    Undo puts each card back before the card that followed it (skipping the moved ones),
    in the original order, which restores the original order exactly.
    """

    def __init__(self, c: BoardController, card_ids: list[int], column_id: int,
                 anchor_id: int | None, lane: int | None = None) -> None:
        st = c.state
        n = len(card_ids)
        column = st.column(column_id).name
        if n == 1:
            text = translate("BoardCommand", "„{title}“ nach „{column}“ verschieben").format(
                title=st.cards[card_ids[0]].title, column=column)
        else:
            text = translate("BoardCommand", "{n} Karten nach „{column}“ verschieben").format(
                n=n, column=column)
        super().__init__(c, text)
        moving = set(card_ids)
        # in board order, so a multi-card move keeps their relative order
        ordered = sorted(card_ids, key=lambda i: (st.column_ids().index(st.cards[i].column_id),
                                                  st.position(i)[1]))
        self.uuids = [st.cards[i].uuid for i in ordered]
        self.back: list[tuple[str, int, str | None, Any]] = []
        for card_id in ordered:
            col, idx = st.position(card_id)
            following = [x for x in st.order[col][idx + 1:] if x not in moving]
            old_lane = st.cards[card_id].swimlane_id if lane is not None else _KEEP
            self.back.append((st.cards[card_id].uuid, col,
                              st.cards[following[0]].uuid if following else None, old_lane))
        #: the swimlane to put the cards into (None: the board has no lanes there)
        self.lane: Any = _KEEP if lane is None else (None if lane == NO_LANE else lane)
        self.column_id = column_id
        self.anchor_uuid = st.cards[anchor_id].uuid if anchor_id is not None else None

    def _move(self, session: Any, uuid: str, column_id: int, anchor_uuid: str | None,
              lane: Any) -> None:
        anchor = card_id_for_uuid(session, anchor_uuid) if anchor_uuid else None
        kwargs = {} if lane is _KEEP else {"swimlane_id": lane}
        res = card_ops.move_card_before(session, card_id_for_uuid(session, uuid), column_id,
                                        anchor, **kwargs)
        if res.warning:
            self.c.warning.emit(res.warning)

    def do(self) -> None:
        def op(session: Any) -> None:
            for uuid in self.uuids:
                self._move(session, uuid, self.column_id, self.anchor_uuid, self.lane)

        self.c.db.run(op)
        self.c.refresh_cards(self.uuids)

    def undo_it(self) -> None:
        def op(session: Any) -> None:
            for uuid, col, anchor_uuid, lane in self.back:
                self._move(session, uuid, col, anchor_uuid, lane)

        self.c.db.run(op)
        self.c.refresh_cards(self.uuids)


class CreateCardCommand(_BoardCommand):
    def __init__(self, c: BoardController, column_id: int, title: str, lane: int | None) -> None:
        super().__init__(c, translate("BoardCommand", "Karte „{title}“ anlegen").format(
            title=title.strip()))
        self.column_id, self.title, self.lane = column_id, title, lane
        self.uuid: str | None = None
        self.snapshot: dict[str, Any] | None = None

    def do(self) -> None:
        if self.snapshot is not None:  # redo after undo: the same card comes back
            self.c.db.run(restore_card, self.snapshot)
        else:
            res = self.c.run_op(card_ops.create_card, self.c.state.snapshot.id, self.title,
                                column_id=self.column_id, index=0,
                                swimlane_id=self.lane if self.lane and self.lane > 0 else None)
            self.uuid = res.value.uuid
        assert self.uuid is not None
        self.c.refresh_cards([self.uuid])

    def undo_it(self) -> None:
        assert self.uuid is not None
        self.snapshot = self.c.db.run(delete_card_keeping_snapshot, self.uuid).value
        self.c.refresh_cards([self.uuid])


class ArchiveCardsCommand(_BoardCommand):
    def __init__(self, c: BoardController, card_ids: list[int]) -> None:
        n = len(card_ids)
        super().__init__(c, translate("BoardCommand", "Karte archivieren") if n == 1
                         else translate("BoardCommand", "{n} Karten archivieren").format(n=n))
        self.uuids = [c.state.cards[i].uuid for i in card_ids]
        self.before = [c.state.position(i) for i in card_ids]

    def do(self) -> None:
        def op(session: Any) -> None:
            for uuid in self.uuids:
                card_ops.archive_card(session, card_id_for_uuid(session, uuid))

        self.c.db.run(op)
        self.c.refresh_cards(self.uuids)

    def undo_it(self) -> None:
        def op(session: Any) -> None:
            for uuid, (col, idx) in sorted(zip(self.uuids, self.before, strict=True),
                                           key=lambda p: p[1][1]):
                card_id = card_id_for_uuid(session, uuid)
                card_ops.restore_card(session, card_id)
                card_ops.move_card(session, card_id, col, idx)

        self.c.db.run(op)
        self.c.refresh_cards(self.uuids)


class RestoreCardCommand(_BoardCommand):
    """Bring an archived card back (from the archive list)."""

    def __init__(self, c: BoardController, card_uuid: str) -> None:
        super().__init__(c, translate("BoardCommand", "Karte wiederherstellen"))
        self.uuid = card_uuid

    def do(self) -> None:
        def op(session: Any) -> Any:
            return card_ops.restore_card(session, card_id_for_uuid(session, self.uuid))

        res = self.c.db.run(op)
        if res.warning:
            self.c.warning.emit(res.warning)
        self.c.refresh_cards([self.uuid])

    def undo_it(self) -> None:
        def op(session: Any) -> None:
            card_ops.archive_card(session, card_id_for_uuid(session, self.uuid))

        self.c.db.run(op)
        self.c.refresh_cards([self.uuid])


class DeleteCardsCommand(_BoardCommand):
    def __init__(self, c: BoardController, card_ids: list[int]) -> None:
        n = len(card_ids)
        super().__init__(c, translate("BoardCommand", "Karte löschen") if n == 1
                         else translate("BoardCommand", "{n} Karten löschen").format(n=n))
        self.uuids = [c.state.cards[i].uuid for i in card_ids]
        self.snapshots: list[dict[str, Any]] = []

    def do(self) -> None:
        def op(session: Any) -> list[dict[str, Any]]:
            return [delete_card_keeping_snapshot(session, u).value for u in self.uuids]

        self.snapshots = self.c.db.run(op)
        self.c.refresh_cards(self.uuids)

    def undo_it(self) -> None:
        def op(session: Any) -> None:
            for snap in self.snapshots:
                restore_card(session, snap)

        self.c.db.run(op)
        self.c.refresh_cards(self.uuids)


class EditCardCommand(_BoardCommand):
    def __init__(self, c: BoardController, card_id: int, changes: dict[str, Any],
                 expected_version: int) -> None:
        card = c.state.cards[card_id]
        super().__init__(c, translate("BoardCommand", "Karte „{title}“ bearbeiten").format(
            title=card.title))
        self.uuid = card.uuid
        self.changes = dict(changes)
        self.expected_version = expected_version
        self.inverse: dict[str, Any] | None = None

    def do(self) -> None:
        from kimboard.core.ops import card_changes

        def op(session: Any) -> Any:
            card_id = card_id_for_uuid(session, self.uuid)
            if self.inverse is None:
                self.inverse = card_changes.inverse_of(session, card_id, self.changes)
                version = self.expected_version
            else:
                version = None
            return card_changes.apply_changes(session, card_id, self.changes, version)

        self.c.db.run(op)
        self.c.refresh_cards([self.uuid])

    def undo_it(self) -> None:
        from kimboard.core.ops import card_changes

        assert self.inverse is not None
        inverse = self.inverse

        def op(session: Any) -> Any:
            return card_changes.apply_changes(session, card_id_for_uuid(session, self.uuid),
                                              inverse, None)

        self.c.db.run(op)
        self.c.refresh_cards([self.uuid])
