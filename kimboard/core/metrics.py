"""Team-level flow and sprint metrics, computed from the card history (``CardEvent``).

Everything here is a pure function of the recorded history and a point in time, so it can be
checked against hand-computed fixtures. Definitions (also in docs/metrics.md):

* A card's **column over time** is rebuilt from its ``created``/``moved``/``archived``/
  ``restored`` events. A card archived from a *done* column stays done (finished work does not
  vanish from the figures); a card archived from any other column drops out.
* A day's value is the state **at the end of that local day** (events strictly before the next
  midnight). Today's value is the state now.
* **Done** means "in a column of kind done". A card is *completed* at the start of its current
  uninterrupted stay in done columns: a card moved back out of done (reopened) is open again,
  and when it is finished again it counts once, at its final completion.
* **Lead time**: creation → completion. **Cycle time**: first entry into an *in progress* (or
  done) column → completion. Both in days; the median and the 85th percentile (nearest rank)
  over the cards completed in the period.
* **Throughput**: cards (and points) completed per ISO week. **WIP age**: days since the cycle
  started, for the cards now in an *in progress* column.
* **Sprint scope**: the commitment recorded at the start, then every ``sprint_added`` /
  ``sprint_removed`` event and every estimate change of a card in scope after the start and
  before the close — the scope changes. Events written by the close itself (unfinished cards
  leaving) are not scope changes.
* **Burndown**: open points/cards of the scope per day, with an ideal line from the commitment
  to zero over the sprint's working days (Mon–Fri). **Burnup**: scope and done per day.
* **Velocity**: per closed sprint, committed (the recorded commitment) vs completed (the scope's
  done cards at the close), and the rolling average over the last three sprints.

No figure is ever split by person (the staff council rule): there is no assignee here.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import String, TypeDecorator, select, type_coerce
from sqlalchemy.orm import Session

from kimboard.core import clock
from kimboard.core.models import (
    Board,
    BoardColumn,
    Card,
    CardEvent,
    CardEventKind,
    ColumnKind,
    Sprint,
    SprintCommitment,
    SprintState,
)
from kimboard.core.ops._util import get
from kimboard.core.perf import paused_gc

#: How many closed sprints the rolling velocity average spans.
VELOCITY_WINDOW = 3
#: Without a sprint, flow metrics cover this many ISO weeks up to today.
DEFAULT_WEEKS = 12

_E = CardEventKind
# Plain strings for the hot loop (enum attribute access is slow on 100,000s of events).
_CREATED, _MOVED, _ARCHIVED, _RESTORED = (
    _E.CREATED.value, _E.MOVED.value, _E.ARCHIVED.value, _E.RESTORED.value)
_ESTIMATE, _ADDED, _REMOVED, _BLOCKED = (
    _E.ESTIMATE_CHANGED.value, _E.SPRINT_ADDED.value, _E.SPRINT_REMOVED.value,
    _E.BLOCKED.value)
_DAWN = dt.datetime.min.replace(tzinfo=dt.UTC)
_HISTORY_KINDS = (
    _E.CREATED.value, _E.MOVED.value, _E.ARCHIVED.value, _E.RESTORED.value,
    _E.ESTIMATE_CHANGED.value, _E.SPRINT_ADDED.value, _E.SPRINT_REMOVED.value,
    _E.BLOCKED.value,
)


# --------------------------------------------------------------------------- statistics





def median(values: Sequence[float]) -> float | None:
    return round(statistics.median(values), 2) if values else None


def percentile(values: Sequence[float], p: float) -> float | None:
    """The nearest-rank percentile: the smallest value with at least p % of values ≤ it."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return round(ordered[rank - 1], 2)


def _days(delta: dt.timedelta) -> float:
    return round(delta.total_seconds() / 86400, 2)


def _pts(value: float) -> float:
    return round(value, 2)


# --------------------------------------------------------------------------- local days


