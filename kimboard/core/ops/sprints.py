"""Sprints of a Scrum board: plan, fill, start (commitment snapshot), close (carry over).

What a sprint contained is history, not state: every add and remove writes a CardEvent
(``sprint_added`` / ``sprint_removed`` with the sprint's id and the card's estimate at that
moment in ``new_value``), and starting a sprint writes one SprintCommitment row per card —
"what was committed". Scope changes are the sprint events after ``started_at``; burndown and
velocity are computed from these in the core's metrics.
"""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

from sqlalchemy import select
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
    Sprint,
    SprintCommitment,
    SprintState,
)
from kimboard.core.ops import Change, OpResult, Ref
from kimboard.core.ops._util import check_version, clean_text, get
from kimboard.core.ops.cards import _event
from kimboard.core.ops.sites import _require_local

#: What happens with unfinished cards when a sprint closes.
UNFINISHED_TO_BACKLOG = "backlog"
UNFINISHED_TO_NEXT = "next"

_STATE_DE = {
    SprintState.PLANNED.value: "geplant",
    SprintState.ACTIVE.value: "läuft",
    SprintState.CLOSED.value: "abgeschlossen",
}

_UNSET: object = object()


# --------------------------------------------------------------------------- validation


def _check_date(value: object, what: str) -> dt.date:
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise ValidationError(f"{what} muss ein Kalenderdatum sein.")
    return value


def _check_dates(start: object, end: object) -> tuple[dt.date, dt.date]:
    start_date = _check_date(start, "Das Startdatum")
    end_date = _check_date(end, "Das Enddatum")
    if end_date < start_date:
        raise ValidationError(
            f"Das Enddatum ({end_date:%d.%m.%Y}) darf nicht vor dem Startdatum "
            f"({start_date:%d.%m.%Y}) liegen."
        )
    return start_date, end_date


def _sprint_event(card: Card, kind: CardEventKind, sprint_id: int,
                  actor_id: int | None, at: dt.datetime | None = None) -> CardEvent:
    return _event(card, kind, actor_id, sprint_id=sprint_id, at=at or utcnow(),
                  new_value=None if card.estimate is None else str(card.estimate))


def _require_open(sprint: Sprint) -> None:
    if sprint.state == SprintState.CLOSED.value:
        raise ValidationError(
            f"Der Sprint „{sprint.name}“ ist abgeschlossen; seine Karten bleiben, wie sie waren."
        )


def _cards_of(session: Session, sprint_id: int) -> list[Card]:
    return list(session.scalars(
        select(Card).where(Card.sprint_id == sprint_id).order_by(Card.number)
    ))


# --------------------------------------------------------------------------- create / edit


def create_sprint(
    session: Session,
    board_id: int,
    name: str,
    start_date: dt.date,
    end_date: dt.date,
    goal: str = "",
) -> OpResult[Ref]:
    """Plan a sprint on a Scrum board (state ``planned``)."""
    board = get(session, Board, board_id)
    _require_local(board.site)
    if board.archived_at is not None:
        raise ValidationError("Auf einem archivierten Board können keine Sprints geplant werden.")
    if board.mode != BoardMode.SCRUM.value:
        raise ValidationError(
            f"„{board.name}“ ist ein Kanban-Board. Sprints gibt es nur auf Scrum-Boards."
        )
    start, end = _check_dates(start_date, end_date)
    sprint = Sprint(
        board_id=board.id,
        name=clean_text(name, "Der Name des Sprints", max_len=200),
        goal=clean_text(goal, "Das Sprint-Ziel", max_len=5000, required=False),
        start_date=start,
        end_date=end,
        state=SprintState.PLANNED.value,
        origin_site_uuid=board.origin_site_uuid,
    )
    session.add(sprint)
    session.flush()
    return OpResult(Ref(sprint.id, sprint.uuid), Change.SPRINTS)


