"""The sprint review gathers the hand-built sprint of test_metrics into one dict."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy.orm import Session

from kimboard.core.errors import ValidationError
from kimboard.core.ops.cards import update_card
from kimboard.core.ops.retros import create_action, create_retro, update_action
from kimboard.core.ops.sprints import create_sprint
from kimboard.core.review import default_sprint, sprint_review
from tests.core.test_metrics import UTC, Story, at, s, story  # noqa: F401 - fixtures

__all__ = ["s", "story"]


def test_review_of_the_closed_sprint(story: tuple[Story, int]) -> None:
    st, sprint = story
    site_id = st.board.site_id
    # The previous retrospective (before this sprint ended) and its actions ...
    old = st.do(at(27, 14, 2), create_retro, site_id, "Retro Februar", dt.date(2026, 2, 27),
                board_id=st.board.id).value.id
    a1 = st.do(at(27, 15, 2), create_action, old, "Terminvergabe prüfen",
               due_date=dt.date(2026, 3, 10)).value.id
    st.do(at(27, 15, 2), create_action, old, "Checkliste für Eingangsprüfung")
    st.do(at(9, 9), update_action, a1, status="done")
    # ... and this sprint's own retrospective, whose actions belong to the next review.
    own = st.do(at(13, 17), create_retro, site_id, "Retro Sprint 1", dt.date(2026, 3, 13),
                sprint_id=sprint).value.id
    st.do(at(13, 17), create_action, own, "Neue Maßnahme")

    review = sprint_review(st.s, st.board.id, sprint, tz=UTC, now=at(16, 12))
    json.dumps(review)
    assert review["sprint"]["name"] == "Sprint 1"
    assert review["sprint"]["goal"] == "Wartezeit senken"
    assert (review["sprint"]["goal_reached"], review["sprint"]["goal_note"]) == (False, "D offen")
    assert review["summary"] == {
        "committed_points": 18.0, "completed_points": 11.0, "committed_cards": 4,
        "completed_cards": 3, "added_cards": 1, "removed_cards": 1, "average_velocity": 11.0,
    }
    assert review["open_cards"] == [
        {"number": 4, "title": "D", "column": "Zu erledigen", "estimate": 5.0}]
    assert review["actions"]["retro"] == {"title": "Retro Februar", "held_on": "2026-02-27"}
    assert [(a["text"], a["status"]) for a in review["actions"]["items"]] == [
        ("Terminvergabe prüfen", "done"), ("Checkliste für Eingangsprüfung", "open")]
    assert review["site"]["short_code"] == "ABH-T"
    assert review["metrics"]["burndown"]["points"]["remaining"][-1] == 5


def test_review_of_a_running_sprint_lists_blocked_and_ageing(s: Session) -> None:
    st = Story(s)
    for name, est in (("X", 2), ("Y", 3), ("Z", 1)):
        st.card(at(27, 10, 2), name, est)
    sp = st.do(at(27, 11, 2), create_sprint, st.board.id, "S", dt.date(2026, 3, 2),
               dt.date(2026, 3, 27)).value.id
    from kimboard.core.ops.sprints import add_card_to_sprint, start_sprint

    for name in "XYZ":
        st.do(at(27, 11, 2), add_card_to_sprint, st.cards[name], sp)
    st.do(at(2, 9), start_sprint, sp)
    st.move(at(2, 10), "X", "in_progress")  # in progress for 14 days by the 16th: ageing
    st.move(at(3, 10), "Z", "in_progress")
    st.move(at(4, 10), "Z", "done")
    st.do(at(12, 12), update_card, st.cards["X"], blocked=True, blocked_reason="Rückfrage KI")
    review = sprint_review(s, st.board.id, sp, tz=UTC, now=at(16, 12))
    assert review["summary"]["completed_points"] == 1.0
    assert review["summary"]["completed_cards"] == 1
    assert review["blocked"] == [{"number": 1, "title": "X", "column": "In Arbeit",
                                  "reason": "Rückfrage KI", "blocked_days": 4.0}]
    # One finished card is too few for a percentile: beyond 10 days counts, X at 14.08 does.
    assert [(a["title"], a["age_days"]) for a in review["ageing"]] == [("X", 14.08)]
    assert [c["title"] for c in review["open_cards"]] == ["X", "Y"]
    assert default_sprint(s, st.board.id).id == sp


def test_review_needs_a_started_sprint(s: Session) -> None:
    st = Story(s)
    sp = st.do(at(27, 11, 2), create_sprint, st.board.id, "Geplant", dt.date(2026, 3, 2),
               dt.date(2026, 3, 13)).value.id
    with pytest.raises(ValidationError, match="noch nicht gestartet"):
        sprint_review(s, st.board.id, sp)
    assert default_sprint(s, st.board.id) is None
