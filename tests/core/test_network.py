"""The Landesnetzwerk overview, the goal-area and partner views from hand-built data, and the
life cycle of solution approaches.

Two offices: Musterstadt (local, Bezirksregierung Köln) built through the operations at fixed
times, and Beispielkreis (imported, Bezirksregierung Münster) written directly into the
database the way the bundle importer does it (``ALLOW_FOREIGN``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from kimboard.core import clock
from kimboard.core.bundle import adopt_solution
from kimboard.core.db import Database
from kimboard.core.errors import ValidationError
from kimboard.core.guard import ALLOW_FOREIGN
from kimboard.core.models import (
    ActionItem,
    Board,
    BoardColumn,
    GoalArea,
    Retrospective,
    Site,
    SolutionAdoption,
    SolutionApproach,
    SolutionStatusChange,
    Sprint,
)
from kimboard.core.network import goal_area_overview, network_overview, partner_overview
from kimboard.core.ops.boards import archive_board, create_board
from kimboard.core.ops.cards import archive_card, create_card, move_card, set_partners
from kimboard.core.ops.partners import archive_partner, create_partner
from kimboard.core.ops.retros import create_action, create_retro, set_phase, update_action
from kimboard.core.ops.sites import create_site
from kimboard.core.ops.solutions import (
    archive_solution,
    create_solution,
    set_solution_partners,
    set_solution_status,
)
from kimboard.core.ops.sprints import add_card_to_sprint, close_sprint, create_sprint, start_sprint

UTC = dt.UTC
KOELN = "Bezirksregierung Köln"
MUENSTER = "Bezirksregierung Münster"


def at(month: int, day: int, hour: int = 9) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, 0, tzinfo=UTC)


def do(when: dt.datetime, op: Any, *args: Any, **kwargs: Any) -> Any:
    with clock.frozen_at(when):
        return op(*args, **kwargs)


def goal(s: Session, key: str) -> int:
    return s.scalar(select(GoalArea.id).where(GoalArea.key == key))  # type: ignore[return-value]


class World:
    """The hand-built data; ids kept for the assertions."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self.mst = do(at(1, 5), create_site, s, "Ausländerbehörde Musterstadt", "ABH-MST",
                      KOELN).value
        self.build_mst()
        self.build_bsk()

    # ------------------------------------------------------------------ Musterstadt

    def build_mst(self) -> None:
        s, site = self.s, self.mst.id
        do(at(1, 5), create_board, s, site, "Servicepunkt", "kanban")
        old = do(at(1, 5), create_board, s, site, "Altes Board", "kanban").value
        do(at(1, 6), archive_board, s, old.id)
        scrum = do(at(1, 5), create_board, s, site, "KIM-Team", "scrum").value
        self.scrum_board = scrum.id
        board = s.get_one(Board, scrum.id)
        col = {c.kind: c.id for c in board.columns}
        self.col = col
        net, div = goal(s, "netzwerkpartner"), goal(s, "diversitaet")
        cards = {}
        for name, est, area in (("A1", 3, net), ("A2", 5, net), ("A3", 2, div), ("A4", 4, None)):
            cards[name] = do(at(1, 10), create_card, s, scrum.id, name, estimate=est,
                             goal_area_id=area).value.id
        self.cards = cards
        # Sprint 1: A1, A2, A3 committed (10 points); A1 and A2 done; goal reached.
        sp1 = do(at(1, 10), create_sprint, s, scrum.id, "Sprint 1", dt.date(2026, 1, 12),
                 dt.date(2026, 1, 23)).value.id
        for name in ("A1", "A2", "A3"):
            do(at(1, 10), add_card_to_sprint, s, cards[name], sp1)
        do(at(1, 12), start_sprint, s, sp1)
        do(at(1, 13), move_card, s, cards["A1"], col["done"])
        do(at(1, 14), move_card, s, cards["A2"], col["done"])
        do(at(1, 23, 16), close_sprint, s, sp1, unfinished="backlog", goal_reached=True)
        # Sprint 2: A3 again and A4 (6 points); only A4 done; goal not reached.
        sp2 = do(at(1, 24), create_sprint, s, scrum.id, "Sprint 2", dt.date(2026, 1, 26),
                 dt.date(2026, 2, 6)).value.id
        for name in ("A3", "A4"):
            do(at(1, 24), add_card_to_sprint, s, cards[name], sp2)
        do(at(1, 26), start_sprint, s, sp2)
        do(at(1, 28), move_card, s, cards["A4"], col["done"])
        do(at(2, 6, 16), close_sprint, s, sp2, unfinished="backlog", goal_reached=False)
        # Sprint 3: A3 (2 points), done; goal not judged.
        sp3 = do(at(2, 7), create_sprint, s, scrum.id, "Sprint 3", dt.date(2026, 2, 9),
                 dt.date(2026, 2, 20)).value.id
        do(at(2, 7), add_card_to_sprint, s, cards["A3"], sp3)
        do(at(2, 9), start_sprint, s, sp3)
        do(at(2, 10), move_card, s, cards["A3"], col["done"])
        do(at(2, 20, 16), close_sprint, s, sp3, unfinished="backlog")
        # A planned sprint does not count.
        do(at(2, 21), create_sprint, s, scrum.id, "Sprint 4", dt.date(2026, 2, 23),
           dt.date(2026, 3, 6))
        # Kanban cards for the goal-area view: one open, one archived from done (still done),
        # one archived while open (gone).
        kb = s.scalar(select(Board.id).where(Board.name == "Servicepunkt"))
        kcol = {c.kind: c.id for c in s.get_one(Board, kb).columns}
        self.k_open = do(at(2, 1), create_card, s, kb, "Offen", goal_area_id=net).value.id
        k_done = do(at(2, 1), create_card, s, kb, "Fertig archiviert",
                    goal_area_id=net).value.id
        do(at(2, 2), move_card, s, k_done, kcol["done"])
        do(at(2, 3), archive_card, s, k_done)
        k_gone = do(at(2, 1), create_card, s, kb, "Verworfen", goal_area_id=net).value.id
        do(at(2, 3), archive_card, s, k_gone)
        self.k_done, self.k_gone = k_done, k_gone

        # Retrospectives: r1 finished with 4 actions (2 done, 1 open, 1 dropped), one of them
        # judged in r2 (finished, no actions); r3 still running with a done action: not counted.
        r1 = do(at(1, 23), create_retro, s, site, "Retro 1", dt.date(2026, 1, 23),
                board_id=scrum.id).value.id
        acts = [do(at(1, 23), create_action, s, r1, text, goal_area_id=area).value.id
                for text, area in (("M1", net), ("M2", div), ("M3", None), ("M4", net))]
        do(at(1, 23), set_phase, s, r1, "finished")
        r2 = do(at(2, 6), create_retro, s, site, "Retro 2", dt.date(2026, 2, 6)).value.id
        do(at(2, 6), set_phase, s, r2, "finished")
        do(at(2, 1), update_action, s, acts[0], status="done")
        do(at(2, 6), update_action, s, acts[0], outcome="effective", reviewed_in_retro_id=r2)
        do(at(2, 1), update_action, s, acts[1], status="done")
        do(at(2, 1), update_action, s, acts[3], status="dropped")
        r3 = do(at(2, 20), create_retro, s, site, "Retro 3", dt.date(2026, 2, 20)).value.id
        a5 = do(at(2, 20), create_action, s, r3, "M5", goal_area_id=div).value.id
        do(at(2, 21), update_action, s, a5, status="done")
        self.actions = acts

        # Solution approaches: an idea, one in practice, one archived (not counted).
        self.idea = do(at(2, 1), create_solution, s, site, "Idee ohne Bereich").value.id
        self.practice = do(at(2, 1), create_solution, s, site, "Sprechstunde Jobcenter",
                           goal_area_id=net).value.id
        do(at(2, 2), set_solution_status, s, self.practice, "trial")
        do(at(2, 9), set_solution_status, s, self.practice, "practice")
        gone = do(at(2, 1), create_solution, s, site, "Verworfen", goal_area_id=div).value.id
        do(at(2, 2), archive_solution, s, gone)

        # Partners: the Jobcenter on two cards and one approach; an archived partner.
        self.jc = do(at(1, 5), create_partner, s, site, "Jobcenter Musterstadt", "jobcenter",
                     "Team Markt und Integration", "poststelle@jobcenter.example").value.id
        old_partner = do(at(1, 5), create_partner, s, site, "Alte Beratung", "beratungsstelle"
                         ).value.id
        do(at(1, 6), archive_partner, s, old_partner)
        do(at(2, 1), set_partners, s, cards["A1"], [self.jc])
        do(at(2, 1), set_partners, s, self.k_open, [self.jc])
        do(at(2, 1), set_solution_partners, s, self.practice, [self.jc])

    # ------------------------------------------------------------------ Beispielkreis

    def build_bsk(self) -> None:
        """An imported office, written directly as the bundle importer does."""
        s = self.s
        s.info[ALLOW_FOREIGN] = True
        try:
            uid = "7b0f3c1e-0000-4000-8000-000000000001"
            site = Site(uuid=uid, origin_site_uuid=uid, name="Ausländerbehörde Beispielkreis",
                        short_code="ABH-BSK", region=MUENSTER, is_local=False)
            s.add(site)
            s.flush()
            board = Board(site_id=site.id, name="Team BSK", mode="scrum", origin_site_uuid=uid)
            board.columns = [BoardColumn(name=n, kind=k, position=i, origin_site_uuid=uid)
                             for i, (n, k) in enumerate((("Backlog", "backlog"),
                                                         ("Erledigt", "done")))]
            s.add(board)
            s.flush()
            s.add(Sprint(board_id=board.id, name="S1", start_date=dt.date(2026, 1, 5),
                         end_date=dt.date(2026, 1, 16), state="closed",
                         started_at=at(1, 5), closed_at=at(1, 16), goal_reached=True,
                         origin_site_uuid=uid))
            retro = Retrospective(site_id=site.id, title="Retro BSK",
                                  held_on=dt.date(2026, 1, 16), phase="finished",
                                  origin_site_uuid=uid)
            s.add(retro)
            s.flush()
            for text, status in (("B1", "done"), ("B2", "open")):
                s.add(ActionItem(site_id=site.id, retro_id=retro.id, text=text, status=status,
                                 origin_site_uuid=uid))
            approach = SolutionApproach(
                site_id=site.id, title="Mehrsprachige Checklisten", status="trial",
                goal_area_id=goal(s, "herausforderungen"), origin_site_uuid=uid)
            approach.status_changes = [
                SolutionStatusChange(from_status=None, to_status="idea", at=at(1, 5),
                                     origin_site_uuid=uid),
                SolutionStatusChange(from_status="idea", to_status="trial", at=at(1, 12),
                                     origin_site_uuid=uid)]
            s.add(approach)
            s.flush()
        finally:
            s.info.pop(ALLOW_FOREIGN, None)
        self.bsk = site
        self.bsk_approach = approach.id
        # Musterstadt takes the approach over ("Übernehmen"): a copy in trial and the record.
        self.copy = do(at(2, 15), adopt_solution, s, approach.id, self.mst.id,
                       "Für den Servicepunkt").value.id


