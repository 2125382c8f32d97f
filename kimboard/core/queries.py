"""Read-only queries for the command line and overviews: references, counts, listings, search.

Everything here returns plain values (frozen dataclasses, dicts of JSON-ready values), never
ORM objects, so callers cannot change the database by accident and the results can be printed
as JSON as they are.

References a person types (``--site ABH-K``, ``--board "Team Einbürgerung"``) are resolved in
a fixed order: UUID, then the exact, case-sensitive spelling (and for sites the short code),
then — only if nothing matched exactly — a case-insensitive match. More than one candidate at
the same step is an error that lists the candidates with their UUIDs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from kimboard.core.errors import Ambiguous, NotFound, ValidationError
from kimboard.core.models import (
    ActionItem,
    Board,
    BoardColumn,
    Card,
    GoalArea,
    Member,
    Partner,
    RetroItem,
    Retrospective,
    Site,
    SolutionApproach,
    Sprint,
)
from kimboard.core.search import search_cards

# --------------------------------------------------------------------------- resolved references


@dataclass(frozen=True, slots=True)
class SiteRef:
    id: int
    uuid: str
    name: str
    short_code: str


@dataclass(frozen=True, slots=True)
class BoardRef:
    id: int
    uuid: str
    name: str
    site_id: int


@dataclass(frozen=True, slots=True)
class SprintRef:
    id: int
    uuid: str
    name: str
    board_id: int


@dataclass(frozen=True, slots=True)
class MemberRef:
    id: int
    uuid: str
    name: str
    site_id: int


@dataclass(frozen=True, slots=True)
class RetroRef:
    id: int
    uuid: str
    title: str
    site_id: int

    @property
    def name(self) -> str:
        return self.title


R = TypeVar("R")

#: How many candidates an "ambiguous" message lists before it says "und N weitere".
_MAX_LISTED = 5


@dataclass(frozen=True, slots=True)
class _Candidate:
    ref: Any
    names: tuple[str, ...]  # the spellings a person may type
    label: str  # how the candidate is shown in an "ambiguous" message
    codes: tuple[str, ...] = ()  # unique codes, tried before names (a site's short code)


def _pick(ref: str, candidates: Sequence[_Candidate], not_found: str) -> Any:
    """UUID, exact code, exact name, then case-insensitive; each step must be unique."""
    key = ref.strip()
    if not key:
        raise ValidationError("Bitte eine Bezeichnung oder UUID angeben.")
    steps: tuple[Callable[[_Candidate], bool], ...] = (
        lambda c: c.ref.uuid == key.lower(),
        lambda c: key in c.codes,
        lambda c: key in c.names,
        lambda c: key.casefold() in {n.casefold() for n in (*c.codes, *c.names)},
    )
    for matches in steps:
        found = [c for c in candidates if matches(c)]
        if len(found) == 1:
            return found[0].ref
        if found:
            listed = ", ".join(c.label for c in found[:_MAX_LISTED])
            more = len(found) - _MAX_LISTED
            if more > 0:
                listed += f" und {more} weitere"
            raise Ambiguous(f"„{key}“ ist mehrdeutig: {listed}. Bitte die UUID angeben.")
    raise NotFound(not_found)


def _scope_note(session: Session, site_id: int | None) -> str:
    if site_id is None:
        return ""
    name = session.scalar(select(Site.name).where(Site.id == site_id))
    return f" in der Dienststelle „{name}“" if name is not None else ""


def resolve_site(session: Session, ref: str) -> SiteRef:
    """A site by UUID, short code or exact name."""
    rows = session.execute(select(Site.id, Site.uuid, Site.name, Site.short_code)).all()
    candidates = [
        _Candidate(SiteRef(*r), (r.name,), f"{r.name} [{r.short_code}] ({r.uuid})",
                   codes=(r.short_code,))
        for r in rows
    ]
    return _pick(  # type: ignore[no-any-return]
        ref, candidates, f"Keine Dienststelle „{ref.strip()}“ gefunden."
    )


def resolve_board(session: Session, ref: str, site_id: int | None = None) -> BoardRef:
    """A board by UUID or exact name, optionally only among one site's boards."""
    stmt = select(Board.id, Board.uuid, Board.name, Board.site_id, Site.short_code).join(
        Site, Site.id == Board.site_id
    )
    if site_id is not None:
        stmt = stmt.where(Board.site_id == site_id)
    candidates = [
        _Candidate(BoardRef(r.id, r.uuid, r.name, r.site_id), (r.name,),
                   f"{r.name} [{r.short_code}] ({r.uuid})")
        for r in session.execute(stmt)
    ]
    return _pick(  # type: ignore[no-any-return]
        ref, candidates, f"Kein Board „{ref.strip()}“{_scope_note(session, site_id)} gefunden."
    )


