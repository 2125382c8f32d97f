"""What a board view shows, read in a few queries as plain immutable values.

The UI never sees ORM objects: it gets a :class:`BoardSnapshot` (structure plus one
:class:`CardSummary` per active card) and refreshes single cards with :func:`card_summaries`.
A board with 10,000 cards loads in a handful of indexed queries, not one per card.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from kimboard.core.errors import NotFound
from kimboard.core.models import (
    Board,
    BoardColumn,
    Card,
    CardAssignee,
    CardLabel,
    CardPartner,
    ChecklistItem,
    Comment,
    GoalArea,
    Label,
    Member,
    Partner,
    Site,
    Sprint,
    Swimlane,
)
from kimboard.core.perf import paused_gc

_CHUNK = 900  # below SQLite's default limit of bound parameters


@dataclass(frozen=True, slots=True)
class ColumnInfo:
    id: int
    uuid: str
    name: str
    kind: str
    position: int
    wip_limit: int | None
    wip_mode: str
    version: int


@dataclass(frozen=True, slots=True)
class SwimlaneInfo:
    id: int
    name: str
    position: int


@dataclass(frozen=True, slots=True)
class LabelInfo:
    id: int
    name: str
    color: str


@dataclass(frozen=True, slots=True)
class MemberInfo:
    id: int
    display_name: str
    role: str
    active: bool

    @property
    def initials(self) -> str:
        parts = [p for p in self.display_name.replace("-", " ").split() if p[:1].isalpha()]
        if not parts:
            return "?"
        if len(parts) == 1:
            return parts[0][:2].upper()
        return (parts[0][0] + parts[-1][0]).upper()


@dataclass(frozen=True, slots=True)
class GoalAreaInfo:
    id: int
    key: str
    name: str


@dataclass(frozen=True, slots=True)
class PartnerInfo:
    id: int
    name: str
    kind: str


@dataclass(frozen=True, slots=True)
class CardSummary:
    """Everything the board paints for one card, and what filters look at."""

    id: int
    uuid: str
    number: int
    title: str
    column_id: int
    swimlane_id: int | None
    order_key: str
    priority: int
    due_date: dt.date | None
    estimate: float | None
    blocked: bool
    blocked_reason: str
    goal_area_id: int | None
    sprint_id: int | None
    archived: bool
    version: int
    label_ids: tuple[int, ...]
    assignee_ids: tuple[int, ...]
    partner_ids: tuple[int, ...]
    checklist_done: int
    checklist_total: int
    comment_count: int


@dataclass(frozen=True, slots=True)
class BoardSnapshot:
    id: int
    uuid: str
    name: str
    mode: str
    site_id: int
    site_name: str
    site_is_local: bool
    version: int
    columns: tuple[ColumnInfo, ...]
    swimlanes: tuple[SwimlaneInfo, ...]
    labels: tuple[LabelInfo, ...]
    members: tuple[MemberInfo, ...]
    goal_areas: tuple[GoalAreaInfo, ...]
    partners: tuple[PartnerInfo, ...]
    active_sprint_id: int | None
    #: Active cards in board order (column position, then order key).
    cards: tuple[CardSummary, ...]


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i : i + _CHUNK]


def _links(session: Session, table: type, column: str, card_ids: Sequence[int] | None,
           board_id: int | None) -> dict[int, tuple[int, ...]]:
    target = getattr(table, column)
    out: dict[int, list[int]] = {}
    stmts = []
    if board_id is not None:
        stmts.append(
            select(table.card_id, target)  # type: ignore[attr-defined]
            .join(Card, Card.id == table.card_id)  # type: ignore[attr-defined]
            .where(Card.board_id == board_id, Card.archived_at.is_(None))
        )
    else:
        assert card_ids is not None
        stmts.extend(
            select(table.card_id, target).where(table.card_id.in_(chunk))  # type: ignore[attr-defined]
            for chunk in _chunks(card_ids)
        )
    conn = session.connection()  # Core rows: no ORM row processing for plain columns
    for stmt in stmts:
        for card_id, value in conn.execute(stmt).all():
            out.setdefault(card_id, []).append(value)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _counts(session: Session, card_ids: Sequence[int] | None, board_id: int | None
            ) -> tuple[dict[int, tuple[int, int]], dict[int, int]]:
    checklist: dict[int, tuple[int, int]] = {}
    comments: dict[int, int] = {}

    def scoped(stmt, table):  # type: ignore[no-untyped-def]
        if board_id is not None:
            return [stmt.join(Card, Card.id == table.card_id).where(
                Card.board_id == board_id, Card.archived_at.is_(None))]
        assert card_ids is not None
        return [stmt.where(table.card_id.in_(chunk)) for chunk in _chunks(card_ids)]

    conn = session.connection()
    done = func.sum(case((ChecklistItem.done, 1), else_=0))
    for stmt in scoped(select(ChecklistItem.card_id, func.count(), done)
                       .group_by(ChecklistItem.card_id), ChecklistItem):
        for card_id, total, n_done in conn.execute(stmt):
            checklist[card_id] = (int(n_done or 0), int(total))
    for stmt in scoped(select(Comment.card_id, func.count()).group_by(Comment.card_id), Comment):
        for card_id, n in conn.execute(stmt):
            comments[card_id] = int(n)
    return checklist, comments


_CARD_COLUMNS = (
    Card.id, Card.uuid, Card.number, Card.title, Card.column_id, Card.swimlane_id,
    Card.order_key, Card.priority, Card.due_date, Card.estimate, Card.blocked,
    Card.blocked_reason, Card.goal_area_id, Card.sprint_id, Card.archived_at, Card.version,
)


def _summaries(session: Session, rows: Iterable[tuple], card_ids: Sequence[int] | None,
               board_id: int | None) -> list[CardSummary]:
    rows = list(rows)
    labels = _links(session, CardLabel, "label_id", card_ids, board_id)
    assignees = _links(session, CardAssignee, "member_id", card_ids, board_id)
    partners = _links(session, CardPartner, "partner_id", card_ids, board_id)
    checklist, comments = _counts(session, card_ids, board_id)
    out = []
    for r in rows:
        cid = r[0]
        done, total = checklist.get(cid, (0, 0))
        out.append(CardSummary(
            id=cid, uuid=r[1], number=r[2], title=r[3], column_id=r[4], swimlane_id=r[5],
            order_key=r[6], priority=r[7], due_date=r[8], estimate=r[9], blocked=bool(r[10]),
            blocked_reason=r[11] or "", goal_area_id=r[12], sprint_id=r[13],
            archived=r[14] is not None, version=r[15],
            label_ids=labels.get(cid, ()), assignee_ids=assignees.get(cid, ()),
            partner_ids=partners.get(cid, ()), checklist_done=done, checklist_total=total,
            comment_count=comments.get(cid, 0),
        ))
    return out


def load_board(session: Session, board_id: int) -> BoardSnapshot:
    """Everything a board view shows, in one read (10,000 cards: ~0.1 s)."""
    with paused_gc():  # tens of thousands of small objects, none of them in a cycle
        return _load_board(session, board_id)


def _load_board(session: Session, board_id: int) -> BoardSnapshot:
    board = session.get(Board, board_id)
    if board is None:
        raise NotFound(f"Board (Nr. {board_id}) gibt es nicht (mehr).")
    site = session.get_one(Site, board.site_id)
    columns = tuple(
        ColumnInfo(c.id, c.uuid, c.name, c.kind, c.position, c.wip_limit, c.wip_mode, c.version)
        for c in session.scalars(
            select(BoardColumn).where(BoardColumn.board_id == board.id)
            .order_by(BoardColumn.position)
        )
    )
    position = {c.id: c.position for c in columns}
    # Unordered (no temporary B-tree in SQLite): sorted below by column position anyway.
    rows = session.connection().execute(
        select(*_CARD_COLUMNS).where(Card.board_id == board.id, Card.archived_at.is_(None))
    ).all()
    cards = _summaries(session, rows, None, board.id)
    cards.sort(key=lambda c: (position.get(c.column_id, 0), c.order_key, c.id))
    return BoardSnapshot(
        id=board.id, uuid=board.uuid, name=board.name, mode=board.mode, site_id=site.id,
        site_name=site.name, site_is_local=site.is_local, version=board.version,
        columns=columns,
        swimlanes=tuple(SwimlaneInfo(s.id, s.name, s.position) for s in session.scalars(
            select(Swimlane).where(Swimlane.board_id == board.id).order_by(Swimlane.position))),
        labels=tuple(LabelInfo(lb.id, lb.name, lb.color) for lb in session.scalars(
            select(Label).where(Label.board_id == board.id).order_by(Label.name))),
        members=tuple(MemberInfo(m.id, m.display_name, m.role, m.active) for m in session.scalars(
            select(Member).where(Member.site_id == site.id).order_by(Member.display_name))),
        goal_areas=tuple(GoalAreaInfo(g.id, g.key, g.name) for g in session.scalars(
            select(GoalArea).order_by(GoalArea.position))),
        partners=tuple(PartnerInfo(p.id, p.name, p.kind) for p in session.scalars(
            select(Partner).where(Partner.site_id == site.id, Partner.archived_at.is_(None))
            .order_by(Partner.name))),
        active_sprint_id=session.scalar(
            select(Sprint.id).where(Sprint.board_id == board.id, Sprint.state == "active")),
        cards=tuple(cards),
    )


def card_ids_for_uuids(session: Session, uuids: Sequence[str]) -> dict[str, int]:
    """uuid -> current integer key of the cards that still exist."""
    out: dict[str, int] = {}
    for i in range(0, len(uuids), _CHUNK):
        out.update(session.execute(
            select(Card.uuid, Card.id).where(Card.uuid.in_(uuids[i : i + _CHUNK]))).all())
    return out


def card_summaries(session: Session, card_ids: Sequence[int]) -> dict[int, CardSummary]:
    """Fresh summaries of these cards (archived ones included; deleted ones are absent)."""
    ids = list(dict.fromkeys(card_ids))
    rows: list[tuple] = []
    conn = session.connection()
    for chunk in _chunks(ids):
        rows.extend(conn.execute(select(*_CARD_COLUMNS).where(Card.id.in_(chunk))).all())
    return {c.id: c for c in _summaries(session, rows, ids, None)}


@dataclass(frozen=True, slots=True)
class ArchivedCard:
    uuid: str
    number: int
    title: str
    column_name: str
    archived_at: dt.datetime


def archived_cards(session: Session, board_id: int) -> list[ArchivedCard]:
    """The board's archived cards, most recently archived first."""
    rows = session.execute(
        select(Card.uuid, Card.number, Card.title, BoardColumn.name, Card.archived_at)
        .join(BoardColumn, BoardColumn.id == Card.column_id)
        .where(Card.board_id == board_id, Card.archived_at.is_not(None))
        .order_by(Card.archived_at.desc(), Card.id.desc())
    ).all()
    return [ArchivedCard(r[0], r[1], r[2], r[3], r[4]) for r in rows if r[4] is not None]
