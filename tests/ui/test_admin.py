"""Administration, settings and the privacy page, driven through their widgets.

The central promise: an office and a person created through the dialogs, assigned to a card
through the card editor and then erased through the administration dialog leave the person's
name nowhere — not in any widget and not in the bytes of the database file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from kimboard.core import queries
from kimboard.core.boardview import CardSummary, load_board
from kimboard.core.db import Database
from kimboard.core.ops import boards, cards, people, sites
from kimboard.ui.card.editor import CardEditorDialog
from kimboard.ui.dialogs import settings as settings_mod
from kimboard.ui.dialogs.admin import AdminDialog, EraseMemberDialog, MemberDialog, TeamDialog
from kimboard.ui.dialogs.settings import SettingsDialog
from kimboard.ui.dialogs.site_dialog import SiteDialog
from kimboard.ui.privacy import PrivacyDialog
from tests.core.test_erasure import found_forms
from tests.ui.a11y import unnamed_widgets

NAME = "Zoltán Übermuth-Krzyżanowski"
LABEL = "ehemaliges Teammitglied"

Answer = Callable[[QDialog], bool]


class Answers:
    """Stands in for ``AdminDialog._exec``: answers each modal window in turn."""

    def __init__(self, *answers: Answer) -> None:
        self.pending = list(answers)
        self.seen: list[str] = []  # type names, and the texts of message boxes

    def add(self, *answers: Answer) -> None:
        self.pending.extend(answers)

    def __call__(self, dialog: QDialog) -> bool:
        assert self.pending, f"unexpected dialog {type(dialog).__name__}"
        assert unnamed_widgets(dialog) == [], type(dialog).__name__
        self.seen.append(dialog.text() if isinstance(dialog, QMessageBox)
                         else type(dialog).__name__)
        return self.pending.pop(0)(dialog)


def fill_site(name: str, code: str, region: str = "") -> Answer:
    def answer(dialog: QDialog) -> bool:
        assert isinstance(dialog, SiteDialog)
        dialog.name_edit.setText(name)
        dialog.code_edit.setText(code)
        dialog.region_combo.setCurrentText(region)
        return True
    return answer


def fill_team(name: str) -> Answer:
    def answer(dialog: QDialog) -> bool:
        assert isinstance(dialog, TeamDialog)
        dialog.name_edit.setText(name)
        return True
    return answer


def fill_member(name: str, role: str = "", team: str | None = None) -> Answer:
    def answer(dialog: QDialog) -> bool:
        assert isinstance(dialog, MemberDialog)
        dialog.name_edit.setText(name)  # keyClicks cannot type "ż"
        dialog.role_edit.setText(role)
        if team is not None:
            dialog.team_combo.setCurrentIndex(dialog.team_combo.findText(team))
        return True
    return answer


def confirm_erasure(dialog: QDialog) -> bool:
    assert isinstance(dialog, EraseMemberDialog)
    assert not dialog.erase_button.isEnabled()  # nothing happens without the tick
    dialog.confirm()
    return dialog.result() == QDialog.DialogCode.Accepted


def cancel(dialog: QDialog) -> bool:
    return False


def press(button_text: str) -> Answer:
    """Choose the message box button with this text."""
    def answer(dialog: QDialog) -> bool:
        assert isinstance(dialog, QMessageBox)
        button = next(b for b in dialog.buttons() if b.text() == button_text)
        return dialog.buttonRole(button) in (QMessageBox.ButtonRole.AcceptRole,
                                             QMessageBox.ButtonRole.YesRole)
    return answer


def ok(dialog: QDialog) -> bool:
    assert isinstance(dialog, QMessageBox)
    return True


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    out: list[str] = []
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
             Qt.ItemDataRole.AccessibleTextRole)

    def columns(parent: QModelIndex) -> int:
        try:
            return max(1, model.columnCount(parent))
        except TypeError:  # list models hide columnCount
            return 1

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            for column in range(columns(parent)):
                index = model.index(row, column, parent)
                out.extend(v for r in roles if isinstance(v := model.data(index, r), str))
                if column == 0 and model.rowCount(index) > 0:
                    walk(index)

    walk(QModelIndex())
    return out


def ui_texts(root: QWidget) -> str:
    """Every text a person (or a screen reader) could get from ``root`` and its children."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.windowTitle(), widget.toolTip(), widget.accessibleName(),
                  widget.accessibleDescription()]
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            texts.append(widget.toPlainText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView):
            texts += _model_texts(widget)
    return "\n".join(t for t in texts if t)


