"""Export a demo office, import it into an empty database: same rows, field by field."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kimboard.core import queries
from kimboard.core.bundle import (
    TARGET_NEW,
    ExportOptions,
    ExportScope,
    apply_import,
    export_bundle,
    export_text_records,
    open_bundle,
    preview_import,
)
from kimboard.core.bundle import entities as E
from kimboard.core.bundle import rows as R
from kimboard.core.check import run_check
from kimboard.core.db import Database
from kimboard.core.demo import demo_short_codes
from kimboard.core.models import Board, Card, Member, Retrospective, Site, SolutionApproach
from kimboard.core.search import search_cards
from tests.core.bundle.helpers import entries_of, export, fingerprint, import_file, site_id


def _rows(db: Database, spec: E.EntitySpec, uuids: list[str]) -> dict[str, dict]:
    with db.session() as s:
        return {u: row for u, (_id, row) in R.fetch_by_uuid(s.connection(), spec, uuids).items()}


def _bundle_uuids(path: Path) -> dict[str, list[str]]:
    entries = entries_of(path.read_bytes())
    out = {}
    for spec in E.SPECS:
        data = entries.get(spec.file_name)
        if data:
            out[spec.name] = [json.loads(line)["uuid"] for line in data.decode().splitlines()]
    return out


@pytest.mark.parametrize("code", demo_short_codes())
def test_site_round_trip_matches_field_by_field(demo_db: Database, other_db: Database,
                                                tmp_path: Path, code: str) -> None:
    path = export(demo_db, tmp_path / f"{code}.kimb", code=code)
    result = import_file(other_db, path)
    assert result.applied and result.preview.target == TARGET_NEW

    compared = 0
    for name, uuids in _bundle_uuids(path).items():
        spec = E.SPEC_BY_NAME[name]
        mine = _rows(demo_db, spec, uuids)
        theirs = _rows(other_db, spec, uuids)
        skipped = result.preview.counts(name).skipped
        assert len(theirs) == len(uuids) - skipped, name
        assert len(mine) == len(uuids), name
        for uid, row in theirs.items():
            assert row == mine[uid], (name, uid)
            compared += 1
    assert compared > 300
    with demo_db.session() as s:
        before = queries.stats(s)["by_site"]
    with other_db.session() as s:
        after = queries.stats(s)["by_site"]
        site = s.scalar(select(Site).where(Site.short_code == code))
        assert site is not None and not site.is_local and site.pseudonym_key is None
    uuid = next(iter(after))
    assert after[uuid] == before[uuid]
    assert run_check(other_db).ok


def test_reimporting_same_bundle_changes_nothing(demo_db: Database, other_db: Database,
                                                 tmp_path: Path) -> None:
    path = export(demo_db, tmp_path / "mst.kimb")
    import_file(other_db, path)
    before = fingerprint(other_db)
    with other_db.session() as s:
        preview = preview_import(s, open_bundle(path))
    assert not preview.has_changes
    assert preview.totals().new == preview.totals().updated == preview.totals().conflicts == 0
    assert preview.previous_imports
    result = import_file(other_db, path)
    assert not result.applied and result.bundle_import_id is None
    assert fingerprint(other_db) == before
    # a second, newer export of the unchanged office changes nothing either
    import_file(other_db, export(demo_db, tmp_path / "mst2.kimb"))
    assert fingerprint(other_db) == before


def test_imported_cards_are_searchable_and_read_only(demo_db: Database, other_db: Database,
                                                     tmp_path: Path) -> None:
    from kimboard.core.errors import ValidationError
    from kimboard.core.ops.cards import update_card

    import_file(other_db, export(demo_db, tmp_path / "mst.kimb"))
    with demo_db.session() as s:
        title = s.scalar(select(Card.title).join(Board).join(Site)
                         .where(Site.short_code == "ABH-MST").order_by(Card.id))
    assert title
    with other_db.session() as s:
        hits = search_cards(s, title)
        assert hits and hits[0].title == title
        card_id = hits[0].card_id
    with pytest.raises(ValidationError, match="nur gelesen"):
        other_db.run(update_card, card_id, title="Geändert")


def test_importing_a_bundle_from_this_very_site_duplicates_nothing(demo_db: Database,
                                                                   tmp_path: Path) -> None:
    path = export(demo_db, tmp_path / "mst.kimb")
    before = fingerprint(demo_db)
    with demo_db.session() as s:
        preview = preview_import(s, open_bundle(path))
    assert preview.target == "own_site"
    assert not preview.has_changes
    import_file(demo_db, path)
    assert fingerprint(demo_db) == before


def test_board_scope_holds_the_board_its_history_and_the_people_named(
        demo_db: Database, other_db: Database, tmp_path: Path) -> None:
    with demo_db.session() as s:
        board = s.scalar(select(Board).join(Site).where(Site.short_code == "ABH-MST",
                                                       Board.mode == "scrum"))
        assert board is not None
        board_id, board_site = board.id, board.site_id
        cards = s.scalar(select(func.count()).select_from(Card)
                         .where(Card.board_id == board_id))
        all_members = s.scalar(select(func.count()).select_from(Member)
                               .where(Member.site_id == board_site))
    path = export(demo_db, tmp_path / "board.kimb", ExportScope.board(board_site, board_id))
    bundle = open_bundle(path)
    assert bundle.manifest.scope_kind == "board"
    assert bundle.counts["boards"] == 1
    assert bundle.counts["cards"] == cards
    assert bundle.counts["card_events"] > cards
    assert bundle.counts["sprints"] >= 1
    assert 0 < bundle.counts["members"] <= all_members
    assert "solution_approaches" not in bundle.counts
    import_file(other_db, path)
    assert run_check(other_db).ok


def test_retro_and_solution_scopes(demo_db: Database, other_db: Database,
                                   tmp_path: Path) -> None:
    sid = site_id(demo_db, "ABH-MST")
    with demo_db.session() as s:
        retro = s.scalar(select(Retrospective.id).where(Retrospective.site_id == sid))
        approaches = list(s.scalars(select(SolutionApproach.id)
                                    .where(SolutionApproach.site_id == sid)))
    assert retro is not None and approaches
    retro_bundle = open_bundle(export(demo_db, tmp_path / "retro.kimb",
                                      ExportScope.retro(sid, retro)))
    assert retro_bundle.counts["retrospectives"] == 1
    assert "cards" not in retro_bundle.counts and "boards" not in retro_bundle.counts
    chosen = open_bundle(export(demo_db, tmp_path / "one.kimb",
                                ExportScope.solutions(sid, (approaches[0],))))
    assert chosen.counts["solution_approaches"] == 1
    every = open_bundle(export(demo_db, tmp_path / "all.kimb", ExportScope.solutions(sid)))
    assert every.counts["solution_approaches"] == len(approaches)
    for bundle in (retro_bundle, chosen, every):
        other_db.run(apply_import, bundle)
    assert run_check(other_db).ok
    with other_db.session() as s:
        # the retrospective's board is not in the bundle: its reference stays empty
        imported = s.scalar(select(Retrospective).where(Retrospective.site_id.isnot(None)))
        assert imported is not None and imported.board_id is None


def test_pseudonymised_export_hides_names_and_never_carries_the_key(
        demo_db: Database, tmp_path: Path) -> None:
    sid = site_id(demo_db, "ABH-MST")
    with demo_db.session() as s:
        names = list(s.scalars(select(Member.display_name).where(Member.site_id == sid)))
        key = s.get_one(Site, sid).pseudonym_key
    with demo_db.session() as s:
        card = s.scalar(select(Card).join(Board).where(Board.site_id == sid))
        assert card is not None
        card_id = card.id
    from kimboard.core.ops.cards import update_card

    demo_db.run(update_card, card_id, description=f"Rückfrage bei {names[0]} klären")
    path = export(demo_db, tmp_path / "p.kimb", pseudonymize=True, comments=False)
    raw = b"".join(entries_of(path.read_bytes()).values()).decode()
    assert key and key not in raw
    for name in names:
        assert name not in raw, name
    assert "Teammitglied " in raw
    bundle = open_bundle(path)
    assert bundle.manifest.pseudonymized and not bundle.manifest.comments
    assert "comments" not in bundle.counts
    # stable: the same pseudonyms next time
    again = export(demo_db, tmp_path / "p2.kimb", pseudonymize=True, comments=False)
    assert (entries_of(again.read_bytes())["data/members.jsonl"]
            == entries_of(path.read_bytes())["data/members.jsonl"])


def test_privacy_records_are_the_texts_of_the_export(demo_db: Database) -> None:
    from kimboard.core.ops.cards import update_card
    from kimboard.core.privacy import scan_records

    sid = site_id(demo_db, "ABH-MST")
    with demo_db.session() as s:
        card = s.scalar(select(Card).join(Board).where(Board.site_id == sid))
        assert card is not None
        card_id, card_uuid = card.id, card.uuid
    demo_db.run(update_card, card_id, description="Bitte an max.mustermann@example.org melden")
    with demo_db.session() as s:
        records = export_text_records(s, ExportScope.site(sid))
        without_comments = export_text_records(s, ExportScope.site(sid),
                                               ExportOptions(comments=False))
    findings = scan_records(records)
    assert any(f.kind == "email" and f.record.uuid == card_uuid
               and f.record.entity == "card" and "Karte #" in f.record.label for f in findings)
    assert any(r.entity == "comment" for r in records)
    assert not any(r.entity == "comment" for r in without_comments)


def test_a_failed_export_leaves_no_file(demo_db: Database, tmp_path: Path) -> None:
    target = tmp_path / "out" / "broken.kimb"
    target.parent.mkdir()

    def boom(done: int, total: int) -> None:
        if done > 100:
            raise RuntimeError("Abbruch")

    with demo_db.session() as s, pytest.raises(RuntimeError):
        export_bundle(s, ExportScope.site(site_id(demo_db, "ABH-MST")), target,
                      progress=boom)
    assert os.listdir(target.parent) == []


def test_the_archive_layout(demo_db: Database, tmp_path: Path) -> None:
    path = export(demo_db, tmp_path / "mst.kimb")
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
        assert infos[0].filename == "mimetype"
        assert infos[0].compress_type == zipfile.ZIP_STORED
        assert zf.read("mimetype") == b"application/vnd.kimboard.bundle+zip"
        manifest = json.loads(zf.read("manifest.json"))
    names = {i.filename for i in infos}
    assert {f["name"] for f in manifest["files"]} == names - {"mimetype", "manifest.json"}
    assert manifest["format_version"] == "1.0"
    assert manifest["origin_site"]["short_code"] == "ABH-MST"
    assert manifest["counts"]["cards"] > 0


def test_foreign_site_cannot_be_exported(demo_db: Database, other_db: Database,
                                         tmp_path: Path) -> None:
    from kimboard.core.errors import ValidationError

    import_file(other_db, export(demo_db, tmp_path / "mst.kimb"))
    with other_db.session() as s, pytest.raises(ValidationError, match="eigenen Dienststelle"):
        export_bundle(s, ExportScope.site(site_id(other_db, "ABH-MST")), tmp_path / "x.kimb")
