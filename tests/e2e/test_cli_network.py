"""``kimboard network``: the Landesnetzwerk figures on the command line.

Until ``kimboard.cli.build_parser`` registers the command itself, the tests add it the way
``build_parser`` adds the other command modules (``register(add, json_flag)``) and run the
parsed command in-process; the subprocess test runs once the command is hooked in.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from kimboard import cli, cli_network
from kimboard.core.db import Database
from kimboard.core.ops.sites import create_site
from kimboard.core.ops.solutions import create_solution, record_adoption, set_solution_status


def _subparsers(parser: argparse.ArgumentParser) -> Any:
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def hooked() -> bool:
    return "network" in _subparsers(cli.build_parser()).choices


def build_parser() -> argparse.ArgumentParser:
    """kimboard's parser with ``network`` (registered here if cli does not do it yet)."""
    parser = cli.build_parser()
    sub = _subparsers(parser)
    if "network" not in sub.choices:
        def add(name: str, help_text: str, func: Any) -> Any:
            p = sub.add_parser(name, help=help_text, description=help_text, add_help=False)
            p.add_argument("-h", "--help", action="help")
            p.add_argument("--db", metavar="DATEI", default=argparse.SUPPRESS)
            p.set_defaults(func=func)
            return p

        def json_flag(p: argparse.ArgumentParser) -> None:
            p.add_argument("--json", action="store_true", help="Ausgabe als JSON")

        cli_network.register(add, json_flag)
    return parser


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    args = build_parser().parse_args(list(argv))
    code = cli._run(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("network") / "kim.sqlite3"
    db = Database.open(path)
    try:
        mst = db.run(create_site, "Ausländerbehörde Musterstadt", "ABH-MST",
                     "Bezirksregierung Köln").value
        lin = db.run(create_site, "Ausländerbehörde Lindenau", "ABH-LIN",
                     "Bezirksregierung Detmold").value
        approach = db.run(create_solution, mst.id, "Online-Terminvergabe").value
        db.run(set_solution_status, approach.id, "trial")
        db.run(create_solution, lin.id, "Willkommensmappe")
        db.run(record_adoption, approach.id, lin.uuid, "Ausländerbehörde Lindenau",
               dt.date(2026, 11, 20), "Für das Bürgerbüro")
    finally:
        db.close()
    return path


def test_network_json_lists_every_office_with_uuid_and_name(
        db_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", str(db_file), "network", "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert [(o["short_code"], o["name"]) for o in data["offices"]] == [
        ("ABH-LIN", "Ausländerbehörde Lindenau"), ("ABH-MST", "Ausländerbehörde Musterstadt")]
    assert all(len(o["uuid"]) == 36 for o in data["offices"])
    mst = data["offices"][1]
    assert mst["solutions"]["by_status"] == {"idea": 0, "trial": 1, "practice": 0,
                                             "transferred": 0}
    assert mst["solutions"]["adopted_by_others"] == 1
    [transfer] = data["transfers"]
    assert [a["name"] for a in transfer["adopters"]] == ["Ausländerbehörde Lindenau"]
    assert data["regions"] == ["Bezirksregierung Detmold", "Bezirksregierung Köln"]


def test_network_region_filter_accepts_the_short_name(
        db_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "--db", str(db_file), "network", "--region", "köln",
                          "--json")
    assert code == 0
    data = json.loads(out)
    assert data["region"] == "Bezirksregierung Köln"
    assert [o["short_code"] for o in data["offices"]] == ["ABH-MST"]


def test_network_unknown_region_is_an_error(db_file: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", str(db_file), "network", "--region", "Bayern")
    assert (code, out) == (1, "")
    assert err.startswith("kimboard: Fehler: Keine Dienststelle mit der Bezirksregierung")
    assert "„Bezirksregierung Köln“" in err


def test_network_human_form_is_a_german_table_and_writes_the_pdf(
        db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "netz.pdf"
    code, out, _err = run(capsys, "--db", str(db_file), "network", "--pdf", str(pdf))
    assert code == 0
    assert out.startswith(f"PDF gespeichert: {pdf}")
    assert "Landesnetzwerk – alle Bezirksregierungen" in out
    assert "Kürzel   Dienststelle" in out
    assert "Ausländerbehörde Musterstadt" in out
    assert "Online-Terminvergabe" in out and "20.11.2026" in out
    assert "Filtern mit --region" in out
    assert "Landesnetzwerk KIM" in PdfReader(pdf).pages[0].extract_text()


def test_network_on_an_empty_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "--db", str(tmp_path / "leer.sqlite3"), "network")
    assert code == 0
    assert "Keine Dienststellen in dieser Datenbank." in out


@pytest.mark.slow
@pytest.mark.skipif(not hooked(), reason="kimboard network is not hooked into cli.py yet")
def test_network_through_the_real_entry_point(db_file: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    env.pop("KIMBOARD_DB", None)
    result = subprocess.run([sys.executable, "-m", "kimboard", "--db", str(db_file),
                             "network", "--json"], capture_output=True, text=True,
                            encoding="utf-8", env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {o["short_code"] for o in data["offices"]} == {"ABH-MST", "ABH-LIN"}
