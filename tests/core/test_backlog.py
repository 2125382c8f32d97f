"""The backlog view's data and planning: order, membership, velocity next to the plan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from kimboard.core import clock
from kimboard.core.backlog import load_backlog
from kimboard.core.db import Database
from kimboard.core.errors import ValidationError
from kimboard.core.models import Board, Card, CardEvent, CardEventKind
from kimboard.core.ops.boards import create_board
from kimboard.core.ops.cards import archive_card, create_card, move_card
from kimboard.core.ops.sites import create_site
from kimboard.core.ops.sprints import (
    close_sprint,
    create_sprint,
    plan_card,
    start_sprint,
)

MON = dt.date(2026, 3, 2)


@pytest.fixture
def s(db: Database) -> Iterator[Session]:
    with db.transaction() as session:
        yield session


@pytest.fixture
def board(s: Session) -> Board:
    site = create_site(s, "Ausländerbehörde Teststadt", "ABH-T").value
    return s.get_one(Board, create_board(s, site.id, "KIM-Team", "scrum").value.id)


def _cards(s: Session, board: Board, *specs: tuple[str, int, float | None]) -> dict[str, int]:
    return {title: create_card(s, board.id, title, priority=prio, estimate=est).value.id
            for title, prio, est in specs}


def titles(cards) -> list[str]:  # noqa: ANN001
    return [c.title for c in cards]


def test_unranked_backlog_is_ordered_by_priority_then_number(s: Session, board: Board) -> None:
    _cards(s, board, ("low", 0, 1), ("normal", 1, 2), ("critical", 3, None), ("normal2", 1, 3))
    snap = load_backlog(s, board.id)
    assert titles(snap.backlog) == ["critical", "normal", "normal2", "low"]
    assert snap.is_scrum and not snap.read_only and snap.sprints == ()
    assert snap.velocity_average is None


def test_reorder_and_plan_into_sprint_and_back(s: Session, board: Board) -> None:
    ids = _cards(s, board, ("a", 1, 1), ("b", 1, 2), ("c", 1, 3), ("d", 1, 5))
    sprint = create_sprint(s, board.id, "Sprint 1", MON, MON + dt.timedelta(days=11)).value.id
    # Reorder within the backlog: d before b.
    plan_card(s, ids["d"], None, ids["b"])
    assert titles(load_backlog(s, board.id).backlog) == ["a", "d", "b", "c"]
    # Into the sprint (end of its list), then c before it.
    plan_card(s, ids["b"], sprint)
    plan_card(s, ids["c"], sprint, ids["b"])
    snap = load_backlog(s, board.id)
    assert titles(snap.backlog) == ["a", "d"]
    (plan,) = snap.sprints
    assert titles(plan.cards) == ["c", "b"] and plan.points == 5.0
    events = s.scalars(select(CardEvent.kind).where(CardEvent.card_id == ids["b"],
                                                    CardEvent.sprint_id == sprint)).all()
    assert events == [CardEventKind.SPRINT_ADDED.value]
    # Back to the top of the backlog.
    plan_card(s, ids["b"], None, ids["a"])
    snap = load_backlog(s, board.id)
    assert titles(snap.backlog) == ["b", "a", "d"] and titles(snap.sprints[0].cards) == ["c"]
    assert s.get_one(Card, ids["b"]).sprint_id is None


def test_done_and_archived_cards_are_not_in_the_backlog(s: Session, board: Board) -> None:
    ids = _cards(s, board, ("open", 1, 1), ("done", 1, 2), ("gone", 1, 3))
    done_col = next(c.id for c in board.columns if c.kind == "done")
    move_card(s, ids["done"], done_col)
    archive_card(s, ids["gone"])
    assert titles(load_backlog(s, board.id).backlog) == ["open"]
    with pytest.raises(ValidationError, match="archivierte"):
        plan_card(s, ids["gone"], None)


def test_done_card_stays_in_its_sprint(s: Session, board: Board) -> None:
    ids = _cards(s, board, ("x", 1, 1))
    sprint = create_sprint(s, board.id, "S", MON, MON + dt.timedelta(days=4)).value.id
    plan_card(s, ids["x"], sprint)
    move_card(s, ids["x"], next(c.id for c in board.columns if c.kind == "done"))
    with pytest.raises(ValidationError, match="erledigte Karte"):
        plan_card(s, ids["x"], None)


def test_velocity_average_next_to_the_plan(s: Session, board: Board) -> None:
    done_col = next(c.id for c in board.columns if c.kind == "done")
    for k, points in enumerate((8, 13)):
        start = MON + dt.timedelta(days=14 * k)
        t0 = dt.datetime.combine(start, dt.time(9), tzinfo=dt.UTC)
        with clock.frozen_at(t0 - dt.timedelta(hours=1)):
            sp = create_sprint(s, board.id, f"S{k}", start, start + dt.timedelta(days=11))
            card = create_card(s, board.id, f"c{k}", estimate=points).value.id
            plan_card(s, card, sp.value.id)
        with clock.frozen_at(t0):
            start_sprint(s, sp.value.id)
        with clock.frozen_at(t0 + dt.timedelta(days=1)):
            move_card(s, card, done_col)
        with clock.frozen_at(t0 + dt.timedelta(days=11)):
            close_sprint(s, sp.value.id)
    snap = load_backlog(s, board.id)
    assert (snap.velocity_average, snap.closed_sprints, snap.velocity_window) == (10.5, 2, 3)


def test_tied_ranks_from_an_import_are_repaired(s: Session, board: Board) -> None:
    ids = _cards(s, board, ("a", 1, 1), ("b", 1, 1), ("c", 1, 1))
    for cid in ids.values():
        s.get_one(Card, cid).backlog_rank = "a0"
    s.flush()
    plan_card(s, ids["c"], None, ids["a"])
    ranks = [c.backlog_rank for c in (s.get_one(Card, i) for i in ids.values())]
    assert len(set(ranks)) == 3
    assert titles(load_backlog(s, board.id).backlog)[0] == "c"
