"""Cards: creating, editing, moving under WIP limits, archiving, deleting, links, checklist,
comments — and the history every one of them writes."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from kimboard.core import search
from kimboard.core.clock import frozen_at
from kimboard.core.db import Database
from kimboard.core.errors import ConflictError, NotFound, ValidationError, WipLimitExceeded
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
    ColumnKind,
    Comment,
    GoalArea,
    Partner,
)
from kimboard.core.ops import Change, people, sites
from kimboard.core.ops import boards as board_ops
from kimboard.core.ops import cards as ops
from kimboard.core.ops.cards import cards_in_column


@dataclass(frozen=True)
class Env:
    site: int
    board: int
    cols: list[int]  # Backlog, Zu erledigen, In Arbeit (soft limit 5), Erledigt


@pytest.fixture
def env(db: Database) -> Env:
    site = db.run(sites.create_site, "Ausländerbehörde Köln", "ABH-KOE").value.id
    board = db.run(board_ops.create_board, site, "Fachkräfteverfahren").value.id
    return Env(site, board, _column_ids(db, board))


def _column_ids(db: Database, board_id: int) -> list[int]:
    with db.session() as s:
        return list(s.scalars(
            select(BoardColumn.id).where(BoardColumn.board_id == board_id)
            .order_by(BoardColumn.position)
        ))


def _card(db: Database, env: Env, title: str = "Karte", **kw: object) -> int:
    return db.run(ops.create_card, env.board, title, **kw).value.id


def _order(db: Database, column_id: int) -> list[int]:
    with db.session() as s:
        return list(cards_in_column(s, column_id))


def _events(db: Database, card_id: int, kind: CardEventKind | None = None) -> list[dict]:
    """A card's events as plain dicts (oldest first)."""
    with db.session() as s:
        stmt = select(CardEvent).where(CardEvent.card_id == card_id).order_by(CardEvent.id)
        if kind is not None:
            stmt = stmt.where(CardEvent.kind == kind.value)
        return [
            {
                "kind": e.kind, "from": e.from_column_id, "to": e.to_column_id,
                "old": e.old_value, "new": e.new_value, "actor": e.actor_id, "at": e.at,
                "board": e.board_id, "sprint": e.sprint_id,
            }
            for e in s.scalars(stmt)
        ]


def _count(db: Database, model: type, *where: object) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def _snapshot(s: Session) -> dict[int, tuple[int, str, int, dt.datetime | None]]:
    return {
        row.id: (row.column_id, row.order_key, row.version, row.archived_at)
        for row in s.execute(
            select(Card.id, Card.column_id, Card.order_key, Card.version, Card.archived_at)
        )
    }


def _state(db: Database) -> tuple[object, ...]:
    """Everything a refused operation must leave alone."""
    with db.session() as s:
        return (
            _snapshot(s),
            s.scalar(select(func.count()).select_from(CardEvent)),
            s.scalar(select(Board.next_card_number)),
            [tuple(r) for r in s.execute(select(Board.id, Board.version))],
        )


# --------------------------------------------------------------------------- create


def test_new_card_goes_to_the_first_column_with_a_created_event(db: Database, env: Env) -> None:
    result = db.run(ops.create_card, env.board, "  Antrag Blaue Karte  ", estimate=3)
    assert result.changes == Change.CARDS
    assert result.warning is None
    with db.session() as s:
        card = s.get_one(Card, result.value.id)
        assert card.uuid == result.value.uuid
        assert card.title == "Antrag Blaue Karte"
        assert card.column_id == env.cols[0]
        assert card.number == 1
        assert card.estimate == 3.0
        assert card.priority == 1
        assert card.origin_site_uuid == s.get_one(Board, env.board).origin_site_uuid
    events = _events(db, result.value.id)
    assert len(events) == 1
    assert events[0]["kind"] == "created"
    assert events[0]["to"] == env.cols[0]
    assert events[0]["from"] is None
    assert events[0]["board"] == env.board
    assert events[0]["new"] == "3.0"


def test_card_numbers_count_per_board_and_are_never_reused(db: Database, env: Env) -> None:
    other = db.run(board_ops.create_board, env.site, "Anderes").value.id
    ids = [_card(db, env, f"K{i}") for i in range(3)]
    other_card = db.run(ops.create_card, other, "O").value.id
    db.run(ops.delete_card, ids[2])
    db.run(ops.delete_card, ids[0])
    new = _card(db, env, "Neu")
    with db.session() as s:
        assert s.get_one(Card, ids[1]).number == 2
        assert s.get_one(Card, new).number == 4
        assert s.get_one(Card, other_card).number == 1
        assert s.get_one(Board, env.board).next_card_number == 5


