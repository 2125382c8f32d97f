"""The whole data model of kimboard, as SQLAlchemy 2 typed ORM classes.

This module owns the schema. Every change here needs an Alembic revision in
``kimboard/core/migrations/versions``; a test compares the two.

Conventions:
- every entity that can travel between offices carries ``uuid``, ``created_at``,
  ``updated_at`` and ``origin_site_uuid`` (the office where it was created);
- entities two people could edit at once carry ``version`` (optimistic locking);
- enumerations are stored as short English strings (``StrEnum``), shown in German by the UI;
- constraints are named (``NAMING_CONVENTION``) so Alembic batch mode can alter them on SQLite.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid as uuid_mod
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from kimboard.core.clock import utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite stores naive values)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; kimboard stores aware UTC datetimes only")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)


#: Fractional order keys compare byte-wise; PostgreSQL needs the "C" collation for that.
OrderKey = String(200).with_variant(String(200, collation="C"), "postgresql")


def new_uuid() -> str:
    return str(uuid_mod.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dt.datetime: UTCDateTime(), dict[str, Any]: JSON}


class Traveller:
    """Columns of every entity that can travel between offices in a bundle."""

    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    origin_site_uuid: Mapped[str | None] = mapped_column(String(36), index=True)


# --------------------------------------------------------------------------- enumerations


class BoardMode(enum.StrEnum):
    KANBAN = "kanban"
    SCRUM = "scrum"


class ColumnKind(enum.StrEnum):
    BACKLOG = "backlog"
    TODO = "todo"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class WipMode(enum.StrEnum):
    SOFT = "soft"
    HARD = "hard"


class Priority(enum.IntEnum):
    LOW = 0
    NORMAL = 1
    HIGH = 2
    CRITICAL = 3


class CardEventKind(enum.StrEnum):
    CREATED = "created"
    MOVED = "moved"
    EDITED = "edited"
    ESTIMATE_CHANGED = "estimate_changed"
    SPRINT_ADDED = "sprint_added"
    SPRINT_REMOVED = "sprint_removed"
    BLOCKED = "blocked"
    UNBLOCKED = "unblocked"
    ARCHIVED = "archived"
    RESTORED = "restored"
    ASSIGNED = "assigned"
    UNASSIGNED = "unassigned"
    LABELED = "labeled"
    UNLABELED = "unlabeled"
    COMMENTED = "commented"


class SprintState(enum.StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    CLOSED = "closed"


class RetroPhase(enum.StrEnum):
    CHECK_IN = "check_in"
    REVIEW = "review"
    WRITING = "writing"
    REVEAL = "reveal"
    GROUPING = "grouping"
    VOTING = "voting"
    DISCUSSION = "discussion"
    ACTIONS = "actions"
    CLOSING = "closing"
    FINISHED = "finished"


class RatingKind(enum.StrEnum):
    MOOD = "mood"
    ROTI = "roti"


class ActionStatus(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class ActionOutcome(enum.StrEnum):
    EFFECTIVE = "effective"
    NOT_EFFECTIVE = "not_effective"


class SolutionStatus(enum.StrEnum):
    IDEA = "idea"
    TRIAL = "trial"
    PRACTICE = "practice"
    TRANSFERRED = "transferred"


class PartnerKind(enum.StrEnum):
    JOBCENTER = "jobcenter"
    AGENTUR_FUER_ARBEIT = "agentur_fuer_arbeit"
    KOMMUNALES_INTEGRATIONSZENTRUM = "kommunales_integrationszentrum"
    BERATUNGSSTELLE = "beratungsstelle"
    ARBEITGEBERSERVICE = "arbeitgeberservice"
    SOZIALAMT = "sozialamt"
    BILDUNGSTRAEGER = "bildungstraeger"
    KAMMER = "kammer"
    BEHOERDE = "behoerde"
    ZIVILGESELLSCHAFT = "zivilgesellschaft"
    OTHER = "other"


# --------------------------------------------------------------------------- offices and people


class Site(Traveller, Base):
    """An office (Ausländerbehörde) — or the state-wide frame itself."""

    __tablename__ = "sites"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    short_code: Mapped[str] = mapped_column(String(20), unique=True)
    region: Mapped[str] = mapped_column(String(200), default="")
    #: False for a site that arrived in a bundle from another office: read-only here.
    is_local: Mapped[bool] = mapped_column(Boolean, default=True)
    archived_at: Mapped[dt.datetime | None]
    #: Key for stable pseudonyms on export. Never leaves this database.
    pseudonym_key: Mapped[str | None] = mapped_column(String(64))

    teams: Mapped[list[Team]] = relationship(back_populates="site", cascade="all, delete-orphan")
    members: Mapped[list[Member]] = relationship(
        back_populates="site", cascade="all, delete-orphan"
    )
    boards: Mapped[list[Board]] = relationship(back_populates="site", cascade="all, delete-orphan")


class Team(Traveller, Base):
    __tablename__ = "teams"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    archived_at: Mapped[dt.datetime | None]

    site: Mapped[Site] = relationship(back_populates="teams")
    members: Mapped[list[Member]] = relationship(back_populates="team")


class Member(Traveller, Base):
    """A person of a site's team: a display name and a role, nothing more personal."""

    __tablename__ = "members"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), index=True)
    team_id: Mapped[int | None] = mapped_column(
        ForeignKey("teams.id", ondelete="SET NULL"), index=True
    )
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    #: Set once the person was erased (Art. 17 GDPR); the name is then a neutral label.
    erased_at: Mapped[dt.datetime | None]

    site: Mapped[Site] = relationship(back_populates="members")
    team: Mapped[Team | None] = relationship(back_populates="members")


