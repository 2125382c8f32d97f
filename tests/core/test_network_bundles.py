"""Adoption across two databases through bundles: the origin office sees in its overview that
another office took its approach over, once that office's bundle is imported."""

from __future__ import annotations

from pathlib import Path

from kimboard.core.bundle import (
    ExportScope,
    adopt_solution,
    apply_import,
    export_bundle,
    open_bundle,
)
from kimboard.core.db import Database
from kimboard.core.models import SolutionApproach
from kimboard.core.network import network_overview
from kimboard.core.ops.sites import create_site
from kimboard.core.ops.solutions import create_solution, set_solution_status
from kimboard.core.solution_library import solution_detail, solution_rows


def test_adoption_travels_back_to_the_origin_through_bundles(tmp_path: Path) -> None:
    origin_db = Database.open(tmp_path / "musterstadt.sqlite3")
    adopter_db = Database.open(tmp_path / "beispielkreis.sqlite3")
    try:
        # Musterstadt has an approach in practice and sends its approaches out.
        mst = origin_db.run(create_site, "Ausländerbehörde Musterstadt", "ABH-MST",
                            "Bezirksregierung Köln").value
        approach = origin_db.run(create_solution, mst.id, "Online-Terminvergabe",
                                 problem="Lange Schlangen").value
        origin_db.run(set_solution_status, approach.id, "trial")
        origin_db.run(set_solution_status, approach.id, "practice")
        out = tmp_path / "mst.kimb"
        with origin_db.session() as s:
            export_bundle(s, ExportScope.solutions(mst.id), out)

        # Beispielkreis imports it (read-only there) and takes the approach over.
        bsk = adopter_db.run(create_site, "Ausländerbehörde Beispielkreis", "ABH-BSK",
                             "Bezirksregierung Münster").value
        adopter_db.run(apply_import, open_bundle(out))
        with adopter_db.session() as s:
            [row] = [r for r in solution_rows(s) if r["uuid"] == approach.uuid]
            assert row["site_is_local"] is False
        copy = adopter_db.run(adopt_solution, row["id"], bsk.id, "Für die Außenstellen").value
        with adopter_db.session() as s:
            here = network_overview(s)
            assert [len(t["adopters"]) for t in here["transfers"]] == [1]
            assert s.get_one(SolutionApproach, copy.id).status == "trial"
        back = tmp_path / "bsk.kimb"
        with adopter_db.session() as s:
            export_bundle(s, ExportScope.site(bsk.id), back)

        # Before the adopting office's bundle arrives, the origin knows of no adoption ...
        with origin_db.session() as s:
            before = network_overview(s)
        assert before["transfers"] == []
        # ... afterwards its overview shows who took the approach over, and when.
        origin_db.run(apply_import, open_bundle(back))
        with origin_db.session() as s:
            after = network_overview(s)
            detail = solution_detail(s, approach.id)
        [transfer] = after["transfers"]
        assert transfer["approach"]["uuid"] == approach.uuid
        assert transfer["origin"]["uuid"] == mst.uuid
        assert [(a["uuid"], a["name"], a["known"], a["note"]) for a in transfer["adopters"]] \
            == [(bsk.uuid, "Ausländerbehörde Beispielkreis", True, "Für die Außenstellen")]
        offices = {o["short_code"]: o for o in after["offices"]}
        assert offices["ABH-MST"]["is_local"] is True
        assert offices["ABH-BSK"]["is_local"] is False
        assert offices["ABH-MST"]["solutions"]["adopted_by_others"] == 1
        assert offices["ABH-BSK"]["solutions"]["adopted_from_others"] == 1
        assert offices["ABH-BSK"]["solutions"]["by_status"]["trial"] == 1  # the copy
        assert [a["name"] for a in detail["adoptions"]] == ["Ausländerbehörde Beispielkreis"]
        # Importing the same bundle again changes nothing.
        origin_db.run(apply_import, open_bundle(back))
        with origin_db.session() as s:
            assert network_overview(s)["transfers"] == after["transfers"]
    finally:
        origin_db.close()
        adopter_db.close()