def test_new_card_lands_at_the_given_index(db: Database, env: Env) -> None:
    col = env.cols[1]
    a, b, c = (_card(db, env, t, column_id=col) for t in "ABC")
    assert _order(db, col) == [a, b, c]
    top = _card(db, env, "top", column_id=col, index=0)
    assert _order(db, col) == [top, a, b, c]
    middle = _card(db, env, "middle", column_id=col, index=2)
    assert _order(db, col) == [top, a, middle, b, c]
    end = _card(db, env, "end", column_id=col, index=5)
    far = _card(db, env, "far", column_id=col, index=99)
    last = _card(db, env, "last", column_id=col)
    assert _order(db, col) == [top, a, middle, b, c, end, far, last]


def test_new_card_ignores_archived_cards_when_placing(db: Database, env: Env) -> None:
    col = env.cols[1]
    a, b, c = (_card(db, env, t, column_id=col) for t in "ABC")
    db.run(ops.archive_card, b)
    x = _card(db, env, "X", column_id=col, index=1)
    assert _order(db, col) == [a, x, c]


def test_no_card_on_an_archived_board(db: Database, env: Env) -> None:
    db.run(board_ops.archive_board, env.board)
    before = _state(db)
    with pytest.raises(ValidationError, match="archivierten Board"):
        db.run(ops.create_card, env.board, "Karte")
    assert _state(db) == before


def test_new_card_validates_its_fields(db: Database, env: Env) -> None:
    other = db.run(board_ops.create_board, env.site, "Anderes").value.id
    foreign_col = _column_ids(db, other)[0]
    foreign_lane = db.run(board_ops.add_swimlane, other, "Fremd").value.id
    before = _state(db)
    with pytest.raises(ValidationError, match="Titel darf nicht leer sein"):
        db.run(ops.create_card, env.board, "  ")
    with pytest.raises(ValidationError, match="Spalte gehört zu einem anderen Board"):
        db.run(ops.create_card, env.board, "K", column_id=foreign_col)
    with pytest.raises(ValidationError, match="Swimlane gehört zu einem anderen Board"):
        db.run(ops.create_card, env.board, "K", swimlane_id=foreign_lane)
    with pytest.raises(ValidationError, match="Priorität"):
        db.run(ops.create_card, env.board, "K", priority=4)
    with pytest.raises(ValidationError, match="Schätzung"):
        db.run(ops.create_card, env.board, "K", estimate=-1)
    with pytest.raises(NotFound, match="Zielbereich"):
        db.run(ops.create_card, env.board, "K", goal_area_id=9999)
    assert _state(db) == before


def test_new_card_with_goal_area_due_date_and_priority(db: Database, env: Env) -> None:
    with db.session() as s:
        goal = s.scalars(select(GoalArea.id).order_by(GoalArea.position)).first()
    card = _card(db, env, goal_area_id=goal, due_date=dt.date(2025, 6, 30), priority=3,
                 description="Beschreibung")
    with db.session() as s:
        c = s.get_one(Card, card)
        assert (c.goal_area_id, c.due_date, c.priority, c.description) == (
            goal, dt.date(2025, 6, 30), 3, "Beschreibung")


# --------------------------------------------------------------------------- update


def test_estimate_changes_are_recorded_with_old_and_new_value(db: Database, env: Env) -> None:
    card = _card(db, env)
    assert db.run(ops.update_card, card, estimate=3).changes == Change.CARDS | Change.CARD_DETAILS
    db.run(ops.update_card, card, estimate=5.5)
    db.run(ops.update_card, card, estimate=None)
    events = _events(db, card, CardEventKind.ESTIMATE_CHANGED)
    assert [(e["old"], e["new"]) for e in events] == [
        (None, "3.0"), ("3.0", "5.5"), ("5.5", None),
    ]
    with db.session() as s:
        assert s.get_one(Card, card).estimate is None


def test_estimate_out_of_range_is_refused(db: Database, env: Env) -> None:
    card = _card(db, env, estimate=2)
    with pytest.raises(ValidationError, match="zwischen 0 und 1000"):
        db.run(ops.update_card, card, estimate=1001)
    with db.session() as s:
        assert s.get_one(Card, card).estimate == 2.0


