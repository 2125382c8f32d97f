"""``kimboard metrics`` and ``kimboard report`` through the real entry point on demo data."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.test_cli import assert_user_error, kimboard_run, ok_json

pytestmark = pytest.mark.slow

METRIC_KEYS = {"burndown", "burnup", "velocity", "cfd", "cycle_time", "lead_time", "throughput",
               "wip_age"}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("metrics") / "kimboard.sqlite3"
    result = kimboard_run("demo", db=path)
    assert result.returncode == 0, result.stderr
    return path


def scrum_board(demo: Path) -> dict:
    return next(b for b in ok_json("ls", "boards", db=demo) if b["mode"] == "scrum")


def test_metrics_json_has_the_contract_keys(demo: Path) -> None:
    board = scrum_board(demo)
    data = ok_json("metrics", "--board", board["name"], db=demo)
    assert set(data) >= METRIC_KEYS
    # Without --sprint: the running sprint's burndown, one value per sprint day.
    assert data["sprint"]["state"] == "active"
    assert len(data["burndown"]["points"]["remaining"]) == len(data["burndown"]["days"])
    assert data["velocity"]["sprints"], "the demo has closed sprints"
    assert all(len(c["counts"]) == len(data["cfd"]["days"]) for c in data["cfd"]["columns"])


def test_metrics_of_a_closed_sprint_by_uuid(demo: Path) -> None:
    board = scrum_board(demo)
    sprints = [s for s in ok_json("ls", "sprints", db=demo)
               if s["board"] == board["uuid"] and s["state"] == "closed"]
    assert sprints
    first = sprints[0]
    data = ok_json("metrics", "--board", board["uuid"], "--sprint", first["uuid"], db=demo)
    assert data["sprint"]["uuid"] == first["uuid"]
    assert data["period"] == {"from": first["start"], "to": first["end"]}
    assert [v["uuid"] for v in data["velocity"]["sprints"]] == [first["uuid"]]
    remaining = data["burndown"]["points"]["remaining"]
    assert None not in remaining  # a closed sprint has a value for every day


def test_metrics_of_a_kanban_board_has_no_burndown(demo: Path) -> None:
    board = next(b for b in ok_json("ls", "boards", db=demo) if b["mode"] == "kanban")
    data = ok_json("metrics", "--board", board["uuid"], db=demo)
    assert data["burndown"] is None and data["burnup"] is None
    assert data["lead_time"]["count"] > 0


def test_metrics_human_form_and_errors(demo: Path) -> None:
    board = scrum_board(demo)
    human = kimboard_run("metrics", "--board", board["name"], db=demo)
    assert human.returncode == 0, human.stderr
    assert "Velocity" in human.stdout and "Durchlaufzeit" in human.stdout
    assert_user_error(kimboard_run("metrics", "--board", board["name"], "--sprint",
                                   "Gibt es nicht", db=demo), "Sprint")
    assert_user_error(kimboard_run("metrics", "--board", "Gibt es nicht", db=demo), "Board")
    usage = kimboard_run("metrics", db=demo)
    assert usage.returncode == 2


def test_metrics_never_imports_qt(demo: Path) -> None:
    board = scrum_board(demo)
    probe = (
        "import sys, contextlib, io\n"
        "from kimboard.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    rc = main(['--db', {str(demo)!r}, 'metrics', '--board', {board['uuid']!r}, "
        "'--json'])\n"
        "print(rc, any(m.split('.')[0] in ('PySide6', 'shiboken6', 'matplotlib') "
        "for m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.stdout.split() == ["0", "False"], result.stderr


def test_report_into_a_folder_uses_the_suggested_name(demo: Path, tmp_path: Path) -> None:
    board = scrum_board(demo)
    result = kimboard_run("report", "--board", board["name"], "-o", tmp_path, db=demo)
    assert result.returncode == 0, result.stderr
    (pdf,) = tmp_path.glob("Sprint-Review_*.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    assert not tmp_path.with_suffix(".pdf").exists()
