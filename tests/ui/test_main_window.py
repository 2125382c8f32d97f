"""The main window on a real database: first start, creating an office, demo data."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kimboard.core import queries
from kimboard.core.ops.boards import create_board
from kimboard.core.ops.sites import create_site
from kimboard.ui.dialogs.site_dialog import SiteDialog
from kimboard.ui.overview import BoardsModel


def _answer_site_dialog(values_list, errors_seen):  # noqa: ANN001
    """Fill the next SiteDialog(s) with the given values, pressing Save each time."""
    pending = list(values_list)

    def step() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, SiteDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, step)
            return
        if dialog.error_label.isVisible():
            errors_seen.append(dialog.error_label.text())
        name, code, region = pending.pop(0)
        dialog.name_edit.setText(name)
        dialog.code_edit.setText(code)
        dialog.region_combo.setCurrentText(region)
        dialog.accept()
        if pending:  # the dialog reopens only after an error; then answer again
            QTimer.singleShot(20, step)

    QTimer.singleShot(0, step)


def test_empty_database_shows_welcome_page(main_window) -> None:  # noqa: ANN001
    assert main_window.stack.currentWidget() is main_window.welcome
    assert not main_window.site_combo.isEnabled()


def test_creating_the_first_office_through_the_dialog(main_window, qtbot, db) -> None:  # noqa: ANN001
    errors: list[str] = []
    _answer_site_dialog([("Ausländerbehörde Musterstadt", "ABH-MST",
                                 "Bezirksregierung Köln")], errors)
    main_window.welcome.site_button.click()
    assert main_window.stack.currentWidget() is main_window.overview
    assert main_window.overview.title.text() == "Ausländerbehörde Musterstadt"
    assert "Bezirksregierung Köln" in main_window.overview.subtitle.text()
    with db.session() as s:
        assert [r["short_code"] for r in queries.list_rows(s, "sites")] == ["ABH-MST"]


def test_invalid_office_keeps_dialog_open_with_german_error(main_window, db) -> None:  # noqa: ANN001
    db.run(create_site, "Vorhanden", "ABH-X")
    main_window.reload()
    errors: list[str] = []
    _answer_site_dialog([("Zweite", "abh-x", ""), ("Zweite", "ABH-Y", "")], errors)
    main_window.new_site_action.trigger()
    assert errors and "schon vergeben" in errors[0]
    with db.session() as s:
        assert {r["short_code"] for r in queries.list_rows(s, "sites")} == {"ABH-X", "ABH-Y"}


def test_overview_lists_the_boards_of_the_chosen_office(main_window, db, qtmodeltester) -> None:  # noqa: ANN001
    a = db.run(create_site, "Amt A", "A").value
    b = db.run(create_site, "Amt B", "B").value
    db.run(create_board, a.id, "Team Aufenthalt")
    db.run(create_board, b.id, "Team Einbürgerung", "scrum")
    db.run(create_board, b.id, "Servicepunkt")
    main_window.reload()
    combo = main_window.site_combo
    names = {combo.itemData(i)["short_code"]: i for i in range(combo.count())}
    combo.setCurrentIndex(names["B"])
    model = main_window.overview.model
    qtmodeltester.check(model)
    shown = sorted(model.data(model.index(r, 0)) for r in range(model.rowCount()))
    assert shown == ["Servicepunkt", "Team Einbürgerung"]
    modes = {model.data(model.index(r, 0)): model.data(model.index(r, 1))
             for r in range(model.rowCount())}
    assert modes["Team Einbürgerung"] == "Scrum"


def test_board_names_are_plain_text(db, qtmodeltester) -> None:  # noqa: ANN001
    model = BoardsModel()
    model.set_rows([{"uuid": "x", "name": "<img src=x>", "mode": "kanban", "cards": 0}])
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0)) == "<img src=x>"


def test_loading_demo_data_from_the_welcome_page(main_window, qtbot, db) -> None:  # noqa: ANN001
    main_window.welcome.demo_button.click()
    qtbot.waitUntil(lambda: main_window.stack.currentWidget() is main_window.overview,
                    timeout=30_000)
    assert main_window.site_combo.count() >= 3
    assert main_window.overview.model.rowCount() >= 2
    assert main_window.isEnabled()


def test_a_handed_over_bundle_waits_for_an_open_dialog(qtbot, main_window, monkeypatch,  # noqa: ANN001
                                                       tmp_path) -> None:
    """A double-click on a bundle while a card (or any dialog) is open must not open the
    import over it — the reload after an import would sweep the open card away."""
    from PySide6.QtWidgets import QDialog

    opened: list[object] = []
    monkeypatch.setattr(main_window, "import_bundle", lambda path=None: opened.append(path))
    dialog = QDialog(main_window)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    main_window.open_bundle_when_free(tmp_path / "a.kimb")
    main_window.open_bundle_when_free(tmp_path / "b.kimb")
    qtbot.wait(700)
    assert opened == []
    assert "sobald der offene Dialog geschlossen ist" in main_window.statusBar().currentMessage()
    dialog.close()
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=5000)
    assert opened == [tmp_path / "a.kimb", tmp_path / "b.kimb"]
