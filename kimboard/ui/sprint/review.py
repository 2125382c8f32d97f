"""The leader's review ("Auswertung"): a sprint's goal, figures, charts and open points.

On a Scrum board it reviews one started sprint (the running one, else the last closed one);
on a Kanban board it shows the flow figures of the last weeks. Every chart can be switched to
a table and carries a short text description for screen readers. matplotlib is imported only
when the first chart is drawn, so starting kimboard stays fast.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from kimboard.core.db import Database
from kimboard.core.errors import KimboardError
from kimboard.core.models import Board, Sprint, SprintState
from kimboard.ui.charts import ChartPanel as SharedChartPanel
from kimboard.ui.charts import fill_standard, stretch_column, table_view
from kimboard.ui.i18n import format_date, format_number
from kimboard.ui.overview import counted
from kimboard.ui.tasks import run_soon

#: Chart kinds (as in kimboard.report.charts, repeated so this module imports no matplotlib).
SCRUM_CHARTS = ("burndown", "burnup", "velocity", "cfd", "cycle_time", "throughput")
KANBAN_CHARTS = ("cfd", "cycle_time", "throughput")


def _num(value: float | None) -> str:
    return "–" if value is None else format_number(value)


def _date(value: str | None) -> str:
    return format_date(dt.date.fromisoformat(value)) if value else "–"


class ChartPanel(SharedChartPanel):
    """A sprint or flow chart of :mod:`kimboard.report.charts` (kind: burndown, cfd …)."""

    def set_data(self, metrics: dict[str, Any], unit: str) -> None:
        from kimboard.report import charts

        headers, rows = charts.chart_table(self.kind, metrics)
        self.set_content(charts.describe(self.kind, metrics, unit=unit), headers, rows,
                         lambda: charts.build_figure(self.kind, metrics, unit=unit),
                         (id(metrics), unit))


class GoalDialog(QDialog):
    """Was the sprint goal reached? Yes, no or still open, and a note why."""

    def __init__(self, sprint_name: str, goal: str, reached: bool | None, note: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sprint-Ziel bewerten – {name}").format(name=sprint_name))
        goal_label = QLabel(goal or self.tr("Kein Sprint-Ziel festgehalten."))
        goal_label.setWordWrap(True)
        goal_label.setTextFormat(Qt.TextFormat.PlainText)
        self.yes = QRadioButton(self.tr("&Ja, erreicht"))
        self.no = QRadioButton(self.tr("&Nein, nicht erreicht"))
        self.open = QRadioButton(self.tr("&Offen"))
        {True: self.yes, False: self.no, None: self.open}[reached].setChecked(True)
        self.note_edit = QPlainTextEdit(note)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setAccessibleName(self.tr("Notiz zum Sprint-Ziel"))
        note_label = QLabel(self.tr("No&tiz (was half, was fehlte):"))
        note_label.setBuddy(self.note_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Sprint-Ziel</b>")))
        layout.addWidget(goal_label)
        for radio in (self.yes, self.no, self.open):
            layout.addWidget(radio)
        layout.addWidget(note_label)
        layout.addWidget(self.note_edit)
        layout.addWidget(buttons)
        self.resize(520, 340)

    def reached(self) -> bool | None:
        return True if self.yes.isChecked() else False if self.no.isChecked() else None

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()


class Tile(QFrame):
    """One key figure: a large value and its caption."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("figureTile")
        self.caption = QLabel(caption)
        self.value = QLabel("–")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        self._caption = caption

    def set(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.setAccessibleName(f"{self._caption}: {value} {detail}".strip())


class ReviewPage(QWidget):
    status_message = Signal(str)
    #: The figures (or the note why there are none) are on screen.
    loaded = Signal()

    def __init__(self, db: Database, board_id: int, tasks: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.board_id = board_id
        self.tasks = tasks
        self.review: dict[str, Any] | None = None
        self.metrics: dict[str, Any] | None = None
        self._request = 0
        with db.session() as s:
            board = s.get_one(Board, board_id)
            self.is_scrum = board.mode == "scrum"
            self.board_name = board.name
            self.read_only = not board.site.is_local

        self.sprint_combo = QComboBox()
        self.sprint_combo.setAccessibleName(self.tr("Sprint für die Auswertung"))
        self.sprint_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sprint_combo.activated.connect(lambda _i: self.show_selected())
        sprint_label = QLabel(self.tr("&Sprint:"))
        sprint_label.setBuddy(self.sprint_combo)
        self.unit_combo = QComboBox()
        self.unit_combo.addItem(self.tr("Punkte"), "points")
        self.unit_combo.addItem(self.tr("Karten"), "cards")
        self.unit_combo.setAccessibleName(self.tr("Einheit der Diagramme"))
        self.unit_combo.activated.connect(lambda _i: self._apply_unit())
        unit_label = QLabel(self.tr("&Einheit:"))
        unit_label.setBuddy(self.unit_combo)
        self.pdf_button = QPushButton(self.tr("Als &PDF speichern …"))
        self.pdf_button.setAccessibleName(self.tr("Sprint-Review als PDF speichern"))
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        bar = QHBoxLayout()
        for w in (sprint_label, self.sprint_combo):
            w.setVisible(self.is_scrum)
            bar.addWidget(w)
        bar.addWidget(unit_label)
        bar.addWidget(self.unit_combo)
        bar.addStretch(1)
        self.goal_button = QPushButton(self.tr("&Ziel bewerten …"))
        self.goal_button.setAccessibleName(self.tr("Sprint-Ziel als erreicht oder nicht "
                                                   "erreicht bewerten"))
        self.goal_button.clicked.connect(lambda: self.evaluate_goal())
        self.goal_button.setVisible(self.is_scrum)
        bar.addWidget(self.goal_button)
        bar.addWidget(self.pdf_button)
        self.pdf_button.setVisible(self.is_scrum)

        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tiles = {
            "committed": Tile(self.tr("Zugesagt")),
            "done": Tile(self.tr("Erledigt")),
            "scope": Tile(self.tr("Umfang geändert")),
            "velocity": Tile(self.tr("Ø Velocity")),
            "lead": Tile(self.tr("Durchlaufzeit (Median)")),
            "cycle": Tile(self.tr("Zykluszeit (Median)")),
            "throughput": Tile(self.tr("Durchsatz")),
            "wip": Tile(self.tr("In Arbeit")),
        }
        tiles = QGridLayout()
        shown = (("committed", "done", "scope", "velocity") if self.is_scrum
                 else ("lead", "cycle", "throughput", "wip"))
        for i, key in enumerate(shown):
            tiles.addWidget(self.tiles[key], 0, i)
        if self.is_scrum:
            for i, key in enumerate(("lead", "cycle", "throughput", "wip")):
                tiles.addWidget(self.tiles[key], 1, i)

        titles = {
            "burndown": self.tr("Burndown"), "burnup": self.tr("Burnup"),
            "velocity": self.tr("Velocity"), "cfd": self.tr("Kumulativer Fluss"),
            "cycle_time": self.tr("Zykluszeit"), "throughput": self.tr("Durchsatz"),
        }
        self.chart_tabs = QTabWidget()
        self.chart_tabs.setAccessibleName(self.tr("Diagramme"))
        self.charts: dict[str, ChartPanel] = {}
        for kind in (SCRUM_CHARTS if self.is_scrum else KANBAN_CHARTS):
            panel = ChartPanel(kind, titles[kind])
            self.charts[kind] = panel
            self.chart_tabs.addTab(panel, titles[kind])
        self.chart_tabs.setMinimumHeight(400)

        self.list_tabs = QTabWidget()
        self.list_tabs.setAccessibleName(self.tr("Offene Punkte"))
        self.lists: dict[str, tuple[QStandardItemModel, QTableView]] = {}
        names = (("blocked", self.tr("Blockiert")), ("ageing", self.tr("Lange in Arbeit")),
                 ("open", self.tr("Nicht erledigt")),
                 ("actions", self.tr("Maßnahmen der letzten Retrospektive")))
        if not self.is_scrum:
            names = (("ageing", self.tr("In Arbeit nach Alter")),)
        for key, name in names:
            model = QStandardItemModel(self)
            view = table_view(name)
            view.setModel(model)
            self.lists[key] = (model, view)
            self.list_tabs.addTab(view, name)
        self.list_tabs.setMinimumHeight(220)

        self.note = QLabel(self.tr("Alle Kennzahlen auf Team-Ebene – keine Zahlen zu "
                                   "einzelnen Personen."))
        self.note.setWordWrap(True)

        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addWidget(self.header)
        inner.addLayout(tiles)
        inner.addWidget(self.chart_tabs, 3)
        inner.addWidget(self.list_tabs, 2)
        inner.addWidget(self.note)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.body = QStackedWidget()
        self.body.addWidget(self.scroll)
        self.body.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.body, 1)
        self.setAccessibleName(self.tr("Auswertung {name}").format(name=self.board_name))
        self.reload()

    # ------------------------------------------------------------------ data

    def reload(self) -> None:
        """Re-read the sprints and show the chosen (or default) one again."""
        wanted = self.sprint_combo.currentData()
        if self.is_scrum:
            with self.db.session() as s:
                sprints = list(s.execute(
                    select(Sprint.uuid, Sprint.name, Sprint.state, Sprint.start_date)
                    .where(Sprint.board_id == self.board_id, Sprint.started_at.is_not(None))
                    .order_by(Sprint.start_date.desc(), Sprint.id.desc())))
            self.sprint_combo.clear()
            for uuid, name, state, start in sprints:
                suffix = self.tr(" (läuft)") if state == SprintState.ACTIVE.value else ""
                self.sprint_combo.addItem(f"{name}{suffix} – {format_date(start)}", uuid)
            index = self.sprint_combo.findData(wanted) if wanted else -1
            if index < 0:
                index = next((i for i, r in enumerate(sprints)
                              if r[2] == SprintState.ACTIVE.value), 0 if sprints else -1)
            self.sprint_combo.setCurrentIndex(index)
        self.show_selected()

    def selected_sprint_uuid(self) -> str | None:
        data = self.sprint_combo.currentData()
        return str(data) if data else None

    def show_selected(self) -> None:
        """Compute the chosen sprint's review (or the board's flow figures) and show it.

        On a large board this takes a moment: it runs on the window's worker thread when
        there is one (the window shows a progress note after half a second); ``loaded`` is
        emitted when the figures are on screen."""
        sprint_uuid = self.selected_sprint_uuid()
        if self.is_scrum and sprint_uuid is None:
            self._show_empty(self.tr(
                "Noch kein Sprint gestartet.\n\nSobald ein Sprint läuft, zeigt die Auswertung "
                "Burndown, Velocity und Flusskennzahlen. Sprints plant man im Backlog."))
            self.loaded.emit()
            return
        self._request += 1
        token = self._request
        missing = self.tr("Der Sprint gibt es nicht mehr.")

        def compute() -> tuple[dict[str, Any] | None, dict[str, Any]]:  # no widgets in here
            from kimboard.core.metrics import compute_metrics
            from kimboard.core.review import sprint_review

            with self.db.session() as s:
                if sprint_uuid is None:
                    return None, compute_metrics(s, self.board_id)
                sprint_id = s.scalar(select(Sprint.id).where(Sprint.uuid == sprint_uuid))
                if sprint_id is None:
                    raise KimboardError(missing)
                review = sprint_review(s, self.board_id, sprint_id)
                return review, review["metrics"]

        def done(result: tuple[dict[str, Any] | None, dict[str, Any]]) -> None:
            if token == self._request:  # not overtaken by a later choice
                self._apply(*result)

        def failed(err: BaseException) -> None:
            if token != self._request:
                return
            if isinstance(err, KimboardError):
                self._show_empty(str(err))
            else:
                self._show_empty(self.tr("Die Kennzahlen konnten nicht berechnet werden: "
                                         "{reason}").format(reason=repr(err)))
            self.loaded.emit()

        run_soon(self.tasks, compute, self.tr("Kennzahlen werden berechnet …"), done, failed)

    def _apply(self, review: dict[str, Any] | None, metrics: dict[str, Any]) -> None:
        self.review, self.metrics = review, metrics
        self.body.setCurrentWidget(self.scroll)
        self.pdf_button.setEnabled(self.review is not None)
        self.goal_button.setEnabled(self.review is not None and not self.read_only)
        self._fill_header()
        self._fill_tiles()
        self._apply_unit()
        self._fill_lists()
        self.loaded.emit()

    def _show_empty(self, text: str) -> None:
        self.review = None
        self.empty.setText(text)
        self.body.setCurrentWidget(self.empty)
        self.pdf_button.setEnabled(False)
        self.goal_button.setEnabled(False)

    # ------------------------------------------------------------------ filling

    def _fill_header(self) -> None:
        from html import escape

        m = self.metrics
        assert m is not None
        period = m["period"]
        if self.review is None:
            self.header.setText(self.tr(
                "<h2>{board}</h2><p>Flusskennzahlen vom {start} bis {end}</p>").format(
                board=escape(self.board_name), start=_date(period["from"]),
                end=_date(period["to"])))
            return
        sp = self.review["sprint"]
        state = {"active": self.tr("läuft"), "closed": self.tr("abgeschlossen"),
                 "planned": self.tr("geplant")}[sp["state"]]
        reached = {True: self.tr("Ziel erreicht"), False: self.tr("Ziel nicht erreicht"),
                   None: self.tr("Ziel noch nicht bewertet")}[sp["goal_reached"]]
        goal = escape(sp["goal"]) if sp["goal"] else self.tr("<i>kein Sprint-Ziel angegeben</i>")
        note = f"<br>{escape(sp['goal_note'])}" if sp.get("goal_note") else ""
        self.header.setText(self.tr(
            "<h2>{name}</h2><p>{start} – {end} · {state}</p>"
            "<p><b>Sprint-Ziel:</b> {goal}<br><b>{reached}</b>{note}</p>").format(
            name=escape(sp["name"]), start=_date(sp["start"]), end=_date(sp["end"]),
            state=state, goal=goal, reached=reached, note=note))

    def _fill_tiles(self) -> None:
        m = self.metrics
        assert m is not None
        t = self.tiles
        if self.review is not None:
            su = self.review["summary"]
            t["committed"].set(self.tr("{n} Punkte").format(n=_num(su["committed_points"])),
                               self.tr("{n} Karten").format(n=su["committed_cards"]))
            t["done"].set(self.tr("{n} Punkte").format(n=_num(su["completed_points"])),
                          self.tr("{n} Karten").format(n=su["completed_cards"]))
            t["scope"].set(f"+{su['added_cards']} / −{su['removed_cards']}",
                           self.tr("Karten aufgenommen / herausgenommen"))
            avg = su["average_velocity"]
            t["velocity"].set(self.tr("{n} Punkte").format(n=_num(avg)) if avg is not None
                              else "–",
                              self.tr("letzte {n} abgeschlossene Sprints").format(
                                  n=m["velocity"]["window"]))
        days = self.tr("{n} Tage")
        for key, metric in (("lead", "lead_time"), ("cycle", "cycle_time")):
            data = m[metric]
            t[key].set(days.format(n=_num(data["median"])) if data["median"] is not None
                       else "–",
                       self.tr("85 % in höchstens {n} Tagen · {c} Karten").format(
                           n=_num(data["p85"]), c=data["count"]))
        weeks = m["throughput"]["weeks"]
        total = sum(w["cards"] for w in weeks)
        t["throughput"].set(self.tr("{n} Karten").format(n=total),
                            counted(len(weeks), self.tr("erledigt in 1 Kalenderwoche"),
                                    self.tr("erledigt in {n} Kalenderwochen")))
        wip = m["wip_age"]
        t["wip"].set(self.tr("{n} Karten").format(n=wip["count"]),
                     self.tr("Alter Median {n} Tage").format(n=_num(wip["median"]))
                     if wip["median"] is not None else "")

    def _apply_unit(self) -> None:
        if self.metrics is None:
            return
        unit = str(self.unit_combo.currentData())
        for panel in self.charts.values():
            panel.set_data(self.metrics, unit)

    def _fill_lists(self) -> None:
        assert self.metrics is not None
        nr, title, column = self.tr("Nr."), self.tr("Titel"), self.tr("Spalte")
        if self.review is None:
            model, _ = self.lists["ageing"]
            fill_standard(model, [nr, title, column, self.tr("Alter (Tage)"), self.tr("Blockiert")],
                  [[f"#{r['number']}", r["title"], r["column"], _num(r["age_days"]),
                    self.tr("ja") if r["blocked"] else ""]
                   for r in self.metrics["wip_age"]["cards"]], {0, 3})
            stretch_column(self.lists["ageing"][1], 1)
            return
        rv = self.review
        model, _ = self.lists["blocked"]
        fill_standard(model, [nr, title, column, self.tr("Grund"),
                              self.tr("Blockiert seit (Tage)")],
              [[f"#{r['number']}", r["title"], r["column"], r["reason"],
                _num(r["blocked_days"])] for r in rv["blocked"]], {0, 4})
        model, _ = self.lists["ageing"]
        fill_standard(model, [nr, title, column, self.tr("Alter (Tage)")],
              [[f"#{r['number']}", r["title"], r["column"], _num(r["age_days"])]
               for r in rv["ageing"]], {0, 3})
        model, _ = self.lists["open"]
        fill_standard(model, [nr, title, column, self.tr("Schätzung")],
              [[f"#{r['number']}", r["title"], r["column"], _num(r["estimate"])]
               for r in rv["open_cards"]], {0, 3})
        status = {"open": self.tr("offen"), "done": self.tr("erledigt"),
                  "dropped": self.tr("verworfen")}
        outcome = {"effective": self.tr("wirksam"), "not_effective": self.tr("nicht wirksam"),
                   None: ""}
        model, _ = self.lists["actions"]
        fill_standard(model, [self.tr("Maßnahme"), self.tr("Status"), self.tr("Wirkung"),
                      self.tr("Fällig")],
              [[a["text"], status.get(a["status"], a["status"]), outcome.get(a["outcome"], ""),
                _date(a["due_date"])] for a in rv["actions"]["items"]])
        counts = {"blocked": len(rv["blocked"]), "ageing": len(rv["ageing"]),
                  "open": len(rv["open_cards"]), "actions": len(rv["actions"]["items"])}
        for i, key in enumerate(("blocked", "ageing", "open", "actions")):
            base = self.list_tabs.tabText(i).split(" (")[0]
            self.list_tabs.setTabText(i, f"{base} ({counts[key]})")
        for key, (_model, view) in self.lists.items():
            stretch_column(view, 0 if key == "actions" else 1)
        # Open on the first list that has something in it.
        first = next((i for i, k in enumerate(("blocked", "ageing", "open", "actions"))
                      if counts[k]), 0)
        self.list_tabs.setCurrentIndex(first)

    # ------------------------------------------------------------------ goal

    def evaluate_goal(self) -> bool:
        """Mark the sprint goal reached, not reached or open, with a note (the leader often
        does this in the review, after the sprint was closed)."""
        if self.review is None:
            return False
        sprint_uuid = self.review["sprint"]["uuid"]
        with self.db.session() as s:
            sprint = s.scalar(select(Sprint).where(Sprint.uuid == sprint_uuid))
            if sprint is None:
                return False
            sprint_id, version = sprint.id, sprint.version
            reached, note, name = sprint.goal_reached, sprint.goal_note, sprint.name
        dialog = GoalDialog(name, self.review["sprint"]["goal"], reached, note, self)
        if not self.exec_dialog(dialog):
            return False
        from kimboard.core.ops.sprints import update_sprint

        try:
            self.db.run(update_sprint, sprint_id, goal_reached=dialog.reached(),
                        goal_note=dialog.note(), expected_version=version)
        except KimboardError as err:
            self._error(str(err))
            return False
        self.status_message.emit(self.tr("Bewertung des Sprint-Ziels gespeichert."))
        self.show_selected()
        return True

    def exec_dialog(self, dialog: QDialog) -> bool:
        """Separate so tests can answer the dialog."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    # ------------------------------------------------------------------ PDF

    def export_pdf(self, path: str | Path | None = None) -> Path | None:
        """Save the sprint review as PDF (asks for the file when ``path`` is None)."""
        if self.review is None:
            return None
        from kimboard.report.sprint_report import sprint_report_filename, write_sprint_report

        if path is None:
            suggested = str(Path.home() / sprint_report_filename(self.review))
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Sprint-Review speichern"), suggested,
                self.tr("PDF-Dokument (*.pdf)"))
            if not chosen:
                return None
            path = chosen
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        review = self.review
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = write_sprint_report(review, target)
        except OSError as err:
            QApplication.restoreOverrideCursor()
            self._error(self.tr("Das PDF konnte nicht gespeichert werden ({path}): {reason}")
                        .format(path=str(target), reason=err.strerror or str(err)))
            return None
        except Exception as err:  # noqa: BLE001 - shown, nothing half-written remains
            QApplication.restoreOverrideCursor()
            self._error(self.tr("Das PDF konnte nicht erstellt werden: {reason}").format(
                reason=str(err)))
            return None
        QApplication.restoreOverrideCursor()
        self.status_message.emit(self.tr("Sprint-Review gespeichert: {path}").format(
            path=str(written)))
        return written

    def _error(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "kimboard", message,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
