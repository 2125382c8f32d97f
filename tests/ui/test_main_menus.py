"""The main window's menus reach every part: KIM pages, retrospectives, solution from a card."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from kimboard.core.db import Database
from kimboard.core.ops import boards, cards, sites


@pytest.fixture
def office(db: Database) -> dict[str, object]:
    site = db.run(sites.create_site, "Ausländerbehörde Musterstadt", "ABH-MST").value
    board = db.run(boards.create_board, site.id, "KIM-Team", "kanban").value
    card = db.run(cards.create_card, board.id, "Sprechstunde mit dem Jobcenter").value
    return {"site": site, "board": board, "card": card}


@pytest.mark.parametrize("name", ["solutions", "partners", "goal_areas", "network"])
def test_kim_menu_shows_each_page_in_place_of_the_board(qtbot, main_window, office,  # noqa: ANN001
                                                         name: str) -> None:
    main_window.reload()
    main_window.open_board(office["board"].uuid)
    main_window.kim_actions[name].trigger()
    page = main_window.site_page
    assert page is not None and main_window.stack.currentWidget() is page
    assert main_window.board_page is None  # the board made room
    main_window.open_board(office["board"].uuid)
    assert main_window.site_page is None


def test_new_retro_from_the_menu_opens_its_meeting(qtbot, main_window, office,  # noqa: ANN001
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from kimboard.ui.retro import start

    def accept(dialog: QDialog) -> int:
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(start, "exec_dialog", accept)
    main_window.reload()
    main_window.open_board(office["board"].uuid)
    retro_id = main_window.new_retro()
    assert retro_id is not None
    from kimboard.ui.retro import _WINDOWS

    window = _WINDOWS[retro_id]
    assert window.isVisible()
    window.close()  # deletes itself


def test_retro_history_and_templates_open(qtbot, main_window, office,  # noqa: ANN001
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from kimboard.ui.retro.history import RetroHistoryDialog
    from kimboard.ui.retro.templates import RetroTemplatesDialog

    shown: list[str] = []
    monkeypatch.setattr(RetroHistoryDialog, "exec", lambda self: shown.append("history") or 0)
    monkeypatch.setattr(RetroTemplatesDialog, "exec", lambda self: shown.append("tpl") or 0)
    main_window.reload()
    main_window.retro_history_action.trigger()
    main_window.retro_templates_action.trigger()
    assert shown == ["history", "tpl"]


def test_card_menu_records_a_solution(qtbot, main_window, office,  # noqa: ANN001
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from kimboard.ui.kim import solutions

    def accept(dialog: QDialog) -> bool:
        dialog.accept()
        return True

    monkeypatch.setattr(solutions, "exec_dialog", accept)
    main_window.reload()
    main_window.open_board(office["board"].uuid)
    page = main_window.board_page
    card_id = office["card"].id
    menu = page.context_menu_for([card_id])
    action = next(a for a in menu.actions() if "Lösungsansatz" in a.text())
    assert action.isEnabled()
    assert not next(a for a in page.context_menu_for([card_id, card_id]).actions()
                    if "Lösungsansatz" in a.text()).isEnabled()
    uuid = page.record_solution(card_id)
    assert uuid is not None
    main_window.kim_actions["solutions"].trigger()
    assert main_window.site_page.select(uuid)


def test_bundle_menu_entries_reach_the_exchange_dialogs(qtbot, main_window, office,  # noqa: ANN001
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import kimboard.ui.exchange as exchange

    calls: list[tuple[str, object]] = []
    monkeypatch.setattr(exchange, "export_interactively",
                        lambda parent, db, site_id, **kw: calls.append(("export", kw)))
    monkeypatch.setattr(exchange, "import_interactively",
                        lambda parent, db, path=None, **kw: calls.append(("import", path)))
    main_window.reload()
    main_window.open_board(office["board"].uuid)
    assert main_window.export_action.isEnabled()
    assert not main_window.adopt_board_action.isEnabled()  # our own board: nothing to adopt
    main_window.export_action.trigger()
    main_window.import_action.trigger()
    assert calls[0][0] == "export" and calls[0][1]["board_id"] == office["board"].id
    assert calls[0][1]["tasks"] is main_window.tasks
    assert calls[1] == ("import", None)


def test_another_offices_board_says_whose_it_is(qtbot, main_window, db: Database) -> None:  # noqa: ANN001
    from kimboard.core.guard import ALLOW_FOREIGN
    from kimboard.core.models import Board, BoardColumn, Site

    with db.transaction() as s:
        s.info[ALLOW_FOREIGN] = True
        site = Site(name="Ausländerbehörde Lindenau", short_code="ABH-LIN", is_local=False)
        s.add(site)
        s.flush()
        board = Board(site_id=site.id, name="Servicepunkt", mode="kanban",
                      origin_site_uuid=site.uuid)
        s.add(board)
        s.flush()
        s.add(BoardColumn(board_id=board.id, name="Offen", kind="todo", position=0))
        uuid = board.uuid
    main_window.reload()
    main_window.open_board(uuid)
    banner = main_window.board_page.origin_label
    assert banner is not None and "Ausländerbehörde Lindenau" in banner.text()
    assert main_window.adopt_board_action.isEnabled()
    assert not main_window.export_action.isEnabled()  # nothing of ours to export from here
