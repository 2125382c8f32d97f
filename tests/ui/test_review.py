"""The board's views in tabs and the leader's review: real widgets on a real database."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from kimboard.core import clock
from kimboard.core.db import Database
from kimboard.core.models import Board
from kimboard.core.ops.boards import create_board
from kimboard.core.ops.cards import create_card, move_card
from kimboard.core.ops.sites import create_site
from kimboard.core.ops.sprints import (
    add_card_to_sprint,
    close_sprint,
    create_sprint,
    start_sprint,
)
from tests.ui.a11y import unnamed_widgets

UTC = dt.UTC


def at(month: int, day: int, hour: int) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, tzinfo=UTC)


def build(db: Database) -> dict[str, str]:
    """One office: a Scrum board with a closed and a running sprint, and a Kanban board."""
    with db.transaction() as s:
        with clock.frozen_at(at(2, 20, 8)):
            site = create_site(s, "Ausländerbehörde Teststadt", "ABH-T").value
            scrum = s.get_one(Board, create_board(s, site.id, "KIM-Team", "scrum").value.id)
            kanban = create_board(s, site.id, "Servicepunkt", "kanban").value
            col = {c.kind: c.id for c in scrum.columns}
            cards = [create_card(s, scrum.id, f"Karte {i}", estimate=e).value.id
                     for i, e in enumerate((3, 5, 2, 8))]
            create_card(s, kanban.id, "Aushang übersetzen")
            one = create_sprint(s, scrum.id, "Sprint 1", dt.date(2026, 3, 2),
                                dt.date(2026, 3, 13), goal="Wartezeit senken").value.id
            two = create_sprint(s, scrum.id, "Sprint 2", dt.date(2026, 3, 16),
                                dt.date(2026, 3, 27), goal="Checklisten überarbeiten").value.id
            for c in cards[:3]:
                add_card_to_sprint(s, c, one)
        with clock.frozen_at(at(3, 2, 9)):
            start_sprint(s, one)
        with clock.frozen_at(at(3, 4, 9)):
            move_card(s, cards[0], col["done"])
        with clock.frozen_at(at(3, 5, 9)):
            move_card(s, cards[1], col["in_progress"])
        with clock.frozen_at(at(3, 13, 16)):
            close_sprint(s, one, unfinished="next", next_sprint_id=two, goal_reached=False,
                         goal_note="Zwei Karten offen")
            add_card_to_sprint(s, cards[3], two)
        with clock.frozen_at(at(3, 16, 9)):
            start_sprint(s, two)
        return {"scrum": scrum.uuid, "kanban": kanban.uuid}


@pytest.fixture
def boards(db: Database) -> dict[str, str]:
    return build(db)


def open_review(main_window, board_uuid: str):  # noqa: ANN001, ANN201
    main_window.reload()
    main_window.open_board(board_uuid)
    main_window.view_actions["review"].trigger()
    assert main_window.workspace.current_view() == "review"
    page = main_window.workspace.page("review")
    wait_loaded(page)
    return page


def wait_loaded(page) -> None:  # noqa: ANN001
    """The figures are computed on the window's worker thread."""
    tasks = page.window().tasks
    deadline = time.monotonic() + 30
    while tasks.busy:  # the result arrives through the event loop
        assert time.monotonic() < deadline, "the figures were never computed"
        QApplication.processEvents()
        time.sleep(0.005)
    assert page.metrics is not None or page.body.currentWidget() is page.empty


def show(page) -> None:  # noqa: ANN001
    page.show_selected()
    wait_loaded(page)


def test_review_tab_shows_the_running_sprint_with_figures(qtbot, main_window,  # noqa: ANN001
                                                          boards) -> None:  # noqa: ANN001
    page = open_review(main_window, boards["scrum"])
    assert page.sprint_combo.count() == 2
    assert "Sprint 2" in page.sprint_combo.currentText()
    assert "Checklisten überarbeiten" in page.header.text()
    # Sprint 2 took over two unfinished cards (5 + 2) and Karte 3 (8): 15 points, 3 cards.
    assert page.tiles["committed"].value.text() == "15 Punkte"
    assert page.tiles["committed"].detail.text() == "3 Karten"
    assert page.tiles["velocity"].value.text() == "3 Punkte"  # Sprint 1 finished 3 points
    assert page.pdf_button.isEnabled()


def test_closed_sprint_and_table_alternative(qtbot, main_window, boards) -> None:  # noqa: ANN001
    page = open_review(main_window, boards["scrum"])
    page.sprint_combo.setCurrentIndex(
        page.sprint_combo.findText("Sprint 1", Qt.MatchFlag.MatchStartsWith))
    show(page)
    assert "Ziel nicht erreicht" in page.header.text()
    assert "Zwei Karten offen" in page.header.text()
    assert page.tiles["done"].value.text() == "3 Punkte"
    panel = page.charts["burndown"]
    page.chart_tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.canvas is not None)
    assert panel.stack.currentWidget() is panel.canvas
    panel.table_button.click()
    assert panel.stack.currentWidget() is panel.table
    assert panel.table_model.rowCount() == 13  # the start, then one row per sprint day
    assert "zugesagt" in panel.description.text()
    # The open points: the two cards carried over are "not done" in Sprint 1.
    model, _view = page.lists["open"]
    titles = {model.item(r, 1).text() for r in range(model.rowCount())}
    assert titles == {"Karte 1", "Karte 2"}
    assert unnamed_widgets(page) == []