def resolve_sprint(session: Session, ref: str, board_id: int | None = None) -> SprintRef:
    """A sprint by UUID or exact name, optionally only among one board's sprints."""
    stmt = select(Sprint.id, Sprint.uuid, Sprint.name, Sprint.board_id, Board.name.label("board"),
                  Sprint.start_date).join(Board, Board.id == Sprint.board_id)
    if board_id is not None:
        stmt = stmt.where(Sprint.board_id == board_id)
    candidates = [
        _Candidate(SprintRef(r.id, r.uuid, r.name, r.board_id), (r.name,),
                   f"{r.name} auf {r.board}, ab {r.start_date:%d.%m.%Y} ({r.uuid})")
        for r in session.execute(stmt)
    ]
    where = ""
    if board_id is not None:
        board = session.scalar(select(Board.name).where(Board.id == board_id))
        where = f" auf dem Board „{board}“" if board is not None else ""
    return _pick(  # type: ignore[no-any-return]
        ref, candidates, f"Kein Sprint „{ref.strip()}“{where} gefunden."
    )


def resolve_member(session: Session, ref: str, site_id: int) -> MemberRef:
    """A member of one site by UUID or exact display name."""
    stmt = select(Member.id, Member.uuid, Member.display_name, Member.site_id, Member.role).where(
        Member.site_id == site_id
    )
    candidates = [
        _Candidate(MemberRef(r.id, r.uuid, r.display_name, r.site_id), (r.display_name,),
                   f"{r.display_name}{f' – {r.role}' if r.role else ''} ({r.uuid})")
        for r in session.execute(stmt)
    ]
    return _pick(  # type: ignore[no-any-return]
        ref, candidates,
        f"Keine Person „{ref.strip()}“{_scope_note(session, site_id)} gefunden.",
    )


def resolve_retro(session: Session, ref: str, site_id: int | None = None) -> RetroRef:
    """A retrospective by UUID or exact title, optionally only among one site's."""
    stmt = select(Retrospective.id, Retrospective.uuid, Retrospective.title,
                  Retrospective.site_id, Retrospective.held_on)
    if site_id is not None:
        stmt = stmt.where(Retrospective.site_id == site_id)
    candidates = [
        _Candidate(RetroRef(r.id, r.uuid, r.title, r.site_id), (r.title,),
                   f"{r.title} vom {r.held_on:%d.%m.%Y} ({r.uuid})")
        for r in session.execute(stmt)
    ]
    return _pick(  # type: ignore[no-any-return]
        ref, candidates,
        f"Keine Retrospektive „{ref.strip()}“{_scope_note(session, site_id)} gefunden.",
    )


# --------------------------------------------------------------------------- counts

#: The keys of :func:`stats`, in display order.
STAT_KEYS: tuple[str, ...] = (
    "sites", "members", "boards", "columns", "cards", "sprints", "retrospectives",
    "retro_items", "action_items", "solution_approaches", "partners",
)


def _per_site_counts() -> dict[str, Any]:
    """One GROUP BY statement per kind: (site_id, count). Board contents join through boards."""

    def direct(model: Any) -> Any:
        return select(model.site_id, func.count()).group_by(model.site_id)

    def via_board(model: Any) -> Any:
        return (
            select(Board.site_id, func.count())
            .select_from(model)
            .join(Board, Board.id == model.board_id)
            .group_by(Board.site_id)
        )

    return {
        "members": direct(Member),
        "boards": direct(Board),
        "columns": via_board(BoardColumn),
        "cards": via_board(Card),
        "sprints": via_board(Sprint),
        "retrospectives": direct(Retrospective),
        "retro_items": select(Retrospective.site_id, func.count())
        .select_from(RetroItem)
        .join(Retrospective, Retrospective.id == RetroItem.retro_id)
        .group_by(Retrospective.site_id),
        "action_items": direct(ActionItem),
        "solution_approaches": direct(SolutionApproach),
        "partners": direct(Partner),
    }