@pytest.fixture
def s(db: Database) -> Iterator[Session]:
    with db.transaction() as session:
        yield session


@pytest.fixture
def world(s: Session) -> World:
    return World(s)


def office(overview: dict[str, Any], code: str) -> dict[str, Any]:
    return next(o for o in overview["offices"] if o["short_code"] == code)


# --------------------------------------------------------------------------- overview


def test_overview_figures_of_the_local_office(world: World) -> None:
    with clock.frozen_at(at(3, 1)):
        overview = network_overview(world.s)
    json.dumps(overview)
    mst = office(overview, "ABH-MST")
    assert (mst["uuid"], mst["name"], mst["region"], mst["is_local"]) == (
        world.mst.uuid, "Ausländerbehörde Musterstadt", KOELN, True)
    assert mst["boards"] == {"count": 2, "archived": 1, "by_mode": {"kanban": 1, "scrum": 1}}
    # Completed per closed sprint 8, 4, 2 points (2, 1, 1 cards) of 10, 6, 2 committed.
    assert mst["sprints"] == {
        "closed": 3, "measured": 3, "average_velocity_points": 4.67,
        "average_velocity_cards": 1.33, "committed_points": 18.0, "completed_points": 14.0,
        "completion_rate": 0.7778, "goal_judged": 2, "goal_reached": 1,
        "goal_reached_rate": 0.5,
    }
    # Finished retros only: M1 done (judged), M2 done, M3 open, M4 dropped; M5 not counted.
    assert mst["actions"] == {
        "finished_retros": 2, "total": 4, "open": 1, "done": 2, "dropped": 1,
        "follow_up_rate": 0.5, "reviewed": 1, "reviewed_share": 0.25,
    }
    # The idea, the one in practice and the adopted copy (in trial); the archived one not.
    assert mst["solutions"] == {
        "total": 3, "by_status": {"idea": 1, "trial": 1, "practice": 1, "transferred": 0},
        "by_goal_area": {"none": 1, "netzwerkpartner": 1, "herausforderungen": 1},
        "adopted_by_others": 0, "adopted_from_others": 1,
    }


