"""The library of solution approaches (Lösungsansätze): search, filter, read, create, edit.

The list shows every office's approaches in this database — the own ones and those that
arrived in bundles from other offices. The own office's approaches can be edited, moved through
their life cycle (idea → in trial → in practice → taken over by others; every step with a note
and kept as history) and archived. Another office's approach is read-only here; "Übernehmen"
copies it into the own office (through :func:`kimboard.core.bundle.adopt_solution`) and records
the adoption, which travels back to its origin with the next bundle.

:func:`create_solution_from_card` and :func:`create_solution_from_action` are the entry points
for the board and the retrospective: they open the same dialog, filled from the card or the
action, and link the new approach to where it came from.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from kimboard.core.db import Database
from kimboard.core.errors import KimboardError
from kimboard.core.models import Partner, Site
from kimboard.ui.charts import fill_standard, stretch_column, table_view
from kimboard.ui.kim.common import (
    ERROR_COLOR,
    INFO_STYLE,
    Column,
    RowsModel,
    action_status_labels,
    fit_rows,
    heading_label,
    hint_label,
    iso_date,
    plain_label,
    show_error,
    status_labels,
)
from kimboard.ui.kim.common import (
    exec_dialog as _exec_dialog,
)
from kimboard.ui.widgets import run_form

#: Fields of an approach the dialog edits, besides title, goal area and partners.
TEXT_FIELDS = ("problem", "context", "approach", "evidence")


def adopt_operation() -> Callable[..., Any] | None:
    """The core's "Übernehmen" of another office's approach, if this build has it."""
    try:
        from kimboard.core.bundle import adopt_solution
    except ImportError:
        return None
    return adopt_solution


def exec_dialog(dialog: QDialog) -> bool:
    """Separate so tests can answer the dialogs of this module."""
    return _exec_dialog(dialog)


def _goal_areas(db: Database) -> list[dict[str, Any]]:
    from kimboard.core.network import goal_areas

    with db.session() as s:
        return goal_areas(s)


def _partners(db: Database, site_id: int, keep: Sequence[int] = ()) -> list[dict[str, Any]]:
    """The office's partners for choosing: the active ones and those already linked."""
    with db.session() as s:
        rows = s.execute(select(Partner.id, Partner.name, Partner.archived_at)
                         .where(Partner.site_id == site_id).order_by(Partner.name))
        return [{"id": r[0], "name": r[1], "archived": r[2] is not None} for r in rows
                if r[2] is None or r[0] in keep]


# --------------------------------------------------------------------------- dialogs