class Calendar:
    """Local calendar days for a timezone (None: the computer's local time)."""

    def __init__(self, tz: dt.tzinfo | None) -> None:
        self.tz = tz

    def date(self, t: dt.datetime) -> dt.date:
        return t.astimezone(self.tz).date()

    def start(self, day: dt.date) -> dt.datetime:
        """The first instant of ``day`` (local midnight) as an aware datetime."""
        naive = dt.datetime.combine(day, dt.time())
        if self.tz is None:
            return naive.astimezone()
        return naive.replace(tzinfo=self.tz)

    def end(self, day: dt.date) -> dt.datetime:
        """The instant a day's value is taken at: the next local midnight."""
        return self.start(day + dt.timedelta(days=1))


def _day_range(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


# --------------------------------------------------------------------------- card history


def _raw(column: Any) -> Any:
    """A timestamp column without the ORM type's processing (see :func:`_utc`)."""
    return type_coerce(column, _RAW_TIME)


class _RawTime(TypeDecorator[Any]):
    impl = String
    cache_ok = True


_RAW_TIME = _RawTime()


def _utc(value: Any) -> dt.datetime:
    """A stored timestamp (naive UTC text on SQLite, a datetime elsewhere) as aware UTC."""
    if isinstance(value, str):
        if value.endswith("Z") or (len(value) > 19 and value[-6] in "+-"):
            return dt.datetime.fromisoformat(value).astimezone(dt.UTC)
        return dt.datetime.fromisoformat(value + "+00:00")  # 7× faster than .replace()
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


@dataclass(slots=True)
class _Stay:
    start: dt.datetime
    column_id: int | None  # None: a column deleted since
    archived: bool


@dataclass(slots=True)
class CardHistory:
    """One card's rebuilt history: where it was when, what it was estimated at when."""

    id: int
    uuid: str
    number: int
    title: str
    created_at: dt.datetime
    stays: list[_Stay] = field(default_factory=list)
    estimates: list[tuple[dt.datetime, float | None]] = field(default_factory=list)
    sprint_events: list[tuple[dt.datetime, int, str]] = field(default_factory=list)
    estimate_events: list[tuple[dt.datetime, float | None, float | None]] = field(
        default_factory=list)
    last_blocked_at: dt.datetime | None = None
    blocked: bool = False
    current_sprint_id: int | None = None

    def stay_at(self, t: dt.datetime) -> _Stay | None:
        """The stay in effect at ``t`` (events strictly before ``t``); None before creation."""
        i = bisect.bisect_left([s.start for s in self.stays], t) - 1
        return self.stays[i] if i >= 0 else None

    def estimate_at(self, t: dt.datetime) -> float:
        value: float | None = None
        for at, v in self.estimates:
            if at >= t:
                break
            value = v
        return value or 0.0


class BoardHistory:
    """All cards of a board with their rebuilt history, loaded with two queries."""

    def __init__(self, session: Session, board: Board, *, only_sprints: bool = False) -> None:
        """``only_sprints``: just the cards that were ever planned into a sprint (enough for
        velocity and burndown, much less to load on a large Kanban-like board)."""
        self.board = board
        self.columns = list(session.execute(
            select(BoardColumn.id, BoardColumn.uuid, BoardColumn.name, BoardColumn.kind)
            .where(BoardColumn.board_id == board.id).order_by(BoardColumn.position)
        ))
        self.done_columns = {c[0] for c in self.columns if c[3] == ColumnKind.DONE.value}
        self.progress_columns = {c[0] for c in self.columns
                                 if c[3] == ColumnKind.IN_PROGRESS.value}
        self.column_names: dict[int | None, str] = {c[0]: c[2] for c in self.columns}
        self.cards: dict[int, CardHistory] = {}
        current: dict[int, tuple[int, float | None, dt.datetime | None]] = {}
        card_filter = Card.board_id == board.id
        event_filter = CardEvent.board_id == board.id
        if only_sprints:
            planned = select(CardEvent.card_id).where(
                event_filter, CardEvent.kind == _E.SPRINT_ADDED.value)
            card_filter = card_filter & Card.id.in_(planned)
            event_filter = event_filter & CardEvent.card_id.in_(planned)
        # Timestamps come as stored and are parsed here (much faster on 100,000s of rows than
        # the ORM type's per-value processing).
        for (cid, uuid, number, title, created, column_id, estimate, archived_at, blocked,
             sprint_id) in session.execute(
            select(Card.id, Card.uuid, Card.number, Card.title, _raw(Card.created_at),
                   Card.column_id, Card.estimate, _raw(Card.archived_at), Card.blocked,
                   Card.sprint_id)
            .where(card_filter)
        ):
            self.cards[cid] = CardHistory(cid, uuid, number, title, _utc(created),
                                          blocked=blocked, current_sprint_id=sprint_id)
            current[cid] = (column_id, estimate, None if archived_at is None else _utc(archived_at))
        rows = session.execute(
            select(CardEvent.card_id, CardEvent.kind, _raw(CardEvent.at),
                   CardEvent.from_column_id, CardEvent.to_column_id, CardEvent.sprint_id,
                   CardEvent.old_value, CardEvent.new_value)
            .where(event_filter, CardEvent.kind.in_(_HISTORY_KINDS))
            .order_by(CardEvent.card_id, CardEvent.at, CardEvent.id)
        )
        by_card: dict[int, list[Any]] = defaultdict(list)
        for row in rows:
            by_card[row[0]].append((row[0], row[1], _utc(row[2]), *row[3:]))
        for cid, card in self.cards.items():
            self._rebuild(card, by_card.get(cid, []), *current[cid])

    @staticmethod
    def _rebuild(card: CardHistory, events: list[Any], column_id: int,
                 estimate: float | None, archived_at: dt.datetime | None) -> None:
        stays = card.stays
        first_estimate: float | None | str = "unset"
        for _cid, kind, at, from_col, to_col, sprint_id, old, new in events:
            if kind == _CREATED:
                stays.append(_Stay(at, to_col, False))
            elif kind == _MOVED:
                if not stays:  # history starts with a move: it came from somewhere
                    stays.append(_Stay(min(card.created_at, at), from_col, False))
                stays.append(_Stay(at, to_col, stays[-1].archived))
            elif kind == _ARCHIVED:
                col = from_col if from_col is not None else (stays[-1].column_id if stays
                                                             else column_id)
                if not stays:
                    stays.append(_Stay(min(card.created_at, at), col, False))
                stays.append(_Stay(at, col, True))
            elif kind == _RESTORED:
                if not stays:
                    stays.append(_Stay(min(card.created_at, at), to_col, True))
                stays.append(_Stay(at, to_col if to_col is not None else stays[-1].column_id,
                                   False))
            elif kind == _ESTIMATE:
                old_v = None if old is None else float(old)
                new_v = None if new is None else float(new)
                if first_estimate == "unset":
                    first_estimate = old_v
                card.estimates.append((at, new_v))
                card.estimate_events.append((at, old_v, new_v))
            elif kind in (_ADDED, _REMOVED):
                if sprint_id is not None:
                    card.sprint_events.append((at, sprint_id, kind))
            elif kind == _BLOCKED:
                card.last_blocked_at = at
        if not stays:  # no history at all (older data): where it is, since it was created
            stays.append(_Stay(card.created_at, column_id, archived_at is not None))
        initial = estimate if first_estimate == "unset" else first_estimate
        card.estimates.insert(0, (_DAWN, initial))  # type: ignore[arg-type]

    # ----------------------------------------------------------------- derived per card

    def counts_in(self, stay: _Stay | None) -> int | None:
        """The column a stay counts in for flow figures (None: not on the board)."""
        if stay is None or stay.column_id is None:
            return None
        if stay.archived and stay.column_id not in self.done_columns:
            return None
        return stay.column_id

    def is_done(self, stay: _Stay | None) -> bool:
        return stay is not None and stay.column_id in self.done_columns

    def completed_at(self, card: CardHistory, at: dt.datetime | None = None) -> dt.datetime | None:
        """When the card's current stay in done columns began (as of ``at``; None: now)."""
        stays = card.stays if at is None else card.stays[
            :bisect.bisect_left([s.start for s in card.stays], at)]
        if not stays or stays[-1].column_id not in self.done_columns:
            return None
        i = len(stays) - 1
        while i > 0 and stays[i - 1].column_id in self.done_columns:
            i -= 1
        return stays[i].start

    def cycle_started_at(self, card: CardHistory) -> dt.datetime | None:
        active = self.progress_columns | self.done_columns
        for stay in card.stays:
            if stay.column_id in active and not stay.archived:
                return stay.start
        return None


# --------------------------------------------------------------------------- sprint scope


@dataclass(slots=True)
class SprintScope:
    start: dt.datetime
    cutoff: dt.datetime | None  # events at or after this are not scope changes (the close)
    committed: dict[int, float | None]
    #: (at, card_id, +1 added / -1 removed) in time order, already filtered to real changes.
    changes: list[tuple[dt.datetime, int, int]]

    def members_at(self, t: dt.datetime) -> set[int]:
        members = set(self.committed)
        for at, cid, sign in self.changes:
            if at >= t:
                break
            if sign > 0:
                members.add(cid)
            else:
                members.discard(cid)
        return members


def sprint_scope(session: Session, history: BoardHistory, sprint: Sprint
                 ) -> SprintScope | None:
    if sprint.started_at is None:
        return None
    committed = {cid: est for cid, est in session.execute(
        select(SprintCommitment.card_id, SprintCommitment.estimate)
        .where(SprintCommitment.sprint_id == sprint.id))}
    start, cutoff = sprint.started_at, sprint.closed_at
    raw = sorted(
        (at, cid, 1 if kind == _E.SPRINT_ADDED.value else -1)
        for cid, card in history.cards.items()
        for at, sid, kind in card.sprint_events
        if sid == sprint.id and at > start and (cutoff is None or at < cutoff)
    )
    members, changes = set(committed), []
    for at, cid, sign in raw:
        if (sign > 0) == (cid in members):
            continue  # no change (added twice, removed while out)
        (members.add if sign > 0 else members.discard)(cid)
        changes.append((at, cid, sign))
    return SprintScope(start, cutoff, committed, changes)


def _card_ref(card: CardHistory) -> dict[str, Any]:
    return {"uuid": card.uuid, "number": card.number, "title": card.title}


def _sprint_info(sprint: Sprint) -> dict[str, Any]:
    return {
        "uuid": sprint.uuid, "name": sprint.name, "goal": sprint.goal,
        "start": sprint.start_date.isoformat(), "end": sprint.end_date.isoformat(),
        "state": sprint.state, "goal_reached": sprint.goal_reached, "goal_note": sprint.goal_note,
    }


def _working_days(days: Sequence[dt.date]) -> list[int]:
    """For each day, how many working days (Mon–Fri) of the sprint have passed by its end."""
    weekdays = [d.weekday() < 5 for d in days]
    if not any(weekdays):
        weekdays = [True] * len(days)
    out, n = [], 0
    for w in weekdays:
        n += w
        out.append(n)
    return out


def sprint_series(session: Session, history: BoardHistory, sprint: Sprint,
                  cal: Calendar, now: dt.datetime) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """Burndown and burnup of a started sprint; None for a sprint not started yet."""
    scope = sprint_scope(session, history, sprint)
    if scope is None:
        return None
    cards = history.cards
    days = _day_range(sprint.start_date, sprint.end_date)
    committed_points = _pts(sum(e or 0.0 for e in scope.committed.values()))
    committed_cards = len(scope.committed)
    worked = _working_days(days)
    total = worked[-1]
    series: dict[str, list[Any]] = {k: [] for k in (
        "rem_p", "rem_c", "scope_p", "scope_c", "done_p", "done_c", "ideal_p", "ideal_c")}
    closed = scope.cutoff
    for i, day in enumerate(days):
        series["ideal_p"].append(_pts(committed_points * (1 - worked[i] / total)))
        series["ideal_c"].append(_pts(committed_cards * (1 - worked[i] / total)))
        day_start = cal.start(day)
        if (closed is not None and day_start > closed) or (closed is None and day_start > now):
            for k in ("rem_p", "rem_c", "scope_p", "scope_c", "done_p", "done_c"):
                series[k].append(None)
            continue
        if closed is not None:
            t = closed if i == len(days) - 1 else min(cal.end(day), closed)
        else:
            t = min(cal.end(day), now)
        t = max(t, scope.start)
        members = scope.members_at(t) if t > scope.start else set(scope.committed)
        scope_p = done_p = 0.0
        done_c = 0
        for cid in members:
            card = cards[cid]
            points = (scope.committed[cid] or 0.0) if t <= scope.start else card.estimate_at(t)
            scope_p += points
            if history.is_done(card.stay_at(t)):
                done_p += points
                done_c += 1
        series["scope_p"].append(_pts(scope_p))
        series["scope_c"].append(len(members))
        series["done_p"].append(_pts(done_p))
        series["done_c"].append(done_c)
        series["rem_p"].append(_pts(scope_p - done_p))
        series["rem_c"].append(len(members) - done_c)

    scope_changes: list[dict[str, Any]] = []
    for at, cid, sign in scope.changes:
        points = cards[cid].estimate_at(at + dt.timedelta(microseconds=1))
        scope_changes.append({
            "date": cal.date(at).isoformat(), "at": at.isoformat(), "card": _card_ref(cards[cid]),
            "change": "added" if sign > 0 else "removed", "points": _pts(sign * points),
            "cards": sign,
        })
    for cid, card in cards.items():
        for at, old, new in card.estimate_events:
            if at <= scope.start or (scope.cutoff is not None and at >= scope.cutoff):
                continue
            if cid in scope.members_at(at):
                scope_changes.append({
                    "date": cal.date(at).isoformat(), "at": at.isoformat(),
                    "card": _card_ref(card), "change": "estimate",
                    "points": _pts((new or 0.0) - (old or 0.0)), "cards": 0,
                })
    scope_changes.sort(key=lambda c: (c["at"], c["card"]["number"]))
    iso_days = [d.isoformat() for d in days]
    burndown = {
        "days": iso_days,
        "points": {"remaining": series["rem_p"], "ideal": series["ideal_p"]},
        "cards": {"remaining": series["rem_c"], "ideal": series["ideal_c"]},
        "committed": {"points": committed_points, "cards": committed_cards},
        "scope_changes": scope_changes,
    }
    burnup = {
        "days": iso_days,
        "scope": {"points": series["scope_p"], "cards": series["scope_c"]},
        "done": {"points": series["done_p"], "cards": series["done_c"]},
    }
    return burndown, burnup


def sprint_result(session: Session, history: BoardHistory, sprint: Sprint
                  ) -> dict[str, Any] | None:
    """Committed vs completed of a closed sprint (the scope's done cards at the close)."""
    scope = sprint_scope(session, history, sprint)
    if scope is None or sprint.closed_at is None:
        return None
    t = sprint.closed_at
    completed = [cid for cid in scope.members_at(t)
                 if history.is_done(history.cards[cid].stay_at(t))]
    return {
        **{k: v for k, v in _sprint_info(sprint).items() if k in ("uuid", "name", "start", "end")},
        "committed_points": _pts(sum(e or 0.0 for e in scope.committed.values())),
        "completed_points": _pts(sum(history.cards[c].estimate_at(t) for c in completed)),
        "committed_cards": len(scope.committed),
        "completed_cards": len(completed),
    }


def velocity(session: Session, history: BoardHistory, until: Sprint | None = None
             ) -> dict[str, Any]:
    """Velocity of the board's closed sprints (up to ``until``'s start when given)."""
    stmt = select(Sprint).where(Sprint.board_id == history.board.id,
                                Sprint.state == SprintState.CLOSED.value)
    if until is not None:
        stmt = stmt.where(Sprint.start_date <= until.start_date)
    rows: list[dict[str, Any]] = []
    for sprint in session.scalars(stmt.order_by(Sprint.start_date, Sprint.id)):
        result = sprint_result(session, history, sprint)
        if result is None:
            continue
        rows.append(result)
        window = [r["completed_points"] for r in rows[-VELOCITY_WINDOW:]]
        result["rolling_average_points"] = _pts(sum(window) / len(window))
    return {
        "sprints": rows,
        "average_points": rows[-1]["rolling_average_points"] if rows else None,
        "window": VELOCITY_WINDOW,
    }


# --------------------------------------------------------------------------- flow


def cfd(history: BoardHistory, days: list[dt.date], cal: Calendar) -> dict[str, Any]:
    """Cards per column at the end of each day (difference arrays: linear in history size)."""
    n = len(days)
    # Local midnights as POSIX seconds: a stay starting at t belongs to day
    # bisect_right(bounds, t) - 1 (-1: before the period), DST changes included.
    bounds = [cal.start(d).timestamp() for d in days] + [cal.end(days[-1]).timestamp()]
    diff: dict[int, list[int]] = {c[0]: [0] * (n + 1) for c in history.columns}
    for card in history.cards.values():
        stays = card.stays
        for i, stay in enumerate(stays):
            col = history.counts_in(stay)
            if col is None:
                continue
            lo = bisect.bisect_right(bounds, stay.start.timestamp()) - 1
            hi = n if i + 1 == len(stays) else \
                bisect.bisect_right(bounds, stays[i + 1].start.timestamp()) - 1
            lo, hi = max(lo, 0), min(hi, n)
            if lo < hi:
                diff[col][lo] += 1
                diff[col][hi] -= 1
    columns = []
    for cid, uuid, name, kind in history.columns:
        running, counts = 0, []
        for i in range(n):
            running += diff[cid][i]
            counts.append(running)
        columns.append({"uuid": uuid, "name": name, "kind": kind, "counts": counts})
    return {"days": [d.isoformat() for d in days], "columns": columns}


def _time_summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    values = [r["days"] for r in rows]
    return {"cards": rows, "count": len(rows), "median": median(values),
            "p85": percentile(values, 85)}


def flow_times(history: BoardHistory, first: dt.date, last: dt.date, cal: Calendar,
               only: set[int] | None = None) -> tuple[dict[str, Any], dict[str, Any],
                                                      list[tuple[CardHistory, dt.datetime]]]:
    """Lead and cycle times of the cards completed between ``first`` and ``last``."""
    lead, cycle, completed = [], [], []
    for card in history.cards.values():
        if only is not None and card.id not in only:
            continue
        done = history.completed_at(card)
        if done is None or not first <= cal.date(done) <= last:
            continue
        completed.append((card, done))
        base = {**_card_ref(card), "done_at": done.isoformat()}
        lead.append({**base, "days": _days(done - card.created_at)})
        started = history.cycle_started_at(card)
        if started is not None:
            cycle.append({**base, "days": _days(done - started)})
    lead.sort(key=lambda r: (r["done_at"], r["number"]))
    cycle.sort(key=lambda r: (r["done_at"], r["number"]))
    return _time_summary(lead), _time_summary(cycle), completed


def throughput(completed: Iterable[tuple[CardHistory, dt.datetime]], first: dt.date,
               last: dt.date, cal: Calendar) -> dict[str, Any]:
    monday = first - dt.timedelta(days=first.weekday())
    weeks: dict[dt.date, dict[str, Any]] = {}
    while monday <= last:
        year, week, _ = monday.isocalendar()
        weeks[monday] = {"week": f"{year}-W{week:02d}", "start": monday.isoformat(),
                         "cards": 0, "points": 0.0}
        monday += dt.timedelta(days=7)
    for card, done in completed:
        day = cal.date(done)
        row = weeks[day - dt.timedelta(days=day.weekday())]
        row["cards"] += 1
        row["points"] = _pts(row["points"] + card.estimate_at(done + dt.timedelta(seconds=1)))
    return {"weeks": list(weeks.values())}


def wip_age(history: BoardHistory, now: dt.datetime, only: set[int] | None = None
            ) -> dict[str, Any]:
    rows = []
    for card in history.cards.values():
        if only is not None and card.id not in only:
            continue
        stay = card.stays[-1]
        if stay.archived or stay.column_id not in history.progress_columns:
            continue
        started = history.cycle_started_at(card) or stay.start
        rows.append({**_card_ref(card), "column": history.column_names[stay.column_id],
                     "age_days": _days(now - started), "blocked": card.blocked})
    rows.sort(key=lambda r: (-r["age_days"], r["number"]))
    ages = [r["age_days"] for r in rows]
    return {"cards": rows, "count": len(rows), "median": median(ages),
            "p85": percentile(ages, 85)}


# --------------------------------------------------------------------------- entry point


def compute_metrics(
    session: Session,
    board_id: int,
    sprint_id: int | None = None,
    *,
    tz: dt.tzinfo | None = None,
    now: dt.datetime | None = None,
    weeks: int = DEFAULT_WEEKS,
    history: BoardHistory | None = None,
) -> dict[str, Any]:
    """Every metric of a board, or of one of its sprints, as a JSON-ready dict.

    With a sprint: burndown/burnup of that sprint; flow figures over the sprint's days for the
    whole board; WIP age of the cards now in the sprint; velocity up to that sprint. Without:
    burndown/burnup of the running sprint (None on Kanban boards or with none running), flow
    figures over the last ``weeks`` ISO weeks.
    """
    board = get(session, Board, board_id)
    now = now or clock.utcnow()
    cal = Calendar(tz)
    if history is None:
        with paused_gc():
            history = BoardHistory(session, board)
    today = cal.date(now)
    sprint: Sprint | None = None
    if sprint_id is not None:
        sprint = get(session, Sprint, sprint_id)
        if sprint.board_id != board.id:
            from kimboard.core.errors import ValidationError

            raise ValidationError(f"Der Sprint „{sprint.name}“ gehört nicht zu „{board.name}“.")
        first = sprint.start_date
        last = min(sprint.end_date, today) if sprint.state != SprintState.CLOSED.value \
            else sprint.end_date
        last = max(first, last)
    else:
        sprint = session.scalar(select(Sprint).where(
            Sprint.board_id == board.id, Sprint.state == SprintState.ACTIVE.value))
        last = today
        monday = today - dt.timedelta(days=today.weekday())
        first = monday - dt.timedelta(weeks=max(1, weeks) - 1)
    series = sprint_series(session, history, sprint, cal, now) if sprint is not None else None
    in_sprint = ({c.id for c in history.cards.values() if c.current_sprint_id == sprint.id}
                 if sprint_id is not None and sprint is not None else None)
    lead, cycle, completed = flow_times(history, first, last, cal)
    days = _day_range(first, last)
    return {
        "board": {"uuid": board.uuid, "name": board.name, "mode": board.mode},
        "sprint": _sprint_info(sprint) if sprint is not None else None,
        "period": {"from": first.isoformat(), "to": last.isoformat()},
        "burndown": series[0] if series else None,
        "burnup": series[1] if series else None,
        "velocity": velocity(session, history, sprint if sprint_id is not None else None),
        "cfd": cfd(history, days, cal),
        "cycle_time": cycle,
        "lead_time": lead,
        "throughput": throughput(completed, first, last, cal),
        "wip_age": wip_age(history, now, in_sprint),
    }
