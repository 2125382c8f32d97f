"""``kimboard member erase`` through the real entry point: a scriptable Art. 17 erasure."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kimboard.core.db import Database
from kimboard.core.ops import boards, cards, people, sites
from tests.core.test_erasure import found_forms
from tests.e2e.test_cli import assert_user_error, kimboard_run

pytestmark = pytest.mark.slow

NAME = "Zoltán Übermuth-Krzyżanowski"


@pytest.fixture
def office(tmp_path: Path) -> Path:
    """An office with the person assigned to a card that also names them."""
    path = tmp_path / "kimboard.sqlite3"
    with Database.open(path) as db:
        site = db.run(sites.create_site, "Ausländerbehörde Musterstadt", "ABH-MST").value.id
        member = db.run(people.create_member, site, NAME, "Sachbearbeitung").value.id
        board = db.run(boards.create_board, site, "Team Aufenthalt").value.id
        card = db.run(cards.create_card, board, f"Übergabe von {NAME}").value.id
        db.run(cards.set_assignees, card, [member])
        db.run(cards.add_comment, card, "Erledigt.", author_id=member)
    return path


def _member(path: Path) -> tuple[str, str, str | None]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = con.execute("SELECT uuid, display_name, erased_at FROM members").fetchone()
        return row[0], row[1], row[2]
    finally:
        con.close()


def test_erase_with_yes_removes_the_name_from_the_file(office: Path) -> None:
    assert found_forms(office)
    result = kimboard_run("member", "erase", NAME, "--site", "ABH-MST", "--yes", db=office)
    assert result.returncode == 0, result.stderr
    assert "wurde gelöscht" in result.stdout
    assert "Karten" in result.stdout  # where the name was replaced
    assert "bereinigt" in result.stdout
    assert NAME not in result.stdout + result.stderr  # output may end up in a log file
    _uuid, name, erased_at = _member(office)
    assert (name, erased_at is not None) == ("ehemaliges Teammitglied", True)
    assert found_forms(office) == []
    con = sqlite3.connect(f"file:{office}?mode=ro", uri=True)
    try:  # the assignment and the comment still point at the same person
        assert con.execute("SELECT count(*) FROM card_assignees").fetchone()[0] == 1
        assert con.execute("SELECT count(*) FROM comments WHERE author_id IS NOT NULL"
                           ).fetchone()[0] == 1
    finally:
        con.close()


def test_erase_by_uuid_mentions_and_deletes_old_backups(office: Path) -> None:
    backup = kimboard_run("backup", db=office)
    assert backup.returncode == 0, backup.stderr
    uuid, _name, _erased = _member(office)
    kept = kimboard_run("member", "erase", uuid, "--site", "Ausländerbehörde Musterstadt",
                        "--yes", db=office)
    assert kept.returncode == 0, kept.stderr
    assert "enthalten den Namen noch" in kept.stdout
    assert "--delete-backups" in kept.stdout
    assert list((office.parent / "backups").glob("*.sqlite3"))


def test_delete_backups_flag_removes_them(office: Path) -> None:
    assert kimboard_run("backup", db=office).returncode == 0
    result = kimboard_run("member", "erase", NAME, "--site", "ABH-MST", "--yes",
                          "--delete-backups", db=office)
    assert result.returncode == 0, result.stderr
    assert "gelöscht" in result.stdout
    assert list((office.parent / "backups").glob("*.sqlite3")) == []


def test_without_yes_nothing_happens(office: Path) -> None:
    result = kimboard_run("member", "erase", NAME, "--site", "ABH-MST", db=office)
    assert_user_error(result, "nicht bestätigt", "--yes", "unwiderruflich")
    assert _member(office)[1] == NAME


def test_unknown_member_is_a_german_error(office: Path) -> None:
    result = kimboard_run("member", "erase", "Niemand Unbekannt", "--site", "ABH-MST", "--yes",
                          db=office)
    assert_user_error(result, "Keine Person „Niemand Unbekannt“")
    assert _member(office)[1] == NAME


def test_unknown_site_and_second_erasure_are_refused(office: Path) -> None:
    assert_user_error(kimboard_run("member", "erase", NAME, "--site", "ABH-XX", "--yes",
                                   db=office), "Keine Dienststelle „ABH-XX“")
    uuid, _name, _erased = _member(office)
    assert kimboard_run("member", "erase", uuid, "--site", "ABH-MST", "--yes",
                        db=office).returncode == 0
    assert_user_error(kimboard_run("member", "erase", uuid, "--site", "ABH-MST", "--yes",
                                   db=office), "bereits gelöscht")


def test_member_without_action_is_a_usage_error(office: Path) -> None:
    result = kimboard_run("member", db=office)
    assert result.returncode == 2
    assert "Aufruf:" in result.stderr


def test_compact_runs_on_its_own(office: Path) -> None:
    result = kimboard_run("member", "compact", db=office)
    assert result.returncode == 0, result.stderr
    assert "bereinigt" in result.stdout
