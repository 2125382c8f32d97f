"""Offices, teams and members: what the site and people operations allow and refuse."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import func, select, update

from kimboard.core.clock import frozen_at
from kimboard.core.db import Database
from kimboard.core.errors import NotFound, ValidationError
from kimboard.core.models import Board, Card, CardEvent, Member, Site, Team
from kimboard.core.ops import Change, OpResult, Ref, people, sites
from kimboard.core.ops import boards as board_ops
from kimboard.core.ops import cards as card_ops


def _site(db: Database, name: str = "Ausländerbehörde Köln", code: str = "ABH-KOE") -> int:
    return db.run(sites.create_site, name, code, "Köln").value.id


def _make_imported(db: Database, site_id: int) -> None:
    """What a bundle import leaves behind: a site that belongs to another office."""
    with db.transaction() as s:
        s.execute(update(Site).where(Site.id == site_id).values(is_local=False))


# --------------------------------------------------------------------------- sites


def test_create_site_stores_fields_and_reports_sites_change(db: Database) -> None:
    result = db.run(sites.create_site, "  Ausländerbehörde Köln  ", " ABH-KOE ", "Köln")
    assert isinstance(result, OpResult)
    assert isinstance(result.value, Ref)
    assert result.changes == Change.SITES
    assert result.warning is None
    with db.session() as s:
        site = s.get_one(Site, result.value.id)
        assert site.uuid == result.value.uuid
        assert site.name == "Ausländerbehörde Köln"
        assert site.short_code == "ABH-KOE"
        assert site.region == "Köln"
        assert site.is_local is True
        assert site.archived_at is None


def test_new_site_is_its_own_origin(db: Database) -> None:
    ref = db.run(sites.create_site, "ABH Bonn", "ABH-BN").value
    with db.session() as s:
        site = s.get_one(Site, ref.id)
        assert site.origin_site_uuid == site.uuid == ref.uuid


def test_each_new_site_gets_its_own_random_pseudonym_key(db: Database) -> None:
    a = db.run(sites.create_site, "ABH A", "A").value.id
    b = db.run(sites.create_site, "ABH B", "B").value.id
    with db.session() as s:
        key_a = s.get_one(Site, a).pseudonym_key
        key_b = s.get_one(Site, b).pseudonym_key
    assert key_a is not None and key_b is not None
    assert re.fullmatch(r"[0-9a-f]{64}", key_a)
    assert key_a != key_b


@pytest.mark.parametrize(
    "code",
    ["", "   ", "-ABH", "_ABH", "ABH KOE", "ABH/KOE", "ÄBH", "A" * 21, "ABH.KOE"],
)
def test_invalid_short_code_is_refused_in_german(db: Database, code: str) -> None:
    with pytest.raises(ValidationError, match="Kürzel muss 1–20 Zeichen"):
        db.run(sites.create_site, "ABH", code)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Site)) == 0


@pytest.mark.parametrize("code", ["A", "abh", "ABH-KOE", "ABH_KOE_2", "1", "A" * 20])
def test_valid_short_codes_are_accepted(db: Database, code: str) -> None:
    ref = db.run(sites.create_site, "ABH", code).value
    with db.session() as s:
        assert s.get_one(Site, ref.id).short_code == code


def test_short_code_is_unique_regardless_of_case(db: Database) -> None:
    _site(db, code="ABH-KOE")
    with pytest.raises(ValidationError, match="„abh-koe“ ist schon vergeben"):
        db.run(sites.create_site, "Andere ABH", "abh-koe")
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Site)) == 1


def test_empty_site_name_is_refused(db: Database) -> None:
    with pytest.raises(ValidationError, match="Name der Dienststelle darf nicht leer sein"):
        db.run(sites.create_site, "   ", "ABH")


def test_too_long_site_name_is_refused(db: Database) -> None:
    with pytest.raises(ValidationError, match="zu lang"):
        db.run(sites.create_site, "x" * 201, "ABH")


def test_update_site_changes_only_what_is_given(db: Database) -> None:
    site_id = _site(db)
    result = db.run(sites.update_site, site_id, name="ABH Köln (neu)")
    assert result.changes == Change.SITES
    with db.session() as s:
        site = s.get_one(Site, site_id)
        assert site.name == "ABH Köln (neu)"
        assert site.short_code == "ABH-KOE"
        assert site.region == "Köln"
    db.run(sites.update_site, site_id, region="", short_code="KOE")
    with db.session() as s:
        site = s.get_one(Site, site_id)
        assert (site.name, site.short_code, site.region) == ("ABH Köln (neu)", "KOE", "")


def test_update_site_may_change_case_of_its_own_short_code(db: Database) -> None:
    site_id = _site(db, code="ABH-KOE")
    db.run(sites.update_site, site_id, short_code="abh-koe")
    with db.session() as s:
        assert s.get_one(Site, site_id).short_code == "abh-koe"


def test_update_site_refuses_short_code_of_another_site(db: Database) -> None:
    _site(db, "ABH Köln", "ABH-KOE")
    bonn = _site(db, "ABH Bonn", "ABH-BN")
    with pytest.raises(ValidationError, match="schon vergeben"):
        db.run(sites.update_site, bonn, short_code="Abh-Koe")
    with pytest.raises(ValidationError, match="Kürzel"):
        db.run(sites.update_site, bonn, short_code="mit leerzeichen")
    with db.session() as s:
        assert s.get_one(Site, bonn).short_code == "ABH-BN"


def test_update_site_with_unknown_id_says_it_does_not_exist(db: Database) -> None:
    with pytest.raises(NotFound, match=r"Dienststelle \(Nr\. 999\) gibt es nicht"):
        db.run(sites.update_site, 999, name="x")


def test_imported_site_refuses_edits(db: Database) -> None:
    site_id = _site(db, "ABH Münster", "ABH-MS")
    _make_imported(db, site_id)
    with pytest.raises(ValidationError, match="„ABH Münster“ wurde aus einem Paket"):
        db.run(sites.update_site, site_id, name="Übernommen")
    with pytest.raises(ValidationError, match="nur gelesen"):
        db.run(people.create_team, site_id, "Team A")
    with pytest.raises(ValidationError, match="nur gelesen"):
        db.run(people.create_member, site_id, "Frau A")
    with pytest.raises(ValidationError, match="nur gelesen"):
        db.run(board_ops.create_board, site_id, "Board")
    with db.session() as s:
        assert s.get_one(Site, site_id).name == "ABH Münster"
        assert s.scalar(select(func.count()).select_from(Team)) == 0
        assert s.scalar(select(func.count()).select_from(Member)) == 0
        assert s.scalar(select(func.count()).select_from(Board)) == 0


def test_archive_and_restore_site(db: Database) -> None:
    site_id = _site(db)
    when = dt.datetime(2025, 3, 1, 9, 30, tzinfo=dt.UTC)
    with frozen_at(when):
        assert db.run(sites.archive_site, site_id).changes == Change.SITES
    with db.session() as s:
        assert s.get_one(Site, site_id).archived_at == when
    # Archiving again keeps the first date.
    with frozen_at(when + dt.timedelta(days=3)):
        db.run(sites.archive_site, site_id)
    with db.session() as s:
        assert s.get_one(Site, site_id).archived_at == when
    db.run(sites.restore_site, site_id)
    with db.session() as s:
        assert s.get_one(Site, site_id).archived_at is None


def test_delete_site_removes_everything_it_owns_and_nothing_else(db: Database) -> None:
    koeln = _site(db, "ABH Köln", "ABH-KOE")
    bonn = _site(db, "ABH Bonn", "ABH-BN")
    team = db.run(people.create_team, koeln, "Team 1").value.id
    member = db.run(people.create_member, koeln, "Frau K", team_id=team).value.id
    board = db.run(board_ops.create_board, koeln, "Board K", team_id=team).value.id
    card = db.run(card_ops.create_card, board, "Karte K").value.id
    db.run(card_ops.set_assignees, card, [member])
    other_board = db.run(board_ops.create_board, bonn, "Board B").value.id
    other_card = db.run(card_ops.create_card, other_board, "Karte B").value.id

    result = db.run(sites.delete_site, koeln)
    assert Change.SITES in result.changes and Change.CARDS in result.changes
    with db.session() as s:
        assert s.get(Site, koeln) is None
        assert s.get(Team, team) is None
        assert s.get(Member, member) is None
        assert s.get(Board, board) is None
        assert s.get(Card, card) is None
        assert s.scalars(select(CardEvent.card_id)).all() == [other_card]
        assert s.get(Site, bonn) is not None
        assert s.get(Card, other_card) is not None


# --------------------------------------------------------------------------- teams


def test_create_team_belongs_to_site(db: Database) -> None:
    site_id = _site(db)
    result = db.run(people.create_team, site_id, "  Team Einbürgerung ")
    assert result.changes == Change.MEMBERS
    with db.session() as s:
        team = s.get_one(Team, result.value.id)
        site = s.get_one(Site, site_id)
        assert team.name == "Team Einbürgerung"
        assert team.site_id == site_id
        assert team.origin_site_uuid == site.uuid
        assert team.uuid == result.value.uuid


def test_team_name_must_not_be_empty(db: Database) -> None:
    site_id = _site(db)
    with pytest.raises(ValidationError, match="Teamname darf nicht leer sein"):
        db.run(people.create_team, site_id, "")
    team = db.run(people.create_team, site_id, "Team").value.id
    with pytest.raises(ValidationError, match="Teamname"):
        db.run(people.rename_team, team, "  ")


def test_rename_and_archive_team(db: Database) -> None:
    site_id = _site(db)
    team = db.run(people.create_team, site_id, "Team A").value.id
    db.run(people.rename_team, team, "Team B")
    when = dt.datetime(2025, 5, 5, tzinfo=dt.UTC)
    with frozen_at(when):
        db.run(people.archive_team, team)
    with frozen_at(when + dt.timedelta(days=1)):
        db.run(people.archive_team, team)
    with db.session() as s:
        t = s.get_one(Team, team)
        assert t.name == "Team B"
        assert t.archived_at == when


def test_delete_team_keeps_its_members_and_boards_without_team(db: Database) -> None:
    site_id = _site(db)
    team = db.run(people.create_team, site_id, "Team A").value.id
    other = db.run(people.create_team, site_id, "Team B").value.id
    m1 = db.run(people.create_member, site_id, "Frau A", team_id=team).value.id
    m2 = db.run(people.create_member, site_id, "Herr B", team_id=other).value.id
    board = db.run(board_ops.create_board, site_id, "Board", team_id=team).value.id

    result = db.run(people.delete_team, team)
    assert Change.MEMBERS in result.changes
    with db.session() as s:
        assert s.get(Team, team) is None
        assert s.get_one(Member, m1).team_id is None
        assert s.get_one(Member, m1).display_name == "Frau A"
        assert s.get_one(Member, m2).team_id == other
        assert s.get_one(Board, board).team_id is None


# --------------------------------------------------------------------------- members


def test_create_member_with_team_and_role(db: Database) -> None:
    site_id = _site(db)
    team = db.run(people.create_team, site_id, "Team A").value.id
    result = db.run(people.create_member, site_id, " Frau Yilmaz ", "Sachbearbeitung", team)
    assert result.changes == Change.MEMBERS
    with db.session() as s:
        m = s.get_one(Member, result.value.id)
        assert (m.display_name, m.role, m.team_id, m.site_id) == (
            "Frau Yilmaz", "Sachbearbeitung", team, site_id
        )
        assert m.active is True
        assert m.origin_site_uuid == s.get_one(Site, site_id).uuid


def test_member_display_name_must_not_be_empty(db: Database) -> None:
    site_id = _site(db)
    with pytest.raises(ValidationError, match="Anzeigename darf nicht leer sein"):
        db.run(people.create_member, site_id, " ")


def test_member_cannot_join_team_of_another_site(db: Database) -> None:
    koeln = _site(db, "ABH Köln", "ABH-KOE")
    bonn = _site(db, "ABH Bonn", "ABH-BN")
    bonn_team = db.run(people.create_team, bonn, "Team Bonn").value.id
    with pytest.raises(ValidationError, match="Team gehört zu einer anderen Dienststelle"):
        db.run(people.create_member, koeln, "Frau A", team_id=bonn_team)
    member = db.run(people.create_member, koeln, "Frau A").value.id
    with pytest.raises(ValidationError, match="anderen Dienststelle"):
        db.run(people.update_member, member, team_id=bonn_team)
    with db.session() as s:
        assert s.get_one(Member, member).team_id is None
        assert s.scalar(select(func.count()).select_from(Member)) == 1


def test_member_with_unknown_team_is_refused(db: Database) -> None:
    site_id = _site(db)
    with pytest.raises(NotFound, match="Team"):
        db.run(people.create_member, site_id, "Frau A", team_id=4711)


def test_update_member_moves_between_teams_and_out_of_any_team(db: Database) -> None:
    site_id = _site(db)
    a = db.run(people.create_team, site_id, "Team A").value.id
    b = db.run(people.create_team, site_id, "Team B").value.id
    member = db.run(people.create_member, site_id, "Frau A", "Leitung", a).value.id

    result = db.run(people.update_member, member, team_id=b)
    assert Change.MEMBERS in result.changes
    with db.session() as s:
        m = s.get_one(Member, member)
        assert (m.team_id, m.display_name, m.role) == (b, "Frau A", "Leitung")
        assert [x.id for x in s.get_one(Team, b).members] == [member]
        assert s.get_one(Team, a).members == []

    # Renaming without naming a team keeps the team.
    db.run(people.update_member, member, display_name="Frau A.", role="")
    with db.session() as s:
        m = s.get_one(Member, member)
        assert (m.team_id, m.display_name, m.role) == (b, "Frau A.", "")

    db.run(people.update_member, member, team_id=None)
    with db.session() as s:
        assert s.get_one(Member, member).team_id is None


def test_erased_member_cannot_be_edited(db: Database) -> None:
    site_id = _site(db)
    member = db.run(people.create_member, site_id, "Frau A").value.id
    with db.transaction() as s:
        s.get_one(Member, member).erased_at = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    with pytest.raises(ValidationError, match="gelöschtes Teammitglied"):
        db.run(people.update_member, member, display_name="Neu")


def test_deactivate_and_reactivate_member_keeps_history(db: Database) -> None:
    site_id = _site(db)
    member = db.run(people.create_member, site_id, "Frau A").value.id
    board = db.run(board_ops.create_board, site_id, "Board").value.id
    card = db.run(card_ops.create_card, board, "Karte").value.id
    db.run(card_ops.set_assignees, card, [member])

    assert db.run(people.set_member_active, member, False).changes == Change.MEMBERS
    with db.session() as s:
        m = s.get_one(Member, member)
        assert m.active is False
        assert m.display_name == "Frau A"
        assert [a.id for a in s.get_one(Card, card).assignees] == [member]
    db.run(people.set_member_active, member, True)
    with db.session() as s:
        assert s.get_one(Member, member).active is True


def test_unknown_member_is_reported(db: Database) -> None:
    with pytest.raises(NotFound, match=r"Teammitglied \(Nr\. 5\)"):
        db.run(people.set_member_active, 5, False)