def test_overview_figures_of_the_imported_office_and_the_transfer(world: World) -> None:
    overview = network_overview(world.s)
    bsk = office(overview, "ABH-BSK")
    assert bsk["is_local"] is False
    assert bsk["boards"]["by_mode"] == {"kanban": 0, "scrum": 1}
    # A closed sprint without commitment: measured, 0 points, nothing committed.
    assert bsk["sprints"]["closed"] == 1
    assert bsk["sprints"]["average_velocity_points"] == 0.0
    assert bsk["sprints"]["completion_rate"] is None
    assert bsk["sprints"]["goal_reached_rate"] == 1.0
    assert (bsk["actions"]["follow_up_rate"], bsk["actions"]["reviewed_share"]) == (0.5, 0.0)
    assert bsk["solutions"]["by_status"]["trial"] == 1
    assert (bsk["solutions"]["adopted_by_others"], bsk["solutions"]["adopted_from_others"]) \
        == (1, 0)
    [transfer] = overview["transfers"]
    assert transfer["approach"]["title"] == "Mehrsprachige Checklisten"
    assert transfer["approach"]["goal_area"] == "herausforderungen"
    assert transfer["origin"]["short_code"] == "ABH-BSK"
    assert [(a["uuid"], a["name"], a["known"], a["adopted_on"], a["note"])
            for a in transfer["adopters"]] == [
        (world.mst.uuid, "Ausländerbehörde Musterstadt", True, "2026-02-15",
         "Für den Servicepunkt")]
    assert overview["regions"] == [KOELN, MUENSTER]
    assert overview["totals"]["offices"] == 2
    assert overview["totals"]["imported_offices"] == 1
    assert overview["totals"]["adoptions"] == 1
    assert overview["totals"]["follow_up_rate"] == 0.5  # (2 + 1) / (4 + 2)
    assert overview["board_transfers"] == []


