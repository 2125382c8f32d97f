"""The retrospective protocol as PDF and Markdown: content, anonymity, names, atomic writing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from kimboard.core.db import Database
from kimboard.core.retro_protocol import retro_history, retro_protocol
from kimboard.report import pdf
from kimboard.report import retro_protocol as report
from kimboard.report.retro_protocol import (
    describe_roti_trend,
    retro_protocol_filename,
    roti_trend_table,
    write_markdown,
    write_retro_protocol,
)
from tests.core.test_retro_protocol import NAMES, World, _build

DPI = 50  # enough for the layout, keeps the tests fast
NOW = dt.datetime(2026, 3, 13, 15, 5, tzinfo=dt.UTC)


def _text(path: Path) -> str:
    raw = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return " ".join(raw.split())  # table cells wrap


@pytest.fixture(scope="module")
def protocols(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    db = Database.open(tmp_path_factory.mktemp("db") / "kimboard.sqlite3")
    try:
        world: World = db.run(_build)
        with db.session() as s:
            return {
                "named": retro_protocol(s, world.named, now=NOW),
                "anonymous": retro_protocol(s, world.anonymous, now=NOW),
                "loose": retro_protocol(s, world.loose, now=NOW),
                "history": retro_history(s, world.site),
            }
    finally:
        db.close()


@pytest.fixture(scope="module")
def named_pdf(protocols: dict[str, Any], tmp_path_factory: pytest.TempPathFactory,
              ) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("pdf")
    path = write_retro_protocol(protocols["named"], folder / "protokoll.pdf", dpi=DPI)
    return path, _text(path)


def test_pdf_holds_items_groups_with_votes_actions_and_roti(named_pdf: tuple[Path, str]) -> None:
    path, text = named_pdf
    assert path.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in path.parent.iterdir()) == ["protokoll.pdf"]  # no temp file
    for expected in (
        "Aktenvermerk",
        "Protokoll der Retrospektive",
        "Ausländerbehörde Teststadt (ABH-T)",
        "Bezirksregierung Köln",
        "Team Aufenthalt",
        "Aufenthalt Süd (Scrum)",
        "13.03.2026",
        "Start/Stop/Continue",
        # items per prompt
        "Anfangen", "Aufhören", "Weitermachen",
        "Tägliches Kurz-Update am Board",
        "E-Mail-Ketten mit fünf Beteiligten",
        "Kleine Schritte und schnelle Tests",
        # groups with their votes
        "Rang 1: Abstimmung im Team – 7 Stimmen",
        "Rang 2: Bewährtes – 2 Stimmen",
        "Davon 5 auf die Gruppe und 2 auf einzelne Beiträge.",
        "Diskussion: Wir probieren ein tägliches Kurz-Update aus.",
        # actions
        "Kurz-Update jeden Morgen um 9 Uhr",
        "Abstimmungen im Board statt per E-Mail",
        "20.03.2026",
        "erledigt", "wirksam", "verworfen",
        # ROTI and mood
        "ROTI (Return on Time Invested): Ø 4,3 von 5 (3 Bewertungen)",
        "Stimmung beim Check-in: Ø 4 von 5 (3 Bewertungen)",
        "4 – guter Nutzen 2",
        "Seite 1 von",
        "erstellt am 13.03.2026",
    ):
        assert expected in text, expected
    # a named retrospective lists who wrote items and who owns an action
    assert "Beiträge von: Aylin Kaya, Jonas Brandt, Marta Nowak" in text


def test_pdf_has_document_metadata_and_an_outline(named_pdf: tuple[Path, str]) -> None:
    reader = PdfReader(named_pdf[0])
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Protokoll der Retrospektive „Retro März“"
    assert meta.author == "kimboard"
    titles = [o.title for o in reader.outline if not isinstance(o, list)]
    assert "2. Beiträge nach Fragen" in titles and "4. Maßnahmen" in titles


def test_anonymous_pdf_names_nobody(protocols: dict[str, Any], tmp_path: Path) -> None:
    path = write_retro_protocol(protocols["anonymous"], tmp_path / "a.pdf", dpi=DPI)
    text = _text(path)
    assert "Zu viele Unterbrechungen" in text
    assert "Ruhezeiten für Sachbearbeitung festlegen" in text
    assert "anonyme Retrospektive, keine Namen" in text
    assert "Überprüfung früherer Maßnahmen" in text
    for name in NAMES:
        for part in name.split():
            assert part not in text
    assert "Verantwortlich" not in text


def test_pdf_without_chart_and_of_an_empty_retro(protocols: dict[str, Any],
                                                  tmp_path: Path) -> None:
    path = write_retro_protocol(protocols["loose"], tmp_path / "leer.pdf", chart=False)
    text = _text(path)
    assert "noch nicht abgeschlossen (Phase: Check-in)" in text
    assert "Es wurden keine Beiträge gesammelt." in text
    assert "Leitungsrunde monatlich" in text


def test_markdown_file_is_written_whole(protocols: dict[str, Any], tmp_path: Path) -> None:
    path = write_markdown(protocols["named"], tmp_path / "protokoll.md")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Protokoll der Retrospektive „Retro März“")
    assert "### Rang 1: Abstimmung im Team – 7 Stimmen" in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["protokoll.md"]


def test_a_folder_as_target_gets_the_suggested_safe_name(protocols: dict[str, Any],
                                                          tmp_path: Path) -> None:
    protocol = dict(protocols["named"])
    protocol["retro"] = {**protocol["retro"], "title": 'Retro: März / "Süd" – Teil 2?'}
    name = retro_protocol_filename(protocol)
    assert name == "Retro-Protokoll_Aufenthalt-Süd_Retro-März-Süd-Teil-2_2026-03-13.pdf"
    assert retro_protocol_filename(protocol, ".md").endswith(".md")
    assert write_markdown(protocol, tmp_path).name == name.removesuffix(".pdf") + ".md"
    loose = retro_protocol_filename(protocols["loose"])
    assert loose == "Retro-Protokoll_ABH-T_Führungsrunde_2026-04-10.pdf"


def test_failed_pdf_leaves_no_file_and_keeps_an_existing_one(
        protocols: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "protokoll.pdf"
    target.write_bytes(b"old")

    def broken(*_args: Any, **_kwargs: Any) -> list[Any]:
        raise RuntimeError("kaputt")

    monkeypatch.setattr(report, "_groups", broken)
    with pytest.raises(pdf.ReportError, match="konnte nicht erstellt werden"):
        write_retro_protocol(protocols["named"], target, dpi=DPI)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["protokoll.pdf"]
    assert target.read_bytes() == b"old"
    with pytest.raises(pdf.ReportError, match="Ordner"):
        write_retro_protocol(protocols["named"], tmp_path / "fehlt" / "x.pdf")


def test_failed_markdown_leaves_no_file(protocols: dict[str, Any], tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_protocol: Any) -> str:
        raise RuntimeError("kaputt")

    monkeypatch.setattr(report.core, "protocol_markdown", broken)
    with pytest.raises(pdf.ReportError, match="konnte nicht erstellt werden"):
        write_markdown(protocols["named"], tmp_path / "p.md")
    assert list(tmp_path.iterdir()) == []


def test_roti_trend_text_and_table(protocols: dict[str, Any]) -> None:
    history = protocols["history"]
    text = describe_roti_trend(history)
    assert text.startswith("3 Retrospektiven mit ROTI-Bewertung vom 13.03.2026 bis 10.04.2026.")
    assert "von 4,3 auf 5 gestiegen" in text
    assert "am niedrigsten am 27.03.2026 (2,5)" in text
    headers, rows = roti_trend_table(history)
    assert headers[:3] == ["Datum", "Retrospektive", "ROTI Ø"]
    assert rows[0] == ["13.03.2026", "Retro März", "4,3", "3", "4"]
    assert describe_roti_trend({"roti_trend": []}).startswith("Es gibt noch keine")
    figure = report.roti_trend_figure(history)
    assert figure.axes[0].get_title(loc="left").startswith("ROTI")
