"""What the backlog view shows: the ordered product backlog and the open sprints' plans.

The **backlog** is every card of a Scrum board that is not archived, not done, and not in a
planned or running sprint. Backlog and sprint plans share one order, ``Card.backlog_rank``;
cards never ranked follow the ranked ones by priority (highest first) and number.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, and_, case, or_, select
from sqlalchemy.orm import Session

from kimboard.core.metrics import BoardHistory, velocity
from kimboard.core.models import Board, BoardColumn, Card, ColumnKind, Sprint, SprintState
from kimboard.core.ops._util import get

_OPEN_STATES = (SprintState.PLANNED.value, SprintState.ACTIVE.value)


@dataclass(frozen=True, slots=True)
class PlanCard:
    id: int
    uuid: str
    number: int
    title: str
    estimate: float | None
    priority: int
    column: str
    done: bool
    blocked: bool


@dataclass(frozen=True, slots=True)
class SprintPlan:
    id: int
    uuid: str
    name: str
    goal: str
    start_date: dt.date
    end_date: dt.date
    state: str
    version: int
    cards: tuple[PlanCard, ...]

    @property
    def points(self) -> float:
        return sum(c.estimate or 0.0 for c in self.cards)

    @property
    def unestimated(self) -> int:
        return sum(1 for c in self.cards if c.estimate is None)


@dataclass(frozen=True, slots=True)
class BacklogSnapshot:
    board_id: int
    board_uuid: str
    board_name: str
    is_scrum: bool
    read_only: bool
    backlog: tuple[PlanCard, ...]
    sprints: tuple[SprintPlan, ...]  # planned and running, by start date
    #: Completed points per closed sprint, rolling over the last ``velocity_window`` ones.
    velocity_average: float | None
    velocity_window: int
    closed_sprints: int

    def list_of(self, sprint_id: int | None) -> tuple[PlanCard, ...]:
        if sprint_id is None:
            return self.backlog
        return next((p.cards for p in self.sprints if p.id == sprint_id), ())


def ordered(stmt: Select) -> Select:  # type: ignore[type-arg]
    """Order cards as backlog and sprint plans show them."""
    return stmt.order_by(
        case((Card.backlog_rank.is_(None), 1), else_=0), Card.backlog_rank,
        Card.priority.desc(), Card.number,
    )


def list_filter(board_id: int, sprint_id: int | None):  # noqa: ANN201 - SQL expression
    """The cards of one list: the backlog (``sprint_id`` None) or an open sprint's plan."""
    if sprint_id is not None:
        return and_(Card.board_id == board_id, Card.sprint_id == sprint_id,
                    Card.archived_at.is_(None))
    open_sprints = select(Sprint.id).where(Sprint.board_id == board_id,
                                           Sprint.state.in_(_OPEN_STATES))
    done_columns = select(BoardColumn.id).where(BoardColumn.board_id == board_id,
                                                BoardColumn.kind == ColumnKind.DONE.value)
    return and_(
        Card.board_id == board_id, Card.archived_at.is_(None),
        or_(Card.sprint_id.is_(None), Card.sprint_id.not_in(open_sprints)),
        Card.column_id.not_in(done_columns),
    )


def _cards(session: Session, where, columns: dict[int, tuple[str, bool]]  # noqa: ANN001
           ) -> tuple[PlanCard, ...]:
    rows = session.execute(ordered(select(
        Card.id, Card.uuid, Card.number, Card.title, Card.estimate, Card.priority,
        Card.column_id, Card.blocked,
    ).where(where)))
    return tuple(
        PlanCard(r[0], r[1], r[2], r[3], r[4], r[5], columns[r[6]][0], columns[r[6]][1], r[7])
        for r in rows
    )


def load_backlog(session: Session, board_id: int) -> BacklogSnapshot:
    board = get(session, Board, board_id)
    columns = {c.id: (c.name, c.kind == ColumnKind.DONE.value) for c in board.columns}
    sprints = tuple(
        SprintPlan(sp.id, sp.uuid, sp.name, sp.goal, sp.start_date, sp.end_date, sp.state,
                   sp.version, _cards(session, list_filter(board.id, sp.id), columns))
        for sp in session.scalars(
            select(Sprint).where(Sprint.board_id == board.id, Sprint.state.in_(_OPEN_STATES))
            .order_by(case((Sprint.state == SprintState.ACTIVE.value, 0), else_=1),
                      Sprint.start_date, Sprint.id))
    )
    vel = velocity(session, BoardHistory(session, board, only_sprints=True))
    return BacklogSnapshot(
        board_id=board.id, board_uuid=board.uuid, board_name=board.name,
        is_scrum=board.mode == "scrum",
        read_only=not board.site.is_local or board.archived_at is not None,
        backlog=_cards(session, list_filter(board.id, None), columns),
        sprints=sprints,
        velocity_average=vel["average_points"], velocity_window=vel["window"],
        closed_sprints=len(vel["sprints"]),
    )
