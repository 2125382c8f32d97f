"""``kimboard retro protocol`` and ``kimboard retro history`` on the demo data.

Most tests run the command line in this process through kimboard.cli's own parser, with the
``retro`` command registered the way ``build_parser`` registers its other command modules (so
they work before and after kimboard.cli hooks ``kimboard.cli_retro`` in). The subprocess tests
run the real entry point and are skipped until that hook exists.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from kimboard import cli, cli_retro
from kimboard.core.db import Database
from kimboard.core.demo import load_demo
from kimboard.core.ops.sites import create_site
from tests.e2e.test_cli import kimboard_run

Run = Callable[..., tuple[int, str, str]]


def _subparsers(parser: argparse.ArgumentParser) -> Any:
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def hooked() -> bool:
    return "retro" in _subparsers(cli.build_parser()).choices


def build_parser() -> argparse.ArgumentParser:
    """kimboard's parser with ``retro`` registered (as cli.build_parser's ``add`` does)."""
    parser = cli.build_parser()
    sub = _subparsers(parser)
    if "retro" in sub.choices:
        return parser

    def add(name: str, help_text: str, func: Callable[[argparse.Namespace], int]) -> Any:
        p = sub.add_parser(name, help=help_text, description=help_text, add_help=False)
        p.add_argument("-h", "--help", action="help", help="diese Hilfe anzeigen und beenden")
        p.add_argument("--db", metavar="DATEI", default=argparse.SUPPRESS,
                       help="Datenbankdatei (sonst KIMBOARD_DB oder der Standardort)")
        p.set_defaults(func=func)
        return p

    def json_flag(p: argparse.ArgumentParser) -> None:
        p.add_argument("--json", action="store_true", help="Ausgabe als JSON")

    cli_retro.register(add, json_flag)
    return parser


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "kimboard.sqlite3"
    with Database.open(path) as db:
        db.run(load_demo)
    return path


@pytest.fixture
def run(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> Run:
    def call(*argv: str | Path, db: Path | None = None) -> tuple[int, str, str]:
        args = build_parser().parse_args(["--db", str(db or demo_db), *map(str, argv)])
        code = cli._run(args)
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return call


def _pdf_text(path: Path) -> str:
    return " ".join("\n".join(p.extract_text() or "" for p in PdfReader(path).pages).split())


# --------------------------------------------------------------------------- history


def test_history_json_lists_retros_actions_and_roti_trend(run: Run) -> None:
    code, out, err = run("retro", "history", "--site", "ABH-MST", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert [r["title"] for r in data["retros"]] == [
        "Retrospektive Sprint 3 – Wissenssammlung",
        "Retrospektive Sprint 2 – Sprechstunde Jobcenter",
        "Retrospektive Sprint 1 – Terminvergabe"]
    assert len(data["actions"]) == 6
    assert [t["title"] for t in data["roti_trend"]] == [r["title"] for r in data["retros"]][::-1]
    assert data["summary"]["actions"]["followed_up"] == 4


def test_history_as_text(run: Run) -> None:
    code, out, _err = run("retro", "history", "--site", "ABH-MST")
    assert code == 0
    assert out.startswith("Retrospektiven: Ausländerbehörde Musterstadt (ABH-MST)")
    for expected in ("Retrospektive Sprint 1 – Terminvergabe", "Segelboot", "Maßnahmen:",
                     "Tägliches 10-Minuten-Update am Board einführen", "wirksam",
                     "ROTI-Verlauf: "):
        assert expected in out


def test_history_of_a_board_finds_its_office(run: Run) -> None:
    code, out, err = run("retro", "history", "--board", "KIM-Projektgruppe Beispielkreis",
                         "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["site"]["short_code"] == "ABH-BSK"
    assert [r["title"] for r in data["retros"]] == ["Retrospektive Sprint 3 – Netzwerkübersicht"]


def test_history_of_a_team(run: Run) -> None:
    code, out, err = run("retro", "history", "--site", "ABH-MST", "--team",
                         "kim-team musterstadt", "--json")
    assert code == 0, err
    assert json.loads(out)["team"]["name"] == "KIM-Team Musterstadt"
    code, _out, err = run("retro", "history", "--site", "ABH-MST", "--team", "Niemand")
    assert code == 1 and "Kein Team „Niemand“" in err


def test_history_needs_the_site_when_there_are_several(run: Run, tmp_path: Path) -> None:
    code, _out, err = run("retro", "history")
    assert code == 1
    assert err.startswith("kimboard: Fehler: Bitte mit --site die Dienststelle angeben")
    single = tmp_path / "one.sqlite3"
    with Database.open(single) as db:
        db.run(create_site, "Ausländerbehörde Teststadt", "ABH-T")
    code, out, err = run("retro", "history", db=single)
    assert code == 0, err
    assert "Keine Retrospektiven vorhanden." in out


# --------------------------------------------------------------------------- protocol


def test_protocol_as_pdf_holds_items_votes_and_actions(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "protokoll.pdf"
    code, out, err = run("retro", "protocol", "Retrospektive Sprint 2 – Sprechstunde Jobcenter",
                         "--site", "ABH-MST", "-o", target)
    assert code == 0, err
    assert out.startswith("Protokoll (PDF) der Retrospektive „Retrospektive Sprint 2")
    text = _pdf_text(target)
    for expected in ("Das Jobcenter ist offen für eine gemeinsame Sprechstunde",
                     "Abstimmung mit Partnern –", "Stimmen",
                     "Pro Sprint höchstens ein Thema mit externer Abstimmung einplanen",
                     "ROTI"):
        assert expected in text


def test_protocol_as_markdown_and_as_json(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "protokoll.md"
    code, out, err = run("retro", "protocol", "Retrospektive Sprint 1 – Terminvergabe",
                         "-o", target)
    assert code == 0, err
    assert "(Markdown)" in out
    assert target.read_text(encoding="utf-8").startswith(
        "# Protokoll der Retrospektive „Retrospektive Sprint 1 – Terminvergabe“")
    code, out, err = run("retro", "protocol", "Retrospektive Sprint 1 – Terminvergabe", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["retro"]["anonymous"] is True and data["participants"]["names"] == []


def test_protocol_default_file_name_in_the_working_folder(
        run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _out, err = run("retro", "protocol", "Führungsrunde: Rückblick auf die ersten "
                          "KIM-Wochen")
    assert code == 0, err
    [written] = list(tmp_path.iterdir())
    assert written.name.startswith("Retro-Protokoll_ABH-LIN_Führungsrunde")
    assert written.suffix == ".pdf"


def test_protocol_errors_are_german_one_liners(run: Run, tmp_path: Path) -> None:
    code, _out, err = run("retro", "protocol", "Retrospektive Sprint 1 – Terminvergabe",
                          "-o", tmp_path / "p.txt")
    assert code == 1 and ".pdf" in err and ".md" in err
    code, _out, err = run("retro", "protocol", "Gibt es nicht")
    assert code == 1 and err.startswith("kimboard: Fehler: Keine Retrospektive „Gibt es nicht“")
    code, _out, err = run("retro", "protocol", "Retrospektive Sprint 3 – Wissenssammlung",
                          "-o", tmp_path)
    assert code == 1 and "Ordner" in err
    assert list(tmp_path.iterdir()) == []


def test_usage_errors_exit_with_2(demo_db: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        build_parser().parse_args(["--db", str(demo_db), "retro"])
    assert exc.value.code == 2


# --------------------------------------------------------------------------- the real entry point


@pytest.mark.slow
@pytest.mark.skipif(not hooked(), reason="kimboard.cli does not register cli_retro yet")
def test_real_entry_point_history_and_protocol(demo_db: Path, tmp_path: Path) -> None:
    result = kimboard_run("retro", "history", "--site", "ABH-MST", "--json", db=demo_db)
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["retros"]) == 3
    target = tmp_path / "p.md"
    result = kimboard_run("retro", "protocol", "Retrospektive Sprint 1 – Terminvergabe",
                          "-o", target, db=demo_db)
    assert result.returncode == 0, result.stderr
    assert target.exists()
