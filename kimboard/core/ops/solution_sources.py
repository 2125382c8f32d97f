"""A solution approach that grows out of a board card or a retrospective action item.

:func:`solution_draft_from_card` / :func:`solution_draft_from_action` read what the new
approach starts with (title, problem, goal area, partners, and the links back to where it came
from); the UI lets the person complete it, then :func:`create_linked_solution` writes the
approach, its links and its partners in one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kimboard.core.models import (
    ActionItem,
    Board,
    Card,
    CardPartner,
    Retrospective,
    Site,
)
from kimboard.core.ops import Change, OpResult, Ref
from kimboard.core.ops._util import get
from kimboard.core.ops.solutions import (
    create_solution,
    link_solution,
    set_solution_partners,
    update_solution,
)


def _site_of_board(session: Session, board_id: int) -> Site:
    return session.get_one(Site, get(session, Board, board_id).site_id)


def solution_draft_from_card(session: Session, card_id: int) -> dict[str, Any]:
    """Title, description as the problem, goal area and partners of a card; links to the
    card and its board."""
    card = get(session, Card, card_id)
    board = get(session, Board, card.board_id)
    site = _site_of_board(session, board.id)
    partner_ids = sorted(session.scalars(
        select(CardPartner.partner_id).where(CardPartner.card_id == card.id)))
    return {
        "site_id": site.id, "site_is_local": bool(site.is_local),
        "source": {"kind": "card", "number": card.number, "title": card.title,
                   "board_name": board.name},
        "title": card.title[:300], "problem": card.description or "",
        "goal_area_id": card.goal_area_id, "partner_ids": partner_ids,
        "links": [("card", card.uuid), ("board", board.uuid)],
    }


def solution_draft_from_action(session: Session, action_id: int) -> dict[str, Any]:
    """The text and goal area of a retrospective action item; links to the action, its
    retrospective and — if the action became a card — that card."""
    action = get(session, ActionItem, action_id)
    site = session.get_one(Site, action.site_id)
    links: list[tuple[str, str]] = [("action_item", action.uuid)]
    retro = session.get(Retrospective, action.retro_id) if action.retro_id else None
    if retro is not None:
        links.append(("retro", retro.uuid))
    partner_ids: list[int] = []
    if action.card_id is not None:
        card = session.get(Card, action.card_id)
        if card is not None:
            links.append(("card", card.uuid))
            partner_ids = sorted(session.scalars(
                select(CardPartner.partner_id).where(CardPartner.card_id == card.id)))
    return {
        "site_id": site.id, "site_is_local": bool(site.is_local),
        "source": {"kind": "action_item", "text": action.text,
                   "retro_title": retro.title if retro else "",
                   "held_on": retro.held_on.isoformat() if retro else None},
        "title": action.text[:300], "problem": "",
        "goal_area_id": action.goal_area_id, "partner_ids": partner_ids, "links": links,
    }


def create_linked_solution(
    session: Session,
    site_id: int,
    title: str,
    *,
    links: Iterable[tuple[str, str]] = (),
    partner_ids: Iterable[int] = (),
    problem: str = "",
    context: str = "",
    approach: str = "",
    goal_area_id: int | None = None,
    contact_role: str = "",
    evidence: str = "",
) -> OpResult[Ref]:
    """A new approach (an idea) with its links and partners, in one transaction."""
    result = create_solution(session, site_id, title, problem=problem, context=context,
                             approach=approach, goal_area_id=goal_area_id,
                             contact_role=contact_role, evidence=evidence)
    for kind, uuid in links:
        link_solution(session, result.value.id, kind, uuid)
    partners = list(partner_ids)
    if partners:
        set_solution_partners(session, result.value.id, partners)
    return OpResult(result.value, Change.SOLUTIONS)


def update_solution_with_partners(
    session: Session,
    approach_id: int,
    *,
    partner_ids: Iterable[int],
    expected_version: int | None = None,
    **fields: Any,
) -> OpResult[Ref]:
    """Edit an approach's texts (as :func:`update_solution`) and set its partners, in one
    transaction — what the library's edit dialog saves."""
    result = update_solution(session, approach_id, expected_version=expected_version, **fields)
    set_solution_partners(session, approach_id, partner_ids)
    return OpResult(result.value, Change.SOLUTIONS)
