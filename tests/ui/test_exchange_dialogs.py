"""The exchange dialogs on real databases: export with the privacy check, import with preview,
conflicts and signatures, refused bundles, the „von <office>“ mark and adopting a board.

Message boxes and file dialogs go through the dialogs' hook methods, which the tests replace;
the worker thread is awaited with ``qtbot.waitUntil``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog
from sqlalchemy import delete, func, select

from kimboard.core.bundle import ExportScope, open_bundle
from kimboard.core.db import Database
from kimboard.core.models import Board, Card, Comment, Site, SiteSigningKey
from kimboard.core.ops.cards import add_comment, update_card
from kimboard.core.ops.sites import create_site
from kimboard.ui.exchange import (
    adopt_board_interactively,
    foreign_offices,
    import_interactively,
    origin_text,
    origin_text_for,
)
from kimboard.ui.exchange import import_dialog as import_module
from kimboard.ui.exchange import origin as origin_module
from kimboard.ui.exchange.export_dialog import ExportDialog
from kimboard.ui.exchange.import_dialog import PAGE_ERROR, PAGE_PREVIEW, ImportDialog
from tests.core.bundle.helpers import export, fingerprint, site_id
from tests.ui.a11y import unnamed_widgets

WAIT_MS = 30_000
MAIL = "erika.mustermann@example.de"


# --------------------------------------------------------------------------- fixtures
# demo_db and other_db: tests/conftest.py


class Hooks:
    """Stands in for the user at the dialogs' message boxes and file dialogs."""

    def __init__(self, dialog: Any, *, save_to: Path | None = None,
                 confirm: bool = True) -> None:
        self.infos: list[str] = []
        self.errors: list[str] = []
        self.questions: list[str] = []
        self.suggested: list[Path] = []
        self.answer = confirm
        self.save_to = save_to
        dialog.inform = self.infos.append
        dialog.show_error = self.errors.append
        if hasattr(dialog, "confirm"):
            dialog.confirm = self._confirm
            dialog.ask_save_path = self._save_path

    def _confirm(self, text: str, _yes: str) -> bool:
        self.questions.append(text)
        return self.answer

    def _save_path(self, suggested: Path) -> Path | None:
        self.suggested.append(suggested)
        return self.save_to


def wait_idle(qtbot: Any, dialog: Any) -> None:
    qtbot.waitUntil(lambda: not dialog.busy and not dialog.tasks.busy, timeout=WAIT_MS)


def first_card(db: Database, code: str = "ABH-MST") -> tuple[int, str]:
    with db.session() as s:
        row = s.execute(select(Card.id, Card.uuid).join(Board).join(Site)
                        .where(Site.short_code == code, Card.archived_at.is_(None))
                        .order_by(Card.id).limit(1)).one()
    return int(row[0]), str(row[1])


def card_title(db: Database, uuid: str) -> str:
    with db.session() as s:
        return str(s.scalar(select(Card.title).where(Card.uuid == uuid)))


def count(db: Database, model: Any) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)))


def counts_row(dialog: ImportDialog, label: str) -> list[str]:
    table = dialog.counts_table
    for row in range(table.rowCount()):
        if table.item(row, 0).text() == label:
            return [table.item(row, c).text() for c in range(1, table.columnCount())]
    raise AssertionError(f"no row {label!r}")


def open_import(qtbot: Any, db: Database, path: Path) -> tuple[ImportDialog, Hooks]:
    dialog = ImportDialog(db, path)
    qtbot.addWidget(dialog)
    hooks = Hooks(dialog)
    dialog.start()
    wait_idle(qtbot, dialog)
    return dialog, hooks


def apply(qtbot: Any, dialog: ImportDialog) -> None:
    assert dialog.apply_button.isEnabled()
    dialog.apply_button.click()
    wait_idle(qtbot, dialog)


# --------------------------------------------------------------------------- export


