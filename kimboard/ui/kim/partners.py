"""The network partners of an office (Jobcenter, Kommunales Integrationszentrum, counselling
services …): list, create, edit, archive — and who the office works with on what.

A partner is an organisation, never a person: its contact is a role and a functional mailbox.
The mailbox is checked as it is typed (:func:`kimboard.core.ops.partners.check_mailbox`): an
invalid address cannot be saved, one that looks personal gets a warning.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kimboard.core.db import Database
from kimboard.core.errors import KimboardError, ValidationError
from kimboard.core.ops.partners import check_mailbox
from kimboard.ui.charts import fill_standard, stretch_column, table_view
from kimboard.ui.kim.common import (
    ERROR_COLOR,
    WARNING_STYLE,
    Column,
    RowsModel,
    heading_label,
    hint_label,
    partner_kind_labels,
    plain_label,
    show_error,
    status_labels,
)
from kimboard.ui.kim.common import exec_dialog as _exec_dialog
from kimboard.ui.overview import counted
from kimboard.ui.widgets import run_form

#: Item role in the collaboration tree: ("partner" | "card" | "approach", uuid).
TREE_ROLE = Qt.ItemDataRole.UserRole + 2


class PartnerDialog(QDialog):
    """Name, kind, contact role, functional mailbox and notes of a network partner."""

    def __init__(self, values: dict[str, Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        values = values or {}
        self.setWindowTitle(self.tr("Netzwerkpartner bearbeiten") if values.get("id")
                            else self.tr("Neuer Netzwerkpartner"))
        self.setMinimumWidth(520)
        self.name_edit = QLineEdit(values.get("name", ""))
        self.name_edit.setMaxLength(200)
        self.name_edit.setPlaceholderText(self.tr("z. B. Jobcenter Musterstadt"))
        self.kind_combo = QComboBox()
        for key, label in partner_kind_labels().items():
            self.kind_combo.addItem(label, key)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(
            values.get("kind", "other"))))
        self.role_edit = QLineEdit(values.get("contact_role", ""))
        self.role_edit.setMaxLength(200)
        self.role_edit.setPlaceholderText(self.tr("Eine Rolle, z. B. „Team "
                                                  "Arbeitsmarktintegration“"))
        self.mailbox_edit = QLineEdit(values.get("mailbox", ""))
        self.mailbox_edit.setMaxLength(200)
        self.mailbox_edit.setAccessibleName(self.tr("Funktionspostfach"))
        self.mailbox_edit.setPlaceholderText(self.tr("z. B. poststelle@jobcenter-beispiel.de"))
        self.notes_edit = QPlainTextEdit(values.get("notes", ""))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(90)
        self.mailbox_note = plain_label()
        self.mailbox_note.setSizePolicy(QSizePolicy.Policy.Preferred,
                                        QSizePolicy.Policy.Maximum)
        self.mailbox_note.hide()
        self.privacy_hint = hint_label(self.tr(
            "Nur Organisationen, keine Privatpersonen: als Kontakt eine Rolle und ein "
            "Funktionspostfach, keine persönlichen Namen oder Adressen."))
        self.error_label = plain_label()
        self.error_label.setStyleSheet(f"color: {ERROR_COLOR};")
        self.error_label.setAccessibleName(self.tr("Fehlermeldung"))
        self.error_label.hide()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Art:"), self.kind_combo)
        form.addRow(self.tr("Ansprech&rolle:"), self.role_edit)
        mailbox = QWidget()
        mailbox_layout = QVBoxLayout(mailbox)
        mailbox_layout.setContentsMargins(0, 0, 0, 0)
        mailbox_layout.addWidget(self.mailbox_edit)
        mailbox_layout.addWidget(self.mailbox_note)
        mailbox_label = QLabel(self.tr("&Funktionspostfach:"))
        mailbox_label.setBuddy(self.mailbox_edit)
        form.addRow(mailbox_label, mailbox)
        form.addRow(self.tr("N&otizen:"), self.notes_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.privacy_hint)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)  # a short warning must not be stretched into a tall box
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(buttons)
        self.name_edit.textChanged.connect(lambda _t: self._validate())
        self.mailbox_edit.textChanged.connect(lambda _t: self._validate())
        self._validate()

    def mailbox_state(self) -> tuple[bool, str | None]:
        """(valid, message): the message is the error or the "looks personal" warning."""
        try:
            _mailbox, warning = check_mailbox(self.mailbox_edit.text())
        except ValidationError as err:
            return False, str(err)
        return True, warning

    def _validate(self) -> None:
        valid, message = self.mailbox_state()
        if message:
            self.mailbox_note.setText(message)
            self.mailbox_note.setStyleSheet(f"color: {ERROR_COLOR};" if not valid
                                            else WARNING_STYLE)
            self.mailbox_note.show()
        else:
            self.mailbox_note.hide()
        self.mailbox_edit.setAccessibleDescription(message or "")
        self.ok_button.setEnabled(valid and bool(self.name_edit.text().strip()))

    def accept(self) -> None:
        if not self.ok_button.isEnabled():  # Enter in a field while the address is invalid
            return
        super().accept()

    def values(self) -> dict[str, Any]:
        return {"name": self.name_edit.text(), "kind": self.kind_combo.currentData(),
                "contact_role": self.role_edit.text(), "mailbox": self.mailbox_edit.text(),
                "notes": self.notes_edit.toPlainText()}

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()


class PartnersPage(QWidget):
    """The office's partners and what the office works on with each of them."""

    status_message = Signal(str)
    #: A linked solution approach was activated (its UUID): the window may open the library.
    solution_activated = Signal(str)
    changed = Signal()

    def __init__(self, db: Database, site_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.site_id = site_id
        self.overview: dict[str, Any] = {"site": {}, "partners": []}
        kinds = partner_kind_labels()

        self.heading = heading_label(self.tr("Netzwerkpartner"))
        self.new_button = QPushButton(self.tr("&Neuer Netzwerkpartner …"))
        self.new_button.clicked.connect(lambda: self.create_partner())
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.new_button)

        self.archived_check = QCheckBox(self.tr("&Archivierte zeigen"))
        self.archived_check.toggled.connect(lambda _c: self._fill())
        self.edit_button = QPushButton(self.tr("&Bearbeiten …"))
        self.edit_button.clicked.connect(lambda: self.edit_partner())
        self.archive_button = QPushButton(self.tr("Archi&vieren"))
        self.archive_button.clicked.connect(lambda: self.toggle_archived())
        bar = QHBoxLayout()
        bar.addWidget(self.archived_check)
        bar.addStretch(1)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.archive_button)

        self.model = RowsModel([
            Column(self.tr("Name"), lambda r: r["name"]
                   + (self.tr(" (archiviert)") if r["archived"] else "")),
            Column(self.tr("Art"), lambda r: kinds.get(r["kind"], r["kind"])),
            Column(self.tr("Ansprechrolle"), lambda r: r["contact_role"] or "–"),
            Column(self.tr("Funktionspostfach"), lambda r: r["mailbox"] or "–"),
            Column(self.tr("Karten offen"), lambda r: str(r["cards"]["open"]), right=True),
            Column(self.tr("erledigt"), lambda r: str(r["cards"]["done"]), right=True),
            Column(self.tr("Lösungsansätze"), lambda r: str(len(r["approaches"])),
                   right=True),
        ], self)
        self.table = table_view(self.tr("Liste der Netzwerkpartner"))
        self.table.setModel(self.model)
        stretch_column(self.table, 0)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._on_current(current))
        self.table.doubleClicked.connect(lambda _i: self.edit_partner())

        self.detail_title = heading_label("", 12)
        self.detail_notes = plain_label(selectable=True)
        self.cards_model = QStandardItemModel(self)
        self.cards_view = table_view(self.tr("Gemeinsame Karten"))
        self.cards_view.setModel(self.cards_model)
        self.approaches_model = QStandardItemModel(self)
        self.approaches_view = table_view(self.tr("Gemeinsame Lösungsansätze"))
        self.approaches_view.setModel(self.approaches_model)
        self.approaches_view.activated.connect(self._on_approach_activated)
        detail = QWidget()
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 6, 0, 0)
        dl.addWidget(self.detail_title)
        dl.addWidget(self.detail_notes)
        lists = QHBoxLayout()
        for caption, view in ((self.tr("Karten"), self.cards_view),
                              (self.tr("Lösungsansätze"), self.approaches_view)):
            box = QVBoxLayout()
            box.addWidget(QLabel(f"<b>{caption}</b>"))
            box.addWidget(view)
            lists.addLayout(box, 3 if view is self.cards_view else 2)
        dl.addLayout(lists, 1)

        list_tab = QWidget()
        ll = QVBoxLayout(list_tab)
        ll.addLayout(bar)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setSizes([300, 300])
        ll.addWidget(splitter, 1)

        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Wer arbeitet mit wem woran"))
        self.tree.setHeaderLabels([self.tr("Partner, Zielbereich, Karte oder Lösungsansatz"),
                                   self.tr("Stand")])
        self.tree.setUniformRowHeights(True)
        self.tree.header().setAccessibleName(self.tr("Wer arbeitet mit wem woran"))
        self.tree.itemActivated.connect(self._on_tree_activated)
        tree_tab = QWidget()
        tl = QVBoxLayout(tree_tab)
        tl.addWidget(hint_label(self.tr(
            "Je Netzwerkpartner: woran die Dienststelle mit ihm arbeitet – nach Zielbereich, "
            "mit den gemeinsamen Karten und Lösungsansätzen.")))
        tl.addWidget(self.tree, 1)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Ansichten der Netzwerkpartner"))
        self.tabs.addTab(list_tab, self.tr("&Partner"))
        self.tabs.addTab(tree_tab, self.tr("&Zusammenarbeit"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.setAccessibleName(self.tr("Netzwerkpartner"))
        self.reload()

    # ------------------------------------------------------------------ data

    def reload(self) -> None:
        from kimboard.core.network import goal_areas, partner_overview

        try:
            with self.db.session() as s:
                self.overview = partner_overview(s, self.site_id)
                self.areas = {g["id"]: g["name"] for g in goal_areas(s)}
        except KimboardError as err:
            show_error(self, str(err))
            return
        site = self.overview["site"]
        self.heading.setText(self.tr("Netzwerkpartner – {office}").format(office=site["name"]))
        self.new_button.setEnabled(site["is_local"])
        self._fill()

    def read_only(self) -> bool:
        return not self.overview["site"].get("is_local", False)

    def _fill(self) -> None:
        current = self.current_partner()
        wanted = current["uuid"] if current else None
        shown = [p for p in self.overview["partners"]
                 if self.archived_check.isChecked() or not p["archived"]]
        self.model.set_rows(shown)
        row = self.model.find("uuid", wanted) if wanted else -1
        if row < 0 and shown:
            row = 0
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        else:
            self._on_current(QModelIndex())
        self._fill_tree(shown)

    def current_partner(self) -> dict[str, Any] | None:
        index = self.table.currentIndex()
        return self.model.row_data(index.row()) if index.isValid() else None

    def select(self, uuid: str) -> bool:
        row = self.model.find("uuid", uuid)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        return row >= 0

    def _on_current(self, index: QModelIndex) -> None:
        partner = self.model.row_data(index.row()) if index.isValid() else None
        writable = partner is not None and not self.read_only()
        self.edit_button.setEnabled(writable)
        self.archive_button.setEnabled(writable)
        labels = status_labels()
        if partner is None:
            self.detail_title.setText(self.tr("Kein Netzwerkpartner gewählt")
                                      if self.overview["partners"] else
                                      self.tr("Noch keine Netzwerkpartner angelegt"))
            self.detail_notes.setText("")
            fill_standard(self.cards_model, [], [])
            fill_standard(self.approaches_model, [], [])
            return
        self.archive_button.setText(self.tr("&Wiederherstellen") if partner["archived"]
                                    else self.tr("Archi&vieren"))
        self.detail_title.setText(self.tr("Zusammenarbeit mit {name}").format(
            name=partner["name"]))
        self.detail_notes.setText(partner["notes"])
        self.detail_notes.setVisible(bool(partner["notes"]))
        fill_standard(self.cards_model,
                      [self.tr("Nr."), self.tr("Karte"), self.tr("Board"), self.tr("Stand")],
                      [[f"#{c['number']}", c["title"], c["board_name"],
                        self.tr("erledigt") if c["done"] else self.tr("offen")]
                       for c in partner["cards"]["items"]], {0})
        stretch_column(self.cards_view, 1)
        fill_standard(self.approaches_model, [self.tr("Lösungsansatz"), self.tr("Status")],
                      [[a["title"], labels.get(a["status"], a["status"])]
                       for a in partner["approaches"]])
        stretch_column(self.approaches_view, 0)

    def _fill_tree(self, partners: list[dict[str, Any]]) -> None:
        labels = status_labels()
        kinds = partner_kind_labels()
        self.tree.clear()
        for p in partners:
            cards, approaches = p["cards"], p["approaches"]
            summary = self.tr("Karten: {open} offen, {done} erledigt").format(
                open=cards["open"], done=cards["done"]) + " · " + counted(
                len(approaches), self.tr("1 Lösungsansatz"), self.tr("{n} Lösungsansätze"))
            top = QTreeWidgetItem([f"{p['name']} ({kinds.get(p['kind'], p['kind'])})",
                                   summary])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setData(0, TREE_ROLE, ("partner", p["uuid"]))
            by_area: dict[int | None, list[QTreeWidgetItem]] = {}
            for c in cards["items"]:
                item = QTreeWidgetItem([self.tr("Karte #{number} „{title}“ – {board}").format(
                    number=c["number"], title=c["title"], board=c["board_name"]),
                    self.tr("erledigt") if c["done"] else self.tr("offen")])
                item.setData(0, TREE_ROLE, ("card", c["uuid"]))
                by_area.setdefault(c["goal_area_id"], []).append(item)
            for a in approaches:
                item = QTreeWidgetItem([self.tr("Lösungsansatz „{title}“").format(
                    title=a["title"]), labels.get(a["status"], a["status"])])
                item.setData(0, TREE_ROLE, ("approach", a["uuid"]))
                by_area.setdefault(a["goal_area_id"], []).append(item)
            order = [*self.areas, None]
            for area_id in order:
                items = by_area.get(area_id)
                if not items:
                    continue
                name = self.areas.get(area_id) if area_id is not None else None
                group = QTreeWidgetItem([name or self.tr("ohne Zielbereich"), counted(
                    len(items), self.tr("1 Eintrag"), self.tr("{n} Einträge"))])
                group.addChildren(items)
                top.addChild(group)
            if not by_area:
                top.addChild(QTreeWidgetItem([self.tr("– noch nichts verknüpft –"), ""]))
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        if self.tree.columnWidth(0) > 760:
            self.tree.setColumnWidth(0, 760)

    def _on_tree_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        data = item.data(0, TREE_ROLE)
        if data and data[0] == "approach":
            self.solution_activated.emit(str(data[1]))

    def _on_approach_activated(self, index: QModelIndex) -> None:
        partner = self.current_partner()
        if partner is not None and 0 <= index.row() < len(partner["approaches"]):
            self.solution_activated.emit(partner["approaches"][index.row()]["uuid"])

    # ------------------------------------------------------------------ actions

    def exec_dialog(self, dialog: QDialog) -> bool:
        """Separate so tests can answer the dialogs."""
        return _exec_dialog(dialog)

    def create_partner(self) -> str | None:
        """Ask for a new partner of this office; returns its UUID."""
        if self.read_only():
            return None
        from kimboard.core.ops.partners import create_partner

        dialog = PartnerDialog(parent=self)
        result = run_form(dialog, lambda v: self.db.run(create_partner, self.site_id, **v),
                          self.exec_dialog)
        if result is None:
            return None
        self._after_change(result.value.uuid, result.warning
                           or self.tr("Netzwerkpartner angelegt."))
        return str(result.value.uuid)

    def edit_partner(self) -> bool:
        partner = self.current_partner()
        if partner is None or self.read_only():
            return False
        from kimboard.core.ops.partners import update_partner

        dialog = PartnerDialog(partner, self)
        result = run_form(dialog, lambda v: self.db.run(
            update_partner, partner["id"], expected_version=partner["version"], **v),
            self.exec_dialog)
        if result is None:
            return False
        self._after_change(partner["uuid"], result.warning
                           or self.tr("Netzwerkpartner gespeichert."))
        return True

    def toggle_archived(self) -> bool:
        partner = self.current_partner()
        if partner is None or self.read_only():
            return False
        from kimboard.core.ops.partners import archive_partner, restore_partner

        op = restore_partner if partner["archived"] else archive_partner
        try:
            self.db.run(op, partner["id"])
        except KimboardError as err:
            show_error(self, str(err))
            return False
        message = (self.tr("Netzwerkpartner wiederhergestellt.") if partner["archived"]
                   else self.tr("Netzwerkpartner archiviert; Karten und Lösungsansätze "
                                "behalten die Verknüpfung."))
        self._after_change(partner["uuid"], message)
        return True

    def _after_change(self, uuid: str, message: str) -> None:
        self.reload()
        self.select(uuid)
        self.status_message.emit(message)
        self.changed.emit()