def test_blocking_and_unblocking_are_events_with_the_reason(db: Database, env: Env) -> None:
    card = _card(db, env)
    db.run(ops.update_card, card, blocked=True, blocked_reason="Warten auf Jobcenter")
    with db.session() as s:
        c = s.get_one(Card, card)
        assert (c.blocked, c.blocked_reason) == (True, "Warten auf Jobcenter")
    # A new reason while blocked is an edit, not a second block.
    db.run(ops.update_card, card, blocked_reason="Warten auf Arbeitgeber")
    db.run(ops.update_card, card, blocked=False)
    with db.session() as s:
        c = s.get_one(Card, card)
        assert (c.blocked, c.blocked_reason) == (False, "")
    kinds = [(e["kind"], e["new"]) for e in _events(db, card)[1:]]
    assert kinds == [
        ("blocked", "Warten auf Jobcenter"),
        ("edited", "blocked_reason"),
        ("unblocked", None),
    ]
    # Blocking an already blocked card again writes nothing.
    db.run(ops.update_card, card, blocked=True, blocked_reason="Grund")
    n = len(_events(db, card))
    assert db.run(ops.update_card, card, blocked=True).changes == Change.NONE
    assert len(_events(db, card)) == n


def test_edit_event_lists_the_changed_fields(db: Database, env: Env) -> None:
    card = _card(db, env, "Alt", description="alt")
    lane = db.run(board_ops.add_swimlane, env.board, "Eilig").value.id
    with db.session() as s:
        goal = s.scalars(select(GoalArea.id)).first()
    result = db.run(
        ops.update_card, card, title="Neu", description="alt", priority=2,
        due_date=dt.date(2025, 12, 1), goal_area_id=goal, swimlane_id=lane, actor_id=None,
    )
    assert result.changes == Change.CARDS | Change.CARD_DETAILS
    edited = _events(db, card, CardEventKind.EDITED)
    assert len(edited) == 1
    assert edited[0]["new"].split(",") == ["title", "priority", "due_date", "goal_area", "swimlane"]
    with db.session() as s:
        c = s.get_one(Card, card)
        assert (c.title, c.description, c.priority, c.due_date, c.goal_area_id, c.swimlane_id) == (
            "Neu", "alt", 2, dt.date(2025, 12, 1), goal, lane)


def test_update_without_a_real_change_writes_nothing(db: Database, env: Env) -> None:
    card = _card(db, env, "Titel", description="Text", estimate=2)
    before = _state(db)
    result = db.run(ops.update_card, card, title=" Titel ", description="Text", priority=1,
                    estimate=2.0, due_date=None, blocked=False)
    assert result.changes == Change.NONE
    assert _state(db) == before


def test_stale_version_refuses_the_edit(db: Database, env: Env) -> None:
    card = _card(db, env, "Titel")
    with db.session() as s:
        version = s.get_one(Card, card).version
    db.run(ops.update_card, card, title="Erste Änderung", expected_version=version)
    with pytest.raises(ConflictError, match="inzwischen geändert"):
        db.run(ops.update_card, card, title="Zweite Änderung", expected_version=version)
    with pytest.raises(ConflictError):
        db.run(ops.move_card, card, env.cols[1], expected_version=version)
    with db.session() as s:
        c = s.get_one(Card, card)
        assert (c.title, c.column_id) == ("Erste Änderung", env.cols[0])


def test_swimlane_of_another_board_is_refused_on_update(db: Database, env: Env) -> None:
    other = db.run(board_ops.create_board, env.site, "Anderes").value.id
    lane = db.run(board_ops.add_swimlane, other, "Fremd").value.id
    card = _card(db, env, "Titel")
    with pytest.raises(ValidationError, match="anderen Board"):
        db.run(ops.update_card, card, title="Neu", swimlane_id=lane)
    with db.session() as s:
        assert s.get_one(Card, card).title == "Titel"


# --------------------------------------------------------------------------- move


def test_move_between_columns_records_from_and_to(db: Database, env: Env) -> None:
    member = db.run(people.create_member, env.site, "Frau A").value.id
    card = _card(db, env)
    result = db.run(ops.move_card, card, env.cols[2], actor_id=member)
    assert result.changes == Change.CARDS
    assert result.warning is None
    db.run(ops.move_card, card, env.cols[3])
    moved = _events(db, card, CardEventKind.MOVED)
    assert [(e["from"], e["to"], e["actor"]) for e in moved] == [
        (env.cols[0], env.cols[2], member),
        (env.cols[2], env.cols[3], None),
    ]


