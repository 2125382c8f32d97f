"""One edit of a card's fields as a dict — what the card editor saves and the board undoes.

``changes`` maps field keys to new values in core types::

    title, description: str          priority: int (0-3)
    due_date: date | None            estimate: float | None
    blocked: bool                    blocked_reason: str
    goal_area_id: int | None         swimlane_id: int | None
    label_ids, assignee_ids, partner_ids: iterable of int (the complete new set)

:func:`apply_changes` writes them in one transaction through the ordinary card operations (so
history and validation stay theirs); :func:`inverse_of` reads, before applying, the dict that
restores the previous values — an undo is ``apply_changes(session, card_id, inverse, None)``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kimboard.core.models import Card, CardAssignee, CardLabel, CardPartner
from kimboard.core.ops import Change, OpResult, Ref
from kimboard.core.ops._util import check_version, get
from kimboard.core.ops.cards import set_assignees, set_labels, set_partners, update_card

#: Keys handled by :func:`update_card`.
FIELD_KEYS = frozenset({
    "title", "description", "priority", "due_date", "estimate", "blocked", "blocked_reason",
    "goal_area_id", "swimlane_id",
})
#: Keys that replace a set of links.
LINK_KEYS = frozenset({"label_ids", "assignee_ids", "partner_ids"})
KEYS = FIELD_KEYS | LINK_KEYS


def _check_keys(changes: Mapping[str, Any]) -> None:
    unknown = set(changes) - KEYS
    if unknown:
        raise ValueError(f"unknown card fields: {sorted(unknown)}")


def apply_changes(
    session: Session,
    card_id: int,
    changes: Mapping[str, Any],
    expected_version: int | None,
    actor_id: int | None = None,
) -> OpResult[Ref]:
    """Apply ``changes`` to the card; refuse (ConflictError) when its version moved on.

    The version is checked before anything is written, also when only links change.
    """
    _check_keys(changes)
    card = get(session, Card, card_id)
    check_version(card, expected_version)
    result = Change.NONE
    fields = {k: v for k, v in changes.items() if k in FIELD_KEYS}
    if fields:
        if "estimate" in fields and fields["estimate"] is not None:
            fields["estimate"] = float(fields["estimate"])
        result |= update_card(session, card_id, actor_id=actor_id, **fields).changes
    if "label_ids" in changes:
        result |= set_labels(session, card_id, changes["label_ids"], actor_id=actor_id).changes
    if "assignee_ids" in changes:
        result |= set_assignees(
            session, card_id, changes["assignee_ids"], actor_id=actor_id).changes
    if "partner_ids" in changes:
        result |= set_partners(session, card_id, changes["partner_ids"]).changes
    if result & Change.CARDS:
        result |= Change.CARD_DETAILS
    return OpResult(Ref(card.id, card.uuid), result)


def _link_ids(session: Session, table: Any, column: Any, card_id: int) -> tuple[int, ...]:
    return tuple(sorted(session.scalars(select(column).where(table.card_id == card_id))))


def inverse_of(session: Session, card_id: int, changes: Mapping[str, Any]) -> dict[str, Any]:
    """The dict that undoes ``changes``: the card's current values of the same keys.

    Blocking depends on the reason and unblocking clears it, so whenever ``blocked`` is
    changed the inverse carries the current reason as well.
    """
    _check_keys(changes)
    card = get(session, Card, card_id)
    inverse: dict[str, Any] = {}
    for key in changes:
        if key == "label_ids":
            inverse[key] = _link_ids(session, CardLabel, CardLabel.label_id, card_id)
        elif key == "assignee_ids":
            inverse[key] = _link_ids(session, CardAssignee, CardAssignee.member_id, card_id)
        elif key == "partner_ids":
            inverse[key] = _link_ids(session, CardPartner, CardPartner.partner_id, card_id)
        else:
            inverse[key] = getattr(card, key)
    if "blocked" in changes or "blocked_reason" in changes:
        inverse["blocked"] = card.blocked
        inverse["blocked_reason"] = card.blocked_reason
    return inverse
