"""One card edit as a dict: applied in one transaction, undone by its inverse."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from kimboard.core.carddetails import CardDetails, load_card_details
from kimboard.core.db import Database
from kimboard.core.errors import ConflictError, ValidationError
from kimboard.core.models import GoalArea
from kimboard.core.ops import Change, boards, cards, partners, people, sites
from kimboard.core.ops.card_changes import apply_changes, inverse_of


@dataclass(frozen=True)
class Env:
    site: int
    board: int
    card: int
    members: list[int]
    labels: list[int]
    partner: int
    goal: int


@pytest.fixture
def env(db: Database) -> Env:
    site = db.run(sites.create_site, "Ausländerbehörde Bonn", "ABH-BN").value.id
    board = db.run(boards.create_board, site, "Team Aufenthalt").value.id
    members = [db.run(people.create_member, site, n).value.id for n in ("Anna", "Ben", "Cem")]
    labels = [db.run(boards.create_label, board, n).value.id for n in ("Eilig", "Digital")]
    partner = db.run(partners.create_partner, site, "Jobcenter Bonn", "jobcenter").value.id
    card = db.run(cards.create_card, board, "Wartezeiten senken", description="Alt",
                  estimate=2).value.id
    db.run(cards.set_labels, card, [labels[0]])
    db.run(cards.set_assignees, card, [members[0]])
    with db.session() as s:
        goal = s.query(GoalArea.id).order_by(GoalArea.position).first()[0]
    return Env(site, board, card, members, labels, partner, goal)


def _details(db: Database, card_id: int) -> CardDetails:
    with db.session() as s:
        return load_card_details(s, card_id)


def _fields(d: CardDetails) -> tuple:
    return (d.title, d.description, d.priority, d.due_date, d.estimate, d.blocked,
            d.blocked_reason, d.goal_area_id, d.label_ids, d.assignee_ids, d.partner_ids)


def _apply_with_inverse(db: Database, card_id: int, changes: dict, version: int | None
                        ) -> dict:
    def op(session):  # noqa: ANN001, ANN202
        inverse = inverse_of(session, card_id, changes)
        apply_changes(session, card_id, changes, version)
        return inverse

    return db.run(op)


def test_apply_then_inverse_restores_everything(db: Database, env: Env) -> None:
    before = _details(db, env.card)
    changes = {
        "title": "Wartezeiten halbieren", "description": "Neu", "priority": 3,
        "due_date": dt.date(2025, 6, 30), "estimate": 5.5, "blocked": True,
        "blocked_reason": "Wartet auf IT", "goal_area_id": env.goal,
        "label_ids": (env.labels[1],), "assignee_ids": (env.members[1], env.members[2]),
        "partner_ids": (env.partner,),
    }
    inverse = _apply_with_inverse(db, env.card, changes, before.version)
    after = _details(db, env.card)
    assert _fields(after) == (
        "Wartezeiten halbieren", "Neu", 3, dt.date(2025, 6, 30), 5.5, True, "Wartet auf IT",
        env.goal, (env.labels[1],), tuple(sorted(env.members[1:])), (env.partner,))
    assert after.version > before.version

    db.run(apply_changes, env.card, inverse, None)
    assert _fields(_details(db, env.card)) == _fields(before)
    # … and redo after undo gives the edit again
    db.run(apply_changes, env.card, changes, None)
    assert _fields(_details(db, env.card)) == _fields(after)


def test_unblocking_is_undone_with_its_reason(db: Database, env: Env) -> None:
    db.run(cards.update_card, env.card, blocked=True, blocked_reason="Datenschutz prüft")
    version = _details(db, env.card).version
    inverse = _apply_with_inverse(db, env.card, {"blocked": False}, version)
    assert inverse == {"blocked": True, "blocked_reason": "Datenschutz prüft"}
    assert _details(db, env.card).blocked_reason == ""
    db.run(apply_changes, env.card, inverse, None)
    d = _details(db, env.card)
    assert (d.blocked, d.blocked_reason) == (True, "Datenschutz prüft")


def test_changing_only_the_reason_is_undone(db: Database, env: Env) -> None:
    db.run(cards.update_card, env.card, blocked=True, blocked_reason="A")
    inverse = _apply_with_inverse(db, env.card, {"blocked_reason": "B"}, None)
    assert _details(db, env.card).blocked_reason == "B"
    db.run(apply_changes, env.card, inverse, None)
    assert _details(db, env.card).blocked_reason == "A"


def test_clearing_optional_fields_and_their_inverse(db: Database, env: Env) -> None:
    db.run(cards.update_card, env.card, due_date=dt.date(2025, 1, 31), goal_area_id=env.goal)
    changes = {"due_date": None, "estimate": None, "goal_area_id": None}
    inverse = _apply_with_inverse(db, env.card, changes, None)
    d = _details(db, env.card)
    assert (d.due_date, d.estimate, d.goal_area_id) == (None, None, None)
    assert inverse == {"due_date": dt.date(2025, 1, 31), "estimate": 2.0,
                       "goal_area_id": env.goal}
    db.run(apply_changes, env.card, inverse, None)
    d = _details(db, env.card)
    assert (d.due_date, d.estimate, d.goal_area_id) == (dt.date(2025, 1, 31), 2.0, env.goal)


def test_change_flags_are_combined(db: Database, env: Env) -> None:
    result = db.run(apply_changes, env.card, {"label_ids": (env.labels[1],)}, None)
    assert result.changes & Change.CARDS
    assert result.changes & Change.CARD_DETAILS
    result = db.run(apply_changes, env.card, {"title": "Wartezeiten senken"}, None)
    assert result.changes == Change.NONE  # nothing really changed
    result = db.run(apply_changes, env.card, {}, None)
    assert result.changes == Change.NONE


def test_stale_version_refuses_everything(db: Database, env: Env) -> None:
    before = _details(db, env.card)
    db.run(cards.update_card, env.card, title="Jemand anderes war schneller")
    with pytest.raises(ConflictError):
        db.run(apply_changes, env.card, {"label_ids": (), "title": "Meins"}, before.version)
    d = _details(db, env.card)
    assert d.title == "Jemand anderes war schneller"
    assert d.label_ids == before.label_ids  # labels untouched: one transaction


def test_invalid_value_rolls_back_the_whole_edit(db: Database, env: Env) -> None:
    before = _details(db, env.card)
    with pytest.raises(ValidationError, match="Titel"):
        db.run(apply_changes, env.card, {"label_ids": (), "title": "  "}, before.version)
    other = db.run(boards.create_board, env.site, "Anderes Board").value.id
    foreign = db.run(boards.create_label, other, "Fremd").value.id
    with pytest.raises(ValidationError, match="anderen Board"):  # after the title was written
        db.run(apply_changes, env.card, {"title": "Neu", "label_ids": (foreign,)},
               before.version)
    assert _fields(_details(db, env.card)) == _fields(before)


def test_unknown_key_is_a_programming_error(db: Database, env: Env) -> None:
    with pytest.raises(ValueError, match="colour"):
        db.run(apply_changes, env.card, {"colour": "red"}, None)
