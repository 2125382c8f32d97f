"""A second kimboard on the same database brings the first window to the front and ends.

In one process (two guards) and with real processes: ``kimboard --db X`` twice, offscreen.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kimboard.ui import single_instance
from kimboard.ui.single_instance import InstanceGuard, instance_key

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def guards():  # noqa: ANN201
    made: list[InstanceGuard] = []

    def make(path: Path) -> InstanceGuard:
        guard = InstanceGuard(path)
        made.append(guard)
        return guard

    yield make
    for guard in made:
        guard.release()


def test_second_start_asks_the_first_to_come_forward(qapp, guards, db_path: Path) -> None:  # noqa: ANN001
    first = guards(db_path)
    assert first.acquire()
    raised: list[bool] = []
    first.activated.connect(lambda: raised.append(True))

    second = guards(db_path)
    assert not second.acquire()
    assert second.delivered
    assert raised == [True]
    assert second.message() == (
        f"kimboard: Die Datenbank {db_path} ist schon in einem kimboard-Fenster geöffnet; "
        "dieses Fenster wurde in den Vordergrund geholt.")


def test_second_start_with_a_bundle_hands_it_to_the_first(  # noqa: ANN001
    qapp, qtbot, guards, db_path: Path, tmp_path: Path, monkeypatch
) -> None:
    """A double-click on a .kimb while kimboard is open: the open window shows its import
    preview (the path made absolute: the second start may run in another folder)."""
    first = guards(db_path)
    assert first.acquire()
    opened: list[str] = []
    first.open_requested.connect(opened.append)
    monkeypatch.chdir(tmp_path)
    second = guards(db_path)
    assert not second.acquire(Path("Paket aus Köln.kimb"))
    assert second.delivered
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert opened == [str(tmp_path / "Paket aus Köln.kimb")]
    assert second.message().endswith("und zeigt das Paket zum Import an.")


def test_kimb_argument_starts_the_window_with_the_import_preview(
    monkeypatch, tmp_path: Path  # noqa: ANN001
) -> None:
    """``kimboard [--db X] PAKET.kimb`` is what the desktop entry and the Windows file type
    run; anything else stays a usage error or a command."""
    from kimboard import cli
    from kimboard.ui import app

    calls: list[tuple] = []
    monkeypatch.setattr(app, "run_gui", lambda db, smoke_test=False, open_bundle=None:
                        calls.append((db, open_bundle)) or 0)
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "k.sqlite3"
    assert cli.main(["--db", str(db), "Übergabe.KIMB"]) == 0
    assert cli.main([f"--db={db}", str(tmp_path / "b.kimb")]) == 0
    assert calls == [(db, tmp_path / "Übergabe.KIMB"), (db, tmp_path / "b.kimb")]
    assert cli.main(["--db", str(db), "a.kimb", "b.kimb"]) == cli.EXIT_USAGE
    assert cli.main(["--db", str(db), "liste.csv"]) == cli.EXIT_USAGE  # no such file
    assert len(calls) == 2
    # A bundle renamed for a mail filter is still one (the desktop knows it by content).
    (tmp_path / "paket.zip").write_bytes(b"PK")
    assert cli.main([str(tmp_path / "paket.zip"), "--db", str(db)]) == 0
    assert calls[-1] == (db, tmp_path / "paket.zip")
    (tmp_path / "stats").write_text("")  # a command name stays a command
    assert cli._bundle_to_open(["stats"]) is None


def test_first_paint_through_the_real_entry_point_needs_no_database_layer(
    tmp_path: Path,
) -> None:
    """``kimboard --db FILE`` paints the window before SQLAlchemy, Alembic or the data model
    are imported (the CLI must not import them on the way either)."""
    code = (
        "import sys, kimboard.cli\n"
        "from kimboard.ui.main_window import MainWindow\n"
        "real = MainWindow.repaint\n"
        "seen = []\n"
        "def repaint(self, *a):\n"
        "    real(self, *a)\n"
        "    seen.append(sorted(m for m in ('sqlalchemy', 'alembic', 'kimboard.core.models',\n"
        "                                   'kimboard.core.db') if m in sys.modules))\n"
        "MainWindow.repaint = repaint\n"
        "code = kimboard.cli.main(['--db', sys.argv[1], '--smoke-test'])\n"
        "print('FIRST', seen[0]); sys.exit(code)\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path / "k.sqlite3")],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "FIRST []" in result.stdout
    assert "Fenster" in result.stdout  # and the data was shown after it


def test_other_databases_are_independent(qapp, guards, tmp_path: Path) -> None:  # noqa: ANN001
    assert guards(tmp_path / "a.sqlite3").acquire()
    assert guards(tmp_path / "b.sqlite3").acquire()


def test_after_the_first_ends_the_next_start_is_first(qapp, guards, db_path: Path) -> None:  # noqa: ANN001
    first = guards(db_path)
    assert first.acquire()
    first.release()
    assert guards(db_path).acquire()


def test_the_key_does_not_depend_on_how_the_path_is_written(tmp_path: Path,
                                                            monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    same = {instance_key(p) for p in (tmp_path / "k.sqlite3", Path("k.sqlite3"),
                                      tmp_path / "sub" / ".." / "k.sqlite3")}
    assert len(same) == 1
    assert instance_key(tmp_path / "andere.sqlite3") not in same


def test_bring_to_front_restores_a_minimised_window(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMinimized()
    single_instance.bring_to_front(window)
    assert window.isVisible()
    assert not window.windowState() & Qt.WindowState.WindowMinimized


# --------------------------------------------------------------------------- real processes


def _start(db: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8",
           "PYTHONPATH": str(ROOT)}
    env.pop("KIMBOARD_DB", None)
    return subprocess.Popen([sys.executable, "-m", "kimboard", "--db", str(db)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            encoding="utf-8", env=env, cwd=ROOT)


def _wait_until_listening(db: Path, proc: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()
        if single_instance.send(instance_key(db), single_instance.PING, 500) == b"pong":
            return
        time.sleep(0.1)
    pytest.fail("the first kimboard never listened")


def _stop(proc: subprocess.Popen[str], sig: int = signal.SIGTERM) -> None:
    if proc.poll() is None:
        proc.send_signal(sig)
    proc.communicate(timeout=30)


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="signals to end the GUI process")
def test_two_real_processes(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    db = tmp_path / "kimboard.sqlite3"
    first = _start(db)
    try:
        _wait_until_listening(db, first)

        second = _start(db)
        out, err = second.communicate(timeout=60)
        assert second.returncode == 0, err
        assert err.strip().endswith("dieses Fenster wurde in den Vordergrund geholt."), err
        assert f"Die Datenbank {db} ist schon in einem kimboard-Fenster geöffnet" in err
        assert first.poll() is None  # the first one keeps running

        other = _start(tmp_path / "andere.sqlite3")  # another database: its own window
        try:
            _wait_until_listening(tmp_path / "andere.sqlite3", other)
        finally:
            _stop(other)

        # A crashed first kimboard leaves its lock behind; the next start takes over.
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
        third = _start(db)
        try:
            _wait_until_listening(db, third)
        finally:
            _stop(third)
    finally:
        _stop(first, signal.SIGKILL)