def update_sprint(
    session: Session,
    sprint_id: int,
    *,
    name: str | None = None,
    goal: str | None = None,
    start_date: dt.date | None = None,
    end_date: dt.date | None = None,
    goal_reached: bool | None | object = _UNSET,
    goal_note: str | None = None,
    expected_version: int | None = None,
) -> OpResult[Ref]:
    """Edit a sprint. Goal evaluation (``goal_reached``/``goal_note``) is for closed ones too."""
    sprint = get(session, Sprint, sprint_id)
    check_version(sprint, expected_version)
    if name is not None:
        sprint.name = clean_text(name, "Der Name des Sprints", max_len=200)
    if goal is not None:
        sprint.goal = clean_text(goal, "Das Sprint-Ziel", max_len=5000, required=False)
    if start_date is not None or end_date is not None:
        sprint.start_date, sprint.end_date = _check_dates(
            start_date if start_date is not None else sprint.start_date,
            end_date if end_date is not None else sprint.end_date,
        )
    if goal_reached is not _UNSET:
        if goal_reached is not None and not isinstance(goal_reached, bool):
            raise ValidationError("„Ziel erreicht“ ist ja, nein oder offen.")
        sprint.goal_reached = goal_reached
    if goal_note is not None:
        sprint.goal_note = clean_text(goal_note, "Die Notiz zum Sprint-Ziel", max_len=5000,
                                      required=False)
    session.flush()
    return OpResult(Ref(sprint.id, sprint.uuid), Change.SPRINTS)


def delete_sprint(session: Session, sprint_id: int, *, actor_id: int | None = None
                  ) -> OpResult[Ref]:
    """Delete a sprint that never started; its cards go back to the backlog."""
    sprint = get(session, Sprint, sprint_id)
    if sprint.state != SprintState.PLANNED.value:
        raise ValidationError(
            f"Der Sprint „{sprint.name}“ ist {_STATE_DE[sprint.state]} und kann nicht mehr "
            "gelöscht werden; nur geplante Sprints lassen sich löschen."
        )
    ref = Ref(sprint.id, sprint.uuid)
    for card in _cards_of(session, sprint.id):
        session.add(_sprint_event(card, CardEventKind.SPRINT_REMOVED, sprint.id, actor_id))
        card.sprint_id = None
    session.flush()
    session.delete(sprint)
    session.flush()
    return OpResult(ref, Change.SPRINTS | Change.CARDS)


# --------------------------------------------------------------------------- scope


def add_card_to_sprint(
    session: Session, card_id: int, sprint_id: int, *, actor_id: int | None = None
) -> OpResult[Ref]:
    """Put a card into a sprint; a card in another open sprint moves over (removed + added).

    A card still attributed to a closed sprint (finished there, reopened later) leaves that
    sprint without a removal event: the closed sprint's history stays as it was at its end.
    """
    card = get(session, Card, card_id)
    sprint = get(session, Sprint, sprint_id)
    _require_open(sprint)
    if card.board_id != sprint.board_id:
        raise ValidationError("Die Karte liegt auf einem anderen Board als der Sprint.")
    if card.archived_at is not None:
        raise ValidationError(
            "Eine archivierte Karte kann nicht in einen Sprint aufgenommen werden."
        )
    if card.sprint_id == sprint.id:
        return OpResult(Ref(card.id, card.uuid), Change.NONE)
    if card.sprint_id is not None:
        previous = get(session, Sprint, card.sprint_id)
        if previous.state != SprintState.CLOSED.value:
            session.add(_sprint_event(card, CardEventKind.SPRINT_REMOVED, previous.id, actor_id))
    card.sprint_id = sprint.id
    session.add(_sprint_event(card, CardEventKind.SPRINT_ADDED, sprint.id, actor_id))
    session.flush()
    return OpResult(Ref(card.id, card.uuid), Change.CARDS | Change.SPRINTS)