def name_in(text: str) -> bool:
    folded = text.casefold()
    return any(part.casefold() in folded for part in (NAME, "Übermuth", "Krzyżanowski"))


@pytest.fixture
def admin(qtbot, db: Database, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN001, ANN201
    dialog = AdminDialog(db)
    qtbot.addWidget(dialog)
    answers = Answers()
    monkeypatch.setattr(dialog, "_exec", answers)
    dialog.answers = answers
    dialog.show()
    return dialog


def _card(db: Database, board_id: int, card_id: int) -> CardSummary:
    with db.session() as s:
        return next(c for c in load_board(s, board_id).cards if c.id == card_id)


def _wait_for_erasure(qtbot, admin: AdminDialog) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not admin.tasks.busy and not admin.answers.pending, timeout=15000)


# --------------------------------------------------------------------------- the promise


def test_person_created_assigned_and_erased_through_the_ui_leaves_no_trace(
    qtbot, db: Database, main_window, admin: AdminDialog  # noqa: ANN001
) -> None:
    # an office, a team and a person — all through the dialogs
    admin.answers.add(fill_site("Ausländerbehörde Musterstadt", "ABH-MST",
                                "Bezirksregierung Köln"))
    admin.new_site_button.click()
    assert admin.site is not None and admin.site["short_code"] == "ABH-MST"
    admin.tabs.setCurrentIndex(1)
    admin.answers.add(fill_team("Team Aufenthalt"))
    admin.add_team_button.click()
    admin.tabs.setCurrentIndex(2)
    admin.answers.add(fill_member(NAME, "Sachbearbeitung", "Team Aufenthalt"))
    admin.add_member_button.click()
    (member,) = admin.people.members
    assert (member.display_name, member.role, member.team_name) == (
        NAME, "Sachbearbeitung", "Team Aufenthalt")
    assert name_in(ui_texts(admin))

    # a card that names the person, and the assignment through the card editor
    assert admin.site_id is not None
    board = db.run(boards.create_board, admin.site_id, "Team Aufenthalt").value
    card = db.run(cards.create_card, board.id, f"Übergabe an {NAME}").value.id
    db.run(cards.add_comment, card, f"{NAME} übernimmt die Vertretung.", author_id=member.id)
    with db.session() as s:
        snapshot = load_board(s, board.id)
    editor = CardEditorDialog(db, snapshot, card)
    qtbot.addWidget(editor)
    item: QListWidgetItem = next(
        editor.assignees_list.item(i) for i in range(editor.assignees_list.count())
        if editor.assignees_list.item(i).text() == NAME)
    item.setCheckState(Qt.CheckState.Checked)
    assert editor.save()
    assert _card(db, board.id, card).assignee_ids == (member.id,)
    main_window.reload()
    main_window.open_board(board.uuid)
    assert name_in(ui_texts(main_window))

    # erase through the administration dialog
    admin.reload()
    admin.members_tab.select_id(member.id)
    assert admin.erase_button.isEnabled()
    admin.answers.add(confirm_erasure, ok)
    admin.erase_button.click()
    _wait_for_erasure(qtbot, admin)
    assert "Die Person wurde gelöscht" in admin.answers.seen[-1]
    assert not name_in(admin.answers.seen[-1])

    # the work stays: same card, same assignment, same member id
    summary = _card(db, board.id, card)
    assert (summary.assignee_ids, summary.title) == ((member.id,), f"Übergabe an {LABEL}")
    (erased,) = admin.people.members
    assert (erased.id, erased.display_name, erased.erased) == (member.id, LABEL, True)
    assert not admin.erase_button.isEnabled()

    # nowhere in the UI …
    main_window.reload()
    main_window.open_board(board.uuid)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the replaced board page
    with db.session() as s:
        snapshot = load_board(s, board.id)
    editor = CardEditorDialog(db, snapshot, card)
    qtbot.addWidget(editor)
    for root in (admin, main_window, editor):
        texts = ui_texts(root)
        assert not name_in(texts), (type(root).__name__, [
            line for line in texts.splitlines() if name_in(line)])
    assert LABEL in ui_texts(editor)
    # … and nowhere in the file
    assert found_forms(db.path) == []


# --------------------------------------------------------------------------- erasure details


def _office_with_person(db: Database, name: str = NAME) -> tuple[int, int]:
    site = db.run(sites.create_site, "Ausländerbehörde Musterstadt", "ABH-MST").value.id
    member = db.run(people.create_member, site, name, "Sachbearbeitung").value.id
    return site, member


