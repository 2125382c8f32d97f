"""„Übernehmen“: taking another office's solution approach or board into the own office.

What arrived in a bundle is read-only here. Adopting copies it into the own (local) office —
new UUIDs, the own office as origin, editable — and records the adoption on the original
(:class:`SolutionAdoption`, :class:`BoardAdoption`). The adoption travels in the adopting
office's next export (site scope, or all solution approaches) and so reaches the origin, which
then sees where its approach was taken up.
"""

from __future__ import annotations

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from kimboard.core.clock import today, utcnow
from kimboard.core.errors import ValidationError
from kimboard.core.guard import ALLOW_FOREIGN
from kimboard.core.models import (
    Board,
    BoardAdoption,
    BoardColumn,
    Card,
    CardEvent,
    CardEventKind,
    CardLabel,
    ChecklistItem,
    Label,
    Site,
    SolutionAdoption,
    SolutionApproach,
    SolutionStatus,
    SolutionStatusChange,
    Swimlane,
)
from kimboard.core.ops import Change, OpResult, Ref
from kimboard.core.ops._util import clean_text, get
from kimboard.core.ops.sites import _require_local


def origin_label(session: Session, origin_site_uuid: str | None) -> str | None:
    """„von <Dienststelle>“ for what came from another office; None for the own."""
    if not origin_site_uuid:
        return None
    row = session.execute(select(Site.name, Site.is_local)
                          .where(Site.uuid == origin_site_uuid)).first()
    if row is None or row.is_local:
        return None
    return f"von {row.name}"


def _target(session: Session, site_id: int, owner_site_id: int, what: str) -> Site:
    site = get(session, Site, site_id)
    _require_local(site)
    if owner_site_id == site.id:
        raise ValidationError(f"{what} gehört schon zu „{site.name}“.")
    return site


def adopt_solution(session: Session, approach_id: int, site_id: int,
                   note: str = "") -> OpResult[Ref]:
    """Copy an approach of another office into ``site_id`` (status: in trial) and record it."""
    original = get(session, SolutionApproach, approach_id)
    site = _target(session, site_id, original.site_id, "Der Lösungsansatz")
    if session.scalar(select(SolutionAdoption.id).where(
            SolutionAdoption.approach_id == original.id,
            SolutionAdoption.adopting_site_uuid == site.uuid)) is not None:
        raise ValidationError(f"„{site.name}“ hat diesen Lösungsansatz schon übernommen.")
    origin = session.get_one(Site, original.site_id)
    note = clean_text(note, "Die Notiz", max_len=5000, required=False)
    now = utcnow()
    copy = SolutionApproach(
        site_id=site.id, title=original.title, problem=original.problem,
        context=original.context, approach=original.approach,
        goal_area_id=original.goal_area_id, status=SolutionStatus.TRIAL.value,
        evidence=original.evidence, contact_role=original.contact_role,
        origin_site_uuid=site.uuid,
    )
    copy.status_changes = [SolutionStatusChange(
        from_status=None, to_status=SolutionStatus.TRIAL.value, at=now,
        note=f"Übernommen von {origin.name}" + (f": {note}" if note else ""),
        origin_site_uuid=site.uuid)]
    session.add(copy)
    session.add(SolutionAdoption(
        approach_id=original.id, adopting_site_uuid=site.uuid, adopting_site_name=site.name,
        adopted_on=today(), note=note, origin_site_uuid=site.uuid))
    session.flush()
    return OpResult(Ref(copy.id, copy.uuid), Change.SOLUTIONS)


def adopt_board(session: Session, board_id: int, site_id: int, note: str = "") -> OpResult[Ref]:
    """Copy a board of another office — columns, swimlanes, labels and its open cards with
    their checklists — into ``site_id``, and record the adoption.

    Not copied: people (assignees, comments), partners, sprints, retrospectives and the
    history; each copied card starts its own history with „angelegt“.
    """
    original = get(session, Board, board_id)
    site = _target(session, site_id, original.site_id, "Das Board")
    if session.scalar(select(BoardAdoption.id).where(
            BoardAdoption.board_id == original.id,
            BoardAdoption.adopting_site_uuid == site.uuid)) is not None:
        raise ValidationError(f"„{site.name}“ hat dieses Board schon übernommen.")
    note = clean_text(note, "Die Notiz", max_len=5000, required=False)
    now = utcnow()
    o = site.uuid
    copy = Board(site_id=site.id, name=original.name, description=original.description,
                 mode=original.mode, next_card_number=original.next_card_number,
                 origin_site_uuid=o)
    columns = {c.id: BoardColumn(name=c.name, position=c.position, kind=c.kind,
                                 wip_limit=c.wip_limit, wip_mode=c.wip_mode, origin_site_uuid=o)
               for c in original.columns}
    lanes = {s.id: Swimlane(name=s.name, position=s.position, origin_site_uuid=o)
             for s in original.swimlanes}
    labels = {lb.id: Label(name=lb.name, color=lb.color, origin_site_uuid=o)
              for lb in original.labels}
    copy.columns = list(columns.values())
    copy.swimlanes = list(lanes.values())
    copy.labels = list(labels.values())
    session.add(copy)
    session.flush()
    cards = list(session.scalars(select(Card).where(Card.board_id == original.id,
                                                    Card.archived_at.is_(None))
                                 .order_by(Card.number)))
    copies: list[tuple[Card, Card]] = []
    for card in cards:
        new = Card(board_id=copy.id, column_id=columns[card.column_id].id,
                   swimlane_id=lanes[card.swimlane_id].id if card.swimlane_id in lanes else None,
                   order_key=card.order_key, number=card.number, title=card.title,
                   description=card.description, priority=card.priority,
                   due_date=card.due_date, estimate=card.estimate, blocked=card.blocked,
                   blocked_reason=card.blocked_reason, goal_area_id=card.goal_area_id,
                   backlog_rank=card.backlog_rank, origin_site_uuid=o)
        new.checklist = [ChecklistItem(text=i.text, done=i.done, position=i.position,
                                       origin_site_uuid=o) for i in card.checklist]
        session.add(new)
        copies.append((card, new))
    session.flush()
    label_rows = [{"card_id": new.id, "label_id": labels[lb.id].id}
                  for card, new in copies for lb in card.labels if lb.id in labels]
    if label_rows:
        session.execute(insert(CardLabel), label_rows)
    for _card, new in copies:
        session.add(CardEvent(card_id=new.id, board_id=copy.id, kind=CardEventKind.CREATED.value,
                              at=now, to_column_id=new.column_id, origin_site_uuid=o))
    session.flush()
    # The record hangs on the other office's (read-only) board: the one write allowed there.
    before = session.info.get(ALLOW_FOREIGN)
    session.info[ALLOW_FOREIGN] = True
    try:
        session.add(BoardAdoption(board_id=original.id, adopting_site_uuid=site.uuid,
                                  adopting_site_name=site.name, adopted_on=today(), note=note,
                                  copy_uuid=copy.uuid, origin_site_uuid=o))
        session.flush()
    finally:
        if before is None:
            session.info.pop(ALLOW_FOREIGN, None)
        else:
            session.info[ALLOW_FOREIGN] = before
    return OpResult(Ref(copy.id, copy.uuid),
                    Change.BOARDS | Change.COLUMNS | Change.SWIMLANES | Change.LABELS
                    | Change.CARDS)