def stats(session: Session) -> dict[str, Any]:
    """How many of each thing the database holds, in total and per site.

    Everything is counted, archived things included (an archived card is still a card in
    this file); goal areas and built-in retrospective templates are reference data and not
    counted. Totals come from one statement of scalar sub-queries, the per-site numbers from
    one GROUP BY per kind — never one query per site.
    """
    sites = session.execute(select(Site.id, Site.uuid, Site.name).order_by(Site.name, Site.id))
    by_id: dict[int, dict[str, Any]] = {}
    by_site: dict[str, dict[str, Any]] = {}
    for site_id, site_uuid, name in sites:
        entry: dict[str, Any] = {"name": name, **{k: 0 for k in STAT_KEYS if k != "sites"}}
        by_id[site_id] = entry
        by_site[site_uuid] = entry
    for key, stmt in _per_site_counts().items():
        for site_id, count in session.execute(stmt):
            if site_id in by_id:
                by_id[site_id][key] = int(count)

    models = {
        "sites": Site, "members": Member, "boards": Board, "columns": BoardColumn,
        "cards": Card, "sprints": Sprint, "retrospectives": Retrospective,
        "retro_items": RetroItem, "action_items": ActionItem,
        "solution_approaches": SolutionApproach, "partners": Partner,
    }
    totals_row = session.execute(
        select(*(
            select(func.count()).select_from(models[k]).scalar_subquery().label(k)
            for k in STAT_KEYS
        ))
    ).one()
    result: dict[str, Any] = {k: int(getattr(totals_row, k)) for k in STAT_KEYS}
    result["by_site"] = by_site
    return result


# --------------------------------------------------------------------------- listings

ListKind = Literal["sites", "boards", "sprints", "retros", "solutions", "partners"]
LIST_KINDS: tuple[str, ...] = ("sites", "boards", "sprints", "retros", "solutions", "partners")


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _sorted(rows: Iterable[dict[str, Any]], *keys: str) -> list[dict[str, Any]]:
    """Sort by the given keys, text case-insensitively, missing values last."""

    def key(row: dict[str, Any]) -> tuple[Any, ...]:
        parts: list[Any] = []
        for k in keys:
            v = row.get(k)
            if v is None:
                parts.append((1, ""))
            elif isinstance(v, str):
                parts.append((0, v.casefold()))
            else:
                parts.append((0, v))
        return tuple(parts)

    return sorted(rows, key=key)


def list_rows(session: Session, kind: str, site_id: int | None = None) -> list[dict[str, Any]]:
    """One dict per row of ``kind``; every row has ``uuid`` and ``name``.

    Rows that belong to a site carry the site's UUID as ``site`` and its short code as
    ``site_code``; dates are ISO strings. ``site_id`` restricts the listing to one site.
    """
    try:
        lister = _LISTERS[kind]
    except KeyError:
        raise ValidationError(
            f"Unbekannte Art „{kind}“. Möglich sind: {', '.join(LIST_KINDS)}."
        ) from None
    return lister(session, site_id)


def _list_sites(session: Session, site_id: int | None) -> list[dict[str, Any]]:
    stmt = select(Site)
    if site_id is not None:
        stmt = stmt.where(Site.id == site_id)
    rows = [
        {
            "uuid": s.uuid, "name": s.name, "short_code": s.short_code, "region": s.region,
            "is_local": bool(s.is_local), "archived": s.archived_at is not None,
        }
        for s in session.scalars(stmt)
    ]
    return _sorted(rows, "name", "short_code")


def _list_boards(session: Session, site_id: int | None) -> list[dict[str, Any]]:
    active = (
        select(Card.board_id, func.count().label("n"))
        .where(Card.archived_at.is_(None))
        .group_by(Card.board_id)
        .subquery()
    )
    archived = (
        select(Card.board_id, func.count().label("n"))
        .where(Card.archived_at.is_not(None))
        .group_by(Card.board_id)
        .subquery()
    )
    stmt = (
        select(Board.uuid, Board.name, Board.mode, Board.archived_at, Site.uuid.label("site"),
               Site.short_code, Site.name.label("site_name"),
               func.coalesce(active.c.n, 0), func.coalesce(archived.c.n, 0))
        .join(Site, Site.id == Board.site_id)
        .outerjoin(active, active.c.board_id == Board.id)
        .outerjoin(archived, archived.c.board_id == Board.id)
    )
    if site_id is not None:
        stmt = stmt.where(Board.site_id == site_id)
    rows = [
        {
            "uuid": r[0], "name": r[1], "site": r[4], "site_code": r[5], "site_name": r[6],
            "mode": r[2], "archived": r[3] is not None,
            # Cards on the board now; archived cards are counted separately.
            "cards": int(r[7]), "archived_cards": int(r[8]),
        }
        for r in session.execute(stmt)
    ]
    return _sorted(rows, "site_name", "site_code", "name")


def _list_sprints(session: Session, site_id: int | None) -> list[dict[str, Any]]:
    stmt = (
        select(Sprint.uuid, Sprint.name, Sprint.state, Sprint.start_date, Sprint.end_date,
               Sprint.goal, Board.uuid, Board.name, Site.uuid, Site.short_code, Site.name)
        .join(Board, Board.id == Sprint.board_id)
        .join(Site, Site.id == Board.site_id)
    )
    if site_id is not None:
        stmt = stmt.where(Board.site_id == site_id)
    rows = [
        {
            "uuid": r[0], "name": r[1], "board": r[6], "board_name": r[7], "site": r[8],
            "site_code": r[9], "site_name": r[10], "state": r[2], "start": _iso(r[3]),
            "end": _iso(r[4]), "goal": r[5],
        }
        for r in session.execute(stmt)
    ]
    return _sorted(rows, "site_name", "site_code", "board_name", "start", "name")


