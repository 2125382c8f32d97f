"""Trello board exports: the real ones in ../shared/corpora/trello import completely (counted
from the JSON itself), every detail maps, and anything that is not a board export is refused
without touching the database."""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kimboard.core import search
from kimboard.core.db import Database
from kimboard.core.errors import ValidationError
from kimboard.core.importers import ImportFormatError, ImportResult
from kimboard.core.importers.trello import column_kind, import_trello, label_color
from kimboard.core.models import (
    Board,
    BoardColumn,
    Card,
    CardEvent,
    ChecklistItem,
    ColumnKind,
    Comment,
    Label,
    Member,
)
from kimboard.core.ops import people, sites

CORPORA = Path(__file__).resolve().parents[3] / "shared" / "corpora"
TRELLO = CORPORA / "trello"
needs_corpus = pytest.mark.skipif(not TRELLO.is_dir(),
                                  reason="../shared/corpora/trello fehlt (Testkorpus)")


@pytest.fixture
def site(db: Database) -> int:
    return db.run(sites.create_site, "Ausländerbehörde Köln", "ABH-KOE").value.id


def _counts(s: Session) -> dict[str, int]:
    return {m.__name__: int(s.scalar(select(func.count()).select_from(m)) or 0)
            for m in (Board, BoardColumn, Card, ChecklistItem, Comment, Label, Member,
                      CardEvent)}


def _expected(obj: dict[str, Any]) -> dict[str, int]:
    """What an import of ``obj`` must give, counted from the JSON itself."""
    open_lists = [lst for lst in obj["lists"] if not lst.get("closed")]
    closed_lists = {lst["id"] for lst in obj["lists"] if lst.get("closed")}
    card_ids = {c["id"] for c in obj["cards"]}
    checklists = [cl for cl in obj["checklists"] if cl["idCard"] in card_ids]
    comments = [a for a in obj["actions"] if a["type"] == "commentCard"
                and a["data"]["card"]["id"] in card_ids and a["data"]["text"].strip()]
    used_labels = {i for c in obj["cards"] for i in c["idLabels"]}
    return {
        "lists": len(open_lists),
        "cards": len(obj["cards"]),
        "archived": sum(1 for c in obj["cards"] if c["closed"] or c["idList"] in closed_lists),
        "checklists": len(checklists),
        "checklist_items": sum(1 for cl in checklists for i in cl["checkItems"]
                               if i["name"].strip()),
        "comments": len(comments),
        "labels": sum(1 for lb in obj["labels"] if lb["name"] or lb["id"] in used_labels),
    }


@needs_corpus
@pytest.mark.parametrize("name", ["gocd-test-drive.json", "deck-anonymised.json"])
def test_real_exports_import_completely(db: Database, site: int, name: str) -> None:
    raw = (TRELLO / name).read_bytes()
    obj = json.loads(raw)
    want = _expected(obj)
    result = db.run(import_trello, site, raw, file_name=name)
    got = {k: getattr(result, k) for k in want}
    assert got == want

    with db.session() as s:
        board = s.get_one(Board, result.board_id)
        assert board.name == obj["name"] and board.site_id == site
        columns = [c.name for c in board.columns]
        assert columns == [lst["name"] for lst in sorted(obj["lists"], key=lambda x: x["pos"])
                           if not lst["closed"]]
        cards = list(s.scalars(select(Card).where(Card.board_id == board.id)))
        assert len(cards) == want["cards"]
        assert sum(c.archived_at is not None for c in cards) == want["archived"]
        ids = [c.id for c in cards]
        assert s.scalar(select(func.count()).select_from(ChecklistItem)
                        .where(ChecklistItem.card_id.in_(ids))) == want["checklist_items"]
        assert s.scalar(select(func.count()).select_from(Comment)
                        .where(Comment.card_id.in_(ids))) == want["comments"]
        assert s.scalar(select(func.count()).select_from(Label)
                        .where(Label.board_id == board.id)) == want["labels"]
        # Every card has its "created" event; every comment its "commented" event.
        events = dict(s.execute(select(CardEvent.kind, func.count())
                                .where(CardEvent.board_id == board.id)
                                .group_by(CardEvent.kind)).all())
        assert events.get("created") == want["cards"]
        assert events.get("commented", 0) == want["comments"]
        assert events.get("archived", 0) == want["archived"]


