"""Sticky notes: the items of a retrospective, painted in their prompt's colour.

A :class:`NoteList` is a list view (model/view, no widget per note) with a :class:`NoteDelegate`
that paints each item as a note with a coloured stripe and word-wrapped text. Notes can be
dragged between lists; the payload is JSON (``application/x-kimboard-retro-items+json``:
the retrospective's UUID and the item ids), never pickle. A drop only reports what was dropped
(:attr:`NoteList.items_dropped`); the change itself goes through the core.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QStandardItem,
    QStandardItemModel,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from kimboard.ui.retro.presentation import Theme, set_role
from kimboard.ui.retro.snapshot import ItemInfo, PromptInfo

translate = QCoreApplication.translate

MIME_TYPE = "application/x-kimboard-retro-items+json"

ItemIdRole = Qt.ItemDataRole.UserRole + 1
ColorRole = Qt.ItemDataRole.UserRole + 2
PromptRole = Qt.ItemDataRole.UserRole + 3
BadgeRole = Qt.ItemDataRole.UserRole + 4

_Index = QModelIndex | QPersistentModelIndex


def encode_items(retro_uuid: str, item_ids: Sequence[int]) -> QMimeData:
    data = QMimeData()
    payload = {"format": 1, "retro": retro_uuid, "items": [int(i) for i in item_ids]}
    data.setData(MIME_TYPE, json.dumps(payload).encode("utf-8"))
    return data


def decode_items(data: QMimeData) -> tuple[str, tuple[int, ...]] | None:
    """The retrospective's UUID and the item ids, or None when the payload is not ours."""
    if not data.hasFormat(MIME_TYPE):
        return None
    try:
        payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode("utf-8"))
        retro = payload["retro"]
        items = tuple(payload["items"])
    except (ValueError, KeyError, TypeError):
        return None
    if not isinstance(retro, str) or not items or not all(
            isinstance(i, int) and not isinstance(i, bool) for i in items):
        return None
    return retro, items


def _wrapping() -> QTextOption:
    """Wrap at spaces; a word longer than the note breaks anywhere instead of being cut."""
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    option.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return option


def _shown(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\u2028")


def text_height(text: str, font: QFont, width: int) -> int:
    """The height of ``text`` wrapped like a note at ``width``."""
    layout = QTextLayout(_shown(text), font)
    layout.setTextOption(_wrapping())
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return math.ceil(height)


def describe_note(text: str, prompt: str | None) -> str:
    if prompt:
        return translate("RetroNote", "Beitrag zu „{prompt}“: {text}").format(
            prompt=prompt, text=text)
    return translate("RetroNote", "Beitrag: {text}").format(text=text)


class NoteDelegate(QStyledItemDelegate):
    """Paints an item as a sticky note: tinted paper, a stripe in the prompt's colour, the
    prompt's title small above the word-wrapped text, an optional badge (votes) on the right."""

    def __init__(self, theme: Callable[[], Theme], parent: QListView,
                 show_prompt: bool = True) -> None:
        super().__init__(parent)
        self.theme = theme
        self.show_prompt = show_prompt

    def _view(self) -> QListView:
        view = self.parent()
        assert isinstance(view, QListView)
        return view

    def _metrics(self, font: QFont) -> tuple[QFont, int, int, int]:
        theme = self.theme()
        small = QFont(font)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.78))
        small.setBold(True)
        return small, theme.px(12), theme.px(9), theme.px(7)

    def _text_width(self, width: int, font: QFont, has_badge: bool) -> int:
        _small, pad_x, _pad_y, stripe = self._metrics(font)
        badge = QFontMetrics(font).horizontalAdvance("● 00") + pad_x if has_badge else 0
        return max(40, width - stripe - 2 * pad_x - badge - 4)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        view = self._view()
        width = max(120, view.viewport().width() - 2 * view.spacing() - 2)
        font = option.font  # type: ignore[attr-defined]
        small, _pad_x, pad_y, _stripe = self._metrics(font)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        text_w = self._text_width(width, font, bool(index.data(BadgeRole)))
        height = text_height(text, font, text_w) + 2 * pad_y + 6
        if self.show_prompt and index.data(PromptRole):
            height += QFontMetrics(small).height() + 2
        return QSize(width, max(height, QFontMetrics(font).height() + 2 * pad_y + 6))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        theme = self.theme()
        font = option.font  # type: ignore[attr-defined]
        small, pad_x, pad_y, stripe_w = self._metrics(font)
        bg, fg, stripe = theme.note_colors(index.data(ColorRole))
        rect = QRectF(option.rect).adjusted(1, 3, -1, -3)  # type: ignore[attr-defined]
        radius = float(theme.px(6))
        state = option.state  # type: ignore[attr-defined]
        selected = bool(state & QStyle.StateFlag.State_Selected)
        focused = bool(state & QStyle.StateFlag.State_HasFocus)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(rect, radius, radius)
        if not theme.high_contrast:  # a soft shadow lifts the note off the page
            painter.fillPath(path.translated(0, 2), QColor(15, 23, 42, 28))
        painter.fillPath(path, bg)
        painter.save()
        painter.setClipPath(path)
        painter.fillRect(QRectF(rect.left(), rect.top(), stripe_w, rect.height()), stripe)
        painter.restore()
        if selected or focused:
            pen = QPen(QColor(theme.color("selection")), theme.px(3) if selected else 1.5)
            if not selected:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawPath(path)
        elif theme.high_contrast:
            painter.setPen(QPen(QColor("#8a8a8a"), 1))
            painter.drawPath(path)

        x = int(rect.left()) + stripe_w + pad_x
        y = int(rect.top()) + pad_y
        badge = str(index.data(BadgeRole) or "")
        text_w = self._text_width(int(rect.width()) + 2, font, bool(badge))
        prompt = index.data(PromptRole)
        if self.show_prompt and prompt:
            painter.setFont(small)
            painter.setPen(QColor("#e5e5e5") if theme.high_contrast else stripe.darker(115))
            fm = QFontMetrics(small)
            painter.drawText(QRect(x, y, text_w, fm.height()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             fm.elidedText(str(prompt), Qt.TextElideMode.ElideRight, text_w))
            y += fm.height() + 2
        painter.setFont(font)
        painter.setPen(fg)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.drawText(QRectF(x, y, text_w, rect.bottom() - y), _shown(text), _wrapping())
        if badge:
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(QColor(theme.color("text")) if theme.high_contrast else fg)
            painter.drawText(QRect(int(rect.right()) - pad_x - 200, int(rect.top()) + pad_y,
                                   200, QFontMetrics(bold).height()),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), badge)
        painter.restore()


