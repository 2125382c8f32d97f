"""Boards and their structure: columns (with WIP limits), swimlanes, labels."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from kimboard.core.clock import utcnow
from kimboard.core.errors import ValidationError
from kimboard.core.models import (
    Board,
    BoardColumn,
    BoardMode,
    Card,
    CardEvent,
    CardEventKind,
    ColumnKind,
    Label,
    Site,
    Swimlane,
    Team,
    WipMode,
)
from kimboard.core.ops import Change, OpResult, Ref
from kimboard.core.ops._util import check_version, clean_text, get, place_at, renumber
from kimboard.core.ops.sites import _require_local

#: Columns a new board starts with: name, kind, WIP limit.
DEFAULT_COLUMNS: tuple[tuple[str, ColumnKind, int | None], ...] = (
    ("Backlog", ColumnKind.BACKLOG, None),
    ("Zu erledigen", ColumnKind.TODO, None),
    ("In Arbeit", ColumnKind.IN_PROGRESS, 5),
    ("Erledigt", ColumnKind.DONE, None),
)

_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


def _mode(value: str) -> str:
    try:
        return BoardMode(value).value
    except ValueError:
        raise ValidationError("Ein Board ist entweder „kanban“ oder „scrum“.") from None


def create_board(
    session: Session,
    site_id: int,
    name: str,
    mode: str = BoardMode.KANBAN.value,
    *,
    description: str = "",
    team_id: int | None = None,
    columns: Sequence[tuple[str, ColumnKind, int | None]] = DEFAULT_COLUMNS,
) -> OpResult[Ref]:
    site = get(session, Site, site_id)
    _require_local(site)
    if team_id is not None and get(session, Team, team_id).site_id != site.id:
        raise ValidationError("Das Team gehört zu einer anderen Dienststelle.")
    board = Board(
        site_id=site.id,
        team_id=team_id,
        name=clean_text(name, "Der Name des Boards", max_len=200),
        description=clean_text(description, "Die Beschreibung", max_len=5000, required=False),
        mode=_mode(mode),
        origin_site_uuid=site.uuid,
    )
    if not columns:
        # create_card puts new cards into the first column; a board needs one.
        raise ValidationError("Ein Board braucht mindestens eine Spalte.")
    board.columns = [
        BoardColumn(
            name=clean_text(n, "Der Spaltenname", max_len=200), kind=_check_kind(k),
            wip_limit=_check_wip(w, WipMode.SOFT.value)[0], position=i,
            origin_site_uuid=site.uuid,
        )
        for i, (n, k, w) in enumerate(columns)
    ]
    session.add(board)
    session.flush()
    return OpResult(Ref(board.id, board.uuid), Change.BOARDS | Change.COLUMNS)


def update_board(
    session: Session,
    board_id: int,
    *,
    name: str | None = None,
    description: str | None = None,
    mode: str | None = None,
    expected_version: int | None = None,
) -> OpResult[Ref]:
    board = get(session, Board, board_id)
    check_version(board, expected_version)
    if name is not None:
        board.name = clean_text(name, "Der Name des Boards", max_len=200)
    if description is not None:
        board.description = clean_text(description, "Die Beschreibung", max_len=5000,
                                       required=False)
    if mode is not None:
        board.mode = _mode(mode)
    session.flush()
    return OpResult(Ref(board.id, board.uuid), Change.BOARDS)


def archive_board(session: Session, board_id: int) -> OpResult[Ref]:
    board = get(session, Board, board_id)
    board.archived_at = board.archived_at or utcnow()
    session.flush()
    return OpResult(Ref(board.id, board.uuid), Change.BOARDS)


def restore_board(session: Session, board_id: int) -> OpResult[Ref]:
    board = get(session, Board, board_id)
    board.archived_at = None
    session.flush()
    return OpResult(Ref(board.id, board.uuid), Change.BOARDS)


def delete_board(session: Session, board_id: int) -> OpResult[Ref]:
    board = get(session, Board, board_id)
    ref = Ref(board.id, board.uuid)
    from kimboard.core.ops.cards import delete_cards_of_boards

    # Cards refer to columns with RESTRICT; remove cards first, then the board cascades.
    delete_cards_of_boards(session, board_ids=[board.id])
    session.delete(board)
    session.flush()
    return OpResult(ref, Change.BOARDS | Change.COLUMNS | Change.CARDS | Change.SPRINTS)


# --------------------------------------------------------------------------- columns


def _check_wip(limit: int | None, mode: str) -> tuple[int | None, str]:
    if limit is not None and limit < 1:
        raise ValidationError("Ein WIP-Limit muss mindestens 1 sein (oder leer für kein Limit).")
    try:
        return limit, WipMode(mode).value
    except ValueError:
        raise ValidationError("Ein WIP-Limit ist entweder „soft“ oder „hard“.") from None


def _check_kind(kind: str) -> str:
    try:
        return ColumnKind(kind).value
    except ValueError:
        raise ValidationError(
            "Die Bedeutung einer Spalte ist backlog, todo, in_progress oder done."
        ) from None


def add_column(
    session: Session,
    board_id: int,
    name: str,
    kind: str = ColumnKind.TODO.value,
    *,
    position: int | None = None,
    wip_limit: int | None = None,
    wip_mode: str = WipMode.SOFT.value,
) -> OpResult[Ref]:
    """Add a column; ``position`` None appends it at the right."""
    board = get(session, Board, board_id)
    wip_limit, wip_mode = _check_wip(wip_limit, wip_mode)
    col = BoardColumn(
        name=clean_text(name, "Der Spaltenname", max_len=200),
        kind=_check_kind(kind),
        wip_limit=wip_limit,
        wip_mode=wip_mode,
        origin_site_uuid=board.origin_site_uuid,
    )
    ordered = list(board.columns)
    index = len(ordered) if position is None else max(0, min(position, len(ordered)))
    ordered.insert(index, col)
    board.columns.append(col)
    renumber(ordered)
    session.flush()
    return OpResult(Ref(col.id, col.uuid), Change.COLUMNS)


_UNSET = object()


def update_column(
    session: Session,
    column_id: int,
    *,
    name: str | None = None,
    kind: str | None = None,
    wip_limit: int | None | object = _UNSET,
    wip_mode: str | None = None,
    expected_version: int | None = None,
) -> OpResult[Ref]:
    col = get(session, BoardColumn, column_id)
    check_version(col, expected_version)
    if name is not None:
        col.name = clean_text(name, "Der Spaltenname", max_len=200)
    if kind is not None:
        col.kind = _check_kind(kind)
    new_limit = col.wip_limit if wip_limit is _UNSET else wip_limit
    col.wip_limit, col.wip_mode = _check_wip(new_limit, wip_mode or col.wip_mode)  # type: ignore[arg-type]
    session.flush()
    return OpResult(Ref(col.id, col.uuid), Change.COLUMNS)


def move_column(session: Session, column_id: int, position: int) -> OpResult[Ref]:
    col = get(session, BoardColumn, column_id)
    place_at(col.board.columns, col, position)
    session.flush()
    return OpResult(Ref(col.id, col.uuid), Change.COLUMNS)


def delete_column(
    session: Session, column_id: int, *, move_cards_to: int | None = None,
    actor_id: int | None = None,
) -> OpResult[Ref]:
    """Delete a column. Its cards (archived ones too) move to ``move_cards_to`` first.

    Refuses when the column still holds cards and no target is given, and when it is the
    board's last column.
    """
    from kimboard.core.ops.cards import bottom_keys

    col = get(session, BoardColumn, column_id)
    board = col.board
    if len(board.columns) <= 1:
        raise ValidationError("Die letzte Spalte eines Boards kann nicht gelöscht werden.")
    card_ids = list(session.scalars(
        select(Card.id).where(Card.column_id == col.id).order_by(Card.order_key, Card.id)
    ))
    if card_ids:
        if move_cards_to is None:
            n = len(card_ids)
            still = "liegt noch 1 Karte" if n == 1 else f"liegen noch {n} Karten"
            raise ValidationError(
                f"In der Spalte „{col.name}“ {still}. "
                "Bitte angeben, in welche Spalte sie verschoben werden."
            )
        target = get(session, BoardColumn, move_cards_to)
        if target.board_id != board.id or target.id == col.id:
            raise ValidationError("Die Zielspalte muss eine andere Spalte desselben Boards sein.")
        now = utcnow()
        keys = bottom_keys(session, target.id, len(card_ids))
        for card_id, key in zip(card_ids, keys, strict=True):
            card = session.get_one(Card, card_id)
            card.column_id = target.id
            card.order_key = key
            session.add(CardEvent(
                card_id=card.id, board_id=board.id, kind=CardEventKind.MOVED.value, at=now,
                actor_id=actor_id, from_column_id=col.id, to_column_id=target.id,
                origin_site_uuid=board.origin_site_uuid,
            ))
        session.flush()
    # History keeps the moves; the events' column references become NULL with the column.
    ref = Ref(col.id, col.uuid)
    board.columns.remove(col)
    session.delete(col)
    renumber(board.columns)
    session.flush()
    return OpResult(ref, Change.COLUMNS | Change.CARDS)


# --------------------------------------------------------------------------- swimlanes


def add_swimlane(session: Session, board_id: int, name: str) -> OpResult[Ref]:
    board = get(session, Board, board_id)
    lane = Swimlane(
        name=clean_text(name, "Der Name der Swimlane", max_len=200),
        position=len(board.swimlanes),
        origin_site_uuid=board.origin_site_uuid,
    )
    board.swimlanes.append(lane)
    session.flush()
    return OpResult(Ref(lane.id, lane.uuid), Change.SWIMLANES)


def rename_swimlane(session: Session, swimlane_id: int, name: str) -> OpResult[Ref]:
    lane = get(session, Swimlane, swimlane_id)
    lane.name = clean_text(name, "Der Name der Swimlane", max_len=200)
    session.flush()
    return OpResult(Ref(lane.id, lane.uuid), Change.SWIMLANES)


def move_swimlane(session: Session, swimlane_id: int, position: int) -> OpResult[Ref]:
    lane = get(session, Swimlane, swimlane_id)
    place_at(lane.board.swimlanes, lane, position)
    session.flush()
    return OpResult(Ref(lane.id, lane.uuid), Change.SWIMLANES)


def delete_swimlane(session: Session, swimlane_id: int) -> OpResult[Ref]:
    """Cards of the lane stay on the board, without a lane."""
    lane = get(session, Swimlane, swimlane_id)
    board = lane.board
    ref = Ref(lane.id, lane.uuid)
    session.execute(update(Card).where(Card.swimlane_id == lane.id).values(swimlane_id=None))
    board.swimlanes.remove(lane)
    session.delete(lane)
    renumber(board.swimlanes)
    session.flush()
    return OpResult(ref, Change.SWIMLANES | Change.CARDS)


# --------------------------------------------------------------------------- labels


def _check_color(color: str) -> str:
    if not _COLOR.fullmatch(color or ""):  # fullmatch: "$" alone lets a trailing "\n" in
        raise ValidationError("Eine Farbe wird als #rrggbb angegeben, z. B. #2563eb.")
    return color.lower()


def _check_label_name(session: Session, board_id: int, name: str, exclude: int | None) -> str:
    name = clean_text(name, "Der Labelname", max_len=100)
    clash = session.scalar(select(Label.id).where(
        Label.board_id == board_id, func.lower(Label.name) == name.lower(),
        Label.id != (exclude or -1),
    ))
    if clash is not None:
        raise ValidationError(f"Das Label „{name}“ gibt es auf diesem Board schon.")
    return name


def create_label(
    session: Session, board_id: int, name: str, color: str = "#6b7280"
) -> OpResult[Ref]:
    board = get(session, Board, board_id)
    label = Label(
        board_id=board.id,
        name=_check_label_name(session, board.id, name, None),
        color=_check_color(color),
        origin_site_uuid=board.origin_site_uuid,
    )
    session.add(label)
    session.flush()
    return OpResult(Ref(label.id, label.uuid), Change.LABELS)


def update_label(
    session: Session, label_id: int, *, name: str | None = None, color: str | None = None
) -> OpResult[Ref]:
    label = get(session, Label, label_id)
    if name is not None:
        label.name = _check_label_name(session, label.board_id, name, label.id)
    if color is not None:
        label.color = _check_color(color)
    session.flush()
    return OpResult(Ref(label.id, label.uuid), Change.LABELS | Change.CARDS)


def delete_label(session: Session, label_id: int) -> OpResult[Ref]:
    label = get(session, Label, label_id)
    ref = Ref(label.id, label.uuid)
    session.delete(label)
    session.flush()
    return OpResult(ref, Change.LABELS | Change.CARDS)
