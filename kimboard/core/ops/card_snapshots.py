"""Deleting a card so that it can come back: the undo of "delete" and of "create".

A snapshot holds the card's rows and everything hanging off it (history, checklist, comments,
links, sprint commitments, action items pointing at it) as plain JSON-ready dicts. Restoring
inserts them again under fresh integer keys but the same UUIDs — the UUID is a card's
identity, so undo commands refer to cards by UUID.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from kimboard.core import search
from kimboard.core.errors import NotFound, ValidationError
from kimboard.core.models import (
    ActionItem,
    BoardColumn,
    Card,
    CardAssignee,
    CardEvent,
    CardLabel,
    CardPartner,
    ChecklistItem,
    Comment,
    SprintCommitment,
)
from kimboard.core.ops import Change, OpResult, Ref

CARDS = cast(Table, Card.__table__)

#: Tables whose rows belong to a card (card_id column), restored with the card.
_CHILDREN: tuple[type, ...] = (
    CardEvent, ChecklistItem, Comment, CardAssignee, CardLabel, CardPartner, SprintCommitment,
)


def card_id_for_uuid(session: Session, card_uuid: str) -> int:
    card_id = session.scalar(select(Card.id).where(Card.uuid == card_uuid))
    if card_id is None:
        raise NotFound("Die Karte gibt es nicht mehr.")
    return card_id


def _rows(session: Session, table: Table, where: Any) -> list[dict[str, Any]]:
    return [dict(r) for r in session.execute(select(table).where(where)).mappings()]


def snapshot_card(session: Session, card_id: int) -> dict[str, Any]:
    card = session.execute(select(CARDS).where(CARDS.c.id == card_id)).mappings().first()
    if card is None:
        raise NotFound("Die Karte gibt es nicht mehr.")
    snap: dict[str, Any] = {"card": dict(card)}
    for model in _CHILDREN:
        table = cast(Table, model.__table__)  # type: ignore[attr-defined]
        snap[table.name] = _rows(session, table, table.c.card_id == card_id)
    snap["action_items"] = [
        r["uuid"]
        for r in _rows(session, cast(Table, ActionItem.__table__), ActionItem.card_id == card_id)
    ]
    return snap


def delete_card_keeping_snapshot(session: Session, card_uuid: str) -> OpResult[dict[str, Any]]:
    """Delete a card (with its history) and return what :func:`restore_card` needs."""
    card_id = card_id_for_uuid(session, card_uuid)
    snap = snapshot_card(session, card_id)
    session.flush()
    session.execute(CARDS.delete().where(CARDS.c.id == card_id))
    session.expire_all()
    search.reindex_cards(session.connection(), [card_id])
    return OpResult(snap, Change.CARDS)


def restore_card(session: Session, snap: dict[str, Any]) -> OpResult[Ref]:
    """Insert a snapshotted card again (fresh keys, same UUIDs)."""
    row = dict(snap["card"])
    if session.scalar(select(Card.id).where(Card.uuid == row["uuid"])) is not None:
        return OpResult(Ref(card_id_for_uuid(session, row["uuid"]), row["uuid"]), Change.NONE)
    column = session.get(BoardColumn, row["column_id"])
    if column is None or column.board_id != row["board_id"]:
        raise ValidationError(
            "Die Karte kann nicht wiederhergestellt werden: ihre Spalte gibt es nicht mehr."
        )
    row.pop("id")
    new_id = session.execute(insert(CARDS).values(**row).returning(CARDS.c.id)).scalar_one()
    for model in _CHILDREN:
        table = cast(Table, model.__table__)  # type: ignore[attr-defined]
        rows = []
        for child in snap.get(table.name, ()):
            child = dict(child)
            if "id" in table.c:
                child.pop("id", None)
            child["card_id"] = new_id
            rows.append(child)
        if rows:
            session.execute(insert(table), rows)
    if snap.get("action_items"):
        session.execute(
            update(ActionItem).where(ActionItem.uuid.in_(snap["action_items"]))
            .values(card_id=new_id),
            execution_options={"synchronize_session": False},
        )
    search.reindex_cards(session.connection(), [new_id])
    session.expire_all()
    return OpResult(Ref(new_id, row["uuid"]), Change.CARDS)

