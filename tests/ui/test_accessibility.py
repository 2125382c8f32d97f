"""BITV: the main window and the board can be used with a screen reader and without a mouse."""

from __future__ import annotations

from kimboard.core.ops import boards, cards, sites
from tests.ui.a11y import unnamed_widgets


def test_welcome_page_has_names_everywhere(main_window) -> None:  # noqa: ANN001
    assert unnamed_widgets(main_window) == []


def test_board_in_main_window_has_names_everywhere(main_window, db) -> None:  # noqa: ANN001
    site = db.run(sites.create_site, "Ausländerbehörde Musterstadt", "ABH-MST").value.id
    board = db.run(boards.create_board, site, "Team Aufenthalt").value
    db.run(boards.add_swimlane, board.id, "Servicepunkt")
    db.run(cards.create_card, board.id, "Terminvergabe prüfen")
    main_window.reload()
    main_window.open_board(board.uuid)
    assert main_window.board_page is not None
    assert unnamed_widgets(main_window) == []


def test_walker_finds_an_unnamed_control(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    root = QWidget()
    qtbot.addWidget(root)
    QVBoxLayout(root).addWidget(QLineEdit())
    root.show()
    assert len(unnamed_widgets(root)) == 1
