"""The real ``kimboard`` entry point, run as a subprocess (``python -m kimboard``).

Each run starts a fresh Python, so these tests are slowish; databases that several tests only
read are built once per module.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import kimboard
from kimboard import cli
from kimboard.core.db import Database
from kimboard.core.models import (
    Board,
    BoardColumn,
    Card,
    Partner,
    Retrospective,
    Site,
    SolutionApproach,
    Sprint,
)

pytestmark = pytest.mark.slow

STAT_KEYS = {
    "sites", "members", "boards", "columns", "cards", "sprints", "retrospectives",
    "retro_items", "action_items", "solution_approaches", "partners",
}
KINDS = ("sites", "boards", "sprints", "retros", "solutions", "partners")


def kimboard_run(*args: str | Path, db: Path | None = None,
                 env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "kimboard"]
    if db is not None:
        cmd += ["--db", str(db)]
    cmd += [str(a) for a in args]
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    full_env.pop("KIMBOARD_DB", None)
    full_env.update(env or {})
    return subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", env=full_env,
                          timeout=120, check=False)


def ok_json(*args: str | Path, db: Path | None = None, **kw: Any) -> Any:
    result = kimboard_run(*args, "--json", db=db, **kw)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def assert_user_error(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("kimboard: Fehler: "), result.stderr
    for fragment in fragments:
        assert fragment in result.stderr


def site_codes(path: Path) -> set[str]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {r[0] for r in con.execute("SELECT short_code FROM sites")}
    finally:
        con.close()


# --------------------------------------------------------------------------- shared databases


@pytest.fixture(scope="module")
def fresh_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database the CLI created (migrated, reference data), with nothing else in it."""
    path = tmp_path_factory.mktemp("fresh") / "kimboard.sqlite3"
    result = kimboard_run("stats", "--json", db=path)
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture
def fresh_db(fresh_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "kimboard.sqlite3"
    shutil.copy2(fresh_template, path)
    return path


@pytest.fixture(scope="module")
def populated_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One office with one of everything ``ls`` lists, written with the ORM in this process."""
    path = tmp_path_factory.mktemp("populated") / "kimboard.sqlite3"
    with Database.open(path) as db, db.transaction() as s:
        site = Site(name="ABH Köln", short_code="K", region="Köln")
        s.add(site)
        s.flush()
        board = Board(site_id=site.id, name="Team Aufenthalt", mode="scrum")
        s.add(board)
        s.flush()
        col = BoardColumn(board_id=board.id, name="Offen", kind="todo")
        s.add(col)
        s.flush()
        sprint = Sprint(board_id=board.id, name="Sprint 1", start_date=dt.date(2024, 3, 4),
                        end_date=dt.date(2024, 3, 15))
        s.add(sprint)
        s.add_all([
            Card(board_id=board.id, column_id=col.id, order_key="a0", number=1,
                 title="Wartezeiten in der Terminvergabe messen"),
            Card(board_id=board.id, column_id=col.id, order_key="a1", number=2,
                 title="Aushang für Fiktionsbescheinigungen", description="Übersetzungen prüfen"),
        ])
        s.add(Retrospective(site_id=site.id, board_id=board.id, title="Retro Sprint 1",
                            held_on=dt.date(2024, 3, 15)))
        s.add(SolutionApproach(site_id=site.id, title="Online-Terminbuchung"))
        s.add(Partner(site_id=site.id, name="Jobcenter Köln", kind="jobcenter"))
    return path


# --------------------------------------------------------------------------- basics


def test_version_prints_the_package_version() -> None:
    result = kimboard_run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"kimboard {kimboard.__version__}"


def test_usage_errors_keep_exit_code_2(tmp_path: Path) -> None:
    result = kimboard_run("ls", "cards", db=tmp_path / "x.sqlite3")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_stats_json_of_a_fresh_database_is_all_zero(tmp_path: Path) -> None:
    data = ok_json("stats", db=tmp_path / "new" / "kimboard.sqlite3")
    assert set(data) == STAT_KEYS | {"by_site"}
    assert all(data[k] == 0 for k in STAT_KEYS)
    assert data["by_site"] == {}


def test_kimboard_db_environment_variable_is_honoured(tmp_path: Path) -> None:
    path = tmp_path / "from-env.sqlite3"
    result = kimboard_run("stats", "--json", env={"KIMBOARD_DB": str(path)})
    assert result.returncode == 0, result.stderr
    assert path.is_file()
    assert json.loads(result.stdout)["sites"] == 0


def test_subcommands_never_import_qt(tmp_path: Path) -> None:
    probe = (
        "import sys, contextlib, io\n"
        "from kimboard.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    rc = main(['--db', {str(tmp_path / 'q.sqlite3')!r}, 'stats', '--json'])\n"
        "print(rc, any(m.split('.')[0] in ('PySide6', 'shiboken6') for m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.stdout.split() == ["0", "False"], result.stderr


# --------------------------------------------------------------------------- ls and search


@pytest.mark.parametrize("kind", KINDS)
def test_ls_json_is_a_list_of_rows(populated_db: Path, kind: str) -> None:
    rows = ok_json("ls", kind, db=populated_db)
    assert isinstance(rows, list) and len(rows) == 1
    assert {"uuid", "name"} <= set(rows[0])


def test_ls_human_form_is_a_table(populated_db: Path) -> None:
    result = kimboard_run("ls", "boards", "--site", "K", db=populated_db)
    assert result.returncode == 0, result.stderr
    header, rule, row = result.stdout.splitlines()
    assert header.split()[:3] == ["Dienststelle", "Name", "Modus"]
    assert set(rule.replace(" ", "")) == {"-"}
    assert "Team Aufenthalt" in row and "Scrum" in row


def test_ls_with_unknown_site_is_a_german_user_error(populated_db: Path) -> None:
    result = kimboard_run("ls", "boards", "--site", "nope", db=populated_db)
    assert_user_error(result, "Keine Dienststelle „nope“ gefunden.")
    assert result.stdout == ""


def test_search_json_lists_matching_cards(populated_db: Path) -> None:
    hits = ok_json("search", "wartezeit", "--site", "ABH Köln", db=populated_db)
    assert [h["number"] for h in hits] == [1]
    hit = hits[0]
    assert set(hit) == {"uuid", "number", "title", "board", "board_name", "site", "rank",
                        "archived"}
    assert hit["board_name"] == "Team Aufenthalt"
    assert hit["archived"] is False
    boards = ok_json("ls", "boards", db=populated_db)
    assert hit["board"] == boards[0]["uuid"]
    assert hit["site"] == boards[0]["site"]
    # German folding: "ue" finds "Ü".
    assert [h["number"] for h in ok_json("search", "uebersetzung", db=populated_db)] == [2]


# --------------------------------------------------------------------------- check and reindex


def test_check_passes_on_a_fresh_database(fresh_db: Path) -> None:
    result = kimboard_run("check", db=fresh_db)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "in Ordnung" in result.stdout


def test_check_fails_on_a_corrupted_file(fresh_db: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.sqlite3"
    shutil.copy2(fresh_db, broken)
    with broken.open("r+b") as f:
        f.write(b"this is no SQLite database header" * 200)
    result = kimboard_run("check", db=broken)
    assert_user_error(result, "beschädigt")


def test_check_finds_a_stale_search_index_and_reindex_repairs_it(
    populated_db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "stale.sqlite3"
    shutil.copy2(populated_db, path)
    con = sqlite3.connect(path)
    con.execute("DELETE FROM card_fts")
    con.commit()
    con.close()
    result = kimboard_run("check", db=path)
    assert result.returncode == 1
    assert "Suchindex" in result.stdout
    assert "Traceback" not in result.stderr
    result = kimboard_run("reindex", db=path)
    assert result.returncode == 0, result.stderr
    assert "2 Karten" in result.stdout
    assert kimboard_run("check", db=path).returncode == 0


# --------------------------------------------------------------------------- backup and restore


def test_backup_and_restore(fresh_db: Path, tmp_path: Path) -> None:
    backup = tmp_path / "sicherung.sqlite3"
    result = kimboard_run("backup", "-o", backup, db=fresh_db)
    assert result.returncode == 0, result.stderr
    assert str(backup) in result.stdout
    assert backup.is_file()

    # A change after the backup, which the restore will undo.
    con = sqlite3.connect(fresh_db)
    con.execute("INSERT INTO sites (uuid, created_at, updated_at, name, short_code, region, "
                "is_local) VALUES ('u-1', '2024-01-01', '2024-01-01', 'Neu', 'NEU', '', 1)")
    con.commit()
    con.close()
    before = fresh_db.read_bytes()

    refused = kimboard_run("restore", backup, db=fresh_db)
    assert refused.returncode != 0
    assert "--yes" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert fresh_db.read_bytes() == before

    done = kimboard_run("restore", backup, "--yes", db=fresh_db)
    assert done.returncode == 0, done.stderr
    assert site_codes(fresh_db) == set()
    kept = [p for p in tmp_path.iterdir() if "-ersetzt-" in p.name and p.suffix == ".sqlite3"]
    assert len(kept) == 1
    assert str(kept[0]) in done.stdout
    assert site_codes(kept[0]) == {"NEU"}


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL and process ids as on POSIX")
def test_restore_is_refused_while_a_window_has_the_database_open(
    fresh_db: Path, tmp_path: Path
) -> None:
    """The window would go on writing into the replaced file; once it is gone (even killed,
    leaving a stale lock behind) the restore works."""
    import signal
    import time

    from kimboard.paths import instance_lock_path, window_process

    backup = tmp_path / "sicherung.sqlite3"
    assert kimboard_run("backup", "-o", backup, db=fresh_db).returncode == 0
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    env.pop("KIMBOARD_DB", None)
    gui = subprocess.Popen([sys.executable, "-m", "kimboard", "--db", str(fresh_db)], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while window_process(fresh_db) != gui.pid:
            assert gui.poll() is None and time.monotonic() < deadline, "window did not start"
            time.sleep(0.1)
        before = fresh_db.read_bytes()
        refused = kimboard_run("restore", backup, "--yes", db=fresh_db)
        assert_user_error(refused, "im kimboard-Programmfenster geöffnet", f"Prozess {gui.pid}",
                          "nichts verändert")
        assert fresh_db.read_bytes() == before
        assert not [p for p in tmp_path.iterdir() if "-ersetzt-" in p.name]
    finally:
        gui.send_signal(signal.SIGKILL)
        gui.wait(timeout=30)
    assert instance_lock_path(fresh_db).exists()  # stale: its process is gone
    assert window_process(fresh_db) is None
    done = kimboard_run("restore", backup, "--yes", db=fresh_db)
    assert done.returncode == 0, done.stderr


@pytest.mark.skipif(os.name != "posix", reason="flock")
def test_a_stale_lock_whose_process_id_was_reused_is_no_window(fresh_db: Path) -> None:
    """A crashed window's lock names a process id that now belongs to another process of
    the same user: no flock is held, so it is not a window (restore is not refused)."""
    import fcntl

    from kimboard.paths import instance_lock_path, window_process

    lock = instance_lock_path(fresh_db)
    lock.write_text(f"{os.getppid()}\nkimboard\nhost\n", encoding="utf-8")  # alive, not ours
    try:
        assert window_process(fresh_db) is None
        with open(lock, "rb") as held:  # what Qt does while the window lives
            fcntl.flock(held.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            assert window_process(fresh_db) == os.getppid()
    finally:
        lock.unlink()


def test_restore_of_a_missing_file_is_a_user_error(fresh_db: Path, tmp_path: Path) -> None:
    before = fresh_db.read_bytes()
    result = kimboard_run("restore", tmp_path / "gibt-es-nicht.sqlite3", "--yes", db=fresh_db)
    assert_user_error(result, "gibt es nicht")
    assert fresh_db.read_bytes() == before


def test_backup_without_output_goes_beside_the_database(fresh_db: Path) -> None:
    result = kimboard_run("backup", db=fresh_db)
    assert result.returncode == 0, result.stderr
    written = list((fresh_db.parent / "backups").glob("*.sqlite3"))
    assert len(written) == 1
    assert str(written[0]) in result.stdout


# --------------------------------------------------------------------------- refusing files


def test_a_database_from_a_newer_kimboard_is_refused_untouched(fresh_db: Path) -> None:
    con = sqlite3.connect(fresh_db)
    con.execute("UPDATE alembic_version SET version_num='9999'")
    con.commit()
    con.close()
    before = fresh_db.read_bytes()
    result = kimboard_run("stats", db=fresh_db)
    assert_user_error(result, "neueren")
    assert fresh_db.read_bytes() == before
    assert not (fresh_db.parent / "backups").exists()


def test_a_folder_given_as_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "Dokumente"
    folder.mkdir(mode=0o755)
    mode = folder.stat().st_mode
    result = kimboard_run("stats", db=folder)
    assert_user_error(result, "ist ein Ordner")
    assert folder.stat().st_mode == mode
    assert list(folder.iterdir()) == []


def test_a_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "fremd.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE kunden (name TEXT)")
    con.commit()
    con.close()
    result = kimboard_run("ls", "sites", db=path)
    assert_user_error(result, "keine kimboard-Datenbank")


# --------------------------------------------------------------------------- demo data


@pytest.fixture(scope="module")
def demo_db(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, subprocess.CompletedProcess[str]]:
    pytest.importorskip("kimboard.core.demo")
    path = tmp_path_factory.mktemp("demo") / "kimboard.sqlite3"
    return path, kimboard_run("demo", db=path)


def test_demo_fills_an_empty_database(
    demo_db: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    pytest.importorskip("kimboard.core.demo")
    path, first = demo_db
    assert first.returncode == 0, first.stderr
    data = ok_json("stats", db=path)
    assert data["sites"] >= 3
    assert data["boards"] >= 6
    assert data["cards"] >= 60
    assert data["sprints"] >= 4
    assert data["retrospectives"] >= 2
    assert len(data["by_site"]) == data["sites"]


def test_demo_twice_changes_nothing(
    demo_db: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    pytest.importorskip("kimboard.core.demo")
    path, first = demo_db
    assert first.returncode == 0, first.stderr
    before = ok_json("stats", db=path)
    again = kimboard_run("demo", db=path)
    assert again.returncode == 0, again.stderr
    assert "bereits vorhanden" in again.stdout
    assert ok_json("stats", db=path) == before


def test_demo_database_is_sound_and_listable(
    demo_db: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    pytest.importorskip("kimboard.core.demo")
    path, first = demo_db
    assert first.returncode == 0, first.stderr
    check = kimboard_run("check", db=path)
    assert check.returncode == 0, check.stdout + check.stderr
    for kind in ("sites", "boards", "sprints", "retros"):
        rows = ok_json("ls", kind, db=path)
        assert rows, kind
    human = kimboard_run("stats", db=path)
    assert human.returncode == 0
    assert "Je Dienststelle" in human.stdout


# --------------------------------------------------------------------------- in process (fast)
# What a subprocess cannot show cheaply: the GUI hand-over, Ctrl-C, the demo command's output
# with a stand-in for the demo module.


def test_no_subcommand_hands_the_database_path_to_the_gui(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[Path] = []
    fake = type(sys)("kimboard.ui.app")
    fake.run_gui = lambda path, **_kw: seen.append(path) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "kimboard.ui.app", fake)
    assert cli.main(["--db", str(tmp_path / "gui.sqlite3")]) == 0
    assert seen == [(tmp_path / "gui.sqlite3").resolve()]


def test_ctrl_c_exits_130_quietly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(args: Any) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "cmd_stats", interrupted)
    assert cli.main(["--db", str(tmp_path / "x.sqlite3"), "stats"]) == 130
    out, err = capsys.readouterr()
    assert "Traceback" not in err


def test_demo_command_output_with_a_stand_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    calls: list[bool] = []

    def load_demo(session: Any) -> Any:
        created = not calls
        calls.append(created)
        return type("R", (), {"created": created, "summary": {"sites": 3, "cards": 64}})()

    fake = type(sys)("kimboard.core.demo")
    fake.load_demo = load_demo  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "kimboard.core.demo", fake)
    db = str(tmp_path / "demo.sqlite3")
    assert cli.main(["--db", db, "demo"]) == 0
    out = capsys.readouterr().out
    assert "Demodaten angelegt" in out
    assert "Dienststellen" in out and "64" in out
    assert cli.main(["--db", db, "demo"]) == 0
    assert capsys.readouterr().out.strip() == "Demodaten sind bereits vorhanden."
