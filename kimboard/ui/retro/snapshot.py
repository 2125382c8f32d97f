"""What the meeting window shows of a retrospective, read in one go as plain frozen values.

Qt-free on purpose (it could move to ``kimboard.core`` unchanged): the UI never holds ORM
objects. Authors of items are never read — the meeting shows nobody's name next to an item,
not even in a retrospective with names.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from kimboard.core.models import (
    ActionItem,
    ActionStatus,
    Board,
    BoardColumn,
    Card,
    ColumnKind,
    Member,
    RatingKind,
    RetroGroup,
    RetroItem,
    RetroPrompt,
    RetroRating,
    Retrospective,
    RetroTemplate,
    RetroVote,
    Site,
    Sprint,
)
from kimboard.core.ops._util import get


@dataclass(frozen=True, slots=True)
class PromptInfo:
    id: int
    title: str
    description: str
    color: str


@dataclass(frozen=True, slots=True)
class ItemInfo:
    id: int
    prompt_id: int | None
    group_id: int | None
    text: str


@dataclass(frozen=True, slots=True)
class GroupInfo:
    id: int
    title: str
    notes: str


@dataclass(frozen=True, slots=True)
class ActionInfo:
    id: int
    text: str
    owner_id: int | None
    owner_name: str
    due_date: dt.date | None
    status: str
    outcome: str | None
    group_id: int | None
    card_id: int | None
    card_number: int | None
    card_board: str
    card_done: bool
    version: int
    #: for actions of earlier retrospectives: where they were agreed
    retro_title: str = ""
    retro_date: dt.date | None = None
    reviewed_here: bool = False


@dataclass(frozen=True, slots=True)
class Topic:
    """What the team votes on and discusses: a group, or an item left on its own."""

    group_id: int | None
    item_id: int | None
    title: str
    items: tuple[ItemInfo, ...]
    votes: int
    notes: str

    @property
    def key(self) -> tuple[str, int]:
        return ("group", self.group_id) if self.group_id is not None \
            else ("item", self.item_id or 0)


@dataclass(frozen=True, slots=True)
class RetroSnapshot:
    id: int
    uuid: str
    title: str
    held_on: dt.date
    phase: str
    anonymous: bool
    vote_budget: int
    vote_cap: int
    site_id: int
    site_local: bool
    board_id: int | None
    board_name: str
    sprint_name: str
    template_name: str
    prompts: tuple[PromptInfo, ...]
    items: tuple[ItemInfo, ...]
    groups: tuple[GroupInfo, ...]
    item_votes: dict[int, int] = field(default_factory=dict)
    group_votes: dict[int, int] = field(default_factory=dict)
    voters: int = 0
    moods: tuple[int, ...] = ()
    rotis: tuple[int, ...] = ()
    actions: tuple[ActionInfo, ...] = ()
    #: earlier retrospectives' actions not yet reviewed (and those reviewed in this one)
    review: tuple[ActionInfo, ...] = ()
    members: tuple[tuple[int, str], ...] = ()
    boards: tuple[tuple[int, str], ...] = ()

    # ------------------------------------------------------------------ derived

    def prompt(self, prompt_id: int | None) -> PromptInfo | None:
        return next((p for p in self.prompts if p.id == prompt_id), None)

    def group(self, group_id: int | None) -> GroupInfo | None:
        return next((g for g in self.groups if g.id == group_id), None)

    def item(self, item_id: int) -> ItemInfo | None:
        return next((i for i in self.items if i.id == item_id), None)

    def shuffled(self, items: tuple[ItemInfo, ...] | list[ItemInfo]) -> list[ItemInfo]:
        """Items in an order that says nothing about who wrote first: a permutation seeded
        by the retrospective (stable while the meeting runs, not the order of writing)."""
        order = sorted(i.id for i in self.items)
        random.Random(self.uuid).shuffle(order)
        rank = {item_id: n for n, item_id in enumerate(order)}
        return sorted(items, key=lambda i: rank.get(i.id, 0))

    def items_of_prompt(self, prompt_id: int | None) -> list[ItemInfo]:
        return self.shuffled([i for i in self.items if i.prompt_id == prompt_id])

    def items_of_group(self, group_id: int | None) -> list[ItemInfo]:
        return self.shuffled([i for i in self.items if i.group_id == group_id])

    def topics(self) -> list[Topic]:
        """Groups (their votes include those on their items) and ungrouped items, most
        votes first; ties keep the groups' order, then the shuffled items' order."""
        topics: list[Topic] = []
        for group in self.groups:
            items = tuple(self.items_of_group(group.id))
            votes = self.group_votes.get(group.id, 0) + sum(
                self.item_votes.get(i.id, 0) for i in items)
            topics.append(Topic(group.id, None, group.title, items, votes, group.notes))
        for item in self.items_of_group(None):
            topics.append(Topic(None, item.id, item.text, (item,),
                                self.item_votes.get(item.id, 0), ""))
        order = {t.key: n for n, t in enumerate(topics)}
        return sorted(topics, key=lambda t: (-t.votes, order[t.key]))


def _actions(session: Session, where: object, retro_id: int) -> list[ActionInfo]:
    done_columns = select(BoardColumn.id).where(BoardColumn.kind == ColumnKind.DONE.value)
    rows = session.execute(
        select(ActionItem, Member.display_name, Card.number, Board.name,
               Card.column_id.in_(done_columns), Retrospective.title, Retrospective.held_on)
        .outerjoin(Member, Member.id == ActionItem.owner_id)
        .outerjoin(Card, Card.id == ActionItem.card_id)
        .outerjoin(Board, Board.id == Card.board_id)
        .outerjoin(Retrospective, Retrospective.id == ActionItem.retro_id)
        .where(where)  # type: ignore[arg-type]
        .order_by(Retrospective.held_on, ActionItem.id)
    ).all()
    return [
        ActionInfo(
            id=a.id, text=a.text, owner_id=a.owner_id, owner_name=owner or "",
            due_date=a.due_date, status=a.status, outcome=a.outcome, group_id=a.group_id,
            card_id=a.card_id if number is not None else None, card_number=number,
            card_board=board or "", card_done=bool(done), version=a.version,
            retro_title=title or "", retro_date=held_on,
            reviewed_here=a.reviewed_in_retro_id == retro_id,
        )
        for a, owner, number, board, done, title, held_on in rows
    ]


def load_retro(session: Session, retro_id: int) -> RetroSnapshot:
    retro = get(session, Retrospective, retro_id)
    site = get(session, Site, retro.site_id)
    board = session.get(Board, retro.board_id) if retro.board_id is not None else None
    sprint = session.get(Sprint, retro.sprint_id) if retro.sprint_id is not None else None
    template = session.get(RetroTemplate, retro.template_id) \
        if retro.template_id is not None else None
    prompts = tuple(
        PromptInfo(p.id, p.title, p.description, p.color)
        for p in session.scalars(select(RetroPrompt).where(
            RetroPrompt.template_id == retro.template_id).order_by(RetroPrompt.position))
    ) if template is not None else ()
    items = tuple(
        ItemInfo(i.id, i.prompt_id, i.group_id, i.text)
        for i in session.scalars(select(RetroItem).where(RetroItem.retro_id == retro.id)
                                 .order_by(RetroItem.position, RetroItem.id))
    )
    groups = tuple(
        GroupInfo(g.id, g.title, g.discussion_notes)
        for g in session.scalars(select(RetroGroup).where(RetroGroup.retro_id == retro.id)
                                 .order_by(RetroGroup.position, RetroGroup.id))
    )
    item_votes: Counter[int] = Counter()
    group_votes: Counter[int] = Counter()
    for item_id, group_id, n in session.execute(
            select(RetroVote.item_id, RetroVote.group_id, func.count())
            .where(RetroVote.retro_id == retro.id)
            .group_by(RetroVote.item_id, RetroVote.group_id)):
        if item_id is not None:
            item_votes[item_id] += n
        elif group_id is not None:
            group_votes[group_id] += n
    voters = int(session.scalar(select(func.count(func.distinct(RetroVote.voter_token)))
                                .where(RetroVote.retro_id == retro.id)) or 0)
    ratings = session.execute(select(RetroRating.kind, RetroRating.value)
                              .where(RetroRating.retro_id == retro.id)
                              .order_by(RetroRating.id)).all()

    # Earlier retrospectives of the same board (or, without a board, the office's others
    # without one): their open actions, and those already reviewed in this meeting.
    same_scope = (Retrospective.board_id == retro.board_id) if retro.board_id is not None \
        else Retrospective.board_id.is_(None)
    earlier = select(Retrospective.id).where(
        Retrospective.site_id == retro.site_id, same_scope, Retrospective.id != retro.id,
        or_(Retrospective.held_on < retro.held_on,
            and_(Retrospective.held_on == retro.held_on, Retrospective.id < retro.id)))
    # Not yet reviewed (open, or done in the meantime: was it effective?), or reviewed here.
    review = _actions(session, and_(
        ActionItem.retro_id.in_(earlier),
        or_(and_(ActionItem.reviewed_in_retro_id.is_(None),
                 ActionItem.status != ActionStatus.DROPPED.value),
            ActionItem.reviewed_in_retro_id == retro.id)), retro.id)
    members = tuple((int(r[0]), str(r[1])) for r in session.execute(
        select(Member.id, Member.display_name)
        .where(Member.site_id == site.id, Member.active, Member.erased_at.is_(None))
        .order_by(func.lower(Member.display_name))))
    boards = tuple((int(r[0]), str(r[1])) for r in session.execute(
        select(Board.id, Board.name)
        .where(Board.site_id == site.id, Board.archived_at.is_(None))
        .order_by(func.lower(Board.name))))
    return RetroSnapshot(
        id=retro.id, uuid=retro.uuid, title=retro.title, held_on=retro.held_on,
        phase=retro.phase, anonymous=retro.anonymous, vote_budget=retro.vote_budget,
        vote_cap=retro.vote_cap_per_item, site_id=site.id, site_local=bool(site.is_local),
        board_id=retro.board_id, board_name=board.name if board is not None else "",
        sprint_name=sprint.name if sprint is not None else "",
        template_name=template.name if template is not None else "",
        prompts=prompts, items=items, groups=groups,
        item_votes=dict(item_votes), group_votes=dict(group_votes), voters=voters,
        moods=tuple(v for k, v in ratings if k == RatingKind.MOOD.value),
        rotis=tuple(v for k, v in ratings if k == RatingKind.ROTI.value),
        actions=tuple(_actions(session, ActionItem.retro_id == retro.id, retro.id)),
        review=tuple(review), members=members, boards=boards,
    )


def votes_of(session: Session, retro_id: int, voter_token: str) -> dict[tuple[str, int], int]:
    """One participant's own dots (only while it is their turn at the curtain)."""
    counts: dict[tuple[str, int], int] = {}
    for item_id, group_id in session.execute(
            select(RetroVote.item_id, RetroVote.group_id).where(
                RetroVote.retro_id == retro_id, RetroVote.voter_token == voter_token)):
        key = ("item", item_id) if item_id is not None else ("group", group_id)
        counts[key] = counts.get(key, 0) + 1
    return counts


def board_columns(session: Session, board_id: int) -> list[tuple[int, str, str]]:
    """(id, name, kind) of a board's columns, in order."""
    return [(int(r[0]), str(r[1]), str(r[2])) for r in session.execute(
        select(BoardColumn.id, BoardColumn.name, BoardColumn.kind)
        .where(BoardColumn.board_id == board_id).order_by(BoardColumn.position))]
