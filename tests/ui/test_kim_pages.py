"""The KIM pages with real widgets on a real database: the library of solution approaches,
the network partners, the goal areas and the Landesnetzwerk overview."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import select

from kimboard.core.db import Database
from kimboard.core.guard import ALLOW_FOREIGN
from kimboard.core.models import (
    GoalArea,
    Site,
    SolutionAdoption,
    SolutionApproach,
    SolutionLink,
    SolutionStatusChange,
)
from kimboard.core.ops.boards import create_board
from kimboard.core.ops.cards import create_card, move_card, set_partners
from kimboard.core.ops.partners import create_partner
from kimboard.core.ops.retros import create_action, create_retro
from kimboard.core.ops.sites import create_site
from kimboard.core.ops.solutions import create_solution, set_solution_partners
from kimboard.ui.kim import solutions as solutions_mod
from kimboard.ui.kim.goal_areas import GoalAreasPage
from kimboard.ui.kim.network import NetworkPage
from kimboard.ui.kim.partners import PartnerDialog, PartnersPage
from kimboard.ui.kim.solutions import (
    AdoptDialog,
    SolutionDialog,
    SolutionLibraryPage,
    StatusDialog,
    create_solution_from_action,
    create_solution_from_card,
)
from tests.ui.a11y import unnamed_widgets

FOREIGN = "7b0f3c1e-0000-4000-8000-00000000b5b5"


def build(db: Database) -> dict[str, Any]:
    """Musterstadt (own, Köln) with a board, partner, retro action and two approaches;
    Beispielkreis (imported, Münster) with one approach in practice."""
    ids: dict[str, Any] = {}
    with db.transaction() as s:
        net = s.scalar(select(GoalArea.id).where(GoalArea.key == "netzwerkpartner"))
        div = s.scalar(select(GoalArea.id).where(GoalArea.key == "diversitaet"))
        ids["net"], ids["div"] = net, div
        site = create_site(s, "Ausländerbehörde Musterstadt", "ABH-MST",
                           "Bezirksregierung Köln").value
        ids["site"] = site.id
        board = create_board(s, site.id, "Servicepunkt", "kanban").value
        col = {c.kind: c.id for c in s.get_one(Site, site.id).boards[0].columns}
        jc = create_partner(s, site.id, "Jobcenter Musterstadt", "jobcenter",
                            "Team Markt und Integration", "poststelle@jobcenter.example").value
        ids["jc"] = jc.id
        card = create_card(s, board.id, "Sprechstunde im Jobcenter", goal_area_id=net,
                           description="Kundschaft pendelt zwischen den Behörden").value
        done = create_card(s, board.id, "Flyer übersetzen", goal_area_id=div).value
        move_card(s, done.id, col["done"])
        set_partners(s, card.id, [jc.id])
        ids["card"] = card.id
        retro = create_retro(s, site.id, "Retro März", dt.date(2026, 3, 13)).value
        ids["action"] = create_action(s, retro.id, "Wartemarken testen",
                                      goal_area_id=div).value.id
        ids["idea"] = create_solution(s, site.id, "Wartemarken mit Anzeige",
                                      problem="Volles Wartezimmer", goal_area_id=div).value.id
        practice = create_solution(s, site.id, "Gemeinsame Sprechstunde",
                                   goal_area_id=net).value.id
        set_solution_partners(s, practice, [jc.id])
        ids["practice"] = practice
        s.info[ALLOW_FOREIGN] = True
        other = Site(uuid=FOREIGN, origin_site_uuid=FOREIGN, short_code="ABH-BSK",
                     name="Ausländerbehörde Beispielkreis", region="Bezirksregierung Münster",
                     is_local=False)
        s.add(other)
        s.flush()
        foreign = SolutionApproach(site_id=other.id, title="Mehrsprachige Checklisten",
                                   status="practice", approach="Checklisten in 6 Sprachen",
                                   goal_area_id=div, origin_site_uuid=FOREIGN)
        foreign.status_changes = [SolutionStatusChange(from_status=None, to_status="practice",
                                                       origin_site_uuid=FOREIGN)]
        s.add(foreign)
        s.flush()
        s.info.pop(ALLOW_FOREIGN)
        ids["foreign"] = foreign.id
        ids["foreign_uuid"] = foreign.uuid
    return ids


@pytest.fixture
def ids(db: Database) -> dict[str, Any]:
    return build(db)


def answer(fill: Callable[[Any], None]) -> Callable[[QDialog], bool]:
    """A dialog answer: fill the dialog and accept — once (a second call cancels, so a loop
    that shows the dialog again after an error ends)."""
    calls: list[QDialog] = []

    def run(dialog: QDialog) -> bool:
        calls.append(dialog)
        if len(calls) > 1:
            return False
        fill(dialog)
        return True

    run.calls = calls  # type: ignore[attr-defined]
    return run


def titles(page: SolutionLibraryPage) -> list[str]:
    return [page.model.row_data(i)["title"] for i in range(page.model.rowCount())]


@pytest.fixture(autouse=True)
def _no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    return shown


# --------------------------------------------------------------------------- library


def test_library_lists_own_approaches_first_and_foreign_ones_read_only(
        qtbot, db: Database, ids: dict[str, Any], qtmodeltester) -> None:  # noqa: ANN001
    page = SolutionLibraryPage(db, ids["site"])
    qtbot.addWidget(page)
    page.show()
    qtmodeltester.check(page.model)
    assert titles(page) == ["Gemeinsame Sprechstunde", "Wartemarken mit Anzeige",
                            "Mehrsprachige Checklisten"]
    assert page.count_label.text() == "3 von 3 Lösungsansätzen"
    assert unnamed_widgets(page) == []
    page.select(ids["foreign_uuid"])
    assert page.detail is not None and page.detail["title"] == "Mehrsprachige Checklisten"
    assert page.readonly_note.isVisible()
    assert not page.edit_button.isVisible() and not page.status_button.isVisible()
    assert page.adopt_button.isVisible() and page.adopt_button.isEnabled()
    assert page.field_labels["approach"].text() == "Checklisten in 6 Sprachen"
    assert page.field_labels["approach"].textFormat() == Qt.TextFormat.PlainText
    assert unnamed_widgets(page) == []


def test_library_search_and_filters(qtbot, db: Database, ids: dict[str, Any]) -> None:  # noqa: ANN001
    page = SolutionLibraryPage(db, ids["site"])
    qtbot.addWidget(page)
    page.search_edit.setText("wartezimmer")  # in the problem text
    assert titles(page) == ["Wartemarken mit Anzeige"]
    page.search_edit.setText("beispielkreis checklisten")  # office name and title, all terms
    assert titles(page) == ["Mehrsprachige Checklisten"]
    page.search_edit.clear()
    page.status_combo.setCurrentIndex(page.status_combo.findData("practice"))
    assert titles(page) == ["Mehrsprachige Checklisten"]
    page.status_combo.setCurrentIndex(0)
    page.goal_combo.setCurrentIndex(page.goal_combo.findData("diversitaet"))
    assert titles(page) == ["Wartemarken mit Anzeige", "Mehrsprachige Checklisten"]
    page.origin_combo.setCurrentIndex(page.origin_combo.findData("own"))
    assert titles(page) == ["Wartemarken mit Anzeige"]
    page.origin_combo.setCurrentIndex(page.origin_combo.findData(FOREIGN))
    assert titles(page) == ["Mehrsprachige Checklisten"]
    page.goal_combo.setCurrentIndex(page.goal_combo.findData("none"))
    assert titles(page) == []
    assert page.detail is None and page.detail_empty.isVisibleTo(page)


def test_library_create_edit_status_and_archive(qtbot, db: Database, ids: dict[str, Any]  # noqa: ANN001
                                                ) -> None:
    page = SolutionLibraryPage(db, ids["site"])
    qtbot.addWidget(page)
    messages: list[str] = []
    page.status_message.connect(messages.append)

    def fill_new(d: SolutionDialog) -> None:
        d.title_edit.setText("Terminerinnerung per SMS")
        d.goal_combo.setCurrentIndex(d.goal_combo.findData(ids["div"]))
        d.texts["problem"].setPlainText("Viele Termine werden vergessen")
        d.texts["evidence"].setPlainText("Ausfallquote halbiert")
        d.contact_edit.setText("Teamleitung Service")
        d.partner_list.item(0).setCheckState(Qt.CheckState.Checked)

    page.exec_dialog = answer(fill_new)
    new_uuid = page.create_solution()
    assert new_uuid is not None and page.current_uuid() == new_uuid
    detail = page.detail
    assert detail is not None
    assert (detail["status"], detail["goal_area_name"], detail["evidence"],
            detail["contact_role"]) == ("idea", "Interkulturelle Öffnung und Diversität",
                                        "Ausfallquote halbiert", "Teamleitung Service")
    assert [p["name"] for p in detail["partners"]] == ["Jobcenter Musterstadt"]
    assert messages[-1] == "Lösungsansatz angelegt."
    assert page.edit_button.isVisibleTo(page) and page.status_button.isVisibleTo(page)

    def fill_edit(d: SolutionDialog) -> None:
        assert d.title_edit.text() == "Terminerinnerung per SMS"
        d.title_edit.setText("Terminerinnerung per SMS und Mail")
        d.partner_list.item(0).setCheckState(Qt.CheckState.Unchecked)

    page.exec_dialog = answer(fill_edit)
    assert page.edit_solution()
    assert page.detail["title"] == "Terminerinnerung per SMS und Mail"
    assert page.detail["partners"] == []
    assert page.field_labels["partners"].text() == "–"

    def fill_status(d: StatusDialog) -> None:
        assert d.status() == "trial"  # the next step is offered first
        d.note_edit.setPlainText("Test mit einem Team")

    page.exec_dialog = answer(fill_status)
    assert page.change_status()
    assert page.detail["status"] == "trial"
    history = [[page.history_model.item(r, c).text() for c in range(1, 4)]
               for r in range(page.history_model.rowCount())]
    assert history == [["–", "Idee", ""], ["Idee", "in Erprobung", "Test mit einem Team"]]
    assert messages[-1] == "Status geändert: in Erprobung"

    assert page.toggle_archived()
    assert "Terminerinnerung per SMS und Mail" not in titles(page)
    page.archived_check.setChecked(True)
    assert "Terminerinnerung per SMS und Mail (archiviert)" in [
        page.model.index(i, 0).data() for i in range(page.model.rowCount())]
    page.select(new_uuid)
    assert page.archive_button.text() == "&Wiederherstellen"
    assert not page.status_button.isEnabled()
    assert page.toggle_archived()
    assert not page.detail["archived"]


def test_library_shows_errors_in_the_dialog(qtbot, db: Database, ids: dict[str, Any]  # noqa: ANN001
                                            ) -> None:
    page = SolutionLibraryPage(db, ids["site"])
    qtbot.addWidget(page)
    seen: list[str] = []

    def fill(d: SolutionDialog) -> None:
        d.title_edit.setText("x" * 20)
        d.texts["problem"].setPlainText("y" * 20_001)  # too long: the core refuses

    run = answer(fill)

    def exec_dialog(dialog: QDialog) -> bool:
        result = run(dialog)
        if not result:
            seen.append(dialog.error_label.text())
        return result

    page.exec_dialog = exec_dialog
    assert page.create_solution() is None
    assert seen and "zu lang" in seen[0]
    with db.session() as s:
        assert s.scalar(select(SolutionApproach.id).where(
            SolutionApproach.title == "x" * 20)) is None


def test_library_adopts_another_offices_approach(qtbot, db: Database, ids: dict[str, Any]  # noqa: ANN001
                                                 ) -> None:
    page = SolutionLibraryPage(db, ids["site"])
    qtbot.addWidget(page)
    page.select(ids["foreign_uuid"])

    def fill(d: AdoptDialog) -> None:
        d.note_edit.setPlainText("Für den Servicepunkt")

    page.exec_dialog = answer(fill)
    copy_uuid = page.adopt()
    assert copy_uuid is not None and page.current_uuid() == copy_uuid
    assert page.detail["status"] == "trial"
    assert page.detail["site"]["id"] == ids["site"]
    with db.session() as s:
        adoption = s.scalar(select(SolutionAdoption))
        assert (adoption.approach_id, adoption.note) == (ids["foreign"], "Für den Servicepunkt")
    page.select(ids["foreign_uuid"])
    assert not page.adopt_button.isEnabled()
    assert page.adopt_button.text().startswith("Übernommen am")
    assert [page.adoptions_list.item(i).text() for i in range(page.adoptions_list.count())
            ][0].startswith("Ausländerbehörde Musterstadt, am ")


def test_adopt_button_without_core_support_is_disabled_with_a_reason(
        qtbot, db: Database, ids: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(solutions_mod, "adopt_operation", lambda: None)
    page = SolutionLibraryPage(db, ids["site"])
    qtbot.addWidget(page)
    page.select(ids["foreign_uuid"])
    assert page.adopt_button.isVisibleTo(page) and not page.adopt_button.isEnabled()
    assert page.adopt_button.toolTip()
    assert page.adopt() is None


def test_imported_office_is_read_only(qtbot, db: Database, ids: dict[str, Any]) -> None:  # noqa: ANN001
    with db.session() as s:
        foreign_site = s.scalar(select(Site.id).where(Site.uuid == FOREIGN))
    page = SolutionLibraryPage(db, foreign_site)
    qtbot.addWidget(page)
    assert not page.new_button.isEnabled()
    page.select(ids["foreign_uuid"])
    assert not page.edit_button.isVisibleTo(page)
    assert not page.adopt_button.isEnabled()  # only an own office can take over


def test_create_solution_from_card_and_from_action(qtbot, db: Database, ids: dict[str, Any],  # noqa: ANN001
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}

    def fill(d: SolutionDialog) -> None:
        seen["title"] = d.title_edit.text()
        seen["problem"] = d.texts["problem"].toPlainText()
        seen["goal"] = d.goal_combo.currentData()
        seen["partners"] = d.partner_ids()
        d.texts["approach"].setPlainText("Zweimal im Monat")

    monkeypatch.setattr(solutions_mod, "exec_dialog", answer(fill))
    uuid = create_solution_from_card(None, db, ids["card"])
    assert uuid is not None
    assert seen == {"title": "Sprechstunde im Jobcenter",
                    "problem": "Kundschaft pendelt zwischen den Behörden", "goal": ids["net"],
                    "partners": [ids["jc"]]}
    with db.session() as s:
        approach = s.scalar(select(SolutionApproach).where(SolutionApproach.uuid == uuid))
        assert approach.approach == "Zweimal im Monat"
        assert sorted(link.target_kind for link in approach.links) == ["board", "card"]

    monkeypatch.setattr(solutions_mod, "exec_dialog", answer(fill))
    uuid = create_solution_from_action(None, db, ids["action"])
    assert seen["title"] == "Wartemarken testen" and seen["goal"] == ids["div"]
    with db.session() as s:
        kinds = sorted(s.scalars(select(SolutionLink.target_kind).join(SolutionApproach)
                                 .where(SolutionApproach.uuid == uuid)))
    assert kinds == ["action_item", "retro"]

    monkeypatch.setattr(solutions_mod, "exec_dialog", lambda dialog: False)
    assert create_solution_from_card(None, db, ids["card"]) is None


def test_solution_dialog_is_accessible(qtbot) -> None:  # noqa: ANN001
    dialog = SolutionDialog([{"id": 1, "name": "Selbstverständnis", "description": ""}],
                            [{"id": 5, "name": "Jobcenter", "archived": False}],
                            source="Aus der Karte #1")
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_widgets(dialog) == []
    assert not dialog.ok_button.isEnabled()  # no title yet
    dialog.title_edit.setText("Titel")
    assert dialog.ok_button.isEnabled()


# --------------------------------------------------------------------------- partners


def test_partners_create_edit_archive(qtbot, db: Database, ids: dict[str, Any],  # noqa: ANN001
                                      qtmodeltester) -> None:
    page = PartnersPage(db, ids["site"])
    qtbot.addWidget(page)
    page.show()
    qtmodeltester.check(page.model)
    assert unnamed_widgets(page) == []
    assert [page.model.row_data(i)["name"] for i in range(page.model.rowCount())] == [
        "Jobcenter Musterstadt"]
    row = page.model.row_data(0)
    assert (row["cards"]["open"], len(row["approaches"])) == (1, 1)
    assert page.cards_model.rowCount() == 1
    assert page.cards_model.item(0, 1).text() == "Sprechstunde im Jobcenter"
    assert page.approaches_model.item(0, 0).text() == "Gemeinsame Sprechstunde"
    messages: list[str] = []
    page.status_message.connect(messages.append)

    def fill(d: PartnerDialog) -> None:
        d.name_edit.setText("Kommunales Integrationszentrum")
        d.kind_combo.setCurrentIndex(d.kind_combo.findData("kommunales_integrationszentrum"))
        d.role_edit.setText("Koordination KIM")
        d.mailbox_edit.setText("ki@kreis.example")

    page.exec_dialog = answer(fill)
    uuid = page.create_partner()
    assert uuid is not None and page.current_partner()["uuid"] == uuid
    assert page.model.index(page.table.currentIndex().row(), 1).data() == (
        "Kommunales Integrationszentrum")
    assert messages[-1] == "Netzwerkpartner angelegt."

    def rename(d: PartnerDialog) -> None:
        assert d.mailbox_edit.text() == "ki@kreis.example"
        d.mailbox_edit.setText("max.mustermann@kreis.example")  # looks personal: a warning

    page.exec_dialog = answer(rename)
    assert page.edit_partner()
    assert "persönlichen Postfach" in messages[-1]
    assert page.current_partner()["mailbox"] == "max.mustermann@kreis.example"

    assert page.toggle_archived()
    assert page.model.find("uuid", uuid) < 0
    page.archived_check.setChecked(True)
    assert page.select(uuid)
    assert page.archive_button.text() == "&Wiederherstellen"
    assert page.toggle_archived()
    assert not page.current_partner()["archived"]


def test_partner_with_an_invalid_mailbox_cannot_be_saved(qtbot, db: Database,  # noqa: ANN001
                                                        ids: dict[str, Any]) -> None:
    dialog = PartnerDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_widgets(dialog) == []
    dialog.name_edit.setText("Beratungsstelle")
    dialog.mailbox_edit.setText("keine-adresse")
    assert not dialog.ok_button.isEnabled()
    assert dialog.mailbox_note.isVisible() and "keine gültige E-Mail-Adresse" in (
        dialog.mailbox_note.text())
    dialog.accept()  # e.g. Enter in a field
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.mailbox_edit.setText("beratung@caritas.example")
    assert dialog.ok_button.isEnabled() and not dialog.mailbox_note.isVisible()
    dialog.mailbox_edit.setText("")
    assert dialog.ok_button.isEnabled()  # the mailbox is optional

    page = PartnersPage(db, ids["site"])
    qtbot.addWidget(page)

    def fill(d: PartnerDialog) -> None:
        d.name_edit.setText("Caritas")
        d.mailbox_edit.setText("caritas@@example")

    run = answer(fill)
    page.exec_dialog = run
    # Even if the dialog were accepted, the core refuses; the dialog shows it and is asked again.
    assert page.create_partner() is None
    assert len(run.calls) == 2  # type: ignore[attr-defined]
    assert "keine gültige E-Mail-Adresse" in run.calls[0].error_label.text()  # type: ignore[attr-defined]
    assert page.model.find("name", "Caritas") < 0


def test_partner_collaboration_tree(qtbot, db: Database, ids: dict[str, Any]) -> None:  # noqa: ANN001
    page = PartnersPage(db, ids["site"])
    qtbot.addWidget(page)
    activated: list[str] = []
    page.solution_activated.connect(activated.append)
    top = page.tree.topLevelItem(0)
    assert top.text(0) == "Jobcenter Musterstadt (Jobcenter)"
    assert top.text(1) == "Karten: 1 offen, 0 erledigt · 1 Lösungsansatz"
    area = top.child(0)
    assert area.text(0) == "Aktiver Netzwerkpartner"
    assert [area.child(i).text(0) for i in range(area.childCount())] == [
        "Karte #1 „Sprechstunde im Jobcenter“ – Servicepunkt",
        "Lösungsansatz „Gemeinsame Sprechstunde“"]
    page.tree.itemActivated.emit(area.child(1), 0)
    with db.session() as s:
        assert activated == [s.get_one(SolutionApproach, ids["practice"]).uuid]


# --------------------------------------------------------------------------- goal areas


def test_goal_areas_page(qtbot, db: Database, ids: dict[str, Any], qtmodeltester) -> None:  # noqa: ANN001
    page = GoalAreasPage(db, ids["site"])
    qtbot.addWidget(page)
    page.show()
    qtmodeltester.check(page.model)
    assert unnamed_widgets(page) == []
    assert page.model.rowCount() == 7
    assert page.select("diversitaet")
    assert page.area_title.text() == "Interkulturelle Öffnung und Diversität"
    row = page.model.find("key", "diversitaet")
    assert [page.model.index(row, c).data() for c in range(4)] == [
        "Interkulturelle Öffnung und Diversität", "0 / 1", "1", "1"]
    cards, _view = page.lists["cards"]
    assert [cards.item(0, c).text() for c in range(4)] == [
        "#2", "Flyer übersetzen", "Servicepunkt", "erledigt"]
    actions, _view = page.lists["actions"]
    assert actions.item(0, 0).text() == "Wartemarken testen"
    assert actions.item(0, 2).text() == "Retro März"
    assert page.tabs.tabText(1) == "Lösungsansätze (1)"
    assert "Ohne Zielbereich: 0 offene" in page.unassigned_label.text()


# --------------------------------------------------------------------------- network


def test_network_page_with_region_filter_and_pdf(qtbot, db: Database, ids: dict[str, Any],  # noqa: ANN001
                                                 tmp_path: Path, qtmodeltester) -> None:
    with db.transaction() as s:
        s.add(SolutionAdoption(approach_id=ids["foreign"],
                               adopting_site_uuid=s.get_one(Site, ids["site"]).uuid,
                               adopting_site_name="Ausländerbehörde Musterstadt",
                               adopted_on=dt.date(2026, 3, 20)))
    page = NetworkPage(db)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtmodeltester.check(page.offices_model)
    assert unnamed_widgets(page) == []
    assert [page.offices_model.row_data(i)["short_code"]
            for i in range(page.offices_model.rowCount())] == ["ABH-BSK", "ABH-MST"]
    assert page.offices_model.index(0, 2).data() == "importiert"
    assert [page.region_combo.itemText(i) for i in range(page.region_combo.count())] == [
        "Alle Bezirksregierungen", "Bezirksregierung Köln", "Bezirksregierung Münster"]
    assert page.transfer_model.rowCount() == 1
    assert [page.transfer_model.item(0, c).text() for c in range(4)] == [
        "Mehrsprachige Checklisten", "Interkulturelle Öffnung und Diversität",
        "Ausländerbehörde Beispielkreis", "Ausländerbehörde Musterstadt"]
    assert page.tabs.tabText(2) == "&Transfer (1)"
    assert not page.board_transfer_view.isVisibleTo(page)
    assert "2 Dienststellen (1 eigene, 1 importiert)" in page.summary.text()

    panel = page.charts["status_by_office"]
    qtbot.waitUntil(lambda: panel.canvas is not None)
    assert panel.description.text().startswith("3 Lösungsansätze in 2 Dienststellen")
    panel.table_button.setChecked(True)
    assert panel.stack.currentWidget() is panel.table
    assert panel.table_model.item(1, 0).text() == "Ausländerbehörde Musterstadt"

    with qtbot.waitSignal(page.loaded):
        assert page.set_region("Bezirksregierung Köln")
    assert [page.offices_model.row_data(i)["short_code"]
            for i in range(page.offices_model.rowCount())] == ["ABH-MST"]
    assert page.transfer_model.rowCount() == 1  # the adopter is in Köln
    assert page.region() == "Bezirksregierung Köln"
    assert page.region_combo.count() == 3  # the other regions stay choosable
    assert not page.set_region("Bezirksregierung Arnsberg")

    messages: list[str] = []
    page.status_message.connect(messages.append)
    written = page.export_pdf(tmp_path / "netz")
    assert written == tmp_path / "netz.pdf" and written.read_bytes().startswith(b"%PDF")
    text = " ".join(page_.extract_text() for page_ in PdfReader(written).pages)
    assert "Bezirksregierung Köln" in text and "Beispielkreis (ABH-BSK) –" not in text
    assert messages == [f"Übersicht gespeichert: {written}"]


def test_network_page_on_an_empty_database(qtbot, db: Database) -> None:  # noqa: ANN001
    page = NetworkPage(db)
    qtbot.addWidget(page)
    assert page.body.currentWidget() is page.empty
    assert "Keine Dienststellen" in page.empty.text()
    assert not page.pdf_button.isEnabled()
    assert page.export_pdf() is None