def remove_card_from_sprint(
    session: Session, card_id: int, *, actor_id: int | None = None
) -> OpResult[Ref]:
    """Take a card out of its sprint (back to the backlog). Its column does not change."""
    card = get(session, Card, card_id)
    if card.sprint_id is None:
        return OpResult(Ref(card.id, card.uuid), Change.NONE)
    sprint = get(session, Sprint, card.sprint_id)
    _require_open(sprint)
    session.add(_sprint_event(card, CardEventKind.SPRINT_REMOVED, sprint.id, actor_id))
    card.sprint_id = None
    session.flush()
    return OpResult(Ref(card.id, card.uuid), Change.CARDS | Change.SPRINTS)


# --------------------------------------------------------------------------- life cycle


def start_sprint(
    session: Session, sprint_id: int, *, actor_id: int | None = None
) -> OpResult[Ref]:
    """Start a planned sprint and snapshot its cards' estimates as the commitment."""
    sprint = get(session, Sprint, sprint_id)
    if sprint.state != SprintState.PLANNED.value:
        raise ValidationError(
            f"Der Sprint „{sprint.name}“ ist {_STATE_DE[sprint.state]}; "
            "nur ein geplanter Sprint kann gestartet werden."
        )
    running = session.scalar(select(Sprint).where(
        Sprint.board_id == sprint.board_id, Sprint.state == SprintState.ACTIVE.value,
        Sprint.id != sprint.id,
    ))
    if running is not None:
        raise ValidationError(
            f"Auf diesem Board läuft schon der Sprint „{running.name}“. "
            "Bitte ihn zuerst abschließen."
        )
    if sprint.board.archived_at is not None:
        raise ValidationError("Auf einem archivierten Board kann kein Sprint starten.")
    sprint.state = SprintState.ACTIVE.value
    sprint.started_at = utcnow()
    # Archived cards are not part of what the team commits to.
    for card in _cards_of(session, sprint.id):
        if card.archived_at is None:
            session.add(SprintCommitment(sprint_id=sprint.id, card_id=card.id,
                                         estimate=card.estimate))
    session.flush()
    return OpResult(Ref(sprint.id, sprint.uuid), Change.SPRINTS | Change.CARDS)


def close_sprint(
    session: Session,
    sprint_id: int,
    *,
    unfinished: str = UNFINISHED_TO_BACKLOG,
    next_sprint_id: int | None = None,
    goal_reached: bool | None = None,
    goal_note: str = "",
    actor_id: int | None = None,
) -> OpResult[Ref]:
    """Close the running sprint. Cards in a "done" column are finished and stay in it.

    Unfinished cards go back to the backlog (``unfinished="backlog"``: they leave the sprint
    but keep their column) or into ``next_sprint_id`` (``"next"``), a planned or running sprint
    of the same board. Archived unfinished cards always just leave the sprint.
    """
    sprint = get(session, Sprint, sprint_id)
    if sprint.state != SprintState.ACTIVE.value:
        raise ValidationError(
            f"Der Sprint „{sprint.name}“ ist {_STATE_DE[sprint.state]}; "
            "nur ein laufender Sprint kann abgeschlossen werden."
        )
    if unfinished not in (UNFINISHED_TO_BACKLOG, UNFINISHED_TO_NEXT):
        raise ValidationError(
            "Unerledigte Karten gehen entweder zurück ins Backlog („backlog“) "
            "oder in den nächsten Sprint („next“)."
        )
    if goal_reached is not None and not isinstance(goal_reached, bool):
        raise ValidationError("„Ziel erreicht“ ist ja, nein oder offen.")
    note = clean_text(goal_note, "Die Notiz zum Sprint-Ziel", max_len=5000, required=False)
    target: Sprint | None = None
    if unfinished == UNFINISHED_TO_NEXT:
        if next_sprint_id is None:
            raise ValidationError("Bitte den Sprint angeben, in den die offenen Karten wandern.")
        target = get(session, Sprint, next_sprint_id)
        if target.id == sprint.id or target.board_id != sprint.board_id:
            raise ValidationError(
                "Der nächste Sprint muss ein anderer Sprint desselben Boards sein."
            )
        if target.state == SprintState.CLOSED.value:
            raise ValidationError(
                f"Der Sprint „{target.name}“ ist schon abgeschlossen; "
                "offene Karten können nur in einen geplanten oder laufenden Sprint wandern."
            )
    elif next_sprint_id is not None:
        raise ValidationError(
            "Ein nächster Sprint wird nur angegeben, wenn offene Karten dorthin wandern sollen."
        )

    # One instant for the close and the events it writes: metrics tell the close's own
    # "unfinished card leaves" events from scope changes by this time.
    now = utcnow()
    done_columns = set(session.scalars(select(BoardColumn.id).where(
        BoardColumn.board_id == sprint.board_id, BoardColumn.kind == ColumnKind.DONE.value
    )))
    for card in _cards_of(session, sprint.id):
        if card.column_id in done_columns:
            continue
        session.add(_sprint_event(card, CardEventKind.SPRINT_REMOVED, sprint.id, actor_id,
                                  at=now))
        if target is not None and card.archived_at is None:
            card.sprint_id = target.id
            session.add(_sprint_event(card, CardEventKind.SPRINT_ADDED, target.id, actor_id,
                                      at=now))
        else:
            card.sprint_id = None
    sprint.state = SprintState.CLOSED.value
    sprint.closed_at = now
    sprint.goal_reached = goal_reached
    sprint.goal_note = note
    session.flush()
    return OpResult(Ref(sprint.id, sprint.uuid), Change.SPRINTS | Change.CARDS)


