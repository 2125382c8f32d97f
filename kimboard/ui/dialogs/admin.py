"""Administration of an office: its data, its teams and its members — and erasing a person.

Every change runs one core operation and re-reads; :attr:`AdminDialog.changed` tells the main
window to reload when the dialog closes. Sub-dialogs and message boxes go through
:meth:`AdminDialog._exec`, which tests replace to answer them. Erasing a person (Art. 17 GDPR)
runs the erasure and the compaction of the file on the task worker.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCursor, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kimboard.core import queries
from kimboard.core.db import Database
from kimboard.core.erasure import (
    ErasurePreview,
    ErasureResult,
    backups_with_old_data,
    compact_after_erasure,
    delete_backups,
    erase_member,
    preview_erasure,
)
from kimboard.core.errors import KimboardError
from kimboard.core.ops import OpResult, people
from kimboard.core.ops import sites as site_ops
from kimboard.core.ops.people import MemberRow, SitePeople, TeamRow
from kimboard.ui.dialogs.site_dialog import REGIONS, SiteDialog
from kimboard.ui.i18n import format_count
from kimboard.ui.overview import counted
from kimboard.ui.tasks import TaskRunner, is_user_error
from kimboard.ui.widgets import (
    ERROR_COLOR,
    MUTED_COLOR,
    ListTab,
    accepted,
    buddy_label,
    hint_label,
    run_form,
)

NOTICE_STYLE = ("background: #fef3c7; color: #78350f; border: 1px solid #f59e0b; "
                "border-radius: 4px; padding: 6px 8px;")


def _plain(text: str = "", *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


def _error_label() -> QLabel:
    label = _plain()
    label.setStyleSheet(f"color: {ERROR_COLOR};")
    label.hide()
    return label


def _buttons(ok_text: str, parent: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    # Cancel keeps Qt's own text: "Abbrechen" from qtbase_de, "Cancel" in English.
    box.accepted.connect(parent.accept)
    box.rejected.connect(parent.reject)
    return box


# --------------------------------------------------------------------------- small forms


class TeamDialog(QDialog):
    """The name of a team."""

    def __init__(self, parent: QWidget | None = None, *, name: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Team umbenennen") if name else self.tr("Neues Team"))
        self.name_edit = QLineEdit(name)
        self.name_edit.setMaxLength(200)
        self.name_edit.setPlaceholderText(self.tr("z. B. Team Einbürgerung"))
        self.name_edit.setAccessibleName(self.tr("Name des Teams"))
        self.name_edit.selectAll()
        self.error_label = _error_label()
        self.error_label.setAccessibleName(self.tr("Fehlermeldung"))
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Name:"), self.name_edit), self.name_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(_buttons(self.tr("Speichern") if name else self.tr("Anlegen"), self))
        self.setMinimumWidth(400)

    def values(self) -> str:
        return self.name_edit.text()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()


class MemberDialog(QDialog):
    """Display name, role and team of a team member."""

    def __init__(self, parent: QWidget | None, teams: Sequence[TeamRow], *,
                 member: MemberRow | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Teammitglied bearbeiten") if member
                            else self.tr("Neues Teammitglied"))
        self.name_edit = QLineEdit(member.display_name if member else "")
        self.name_edit.setMaxLength(200)
        self.name_edit.setPlaceholderText(self.tr("z. B. Anna S."))
        self.name_edit.setAccessibleName(self.tr("Anzeigename"))
        self.role_edit = QLineEdit(member.role if member else "")
        self.role_edit.setMaxLength(200)
        self.role_edit.setPlaceholderText(self.tr("z. B. Sachbearbeitung, Teamleitung"))
        self.role_edit.setAccessibleName(self.tr("Rolle"))
        self.team_combo = QComboBox()
        self.team_combo.setAccessibleName(self.tr("Team"))
        self.team_combo.addItem(self.tr("– kein Team –"), None)
        for team in teams:
            if not team.archived or (member is not None and member.team_id == team.id):
                self.team_combo.addItem(team.name, team.id)
        if member is not None and member.team_id is not None:
            self.team_combo.setCurrentIndex(max(0, self.team_combo.findData(member.team_id)))
        self.error_label = _error_label()
        self.error_label.setAccessibleName(self.tr("Fehlermeldung"))
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Anzeigename:"), self.name_edit), self.name_edit)
        form.addRow(buddy_label(self.tr("&Rolle:"), self.role_edit), self.role_edit)
        form.addRow(buddy_label(self.tr("&Team:"), self.team_combo), self.team_combo)
        hint = hint_label(self.tr("Nur ein Name, unter dem das Team die Person kennt, und ihre "
                             "Rolle – keine weiteren persönlichen Angaben."))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addWidget(_buttons(self.tr("Speichern") if member else self.tr("Anlegen"), self))
        self.setMinimumWidth(460)
        self.name_edit.setFocus()

    def values(self) -> tuple[str, str, int | None]:
        team = self.team_combo.currentData()
        return self.name_edit.text(), self.role_edit.text(), \
            int(team) if team is not None else None

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()


class EraseMemberDialog(QDialog):
    """The confirmation before an erasure: says what happens, and that it is final."""

    def __init__(self, parent: QWidget | None, preview: ErasurePreview, backups: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Person löschen (DSGVO Art. 17)"))
        title = _plain(self.tr("„{name}“ endgültig löschen?").format(name=preview.name))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        title.setFont(font)
        if preview.total:
            found = self.tr("Der Name kommt in {n} Einträgen vor: {where}.").format(
                n=format_count(preview.total),
                where=", ".join(f"{what} ({format_count(n)})"
                                for what, n in preview.occurrences))
        else:
            found = self.tr("In Texten kommt der Name nicht vor.")
        lines = [
            self.tr("Der Name wird überall durch „{label}“ ersetzt: in der Liste der "
                    "Teammitglieder, auf Karten, in Kommentaren, Checklisten und im Verlauf, in "
                    "Retrospektiven und Maßnahmen.").format(label=preview.label),
            found,
            self.tr("Die Arbeit bleibt erhalten: Karten, Zuweisungen, Verlauf und Kennzahlen "
                    "ändern sich nicht. Die Rolle der Person wird gelöscht, sie wird "
                    "deaktiviert."),
            self.tr("Danach wird die Datenbankdatei bereinigt, damit keine alten Reste des "
                    "Namens darin bleiben."),
        ]
        if backups:
            lines.append(self.tr(
                "Vorhandene Sicherungskopien ({n}) und bereits verschickte Pakete enthalten "
                "den Namen weiterhin. Die Sicherungen können Sie anschließend löschen."
            ).format(n=format_count(backups)))
        if preview.same_name_elsewhere:
            lines.append(self.tr(
                "Mit demselben Namen gibt es auch Teammitglieder in: {sites}. Diese bleiben "
                "unverändert.").format(sites=", ".join(preview.same_name_elsewhere)))
        self.message = _plain("\n\n".join(f"• {line}" for line in lines))
        self.message.setAccessibleName(self.tr("Was beim Löschen geschieht"))
        warning = _plain(self.tr("Das kann nicht rückgängig gemacht werden."))
        warning.setStyleSheet(f"color: {ERROR_COLOR}; font-weight: bold;")
        self.confirm_check = QCheckBox(self.tr(
            "&Ich habe verstanden: Der Name wird unwiderruflich gelöscht."))
        self.buttons = QDialogButtonBox()
        self.erase_button = self.buttons.addButton(self.tr("Endgültig löschen"),
                                                   QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.setAccessibleName(self.tr("Person endgültig löschen"))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Abbrechen"))
        cancel.setDefault(True)
        self.erase_button.setAutoDefault(False)
        self.erase_button.setEnabled(False)
        self.confirm_check.toggled.connect(self.erase_button.setEnabled)
        self.erase_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(self.message)
        layout.addWidget(warning)
        layout.addWidget(self.confirm_check)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(540)
        self.confirm_check.setFocus()

    def confirm(self) -> None:
        """Tick the box and press "Endgültig löschen" (what a person does)."""
        self.confirm_check.setChecked(True)
        self.erase_button.click()


# --------------------------------------------------------------------------- list tabs


# --------------------------------------------------------------------------- the dialog


class AdminDialog(QDialog):
    """"Dienststelle verwalten": office data, teams, team members."""

    #: Something was saved; the main window reloads after the dialog.
    changed = Signal()

    def __init__(self, db: Database, site_uuid: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tasks = TaskRunner(self)
        self.tasks.busy_changed.connect(self._set_busy)
        self.site: dict[str, Any] | None = None
        self.site_id: int | None = None
        self.people = SitePeople((), ())
        self.setWindowTitle(self.tr("Dienststelle verwalten"))
        self.setAccessibleName(self.tr("Dienststelle verwalten"))
        self.setSizeGripEnabled(True)

        self.site_combo = QComboBox()
        self.site_combo.setAccessibleName(self.tr("Dienststelle wählen"))
        self.site_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.site_combo.currentIndexChanged.connect(lambda _i: self._load_site())
        self.new_site_button = QPushButton(self.tr("Neue Dienststelle &anlegen …"))
        self.new_site_button.setAutoDefault(False)
        self.new_site_button.clicked.connect(self.create_site)
        top = QHBoxLayout()
        top.addWidget(buddy_label(self.tr("Dienststelle &wählen:"), self.site_combo))
        top.addWidget(self.site_combo, 1)
        top.addWidget(self.new_site_button)

        self.notice = _plain()
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.setAccessibleName(self.tr("Hinweis"))
        self.notice.hide()

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Bereiche der Verwaltung"))
        self.tabs.addTab(self._build_site_tab(), self.tr("&Dienststelle"))
        self.tabs.addTab(self._build_teams_tab(), self.tr("&Teams"))
        self.tabs.addTab(self._build_members_tab(), self.tr("Team&mitglieder"))

        self.status = _plain()
        self.status.setAccessibleName(self.tr("Statusmeldung"))
        self.status.setStyleSheet(f"color: {MUTED_COLOR};")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Schließen"))
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.resize(900, 580)
        self.reload(site_uuid)
        self.site_combo.setFocus()

    # ------------------------------------------------------------------ building

    def _build_site_tab(self) -> QWidget:
        page = QWidget()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.name_edit.setAccessibleName(self.tr("Name der Dienststelle"))
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(20)
        self.code_edit.setAccessibleName(self.tr("Kürzel der Dienststelle"))
        self.region_combo = QComboBox()
        self.region_combo.setEditable(True)
        self.region_combo.addItems(("", *REGIONS))
        self.region_combo.setAccessibleName(self.tr("Bezirksregierung"))
        self.origin_label = _plain()
        self.origin_label.setAccessibleName(self.tr("Herkunft der Dienststelle"))
        self.state_label = _plain()
        self.state_label.setAccessibleName(self.tr("Zustand der Dienststelle"))
        self.uuid_edit = QLineEdit()
        self.uuid_edit.setReadOnly(True)
        self.uuid_edit.setAccessibleName(self.tr("Kennung (UUID) der Dienststelle"))
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Name:"), self.name_edit), self.name_edit)
        form.addRow(buddy_label(self.tr("&Kürzel:"), self.code_edit), self.code_edit)
        form.addRow(buddy_label(self.tr("&Bezirksregierung:"), self.region_combo),
                    self.region_combo)
        form.addRow(self.tr("Herkunft:"), self.origin_label)
        form.addRow(self.tr("Zustand:"), self.state_label)
        form.addRow(buddy_label(self.tr("Kennung (&UUID):"), self.uuid_edit), self.uuid_edit)
        self.site_error = _error_label()
        self.site_error.setAccessibleName(self.tr("Fehlermeldung"))
        self.save_site_button = QPushButton(self.tr("Änderungen &speichern"))
        self.save_site_button.setAutoDefault(False)
        self.save_site_button.clicked.connect(self.save_site)
        self.archive_button = QPushButton(self.tr("A&rchivieren"))
        self.archive_button.setAutoDefault(False)
        self.archive_button.clicked.connect(self.toggle_archive)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_site_button)
        buttons.addWidget(self.archive_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.site_error)
        layout.addLayout(buttons)
        layout.addWidget(hint_label(self.tr(
            "Eine archivierte Dienststelle bleibt mit allen Boards erhalten und lässt sich "
            "jederzeit wiederherstellen.")))
        layout.addStretch(1)
        return page

    def _build_teams_tab(self) -> QWidget:
        tab = ListTab(
            self.tr("Teams bündeln Teammitglieder und Boards. Wird ein Team gelöscht, bleiben "
                    "seine Mitglieder und Boards erhalten, nur ohne Team."),
            self.tr("T&eams der Dienststelle:"),
            (self.tr("Team"), self.tr("Mitglieder")), self.tr("Teams der Dienststelle"))
        self.teams_tab = tab
        tab.tree.headerItem().setTextAlignment(
            1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.add_team_button = tab.button(self.tr("&Neues Team …"), self.tr("Neues Team"),
                                          self.add_team)
        self.rename_team_button = tab.button(self.tr("&Umbenennen …"),
                                             self.tr("Team umbenennen"), self.rename_team)
        self.delete_team_button = tab.button(self.tr("&Löschen …"), self.tr("Team löschen"),
                                             self.delete_team)
        tab.buttons.addStretch(1)
        tab.shortcut(["F2", "Return", "Enter"], self.rename_team)
        tab.shortcut([QKeySequence.StandardKey.Delete], self.delete_team)
        tab.tree.itemSelectionChanged.connect(self._update_buttons)
        tab.tree.itemDoubleClicked.connect(lambda *_a: self.rename_team())
        return tab

    def _build_members_tab(self) -> QWidget:
        tab = ListTab(
            self.tr("Deaktivierte Personen können keine neuen Karten mehr bekommen; ihr Name "
                    "bleibt im Verlauf. Beim Löschen (DSGVO Art. 17) verschwindet der Name "
                    "überall, die Arbeit bleibt."),
            self.tr("&Personen der Dienststelle:"),
            (self.tr("Name"), self.tr("Rolle"), self.tr("Team"), self.tr("Status")),
            self.tr("Teammitglieder der Dienststelle"), stretch=1)
        self.members_tab = tab
        self.add_member_button = tab.button(self.tr("&Hinzufügen …"),
                                            self.tr("Teammitglied hinzufügen"), self.add_member)
        self.edit_member_button = tab.button(self.tr("&Bearbeiten …"),
                                             self.tr("Teammitglied bearbeiten"),
                                             self.edit_member)
        self.active_button = tab.button(self.tr("Dea&ktivieren"),
                                        self.tr("Teammitglied deaktivieren"),
                                        self.toggle_active)
        tab.buttons.addSpacing(18)
        self.erase_button = tab.button(self.tr("Person &löschen (DSGVO Art. 17) …"),
                                       self.tr("Person löschen nach DSGVO Artikel 17"),
                                       self.erase_member)
        self.erase_button.setStyleSheet(f"QPushButton:enabled {{ color: {ERROR_COLOR}; }}")
        tab.buttons.addStretch(1)
        tab.shortcut(["F2", "Return", "Enter"], self.edit_member)
        tab.tree.itemSelectionChanged.connect(self._update_buttons)
        tab.tree.itemDoubleClicked.connect(lambda *_a: self.edit_member())
        return tab

    # ------------------------------------------------------------------ reading

    @property
    def read_only(self) -> bool:
        return self.site is None or not self.site.get("is_local", True)

    def reload(self, site_uuid: str | None = None) -> None:
        """Re-read the offices; keep (or choose) ``site_uuid``."""
        wanted = site_uuid or (self.site["uuid"] if self.site else None)
        try:
            with self.db.session() as s:
                sites = queries.list_rows(s, "sites")
        except KimboardError as err:
            self.show_error(str(err))
            return
        self.site_combo.blockSignals(True)
        self.site_combo.clear()
        for site in sites:
            label = f"{site['name']} ({site['short_code']})"
            if not site["is_local"]:
                label += " – " + self.tr("übernommen, nur lesbar")
            elif site["archived"]:
                label += " – " + self.tr("archiviert")
            self.site_combo.addItem(label, site)
        index = next((i for i, s in enumerate(sites) if s["uuid"] == wanted), 0)
        self.site_combo.setCurrentIndex(index if sites else -1)
        self.site_combo.blockSignals(False)
        self._load_site()

    def _load_site(self) -> None:
        data = self.site_combo.currentData()
        self.site = data if isinstance(data, dict) else None
        self.site_id = None
        self.people = SitePeople((), ())
        if self.site is not None:
            try:
                with self.db.session() as s:
                    self.site_id = queries.resolve_site(s, self.site["uuid"]).id
                    self.people = people.site_people(s, self.site_id)
            except KimboardError as err:
                self.show_error(str(err))
        self._fill_site_tab()
        self._fill_teams()
        self._fill_members()
        self._update_buttons()

    def _fill_site_tab(self) -> None:
        site = self.site or {}
        self.name_edit.setText(site.get("name", ""))
        self.code_edit.setText(site.get("short_code", ""))
        self.region_combo.setCurrentText(site.get("region", ""))
        self.uuid_edit.setText(site.get("uuid", ""))
        self.uuid_edit.setCursorPosition(0)
        self.site_error.hide()
        local = site.get("is_local", True)
        self.origin_label.setText(self.tr("hier angelegt") if local else
                                  self.tr("aus dem Paket einer anderen Dienststelle "
                                          "übernommen"))
        archived = bool(site.get("archived"))
        self.state_label.setText(self.tr("archiviert") if archived else self.tr("aktiv"))
        self.archive_button.setText(self.tr("Wieder&herstellen") if archived
                                    else self.tr("A&rchivieren"))
        self.archive_button.setAccessibleName(
            self.tr("Dienststelle wiederherstellen") if archived
            else self.tr("Dienststelle archivieren"))
        if self.site is not None and not local:
            self.notice.setText(self.tr(
                "„{name}“ wurde aus dem Paket einer anderen Dienststelle übernommen und ist "
                "hier nur lesbar. Änderungen – auch das Löschen von Personen – nimmt die "
                "Dienststelle vor, aus der das Paket stammt.").format(name=site["name"]))
            self.notice.show()
        elif archived:
            self.notice.setText(self.tr("„{name}“ ist archiviert. Sie lässt sich auf der "
                                        "Seite „Dienststelle“ wiederherstellen.").format(
                                            name=site["name"]))
            self.notice.show()
        else:
            self.notice.hide()
        for field in (self.name_edit, self.code_edit):
            field.setReadOnly(self.read_only)
        self.region_combo.setEnabled(not self.read_only)

    def _fill_teams(self) -> None:
        rows = [(team.id, [team.name if not team.archived else self.tr(
                    "{name} (archiviert)").format(name=team.name), format_count(team.members)],
                 None) for team in self.people.teams]
        self.teams_tab.fill(rows, self.teams_tab.current_id(), right_aligned=(1,))

    def _status_text(self, member: MemberRow) -> str:
        if member.erased:
            return self.tr("gelöscht")
        return self.tr("aktiv") if member.active else self.tr("inaktiv")

    def _fill_members(self) -> None:
        tab = self.members_tab
        tab.fill([(m.id, [m.display_name, m.role, m.team_name, self._status_text(m)], None)
                  for m in self.people.members], tab.current_id())
        for i, member in enumerate(self.people.members):  # inactive and erased: in italics
            item = tab.tree.topLevelItem(i)
            if item is not None and (member.erased or not member.active):
                font = QFont(item.font(0))
                font.setItalic(True)
                for column in range(4):
                    item.setFont(column, font)

    def _team(self, team_id: int | None) -> TeamRow | None:
        return next((t for t in self.people.teams if t.id == team_id), None)

    def _member(self, member_id: int | None) -> MemberRow | None:
        return next((m for m in self.people.members if m.id == member_id), None)

    def _update_buttons(self) -> None:
        writable = not self.read_only and self.site_id is not None
        self.save_site_button.setEnabled(writable)
        self.archive_button.setEnabled(writable)
        team = self._team(self.teams_tab.current_id())
        self.add_team_button.setEnabled(writable)
        self.rename_team_button.setEnabled(writable and team is not None)
        self.delete_team_button.setEnabled(writable and team is not None)
        member = self._member(self.members_tab.current_id())
        usable = writable and member is not None and not member.erased
        self.add_member_button.setEnabled(writable)
        self.edit_member_button.setEnabled(usable)
        self.active_button.setEnabled(usable)
        self.erase_button.setEnabled(usable)
        reactivate = member is not None and not member.active and not member.erased
        self.active_button.setText(self.tr("&Reaktivieren") if reactivate
                                   else self.tr("Dea&ktivieren"))
        self.active_button.setAccessibleName(
            self.tr("Teammitglied reaktivieren") if reactivate
            else self.tr("Teammitglied deaktivieren"))

    # ------------------------------------------------------------------ running

    def _exec(self, dialog: QDialog) -> bool:
        """Run a sub-dialog; True when the user accepted (tests replace this)."""
        return accepted(dialog)

    def _run_form(self, dialog: Any, submit: Callable[[Any], OpResult[Any]]
                  ) -> OpResult[Any] | None:
        """Show ``dialog`` until ``submit`` succeeds or the user cancels."""
        try:
            return run_form(dialog, submit, self._exec)
        finally:
            dialog.deleteLater()

    def _apply(self, op: Callable[..., OpResult[Any]], *args: Any, done: str = "",
               **kwargs: Any) -> OpResult[Any] | None:
        """Run one operation now; on an error say why. Re-reads and reports on success."""
        try:
            result = self.db.run(op, *args, **kwargs)
        except KimboardError as err:
            self.show_error(str(err))
            return None
        self._changed(done)
        return result

    def _changed(self, done: str = "") -> None:
        self.reload()
        self.show_status(done)
        self.changed.emit()

    def _ask(self, title: str, text: str, action: str, *,
             icon: QMessageBox.Icon = QMessageBox.Icon.Question,
             cancel: str = "") -> bool:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        yes.setAccessibleName(action)
        no = box.addButton(cancel or self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        try:
            return self._exec(box)
        finally:
            box.deleteLater()

    def _inform(self, title: str, text: str,
                icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        try:
            self._exec(box)
        finally:
            box.deleteLater()

    def show_error(self, message: str) -> None:
        self._inform(self.tr("Dienststelle verwalten"), message, QMessageBox.Icon.Warning)

    def show_status(self, message: str) -> None:
        self.status.setText(message)

    def _set_busy(self, busy: bool) -> None:
        self.setEnabled(not busy)
        if busy:
            QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        else:
            QGuiApplication.restoreOverrideCursor()

    # ------------------------------------------------------------------ offices

    def create_site(self) -> None:
        created = self._run_form(
            SiteDialog(self), lambda v: self.db.run(site_ops.create_site, *v))
        if created is not None:
            self.reload(created.value.uuid)
            self.show_status(self.tr("Dienststelle angelegt."))
            self.changed.emit()

    def save_site(self) -> None:
        if self.read_only or self.site_id is None:
            return
        try:
            self.db.run(site_ops.update_site, self.site_id, name=self.name_edit.text(),
                        short_code=self.code_edit.text(),
                        region=self.region_combo.currentText())
        except KimboardError as err:
            self.site_error.setText(str(err))
            self.site_error.show()
            return
        self._changed(self.tr("Änderungen an der Dienststelle gespeichert."))

    def toggle_archive(self) -> None:
        if self.read_only or self.site_id is None or self.site is None:
            return
        if self.site.get("archived"):
            self._apply(site_ops.restore_site, self.site_id,
                        done=self.tr("Dienststelle wiederhergestellt."))
        else:
            self._apply(site_ops.archive_site, self.site_id,
                        done=self.tr("Dienststelle archiviert."))

    # ------------------------------------------------------------------ teams

    def add_team(self) -> None:
        if self.read_only or self.site_id is None:
            return
        site_id = self.site_id
        result = self._run_form(TeamDialog(self),
                                lambda name: self.db.run(people.create_team, site_id, name))
        if result is not None:
            self._changed(self.tr("Team angelegt."))
            self.teams_tab.select_id(result.value.id)

    def rename_team(self) -> None:
        team = self._team(self.teams_tab.current_id())
        if self.read_only or team is None:
            return
        result = self._run_form(TeamDialog(self, name=team.name),
                                lambda name: self.db.run(people.rename_team, team.id, name))
        if result is not None:
            self._changed(self.tr("Team umbenannt."))

    def delete_team(self) -> None:
        team = self._team(self.teams_tab.current_id())
        if self.read_only or team is None:
            return
        text = self.tr("Das Team „{name}“ löschen? Seine Mitglieder und Boards bleiben "
                       "erhalten und gehören danach zu keinem Team.").format(name=team.name)
        if self._ask(self.tr("Team löschen"), text, self.tr("Team löschen")):
            self._apply(people.delete_team, team.id, done=self.tr("Team gelöscht."))

    # ------------------------------------------------------------------ members

    def add_member(self) -> None:
        if self.read_only or self.site_id is None:
            return
        site_id = self.site_id
        result = self._run_form(
            MemberDialog(self, self.people.teams),
            lambda v: self.db.run(people.create_member, site_id, v[0], v[1], v[2]))
        if result is not None:
            self._changed(self.tr("Teammitglied angelegt."))
            self.members_tab.select_id(result.value.id)

    def edit_member(self) -> None:
        member = self._member(self.members_tab.current_id())
        if self.read_only or member is None or member.erased:
            return
        result = self._run_form(
            MemberDialog(self, self.people.teams, member=member),
            lambda v: self.db.run(people.update_member, member.id, display_name=v[0],
                                  role=v[1], team_id=v[2]))
        if result is not None:
            self._changed(self.tr("Teammitglied gespeichert."))

    def toggle_active(self) -> None:
        member = self._member(self.members_tab.current_id())
        if self.read_only or member is None or member.erased:
            return
        if member.active:
            self._apply(people.set_member_active, member.id, False,
                        done=self.tr("„{name}“ ist jetzt inaktiv.").format(
                            name=member.display_name))
        else:
            self._apply(people.set_member_active, member.id, True,
                        done=self.tr("„{name}“ ist wieder aktiv.").format(
                            name=member.display_name))

    def erase_member(self) -> None:
        """Ask, then erase the person and compact the file on the worker; report after."""
        member = self._member(self.members_tab.current_id())
        if self.read_only or member is None or member.erased:
            return
        try:
            with self.db.session() as s:
                preview = preview_erasure(s, member.id)
            backups = backups_with_old_data(self.db.path)
        except (KimboardError, OSError) as err:
            self.show_error(str(err))
            return
        dialog = EraseMemberDialog(self, preview, len(backups))
        try:
            if not self._exec(dialog):
                return
        finally:
            dialog.deleteLater()
        member_id = member.id
        del member, preview  # keep no copy of the name around longer than needed

        def work() -> tuple[ErasureResult, str | None]:
            result = self.db.run(erase_member, member_id).value
            try:
                compact_after_erasure(self.db)
            except KimboardError as err:  # the erasure itself is done and committed
                return result, str(err)
            return result, None

        self.tasks.run(work, self.tr("Person wird gelöscht, Datenbank wird bereinigt …"),
                       self._erased, self._task_failed)

    def _erased(self, outcome: tuple[ErasureResult, str | None]) -> None:
        result, compact_error = outcome
        self._changed(self.tr("Person gelöscht."))
        lines = [self.tr("Die Person wurde gelöscht. Ihr Name lautet jetzt überall „{label}“; "
                         "Karten, Zuweisungen, Verlauf und Kennzahlen sind erhalten.").format(
                             label=result.label)]
        if result.replaced:
            lines.append(self.tr("Der Name wurde ersetzt in: {where}.").format(
                where=", ".join(f"{what} ({format_count(n)})" for what, n in result.replaced)))
        if compact_error is None:
            lines.append(self.tr("Die Datenbankdatei wurde bereinigt; alte Reste des Namens "
                                 "sind daraus entfernt."))
        else:
            lines.append(compact_error)
        self._inform(self.tr("Person gelöscht"), "\n\n".join(lines),
                     QMessageBox.Icon.Information if compact_error is None
                     else QMessageBox.Icon.Warning)
        self._offer_backup_deletion()

    def _offer_backup_deletion(self) -> None:
        backups = backups_with_old_data(self.db.path)
        if not backups:
            return
        folder = backups[0].parent
        text = counted(
            len(backups),
            self.tr("1 Sicherungsdatei von vorher enthält den Namen noch."),
            self.tr("{n} Sicherungsdateien von vorher enthalten den Namen noch."))
        text += " " + self.tr(
            "Ordner: {folder}\n\nSollen sie jetzt gelöscht werden? Dann fehlt auch der "
            "Stand von vorher; eine neue Sicherung können Sie danach über „Datei → Sicherung "
            "erstellen“ anlegen.").format(folder=str(folder))
        if not self._ask(self.tr("Alte Sicherungen löschen?"), text,
                         self.tr("Sicherungen löschen"), cancel=self.tr("Behalten")):
            self.show_status(self.tr("Person gelöscht. Alte Sicherungen wurden behalten."))
            return
        try:
            n = delete_backups(backups)
        except KimboardError as err:
            self.show_error(str(err))
            return
        self.show_status(counted(n, self.tr("Person gelöscht, 1 alte Sicherung gelöscht."),
                                 self.tr("Person gelöscht, {n} alte Sicherungen gelöscht.")))

    def _task_failed(self, err: BaseException) -> None:
        self.reload()
        if is_user_error(err):
            self.show_error(str(err))
        else:
            self.show_error(self.tr("Unerwarteter Fehler: {error}").format(error=repr(err)))

    def done(self, result: int) -> None:  # noqa: D102 - Qt override
        if self.tasks.busy:  # never close under a running erasure
            return
        super().done(result)
