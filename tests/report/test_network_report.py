"""The Landesnetzwerk PDF and its charts, from a hand-written overview."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from kimboard.report import network_charts
from kimboard.report.network_report import (
    network_report_filename,
    percent,
    short_region,
    write_network_report,
)

DPI = 60


def _office(code: str, name: str, region: str, *, local: bool, by_status: dict[str, int],
            by_area: dict[str, int], given: int, taken: int, velocity: float | None,
            actions: tuple[int, int, int], reviewed: int) -> dict[str, Any]:
    done, open_, dropped = actions
    total = done + open_ + dropped
    return {
        "uuid": f"00000000-0000-4000-8000-{code[-3:].encode().hex():0>12}",
        "name": name, "short_code": code, "region": region, "is_local": local,
        "boards": {"count": 3, "archived": 0, "by_mode": {"kanban": 2, "scrum": 1}},
        "sprints": {"closed": 4, "measured": 4, "average_velocity_points": velocity,
                    "average_velocity_cards": 3.0, "committed_points": 40.0,
                    "completed_points": 32.0, "completion_rate": 0.8, "goal_judged": 4,
                    "goal_reached": 3, "goal_reached_rate": 0.75},
        "actions": {"finished_retros": 2, "total": total, "open": open_, "done": done,
                    "dropped": dropped, "follow_up_rate": done / total if total else None,
                    "reviewed": reviewed, "reviewed_share": reviewed / total if total else None},
        "solutions": {"total": sum(by_status.values()), "by_status": by_status,
                      "by_goal_area": by_area, "adopted_by_others": given,
                      "adopted_from_others": taken},
    }


def make_overview() -> dict[str, Any]:
    mst = _office("ABH-MST", "Ausländerbehörde Musterstadt", "Bezirksregierung Köln",
                  local=True, by_status={"idea": 1, "trial": 2, "practice": 1, "transferred": 1},
                  by_area={"netzwerkpartner": 3, "none": 2}, given=1, taken=0, velocity=12.5,
                  actions=(3, 1, 0), reviewed=2)
    bsk = _office("ABH-BSK", "Ausländerbehörde Beispielkreis (Şahin-Straße)",
                  "Bezirksregierung Münster", local=False,
                  by_status={"idea": 0, "trial": 1, "practice": 0, "transferred": 0},
                  by_area={"herausforderungen": 1}, given=0, taken=1, velocity=None,
                  actions=(0, 0, 0), reviewed=0)
    return {
        "generated_at": "2026-11-25T10:30:00+00:00",
        "region": None,
        "regions": ["Bezirksregierung Köln", "Bezirksregierung Münster"],
        "statuses": ["idea", "trial", "practice", "transferred"],
        "goal_areas": [{"key": "netzwerkpartner", "name": "Aktiver Netzwerkpartner"},
                       {"key": "herausforderungen", "name": "Individuelle Herausforderungen"}],
        "offices": [bsk, mst],
        "totals": {"offices": 2, "local_offices": 1, "imported_offices": 1, "boards": 6,
                   "closed_sprints": 8, "solutions": 6,
                   "solutions_by_status": {"idea": 1, "trial": 3, "practice": 1,
                                           "transferred": 1},
                   "adoptions": 1, "board_adoptions": 1, "follow_up_rate": 0.75},
        "transfers": [{
            "approach": {"uuid": "a", "title": "Online-Terminvergabe mit Unterlagen-Hinweisen",
                         "status": "transferred", "goal_area": "netzwerkpartner"},
            "origin": {"uuid": mst["uuid"], "name": mst["name"], "short_code": "ABH-MST",
                       "region": mst["region"]},
            "adopters": [{"uuid": bsk["uuid"], "name": bsk["name"], "short_code": "ABH-BSK",
                          "region": bsk["region"], "known": True, "adopted_on": "2026-11-16",
                          "note": "Für die Außenstellen"}],
        }],
        "board_transfers": [{
            "board": {"uuid": "b", "name": "Servicepunkt und Terminmanagement",
                      "mode": "kanban"},
            "origin": {"uuid": mst["uuid"], "name": mst["name"], "short_code": "ABH-MST",
                       "region": mst["region"]},
            "adopters": [{"uuid": bsk["uuid"], "name": bsk["name"], "short_code": "ABH-BSK",
                          "region": bsk["region"], "known": True, "adopted_on": "2026-11-18",
                          "note": ""}],
        }],
    }


def _text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(path).pages)
                    .split())


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("network")
    path = write_network_report(make_overview(), folder / "netz.pdf", dpi=DPI)
    return path, _text(path)


def test_pdf_holds_the_offices_the_transfer_and_the_charts(report: tuple[Path, str]) -> None:
    path, text = report
    assert path.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in path.parent.iterdir()) == ["netz.pdf"]  # no temp file
    for expected in (
        "Landesnetzwerk KIM",
        "alle Bezirksregierungen",
        "2 (davon 1 in dieser Datenbank geführt, 1 aus Paketen importiert)",
        "Ausländerbehörde Musterstadt (ABH-MST)",
        "Şahin-Straße",  # the Unicode font
        "– importiert",
        "12,5",  # Ø velocity, German decimal comma
        "75 % (3/4)",  # action follow-up: done / all
        "Nach Status",
        "von anderen übernommen",
        "Aktiver Netzwerkpartner: 3",
        "ohne Zielbereich: 2",
        "Online-Terminvergabe mit Unterlagen-Hinweisen",
        "am 16.11.2026",
        "Übernommene Boards",
        "Servicepunkt und Terminmanagement",
        "Ansätze weitergegeben haben: Ausländerbehörde Musterstadt",
        "6 Lösungsansätze in 2 Dienststellen",  # the chart's description beneath it
        "Seite 1 von",
        "Personen werden nicht genannt",
    ):
        assert expected in text, expected
    meta = PdfReader(path).metadata
    assert meta is not None and meta.title == "Landesnetzwerk KIM – Übersicht"


def test_region_in_title_and_file_name(tmp_path: Path) -> None:
    overview = make_overview()
    overview["region"] = "Bezirksregierung Köln"
    overview["offices"] = overview["offices"][1:]
    assert network_report_filename(overview) == (
        "Landesnetzwerk_Bezirksregierung-Köln_2026-11-25.pdf")
    path = write_network_report(overview, tmp_path, dpi=DPI)  # a folder: the suggested name
    assert path.name == network_report_filename(overview)
    text = _text(path)
    assert "Bereich Bezirksregierung Köln" in text
    assert "Beispielkreis (Şahin" not in text.split("Transfer")[0]


def test_empty_overview_still_gives_a_document(tmp_path: Path) -> None:
    overview = make_overview()
    overview.update(offices=[], transfers=[], board_transfers=[])
    text = _text(write_network_report(overview, tmp_path / "leer.pdf", dpi=DPI))
    assert "Keine Dienststellen im gewählten Bereich." in text
    assert "Bisher wurden keine Lösungsansätze übernommen." in text


def test_chart_tables_and_descriptions() -> None:
    overview = make_overview()
    headers, rows = network_charts.chart_table("status_by_office", overview)
    assert headers == ["Dienststelle", "Idee", "in Erprobung", "in der Praxis",
                       "von anderen übernommen", "gesamt"]
    assert rows[1] == ["Ausländerbehörde Musterstadt", "1", "2", "1", "1", "5"]
    headers, rows = network_charts.chart_table("transfers", overview)
    assert rows == [["Ausländerbehörde Beispielkreis (Şahin-Straße)", "0", "1"],
                    ["Ausländerbehörde Musterstadt", "1", "0"]]
    assert network_charts.describe("transfers", overview).startswith("1 Übernahme durch")
    empty = copy.deepcopy(overview)
    for office in empty["offices"]:
        office["solutions"].update(adopted_by_others=0, adopted_from_others=0)
    assert not network_charts.has_data("transfers", empty)
    assert "keine Dienststelle" in network_charts.describe("transfers", empty)
    for kind in network_charts.CHARTS:
        figure = network_charts.build_figure(kind, overview)
        assert network_charts.figure_png(figure, dpi=40).startswith(b"\x89PNG")
        assert network_charts.figure_png(network_charts.build_figure(kind, empty), dpi=40)
    with pytest.raises(ValueError, match="unknown chart"):
        network_charts.build_figure("pie", overview)


def test_small_helpers() -> None:
    assert percent(None) == "–"
    assert percent(0.6667) == "67 %"
    assert short_region("Bezirksregierung Detmold") == "Detmold"
    assert short_region("Land NRW") == "Land NRW"