def test_move_within_a_column_writes_no_moved_event(db: Database, env: Env) -> None:
    a, b, c = (_card(db, env, t) for t in "ABC")
    db.run(ops.move_card, c, env.cols[0], 0)
    assert _order(db, env.cols[0]) == [c, a, b]
    db.run(ops.move_card, c, env.cols[0], 1)
    assert _order(db, env.cols[0]) == [a, c, b]
    db.run(ops.move_card, a, env.cols[0])
    assert _order(db, env.cols[0]) == [c, b, a]
    assert _events(db, c, CardEventKind.MOVED) == []


def test_move_to_a_column_of_another_board_is_refused(db: Database, env: Env) -> None:
    other = db.run(board_ops.create_board, env.site, "Anderes").value.id
    card = _card(db, env)
    before = _state(db)
    with pytest.raises(ValidationError, match="anderen Board"):
        db.run(ops.move_card, card, _column_ids(db, other)[0])
    assert _state(db) == before


def test_move_can_change_the_swimlane(db: Database, env: Env) -> None:
    lane = db.run(board_ops.add_swimlane, env.board, "Eilig").value.id
    card = _card(db, env)
    db.run(ops.move_card, card, env.cols[1], swimlane_id=lane)
    with db.session() as s:
        assert s.get_one(Card, card).swimlane_id == lane
    db.run(ops.move_card, card, env.cols[2])  # not naming the lane keeps it
    with db.session() as s:
        assert s.get_one(Card, card).swimlane_id == lane
    db.run(ops.move_card, card, env.cols[2], swimlane_id=None)
    with db.session() as s:
        assert s.get_one(Card, card).swimlane_id is None


def _model_move(model: dict[int, list[int]], card: int, col: int, index: int | None) -> None:
    for cards in model.values():
        if card in cards:
            cards.remove(card)
    target = model[col]
    if index is None or index >= len(target):
        target.append(card)
    else:
        target.insert(max(0, index), card)


@pytest.mark.parametrize("seed", [20250101, 7])
def test_random_moves_keep_the_same_order_as_a_list_and_write_one_row(
    db: Database, env: Env, seed: int
) -> None:
    rng = random.Random(seed)
    site = env.site
    board = db.run(board_ops.create_board, site, "Zufall", columns=[
        ("Eins", ColumnKind.TODO, None),
        ("Zwei", ColumnKind.IN_PROGRESS, None),
        ("Drei", ColumnKind.DONE, None),
    ]).value.id
    cols = _column_ids(db, board)
    model: dict[int, list[int]] = {c: [] for c in cols}
    for i in range(24):
        col = cols[i % 3]
        ref = db.run(ops.create_card, board, f"K{i}", column_id=col).value
        model[col].append(ref.id)
    all_cards = [c for cards in model.values() for c in cards]

    cross_moves = 0
    max_key = 0
    steps = 520
    for _ in range(steps):
        card = rng.choice(all_cards)
        source = next(c for c, cards in model.items() if card in cards)
        target = rng.choice(cols)
        size = len(model[target]) - (1 if source == target else 0)
        r = rng.random()
        if r < 0.1:
            index: int | None = None
        elif r < 0.2:
            index = 0
        elif r < 0.3:
            index = size
        elif r < 0.33:
            index = size + rng.randint(1, 5)
        else:
            index = rng.randint(0, size)
        old_pos = model[source].index(card)
        with db.session() as s:
            before = _snapshot(s)
        db.run(ops.move_card, card, target, index)
        _model_move(model, card, target, index)
        cross_moves += source != target
        with db.session() as s:
            after = _snapshot(s)
            for col in cols:
                assert list(cards_in_column(s, col)) == model[col], (card, target, index)
        changed = {cid for cid in after if after[cid][:2] != before[cid][:2]}
        # Never renumbers: at most the moved card's row is rewritten, and exactly that row
        # whenever the card really changed place.
        if source != target or model[target].index(card) != old_pos:
            assert changed == {card}
        else:
            assert changed <= {card}
        assert {cid for cid in after if after[cid][2] != before[cid][2]} <= {card}
        max_key = max(max_key, max(len(v[1]) for v in after.values()))
        assert max_key < 40, after[card][1]

    with db.session() as s:
        moved = s.scalar(select(func.count()).select_from(CardEvent).where(
            CardEvent.board_id == board, CardEvent.kind == CardEventKind.MOVED.value))
    assert moved == cross_moves > 100


