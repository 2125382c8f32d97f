"""The card editor's read model: fields, checklist, comments and a German history, newest
first, in a fixed number of queries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pytest
from sqlalchemy import event, select

from kimboard.core.carddetails import (
    DELETED,
    describe_priority,
    format_points,
    load_card_details,
)
from kimboard.core.clock import frozen_at
from kimboard.core.db import Database
from kimboard.core.errors import NotFound
from kimboard.core.models import BoardColumn, Member
from kimboard.core.ops import boards, cards, partners, people, sites, sprints

T0 = dt.datetime(2025, 3, 3, 9, 0, tzinfo=dt.UTC)


@dataclass(frozen=True)
class Env:
    site: int
    board: int
    cols: list[int]  # Backlog, Zu erledigen, In Arbeit, Erledigt
    anna: int
    ben: int
    label: int
    card: int


def _at(minutes: int) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


@pytest.fixture
def env(db: Database) -> Env:
    site = db.run(sites.create_site, "Ausländerbehörde Köln", "ABH-KOE").value.id
    board = db.run(boards.create_board, site, "Fachkräfteverfahren", "scrum").value.id
    with db.session() as s:
        cols = list(s.scalars(select(BoardColumn.id).where(BoardColumn.board_id == board)
                              .order_by(BoardColumn.position)))
    anna = db.run(people.create_member, site, "Anna Schmidt").value.id
    ben = db.run(people.create_member, site, "Ben Yilmaz").value.id
    label = db.run(boards.create_label, board, "Digitalisierung", "#2563eb").value.id
    with frozen_at(_at(0)):
        card = db.run(cards.create_card, board, "Terminvergabe online", column_id=cols[1],
                      actor_id=anna).value.id
    return Env(site, board, cols, anna, ben, label, card)


def _details(db: Database, card_id: int):  # noqa: ANN202
    with db.session() as s:
        return load_card_details(s, card_id)


def _texts(db: Database, card_id: int) -> list[str]:
    return [h.text for h in _details(db, card_id).history]


def test_fields_links_checklist_and_comments(db: Database, env: Env) -> None:
    partner = db.run(partners.create_partner, env.site, "Jobcenter Köln", "jobcenter").value.id
    db.run(cards.update_card, env.card, description="Ablauf klären", priority=2,
           due_date=dt.date(2025, 4, 1), estimate=3, blocked=True, blocked_reason="IT fehlt")
    db.run(cards.set_labels, env.card, [env.label])
    db.run(cards.set_assignees, env.card, [env.ben, env.anna])
    db.run(cards.set_partners, env.card, [partner])
    first = db.run(cards.add_checklist_item, env.card, "Formular prüfen").value.id
    second = db.run(cards.add_checklist_item, env.card, "Text abstimmen").value.id
    db.run(cards.update_checklist_item, second, done=True)
    db.run(cards.move_checklist_item, second, 0)
    with frozen_at(_at(5)):
        db.run(cards.add_comment, env.card, "Bitte mit IT klären", author_id=env.ben)
    with frozen_at(_at(6)):
        db.run(cards.add_comment, env.card, "Ohne Namen")

    d = _details(db, env.card)
    assert (d.title, d.description, d.priority, d.due_date, d.estimate) == (
        "Terminvergabe online", "Ablauf klären", 2, dt.date(2025, 4, 1), 3.0)
    assert (d.blocked, d.blocked_reason, d.archived) == (True, "IT fehlt", False)
    assert d.board_name == "Fachkräfteverfahren"
    assert d.column_name == "Zu erledigen"
    assert d.number == 1
    assert d.label_ids == (env.label,)
    assert d.assignee_ids == tuple(sorted((env.anna, env.ben)))
    assert d.partner_ids == (partner,)
    assert [(c.id, c.text, c.done, c.position) for c in d.checklist] == [
        (second, "Text abstimmen", True, 0), (first, "Formular prüfen", False, 1)]
    assert [(c.body, c.author_name) for c in d.comments] == [
        ("Bitte mit IT klären", "Ben Yilmaz"), ("Ohne Namen", None)]
    assert not any(c.edited for c in d.comments)


def test_history_sentences_for_every_kind_newest_first(db: Database, env: Env) -> None:
    sprint = db.run(sprints.create_sprint, env.board, "Sprint 1", dt.date(2025, 3, 3),
                    dt.date(2025, 3, 14)).value.id
    steps = [
        lambda: db.run(cards.move_card, env.card, env.cols[2], actor_id=env.ben),
        lambda: db.run(cards.update_card, env.card, estimate=3),
        lambda: db.run(cards.update_card, env.card, estimate=5),
        lambda: db.run(cards.update_card, env.card, estimate=None),
        lambda: db.run(cards.update_card, env.card, blocked=True, blocked_reason="Wartet auf IT"),
        lambda: db.run(cards.update_card, env.card, blocked_reason="Wartet auf Datenschutz"),
        lambda: db.run(cards.update_card, env.card, blocked=False),
        lambda: db.run(cards.update_card, env.card, title="Neu", description="Text",
                       priority=3, due_date=dt.date(2025, 5, 1)),
        lambda: db.run(cards.set_assignees, env.card, [env.anna]),
        lambda: db.run(cards.set_assignees, env.card, []),
        lambda: db.run(cards.set_labels, env.card, [env.label]),
        lambda: db.run(cards.set_labels, env.card, []),
        lambda: db.run(cards.add_comment, env.card, "Hallo", author_id=env.ben),
        lambda: db.run(sprints.add_card_to_sprint, env.card, sprint),
        lambda: db.run(sprints.remove_card_from_sprint, env.card),
        lambda: db.run(cards.archive_card, env.card),
        lambda: db.run(cards.restore_card, env.card),
    ]
    for minute, step in enumerate(steps, start=1):
        with frozen_at(_at(minute)):
            step()

    history = _details(db, env.card).history
    assert [h.text for h in history] == [
        "Wiederhergestellt",
        "Archiviert",
        "Aus Sprint „Sprint 1“ entfernt",
        "Zum Sprint „Sprint 1“ hinzugefügt",
        "Kommentar hinzugefügt",
        "Label entfernt: Digitalisierung",
        "Label hinzugefügt: Digitalisierung",
        "Zuweisung entfernt: Anna Schmidt",
        "Zugewiesen an Anna Schmidt",
        "Bearbeitet: Titel, Beschreibung, Priorität, Fälligkeitsdatum",
        "Blockade aufgehoben",
        "Bearbeitet: Blockadegrund",
        "Blockiert: Wartet auf IT",
        "Schätzung entfernt (vorher 5 Punkte)",
        "Schätzung geändert: 3 → 5 Punkte",
        "Schätzung gesetzt: 3 Punkte",
        "Verschoben von „Zu erledigen“ nach „In Arbeit“",
        "Angelegt in „Zu erledigen“",
    ]
    ats = [h.at for h in history]
    assert ats == sorted(ats, reverse=True)
    assert history[-1].actor_name == "Anna Schmidt"
    assert history[-2].actor_name == "Ben Yilmaz"
    assert history[4].actor_name == "Ben Yilmaz"  # the comment's author
    assert history[0].actor_name is None


def test_deleted_column_member_label_and_sprint_show_as_deleted(db: Database, env: Env) -> None:
    sprint = db.run(sprints.create_sprint, env.board, "Sprint 1", dt.date(2025, 3, 3),
                    dt.date(2025, 3, 14)).value.id
    with frozen_at(_at(1)):
        db.run(cards.set_assignees, env.card, [env.ben], actor_id=env.ben)
    with frozen_at(_at(2)):
        db.run(cards.set_labels, env.card, [env.label])
    with frozen_at(_at(3)):
        db.run(sprints.add_card_to_sprint, env.card, sprint)
    with frozen_at(_at(4)):
        db.run(sprints.delete_sprint, sprint)  # the card goes back: "removed" event
    with frozen_at(_at(5)):
        db.run(boards.delete_column, env.cols[1], move_cards_to=env.cols[2])
    db.run(boards.delete_label, env.label)

    def erase_ben(session) -> None:  # noqa: ANN001
        session.delete(session.get(Member, env.ben))

    db.run(erase_ben)
    d = _details(db, env.card)
    texts = [h.text for h in d.history]
    assert texts == [
        f"Verschoben von {DELETED} nach „In Arbeit“",
        f"Aus Sprint {DELETED} entfernt",
        f"Zum Sprint {DELETED} hinzugefügt",
        f"Label hinzugefügt: {DELETED}",
        f"Zugewiesen an {DELETED}",
        f"Angelegt in {DELETED}",
    ]
    assert d.history[-2].actor_name is None  # Ben acted, and Ben is gone
    assert d.column_name == "In Arbeit"


def test_edited_comment_is_marked(db: Database, env: Env) -> None:
    with frozen_at(_at(1)):
        comment = db.run(cards.add_comment, env.card, "Erster Text").value.id
    with frozen_at(_at(30)):
        db.run(cards.edit_comment, comment, "Zweiter Text")
    (entry,) = _details(db, env.card).comments
    assert (entry.body, entry.edited, entry.version) == ("Zweiter Text", True, 2)


def test_archived_card_and_missing_card(db: Database, env: Env) -> None:
    db.run(cards.archive_card, env.card)
    assert _details(db, env.card).archived
    with pytest.raises(NotFound, match="Karte"):
        _details(db, 999_999)


@contextmanager
def _count_queries(db: Database) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(conn, cursor, statement, *args) -> None:  # noqa: ANN001
        if not statement.lstrip().upper().startswith(("BEGIN", "ROLLBACK", "PRAGMA")):
            statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def test_query_count_does_not_grow_with_history(db: Database, env: Env) -> None:
    def load() -> int:
        with _count_queries(db) as statements:
            _details(db, env.card)
        return len(statements)

    db.run(cards.set_assignees, env.card, [env.anna])
    db.run(cards.set_labels, env.card, [env.label])
    small = load()
    for i in range(40):
        db.run(cards.move_card, env.card, env.cols[i % 4])
        db.run(cards.add_checklist_item, env.card, f"Schritt {i}")
        db.run(cards.add_comment, env.card, f"Kommentar {i}", author_id=env.ben)
        db.run(cards.set_assignees, env.card, [env.anna, env.ben] if i % 2 else [env.anna])
        db.run(cards.set_labels, env.card, [] if i % 2 else [env.label])
    big = load()
    assert big == small
    assert big <= 10
    assert len(_details(db, env.card).history) > 150


def test_describe_priority_and_points() -> None:
    assert [describe_priority(p) for p in range(4)] == ["niedrig", "normal", "hoch", "kritisch"]
    assert describe_priority(9) == "9"
    assert [format_points(v) for v in (3.0, 2.5, 0.25, 13)] == ["3", "2,5", "0,25", "13"]
