"""Sprints: planning, scope history, the commitment snapshot, closing with carry-over."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from kimboard.core import clock
from kimboard.core.db import Database
from kimboard.core.errors import ValidationError
from kimboard.core.models import (
    Board,
    Card,
    CardEvent,
    CardEventKind,
    Sprint,
    SprintCommitment,
    SprintState,
)
from kimboard.core.ops import Change
from kimboard.core.ops.boards import create_board
from kimboard.core.ops.cards import create_card, move_card, update_card
from kimboard.core.ops.sites import create_site
from kimboard.core.ops.sprints import (
    add_card_to_sprint,
    close_sprint,
    create_sprint,
    delete_sprint,
    remove_card_from_sprint,
    start_sprint,
    update_sprint,
)

MON = dt.date(2026, 3, 2)
FRI = dt.date(2026, 3, 13)
T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def s(db: Database) -> Session:
    with db.transaction() as session:
        yield session


def _board(s: Session, mode: str = "scrum", code: str = "ABH-T") -> Board:
    site = create_site(s, f"Ausländerbehörde {code}", code).value
    return s.get_one(Board, create_board(s, site.id, "KIM-Team", mode).value.id)


def _col(board: Board, kind: str) -> int:
    return next(c.id for c in board.columns if c.kind == kind)


def _card(s: Session, board: Board, title: str, estimate: float | None = 3) -> Card:
    return s.get_one(Card, create_card(s, board.id, title, estimate=estimate).value.id)


def _sprint(s: Session, board: Board, name: str = "Sprint 1",
            start: dt.date = MON, end: dt.date = FRI) -> Sprint:
    return s.get_one(Sprint, create_sprint(s, board.id, name, start, end, "Ziel").value.id)


def _events(s: Session, card: Card, kind: CardEventKind) -> list[CardEvent]:
    return list(s.scalars(select(CardEvent).where(
        CardEvent.card_id == card.id, CardEvent.kind == kind.value).order_by(CardEvent.id)))


# --------------------------------------------------------------------------- planning


def test_new_sprint_is_planned_with_its_dates_and_goal(s: Session) -> None:
    board = _board(s)
    result = create_sprint(s, board.id, "Sprint 1", MON, FRI, goal="Terminvergabe testen")
    sprint = s.get_one(Sprint, result.value.id)
    assert result.changes == Change.SPRINTS
    assert (sprint.state, sprint.start_date, sprint.end_date, sprint.goal) == (
        SprintState.PLANNED.value, MON, FRI, "Terminvergabe testen")
    assert sprint.origin_site_uuid == board.origin_site_uuid


def test_sprint_ending_before_it_starts_is_refused_in_german(s: Session) -> None:
    board = _board(s)
    with pytest.raises(ValidationError, match="Enddatum .* darf nicht vor dem Startdatum"):
        create_sprint(s, board.id, "Sprint 1", FRI, MON)
    sprint = _sprint(s, board)
    with pytest.raises(ValidationError, match="Enddatum"):
        update_sprint(s, sprint.id, end_date=MON - dt.timedelta(days=1))
    assert sprint.end_date == FRI


def test_one_day_sprint_is_allowed(s: Session) -> None:
    board = _board(s)
    create_sprint(s, board.id, "Klausurtag", MON, MON)


def test_sprint_dates_must_be_calendar_days(s: Session) -> None:
    board = _board(s)
    with pytest.raises(ValidationError, match="Kalenderdatum"):
        create_sprint(s, board.id, "Sprint 1", T0, FRI)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="Kalenderdatum"):
        create_sprint(s, board.id, "Sprint 1", "2026-03-02", FRI)  # type: ignore[arg-type]


def test_sprints_exist_only_on_scrum_boards(s: Session) -> None:
    board = _board(s, mode="kanban")
    with pytest.raises(ValidationError, match="Scrum-Boards"):
        create_sprint(s, board.id, "Sprint 1", MON, FRI)


def test_sprint_name_is_required(s: Session) -> None:
    board = _board(s)
    with pytest.raises(ValidationError, match="Name des Sprints"):
        create_sprint(s, board.id, "  ", MON, FRI)


def test_update_sprint_changes_only_what_is_given(s: Session) -> None:
    board = _board(s)
    sprint = _sprint(s, board)
    update_sprint(s, sprint.id, goal="Neues Ziel", end_date=FRI + dt.timedelta(days=3))
    assert (sprint.name, sprint.goal, sprint.end_date) == (
        "Sprint 1", "Neues Ziel", FRI + dt.timedelta(days=3))


# --------------------------------------------------------------------------- scope


def test_adding_a_card_records_the_sprint_and_its_estimate(s: Session) -> None:
    board = _board(s)
    sprint = _sprint(s, board)
    card = _card(s, board, "Checkliste abstimmen", estimate=5)
    with clock.frozen_at(T0):
        result = add_card_to_sprint(s, card.id, sprint.id)
    assert card.sprint_id == sprint.id
    assert result.changes & Change.CARDS
    (event,) = _events(s, card, CardEventKind.SPRINT_ADDED)
    assert (event.sprint_id, event.new_value, event.at) == (sprint.id, "5.0", T0)


def test_adding_a_card_twice_changes_nothing(s: Session) -> None:
    board = _board(s)
    sprint = _sprint(s, board)
    card = _card(s, board, "Karte")
    add_card_to_sprint(s, card.id, sprint.id)
    assert add_card_to_sprint(s, card.id, sprint.id).changes == Change.NONE
    assert len(_events(s, card, CardEventKind.SPRINT_ADDED)) == 1


def test_card_of_another_board_cannot_join_the_sprint(s: Session) -> None:
    board = _board(s)
    other = s.get_one(Board, create_board(s, board.site_id, "Anderes Board", "scrum").value.id)
    sprint = _sprint(s, board)
    card = _card(s, other, "Fremde Karte")
    with pytest.raises(ValidationError, match="anderen Board"):
        add_card_to_sprint(s, card.id, sprint.id)
    assert card.sprint_id is None


def test_card_is_in_at_most_one_sprint_moving_writes_removed_and_added(s: Session) -> None:
    board = _board(s)
    first = _sprint(s, board, "Sprint 1")
    second = _sprint(s, board, "Sprint 2", FRI + dt.timedelta(days=3),
                     FRI + dt.timedelta(days=14))
    card = _card(s, board, "Karte")
    add_card_to_sprint(s, card.id, first.id)
    add_card_to_sprint(s, card.id, second.id)
    assert card.sprint_id == second.id
    (removed,) = _events(s, card, CardEventKind.SPRINT_REMOVED)
    assert removed.sprint_id == first.id
    assert [e.sprint_id for e in _events(s, card, CardEventKind.SPRINT_ADDED)] == [
        first.id, second.id]


def test_removing_a_card_keeps_its_column(s: Session) -> None:
    board = _board(s)
    sprint = _sprint(s, board)
    card = _card(s, board, "Karte")
    move_card(s, card.id, _col(board, "in_progress"))
    add_card_to_sprint(s, card.id, sprint.id)
    remove_card_from_sprint(s, card.id)
    assert card.sprint_id is None
    assert card.column_id == _col(board, "in_progress")
    (event,) = _events(s, card, CardEventKind.SPRINT_REMOVED)
    assert event.sprint_id == sprint.id


def test_removing_a_card_without_sprint_changes_nothing(s: Session) -> None:
    board = _board(s)
    card = _card(s, board, "Karte")
    assert remove_card_from_sprint(s, card.id).changes == Change.NONE
    assert _events(s, card, CardEventKind.SPRINT_REMOVED) == []


def test_closed_sprint_refuses_adding_and_removing(s: Session) -> None:
    board = _board(s)
    sprint = _sprint(s, board)
    done = _card(s, board, "Fertig")
    add_card_to_sprint(s, done.id, sprint.id)
    move_card(s, done.id, _col(board, "done"))
    start_sprint(s, sprint.id)
    close_sprint(s, sprint.id)
    late = _card(s, board, "Nachzügler")
    with pytest.raises(ValidationError, match="abgeschlossen"):
        add_card_to_sprint(s, late.id, sprint.id)
    with pytest.raises(ValidationError, match="abgeschlossen"):
        remove_card_from_sprint(s, done.id)
    assert done.sprint_id == sprint.id


def test_archived_card_cannot_join_a_sprint(s: Session) -> None:
    from kimboard.core.ops.cards import archive_card

    board = _board(s)
    sprint = _sprint(s, board)
    card = _card(s, board, "Alt")
    archive_card(s, card.id)
    with pytest.raises(ValidationError, match="archivierte"):
        add_card_to_sprint(s, card.id, sprint.id)


# --------------------------------------------------------------------------- start


def test_starting_snapshots_the_commitment(s: Session) -> None:
    board = _board(s)
    sprint = _sprint(s, board)
    a, b = _card(s, board, "A", 3), _card(s, board, "B", None)
    for card in (a, b):
        add_card_to_sprint(s, card.id, sprint.id)
    with clock.frozen_at(T0):
        start_sprint(s, sprint.id)
    assert sprint.state == SprintState.ACTIVE.value
    assert sprint.started_at == T0
    commitments = {c.card_id: c.estimate for c in sprint.commitments}
    assert commitments == {a.id: 3.0, b.id: None}
    # Re-estimating later is history, not a change of what was committed.
    update_card(s, a.id, estimate=8)
    s.expire_all()
    assert s.get_one(SprintCommitment, (sprint.id, a.id)).estimate == 3.0


def test_scope_added_after_start_is_an_event_after_started_at(s: Session) -> None:
    board = _board(s)
    sprint = _sprint(s, board)
    with clock.frozen_at(T0):
        start_sprint(s, sprint.id)
    card = _card(s, board, "Kurzfristig")
    later = T0 + dt.timedelta(days=2)
    with clock.frozen_at(later):
        add_card_to_sprint(s, card.id, sprint.id)
    (event,) = _events(s, card, CardEventKind.SPRINT_ADDED)
    assert event.at > sprint.started_at
    assert sprint.commitments == []


def test_only_one_active_sprint_per_board(s: Session) -> None:
    board = _board(s)
    first = _sprint(s, board, "Sprint 1")
    second = _sprint(s, board, "Sprint 2")
    start_sprint(s, first.id)
    with pytest.raises(ValidationError, match="läuft schon der Sprint „Sprint 1“"):
        start_sprint(s, second.id)
    assert second.state == SprintState.PLANNED.value


def test_sprints_of_different_boards_run_at_the_same_time(s: Session) -> None:
    board = _board(s)
    other = s.get_one(Board, create_board(s, board.site_id, "Zweites Team", "scrum").value.id)
    start_sprint(s, _sprint(s, board).id)
    start_sprint(s, _sprint(s, other).id)


def test_only_a_planned_sprint_can_start(s: Session) -> None:
    board = _board(s)
    sprint = _sprint(s, board)
    start_sprint(s, sprint.id)
    with pytest.raises(ValidationError, match="nur ein geplanter Sprint"):
        start_sprint(s, sprint.id)


# --------------------------------------------------------------------------- close


def _running_sprint_with_cards(s: Session) -> tuple[Board, Sprint, Card, Card]:
    board = _board(s)
    sprint = _sprint(s, board)
    done, open_ = _card(s, board, "Erledigt"), _card(s, board, "Offen", 5)
    for card in (done, open_):
        add_card_to_sprint(s, card.id, sprint.id)
    with clock.frozen_at(T0):
        start_sprint(s, sprint.id)
    move_card(s, done.id, _col(board, "done"))
    move_card(s, open_.id, _col(board, "in_progress"))
    return board, sprint, done, open_


def test_closing_sends_unfinished_cards_back_to_the_backlog(s: Session) -> None:
    board, sprint, done, open_ = _running_sprint_with_cards(s)
    closed_at = T0 + dt.timedelta(days=11)
    with clock.frozen_at(closed_at):
        close_sprint(s, sprint.id, goal_reached=False, goal_note="Partner fehlte")
    assert (sprint.state, sprint.closed_at) == (SprintState.CLOSED.value, closed_at)
    assert (sprint.goal_reached, sprint.goal_note) == (False, "Partner fehlte")
    assert done.sprint_id == sprint.id  # finished work stays with its sprint
    assert open_.sprint_id is None
    assert open_.column_id == _col(board, "in_progress")  # column untouched
    (removed,) = _events(s, open_, CardEventKind.SPRINT_REMOVED)
    assert (removed.sprint_id, removed.at) == (sprint.id, closed_at)
    assert _events(s, done, CardEventKind.SPRINT_REMOVED) == []


def test_closing_moves_unfinished_cards_into_the_next_sprint(s: Session) -> None:
    board, sprint, done, open_ = _running_sprint_with_cards(s)
    following = _sprint(s, board, "Sprint 2")
    close_sprint(s, sprint.id, unfinished="next", next_sprint_id=following.id,
                 goal_reached=True)
    assert open_.sprint_id == following.id
    assert done.sprint_id == sprint.id
    assert [e.sprint_id for e in _events(s, open_, CardEventKind.SPRINT_REMOVED)] == [sprint.id]
    assert [e.sprint_id for e in _events(s, open_, CardEventKind.SPRINT_ADDED)] == [
        sprint.id, following.id]
    assert sprint.goal_reached is True
    # The next sprint can start now: the closed one no longer counts as running.
    start_sprint(s, following.id)
    assert {c.card_id for c in following.commitments} == {open_.id}


def test_next_sprint_must_be_an_open_sprint_of_the_same_board(s: Session) -> None:
    board, sprint, _done, open_ = _running_sprint_with_cards(s)
    other = s.get_one(Board, create_board(s, board.site_id, "Anderes", "scrum").value.id)
    foreign = _sprint(s, other)
    with pytest.raises(ValidationError, match="desselben Boards"):
        close_sprint(s, sprint.id, unfinished="next", next_sprint_id=foreign.id)
    with pytest.raises(ValidationError, match="desselben Boards"):
        close_sprint(s, sprint.id, unfinished="next", next_sprint_id=sprint.id)
    with pytest.raises(ValidationError, match="Bitte den Sprint angeben"):
        close_sprint(s, sprint.id, unfinished="next")
    with pytest.raises(ValidationError, match="nur angegeben"):
        close_sprint(s, sprint.id, unfinished="backlog", next_sprint_id=foreign.id)
    with pytest.raises(ValidationError, match="Backlog"):
        close_sprint(s, sprint.id, unfinished="irgendwohin")
    assert sprint.state == SprintState.ACTIVE.value
    assert open_.sprint_id == sprint.id


def test_unfinished_cards_cannot_move_into_a_closed_sprint(s: Session) -> None:
    board = _board(s)
    old = _sprint(s, board, "Alt")
    start_sprint(s, old.id)
    close_sprint(s, old.id)
    sprint = _sprint(s, board, "Neu")
    card = _card(s, board, "Offen")
    add_card_to_sprint(s, card.id, sprint.id)
    start_sprint(s, sprint.id)
    with pytest.raises(ValidationError, match="schon abgeschlossen"):
        close_sprint(s, sprint.id, unfinished="next", next_sprint_id=old.id)


def test_only_a_running_sprint_can_be_closed(s: Session) -> None:
    board = _board(s)
    sprint = _sprint(s, board)
    with pytest.raises(ValidationError, match="nur ein laufender Sprint"):
        close_sprint(s, sprint.id)
    start_sprint(s, sprint.id)
    close_sprint(s, sprint.id)
    with pytest.raises(ValidationError, match="nur ein laufender Sprint"):
        close_sprint(s, sprint.id)


def test_goal_can_be_evaluated_after_closing(s: Session) -> None:
    board = _board(s)
    sprint = _sprint(s, board)
    start_sprint(s, sprint.id)
    close_sprint(s, sprint.id)
    assert sprint.goal_reached is None
    update_sprint(s, sprint.id, goal_reached=True, goal_note="Im Review bestätigt")
    assert (sprint.goal_reached, sprint.goal_note) == (True, "Im Review bestätigt")


def test_card_finished_in_a_closed_sprint_can_be_planned_again(s: Session) -> None:
    board, sprint, done, _open = _running_sprint_with_cards(s)
    close_sprint(s, sprint.id)
    move_card(s, done.id, _col(board, "in_progress"))  # reopened
    following = _sprint(s, board, "Sprint 2")
    add_card_to_sprint(s, done.id, following.id)
    assert done.sprint_id == following.id
    # The closed sprint's history is left as it was at its end.
    assert _events(s, done, CardEventKind.SPRINT_REMOVED) == []


def test_only_planned_sprints_can_be_deleted_and_their_cards_return(s: Session) -> None:
    board = _board(s)
    sprint = _sprint(s, board)
    card = _card(s, board, "Karte")
    add_card_to_sprint(s, card.id, sprint.id)
    delete_sprint(s, sprint.id)
    assert card.sprint_id is None
    assert len(_events(s, card, CardEventKind.SPRINT_REMOVED)) == 1
    running = _sprint(s, board, "Sprint 2")
    start_sprint(s, running.id)
    with pytest.raises(ValidationError, match="nur geplante Sprints"):
        delete_sprint(s, running.id)


def test_sprint_ops_do_not_commit(db: Database) -> None:
    with db.transaction() as s:
        board = _board(s)
        board_id = board.id
    with db.session() as s:
        sprint_id = create_sprint(s, board_id, "Sprint 1", MON, FRI).value.id
        start_sprint(s, sprint_id)
        s.rollback()
    with db.session() as s:
        assert s.scalar(select(Sprint.id)) is None


def test_run_through_database_commits_one_transaction(db: Database) -> None:
    with db.transaction() as s:
        board_id = _board(s).id
    ref = db.run(create_sprint, board_id, "Sprint 1", MON, FRI)
    with db.session() as s:
        assert s.get_one(Sprint, ref.value.id).name == "Sprint 1"
