"""The protocol of one retrospective and the history of an office's retrospectives.

:func:`retro_protocol` gathers everything the protocol (Aktenvermerk) of one retrospective
shows as a JSON-ready dict; :func:`protocol_markdown` writes it as German Markdown; the PDF is
:mod:`kimboard.report.retro_protocol`. :func:`retro_history` gathers the past retrospectives of
an office (optionally of one board or team), the action items across them with their
follow-up, and the ROTI trend.

Anonymity is kept here, once, for every output: in an anonymous retrospective no name appears
at all (no authors, no owners of actions, participants only as a count). Nothing is ever
counted per person — votes carry a per-meeting token, ratings nothing personal.

The dicts hold data, not German text: enumerations as their stored English values, dates as
ISO strings, empty titles as ``""`` and missing things as ``None``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kimboard.core import clock
from kimboard.core.errors import ValidationError
from kimboard.core.models import (
    ActionItem,
    ActionOutcome,
    ActionStatus,
    Board,
    BoardColumn,
    Card,
    ColumnKind,
    GoalArea,
    Member,
    RatingKind,
    RetroGroup,
    RetroItem,
    RetroPhase,
    RetroRating,
    Retrospective,
    RetroTemplate,
    RetroVote,
    Site,
    Sprint,
    Team,
)
from kimboard.core.ops._util import get

#: Bumped when the shape of the protocol dict changes incompatibly.
PROTOCOL_VERSION = 1

Protocol = Mapping[str, Any]


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _ratings(values: Sequence[int]) -> dict[str, Any]:
    """Count, average (two decimals) and how often each score 1–5 was given."""
    distribution = [0] * 5
    for value in values:
        if 1 <= value <= 5:
            distribution[value - 1] += 1
    count = sum(distribution)
    total = sum(i * n for i, n in enumerate(distribution, start=1))
    return {"count": count, "average": round(total / count, 2) if count else None,
            "distribution": distribution}


def _site(site: Site) -> dict[str, Any]:
    return {"uuid": site.uuid, "name": site.name, "short_code": site.short_code,
            "region": site.region, "is_local": site.is_local}


def _retro_ref(retro: Retrospective | None) -> dict[str, Any] | None:
    if retro is None:
        return None
    return {"uuid": retro.uuid, "title": retro.title, "held_on": retro.held_on.isoformat()}


# --------------------------------------------------------------------------- the protocol


def retro_protocol(session: Session, retro_id: int, *,
                   now: dt.datetime | None = None) -> dict[str, Any]:
    """Everything the protocol of one retrospective shows.

    Participants: nobody registers for a retrospective, so their number is the largest of what
    the meeting recorded — voting tokens, check-in moods, ROTI scores and (in a named
    retrospective) the distinct authors of items. Names are listed only in a named
    retrospective, and only of people who wrote an item.

    Votes: ``items[].votes`` are the dots on the item itself; a group's ``votes`` are the dots
    on the group plus those on its items (``group_votes`` and ``item_votes`` separately).
    """
    retro = get(session, Retrospective, retro_id)
    site = get(session, Site, retro.site_id)
    named = not retro.anonymous
    board = session.get(Board, retro.board_id) if retro.board_id is not None else None
    sprint = session.get(Sprint, retro.sprint_id) if retro.sprint_id is not None else None
    team = session.get(Team, board.team_id) if board is not None and board.team_id else None
    template = retro.template

    item_votes: dict[int, int] = defaultdict(int)
    group_votes: dict[int, int] = defaultdict(int)
    for item_id, group_id, n in session.execute(
        select(RetroVote.item_id, RetroVote.group_id, func.count())
        .where(RetroVote.retro_id == retro.id)
        .group_by(RetroVote.item_id, RetroVote.group_id)
    ):
        if item_id is not None:
            item_votes[item_id] += int(n)
        elif group_id is not None:
            group_votes[group_id] += int(n)
    tokens = int(session.scalar(
        select(func.count(func.distinct(RetroVote.voter_token)))
        .where(RetroVote.retro_id == retro.id, RetroVote.voter_token.is_not(None))) or 0)
    ratings: dict[str, list[int]] = {RatingKind.MOOD.value: [], RatingKind.ROTI.value: []}
    for kind, value in session.execute(
        select(RetroRating.kind, RetroRating.value).where(RetroRating.retro_id == retro.id)
        .order_by(RetroRating.id)
    ):
        ratings.setdefault(kind, []).append(int(value))

    authors: dict[int, str] = {}
    if named:
        author_ids = {i.author_id for i in retro.items if i.author_id is not None}
        owner_ids = {a.owner_id for a in retro.actions if a.owner_id is not None}
        if author_ids | owner_ids:
            authors = {mid: name for mid, name in session.execute(
                select(Member.id, Member.display_name)
                .where(Member.id.in_(author_ids | owner_ids)))}
    author_names = sorted({authors[i.author_id] for i in retro.items
                           if i.author_id is not None and i.author_id in authors},
                          key=str.casefold)

    groups_by_id = {g.id: g for g in retro.groups}

    def item_dict(item: RetroItem) -> dict[str, Any]:
        group = groups_by_id.get(item.group_id) if item.group_id is not None else None
        return {
            "id": item.id, "uuid": item.uuid, "text": item.text,
            "votes": item_votes.get(item.id, 0),
            "group": group.title if group is not None else None,
            "group_uuid": group.uuid if group is not None else None,
            "author": authors.get(item.author_id) if named and item.author_id else None,
        }

    prompts: list[dict[str, Any]] = []
    known_prompts: set[int] = set()
    if template is not None:
        for prompt in template.prompts:
            known_prompts.add(prompt.id)
            prompts.append({
                "id": prompt.id, "uuid": prompt.uuid, "title": prompt.title,
                "description": prompt.description, "color": prompt.color,
                "items": [item_dict(i) for i in retro.items if i.prompt_id == prompt.id],
            })
    orphans = [item_dict(i) for i in retro.items if i.prompt_id not in known_prompts]
    if orphans:  # prompt gone (template removed) or a retrospective without template
        prompts.append({"id": None, "uuid": None, "title": None, "description": "",
                        "color": None, "items": orphans})

    groups: list[dict[str, Any]] = []
    for group in retro.groups:
        members = [i for i in retro.items if i.group_id == group.id]
        from_items = sum(item_votes.get(i.id, 0) for i in members)
        direct = group_votes.get(group.id, 0)
        groups.append({
            "id": group.id, "uuid": group.uuid, "title": group.title,
            "position": group.position,
            "votes": direct + from_items, "group_votes": direct, "item_votes": from_items,
            "items": [i.text for i in members],
            "discussion_notes": group.discussion_notes,
            "actions": [a.text for a in sorted(retro.actions, key=lambda a: a.id)
                        if a.group_id == group.id],
        })
    groups.sort(key=lambda g: (-g["votes"], g["position"]))
    for rank, entry in enumerate(groups, start=1):
        entry["rank"] = rank

    actions = [_action_dict(session, a, groups_by_id, authors if named else {})
               for a in sorted(retro.actions, key=lambda a: a.id)]
    reviewed = [
        {
            "uuid": a.uuid, "text": a.text, "status": a.status, "outcome": a.outcome,
            "due_date": _iso(a.due_date), "retro": _retro_ref(a.retro),
        }
        for a in session.scalars(
            select(ActionItem).where(ActionItem.reviewed_in_retro_id == retro.id)
            .order_by(ActionItem.id))
    ]

    mood = _ratings(ratings.get(RatingKind.MOOD.value, []))
    roti = _ratings(ratings.get(RatingKind.ROTI.value, []))
    participants = max(tokens, mood["count"], roti["count"], len(author_names))
    total_votes = sum(item_votes.values()) + sum(group_votes.values())
    return {
        "kind": "retro_protocol",
        "version": PROTOCOL_VERSION,
        "generated_at": (now or clock.utcnow()).isoformat(),
        "site": _site(site),
        "team": {"uuid": team.uuid, "name": team.name} if team is not None else None,
        "board": ({"uuid": board.uuid, "name": board.name, "mode": board.mode}
                  if board is not None else None),
        "sprint": ({"uuid": sprint.uuid, "name": sprint.name, "goal": sprint.goal,
                    "start": _iso(sprint.start_date), "end": _iso(sprint.end_date)}
                   if sprint is not None else None),
        "retro": {
            "uuid": retro.uuid, "title": retro.title, "held_on": retro.held_on.isoformat(),
            "phase": retro.phase, "finished": retro.phase == RetroPhase.FINISHED.value,
            "anonymous": retro.anonymous, "vote_budget": retro.vote_budget,
            "vote_cap_per_item": retro.vote_cap_per_item,
        },
        "template": ({"uuid": template.uuid, "key": template.key, "name": template.name,
                      "description": template.description, "builtin": template.builtin}
                     if template is not None else None),
        "participants": {"count": participants, "names": author_names if named else []},
        "prompts": prompts,
        "groups": groups,
        "ungrouped_items": sum(1 for i in retro.items if i.group_id is None),
        "votes": {"total": total_votes, "budget": retro.vote_budget,
                  "cap": retro.vote_cap_per_item},
        "mood": mood,
        "roti": roti,
        "actions": actions,
        "reviewed_actions": reviewed,
        "totals": {"items": len(retro.items), "groups": len(retro.groups),
                   "votes": total_votes, "actions": len(actions)},
    }


def _action_dict(session: Session, action: ActionItem, groups: Mapping[int, RetroGroup],
                 names: Mapping[int, str]) -> dict[str, Any]:
    group = groups.get(action.group_id) if action.group_id is not None else None
    goal = session.get(GoalArea, action.goal_area_id) if action.goal_area_id else None
    card = session.get(Card, action.card_id) if action.card_id is not None else None
    reviewed = (session.get(Retrospective, action.reviewed_in_retro_id)
                if action.reviewed_in_retro_id is not None else None)
    return {
        "id": action.id, "uuid": action.uuid, "text": action.text,
        "status": action.status, "outcome": action.outcome,
        "due_date": _iso(action.due_date),
        "owner": names.get(action.owner_id) if action.owner_id is not None else None,
        "group": group.title if group is not None else None,
        "goal_area": goal.name if goal is not None else None,
        "card": _card_dict(session, card),
        "reviewed_in": _retro_ref(reviewed),
    }


def _card_dict(session: Session, card: Card | None) -> dict[str, Any] | None:
    if card is None:
        return None
    column = session.get(BoardColumn, card.column_id)
    board = session.get(Board, card.board_id)
    return {"uuid": card.uuid, "number": card.number,
            "board": board.name if board is not None else "",
            "column": column.name if column is not None else "",
            "done": column is not None and column.kind == ColumnKind.DONE.value,
            "archived": card.archived_at is not None}


# --------------------------------------------------------------------------- the history


def retro_history(
    session: Session,
    site_id: int,
    *,
    board_id: int | None = None,
    team_id: int | None = None,
    today: dt.date | None = None,
) -> dict[str, Any]:
    """The retrospectives of an office (of one board, or of the boards of one team): each
    with its figures, newest first; their action items with status, outcome and follow-up;
    and the ROTI trend, oldest first. Team level only: no names at all."""
    site = get(session, Site, site_id)
    board = get(session, Board, board_id) if board_id is not None else None
    team = get(session, Team, team_id) if team_id is not None else None
    if board is not None and board.site_id != site.id:
        raise ValidationError("Das Board gehört zu einer anderen Dienststelle.")
    if team is not None and team.site_id != site.id:
        raise ValidationError("Das Team gehört zu einer anderen Dienststelle.")
    today = today or clock.today()

    stmt = (select(Retrospective, RetroTemplate.name, Board.name, Board.uuid, Team.name,
                   Sprint.name)
            .outerjoin(RetroTemplate, RetroTemplate.id == Retrospective.template_id)
            .outerjoin(Board, Board.id == Retrospective.board_id)
            .outerjoin(Team, Team.id == Board.team_id)
            .outerjoin(Sprint, Sprint.id == Retrospective.sprint_id)
            .where(Retrospective.site_id == site.id))
    if board is not None:
        stmt = stmt.where(Retrospective.board_id == board.id)
    if team is not None:
        stmt = stmt.where(Board.team_id == team.id)
    rows = session.execute(stmt.order_by(Retrospective.held_on, Retrospective.id)).all()
    retro_ids = [r[0].id for r in rows]

    items = _count_by(session, RetroItem.retro_id, retro_ids)
    groups = _count_by(session, RetroGroup.retro_id, retro_ids)
    votes = _count_by(session, RetroVote.retro_id, retro_ids)
    tokens: dict[int, int] = {}
    ratings: dict[tuple[int, str], list[int]] = defaultdict(list)
    action_rows: list[ActionItem] = []
    for chunk in _chunks(retro_ids):
        tokens.update((rid, int(n)) for rid, n in session.execute(
            select(RetroVote.retro_id, func.count(func.distinct(RetroVote.voter_token)))
            .where(RetroVote.retro_id.in_(chunk), RetroVote.voter_token.is_not(None))
            .group_by(RetroVote.retro_id)))
        for rid, kind, value in session.execute(
            select(RetroRating.retro_id, RetroRating.kind, RetroRating.value)
            .where(RetroRating.retro_id.in_(chunk))
        ):
            ratings[(rid, kind)].append(int(value))
        action_rows += session.scalars(
            select(ActionItem).where(ActionItem.retro_id.in_(chunk)))

    by_id = {r[0].id: r[0] for r in rows}
    actions_of: dict[int, list[ActionItem]] = defaultdict(list)
    for action in action_rows:
        assert action.retro_id is not None
        actions_of[action.retro_id].append(action)
    followers = {a.reviewed_in_retro_id for a in action_rows if a.reviewed_in_retro_id}
    follow_ups = {r.id: r for r in session.scalars(
        select(Retrospective).where(Retrospective.id.in_(followers)))} if followers else {}

    retros: list[dict[str, Any]] = []
    trend: list[dict[str, Any]] = []
    for retro, template_name, board_name, board_uuid, team_name, sprint_name in rows:
        mood = _ratings(ratings.get((retro.id, RatingKind.MOOD.value), []))
        roti = _ratings(ratings.get((retro.id, RatingKind.ROTI.value), []))
        own = actions_of.get(retro.id, [])
        status = {s.value: sum(1 for a in own if a.status == s.value) for s in ActionStatus}
        entry = {
            "id": retro.id, "uuid": retro.uuid, "title": retro.title,
            "held_on": retro.held_on.isoformat(), "phase": retro.phase,
            "finished": retro.phase == RetroPhase.FINISHED.value,
            "anonymous": retro.anonymous, "template": template_name,
            "board": board_name, "board_uuid": board_uuid, "team": team_name,
            "sprint": sprint_name,
            "participants": max(tokens.get(retro.id, 0), mood["count"], roti["count"]),
            "items": items.get(retro.id, 0), "groups": groups.get(retro.id, 0),
            "votes": votes.get(retro.id, 0),
            "actions": {"total": len(own), **status},
            "roti_average": roti["average"], "roti_count": roti["count"],
            "mood_average": mood["average"], "mood_count": mood["count"],
        }
        retros.append(entry)
        if roti["count"]:
            trend.append({"uuid": retro.uuid, "title": retro.title,
                          "held_on": retro.held_on.isoformat(),
                          "average": roti["average"], "count": roti["count"],
                          "distribution": roti["distribution"],
                          "mood_average": mood["average"]})
    retros.reverse()  # newest first

    cards = {c.id: c for c in session.scalars(select(Card).where(
        Card.id.in_({a.card_id for a in action_rows if a.card_id is not None})))}
    goal_names = {gid: name for gid, name in session.execute(select(GoalArea.id, GoalArea.name))}
    action_list = []
    for action in sorted(action_rows, key=lambda a: (by_id[a.retro_id or 0].held_on,
                                                     a.retro_id or 0, a.id)):
        origin = by_id[action.retro_id or 0]
        overdue = (action.status == ActionStatus.OPEN.value and action.due_date is not None
                   and action.due_date < today)
        action_list.append({
            "uuid": action.uuid, "text": action.text, "status": action.status,
            "outcome": action.outcome, "due_date": _iso(action.due_date), "overdue": overdue,
            "goal_area": goal_names.get(action.goal_area_id) if action.goal_area_id else None,
            "retro": _retro_ref(origin),
            "follow_up": _retro_ref(follow_ups.get(action.reviewed_in_retro_id or 0)),
            "card": _card_dict(session, cards.get(action.card_id or 0)),
        })

    all_roti = [v for (_rid, kind), values in ratings.items() if kind == RatingKind.ROTI.value
                for v in values]
    overall = _ratings(all_roti)
    summary = {
        "retros": len(retros),
        "finished": sum(1 for r in retros if r["finished"]),
        "actions": {
            "total": len(action_list),
            **{s.value: sum(1 for a in action_list if a["status"] == s.value)
               for s in ActionStatus},
            **{o.value: sum(1 for a in action_list if a["outcome"] == o.value)
               for o in ActionOutcome},
            "overdue": sum(1 for a in action_list if a["overdue"]),
            "followed_up": sum(1 for a in action_list if a["follow_up"] is not None),
        },
        "roti_average": overall["average"], "roti_count": overall["count"],
    }
    return {
        "kind": "retro_history",
        "version": PROTOCOL_VERSION,
        "generated_at": clock.utcnow().isoformat(),
        "today": today.isoformat(),
        "site": _site(site),
        "board": {"uuid": board.uuid, "name": board.name} if board is not None else None,
        "team": {"uuid": team.uuid, "name": team.name} if team is not None else None,
        "retros": retros,
        "actions": action_list,
        "roti_trend": trend,
        "summary": summary,
    }


def _chunks(ids: Sequence[int], size: int = 500) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def _count_by(session: Session, column: Any, ids: Sequence[int]) -> dict[int, int]:
    counts: dict[int, int] = {}
    for chunk in _chunks(ids):
        counts.update((rid, int(n)) for rid, n in session.execute(
            select(column, func.count()).where(column.in_(chunk)).group_by(column)))
    return counts


# --------------------------------------------------------------------------- Markdown

#: German names of the stored values (the PDF uses the same).
PHASES: Mapping[str, str] = {
    "check_in": "Check-in", "review": "Rückblick", "writing": "Sammeln",
    "reveal": "Aufdecken", "grouping": "Gruppieren", "voting": "Abstimmen",
    "discussion": "Diskussion", "actions": "Maßnahmen", "closing": "Abschluss",
    "finished": "abgeschlossen",
}
ACTION_STATUS: Mapping[str, str] = {"open": "offen", "done": "erledigt",
                                    "dropped": "verworfen"}
ACTION_OUTCOME: Mapping[str, str] = {"effective": "wirksam",
                                     "not_effective": "nicht wirksam"}
BOARD_MODES: Mapping[str, str] = {"kanban": "Kanban", "scrum": "Scrum"}
ROTI_SCALE: Sequence[str] = (
    "1 – Zeit verschwendet", "2 – wenig Nutzen", "3 – Aufwand und Nutzen ausgeglichen",
    "4 – guter Nutzen", "5 – sehr wertvoll",
)
DASH = "–"
ANONYMOUS_NOTE = ("Die Retrospektive wurde anonym durchgeführt: Dieses Protokoll nennt keine "
                  "Namen, Teilnehmende sind nur gezählt.")
TEAM_LEVEL_NOTE = ("Stimmen und Bewertungen sind nur als Summen festgehalten; sie lassen sich "
                   "keiner Person zuordnen.")
NO_PROMPT = "Ohne Frage"
UNTITLED_GROUP = "Gruppe ohne Titel"


def fmt_date(value: str | dt.date | None) -> str:
    """``"2026-11-13"`` → ``"13.11.2026"``; ``None`` → ``"–"``."""
    if value is None or value == "":
        return DASH
    day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
    return day.strftime("%d.%m.%Y")


def fmt_decimal(value: float | None, decimals: int = 1) -> str:
    """``3.83`` → ``"3,8"``, ``4.0`` → ``"4"``; ``None`` → ``"–"``."""
    if value is None:
        return DASH
    text = f"{value:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def votes_text(n: int) -> str:
    return f"{n} Stimme" if n == 1 else f"{n} Stimmen"


def office_line(site: Mapping[str, Any] | None) -> str:
    site = site or {}
    name, code = site.get("name") or "", site.get("short_code") or ""
    return f"{name} ({code})" if name and code else name or code


def group_title(group: Mapping[str, Any]) -> str:
    return str(group.get("title") or "").strip() or UNTITLED_GROUP


def participants_text(protocol: Protocol) -> str:
    """"6 (anonym)" or "4: Aylin, Jonas, Marta, Tom"."""
    part = protocol.get("participants") or {}
    count = int(part.get("count") or 0)
    names = list(part.get("names") or [])
    if (protocol.get("retro") or {}).get("anonymous", True):
        return f"{count} (anonyme Retrospektive, keine Namen)"
    if names:
        return f"{count}; Beiträge von: {', '.join(names)}"
    return str(count)


def status_text(protocol: Protocol) -> str:
    retro = protocol.get("retro") or {}
    if retro.get("finished"):
        return "abgeschlossen"
    phase = PHASES.get(retro.get("phase") or "", retro.get("phase") or "")
    return f"noch nicht abgeschlossen (Phase: {phase})"


def rating_text(summary: Mapping[str, Any] | None) -> str:
    """"Ø 4,2 von 5 (5 Bewertungen)" or "keine Bewertungen"."""
    summary = summary or {}
    count = int(summary.get("count") or 0)
    if not count:
        return "keine Bewertungen"
    noun = "Bewertung" if count == 1 else "Bewertungen"
    return f"Ø {fmt_decimal(summary.get('average'))} von 5 ({count} {noun})"


def outcome_text(action: Mapping[str, Any]) -> str:
    outcome = action.get("outcome")
    if outcome:
        return ACTION_OUTCOME.get(outcome, str(outcome))
    return "noch nicht bewertet" if action.get("status") == "done" else DASH


def card_text(card: Mapping[str, Any] | None) -> str:
    if not card:
        return DASH
    text = f"#{card.get('number')} ({card.get('board') or ''}"
    if card.get("column"):
        text += f", {card['column']}"
    return text + ")"


def sprint_text(sprint: Mapping[str, Any] | None) -> str:
    if not sprint:
        return DASH
    return f"{sprint.get('name') or ''} ({fmt_date(sprint.get('start'))} – " \
           f"{fmt_date(sprint.get('end'))})"


def head_fields(protocol: Protocol) -> list[tuple[str, str]]:
    """The label–value rows at the head of the protocol (Markdown and PDF)."""
    retro = protocol.get("retro") or {}
    site = protocol.get("site") or {}
    board = protocol.get("board")
    template = protocol.get("template")
    votes = protocol.get("votes") or {}
    fields = [
        ("Behörde", office_line(site) or DASH),
        ("Bezirksregierung", site.get("region") or DASH),
        ("Team", (protocol.get("team") or {}).get("name") or DASH),
        ("Board", (f"{board.get('name')}"
                   + (f" ({BOARD_MODES[board['mode']]})" if board.get("mode") in BOARD_MODES
                      else "")) if board else DASH),
    ]
    if protocol.get("sprint"):
        fields.append(("Sprint", sprint_text(protocol.get("sprint"))))
    fields += [
        ("Datum", fmt_date(retro.get("held_on"))),
        ("Vorlage", (template or {}).get("name") or DASH),
        ("Teilnehmende", participants_text(protocol)),
        ("Stimmen", f"{votes.get('total', 0)} abgegeben; je Person {votes.get('budget', 0)}, "
                    f"höchstens {votes.get('cap', 0)} je Beitrag"),
        ("Stand", status_text(protocol)),
    ]
    return fields


def _md(text: object) -> str:
    """Inline Markdown: special characters escaped, line breaks as spaces."""
    out = " ".join(str(text).split())
    for char in ("\\", "`", "*", "_", "[", "]", "<", ">", "|"):
        out = out.replace(char, "\\" + char)
    return "\\" + out if out[:1] in ("#", "+", "-") else out


def _md_block(text: str) -> list[str]:
    """A multi-line text as Markdown paragraphs (line breaks kept)."""
    lines = [_md(line) for line in str(text).strip().splitlines()]
    return [line + ("  " if i < len(lines) - 1 and line else "") for i, line in enumerate(lines)]


def _md_table(headers: Sequence[str], rows: Sequence[Sequence[object]],
              right: Sequence[int] = ()) -> list[str]:
    lines = ["| " + " | ".join(_md(h) for h in headers) + " |",
             "| " + " | ".join("---:" if i in right else "---" for i in range(len(headers)))
             + " |"]
    lines += ["| " + " | ".join(_md(c) if c not in (None, "") else DASH for c in row) + " |"
              for row in rows]
    return lines


def protocol_markdown(protocol: Protocol) -> str:
    """The protocol as German Markdown: a record fit to file (Aktenvermerk)."""
    retro = protocol.get("retro") or {}
    anonymous = bool(retro.get("anonymous", True))
    out: list[str] = [
        f"# Protokoll der Retrospektive „{_md(retro.get('title') or '')}“",
        "",
        "*Aktenvermerk*",
        "",
        *_md_table(["Angabe", "Inhalt"], head_fields(protocol)),
        "",
    ]
    template = protocol.get("template") or {}
    if template.get("description"):
        out += [f"Vorlage „{_md(template.get('name') or '')}“: "
                f"{_md(template['description'])}", ""]
    totals = protocol.get("totals") or {}
    out += [
        "## 1. Überblick",
        "",
        f"- Beiträge: {totals.get('items', 0)}",
        f"- Gruppen: {totals.get('groups', 0)}",
        f"- Abgegebene Stimmen: {totals.get('votes', 0)}",
        f"- Vereinbarte Maßnahmen: {totals.get('actions', 0)}",
        "",
        "## 2. Beiträge nach Fragen",
        "",
    ]
    prompts = list(protocol.get("prompts") or [])
    if not any(p.get("items") for p in prompts):
        out += ["Es wurden keine Beiträge gesammelt.", ""]
    for prompt in prompts:
        out += [f"### {_md(prompt.get('title') or NO_PROMPT)}", ""]
        if prompt.get("description"):
            out += [f"*{_md(prompt['description'])}*", ""]
        items = list(prompt.get("items") or [])
        if not items:
            out += ["Keine Beiträge.", ""]
            continue
        for item in items:
            line = f"- {_md(item.get('text') or '')} ({votes_text(int(item.get('votes') or 0))}"
            if item.get("group") is not None:
                line += f"; Gruppe „{_md(group_title({'title': item['group']}))}“"
            if not anonymous and item.get("author"):
                line += f"; von {_md(item['author'])}"
            out.append(line + ")")
        out.append("")

    groups = list(protocol.get("groups") or [])
    out += ["## 3. Gruppen und Stimmen", ""]
    if not groups:
        out += ["Die Beiträge wurden nicht gruppiert.", ""]
    else:
        out += [*_md_table(["Rang", "Gruppe", "Beiträge", "Stimmen"],
                           [[g.get("rank"), group_title(g), len(g.get("items") or []),
                             g.get("votes", 0)] for g in groups], right=(0, 2, 3)), ""]
        for group in groups:
            out += [f"### Rang {group.get('rank')}: {_md(group_title(group))} – "
                    f"{votes_text(int(group.get('votes') or 0))}", ""]
            if group.get("group_votes") and group.get("item_votes"):
                out += [f"Davon {group['group_votes']} auf die Gruppe und "
                        f"{group['item_votes']} auf einzelne Beiträge.", ""]
            for text in group.get("items") or []:
                out.append(f"- {_md(text)}")
            if group.get("items"):
                out.append("")
            notes = str(group.get("discussion_notes") or "").strip()
            if notes:
                out += ["**Diskussion:**", "", *_md_block(notes), ""]
            if group.get("actions"):
                out += ["**Vereinbarte Maßnahmen:** "
                        + "; ".join(_md(a) for a in group["actions"]), ""]

    actions = list(protocol.get("actions") or [])
    out += ["## 4. Maßnahmen", ""]
    if not actions:
        out += ["Es wurden keine Maßnahmen vereinbart.", ""]
    else:
        headers = ["Nr.", "Maßnahme"]
        if not anonymous:
            headers.append("Verantwortlich")
        headers += ["Fällig", "Status", "Wirkung", "Zielbereich", "Karte"]
        rows = []
        for n, action in enumerate(actions, start=1):
            row: list[object] = [n, action.get("text") or ""]
            if not anonymous:
                row.append(action.get("owner") or DASH)
            row += [fmt_date(action.get("due_date")),
                    ACTION_STATUS.get(action.get("status") or "", action.get("status") or ""),
                    outcome_text(action), action.get("goal_area") or DASH,
                    card_text(action.get("card"))]
            rows.append(row)
        out += [*_md_table(headers, rows, right=(0,)), ""]

    reviewed = list(protocol.get("reviewed_actions") or [])
    if reviewed:
        out += ["## 5. Überprüfung früherer Maßnahmen", "",
                *_md_table(["Maßnahme", "aus der Retrospektive", "Status", "Wirkung"],
                           [[a.get("text") or "",
                             f"{(a.get('retro') or {}).get('title') or ''} vom "
                             f"{fmt_date((a.get('retro') or {}).get('held_on'))}",
                             ACTION_STATUS.get(a.get("status") or "", a.get("status") or ""),
                             outcome_text(a)] for a in reviewed]), ""]

    number = 6 if reviewed else 5
    out += [f"## {number}. Stimmung und ROTI", ""]
    mood, roti = protocol.get("mood") or {}, protocol.get("roti") or {}
    out += [f"- Stimmung beim Check-in: {rating_text(mood)}",
            f"- ROTI (Return on Time Invested): {rating_text(roti)}", ""]
    if roti.get("count"):
        dist = list(roti.get("distribution") or [0] * 5)
        out += [*_md_table(["ROTI", "Anzahl"],
                           [[label, dist[i] if i < len(dist) else 0]
                            for i, label in enumerate(ROTI_SCALE)], right=(1,)), ""]
    out += ["---", ""]
    if anonymous:
        out += [ANONYMOUS_NOTE, ""]
    out += [TEAM_LEVEL_NOTE, ""]
    generated = protocol.get("generated_at")
    if generated:
        stamp = dt.datetime.fromisoformat(str(generated))
        if stamp.tzinfo is not None:
            stamp = stamp.astimezone()
        out += [f"Erstellt am {stamp:%d.%m.%Y %H:%M} mit kimboard.", ""]
    return "\n".join(out).rstrip("\n") + "\n"
