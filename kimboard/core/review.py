"""The leader's sprint review: everything the review screen and the PDF report show.

One function, :func:`sprint_review`, gathers it as a JSON-ready dict: the sprint and its goal,
committed vs done, every metric of :mod:`kimboard.core.metrics` for this sprint, blocked,
ageing and unfinished cards, and the action items of the last retrospective before the sprint
ended. Team level only — no names of people appear (the staff council rule).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kimboard.core import clock
from kimboard.core.errors import ValidationError
from kimboard.core.metrics import (
    BoardHistory,
    Calendar,
    compute_metrics,
    flow_times,
    sprint_scope,
)
from kimboard.core.models import (
    ActionItem,
    Board,
    Card,
    Retrospective,
    Sprint,
    SprintState,
)
from kimboard.core.ops._util import get
from kimboard.core.perf import paused_gc

#: Cards in progress longer than the 85th percentile of the cycle times of this many weeks
#: are "ageing"; with fewer than AGEING_MIN_SAMPLE finished cards, longer than the fallback.
AGEING_WEEKS = 12
AGEING_MIN_SAMPLE = 5
AGEING_FALLBACK_DAYS = 10.0


def _iso(value: dt.datetime | dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def default_sprint(session: Session, board_id: int) -> Sprint | None:
    """The sprint a review opens on: the running one, else the last closed one."""
    running = session.scalar(select(Sprint).where(
        Sprint.board_id == board_id, Sprint.state == SprintState.ACTIVE.value))
    if running is not None:
        return running
    return session.scalar(
        select(Sprint).where(Sprint.board_id == board_id,
                             Sprint.state == SprintState.CLOSED.value)
        .order_by(Sprint.end_date.desc(), Sprint.id.desc()).limit(1))


def last_retro(session: Session, sprint: Sprint) -> Retrospective | None:
    """The last retrospective of the board before this sprint's end — not the sprint's own
    (its actions are for the next sprint): its action items were due in this sprint."""
    board_sprints = select(Sprint.id).where(Sprint.board_id == sprint.board_id)
    return session.scalar(
        select(Retrospective).where(
            or_(Retrospective.board_id == sprint.board_id,
                Retrospective.sprint_id.in_(board_sprints)),
            or_(Retrospective.sprint_id.is_(None), Retrospective.sprint_id != sprint.id),
            Retrospective.held_on <= sprint.end_date,
        ).order_by(Retrospective.held_on.desc(), Retrospective.id.desc()).limit(1))


def sprint_review(
    session: Session,
    board_id: int,
    sprint_id: int,
    *,
    tz: dt.tzinfo | None = None,
    now: dt.datetime | None = None,
) -> dict[str, Any]:
    board = get(session, Board, board_id)
    sprint = get(session, Sprint, sprint_id)
    if sprint.board_id != board.id:
        raise ValidationError(f"Der Sprint „{sprint.name}“ gehört nicht zu „{board.name}“.")
    if sprint.started_at is None:
        raise ValidationError(
            f"Der Sprint „{sprint.name}“ ist noch nicht gestartet; eine Auswertung gibt es "
            "erst ab dem Start."
        )
    now = now or clock.utcnow()
    with paused_gc():
        history = BoardHistory(session, board)
    metrics = compute_metrics(session, board.id, sprint.id, tz=tz, now=now, history=history)
    burndown = metrics["burndown"]
    changes = burndown["scope_changes"]

    # Committed vs done, and what is unfinished: at the close for a closed sprint, now for a
    # running one (also when it runs past its end date).
    closed = sprint.state == SprintState.CLOSED.value
    vel = metrics["velocity"]
    t_end = sprint.closed_at if closed and sprint.closed_at is not None else now
    scope = sprint_scope(session, history, sprint)
    open_cards = []
    completed_points, completed_cards = 0.0, 0
    assert scope is not None  # started sprints have one
    for cid in sorted(scope.members_at(t_end), key=lambda c: history.cards[c].number):
        card = history.cards[cid]
        stay = card.stay_at(t_end)
        if history.is_done(stay):
            completed_points += card.estimate_at(t_end)
            completed_cards += 1
            continue
        column = history.column_names.get(stay.column_id, "–") if stay else "–"
        open_cards.append({"number": card.number, "title": card.title, "column": column,
                           "estimate": card.estimate_at(t_end) or None})

    in_sprint = {c.id for c in history.cards.values() if c.current_sprint_id == sprint.id}
    blocked = []
    for card in sorted(history.cards.values(), key=lambda c: c.number):
        if card.id not in in_sprint or not card.blocked or card.stays[-1].archived:
            continue
        since = card.last_blocked_at
        blocked.append({
            "number": card.number, "title": card.title,
            "column": history.column_names.get(card.stays[-1].column_id, "–"),
            "reason": _blocked_reason(session, card.id),
            "blocked_days": round((now - since).total_seconds() / 86400, 2) if since else 0.0,
        })
    # "Longer than usual": beyond the 85th percentile of the cycle times of the last weeks
    # (a sprint alone is too small a sample), or a fixed limit while there is too little data.
    cal = Calendar(tz)
    end = min(sprint.end_date, cal.date(now))
    _lead, cycle, _done = flow_times(history, end - dt.timedelta(weeks=AGEING_WEEKS), end, cal)
    limit = (cycle["p85"] if cycle["count"] >= AGEING_MIN_SAMPLE and cycle["p85"] is not None
             else AGEING_FALLBACK_DAYS)
    ageing = [{k: r[k] for k in ("number", "title", "column", "age_days", "blocked")}
              for r in metrics["wip_age"]["cards"] if r["age_days"] > limit]

    retro = last_retro(session, sprint)
    actions: dict[str, Any] = {"retro": None, "items": []}
    if retro is not None:
        actions["retro"] = {"title": retro.title, "held_on": retro.held_on.isoformat()}
        actions["items"] = [
            {"text": a.text, "status": a.status, "outcome": a.outcome,
             "due_date": _iso(a.due_date)}
            for a in session.scalars(select(ActionItem).where(ActionItem.retro_id == retro.id)
                                     .order_by(ActionItem.id))
        ]

    site = board.site
    return {
        "generated_at": now.isoformat(),
        "site": {"name": site.name, "short_code": site.short_code, "region": site.region or ""},
        "board": metrics["board"],
        "sprint": {**metrics["sprint"], "started_at": _iso(sprint.started_at),
                   "closed_at": _iso(sprint.closed_at)},
        "summary": {
            "committed_points": burndown["committed"]["points"],
            "completed_points": round(completed_points, 2),
            "committed_cards": burndown["committed"]["cards"],
            "completed_cards": completed_cards,
            "added_cards": sum(1 for c in changes if c["change"] == "added"),
            "removed_cards": sum(1 for c in changes if c["change"] == "removed"),
            "average_velocity": vel["average_points"],
        },
        "metrics": metrics,
        "blocked": blocked,
        "ageing": ageing,
        "open_cards": open_cards,
        "actions": actions,
        "ageing_limit_days": round(limit, 2),
    }


def _blocked_reason(session: Session, card_id: int) -> str:
    return session.get_one(Card, card_id).blocked_reason or ""
