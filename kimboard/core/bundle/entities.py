"""What travels in a bundle: one :class:`EntitySpec` per entity type, in dependency order.

This table is the one description of the data files that the exporter, the importer and the
JSON Schema generator (:mod:`kimboard.core.bundle.schema`) share: which fields a row has, how
each maps to a database column, and which other entity a reference points at. References are
UUIDs, never database ids. Tables without a UUID of their own (card assignees, labels and
partners, sprint commitments, solution links and partners) travel inside their parent row as
lists, so they are part of the parent's content.

A reference is *strong* by default: its target must be in the same bundle (or be reference
data every kimboard has: the KIM goal areas and the built-in retrospective templates with their
prompts). A *weak* reference may point outside the bundle (a retrospective's board when only
the retrospective is exported); the importer keeps it when the target is already there and
belongs to the same office, and leaves it empty otherwise. An *external* reference is what an
adoption points at: another office's solution approach or board.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table

from kimboard.core.models import (
    ActionItem,
    ActionOutcome,
    ActionStatus,
    Board,
    BoardAdoption,
    BoardColumn,
    BoardMode,
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
    Label,
    Member,
    Partner,
    PartnerKind,
    RatingKind,
    RetroGroup,
    RetroItem,
    RetroPhase,
    RetroPrompt,
    RetroRating,
    Retrospective,
    RetroTemplate,
    RetroVote,
    Site,
    SolutionAdoption,
    SolutionApproach,
    SolutionLink,
    SolutionPartner,
    SolutionStatus,
    SolutionStatusChange,
    Sprint,
    SprintCommitment,
    SprintState,
    Swimlane,
    Team,
    WipMode,
)

#: Longest free text accepted in a bundle (characters); the app's own limits are lower.
TEXT_MAX = 200_000

UUID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
TIMESTAMP_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}Z$"
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
COLOR_PATTERN = "^#[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?$"
SHORT_CODE_PATTERN = "^[A-Za-z0-9][A-Za-z0-9_-]{0,19}$"
HASH_PATTERN = "^[0-9a-f]{32}$"

INT_MAX = 2**53  # JSON-safe, and far inside SQLite's 64 bits


def _values(enum_cls: Any) -> tuple[Any, ...]:
    return tuple(m.value for m in enum_cls)


@dataclass(frozen=True)
class Field:
    """One key of a row.

    kind: ``str`` ``text`` ``int`` ``float`` ``bool`` ``timestamp`` ``date`` ``enum``
    ``uuid`` (a UUID that is not a reference) ``ref`` ``refs`` (list of references, stored in an
    association table) ``commitments`` ``links``.
    """

    name: str
    kind: str
    column: str | None = None
    nullable: bool = False
    max_len: int | None = None
    pattern: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    enum: tuple[Any, ...] = ()
    #: entity type a ``ref``/``refs`` points at
    ref: str | None = None
    weak: bool = False
    external: bool = False
    #: ``refs``: the association table and its two columns (parent, target)
    assoc: tuple[Table, str, str] | None = None
    #: free text scanned by the privacy check and searched for names when pseudonymising
    free_text: bool = False
    #: German name of the field for messages and the conflict list
    label: str = ""

    @property
    def db_column(self) -> str:
        return self.column or self.name


@dataclass(frozen=True)
class EntitySpec:
    name: str  # bundle type name; file data/<name>.jsonl
    model: type
    fields: tuple[Field, ...]
    #: German plural and singular for the preview and messages
    label: str
    singular: str
    #: the privacy check's entity name (TextRecord.entity)
    record_entity: str
    #: the path from a row to its office: (column, parent type) steps until a ``site_id``
    owner: tuple[tuple[str, str], ...] = ()
    #: rows are never edited after they are written (history)
    immutable: bool = False
    #: a field that names the row for people (conflict list, privacy labels)
    title_field: str | None = None

    @property
    def table(self) -> Table:
        return self.model.__table__  # type: ignore[attr-defined,no-any-return]

    @property
    def file_name(self) -> str:
        return f"data/{self.name}.jsonl"

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    @property
    def scalar_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.kind not in LIST_KINDS)

    @property
    def list_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.kind in LIST_KINDS)


LIST_KINDS = frozenset({"refs", "commitments", "links"})

# --------------------------------------------------------------------------- field helpers


def _str(name: str, max_len: int, label: str, *, nullable: bool = False, column: str | None = None,
         pattern: str | None = None, free_text: bool = True) -> Field:
    return Field(name, "str", column=column, nullable=nullable, max_len=max_len, pattern=pattern,
                 free_text=free_text, label=label)


def _text(name: str, label: str, *, nullable: bool = False, free_text: bool = True) -> Field:
    return Field(name, "text", nullable=nullable, max_len=TEXT_MAX, free_text=free_text,
                 label=label)


def _int(name: str, label: str, *, minimum: int = -INT_MAX, maximum: int = INT_MAX,
         nullable: bool = False) -> Field:
    return Field(name, "int", nullable=nullable, minimum=minimum, maximum=maximum, label=label)


def _ts(name: str, label: str, *, nullable: bool = False) -> Field:
    return Field(name, "timestamp", nullable=nullable, label=label)


def _date(name: str, label: str, *, nullable: bool = False) -> Field:
    return Field(name, "date", nullable=nullable, label=label)


def _bool(name: str, label: str, *, nullable: bool = False) -> Field:
    return Field(name, "bool", nullable=nullable, label=label)


def _enum(name: str, values: tuple[Any, ...], label: str, *, nullable: bool = False) -> Field:
    return Field(name, "enum", nullable=nullable, enum=values, label=label)


def _ref(name: str, target: str, column: str, label: str, *, nullable: bool = False,
         weak: bool = False, external: bool = False) -> Field:
    return Field(name, "ref", column=column, ref=target, nullable=nullable, weak=weak,
                 external=external, label=label)


def _refs(name: str, target: str, assoc: tuple[Table, str, str], label: str) -> Field:
    return Field(name, "refs", ref=target, assoc=assoc, label=label)


def _site() -> Field:
    return _ref("site", "sites", "site_id", "Dienststelle")


TRAVELLER: tuple[Field, ...] = (
    Field("uuid", "uuid", label="UUID"),
    _ts("created_at", "angelegt"),
    _ts("updated_at", "geändert"),
    Field("origin_site_uuid", "uuid", nullable=True, label="Herkunft"),
)


def _spec(name: str, model: type, fields: tuple[Field, ...], label: str, singular: str,
          record_entity: str, **kw: Any) -> EntitySpec:
    return EntitySpec(name, model, TRAVELLER + fields, label, singular, record_entity, **kw)


def _t(model: type) -> Table:
    return model.__table__  # type: ignore[attr-defined,no-any-return]


# --------------------------------------------------------------------------- the entity types

SPECS: tuple[EntitySpec, ...] = (
    _spec("sites", Site, (
        _str("name", 200, "Name"),
        _str("short_code", 20, "Kürzel", pattern=SHORT_CODE_PATTERN, free_text=False),
        _str("region", 200, "Bezirksregierung"),
        _ts("archived_at", "archiviert", nullable=True),
    ), "Dienststellen", "Dienststelle", "site", title_field="name"),
    _spec("teams", Team, (
        _site(),
        _str("name", 200, "Name"),
        _ts("archived_at", "archiviert", nullable=True),
    ), "Teams", "Team", "team", owner=(), title_field="name"),
    _spec("members", Member, (
        _site(),
        _ref("team", "teams", "team_id", "Team", nullable=True),
        _str("display_name", 200, "Anzeigename", free_text=False),
        _str("role", 200, "Rolle"),
        _bool("active", "aktiv"),
        _ts("erased_at", "gelöscht", nullable=True),
    ), "Teammitglieder", "Teammitglied", "member", title_field="display_name"),
    _spec("partners", Partner, (
        _site(),
        _str("name", 200, "Name"),
        _enum("kind", _values(PartnerKind), "Art"),
        _str("contact_role", 200, "Ansprechstelle"),
        _str("mailbox", 200, "Funktionspostfach", free_text=False),
        _text("notes", "Notizen"),
        _ts("archived_at", "archiviert", nullable=True),
    ), "Netzwerkpartner", "Netzwerkpartner", "partner", title_field="name"),
    _spec("boards", Board, (
        _site(),
        _ref("team", "teams", "team_id", "Team", nullable=True),
        _str("name", 200, "Name"),
        _text("description", "Beschreibung"),
        _enum("mode", _values(BoardMode), "Modus"),
        _int("next_card_number", "nächste Kartennummer", minimum=1),
        _ts("archived_at", "archiviert", nullable=True),
    ), "Boards", "Board", "board", title_field="name"),
    _spec("columns", BoardColumn, (
        _ref("board", "boards", "board_id", "Board"),
        _str("name", 200, "Name"),
        _int("position", "Position"),
        _enum("kind", _values(ColumnKind), "Art"),
        _int("wip_limit", "WIP-Limit", minimum=1, nullable=True),
        _enum("wip_mode", _values(WipMode), "WIP-Modus"),
    ), "Spalten", "Spalte", "column", owner=(("board_id", "boards"),), title_field="name"),
    _spec("swimlanes", Swimlane, (
        _ref("board", "boards", "board_id", "Board"),
        _str("name", 200, "Name"),
        _int("position", "Position"),
    ), "Swimlanes", "Swimlane", "swimlane", owner=(("board_id", "boards"),), title_field="name"),
    _spec("labels", Label, (
        _ref("board", "boards", "board_id", "Board"),
        _str("name", 100, "Name"),
        _str("color", 9, "Farbe", pattern=COLOR_PATTERN, free_text=False),
    ), "Labels", "Label", "label", owner=(("board_id", "boards"),), title_field="name"),
    _spec("sprints", Sprint, (
        _ref("board", "boards", "board_id", "Board"),
        _str("name", 200, "Name"),
        _text("goal", "Sprintziel"),
        _date("start_date", "Beginn"),
        _date("end_date", "Ende"),
        _enum("state", _values(SprintState), "Status"),
        _ts("started_at", "gestartet", nullable=True),
        _ts("closed_at", "abgeschlossen", nullable=True),
        _bool("goal_reached", "Ziel erreicht", nullable=True),
        _text("goal_note", "Notiz zum Ziel"),
        Field("commitments", "commitments", ref="cards", label="Zusagen"),
    ), "Sprints", "Sprint", "sprint", owner=(("board_id", "boards"),), title_field="name"),
    _spec("cards", Card, (
        _ref("board", "boards", "board_id", "Board"),
        _ref("column", "columns", "column_id", "Spalte"),
        _ref("swimlane", "swimlanes", "swimlane_id", "Swimlane", nullable=True),
        _str("order_key", 200, "Reihenfolge", free_text=False),
        _int("number", "Nummer", minimum=1),
        _str("title", 500, "Titel"),
        _text("description", "Beschreibung"),
        _int("priority", "Priorität", minimum=0, maximum=3),
        _date("due_date", "fällig", nullable=True),
        Field("estimate", "float", nullable=True, minimum=0, label="Schätzung"),
        _bool("blocked", "blockiert"),
        _text("blocked_reason", "Grund der Blockade"),
        _ref("goal_area", "goal_areas", "goal_area_id", "Zielbereich", nullable=True),
        _ref("sprint", "sprints", "sprint_id", "Sprint", nullable=True),
        _ts("archived_at", "archiviert", nullable=True),
        _str("backlog_rank", 200, "Rang im Backlog", nullable=True, free_text=False),
        _refs("assignees", "members", (_t(CardAssignee), "card_id", "member_id"), "zuständig"),
        _refs("labels", "labels", (_t(CardLabel), "card_id", "label_id"), "Labels"),
        _refs("partners", "partners", (_t(CardPartner), "card_id", "partner_id"),
              "Netzwerkpartner"),
    ), "Karten", "Karte", "card", owner=(("board_id", "boards"),), title_field="title"),
    _spec("checklist_items", ChecklistItem, (
        _ref("card", "cards", "card_id", "Karte"),
        _str("text", 500, "Text"),
        _bool("done", "erledigt"),
        _int("position", "Position"),
    ), "Checklisten-Einträge", "Checklisten-Eintrag", "checklist_item",
        owner=(("card_id", "cards"), ("board_id", "boards")), title_field="text"),
    _spec("comments", Comment, (
        _ref("card", "cards", "card_id", "Karte"),
        _ref("author", "members", "author_id", "Verfasser", nullable=True),
        _text("body", "Text"),
    ), "Kommentare", "Kommentar", "comment",
        owner=(("card_id", "cards"), ("board_id", "boards")), title_field="body"),
    _spec("card_events", CardEvent, (
        _ref("card", "cards", "card_id", "Karte"),
        _ref("board", "boards", "board_id", "Board"),
        _enum("kind", _values(CardEventKind), "Art"),
        _ts("at", "Zeitpunkt"),
        _ref("actor", "members", "actor_id", "Person", nullable=True),
        _ref("from_column", "columns", "from_column_id", "von Spalte", nullable=True),
        _ref("to_column", "columns", "to_column_id", "nach Spalte", nullable=True),
        _ref("sprint", "sprints", "sprint_id", "Sprint", nullable=True),
        _text("old_value", "alter Wert", nullable=True),
        _text("new_value", "neuer Wert", nullable=True),
    ), "Verlaufseinträge", "Verlaufseintrag", "card_event", owner=(("board_id", "boards"),),
        immutable=True),
    _spec("retro_templates", RetroTemplate, (
        _site(),
        _str("name", 200, "Name"),
        _text("description", "Beschreibung"),
    ), "Retro-Vorlagen", "Retro-Vorlage", "retro_template", title_field="name"),
    _spec("retro_prompts", RetroPrompt, (
        _ref("template", "retro_templates", "template_id", "Vorlage"),
        _str("title", 200, "Titel"),
        _text("description", "Beschreibung"),
        _str("color", 9, "Farbe", pattern=COLOR_PATTERN, free_text=False),
        _int("position", "Position"),
    ), "Fragen von Retro-Vorlagen", "Frage einer Retro-Vorlage", "retro_prompt",
        owner=(("template_id", "retro_templates"),), title_field="title"),
    _spec("retrospectives", Retrospective, (
        _site(),
        _ref("board", "boards", "board_id", "Board", nullable=True, weak=True),
        _ref("sprint", "sprints", "sprint_id", "Sprint", nullable=True, weak=True),
        _ref("template", "retro_templates", "template_id", "Vorlage", nullable=True),
        _str("title", 200, "Titel"),
        _date("held_on", "Datum"),
        _enum("phase", _values(RetroPhase), "Phase"),
        _bool("anonymous", "anonym"),
        _int("vote_budget", "Punkte je Person", minimum=0),
        _int("vote_cap_per_item", "Punkte je Beitrag", minimum=0),
    ), "Retrospektiven", "Retrospektive", "retrospective", title_field="title"),
    _spec("retro_groups", RetroGroup, (
        _ref("retro", "retrospectives", "retro_id", "Retrospektive"),
        _str("title", 200, "Titel"),
        _int("position", "Position"),
        _text("discussion_notes", "Notizen"),
    ), "Retro-Gruppen", "Retro-Gruppe", "retro_group",
        owner=(("retro_id", "retrospectives"),), title_field="title"),
    _spec("retro_items", RetroItem, (
        _ref("retro", "retrospectives", "retro_id", "Retrospektive"),
        _ref("prompt", "retro_prompts", "prompt_id", "Frage", nullable=True),
        _ref("group", "retro_groups", "group_id", "Gruppe", nullable=True),
        _text("text", "Text"),
        _ref("author", "members", "author_id", "Verfasser", nullable=True),
        _int("position", "Position"),
    ), "Retro-Beiträge", "Retro-Beitrag", "retro_item",
        owner=(("retro_id", "retrospectives"),), title_field="text"),
    _spec("retro_votes", RetroVote, (
        _ref("retro", "retrospectives", "retro_id", "Retrospektive"),
        _ref("item", "retro_items", "item_id", "Beitrag", nullable=True),
        _ref("group", "retro_groups", "group_id", "Gruppe", nullable=True),
        _str("voter_token", 36, "Abstimmungskennung", nullable=True, free_text=False),
    ), "Retro-Punkte", "Retro-Punkt", "retro_vote", owner=(("retro_id", "retrospectives"),),
        immutable=True),
    _spec("retro_ratings", RetroRating, (
        _ref("retro", "retrospectives", "retro_id", "Retrospektive"),
        _enum("kind", _values(RatingKind), "Art"),
        _int("value", "Wert", minimum=1, maximum=5),
    ), "Retro-Bewertungen", "Retro-Bewertung", "retro_rating",
        owner=(("retro_id", "retrospectives"),), immutable=True),
    _spec("action_items", ActionItem, (
        _site(),
        _ref("retro", "retrospectives", "retro_id", "Retrospektive", nullable=True),
        _ref("group", "retro_groups", "group_id", "Gruppe", nullable=True),
        _text("text", "Text"),
        _ref("owner", "members", "owner_id", "verantwortlich", nullable=True),
        _date("due_date", "fällig", nullable=True),
        _enum("status", _values(ActionStatus), "Status"),
        _enum("outcome", _values(ActionOutcome), "Wirkung", nullable=True),
        _ref("reviewed_in_retro", "retrospectives", "reviewed_in_retro_id", "bewertet in",
             nullable=True, weak=True),
        _ref("goal_area", "goal_areas", "goal_area_id", "Zielbereich", nullable=True),
        _ref("card", "cards", "card_id", "Karte", nullable=True, weak=True),
    ), "Maßnahmen", "Maßnahme", "action_item", title_field="text"),
    _spec("solution_approaches", SolutionApproach, (
        _site(),
        _str("title", 300, "Titel"),
        _text("problem", "Problem"),
        _text("context", "Kontext"),
        _text("approach", "Lösungsweg"),
        _ref("goal_area", "goal_areas", "goal_area_id", "Zielbereich", nullable=True),
        _enum("status", _values(SolutionStatus), "Status"),
        _text("evidence", "Belege"),
        _str("contact_role", 200, "Ansprechrolle"),
        _ts("archived_at", "archiviert", nullable=True),
        Field("links", "links", label="Herkunft"),
        _refs("partners", "partners", (_t(SolutionPartner), "approach_id", "partner_id"),
              "Netzwerkpartner"),
    ), "Lösungsansätze", "Lösungsansatz", "solution_approach", title_field="title"),
    _spec("solution_status_changes", SolutionStatusChange, (
        _ref("approach", "solution_approaches", "approach_id", "Lösungsansatz"),
        _enum("from_status", _values(SolutionStatus), "vorher", nullable=True),
        _enum("to_status", _values(SolutionStatus), "nachher"),
        _ts("at", "Zeitpunkt"),
        _text("note", "Notiz"),
    ), "Statuswechsel von Lösungsansätzen", "Statuswechsel", "solution_status_change",
        owner=(("approach_id", "solution_approaches"),), immutable=True),
    _spec("solution_adoptions", SolutionAdoption, (
        _ref("approach", "solution_approaches", "approach_id", "Lösungsansatz",
             external=True),
        Field("adopting_site_uuid", "uuid", label="übernehmende Dienststelle"),
        _str("adopting_site_name", 200, "Name der übernehmenden Dienststelle",
             free_text=False),
        _date("adopted_on", "übernommen am"),
        _text("note", "Notiz"),
    ), "Übernahmen von Lösungsansätzen", "Übernahme eines Lösungsansatzes",
        "solution_adoption", owner=(("approach_id", "solution_approaches"),)),
    _spec("board_adoptions", BoardAdoption, (
        _ref("board", "boards", "board_id", "Board", external=True),
        Field("adopting_site_uuid", "uuid", label="übernehmende Dienststelle"),
        _str("adopting_site_name", 200, "Name der übernehmenden Dienststelle",
             free_text=False),
        _date("adopted_on", "übernommen am"),
        _text("note", "Notiz"),
        Field("copy_uuid", "uuid", nullable=True, label="Kopie"),
    ), "Übernahmen von Boards", "Übernahme eines Boards", "board_adoption",
        owner=(("board_id", "boards"),)),
)

SPEC_BY_NAME: dict[str, EntitySpec] = {s.name: s for s in SPECS}
ENTITY_ORDER: tuple[str, ...] = tuple(s.name for s in SPECS)

#: Entity types every kimboard database has (fixed UUIDs, see ``kimboard.core.seed``); a
#: reference to one of them needs no row in the bundle.
REFERENCE_TABLES: dict[str, Table] = {
    "goal_areas": _t(GoalArea),
    "retro_templates": _t(RetroTemplate),
    "retro_prompts": _t(RetroPrompt),
}

#: The sub-structures of list fields.
LINK_KINDS: tuple[str, ...] = ("card", "board", "retro", "action_item")
LINK_TABLE: Table = _t(SolutionLink)
COMMITMENT_TABLE: Table = _t(SprintCommitment)


def referenced_types() -> set[str]:
    """Entity types some other row refers to (the importer keeps their UUID -> id maps)."""
    out: set[str] = set()
    for spec in SPECS:
        for f in spec.fields:
            if f.ref is not None:
                out.add(f.ref)
    return out
