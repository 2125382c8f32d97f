"""Read side of the library of solution approaches (Lösungsansätze): the rows the library
lists — every office's approaches, own and imported — and one approach in full, with its
status history, its links resolved to what they point at, its adoptions and its partners.

Plain JSON-ready dicts with English keys; the UI words them in German.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kimboard.core.models import (
    ActionItem,
    Board,
    Card,
    GoalArea,
    Partner,
    Retrospective,
    Site,
    SolutionAdoption,
    SolutionApproach,
    SolutionPartner,
)
from kimboard.core.ops._util import get

#: The texts the library's search looks through, besides the title.
SEARCH_FIELDS: tuple[str, ...] = ("problem", "context", "approach", "evidence", "contact_role")


def solution_rows(session: Session, *, site_id: int | None = None) -> list[dict[str, Any]]:
    """One row per approach (archived ones too, flagged), sorted by office and title.

    ``site_id`` restricts the rows to one office. Each row carries the office (``site_*``),
    the goal area (``goal_area`` key and ``goal_area_name``), ``adoptions`` (how many offices
    took it over), ``adopters`` (their UUIDs) and the texts of :data:`SEARCH_FIELDS`.
    """
    adopters: dict[int, list[str]] = {}
    for approach_id, site_uuid in session.execute(
            select(SolutionAdoption.approach_id, SolutionAdoption.adopting_site_uuid)):
        adopters.setdefault(approach_id, []).append(site_uuid)
    stmt = (
        select(SolutionApproach, GoalArea.key, GoalArea.name, Site.uuid, Site.name,
               Site.short_code, Site.is_local)
        .join(Site, Site.id == SolutionApproach.site_id)
        .outerjoin(GoalArea, GoalArea.id == SolutionApproach.goal_area_id)
        .order_by(func.lower(Site.name), func.lower(SolutionApproach.title),
                  SolutionApproach.id)
    )
    if site_id is not None:
        stmt = stmt.where(SolutionApproach.site_id == site_id)
    rows = []
    for a, area_key, area_name, site_uuid, site_name, code, is_local in session.execute(stmt):
        rows.append({
            "id": a.id, "uuid": a.uuid, "title": a.title, "status": a.status,
            "goal_area_id": a.goal_area_id, "goal_area": area_key,
            "goal_area_name": area_name or "", "site_id": a.site_id, "site": site_uuid,
            "site_name": site_name, "site_code": code, "site_is_local": bool(is_local),
            "archived": a.archived_at is not None,
            "adoptions": len(adopters.get(a.id, [])), "adopters": adopters.get(a.id, []),
            "updated_at": a.updated_at.isoformat() if a.updated_at else None,
            **{f: getattr(a, f) or "" for f in SEARCH_FIELDS},
        })
    return rows


def _link_target(session: Session, kind: str, uuid: str) -> dict[str, Any]:
    """What a link points at, or ``found: False`` when it is not in this database."""
    out: dict[str, Any] = {"kind": kind, "uuid": uuid, "found": False}
    if kind == "card":
        row = session.execute(
            select(Card.id, Card.number, Card.title, Board.name, Card.archived_at)
            .join(Board, Board.id == Card.board_id).where(Card.uuid == uuid)).first()
        if row is not None:
            out.update(found=True, id=row[0], number=row[1], title=row[2], board_name=row[3],
                       archived=row[4] is not None)
    elif kind == "board":
        b = session.execute(select(Board.id, Board.name, Board.mode)
                            .where(Board.uuid == uuid)).first()
        if b is not None:
            out.update(found=True, id=b[0], name=b[1], mode=b[2])
    elif kind == "retro":
        r = session.execute(select(Retrospective.id, Retrospective.title,
                                   Retrospective.held_on)
                            .where(Retrospective.uuid == uuid)).first()
        if r is not None:
            out.update(found=True, id=r[0], title=r[1], held_on=r[2].isoformat())
    elif kind == "action_item":
        a = session.execute(
            select(ActionItem.id, ActionItem.text, ActionItem.status, Retrospective.title)
            .outerjoin(Retrospective, Retrospective.id == ActionItem.retro_id)
            .where(ActionItem.uuid == uuid)).first()
        if a is not None:
            out.update(found=True, id=a[0], text=a[1], status=a[2], retro_title=a[3] or "")
    return out


_LINK_ORDER = {"action_item": 0, "retro": 1, "card": 2, "board": 3}


def solution_detail(session: Session, approach_id: int) -> dict[str, Any]:
    """One approach with everything the library's detail pane shows."""
    a = get(session, SolutionApproach, approach_id)
    site = session.get_one(Site, a.site_id)
    area = session.get(GoalArea, a.goal_area_id) if a.goal_area_id is not None else None
    known = {s.uuid: s for s in session.scalars(select(Site).where(Site.uuid.in_(
        [ad.adopting_site_uuid for ad in a.adoptions])))} if a.adoptions else {}
    partners = list(session.execute(
        select(Partner.id, Partner.name, Partner.kind, Partner.archived_at)
        .join(SolutionPartner, SolutionPartner.partner_id == Partner.id)
        .where(SolutionPartner.approach_id == a.id).order_by(Partner.name)))
    links = [_link_target(session, link.target_kind, link.target_uuid) for link in a.links]
    links.sort(key=lambda x: (_LINK_ORDER.get(x["kind"], 9), x["uuid"]))
    origin_site = None
    if a.origin_site_uuid and a.origin_site_uuid != site.uuid:
        origin_site = session.scalar(select(Site.name).where(Site.uuid == a.origin_site_uuid))
    return {
        "id": a.id, "uuid": a.uuid, "version": a.version, "title": a.title,
        "problem": a.problem, "context": a.context, "approach": a.approach,
        "evidence": a.evidence, "contact_role": a.contact_role, "status": a.status,
        "goal_area_id": a.goal_area_id, "goal_area": area.key if area else None,
        "goal_area_name": area.name if area else "",
        "archived": a.archived_at is not None,
        "created_at": a.created_at.isoformat(), "updated_at": a.updated_at.isoformat(),
        "site": {"id": site.id, "uuid": site.uuid, "name": site.name,
                 "short_code": site.short_code, "region": site.region or "",
                 "is_local": bool(site.is_local)},
        "origin_site_uuid": a.origin_site_uuid, "origin_site_name": origin_site,
        "history": [
            {"from": c.from_status, "to": c.to_status, "at": c.at.isoformat(), "note": c.note}
            for c in a.status_changes
        ],
        "links": links,
        "adoptions": sorted((
            {"id": ad.id, "site_uuid": ad.adopting_site_uuid,
             "name": known[ad.adopting_site_uuid].name if ad.adopting_site_uuid in known
             else ad.adopting_site_name,
             "known": ad.adopting_site_uuid in known,
             "adopted_on": ad.adopted_on.isoformat(), "note": ad.note}
            for ad in a.adoptions), key=lambda x: (x["adopted_on"], x["name"])),
        "partners": [{"id": p[0], "name": p[1], "kind": p[2], "archived": p[3] is not None}
                     for p in partners],
    }