class SolutionDialog(QDialog):
    """Create or edit an approach: title, problem, context, approach, goal area, evidence,
    contact role and the network partners involved. The caller runs the core operation and
    may call :meth:`show_error` and show the dialog again."""

    def __init__(self, goal_areas: Sequence[dict[str, Any]], partners: Sequence[dict[str, Any]],
                 values: dict[str, Any] | None = None, *, source: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        values = values or {}
        self.setWindowTitle(self.tr("Lösungsansatz bearbeiten") if values.get("id")
                            else self.tr("Neuer Lösungsansatz"))
        self.setMinimumWidth(620)
        self.title_edit = QLineEdit(values.get("title", ""))
        self.title_edit.setMaxLength(300)
        self.title_edit.setPlaceholderText(self.tr("Kurz und treffend, z. B. „Online-"
                                                   "Terminvergabe mit Unterlagen-Hinweisen“"))
        self.goal_combo = QComboBox()
        self.goal_combo.addItem(self.tr("kein Zielbereich"), None)
        for area in goal_areas:
            self.goal_combo.addItem(area["name"], area["id"])
            self.goal_combo.setItemData(self.goal_combo.count() - 1, area.get("description", ""),
                                        Qt.ItemDataRole.ToolTipRole)
        index = self.goal_combo.findData(values.get("goal_area_id"))
        self.goal_combo.setCurrentIndex(max(0, index))
        self.texts: dict[str, QPlainTextEdit] = {}
        placeholders = {
            "problem": self.tr("Welches Problem löst der Ansatz? Was war vorher schwierig?"),
            "context": self.tr("Unter welchen Bedingungen: Größe der Behörde, Zuständigkeit, "
                               "beteiligte Stellen …"),
            "approach": self.tr("Was genau wird gemacht? Schritte, Werkzeuge, Absprachen."),
            "evidence": self.tr("Was wurde gemessen oder gelernt? Zahlen, Rückmeldungen, "
                                "Erfahrungen."),
        }
        for key in TEXT_FIELDS:
            edit = QPlainTextEdit(values.get(key, ""))
            edit.setPlaceholderText(placeholders[key])
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(64)
            self.texts[key] = edit
        self.contact_edit = QLineEdit(values.get("contact_role", ""))
        self.contact_edit.setMaxLength(200)
        self.contact_edit.setPlaceholderText(self.tr("Eine Rolle, keine Person – z. B. "
                                                     "„KIM-Koordination“"))
        self.partner_list = QListWidget()
        self.partner_list.setAccessibleName(self.tr("Beteiligte Netzwerkpartner"))
        self.partner_list.setMaximumHeight(110)
        chosen = set(values.get("partner_ids", ()))
        for p in partners:
            name = p["name"] + (self.tr(" (archiviert)") if p.get("archived") else "")
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, p["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p["id"] in chosen
                               else Qt.CheckState.Unchecked)
            self.partner_list.addItem(item)
        self.error_label = plain_label()
        self.error_label.setStyleSheet(f"color: {ERROR_COLOR};")
        self.error_label.setAccessibleName(self.tr("Fehlermeldung"))
        self.error_label.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Titel:"), self.title_edit)
        form.addRow(self.tr("&Zielbereich:"), self.goal_combo)
        form.addRow(self.tr("&Problem:"), self.texts["problem"])
        form.addRow(self.tr("&Kontext:"), self.texts["context"])
        form.addRow(self.tr("&Lösungsweg:"), self.texts["approach"])
        form.addRow(self.tr("&Belege:"), self.texts["evidence"])
        form.addRow(self.tr("&Ansprechrolle:"), self.contact_edit)
        partner_label = QLabel(self.tr("&Netzwerkpartner:"))
        partner_label.setBuddy(self.partner_list)
        if partners:
            form.addRow(partner_label, self.partner_list)
        else:
            self.partner_list.hide()
            form.addRow(self.tr("Netzwerkpartner:"),
                        hint_label(self.tr("Noch keine Netzwerkpartner angelegt.")))
        layout = QVBoxLayout(self)
        if source:
            note = plain_label(source)
            note.setStyleSheet(INFO_STYLE)
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.title_edit.textChanged.connect(
            lambda text: self.ok_button.setEnabled(bool(text.strip())))
        self.ok_button.setEnabled(bool(self.title_edit.text().strip()))
        layout.addWidget(buttons)
        self.title_edit.setFocus()

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {key: edit.toPlainText() for key, edit in self.texts.items()}
        out["title"] = self.title_edit.text()
        out["goal_area_id"] = self.goal_combo.currentData()
        out["contact_role"] = self.contact_edit.text()
        return out

    def partner_ids(self) -> list[int]:
        return [int(self.partner_list.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.partner_list.count())
                if self.partner_list.item(i).checkState() == Qt.CheckState.Checked]

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()


class StatusDialog(QDialog):
    """Move an approach to another status, with a note why; the history so far beneath."""

    def __init__(self, title: str, current: str, history: Sequence[dict[str, Any]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Status ändern – {title}").format(title=title))
        self.setMinimumWidth(520)
        labels = status_labels()
        self.status_combo = QComboBox()
        for key, label in labels.items():
            if key != current:
                self.status_combo.addItem(label, key)
        order = list(labels)
        following = order.index(current) + 1 if current in order else 0
        if following < len(order):
            self.status_combo.setCurrentIndex(self.status_combo.findData(order[following]))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(self.tr("Warum jetzt? Was hat sich gezeigt?"))
        self.note_edit.setMaximumHeight(90)
        self.history_model = QStandardItemModel(self)
        self.history_view = table_view(self.tr("Bisheriger Verlauf"))
        self.history_view.setModel(self.history_model)
        _fill_history(self.history_model, history)
        stretch_column(self.history_view, 3)
        fit_rows(self.history_view, max_rows=8)
        form = QFormLayout()
        form.addRow(self.tr("Bisher:"), plain_label(labels.get(current, current)))
        form.addRow(self.tr("&Neuer Status:"), self.status_combo)
        form.addRow(self.tr("N&otiz:"), self.note_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(plain_label(self.tr("Bisheriger Verlauf")))
        layout.addWidget(self.history_view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def status(self) -> str:
        return str(self.status_combo.currentData())

    def note(self) -> str:
        return self.note_edit.toPlainText()


class AdoptDialog(QDialog):
    """„Übernehmen“: what happens, and an optional note for the origin office."""

    def __init__(self, title: str, origin: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lösungsansatz übernehmen"))
        self.setMinimumWidth(480)
        text = plain_label(self.tr(
            "„{title}“ von {origin} wird als eigener Lösungsansatz im Status „in Erprobung“ "
            "angelegt. Die Übernahme wird vermerkt und erreicht {origin} mit dem nächsten "
            "Paket dieser Dienststelle.").format(title=title, origin=origin))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(self.tr("Optional: wofür oder wie angepasst"))
        self.note_edit.setMaximumHeight(80)
        self.note_edit.setAccessibleName(self.tr("Notiz zur Übernahme"))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        label = QLabel(self.tr("&Notiz:"))
        label.setBuddy(self.note_edit)
        layout.addWidget(label)
        layout.addWidget(self.note_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Übernehmen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def note(self) -> str:
        return self.note_edit.toPlainText()


def _fill_history(model: QStandardItemModel, history: Sequence[dict[str, Any]]) -> None:
    labels = status_labels()
    fill_standard(model, [QCoreApplication.translate("SolutionLibrary", "Datum"),
                          QCoreApplication.translate("SolutionLibrary", "von"),
                          QCoreApplication.translate("SolutionLibrary", "nach"),
                          QCoreApplication.translate("SolutionLibrary", "Notiz")],
                  [[iso_date(h["at"]), labels.get(h["from"], "–") if h["from"] else "–",
                    labels.get(h["to"], h["to"]), h["note"] or ""] for h in history])


# --------------------------------------------------------------------------- entry points


def _run_create(parent: QWidget, db: Database, draft: dict[str, Any], source: str
                ) -> str | None:
    from kimboard.core.ops.solution_sources import create_linked_solution

    if not draft["site_is_local"]:
        show_error(parent, QCoreApplication.translate(
            "SolutionLibrary", "Diese Dienststelle wurde aus einem Paket übernommen und ist "
            "hier nur lesbar. Lösungsansätze entstehen in der eigenen Dienststelle."))
        return None
    dialog = SolutionDialog(_goal_areas(db), _partners(db, draft["site_id"]),
                            {**draft, "id": None}, source=source, parent=parent)
    result = run_form(dialog, lambda v: db.run(
        create_linked_solution, draft["site_id"], links=draft["links"],
        partner_ids=dialog.partner_ids(), **v), exec_dialog)
    return None if result is None else result.value.uuid


def create_solution_from_card(parent: QWidget, db: Database, card_id: int) -> str | None:
    """Ask for a new approach that grew out of a card (title, description as the problem,
    goal area and partners filled in) and create it linked to the card and its board.
    Returns the new approach's UUID, or None when cancelled."""
    from kimboard.core.ops.solution_sources import solution_draft_from_card

    try:
        with db.session() as s:
            draft = solution_draft_from_card(s, card_id)
    except KimboardError as err:
        show_error(parent, str(err))
        return None
    src = draft["source"]
    source = QCoreApplication.translate(
        "SolutionLibrary", "Aus der Karte #{number} „{title}“ auf dem Board „{board}“. "
        "Der Lösungsansatz wird mit der Karte und dem Board verknüpft.").format(
        number=src["number"], title=src["title"], board=src["board_name"])
    return _run_create(parent, db, draft, source)


def create_solution_from_action(parent: QWidget, db: Database, action_id: int) -> str | None:
    """Ask for a new approach that grew out of a retrospective action item and create it
    linked to the action, its retrospective (and the action's card, if it has one).
    Returns the new approach's UUID, or None when cancelled."""
    from kimboard.core.ops.solution_sources import solution_draft_from_action

    try:
        with db.session() as s:
            draft = solution_draft_from_action(s, action_id)
    except KimboardError as err:
        show_error(parent, str(err))
        return None
    src = draft["source"]
    if src["retro_title"]:
        source = QCoreApplication.translate(
            "SolutionLibrary", "Aus der Maßnahme „{text}“ der Retrospektive „{retro}“ vom "
            "{date}. Der Lösungsansatz wird mit beiden verknüpft.").format(
            text=src["text"], retro=src["retro_title"], date=iso_date(src["held_on"]))
    else:
        source = QCoreApplication.translate(
            "SolutionLibrary", "Aus der Maßnahme „{text}“. Der Lösungsansatz wird mit ihr "
            "verknüpft.").format(text=src["text"])
    return _run_create(parent, db, draft, source)


# --------------------------------------------------------------------------- the page


class SolutionLibraryPage(QWidget):
    """The library: list with search and filters on the left, the chosen approach on the
    right. ``link_activated(kind, uuid)`` asks the window to open a linked card, board,
    retrospective or action item (kinds as in SolutionLink: card, board, retro,
    action_item)."""

    status_message = Signal(str)
    link_activated = Signal(str, str)
    #: The approaches of this office changed (created, edited, status, adopted).
    changed = Signal()

    def __init__(self, db: Database, site_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.site_id = site_id
        self.site: dict[str, Any] = {}
        self.all_rows: list[dict[str, Any]] = []
        self.detail: dict[str, Any] | None = None
        self._adopt = adopt_operation()

        self.heading = heading_label(self.tr("Lösungsansätze"))
        self.new_button = QPushButton(self.tr("&Neuer Lösungsansatz …"))
        self.new_button.clicked.connect(lambda: self.create_solution())
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.new_button)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Suchen in Titel, Problem, Lösungsweg …"))
        self.search_edit.setAccessibleName(self.tr("Lösungsansätze durchsuchen"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _t: self.apply_filter())
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Nach Status filtern"))
        self.status_combo.addItem(self.tr("Alle Status"), None)
        for key, label in status_labels().items():
            self.status_combo.addItem(label, key)
        self.goal_combo = QComboBox()
        self.goal_combo.setAccessibleName(self.tr("Nach Zielbereich filtern"))
        self.origin_combo = QComboBox()
        self.origin_combo.setAccessibleName(self.tr("Nach Herkunft filtern"))
        self.archived_check = QCheckBox(self.tr("&Archivierte zeigen"))
        for combo in (self.status_combo, self.goal_combo, self.origin_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.archived_check.toggled.connect(lambda _c: self.apply_filter())
        filters = QHBoxLayout()
        search_label = QLabel(self.tr("&Suche:"))
        search_label.setBuddy(self.search_edit)
        filters.addWidget(search_label)
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(self.status_combo)
        filters.addWidget(self.goal_combo, 1)
        filters.addWidget(self.origin_combo, 1)
        filters.addWidget(self.archived_check)

        labels = status_labels()
        self.model = RowsModel([
            Column(self.tr("Titel"), lambda r: r["title"]
                   + (self.tr(" (archiviert)") if r["archived"] else ""),
                   tooltip=lambda r: r["title"]),
            Column(self.tr("Status"), lambda r: labels.get(r["status"], r["status"])),
            Column(self.tr("Zielbereich"), lambda r: r["goal_area_name"] or "–"),
            Column(self.tr("Dienststelle"), lambda r: r["site_code"],
                   tooltip=lambda r: r["site_name"]),
            Column(self.tr("Übernahmen"), lambda r: str(r["adoptions"]) if r["adoptions"]
                   else "", right=True),
        ], self)
        self.table = table_view(self.tr("Liste der Lösungsansätze"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)
        stretch_column(self.table, 0)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 210)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._on_current(current))
        self.count_label = hint_label()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)

        self._build_detail()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.detail_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 520])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        self.setAccessibleName(self.tr("Bibliothek der Lösungsansätze"))
        self.reload()

    # ------------------------------------------------------------------ building

    def _build_detail(self) -> None:
        self.detail_title = heading_label("", 13)
        self.detail_title.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_meta = hint_label()
        self.readonly_note = plain_label()
        self.readonly_note.setStyleSheet(INFO_STYLE)
        self.edit_button = QPushButton(self.tr("&Bearbeiten …"))
        self.edit_button.clicked.connect(lambda: self.edit_solution())
        self.status_button = QPushButton(self.tr("S&tatus ändern …"))
        self.status_button.clicked.connect(lambda: self.change_status())
        self.archive_button = QPushButton(self.tr("Archi&vieren"))
        self.archive_button.clicked.connect(lambda: self.toggle_archived())
        self.adopt_button = QPushButton(self.tr("Ü&bernehmen …"))
        self.adopt_button.clicked.connect(lambda: self.adopt())
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.status_button, self.archive_button,
                       self.adopt_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.field_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        captions = {
            "problem": self.tr("Problem"), "context": self.tr("Kontext"),
            "approach": self.tr("Lösungsweg"), "evidence": self.tr("Belege"),
            "contact_role": self.tr("Ansprechrolle"), "partners": self.tr("Netzwerkpartner"),
        }
        for key, caption in captions.items():
            label = plain_label(selectable=True)
            self.field_labels[key] = label
            caption_label = QLabel(f"<b>{caption}</b>")
            form.addRow(caption_label, label)

        self.history_model = QStandardItemModel(self)
        self.history_view = table_view(self.tr("Verlauf des Status"))
        self.history_view.setModel(self.history_model)
        self.links_list = QListWidget()
        self.links_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.links_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.links_list.setAccessibleName(self.tr("Entstanden aus"))
        self.links_list.itemActivated.connect(self._on_link_activated)
        self.adoptions_list = QListWidget()
        self.adoptions_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.adoptions_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.adoptions_list.setAccessibleName(self.tr("Übernommen von"))
        self.adoptions_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addWidget(self.detail_title)
        inner.addWidget(self.detail_meta)
        inner.addWidget(self.readonly_note)
        inner.addLayout(buttons)
        inner.addLayout(form)
        for caption, widget in ((self.tr("Verlauf des Status"), self.history_view),
                                (self.tr("Entstanden aus"), self.links_list),
                                (self.tr("Übernommen von"), self.adoptions_list)):
            label = QLabel(f"<b>{caption}</b>")
            inner.addWidget(label)
            inner.addWidget(widget)
        inner.addStretch(1)
        self.detail_body = content
        self.detail_empty = hint_label(self.tr("Links einen Lösungsansatz wählen – oder einen "
                                               "neuen anlegen."))
        self.detail_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.addWidget(self.detail_empty)
        holder_layout.addWidget(content)
        self.detail_scroll = QScrollArea()
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.detail_scroll.setWidget(holder)
        self.detail_scroll.setMinimumWidth(380)

    # ------------------------------------------------------------------ data

    def reload(self) -> None:
        """Re-read approaches, offices and goal areas; keep the filters and the selection."""
        from kimboard.core.network import goal_areas
        from kimboard.core.solution_library import solution_rows

        try:
            with self.db.session() as s:
                site = s.get(Site, self.site_id)
                if site is None:
                    raise KimboardError(self.tr("Die Dienststelle gibt es nicht mehr."))
                self.site = {"id": site.id, "uuid": site.uuid, "name": site.name,
                             "short_code": site.short_code, "is_local": bool(site.is_local)}
                self.all_rows = solution_rows(s)
                areas = goal_areas(s)
                offices = list(s.execute(select(Site.uuid, Site.name, Site.short_code)
                                         .order_by(Site.name)))
        except KimboardError as err:
            show_error(self, str(err))
            return
        self.heading.setText(self.tr("Lösungsansätze – {office}").format(
            office=self.site["name"]))
        self.new_button.setEnabled(self.site["is_local"])
        self.new_button.setToolTip("" if self.site["is_local"] else self.tr(
            "Diese Dienststelle stammt aus einem Paket und ist hier nur lesbar."))
        with QSignalBlocker(self.goal_combo):
            wanted = self.goal_combo.currentData()
            self.goal_combo.clear()
            self.goal_combo.addItem(self.tr("Alle Zielbereiche"), None)
            for area in areas:
                self.goal_combo.addItem(area["name"], area["key"])
            self.goal_combo.addItem(self.tr("ohne Zielbereich"), "none")
            self.goal_combo.setCurrentIndex(max(0, self.goal_combo.findData(wanted)))
        with QSignalBlocker(self.origin_combo):
            wanted = self.origin_combo.currentData()
            self.origin_combo.clear()
            self.origin_combo.addItem(self.tr("Alle Dienststellen"), None)
            self.origin_combo.addItem(self.tr("Eigene Dienststelle"), "own")
            self.origin_combo.addItem(self.tr("Andere Dienststellen"), "others")
            for uuid, name, code in offices:
                if uuid != self.site["uuid"]:
                    self.origin_combo.addItem(f"{name} ({code})", uuid)
            self.origin_combo.setCurrentIndex(max(0, self.origin_combo.findData(wanted)))
        self.apply_filter()

    def matches(self, row: dict[str, Any]) -> bool:
        """Whether ``row`` passes the search and the filters as they are set now."""
        from kimboard.core.solution_library import SEARCH_FIELDS

        if row["archived"] and not self.archived_check.isChecked():
            return False
        status = self.status_combo.currentData()
        if status is not None and row["status"] != status:
            return False
        goal = self.goal_combo.currentData()
        if goal is not None and (row["goal_area"] or "none") != goal:
            return False
        origin = self.origin_combo.currentData()
        own = row["site"] == self.site.get("uuid")
        if (origin == "own" and not own) or (origin == "others" and own) or (
                origin not in (None, "own", "others") and row["site"] != origin):
            return False
        terms = self.search_edit.text().casefold().split()
        if terms:
            haystack = " ".join([row["title"], *(row[f] for f in SEARCH_FIELDS),
                                 row["site_name"], row["goal_area_name"]]).casefold()
            if not all(t in haystack for t in terms):
                return False
        return True

    def apply_filter(self) -> None:
        current = self.current_uuid()
        rows = [r for r in self.all_rows if self.matches(r)]
        # The own office's approaches first, then the others by office.
        rows.sort(key=lambda r: (r["site"] != self.site.get("uuid"), r["site_name"].casefold(),
                                 r["title"].casefold()))
        self.model.set_rows(rows)
        total = sum(1 for r in self.all_rows if not r["archived"])
        self.count_label.setText(self.tr("{shown} von {total} Lösungsansätzen").format(
            shown=len(rows), total=total))
        if not self.select(current) and rows:
            self.table.setCurrentIndex(self.model.index(0, 0))
        elif not rows:
            self._show_detail(None)

    def current_uuid(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return str(self.model.row_data(index.row())["uuid"])

    def select(self, uuid: str | None) -> bool:
        """Make the approach ``uuid`` the current row (if it is listed)."""
        if uuid is None:
            return False
        row = self.model.find("uuid", uuid)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        if self.table.currentIndex() == index:
            self._on_current(index)
        else:
            self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def _on_current(self, index: QModelIndex) -> None:
        if not index.isValid():
            self._show_detail(None)
            return
        from kimboard.core.solution_library import solution_detail

        row = self.model.row_data(index.row())
        try:
            with self.db.session() as s:
                detail = solution_detail(s, row["id"])
        except KimboardError as err:
            self.status_message.emit(str(err))
            self._show_detail(None)
            return
        self._show_detail(detail)

    # ------------------------------------------------------------------ detail

    def is_own(self, detail: dict[str, Any] | None = None) -> bool:
        detail = detail if detail is not None else self.detail
        return bool(detail and detail["site"]["id"] == self.site_id and self.site["is_local"])

    def _show_detail(self, detail: dict[str, Any] | None) -> None:
        self.detail = detail
        self.detail_body.setVisible(detail is not None)
        self.detail_empty.setVisible(detail is None)
        if detail is None:
            return
        labels = status_labels()
        self.detail_title.setText(detail["title"])
        meta = [self.tr("Status: {status}").format(status=labels.get(detail["status"],
                                                                      detail["status"])),
                self.tr("Zielbereich: {area}").format(area=detail["goal_area_name"] or "–"),
                self.tr("Dienststelle: {office}").format(office=detail["site"]["name"])]
        if detail["archived"]:
            meta.append(self.tr("archiviert"))
        self.detail_meta.setText(" · ".join(meta))
        own = self.is_own(detail)
        if own:
            self.readonly_note.hide()
        elif detail["site"]["is_local"] or detail["site"]["id"] == self.site_id:
            self.readonly_note.setText(self.tr(
                "Dieser Lösungsansatz gehört zu {office}. Hier ist er nur zu lesen; mit "
                "„Übernehmen“ wird er eine Kopie der eigenen Dienststelle.").format(
                office=detail["site"]["name"]))
            self.readonly_note.show()
        else:
            self.readonly_note.setText(self.tr(
                "Aus einem Paket von {office}: hier nur zu lesen. Mit „Übernehmen“ wird er "
                "eine Kopie der eigenen Dienststelle.").format(office=detail["site"]["name"]))
            self.readonly_note.show()
        for key in ("problem", "context", "approach", "evidence", "contact_role"):
            self.field_labels[key].setText(detail[key] or "–")
        self.field_labels["partners"].setText(", ".join(p["name"] for p in detail["partners"])
                                              or "–")
        _fill_history(self.history_model, detail["history"])
        stretch_column(self.history_view, 3)
        fit_rows(self.history_view, max_rows=8)
        self.links_list.clear()
        for link in detail["links"]:
            text = self.link_text(link)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (link["kind"], link["uuid"]))
            item.setToolTip(text if link["found"] else f"{text}\n{link['uuid']}")
            self.links_list.addItem(item)
        if not detail["links"]:
            self.links_list.addItem(self.tr("– nicht verknüpft –"))
        self.adoptions_list.clear()
        for ad in detail["adoptions"]:
            text = self.tr("{office}, am {date}").format(office=ad["name"],
                                                         date=iso_date(ad["adopted_on"]))
            if ad["note"]:
                text += f" – {ad['note']}"
            item = QListWidgetItem(text)
            item.setToolTip(text)
            self.adoptions_list.addItem(item)
        if not detail["adoptions"]:
            self.adoptions_list.addItem(self.tr("– noch von keiner Dienststelle –"))
        fit_rows(self.links_list, max_rows=6)
        fit_rows(self.adoptions_list, max_rows=6)
        self.edit_button.setVisible(own)
        self.status_button.setVisible(own)
        self.archive_button.setVisible(own)
        self.archive_button.setText(self.tr("&Wiederherstellen") if detail["archived"]
                                    else self.tr("Archi&vieren"))
        self.status_button.setEnabled(not detail["archived"])
        self.adopt_button.setVisible(not own)
        self._update_adopt_button(detail)

    def _update_adopt_button(self, detail: dict[str, Any]) -> None:
        self.adopt_button.setText(self.tr("Ü&bernehmen …"))
        already = next((a for a in detail["adoptions"]
                        if a["site_uuid"] == self.site.get("uuid")), None)
        if self._adopt is None:
            self.adopt_button.setEnabled(False)
            self.adopt_button.setToolTip(self.tr(
                "Übernehmen ist in dieser Version noch nicht möglich."))
        elif not self.site.get("is_local"):
            self.adopt_button.setEnabled(False)
            self.adopt_button.setToolTip(self.tr(
                "Nur eine eigene Dienststelle kann Lösungsansätze übernehmen."))
        elif already is not None:
            self.adopt_button.setEnabled(False)
            self.adopt_button.setText(self.tr("Übernommen am {date}").format(
                date=iso_date(already["adopted_on"])))
            self.adopt_button.setToolTip(self.tr(
                "Die eigene Dienststelle hat diesen Lösungsansatz schon übernommen."))
            return
        else:
            self.adopt_button.setEnabled(True)
            self.adopt_button.setToolTip(self.tr(
                "Als eigenen Lösungsansatz (in Erprobung) übernehmen"))

    def link_text(self, link: dict[str, Any]) -> str:
        """A link in words: „Karte #3 „…“ (Board …)“ and so on."""
        if not link["found"]:
            kinds = {"card": self.tr("Karte"), "board": self.tr("Board"),
                     "retro": self.tr("Retrospektive"), "action_item": self.tr("Maßnahme")}
            return self.tr("{kind} (nicht in dieser Datenbank)").format(
                kind=kinds.get(link["kind"], link["kind"]))
        if link["kind"] == "card":
            return self.tr("Karte #{number} „{title}“ – Board „{board}“").format(
                number=link["number"], title=link["title"], board=link["board_name"])
        if link["kind"] == "board":
            return self.tr("Board „{name}“").format(name=link["name"])
        if link["kind"] == "retro":
            return self.tr("Retrospektive „{title}“ vom {date}").format(
                title=link["title"], date=iso_date(link["held_on"]))
        status = action_status_labels().get(link["status"], link["status"])
        return self.tr("Maßnahme „{text}“ ({status})").format(text=link["text"], status=status)

    def _on_link_activated(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if data:
            self.link_activated.emit(str(data[0]), str(data[1]))

    # ------------------------------------------------------------------ actions

    def exec_dialog(self, dialog: QDialog) -> bool:
        """Separate so tests can answer the dialogs."""
        return exec_dialog(dialog)

    def create_solution(self) -> str | None:
        """Ask for a new approach of this office; returns its UUID."""
        if not self.site.get("is_local"):
            return None
        from kimboard.core.ops.solution_sources import create_linked_solution

        dialog = SolutionDialog(_goal_areas(self.db), _partners(self.db, self.site_id),
                                parent=self)
        result = run_form(dialog, lambda v: self.db.run(
            create_linked_solution, self.site_id, partner_ids=dialog.partner_ids(), **v),
            self.exec_dialog)
        if result is None:
            return None
        self._after_change(result.value.uuid, self.tr("Lösungsansatz angelegt."))
        return str(result.value.uuid)

    def edit_solution(self) -> bool:
        detail = self.detail
        if detail is None or not self.is_own(detail):
            return False
        from kimboard.core.ops.solution_sources import update_solution_with_partners

        partner_ids = [p["id"] for p in detail["partners"]]
        dialog = SolutionDialog(_goal_areas(self.db),
                                _partners(self.db, self.site_id, keep=partner_ids),
                                {**detail, "partner_ids": partner_ids}, parent=self)
        if run_form(dialog, lambda v: self.db.run(
                update_solution_with_partners, detail["id"], partner_ids=dialog.partner_ids(),
                expected_version=detail["version"], **v), self.exec_dialog) is None:
            return False
        self._after_change(detail["uuid"], self.tr("Lösungsansatz gespeichert."))
        return True

    def change_status(self) -> bool:
        detail = self.detail
        if detail is None or not self.is_own(detail):
            return False
        from kimboard.core.ops.solutions import set_solution_status

        dialog = StatusDialog(detail["title"], detail["status"], detail["history"], self)
        if not self.exec_dialog(dialog):
            return False
        try:
            self.db.run(set_solution_status, detail["id"], dialog.status(), dialog.note())
        except KimboardError as err:
            show_error(self, str(err))
            return False
        self._after_change(detail["uuid"], self.tr("Status geändert: {status}").format(
            status=status_labels().get(dialog.status(), dialog.status())))
        return True

    def toggle_archived(self) -> bool:
        detail = self.detail
        if detail is None or not self.is_own(detail):
            return False
        from kimboard.core.ops.solutions import archive_solution, restore_solution

        op = restore_solution if detail["archived"] else archive_solution
        try:
            self.db.run(op, detail["id"])
        except KimboardError as err:
            show_error(self, str(err))
            return False
        if not detail["archived"] and not self.archived_check.isChecked():
            message = self.tr("Lösungsansatz archiviert. „Archivierte zeigen“ zeigt ihn wieder.")
        else:
            message = (self.tr("Lösungsansatz wiederhergestellt.") if detail["archived"]
                       else self.tr("Lösungsansatz archiviert."))
        self._after_change(detail["uuid"], message)
        return True

    def adopt(self) -> str | None:
        """„Übernehmen“ another office's approach into this office; returns the copy's UUID."""
        detail = self.detail
        if detail is None or self.is_own(detail) or self._adopt is None:
            return None
        if not self.adopt_button.isEnabled():
            return None
        dialog = AdoptDialog(detail["title"], detail["site"]["name"], self)
        if not self.exec_dialog(dialog):
            return None
        try:
            result = self.db.run(self._adopt, detail["id"], self.site_id, dialog.note())
        except KimboardError as err:
            show_error(self, str(err))
            return None
        self._after_change(result.value.uuid, self.tr(
            "Übernommen: „{title}“ ist jetzt ein eigener Lösungsansatz in Erprobung.").format(
            title=detail["title"]))
        return str(result.value.uuid)

    def _after_change(self, uuid: str, message: str) -> None:
        self.reload()
        if not self.select(uuid):
            # Filtered out (e.g. a new idea while "in Erprobung" is chosen): show all again.
            with QSignalBlocker(self.status_combo), QSignalBlocker(self.origin_combo):
                self.status_combo.setCurrentIndex(0)
                self.origin_combo.setCurrentIndex(0)
            self.search_edit.clear()
            self.apply_filter()
            self.select(uuid)
        self.status_message.emit(message)
        self.changed.emit()