# --------------------------------------------------------------------------- KIM taxonomy


class GoalArea(Traveller, Base):
    """One of the seven KIM goal areas. Seeded by migration with fixed UUIDs."""

    __tablename__ = "goal_areas"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class Partner(Traveller, Base):
    """An external network partner: an organisation, never a private person."""

    __tablename__ = "partners"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(50), default=PartnerKind.OTHER.value)
    contact_role: Mapped[str] = mapped_column(String(200), default="")
    #: A functional mailbox (e.g. poststelle@…), never a personal address.
    mailbox: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    archived_at: Mapped[dt.datetime | None]
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}


# --------------------------------------------------------------------------- boards and cards


class Board(Traveller, Base):
    __tablename__ = "boards"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), index=True)
    team_id: Mapped[int | None] = mapped_column(
        ForeignKey("teams.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    mode: Mapped[str] = mapped_column(String(20), default=BoardMode.KANBAN.value)
    #: The number the next card of this board gets ("#12"); never reused.
    next_card_number: Mapped[int] = mapped_column(Integer, default=1)
    archived_at: Mapped[dt.datetime | None]
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (CheckConstraint("mode IN ('kanban', 'scrum')", name="mode"),)

    site: Mapped[Site] = relationship(back_populates="boards")
    columns: Mapped[list[BoardColumn]] = relationship(
        back_populates="board", cascade="all, delete-orphan", order_by="BoardColumn.position"
    )
    swimlanes: Mapped[list[Swimlane]] = relationship(
        back_populates="board", cascade="all, delete-orphan", order_by="Swimlane.position"
    )
    labels: Mapped[list[Label]] = relationship(
        back_populates="board", cascade="all, delete-orphan", order_by="Label.name"
    )
    sprints: Mapped[list[Sprint]] = relationship(
        back_populates="board", cascade="all, delete-orphan", order_by="Sprint.start_date"
    )


class BoardColumn(Traveller, Base):
    """A column of a board. (``Column`` would clash with SQLAlchemy's name.)"""

    __tablename__ = "board_columns"

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("boards.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(20), default=ColumnKind.TODO.value)
    wip_limit: Mapped[int | None] = mapped_column(Integer)
    wip_mode: Mapped[str] = mapped_column(String(10), default=WipMode.SOFT.value)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("kind IN ('backlog', 'todo', 'in_progress', 'done')", name="kind"),
        CheckConstraint("wip_mode IN ('soft', 'hard')", name="wip_mode"),
        CheckConstraint("wip_limit IS NULL OR wip_limit > 0", name="wip_limit_positive"),
    )

    board: Mapped[Board] = relationship(back_populates="columns")


class Swimlane(Traveller, Base):
    __tablename__ = "swimlanes"

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("boards.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)

    board: Mapped[Board] = relationship(back_populates="swimlanes")


class Label(Traveller, Base):
    __tablename__ = "labels"

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("boards.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    #: "#rrggbb"
    color: Mapped[str] = mapped_column(String(9), default="#6b7280")
    __table_args__ = (UniqueConstraint("board_id", "name", name="board_name"),)

    board: Mapped[Board] = relationship(back_populates="labels")


class CardAssignee(Base):
    __tablename__ = "card_assignees"

    card_id: Mapped[int] = mapped_column(
        ForeignKey("cards.id", ondelete="CASCADE"), primary_key=True
    )
    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class CardLabel(Base):
    __tablename__ = "card_labels"

    card_id: Mapped[int] = mapped_column(
        ForeignKey("cards.id", ondelete="CASCADE"), primary_key=True
    )
    label_id: Mapped[int] = mapped_column(
        ForeignKey("labels.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class CardPartner(Base):
    __tablename__ = "card_partners"

    card_id: Mapped[int] = mapped_column(
        ForeignKey("cards.id", ondelete="CASCADE"), primary_key=True
    )
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partners.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Card(Traveller, Base):
    __tablename__ = "cards"

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("boards.id", ondelete="CASCADE"))
    column_id: Mapped[int] = mapped_column(ForeignKey("board_columns.id", ondelete="RESTRICT"))
    swimlane_id: Mapped[int | None] = mapped_column(
        ForeignKey("swimlanes.id", ondelete="SET NULL"), index=True
    )
    #: Fractional index within the column: moving a card rewrites one row only.
    order_key: Mapped[str] = mapped_column(OrderKey)
    number: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text, default="")
    priority: Mapped[int] = mapped_column(Integer, default=Priority.NORMAL.value)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    estimate: Mapped[float | None] = mapped_column(Float)
    blocked: Mapped[bool] = mapped_column(Boolean, default=False)
    blocked_reason: Mapped[str] = mapped_column(Text, default="")
    goal_area_id: Mapped[int | None] = mapped_column(
        ForeignKey("goal_areas.id", ondelete="SET NULL"), index=True
    )
    #: The sprint the card currently belongs to (history lives in CardEvent).
    sprint_id: Mapped[int | None] = mapped_column(
        ForeignKey("sprints.id", ondelete="SET NULL"), index=True
    )
    archived_at: Mapped[dt.datetime | None]
    #: Place in the product backlog and in sprint plans (fractional key; None: not yet
    #: ranked — such cards follow the ranked ones by priority and number).
    backlog_rank: Mapped[str | None] = mapped_column(OrderKey)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_cards_column_order", "column_id", "order_key"),
        Index("ix_cards_board_backlog_rank", "board_id", "backlog_rank"),
        Index("ix_cards_board_archived", "board_id", "archived_at"),
        UniqueConstraint("board_id", "number", name="board_number"),
        CheckConstraint("priority BETWEEN 0 AND 3", name="priority"),
        CheckConstraint("estimate IS NULL OR estimate >= 0", name="estimate"),
    )

    board: Mapped[Board] = relationship()
    column: Mapped[BoardColumn] = relationship()
    assignees: Mapped[list[Member]] = relationship(secondary="card_assignees", viewonly=True)
    labels: Mapped[list[Label]] = relationship(secondary="card_labels", viewonly=True)
    partners: Mapped[list[Partner]] = relationship(secondary="card_partners", viewonly=True)
    checklist: Mapped[list[ChecklistItem]] = relationship(
        back_populates="card", cascade="all, delete-orphan", order_by="ChecklistItem.position"
    )
    comments: Mapped[list[Comment]] = relationship(
        back_populates="card", cascade="all, delete-orphan", order_by="Comment.created_at"
    )


class ChecklistItem(Traveller, Base):
    __tablename__ = "checklist_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(String(500))
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)

    card: Mapped[Card] = relationship(back_populates="checklist")


class Comment(Traveller, Base):
    __tablename__ = "comments"

    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"), index=True
    )
    body: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    card: Mapped[Card] = relationship(back_populates="comments")
    author: Mapped[Member | None] = relationship()


class CardEvent(Traveller, Base):
    """One immutable entry of a card's history. Every metric is computed from these."""

    __tablename__ = "card_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id", ondelete="CASCADE"))
    #: Denormalised so board-wide metrics need no join.
    board_id: Mapped[int] = mapped_column(ForeignKey("boards.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(30))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"), index=True
    )
    from_column_id: Mapped[int | None] = mapped_column(
        ForeignKey("board_columns.id", ondelete="SET NULL")
    )
    to_column_id: Mapped[int | None] = mapped_column(
        ForeignKey("board_columns.id", ondelete="SET NULL")
    )
    sprint_id: Mapped[int | None] = mapped_column(
        ForeignKey("sprints.id", ondelete="SET NULL"), index=True
    )
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (
        Index("ix_card_events_card_at", "card_id", "at"),
        Index("ix_card_events_board_at", "board_id", "at"),
    )