class NoteList(QListView):
    """Notes of one place (a prompt, a group, the ungrouped ones, one person's sheet).

    Keys: the context-menu key or Shift+F10 asks for the menu (``context_requested``), Entf
    asks to delete (``delete_requested``).
    """

    #: item ids dropped onto this list
    items_dropped = Signal(list)
    #: global position for a context menu
    context_requested = Signal(QPoint)
    delete_requested = Signal()
    #: the list got the keyboard focus (pages remember the list the keys act on)
    focused = Signal()

    def __init__(self, theme: Callable[[], Theme], name: str, *, key: Any = None,
                 retro_uuid: str = "", draggable: bool = False, droppable: bool = False,
                 show_prompt: bool = True, fit: bool = False, placeholder: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        #: which place this list shows (e.g. a group id; None: the ungrouped notes)
        self.key = key
        self.retro_uuid = retro_uuid
        self.droppable = droppable
        self.fit = fit
        self.placeholder = placeholder
        self._drop_hover = False
        self.notes_model = QStandardItemModel(self)
        self.setModel(self.notes_model)
        self.setItemDelegate(NoteDelegate(theme, self, show_prompt))
        set_role(self, "notes")
        self.setAccessibleName(name)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection
                              if draggable else QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setSpacing(2)
        self.setMouseTracking(True)
        if fit:
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setDragEnabled(draggable)
        self.setAcceptDrops(droppable)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop if draggable or droppable
                             else QAbstractItemView.DragDropMode.NoDragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(
            lambda pos: self.context_requested.emit(self.viewport().mapToGlobal(pos)))

    # ------------------------------------------------------------------ content

    def set_notes(self, notes: Sequence[tuple[ItemInfo, PromptInfo | None]],
                  badges: dict[int, str] | None = None) -> None:
        """Show these notes; the selection stays on the same items where they remain."""
        selected = self.selected_ids()
        current = self.current_id()
        self.notes_model.clear()
        for item, prompt in notes:
            row = QStandardItem(item.text)
            row.setData(item.id, ItemIdRole)
            row.setData(prompt.color if prompt else None, ColorRole)
            row.setData(prompt.title if prompt else "", PromptRole)
            badge = (badges or {}).get(item.id, "")
            row.setData(badge, BadgeRole)
            described = describe_note(item.text, prompt.title if prompt else None)
            if badge:
                described += " · " + badge
            row.setData(described, Qt.ItemDataRole.AccessibleTextRole)
            row.setToolTip(described)
            row.setEditable(False)
            row.setDropEnabled(False)
            self.notes_model.appendRow(row)
        self.select_ids(selected, current=current)
        self.update_height()

    def item_ids(self) -> list[int]:
        return [int(self.notes_model.item(r).data(ItemIdRole))
                for r in range(self.notes_model.rowCount())]

    def texts(self) -> list[str]:
        return [self.notes_model.item(r).text() for r in range(self.notes_model.rowCount())]

    def current_id(self) -> int | None:
        index = self.currentIndex()
        return int(index.data(ItemIdRole)) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.selectionModel().selectedIndexes()})
        if not rows and self.currentIndex().isValid():
            rows = [self.currentIndex().row()]
        return [int(self.notes_model.item(r).data(ItemIdRole)) for r in rows]

    def select_ids(self, item_ids: Sequence[int], current: int | None = None) -> None:
        flags = QItemSelectionModel.SelectionFlag
        selection = self.selectionModel()
        selection.clearSelection()
        ids = self.item_ids()
        rows = [ids.index(i) for i in item_ids if i in ids]
        if current in ids:
            selection.setCurrentIndex(self.notes_model.index(ids.index(current), 0),
                                      flags.NoUpdate)
        for row in rows:
            selection.select(self.notes_model.index(row, 0), flags.Select)
        if rows and current not in ids:
            selection.setCurrentIndex(self.notes_model.index(rows[0], 0), flags.NoUpdate)

    def select_row(self, row: int) -> None:
        """Make ``row`` (clamped) the current, selected note."""
        count = self.notes_model.rowCount()
        if count == 0:
            return
        index = self.notes_model.index(max(0, min(row, count - 1)), 0)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    # ------------------------------------------------------------------ size

    def content_height(self) -> int:
        total = 0
        for row in range(self.notes_model.rowCount()):
            total += self.sizeHintForRow(row) + 2 * self.spacing()
        return total

    def update_height(self) -> None:
        if not self.fit:
            return
        minimum = QFontMetrics(self.font()).height() * 3
        self.setFixedHeight(max(minimum, self.content_height() + 6))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if self.fit and event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()
            self.update_height()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if self.notes_model.rowCount() or not self.placeholder:
            return
        painter = QPainter(self.viewport())
        theme = self.theme()
        rect = self.viewport().rect().adjusted(4, 4, -4, -4)
        pen = QPen(QColor(theme.color("primary" if self._drop_hover else "border")),
                   theme.px(2), Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRoundedRect(rect, theme.px(6), theme.px(6))
        painter.setPen(QColor(theme.color("hint")))
        painter.drawText(rect.adjusted(8, 4, -8, -4),
                         int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                         self.placeholder)
        painter.end()

    # ------------------------------------------------------------------ keys

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        super().focusInEvent(event)
        if not self.currentIndex().isValid() and self.notes_model.rowCount():
            self.select_row(0)
        self.focused.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key == Qt.Key.Key_Menu or (key == Qt.Key.Key_F10
                                      and mods == Qt.KeyboardModifier.ShiftModifier):
            rect = self.visualRect(self.currentIndex())
            point = rect.center() if rect.isValid() else QPoint(20, 20)
            self.context_requested.emit(self.viewport().mapToGlobal(point))
            event.accept()
            return
        if key == Qt.Key.Key_Delete and mods == Qt.KeyboardModifier.NoModifier \
                and self.currentIndex().isValid():
            self.delete_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------ drag and drop

    def startDrag(self, supported: Qt.DropAction) -> None:  # noqa: N802 - Qt API
        ids = self.selected_ids()
        if not ids:
            return
        drag = QDrag(self)
        drag.setMimeData(encode_items(self.retro_uuid, ids))
        index = self.currentIndex()
        if index.isValid():
            rect = self.visualRect(index)
            pixmap = QPixmap(rect.size())
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            option = QStyleOptionViewItem()
            self.initViewItemOption(option)
            option.rect = QRect(QPoint(0, 0), rect.size())  # type: ignore[attr-defined]
            self.itemDelegate().paint(painter, option, index)
            painter.end()
            drag.setPixmap(pixmap)
            drag.setHotSpot(QPoint(20, 12))
        drag.exec(Qt.DropAction.MoveAction)

    def _accepts(self, data: QMimeData) -> bool:
        payload = decode_items(data)
        return self.droppable and payload is not None and payload[0] == self.retro_uuid

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if self._accepts(event.mimeData()):
            self._drop_hover = True
            self.viewport().update()
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt API
        if self._accepts(event.mimeData()):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        self._drop_hover = False
        self.viewport().update()
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        self._drop_hover = False
        self.viewport().update()
        payload = decode_items(event.mimeData())
        if not self._accepts(event.mimeData()) or payload is None:
            event.ignore()
            return
        # Accept without letting Qt move rows: the change goes through the core.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.items_dropped.emit(list(payload[1]))


class DropZone(QFrame):
    """A place to drop notes that is not a list ("Neue Gruppe")."""

    items_dropped = Signal(list)

    def __init__(self, retro_uuid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.retro_uuid = retro_uuid
        set_role(self, "dropzone", "idle")
        self.setAcceptDrops(True)

    def _accepts(self, data: QMimeData) -> bool:
        payload = decode_items(data)
        return payload is not None and payload[0] == self.retro_uuid

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if self._accepts(event.mimeData()):
            set_role(self, "dropzone", "active")
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        set_role(self, "dropzone", "idle")
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        set_role(self, "dropzone", "idle")
        payload = decode_items(event.mimeData())
        if payload is None or payload[0] != self.retro_uuid:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.items_dropped.emit(list(payload[1]))


__all__ = [
    "MIME_TYPE",
    "BadgeRole",
    "ColorRole",
    "DropZone",
    "ItemIdRole",
    "NoteDelegate",
    "NoteList",
    "PromptRole",
    "decode_items",
    "describe_note",
    "encode_items",
]
