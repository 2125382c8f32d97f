"""Metrics against hand-computed values from a small, fully known history.

The sprint (Mon 2 March – Fri 13 March 2026, ten working days) has four committed cards
A(3) B(5) C(2) D(8) = 18 points. During the sprint:

* A: Backlog → Zu erledigen (Mon 10:00) → In Arbeit (Mon 11:00) → Erledigt (Tue 15:00),
  archived from Erledigt on Fri 13th 10:00 (finished work stays done).
* E(3) is created Wed 4th 09:00 and added 09:30 — a scope change (+3 points, +1 card).
* B: → In Arbeit (Wed 10:00) → Erledigt (Thu 12:00) → reopened to In Arbeit (Fri 6th 09:00)
  → Erledigt again (Mon 9th 14:00).
* D: → In Arbeit (Thu 5th 09:00) → moved back to Zu erledigen (Fri 6th 10:00); unfinished.
* C leaves the sprint on Tue 10th 10:00 (−2); D is re-estimated 8 → 5 on Tue 10th 11:00 (−3).
* E: → In Arbeit (Wed 11th 10:00) → Erledigt (Thu 12th 16:00).
* The sprint closes Fri 13th 16:00, unfinished cards back to the backlog.

All times UTC and the metrics are computed with tz=UTC, so the day boundaries are exact.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session

from kimboard.core import clock
from kimboard.core.db import Database
from kimboard.core.metrics import compute_metrics, percentile
from kimboard.core.models import Board, Card
from kimboard.core.ops.boards import create_board
from kimboard.core.ops.cards import archive_card, create_card, move_card, update_card
from kimboard.core.ops.sites import create_site
from kimboard.core.ops.sprints import (
    add_card_to_sprint,
    close_sprint,
    create_sprint,
    remove_card_from_sprint,
    start_sprint,
)

UTC = dt.UTC


def at(day: int, hour: int, month: int = 3) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, 0, tzinfo=UTC)


@pytest.fixture
def s(db: Database) -> Iterator[Session]:
    with db.transaction() as session:
        yield session


class Story:
    """Runs operations at given times on a fresh Scrum board."""

    def __init__(self, s: Session, mode: str = "scrum") -> None:
        self.s = s
        with clock.frozen_at(at(20, 8, 2)):
            site = create_site(s, "Ausländerbehörde Teststadt", "ABH-T").value
            self.board = s.get_one(Board, create_board(s, site.id, "KIM-Team", mode).value.id)
        self.col = {c.kind: c.id for c in self.board.columns}
        self.cards: dict[str, int] = {}

    def do(self, when: dt.datetime, op, *args, **kwargs):  # noqa: ANN001, ANN201
        with clock.frozen_at(when):
            return op(self.s, *args, **kwargs)

    def card(self, when: dt.datetime, name: str, estimate: float | None) -> int:
        ref = self.do(when, create_card, self.board.id, name, estimate=estimate).value
        self.cards[name] = ref.id
        return ref.id

    def move(self, when: dt.datetime, name: str, kind: str) -> None:
        self.do(when, move_card, self.cards[name], self.col[kind])


@pytest.fixture
def story(s: Session) -> tuple[Story, int]:
    st = Story(s)
    for name, est in (("A", 3), ("B", 5), ("C", 2), ("D", 8)):
        st.card(at(27, 10, 2), name, est)
    sprint = st.do(at(27, 11, 2), create_sprint, st.board.id, "Sprint 1",
                   dt.date(2026, 3, 2), dt.date(2026, 3, 13), goal="Wartezeit senken").value.id
    for name in "ABCD":
        st.do(at(27, 11, 2), add_card_to_sprint, st.cards[name], sprint)
    st.do(at(2, 9), start_sprint, sprint)
    st.move(at(2, 10), "A", "todo")
    st.move(at(2, 11), "A", "in_progress")
    st.move(at(3, 15), "A", "done")
    st.card(at(4, 9), "E", 3)
    st.do(dt.datetime(2026, 3, 4, 9, 30, tzinfo=UTC), add_card_to_sprint, st.cards["E"], sprint)
    st.move(at(4, 10), "B", "in_progress")
    st.move(at(5, 9), "D", "in_progress")
    st.move(at(5, 12), "B", "done")
    st.move(at(6, 9), "B", "in_progress")  # reopened
    st.move(at(6, 10), "D", "todo")  # moved back
    st.move(at(9, 14), "B", "done")
    st.do(at(10, 10), remove_card_from_sprint, st.cards["C"])
    st.do(at(10, 11), update_card, st.cards["D"], estimate=5)
    st.move(at(11, 10), "E", "in_progress")
    st.move(at(12, 16), "E", "done")
    st.do(at(13, 10), archive_card, st.cards["A"])
    st.do(at(13, 16), close_sprint, sprint, unfinished="backlog", goal_reached=False,
          goal_note="D offen")
    return st, sprint


def metrics_of(st: Story, sprint: int | None = None, now: dt.datetime | None = None) -> dict:
    result = compute_metrics(st.s, st.board.id, sprint, tz=UTC, now=now or at(16, 12))
    json.dumps(result)  # the CLI prints it: everything must serialise
    return result


def test_burndown_with_scope_change_reopen_and_move_back(story: tuple[Story, int]) -> None:
    st, sprint = story
    bd = metrics_of(st, sprint)["burndown"]
    assert bd["days"][0] == "2026-03-02" and bd["days"][-1] == "2026-03-13"
    assert bd["committed"] == {"points": 18.0, "cards": 4}
    assert bd["points"]["remaining"] == [18, 15, 18, 13, 18, 18, 18, 13, 8, 8, 5, 5]
    assert bd["cards"]["remaining"] == [4, 3, 4, 3, 4, 4, 4, 3, 2, 2, 1, 1]
    # Ten working days: the ideal line stays flat over the weekend of 7/8 March.
    assert bd["points"]["ideal"] == [16.2, 14.4, 12.6, 10.8, 9.0, 9.0, 9.0, 7.2, 5.4, 3.6,
                                     1.8, 0.0]
    assert bd["cards"]["ideal"] == [3.6, 3.2, 2.8, 2.4, 2.0, 2.0, 2.0, 1.6, 1.2, 0.8, 0.4, 0.0]
    changes = [(c["date"], c["card"]["title"], c["change"], c["points"], c["cards"])
               for c in bd["scope_changes"]]
    assert changes == [
        ("2026-03-04", "E", "added", 3.0, 1),
        ("2026-03-10", "C", "removed", -2.0, -1),
        ("2026-03-10", "D", "estimate", -3.0, 0),
    ]


def test_burnup(story: tuple[Story, int]) -> None:
    st, sprint = story
    bu = metrics_of(st, sprint)["burnup"]
    assert bu["scope"]["points"] == [18, 18, 21, 21, 21, 21, 21, 21, 16, 16, 16, 16]
    assert bu["scope"]["cards"] == [4, 4, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4]
    assert bu["done"]["points"] == [0, 3, 3, 8, 3, 3, 3, 8, 8, 8, 11, 11]
    assert bu["done"]["cards"] == [0, 1, 1, 2, 1, 1, 1, 2, 2, 2, 3, 3]


def test_running_sprint_leaves_future_days_empty(s: Session) -> None:
    st2 = Story(s)
    for name, est in (("X", 2), ("Y", 3)):
        st2.card(at(27, 10, 2), name, est)
    sp = st2.do(at(27, 11, 2), create_sprint, st2.board.id, "S", dt.date(2026, 3, 2),
                dt.date(2026, 3, 6)).value.id
    for name in "XY":
        st2.do(at(27, 11, 2), add_card_to_sprint, st2.cards[name], sp)
    st2.do(at(2, 9), start_sprint, sp)
    st2.move(at(3, 9), "X", "done")
    bd = metrics_of(st2, sp, now=at(4, 12))["burndown"]
    assert bd["points"]["remaining"] == [5, 3, 3, None, None]
    assert bd["points"]["ideal"] == [4.0, 3.0, 2.0, 1.0, 0.0]
    # Without --sprint the running sprint is the one shown.
    assert metrics_of(st2, None, now=at(4, 12))["burndown"]["points"]["remaining"][:3] == [5, 3, 3]


def test_velocity_of_the_closed_sprint(story: tuple[Story, int]) -> None:
    st, sprint = story
    vel = metrics_of(st, sprint)["velocity"]
    assert [(v["name"], v["committed_points"], v["completed_points"], v["committed_cards"],
             v["completed_cards"], v["rolling_average_points"]) for v in vel["sprints"]] == [
        ("Sprint 1", 18.0, 11.0, 4, 3, 11.0)]
    assert vel["average_points"] == 11.0


def test_lead_and_cycle_time(story: tuple[Story, int]) -> None:
    st, sprint = story
    m = metrics_of(st, sprint)
    lead = {r["title"]: r["days"] for r in m["lead_time"]["cards"]}
    cycle = {r["title"]: r["days"] for r in m["cycle_time"]["cards"]}
    # A: 27 Feb 10:00 → 3 Mar 15:00; B: final completion 9 Mar 14:00; E: 4 Mar 09:00 → 12th 16:00
    assert lead == {"A": 4.21, "B": 10.17, "E": 8.29}
    # B's cycle starts at its first "In Arbeit" (4 Mar 10:00), the reopening does not restart it.
    assert cycle == {"A": 1.17, "B": 5.17, "E": 1.25}
    assert (m["lead_time"]["median"], m["lead_time"]["p85"], m["lead_time"]["count"]) == (
        8.29, 10.17, 3)
    assert (m["cycle_time"]["median"], m["cycle_time"]["p85"]) == (1.25, 5.17)


def test_throughput_per_iso_week(story: tuple[Story, int]) -> None:
    st, sprint = story
    weeks = metrics_of(st, sprint)["throughput"]["weeks"]
    # The reopened B counts once, in the week of its final completion.
    assert weeks == [
        {"week": "2026-W10", "start": "2026-03-02", "cards": 1, "points": 3.0},
        {"week": "2026-W11", "start": "2026-03-09", "cards": 2, "points": 8.0},
    ]


def test_cumulative_flow(story: tuple[Story, int]) -> None:
    st, sprint = story
    flow = metrics_of(st, sprint)["cfd"]
    counts = {c["name"]: c["counts"] for c in flow["columns"]}
    assert list(counts) == ["Backlog", "Zu erledigen", "In Arbeit", "Erledigt"]
    assert counts["Backlog"] == [3, 3, 3, 2, 2, 2, 2, 2, 2, 1, 1, 1]
    assert counts["Zu erledigen"] == [0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1]
    assert counts["In Arbeit"] == [1, 0, 1, 1, 1, 1, 1, 0, 0, 1, 0, 0]
    # A was archived from "Erledigt" on the 13th and still counts as done.
    assert counts["Erledigt"] == [0, 1, 1, 2, 1, 1, 1, 2, 2, 2, 3, 3]


def test_cfd_drops_cards_archived_unfinished(s: Session) -> None:
    st = Story(s, mode="kanban")
    st.card(at(2, 9), "K", None)
    st.do(at(4, 9), archive_card, st.cards["K"])
    m = compute_metrics(s, st.board.id, tz=UTC, now=at(5, 12), weeks=1)
    assert m["period"] == {"from": "2026-03-02", "to": "2026-03-05"}
    assert m["burndown"] is None and m["burnup"] is None
    backlog = next(c for c in m["cfd"]["columns"] if c["kind"] == "backlog")
    assert backlog["counts"] == [1, 1, 0, 0]


def test_wip_age_and_percentiles(s: Session) -> None:
    st = Story(s, mode="kanban")
    for name in ("P", "Q", "R"):
        st.card(at(2, 9), name, 1)
    st.move(at(5, 9), "P", "in_progress")
    st.move(at(9, 9), "Q", "in_progress")
    st.move(at(9, 10), "Q", "todo")  # back: still counts from its first start, but not in WIP
    st.move(at(10, 9), "R", "in_progress")
    st.do(at(10, 10), update_card, st.cards["R"], blocked=True, blocked_reason="Rückfrage")
    wip = compute_metrics(s, st.board.id, tz=UTC, now=dt.datetime(2026, 3, 10, 21, 0,
                                                                   tzinfo=UTC))["wip_age"]
    assert [(r["title"], r["age_days"], r["blocked"]) for r in wip["cards"]] == [
        ("P", 5.5, False), ("R", 0.5, True)]
    assert (wip["count"], wip["median"], wip["p85"]) == (2, 3.0, 5.5)


def test_velocity_rolling_average_over_three_sprints(s: Session) -> None:
    st = Story(s)
    completed = [10, 20, 30, 40]
    for k, points in enumerate(completed):
        start = dt.date(2026, 3, 2) + dt.timedelta(days=14 * k)
        t0 = dt.datetime.combine(start, dt.time(9), tzinfo=UTC)
        sp = st.do(t0 - dt.timedelta(days=1), create_sprint, st.board.id, f"S{k}", start,
                   start + dt.timedelta(days=11)).value.id
        done = st.card(t0 - dt.timedelta(days=1), f"done{k}", points)
        open_ = st.card(t0 - dt.timedelta(days=1), f"open{k}", 5)
        st.do(t0 - dt.timedelta(hours=1), add_card_to_sprint, done, sp)
        st.do(t0 - dt.timedelta(hours=1), add_card_to_sprint, open_, sp)
        st.do(t0, start_sprint, sp)
        st.move(t0 + dt.timedelta(days=2), f"done{k}", "done")
        st.do(t0 + dt.timedelta(days=11), close_sprint, sp)
    vel = compute_metrics(s, st.board.id, tz=UTC, now=at(1, 12, 6))["velocity"]
    assert [v["completed_points"] for v in vel["sprints"]] == [10, 20, 30, 40]
    assert [v["committed_points"] for v in vel["sprints"]] == [15, 25, 35, 45]
    assert [v["rolling_average_points"] for v in vel["sprints"]] == [10.0, 15.0, 20.0, 30.0]
    assert vel["average_points"] == 30.0
    # For the second sprint's review only the sprints up to it count.
    second = s.get_one(Card, st.cards["done1"]).sprint_id
    assert second is not None
    upto = compute_metrics(s, st.board.id, second, tz=UTC, now=at(1, 12, 6))["velocity"]
    assert [v["name"] for v in upto["sprints"]] == ["S0", "S1"]


def test_percentile_is_nearest_rank() -> None:
    assert percentile([], 85) is None
    assert percentile([4.0], 85) == 4.0
    values = [float(v) for v in range(1, 21)]  # 1..20: 85 % of 20 = rank 17
    assert percentile(values, 85) == 17.0
    assert percentile([1.0, 2.0, 3.0], 50) == 2.0


def test_no_per_person_figures(story: tuple[Story, int]) -> None:
    st, sprint = story
    text = json.dumps(metrics_of(st, sprint))
    for key in ("assignee", "owner", "member", "actor", "author"):
        assert key not in text


def test_cfd_of_a_period_before_later_moves(story: tuple[Story, int]) -> None:
    """Days before a card's later moves still show where it was then."""
    st, _sprint = story
    m = compute_metrics(st.s, st.board.id, tz=UTC, now=at(4, 12), weeks=1)
    assert m["period"] == {"from": "2026-03-02", "to": "2026-03-04"}
    counts = {c["name"]: c["counts"] for c in m["cfd"]["columns"]}
    # Seen on the 4th at noon: the moves of the following days have not happened yet for
    # the days shown, but the database already holds them (the history goes on).
    assert counts["Backlog"] == [3, 3, 3]
    assert counts["In Arbeit"] == [1, 0, 1]
    assert counts["Erledigt"] == [0, 1, 1]
