"""The library's read side and approaches that grow out of a card or an action item."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from kimboard.core.db import Database
from kimboard.core.errors import ConflictError, ValidationError
from kimboard.core.models import GoalArea, SolutionApproach, SolutionLink
from kimboard.core.ops.boards import create_board
from kimboard.core.ops.cards import create_card, set_partners
from kimboard.core.ops.partners import create_partner
from kimboard.core.ops.retros import action_to_card, create_action, create_retro
from kimboard.core.ops.sites import create_site
from kimboard.core.ops.solution_sources import (
    create_linked_solution,
    solution_draft_from_action,
    solution_draft_from_card,
    update_solution_with_partners,
)
from kimboard.core.ops.solutions import record_adoption
from kimboard.core.solution_library import solution_detail, solution_rows


@pytest.fixture
def s(db: Database) -> Iterator[Session]:
    with db.transaction() as session:
        yield session


def _goal(s: Session, key: str) -> int:
    return s.scalar(select(GoalArea.id).where(GoalArea.key == key))  # type: ignore[return-value]


def test_solution_from_a_card_links_card_and_board_and_takes_its_partners(s: Session) -> None:
    site = create_site(s, "Ausländerbehörde Musterstadt", "ABH-MST").value
    board = create_board(s, site.id, "Servicepunkt", "kanban").value
    jc = create_partner(s, site.id, "Jobcenter", "jobcenter").value
    card = create_card(s, board.id, "Sprechstunde im Jobcenter",
                       description="Kundschaft pendelt", goal_area_id=_goal(s, "netzwerkpartner")
                       ).value
    set_partners(s, card.id, [jc.id])
    draft = solution_draft_from_card(s, card.id)
    assert (draft["title"], draft["problem"], draft["partner_ids"]) == (
        "Sprechstunde im Jobcenter", "Kundschaft pendelt", [jc.id])
    assert draft["source"] == {"kind": "card", "number": 1,
                               "title": "Sprechstunde im Jobcenter", "board_name": "Servicepunkt"}
    ref = create_linked_solution(s, draft["site_id"], draft["title"], links=draft["links"],
                                 partner_ids=draft["partner_ids"], problem=draft["problem"],
                                 goal_area_id=draft["goal_area_id"]).value
    detail = solution_detail(s, ref.id)
    json.dumps(detail)
    assert detail["status"] == "idea"
    assert detail["goal_area"] == "netzwerkpartner"
    assert [(link["kind"], link["found"]) for link in detail["links"]] == [
        ("card", True), ("board", True)]
    card_link = detail["links"][0]
    assert (card_link["number"], card_link["title"], card_link["board_name"]) == (
        1, "Sprechstunde im Jobcenter", "Servicepunkt")
    assert [p["name"] for p in detail["partners"]] == ["Jobcenter"]


def test_solution_from_an_action_links_action_retro_and_its_card(s: Session) -> None:
    site = create_site(s, "Ausländerbehörde Musterstadt", "ABH-MST").value
    board = create_board(s, site.id, "Servicepunkt", "kanban").value
    retro = create_retro(s, site.id, "Retro März", dt.date(2026, 3, 13)).value
    action = create_action(s, retro.id, "Wartemarken testen",
                           goal_area_id=_goal(s, "herausforderungen")).value
    card = action_to_card(s, action.id, board.id).value
    draft = solution_draft_from_action(s, action.id)
    assert [kind for kind, _uuid in draft["links"]] == ["action_item", "retro", "card"]
    assert draft["source"]["retro_title"] == "Retro März"
    ref = create_linked_solution(s, site.id, draft["title"], links=draft["links"],
                                 goal_area_id=draft["goal_area_id"]).value
    links = solution_detail(s, ref.id)["links"]
    assert [(link["kind"], link.get("text") or link.get("title")) for link in links] == [
        ("action_item", "Wartemarken testen"), ("retro", "Retro März"),
        ("card", "Wartemarken testen")]
    assert links[1]["held_on"] == "2026-03-13"
    assert links[2]["id"] == card.id


def test_creating_with_a_bad_link_writes_nothing(db: Database) -> None:
    site = db.run(create_site, "Ausländerbehörde Musterstadt", "ABH-MST").value
    with pytest.raises(ValidationError, match="gibt es in dieser Datenbank nicht"):
        db.run(create_linked_solution, site.id, "Ansatz", links=[("card", str(uuid.uuid4()))])
    with db.session() as s:
        assert s.scalar(select(SolutionApproach.id)) is None
        assert s.scalar(select(SolutionLink.id)) is None


def test_rows_carry_office_goal_area_adoptions_and_search_texts(s: Session) -> None:
    a = create_site(s, "Ausländerbehörde Musterstadt", "ABH-MST").value
    b = create_site(s, "Ausländerbehörde Lindenau", "ABH-LIN").value
    ref = create_linked_solution(s, a.id, "Online-Termine", problem="Schlangen",
                                 evidence="Weniger Wartezeit",
                                 goal_area_id=_goal(s, "herausforderungen")).value
    create_linked_solution(s, b.id, "Willkommensmappe")
    record_adoption(s, ref.id, b.uuid, "Ausländerbehörde Lindenau", dt.date(2026, 3, 2))
    rows = solution_rows(s)
    json.dumps(rows)
    assert [r["title"] for r in rows] == ["Willkommensmappe", "Online-Termine"]  # by office
    row = rows[1]
    assert (row["site_code"], row["goal_area"], row["goal_area_name"], row["adoptions"],
            row["adopters"], row["problem"], row["evidence"]) == (
        "ABH-MST", "herausforderungen", "Individuelle Herausforderungen", 1, [b.uuid],
        "Schlangen", "Weniger Wartezeit")
    assert [r["title"] for r in solution_rows(s, site_id=b.id)] == ["Willkommensmappe"]
    adoptions = solution_detail(s, ref.id)["adoptions"]
    assert [(x["name"], x["known"], x["adopted_on"]) for x in adoptions] == [
        ("Ausländerbehörde Lindenau", True, "2026-03-02")]


def test_update_with_partners_checks_the_version(s: Session) -> None:
    site = create_site(s, "Ausländerbehörde Musterstadt", "ABH-MST").value
    jc = create_partner(s, site.id, "Jobcenter", "jobcenter").value
    ref = create_linked_solution(s, site.id, "Ansatz").value
    version = s.get_one(SolutionApproach, ref.id).version
    update_solution_with_partners(s, ref.id, partner_ids=[jc.id], expected_version=version,
                                  title="Ansatz, geschärft", evidence="gemessen")
    detail = solution_detail(s, ref.id)
    assert (detail["title"], detail["evidence"], [p["id"] for p in detail["partners"]]) == (
        "Ansatz, geschärft", "gemessen", [jc.id])
    with pytest.raises(ConflictError):
        update_solution_with_partners(s, ref.id, partner_ids=[], expected_version=version)


def test_links_to_things_not_in_this_database_are_reported_as_such(s: Session) -> None:
    site = create_site(s, "Ausländerbehörde Musterstadt", "ABH-MST").value
    ref = create_linked_solution(s, site.id, "Ansatz").value
    missing = str(uuid.uuid4())
    s.add(SolutionLink(approach_id=ref.id, target_kind="retro", target_uuid=missing))
    s.flush()
    assert solution_detail(s, ref.id)["links"] == [
        {"kind": "retro", "uuid": missing, "found": False}]
