"""The history of an office's retrospectives: past meetings with their protocol, the action
items across them with their follow-up, and the ROTI trend.

The protocol of the chosen retrospective is shown as formatted text and saved as PDF or
Markdown (:meth:`RetroHistoryDialog.export_pdf`, :meth:`RetroHistoryDialog.export_markdown`;
the file dialog runs through :meth:`RetroHistoryDialog._ask_save_path`, which tests replace).
The ROTI chart switches to a table and carries a text description; matplotlib is imported
only when the chart is first shown. Everything here is team level: the history names nobody,
and a protocol names people only for a retrospective that was held by name.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from kimboard.core.db import Database
from kimboard.core.errors import KimboardError
from kimboard.core.models import Board, Retrospective, Site, Team
from kimboard.ui.charts import ChartPanel, stretch_column, table_view
from kimboard.ui.i18n import format_date, format_number
from kimboard.ui.overview import counted

translate = QCoreApplication.translate
_ID = Qt.ItemDataRole.UserRole
_SORT = Qt.ItemDataRole.UserRole + 1


def _date(value: str | None) -> str:
    return format_date(dt.date.fromisoformat(value[:10])) if value else "–"


def _avg(value: float | None) -> str:
    return "–" if value is None else format_number(round(float(value), 1))


def _table_view(name: str) -> QTableView:
    view = table_view(name)
    view.setSortingEnabled(True)
    return view


def _cell(text: str, sort: Any = None, *, right: bool = False) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(text if sort is None else sort, _SORT)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class RotiTrendPanel(ChartPanel):
    """The ROTI of each retrospective over time, switchable to its table (a ChartPanel whose
    figure, text and table come from :mod:`kimboard.report.retro_protocol`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("roti", translate("RetroHistory", "ROTI-Verlauf"), parent)

    def set_history(self, history: dict[str, Any]) -> None:
        from kimboard.report.retro_protocol import (
            describe_roti_trend,
            roti_trend_figure,
            roti_trend_table,
        )

        headers, rows = roti_trend_table(history)
        self.set_content(describe_roti_trend(history), headers, rows,
                         lambda: roti_trend_figure(history), id(history), stretch=1,
                         right_from=2)


class RetroHistoryDialog(QDialog):
    """Past retrospectives of an office (optionally of one board or team)."""

    #: A German message for the window's status bar (e.g. "Protokoll gespeichert: …").
    status_message = Signal(str)

    def __init__(self, db: Database, site_id: int, parent: QWidget | None = None, *,
                 board_id: int | None = None, team_id: int | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.site_id = site_id
        self.history: dict[str, Any] | None = None
        self.protocol: dict[str, Any] | None = None
        with db.session() as s:
            site = s.get_one(Site, site_id)
            self.site_name = site.name
            boards = list(s.execute(select(Board.id, Board.name, Board.archived_at)
                                    .where(Board.site_id == site_id).order_by(Board.name)))
            teams = list(s.execute(select(Team.id, Team.name)
                                   .where(Team.site_id == site_id).order_by(Team.name)))
        self.setWindowTitle(self.tr("Retrospektiven – Verlauf ({office})").format(
            office=self.site_name))

        # Filters
        self.board_combo = QComboBox()
        self.board_combo.setAccessibleName(self.tr("Nur Retrospektiven dieses Boards"))
        self.board_combo.addItem(self.tr("Alle Boards"), None)
        for bid, name, archived in boards:
            self.board_combo.addItem(self.tr("{name} (archiviert)").format(name=name)
                                     if archived else name, bid)
        self.team_combo = QComboBox()
        self.team_combo.setAccessibleName(self.tr("Nur Retrospektiven dieses Teams"))
        self.team_combo.addItem(self.tr("Alle Teams"), None)
        for tid, name in teams:
            self.team_combo.addItem(name, tid)
        for combo, wanted in ((self.board_combo, board_id), (self.team_combo, team_id)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setCurrentIndex(max(0, combo.findData(wanted)) if wanted is not None else 0)
            combo.activated.connect(lambda _i: self.reload())
        board_label = QLabel(self.tr("&Board:"))
        board_label.setBuddy(self.board_combo)
        team_label = QLabel(self.tr("&Team:"))
        team_label.setBuddy(self.team_combo)
        bar = QHBoxLayout()
        for widget in (board_label, self.board_combo, team_label, self.team_combo):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # Tab 1: retrospectives and the chosen one's protocol
        self.retro_model = QStandardItemModel(self)
        self.retro_model.setSortRole(_SORT)
        self.retro_view = _table_view(self.tr("Vergangene Retrospektiven"))
        self.retro_view.setModel(self.retro_model)
        self.retro_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_protocol(current))
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Protokoll der gewählten Retrospektive"))
        self.preview.setOpenLinks(False)
        self.pdf_button = QPushButton(self.tr("Als &PDF speichern …"))
        self.pdf_button.setAccessibleName(self.tr("Protokoll als PDF speichern"))
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        self.md_button = QPushButton(self.tr("Als &Markdown speichern …"))
        self.md_button.setAccessibleName(self.tr("Protokoll als Markdown-Datei speichern"))
        self.md_button.clicked.connect(lambda: self.export_markdown())
        self.open_button = QPushButton(self.tr("Besprechung ö&ffnen"))
        self.open_button.setAccessibleName(self.tr(
            "Gewählte Retrospektive im Besprechungsfenster öffnen (fortsetzen oder ansehen)"))
        self.open_button.clicked.connect(lambda: self.open_meeting())
        for button in (self.open_button, self.pdf_button, self.md_button):
            button.setAutoDefault(False)
        export_row = QHBoxLayout()
        export_row.addWidget(self.open_button)
        export_row.addStretch(1)
        export_row.addWidget(self.pdf_button)
        export_row.addWidget(self.md_button)
        protocol_box = QWidget()
        protocol_layout = QVBoxLayout(protocol_box)
        protocol_layout.setContentsMargins(0, 0, 0, 0)
        protocol_label = QLabel(self.tr("P&rotokoll:"))
        protocol_label.setBuddy(self.preview)
        protocol_layout.addWidget(protocol_label)
        protocol_layout.addWidget(self.preview, 1)
        protocol_layout.addLayout(export_row)
        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_label = QLabel(self.tr("&Retrospektiven (neueste zuerst):"))
        list_label.setBuddy(self.retro_view)
        list_layout.addWidget(list_label)
        list_layout.addWidget(self.retro_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(list_box)
        splitter.addWidget(protocol_box)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([220, 460])

        # Tab 2: action items across retrospectives
        self.action_model = QStandardItemModel(self)
        self.action_model.setSortRole(_SORT)
        self.action_view = _table_view(self.tr("Maßnahmen aus allen Retrospektiven"))
        self.action_view.setModel(self.action_model)
        self.action_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.open_only = QCheckBox(self.tr("Nur &offene Maßnahmen"))
        self.open_only.toggled.connect(lambda _on: self._fill_actions())
        self.action_summary = QLabel()
        self.action_summary.setWordWrap(True)
        self.action_summary.setTextFormat(Qt.TextFormat.PlainText)
        actions_tab = QWidget()
        actions_layout = QVBoxLayout(actions_tab)
        actions_top = QHBoxLayout()
        actions_top.addWidget(self.action_summary, 1)
        actions_top.addWidget(self.open_only)
        actions_layout.addLayout(actions_top)
        actions_layout.addWidget(self.action_view, 1)

        # Tab 3: ROTI trend
        self.roti_panel = RotiTrendPanel()

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Bereiche des Verlaufs"))
        self.tabs.addTab(splitter, self.tr("Retrospektiven"))
        self.tabs.addTab(actions_tab, self.tr("Maßnahmen"))
        self.tabs.addTab(self.roti_panel, self.tr("ROTI-Verlauf"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Schließen"))
        close.setAccessibleName(self.tr("Verlauf schließen"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(1280, 760)
        self.reload()
        self.retro_view.setFocus()

    # ------------------------------------------------------------------ data

    def reload(self) -> None:
        """Re-read the history with the chosen filters and show it."""
        from kimboard.core.retro_protocol import retro_history

        wanted = self.selected_retro_uuid()
        board_id = self.board_combo.currentData()
        team_id = self.team_combo.currentData()
        try:
            with self.db.session() as s:
                self.history = retro_history(s, self.site_id, board_id=board_id,
                                             team_id=team_id)
        except KimboardError as err:
            self._error(str(err))
            return
        self._fill_summary()
        self._fill_retros(wanted)
        self._fill_actions()
        self.roti_panel.set_history(self.history)

    def _fill_summary(self) -> None:
        assert self.history is not None
        summary = self.history["summary"]
        actions = summary["actions"]
        text = counted(summary["retros"], self.tr("1 Retrospektive"),
                       self.tr("{n} Retrospektiven"))
        if summary["roti_count"]:
            text += self.tr(", ROTI im Mittel {avg} von 5").format(
                avg=_avg(summary["roti_average"]))
        text += "; " + counted(actions["total"], self.tr("1 Maßnahme"),
                               self.tr("{n} Maßnahmen"))
        text += self.tr(", davon {open} offen.").format(open=actions["open"])
        self.summary.setText(text)
        actions_text = counted(actions["total"], self.tr("1 Maßnahme"),
                               self.tr("{n} Maßnahmen"))
        actions_text += self.tr(
            ": {open} offen ({overdue} überfällig), {done} erledigt, {dropped} verworfen; "
            "{followed} in einer späteren Retrospektive nachgehalten ({effective} wirksam, "
            "{not_effective} nicht wirksam).").format(
            open=actions["open"], overdue=actions["overdue"], done=actions["done"],
            dropped=actions["dropped"], followed=actions["followed_up"],
            effective=actions["effective"], not_effective=actions["not_effective"])
        self.action_summary.setText(actions_text)
        self.tabs.setTabText(0, self.tr("Retrospektiven ({n})").format(n=summary["retros"]))
        self.tabs.setTabText(1, self.tr("Maßnahmen ({n})").format(n=actions["total"]))

    def _phase_text(self, retro: dict[str, Any]) -> str:
        if retro["finished"]:
            return self.tr("abgeschlossen")
        return self.tr("läuft")

    def _fill_retros(self, wanted: str | None) -> None:
        assert self.history is not None
        model = self.retro_model
        model.clear()
        model.setHorizontalHeaderLabels([
            self.tr("Datum"), self.tr("Retrospektive"), self.tr("Board"), self.tr("Vorlage"),
            self.tr("Teilnehmende"), self.tr("Beiträge"), self.tr("Maßnahmen erledigt"),
            self.tr("ROTI Ø"), self.tr("Stand")])
        for retro in self.history["retros"]:
            actions = retro["actions"]
            first = _cell(_date(retro["held_on"]), retro["held_on"])
            first.setData(retro["uuid"], _ID)
            title = _cell(retro["title"])
            title.setToolTip(retro["title"])
            model.appendRow([
                first, title, _cell(retro["board"] or "–"), _cell(retro["template"] or "–"),
                _cell(str(retro["participants"]), retro["participants"], right=True),
                _cell(str(retro["items"]), retro["items"], right=True),
                _cell(self.tr("{done} von {total}").format(done=actions["done"],
                                                           total=actions["total"]),
                      actions["done"], right=True),
                _cell(_avg(retro["roti_average"]), retro["roti_average"] or 0.0, right=True),
                _cell(self._phase_text(retro)),
            ])
        stretch_column(self.retro_view, 1)
        self.retro_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        row = next((r for r in range(model.rowCount())
                    if model.item(r, 0).data(_ID) == wanted), 0)
        if model.rowCount():
            self.retro_view.selectRow(row)
            self._show_protocol(model.index(row, 0))
        else:
            self._show_protocol(QModelIndex())

    def _fill_actions(self) -> None:
        if self.history is None:
            return
        model = self.action_model
        model.clear()
        model.setHorizontalHeaderLabels([
            self.tr("Maßnahme"), self.tr("Vereinbart in"), self.tr("Fällig"),
            self.tr("Status"), self.tr("Wirkung"), self.tr("Nachgehalten in"),
            self.tr("Karte")])
        status = {"open": self.tr("offen"), "done": self.tr("erledigt"),
                  "dropped": self.tr("verworfen")}
        outcome = {"effective": self.tr("wirksam"), "not_effective": self.tr("nicht wirksam")}
        for action in self.history["actions"]:
            if self.open_only.isChecked() and action["status"] != "open":
                continue
            state = status.get(action["status"], action["status"])
            if action["overdue"]:
                state = self.tr("offen, überfällig")
            effect = outcome.get(action["outcome"] or "", "")
            if not effect:
                effect = self.tr("noch nicht bewertet") if action["status"] == "done" else "–"
            origin = action["retro"]
            follow = action["follow_up"]
            card = action["card"]
            card_text = "–"
            if card:
                card_text = self.tr("#{number} auf „{board}“ ({column})").format(
                    number=card["number"], board=card["board"], column=card["column"])
            row = [
                _cell(action["text"]),
                _cell(self.tr("{date}: {title}").format(title=origin["title"],
                                                        date=_date(origin["held_on"])),
                      origin["held_on"]),
                _cell(_date(action["due_date"]), action["due_date"] or ""),
                _cell(state), _cell(effect),
                _cell(self.tr("{date}: {title}").format(title=follow["title"],
                                                        date=_date(follow["held_on"]))
                      if follow else "–", follow["held_on"] if follow else ""),
                _cell(card_text),
            ]
            for cell in row:
                cell.setToolTip(cell.text())
            model.appendRow(row)
        header = self.action_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 230), (5, 230), (6, 190)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        for column in (2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.action_view.sortByColumn(1, Qt.SortOrder.AscendingOrder)

    def selected_retro_uuid(self) -> str | None:
        index = self.retro_view.currentIndex()
        if not index.isValid():
            return None
        data = self.retro_model.item(index.row(), 0).data(_ID)
        return str(data) if data else None

    def open_meeting(self) -> bool:
        """Continue (or look at) the chosen retrospective in its meeting window."""
        from sqlalchemy import select as sa_select

        from kimboard.core.models import Retrospective
        from kimboard.ui.retro import open_retro

        uuid = self.selected_retro_uuid()
        if uuid is None:
            return False
        with self.db.session() as s:
            retro_id = s.scalar(sa_select(Retrospective.id).where(Retrospective.uuid == uuid))
        if retro_id is None:
            return False
        open_retro(self.parentWidget() or self, self.db, retro_id)
        return True

    def select_retro(self, uuid: str) -> bool:
        """Choose a retrospective in the list (and show its protocol)."""
        for row in range(self.retro_model.rowCount()):
            if self.retro_model.item(row, 0).data(_ID) == uuid:
                self.retro_view.selectRow(row)
                self._show_protocol(self.retro_model.index(row, 0))
                return True
        return False

    def _show_protocol(self, index: QModelIndex) -> None:
        from kimboard.core.retro_protocol import protocol_markdown, retro_protocol

        self.protocol = None
        uuid = (self.retro_model.item(index.row(), 0).data(_ID) if index.isValid() else None)
        if uuid is None:
            self.preview.setPlainText(self.tr(
                "Hier gibt es noch keine Retrospektiven. Sobald eine Retrospektive "
                "stattgefunden hat, steht ihr Protokoll hier."))
        else:
            try:
                with self.db.session() as s:
                    retro_id = s.scalar(select(Retrospective.id)
                                       .where(Retrospective.uuid == uuid))
                    if retro_id is None:
                        raise KimboardError(self.tr("Die Retrospektive gibt es nicht mehr."))
                    self.protocol = retro_protocol(s, retro_id)
            except KimboardError as err:
                self.preview.setPlainText(str(err))
            else:
                # One heading level down: Qt draws a level-1 heading very large.
                self.preview.setMarkdown("\n".join(
                    "##" + line if line.startswith("#") else line
                    for line in protocol_markdown(self.protocol).splitlines()))
        for button in (self.pdf_button, self.md_button):
            button.setEnabled(self.protocol is not None)

    # ------------------------------------------------------------------ export

    def export_pdf(self, path: str | Path | None = None) -> Path | None:
        """Save the chosen protocol as PDF (asks for the file when ``path`` is None)."""
        return self._export(path, ".pdf")

    def export_markdown(self, path: str | Path | None = None) -> Path | None:
        """Save the chosen protocol as Markdown (asks for the file when ``path`` is None)."""
        return self._export(path, ".md")

    def _export(self, path: str | Path | None, suffix: str) -> Path | None:
        if self.protocol is None:
            return None
        from kimboard.report.retro_protocol import (
            retro_protocol_filename,
            write_markdown,
            write_retro_protocol,
        )

        if path is None:
            suggested = str(Path.home() / retro_protocol_filename(self.protocol, suffix))
            if suffix == ".pdf":
                chosen = self._ask_save_path(self.tr("Protokoll als PDF speichern"), suggested,
                                             self.tr("PDF-Dokument (*.pdf)"))
            else:
                chosen = self._ask_save_path(self.tr("Protokoll als Markdown speichern"),
                                             suggested, self.tr("Markdown-Datei (*.md)"))
            if not chosen:
                return None
            path = chosen
        target = Path(path)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if suffix == ".pdf":
                written = write_retro_protocol(self.protocol, target)
            else:
                written = write_markdown(self.protocol, target)
        except Exception as err:  # noqa: BLE001 - shown; nothing half-written remains
            QApplication.restoreOverrideCursor()
            self._error(self.tr("Das Protokoll konnte nicht gespeichert werden: {reason}")
                        .format(reason=str(err)))
            return None
        QApplication.restoreOverrideCursor()
        self.status_message.emit(self.tr("Protokoll gespeichert: {path}").format(
            path=str(written)))
        return written

    # ------------------------------------------------------------------ hooks for tests

    def _ask_save_path(self, title: str, suggested: str, file_filter: str) -> str | None:
        chosen, _ = QFileDialog.getSaveFileName(self, title, suggested, file_filter)
        return chosen or None

    def _error(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "kimboard", message,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