def test_region_filter_keeps_transfers_that_touch_the_region(world: World) -> None:
    koeln = network_overview(world.s, region=KOELN)
    assert [o["short_code"] for o in koeln["offices"]] == ["ABH-MST"]
    assert len(koeln["transfers"]) == 1  # the adopter is in Köln
    muenster = network_overview(world.s, region=MUENSTER)
    assert [o["short_code"] for o in muenster["offices"]] == ["ABH-BSK"]
    assert len(muenster["transfers"]) == 1  # the origin is in Münster
    elsewhere = network_overview(world.s, region="Bezirksregierung Detmold")
    assert (elsewhere["offices"], elsewhere["transfers"]) == ([], [])
    assert elsewhere["regions"] == [KOELN, MUENSTER]  # the filter's choices stay complete


def test_adoption_of_an_office_not_in_this_database_keeps_its_name(world: World) -> None:
    world.s.add(SolutionAdoption(approach_id=world.practice,
                                 adopting_site_uuid="7b0f3c1e-0000-4000-8000-0000000000ff",
                                 adopting_site_name="Ausländerbehörde Fernstadt",
                                 adopted_on=dt.date(2026, 2, 20)))
    world.s.flush()
    overview = network_overview(world.s)
    transfer = next(t for t in overview["transfers"]
                    if t["approach"]["title"] == "Sprechstunde Jobcenter")
    assert [(a["name"], a["known"], a["region"]) for a in transfer["adopters"]] == [
        ("Ausländerbehörde Fernstadt", False, "")]
    assert office(overview, "ABH-MST")["solutions"]["adopted_by_others"] == 1


def test_empty_database_gives_an_empty_overview(s: Session) -> None:
    overview = network_overview(s)
    assert overview["offices"] == [] and overview["transfers"] == []
    assert overview["totals"]["follow_up_rate"] is None
    assert [g["key"] for g in overview["goal_areas"]][:2] == ["selbstverstaendnis",
                                                              "netzwerkpartner"]


# --------------------------------------------------------------------------- goal areas


