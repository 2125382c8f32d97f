"""``kimboard import-trello``, ``import-csv`` and ``export-csv`` through the real entry point."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from kimboard.core.db import Database
from kimboard.core.ops import boards, cards, sites
from tests.e2e.test_cli import assert_user_error, kimboard_run, ok_json

pytestmark = pytest.mark.slow

TRELLO = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "trello"
GOCD = TRELLO / "gocd-test-drive.json"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("importers") / "kimboard.sqlite3"
    with Database.open(path) as db:
        site = db.run(sites.create_site, "Ausländerbehörde Köln", "ABH-KOE").value.id
        board = db.run(boards.create_board, site, "Fachkräfte").value.id
        db.run(boards.create_board, site, "Leer")
        db.run(cards.create_card, board, "Terminvergabe; „online“",
               description="Rückruf: Tel. 0221 1234567\nZeile 2")
        db.run(cards.create_card, board, "=SUMME(A1)", due_date=None, estimate=2.5)
    return path


@pytest.fixture
def db_file(template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "kimboard.sqlite3"
    shutil.copy2(template, path)
    return path


@pytest.mark.skipif(not GOCD.exists(), reason="../shared/corpora/trello fehlt (Testkorpus)")
def test_import_trello_prints_counts(db_file: Path) -> None:
    data = ok_json("import-trello", GOCD, "--site", "ABH-KOE", db=db_file)
    obj = json.loads(GOCD.read_bytes())
    assert data["board_name"] == obj["name"]
    assert data["cards"] == len(obj["cards"])
    assert data["checklists"] == len(obj["checklists"])
    assert data["comments"] == sum(a["type"] == "commentCard" for a in obj["actions"])
    assert data["lists"] == sum(not lst["closed"] for lst in obj["lists"])
    listed = {b["name"]: b["cards"] for b in ok_json("ls", "boards", db=db_file)}
    assert obj["name"] in listed
    # Human output, a second time: a new name, German summary and notes.
    result = kimboard_run("import-trello", GOCD, "--site", "ABH-KOE", db=db_file)
    assert result.returncode == 0, result.stderr
    assert f"importiert als „{obj['name']} (2)“" in result.stdout
    assert "Karten" in result.stdout and "Hinweise:" in result.stdout


def test_import_trello_refuses_other_files(db_file: Path, tmp_path: Path) -> None:
    card = tmp_path / "karte.json"
    card.write_text(json.dumps({"id": "c", "idBoard": "b", "idList": "l", "name": "Karte"}))
    assert_user_error(kimboard_run("import-trello", card, "--site", "ABH-KOE", db=db_file),
                      "einzelnen Trello-Karte")
    junk = tmp_path / "junk.json"
    junk.write_bytes(b"\x00\xff not json")
    assert_user_error(kimboard_run("import-trello", junk, "--site", "ABH-KOE", db=db_file),
                      "junk.json")
    assert_user_error(kimboard_run("import-trello", tmp_path / "fehlt.json", "--site",
                                   "ABH-KOE", db=db_file), "gibt es nicht")
    board = tmp_path / "board.json"
    board.write_text(json.dumps({"name": "B", "lists": [], "cards": []}))
    assert_user_error(kimboard_run("import-trello", board, "--site", "NIX", db=db_file),
                      "Keine Dienststelle „NIX“")
    usage = kimboard_run("import-trello", card, db=db_file)
    assert usage.returncode == 2 and "--site" in usage.stderr
    assert [b["name"] for b in ok_json("ls", "boards", db=db_file)] == ["Fachkräfte", "Leer"]


def test_export_then_import_csv(db_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "karten.csv"
    result = kimboard_run("export-csv", "--board", "Fachkräfte", "-o", out, db=db_file)
    assert result.returncode == 0, result.stderr
    assert "als CSV gespeichert (2 Karten)" in result.stdout
    assert "Telefonnummer" in result.stderr  # the privacy hint
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfNr.;Titel;Beschreibung;Spalte;")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[1][1] == "Terminvergabe; „online“" and rows[2][1] == "'=SUMME(A1)"
    assert rows[2][7] == "2,5"

    imported = ok_json("import-csv", out, "--board", "Leer", "--site", "ABH-KOE", db=db_file)
    assert imported["cards"] == 2 and imported["warnings"] == []
    again = tmp_path / "kopie.csv"
    assert kimboard_run("export-csv", "--board", "Leer", "-o", again, db=db_file).returncode == 0
    copy = list(csv.reader(io.StringIO(again.read_bytes().decode("utf-8-sig"), newline=""),
                           delimiter=";"))
    assert [r[1:] for r in copy] == [r[1:] for r in rows]

    human = kimboard_run("import-csv", out, "--board", "Leer", db=db_file)
    assert human.returncode == 0, human.stderr
    assert "CSV-Datei in das Board „Leer“ importiert" in human.stdout


def test_import_csv_refuses_unknown_columns(db_file: Path, tmp_path: Path) -> None:
    bad = tmp_path / "liste.csv"
    bad.write_bytes("Titel;Aktenzeichen\nA;1\n".encode("cp1252"))
    assert_user_error(kimboard_run("import-csv", bad, "--board", "Leer", db=db_file),
                      "unbekannte Spalten: „Aktenzeichen“", "Bekannt sind: Nr., Titel")
    boards_ = {b["name"]: b["cards"] for b in ok_json("ls", "boards", db=db_file)}
    assert boards_["Leer"] == 0
    assert_user_error(kimboard_run("export-csv", "--board", "Gibtsnicht", "-o",
                                   tmp_path / "x.csv", db=db_file), "Gibtsnicht")
