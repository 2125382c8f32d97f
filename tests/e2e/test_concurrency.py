"""Two processes write the same database file at the same time.

No "database is locked" reaches anyone (BEGIN IMMEDIATE waits for the busy timeout), and no
update is lost: when both edit one card from the same version, exactly one succeeds and the
other gets the German conflict message — never a silent overwrite.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kimboard.core.db import Database
from kimboard.core.models import Card
from kimboard.core.ops import boards, cards, sites

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]

#: Writes for a while: new cards, moves and edits of its own cards (with the version it
#: read), reads in between. Any error is printed and ends it with exit code 1.
BUSY_WRITER = r"""
import random, sys, time
from pathlib import Path
from sqlalchemy import select
from kimboard.core.db import Database
from kimboard.core.errors import KimboardError
from kimboard.core.models import Board, Card
from kimboard.core.ops import cards
from kimboard.core import queries

db_path, board_id, name, rounds = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
rng = random.Random(name)
try:
    db = Database.open(Path(db_path))
    with db.session() as s:
        columns = [c.id for c in s.get_one(Board, board_id).columns]
    mine = []
    print("READY", flush=True)
    sys.stdin.readline()
    for i in range(rounds):
        roll = rng.random()
        if roll < 0.4 or not mine:
            mine.append(db.run(cards.create_card, board_id, f"{name} {i}").value.id)
        elif roll < 0.7:
            card_id = rng.choice(mine)
            with db.session() as s:
                version = s.get_one(Card, card_id).version
            db.run(cards.move_card, card_id, rng.choice(columns), 0, expected_version=version)
        elif roll < 0.9:
            card_id = rng.choice(mine)
            with db.session() as s:
                version = s.get_one(Card, card_id).version
            db.run(cards.update_card, card_id, description=f"{name} {i}",
                   expected_version=version)
        else:
            with db.session() as s:
                queries.stats(s)
    db.close()
    print(f"DONE {len(mine)}", flush=True)
except KimboardError as err:
    print(f"ERROR {err}", flush=True)
    sys.exit(1)
"""

#: Answers commands on stdin: ``READ`` prints the card's version, ``EDIT <title> <version>``
#: edits the title expecting that version and prints OK or CONFLICT <message>.
EDITOR = r"""
import sys
from pathlib import Path
from kimboard.core.db import Database
from kimboard.core.errors import ConflictError
from kimboard.core.models import Card
from kimboard.core.ops import cards

db = Database.open(Path(sys.argv[1]))
card_id = int(sys.argv[2])
print("READY", flush=True)
for line in sys.stdin:
    command = line.split()
    if not command:
        continue
    if command[0] == "READ":
        with db.session() as s:
            print(s.get_one(Card, card_id).version, flush=True)
    elif command[0] == "EDIT":
        try:
            db.run(cards.update_card, card_id, title=command[1],
                   expected_version=int(command[2]))
        except ConflictError as err:
            print(f"CONFLICT {err}", flush=True)
        else:
            print("OK", flush=True)
db.close()
"""


def _spawn(script: str, *args: object) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHONPATH": str(ROOT)}
    env.pop("KIMBOARD_DB", None)
    return subprocess.Popen([sys.executable, "-c", script, *(str(a) for a in args)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8", env=env,
                            cwd=ROOT)


def _expect(proc: subprocess.Popen[str], wanted: str) -> str:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.startswith(wanted), (line, proc.stderr.read() if proc.poll() is not None
                                     and proc.stderr else "")
    return line.rstrip("\n")


def _send(proc: subprocess.Popen[str], text: str) -> None:
    assert proc.stdin is not None
    proc.stdin.write(text + "\n")
    proc.stdin.flush()


@pytest.fixture
def board(tmp_path: Path) -> tuple[Path, int, int]:
    path = tmp_path / "kimboard.sqlite3"
    with Database.open(path) as db:
        site = db.run(sites.create_site, "Ausländerbehörde Parallelstadt", "ABH-PA").value.id
        board_id = db.run(boards.create_board, site, "Team Gleichzeitig").value.id
        card_id = db.run(cards.create_card, board_id, "Gemeinsame Karte").value.id
    return path, board_id, card_id


def test_two_writers_at_once_never_see_a_locked_database(board: tuple[Path, int, int]) -> None:
    path, board_id, _card = board
    rounds = 300
    writers = [_spawn(BUSY_WRITER, path, board_id, name, rounds) for name in ("Anna", "Ben")]
    for proc in writers:
        _expect(proc, "READY")
    for proc in writers:  # start both at the same moment
        _send(proc, "GO")
    created = 0
    for proc in writers:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, out + err
        assert "locked" not in (out + err).lower() and "gesperrt" not in out + err
        created += int(out.split("DONE ")[1])
    with Database.open(path) as db, db.session() as s:
        assert s.query(Card).count() == created + 1


def test_same_card_edited_in_two_processes_gives_one_conflict(
    board: tuple[Path, int, int],
) -> None:
    path, _board, card_id = board
    editors = {name: _spawn(EDITOR, path, card_id) for name in ("Anna", "Ben")}
    try:
        for proc in editors.values():
            _expect(proc, "READY")
        for round_ in range(10):
            versions = set()
            for proc in editors.values():
                _send(proc, "READ")
                versions.add(int(_expect(proc, "")))
            assert len(versions) == 1  # both look at the same version of the card
            version = versions.pop()
            for name, proc in editors.items():  # both save, as close together as it gets
                _send(proc, f"EDIT {name}-{round_} {version}")
            answers = {name: _expect(proc, "") for name, proc in editors.items()}
            winners = [name for name, answer in answers.items() if answer == "OK"]
            assert len(winners) == 1, answers
            loser = next(answer for answer in answers.values() if answer != "OK")
            assert loser == ("CONFLICT Dieser Eintrag wurde inzwischen geändert. Bitte neu "
                             "laden und erneut bearbeiten.")
            with Database.open(path) as db, db.session() as s:
                card = s.get_one(Card, card_id)
                assert card.title == f"{winners[0]}-{round_}"  # the loser did not overwrite
                assert card.version == version + 1
    finally:
        for proc in editors.values():
            if proc.stdin is not None:
                proc.stdin.close()
            proc.wait(timeout=30)
            assert proc.returncode == 0, proc.stderr.read() if proc.stderr else ""
            for stream in (proc.stdout, proc.stderr):
                if stream is not None:
                    stream.close()


def test_a_writer_held_up_longer_than_the_busy_timeout_gets_a_german_message(
    board: tuple[Path, int, int], monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Waiting has a limit (5 s; shortened here): past it the user reads what happened in
    German, not SQLite's "database is locked", and nothing was written."""
    from kimboard.core import sqlite_backend
    from kimboard.core.errors import DatabaseError

    path, board_id, _card = board
    monkeypatch.setattr(sqlite_backend, "BUSY_TIMEOUT_MS", 200)
    with Database.open(path) as holder, Database.open(path) as waiting:
        with holder.transaction() as s:  # BEGIN IMMEDIATE: holds the write lock
            cards.create_card(s, board_id, "lange Transaktion")
            with pytest.raises(DatabaseError) as caught:
                waiting.run(cards.create_card, board_id, "wartet zu lange")
        message = str(caught.value)
        assert message.startswith("Die Datenbank ist gerade von einem anderen Programm gesperrt")
        assert "locked" not in message
        with waiting.session() as s:
            titles = {c.title for c in s.query(Card)}
    assert "lange Transaktion" in titles and "wartet zu lange" not in titles
