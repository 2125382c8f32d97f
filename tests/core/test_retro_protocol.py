"""The protocol of a retrospective (dict and Markdown) and the history across retrospectives."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from kimboard.core.db import Database
from kimboard.core.demo import load_demo
from kimboard.core.errors import ValidationError
from kimboard.core.models import Member, RetroTemplate
from kimboard.core.ops.boards import create_board
from kimboard.core.ops.people import create_member, create_team
from kimboard.core.ops.retros import (
    add_item,
    add_item_to_group,
    add_rating,
    cast_vote,
    create_action,
    create_group,
    create_retro,
    set_discussion_notes,
    set_phase,
    update_action,
)
from kimboard.core.ops.sites import create_site
from kimboard.core.retro_protocol import protocol_markdown, retro_history, retro_protocol

NAMES = ("Aylin Kaya", "Jonas Brandt", "Marta Nowak")


@dataclass
class World:
    site: int
    other_site: int
    team: int
    team_board: int
    other_board: int
    named: int  # retro on the team's board, named, finished
    anonymous: int  # retro on the team's board, anonymous, finished, reviews `named`
    loose: int  # retro without a board, anonymous, in progress
    members: tuple[int, ...]


def _prompts(s: Session, key: str) -> list[int]:
    template = s.scalar(select(RetroTemplate).where(RetroTemplate.key == key))
    assert template is not None
    return [p.id for p in template.prompts]


def _build(s: Session) -> World:
    site = create_site(s, "Ausländerbehörde Teststadt", "ABH-T", "Bezirksregierung Köln").value.id
    other = create_site(s, "Ausländerbehörde Anderswo", "ABH-A").value.id
    team = create_team(s, site, "Team Aufenthalt").value.id
    members = tuple(create_member(s, site, n, team_id=team).value.id for n in NAMES)
    team_board = create_board(s, site, "Aufenthalt Süd", "scrum", team_id=team).value.id
    other_board = create_board(s, site, "Servicepunkt").value.id

    # A named retrospective with Start/Stop/Continue.
    sscp = _prompts(s, "start_stop_continue")
    named = create_retro(s, site, "Retro März", dt.date(2026, 3, 13), board_id=team_board,
                         anonymous=False, vote_budget=3, vote_cap_per_item=3).value.id
    for value in (4, 3, 5):
        add_rating(s, named, "mood", value)
    items = [
        add_item(s, named, sscp[0], "Tägliches Kurz-Update am Board", author_id=members[0]),
        add_item(s, named, sscp[1], "E-Mail-Ketten mit fünf Beteiligten", author_id=members[1]),
        add_item(s, named, sscp[1], "Aufgaben nebenbei annehmen", author_id=members[1]),
        add_item(s, named, sscp[2], "Kleine Schritte und schnelle Tests", author_id=members[2]),
    ]
    ids = [i.value.id for i in items]
    focus = create_group(s, named, "Abstimmung im Team").value.id
    keep = create_group(s, named, "Bewährtes").value.id
    for item in ids[:3]:
        add_item_to_group(s, item, focus)
    add_item_to_group(s, ids[3], keep)
    # three voters: 5 dots on the focus group, 2 on one of its items, 2 on "keep"
    for token, targets in (
        ("voter-a", [("group", focus), ("group", focus), ("item", ids[0])]),
        ("voter-b", [("group", focus), ("group", focus), ("group", keep)]),
        ("voter-c", [("group", focus), ("item", ids[0]), ("group", keep)]),
    ):
        for kind, target in targets:
            cast_vote(s, named, voter_token=token,
                      **({"group_id": target} if kind == "group" else {"item_id": target}))
    set_discussion_notes(s, focus, "Wir probieren ein tägliches Kurz-Update aus.\n"
                                   "Höchstens zehn Minuten.")
    daily = create_action(s, named, "Kurz-Update jeden Morgen um 9 Uhr", owner_id=members[0],
                          due_date=dt.date(2026, 3, 20), group_id=focus).value.id
    mails = create_action(s, named, "Abstimmungen im Board statt per E-Mail",
                          owner_id=members[1], due_date=dt.date(2026, 3, 27)).value.id
    for value in (4, 4, 5):
        add_rating(s, named, "roti", value)
    set_phase(s, named, "finished")

    # An anonymous retrospective two weeks later that follows up the actions.
    msg = _prompts(s, "mad_sad_glad")
    msg_template = s.scalar(select(RetroTemplate.id).where(RetroTemplate.key == "mad_sad_glad"))
    anonymous = create_retro(s, site, "Retro April", dt.date(2026, 3, 27),
                             board_id=team_board, template_id=msg_template).value.id
    update_action(s, daily, status="done", outcome="effective", reviewed_in_retro_id=anonymous)
    update_action(s, mails, status="dropped", reviewed_in_retro_id=anonymous)
    add_item(s, anonymous, msg[0], "Zu viele Unterbrechungen", author_id=members[2])
    glad = add_item(s, anonymous, msg[2], "Das Kurz-Update hilft", author_id=members[0])
    cast_vote(s, anonymous, item_id=glad.value.id, voter_token="x1")
    create_action(s, anonymous, "Ruhezeiten für Sachbearbeitung festlegen",
                  owner_id=members[2], due_date=dt.date(2026, 4, 3))
    for value in (2, 3):
        add_rating(s, anonymous, "roti", value)
    set_phase(s, anonymous, "finished")

    # A retrospective without a board, still running; an open action already overdue.
    loose = create_retro(s, site, "Führungsrunde", dt.date(2026, 4, 10)).value.id
    create_action(s, loose, "Leitungsrunde monatlich", due_date=dt.date(2026, 4, 17))
    add_rating(s, loose, "roti", 5)
    # Another office's retrospective never shows up.
    create_retro(s, other, "Fremde Retro", dt.date(2026, 3, 20))
    return World(site, other, team, team_board, other_board, named, anonymous, loose, members)


@pytest.fixture
def world(db: Database) -> World:
    return db.run(_build)


@pytest.fixture
def s(db: Database) -> Iterator[Session]:
    with db.session() as session:
        yield session


# --------------------------------------------------------------------------- the protocol


def test_protocol_head_names_office_team_board_template_and_date(world: World,
                                                                  s: Session) -> None:
    p = retro_protocol(s, world.named, now=dt.datetime(2026, 3, 13, 15, tzinfo=dt.UTC))
    assert p["site"]["name"] == "Ausländerbehörde Teststadt"
    assert p["site"]["short_code"] == "ABH-T"
    assert p["team"]["name"] == "Team Aufenthalt"
    assert p["board"]["name"] == "Aufenthalt Süd"
    assert p["template"]["name"] == "Start/Stop/Continue"
    assert p["retro"]["held_on"] == "2026-03-13"
    assert p["retro"]["finished"] is True and p["retro"]["anonymous"] is False
    assert p["generated_at"] == "2026-03-13T15:00:00+00:00"
    json.dumps(p)  # JSON-ready


def test_protocol_lists_items_per_prompt_with_their_votes(world: World, s: Session) -> None:
    p = retro_protocol(s, world.named)
    assert [q["title"] for q in p["prompts"]] == ["Anfangen", "Aufhören", "Weitermachen"]
    by_text = {i["text"]: i for q in p["prompts"] for i in q["items"]}
    assert [i["text"] for i in p["prompts"][1]["items"]] == [
        "E-Mail-Ketten mit fünf Beteiligten", "Aufgaben nebenbei annehmen"]
    assert by_text["Tägliches Kurz-Update am Board"]["votes"] == 2
    assert by_text["Tägliches Kurz-Update am Board"]["group"] == "Abstimmung im Team"
    assert by_text["Kleine Schritte und schnelle Tests"]["votes"] == 0
    assert by_text["Kleine Schritte und schnelle Tests"]["author"] == "Marta Nowak"


def test_group_votes_add_the_dots_on_their_items_and_rank_the_groups(world: World,
                                                                     s: Session) -> None:
    p = retro_protocol(s, world.named)
    focus, keep = p["groups"]
    assert (focus["title"], focus["rank"], focus["votes"]) == ("Abstimmung im Team", 1, 7)
    assert (focus["group_votes"], focus["item_votes"]) == (5, 2)
    assert (keep["title"], keep["rank"], keep["votes"]) == ("Bewährtes", 2, 2)
    assert focus["discussion_notes"].startswith("Wir probieren")
    assert focus["actions"] == ["Kurz-Update jeden Morgen um 9 Uhr"]
    assert p["votes"] == {"total": 9, "budget": 3, "cap": 3}
    assert p["totals"] == {"items": 4, "groups": 2, "votes": 9, "actions": 2}


def test_named_protocol_lists_authors_and_owners_but_no_per_person_figures(
        world: World, s: Session) -> None:
    p = retro_protocol(s, world.named)
    assert p["participants"] == {"count": 3, "names": list(NAMES)}
    assert [a["owner"] for a in p["actions"]] == ["Aylin Kaya", "Jonas Brandt"]
    assert p["mood"] == {"count": 3, "average": 4.0, "distribution": [0, 0, 1, 1, 1]}
    assert p["roti"] == {"count": 3, "average": 4.33, "distribution": [0, 0, 0, 2, 1]}
    assert "voter" not in json.dumps(p)  # vote tokens never leave the database


def test_actions_carry_status_outcome_and_the_follow_up(world: World, s: Session) -> None:
    p = retro_protocol(s, world.named)
    daily, mails = p["actions"]
    assert (daily["status"], daily["outcome"], daily["due_date"]) == (
        "done", "effective", "2026-03-20")
    assert daily["group"] == "Abstimmung im Team"
    assert daily["reviewed_in"]["title"] == "Retro April"
    assert (mails["status"], mails["outcome"]) == ("dropped", None)
    later = retro_protocol(s, world.anonymous)
    assert [a["text"] for a in later["reviewed_actions"]] == [
        "Kurz-Update jeden Morgen um 9 Uhr", "Abstimmungen im Board statt per E-Mail"]
    assert later["reviewed_actions"][0]["retro"]["title"] == "Retro März"


def test_anonymous_protocol_names_nobody_anywhere(world: World, s: Session) -> None:
    p = retro_protocol(s, world.anonymous)
    assert p["participants"] == {"count": 2, "names": []}
    assert all(a["owner"] is None for a in p["actions"])
    assert all(i["author"] is None for q in p["prompts"] for i in q["items"])
    for text in (json.dumps(p, ensure_ascii=False), protocol_markdown(p)):
        for name in NAMES:
            for part in name.split():
                assert part not in text
    assert "anonym" in protocol_markdown(p)


def test_a_retro_without_board_or_items_still_gives_a_protocol(world: World,
                                                                s: Session) -> None:
    p = retro_protocol(s, world.loose)
    assert p["board"] is None and p["team"] is None and p["sprint"] is None
    assert p["retro"]["finished"] is False and p["retro"]["phase"] == "check_in"
    assert p["groups"] == [] and p["totals"]["items"] == 0
    md = protocol_markdown(p)
    assert "noch nicht abgeschlossen (Phase: Check-in)" in md
    assert "Es wurden keine Beiträge gesammelt." in md
    assert "Die Beiträge wurden nicht gruppiert." in md


def test_markdown_is_a_german_record_with_items_votes_and_actions(world: World,
                                                                  s: Session) -> None:
    md = protocol_markdown(retro_protocol(
        s, world.named, now=dt.datetime(2026, 3, 13, 15, tzinfo=dt.UTC)))
    assert md.startswith("# Protokoll der Retrospektive „Retro März“\n")
    for expected in (
        "*Aktenvermerk*",
        "| Behörde | Ausländerbehörde Teststadt (ABH-T) |",
        "| Team | Team Aufenthalt |",
        "| Board | Aufenthalt Süd (Scrum) |",
        "| Datum | 13.03.2026 |",
        "| Vorlage | Start/Stop/Continue |",
        "| Teilnehmende | 3; Beiträge von: Aylin Kaya, Jonas Brandt, Marta Nowak |",
        "### Aufhören",
        "- Tägliches Kurz-Update am Board (2 Stimmen; Gruppe „Abstimmung im Team“; "
        "von Aylin Kaya)",
        "| 1 | Abstimmung im Team | 3 | 7 |",
        "### Rang 1: Abstimmung im Team – 7 Stimmen",
        "Davon 5 auf die Gruppe und 2 auf einzelne Beiträge.",
        "Wir probieren ein tägliches Kurz-Update aus.  \nHöchstens zehn Minuten.",
        "| 1 | Kurz-Update jeden Morgen um 9 Uhr | Aylin Kaya | 20.03.2026 | erledigt | "
        "wirksam |",
        "| 2 | Abstimmungen im Board statt per E-Mail | Jonas Brandt | 27.03.2026 | "
        "verworfen |",
        "ROTI (Return on Time Invested): Ø 4,3 von 5 (3 Bewertungen)",
        "| 4 – guter Nutzen | 2 |",
    ):
        assert expected in md, expected


def test_markdown_escapes_what_would_change_the_layout(db: Database, world: World) -> None:
    with db.transaction() as s:
        prompt = _prompts(s, "start_stop_continue")[1]
        add_item(s, world.loose, prompt, "Tabelle | kaputt *fett* [link](x)")
    with db.session() as s:
        md = protocol_markdown(retro_protocol(s, world.loose))
    assert "Tabelle \\| kaputt \\*fett\\* \\[link\\](x)" in md


# --------------------------------------------------------------------------- the history


def test_history_lists_the_office_retros_newest_first_with_figures(world: World,
                                                                   s: Session) -> None:
    h = retro_history(s, world.site, today=dt.date(2026, 4, 20))
    assert [r["title"] for r in h["retros"]] == ["Führungsrunde", "Retro April", "Retro März"]
    march = h["retros"][2]
    assert march["template"] == "Start/Stop/Continue"
    assert (march["board"], march["team"]) == ("Aufenthalt Süd", "Team Aufenthalt")
    assert (march["participants"], march["items"], march["groups"], march["votes"]) == (
        3, 4, 2, 9)
    assert march["actions"] == {"total": 2, "open": 0, "done": 1, "dropped": 1}
    assert (march["roti_average"], march["roti_count"]) == (4.33, 3)
    assert h["retros"][0]["finished"] is False
    json.dumps(h)
    assert "Fremde Retro" not in json.dumps(h, ensure_ascii=False)
    for name in NAMES:  # history is team level: no names at all
        assert name not in json.dumps(h, ensure_ascii=False)


def test_history_actions_show_status_outcome_follow_up_and_overdue(world: World,
                                                                   s: Session) -> None:
    h = retro_history(s, world.site, today=dt.date(2026, 4, 20))
    rows = {a["text"]: a for a in h["actions"]}
    assert [a["text"] for a in h["actions"]] == [
        "Kurz-Update jeden Morgen um 9 Uhr", "Abstimmungen im Board statt per E-Mail",
        "Ruhezeiten für Sachbearbeitung festlegen", "Leitungsrunde monatlich"]
    daily = rows["Kurz-Update jeden Morgen um 9 Uhr"]
    assert (daily["status"], daily["outcome"]) == ("done", "effective")
    assert daily["retro"]["title"] == "Retro März"
    assert daily["follow_up"]["title"] == "Retro April"
    assert rows["Ruhezeiten für Sachbearbeitung festlegen"]["follow_up"] is None
    assert rows["Ruhezeiten für Sachbearbeitung festlegen"]["overdue"] is True
    assert rows["Kurz-Update jeden Morgen um 9 Uhr"]["overdue"] is False
    assert h["summary"]["actions"] == {
        "total": 4, "open": 2, "done": 1, "dropped": 1, "effective": 1, "not_effective": 0,
        "overdue": 2, "followed_up": 2}


def test_history_roti_trend_is_chronological_with_averages(world: World, s: Session) -> None:
    h = retro_history(s, world.site)
    assert [(t["title"], t["average"], t["count"]) for t in h["roti_trend"]] == [
        ("Retro März", 4.33, 3), ("Retro April", 2.5, 2), ("Führungsrunde", 5.0, 1)]
    assert h["roti_trend"][0]["mood_average"] == 4.0
    assert h["summary"]["roti_average"] == round((4 + 4 + 5 + 2 + 3 + 5) / 6, 2)
    assert h["summary"]["roti_count"] == 6


def test_history_filters_by_board_and_by_team(world: World, s: Session) -> None:
    by_board = retro_history(s, world.site, board_id=world.team_board)
    assert [r["title"] for r in by_board["retros"]] == ["Retro April", "Retro März"]
    assert by_board["board"]["name"] == "Aufenthalt Süd"
    assert len(by_board["actions"]) == 3
    by_team = retro_history(s, world.site, team_id=world.team)
    assert [r["title"] for r in by_team["retros"]] == ["Retro April", "Retro März"]
    assert by_team["team"]["name"] == "Team Aufenthalt"
    empty = retro_history(s, world.site, board_id=world.other_board)
    assert empty["retros"] == [] and empty["actions"] == [] and empty["roti_trend"] == []
    assert empty["summary"]["roti_average"] is None


def test_history_refuses_a_board_or_team_of_another_office(world: World, s: Session) -> None:
    with pytest.raises(ValidationError, match="anderen Dienststelle"):
        retro_history(s, world.other_site, board_id=world.team_board)
    with pytest.raises(ValidationError, match="anderen Dienststelle"):
        retro_history(s, world.other_site, team_id=world.team)


# --------------------------------------------------------------------------- the demo data


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = Database.open(Path(tmp_path_factory.mktemp("demo")) / "demo.sqlite3")
    database.run(load_demo)
    yield database
    database.close()


def test_every_demo_retro_gives_a_protocol_and_anonymous_ones_name_nobody(
        demo: Database) -> None:
    from kimboard.core.models import Retrospective

    with demo.session() as s:
        names = set(s.scalars(select(Member.display_name)))
        retros = list(s.scalars(select(Retrospective)))
        assert retros
        for retro in retros:
            p = retro_protocol(s, retro.id)
            text = json.dumps(p, ensure_ascii=False) + protocol_markdown(p)
            assert p["totals"]["items"] > 0 and p["groups"] and p["actions"]
            if retro.anonymous:
                assert not [n for n in names if n in text], retro.title
            else:
                assert p["participants"]["names"]