def test_export_shows_findings_leaves_comments_out_and_exports_anyway(
        qtbot: Any, demo_db: Database, tmp_path: Path) -> None:
    card_id, _uuid = first_card(demo_db)
    demo_db.run(update_card, card_id, description=f"Rückfragen bitte an {MAIL} schicken.")
    demo_db.run(add_comment, card_id, "Telefon: 0221 1234567 (Frau Beispiel)")
    mst = site_id(demo_db, "ABH-MST")
    target = tmp_path / "out" / "mst.kimb"
    target.parent.mkdir()

    dialog = ExportDialog(demo_db, mst)
    qtbot.addWidget(dialog)
    hooks = Hooks(dialog, save_to=target, confirm=False)
    dialog.show()
    assert dialog.problem is None
    assert dialog.site_radio.isChecked() and dialog.scope() == ExportScope.site(mst)
    assert unnamed_widgets(dialog) == []

    dialog.next_button.click()
    wait_idle(qtbot, dialog)
    assert dialog.pages.currentIndex() == 1
    table = dialog.findings_table
    rows = {table.item(r, 1).text(): (table.item(r, 0).text(), table.item(r, 2).text())
            for r in range(table.rowCount())}
    assert set(rows) == {"E-Mail-Adresse", "Telefonnummer"}
    where, excerpt = rows["E-Mail-Adresse"]
    assert where.startswith("Karte #") and "Beschreibung" in where
    assert f"»{MAIL}«" in excerpt
    assert "Kommentar" in rows["Telefonnummer"][0]
    assert "2 mögliche personenbezogene" in dialog.result_label.text()
    assert dialog.export_button.text() == "&Trotzdem exportieren …"
    assert dialog.open_card_button.isEnabled()
    assert unnamed_widgets(dialog) == []

    # „Kommentare weglassen“: the check runs again without the comments
    assert dialog.drop_comments_button.isEnabled()
    dialog.drop_comments_button.click()
    wait_idle(qtbot, dialog)
    assert dialog.no_comments_check.isChecked()
    assert [f.kind for f in dialog.findings] == ["email"]
    assert not dialog.drop_comments_button.isEnabled()
    assert "ohne Kommentare" in dialog.summary_label.text()

    # „Trotzdem exportieren“ asks; declining exports nothing
    dialog.export_button.click()
    assert len(hooks.questions) == 1 and "1 mögliche personenbezogene" in hooks.questions[0]
    assert hooks.suggested == [] and not target.exists()

    hooks.answer = True
    dialog.export_button.click()
    wait_idle(qtbot, dialog)
    assert hooks.errors == []
    (suggested,) = hooks.suggested
    assert suggested.name.startswith("ABH-MST_Dienststelle_") and suggested.suffix == ".kimb"
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_path == target and target.is_file()
    assert sorted(p.name for p in target.parent.iterdir()) == ["mst.kimb"]  # no temp file
    assert "Das Paket wurde gespeichert" in hooks.infos[-1] and str(target) in hooks.infos[-1]
    assert "ohne Kommentare" in hooks.infos[-1] and "Trotz 1 möglicher" in hooks.infos[-1]
    bundle = open_bundle(target)
    assert bundle.manifest.scope_kind == "site" and not bundle.manifest.comments
    assert bundle.counts.get("comments", 0) == 0 and bundle.counts["cards"] > 0