def test_cancelled_erasure_changes_nothing(admin: AdminDialog, db: Database) -> None:
    _site, member = _office_with_person(db)
    admin.reload()
    admin.tabs.setCurrentIndex(2)
    admin.members_tab.select_id(member)
    admin.answers.add(cancel)
    admin.erase_button.click()
    assert not admin.tasks.busy
    assert admin.people.members[0].display_name == NAME
    assert found_forms(db.path)


def test_erasure_offers_to_delete_old_backups(qtbot, admin: AdminDialog,  # noqa: ANN001
                                              db: Database) -> None:
    from kimboard.core.backup import backup_to, default_backup_name

    _site, member = _office_with_person(db)
    backup = backup_to(db, default_backup_name(db.path))
    admin.reload()
    admin.members_tab.select_id(member)
    admin.answers.add(confirm_erasure, ok, press("Sicherungen löschen"))
    admin.erase_button.click()
    _wait_for_erasure(qtbot, admin)
    assert "enthält den Namen noch" in admin.answers.seen[-1]
    assert not backup.exists()
    assert "alte Sicherung gelöscht" in admin.status.text()


def test_old_backups_can_be_kept(qtbot, admin: AdminDialog, db: Database) -> None:  # noqa: ANN001
    from kimboard.core.backup import backup_to, default_backup_name

    _site, member = _office_with_person(db)
    backup = backup_to(db, default_backup_name(db.path))
    admin.reload()
    admin.members_tab.select_id(member)
    admin.answers.add(confirm_erasure, ok, press("Behalten"))
    admin.erase_button.click()
    _wait_for_erasure(qtbot, admin)
    assert backup.exists()
    assert "behalten" in admin.status.text()


def test_confirmation_names_what_happens(db: Database, qtbot) -> None:  # noqa: ANN001
    from kimboard.core.erasure import preview_erasure

    site, member = _office_with_person(db)
    board = db.run(boards.create_board, site, "Team").value.id
    db.run(cards.create_card, board, f"Termin mit {NAME}")
    with db.session() as s:
        preview = preview_erasure(s, member)
    dialog = EraseMemberDialog(None, preview, 2)
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.message.text()
    assert LABEL in text and "Karten (1)" in text and "Sicherungskopien (2)" in text
    assert "nicht rückgängig" in ui_texts(dialog)
    assert not dialog.erase_button.isEnabled()
    cancel_button = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    assert cancel_button.isDefault()
    assert unnamed_widgets(dialog) == []


# --------------------------------------------------------------------------- offices


def test_edit_archive_and_restore_an_office(admin: AdminDialog, db: Database) -> None:
    _office_with_person(db)
    admin.reload()
    changed: list[bool] = []
    admin.changed.connect(lambda: changed.append(True))
    admin.name_edit.setText("Ausländerbehörde Neustadt")
    admin.code_edit.setText("ABH-NEU")
    admin.region_combo.setCurrentText("Bezirksregierung Münster")
    admin.save_site_button.click()
    with db.session() as s:
        (row,) = queries.list_rows(s, "sites")
    assert (row["name"], row["short_code"], row["region"]) == (
        "Ausländerbehörde Neustadt", "ABH-NEU", "Bezirksregierung Münster")
    assert changed
    admin.archive_button.click()
    assert admin.state_label.text() == "archiviert"
    assert admin.notice.isVisibleTo(admin)
    assert "archiviert" in admin.site_combo.currentText()
    admin.archive_button.click()
    assert admin.state_label.text() == "aktiv"
    assert not admin.notice.isVisibleTo(admin)


def test_invalid_office_data_shows_a_german_error(admin: AdminDialog, db: Database) -> None:
    _office_with_person(db)
    db.run(sites.create_site, "Andere", "ABH-X")
    admin.reload()
    admin.site_combo.setCurrentIndex(admin.site_combo.findText("Ausländerbehörde Musterstadt",
                                                               Qt.MatchFlag.MatchStartsWith))
    admin.code_edit.setText("abh-x")
    admin.save_site_button.click()
    assert admin.site_error.isVisibleTo(admin)
    assert "schon vergeben" in admin.site_error.text()


def test_switching_offices_shows_their_people(admin: AdminDialog, db: Database) -> None:
    _office_with_person(db)
    other = db.run(sites.create_site, "Ausländerbehörde Nachbarstadt", "ABH-NB").value.id
    db.run(people.create_member, other, "Anna Schmidt")
    admin.reload()
    names = {}
    for i in range(admin.site_combo.count()):
        admin.site_combo.setCurrentIndex(i)
        names[admin.site["short_code"]] = [m.display_name for m in admin.people.members]
    assert names == {"ABH-MST": [NAME], "ABH-NB": ["Anna Schmidt"]}