@needs_corpus
def test_real_export_details(db: Database, site: int) -> None:
    raw = (TRELLO / "gocd-test-drive.json").read_bytes()
    obj = json.loads(raw)
    result = db.run(import_trello, site, raw, file_name="gocd-test-drive.json")
    members = {m["id"]: m["fullName"] for m in obj["members"]}
    lists = {lst["id"]: lst for lst in obj["lists"]}
    with db.session() as s:
        by_title: dict[str, list[Card]] = {}
        imported = []
        for card in s.scalars(select(Card).where(Card.board_id == result.board_id)):
            by_title.setdefault(card.title, []).append(card)
            imported.append((card.title, card.description,
                             frozenset(lb.name for lb in card.labels),
                             frozenset(m.display_name for m in card.assignees), card.due_date,
                             card.archived_at is not None,
                             card.column.name if card.archived_at is None else None))
        expected_cards = []
        for tc in obj["cards"]:
            due = None
            if tc["due"]:
                due = dt.datetime.fromisoformat(tc["due"].replace("Z", "+00:00"))
                due = due.astimezone().date()
            archived = tc["closed"] or lists[tc["idList"]]["closed"]
            expected_cards.append((
                " ".join(tc["name"].split()), tc["desc"].strip(),
                frozenset(lb["name"] for lb in tc["labels"]),
                frozenset(members[i] for i in tc["idMembers"] if i in members), due, archived,
                None if archived else lists[tc["idList"]]["name"]))
        assert Counter(imported) == Counter(expected_cards)
        # Checklist done states and comment authors/dates survive.
        cl = obj["checklists"][0]
        card = next(c for cards in by_title.values() for c in cards
                    if any(i.text.endswith(cl["checkItems"][0]["name"]) for i in c.checklist))
        states = {i["name"]: i["state"] == "complete" for i in cl["checkItems"]}
        for item in card.checklist:
            name = item.text.split(": ", 1)[-1] if item.text not in states else item.text
            if name in states:
                assert item.done == states[name]
        action = next(a for a in obj["actions"] if a["type"] == "commentCard")
        comment = s.scalars(select(Comment).where(Comment.body == action["data"]["text"].strip())
                            ).first()
        assert comment is not None and comment.author is not None
        assert comment.author.display_name == action["memberCreator"]["fullName"]
        assert comment.created_at == dt.datetime.fromisoformat(
            action["date"].replace("Z", "+00:00"))
        # Order within a column follows Trello's positions.
        todo = next(c for c in s.get_one(Board, result.board_id).columns if c.name == "Done")
        titles = list(s.scalars(select(Card.title).where(
            Card.column_id == todo.id, Card.archived_at.is_(None)).order_by(Card.order_key)))
        expected = [" ".join(c["name"].split()) for c in sorted(obj["cards"],
                                                                  key=lambda c: c["pos"])
                    if c["idList"] == next(i for i, lst in lists.items()
                                           if lst["name"] == "Done") and not c["closed"]]
        assert titles == expected
        # The search index knows the imported cards and their comments.
        word = action["data"]["text"].split()[0]
        assert search.search_cards(s, word, board_id=result.board_id, include_archived=True)
    assert any("1000 Aktionen" in w for w in result.warnings)
    assert any("archivierte Trello-Listen" in w for w in result.warnings)


@needs_corpus
def test_second_import_gets_a_new_name_and_reuses_people(db: Database, site: int) -> None:
    raw = (TRELLO / "gocd-test-drive.json").read_bytes()
    first = db.run(import_trello, site, raw)
    second = db.run(import_trello, site, raw)
    assert first.board_name == "Test Drive"
    assert second.board_name == "Test Drive (2)"
    assert first.members_created == first.members > 0
    assert second.members == first.members and second.members_created == 0


