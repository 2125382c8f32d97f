"""Crash safety: a real process writes and is killed with SIGKILL at random moments.

Afterwards ``kimboard check`` passes, every change the process reported as committed is in the
database, and nothing is half-applied: a batch of three new cards is all or nothing, a card's
history matches the card, and a bundle import (``kimboard import``) killed at any moment leaves
the database exactly as before or exactly as after the full import.

SIGKILL ends the process, not the machine: what the operating system has been handed survives.
(A power cut is a different matter: with ``synchronous=NORMAL`` in WAL mode SQLite may then lose
the last commits, but the file stays consistent.)
"""

from __future__ import annotations

import os
import random
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from kimboard.core.check import run_check
from kimboard.core.db import Database
from kimboard.core.ops import boards, sites

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix" or not hasattr(signal, "SIGKILL"),
                       reason="SIGKILL and select() on pipes need POSIX"),
]

ROOT = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).with_name("crash_writer.py")
KILLS = 30
SEED = 20250314


def _env() -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8",
           "PYTHONPATH": str(ROOT)}
    env.pop("KIMBOARD_DB", None)
    return env


def kimboard_run(*args: str | Path, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kimboard", "--db", str(db),
                           *(str(a) for a in args)], capture_output=True, text=True,
                          encoding="utf-8", env=_env(), timeout=120, check=False, cwd=ROOT)


@dataclass(frozen=True)
class CardState:
    column: int
    title: str
    version: int
    moves: int

    @classmethod
    def parse(cls, text: str) -> CardState:
        fields = dict(part.split("=", 1) for part in text.split(";"))
        return cls(int(fields["col"]), fields["title"], int(fields["v"]), int(fields["moves"]))


def read_cards(path: Path) -> dict[str, CardState]:
    """Every card of the file as it is after the crash (opening it read-write lets SQLite
    recover from the write-ahead log, as kimboard does)."""
    con = sqlite3.connect(path)
    try:
        rows = con.execute(
            "SELECT c.uuid, c.column_id, c.title, c.version, "
            "(SELECT count(*) FROM card_events e WHERE e.card_id = c.id AND e.kind = 'moved') "
            "FROM cards c").fetchall()
        created = dict(con.execute(
            "SELECT c.uuid, (SELECT count(*) FROM card_events e WHERE e.card_id = c.id "
            "AND e.kind = 'created') FROM cards c").fetchall())
    finally:
        con.close()
    assert set(created.values()) <= {1}, "a card without (or with two) 'created' events"
    return {r[0]: CardState(r[1], r[2], r[3], r[4]) for r in rows}


def table_counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'card_fts_%'")]
        return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        con.close()


def assert_check_passes(path: Path) -> None:
    with Database.open(path) as db:
        report = run_check(db)
    assert report.ok, report.problems


def _read_lines(proc: subprocess.Popen[bytes], buffer: bytearray, timeout: float) -> None:
    """Whatever the process wrote within ``timeout`` seconds (or until it ended)."""
    assert proc.stdout is not None
    fd = proc.stdout.fileno()
    deadline = time.monotonic() + timeout
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            return
        chunk = os.read(fd, 65536)
        if not chunk:
            return
        buffer.extend(chunk)
        if timeout == 0:
            return