def test_imported_office_is_shown_read_only(admin: AdminDialog, db: Database) -> None:
    from sqlalchemy import update

    from kimboard.core.models import Site

    site, member = _office_with_person(db)
    db.run(people.create_team, site, "Team Aufenthalt")
    with db.transaction() as s:
        s.execute(update(Site).where(Site.id == site).values(is_local=False))
    admin.reload()
    admin.members_tab.select_id(member)
    admin.teams_tab.select_id(admin.people.teams[0].id)
    assert "übernommen" in admin.site_combo.currentText()
    assert admin.notice.isVisibleTo(admin) and "nur lesbar" in admin.notice.text()
    assert admin.name_edit.isReadOnly()
    for button in (admin.save_site_button, admin.archive_button, admin.add_team_button,
                   admin.rename_team_button, admin.delete_team_button, admin.add_member_button,
                   admin.edit_member_button, admin.active_button, admin.erase_button):
        assert not button.isEnabled(), button.text()
    admin.erase_member()  # even called directly: nothing happens, no dialog is asked
    assert admin.answers.seen == []


# --------------------------------------------------------------------------- teams and members


def test_rename_and_delete_a_team(admin: AdminDialog, db: Database) -> None:
    site, member = _office_with_person(db)
    team = db.run(people.create_team, site, "Team Aufenthalt").value.id
    db.run(people.update_member, member, team_id=team)
    admin.reload()
    admin.tabs.setCurrentIndex(1)
    admin.teams_tab.select_id(team)
    admin.answers.add(fill_team("Team Einbürgerung"))
    admin.rename_team_button.click()
    assert [t.name for t in admin.people.teams] == ["Team Einbürgerung"]
    assert admin.people.members[0].team_name == "Team Einbürgerung"
    admin.answers.add(press("Team löschen"))
    admin.delete_team_button.click()
    assert admin.people.teams == ()
    assert admin.people.members[0].team_id is None  # the member stays


def test_team_name_must_not_be_empty(admin: AdminDialog, db: Database) -> None:
    _office_with_person(db)
    admin.reload()
    errors: list[str] = []

    def empty_then_cancel(dialog: QDialog) -> bool:
        assert isinstance(dialog, TeamDialog)
        if dialog.error_label.isHidden():
            dialog.name_edit.setText("  ")
            admin.answers.add(empty_then_cancel)
            return True
        errors.append(dialog.error_label.text())
        return False

    admin.answers.add(empty_then_cancel)
    admin.add_team_button.click()
    assert errors and "darf nicht leer sein" in errors[0]
    assert admin.people.teams == ()


def test_edit_deactivate_and_reactivate_a_member(admin: AdminDialog, db: Database) -> None:
    _site, member = _office_with_person(db, "Anna Schmidt")
    admin.reload()
    admin.tabs.setCurrentIndex(2)
    admin.members_tab.select_id(member)
    admin.answers.add(fill_member("Anna Schmidt-Meyer", "Teamleitung"))
    admin.edit_member_button.click()
    row = admin.people.members[0]
    assert (row.display_name, row.role) == ("Anna Schmidt-Meyer", "Teamleitung")
    assert admin.active_button.text().replace("&", "") == "Deaktivieren"
    admin.active_button.click()
    assert admin.people.members[0].active is False
    assert admin.members_tab.tree.topLevelItem(0).text(3) == "inaktiv"
    assert admin.active_button.text().replace("&", "") == "Reaktivieren"
    admin.active_button.click()
    assert admin.people.members[0].active is True


def test_every_tab_is_keyboard_reachable_and_named(admin: AdminDialog, db: Database) -> None:
    _office_with_person(db)
    admin.reload()
    for i in range(admin.tabs.count()):
        admin.tabs.setCurrentIndex(i)
        assert unnamed_widgets(admin) == [], admin.tabs.tabText(i)
    # every button and tab has a mnemonic, lists have labelled buddies
    texts = [admin.tabs.tabText(i) for i in range(admin.tabs.count())]
    texts += [b.text() for b in (admin.new_site_button, admin.save_site_button,
                                 admin.archive_button, admin.add_team_button,
                                 admin.add_member_button, admin.erase_button)]
    assert all("&" in t for t in texts), texts
    for dialog in (TeamDialog(admin), MemberDialog(admin, ())):
        dialog.show()
        assert unnamed_widgets(dialog) == []
        dialog.close()