def test_pdf_export_writes_the_review(qtbot, main_window, boards, tmp_path: Path) -> None:  # noqa: ANN001
    pypdf = pytest.importorskip("pypdf")
    page = open_review(main_window, boards["scrum"])
    messages: list[str] = []
    page.status_message.connect(messages.append)
    written = page.export_pdf(tmp_path / "review")
    assert written == tmp_path / "review.pdf" and written.exists()
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(written).pages)
    assert "Checklisten überarbeiten" in text
    assert "15" in text
    assert messages and "gespeichert" in messages[0]


def test_pdf_export_failure_is_a_german_message(qtbot, main_window, boards, tmp_path: Path,  # noqa: ANN001
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    page = open_review(main_window, boards["scrum"])
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    assert page.export_pdf(tmp_path / "fehlt" / "review.pdf") is None
    assert shown and "PDF" in shown[0]
    assert not (tmp_path / "fehlt").exists()


def test_kanban_board_has_flow_figures_and_no_backlog(qtbot, main_window, boards) -> None:  # noqa: ANN001
    page = open_review(main_window, boards["kanban"])
    ws = main_window.workspace
    assert ws.tabText(ws.tabs["review"]) == "Kennzahlen"
    assert "backlog" not in ws.tabs
    assert not main_window.view_actions["backlog"].isEnabled()
    assert set(page.charts) == {"cfd", "cycle_time", "throughput"}
    assert not page.sprint_combo.isVisible() and not page.pdf_button.isVisible()
    assert "Flusskennzahlen" in page.header.text()
    main_window.view_actions["board"].trigger()
    assert ws.current_view() == "board"


def test_review_follows_changes_made_on_the_board(qtbot, main_window, boards) -> None:  # noqa: ANN001
    page = open_review(main_window, boards["scrum"])
    before = page.tiles["done"].value.text()
    main_window.view_actions["board"].trigger()
    board = main_window.board_page
    c = board.controller
    done_col = c.state.column_ids()[-1]
    card = next(cid for cid, card in c.state.cards.items() if card.title == "Karte 3")
    assert c.move_cards([card], done_col, None)
    main_window.view_actions["review"].trigger()
    wait_loaded(page)
    assert page.tiles["done"].value.text() != before


def test_starting_kimboard_does_not_import_matplotlib(tmp_path: Path) -> None:
    path = tmp_path / "kimboard.sqlite3"
    with Database.open(path) as db:
        uuid = build(db)["scrum"]
    probe = (
        "import sys\n"
        "from kimboard.ui.app import make_app\n"
        "from kimboard.core.db import Database\n"
        "from kimboard.ui.main_window import MainWindow\n"
        "app = make_app()\n"
        f"db = Database.open({str(path)!r})\n"
        "w = MainWindow(db); w.show()\n"
        f"w.open_board({uuid!r}); app.processEvents()\n"
        "before = 'matplotlib' in sys.modules\n"
        "w.view_actions['review'].trigger(); app.processEvents()\n"
        "import time\n"
        "while w.tasks.busy: app.processEvents(); time.sleep(0.01)\n"
        "app.processEvents()\n"
        "print(before, 'matplotlib' in sys.modules)\n"
        "w.close(); db.close()\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
           "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            timeout=120, check=False, env=env)
    assert result.stdout.split() == ["False", "True"], result.stderr


def test_scrum_board_filters_the_running_sprint(qtbot, main_window, boards) -> None:  # noqa: ANN001
    main_window.reload()
    main_window.open_board(boards["scrum"])
    page = main_window.board_page
    combo = page.filter_bar.sprint_combo
    assert combo.isVisibleTo(main_window)
    assert page.view.visible_count() == 4
    combo.setCurrentIndex(combo.findData("in"))
    assert page.view.visible_count() == 3  # Karte 1 and 2 carried over, Karte 3 added
    combo.setCurrentIndex(combo.findData("out"))
    assert page.view.visible_count() == 1  # Karte 0, finished in Sprint 1
    page.filter_bar.reset()
    assert page.view.visible_count() == 4
    main_window.open_board(boards["kanban"])
    assert not main_window.board_page.filter_bar.sprint_combo.isVisibleTo(main_window)


def test_the_leader_evaluates_the_goal_in_the_review(qtbot, main_window, boards) -> None:  # noqa: ANN001
    page = open_review(main_window, boards["scrum"])
    page.sprint_combo.setCurrentIndex(
        page.sprint_combo.findText("Sprint 1", Qt.MatchFlag.MatchStartsWith))
    show(page)
    assert "Ziel nicht erreicht" in page.header.text()

    def answer(dialog) -> bool:  # noqa: ANN001
        assert dialog.no.isChecked() and dialog.note() == "Zwei Karten offen"
        dialog.yes.setChecked(True)
        dialog.note_edit.setPlainText("Nachträglich: Ziel mit dem Jobcenter doch erreicht.")
        assert unnamed_widgets(dialog) == []
        return True

    page.exec_dialog = answer  # type: ignore[method-assign]
    assert page.evaluate_goal()
    wait_loaded(page)
    assert "Ziel erreicht" in page.header.text()
    assert "Nachträglich" in page.header.text()
    assert "Sprint 1" in page.sprint_combo.currentText()  # still the same sprint
