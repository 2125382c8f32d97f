"""The seven KIM goal areas and what the office does for each: its cards (open and done),
its solution approaches by status and its retrospective action items.

The list on the left carries the counts; the right side shows the chosen area's description
and its cards, approaches and actions. Read-only: goal areas are set on the card, the
approach or the action itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kimboard.core.db import Database
from kimboard.core.errors import KimboardError
from kimboard.ui.charts import fill_standard, stretch_column, table_view
from kimboard.ui.kim.common import (
    Column,
    RowsModel,
    action_status_labels,
    heading_label,
    hint_label,
    iso_date,
    plain_label,
    show_error,
    status_labels,
)


class GoalAreasPage(QWidget):
    """Per goal area what the office does for it."""

    status_message = Signal(str)
    #: A solution approach was activated (its UUID): the window may open the library.
    solution_activated = Signal(str)

    def __init__(self, db: Database, site_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.site_id = site_id
        self.overview: dict[str, Any] = {"site": {}, "areas": [], "unassigned": {}}

        self.heading = heading_label(self.tr("Zielbereiche"))
        self.intro = hint_label(self.tr(
            "Die sieben Zielbereiche des Kommunalen Integrationsmanagements – und was die "
            "Dienststelle für jeden tut: Karten auf den Boards, Lösungsansätze und Maßnahmen "
            "aus Retrospektiven."))

        def cards(r: dict[str, Any]) -> str:
            return f"{r['cards']['open']} / {r['cards']['done']}"

        self.model = RowsModel([
            Column(self.tr("Zielbereich"), lambda r: r["name"],
                   tooltip=lambda r: r["description"]),
            Column(self.tr("Karten offen / erledigt"), cards, right=True),
            Column(self.tr("Lösungsansätze"), lambda r: str(r["approaches"]["total"]),
                   right=True),
            Column(self.tr("Maßnahmen"), lambda r: str(r["actions"]["total"]), right=True),
        ], self)
        self.table = table_view(self.tr("Liste der Zielbereiche"))
        self.table.setModel(self.model)
        stretch_column(self.table, 0)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._on_current(current))
        self.unassigned_label = hint_label()
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.unassigned_label)

        self.area_title = heading_label("", 13)
        self.area_description = plain_label(selectable=True)
        self.area_summary = hint_label()
        self.lists: dict[str, tuple[QStandardItemModel, Any]] = {}
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Was die Dienststelle für den Zielbereich tut"))
        for key, name in (("cards", self.tr("Karten")),
                          ("approaches", self.tr("Lösungsansätze")),
                          ("actions", self.tr("Maßnahmen"))):
            model = QStandardItemModel(self)
            view = table_view(name)
            view.setModel(model)
            self.lists[key] = (model, view)
            self.tabs.addTab(view, name)
        self.lists["approaches"][1].activated.connect(self._on_approach_activated)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.area_title)
        rl.addWidget(self.area_description)
        rl.addWidget(self.area_summary)
        rl.addWidget(self.tabs, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([520, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        self.setAccessibleName(self.tr("Zielbereiche"))
        self.reload()

    def reload(self) -> None:
        from kimboard.core.network import goal_area_overview

        current = self.table.currentIndex()
        row = current.row() if current.isValid() else 0
        try:
            with self.db.session() as s:
                self.overview = goal_area_overview(s, self.site_id)
        except KimboardError as err:
            show_error(self, str(err))
            return
        self.heading.setText(self.tr("Zielbereiche – {office}").format(
            office=self.overview["site"]["name"]))
        self.model.set_rows(self.overview["areas"])
        un = self.overview["unassigned"]
        self.unassigned_label.setText(self.tr(
            "Ohne Zielbereich: {open} offene und {done} erledigte Karten, {approaches} "
            "Lösungsansätze, {actions} Maßnahmen.").format(
            open=un["cards"]["open"], done=un["cards"]["done"],
            approaches=un["approaches"], actions=un["actions"]))
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0))

    def current_area(self) -> dict[str, Any] | None:
        index = self.table.currentIndex()
        return self.model.row_data(index.row()) if index.isValid() else None

    def select(self, key: str) -> bool:
        row = self.model.find("key", key)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        return row >= 0

    def _on_current(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        area = self.model.row_data(index.row())
        labels, action_labels = status_labels(), action_status_labels()
        limit = self.overview.get("limit", 0)
        self.area_title.setText(area["name"])
        self.area_description.setText(area["description"])
        by_status = ", ".join(f"{n} {labels[s]}" for s, n in area["approaches"]
                              ["by_status"].items() if n)
        self.area_summary.setText(self.tr(
            "{open} offene und {done} erledigte Karten · {approaches} Lösungsansätze{detail} "
            "· {actions} Maßnahmen, davon {done_actions} erledigt").format(
            open=area["cards"]["open"], done=area["cards"]["done"],
            approaches=area["approaches"]["total"],
            detail=f" ({by_status})" if by_status else "",
            actions=area["actions"]["total"], done_actions=area["actions"].get("done", 0)))
        model, view = self.lists["cards"]
        fill_standard(model, [self.tr("Nr."), self.tr("Karte"), self.tr("Board"),
                              self.tr("Stand")],
                      [[f"#{c['number']}", c["title"], c["board_name"],
                        self.tr("erledigt") if c["done"] else self.tr("offen")]
                       for c in area["cards"]["items"]], {0})
        stretch_column(view, 1)
        model, view = self.lists["approaches"]
        fill_standard(model, [self.tr("Lösungsansatz"), self.tr("Status")],
                      [[a["title"], labels.get(a["status"], a["status"])]
                       for a in area["approaches"]["items"]])
        stretch_column(view, 0)
        model, view = self.lists["actions"]
        fill_standard(model, [self.tr("Maßnahme"), self.tr("Status"), self.tr("Retrospektive"),
                              self.tr("Datum")],
                      [[a["text"], action_labels.get(a["status"], a["status"]), a["retro"],
                        iso_date(a["held_on"])] for a in area["actions"]["items"]])
        stretch_column(view, 0)
        counts = {"cards": area["cards"]["open"] + area["cards"]["done"],
                  "approaches": area["approaches"]["total"], "actions": area["actions"]["total"]}
        names = {"cards": self.tr("Karten"), "approaches": self.tr("Lösungsansätze"),
                 "actions": self.tr("Maßnahmen")}
        for i, key in enumerate(("cards", "approaches", "actions")):
            self.tabs.setTabText(i, f"{names[key]} ({counts[key]})")
        more = [k for k in counts if counts[k] > limit > 0]
        if more:
            self.status_message.emit(self.tr("Es werden je Liste die ersten {n} Einträge "
                                             "gezeigt.").format(n=limit))

    def _on_approach_activated(self, index: QModelIndex) -> None:
        area = self.current_area()
        if area is not None and 0 <= index.row() < len(area["approaches"]["items"]):
            self.solution_activated.emit(area["approaches"]["items"][index.row()]["uuid"])