def test_move_into_equal_keys_goes_past_the_tie_without_failing(db: Database, env: Env) -> None:
    """Two offices may have placed cards at the same spot; their keys are then equal."""
    col = env.cols[0]
    a, b, c, d = (_card(db, env, t) for t in "ABCD")
    with db.transaction() as s:
        s.execute(update(Card).where(Card.id.in_([a, b])).values(order_key="a0"))
    db.run(ops.move_card, d, col, 1)
    assert _order(db, col) == [a, b, d, c]
    db.run(ops.move_card, c, col, 1)
    assert _order(db, col) == [a, b, c, d]
    db.run(ops.move_card, d, col, 0)
    assert _order(db, col) == [d, a, b, c]


@pytest.mark.parametrize("index", [0, None])
def test_keys_stay_short_when_cards_keep_landing_at_the_top_or_bottom(
    db: Database, env: Env, index: int | None
) -> None:
    a, b = _card(db, env, "A"), _card(db, env, "B")
    for i in range(150):
        db.run(ops.move_card, (a, b)[i % 2], env.cols[0], index)
    with db.session() as s:
        keys = [s.get_one(Card, c).order_key for c in (a, b)]
    assert max(len(k) for k in keys) <= 4


# --------------------------------------------------------------------------- WIP limits


def _fill(db: Database, env: Env, col: int, n: int) -> list[int]:
    return [_card(db, env, f"W{i}", column_id=col) for i in range(n)]


def test_soft_wip_limit_warns_in_german_but_moves(db: Database, env: Env) -> None:
    in_progress = env.cols[2]  # "In Arbeit", soft limit 5
    full = _fill(db, env, in_progress, 5)
    card = _card(db, env)
    result = db.run(ops.move_card, card, in_progress, 0)
    assert result.warning is not None
    assert "„In Arbeit“" in result.warning
    assert "WIP-Limit" in result.warning and "6 von 5" in result.warning
    assert _order(db, in_progress) == [card, *full]
    created = db.run(ops.create_card, env.board, "Noch eine", column_id=in_progress)
    assert created.warning is not None and "7 von 5" in created.warning


def test_soft_limit_is_quiet_up_to_the_limit(db: Database, env: Env) -> None:
    in_progress = env.cols[2]
    results = [db.run(ops.create_card, env.board, f"K{i}", column_id=in_progress)
               for i in range(5)]
    assert [r.warning for r in results] == [None] * 5


@pytest.fixture
def hard_full(db: Database, env: Env) -> tuple[int, list[int]]:
    """ "In Arbeit" with a hard limit of 2, full."""
    col = env.cols[2]
    db.run(board_ops.update_column, col, wip_limit=2, wip_mode="hard")
    return col, _fill(db, env, col, 2)


def test_hard_wip_limit_refuses_a_move_and_changes_nothing(
    db: Database, env: Env, hard_full: tuple[int, list[int]]
) -> None:
    col, full = hard_full
    card = _card(db, env)
    before = _state(db)
    with pytest.raises(WipLimitExceeded, match="„In Arbeit“ hat ein festes WIP-Limit von 2"):
        db.run(ops.move_card, card, col, 0)
    assert _state(db) == before
    assert _order(db, col) == full


def test_hard_wip_limit_refuses_a_new_card(
    db: Database, env: Env, hard_full: tuple[int, list[int]]
) -> None:
    col, _ = hard_full
    before = _state(db)
    with pytest.raises(WipLimitExceeded):
        db.run(ops.create_card, env.board, "Zu viel", column_id=col)
    assert _state(db) == before


def test_refused_move_rolls_back_the_whole_transaction(
    db: Database, env: Env, hard_full: tuple[int, list[int]]
) -> None:
    col, _ = hard_full
    card = _card(db, env, "Titel")
    before = _state(db)

    def rename_then_move(s: Session) -> None:
        ops.update_card(s, card, title="Umbenannt")
        ops.move_card(s, card, col)

    with pytest.raises(WipLimitExceeded):
        db.run(rename_then_move)
    assert _state(db) == before
    with db.session() as s:
        assert s.get_one(Card, card).title == "Titel"


def test_hard_limit_of_one_card_is_named_in_the_singular(db: Database, env: Env) -> None:
    col = env.cols[2]
    db.run(board_ops.update_column, col, wip_limit=1, wip_mode="hard")
    _card(db, env, column_id=col)
    with pytest.raises(WipLimitExceeded, match="WIP-Limit von 1 Karte und ist voll \\(1\\)"):
        _card(db, env, column_id=col)


