"""The state-wide overview ("Landesnetzwerk"): every office in this database — the own and
those imported from bundles — side by side, read-only.

Per office: boards, sprint figures at team level, the follow-up of retrospective action
items, solution approaches by status and goal area; which approaches were taken over by which
offices (the transfer table) and two charts, each switchable to a table; a filter by district
government; "Als PDF speichern …". The figures come from
:func:`kimboard.core.network.network_overview` (definitions there), computed on the window's
worker thread when one is given; matplotlib is imported only when a chart is first drawn.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kimboard.core.db import Database
from kimboard.core.errors import KimboardError
from kimboard.ui.charts import ChartPanel, fill_standard, stretch_column, table_view
from kimboard.ui.i18n import format_datetime, format_number
from kimboard.ui.kim.common import (
    Column,
    RowsModel,
    heading_label,
    hint_label,
    iso_date,
    show_error,
    status_labels,
)
from kimboard.ui.tasks import run_soon

#: Chart kinds (as in kimboard.report.network_charts; repeated so no matplotlib is imported).
CHART_KINDS = ("status_by_office", "transfers")


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{format_number(round(100 * value))} %"


def _num(value: float | None) -> str:
    return "–" if value is None else format_number(round(value, 1))


class NetworkChartPanel(ChartPanel):
    """One chart of the overview (:mod:`kimboard.report.network_charts`)."""

    def __init__(self, kind: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(kind, title, parent, min_height=240)

    def set_data(self, overview: dict[str, Any]) -> None:
        from kimboard.report import network_charts

        headers, rows = network_charts.chart_table(self.kind, overview)
        self.set_content(network_charts.describe(self.kind, overview), headers, rows,
                         lambda: network_charts.build_figure(self.kind, overview),
                         id(overview), stretch=0)


class NetworkPage(QWidget):
    """The Landesnetzwerk overview across every office in this database."""

    status_message = Signal(str)
    #: The figures are on screen (after :meth:`reload`, also when computed on the worker).
    loaded = Signal()

    def __init__(self, db: Database, tasks: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tasks = tasks
        self.overview: dict[str, Any] | None = None
        self._request = 0

        self.heading = heading_label(self.tr("Landesnetzwerk"))
        self.region_combo = QComboBox()
        self.region_combo.setAccessibleName(self.tr("Nach Bezirksregierung filtern"))
        self.region_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.region_combo.addItem(self.tr("Alle Bezirksregierungen"), None)
        self.region_combo.currentIndexChanged.connect(lambda _i: self.reload())
        region_label = QLabel(self.tr("&Bezirksregierung:"))
        region_label.setBuddy(self.region_combo)
        self.pdf_button = QPushButton(self.tr("Als &PDF speichern …"))
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(region_label)
        top.addWidget(self.region_combo)
        top.addWidget(self.pdf_button)
        self.summary = hint_label()
        self.summary.setAccessibleName(self.tr("Zusammenfassung"))

        labels = status_labels()
        self.offices_model = RowsModel([
            Column(self.tr("Dienststelle"), lambda o: f"{o['name']} ({o['short_code']})",
                   tooltip=lambda o: o["uuid"]),
            Column(self.tr("Bezirksregierung"), lambda o: o["region"] or "–"),
            Column(self.tr("Daten"), lambda o: self.tr("eigene") if o["is_local"]
                   else self.tr("importiert")),
            Column(self.tr("Boards (Kanban / Scrum)"), lambda o: self.tr(
                "{n} ({kanban} / {scrum})").format(
                n=o["boards"]["count"], kanban=o["boards"]["by_mode"].get("kanban", 0),
                scrum=o["boards"]["by_mode"].get("scrum", 0)), right=True),
            Column(self.tr("Sprints"), lambda o: str(o["sprints"]["closed"]), right=True),
            Column(self.tr("Ø Velocity"),
                   lambda o: _num(o["sprints"]["average_velocity_points"]), right=True),
            Column(self.tr("Sprint-Ziel erreicht"),
                   lambda o: _pct(o["sprints"]["goal_reached_rate"]), right=True),
            Column(self.tr("Maßnahmen umgesetzt"), lambda o: self.tr(
                "{rate} ({done}/{total})").format(
                rate=_pct(o["actions"]["follow_up_rate"]), done=o["actions"]["done"],
                total=o["actions"]["total"]) if o["actions"]["total"] else "–", right=True),
            Column(self.tr("Wirkung bewertet"),
                   lambda o: _pct(o["actions"]["reviewed_share"]), right=True),
        ], self)
        self.offices_view = table_view(self.tr("Dienststellen mit ihren Kennzahlen"))
        self.offices_view.setModel(self.offices_model)
        stretch_column(self.offices_view, 0)

        def by_status(key: str) -> Any:
            return lambda o: str(o["solutions"]["by_status"].get(key, 0))

        self.solutions_model = RowsModel([
            Column(self.tr("Dienststelle"), lambda o: f"{o['name']} ({o['short_code']})"),
            *(Column(label, by_status(key), right=True) for key, label in labels.items()),
            Column(self.tr("gesamt"), lambda o: str(o["solutions"]["total"]), right=True),
            Column(self.tr("Zielbereiche"), self._goal_area_text,
                   tooltip=self._goal_area_text),
        ], self)
        self.solutions_view = table_view(self.tr("Lösungsansätze je Dienststelle"))
        self.solutions_view.setModel(self.solutions_model)
        stretch_column(self.solutions_view, len(labels) + 2)

        self.transfer_model = QStandardItemModel(self)
        self.transfer_view = table_view(self.tr("Übernahmen von Lösungsansätzen"))
        self.transfer_view.setModel(self.transfer_model)
        self.board_transfer_model = QStandardItemModel(self)
        self.board_transfer_view = table_view(self.tr("Übernommene Boards"))
        self.board_transfer_view.setModel(self.board_transfer_model)
        self.board_transfer_label = QLabel(f"<b>{self.tr('Übernommene Boards')}</b>")
        transfer_tab = QWidget()
        tl = QVBoxLayout(transfer_tab)
        tl.addWidget(hint_label(self.tr(
            "Welche Dienststelle hat welchen Lösungsansatz übernommen? Übernahmen kommen mit "
            "dem Paket der übernehmenden Dienststelle hier an.")))
        tl.addWidget(self.transfer_view, 2)
        tl.addWidget(self.board_transfer_label)
        tl.addWidget(self.board_transfer_view, 1)

        self.charts: dict[str, NetworkChartPanel] = {}
        titles = {"status_by_office": self.tr("Lösungsansätze nach Status"),
                  "transfers": self.tr("Transfer zwischen Dienststellen")}
        charts = QWidget()
        charts.setAccessibleName(self.tr("Diagramme"))
        cl = QHBoxLayout(charts)
        cl.setContentsMargins(0, 0, 0, 0)
        for kind in CHART_KINDS:
            panel = NetworkChartPanel(kind, titles[kind])
            self.charts[kind] = panel
            cl.addWidget(panel, 1)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Ansichten des Landesnetzwerks"))
        self.tabs.addTab(self.offices_view, self.tr("&Dienststellen"))
        self.tabs.addTab(self.solutions_view, self.tr("&Lösungsansätze"))
        self.tabs.addTab(transfer_tab, self.tr("&Transfer"))

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.tabs)
        splitter.addWidget(charts)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 420])
        self.empty = hint_label()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QStackedWidget()
        self.body.addWidget(splitter)
        self.body.addWidget(self.empty)
        self._content = splitter
        self.note = hint_label(self.tr(
            "Nur lesend. Alle Kennzahlen auf Team- bzw. Dienststellenebene – keine Zahlen zu "
            "einzelnen Personen. Andere Dienststellen erscheinen hier, sobald ihre Pakete "
            "importiert sind."))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.note)
        self.setAccessibleName(self.tr("Landesnetzwerk"))
        self.reload()

    # ------------------------------------------------------------------ data

    def region(self) -> str | None:
        data = self.region_combo.currentData()
        return str(data) if data else None

    def set_region(self, region: str | None) -> bool:
        """Choose a district government (None: all); reloads. False if it is not listed."""
        index = self.region_combo.findData(region) if region else 0
        if index < 0:
            return False
        if index == self.region_combo.currentIndex():
            self.reload()
        else:
            self.region_combo.setCurrentIndex(index)
        return True

    def reload(self) -> None:
        """Compute the overview for the chosen district government and show it."""
        region = self.region()
        self._request += 1
        token = self._request

        def compute() -> dict[str, Any]:  # no widgets in here
            from kimboard.core.network import network_overview

            with self.db.session() as s:
                return network_overview(s, region=region)

        def done(result: dict[str, Any]) -> None:
            if token == self._request:
                self._apply(result)

        def failed(err: BaseException) -> None:
            if token != self._request:
                return
            self.overview = None
            self.empty.setText(str(err) if isinstance(err, KimboardError) else self.tr(
                "Die Übersicht konnte nicht berechnet werden: {reason}").format(
                reason=repr(err)))
            self.body.setCurrentWidget(self.empty)
            self.pdf_button.setEnabled(False)
            self.loaded.emit()

        run_soon(self.tasks, compute, self.tr("Übersicht wird berechnet …"), done, failed)

    def _apply(self, overview: dict[str, Any]) -> None:
        self.overview = overview
        self._fill_regions(overview["regions"], overview["region"])
        offices = overview["offices"]
        totals = overview["totals"]
        generated = dt.datetime.fromisoformat(overview["generated_at"])
        self.summary.setText(self.tr(
            "{offices} Dienststellen ({local} eigene, {imported} importiert) · {boards} Boards "
            "· {solutions} Lösungsansätze · {adoptions} Übernahmen · Stand {time}").format(
            offices=totals["offices"], local=totals["local_offices"],
            imported=totals["imported_offices"], boards=totals["boards"],
            solutions=totals["solutions"], adoptions=totals["adoptions"],
            time=format_datetime(generated)))
        self.pdf_button.setEnabled(bool(offices))
        if not offices:
            self.empty.setText(self.tr(
                "Keine Dienststellen im gewählten Bereich.\n\nDie Übersicht zeigt alle "
                "Dienststellen dieser Datenbank – die eigene und die aus importierten Paketen."))
            self.body.setCurrentWidget(self.empty)
        else:
            self.body.setCurrentWidget(self._content)
        self.offices_model.set_rows(offices)
        self.solutions_model.set_rows(offices)
        self._fill_transfers(overview)
        for panel in self.charts.values():
            panel.set_data(overview)
        self.loaded.emit()

    def _fill_regions(self, regions: list[str], chosen: str | None) -> None:
        with QSignalBlocker(self.region_combo):
            self.region_combo.clear()
            self.region_combo.addItem(self.tr("Alle Bezirksregierungen"), None)
            for region in regions:
                self.region_combo.addItem(region, region)
            index = self.region_combo.findData(chosen) if chosen else 0
            self.region_combo.setCurrentIndex(max(0, index))

    def _goal_area_text(self, office: dict[str, Any]) -> str:
        names = {g["key"]: g["name"] for g in (self.overview or {}).get("goal_areas", [])}
        by_area = office["solutions"]["by_goal_area"]
        order = [*names, "none"]
        none = self.tr("ohne Zielbereich")
        return " · ".join(
            f"{names.get(k) or none}: {by_area[k]}" for k in order if by_area.get(k))

    def _fill_transfers(self, overview: dict[str, Any]) -> None:
        names = {g["key"]: g["name"] for g in overview.get("goal_areas", [])}
        rows = []
        for t in overview["transfers"]:
            for a in t["adopters"]:
                rows.append([t["approach"]["title"],
                             names.get(t["approach"]["goal_area"] or "", "–"),
                             t["origin"]["name"], a["name"] or a["uuid"],
                             iso_date(a["adopted_on"]), a["note"]])
        fill_standard(self.transfer_model,
                      [self.tr("Lösungsansatz"), self.tr("Zielbereich"), self.tr("Herkunft"),
                       self.tr("Übernommen von"), self.tr("am"), self.tr("Notiz")], rows)
        stretch_column(self.transfer_view, 0)
        boards = overview.get("board_transfers") or []
        board_rows = [[t["board"]["name"], t["origin"]["name"], a["name"] or a["uuid"],
                       iso_date(a["adopted_on"])] for t in boards for a in t["adopters"]]
        fill_standard(self.board_transfer_model,
                      [self.tr("Board"), self.tr("Herkunft"), self.tr("Übernommen von"),
                       self.tr("am")], board_rows)
        stretch_column(self.board_transfer_view, 0)
        self.board_transfer_view.setVisible(bool(board_rows))
        self.board_transfer_label.setVisible(bool(board_rows))
        self.tabs.setTabText(2, self.tr("&Transfer ({n})").format(n=len(rows)))

    # ------------------------------------------------------------------ PDF

    def export_pdf(self, path: str | Path | None = None) -> Path | None:
        """Save the overview as it is shown (with its region filter) as PDF; asks for the
        file when ``path`` is None."""
        if self.overview is None or not self.overview["offices"]:
            return None
        from kimboard.report.network_report import network_report_filename, write_network_report

        if path is None:
            suggested = str(Path.home() / network_report_filename(self.overview))
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Übersicht des Landesnetzwerks speichern"), suggested,
                self.tr("PDF-Dokument (*.pdf)"))
            if not chosen:
                return None
            path = chosen
        target = Path(path)
        if target.suffix.lower() != ".pdf" and not target.is_dir():
            target = target.with_suffix(".pdf")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = write_network_report(self.overview, target)
        except KimboardError as err:
            QApplication.restoreOverrideCursor()
            show_error(self, str(err))
            return None
        except Exception as err:  # noqa: BLE001 - shown, nothing half-written remains
            QApplication.restoreOverrideCursor()
            show_error(self, self.tr("Das PDF konnte nicht erstellt werden: {reason}").format(
                reason=str(err)))
            return None
        QApplication.restoreOverrideCursor()
        self.status_message.emit(self.tr("Übersicht gespeichert: {path}").format(
            path=str(written)))
        return written
