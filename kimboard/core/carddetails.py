"""Everything the card editor shows about one card, read in a fixed handful of queries.

The editor never sees ORM objects: it gets a :class:`CardDetails` with the card's fields,
its checklist, its comments and its history as plain German sentences (newest first). The
number of queries does not grow with the length of the history: names of columns, sprints,
members and labels an event refers to are fetched in one query each.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from kimboard.core.errors import NotFound
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
    Comment,
    Label,
    Member,
    Priority,
    Sprint,
)

#: What a deleted column, member, label or sprint is called in the history.
DELETED = "(gelöscht)"

_PRIORITY_NAMES = {
    Priority.LOW: "niedrig",
    Priority.NORMAL: "normal",
    Priority.HIGH: "hoch",
    Priority.CRITICAL: "kritisch",
}

#: Field keys of an "edited" event (CardEvent.new_value, comma separated) in German.
EDITED_FIELD_NAMES = {
    "title": "Titel",
    "description": "Beschreibung",
    "priority": "Priorität",
    "due_date": "Fälligkeitsdatum",
    "goal_area": "Zielbereich",
    "swimlane": "Swimlane",
    "blocked_reason": "Blockadegrund",
}


def describe_priority(priority: int) -> str:
    """The German word for a priority: niedrig, normal, hoch, kritisch."""
    try:
        return _PRIORITY_NAMES[Priority(priority)]
    except ValueError:
        return str(priority)


@dataclass(frozen=True, slots=True)
class ChecklistEntry:
    id: int
    text: str
    done: bool
    position: int


@dataclass(frozen=True, slots=True)
class CommentEntry:
    id: int
    body: str
    #: None: written without a name, or by a member who was deleted since.
    author_name: str | None
    created_at: dt.datetime
    version: int
    #: True once the comment was changed after it was written.
    edited: bool = False


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    at: dt.datetime
    actor_name: str | None
    #: One plain German sentence ("Verschoben von „Zu erledigen“ nach „In Arbeit“").
    text: str


@dataclass(frozen=True, slots=True)
class CardDetails:
    id: int
    uuid: str
    number: int
    title: str
    description: str
    board_id: int
    board_name: str
    column_name: str
    swimlane_id: int | None
    priority: int
    due_date: dt.date | None
    estimate: float | None
    blocked: bool
    blocked_reason: str
    goal_area_id: int | None
    label_ids: tuple[int, ...]
    assignee_ids: tuple[int, ...]
    partner_ids: tuple[int, ...]
    archived: bool
    version: int
    created_at: dt.datetime
    checklist: tuple[ChecklistEntry, ...]
    comments: tuple[CommentEntry, ...]
    #: Newest first.
    history: tuple[HistoryEntry, ...]


# --------------------------------------------------------------------------- formatting


def format_points(value: float) -> str:
    """A German number without needless zeros: 3, 2,5."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def _points(value: str | None) -> float | None:
    if value is None or value == "":
        return None
    try:
        return float(value)
    except ValueError:
        return None


def _unit(value: float) -> str:
    return "Punkt" if value == 1 else "Punkte"


def _quoted(name: str | None) -> str:
    return f"„{name}“" if name is not None else DELETED


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _estimate_text(old: str | None, new: str | None) -> str:
    before, after = _points(old), _points(new)
    if before is None and after is None:
        return "Schätzung entfernt"
    if before is None:
        assert after is not None
        return f"Schätzung gesetzt: {format_points(after)} {_unit(after)}"
    if after is None:
        return f"Schätzung entfernt (vorher {format_points(before)} {_unit(before)})"
    return f"Schätzung geändert: {format_points(before)} → {format_points(after)} {_unit(after)}"


def _edited_text(value: str | None) -> str:
    keys = [k for k in (value or "").split(",") if k]
    if not keys:
        return "Bearbeitet"
    return "Bearbeitet: " + ", ".join(EDITED_FIELD_NAMES.get(k, k) for k in keys)


@dataclass(frozen=True, slots=True)
class _EventRow:
    kind: str
    at: dt.datetime
    actor_name: str | None
    from_column: str | None
    to_column: str | None
    sprint_name: str | None
    old_value: str | None
    new_value: str | None


def _describe(ev: _EventRow, members: dict[int, str], labels: dict[int, str]) -> str:
    kind = ev.kind
    if kind == CardEventKind.CREATED:
        return f"Angelegt in {_quoted(ev.to_column)}"
    if kind == CardEventKind.MOVED:
        return f"Verschoben von {_quoted(ev.from_column)} nach {_quoted(ev.to_column)}"
    if kind == CardEventKind.EDITED:
        return _edited_text(ev.new_value)
    if kind == CardEventKind.ESTIMATE_CHANGED:
        return _estimate_text(ev.old_value, ev.new_value)
    if kind == CardEventKind.SPRINT_ADDED:
        return f"Zum Sprint {_quoted(ev.sprint_name)} hinzugefügt"
    if kind == CardEventKind.SPRINT_REMOVED:
        return f"Aus Sprint {_quoted(ev.sprint_name)} entfernt"
    if kind == CardEventKind.BLOCKED:
        return f"Blockiert: {ev.new_value}" if ev.new_value else "Blockiert"
    if kind == CardEventKind.UNBLOCKED:
        return "Blockade aufgehoben"
    if kind == CardEventKind.ARCHIVED:
        return "Archiviert"
    if kind == CardEventKind.RESTORED:
        return "Wiederhergestellt"
    if kind in (CardEventKind.ASSIGNED, CardEventKind.UNASSIGNED):
        mid = _int(ev.new_value)
        name = members.get(mid, DELETED) if mid is not None else DELETED
        return f"Zugewiesen an {name}" if kind == CardEventKind.ASSIGNED \
            else f"Zuweisung entfernt: {name}"
    if kind in (CardEventKind.LABELED, CardEventKind.UNLABELED):
        lid = _int(ev.new_value)
        name = labels.get(lid, DELETED) if lid is not None else DELETED
        return f"Label hinzugefügt: {name}" if kind == CardEventKind.LABELED \
            else f"Label entfernt: {name}"
    if kind == CardEventKind.COMMENTED:
        return "Kommentar hinzugefügt"
    return f"Geändert ({kind})"