def test_reordering_inside_a_full_hard_column_is_allowed(
    db: Database, hard_full: tuple[int, list[int]]
) -> None:
    col, (a, b) = hard_full
    result = db.run(ops.move_card, b, col, 0)
    assert result.warning is None
    assert _order(db, col) == [b, a]


def test_archived_cards_do_not_count_against_the_limit(
    db: Database, env: Env, hard_full: tuple[int, list[int]]
) -> None:
    col, (a, _b) = hard_full
    db.run(ops.archive_card, a)
    card = _card(db, env)
    db.run(ops.move_card, card, col)
    # The column is full again: the archived card cannot come back.
    with pytest.raises(WipLimitExceeded):
        db.run(ops.restore_card, a)
    with db.session() as s:
        assert s.get_one(Card, a).archived_at is not None


# ------------------------------------------------------------------ archive / restore / delete


def test_archive_hides_the_card_and_restore_brings_it_back_at_the_end(
    db: Database, env: Env
) -> None:
    col = env.cols[0]
    a, b, c = (_card(db, env, t) for t in "ABC")
    db.run(ops.archive_card, a)
    db.run(ops.archive_card, a)  # twice is once
    assert _order(db, col) == [b, c]
    with pytest.raises(ValidationError, match="archivierte Karte"):
        db.run(ops.move_card, a, env.cols[1])
    d = _card(db, env, "D")
    result = db.run(ops.restore_card, a)
    assert result.changes == Change.CARDS
    assert _order(db, col) == [b, c, d, a]
    assert db.run(ops.restore_card, a).changes == Change.NONE
    kinds = [(e["kind"], e["from"], e["to"]) for e in _events(db, a)]
    assert kinds == [
        ("created", None, col),
        ("archived", col, None),
        ("restored", None, col),
    ]


def test_delete_card_removes_checklist_comments_links_and_history(
    db: Database, env: Env
) -> None:
    member = db.run(people.create_member, env.site, "Frau A").value.id
    label = db.run(board_ops.create_label, env.board, "Dringend").value.id
    card = _card(db, env, "Einzigartigertitel")
    keep = _card(db, env, "Bleibt")
    db.run(ops.add_checklist_item, card, "Punkt")
    db.run(ops.add_comment, card, "Kommentar", author_id=member)
    db.run(ops.add_comment, keep, "Anderer Kommentar")
    db.run(ops.set_assignees, card, [member])
    db.run(ops.set_labels, card, [label])
    db.run(ops.move_card, card, env.cols[1])

    assert db.run(ops.delete_card, card).changes == Change.CARDS
    with db.session() as s:
        assert s.get(Card, card) is None
        assert search.search_cards(s, "Einzigartigertitel") == []
        assert [h.card_id for h in search.search_cards(s, "Bleibt")] == [keep]
    assert _count(db, ChecklistItem) == 0
    assert _count(db, Comment, Comment.card_id == card) == 0
    assert _count(db, Comment, Comment.card_id == keep) == 1
    assert _count(db, CardEvent, CardEvent.card_id == card) == 0
    assert _count(db, CardEvent, CardEvent.card_id == keep) == 2
    assert _count(db, CardAssignee) == 0
    assert _count(db, CardLabel) == 0
    with pytest.raises(NotFound, match="Karte"):
        db.run(ops.delete_card, card)


# ------------------------------------------------------------------ assignees, labels, partners


def test_assignees_are_events_and_unchanged_sets_change_nothing(db: Database, env: Env) -> None:
    a = db.run(people.create_member, env.site, "Frau A").value.id
    b = db.run(people.create_member, env.site, "Herr B").value.id
    c = db.run(people.create_member, env.site, "Frau C").value.id
    card = _card(db, env)
    assert db.run(ops.set_assignees, card, [a, b], actor_id=c).changes == Change.CARDS
    assert db.run(ops.set_assignees, card, [b, c]).changes == Change.CARDS
    n = _count(db, CardEvent)
    assert db.run(ops.set_assignees, card, [c, b, b]).changes == Change.NONE
    assert _count(db, CardEvent) == n
    with db.session() as s:
        assert sorted(m.id for m in s.get_one(Card, card).assignees) == [b, c]
    events = [(e["kind"], e["new"], e["actor"]) for e in _events(db, card)[1:]]
    assert events == [
        ("assigned", str(a), c), ("assigned", str(b), c),
        ("assigned", str(c), None), ("unassigned", str(a), None),
    ]
    db.run(ops.set_assignees, card, [])
    assert _count(db, CardAssignee) == 0


