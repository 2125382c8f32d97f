"""``kimboard export``, ``import`` and ``verify`` through the real entry point (subprocess)."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from kimboard.core.db import Database
from kimboard.core.models import Board, Card, Site
from kimboard.core.ops.cards import update_card
from tests.e2e.test_cli import assert_user_error, kimboard_run

pytestmark = pytest.mark.slow

CORPORA = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template, path)
    for suffix in ("-wal", "-shm"):
        src = demo_template.with_name(demo_template.name + suffix)
        if src.exists():
            shutil.copyfile(src, path.with_name(path.name + suffix))
    return path


@pytest.fixture(scope="module")
def bundle(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bundle") / "mst.kimb"
    result = kimboard_run("export", "--site", "ABH-MST", "-o", out, db=demo_template)
    assert result.returncode == 0, result.stderr
    assert "Paket gespeichert" in result.stdout
    return out


def _state(path: Path) -> str:
    """Every row of every table: the database "exactly as before"."""
    if not path.exists():
        return "missing"
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        digest = hashlib.sha256()
        for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                    "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"):
            for text in sorted(repr(r) for r in con.execute(f'SELECT * FROM "{table}"')):
                digest.update(text.encode())
        return digest.hexdigest()
    finally:
        con.close()


def test_export_verify_import_and_import_again(bundle: Path, tmp_path: Path) -> None:
    verified = kimboard_run("verify", bundle)
    assert verified.returncode == 0, verified.stderr
    assert "Das Paket ist in Ordnung" in verified.stdout
    assert "„Ausländerbehörde Musterstadt“ (ABH-MST)" in verified.stdout
    info = json.loads(kimboard_run("verify", bundle, "--json").stdout)
    assert info["valid"] and info["counts"]["cards"] > 0 and not info["signed"]

    target = tmp_path / "other.sqlite3"
    dry = kimboard_run("import", bundle, "--dry-run", "--json", db=target)
    assert dry.returncode == 0, dry.stderr
    preview = json.loads(dry.stdout)
    assert preview["applied"] is False and preview["target"] == "new_site"
    assert preview["entities"]["cards"] == {"new": info["counts"]["cards"], "updated": 0,
                                            "unchanged": 0, "conflicts": 0, "skipped": 0}
    assert set(preview["entities"]["cards"]) >= {"new", "updated", "unchanged", "conflicts"}
    assert json.loads(kimboard_run("stats", "--json", db=target).stdout)["cards"] == 0

    done = kimboard_run("import", bundle, "--yes", db=target)
    assert done.returncode == 0, done.stderr
    assert "Importiert:" in done.stdout
    stats = json.loads(kimboard_run("stats", "--json", db=target).stdout)
    assert stats["cards"] == info["counts"]["cards"]
    sites = json.loads(kimboard_run("ls", "sites", "--json", db=target).stdout)
    assert [(s["short_code"], s["is_local"]) for s in sites] == [("ABH-MST", False)]

    before = _state(target)
    again = kimboard_run("import", bundle, "--yes", "--json", db=target)
    assert again.returncode == 0, again.stderr
    result = json.loads(again.stdout)
    assert result["applied"] is False and result["has_changes"] is False
    assert result["totals"]["new"] == result["totals"]["updated"] == 0
    assert _state(target) == before
    text = kimboard_run("import", bundle, "--yes", db=target)
    assert "Nichts zu übernehmen" in text.stdout


def test_import_without_yes_only_shows_what_would_happen(bundle: Path, tmp_path: Path) -> None:
    target = tmp_path / "other.sqlite3"
    kimboard_run("stats", db=target)
    before = _state(target)
    result = kimboard_run("import", bundle, db=target)
    assert result.returncode == 2
    assert "Karten" in result.stdout and "neu" in result.stdout
    assert "Zum Übernehmen bitte mit --yes aufrufen" in result.stderr
    assert _state(target) == before


def test_refused_bundles_exit_1_with_a_german_reason_and_change_nothing(
        bundle: Path, demo: Path, tmp_path: Path) -> None:
    import zipfile

    before = _state(demo)
    junk = tmp_path / "junk.kimb"
    junk.write_bytes(b"kein Zip")
    assert_user_error(kimboard_run("import", junk, "--yes", db=demo),
                      "Das Paket ist beschädigt")

    entries = {}
    with zipfile.ZipFile(bundle) as zf:
        for info in zf.infolist():
            entries[info.filename] = zf.read(info)
    entries["data/cards.jsonl"] = entries["data/cards.jsonl"].replace(b"Termin", b"Tarmin", 1)
    tampered = tmp_path / "tampered.kimb"
    with zipfile.ZipFile(tampered, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("mimetype", entries.pop("mimetype"), compress_type=zipfile.ZIP_STORED)
        for name, data in entries.items():
            zf.writestr(name, data)
    assert_user_error(kimboard_run("import", tampered, "--yes", db=demo),
                      "Die Prüfsumme von data/cards.jsonl stimmt nicht")
    assert_user_error(kimboard_run("verify", tampered), "Prüfsumme")

    manifest = json.loads(entries["manifest.json"])
    manifest["format_version"] = "2.0"
    entries["manifest.json"] = json.dumps(manifest).encode()
    newer = tmp_path / "newer.kimb"
    with zipfile.ZipFile(newer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("mimetype", b"application/vnd.kimboard.bundle+zip",
                    compress_type=zipfile.ZIP_STORED)
        for name, data in entries.items():
            zf.writestr(name, data)
    assert_user_error(kimboard_run("import", newer, "--yes", db=demo),
                      "neueren kimboard-Version (Format 2.0). Bitte kimboard aktualisieren.")

    bomb = CORPORA / "zip" / "kd2fw_zipbombs" / "zipbomb_1G.zip"
    if bomb.exists():
        assert_user_error(kimboard_run("import", bomb, "--yes", db=demo), "ZIP-Bombe")
    traversal = CORPORA / "zip" / "rubyzip_path_traversal" / "relative0.zip"
    if traversal.exists():
        assert_user_error(kimboard_run("verify", traversal), "unsicher", "..")
    assert _state(demo) == before


def test_privacy_findings_stop_the_export_unless_ignored(demo: Path, tmp_path: Path) -> None:
    with Database.open(demo) as db:
        with db.session() as s:
            card_id = s.scalar(select(Card.id).join(Board).join(Site)
                               .where(Site.short_code == "ABH-LIN").order_by(Card.id))
        assert card_id is not None
        db.run(update_card, card_id, description="Rückruf unter 0221 1234567 vereinbart")
    out = tmp_path / "lin.kimb"
    refused = kimboard_run("export", "--site", "ABH-LIN", "-o", out, db=demo)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert refused.stderr.startswith("kimboard: Datenschutz-Prüfung: 1 mögliche")
    assert "kimboard: Fehler: Export abgebrochen" in refused.stderr
    assert "--ignore-findings" in refused.stderr
    assert "Telefonnummer" in refused.stderr and "Karte #" in refused.stderr
    assert list(tmp_path.glob("*.kimb")) == [] and list(tmp_path.glob(".*tmp")) == []
    done = kimboard_run("export", "--site", "ABH-LIN", "-o", out, "--ignore-findings", db=demo)
    assert done.returncode == 0, done.stderr
    assert "trotz 1 möglicher" in done.stdout
    assert out.exists()


def test_board_export_signed_pseudonymised_without_comments(demo: Path, tmp_path: Path) -> None:
    with Database.open(demo) as db, db.session() as s:
        board = s.scalar(select(Board.name).join(Site).where(Site.short_code == "ABH-MST",
                                                            Board.mode == "kanban"))
    out = tmp_path / "board"
    result = kimboard_run("export", "--site", "ABH-MST", "--board", str(board), "-o", out,
                          "--sign", "--pseudonymize", "--no-comments", db=demo)
    assert result.returncode == 0, result.stderr
    assert "signiert (Fingerabdruck" in result.stdout
    path = tmp_path / "board.kimb"
    verified = kimboard_run("verify", path)
    assert verified.returncode == 0, verified.stderr
    assert "Signatur gültig: signiert von „Ausländerbehörde Musterstadt“ (Fingerabdruck" in \
        verified.stdout
    assert "pseudonymisiert, ohne Kommentare" in verified.stdout
    solutions = kimboard_run("export", "--site", "ABH-MST", "--solutions", "-o",
                             tmp_path / "sol.kimb", "--json", db=demo)
    assert solutions.returncode == 0, solutions.stderr
    assert json.loads(solutions.stdout)["counts"]["solution_approaches"] >= 1
    conflict = kimboard_run("export", "--site", "ABH-MST", "--board", "x", "--solutions",
                            "-o", tmp_path / "x.kimb", db=demo)
    assert conflict.returncode == 2