# --------------------------------------------------------------------------- a made-up board


def _board(**extra: Any) -> dict[str, Any]:
    board: dict[str, Any] = {
        "id": "b1", "name": "Einbürgerung", "desc": "Aus Trello",
        "lists": [
            {"id": "l2", "name": "Erledigt", "closed": False, "pos": 300},
            {"id": "l1", "name": "Zu tun", "closed": False, "pos": 100},
            {"id": "l3", "name": "Alt", "closed": True, "pos": 200},
            {"id": "l4", "name": "In Arbeit", "closed": False, "pos": 250},
        ],
        "labels": [
            {"id": "g", "name": "Dringend", "color": "red"},
            {"id": "y", "name": "", "color": "yellow_dark"},
            {"id": "n", "name": "", "color": "green"},  # unnamed, unused: left out
            {"id": "x", "name": "dringend", "color": None},  # same name: made unique
        ],
        "members": [
            {"id": "m1", "fullName": "Anna Beispiel", "username": "anna"},
            {"id": "m2", "fullName": "", "username": "bert"},
        ],
        "cards": [
            {"id": "c2", "name": "Zweite", "desc": "", "idList": "l1", "pos": 20,
             "closed": False, "idLabels": [], "idMembers": [], "due": None},
            {"id": "c1", "name": "  Erste   Karte ", "desc": " Text ", "idList": "l1", "pos": 10,
             "closed": False, "idLabels": ["g", "y", "x"], "idMembers": ["m1", "m2", "m9"],
             "due": "2026-03-12T11:00:00.000Z", "badges": {"comments": 2}},
            {"id": "c3", "name": "Alte Karte", "desc": "", "idList": "l3", "pos": 1,
             "closed": False, "idLabels": [], "idMembers": []},
            {"id": "c4", "name": "", "desc": "", "idList": "l2", "pos": 1, "closed": True,
             "idLabels": [], "idMembers": []},
            {"id": "c5", "name": "T" * 600, "desc": "", "idList": "l4", "pos": 1,
             "closed": False, "idLabels": [], "idMembers": []},
        ],
        "checklists": [
            {"id": "k2", "idCard": "c1", "name": "Danach", "pos": 2,
             "checkItems": [{"id": "i3", "name": "Bescheid", "state": "incomplete", "pos": 1}]},
            {"id": "k1", "idCard": "c1", "name": "Prüfen", "pos": 1,
             "checkItems": [{"id": "i2", "name": "Pass", "state": "complete", "pos": 2},
                            {"id": "i1", "name": "Antrag", "state": "incomplete", "pos": 1},
                            {"id": "i0", "name": "  ", "state": "incomplete", "pos": 3}]},
        ],
        "actions": [
            {"type": "commentCard", "date": "2026-01-02T10:00:00.000Z",
             "data": {"text": "Zweiter Kommentar", "card": {"id": "c1"}},
             "memberCreator": {"fullName": "Carla Neu", "username": "carla"}},
            {"type": "commentCard", "date": "2026-01-01T10:00:00.000Z",
             "data": {"text": "Erster Kommentar", "card": {"id": "c1"}},
             "memberCreator": {"fullName": "Anna Beispiel"}},
            {"type": "commentCard", "date": "2026-01-01T10:00:00.000Z",
             "data": {"text": "zu gelöschter Karte", "card": {"id": "gone"}},
             "memberCreator": {"fullName": "Anna Beispiel"}},
            {"type": "updateCard", "data": {"card": {"id": "c1"}}},
        ],
    }
    board.update(extra)
    return board


