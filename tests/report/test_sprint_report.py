"""The sprint review PDF: content, Unicode font, page frame, safe file names, atomic writing."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from kimboard.report import charts, pdf
from kimboard.report.sprint_report import (
    goal_reached_text,
    sprint_report_filename,
    write_sprint_report,
)
from tests.report.test_charts import empty_metrics, make_review

REPO = Path(__file__).resolve().parents[2]
DPI = 60  # enough for the layout, keeps the tests fast


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("report")
    path = write_sprint_report(make_review(), folder / "review.pdf", dpi=DPI)
    return path, _text(path)


def test_pdf_is_written_with_the_review(report: tuple[Path, str]) -> None:
    path, text = report
    text = " ".join(text.split())  # table cells wrap
    assert path.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in path.parent.iterdir()) == ["review.pdf"]  # no temp file
    for expected in (
        "Sprint-Review",
        "Ausländerbehörde Musterstadt (MUS)",
        "Bezirksregierung Düsseldorf",
        "Aufenthaltsteam Süd",
        "Sprint 12",
        "02.11.2026 bis 13.11.2026",
        "abgeschlossen am 13.11.2026",
        "Rückstau bei Verlängerungen abbauen",
        "Ziel erreicht: ja",
        "Bis auf zwei Fälle abgearbeitet.",
        "19 von 21",
        "6 von 8",
        "Zugesagt waren 21 Punkte in 8 Karten; erledigt wurden 19 Punkte in 6 Karten.",
        "Şahin",
        "Łukasz",
        "Seite 1 von",
        "erstellt am 13.11.2026 16:05",
        "Antwort der Bundesagentur für Arbeit",
        "Retrospektive Sprint 11",
        "Tägliche Abstimmung auf 15 Minuten begrenzen",
        "Zusammen 3 Karten, geschätzt auf 5 Punkte; 1 Karte ohne Schätzung.",
        "ausschließlich Kennzahlen auf Teamebene",
    ):
        assert expected in text, expected


def test_every_chart_is_described_beneath_it(report: tuple[Path, str]) -> None:
    _, text = report
    flat = " ".join(text.split())
    metrics = make_review()["metrics"]
    for kind in charts.CHARTS:
        assert " ".join(charts.describe(kind, metrics).split()) in flat, kind


def test_actions_in_german(report: tuple[Path, str]) -> None:
    _, text = report
    assert "erledigt wirksam" in " ".join(text.split())
    assert "offen" in text
    assert "done" not in text and "effective" not in text


def test_page_frame_and_metadata(report: tuple[Path, str]) -> None:
    path, _ = report
    reader = PdfReader(path)
    total = len(reader.pages)
    assert total >= 2
    for number, page in enumerate(reader.pages, start=1):
        assert f"Seite {number} von {total}" in (page.extract_text() or "")
    meta = reader.metadata
    assert meta is not None
    assert meta.author == "kimboard"
    assert meta.title == "Sprint-Review „Sprint 12“ – Aufenthaltsteam Süd"
    assert "Ausländerbehörde Musterstadt" in (meta.subject or "")
    assert reader.trailer["/Root"]["/Lang"] == "de-DE"
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in (page["/Resources"].get("/Font") or {}).values()
    }
    assert fonts and all("DejaVuSans" in f for f in fonts)  # embedded, no base-14 font
    outline = [item["/Title"] for item in reader.outline if isinstance(item, dict)]
    assert outline[0] == "1. Sprint-Ziel" and "3. Diagramme" in outline


def test_report_without_sprint_data(tmp_path: Path) -> None:
    review: dict[str, Any] = {
        "sprint": {"name": "Sprint 1", "goal": "", "start": "2026-11-02", "end": "2026-11-13",
                   "state": "planned", "goal_reached": None, "goal_note": ""},
        "metrics": empty_metrics(),
    }
    path = write_sprint_report(review, tmp_path / "leer.pdf", dpi=DPI)
    text = _text(path)
    assert "Burndown: Keine Sprint-Daten." in text
    assert "Ziel erreicht: offen" in text
    assert "Keine Karte ist blockiert." in text
    assert "Es ist keine Retrospektive erfasst." in text


def test_folder_as_target_uses_the_suggested_name(tmp_path: Path) -> None:
    review = make_review()
    review["metrics"] = empty_metrics()  # no charts: fast
    path = write_sprint_report(review, tmp_path, dpi=DPI)
    assert path == tmp_path / "Sprint-Review_Aufenthaltsteam-Süd_Sprint-12_2026-11-13.pdf"
    assert path.is_file()


def test_filename_is_safe() -> None:
    assert sprint_report_filename(make_review()) == (
        "Sprint-Review_Aufenthaltsteam-Süd_Sprint-12_2026-11-13.pdf"
    )
    review = make_review()
    review["board"]["name"] = 'Team A/B: "Ein*bürgerung"? <Nord>\\ | '
    review["sprint"]["name"] = "..\\..\\Sprint\t7."
    name = sprint_report_filename(review)
    assert name == "Sprint-Review_Team-A-B-Ein-bürgerung-Nord_Sprint-7_2026-11-13.pdf"
    assert not set('<>:"/\\|?*') & set(name)
    review["board"]["name"] = ""
    review["sprint"] = {}
    assert sprint_report_filename(review) == "Sprint-Review_Board_Sprint.pdf"


def test_goal_reached_text() -> None:
    assert [goal_reached_text(v) for v in (True, False, None)] == ["ja", "nein", "offen"]


def test_failure_while_composing_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("kaputt")

    monkeypatch.setattr(charts, "build_figure", broken)
    target = tmp_path / "review.pdf"
    with pytest.raises(pdf.ReportError, match="konnte nicht erstellt werden"):
        write_sprint_report(make_review(), target, dpi=DPI)
    assert list(tmp_path.iterdir()) == []


def test_failure_keeps_an_existing_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "review.pdf"
    target.write_bytes(b"old")

    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise ValueError("defekt")

    monkeypatch.setattr(pdf, "png_image", broken)
    with pytest.raises(pdf.ReportError):
        write_sprint_report(make_review(), target, dpi=DPI)
    assert target.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [target]


def test_missing_folder_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "fehlt" / "review.pdf"
    with pytest.raises(pdf.ReportError, match="existiert nicht"):
        write_sprint_report(make_review(), target, dpi=DPI)
    assert list(tmp_path.iterdir()) == []


def test_build_pdf_with_building_blocks(tmp_path: Path) -> None:
    story = [
        pdf.paragraph("Protokoll", "title"),
        pdf.heading("Teil 1"),
        pdf.key_figures([pdf.KeyFigure("Karten", "3", "erledigt")], columns=3),
        pdf.data_table(["Nr.", "Text", "Wert"],
                       [[str(i), f"Zeile {i} <&> Ärger", "1.234,5"] for i in range(120)]),
        pdf.heading("Teil 2", level=2),
        pdf.data_table(["A"], [], empty_text="Nichts."),
    ]
    info = pdf.DocumentInfo(title="Test", office="Ausländerbehörde Łódź", subject="Prüfung")
    path = pdf.build_pdf(tmp_path / "t.pdf", story, info)
    reader = PdfReader(path)
    assert len(reader.pages) >= 3  # the long table breaks across pages
    second = reader.pages[1].extract_text() or ""
    assert "Nr." in second and "Wert" in second  # header row repeated
    text = _text(path)
    assert "Zeile 7 <&> Ärger" in text and "Nichts." in text and "Łódź" in text


_QT_BLOCKED = textwrap.dedent(
    """
    import json, sys

    class QtBlocker:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6"):
                raise ImportError(f"Qt is blocked in the report: {name}")
            return None

    sys.meta_path.insert(0, QtBlocker())
    from kimboard.report import charts, pdf, sprint_report  # noqa: F401
    from tests.report.test_charts import make_metrics
    for kind in charts.CHARTS:
        charts.figure_png(charts.build_figure(kind, make_metrics()), dpi=20)
    print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in
                            ("PySide6", "shiboken6", "matplotlib.pyplot")
                            or m == "matplotlib.pyplot")))
    """
)


def test_report_package_is_qt_free_and_never_uses_pyplot() -> None:
    proc = subprocess.run([sys.executable, "-c", _QT_BLOCKED], cwd=REPO, capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.strip().splitlines()[-1]) == []