# --------------------------------------------------------------------------- loading


def _ids_of(rows: Iterable[_EventRow], kinds: tuple[CardEventKind, ...]) -> set[int]:
    out = set()
    for r in rows:
        if r.kind in kinds:
            value = _int(r.new_value)
            if value is not None:
                out.add(value)
    return out


def _history(session: Session, card_id: int) -> tuple[HistoryEntry, ...]:
    from_col, to_col = aliased(BoardColumn), aliased(BoardColumn)
    rows = [
        _EventRow(*r) for r in session.execute(
            select(CardEvent.kind, CardEvent.at, Member.display_name, from_col.name,
                   to_col.name, Sprint.name, CardEvent.old_value, CardEvent.new_value)
            .outerjoin(Member, Member.id == CardEvent.actor_id)
            .outerjoin(from_col, from_col.id == CardEvent.from_column_id)
            .outerjoin(to_col, to_col.id == CardEvent.to_column_id)
            .outerjoin(Sprint, Sprint.id == CardEvent.sprint_id)
            .where(CardEvent.card_id == card_id)
            .order_by(CardEvent.at.desc(), CardEvent.id.desc())
        )
    ]
    member_ids = _ids_of(rows, (CardEventKind.ASSIGNED, CardEventKind.UNASSIGNED))
    label_ids = _ids_of(rows, (CardEventKind.LABELED, CardEventKind.UNLABELED))
    members: dict[int, str] = {}
    labels: dict[int, str] = {}
    if member_ids:
        members = dict(session.execute(
            select(Member.id, Member.display_name).where(Member.id.in_(member_ids))).all())
    if label_ids:
        labels = dict(session.execute(
            select(Label.id, Label.name).where(Label.id.in_(label_ids))).all())
    return tuple(HistoryEntry(r.at, r.actor_name, _describe(r, members, labels)) for r in rows)


def _links(session: Session, table: type, column: str, card_id: int) -> tuple[int, ...]:
    target = getattr(table, column)
    return tuple(sorted(session.scalars(
        select(target).where(table.card_id == card_id))))  # type: ignore[attr-defined]


def load_card_details(session: Session, card_id: int) -> CardDetails:
    """The card with checklist, comments and history; raises NotFound for a deleted card."""
    row = session.execute(
        select(Card.id, Card.uuid, Card.number, Card.title, Card.description, Card.board_id,
               Board.name, BoardColumn.name, Card.swimlane_id, Card.priority, Card.due_date,
               Card.estimate, Card.blocked, Card.blocked_reason, Card.goal_area_id,
               Card.archived_at, Card.version, Card.created_at)
        .join(Board, Board.id == Card.board_id)
        .join(BoardColumn, BoardColumn.id == Card.column_id)
        .where(Card.id == card_id)
    ).first()
    if row is None:
        raise NotFound(f"Karte (Nr. {card_id}) gibt es nicht (mehr).")
    checklist = tuple(
        ChecklistEntry(r[0], r[1], bool(r[2]), r[3]) for r in session.execute(
            select(ChecklistItem.id, ChecklistItem.text, ChecklistItem.done,
                   ChecklistItem.position)
            .where(ChecklistItem.card_id == card_id)
            .order_by(ChecklistItem.position, ChecklistItem.id)
        )
    )
    comments = tuple(
        CommentEntry(r[0], r[1], r[2], r[3], r[4],
                     edited=r[5] is not None and (r[5] - r[3]) > dt.timedelta(seconds=1))
        for r in session.execute(
            select(Comment.id, Comment.body, Member.display_name, Comment.created_at,
                   Comment.version, Comment.updated_at)
            .outerjoin(Member, Member.id == Comment.author_id)
            .where(Comment.card_id == card_id)
            .order_by(Comment.created_at, Comment.id)
        )
    )
    return CardDetails(
        id=row[0], uuid=row[1], number=row[2], title=row[3], description=row[4] or "",
        board_id=row[5], board_name=row[6], column_name=row[7], swimlane_id=row[8],
        priority=row[9], due_date=row[10], estimate=row[11], blocked=bool(row[12]),
        blocked_reason=row[13] or "", goal_area_id=row[14],
        label_ids=_links(session, CardLabel, "label_id", card_id),
        assignee_ids=_links(session, CardAssignee, "member_id", card_id),
        partner_ids=_links(session, CardPartner, "partner_id", card_id),
        archived=row[15] is not None, version=row[16], created_at=row[17],
        checklist=checklist, comments=comments, history=_history(session, card_id),
    )
