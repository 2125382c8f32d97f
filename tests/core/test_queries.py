"""Read-only queries: counts per site, listings, and turning what a person types into a row."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

import pytest
from sqlalchemy import event, select

from kimboard.core import queries
from kimboard.core.clock import utcnow
from kimboard.core.db import Database
from kimboard.core.errors import Ambiguous, KimboardError, NotFound
from kimboard.core.guard import ALLOW_FOREIGN
from kimboard.core.models import (
    ActionItem,
    Board,
    BoardColumn,
    Card,
    GoalArea,
    Member,
    Partner,
    RetroItem,
    Retrospective,
    Site,
    SolutionApproach,
    Sprint,
)


@pytest.fixture
def data(db: Database) -> dict[str, Any]:
    """Two offices with different amounts of everything, and one empty office."""
    with db.transaction() as s:
        s.info[ALLOW_FOREIGN] = True  # "ABH Bonn" came in a bundle, as the importer would write
        goal = s.scalar(select(GoalArea).where(GoalArea.key == "netzwerkpartner"))
        koeln = Site(name="ABH Köln", short_code="K", region="Köln")
        bonn = Site(name="ABH Bonn", short_code="BN", region="Köln", is_local=False)
        leer = Site(name="ABH Leer", short_code="LER", archived_at=utcnow())
        s.add_all([koeln, bonn, leer])
        s.flush()
        s.add_all([
            Member(site_id=koeln.id, display_name="Anna", role="Teamleitung"),
            Member(site_id=koeln.id, display_name="Ben"),
            Member(site_id=bonn.id, display_name="Anna"),
        ])
        team = Board(site_id=koeln.id, name="Team Aufenthalt", mode="scrum")
        einb = Board(site_id=koeln.id, name="Einbürgerung", archived_at=utcnow())
        bonn_board = Board(site_id=bonn.id, name="Team Aufenthalt")
        s.add_all([team, einb, bonn_board])
        s.flush()
        cols: dict[int, list[BoardColumn]] = {}
        for board in (team, einb, bonn_board):
            cols[board.id] = [
                BoardColumn(board_id=board.id, name=n, position=i, kind=k)
                for i, (n, k) in enumerate((("Offen", "todo"), ("In Arbeit", "in_progress"),
                                            ("Erledigt", "done")))
            ]
            s.add_all(cols[board.id])
        s.flush()
        sprint = Sprint(board_id=team.id, name="Sprint 1", goal="Terminvergabe entlasten",
                        start_date=dt.date(2024, 3, 4), end_date=dt.date(2024, 3, 15),
                        state="closed")
        sprint2 = Sprint(board_id=team.id, name="Sprint 2", start_date=dt.date(2024, 3, 18),
                         end_date=dt.date(2024, 3, 29), state="active")
        s.add_all([sprint, sprint2])
        s.flush()
        # Köln "Team Aufenthalt": 4 cards, one archived; Einbürgerung: 1; Bonn: 2.
        specs = [(team, "Wartezeiten messen", None), (team, "Online-Termine", None),
                 (team, "Checkliste Fiktionsbescheinigung", None), (team, "Altlast", utcnow()),
                 (einb, "Einbürgerungsfeier", None),
                 (bonn_board, "Jobcenter-Runde", None), (bonn_board, "Wartezeiten senken", None)]
        for number, (board, title, archived) in enumerate(specs, start=1):
            s.add(Card(board_id=board.id, column_id=cols[board.id][0].id, order_key=f"a{number}",
                       number=number, title=title, archived_at=archived,
                       sprint_id=sprint.id if board is team else None))
        retro = Retrospective(site_id=koeln.id, board_id=team.id, sprint_id=sprint.id,
                              title="Retro Sprint 1", held_on=dt.date(2024, 3, 15),
                              phase="finished", anonymous=True)
        free_retro = Retrospective(site_id=koeln.id, title="Jahresrückblick",
                                   held_on=dt.date(2023, 12, 12), anonymous=False)
        bonn_retro = Retrospective(site_id=bonn.id, title="Retro Sprint 1",
                                   held_on=dt.date(2024, 3, 20))
        s.add_all([retro, free_retro, bonn_retro])
        s.flush()
        s.add_all([RetroItem(retro_id=retro.id, text=t) for t in ("gut", "schlecht", "Idee")])
        s.add(RetroItem(retro_id=bonn_retro.id, text="Kaffee"))
        s.add_all([
            ActionItem(site_id=koeln.id, retro_id=retro.id, text="Aushang ändern"),
            ActionItem(site_id=koeln.id, text="Ohne Retro"),
        ])
        s.add_all([
            SolutionApproach(site_id=koeln.id, title="Terminbuchung online", status="practice",
                             goal_area_id=goal.id if goal else None),
            SolutionApproach(site_id=bonn.id, title="Lotsenprojekt"),
        ])
        s.add_all([
            Partner(site_id=koeln.id, name="Jobcenter Köln", kind="jobcenter",
                    contact_role="Teamleitung Markt & Integration",
                    mailbox="integration@jobcenter.example"),
            Partner(site_id=koeln.id, name="KI Köln", kind="kommunales_integrationszentrum"),
            Partner(site_id=bonn.id, name="Agentur für Arbeit Bonn",
                    kind="agentur_fuer_arbeit"),
        ])
        s.flush()
        ids = {
            "koeln": (koeln.id, koeln.uuid), "bonn": (bonn.id, bonn.uuid),
            "leer": (leer.id, leer.uuid), "team": (team.id, team.uuid),
            "einb": (einb.id, einb.uuid), "bonn_board": (bonn_board.id, bonn_board.uuid),
            "sprint": (sprint.id, sprint.uuid), "retro": (retro.id, retro.uuid),
            "bonn_retro": (bonn_retro.id, bonn_retro.uuid),
        }
    return ids


# --------------------------------------------------------------------------- stats


def test_stats_of_an_empty_database_are_all_zero(db: Database) -> None:
    with db.session() as s:
        result = queries.stats(s)
    assert set(result) == set(queries.STAT_KEYS) | {"by_site"}
    assert all(result[k] == 0 for k in queries.STAT_KEYS)
    assert result["by_site"] == {}


def test_stats_count_everything_including_archived(db: Database, data: dict[str, Any]) -> None:
    with db.session() as s:
        result = queries.stats(s)
    assert {k: result[k] for k in queries.STAT_KEYS} == {
        "sites": 3, "members": 3, "boards": 3, "columns": 9, "cards": 7, "sprints": 2,
        "retrospectives": 3, "retro_items": 4, "action_items": 2, "solution_approaches": 2,
        "partners": 3,
    }


def test_stats_by_site_split_the_totals(db: Database, data: dict[str, Any]) -> None:
    with db.session() as s:
        result = queries.stats(s)
    by_site = result["by_site"]
    assert set(by_site) == {data["koeln"][1], data["bonn"][1], data["leer"][1]}
    assert by_site[data["koeln"][1]] == {
        "name": "ABH Köln", "members": 2, "boards": 2, "columns": 6, "cards": 5, "sprints": 2,
        "retrospectives": 2, "retro_items": 3, "action_items": 2, "solution_approaches": 1,
        "partners": 2,
    }
    assert by_site[data["bonn"][1]] == {
        "name": "ABH Bonn", "members": 1, "boards": 1, "columns": 3, "cards": 2, "sprints": 0,
        "retrospectives": 1, "retro_items": 1, "action_items": 0, "solution_approaches": 1,
        "partners": 1,
    }
    empty = by_site[data["leer"][1]]
    assert empty["name"] == "ABH Leer"
    assert all(v == 0 for k, v in empty.items() if k != "name")
    for key in queries.STAT_KEYS:
        if key != "sites":
            assert sum(e[key] for e in by_site.values()) == result[key]
    json.dumps(result)  # plain values only


def test_stats_use_a_fixed_number_of_queries(db: Database, data: dict[str, Any]) -> None:
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(str(args[2]))

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        with db.session() as s:
            queries.stats(s)
        few = len(statements)
        with db.transaction() as s:
            s.add_all([Site(name=f"ABH {i}", short_code=f"X{i}") for i in range(10)])
        statements.clear()
        with db.session() as s:
            queries.stats(s)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert len(statements) == few
    assert few <= 15


# --------------------------------------------------------------------------- list_rows


def test_every_kind_lists_rows_with_uuid_and_name(db: Database, data: dict[str, Any]) -> None:
    with db.session() as s:
        for kind in queries.LIST_KINDS:
            rows = queries.list_rows(s, kind)
            assert rows, kind
            for row in rows:
                assert {"uuid", "name"} <= set(row), kind
            json.dumps(rows)


def test_sites_rows(db: Database, data: dict[str, Any]) -> None:
    with db.session() as s:
        rows = queries.list_rows(s, "sites")
    assert [r["name"] for r in rows] == ["ABH Bonn", "ABH Köln", "ABH Leer"]
    bonn, koeln, leer = rows
    assert koeln == {"uuid": data["koeln"][1], "name": "ABH Köln", "short_code": "K",
                     "region": "Köln", "is_local": True, "archived": False}
    assert bonn["is_local"] is False
    assert leer["archived"] is True


def test_boards_rows_count_cards_and_name_their_site(db: Database, data: dict[str, Any]) -> None:
    with db.session() as s:
        rows = queries.list_rows(s, "boards")
    assert [(r["site_code"], r["name"]) for r in rows] == [
        ("BN", "Team Aufenthalt"), ("K", "Einbürgerung"), ("K", "Team Aufenthalt")
    ]
    team = rows[2]
    assert team["uuid"] == data["team"][1]
    assert team["site"] == data["koeln"][1]
    assert team["mode"] == "scrum"
    assert team["archived"] is False
    assert (team["cards"], team["archived_cards"]) == (3, 1)
    assert rows[1]["archived"] is True
    assert rows[1]["cards"] == 1


def test_sprints_rows(db: Database, data: dict[str, Any]) -> None:
    with db.session() as s:
        rows = queries.list_rows(s, "sprints")
    assert [r["name"] for r in rows] == ["Sprint 1", "Sprint 2"]
    first = rows[0]
    assert first["uuid"] == data["sprint"][1]
    assert first["board"] == data["team"][1]
    assert first["board_name"] == "Team Aufenthalt"
    assert (first["state"], first["start"], first["end"]) == ("closed", "2024-03-04",
                                                              "2024-03-15")
    assert first["goal"] == "Terminvergabe entlasten"


def test_retros_rows_have_title_and_name(db: Database, data: dict[str, Any]) -> None:
    with db.session() as s:
        rows = queries.list_rows(s, "retros")
    assert [(r["site_code"], r["date"]) for r in rows] == [
        ("BN", "2024-03-20"), ("K", "2023-12-12"), ("K", "2024-03-15")
    ]
    free, retro = rows[1], rows[2]
    assert retro["title"] == retro["name"] == "Retro Sprint 1"
    assert retro["board"] == data["team"][1]
    assert retro["sprint"] == data["sprint"][1]
    assert (retro["phase"], retro["anonymous"]) == ("finished", True)
    assert free["board"] is None and free["sprint"] is None
    assert free["anonymous"] is False


def test_solutions_and_partners_rows(db: Database, data: dict[str, Any]) -> None:
    with db.session() as s:
        solutions = queries.list_rows(s, "solutions", site_id=data["koeln"][0])
        partners = queries.list_rows(s, "partners")
    assert len(solutions) == 1
    sol = solutions[0]
    assert sol["title"] == sol["name"] == "Terminbuchung online"
    assert (sol["status"], sol["goal_area"], sol["site"]) == (
        "practice", "netzwerkpartner", data["koeln"][1])
    assert [p["name"] for p in partners] == ["Agentur für Arbeit Bonn", "Jobcenter Köln",
                                             "KI Köln"]
    jc = partners[1]
    assert (jc["kind"], jc["contact_role"], jc["mailbox"], jc["site"]) == (
        "jobcenter", "Teamleitung Markt & Integration", "integration@jobcenter.example",
        data["koeln"][1])


def test_rows_of_one_site_only(db: Database, data: dict[str, Any]) -> None:
    bonn_id, bonn_uuid = data["bonn"]
    with db.session() as s:
        for kind in queries.LIST_KINDS:
            rows = queries.list_rows(s, kind, site_id=bonn_id)
            if kind == "sites":
                assert [r["uuid"] for r in rows] == [bonn_uuid]
            elif kind == "sprints":
                assert rows == []
            else:
                assert rows and all(r["site"] == bonn_uuid for r in rows), kind


def test_unknown_kind_is_a_user_error(db: Database) -> None:
    with db.session() as s, pytest.raises(KimboardError, match="Unbekannte Art"):
        queries.list_rows(s, "cards")


# --------------------------------------------------------------------------- resolvers


def test_resolve_site_by_uuid_short_code_and_name(db: Database, data: dict[str, Any]) -> None:
    koeln_id, koeln_uuid = data["koeln"]
    with db.session() as s:
        for ref in (koeln_uuid, koeln_uuid.upper(), "K", "ABH Köln", " ABH Köln ", "abh köln"):
            site = queries.resolve_site(s, ref)
            assert (site.id, site.uuid, site.short_code) == (koeln_id, koeln_uuid, "K"), ref
        assert queries.resolve_site(s, "bn").id == data["bonn"][0]
    assert dataclasses.is_dataclass(site)
    with pytest.raises(dataclasses.FrozenInstanceError):
        site.name = "x"  # type: ignore[misc]


def test_resolve_site_not_found_says_so_in_german(db: Database, data: dict[str, Any]) -> None:
    with db.session() as s, pytest.raises(NotFound) as err:
        queries.resolve_site(s, "Dortmund")
    assert str(err.value) == "Keine Dienststelle „Dortmund“ gefunden."


def test_exact_spelling_beats_case_insensitive_match(db: Database) -> None:
    with db.transaction() as s:
        s.add_all([Site(name="ABH Kreis", short_code="KR1"), Site(name="ABH KREIS",
                                                                    short_code="KR2")])
    with db.session() as s:
        assert queries.resolve_site(s, "ABH KREIS").short_code == "KR2"
        assert queries.resolve_site(s, "ABH Kreis").short_code == "KR1"
        with pytest.raises(Ambiguous) as err:
            queries.resolve_site(s, "abh kreis")
    msg = str(err.value)
    assert msg.startswith("„abh kreis“ ist mehrdeutig: ")
    assert msg.endswith("Bitte die UUID angeben.")
    assert "KR1" in msg and "KR2" in msg


def test_short_code_beats_another_sites_name(db: Database) -> None:
    with db.transaction() as s:
        s.add_all([Site(name="Essen", short_code="E"), Site(name="E", short_code="ABH-E2")])
    with db.session() as s:
        assert queries.resolve_site(s, "E").name == "Essen"


def test_two_sites_with_the_same_name_are_ambiguous(db: Database) -> None:
    with db.transaction() as s:
        a = Site(name="Ausländerbehörde", short_code="A1")
        b = Site(name="Ausländerbehörde", short_code="A2")
        s.add_all([a, b])
        s.flush()
        uuids = (a.uuid, b.uuid)
    with db.session() as s:
        with pytest.raises(Ambiguous) as err:
            queries.resolve_site(s, "Ausländerbehörde")
        assert all(u in str(err.value) for u in uuids)
        assert queries.resolve_site(s, uuids[1]).short_code == "A2"


def test_resolve_board_within_a_site(db: Database, data: dict[str, Any]) -> None:
    with db.session() as s:
        with pytest.raises(Ambiguous, match="Bitte die UUID angeben"):
            queries.resolve_board(s, "Team Aufenthalt")
        board = queries.resolve_board(s, "Team Aufenthalt", site_id=data["bonn"][0])
        assert (board.id, board.uuid, board.site_id) == (*data["bonn_board"], data["bonn"][0])
        assert queries.resolve_board(s, data["team"][1]).id == data["team"][0]
        assert queries.resolve_board(s, "Einbürgerung").id == data["einb"][0]
        with pytest.raises(NotFound) as err:
            queries.resolve_board(s, "Einbürgerung", site_id=data["bonn"][0])
    assert str(err.value) == "Kein Board „Einbürgerung“ in der Dienststelle „ABH Bonn“ gefunden."


def test_resolve_sprint(db: Database, data: dict[str, Any]) -> None:
    with db.session() as s:
        sprint = queries.resolve_sprint(s, "Sprint 1", board_id=data["team"][0])
        assert (sprint.id, sprint.uuid, sprint.board_id) == (*data["sprint"], data["team"][0])
        assert queries.resolve_sprint(s, data["sprint"][1]).name == "Sprint 1"
        with pytest.raises(NotFound, match="Kein Sprint „Sprint 1“"):
            queries.resolve_sprint(s, "Sprint 1", board_id=data["bonn_board"][0])


def test_resolve_member_only_within_its_site(db: Database, data: dict[str, Any]) -> None:
    with db.session() as s:
        anna_k = queries.resolve_member(s, "Anna", data["koeln"][0])
        anna_b = queries.resolve_member(s, "Anna", data["bonn"][0])
        assert anna_k.id != anna_b.id
        assert anna_k.site_id == data["koeln"][0]
        assert queries.resolve_member(s, anna_b.uuid, data["bonn"][0]).id == anna_b.id
        with pytest.raises(NotFound, match="Keine Person „Ben“ in der Dienststelle „ABH Bonn“"):
            queries.resolve_member(s, "Ben", data["bonn"][0])
        # A member's UUID does not reach into another site.
        with pytest.raises(NotFound):
            queries.resolve_member(s, anna_b.uuid, data["koeln"][0])


def test_resolve_retro_by_title_and_uuid(db: Database, data: dict[str, Any]) -> None:
    with db.session() as s:
        with pytest.raises(Ambiguous) as err:
            queries.resolve_retro(s, "Retro Sprint 1")
        assert "15.03.2024" in str(err.value) and "20.03.2024" in str(err.value)
        retro = queries.resolve_retro(s, "Retro Sprint 1", site_id=data["koeln"][0])
        assert (retro.id, retro.uuid) == data["retro"]
        assert retro.title == retro.name == "Retro Sprint 1"
        assert queries.resolve_retro(s, data["bonn_retro"][1]).site_id == data["bonn"][0]
        with pytest.raises(NotFound, match="Keine Retrospektive „Nix“ gefunden"):
            queries.resolve_retro(s, "Nix")


def test_empty_reference_is_a_user_error(db: Database, data: dict[str, Any]) -> None:
    with db.session() as s, pytest.raises(KimboardError):
        queries.resolve_site(s, "  ")


# --------------------------------------------------------------------------- search


def test_search_reports_uuids_not_database_ids(db: Database, data: dict[str, Any]) -> None:
    with db.session() as s:
        hits = queries.search(s, "wartezeiten")
        archived = queries.search(s, "altlast", include_archived=True)
        only_bonn = queries.search(s, "wartezeiten", site_id=data["bonn"][0])
    assert {h["board"] for h in hits} == {data["team"][1], data["bonn_board"][1]}
    assert {h["site"] for h in hits} == {data["koeln"][1], data["bonn"][1]}
    assert set(hits[0]) == {"uuid", "number", "title", "board", "board_name", "site", "rank",
                            "archived"}
    assert [h["title"] for h in only_bonn] == ["Wartezeiten senken"]
    assert [h["archived"] for h in archived] == [True]
    json.dumps(hits)
