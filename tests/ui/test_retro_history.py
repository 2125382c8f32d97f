"""The retrospective history on the demo data: list, protocol, exports, actions, ROTI trend."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from kimboard.core.db import Database
from kimboard.core.demo import load_demo
from kimboard.core.models import Board, Member, Retrospective, Site
from kimboard.ui.retro.history import RetroHistoryDialog
from tests.ui.a11y import unnamed_widgets


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = Database.open(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    database.run(load_demo)
    yield database
    database.close()


def _site(db: Database, code: str) -> int:
    with db.session() as s:
        found = s.scalar(select(Site.id).where(Site.short_code == code))
    assert found is not None
    return found


@pytest.fixture
def dialog(qtbot, demo: Database) -> RetroHistoryDialog:  # noqa: ANN001
    dlg = RetroHistoryDialog(demo, _site(demo, "ABH-MST"))
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def _titles(dialog: RetroHistoryDialog) -> list[str]:
    model = dialog.retro_model
    return [model.item(r, 1).text() for r in range(model.rowCount())]


def test_lists_the_demo_retros_newest_first_with_their_protocol(
        dialog: RetroHistoryDialog) -> None:
    assert _titles(dialog) == ["Retrospektive Sprint 3 – Wissenssammlung",
                               "Retrospektive Sprint 2 – Sprechstunde Jobcenter",
                               "Retrospektive Sprint 1 – Terminvergabe"]
    assert dialog.tabs.tabText(0) == "Retrospektiven (3)"
    assert dialog.tabs.tabText(1) == "Maßnahmen (6)"
    assert dialog.retro_model.item(0, 3).text() == "Kundenperspektive"
    assert dialog.protocol is not None
    assert dialog.protocol["retro"]["title"] == "Retrospektive Sprint 3 – Wissenssammlung"
    text = dialog.preview.toPlainText()
    assert "Protokoll der Retrospektive" in text
    assert "Unterlagen und Sprache" in text
    assert dialog.pdf_button.isEnabled() and dialog.md_button.isEnabled()


def test_an_anonymous_protocol_names_nobody_on_screen(dialog: RetroHistoryDialog,
                                                      demo: Database) -> None:
    with demo.session() as s:
        names = set(s.scalars(select(Member.display_name)))
        anonymous = s.scalar(select(Retrospective.uuid).where(
            Retrospective.title == "Retrospektive Sprint 1 – Terminvergabe"))
        named = s.scalar(select(Retrospective.uuid).where(
            Retrospective.title == "Retrospektive Sprint 2 – Sprechstunde Jobcenter"))
    assert dialog.select_retro(str(anonymous))
    text = dialog.preview.toPlainText()
    assert "anonyme Retrospektive" in text
    assert not [n for n in names if n in text]
    assert dialog.select_retro(str(named))
    assert "Beiträge von:" in dialog.preview.toPlainText()


def test_exports_pdf_and_markdown_through_the_file_dialog(dialog: RetroHistoryDialog,
                                                          tmp_path: Path) -> None:
    asked: list[tuple[str, str]] = []

    def choose(title: str, suggested: str, _filter: str) -> str:
        asked.append((title, Path(suggested).name))
        return str(tmp_path / ("protokoll" if title.endswith("PDF speichern") else "p.md"))

    dialog._ask_save_path = choose  # type: ignore[method-assign]
    messages: list[str] = []
    dialog.status_message.connect(messages.append)
    written = dialog.export_pdf()
    assert written == tmp_path / "protokoll.pdf"
    assert asked[0][1].startswith("Retro-Protokoll_KIM-Entwicklung-Musterstadt_")
    assert asked[0][1].endswith(".pdf")
    text = " ".join("\n".join(p.extract_text() or "" for p in PdfReader(written).pages).split())
    for expected in ("Retrospektive Sprint 3 – Wissenssammlung", "Unterlagen und Sprache",
                     "Wissenssammlung monatlich auf Aktualität prüfen", "ROTI"):
        assert expected in text
    md = dialog.export_markdown()
    assert md == tmp_path / "p.md"
    assert md.read_text(encoding="utf-8").startswith("# Protokoll der Retrospektive")
    assert asked[1][1].endswith(".md")
    assert messages and messages[-1].startswith("Protokoll gespeichert:")
    # Cancelled: nothing written.
    dialog._ask_save_path = lambda *_a: None  # type: ignore[method-assign]
    assert dialog.export_pdf() is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.md", "protokoll.pdf"]


def test_an_export_error_is_shown_not_raised(dialog: RetroHistoryDialog,
                                             tmp_path: Path) -> None:
    errors: list[str] = []
    dialog._error = errors.append  # type: ignore[method-assign]
    assert dialog.export_pdf(tmp_path / "fehlt" / "x.pdf") is None
    assert errors and "konnte nicht gespeichert werden" in errors[0]


def test_filters_by_board_and_team(dialog: RetroHistoryDialog, demo: Database) -> None:
    with demo.session() as s:
        kanban = s.scalar(select(Board.id).where(
            Board.name == "Servicepunkt und Terminmanagement"))
    dialog.board_combo.setCurrentIndex(dialog.board_combo.findData(kanban))
    dialog.reload()
    assert _titles(dialog) == []
    assert dialog.protocol is None and not dialog.pdf_button.isEnabled()
    assert "noch keine Retrospektiven" in dialog.preview.toPlainText()
    dialog.board_combo.setCurrentIndex(0)
    dialog.team_combo.setCurrentIndex(dialog.team_combo.findText("KIM-Team Musterstadt"))
    dialog.reload()
    assert len(_titles(dialog)) == 3


def test_a_retro_without_board_is_listed_for_its_office(qtbot, demo: Database) -> None:  # noqa: ANN001
    dlg = RetroHistoryDialog(demo, _site(demo, "ABH-LIN"))
    qtbot.addWidget(dlg)
    assert _titles(dlg) == ["Führungsrunde: Rückblick auf die ersten KIM-Wochen"]
    assert dlg.retro_model.item(0, 2).text() == "–"


def test_actions_across_retros_with_follow_up(dialog: RetroHistoryDialog) -> None:
    model = dialog.action_model
    rows = {model.item(r, 0).text(): [model.item(r, c).text() for c in range(7)]
            for r in range(model.rowCount())}
    assert len(rows) == 6
    daily = rows["Tägliches 10-Minuten-Update am Board einführen"]
    assert daily[3:5] == ["erledigt", "wirksam"]
    assert daily[1].endswith("Retrospektive Sprint 1 – Terminvergabe")
    assert daily[5].endswith("Retrospektive Sprint 2 – Sprechstunde Jobcenter")
    card = rows["Rückmeldekarte für den Servicepunkt einführen"][6]
    assert card.startswith("#") and "Servicepunkt und Terminmanagement" in card
    assert rows["Vertretungsplan für die Urlaubszeit am Board sichtbar machen"][3] == "verworfen"
    assert "2 offen" in dialog.action_summary.text()
    dialog.open_only.setChecked(True)
    assert model.rowCount() == 2
    assert {model.item(r, 3).text() for r in range(2)} <= {"offen", "offen, überfällig"}


def test_roti_trend_has_text_table_and_chart(dialog: RetroHistoryDialog, qtbot) -> None:  # noqa: ANN001
    panel = dialog.roti_panel
    assert panel.description.text().startswith("3 Retrospektiven mit ROTI-Bewertung")
    assert panel.table_model.rowCount() == 3
    dialog.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.canvas is not None)
    assert panel.stack.currentWidget() is panel.canvas
    panel.table_button.setChecked(True)
    assert panel.stack.currentWidget() is panel.table


def test_every_tab_has_no_unnamed_widgets(dialog: RetroHistoryDialog) -> None:
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        assert unnamed_widgets(dialog) == [], dialog.tabs.tabText(index)
