"""The KIM views across data: the state-wide network overview ("Landesnetzwerk"), what an
office does per goal area, and which network partners it works with on what.

Everything here reads only and returns JSON-ready dicts with English keys (German names are
the UI's business, goal-area names excepted: they are reference data stored in German). Sprint
figures are at team level — no person is ever named or counted (the staff council rule).

Definitions of the overview's figures (per office):

* **boards**: boards not archived, split by mode; archived boards are counted apart.
* **sprints**: over the closed sprints of all the office's boards (archived boards included:
  their sprints happened). ``average_velocity_points`` / ``_cards`` is the mean of the
  completed points / cards per closed sprint (as :func:`kimboard.core.metrics.velocity`
  computes them: the scope's done cards at the close); ``completion_rate`` is completed /
  committed points summed over those sprints. ``goal_reached_rate`` is the share of closed
  sprints whose goal was judged reached among those whose goal was judged at all.
* **actions**: action items of *finished* retrospectives. ``follow_up_rate`` =
  done / (done + open + dropped); ``reviewed_share`` = the share judged later (an outcome or
  a reviewing retrospective recorded).
* **solutions**: approaches not archived, by status and by goal area (key, ``"none"`` for
  approaches without one); ``adopted_by_others`` counts approaches of the office that at least
  one other office took over; ``adopted_from_others`` counts adoptions the office made.

The transfer table lists every recorded adoption (:class:`SolutionAdoption`, and
:class:`BoardAdoption` where the model has it), grouped by the adopted approach or board.
With a ``region`` filter, offices of that district government are listed, and a transfer is
listed when its origin or one of its adopters belongs to that district government.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from kimboard.core import clock, models
from kimboard.core.metrics import BoardHistory, velocity
from kimboard.core.models import (
    ActionItem,
    ActionStatus,
    Board,
    BoardColumn,
    BoardMode,
    Card,
    CardPartner,
    ColumnKind,
    GoalArea,
    Partner,
    RetroPhase,
    Retrospective,
    Site,
    SolutionAdoption,
    SolutionApproach,
    SolutionPartner,
    SolutionStatus,
    Sprint,
    SprintState,
)
from kimboard.core.ops._util import get
from kimboard.core.perf import paused_gc

#: Statuses of solution approaches, in life-cycle order.
STATUSES: tuple[str, ...] = tuple(s.value for s in SolutionStatus)
#: Key used for approaches, cards and actions without a goal area.
NO_GOAL_AREA = "none"
#: How many items per list :func:`goal_area_overview` and :func:`partner_overview` return.
DEFAULT_ITEM_LIMIT = 200


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _rate(part: float, whole: float) -> float | None:
    return round(part / whole, 4) if whole else None


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 2) if values else None


def goal_areas(session: Session) -> list[dict[str, Any]]:
    """The seven goal areas in their order: id, uuid, key, name, description."""
    return [
        {"id": g.id, "uuid": g.uuid, "key": g.key, "name": g.name,
         "description": g.description}
        for g in session.scalars(select(GoalArea).order_by(GoalArea.position, GoalArea.id))
    ]


# --------------------------------------------------------------------------- network overview


def regions(session: Session) -> list[str]:
    """The district governments named by the offices in this database, sorted."""
    rows = session.scalars(select(Site.region).where(Site.region != "").distinct())
    return sorted({r.strip() for r in rows if r and r.strip()}, key=str.casefold)


def _office_entry(site: Site) -> dict[str, Any]:
    return {
        "id": site.id, "uuid": site.uuid, "name": site.name, "short_code": site.short_code,
        "region": site.region or "", "is_local": bool(site.is_local),
        "boards": {"count": 0, "archived": 0,
                   "by_mode": {m.value: 0 for m in BoardMode}},
        "sprints": {"closed": 0, "measured": 0, "average_velocity_points": None,
                    "average_velocity_cards": None, "committed_points": 0.0,
                    "completed_points": 0.0, "completion_rate": None, "goal_judged": 0,
                    "goal_reached": 0, "goal_reached_rate": None},
        "actions": {"finished_retros": 0, "total": 0,
                    **{s.value: 0 for s in ActionStatus},
                    "follow_up_rate": None, "reviewed": 0, "reviewed_share": None},
        "solutions": {"total": 0, "by_status": dict.fromkeys(STATUSES, 0),
                      "by_goal_area": {}, "adopted_by_others": 0, "adopted_from_others": 0},
    }


def _board_figures(session: Session, offices: dict[int, dict[str, Any]]) -> None:
    stmt = (select(Board.site_id, Board.mode, Board.archived_at.is_not(None), func.count())
            .where(Board.site_id.in_(offices))
            .group_by(Board.site_id, Board.mode, Board.archived_at.is_not(None)))
    for site_id, mode, archived, n in session.execute(stmt):
        boards = offices[site_id]["boards"]
        if archived:
            boards["archived"] += int(n)
        else:
            boards["count"] += int(n)
            boards["by_mode"][mode] = boards["by_mode"].get(mode, 0) + int(n)


def _sprint_figures(session: Session, offices: dict[int, dict[str, Any]]) -> None:
    closed = (select(Board.site_id, Sprint.board_id, Sprint.goal_reached)
              .join(Board, Board.id == Sprint.board_id)
              .where(Board.site_id.in_(offices), Sprint.state == SprintState.CLOSED.value))
    boards_with_sprints: dict[int, set[int]] = defaultdict(set)
    for site_id, board_id, reached in session.execute(closed):
        sprints = offices[site_id]["sprints"]
        sprints["closed"] += 1
        boards_with_sprints[site_id].add(board_id)
        if reached is not None:
            sprints["goal_judged"] += 1
            sprints["goal_reached"] += 1 if reached else 0
    for site_id, board_ids in boards_with_sprints.items():
        points: list[float] = []
        cards: list[float] = []
        committed = completed = 0.0
        for board_id in sorted(board_ids):
            board = session.get_one(Board, board_id)
            with paused_gc():
                history = BoardHistory(session, board, only_sprints=True)
            for row in velocity(session, history)["sprints"]:
                points.append(float(row["completed_points"]))
                cards.append(float(row["completed_cards"]))
                committed += float(row["committed_points"])
                completed += float(row["completed_points"])
        sprints = offices[site_id]["sprints"]
        sprints.update(
            measured=len(points),
            average_velocity_points=_mean(points),
            average_velocity_cards=_mean(cards),
            committed_points=round(committed, 2),
            completed_points=round(completed, 2),
            completion_rate=_rate(completed, committed),
        )
    for office in offices.values():
        sprints = office["sprints"]
        sprints["goal_reached_rate"] = _rate(sprints["goal_reached"], sprints["goal_judged"])


def _action_figures(session: Session, offices: dict[int, dict[str, Any]]) -> None:
    finished = Retrospective.phase == RetroPhase.FINISHED.value
    retros = (select(Retrospective.site_id, func.count())
              .where(Retrospective.site_id.in_(offices), finished)
              .group_by(Retrospective.site_id))
    for site_id, n in session.execute(retros):
        offices[site_id]["actions"]["finished_retros"] = int(n)
    reviewed = or_(ActionItem.outcome.is_not(None), ActionItem.reviewed_in_retro_id.is_not(None))
    stmt = (select(ActionItem.site_id, ActionItem.status, reviewed, func.count())
            .join(Retrospective, Retrospective.id == ActionItem.retro_id)
            .where(ActionItem.site_id.in_(offices), finished)
            .group_by(ActionItem.site_id, ActionItem.status, reviewed))
    for site_id, status, was_reviewed, n in session.execute(stmt):
        actions = offices[site_id]["actions"]
        actions[status] = actions.get(status, 0) + int(n)
        actions["total"] += int(n)
        if was_reviewed:
            actions["reviewed"] += int(n)
    for office in offices.values():
        a = office["actions"]
        a["follow_up_rate"] = _rate(a[ActionStatus.DONE.value], a["total"])
        a["reviewed_share"] = _rate(a["reviewed"], a["total"])


def _solution_figures(session: Session, offices: dict[int, dict[str, Any]]) -> None:
    stmt = (select(SolutionApproach.site_id, SolutionApproach.status, GoalArea.key, func.count())
            .outerjoin(GoalArea, GoalArea.id == SolutionApproach.goal_area_id)
            .where(SolutionApproach.site_id.in_(offices), SolutionApproach.archived_at.is_(None))
            .group_by(SolutionApproach.site_id, SolutionApproach.status, GoalArea.key))
    for site_id, status, key, n in session.execute(stmt):
        sol = offices[site_id]["solutions"]
        sol["total"] += int(n)
        sol["by_status"][status] = sol["by_status"].get(status, 0) + int(n)
        area = key or NO_GOAL_AREA
        sol["by_goal_area"][area] = sol["by_goal_area"].get(area, 0) + int(n)
    adopted = (select(SolutionApproach.site_id,
                      func.count(func.distinct(SolutionAdoption.approach_id)))
               .join(SolutionApproach, SolutionApproach.id == SolutionAdoption.approach_id)
               .where(SolutionApproach.site_id.in_(offices))
               .group_by(SolutionApproach.site_id))
    for site_id, n in session.execute(adopted):
        offices[site_id]["solutions"]["adopted_by_others"] = int(n)
    by_uuid = {o["uuid"]: o for o in offices.values()}
    taken = (select(SolutionAdoption.adopting_site_uuid, func.count())
             .where(SolutionAdoption.adopting_site_uuid.in_(by_uuid))
             .group_by(SolutionAdoption.adopting_site_uuid))
    for site_uuid, n in session.execute(taken):
        by_uuid[site_uuid]["solutions"]["adopted_from_others"] = int(n)


def _adopters(rows: Iterable[Any], sites: dict[str, Site]) -> list[dict[str, Any]]:
    out = []
    for row in rows:
        site = sites.get(row.adopting_site_uuid)
        out.append({
            "uuid": row.adopting_site_uuid,
            "name": site.name if site is not None else (row.adopting_site_name or ""),
            "short_code": site.short_code if site is not None else "",
            "region": site.region if site is not None else "",
            "known": site is not None,
            "adopted_on": _iso(row.adopted_on),
            "note": row.note or "",
        })
    out.sort(key=lambda a: (a["adopted_on"] or "", a["name"].casefold()))
    return out


def _transfers(session: Session, sites: dict[str, Site], region: str | None
               ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    def wanted(origin: Site, adopters: list[dict[str, Any]]) -> bool:
        return region is None or origin.region == region or any(
            a["region"] == region for a in adopters)

    by_id = {s.id: s for s in sites.values()}
    grouped: dict[int, list[Any]] = defaultdict(list)
    for row in session.execute(select(SolutionAdoption)).scalars():
        grouped[row.approach_id].append(row)
    solutions: list[dict[str, Any]] = []
    if grouped:
        approaches = session.execute(
            select(SolutionApproach.id, SolutionApproach.uuid, SolutionApproach.title,
                   SolutionApproach.status, SolutionApproach.site_id, GoalArea.key)
            .outerjoin(GoalArea, GoalArea.id == SolutionApproach.goal_area_id)
            .where(SolutionApproach.id.in_(grouped)))
        for a in approaches:
            origin = by_id[a.site_id]
            adopters = _adopters(grouped[a.id], sites)
            if not wanted(origin, adopters):
                continue
            solutions.append({
                "approach": {"uuid": a.uuid, "title": a.title, "status": a.status,
                             "goal_area": a.key},
                "origin": {"uuid": origin.uuid, "name": origin.name,
                           "short_code": origin.short_code, "region": origin.region or ""},
                "adopters": adopters,
            })
    solutions.sort(key=lambda t: (t["origin"]["name"].casefold(),
                                  t["approach"]["title"].casefold()))
    boards: list[dict[str, Any]] = []
    board_adoption = getattr(models, "BoardAdoption", None)
    if board_adoption is not None:
        grouped_b: dict[int, list[Any]] = defaultdict(list)
        for row in session.execute(select(board_adoption)).scalars():
            grouped_b[row.board_id].append(row)
        if grouped_b:
            for b in session.execute(select(Board.id, Board.uuid, Board.name, Board.mode,
                                            Board.site_id).where(Board.id.in_(grouped_b))):
                origin = by_id[b.site_id]
                adopters = _adopters(grouped_b[b.id], sites)
                if not wanted(origin, adopters):
                    continue
                boards.append({
                    "board": {"uuid": b.uuid, "name": b.name, "mode": b.mode},
                    "origin": {"uuid": origin.uuid, "name": origin.name,
                               "short_code": origin.short_code,
                               "region": origin.region or ""},
                    "adopters": adopters,
                })
        boards.sort(key=lambda t: (t["origin"]["name"].casefold(),
                                   t["board"]["name"].casefold()))
    return solutions, boards


def network_overview(session: Session, *, region: str | None = None,
                     include_archived: bool = False) -> dict[str, Any]:
    """The figures of every office in this database (own and imported), see the module doc.

    ``region``: only offices of this district government (exact name); ``include_archived``:
    also offices that were archived here.
    """
    region = (region or "").strip() or None
    all_sites = list(session.scalars(select(Site)))
    sites_by_uuid = {s.uuid: s for s in all_sites}
    chosen = [s for s in all_sites
              if (include_archived or s.archived_at is None)
              and (region is None or s.region == region)]
    chosen.sort(key=lambda s: (s.name.casefold(), s.short_code))
    offices = {s.id: _office_entry(s) for s in chosen}
    if offices:
        _board_figures(session, offices)
        _sprint_figures(session, offices)
        _action_figures(session, offices)
        _solution_figures(session, offices)
    transfers, board_transfers = _transfers(session, sites_by_uuid, region)
    entries = list(offices.values())
    for entry in entries:
        del entry["id"]
    totals = {
        "offices": len(entries),
        "local_offices": sum(1 for e in entries if e["is_local"]),
        "imported_offices": sum(1 for e in entries if not e["is_local"]),
        "boards": sum(e["boards"]["count"] for e in entries),
        "closed_sprints": sum(e["sprints"]["closed"] for e in entries),
        "solutions": sum(e["solutions"]["total"] for e in entries),
        "solutions_by_status": {
            s: sum(e["solutions"]["by_status"].get(s, 0) for e in entries) for s in STATUSES},
        "adoptions": sum(len(t["adopters"]) for t in transfers),
        "board_adoptions": sum(len(t["adopters"]) for t in board_transfers),
    }
    done = sum(e["actions"][ActionStatus.DONE.value] for e in entries)
    total = sum(e["actions"]["total"] for e in entries)
    totals["follow_up_rate"] = _rate(done, total)
    return {
        "generated_at": clock.utcnow().isoformat(),
        "region": region,
        "regions": regions(session),
        "statuses": list(STATUSES),
        "goal_areas": [{"key": g["key"], "name": g["name"]} for g in goal_areas(session)],
        "offices": entries,
        "totals": totals,
        "transfers": transfers,
        "board_transfers": board_transfers,
    }


# --------------------------------------------------------------------------- goal areas


def _site_info(site: Site) -> dict[str, Any]:
    return {"uuid": site.uuid, "name": site.name, "short_code": site.short_code,
            "region": site.region or "", "is_local": bool(site.is_local)}


def _card_rows(session: Session, where: Any) -> Iterable[Any]:
    """Cards that count: on the board now, or archived from a done column (finished work)."""
    is_done = BoardColumn.kind == ColumnKind.DONE.value
    return session.execute(
        select(Card.id, Card.uuid, Card.number, Card.title, Card.goal_area_id,
               Board.uuid.label("board_uuid"), Board.name.label("board_name"),
               is_done.label("done"))
        .join(Board, Board.id == Card.board_id)
        .join(BoardColumn, BoardColumn.id == Card.column_id)
        .where(where, or_(Card.archived_at.is_(None), is_done))
        .order_by(Board.name, Card.number))


def _card_item(row: Any) -> dict[str, Any]:
    return {"uuid": row.uuid, "number": row.number, "title": row.title,
            "board": row.board_uuid, "board_name": row.board_name, "done": bool(row.done),
            "goal_area_id": row.goal_area_id}


def goal_area_overview(session: Session, site_id: int, *,
                       limit: int = DEFAULT_ITEM_LIMIT) -> dict[str, Any]:
    """What the office does for each goal area: its cards (open / done), approaches by
    status and retrospective action items by status, with up to ``limit`` items per list.

    Entries in ``areas`` follow the goal areas' order; ``unassigned`` counts what carries no
    goal area. Archived approaches are left out; cards as in the metrics (on the board, or
    archived from a done column)."""
    site = get(session, Site, site_id)
    areas: dict[int | None, dict[str, Any]] = {}
    for g in goal_areas(session):
        areas[g["id"]] = {
            **g,
            "cards": {"open": 0, "done": 0, "items": []},
            "approaches": {"total": 0, "by_status": dict.fromkeys(STATUSES, 0), "items": []},
            "actions": {"total": 0, **{s.value: 0 for s in ActionStatus}, "items": []},
        }
    unassigned: dict[str, Any] = {"cards": {"open": 0, "done": 0}, "approaches": 0,
                                  "actions": 0}
    for row in _card_rows(session, and_(Board.site_id == site.id,
                                         Board.archived_at.is_(None))):
        area = areas.get(row.goal_area_id)
        key = "done" if row.done else "open"
        if area is None:
            unassigned["cards"][key] += 1
            continue
        area["cards"][key] += 1
        if len(area["cards"]["items"]) < limit:
            area["cards"]["items"].append(_card_item(row))
    for a in session.scalars(select(SolutionApproach).where(
            SolutionApproach.site_id == site.id, SolutionApproach.archived_at.is_(None))
            .order_by(SolutionApproach.title)):
        area = areas.get(a.goal_area_id)
        if area is None:
            unassigned["approaches"] += 1
            continue
        ap = area["approaches"]
        ap["total"] += 1
        ap["by_status"][a.status] = ap["by_status"].get(a.status, 0) + 1
        if len(ap["items"]) < limit:
            ap["items"].append({"id": a.id, "uuid": a.uuid, "title": a.title,
                                "status": a.status})
    actions = session.execute(
        select(ActionItem.id, ActionItem.uuid, ActionItem.text, ActionItem.status,
               ActionItem.goal_area_id, Retrospective.title, Retrospective.held_on)
        .outerjoin(Retrospective, Retrospective.id == ActionItem.retro_id)
        .where(ActionItem.site_id == site.id)
        .order_by(Retrospective.held_on.desc(), ActionItem.id))
    for row in actions:
        area = areas.get(row.goal_area_id)
        if area is None:
            unassigned["actions"] += 1
            continue
        ac = area["actions"]
        ac["total"] += 1
        ac[row.status] = ac.get(row.status, 0) + 1
        if len(ac["items"]) < limit:
            ac["items"].append({"id": row.id, "uuid": row.uuid, "text": row.text,
                                "status": row.status, "retro": row.title or "",
                                "held_on": _iso(row.held_on)})
    return {"site": _site_info(site), "areas": [a for k, a in areas.items() if k is not None],
            "unassigned": unassigned, "limit": limit}


# --------------------------------------------------------------------------- partners


def partner_overview(session: Session, site_id: int, *,
                     limit: int = DEFAULT_ITEM_LIMIT) -> dict[str, Any]:
    """Which network partners the office works with on what: per partner its data, the
    linked cards (open / done, up to ``limit`` listed) with their goal areas, and the linked
    solution approaches. Archived partners are included with ``archived`` true."""
    site = get(session, Site, site_id)
    area_keys = {g["id"]: g["key"] for g in goal_areas(session)}
    partners: dict[int, dict[str, Any]] = {}
    for p in session.scalars(select(Partner).where(Partner.site_id == site.id)
                             .order_by(Partner.name, Partner.id)):
        partners[p.id] = {
            "id": p.id, "uuid": p.uuid, "name": p.name, "kind": p.kind,
            "contact_role": p.contact_role, "mailbox": p.mailbox, "notes": p.notes,
            "archived": p.archived_at is not None, "version": p.version,
            "cards": {"open": 0, "done": 0, "items": []},
            "approaches": [], "goal_areas": {},
        }
    if partners:
        links: dict[int, list[int]] = defaultdict(list)
        for card_id, partner_id in session.execute(
                select(CardPartner.card_id, CardPartner.partner_id)
                .where(CardPartner.partner_id.in_(partners))):
            links[card_id].append(partner_id)
        if links:
            linked = select(CardPartner.card_id).where(CardPartner.partner_id.in_(partners))
            for row in _card_rows(session, Card.id.in_(linked)):
                for pid in links[row.id]:
                    entry = partners[pid]
                    entry["cards"]["done" if row.done else "open"] += 1
                    if len(entry["cards"]["items"]) < limit:
                        entry["cards"]["items"].append(_card_item(row))
                    key = area_keys.get(row.goal_area_id, NO_GOAL_AREA)
                    entry["goal_areas"][key] = entry["goal_areas"].get(key, 0) + 1
        for partner_id, a_id, uuid, title, status, goal, archived in session.execute(
                select(SolutionPartner.partner_id, SolutionApproach.id, SolutionApproach.uuid,
                       SolutionApproach.title, SolutionApproach.status,
                       SolutionApproach.goal_area_id, SolutionApproach.archived_at)
                .join(SolutionApproach, SolutionApproach.id == SolutionPartner.approach_id)
                .where(SolutionPartner.partner_id.in_(partners))
                .order_by(SolutionApproach.title)):
            entry = partners[partner_id]
            entry["approaches"].append({"id": a_id, "uuid": uuid, "title": title,
                                        "status": status, "goal_area_id": goal,
                                        "archived": archived is not None})
            key = area_keys.get(goal, NO_GOAL_AREA)
            entry["goal_areas"][key] = entry["goal_areas"].get(key, 0) + 1
    return {"site": _site_info(site), "partners": list(partners.values()), "limit": limit}
