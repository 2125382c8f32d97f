"""What came from another office is read-only: one rule, enforced at flush for every op."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from kimboard.core.db import Database
from kimboard.core.errors import ValidationError
from kimboard.core.guard import ALLOW_FOREIGN
from kimboard.core.models import Card, Site
from kimboard.core.ops import boards, cards, people, retros, sites, solutions


@pytest.fixture
def foreign(db: Database) -> dict[str, int]:
    site = db.run(sites.create_site, "Ausländerbehörde Anderswo", "ABH-AND").value.id
    board = db.run(boards.create_board, site, "Fremdes Board").value.id
    card = db.run(cards.create_card, board, "Fremde Karte").value.id
    member = db.run(people.create_member, site, "Kim Beispiel").value.id
    solution = db.run(solutions.create_solution, site, "Fremder Ansatz").value.id
    with db.transaction() as s:
        s.info[ALLOW_FOREIGN] = True
        s.execute(update(Site).where(Site.id == site).values(is_local=False))
    return {"site": site, "board": board, "card": card, "member": member, "solution": solution}


@pytest.mark.parametrize("attempt", [
    lambda db, f: db.run(cards.create_card, f["board"], "Neu"),
    lambda db, f: db.run(cards.update_card, f["card"], title="Geändert"),
    lambda db, f: db.run(cards.move_card, f["card"], _col(db, f["board"], 2), None),
    lambda db, f: db.run(cards.add_comment, f["card"], "Kommentar"),
    lambda db, f: db.run(cards.archive_card, f["card"]),
    lambda db, f: db.run(cards.delete_card, f["card"]),
    lambda db, f: db.run(boards.add_column, f["board"], "Neue Spalte"),
    lambda db, f: db.run(boards.create_label, f["board"], "Label"),
    lambda db, f: db.run(boards.update_board, f["board"], name="Umbenannt"),
    lambda db, f: db.run(people.update_member, f["member"], display_name="X"),
    lambda db, f: db.run(people.set_member_active, f["member"], False),
    lambda db, f: db.run(sites.update_site, f["site"], name="X"),
    lambda db, f: db.run(solutions.set_solution_status, f["solution"], "trial"),
    lambda db, f: db.run(retros.create_retro, f["site"], "Retro", dt.date(2026, 1, 1)),
])
def test_imported_office_is_read_only(db: Database, foreign: dict[str, int], attempt) -> None:  # noqa: ANN001
    with db.session() as s:
        before = s.get_one(Card, foreign["card"]).version
    with pytest.raises(ValidationError, match="nur gelesen"):
        attempt(db, foreign)
    with db.session() as s:
        card = s.get_one(Card, foreign["card"])
        assert (card.title, card.version, card.archived_at) == ("Fremde Karte", before, None)


def test_a_local_office_may_record_that_it_adopted_an_imported_approach(
        db: Database, foreign: dict[str, int]) -> None:
    mine = db.run(sites.create_site, "Ausländerbehörde Hier", "ABH-HIER").value
    db.run(solutions.record_adoption, foreign["solution"], mine.uuid, "Ausländerbehörde Hier",
           dt.date(2026, 3, 1))


def test_an_imported_office_can_be_removed_as_a_whole(
        db: Database, foreign: dict[str, int]) -> None:
    db.run(sites.delete_site, foreign["site"])
    with db.session() as s:
        assert s.get(Site, foreign["site"]) is None


def test_local_offices_are_unaffected(db: Database, foreign: dict[str, int]) -> None:
    mine = db.run(sites.create_site, "Ausländerbehörde Hier", "ABH-HIER").value.id
    board = db.run(boards.create_board, mine, "Mein Board").value.id
    db.run(cards.create_card, board, "Meine Karte")


def _col(db: Database, board: int, position: int) -> int:
    with db.session() as s:
        from kimboard.core.boardview import load_board

        return load_board(s, board).columns[position].id