def test_admin_from_the_main_window_reloads_it(main_window, db: Database,  # noqa: ANN001
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    _office_with_person(db)
    main_window.reload()

    def fake_exec(dialog: AdminDialog) -> int:
        db.run(sites.update_site, dialog.site_id, name="Umbenannt")
        dialog.changed.emit()
        return 0

    monkeypatch.setattr(AdminDialog, "exec", fake_exec)
    assert main_window.manage_site_action.text().replace("&", "").startswith(
        "Dienststelle verwalten")
    main_window.manage_site_action.trigger()
    assert main_window.site_combo.currentText().startswith("Umbenannt")


# --------------------------------------------------------------------------- settings


def test_settings_dialog_stores_its_values(qtbot, db: Database) -> None:  # noqa: ANN001
    dialog = SettingsDialog(db.path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_widgets(dialog) == []
    assert dialog.folder_edit.text() == str(db.path.parent)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.keep_spin.setValue(5)
    dialog.wip_mode_combo.setCurrentIndex(dialog.wip_mode_combo.findData("hard"))
    dialog.scale_spin.setValue(200)
    dialog.contrast_check.setChecked(True)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.language_changed()
    settings = QSettings()
    assert settings.value("ui/language") == "en"
    assert settings_mod.backup_keep_count() == 5
    assert settings_mod.default_wip_mode() == "hard"
    assert settings_mod.presentation_options() == settings_mod.PresentationOptions(200, True)
    again = SettingsDialog(db.path)
    qtbot.addWidget(again)
    assert (again.keep_spin.value(), again.wip_mode_combo.currentData(),
            again.scale_spin.value(), again.contrast_check.isChecked()) == (5, "hard", 200, True)


def test_cancelled_settings_change_nothing(qtbot, db: Database) -> None:  # noqa: ANN001
    dialog = SettingsDialog(db.path)
    qtbot.addWidget(dialog)
    dialog.keep_spin.setValue(3)
    dialog.reject()
    assert settings_mod.backup_keep_count() == settings_mod.DEFAULT_BACKUP_KEEP
    assert settings_mod.default_wip_mode() == "soft"


def test_new_columns_get_the_default_wip_mode(qtbot) -> None:  # noqa: ANN001
    from kimboard.ui.dialogs.board_settings import ColumnDialog

    QSettings().setValue(settings_mod.KEY_DEFAULT_WIP_MODE, "hard")
    dialog = ColumnDialog(None)
    qtbot.addWidget(dialog)
    assert dialog.wip_mode_combo.currentData() == "hard"


def test_data_folder_opens_in_the_file_manager(qtbot, db: Database,  # noqa: ANN001
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(settings_mod.QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    dialog = SettingsDialog(db.path)
    qtbot.addWidget(dialog)
    dialog.open_folder_button.click()
    dialog.open_backups_button.click()
    assert opened == [str(db.path.parent), str(db.path.parent / "backups")]
    assert (db.path.parent / "backups").is_dir()


def test_settings_from_the_main_window_update_the_language_menu(
    main_window, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    def fake_exec(dialog: SettingsDialog) -> int:
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
        dialog.save()
        return 1

    infos: list[str] = []
    monkeypatch.setattr(SettingsDialog, "exec", fake_exec)
    monkeypatch.setattr(main_window, "show_info", infos.append)
    assert main_window.settings_action.shortcut().toString() != "Ctrl+,"
    main_window.settings_action.trigger()
    assert main_window.language_actions["en"].isChecked()
    assert len(infos) == 1


# --------------------------------------------------------------------------- privacy page


def test_privacy_page_opens_from_the_help_menu(main_window, db: Database,  # noqa: ANN001
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[PrivacyDialog] = []

    def fake_exec(dialog: PrivacyDialog) -> int:
        dialog.show()
        shown.append(dialog)
        return 0

    monkeypatch.setattr(PrivacyDialog, "exec", fake_exec)
    main_window.privacy_action.trigger()
    (dialog,) = shown
    assert unnamed_widgets(dialog) == []
    text = dialog.browser.toPlainText()
    for fragment in ("Was kimboard speichert", "Wo die Daten liegen", "Wie lange",
                     "Was ein Paket weitergibt", "nie von Kundinnen und Kunden",
                     "Art. 17 DSGVO", LABEL, str(db.path), "Sicherungskopien"):
        assert fragment in text, fragment
    assert dialog.browser.accessibleName()


def test_privacy_page_escapes_the_path(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "<b>x</b>" / "kimboard.sqlite3"
    dialog = PrivacyDialog(path)
    qtbot.addWidget(dialog)
    assert str(path) in dialog.browser.toPlainText()