def _list_retros(session: Session, site_id: int | None) -> list[dict[str, Any]]:
    board = aliased(Board)
    sprint = aliased(Sprint)
    stmt = (
        select(Retrospective.uuid, Retrospective.title, Retrospective.held_on,
               Retrospective.phase, Retrospective.anonymous, board.uuid, board.name,
               sprint.uuid, sprint.name, Site.uuid, Site.short_code, Site.name)
        .join(Site, Site.id == Retrospective.site_id)
        .outerjoin(board, board.id == Retrospective.board_id)
        .outerjoin(sprint, sprint.id == Retrospective.sprint_id)
    )
    if site_id is not None:
        stmt = stmt.where(Retrospective.site_id == site_id)
    rows = [
        {
            "uuid": r[0], "title": r[1], "name": r[1], "site": r[9], "site_code": r[10],
            "site_name": r[11], "board": r[5], "board_name": r[6], "sprint": r[7],
            "sprint_name": r[8], "date": _iso(r[2]), "phase": r[3], "anonymous": bool(r[4]),
        }
        for r in session.execute(stmt)
    ]
    return _sorted(rows, "site_name", "site_code", "date", "title")


def _list_solutions(session: Session, site_id: int | None) -> list[dict[str, Any]]:
    stmt = (
        select(SolutionApproach.uuid, SolutionApproach.title, SolutionApproach.status,
               SolutionApproach.archived_at, GoalArea.key, Site.uuid, Site.short_code,
               Site.name)
        .join(Site, Site.id == SolutionApproach.site_id)
        .outerjoin(GoalArea, GoalArea.id == SolutionApproach.goal_area_id)
    )
    if site_id is not None:
        stmt = stmt.where(SolutionApproach.site_id == site_id)
    rows = [
        {
            "uuid": r[0], "title": r[1], "name": r[1], "site": r[5], "site_code": r[6],
            "site_name": r[7], "status": r[2], "goal_area": r[4], "archived": r[3] is not None,
        }
        for r in session.execute(stmt)
    ]
    return _sorted(rows, "site_name", "site_code", "title")


def _list_partners(session: Session, site_id: int | None) -> list[dict[str, Any]]:
    stmt = (
        select(Partner.uuid, Partner.name, Partner.kind, Partner.contact_role, Partner.mailbox,
               Partner.archived_at, Site.uuid, Site.short_code, Site.name)
        .join(Site, Site.id == Partner.site_id)
    )
    if site_id is not None:
        stmt = stmt.where(Partner.site_id == site_id)
    rows = [
        {
            "uuid": r[0], "name": r[1], "site": r[6], "site_code": r[7], "site_name": r[8],
            "kind": r[2], "contact_role": r[3], "mailbox": r[4], "archived": r[5] is not None,
        }
        for r in session.execute(stmt)
    ]
    return _sorted(rows, "site_name", "site_code", "name")


_LISTERS: dict[str, Callable[[Session, int | None], list[dict[str, Any]]]] = {
    "sites": _list_sites,
    "boards": _list_boards,
    "sprints": _list_sprints,
    "retros": _list_retros,
    "solutions": _list_solutions,
    "partners": _list_partners,
}


# --------------------------------------------------------------------------- search


def search(
    session: Session,
    query: str,
    *,
    site_id: int | None = None,
    board_id: int | None = None,
    include_archived: bool = False,
    limit: int = 200,
) -> list[dict[str, Any]]:
    """:func:`kimboard.core.search.search_cards` with UUIDs instead of database ids."""
    hits = search_cards(session, query, site_id=site_id, board_id=board_id,
                        include_archived=include_archived, limit=limit)
    if not hits:
        return []
    board_ids = {h.board_id for h in hits}
    boards = {
        r[0]: (r[1], r[2])
        for r in session.execute(
            select(Board.id, Board.uuid, Site.uuid)
            .join(Site, Site.id == Board.site_id)
            .where(Board.id.in_(board_ids))
        )
    }
    return [
        {
            "uuid": h.card_uuid, "number": h.number, "title": h.title,
            "board": boards[h.board_id][0], "board_name": h.board_name,
            "site": boards[h.board_id][1], "rank": h.rank, "archived": h.archived,
        }
        for h in hits
    ]
