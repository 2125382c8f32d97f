"""Two databases exchanging bundles back and forth: updates, older bundles, conflicts,
restoring an office on a second PC, adoptions travelling back to the origin."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from kimboard.core.bundle import (
    KEEP_MINE,
    TAKE_THEIRS,
    TARGET_KNOWN,
    TARGET_OWN,
    TARGET_RESTORE,
    BundleError,
    ExportScope,
    adopt_board,
    adopt_solution,
    apply_import,
    open_bundle,
    origin_label,
    preview_import,
)
from kimboard.core.db import Database
from kimboard.core.models import (
    Board,
    BoardAdoption,
    Card,
    Label,
    Site,
    SolutionAdoption,
    SolutionApproach,
)
from kimboard.core.ops.cards import set_labels, update_card
from kimboard.core.ops.sites import create_site
from tests.core.bundle.helpers import (
    export,
    fingerprint,
    import_file,
    rewrite,
    site_id,
)


def _cards(db: Database, code: str = "ABH-MST", n: int = 4) -> list[tuple[int, str]]:
    with db.session() as s:
        rows = s.execute(select(Card.id, Card.uuid).join(Board).join(Site)
                         .where(Site.short_code == code, Card.archived_at.is_(None))
                         .order_by(Card.id).limit(n)).all()
    return [(r[0], r[1]) for r in rows]


def _id_of(db: Database, uuid: str) -> int:
    with db.session() as s:
        return int(s.scalar(select(Card.id).where(Card.uuid == uuid)))


def _title(db: Database, uuid: str) -> str:
    with db.session() as s:
        return str(s.scalar(select(Card.title).where(Card.uuid == uuid)))


def _preview(db: Database, path: Path, **kw: object):  # type: ignore[no-untyped-def]
    with db.session() as s:
        return preview_import(s, open_bundle(path), **kw)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- another office


def test_a_newer_export_updates_and_an_older_one_changes_nothing(
        demo_db: Database, other_db: Database, tmp_path: Path) -> None:
    old = export(demo_db, tmp_path / "v1.kimb")
    import_file(other_db, old)
    (a_id, a_uuid), (b_id, b_uuid) = _cards(demo_db, n=2)
    demo_db.run(update_card, a_id, title="Neuer Titel aus Musterstadt")
    with demo_db.session() as s:
        board = s.scalar(select(Card.board_id).where(Card.id == b_id))
        label_ids = list(s.scalars(select(Label.id).where(Label.board_id == board)))
        have = {lb.id for lb in s.get_one(Card, b_id).labels}
    demo_db.run(set_labels, b_id, [i for i in label_ids if i not in have][:1])
    new = export(demo_db, tmp_path / "v2.kimb")

    preview = _preview(other_db, new)
    assert preview.target == TARGET_KNOWN
    cards = preview.counts("cards")
    assert cards.updated == 2 and cards.conflicts == 0 and cards.new == 0
    assert preview.counts("card_events").new >= 2  # the edits' history
    result = import_file(other_db, new)
    assert result.applied
    assert _title(other_db, a_uuid) == "Neuer Titel aus Musterstadt"
    with other_db.session() as s:
        labels = {lb.uuid for lb in s.scalar(select(Card).where(Card.uuid == b_uuid)).labels}
    with demo_db.session() as s:
        assert labels == {lb.uuid for lb in s.get_one(Card, b_id).labels}

    before = fingerprint(other_db)
    preview = _preview(other_db, old)
    assert not preview.has_changes
    assert preview.counts("cards").skipped == 2
    assert any("älter" in w or "schon importiert" in w for w in preview.warnings)
    import_file(other_db, old)
    assert fingerprint(other_db) == before
    assert _title(other_db, a_uuid) == "Neuer Titel aus Musterstadt"


def test_origin_is_kept_and_shown(demo_db: Database, other_db: Database, tmp_path: Path) -> None:
    import_file(other_db, export(demo_db, tmp_path / "mst.kimb"))
    with other_db.session() as s:
        card = s.scalar(select(Card))
        assert card is not None
        assert origin_label(s, card.origin_site_uuid) == "von Ausländerbehörde Musterstadt"
    with demo_db.session() as s:
        card = s.scalar(select(Card))
        assert card is not None and origin_label(s, card.origin_site_uuid) is None


def test_a_bundle_never_changes_what_another_office_owns(demo_db: Database,
                                                         tmp_path: Path) -> None:
    path = export(demo_db, tmp_path / "mst.kimb")
    (_id, mine), = _cards(demo_db, n=1)
    (_id2, bsk), = _cards(demo_db, code="ABH-BSK", n=1)
    # a forged bundle: one of Musterstadt's cards carries the UUID of a card of Beispielkreis
    forged = rewrite(path.read_bytes(), lambda e: e.update(
        {k: v.replace(mine.encode(), bsk.encode()) for k, v in e.items()
         if k.startswith("data/")}))
    before = fingerprint(demo_db)
    with pytest.raises(BundleError, match="anderen Dienststelle") as err:
        demo_db.run(apply_import, open_bundle(forged))
    assert err.value.reason == "foreign_rows"
    assert fingerprint(demo_db) == before


# --------------------------------------------------------------------------- own office


def _restored_pair(demo_db: Database, other_db: Database, tmp_path: Path) -> None:
    """other_db: Musterstadt restored on a second PC (local and editable there too)."""
    path = export(demo_db, tmp_path / "seed.kimb")
    assert _preview(other_db, path, restore=True).target == TARGET_RESTORE
    import_file(other_db, path, restore=True)
    with other_db.session() as s:
        site = s.scalar(select(Site).where(Site.short_code == "ABH-MST"))
        assert site is not None and site.is_local and site.pseudonym_key


def test_two_databases_of_one_office_merge_updates_and_conflicts_both_ways(
        demo_db: Database, other_db: Database, tmp_path: Path) -> None:
    _restored_pair(demo_db, other_db, tmp_path)
    (x1, x), (y1, y), (z1, z), (w1, w) = _cards(demo_db, n=4)
    # second PC: edits X and Z; first PC: edits Y and Z
    other_db.run(update_card, _id_of(other_db, x), title="X vom Laptop")
    other_db.run(update_card, _id_of(other_db, z), title="Z vom Laptop")
    demo_db.run(update_card, y1, title="Y vom PC")
    demo_db.run(update_card, z1, title="Z vom PC")

    laptop = export(other_db, tmp_path / "laptop1.kimb")
    preview = _preview(demo_db, laptop)
    assert preview.target == TARGET_OWN
    cards = preview.counts("cards")
    assert (cards.updated, cards.conflicts) == (1, 1)
    (conflict,) = preview.conflicts
    assert conflict.uuid == z and conflict.entity == "cards"
    title = next(d for d in conflict.fields if d.field == "title")
    assert (title.mine, title.theirs) == ("Z vom PC", "Z vom Laptop")
    result = import_file(demo_db, laptop)  # default: keep mine
    assert result.kept_mine == 1 and result.took_theirs == 0
    assert _title(demo_db, x) == "X vom Laptop"
    assert _title(demo_db, y) == "Y vom PC"
    assert _title(demo_db, z) == "Z vom PC"

    # back: the PC's decision wins on the laptop without a conflict
    pc = export(demo_db, tmp_path / "pc1.kimb")
    preview = _preview(other_db, pc)
    assert preview.counts("cards").conflicts == 0
    assert preview.counts("cards").updated == 2  # Y (changed on the PC), Z (decided there)
    import_file(other_db, pc)
    for uuid in (x, y, z):
        assert _title(other_db, uuid) == _title(demo_db, uuid)

    # a conflict the other way round, decided for the bundle's version
    demo_db.run(update_card, w1, title="W vom PC")
    other_db.run(update_card, _id_of(other_db, w), title="W vom Laptop")
    pc2 = export(demo_db, tmp_path / "pc2.kimb")
    preview = _preview(other_db, pc2)
    assert [c.uuid for c in preview.conflicts] == [w]
    result = import_file(other_db, pc2, resolutions={("cards", w): TAKE_THEIRS})
    assert result.took_theirs == 1
    assert _title(other_db, w) == "W vom PC"
    # the laptop's own edit of W stays in the history and reaches the PC as such …
    laptop2 = _preview(demo_db, export(other_db, tmp_path / "laptop2.kimb"))
    assert [(e.entity, e.new) for e in laptop2.entities if e.new or e.updated
            or e.conflicts] == [("card_events", 1)]
    import_file(demo_db, tmp_path / "laptop2.kimb")
    # … and then both are in step: nothing new either way
    assert not _preview(other_db, export(demo_db, tmp_path / "pc3.kimb")).has_changes
    assert not _preview(demo_db, export(other_db, tmp_path / "laptop3.kimb")).has_changes


def test_restoring_an_old_own_export_lists_what_changed_since_as_conflicts(
        demo_db: Database, tmp_path: Path) -> None:
    old = export(demo_db, tmp_path / "backup.kimb")
    (a_id, a), = _cards(demo_db, n=1)
    demo_db.run(update_card, a_id, title="Nach der Sicherung geändert")
    preview = _preview(demo_db, old)
    assert [c.uuid for c in preview.conflicts] == [a]
    before = fingerprint(demo_db)
    import_file(demo_db, old, default=KEEP_MINE)
    assert _title(demo_db, a) == "Nach der Sicherung geändert"
    assert fingerprint(demo_db) != before  # the decision is remembered …
    assert not _preview(demo_db, old).has_changes  # … so it is not asked again
    import_file(demo_db, old, resolutions={("cards", a): TAKE_THEIRS})
    assert _title(demo_db, a) == "Nach der Sicherung geändert"  # already decided: kept


def test_restore_into_a_database_that_knows_the_office_as_foreign_is_refused(
        demo_db: Database, other_db: Database, tmp_path: Path) -> None:
    from kimboard.core.errors import ValidationError

    path = export(demo_db, tmp_path / "mst.kimb")
    import_file(other_db, path)
    with pytest.raises(ValidationError, match="andere Dienststelle bekannt"):
        import_file(other_db, path, restore=True)


# --------------------------------------------------------------------------- adoptions


def test_adoptions_travel_back_to_the_origin(demo_db: Database, other_db: Database,
                                             tmp_path: Path) -> None:
    neu = other_db.run(create_site, "Ausländerbehörde Neustadt", "ABH-NEU").value.id
    mst = site_id(demo_db, "ABH-MST")
    with demo_db.session() as s:
        approach_uuid = s.scalar(select(SolutionApproach.uuid)
                                 .where(SolutionApproach.site_id == mst))
        board_uuid = s.scalar(select(Board.uuid).where(Board.site_id == mst,
                                                       Board.mode == "kanban"))
        board_id = s.scalar(select(Board.id).where(Board.uuid == board_uuid))
    assert approach_uuid and board_uuid and board_id
    import_file(other_db, export(demo_db, tmp_path / "sol.kimb", ExportScope.solutions(mst)))
    import_file(other_db, export(demo_db, tmp_path / "board.kimb",
                                 ExportScope.board(mst, board_id)))
    with other_db.session() as s:
        theirs_approach = s.scalar(select(SolutionApproach.id)
                                   .where(SolutionApproach.uuid == approach_uuid))
        theirs_board = s.scalar(select(Board.id).where(Board.uuid == board_uuid))
    assert theirs_approach and theirs_board
    copy = other_db.run(adopt_solution, theirs_approach, neu, "Passt zu uns").value
    board_copy = other_db.run(adopt_board, theirs_board, neu).value
    with other_db.session() as s:
        copied = s.get_one(SolutionApproach, copy.id)
        assert copied.site_id == neu and copied.status == "trial"
        assert s.scalar(select(Card.id).where(Card.board_id == board_copy.id)) is not None
    from kimboard.core.errors import ValidationError

    with pytest.raises(ValidationError, match="schon übernommen"):
        other_db.run(adopt_solution, theirs_approach, neu)

    neu_bundle = export(other_db, tmp_path / "neu.kimb", ExportScope.site(neu))
    preview = _preview(demo_db, neu_bundle)
    assert preview.counts("solution_adoptions").new == 1
    assert preview.counts("board_adoptions").new == 1
    import_file(demo_db, neu_bundle)
    with demo_db.session() as s:
        adoption = s.scalar(select(SolutionAdoption).join(SolutionApproach)
                            .where(SolutionApproach.uuid == approach_uuid,
                                   SolutionAdoption.adopting_site_name
                                   == "Ausländerbehörde Neustadt"))
        assert adoption is not None and adoption.note == "Passt zu uns"
        taken = s.scalar(select(BoardAdoption).where(BoardAdoption.board_id == board_id))
        assert taken is not None and taken.copy_uuid == board_copy.uuid
        neustadt = s.scalar(select(Site).where(Site.short_code == "ABH-NEU"))
        assert neustadt is not None and not neustadt.is_local
    # the origin's next export carries the adoption; back at Neustadt nothing doubles
    before = fingerprint(other_db)
    result = import_file(other_db, export(demo_db, tmp_path / "mst.kimb",
                                          ExportScope.solutions(mst)))
    assert result.preview.counts("solution_adoptions").new == 0
    assert result.preview.counts("solution_adoptions").unchanged >= 1
    assert not result.applied
    assert fingerprint(other_db) == before
