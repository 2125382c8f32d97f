"""The card editor: every field of one card, its checklist, comments and history.

Field edits on the "Details" tab are collected and saved together (only what changed) through
``on_save`` — the board wraps that in an undoable command — or, without ``on_save``, through
:func:`kimboard.core.ops.card_changes.apply_changes`. Checklist and comments are small,
separate things and are written at once through their own core operations.

All user text is shown as plain text: a title such as ``<img src=x>`` appears literally.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QSettings, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kimboard.core.boardview import BoardSnapshot
from kimboard.core.carddetails import CardDetails, CommentEntry, load_card_details
from kimboard.core.db import Database
from kimboard.core.errors import KimboardError
from kimboard.core.ops import cards as card_ops
from kimboard.core.ops.card_changes import apply_changes
from kimboard.ui.i18n import format_date, format_datetime, format_number
from kimboard.ui.widgets import buddy_label

# ``on_save(card_id, changes, expected_version)``; a false result keeps the dialog open.
OnSave = Callable[[int, dict[str, Any], int], Any]

_ID_ROLE = Qt.ItemDataRole.UserRole
# The estimate spin box's "keine" sits below zero, out of the valid range of the core.
_NO_ESTIMATE = -1.0
_ERROR_STYLE = "color: #b91c1c;"
_NOTE_STYLE = ("background: #fef3c7; color: #713f12; border: 1px solid #f59e0b;"
               "border-radius: 4px; padding: 6px;")


def _plain_label(text: str = "", *, wrap: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


def _swatch(color: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#374151"))
    painter.setBrush(QColor(color) if QColor(color).isValid() else QColor("#6b7280"))
    painter.drawRoundedRect(0.5, 0.5, size - 1, size - 1, 3, 3)
    painter.end()
    return QIcon(pixmap)


class EstimateSpinBox(QDoubleSpinBox):
    """Story points without needless zeros (3, 2,5); the lowest value means "keine"."""

    def textFromValue(self, value: float) -> str:  # noqa: N802 (Qt override)
        return format_number(round(value, 2))


class _KeyFilter(QObject):
    """Calls ``handler(event)`` for key presses of a widget; a true result eats the key."""

    def __init__(self, widget: QWidget, handler: Callable[[QKeyEvent], bool]) -> None:
        super().__init__(widget)
        self._handler = handler
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._handler(event)
        return False


def _is_enter(event: QKeyEvent) -> bool:
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class CardEditorDialog(QDialog):
    """Edit one card. Construct, then ``exec()``; see the module docstring for saving."""

    def __init__(self, db: Database, snapshot: BoardSnapshot, card_id: int,
                 parent: QWidget | None = None, on_save: OnSave | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.snapshot = snapshot
        self.card_id = card_id
        self.on_save = on_save
        with db.session() as s:
            # The card as it was when the dialog opened: the base of the changes and version.
            self.base: CardDetails = load_card_details(s, card_id)
        self.details = self.base
        self.read_only = not snapshot.site_is_local or self.base.archived
        self._populating = False
        self._editing_comment: CommentEntry | None = None

        self.setWindowTitle(self.tr("Karte #{number} – {title}").format(
            number=self.base.number, title=self.base.title))
        self.setAccessibleName(self.tr("Karte bearbeiten"))
        self.setSizeGripEnabled(True)
        self.setMinimumSize(600, 480)
        self.resize(720, 600)

        self._build_header()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Bereiche der Karte"))
        self.tabs.addTab(self._build_details_tab(), self.tr("&Details"))
        self.tabs.addTab(self._build_checklist_tab(), "")
        self.tabs.addTab(self._build_comments_tab(), "")
        self.tabs.addTab(self._build_history_tab(), self.tr("&Verlauf"))
        self._build_footer()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(10)
        layout.addLayout(self.header_layout)
        layout.addWidget(self.readonly_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self._fill_fields(self.base)
        self._fill_lists(self.details)
        self._set_tab_order()
        if self.read_only:
            self._make_read_only()
        self.title_edit.setFocus()

    # ------------------------------------------------------------------ building

    def _build_header(self) -> None:
        b = self.base
        self.number_label = _plain_label(f"#{b.number}")
        self.number_label.setStyleSheet(
            "background: #e5e7eb; color: #1f2937; border-radius: 4px; padding: 2px 6px;")
        self.number_label.setAccessibleName(self.tr("Kartennummer"))
        self.header_title = _plain_label(b.title, wrap=True)
        font = QFont(self.header_title.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setWeight(QFont.Weight.DemiBold)
        self.header_title.setFont(font)
        self.header_title.setAccessibleName(self.tr("Titel der Karte"))
        self.header_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header_info = _plain_label(
            self.tr("Board „{board}“ · Spalte „{column}“ · angelegt am {date}").format(
                board=b.board_name, column=b.column_name,
                date=format_date(b.created_at.astimezone().date())),
            wrap=True)
        self.header_info.setStyleSheet("color: #4b5563;")
        title_row = QHBoxLayout()
        title_row.setSpacing(8)
        title_row.addWidget(self.number_label, 0, Qt.AlignmentFlag.AlignTop)
        title_row.addWidget(self.header_title, 1)
        self.header_layout = QVBoxLayout()
        self.header_layout.setSpacing(2)
        self.header_layout.addLayout(title_row)
        self.header_layout.addWidget(self.header_info)

        self.readonly_label = _plain_label(wrap=True)
        self.readonly_label.setStyleSheet(_NOTE_STYLE)
        self.readonly_label.setAccessibleName(self.tr("Hinweis"))
        self.readonly_label.hide()

    def _build_details_tab(self) -> QWidget:
        page = QWidget()
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(500)
        self.title_edit.setAccessibleName(self.tr("Titel"))
        self.title_edit.returnPressed.connect(self.save)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setAccessibleName(self.tr("Beschreibung"))
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setPlaceholderText(
            self.tr("Worum geht es? Keine Namen oder Aktenzeichen von Kundinnen und Kunden."))
        self.description_edit.setMinimumHeight(70)

        self.priority_combo = QComboBox()
        self.priority_combo.setAccessibleName(self.tr("Priorität"))
        for value, text in ((0, self.tr("niedrig")), (1, self.tr("normal")),
                            (2, self.tr("hoch")), (3, self.tr("kritisch"))):
            self.priority_combo.addItem(text, value)

        self.due_edit = QDateEdit()
        self.due_edit.setAccessibleName(self.tr("Fällig am"))
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat(_date_format())
        self.due_edit.setMinimumDate(QDate(2000, 1, 1))
        self.no_due_check = QCheckBox(self.tr("ke&in Fälligkeitsdatum"))
        self.no_due_check.setAccessibleName(self.tr("kein Fälligkeitsdatum"))
        self.no_due_check.toggled.connect(self._update_enabled)

        self.estimate_spin = EstimateSpinBox()
        self.estimate_spin.setAccessibleName(self.tr("Schätzung in Punkten"))
        self.estimate_spin.setDecimals(2)
        self.estimate_spin.setRange(_NO_ESTIMATE, 1000)
        self.estimate_spin.setSingleStep(1)
        self.estimate_spin.setSpecialValueText(self.tr("keine"))
        self.estimate_spin.setSuffix(self.tr(" Punkte"))
        self.estimate_spin.setToolTip(self.tr("Story Points; ganz nach unten: keine Schätzung"))

        self.goal_combo = QComboBox()
        self.goal_combo.setAccessibleName(self.tr("Zielbereich"))
        self.goal_combo.addItem(self.tr("kein Zielbereich"), None)
        for area in self.snapshot.goal_areas:
            self.goal_combo.addItem(area.name, area.id)
        self.goal_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.goal_combo.setMinimumContentsLength(18)

        self.blocked_check = QCheckBox(self.tr("Bl&ockiert"))
        self.blocked_check.setAccessibleName(self.tr("Blockiert"))
        self.blocked_check.toggled.connect(self._update_enabled)
        self.reason_edit = QLineEdit()
        self.reason_edit.setAccessibleName(self.tr("Grund der Blockade"))
        self.reason_edit.setPlaceholderText(self.tr("Worauf wartet die Karte?"))
        self.reason_edit.setMaxLength(2000)

        self.labels_list = self._check_list(self.tr("Labels"))
        self.assignees_list = self._check_list(self.tr("Zuständige Teammitglieder"))
        self.partners_list = self._check_list(self.tr("Netzwerkpartner"))

        form = QGridLayout()
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(8)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        form.addWidget(buddy_label(self.tr("&Titel:"), self.title_edit), 0, 0)
        form.addWidget(self.title_edit, 0, 1, 1, 3)
        desc_label = buddy_label(self.tr("&Beschreibung:"), self.description_edit)
        form.addWidget(desc_label, 1, 0, Qt.AlignmentFlag.AlignTop)
        form.addWidget(self.description_edit, 1, 1, 1, 3)
        form.addWidget(buddy_label(self.tr("P&riorität:"), self.priority_combo), 2, 0)
        form.addWidget(self.priority_combo, 2, 1)
        due_row = QHBoxLayout()
        due_row.setSpacing(8)
        due_row.addWidget(self.due_edit, 1)
        due_row.addWidget(self.no_due_check)
        form.addWidget(buddy_label(self.tr("&Fällig am:"), self.due_edit), 2, 2)
        form.addLayout(due_row, 2, 3)
        form.addWidget(buddy_label(self.tr("&Schätzung:"), self.estimate_spin), 3, 0)
        form.addWidget(self.estimate_spin, 3, 1)
        form.addWidget(buddy_label(self.tr("Zi&elbereich:"), self.goal_combo), 3, 2)
        form.addWidget(self.goal_combo, 3, 3)
        form.addWidget(self.blocked_check, 4, 0)
        reason_row = QHBoxLayout()
        reason_row.setSpacing(8)
        reason_row.addWidget(buddy_label(self.tr("&Grund:"), self.reason_edit))
        reason_row.addWidget(self.reason_edit, 1)
        form.addLayout(reason_row, 4, 1, 1, 3)

        lists = QHBoxLayout()
        lists.setSpacing(10)
        for text, widget in ((self.tr("&Labels:"), self.labels_list),
                             (self.tr("&Zuständig:"), self.assignees_list),
                             (self.tr("&Netzwerkpartner:"), self.partners_list)):
            box = QVBoxLayout()
            box.setSpacing(4)
            box.addWidget(buddy_label(text, widget))
            box.addWidget(widget, 1)
            lists.addLayout(box, 1)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(12)
        form.setRowStretch(1, 1)
        layout.addLayout(form, 4)
        layout.addLayout(lists, 5)
        return page

    def _check_list(self, name: str) -> QListWidget:
        widget = QListWidget()
        widget.setAccessibleName(name)
        widget.setIconSize(QSize(14, 14))
        widget.setUniformItemSizes(True)
        widget.setMinimumHeight(90)
        widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Long names are elided (full name in the tooltip) instead of scrolling sideways.
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.setTextElideMode(Qt.TextElideMode.ElideRight)
        return widget

    def _build_checklist_tab(self) -> QWidget:
        page = QWidget()
        self.checklist_list = QListWidget()
        self.checklist_list.setAccessibleName(self.tr("Checkliste"))
        self.checklist_list.setAccessibleDescription(self.tr(
            "Leertaste hakt ab, F2 bearbeitet den Text, Entf löscht den Eintrag."))
        self.checklist_list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.checklist_list.itemChanged.connect(self._on_checklist_item_changed)
        self.checklist_list.currentRowChanged.connect(lambda _r: self._update_enabled())
        _KeyFilter(self.checklist_list, self._checklist_key)

        self.checklist_add_edit = QLineEdit()
        self.checklist_add_edit.setAccessibleName(self.tr("Neuer Checklisten-Eintrag"))
        self.checklist_add_edit.setPlaceholderText(self.tr("Eintrag eingeben und Enter drücken"))
        self.checklist_add_edit.setMaxLength(500)
        self.checklist_add_edit.returnPressed.connect(self.add_checklist_item)
        self.checklist_add_button = QPushButton(self.tr("&Hinzufügen"))
        self.checklist_add_button.setAccessibleName(self.tr("Eintrag hinzufügen"))
        self.checklist_add_button.clicked.connect(self.add_checklist_item)

        self.checklist_up_button = QPushButton(self.tr("Nach &oben"))
        self.checklist_up_button.setAccessibleName(self.tr("Eintrag nach oben"))
        self.checklist_up_button.clicked.connect(lambda: self.move_checklist_item(-1))
        self.checklist_down_button = QPushButton(self.tr("Nach &unten"))
        self.checklist_down_button.setAccessibleName(self.tr("Eintrag nach unten"))
        self.checklist_down_button.clicked.connect(lambda: self.move_checklist_item(1))
        self.checklist_edit_button = QPushButton(self.tr("&Bearbeiten"))
        self.checklist_edit_button.setAccessibleName(self.tr("Eintrag bearbeiten"))
        self.checklist_edit_button.clicked.connect(self._edit_checklist_text)
        self.checklist_delete_button = QPushButton(self.tr("&Löschen"))
        self.checklist_delete_button.setAccessibleName(self.tr("Eintrag löschen"))
        self.checklist_delete_button.clicked.connect(self.delete_checklist_item)

        side = QVBoxLayout()
        side.setSpacing(6)
        for button in (self.checklist_up_button, self.checklist_down_button,
                       self.checklist_edit_button, self.checklist_delete_button):
            side.addWidget(button)
        side.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.checklist_list, 1)
        top.addLayout(side)
        add_row = QHBoxLayout()
        add_row.setSpacing(8)
        add_row.addWidget(buddy_label(self.tr("Neuer &Eintrag:"), self.checklist_add_edit))
        add_row.addWidget(self.checklist_add_edit, 1)
        add_row.addWidget(self.checklist_add_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        layout.addLayout(top, 1)
        layout.addLayout(add_row)
        return page

    def _build_comments_tab(self) -> QWidget:
        page = QWidget()
        self.comments_list = QListWidget()
        self.comments_list.setAccessibleName(self.tr("Kommentare"))
        self.comments_list.setWordWrap(True)
        self.comments_list.setAlternatingRowColors(True)
        self.comments_list.setSpacing(2)
        self.comments_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.comments_list.currentRowChanged.connect(lambda _r: self._update_enabled())
        self.comment_edit_button = QPushButton(self.tr("Be&arbeiten"))
        self.comment_edit_button.setAccessibleName(self.tr("Kommentar bearbeiten"))
        self.comment_edit_button.clicked.connect(self.start_comment_edit)
        self.comment_delete_button = QPushButton(self.tr("&Löschen"))
        self.comment_delete_button.setAccessibleName(self.tr("Kommentar löschen"))
        self.comment_delete_button.clicked.connect(self.delete_comment)

        self.comment_author_combo = QComboBox()
        self.comment_author_combo.setAccessibleName(self.tr("Kommentar verfasst von"))
        self.comment_author_combo.addItem(self.tr("(ohne Namen)"), None)
        for member in self.snapshot.members:
            if member.active:
                self.comment_author_combo.addItem(member.display_name, member.id)
        remembered = QSettings().value(self._author_key())
        if remembered not in (None, ""):
            index = self.comment_author_combo.findData(int(remembered))
            if index >= 0:
                self.comment_author_combo.setCurrentIndex(index)
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setAccessibleName(self.tr("Neuer Kommentar"))
        self.comment_edit.setAccessibleDescription(self.tr("Strg+Enter sendet den Kommentar."))
        self.comment_edit.setPlaceholderText(self.tr("Kommentar schreiben … (Strg+Enter sendet)"))
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setFixedHeight(72)
        _KeyFilter(self.comment_edit, self._comment_key)
        self.comment_send_button = QPushButton(self.tr("&Senden"))
        self.comment_send_button.setAccessibleName(self.tr("Kommentar senden"))
        self.comment_send_button.setToolTip(self.tr("Kommentar senden (Strg+Enter)"))
        self.comment_send_button.clicked.connect(self.send_comment)
        self.comment_cancel_button = QPushButton(self.tr("Bearbeiten a&bbrechen"))
        self.comment_cancel_button.setAccessibleName(self.tr("Bearbeiten des Kommentars abbrechen"))
        self.comment_cancel_button.clicked.connect(self.cancel_comment_edit)
        self.comment_cancel_button.hide()

        side = QVBoxLayout()
        side.setSpacing(6)
        side.addWidget(self.comment_edit_button)
        side.addWidget(self.comment_delete_button)
        side.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.comments_list, 1)
        top.addLayout(side)
        self.comment_compose_label = buddy_label(self.tr("&Neuer Kommentar:"), self.comment_edit)
        author_row = QHBoxLayout()
        author_row.setSpacing(8)
        author_row.addWidget(self.comment_compose_label)
        author_row.addStretch(1)
        author_row.addWidget(buddy_label(self.tr("Ver&fasst von:"), self.comment_author_combo))
        author_row.addWidget(self.comment_author_combo)
        send_row = QHBoxLayout()
        send_row.addStretch(1)
        send_row.addWidget(self.comment_cancel_button)
        send_row.addWidget(self.comment_send_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(top, 1)
        layout.addLayout(author_row)
        layout.addWidget(self.comment_edit)
        layout.addLayout(send_row)
        return page

    def _build_history_tab(self) -> QWidget:
        page = QWidget()
        self.history_view = QTreeWidget()
        self.history_view.setAccessibleName(self.tr("Verlauf der Karte"))
        columns = [self.tr("Zeitpunkt"), self.tr("Wer"), self.tr("Was")]
        self.history_view.setHeaderLabels(columns)
        self.history_view.setRootIsDecorated(False)
        self.history_view.setAlternatingRowColors(True)
        self.history_view.setUniformRowHeights(True)
        self.history_view.setWordWrap(False)
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.history_view.header()
        header.setAccessibleName(", ".join(columns))  # a screen reader names the header row
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.history_view)
        return page

    def _build_footer(self) -> None:
        self.error_label = _plain_label(wrap=True)
        self.error_label.setStyleSheet(_ERROR_STYLE)
        self.error_label.setAccessibleName(self.tr("Fehlermeldung"))
        self.error_label.hide()
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Speichern"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setAccessibleName(self.tr("Speichern"))
        self.save_button.setToolTip(self.tr("Änderungen speichern (Strg+S)"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button = self.buttons.addButton(
            self.tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setAccessibleName(self.tr("Abbrechen"))
        self.cancel_button.clicked.connect(self.reject)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self.save)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.title_edit, self.description_edit, self.priority_combo, self.due_edit,
            self.no_due_check, self.estimate_spin, self.goal_combo, self.blocked_check,
            self.reason_edit, self.labels_list, self.assignees_list, self.partners_list,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        for chain in (
            [self.checklist_list, self.checklist_up_button, self.checklist_down_button,
             self.checklist_edit_button, self.checklist_delete_button,
             self.checklist_add_edit, self.checklist_add_button],
            [self.comments_list, self.comment_edit_button, self.comment_delete_button,
             self.comment_author_combo, self.comment_edit, self.comment_cancel_button,
             self.comment_send_button],
        ):
            for first, second in zip(chain, chain[1:], strict=False):
                QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------------ filling

    def _fill_fields(self, d: CardDetails) -> None:
        self._populating = True
        self.title_edit.setText(d.title)
        self.title_edit.setCursorPosition(0)
        self.description_edit.setPlainText(d.description)
        self.priority_combo.setCurrentIndex(max(0, self.priority_combo.findData(d.priority)))
        self.no_due_check.setChecked(d.due_date is None)
        due = d.due_date or dt.date.today()
        self.due_edit.setDate(QDate(due.year, due.month, due.day))
        self.estimate_spin.setValue(_NO_ESTIMATE if d.estimate is None else d.estimate)
        goal = self.goal_combo.findData(d.goal_area_id) if d.goal_area_id is not None else 0
        self.goal_combo.setCurrentIndex(max(0, goal))
        self.blocked_check.setChecked(d.blocked)
        self.reason_edit.setText(d.blocked_reason)

        self.labels_list.clear()
        for label in self.snapshot.labels:
            self._add_check_item(self.labels_list, label.name, label.id,
                                 label.id in d.label_ids, icon=_swatch(label.color))
        self.assignees_list.clear()
        for member in self.snapshot.members:
            if not member.active and member.id not in d.assignee_ids:
                continue
            text = member.display_name if member.active else self.tr("{name} (inaktiv)").format(
                name=member.display_name)
            item = self._add_check_item(self.assignees_list, text, member.id,
                                        member.id in d.assignee_ids)
            if member.role:
                item.setToolTip(f"{text} – {member.role}")
        self.partners_list.clear()
        for partner in self.snapshot.partners:
            self._add_check_item(self.partners_list, partner.name, partner.id,
                                 partner.id in d.partner_ids)
        for widget, empty in ((self.labels_list, self.tr("Dieses Board hat noch keine Labels.")),
                              (self.assignees_list, self.tr("Keine Teammitglieder angelegt.")),
                              (self.partners_list, self.tr("Keine Netzwerkpartner angelegt."))):
            widget.setToolTip(empty if widget.count() == 0 else "")
        self._populating = False
        self._update_enabled()

    def _add_check_item(self, widget: QListWidget, text: str, ident: int, checked: bool,
                        icon: QIcon | None = None) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setToolTip(text)
        if icon is not None:
            item.setIcon(icon)
        item.setData(_ID_ROLE, ident)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                      | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
        return item

    def _fill_lists(self, d: CardDetails, *, select_checklist: int | None = None,
                    select_comment: int | None = None) -> None:
        self._populating = True
        current = select_checklist if select_checklist is not None else self._current_id(
            self.checklist_list)
        self.checklist_list.clear()
        for entry in d.checklist:
            item = QListWidgetItem(entry.text)
            item.setData(_ID_ROLE, entry.id)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if not self.read_only:
                flags |= Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Checked if entry.done else Qt.CheckState.Unchecked)
            self.checklist_list.addItem(item)
        self._select_id(self.checklist_list, current)

        current = select_comment if select_comment is not None else self._current_id(
            self.comments_list)
        self.comments_list.clear()
        for comment in d.comments:
            author = comment.author_name or self.tr("ohne Namen")
            head = f"{author} · {format_datetime(comment.created_at)}"
            if comment.edited:
                head += self.tr(" (bearbeitet)")
            item = QListWidgetItem(f"{head}\n{comment.body}")
            item.setData(_ID_ROLE, comment.id)
            self.comments_list.addItem(item)
        self._select_id(self.comments_list, current)

        self.history_view.clear()
        for entry in d.history:
            item = QTreeWidgetItem(self.history_view, [
                format_datetime(entry.at), entry.actor_name or "—", entry.text])
            item.setToolTip(2, entry.text)
        self._populating = False

        done = sum(1 for e in d.checklist if e.done)
        self.tabs.setTabText(1, self.tr("&Checkliste ({done}/{total})").format(
            done=done, total=len(d.checklist)) if d.checklist else self.tr("&Checkliste"))
        self.tabs.setTabText(2, self.tr("&Kommentare ({n})").format(n=len(d.comments))
                             if d.comments else self.tr("&Kommentare"))
        self._update_enabled()

    @staticmethod
    def _current_id(widget: QListWidget) -> int | None:
        item = widget.currentItem()
        return None if item is None else int(item.data(_ID_ROLE))

    @staticmethod
    def _select_id(widget: QListWidget, ident: int | None) -> None:
        for row in range(widget.count()):
            if widget.item(row).data(_ID_ROLE) == ident:
                widget.setCurrentRow(row)
                return

    def _update_enabled(self) -> None:
        editable = not self.read_only
        self.due_edit.setEnabled(editable and not self.no_due_check.isChecked())
        self.reason_edit.setEnabled(editable and self.blocked_check.isChecked())
        row = self.checklist_list.currentRow()
        has_item = editable and row >= 0
        self.checklist_up_button.setEnabled(has_item and row > 0)
        self.checklist_down_button.setEnabled(
            has_item and row < self.checklist_list.count() - 1)
        self.checklist_edit_button.setEnabled(has_item)
        self.checklist_delete_button.setEnabled(has_item)
        has_comment = editable and self.comments_list.currentRow() >= 0
        self.comment_edit_button.setEnabled(has_comment and self._editing_comment is None)
        self.comment_delete_button.setEnabled(has_comment and self._editing_comment is None)

    def _make_read_only(self) -> None:
        if not self.snapshot.site_is_local:
            note = self.tr("Diese Karte stammt aus einem Paket einer anderen Dienststelle und "
                           "kann hier nur gelesen werden.")
        else:
            note = self.tr("Diese Karte ist archiviert und kann nur gelesen werden. Zum "
                           "Bearbeiten bitte zuerst im Archiv des Boards wiederherstellen.")
        self.readonly_label.setText(note)
        self.readonly_label.show()
        # Text stays readable and selectable (also for screen readers); the rest is disabled.
        for edit in (self.title_edit, self.reason_edit):
            edit.setReadOnly(True)
        self.reason_edit.setPlaceholderText("")
        self.description_edit.setPlaceholderText("")
        self.title_edit.returnPressed.disconnect(self.save)
        self.description_edit.setReadOnly(True)
        for widget in (self.priority_combo, self.due_edit, self.no_due_check,
                       self.estimate_spin, self.goal_combo, self.blocked_check,
                       self.checklist_add_edit, self.checklist_add_button,
                       self.comment_author_combo, self.comment_edit, self.comment_send_button):
            widget.setEnabled(False)
        for widget in (self.labels_list, self.assignees_list, self.partners_list):
            for row in range(widget.count()):
                item = widget.item(row)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
        self.save_button.hide()
        self.save_shortcut.setEnabled(False)
        self.cancel_button.setText(self.tr("Schließen"))
        self.cancel_button.setAccessibleName(self.tr("Schließen"))
        self._update_enabled()

    # ------------------------------------------------------------------ collecting changes

    def _checked_ids(self, widget: QListWidget, before: Sequence[int]) -> tuple[int, ...]:
        shown = set()
        checked = set()
        for row in range(widget.count()):
            item = widget.item(row)
            ident = int(item.data(_ID_ROLE))
            shown.add(ident)
            if item.checkState() == Qt.CheckState.Checked:
                checked.add(ident)
        # Links to things this dialog does not list (an archived partner …) stay as they are.
        return tuple(sorted(checked | (set(before) - shown)))

    def changes(self) -> dict[str, Any]:
        """Only the fields the user changed, in core types (see ``card_changes``)."""
        b = self.base
        out: dict[str, Any] = {}
        title = self.title_edit.text().strip()
        if title != b.title:
            out["title"] = title
        description = self.description_edit.toPlainText().strip()
        if description != b.description.strip():
            out["description"] = description
        priority = int(self.priority_combo.currentData())
        if priority != b.priority:
            out["priority"] = priority
        due: dt.date | None = None
        if not self.no_due_check.isChecked():
            due = self.due_edit.date().toPython()
        if due != b.due_date:
            out["due_date"] = due
        value = self.estimate_spin.value()
        estimate = None if value < 0 else round(float(value), 2)
        before = None if b.estimate is None else round(b.estimate, 2)
        if estimate != before:
            out["estimate"] = estimate
        blocked = self.blocked_check.isChecked()
        reason = self.reason_edit.text().strip()
        if blocked != b.blocked:
            out["blocked"] = blocked
            if blocked:
                out["blocked_reason"] = reason
        elif blocked and reason != b.blocked_reason:
            out["blocked_reason"] = reason
        goal = self.goal_combo.currentData()
        if goal != b.goal_area_id:
            out["goal_area_id"] = goal
        for key, widget, ids in (("label_ids", self.labels_list, b.label_ids),
                                 ("assignee_ids", self.assignees_list, b.assignee_ids),
                                 ("partner_ids", self.partners_list, b.partner_ids)):
            new = self._checked_ids(widget, ids)
            if new != tuple(sorted(ids)):
                out[key] = new
        return out

    def is_dirty(self) -> bool:
        return not self.read_only and bool(self.changes())

    # ------------------------------------------------------------------ saving and closing

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    def save(self) -> bool:
        """Save the changed fields and close; on an error stay open and say why.

        Nothing changed: the dialog closes without calling ``on_save``.
        """
        if self.read_only:
            return False
        changes = self.changes()
        if not changes:
            self.accept()
            return True
        if "title" in changes and not changes["title"]:
            self.tabs.setCurrentIndex(0)
            self.show_error(self.tr("Der Titel darf nicht leer sein."))
            self.title_edit.setFocus()
            return False
        try:
            if self.on_save is not None:
                ok = self.on_save(self.card_id, changes, self.base.version)
                if ok is False:
                    self.show_error(self.tr("Die Änderungen wurden nicht gespeichert. "
                                            "Die Eingaben bleiben erhalten."))
                    return False
            else:
                self.db.run(apply_changes, self.card_id, changes, self.base.version)
        except KimboardError as err:
            self.show_error(str(err))
            return False
        self.clear_error()
        self.accept()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        # QDialogButtonBox makes "Speichern" the default button when shown; Enter must not
        # press it from every field (the add fields use Enter themselves). The title field
        # saves with Enter through its own signal, Ctrl+S saves from anywhere.
        if _is_enter(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        if self.is_dirty() and not self._confirm_discard():
            return
        super().reject()

    def _confirm_discard(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Änderungen verwerfen?"),
                          self.tr("Die Änderungen an dieser Karte sind noch nicht gespeichert. "
                                  "Sollen sie verworfen werden?"),
                          QMessageBox.StandardButton.NoButton, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        discard = box.addButton(self.tr("Verwerfen"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Weiter bearbeiten"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is discard

    def _confirm(self, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Löschen"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Abbrechen"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    # ------------------------------------------------------------------ immediate operations

    def _run(self, op: Callable[..., Any], *args: Any, **kwargs: Any) -> Any | None:
        """Run one core operation now; on an error show it and return None."""
        try:
            result = self.db.run(op, *args, **kwargs)
        except KimboardError as err:
            self.show_error(str(err))
            return None
        self.clear_error()
        return result

    def reload(self, *, select_checklist: int | None = None,
               select_comment: int | None = None) -> None:
        """Re-read checklist, comments and history; unsaved field edits stay untouched."""
        try:
            with self.db.session() as s:
                self.details = load_card_details(s, self.card_id)
        except KimboardError as err:
            self.show_error(str(err))
            return
        self._fill_lists(self.details, select_checklist=select_checklist,
                         select_comment=select_comment)

    # checklist

    def add_checklist_item(self) -> None:
        text = self.checklist_add_edit.text()
        if self.read_only or not text.strip():
            return
        result = self._run(card_ops.add_checklist_item, self.card_id, text)
        if result is not None:
            self.checklist_add_edit.clear()
            self.reload(select_checklist=result.value.id)
            self.checklist_add_edit.setFocus()

    def _on_checklist_item_changed(self, item: QListWidgetItem) -> None:
        if self._populating or self.read_only:
            return
        ident = int(item.data(_ID_ROLE))
        entry = next((e for e in self.details.checklist if e.id == ident), None)
        if entry is None:
            return
        done = item.checkState() == Qt.CheckState.Checked
        text = item.text()
        kwargs: dict[str, Any] = {}
        if done != entry.done:
            kwargs["done"] = done
        if text.strip() != entry.text:
            kwargs["text"] = text
        if kwargs:
            self._run(card_ops.update_checklist_item, ident, **kwargs)
        self.reload(select_checklist=ident)  # also puts back a rejected (empty) text

    def _edit_checklist_text(self) -> None:
        item = self.checklist_list.currentItem()
        if item is not None and not self.read_only:
            self.checklist_list.editItem(item)

    def move_checklist_item(self, delta: int) -> None:
        row = self.checklist_list.currentRow()
        ident = self._current_id(self.checklist_list)
        target = row + delta
        if self.read_only or ident is None or not 0 <= target < self.checklist_list.count():
            return
        if self._run(card_ops.move_checklist_item, ident, target) is not None:
            self.reload(select_checklist=ident)
        self.checklist_list.setFocus()

    def delete_checklist_item(self) -> None:
        row = self.checklist_list.currentRow()
        ident = self._current_id(self.checklist_list)
        if self.read_only or ident is None:
            return
        if self._run(card_ops.delete_checklist_item, ident) is not None:
            rest = [e.id for e in self.details.checklist if e.id != ident]
            self.reload(select_checklist=rest[min(row, len(rest) - 1)] if rest else None)

    def _checklist_key(self, event: QKeyEvent) -> bool:
        if self.read_only or self.checklist_list.state() == \
                QAbstractItemView.State.EditingState:
            return False
        mods = event.modifiers()
        if event.key() == Qt.Key.Key_Delete and mods == Qt.KeyboardModifier.NoModifier:
            self.delete_checklist_item()
            return True
        if mods & Qt.KeyboardModifier.ControlModifier and event.key() in (Qt.Key.Key_Up,
                                                                          Qt.Key.Key_Down):
            self.move_checklist_item(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return False

    # comments

    def _author_key(self) -> str:
        return f"card_editor/comment_author/{self.snapshot.site_id}"

    def _comment_key(self, event: QKeyEvent) -> bool:
        if _is_enter(event) and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.send_comment()
            return True
        if event.key() == Qt.Key.Key_Escape and self._editing_comment is not None:
            self.cancel_comment_edit()
            return True
        return False

    def send_comment(self) -> None:
        body = self.comment_edit.toPlainText()
        if self.read_only:
            return
        if not body.strip():
            self.show_error(self.tr("Der Kommentar darf nicht leer sein."))
            return
        editing = self._editing_comment
        if editing is not None:
            result = self._run(card_ops.edit_comment, editing.id, body,
                               expected_version=editing.version)
        else:
            author = self.comment_author_combo.currentData()
            result = self._run(card_ops.add_comment, self.card_id, body, author_id=author)
            if result is not None:
                QSettings().setValue(self._author_key(), "" if author is None else author)
        if result is None:
            return  # the text stays for another try
        self._editing_comment = None
        self.comment_edit.clear()
        self._show_compose_mode()
        self.reload(select_comment=result.value.id)

    def start_comment_edit(self) -> None:
        ident = self._current_id(self.comments_list)
        entry = next((c for c in self.details.comments if c.id == ident), None)
        if entry is None or self.read_only:
            return
        self._editing_comment = entry
        self.comment_edit.setPlainText(entry.body)
        self._show_compose_mode()
        self.comment_edit.setFocus()

    def cancel_comment_edit(self) -> None:
        self._editing_comment = None
        self.comment_edit.clear()
        self._show_compose_mode()

    def _show_compose_mode(self) -> None:
        editing = self._editing_comment is not None
        self.comment_compose_label.setText(
            self.tr("Kommentar &ändern:") if editing else self.tr("&Neuer Kommentar:"))
        self.comment_edit.setAccessibleName(
            self.tr("Kommentar ändern") if editing else self.tr("Neuer Kommentar"))
        self.comment_send_button.setText(
            self.tr("Änderung &speichern") if editing else self.tr("&Senden"))
        self.comment_send_button.setAccessibleName(
            self.tr("Geänderten Kommentar speichern") if editing else self.tr("Kommentar senden"))
        self.comment_cancel_button.setVisible(editing)
        self.comment_author_combo.setEnabled(not editing and not self.read_only)
        self._update_enabled()

    def delete_comment(self) -> None:
        ident = self._current_id(self.comments_list)
        if self.read_only or ident is None:
            return
        if not self._confirm(self.tr("Kommentar löschen"),
                             self.tr("Soll dieser Kommentar gelöscht werden? Das kann nicht "
                                     "rückgängig gemacht werden.")):
            return
        if self._run(card_ops.delete_comment, ident) is not None:
            self.reload()


def _date_format() -> str:
    """The short date of the UI language with a four-digit year (German: dd.MM.yyyy)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")