def test_goal_area_overview(world: World) -> None:
    data = goal_area_overview(world.s, world.mst.id)
    json.dumps(data)
    assert len(data["areas"]) == 7
    net = next(a for a in data["areas"] if a["key"] == "netzwerkpartner")
    # Scrum A1, A2 (done); Kanban "Offen" (open) and "Fertig archiviert" (archived from done).
    assert (net["cards"]["open"], net["cards"]["done"]) == (1, 3)
    assert "Verworfen" not in {c["title"] for c in net["cards"]["items"]}
    assert net["approaches"]["total"] == 1
    assert net["approaches"]["by_status"]["practice"] == 1
    assert (net["actions"]["total"], net["actions"]["done"], net["actions"]["dropped"]) == (
        2, 1, 1)
    div = next(a for a in data["areas"] if a["key"] == "diversitaet")
    assert (div["cards"]["open"], div["cards"]["done"]) == (0, 1)  # A3
    assert div["approaches"]["total"] == 0  # the archived one is left out
    assert div["actions"]["total"] == 2  # M2 and M5 (every action, finished retro or not)
    assert data["unassigned"] == {"cards": {"open": 0, "done": 1}, "approaches": 1,
                                  "actions": 1}


def test_partner_overview(world: World) -> None:
    data = partner_overview(world.s, world.mst.id)
    json.dumps(data)
    by_name = {p["name"]: p for p in data["partners"]}
    jc = by_name["Jobcenter Musterstadt"]
    assert (jc["kind"], jc["contact_role"], jc["mailbox"]) == (
        "jobcenter", "Team Markt und Integration", "poststelle@jobcenter.example")
    assert (jc["cards"]["open"], jc["cards"]["done"]) == (1, 1)
    assert sorted(c["title"] for c in jc["cards"]["items"]) == ["A1", "Offen"]
    assert [a["title"] for a in jc["approaches"]] == ["Sprechstunde Jobcenter"]
    assert jc["goal_areas"] == {"netzwerkpartner": 3}
    assert by_name["Alte Beratung"]["archived"] is True


# --------------------------------------------------------------------------- life cycle


def test_status_life_cycle_with_history_and_the_overview_follows(world: World) -> None:
    s = world.s
    idea = world.idea
    for when, status, note in ((at(3, 1), "trial", "Test im Servicepunkt"),
                               (at(3, 15), "practice", "Bewährt"),
                               (at(4, 1), "transferred", "Lindenau übernimmt"),
                               (at(4, 2), "practice", "Doch noch nicht übergeben")):
        do(when, set_solution_status, s, idea, status, note)
    approach = s.get_one(SolutionApproach, idea)
    assert approach.status == "practice"
    assert [(c.from_status, c.to_status, c.note) for c in approach.status_changes] == [
        (None, "idea", ""), ("idea", "trial", "Test im Servicepunkt"),
        ("trial", "practice", "Bewährt"), ("practice", "transferred", "Lindenau übernimmt"),
        ("transferred", "practice", "Doch noch nicht übergeben")]
    assert [c.at for c in approach.status_changes][1:] == [at(3, 1), at(3, 15), at(4, 1),
                                                           at(4, 2)]
    with pytest.raises(ValidationError, match="schon im Status"):
        set_solution_status(s, idea, "practice")
    with pytest.raises(ValidationError, match="kein Status"):
        set_solution_status(s, idea, "done")
    by_status = office(network_overview(s), "ABH-MST")["solutions"]["by_status"]
    assert by_status == {"idea": 0, "trial": 1, "practice": 2, "transferred": 0}


def test_adopted_copy_starts_in_trial_and_names_its_origin(world: World) -> None:
    copy = world.s.get_one(SolutionApproach, world.copy)
    assert (copy.site_id, copy.status, copy.origin_site_uuid) == (
        world.mst.id, "trial", world.mst.uuid)
    [step] = copy.status_changes
    assert step.to_status == "trial"
    assert step.note.startswith("Übernommen von Ausländerbehörde Beispielkreis")
    with pytest.raises(ValidationError, match="schon übernommen"):
        adopt_solution(world.s, world.bsk_approach, world.mst.id)


def test_board_adoptions_are_listed_apart(world: World) -> None:
    from kimboard.core.bundle import adopt_board

    board_id = world.s.scalar(select(Board.id).where(Board.name == "Team BSK"))
    do(at(2, 16), adopt_board, world.s, board_id, world.mst.id, "Als Vorlage")
    overview = network_overview(world.s)
    [transfer] = overview["board_transfers"]
    assert (transfer["board"]["name"], transfer["origin"]["short_code"]) == ("Team BSK",
                                                                            "ABH-BSK")
    assert [(a["short_code"], a["adopted_on"], a["note"]) for a in transfer["adopters"]] == [
        ("ABH-MST", "2026-02-16", "Als Vorlage")]
    assert overview["totals"]["board_adoptions"] == 1
    assert office(overview, "ABH-MST")["boards"]["by_mode"]["scrum"] == 2  # the copy