def test_a_finding_opens_its_card_and_the_check_runs_again(
        qtbot: Any, demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from kimboard.ui.card.editor import CardEditorDialog

    card_id, _uuid = first_card(demo_db)
    demo_db.run(update_card, card_id, description=f"Bitte an {MAIL} schreiben.")
    dialog = ExportDialog(demo_db, site_id(demo_db, "ABH-MST"))
    qtbot.addWidget(dialog)
    Hooks(dialog)
    dialog.run_check()
    wait_idle(qtbot, dialog)
    assert [f.kind for f in dialog.findings] == ["email"]
    opened: list[int] = []

    def edit_in_editor(editor: CardEditorDialog) -> int:
        opened.append(editor.card_id)  # the user removes the address and saves
        demo_db.run(update_card, editor.card_id, description="Bitte an das Postfach schreiben.")
        return 1

    monkeypatch.setattr(CardEditorDialog, "exec", edit_in_editor)
    dialog.findings_table.selectRow(0)
    dialog.open_card_button.click()
    wait_idle(qtbot, dialog)
    assert opened == [card_id]
    assert dialog.findings == [] and "Keine möglichen" in dialog.result_label.text()
    assert dialog.export_button.text() == "&Exportieren …"


def test_export_of_one_board_signed_and_a_failed_write_leaves_no_file(
        qtbot: Any, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno
    import os

    mst = site_id(demo_db, "ABH-MST")
    with demo_db.session() as s:
        board_id, board_name = s.execute(select(Board.id, Board.name)
                                         .where(Board.site_id == mst)
                                         .order_by(Board.id)).first()
    target = tmp_path / "board.kimb"
    dialog = ExportDialog(demo_db, mst, board_id=board_id)
    qtbot.addWidget(dialog)
    hooks = Hooks(dialog, save_to=target)
    assert dialog.board_radio.isChecked() and dialog.board_combo.currentData() == board_id
    dialog.sign_check.setChecked(True)
    dialog.next_button.click()
    wait_idle(qtbot, dialog)
    assert dialog.findings == [] and "Keine möglichen" in dialog.result_label.text()
    assert dialog.export_button.text() == "&Exportieren …"
    assert f"Board „{board_name}“" in dialog.summary_label.text()

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    dialog.export_button.click()
    wait_idle(qtbot, dialog)
    assert hooks.questions == []  # nothing found: nothing to confirm
    assert len(hooks.errors) == 1 and "nicht genug Platz" in hooks.errors[0]
    assert "keine unvollständige Datei" in hooks.errors[0]
    assert list(tmp_path.glob("*.kimb")) == [] and list(tmp_path.glob(".*.tmp")) == []
    assert dialog.result() == 0 and dialog.isEnabled()

    monkeypatch.undo()
    dialog.export_button.click()
    wait_idle(qtbot, dialog)
    assert target.is_file() and "Signiert (Fingerabdruck" in hooks.infos[-1]
    bundle = open_bundle(target)
    assert bundle.manifest.scope_kind == "board" and bundle.signature is not None


def test_export_of_an_office_from_a_bundle_is_refused(qtbot: Any, demo_db: Database,
                                                      other_db: Database,
                                                      tmp_path: Path) -> None:
    path = export(demo_db, tmp_path / "mst.kimb")
    dialog, _hooks = open_import(qtbot, other_db, path)
    apply(qtbot, dialog)
    refused = ExportDialog(other_db, site_id(other_db, "ABH-MST"))
    qtbot.addWidget(refused)
    assert refused.problem is not None and "eigenen Dienststelle" in refused.problem


# --------------------------------------------------------------------------- import


def test_import_previews_applies_and_a_second_time_changes_nothing(
        qtbot: Any, demo_db: Database, other_db: Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = export(demo_db, tmp_path / "mst.kimb")
    bundle_counts = open_bundle(path).counts
    other_db.run(create_site, "Ausländerbehörde Neustadt", "ABH-NEU")
    seen: list[Hooks] = []

    def drive(dialog: ImportDialog) -> int:
        seen.append(Hooks(dialog))
        wait_idle(qtbot, dialog)
        assert dialog.pages.currentIndex() == PAGE_PREVIEW
        assert "Ausländerbehörde Musterstadt" in dialog.origin_value.text()
        assert "(ABH-MST)" in dialog.origin_value.text()
        assert dialog.signature_value.text() == "nicht signiert"
        assert dialog.scope_value.text().startswith("ganze Dienststelle")
        assert "ist hier neu" in dialog.target_value.text()
        assert dialog.mode_box.isVisibleTo(dialog) and dialog.foreign_radio.isChecked()
        assert counts_row(dialog, "Karten")[:2] == [str(bundle_counts["cards"]), "0"]
        assert counts_row(dialog, "Dienststellen")[0] == "1"
        assert not dialog.tabs.isTabEnabled(1)  # no conflicts
        assert unnamed_widgets(dialog) == []
        apply(qtbot, dialog)
        return dialog.result()

    monkeypatch.setattr(import_module, "exec_dialog", drive)
    monkeypatch.setattr(import_module, "ask_open_path", lambda _parent: path)
    assert import_interactively(None, other_db) is True
    assert seen[0].infos[-1].startswith("Übernommen von „Ausländerbehörde Musterstadt“: ")
    with other_db.session() as s:
        site = s.scalar(select(Site).where(Site.short_code == "ABH-MST"))
        assert site is not None and not site.is_local
        mst_uuid = site.uuid
    assert count(other_db, Card) == bundle_counts["cards"]
    assert count(other_db, Comment) == bundle_counts["comments"]

    # the same bundle again: everything unchanged, nothing to apply
    before = fingerprint(other_db)
    again, _hooks = open_import(qtbot, other_db, path)
    assert "bereits am" in again.status_label.text()
    assert "es ändert sich nichts" in again.status_label.text()
    row = counts_row(again, "Karten")
    assert row[0] == row[1] == "0" and row[2] == str(bundle_counts["cards"])
    assert counts_row(again, "Summe")[:2] == ["0", "0"]
    assert not again.apply_button.isEnabled()
    assert again.close_button.text() == "Schließen"
    assert fingerprint(other_db) == before

    # the „von <office>“ mark, and adopting one of the office's boards
    assert origin_text(other_db, mst_uuid) == "von Ausländerbehörde Musterstadt"
    with other_db.session() as s:
        assert origin_text_for(foreign_offices(s), mst_uuid) == \
            "von Ausländerbehörde Musterstadt"
        own = s.scalar(select(Site.uuid).where(Site.short_code == "ABH-NEU"))
        assert origin_text(s, own) is None
        board_id = s.scalar(select(Board.id).join(Site).where(Site.short_code == "ABH-MST")
                            .order_by(Board.id))
    asked: list[tuple[str, bool]] = []

    def answer(dialog: Any) -> int:
        asked.append((dialog.already_label.text(), dialog.adopt_button.isEnabled()))
        assert dialog.site_combo.currentText() == "Ausländerbehörde Neustadt"
        assert unnamed_widgets(dialog) == []
        dialog.note_edit.setText("für das Team Einbürgerung")
        return 1

    monkeypatch.setattr(origin_module, "exec_dialog", answer)
    copy_uuid = adopt_board_interactively(None, other_db, board_id)
    assert copy_uuid is not None and len(asked) == 1
    with other_db.session() as s:
        copy = s.scalar(select(Board).where(Board.uuid == copy_uuid))
        assert copy is not None and copy.site.short_code == "ABH-NEU"
    errors: list[str] = []
    monkeypatch.setattr(origin_module, "show_error", lambda _p, text: errors.append(text))
    assert asked[0] == ("", True)
    assert adopt_board_interactively(None, other_db, board_id) is None
    assert asked[1][0].startswith("Diese Dienststelle hat das Board am") and not asked[1][1]
    assert len(errors) == 1 and "schon übernommen" in errors[0]


def test_conflict_shows_both_versions_and_takes_theirs(
        qtbot: Any, demo_db: Database, other_db: Database, tmp_path: Path) -> None:
    seed = export(demo_db, tmp_path / "seed.kimb")
    # the second PC restores the office as its own
    dialog, _hooks = open_import(qtbot, other_db, seed)
    dialog.restore_radio.setChecked(True)
    wait_idle(qtbot, dialog)
    assert dialog.restore and "als eigene Dienststelle" in dialog.target_value.text()
    apply(qtbot, dialog)
    with other_db.session() as s:
        assert s.scalar(select(Site.is_local).where(Site.short_code == "ABH-MST"))

    pc_id, uuid = first_card(demo_db)
    laptop_id, _ = first_card(other_db)
    demo_db.run(update_card, pc_id, title="Titel vom PC")
    other_db.run(update_card, laptop_id, title="Titel vom Laptop")
    pc = export(demo_db, tmp_path / "pc.kimb")

    dialog, hooks = open_import(qtbot, other_db, pc)
    assert "zusammengeführt" in dialog.target_value.text()
    assert not dialog.mode_box.isVisibleTo(dialog)
    assert counts_row(dialog, "Karten")[3] == "1"
    assert "1 Konflikt" in dialog.status_label.text()
    assert dialog.tabs.isTabEnabled(1) and dialog.tabs.tabText(1) == "&Konflikte (1)"
    dialog.tabs.setCurrentIndex(1)
    table = dialog.conflict_table
    assert table.item(0, 0).text() == "Karte „Titel vom Laptop“"
    fields = {table.item(r, 1).text(): (table.item(r, 2).text(), table.item(r, 3).text())
              for r in range(table.rowCount())}
    assert fields["Titel"] == ("Titel vom Laptop", "Titel vom PC")
    combo = dialog.decision_combo(("cards", uuid))
    assert combo is not None and combo.isVisibleTo(dialog)
    assert combo.currentText() == "Meine behalten"
    assert unnamed_widgets(dialog) == []

    dialog.take_all_button.click()
    assert combo.currentText() == "Ihre übernehmen"
    dialog.keep_all_button.click()
    assert dialog.choices == {("cards", uuid): "mine"}
    combo.setCurrentIndex(combo.findText("Ihre übernehmen"))
    assert dialog.choices == {("cards", uuid): "theirs"}
    assert dialog.choice_summary.text() == "0× meine Fassung, 1× ihre Fassung"
    apply(qtbot, dialog)
    assert hooks.errors == []
    assert dialog.import_result is not None and dialog.import_result.took_theirs == 1
    assert "1× Fassung aus dem Paket übernommen" in hooks.infos[-1]
    assert card_title(other_db, uuid) == "Titel vom PC"


def test_a_changed_key_must_be_confirmed(qtbot: Any, demo_db: Database, other_db: Database,
                                         tmp_path: Path) -> None:
    mst = site_id(demo_db, "ABH-MST")
    with demo_db.session() as s:
        board_id = s.scalar(select(Board.id).where(Board.site_id == mst).order_by(Board.id))
    scope = ExportScope.board(mst, board_id)
    first = export(demo_db, tmp_path / "first.kimb", scope, sign=True)
    dialog, _hooks = open_import(qtbot, other_db, first)
    assert dialog.signature_value.text().startswith("signiert von „Ausländerbehörde "
                                                    "Musterstadt“ (Fingerabdruck ")
    assert not dialog.key_check.isVisibleTo(dialog)
    apply(qtbot, dialog)

    with demo_db.transaction() as s:  # the office made itself a new key
        s.execute(delete(SiteSigningKey))
    demo_db.run(update_card, first_card(demo_db)[0], title="Neu nach dem Schlüsselwechsel")
    second = export(demo_db, tmp_path / "second.kimb", scope, sign=True)
    dialog, hooks = open_import(qtbot, other_db, second)
    assert dialog.signature_value.text().startswith("Schlüssel geändert!")
    assert dialog.key_check.isVisibleTo(dialog) and not dialog.apply_button.isEnabled()
    dialog.key_check.setChecked(True)
    apply(qtbot, dialog)
    assert hooks.errors == [] and dialog.import_result is not None
    assert dialog.import_result.applied


def test_a_corrupt_bundle_is_refused_in_german_and_changes_nothing(
        qtbot: Any, demo_db: Database, other_db: Database, tmp_path: Path) -> None:
    good = export(demo_db, tmp_path / "mst.kimb").read_bytes()
    broken = tmp_path / "kaputt.kimb"
    broken.write_bytes(good[: len(good) // 2])
    other_db.run(create_site, "Ausländerbehörde Neustadt", "ABH-NEU")
    before = fingerprint(other_db)

    dialog, hooks = open_import(qtbot, other_db, broken)
    assert dialog.pages.currentIndex() == PAGE_ERROR
    assert dialog.error is not None and dialog.error.startswith("Das Paket ist beschädigt")
    assert dialog.error_label.text() == dialog.error
    assert not dialog.apply_button.isVisibleTo(dialog)
    assert dialog.close_button.text() == "Schließen"
    assert unnamed_widgets(dialog) == []
    assert fingerprint(other_db) == before

    missing, _hooks = open_import(qtbot, other_db, tmp_path / "gibt-es-nicht.kimb")
    assert missing.pages.currentIndex() == PAGE_ERROR and missing.error
    assert fingerprint(other_db) == before and hooks.errors == []


def test_the_window_s_task_runner_is_shared(qtbot: Any, main_window: Any, demo_db: Database,
                                            tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """With the main window's runner (one job at a time for the database) the window is
    disabled while the bundle is read and applied, and usable again afterwards."""
    path = export(demo_db, tmp_path / "mst.kimb", code="ABH-BSK")
    disabled: list[bool] = []
    main_window.tasks.busy_changed.connect(lambda busy: disabled.append(busy))

    def drive(dialog: ImportDialog) -> int:
        Hooks(dialog)
        assert dialog.tasks is main_window.tasks
        wait_idle(qtbot, dialog)
        apply(qtbot, dialog)
        return dialog.result()

    monkeypatch.setattr(import_module, "exec_dialog", drive)
    assert import_interactively(main_window, main_window.db, path, tasks=main_window.tasks)
    assert disabled == [True, False, True, False] and main_window.isEnabled()
    with main_window.db.session() as s:
        assert s.scalar(select(Site.name).where(Site.short_code == "ABH-BSK")) == \
            "Ausländerbehörde Beispielkreis"