# --------------------------------------------------------------------------- planning


def plan_card(
    session: Session,
    card_id: int,
    sprint_id: int | None,
    before_card_id: int | None = None,
    *,
    actor_id: int | None = None,
) -> OpResult[Ref]:
    """Put a card into the backlog (``sprint_id`` None) or a planned/running sprint, right
    before ``before_card_id`` in that list (None or not in the list: at its end).

    The one operation behind dragging in the backlog view and its keyboard commands; moving
    within the same list just reorders. Membership changes write the usual sprint events.
    """
    from fractional_indexing import generate_key_between, generate_n_keys_between

    from kimboard.core.backlog import list_filter, ordered

    card = get(session, Card, card_id)
    _require_local(card.board.site)
    if before_card_id == card.id:
        raise ValidationError("Eine Karte kann nicht vor sich selbst eingefügt werden.")
    if card.archived_at is not None:
        raise ValidationError("Eine archivierte Karte kann nicht eingeplant werden.")
    changes = Change.CARDS | Change.SPRINTS
    if sprint_id is not None:
        add_card_to_sprint(session, card.id, sprint_id, actor_id=actor_id)
    elif card.sprint_id is not None:
        current = get(session, Sprint, card.sprint_id)
        if current.state != SprintState.CLOSED.value:
            done = session.scalar(select(BoardColumn.kind).where(
                BoardColumn.id == card.column_id)) == ColumnKind.DONE.value
            if done:
                raise ValidationError(
                    "Eine erledigte Karte bleibt in ihrem Sprint und geht nicht zurück "
                    "ins Backlog."
                )
            remove_card_from_sprint(session, card.id, actor_id=actor_id)
    session.flush()
    rows = list(session.execute(ordered(
        select(Card.id, Card.backlog_rank).where(list_filter(card.board_id, sprint_id),
                                                 Card.id != card.id))))
    ranks = [r[1] for r in rows]
    if any(r is None for r in ranks) or any(a >= b for a, b in pairwise(ranks)):
        # Unranked (or tied, after an import) cards: give the whole list keys in its order.
        ranks = list(generate_n_keys_between(None, None, len(rows)))
        for (cid, _), rank in zip(rows, ranks, strict=True):
            session.get_one(Card, cid).backlog_rank = rank
    index = next((i for i, r in enumerate(rows) if r[0] == before_card_id), len(rows))
    card.backlog_rank = generate_key_between(ranks[index - 1] if index > 0 else None,
                                             ranks[index] if index < len(rows) else None)
    session.flush()
    return OpResult(Ref(card.id, card.uuid), changes)
