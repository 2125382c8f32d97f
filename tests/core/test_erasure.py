"""Erasing a person: the name leaves the database file, the work and its history stay."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from kimboard.core import erasure, search
from kimboard.core.carddetails import load_card_details
from kimboard.core.db import Database
from kimboard.core.errors import NotFound, ValidationError
from kimboard.core.metrics import compute_metrics
from kimboard.core.models import (
    ActionItem,
    Board,
    Card,
    CardAssignee,
    CardEvent,
    Comment,
    Label,
    Member,
    RetroItem,
    Retrospective,
    Site,
)
from kimboard.core.ops import boards, cards, people, retros, sites, solutions

NAME = "Zoltán Übermuth-Krzyżanowski"
LABEL = erasure.ERASED_LABEL
NOW = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)


def name_forms(name: str = NAME) -> set[bytes]:
    """Every spelling of the name the file could hold: as typed, in other cases, decomposed,
    folded for the search index, and the index's tokens (diacritics removed, also without
    their first letter, since FTS5 stores a term as a suffix of the term before it)."""
    texts = {name, name.lower(), name.upper(), name.casefold(),
             unicodedata.normalize("NFD", name), search.fold(name)}
    tokens = {"krzyzanowski", "krzyżanowski", "uebermuth", "übermuth"}
    texts |= tokens | {t[1:] for t in tokens}
    return {t.encode("utf-8") for t in texts}


def raw_bytes(path: Path) -> bytes:
    """The database file and whatever lies beside it (write-ahead log, shared memory)."""
    data = b""
    for suffix in ("", "-wal", "-shm", "-journal"):
        part = Path(str(path) + suffix)
        if part.exists():
            data += part.read_bytes()
    return data


def found_forms(path: Path, name: str = NAME) -> list[bytes]:
    data = raw_bytes(path)
    return sorted(form for form in name_forms(name) if form in data)


@dataclass(frozen=True)
class World:
    site: int
    board: int
    zoltan: int
    anna: int
    card: int
    other_card: int
    retro: int
    solution: int


@pytest.fixture
def world(db: Database) -> World:
    site = db.run(sites.create_site, "Ausländerbehörde Musterstadt", "ABH-MST").value.id
    team = db.run(people.create_team, site, "Team Aufenthalt").value.id
    zoltan = db.run(people.create_member, site, NAME, "Sachbearbeitung", team).value.id
    anna = db.run(people.create_member, site, "Anna Schmidt", "Teamleitung", team).value.id
    board = db.run(boards.create_board, site, "Team Aufenthalt").value.id
    db.run(boards.add_swimlane, board, NAME.upper())
    db.run(boards.create_label, board, NAME, "#1d4ed8")
    card = db.run(cards.create_card, board, f"Rückruf an {NAME} wegen Terminplanung",
                  description=f"Abgestimmt mit {unicodedata.normalize('NFD', NAME)}; "
                              "Anna Schmidt informiert.",
                  estimate=3, actor_id=anna).value.id
    db.run(cards.set_assignees, card, [zoltan, anna], actor_id=anna)
    db.run(cards.add_comment, card, f"Mit {NAME.lower()} besprochen.", author_id=zoltan)
    db.run(cards.add_comment, card, "Termin steht.", author_id=anna)
    db.run(cards.add_checklist_item, card, f"Vertretung für {NAME} klären")
    db.run(cards.update_card, card, blocked=True,
           blocked_reason=f"wartet auf {NAME}s Rückmeldung", actor_id=zoltan)
    db.run(cards.update_card, card, blocked=False, actor_id=zoltan)
    with db.session() as s:
        columns = [c.id for c in s.get_one(Board, board).columns]
    db.run(cards.move_card, card, columns[1], actor_id=zoltan)
    db.run(cards.move_card, card, columns[-1], actor_id=zoltan)
    other = db.run(cards.create_card, board, "Wartezeiten senken", actor_id=zoltan).value.id
    db.run(cards.set_assignees, other, [zoltan])
    retro = db.run(retros.create_retro, site, f"Retro mit {NAME}", dt.date(2029, 12, 1),
                   board_id=board, anonymous=False).value.id
    with db.session() as s:
        prompt = s.get_one(Retrospective, retro).template.prompts[0].id  # type: ignore[union-attr]
    db.run(retros.add_item, retro, prompt, f"Danke an {NAME} für die Vertretung", author_id=zoltan)
    db.run(retros.create_action, retro, f"{NAME} stellt den Ablauf vor", owner_id=zoltan)
    solution = db.run(solutions.create_solution, site, "Terminvergabe online",
                      contact_role=NAME, evidence=f"Erprobt von {NAME}.").value.id
    return World(site, board, zoltan, anna, card, other, retro, solution)


def _erase(db: Database, member_id: int) -> erasure.ErasureResult:
    result = db.run(erasure.erase_member, member_id).value
    erasure.compact_after_erasure(db)
    return result


# --------------------------------------------------------------------------- the promise


def test_name_occurs_nowhere_in_the_file_after_erasure_and_compaction(
    db: Database, world: World
) -> None:
    with db.session() as s:
        assert search.search_cards(s, "Krzyzanowski")  # indexed before
    assert found_forms(db.path), "the test cannot see the name even before the erasure"

    _erase(db, world.zoltan)
    db.close()  # nothing of ours holds the file open while its bytes are read

    assert found_forms(db.path) == []
    assert not Path(str(db.path) + "-wal").exists() or \
        Path(str(db.path) + "-wal").stat().st_size == 0


def test_search_index_forgets_the_name_and_finds_the_label(db: Database, world: World) -> None:
    _erase(db, world.zoltan)
    with db.session() as s:
        assert search.search_cards(s, "Krzyzanowski") == []
        assert search.search_cards(s, "Übermuth") == []
        assert search.search_cards(s, "zoltan") == []
        assert [h.card_id for h in search.search_cards(s, "ehemaliges Teammitglied")] == \
            [world.card]


def test_member_row_stays_with_a_neutral_label(db: Database, world: World) -> None:
    result = _erase(db, world.zoltan)
    assert result.member_id == world.zoltan
    assert NAME not in repr(result)
    with db.session() as s:
        member = s.get_one(Member, world.zoltan)
        assert member.display_name == LABEL
        assert member.role == ""
        assert member.active is False
        assert member.erased_at is not None
        assert member.team_id is not None  # team aggregates stay the same
        anna = s.get_one(Member, world.anna)
        assert (anna.display_name, anna.role) == ("Anna Schmidt", "Teamleitung")


def test_history_links_and_metrics_stay_intact(db: Database, world: World) -> None:
    def state() -> tuple[object, ...]:
        with db.session() as s:
            return (
                s.scalar(select(func.count()).select_from(CardEvent)),
                sorted(s.execute(select(CardAssignee.card_id, CardAssignee.member_id)).all()),
                sorted(s.execute(select(CardEvent.id, CardEvent.kind, CardEvent.actor_id,
                                        CardEvent.at)).all()),
                sorted(s.execute(select(Comment.id, Comment.author_id)).all()),
                s.execute(select(RetroItem.author_id)).scalars().all(),
                s.execute(select(ActionItem.owner_id)).scalars().all(),
            )

    def metrics() -> str:
        with db.session() as s:
            return json.dumps(compute_metrics(s, world.board, now=NOW), ensure_ascii=False,
                              sort_keys=True, default=str)

    before, metrics_before = state(), metrics()
    assert (world.card, world.zoltan) in before[1]
    _erase(db, world.zoltan)
    assert state() == before
    assert metrics() == metrics_before.replace(NAME, LABEL)


def test_every_text_kind_is_rewritten_and_reported(db: Database, world: World) -> None:
    with db.session() as s:
        preview = erasure.preview_erasure(s, world.zoltan)
    assert preview.name == NAME
    counts = dict(preview.occurrences)
    assert counts == {
        "Karten": 1, "Kommentare": 1, "Checklisten-Einträge": 1, "Verlaufseinträge": 1,
        "Swimlanes": 1, "Labels": 1, "Retrospektiven": 1, "Retro-Beiträge": 1,
        "Maßnahmen": 1, "Lösungsansätze": 1,
    }
    result = _erase(db, world.zoltan)
    assert dict(result.replaced) == counts
    assert result.cards_reindexed == 1
    with db.session() as s:
        details = load_card_details(s, world.card)
        assert details.title == f"Rückruf an {LABEL} wegen Terminplanung"
        assert details.description == f"Abgestimmt mit {LABEL}; Anna Schmidt informiert."
        assert [c.body for c in details.comments] == [f"Mit {LABEL} besprochen.",
                                                      "Termin steht."]
        assert [c.author_name for c in details.comments] == [LABEL, "Anna Schmidt"]
        assert details.checklist[0].text == f"Vertretung für {LABEL} klären"
        # the genitive ("…s Rückmeldung") went with the name
        assert any(h.text == f"Blockiert: wartet auf {LABEL} Rückmeldung"
                   for h in details.history)
        assert s.scalar(select(Label.name)) == LABEL


def test_only_the_whole_name_is_replaced(db: Database, world: World) -> None:
    keep = [
        "Zoltánfest im Team",  # the name inside a longer word
        "Übermuth tut selten gut",  # part of the name alone (not required to go)
        "Anna Schmidt bleibt",
    ]
    ids = [db.run(cards.create_card, world.board, t).value.id for t in keep]
    _erase(db, world.zoltan)
    with db.session() as s:
        assert [s.get_one(Card, i).title for i in ids] == keep


def test_name_in_an_imported_office_is_erased_too(db: Database, world: World) -> None:
    other = db.run(sites.create_site, "Ausländerbehörde Nachbarstadt", "ABH-NB").value.id
    other_board = db.run(boards.create_board, other, "Servicepunkt").value.id
    foreign = db.run(cards.create_card, other_board, f"Hospitation bei {NAME}").value.id
    with db.transaction() as s:
        s.execute(update(Site).where(Site.id == other).values(is_local=False))
    _erase(db, world.zoltan)
    with db.session() as s:
        assert s.get_one(Card, foreign).title == f"Hospitation bei {LABEL}"
    # and the office stays read-only for everything else
    with pytest.raises(ValidationError, match="nur gelesen"):
        db.run(cards.update_card, foreign, title="geändert")


def test_label_names_stay_unique_on_a_board(db: Database, world: World) -> None:
    db.run(boards.create_label, world.board, NAME.upper(), "#b91c1c")
    db.run(boards.create_label, world.board, LABEL, "#15803d")
    _erase(db, world.zoltan)
    with db.session() as s:
        names = sorted(s.scalars(select(Label.name).where(Label.board_id == world.board)))
    assert names == [LABEL, f"{LABEL} (2)", f"{LABEL} (3)"]


def test_same_name_in_another_office_is_listed_but_not_erased(db: Database,
                                                              world: World) -> None:
    other = db.run(sites.create_site, "Ausländerbehörde Nachbarstadt", "ABH-NB").value.id
    twin = db.run(people.create_member, other, NAME).value.id
    with db.session() as s:
        assert erasure.preview_erasure(s, world.zoltan).same_name_elsewhere == (
            "Ausländerbehörde Nachbarstadt",)
    db.run(erasure.erase_member, world.zoltan)
    with db.session() as s:
        assert s.get_one(Member, twin).display_name == NAME


# --------------------------------------------------------------------------- refusals


def test_erasing_twice_is_refused(db: Database, world: World) -> None:
    db.run(erasure.erase_member, world.zoltan)
    with pytest.raises(ValidationError, match="bereits gelöscht"):
        db.run(erasure.erase_member, world.zoltan)
    with db.session() as s, pytest.raises(ValidationError, match="bereits gelöscht"):
        erasure.preview_erasure(s, world.zoltan)


def test_member_of_an_imported_office_is_refused(db: Database) -> None:
    site = db.run(sites.create_site, "Übernommene Behörde", "ABH-UE").value.id
    member = db.run(people.create_member, site, NAME).value.id
    with db.transaction() as s:
        s.execute(update(Site).where(Site.id == site).values(is_local=False))
    with pytest.raises(ValidationError, match="aus einem Paket"):
        db.run(erasure.erase_member, member)
    with db.session() as s:
        assert s.get_one(Member, member).display_name == NAME


def test_unknown_member_is_refused(db: Database) -> None:
    with pytest.raises(NotFound, match="Teammitglied"):
        db.run(erasure.erase_member, 4711)


def test_a_failure_midway_changes_nothing(db: Database, world: World,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object, **_kw: object) -> None:
        raise ValidationError("kaputt")

    monkeypatch.setattr(erasure.search, "reindex_cards", broken)
    with pytest.raises(ValidationError, match="kaputt"):
        db.run(erasure.erase_member, world.zoltan)
    with db.session() as s:
        member = s.get_one(Member, world.zoltan)
        assert (member.display_name, member.erased_at) == (NAME, None)
        assert NAME in s.get_one(Card, world.card).title


def test_edits_of_an_erased_member_are_refused(db: Database, world: World) -> None:
    db.run(erasure.erase_member, world.zoltan)
    with pytest.raises(ValidationError, match="gelöscht"):
        db.run(people.update_member, world.zoltan, display_name=NAME)


# --------------------------------------------------------------------------- backups


def test_backups_holding_the_name_are_found_and_deleted(db: Database, world: World) -> None:
    from kimboard.core.backup import backup_to, default_backup_name

    first = backup_to(db, default_backup_name(db.path))
    kept = db.path.with_name(f"{db.path.stem}-ersetzt-20300101-120000{db.path.suffix}")
    kept.write_bytes(first.read_bytes())
    (db.path.parent / "notizen.txt").write_text("bleibt")
    other = db.path.parent / "backups" / "andere-datenbank-20300101.sqlite3"
    other.write_bytes(b"")
    _erase(db, world.zoltan)
    found = erasure.backups_with_old_data(db.path)
    assert found == sorted([first, kept])
    assert found_forms(first)
    assert erasure.delete_backups(found) == 2
    assert erasure.backups_with_old_data(db.path) == []
    assert (db.path.parent / "notizen.txt").exists()
    assert other.exists()  # a backup of another database in the same folder
    assert db.path.exists()


def test_an_erased_member_cannot_be_reactivated(db: Database, world: World) -> None:
    db.run(erasure.erase_member, world.zoltan)
    with pytest.raises(ValidationError, match="nicht wieder aktiviert"):
        db.run(people.set_member_active, world.zoltan, True)
    db.run(people.set_member_active, world.zoltan, False)  # staying inactive is fine


def test_people_of_an_office_as_plain_rows(db: Database, world: World) -> None:
    db.run(erasure.erase_member, world.zoltan)
    with db.session() as s:
        rows = people.site_people(s, world.site)
    assert [t.name for t in rows.teams] == ["Team Aufenthalt"]
    assert rows.teams[0].members == 1  # the erased person no longer counts
    assert [(m.display_name, m.erased) for m in rows.members] == [
        ("Anna Schmidt", False), (LABEL, True)]


def test_a_board_adoption_note_is_erased_too(db: Database, world: World) -> None:
    """Adopting a board takes a free-text note; a name in it must go as well."""
    from kimboard.core.models import BoardAdoption

    with db.transaction() as s:
        s.add(BoardAdoption(board_id=world.board, adopting_site_uuid="0" * 36,
                            adopting_site_name="Ausländerbehörde Lindenau",
                            adopted_on=dt.date(2029, 12, 2), note=f"Vorschlag von {NAME}"))
    result = _erase(db, world.zoltan)
    with db.session() as s:
        note = s.scalar(select(BoardAdoption.note))
    assert note == f"Vorschlag von {erasure.ERASED_LABEL}"
    assert "Übernahmen von Boards" in dict(result.replaced)
    assert found_forms(db.path) == []
