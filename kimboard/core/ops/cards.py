"""Cards: create, edit, move (with WIP limits), archive, restore, delete; assignees, labels,
partners, checklist and comments. Every change a metric or the history needs is a CardEvent.

Order within a column is a fractional index (``fractional_indexing``): moving a card writes
one key between its new neighbours and never renumbers the column.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from fractional_indexing import generate_key_between, generate_n_keys_between
from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from kimboard.core.clock import utcnow
from kimboard.core.errors import ValidationError, WipLimitExceeded
from kimboard.core.models import (
    Board,
    BoardColumn,
    Card,
    CardAssignee,
    CardEvent,
    CardEventKind,
    CardLabel,
    CardPartner,
    ChecklistItem,
    Comment,
    GoalArea,
    Label,
    Member,
    Partner,
    Priority,
    Swimlane,
    WipMode,
)
from kimboard.core.ops import Change, OpResult, Ref
from kimboard.core.ops._util import check_version, clean_text, get, place_at, renumber

# --------------------------------------------------------------------------- ordering


def _ordered_keys(session: Session, column_id: int, exclude: int | None = None) -> Any:
    stmt = select(Card.order_key).where(Card.column_id == column_id, Card.archived_at.is_(None))
    if exclude is not None:
        stmt = stmt.where(Card.id != exclude)
    return stmt.order_by(Card.order_key, Card.id)


def bottom_key(session: Session, column_id: int) -> str:
    """A key after every card of the column."""
    return bottom_keys(session, column_id, 1)[0]


def bottom_keys(session: Session, column_id: int, n: int) -> list[str]:
    """``n`` ascending keys after every card of the column, archived ones included."""
    last = session.scalar(select(func.max(Card.order_key)).where(Card.column_id == column_id))
    return list(generate_n_keys_between(last, None, n))


def key_at(session: Session, column_id: int, index: int | None, exclude: int | None = None) -> str:
    """A key that puts a card at ``index`` among the column's active cards (None: the end).

    Reads at most two neighbours through the (column_id, order_key) index; archived cards
    are ignored (they return at the end when restored).
    """
    stmt = _ordered_keys(session, column_id, exclude)
    if index is None:
        return bottom_key(session, column_id)
    if index <= 0:
        before, after = None, session.scalar(stmt.limit(1))
    else:
        pair = list(session.scalars(stmt.offset(index - 1).limit(2)))
        if not pair:
            return bottom_key(session, column_id)
        before, after = pair[0], (pair[1] if len(pair) > 1 else None)
    if before is not None and after is not None and after <= before:
        # Equal keys (two offices placed cards at the same spot): go past the tie.
        after = session.scalar(
            select(func.min(Card.order_key)).where(
                Card.column_id == column_id, Card.archived_at.is_(None), Card.order_key > before
            )
        )
    return generate_key_between(before, after)


# --------------------------------------------------------------------------- validation


def _event(card: Card, kind: CardEventKind, actor_id: int | None, **fields: Any) -> CardEvent:
    return CardEvent(
        card_id=card.id, board_id=card.board_id, kind=kind.value, at=fields.pop("at", utcnow()),
        actor_id=actor_id, origin_site_uuid=card.origin_site_uuid, **fields,
    )


def _check_column(session: Session, board: Board, column_id: int) -> BoardColumn:
    col = get(session, BoardColumn, column_id)
    if col.board_id != board.id:
        raise ValidationError("Die Spalte gehört zu einem anderen Board.")
    return col


def _check_swimlane(session: Session, board: Board, swimlane_id: int | None) -> int | None:
    if swimlane_id is None:
        return None
    lane = get(session, Swimlane, swimlane_id)
    if lane.board_id != board.id:
        raise ValidationError("Die Swimlane gehört zu einem anderen Board.")
    return lane.id


def _check_priority(priority: int) -> int:
    try:
        return Priority(priority).value
    except ValueError:
        raise ValidationError("Die Priorität ist 0 (niedrig) bis 3 (kritisch).") from None


def _check_estimate(estimate: float | None) -> float | None:
    if estimate is None:
        return None
    if estimate < 0 or estimate > 1000:
        raise ValidationError("Die Schätzung liegt zwischen 0 und 1000 Punkten.")
    return float(estimate)


def _check_goal_area(session: Session, goal_area_id: int | None) -> int | None:
    return None if goal_area_id is None else get(session, GoalArea, goal_area_id).id


def _active_count(session: Session, column_id: int, exclude: int | None = None) -> int:
    stmt = select(func.count()).select_from(Card).where(
        Card.column_id == column_id, Card.archived_at.is_(None)
    )
    if exclude is not None:
        stmt = stmt.where(Card.id != exclude)
    return int(session.scalar(stmt) or 0)


def wip_check(session: Session, col: BoardColumn, *, exclude: int | None = None) -> str | None:
    """Raise for a hard limit that one more card would exceed; return a warning for a soft one."""
    if col.wip_limit is None:
        return None
    count = _active_count(session, col.id, exclude)
    if count + 1 <= col.wip_limit:
        return None
    if col.wip_mode == WipMode.HARD.value:
        raise WipLimitExceeded(
            f"Die Spalte „{col.name}“ hat ein festes WIP-Limit von {col.wip_limit} "
            f"{'Karte' if col.wip_limit == 1 else 'Karten'} "
            f"und ist voll ({count}). Bitte zuerst eine Karte abschließen oder verschieben."
        )
    return (
        f"WIP-Limit der Spalte „{col.name}“ überschritten: {count + 1} von {col.wip_limit} Karten."
    )


# --------------------------------------------------------------------------- create / edit


def create_card(
    session: Session,
    board_id: int,
    title: str,
    *,
    column_id: int | None = None,
    index: int | None = None,
    swimlane_id: int | None = None,
    description: str = "",
    priority: int = Priority.NORMAL.value,
    due_date: dt.date | None = None,
    estimate: float | None = None,
    goal_area_id: int | None = None,
    actor_id: int | None = None,
) -> OpResult[Ref]:
    """Create a card in ``column_id`` (default: the board's first column) at ``index``."""
    board = get(session, Board, board_id)
    if board.archived_at is not None:
        raise ValidationError("Auf einem archivierten Board können keine Karten angelegt werden.")
    col = _check_column(session, board, column_id) if column_id is not None else board.columns[0]
    warning = wip_check(session, col)
    card = Card(
        board_id=board.id,
        column_id=col.id,
        swimlane_id=_check_swimlane(session, board, swimlane_id),
        order_key=key_at(session, col.id, index),
        number=_next_number(session, board),
        title=clean_text(title, "Der Titel", max_len=500),
        description=clean_text(description, "Die Beschreibung", max_len=100_000, required=False),
        priority=_check_priority(priority),
        due_date=due_date,
        estimate=_check_estimate(estimate),
        goal_area_id=_check_goal_area(session, goal_area_id),
        origin_site_uuid=board.origin_site_uuid,
    )
    session.add(card)
    session.flush()
    session.add(_event(card, CardEventKind.CREATED, actor_id, to_column_id=col.id,
                       new_value=None if estimate is None else str(card.estimate)))
    session.flush()
    return OpResult(Ref(card.id, card.uuid), Change.CARDS, warning)


def _next_number(session: Session, board: Board) -> int:
    """Take the board's next card number with a plain UPDATE, so adding a card does not
    count as an edit of the board (its optimistic-locking version stays)."""
    number = session.scalar(
        update(Board).where(Board.id == board.id)
        .values(next_card_number=Board.next_card_number + 1)
        .returning(Board.next_card_number),
        execution_options={"synchronize_session": False},
    )
    session.expire(board, ["next_card_number"])
    assert number is not None
    return int(number) - 1


_UNSET: Any = object()


def update_card(
    session: Session,
    card_id: int,
    *,
    title: str | None = None,
    description: str | None = None,
    priority: int | None = None,
    due_date: dt.date | None = _UNSET,
    estimate: float | None = _UNSET,
    blocked: bool | None = None,
    blocked_reason: str | None = None,
    goal_area_id: int | None = _UNSET,
    swimlane_id: int | None = _UNSET,
    expected_version: int | None = None,
    actor_id: int | None = None,
) -> OpResult[Ref]:
    """Edit fields of a card. Only the arguments given change; history records what did."""
    card = get(session, Card, card_id)
    check_version(card, expected_version)
    edited: list[str] = []
    if title is not None:
        title = clean_text(title, "Der Titel", max_len=500)
        if title != card.title:
            card.title = title
            edited.append("title")
    if description is not None:
        description = clean_text(description, "Die Beschreibung", max_len=100_000, required=False)
        if description != card.description:
            card.description = description
            edited.append("description")
    if priority is not None and _check_priority(priority) != card.priority:
        card.priority = priority
        edited.append("priority")
    if due_date is not _UNSET and due_date != card.due_date:
        card.due_date = due_date
        edited.append("due_date")
    if goal_area_id is not _UNSET and goal_area_id != card.goal_area_id:
        card.goal_area_id = _check_goal_area(session, goal_area_id)
        edited.append("goal_area")
    if swimlane_id is not _UNSET and swimlane_id != card.swimlane_id:
        card.swimlane_id = _check_swimlane(session, card.board, swimlane_id)
        edited.append("swimlane")
    events: list[CardEvent] = []
    if estimate is not _UNSET:
        estimate = _check_estimate(estimate)
        if estimate != card.estimate:
            events.append(_event(
                card, CardEventKind.ESTIMATE_CHANGED, actor_id, sprint_id=card.sprint_id,
                old_value=None if card.estimate is None else str(card.estimate),
                new_value=None if estimate is None else str(estimate),
            ))
            card.estimate = estimate
    if blocked_reason is not None:
        blocked_reason = clean_text(blocked_reason, "Der Grund", max_len=2000, required=False)
    if blocked is not None and blocked != card.blocked:
        card.blocked = blocked
        reason = blocked_reason if blocked_reason is not None else card.blocked_reason
        card.blocked_reason = reason if blocked else ""
        kind = CardEventKind.BLOCKED if blocked else CardEventKind.UNBLOCKED
        events.append(_event(card, kind, actor_id, new_value=card.blocked_reason or None))
    elif blocked_reason is not None and card.blocked and blocked_reason != card.blocked_reason:
        card.blocked_reason = blocked_reason
        edited.append("blocked_reason")
    if edited:
        events.append(_event(card, CardEventKind.EDITED, actor_id, new_value=",".join(edited)))
    session.add_all(events)
    session.flush()
    changes = Change.CARDS | Change.CARD_DETAILS if events else Change.NONE
    return OpResult(Ref(card.id, card.uuid), changes)


def move_card(
    session: Session,
    card_id: int,
    column_id: int,
    index: int | None = None,
    *,
    swimlane_id: int | None = _UNSET,
    actor_id: int | None = None,
    expected_version: int | None = None,
) -> OpResult[Ref]:
    """Move a card to ``index`` in ``column_id`` (None: to the end).

    The one operation behind drag and drop, the keyboard and the "Verschieben nach" menu.
    A hard WIP limit refuses a move into a full column; a soft one returns a warning.
    """
    card = get(session, Card, card_id)
    check_version(card, expected_version)
    if card.archived_at is not None:
        raise ValidationError("Eine archivierte Karte kann nicht verschoben werden.")
    col = _check_column(session, card.board, column_id)
    from_column = card.column_id
    warning = None
    if col.id != from_column:
        warning = wip_check(session, col, exclude=card.id)
    card.order_key = key_at(session, col.id, index, exclude=card.id)
    if swimlane_id is not _UNSET:
        card.swimlane_id = _check_swimlane(session, card.board, swimlane_id)
    if col.id != from_column:
        card.column_id = col.id
        session.add(_event(card, CardEventKind.MOVED, actor_id, from_column_id=from_column,
                           to_column_id=col.id, sprint_id=card.sprint_id))
    session.flush()
    return OpResult(Ref(card.id, card.uuid), Change.CARDS, warning)


def archive_card(session: Session, card_id: int, *, actor_id: int | None = None) -> OpResult[Ref]:
    card = get(session, Card, card_id)
    if card.archived_at is None:
        card.archived_at = utcnow()
        session.add(_event(card, CardEventKind.ARCHIVED, actor_id, from_column_id=card.column_id))
        session.flush()
    return OpResult(Ref(card.id, card.uuid), Change.CARDS)


def restore_card(session: Session, card_id: int, *, actor_id: int | None = None) -> OpResult[Ref]:
    """Bring an archived card back, at the end of its column (refused by a full hard limit)."""
    card = get(session, Card, card_id)
    if card.archived_at is None:
        return OpResult(Ref(card.id, card.uuid), Change.NONE)
    warning = wip_check(session, card.column, exclude=card.id)
    card.archived_at = None
    card.order_key = bottom_key(session, card.column_id)
    session.add(_event(card, CardEventKind.RESTORED, actor_id, to_column_id=card.column_id))
    session.flush()
    return OpResult(Ref(card.id, card.uuid), Change.CARDS, warning)


def delete_card(session: Session, card_id: int) -> OpResult[Ref]:
    """Delete a card with its checklist, comments and history. Archiving keeps metrics."""
    card = get(session, Card, card_id)
    ref = Ref(card.id, card.uuid)
    session.delete(card)
    session.flush()
    return OpResult(ref, Change.CARDS)


# ------------------------------------------------------------------ people, labels, partners


def _set_links(
    session: Session,
    card: Card,
    table: Any,
    column: Any,
    wanted: set[int],
    on_add: CardEventKind | None,
    on_remove: CardEventKind | None,
    actor_id: int | None,
) -> bool:
    have = set(session.scalars(select(column).where(table.card_id == card.id)))
    added, removed = wanted - have, have - wanted
    if removed:
        session.execute(delete(table).where(table.card_id == card.id, column.in_(removed)))
    if added:
        session.execute(insert(table), [{"card_id": card.id, column.key: i} for i in added])
    for ids, kind in ((added, on_add), (removed, on_remove)):
        if kind is not None:
            for i in sorted(ids):
                session.add(_event(card, kind, actor_id, new_value=str(i)))
    if added or removed:
        session.expire(card, ["assignees", "labels", "partners"])
        session.flush()
    return bool(added or removed)


def set_assignees(
    session: Session, card_id: int, member_ids: Iterable[int], *, actor_id: int | None = None
) -> OpResult[Ref]:
    card = get(session, Card, card_id)
    wanted = set(member_ids)
    for mid in wanted:
        member = get(session, Member, mid)
        if member.site_id != card.board.site_id:
            raise ValidationError("Zuweisen geht nur an Mitglieder derselben Dienststelle.")
    changed = _set_links(session, card, CardAssignee, CardAssignee.member_id, wanted,
                         CardEventKind.ASSIGNED, CardEventKind.UNASSIGNED, actor_id)
    return OpResult(Ref(card.id, card.uuid), Change.CARDS if changed else Change.NONE)


def set_labels(
    session: Session, card_id: int, label_ids: Iterable[int], *, actor_id: int | None = None
) -> OpResult[Ref]:
    card = get(session, Card, card_id)
    wanted = set(label_ids)
    for lid in wanted:
        if get(session, Label, lid).board_id != card.board_id:
            raise ValidationError("Das Label gehört zu einem anderen Board.")
    changed = _set_links(session, card, CardLabel, CardLabel.label_id, wanted,
                         CardEventKind.LABELED, CardEventKind.UNLABELED, actor_id)
    return OpResult(Ref(card.id, card.uuid), Change.CARDS if changed else Change.NONE)


def set_partners(session: Session, card_id: int, partner_ids: Iterable[int]) -> OpResult[Ref]:
    card = get(session, Card, card_id)
    wanted = set(partner_ids)
    for pid in wanted:
        if get(session, Partner, pid).site_id != card.board.site_id:
            raise ValidationError("Der Netzwerkpartner gehört zu einer anderen Dienststelle.")
    changed = _set_links(session, card, CardPartner, CardPartner.partner_id, wanted,
                         None, None, None)
    return OpResult(Ref(card.id, card.uuid), Change.CARDS if changed else Change.NONE)


# --------------------------------------------------------------------------- checklist


def add_checklist_item(session: Session, card_id: int, text: str) -> OpResult[Ref]:
    card = get(session, Card, card_id)
    item = ChecklistItem(
        text=clean_text(text, "Der Checklisten-Eintrag", max_len=500),
        position=len(card.checklist),
        origin_site_uuid=card.origin_site_uuid,
    )
    card.checklist.append(item)
    session.flush()
    return OpResult(Ref(item.id, item.uuid), Change.CARDS | Change.CARD_DETAILS)


def update_checklist_item(
    session: Session, item_id: int, *, text: str | None = None, done: bool | None = None
) -> OpResult[Ref]:
    item = get(session, ChecklistItem, item_id)
    if text is not None:
        item.text = clean_text(text, "Der Checklisten-Eintrag", max_len=500)
    if done is not None:
        item.done = done
    session.flush()
    return OpResult(Ref(item.id, item.uuid), Change.CARDS | Change.CARD_DETAILS)


def move_checklist_item(session: Session, item_id: int, position: int) -> OpResult[Ref]:
    item = get(session, ChecklistItem, item_id)
    place_at(item.card.checklist, item, position)
    session.flush()
    return OpResult(Ref(item.id, item.uuid), Change.CARD_DETAILS)


def delete_checklist_item(session: Session, item_id: int) -> OpResult[Ref]:
    item = get(session, ChecklistItem, item_id)
    card = item.card
    ref = Ref(item.id, item.uuid)
    card.checklist.remove(item)
    renumber(card.checklist)
    session.flush()
    return OpResult(ref, Change.CARDS | Change.CARD_DETAILS)


# --------------------------------------------------------------------------- comments


def add_comment(
    session: Session, card_id: int, body: str, *, author_id: int | None = None
) -> OpResult[Ref]:
    card = get(session, Card, card_id)
    if author_id is not None and get(session, Member, author_id).site_id != card.board.site_id:
        raise ValidationError("Kommentieren können nur Mitglieder derselben Dienststelle.")
    comment = Comment(
        card_id=card.id,
        author_id=author_id,
        body=clean_text(body, "Der Kommentar", max_len=20_000),
        origin_site_uuid=card.origin_site_uuid,
    )
    session.add(comment)
    session.flush()
    session.add(_event(card, CardEventKind.COMMENTED, author_id, new_value=comment.uuid))
    session.flush()
    return OpResult(Ref(comment.id, comment.uuid), Change.CARDS | Change.CARD_DETAILS)


def edit_comment(
    session: Session, comment_id: int, body: str, *, expected_version: int | None = None
) -> OpResult[Ref]:
    comment = get(session, Comment, comment_id)
    check_version(comment, expected_version)
    comment.body = clean_text(body, "Der Kommentar", max_len=20_000)
    session.flush()
    return OpResult(Ref(comment.id, comment.uuid), Change.CARD_DETAILS)


def delete_comment(session: Session, comment_id: int) -> OpResult[Ref]:
    comment = get(session, Comment, comment_id)
    ref = Ref(comment.id, comment.uuid)
    session.delete(comment)
    session.flush()
    return OpResult(ref, Change.CARDS | Change.CARD_DETAILS)


def delete_cards_of_boards(session: Session, *, board_ids: Any) -> int:
    """Delete every card of the given boards in one statement (history, checklist and
    comments go with them by cascade) and drop their search index rows."""
    from kimboard.core import search

    ids = list(session.scalars(select(Card.id).where(Card.board_id.in_(board_ids))))
    if ids:
        session.flush()
        for i in range(0, len(ids), 500):
            session.execute(
                delete(Card).where(Card.id.in_(ids[i : i + 500])),
                execution_options={"synchronize_session": False},
            )
        session.expire_all()
        search.reindex_cards(session.connection(), ids)
    return len(ids)


def cards_in_column(session: Session, column_id: int) -> Sequence[int]:
    """Active card ids of a column in board order."""
    return list(session.scalars(
        select(Card.id).where(Card.column_id == column_id, Card.archived_at.is_(None))
        .order_by(Card.order_key, Card.id)
    ))


def index_before(session: Session, column_id: int, anchor_id: int | None,
                 exclude: int | None = None) -> int | None:
    """The index (among active cards, without ``exclude``) that puts a card right before
    ``anchor_id``; None (the end) when there is no anchor or it is not in that column."""
    if anchor_id is None:
        return None
    anchor = session.get(Card, anchor_id)
    if anchor is None or anchor.column_id != column_id or anchor.archived_at is not None:
        return None
    stmt = select(func.count()).select_from(Card).where(
        Card.column_id == column_id, Card.archived_at.is_(None),
        (Card.order_key < anchor.order_key)
        | ((Card.order_key == anchor.order_key) & (Card.id < anchor.id)),
    )
    if exclude is not None:
        stmt = stmt.where(Card.id != exclude)
    return int(session.scalar(stmt) or 0)


def move_card_before(
    session: Session, card_id: int, column_id: int, anchor_id: int | None,
    *, swimlane_id: int | None = _UNSET, actor_id: int | None = None,
) -> OpResult[Ref]:
    """Move a card into ``column_id`` right before the card ``anchor_id`` (None: to the end).

    What drag and drop means ("drop before this card"), independent of filters and of other
    cards moving at the same time.
    """
    if anchor_id == card_id:
        raise ValidationError("Eine Karte kann nicht vor sich selbst eingefügt werden.")
    return move_card(session, card_id, column_id,
                     index_before(session, column_id, anchor_id, exclude=card_id),
                     swimlane_id=swimlane_id, actor_id=actor_id)