def test_made_up_board_maps_every_detail(db: Database, site: int) -> None:
    existing = db.run(people.create_member, site, "Anna Beispiel").value.id
    result = db.run(import_trello, site, json.dumps(_board()), file_name="b.json")
    assert isinstance(result, ImportResult)
    assert (result.lists, result.cards, result.archived, result.checklists,
            result.checklist_items, result.comments, result.labels) == (3, 5, 2, 2, 3, 2, 3)
    assert (result.members, result.members_created) == (3, 2)  # Anna found; bert, Carla made
    with db.session() as s:
        board = s.get_one(Board, result.board_id)
        assert board.description == "Aus Trello"
        assert [(c.name, c.kind) for c in board.columns] == [
            ("Zu tun", "todo"), ("In Arbeit", "in_progress"), ("Erledigt", "done")]
        col = {c.name: c.id for c in board.columns}
        cards = {c.title: c for c in s.scalars(select(Card).where(Card.board_id == board.id))}
        first = cards["Erste Karte"]
        assert first.number == 1 and first.description == "Text"
        assert first.due_date == dt.datetime(2026, 3, 12, 11, tzinfo=dt.UTC).astimezone().date()
        assert sorted((lb.name, lb.color) for lb in first.labels) == [
            ("Dringend", "#f87168"), ("Gelb (dunkel)", "#946f00"), ("dringend (2)", "#6b7280")]
        assert {m.display_name for m in first.assignees} == {"Anna Beispiel", "bert"}
        assert existing in {m.id for m in first.assignees}
        assert [(i.text, i.done) for i in first.checklist] == [
            ("Prüfen: Antrag", False), ("Prüfen: Pass", True), ("Danach: Bescheid", False)]
        assert [(c.body, c.author.display_name if c.author else None)
                for c in first.comments] == [("Erster Kommentar", "Anna Beispiel"),
                                             ("Zweiter Kommentar", "Carla Neu")]
        assert cards["Zweite"].column_id == col["Zu tun"]
        keys = [cards["Erste Karte"].order_key, cards["Zweite"].order_key]
        assert keys == sorted(keys)
        old = cards["Alte Karte"]
        assert old.archived_at is not None and old.column_id == col["Zu tun"]
        untitled = cards["(ohne Titel)"]
        assert untitled.archived_at is not None and untitled.column_id == col["Erledigt"]
        long = next(t for t in cards if t.startswith("TTT"))
        assert len(long) == 500 and long.endswith("…")
    text = "\n".join(result.warnings)
    assert "1 archivierte Trello-Liste wurde nicht als Spalte übernommen" in text
    assert "1 Kommentar(e) zu Karten, die nicht im Export sind" in text
    assert "1 Kartentitel" in text
    assert "Kommentare, der Export enthält" not in text  # 2 expected, 2 imported


def test_same_board_name_gets_a_number(db: Database, site: int) -> None:
    db.run(import_trello, site, json.dumps(_board()))
    again = db.run(import_trello, site, json.dumps(_board()).encode("utf-8-sig"))
    assert again.board_name == "Einbürgerung (2)"
    assert any("Einbürgerung (2)" in w for w in again.warnings)


def test_board_without_open_lists(db: Database, site: int) -> None:
    obj = _board()
    for lst in obj["lists"]:
        lst["closed"] = True
    result = db.run(import_trello, site, json.dumps(obj))
    assert result.lists == 0 and result.cards == 5 and result.archived == 5
    with db.session() as s:
        assert [c.name for c in s.get_one(Board, result.board_id).columns] == ["Zu erledigen"]


def test_empty_board(db: Database, site: int) -> None:
    result = db.run(import_trello, site, json.dumps({"name": "Leer", "lists": [], "cards": []}))
    assert (result.lists, result.cards) == (0, 0)


@pytest.mark.parametrize(("name", "kind"), [
    ("Done", ColumnKind.DONE), ("Erledigt ✔", ColumnKind.DONE), ("Doing", ColumnKind.IN_PROGRESS),
    ("In Arbeit", ColumnKind.IN_PROGRESS), ("Ready for QA", ColumnKind.IN_PROGRESS),
    ("Backlog/Future Work/Ideas", ColumnKind.BACKLOG), ("To Do", ColumnKind.TODO),
    ("Up Next", ColumnKind.TODO),
])
def test_column_kinds_from_list_names(name: str, kind: ColumnKind) -> None:
    assert column_kind(name) == kind


