"""Full-text search over cards: German folding, prefixes, ranking, an index that follows edits."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from kimboard.core import check, search, sqlite_backend
from kimboard.core.db import Database
from kimboard.core.models import Board, BoardColumn, Card, Comment, Site

_numbers = itertools.count(1)


@dataclass
class World:
    site_id: int
    board_id: int
    column_id: int


def _make_board(s: Session, code: str = "MST", board_name: str = "Team A") -> World:
    site = Site(name=f"ABH {code}", short_code=code)
    board = Board(site=site, name=board_name)
    column = BoardColumn(board=board, name="Offen", position=0)
    s.add_all([site, board, column])
    s.flush()
    return World(site.id, board.id, column.id)


def _card(
    s: Session, where: World, title: str, description: str = "", *, archived: bool = False
) -> int:
    n = next(_numbers)
    card = Card(
        board_id=where.board_id,
        column_id=where.column_id,
        order_key=f"a{n:06d}",
        number=n,
        title=title,
        description=description,
        archived_at=dt.datetime(2025, 1, 1, tzinfo=dt.UTC) if archived else None,
    )
    s.add(card)
    s.flush()
    return card.id


def _ids(db: Database, query: str, **kw: object) -> list[int]:
    with db.session() as s:
        return [h.card_id for h in search.search_cards(s, query, **kw)]  # type: ignore[arg-type]


@pytest.fixture
def world(db: Database) -> World:
    with db.transaction() as s:
        return _make_board(s)


# --------------------------------------------------------------------------- folding


def test_fold_maps_german_spellings_to_one_form() -> None:
    assert search.fold("Müller") == search.fold("MUELLER") == "mueller"
    assert search.fold("Straße") == search.fold("STRASSE") == search.fold("STRAẞE") == "strasse"
    assert search.fold("ÖFFNUNG") == "oeffnung"
    assert search.fold("Übergabe") == "uebergabe"


def test_fold_treats_decomposed_umlauts_like_composed_ones() -> None:
    # Text pasted from macOS or PDFs often carries "u" + COMBINING DIAERESIS.
    assert search.fold("Mu\u0308ller") == search.fold("Müller")


SPELLINGS = {
    "Rückruf Frau Müller": [
        "Müller", "müller", "MÜLLER", "Mueller", "mueller", "MUELLER", "Mül",
    ],
    "Öffnungszeiten anpassen": ["Öffnungszeiten", "öffnungszeiten", "OEFFNUNGSZEITEN", "Oeff"],
    "Ärger an der Pforte": ["Ärger", "ärger", "AERGER", "aerger"],
    "Sperrung der Straße am Rathaus": [
        "Straße", "Strasse", "STRASSE", "STRAẞE", "straß", "Straẞe",
    ],
}


def test_umlauts_and_eszett_are_found_by_every_spelling(db: Database, world: World) -> None:
    with db.transaction() as s:
        ids = {title: _card(s, world, title) for title in SPELLINGS}
        # Near misses that must not match: the plain vowel is not the umlaut.
        for decoy in ("Mulde bestellen", "Offene Posten", "Arger Weg", "Strategie"):
            _card(s, world, decoy)
    wrong = {
        (title, q): _ids(db, q)
        for title, queries in SPELLINGS.items()
        for q in queries
        if _ids(db, q) != [ids[title]]
    }
    assert wrong == {}


def test_stored_ae_spelling_is_found_by_umlaut(db: Database, world: World) -> None:
    with db.transaction() as s:
        cid = _card(s, world, "Mueller anrufen")
    assert _ids(db, "Müller") == [cid]


def test_stored_ss_spelling_is_found_by_eszett(db: Database, world: World) -> None:
    with db.transaction() as s:
        cid = _card(s, world, "GROSSE Runde")
    assert _ids(db, "große") == [cid]


def test_decomposed_umlaut_in_a_title_is_found(db: Database, world: World) -> None:
    with db.transaction() as s:
        cid = _card(s, world, "Anfrage Mu\u0308ller")
    assert _ids(db, "Müller") == [cid]
    assert _ids(db, "Mueller") == [cid]


def test_search_ignores_case(db: Database, world: World) -> None:
    with db.transaction() as s:
        cid = _card(s, world, "Jobcenter Schnittstelle")
    assert _ids(db, "JOBCENTER") == _ids(db, "jobcenter") == _ids(db, "JoBcEnTeR") == [cid]


def test_word_prefix_finds_the_whole_word(db: Database, world: World) -> None:
    with db.transaction() as s:
        cid = _card(s, world, "Terminvergabe digitalisieren")
    assert _ids(db, "Termi") == [cid]
    assert _ids(db, "te") == [cid]
    assert _ids(db, "vergabe") == []  # prefixes only, not infixes


def test_several_words_must_all_occur(db: Database, world: World) -> None:
    with db.transaction() as s:
        both = _card(s, world, "Termin Jobcenter")
        _card(s, world, "Termin Beratung")
        _card(s, world, "Jobcenter Austausch")
        split = _card(s, world, "Termin", "mit dem Jobcenter")
    assert sorted(_ids(db, "termin jobcenter")) == sorted([both, split])
    assert _ids(db, "Termin Jobcenter Beratung") == []


def test_title_hit_ranks_above_description_above_comment(db: Database, world: World) -> None:
    # Stacked against the weighting: the word occurs once in a longer title, but twice in
    # short descriptions and comments. The column weights must still put the title first.
    word = "Fachkräfteeinwanderung"
    with db.transaction() as s:
        in_comment = _card(s, world, "Karte drei", "")
        s.add(Comment(card_id=in_comment, body=f"{word} {word}"))
        in_description = _card(s, world, "Karte zwei", f"{word} {word}")
        in_title = _card(s, world, f"Sammelthema {word} mit Partnern", "Etwas anderes")
    with db.session() as s:
        hits = search.search_cards(s, "fachkraefte")
    assert [h.card_id for h in hits] == [in_title, in_description, in_comment]
    assert hits[0].rank < hits[1].rank < hits[2].rank


def test_hits_carry_what_the_list_shows(db: Database, world: World) -> None:
    with db.transaction() as s:
        cid = _card(s, world, "Visum verlängern")
        number = s.get(Card, cid).number
    with db.session() as s:
        (hit,) = search.search_cards(s, "visum")
    assert (hit.card_id, hit.number, hit.title, hit.board_id, hit.site_id) == (
        cid, number, "Visum verlängern", world.board_id, world.site_id,
    )
    assert hit.board_name == "Team A"
    assert hit.archived is False


# ------------------------------------------------------------------ the index follows edits


def test_comments_are_indexed_and_followed(db: Database, world: World) -> None:
    with db.transaction() as s:
        cid = _card(s, world, "Kundengespräch")
    assert _ids(db, "Dolmetscher") == []

    with db.transaction() as s:
        comment = Comment(card_id=cid, body="Dolmetscher für Arabisch anfragen")
        s.add(comment)
        s.flush()
        comment_id = comment.id
    assert _ids(db, "Dolmetscher") == [cid]
    assert _ids(db, "arabisch") == [cid]

    with db.transaction() as s:
        s.get(Comment, comment_id).body = "Dolmetscherin für Farsi gebucht"
    assert _ids(db, "arabisch") == []
    assert _ids(db, "farsi") == [cid]

    with db.transaction() as s:
        s.delete(s.get(Comment, comment_id))
    assert _ids(db, "farsi") == []
    assert _ids(db, "Kundengespräch") == [cid]


def test_several_comments_of_one_card_are_all_searchable(db: Database, world: World) -> None:
    with db.transaction() as s:
        cid = _card(s, world, "Sammelkarte")
        s.add_all([Comment(card_id=cid, body="erster Hinweis"),
                   Comment(card_id=cid, body="zweiter Vermerk")])
    assert _ids(db, "Hinweis") == _ids(db, "Vermerk") == [cid]
    assert _ids(db, "Hinweis Vermerk") == [cid]


def test_comment_moved_to_another_card_leaves_the_first(db: Database, world: World) -> None:
    with db.transaction() as s:
        first = _card(s, world, "Erste Karte")
        second = _card(s, world, "Zweite Karte")
        comment = Comment(card_id=first, body="Wanderkommentar")
        s.add(comment)
        s.flush()
        comment_id = comment.id
    assert _ids(db, "Wanderkommentar") == [first]
    with db.transaction() as s:
        s.get(Comment, comment_id).card_id = second
    assert _ids(db, "Wanderkommentar") == [second]
    with db.transaction() as s:  # and back, through the relationship this time
        s.get(Comment, comment_id).card = s.get(Card, first)
    assert _ids(db, "Wanderkommentar") == [first]


def test_editing_a_card_updates_the_index(db: Database, world: World) -> None:
    with db.transaction() as s:
        cid = _card(s, world, "Wartezeit", "Telefonhotline")
    with db.transaction() as s:
        card = s.get(Card, cid)
        card.title = "Online-Termine"
        card.description = "Buchungsportal"
    assert _ids(db, "Wartezeit") == []
    assert _ids(db, "Telefonhotline") == []
    assert _ids(db, "online termine") == [cid]
    assert _ids(db, "Buchungsportal") == [cid]


def test_deleting_a_card_removes_it_from_the_index(db: Database, world: World) -> None:
    with db.transaction() as s:
        cid = _card(s, world, "Löschkandidat")
        s.add(Comment(card_id=cid, body="mit Kommentar"))
        keep = _card(s, world, "Löschen verboten")
    with db.transaction() as s:
        s.delete(s.get(Card, cid))
    assert _ids(db, "Löschkandidat") == []
    assert _ids(db, "Kommentar") == []
    assert _ids(db, "löschen") == [keep]
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT count(*) FROM card_fts WHERE card_id = :i"), {"i": cid})
        assert rows.scalar() == 0


def test_rolled_back_edit_leaves_the_index_as_it_was(db: Database, world: World) -> None:
    with db.transaction() as s:
        cid = _card(s, world, "Original")
    with pytest.raises(RuntimeError), db.transaction() as s:
        s.get(Card, cid).title = "Verworfen"
        s.flush()
        raise RuntimeError
    assert _ids(db, "Original") == [cid]
    assert _ids(db, "Verworfen") == []


# --------------------------------------------------------------------------- filters


def test_archived_cards_are_found_only_on_request(db: Database, world: World) -> None:
    with db.transaction() as s:
        live = _card(s, world, "Ausweis Ersatz")
        old = _card(s, world, "Ausweis verloren", archived=True)
    assert _ids(db, "Ausweis") == [live]
    assert sorted(_ids(db, "Ausweis", include_archived=True)) == sorted([live, old])
    with db.session() as s:
        archived = {h.card_id: h.archived for h in search.search_cards(
            s, "Ausweis", include_archived=True)}
    assert archived == {live: False, old: True}


def test_site_and_board_filters(db: Database) -> None:
    with db.transaction() as s:
        a = _make_board(s, "AAA", "Board A1")
        s.flush()
        a2_board = Board(site_id=a.site_id, name="Board A2")
        a2_col = BoardColumn(board=a2_board, name="Offen")
        s.add_all([a2_board, a2_col])
        s.flush()
        a2 = World(a.site_id, a2_board.id, a2_col.id)
        b = _make_board(s, "BBB", "Board B")
        in_a1 = _card(s, a, "Aufenthaltstitel")
        in_a2 = _card(s, a2, "Aufenthaltstitel")
        in_b = _card(s, b, "Aufenthaltstitel")
    assert sorted(_ids(db, "aufenthalt")) == sorted([in_a1, in_a2, in_b])
    assert sorted(_ids(db, "aufenthalt", site_id=a.site_id)) == sorted([in_a1, in_a2])
    assert _ids(db, "aufenthalt", site_id=b.site_id) == [in_b]
    assert _ids(db, "aufenthalt", board_id=a2.board_id) == [in_a2]
    assert _ids(db, "aufenthalt", site_id=b.site_id, board_id=a.board_id) == []


def test_limit_caps_the_number_of_hits(db: Database, world: World) -> None:
    with db.transaction() as s:
        for i in range(5):
            _card(s, world, f"Serienbrief {i}")
    assert len(_ids(db, "Serienbrief", limit=3)) == 3


# --------------------------------------------------------------------------- hostile queries


HOSTILE_QUERIES = [
    '"', '""', '"Termin', "Termin*", "*", "-Termin", "Termin -Jobcenter", "NEAR",
    "NEAR(Termin Jobcenter)", "Termin NEAR/2 Jobcenter", "(", ")", "(Termin", "AND", "OR",
    "NOT", "Termin AND", "AND Termin", "title:Termin", "card_id:1", "{title}: Termin",
    "^Termin", "Termin + Jobcenter", "Termin'; DROP TABLE cards; --", "\\", "\x00", "%_",
    "Termin OR Quatsch", "a" * 2000,
]


def test_fts_syntax_in_a_query_never_raises(db: Database, world: World) -> None:
    with db.transaction() as s:
        cid = _card(s, world, "Termin beim Jobcenter", "and or not near")
    results = {q: _ids(db, q) for q in HOSTILE_QUERIES}  # any exception fails the test
    assert {q: r for q, r in results.items() if r not in ([], [cid])} == {}
    # Operators are plain words to search for, not FTS syntax.
    for word in ("AND", "NEAR", "OR", "NOT", "NEAR(Termin Jobcenter)", "-Termin"):
        assert results[word] == [cid], word
    # "Termin OR Quatsch" means both words, and "Quatsch" does not occur.
    assert results["Termin OR Quatsch"] == []
    with db.session() as s:
        assert s.execute(text("SELECT count(*) FROM cards")).scalar() == 1


def test_query_without_words_finds_nothing(db: Database, world: World) -> None:
    with db.transaction() as s:
        _card(s, world, "Irgendwas")
    for query in ["", "   ", "\t\n", "!?.,;", "***", "-", '""']:
        assert _ids(db, query) == [], repr(query)


def test_match_expression_quotes_every_word() -> None:
    assert search.match_expression('Termin "NEAR" -x') == '"termin"* AND "near"* AND "x"*'
    assert search.match_expression("") is None


# --------------------------------------------------------------------------- repair


def test_rebuild_restores_a_cleared_index(db: Database, world: World) -> None:
    with db.transaction() as s:
        cid = _card(s, world, "Willkommenspaket")
        s.add(Comment(card_id=cid, body="Broschüre in Leichter Sprache"))
        other = _card(s, world, "Anderes Thema")
    with db.transaction() as s:
        sqlite_backend.fts_clear(s.connection())
    assert _ids(db, "Willkommenspaket") == []
    assert not check.run_check(db).ok

    with db.transaction() as s:
        assert search.rebuild(s.connection()) == 2
    assert _ids(db, "Willkommenspaket") == [cid]
    assert _ids(db, "broschuere") == [cid]
    assert _ids(db, "Thema") == [other]
    assert check.run_check(db).ok


def test_check_reports_an_incomplete_index(db: Database, world: World) -> None:
    with db.transaction() as s:
        cid = _card(s, world, "Eins")
        _card(s, world, "Zwei")
    assert check.run_check(db).problems == []
    with db.transaction() as s:
        sqlite_backend.fts_delete(s.connection(), [cid])
    report = check.run_check(db)
    assert not report.ok
    assert any("Suchindex unvollständig" in p and "1 von 2" in p for p in report.problems)


def test_reindex_cards_repairs_single_cards(db: Database, world: World) -> None:
    with db.transaction() as s:
        cid = _card(s, world, "Erstberatung")
        # A bulk writer bypassing the ORM leaves the index behind ...
        s.execute(text("UPDATE cards SET title = 'Folgeberatung' WHERE id = :i"), {"i": cid})
    assert _ids(db, "Folgeberatung") == []
    with db.transaction() as s:
        search.reindex_cards(s.connection(), [cid])  # ... and reindexes what it touched.
    assert _ids(db, "Folgeberatung") == [cid]
    assert _ids(db, "Erstberatung") == []


def test_index_rows_are_keyed_by_card_id_and_replaced_not_duplicated(db) -> None:  # noqa: ANN001
    from kimboard.core.ops import boards, cards, sites

    site = db.run(sites.create_site, "Amt", "AMT").value.id
    board = db.run(boards.create_board, site, "Board").value.id
    card = db.run(cards.create_card, board, "Erster Titel").value.id
    db.run(cards.update_card, card, title="Zweiter Titel")
    db.run(cards.add_comment, card, "Ein Kommentar")
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT rowid, card_id, title FROM card_fts")).all()
    assert rows == [(card, card, "zweiter titel")]