def run_and_kill(db: Path, board_id: int, seed: int, rng: random.Random) -> list[str]:
    """Start the writer, kill it at a random moment; the complete lines it printed."""
    proc = subprocess.Popen([sys.executable, str(WRITER), str(db), str(board_id), str(seed)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(), cwd=ROOT)
    out = bytearray()
    try:
        if rng.random() < 0.15:  # sometimes while it is still opening the database
            time.sleep(rng.uniform(0.2, 0.6))
        else:
            deadline = time.monotonic() + 30
            while b"READY\n" not in out and proc.poll() is None and time.monotonic() < deadline:
                _read_lines(proc, out, 0.05)
            assert b"READY\n" in out, (out, proc.stderr.read() if proc.stderr else b"")
            delay = rng.uniform(0.0, 0.3)
            end = time.monotonic() + delay
            while time.monotonic() < end:  # keep the pipe drained while it writes
                _read_lines(proc, out, end - time.monotonic())
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
        assert proc.stdout is not None and proc.stderr is not None
        out.extend(proc.stdout.read())
        err = proc.stderr.read().decode("utf-8", "replace")
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL, f"the writer ended by itself: {err}"
    assert "Traceback" not in err, err
    text = out.decode("utf-8")
    complete = text[: text.rfind("\n") + 1] if "\n" in text else ""
    return [line for line in complete.splitlines() if line.startswith("COMMITTED ")]


def _batch_tag(title: str) -> str | None:
    return title.split("-")[0] if title.startswith("b") else None


@pytest.fixture
def board_db(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "kimboard.sqlite3"
    with Database.open(path) as db:
        site = db.run(sites.create_site, "Ausländerbehörde Crashstadt", "ABH-CR").value.id
        board = db.run(boards.create_board, site, "Team Absturz").value.id
    return path, board


def test_killed_writer_loses_no_committed_change_and_leaves_nothing_half_done(
    board_db: tuple[Path, int],
) -> None:
    path, board_id = board_db
    rng = random.Random(SEED)
    known = read_cards(path)  # the baseline: what the database held after the last check
    reported_total = 0
    for kill in range(KILLS):
        lines = run_and_kill(path, board_id, SEED + kill, rng)
        reported: dict[str, CardState] = {}
        for line in lines:
            _, uuid, state = line.split(" ", 2)
            reported[uuid] = CardState.parse(state)  # the last report of a card counts
        reported_total += len(lines)

        assert_check_passes(path)
        actual = read_cards(path)

        ahead: set[str] = set()
        for uuid, expected in {**known, **reported}.items():
            assert uuid in actual, f"kill {kill}: committed card {uuid} is gone"
            got = actual[uuid]
            assert got.version >= expected.version, f"kill {kill}: {uuid} lost a change"
            if got.version == expected.version:
                assert got == expected, f"kill {kill}: {uuid} is {got}, reported {expected}"
            else:  # changed by the transaction that was committed when the kill came
                ahead.add(uuid)
        unreported = [u for u in actual if u not in known and u not in reported]
        # At most one transaction may be committed but not yet reported: one edited or moved
        # card, or the cards of one creation (one card or one batch of three).
        groups = {_batch_tag(actual[u].title) or u for u in unreported}
        assert len(ahead) + len(groups) <= 1, (kill, ahead, unreported)

        batches = Counter(tag for s in actual.values() if (tag := _batch_tag(s.title)))
        assert all(n == 3 for n in batches.values()), f"kill {kill}: half a batch {batches}"
        known = actual

    assert len(known) > 20 and reported_total > 100, (len(known), reported_total)
    result = kimboard_run("check", db=path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Ergebnis: in Ordnung." in result.stdout


# --------------------------------------------------------------------------- bundle import


def _bundle_commands_exist() -> bool:
    try:
        from kimboard.cli import build_parser

        parser = build_parser()
        parser.parse_args(["import", "x.kimb", "--yes"])
        parser.parse_args(["export", "--site", "X", "-o", "x.kimb"])
    except (SystemExit, Exception):  # noqa: BLE001 - not there (yet): skip, do not break
        return False
    return True


def _make_bundle(tmp_path: Path, cards_count: int) -> Path:
    from kimboard.core.ops import cards

    source = tmp_path / "quelle.sqlite3"
    with Database.open(source) as db:
        site = db.run(sites.create_site, "Ausländerbehörde Paketstadt", "ABH-PK").value.id
        board = db.run(boards.create_board, site, "Team Paket").value.id

        def fill(s):  # type: ignore[no-untyped-def]
            for i in range(cards_count):
                cards.create_card(s, board, f"Aufgabe {i}: Terminvergabe prüfen",
                                  description="Ablauf mit dem Jobcenter abstimmen " * 3)

        db.run(fill)
    bundle = tmp_path / "paket.kimb"
    result = kimboard_run("export", "--site", "ABH-PK", "-o", bundle, "--ignore-findings",
                          db=source)
    assert result.returncode == 0, result.stderr
    return bundle


@pytest.mark.skipif(not _bundle_commands_exist(), reason="kimboard import/export not there yet")
def test_killed_import_is_all_or_nothing(tmp_path: Path) -> None:
    bundle = _make_bundle(tmp_path, 1500)
    template = tmp_path / "vorher.sqlite3"
    assert kimboard_run("stats", db=template).returncode == 0
    before = table_counts(template)

    full = tmp_path / "voll.sqlite3"
    shutil.copy2(template, full)
    started = time.monotonic()
    result = kimboard_run("import", bundle, "--yes", db=full)
    duration = time.monotonic() - started
    assert result.returncode == 0, result.stderr
    after = table_counts(full)
    assert after["cards"] == before["cards"] + 1500

    rng = random.Random(SEED)
    work = tmp_path / "kimboard.sqlite3"
    outcomes: Counter[str] = Counter()
    for attempt in range(12):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{work}{suffix}").unlink(missing_ok=True)
        shutil.copy2(template, work)
        proc = subprocess.Popen([sys.executable, "-m", "kimboard", "--db", str(work), "import",
                                 str(bundle), "--yes"], stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, env=_env(), cwd=ROOT)
        if attempt % 2:  # at a random moment of the whole run
            time.sleep(rng.uniform(0.4 * duration, 1.05 * duration))
        else:  # while the transaction's pages are being written to the log
            wal = Path(f"{work}-wal")
            deadline = time.monotonic() + 2 * duration + 5
            while proc.poll() is None and time.monotonic() < deadline:
                if wal.exists() and wal.stat().st_size > 4096:
                    break
                time.sleep(0.001)
            time.sleep(rng.uniform(0.0, 0.012))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        assert proc.stderr is not None
        err = proc.stderr.read().decode("utf-8", "replace")
        proc.stderr.close()
        assert "Traceback" not in err, err

        wal = Path(f"{work}-wal")
        half_written_log = wal.exists() and wal.stat().st_size > 4096
        assert_check_passes(work)
        counts = table_counts(work)
        if counts == before:
            outcomes["nothing"] += 1
            if half_written_log:  # killed in the middle of writing the commit
                outcomes["nothing, log half written"] += 1
        elif counts == after:
            outcomes["all"] += 1
        else:
            differ = {t: (before[t], counts[t], after[t]) for t in counts
                      if counts[t] != before[t]}
            pytest.fail(f"attempt {attempt}: half an import (before, now, after): {differ}")
        if proc.returncode != -signal.SIGKILL:
            outcomes["finished before the kill"] += 1

    # Importing again after the crashes completes, and twice never duplicates.
    for _ in range(2):
        result = kimboard_run("import", bundle, "--yes", db=work)
        assert result.returncode == 0, result.stderr
        assert table_counts(work)["cards"] == after["cards"]
    assert outcomes["nothing"] + outcomes["all"] == 12, outcomes
