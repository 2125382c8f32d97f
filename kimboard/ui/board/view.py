"""The board widget: column headers with WIP limits and quick add, one list view per column
(and swimlane), keyboard moves, a context menu — all moves go through the controller."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kimboard.core.boardview import ColumnInfo
from kimboard.ui.board.controller import BoardController
from kimboard.ui.board.delegate import CardDelegate
from kimboard.ui.board.model import NO_LANE, CardIdRole, ColumnModel
from kimboard.ui.i18n import format_count

COLUMN_WIDTH = 290
COMPACT_WIDTH = 230
LANE_VIEW_MAX = 520


def kind_name(kind: str) -> str:
    """A column kind's name in the UI language (the kinds: ``kimboard.core.models.ColumnKind``)."""
    names = {"backlog": QCoreApplication.translate("ColumnKind", "Backlog"),
             "todo": QCoreApplication.translate("ColumnKind", "Zu erledigen"),
             "in_progress": QCoreApplication.translate("ColumnKind", "In Arbeit"),
             "done": QCoreApplication.translate("ColumnKind", "Erledigt")}
    return names.get(kind, kind)


class CardListView(QListView):
    """One column's cards. Keyboard: Strg+Pfeile verschieben, Pfeile links/rechts wechseln
    die Spalte, Enter öffnet, Entf löscht."""

    open_requested = Signal(int)
    neighbour_requested = Signal(int)  # -1 left, +1 right
    move_requested = Signal(int, int, int)  # card id, d_column, d_index
    context_requested = Signal(QPoint, list)

    def __init__(self, model: ColumnModel, delegate: CardDelegate, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(delegate)
        self.setAccessibleName(name)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(0)
        self.setUniformItemSizes(False)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(200)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(
            lambda pos: self.context_requested.emit(self.viewport().mapToGlobal(pos),
                                                    self.selected_card_ids()))
        self.doubleClicked.connect(self._open_index)
        self.setObjectName("cardList")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet("QListView#cardList { background: #e9ecf1; border-radius: 6px; }")

    def column_model(self) -> ColumnModel:
        model = self.model()
        assert isinstance(model, ColumnModel)
        return model

    def current_card_id(self) -> int | None:
        index = self.currentIndex()
        return index.data(CardIdRole) if index.isValid() else None

    def selected_card_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.selectionModel().selectedIndexes())
        ids = [self.model().index(r, 0).data(CardIdRole) for r in rows]
        if not ids and self.current_card_id() is not None:
            ids = [self.current_card_id()]
        return [i for i in ids if i is not None]

    def select_card(self, card_id: int) -> bool:
        row = self.column_model().row_of(card_id)
        if row < 0:
            return False
        index = self.model().index(row, 0)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.scrollTo(index)
        return True

    def _open_index(self, index: QModelIndex) -> None:
        card_id = index.data(CardIdRole)
        if card_id is not None:
            self.open_requested.emit(card_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        card_id = self.current_card_id()
        if ctrl and card_id is not None and key in (Qt.Key.Key_Left, Qt.Key.Key_Right,
                                                    Qt.Key.Key_Up, Qt.Key.Key_Down):
            d_col = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(key, 0)
            d_idx = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(key, 0)
            self.move_requested.emit(card_id, d_col, d_idx)
            event.accept()
            return
        if not ctrl and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.neighbour_requested.emit(-1 if key == Qt.Key.Key_Left else 1)
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and card_id is not None:
            self.open_requested.emit(card_id)
            event.accept()
            return
        if key == Qt.Key.Key_Menu or (key == Qt.Key.Key_F10 and event.modifiers()
                                      & Qt.KeyboardModifier.ShiftModifier):
            rect = self.visualRect(self.currentIndex())
            self.context_requested.emit(self.viewport().mapToGlobal(rect.center()),
                                        self.selected_card_ids())
            event.accept()
            return
        super().keyPressEvent(event)


class ColumnHeader(QFrame):
    quick_add = Signal(int, str)  # column id, title

    def __init__(self, column: ColumnInfo, read_only: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column_id = column.id
        self.setObjectName("columnHeader")
        self.name_label = QLabel(column.name)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.name_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.name_label.setFont(font)
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setObjectName("wipCount")
        self.add_edit = QLineEdit()
        self.add_edit.setPlaceholderText(self.tr("+ Karte hinzufügen (Enter)"))
        self.add_edit.setAccessibleName(self.tr("Neue Karte in „{column}“").format(
            column=column.name))
        self.add_edit.setMaxLength(500)
        self.add_edit.returnPressed.connect(self._submit)
        self.add_edit.setVisible(not read_only)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.name_label, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.add_edit)
        self.update_column(column, 0)

    def _submit(self) -> None:
        text = self.add_edit.text().strip()
        if text:
            self.quick_add.emit(self.column_id, text)

    def update_column(self, column: ColumnInfo, count: int) -> None:
        self.name_label.setText(column.name)
        limit = column.wip_limit
        n = format_count(count)
        if limit is None:
            text = n
            tip = self.tr("{n} Karten").format(n=n)
            over = False
        else:
            over = count > limit
            hard = column.wip_mode == "hard"
            text = f"{n} / {format_count(limit)}" + (" ⚠" if over else "")
            if hard and over:
                tip = self.tr("{n} Karten, WIP-Limit {limit} (fest) – überschritten")
            elif hard:
                tip = self.tr("{n} Karten, WIP-Limit {limit} (fest)")
            elif over:
                tip = self.tr("{n} Karten, WIP-Limit {limit} (weich) – überschritten")
            else:
                tip = self.tr("{n} Karten, WIP-Limit {limit} (weich)")
            tip = tip.format(n=n, limit=format_count(limit))
        self.count_label.setText(text)
        self.count_label.setToolTip(tip)
        self.count_label.setAccessibleName(tip)
        self.count_label.setProperty("over", over)
        self.count_label.setStyleSheet(
            "color: #b91c1c; font-weight: bold;" if over else "")
        self.setAccessibleName(self.tr("Spalte {column}, {counts}").format(
            column=column.name, counts=tip))


class BoardView(QScrollArea):
    """All columns side by side; with swimlanes, one collapsible row of lists per lane."""

    open_card = Signal(int)
    context_menu = Signal(QPoint, list)

    def __init__(self, controller: BoardController, today: Callable[[], dt.date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._today = today
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.delegate = CardDelegate(lambda: self.controller.state, today, self)
        self.headers: dict[int, ColumnHeader] = {}
        self.models: dict[tuple[int, int | None], ColumnModel] = {}
        self.views: dict[tuple[int, int | None], CardListView] = {}
        self.lane_buttons: dict[int, QToolButton] = {}
        self.collapsed: set[int] = set()
        self.compact = False
        controller.columns_changed.connect(self._on_columns_changed)
        self.rebuild()

    # ------------------------------------------------------------------ building

    def lanes(self) -> list[tuple[int | None, str]]:
        st = self.controller.state
        if not st.has_lanes:
            return [(None, "")]
        lanes: list[tuple[int | None, str]] = [(s.id, s.name) for s in st.snapshot.swimlanes]
        if any(c.swimlane_id is None for c in st.cards.values()):
            lanes.append((NO_LANE, self.tr("Ohne Swimlane")))
        return lanes

    def rebuild(self) -> None:
        """Build the grid anew (after a reload: columns or lanes may have changed)."""
        st = self.controller.state
        old = self.widget()
        if old is not None:
            old.deleteLater()
        self.headers.clear()
        self.models.clear()
        self.views.clear()
        self.lane_buttons.clear()
        self.delegate.clear_cache()
        content = QWidget()
        content.setObjectName("boardContent")
        grid = QGridLayout(content)
        grid.setContentsMargins(12, 8, 12, 12)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        width = COMPACT_WIDTH if self.compact else COLUMN_WIDTH
        read_only = self.controller.read_only
        for c, column in enumerate(st.snapshot.columns):
            header = ColumnHeader(column, read_only)
            header.setFixedWidth(width)
            header.quick_add.connect(self._quick_add)
            self.headers[column.id] = header
            grid.addWidget(header, 0, c)
        lanes = self.lanes()
        row = 1
        for lane_id, lane_name in lanes:
            if lane_id is not None:
                button = QToolButton()
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
                button.setCheckable(True)
                button.setChecked(lane_id not in self.collapsed)
                button.setArrowType(Qt.ArrowType.DownArrow if lane_id not in self.collapsed
                                    else Qt.ArrowType.RightArrow)
                button.setText(lane_name)
                button.setAccessibleName(
                    self.tr("Swimlane {lane} ein- oder ausklappen").format(lane=lane_name))
                button.toggled.connect(lambda on, lid=lane_id: self.set_lane_collapsed(lid, not on))
                self.lane_buttons[lane_id] = button
                grid.addWidget(button, row, 0, 1, max(1, len(st.snapshot.columns)),
                               Qt.AlignmentFlag.AlignLeft)
                row += 1
            for c, column in enumerate(st.snapshot.columns):
                model = ColumnModel(lambda: self.controller.state, column.id, lane_id,
                                    self._today, self)
                model.read_only = read_only
                model.move_requested.connect(self._on_drop)
                if lane_name:
                    name = self.tr("Karten in {column}, Swimlane {lane}").format(
                        column=column.name, lane=lane_name)
                else:
                    name = self.tr("Karten in {column}").format(column=column.name)
                view = CardListView(model, self.delegate, name)
                view.setFixedWidth(width)
                view.open_requested.connect(self.open_card)
                view.neighbour_requested.connect(
                    lambda d, key=(column.id, lane_id): self._focus_neighbour(key, d))
                view.move_requested.connect(self._on_key_move)
                view.context_requested.connect(self.context_menu)
                if lane_id is not None:
                    view.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
                    view.setVisible(lane_id not in self.collapsed)
                self.models[(column.id, lane_id)] = model
                self.views[(column.id, lane_id)] = view
                if lane_id is None:
                    grid.addWidget(view, row, c)
                else:
                    grid.addWidget(view, row, c, Qt.AlignmentFlag.AlignTop)
                model.refresh()
            row += 1
        grid.setColumnStretch(len(st.snapshot.columns), 1)
        if lanes == [(None, "")]:
            grid.setRowStretch(1, 1)
        else:
            grid.setRowStretch(row, 1)
        self.setWidget(content)
        self._update_headers()
        self._fit_lane_views()
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = []
        for column in self.controller.state.snapshot.columns:
            chain.append(self.headers[column.id].add_edit)
            chain.extend(v for (cid, _l), v in self.views.items() if cid == column.id)
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def set_compact(self, compact: bool) -> None:
        self.compact = compact
        self.delegate.set_compact(compact)
        self.rebuild()

    def set_lane_collapsed(self, lane_id: int, collapsed: bool) -> None:
        if collapsed:
            self.collapsed.add(lane_id)
        else:
            self.collapsed.discard(lane_id)
        button = self.lane_buttons.get(lane_id)
        if button is not None:
            button.setArrowType(Qt.ArrowType.RightArrow if collapsed else Qt.ArrowType.DownArrow)
            count = sum(m.rowCount() for (c, lid), m in self.models.items() if lid == lane_id)
            name = button.text().split(" (")[0]
            button.setText(f"{name} ({format_count(count)})" if collapsed else name)
        for (_cid, lid), view in self.views.items():
            if lid == lane_id:
                view.setVisible(not collapsed)

    # ------------------------------------------------------------------ refreshing

    def _on_columns_changed(self, column_ids: list[int]) -> None:
        st = self.controller.state
        lanes_now = [lid for lid, _ in self.lanes()]
        lanes_built = sorted({lid for (_c, lid) in self.models}, key=lambda x: (x is None, x))
        structure_same = (
            [c.id for c in st.snapshot.columns] == list(self.headers)
            and sorted(lanes_now, key=lambda x: (x is None, x)) == lanes_built
        )
        if not column_ids or not structure_same:
            self.rebuild()
            return
        self.refresh_columns(set(column_ids))

    def refresh_columns(self, column_ids: set[int] | None = None) -> None:
        for (cid, _lane), model in self.models.items():
            if column_ids is None or cid in column_ids or -1 in column_ids:
                model.refresh()
        self._update_headers()
        self._fit_lane_views()

    def _update_headers(self) -> None:
        st = self.controller.state
        for column in st.snapshot.columns:
            header = self.headers.get(column.id)
            if header is not None:
                header.update_column(column, len(st.order.get(column.id, ())))

    def _fit_lane_views(self) -> None:
        """In swimlanes each list is as tall as its cards (up to a limit); the board scrolls."""
        for (_cid, lane), view in self.views.items():
            if lane is None:
                continue
            model = view.model()
            height = 8
            for r in range(min(model.rowCount(), 40)):
                height += view.sizeHintForRow(r)
                if height > LANE_VIEW_MAX:
                    break
            view.setFixedHeight(max(56, min(height, LANE_VIEW_MAX)))

    # ------------------------------------------------------------------ interaction

    def _quick_add(self, column_id: int, title: str) -> None:
        lane = None
        if self.controller.state.has_lanes:
            focus = self.focused_view_key()
            lane = focus[1] if focus and focus[0] == column_id else None
        if self.controller.add_card(column_id, title, lane):
            header = self.headers.get(column_id)
            if header is not None:
                header.add_edit.clear()

    def _on_drop(self, card_ids: list[int], column_id: int, anchor: int | None,
                 lane: int | None) -> None:
        if self.controller.move_cards(card_ids, column_id, anchor, lane):
            self.select_card(card_ids[0])

    def _on_key_move(self, card_id: int, d_col: int, d_idx: int) -> None:
        if self.controller.move_by(card_id, d_col, d_idx):
            self.select_card(card_id, focus=True)

    def focused_view_key(self) -> tuple[int, int | None] | None:
        for key, view in self.views.items():
            if view.hasFocus():
                return key
        return None

    def _focus_neighbour(self, key: tuple[int, int | None], direction: int) -> None:
        cols = self.controller.state.column_ids()
        i = cols.index(key[0]) + direction
        if not 0 <= i < len(cols):
            return
        view = self.views.get((cols[i], key[1]))
        if view is None:
            return
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not view.currentIndex().isValid() and view.model().rowCount():
            view.setCurrentIndex(view.model().index(0, 0))

    def select_card(self, card_id: int, focus: bool = False) -> bool:
        card = self.controller.state.cards.get(card_id)
        if card is None:
            return False
        lane = self.controller.state.lane_of(card) if self.controller.state.has_lanes else None
        view = self.views.get((card.column_id, lane))
        if view is None or not view.select_card(card_id):
            return False
        if focus:
            view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ensureWidgetVisible(view, 40, 0)
        return True

    def view_for(self, column_id: int, lane: int | None = None) -> CardListView:
        return self.views[(column_id, lane)]

    def visible_count(self) -> int:
        return sum(m.rowCount() for m in self.models.values())


def move_menu(parent: QWidget, controller: BoardController, card_ids: list[int]) -> QMenu:
    """ "Verschieben nach …": every column of the board."""
    menu = QMenu(QCoreApplication.translate("MoveMenu", "&Verschieben nach"), parent)
    current = {controller.state.cards[c].column_id for c in card_ids if c in controller.state.cards}
    for column in controller.state.snapshot.columns:
        action = QAction(column.name, menu)
        action.setEnabled(current != {column.id})
        action.triggered.connect(
            lambda _=False, cid=column.id: controller.move_cards(card_ids, cid, None))
        menu.addAction(action)
    return menu


__all__ = ["BoardView", "CardListView", "ColumnHeader", "kind_name", "move_menu"]