def test_label_colors() -> None:
    assert label_color("green") == "#4bce97"
    assert label_color("green_light") == "#baf3db"
    assert label_color("sky_dark") == "#227d9b"
    assert label_color(None) == label_color("") == label_color("mauve") == "#6b7280"


# --------------------------------------------------------------------------- refused files


def _single_card_export() -> dict[str, Any]:
    card = copy.deepcopy(_board()["cards"][1])
    card.update({"idBoard": "b1", "checklists": [], "actions": [], "labels": []})
    return card


REFUSED: list[tuple[str, bytes, str]] = [
    ("single card", json.dumps(_single_card_export()).encode(), "einzelnen Trello-Karte"),
    ("array", b"[1, 2, 3]", "kein Trello-Board-Export"),
    ("other json", b'{"hello": "world"}', "es fehlt: name, lists, cards"),
    ("invalid json", b'{"name": "x", "lists": [', "kein gültiges JSON"),
    ("empty", b"", "ist leer"),
    ("whitespace", b"  \n ", "ist leer"),
    ("xml", b"<?xml version='1.0'?><rss></rss>", "XML-Datei"),
    ("not utf-8", "{\"name\": \"Übung\"}".encode("cp1252"), "keine UTF-8-Textdatei"),
    ("lists not a list", b'{"name": "x", "lists": {}, "cards": []}', "„lists“ ist keine Liste"),
    ("card without list", b'{"name": "x", "lists": [], "cards": [{"id": "c", "name": "t"}]}',
     "Karte Nr. 1"),
    ("list without name", b'{"name": "x", "lists": [{"id": "l"}], "cards": []}', "Liste Nr. 1"),
    ("bad checklist", b'{"name": "x", "lists": [], "cards": [], "checklists": [1]}',
     "Eintrag Nr. 1"),
    ("deep nesting", b"[" * 100_000 + b"]" * 100_000, "JSON"),
]


@pytest.mark.parametrize(("what", "data", "message"), REFUSED, ids=[r[0] for r in REFUSED])
def test_not_a_board_export_is_refused_and_nothing_changes(
    db: Database, site: int, what: str, data: bytes, message: str
) -> None:
    with db.session() as s:
        before = _counts(s)
    with pytest.raises(ImportFormatError, match=message) as err:
        db.run(import_trello, site, data, file_name="export.json")
    assert isinstance(err.value, ValidationError)
    with db.session() as s:
        assert _counts(s) == before


@needs_corpus
def test_a_real_single_card_shape_and_other_corpora_are_refused(db: Database, site: int) -> None:
    obj = json.loads((TRELLO / "gocd-test-drive.json").read_bytes())
    card = dict(obj["cards"][0])
    card["checklists"] = [cl for cl in obj["checklists"] if cl["idCard"] == card["id"]]
    card["actions"] = [a for a in obj["actions"] if a["data"].get("card", {}).get("id")
                       == card["id"]]
    files = [json.dumps(card).encode()]
    jira = CORPORA / "jira" / "jira-export.xml"
    if jira.exists():
        files.append(jira.read_bytes())
    suite = CORPORA / "jsontestsuite" / "test_parsing"
    if suite.is_dir():
        files += [p.read_bytes() for p in sorted(suite.glob("[ny]_*.json"))[:60]]
    with db.session() as s:
        before = _counts(s)
    for data in files:
        with pytest.raises(ImportFormatError):
            db.run(import_trello, site, data)
    with db.session() as s:
        assert _counts(s) == before


def test_import_into_an_office_from_a_bundle_is_refused(db: Database) -> None:
    from kimboard.core.guard import ALLOW_FOREIGN
    from kimboard.core.models import Site

    def foreign(s: Session) -> int:
        s.info[ALLOW_FOREIGN] = True
        obj = Site(name="Ausländerbehörde Bonn", short_code="ABH-BN", is_local=False)
        s.add(obj)
        s.flush()
        return obj.id

    site_id = db.run(foreign)
    with pytest.raises(ValidationError, match="nur gelesen"):
        db.run(import_trello, site_id, json.dumps(_board()))