def test_members_of_another_site_cannot_be_assigned(db: Database, env: Env) -> None:
    bonn = db.run(sites.create_site, "ABH Bonn", "ABH-BN").value.id
    stranger = db.run(people.create_member, bonn, "Herr Bonn").value.id
    own = db.run(people.create_member, env.site, "Frau Köln").value.id
    card = _card(db, env)
    db.run(ops.set_assignees, card, [own])
    before = _state(db)
    with pytest.raises(ValidationError, match="derselben Dienststelle"):
        db.run(ops.set_assignees, card, [stranger])
    assert _state(db) == before
    with db.session() as s:
        assert [m.id for m in s.get_one(Card, card).assignees] == [own]


def test_labels_are_events_and_must_be_of_the_same_board(db: Database, env: Env) -> None:
    other = db.run(board_ops.create_board, env.site, "Anderes").value.id
    foreign = db.run(board_ops.create_label, other, "Fremd").value.id
    x = db.run(board_ops.create_label, env.board, "X").value.id
    y = db.run(board_ops.create_label, env.board, "Y").value.id
    card = _card(db, env)
    with pytest.raises(ValidationError, match="Label gehört zu einem anderen Board"):
        db.run(ops.set_labels, card, [x, foreign])
    assert _count(db, CardLabel) == 0
    db.run(ops.set_labels, card, [x])
    db.run(ops.set_labels, card, [y])
    assert db.run(ops.set_labels, card, [y]).changes == Change.NONE
    events = [(e["kind"], e["new"]) for e in _events(db, card)[1:]]
    assert events == [("labeled", str(x)), ("labeled", str(y)), ("unlabeled", str(x))]
    with db.session() as s:
        assert [label.id for label in s.get_one(Card, card).labels] == [y]


def test_partners_link_only_within_the_site(db: Database, env: Env) -> None:
    bonn = db.run(sites.create_site, "ABH Bonn", "ABH-BN").value.id
    with db.transaction() as s:
        jobcenter = Partner(site_id=env.site, name="Jobcenter Köln", kind="jobcenter")
        ki = Partner(site_id=env.site, name="KI Köln", kind="kommunales_integrationszentrum")
        fremd = Partner(site_id=bonn, name="Jobcenter Bonn", kind="jobcenter")
        s.add_all([jobcenter, ki, fremd])
        s.flush()
        jc_id, ki_id, fremd_id = jobcenter.id, ki.id, fremd.id
    card = _card(db, env)
    n = _count(db, CardEvent)
    with pytest.raises(ValidationError, match="Netzwerkpartner gehört zu einer anderen"):
        db.run(ops.set_partners, card, [jc_id, fremd_id])
    assert _count(db, CardPartner) == 0
    assert db.run(ops.set_partners, card, [jc_id, ki_id]).changes == Change.CARDS
    assert db.run(ops.set_partners, card, [ki_id, jc_id]).changes == Change.NONE
    db.run(ops.set_partners, card, [ki_id])
    with db.session() as s:
        assert [p.id for p in s.get_one(Card, card).partners] == [ki_id]
    assert _count(db, CardEvent) == n  # partners are not part of the history
    with pytest.raises(NotFound, match="Netzwerkpartner"):
        db.run(ops.set_partners, card, [12345])


# --------------------------------------------------------------------------- checklist


def _checklist(db: Database, card: int) -> list[tuple[str, int, bool]]:
    with db.session() as s:
        return [
            (i.text, i.position, i.done)
            for i in s.scalars(
                select(ChecklistItem).where(ChecklistItem.card_id == card)
                .order_by(ChecklistItem.position)
            )
        ]