# --------------------------------------------------------------------------- sprints


class Sprint(Traveller, Base):
    __tablename__ = "sprints"

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("boards.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    goal: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(10), default=SprintState.PLANNED.value)
    started_at: Mapped[dt.datetime | None]
    closed_at: Mapped[dt.datetime | None]
    goal_reached: Mapped[bool | None] = mapped_column(Boolean)
    goal_note: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("state IN ('planned', 'active', 'closed')", name="state"),
        CheckConstraint("end_date >= start_date", name="dates"),
    )

    board: Mapped[Board] = relationship(back_populates="sprints")
    commitments: Mapped[list[SprintCommitment]] = relationship(
        back_populates="sprint", cascade="all, delete-orphan"
    )


class SprintCommitment(Base):
    """What the team committed to when the sprint started (a snapshot; later changes are events)."""

    __tablename__ = "sprint_commitments"

    sprint_id: Mapped[int] = mapped_column(
        ForeignKey("sprints.id", ondelete="CASCADE"), primary_key=True
    )
    card_id: Mapped[int] = mapped_column(
        ForeignKey("cards.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    estimate: Mapped[float | None] = mapped_column(Float)

    sprint: Mapped[Sprint] = relationship(back_populates="commitments")


# --------------------------------------------------------------------------- retrospectives


class RetroTemplate(Traveller, Base):
    __tablename__ = "retro_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: NULL for the built-in templates every office has.
    site_id: Mapped[int | None] = mapped_column(
        ForeignKey("sites.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str | None] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)

    prompts: Mapped[list[RetroPrompt]] = relationship(
        back_populates="template", cascade="all, delete-orphan", order_by="RetroPrompt.position"
    )


class RetroPrompt(Traveller, Base):
    """One column of a retrospective template ("Was lief gut?")."""

    __tablename__ = "retro_prompts"

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(
        ForeignKey("retro_templates.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    color: Mapped[str] = mapped_column(String(9), default="#2563eb")
    position: Mapped[int] = mapped_column(Integer, default=0)

    template: Mapped[RetroTemplate] = relationship(back_populates="prompts")


class Retrospective(Traveller, Base):
    __tablename__ = "retrospectives"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), index=True)
    board_id: Mapped[int | None] = mapped_column(
        ForeignKey("boards.id", ondelete="SET NULL"), index=True
    )
    sprint_id: Mapped[int | None] = mapped_column(
        ForeignKey("sprints.id", ondelete="SET NULL"), index=True
    )
    template_id: Mapped[int | None] = mapped_column(
        ForeignKey("retro_templates.id", ondelete="SET NULL")
    )
    title: Mapped[str] = mapped_column(String(200))
    held_on: Mapped[dt.date] = mapped_column(Date)
    phase: Mapped[str] = mapped_column(String(20), default=RetroPhase.CHECK_IN.value)
    anonymous: Mapped[bool] = mapped_column(Boolean, default=True)
    vote_budget: Mapped[int] = mapped_column(Integer, default=3)
    vote_cap_per_item: Mapped[int] = mapped_column(Integer, default=2)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("vote_budget >= 0 AND vote_cap_per_item >= 0", name="votes"),
    )

    template: Mapped[RetroTemplate | None] = relationship()
    items: Mapped[list[RetroItem]] = relationship(
        back_populates="retro", cascade="all, delete-orphan", order_by="RetroItem.position"
    )
    groups: Mapped[list[RetroGroup]] = relationship(
        back_populates="retro", cascade="all, delete-orphan", order_by="RetroGroup.position"
    )
    actions: Mapped[list[ActionItem]] = relationship(
        back_populates="retro", cascade="all, delete-orphan", foreign_keys="ActionItem.retro_id"
    )


class RetroGroup(Traveller, Base):
    __tablename__ = "retro_groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    retro_id: Mapped[int] = mapped_column(
        ForeignKey("retrospectives.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    discussion_notes: Mapped[str] = mapped_column(Text, default="")

    retro: Mapped[Retrospective] = relationship(back_populates="groups")


class RetroItem(Traveller, Base):
    __tablename__ = "retro_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    retro_id: Mapped[int] = mapped_column(
        ForeignKey("retrospectives.id", ondelete="CASCADE"), index=True
    )
    prompt_id: Mapped[int | None] = mapped_column(
        ForeignKey("retro_prompts.id", ondelete="SET NULL"), index=True
    )
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("retro_groups.id", ondelete="SET NULL"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    #: Always NULL in an anonymous retrospective: the author is not stored at all.
    author_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)

    retro: Mapped[Retrospective] = relationship(back_populates="items")


class RetroVote(Traveller, Base):
    """One dot. ``voter_token`` is a per-meeting random token, never a member id."""

    __tablename__ = "retro_votes"

    id: Mapped[int] = mapped_column(primary_key=True)
    retro_id: Mapped[int] = mapped_column(
        ForeignKey("retrospectives.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("retro_items.id", ondelete="CASCADE"), index=True
    )
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("retro_groups.id", ondelete="CASCADE"), index=True
    )
    voter_token: Mapped[str | None] = mapped_column(String(36))
    __table_args__ = (
        CheckConstraint(
            "(item_id IS NULL) <> (group_id IS NULL)", name="exactly_one_target"
        ),
    )


class RetroRating(Traveller, Base):
    """A check-in mood or a ROTI score (1-5). Never linked to a person."""

    __tablename__ = "retro_ratings"

    id: Mapped[int] = mapped_column(primary_key=True)
    retro_id: Mapped[int] = mapped_column(
        ForeignKey("retrospectives.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(10))
    value: Mapped[int] = mapped_column(Integer)
    __table_args__ = (
        CheckConstraint("value BETWEEN 1 AND 5", name="value"),
        CheckConstraint("kind IN ('mood', 'roti')", name="kind"),
    )


class ActionItem(Traveller, Base):
    __tablename__ = "action_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), index=True)
    retro_id: Mapped[int | None] = mapped_column(
        ForeignKey("retrospectives.id", ondelete="CASCADE"), index=True
    )
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("retro_groups.id", ondelete="SET NULL"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"), index=True
    )
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default=ActionStatus.OPEN.value)
    #: Judged in the next retrospective's review phase.
    outcome: Mapped[str | None] = mapped_column(String(20))
    reviewed_in_retro_id: Mapped[int | None] = mapped_column(
        ForeignKey("retrospectives.id", ondelete="SET NULL")
    )
    goal_area_id: Mapped[int | None] = mapped_column(
        ForeignKey("goal_areas.id", ondelete="SET NULL")
    )
    card_id: Mapped[int | None] = mapped_column(
        ForeignKey("cards.id", ondelete="SET NULL"), index=True
    )
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("status IN ('open', 'done', 'dropped')", name="status"),
    )

    retro: Mapped[Retrospective | None] = relationship(
        back_populates="actions", foreign_keys=[retro_id]
    )


# --------------------------------------------------------------------------- solution approaches


class SolutionApproach(Traveller, Base):
    """A Lösungsansatz: a tried solution that can travel between offices."""

    __tablename__ = "solution_approaches"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    problem: Mapped[str] = mapped_column(Text, default="")
    context: Mapped[str] = mapped_column(Text, default="")
    approach: Mapped[str] = mapped_column(Text, default="")
    goal_area_id: Mapped[int | None] = mapped_column(
        ForeignKey("goal_areas.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[str] = mapped_column(String(20), default=SolutionStatus.IDEA.value)
    evidence: Mapped[str] = mapped_column(Text, default="")
    contact_role: Mapped[str] = mapped_column(String(200), default="")
    archived_at: Mapped[dt.datetime | None]
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint(
            "status IN ('idea', 'trial', 'practice', 'transferred')", name="status"
        ),
    )

    status_changes: Mapped[list[SolutionStatusChange]] = relationship(
        back_populates="approach", cascade="all, delete-orphan", order_by="SolutionStatusChange.at"
    )
    adoptions: Mapped[list[SolutionAdoption]] = relationship(
        back_populates="approach", cascade="all, delete-orphan"
    )
    links: Mapped[list[SolutionLink]] = relationship(
        back_populates="approach", cascade="all, delete-orphan"
    )


class SolutionStatusChange(Traveller, Base):
    __tablename__ = "solution_status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    approach_id: Mapped[int] = mapped_column(
        ForeignKey("solution_approaches.id", ondelete="CASCADE"), index=True
    )
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")

    approach: Mapped[SolutionApproach] = relationship(back_populates="status_changes")


class SolutionAdoption(Traveller, Base):
    """An office that took over an approach. The adopting site may live in another database."""

    __tablename__ = "solution_adoptions"

    id: Mapped[int] = mapped_column(primary_key=True)
    approach_id: Mapped[int] = mapped_column(
        ForeignKey("solution_approaches.id", ondelete="CASCADE"), index=True
    )
    adopting_site_uuid: Mapped[str] = mapped_column(String(36), index=True)
    adopting_site_name: Mapped[str] = mapped_column(String(200), default="")
    adopted_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (
        UniqueConstraint("approach_id", "adopting_site_uuid", name="approach_site"),
    )

    approach: Mapped[SolutionApproach] = relationship(back_populates="adoptions")


class SolutionLink(Base):
    """Where an approach came from: a card, board, retrospective or action item (by UUID)."""

    __tablename__ = "solution_links"

    id: Mapped[int] = mapped_column(primary_key=True)
    approach_id: Mapped[int] = mapped_column(
        ForeignKey("solution_approaches.id", ondelete="CASCADE"), index=True
    )
    target_kind: Mapped[str] = mapped_column(String(20))
    target_uuid: Mapped[str] = mapped_column(String(36), index=True)
    __table_args__ = (
        UniqueConstraint("approach_id", "target_kind", "target_uuid", name="approach_target"),
        CheckConstraint(
            "target_kind IN ('card', 'board', 'retro', 'action_item')", name="target_kind"
        ),
    )

    approach: Mapped[SolutionApproach] = relationship(back_populates="links")


class SolutionPartner(Base):
    __tablename__ = "solution_partners"

    approach_id: Mapped[int] = mapped_column(
        ForeignKey("solution_approaches.id", ondelete="CASCADE"), primary_key=True
    )
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partners.id", ondelete="CASCADE"), primary_key=True, index=True
    )


# --------------------------------------------------------------------------- exchange


class BundleImport(Base):
    """A bundle that was imported here: what, from where, when, with which result."""

    __tablename__ = "bundle_imports"

    id: Mapped[int] = mapped_column(primary_key=True)
    bundle_uuid: Mapped[str] = mapped_column(String(36), index=True)
    origin_site_uuid: Mapped[str] = mapped_column(String(36))
    origin_site_name: Mapped[str] = mapped_column(String(200), default="")
    format_version: Mapped[str] = mapped_column(String(20))
    imported_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    file_name: Mapped[str] = mapped_column(String(500), default="")
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class BoardAdoption(Traveller, Base):
    """An office that copied a board of another office into its own ("Übernehmen").

    Like :class:`SolutionAdoption` it hangs on the original (here: the other office's board),
    travels in the adopting office's bundles and so reaches the origin.
    """

    __tablename__ = "board_adoptions"

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("boards.id", ondelete="CASCADE"), index=True)
    adopting_site_uuid: Mapped[str] = mapped_column(String(36), index=True)
    adopting_site_name: Mapped[str] = mapped_column(String(200), default="")
    adopted_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    #: The adopting office's copy of the board (it lives in the adopting office's database).
    copy_uuid: Mapped[str | None] = mapped_column(String(36))
    __table_args__ = (UniqueConstraint("board_id", "adopting_site_uuid", name="board_site"),)


class ExchangeState(Base):
    """What an entity of this office looked like when it last arrived in a bundle.

    Only kept for entities of a *local* office that come back from another database of the
    same office (a laptop, a second PC): the content hash then tells "changed here since the
    last exchange" from "changed there", which is what makes a conflict. Never travels.
    """

    __tablename__ = "exchange_states"

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_type: Mapped[str] = mapped_column(String(40))
    entity_uuid: Mapped[str] = mapped_column(String(36))
    site_uuid: Mapped[str] = mapped_column(String(36), index=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    #: ``updated_at`` of the entity as the bundle carried it.
    remote_updated_at: Mapped[dt.datetime]
    bundle_uuid: Mapped[str] = mapped_column(String(36))
    bundle_created_at: Mapped[dt.datetime]
    __table_args__ = (UniqueConstraint("entity_type", "entity_uuid", name="entity"),)


class SiteSigningKey(Base):
    """The Ed25519 key pair an office signs its bundles with. The private key never leaves."""

    __tablename__ = "site_signing_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(
        ForeignKey("sites.id", ondelete="CASCADE"), unique=True
    )
    #: Raw 32-byte private key as hex.
    private_key: Mapped[str] = mapped_column(String(64))
    #: Raw 32-byte public key as hex.
    public_key: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class KnownSiteKey(Base):
    """The signing key another office used, remembered on first import (trust on first use)."""

    __tablename__ = "known_site_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    site_name: Mapped[str] = mapped_column(String(200), default="")
    public_key: Mapped[str] = mapped_column(String(64))
    fingerprint: Mapped[str] = mapped_column(String(100))
    first_seen_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