def test_checklist_add_update_move_and_delete_keep_positions(db: Database, env: Env) -> None:
    card = _card(db, env)
    ids = [db.run(ops.add_checklist_item, card, t).value.id for t in ("Pass", "Foto", "Gebühr")]
    assert _checklist(db, card) == [("Pass", 0, False), ("Foto", 1, False), ("Gebühr", 2, False)]

    result = db.run(ops.update_checklist_item, ids[1], text="Biometrisches Foto", done=True)
    assert Change.CARD_DETAILS in result.changes
    with pytest.raises(ValidationError, match="Checklisten-Eintrag darf nicht leer sein"):
        db.run(ops.update_checklist_item, ids[1], text=" ")
    db.run(ops.move_checklist_item, ids[2], 0)
    assert _checklist(db, card) == [
        ("Gebühr", 0, False), ("Pass", 1, False), ("Biometrisches Foto", 2, True),
    ]
    db.run(ops.move_checklist_item, ids[2], 99)
    assert [t for t, _, _ in _checklist(db, card)] == ["Pass", "Biometrisches Foto", "Gebühr"]

    db.run(ops.delete_checklist_item, ids[1])
    assert _checklist(db, card) == [("Pass", 0, False), ("Gebühr", 1, False)]
    new = db.run(ops.add_checklist_item, card, "Unterschrift").value.id
    assert _checklist(db, card)[-1] == ("Unterschrift", 2, False)
    with db.session() as s:
        assert s.get_one(ChecklistItem, new).card_id == card


# --------------------------------------------------------------------------- comments


def test_comments_add_edit_delete(db: Database, env: Env) -> None:
    author = db.run(people.create_member, env.site, "Frau A").value.id
    card = _card(db, env)
    result = db.run(ops.add_comment, card, "  Unterlagen fehlen  ", author_id=author)
    assert Change.CARD_DETAILS in result.changes
    commented = _events(db, card, CardEventKind.COMMENTED)
    assert [(e["new"], e["actor"]) for e in commented] == [(result.value.uuid, author)]
    with db.session() as s:
        comment = s.get_one(Comment, result.value.id)
        assert (comment.body, comment.author_id) == ("Unterlagen fehlen", author)
        version = comment.version
        assert [h.card_id for h in search.search_cards(s, "Unterlagen")] == [card]

    db.run(ops.edit_comment, result.value.id, "Unterlagen vollständig", expected_version=version)
    with pytest.raises(ConflictError):
        db.run(ops.edit_comment, result.value.id, "Nochmal", expected_version=version)
    with pytest.raises(ValidationError, match="Kommentar darf nicht leer sein"):
        db.run(ops.edit_comment, result.value.id, "")
    with db.session() as s:
        assert s.get_one(Comment, result.value.id).body == "Unterlagen vollständig"

    db.run(ops.delete_comment, result.value.id)
    with db.session() as s:
        assert s.get(Comment, result.value.id) is None
        assert search.search_cards(s, "vollständig") == []


def test_author_of_another_site_cannot_comment(db: Database, env: Env) -> None:
    bonn = db.run(sites.create_site, "ABH Bonn", "ABH-BN").value.id
    stranger = db.run(people.create_member, bonn, "Herr Bonn").value.id
    card = _card(db, env)
    with pytest.raises(ValidationError, match="derselben Dienststelle"):
        db.run(ops.add_comment, card, "Hallo", author_id=stranger)
    assert _count(db, Comment) == 0
    assert _events(db, card, CardEventKind.COMMENTED) == []


# --------------------------------------------------------------------------- clock


def test_events_carry_the_frozen_time(db: Database, env: Env) -> None:
    t1 = dt.datetime(2024, 2, 29, 8, 0, tzinfo=dt.UTC)
    t2 = dt.datetime(2024, 3, 4, 16, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    with frozen_at(t1):
        card = _card(db, env, estimate=1)
    with frozen_at(t2):
        db.run(ops.move_card, card, env.cols[1])
        db.run(ops.update_card, card, estimate=2)
        db.run(ops.add_comment, card, "Notiz")
        db.run(ops.archive_card, card)
    events = _events(db, card)
    assert [(e["kind"], e["at"]) for e in events] == [
        ("created", t1),
        ("moved", t2),
        ("estimate_changed", t2),
        ("commented", t2),
        ("archived", t2),
    ]
    assert all(e["at"].tzinfo is not None for e in events)
    with db.session() as s:
        c = s.get_one(Card, card)
        assert c.created_at == t1
        assert c.archived_at == t2


def test_adding_cards_does_not_make_an_open_board_edit_stale(db: Database, env: Env) -> None:
    with db.session() as s:
        version = s.get_one(Board, env.board).version
    db.run(ops.create_card, env.board, "Neue Karte")
    db.run(ops.create_card, env.board, "Noch eine Karte")
    # A board settings dialog opened before the cards were added can still save.
    db.run(board_ops.update_board, env.board, name="Umbenannt", expected_version=version)
    with db.session() as s:
        board = s.get_one(Board, env.board)
        assert (board.name, board.next_card_number) == ("Umbenannt", 3)
