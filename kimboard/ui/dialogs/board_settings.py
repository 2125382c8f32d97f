"""Board settings: columns (meaning, WIP limit, order), swimlanes and labels.

Every change goes straight through one core operation; the dialog then re-reads the board
with :func:`~kimboard.core.boardview.load_board` and emits :attr:`BoardSettingsDialog.changed`
so the board behind it can refresh. Sub-dialogs run through :meth:`BoardSettingsDialog._exec`
and colours through :meth:`BoardSettingsDialog._pick_color`, which tests replace to answer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QIcon,
    QKeySequence,
    QPainter,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kimboard.core.boardview import BoardSnapshot, ColumnInfo, LabelInfo, SwimlaneInfo, load_board
from kimboard.core.db import Database
from kimboard.core.errors import KimboardError
from kimboard.core.models import Card, CardLabel, ColumnKind, WipMode
from kimboard.core.ops import OpResult, boards
from kimboard.ui.board.view import kind_name
from kimboard.ui.dialogs.settings import default_wip_mode
from kimboard.ui.i18n import format_count
from kimboard.ui.overview import counted
from kimboard.ui.widgets import ERROR_COLOR, MUTED_COLOR, ListTab, accepted, buddy_label, run_form

translate = QCoreApplication.translate


# --------------------------------------------------------------------------- wording

#: Column kinds in board order (their names: ``kind_name``).
KINDS: tuple[str, ...] = tuple(k.value for k in ColumnKind)

#: Named label colours (German names, translated where shown); each carries black or white
#: text at 4.5:1 or better.
PALETTE: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("LabelColor", "Blau"), "#1d4ed8"),
    (QT_TRANSLATE_NOOP("LabelColor", "Indigo"), "#4338ca"),
    (QT_TRANSLATE_NOOP("LabelColor", "Violett"), "#7e22ce"),
    (QT_TRANSLATE_NOOP("LabelColor", "Pink"), "#be185d"),
    (QT_TRANSLATE_NOOP("LabelColor", "Rot"), "#b91c1c"),
    (QT_TRANSLATE_NOOP("LabelColor", "Orange"), "#c2410c"),
    (QT_TRANSLATE_NOOP("LabelColor", "Ocker"), "#b45309"),
    (QT_TRANSLATE_NOOP("LabelColor", "Grün"), "#15803d"),
    (QT_TRANSLATE_NOOP("LabelColor", "Petrol"), "#0f766e"),
    (QT_TRANSLATE_NOOP("LabelColor", "Grau"), "#6b7280"),
    (QT_TRANSLATE_NOOP("LabelColor", "Gelb"), "#facc15"),
    (QT_TRANSLATE_NOOP("LabelColor", "Hellblau"), "#7dd3fc"),
)



def wip_text(column: ColumnInfo) -> str:
    """"3 (fest)", "5 (weich)" or "–"."""
    if column.wip_limit is None:
        return "–"
    if column.wip_mode == WipMode.HARD.value:
        text = translate("BoardSettings", "{limit} (fest)", "hard WIP limit")
    else:
        text = translate("BoardSettings", "{limit} (weich)", "soft WIP limit")
    return text.format(limit=format_count(column.wip_limit))


def color_name(color: str) -> str:
    """The palette name of a colour, else its hex code: colour is never shown alone."""
    for name, value in PALETTE:
        if value.lower() == color.lower():
            return translate("LabelColor", name)
    return translate("LabelColor", "Eigene Farbe {hex}").format(hex=color.lower())


def cards_text(n: int) -> str:
    return counted(n, translate("BoardSettings", "1 Karte"),
                   translate("BoardSettings", "{n} Karten"))


def swatch_icon(color: str, size: int = 16) -> QIcon:
    """A rounded colour square with a contrasting outline (works on light and dark rows)."""
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(color)
    painter.setPen(QPen(fill.darker(160), 1))
    painter.setBrush(fill)
    painter.drawRoundedRect(QRectF(1.5, 1.5, size - 3, size - 3), 3, 3)
    painter.end()
    return QIcon(pixmap)


def readable_text_on(color: QColor) -> QColor:
    from kimboard.ui.board.delegate import readable_text_on as impl

    return impl(color)


def show_message_box(parent: QWidget | None, text: str, title: str = "kimboard") -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def _error_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOR};")
    label.setAccessibleName(translate("BoardSettings", "Fehlermeldung"))
    label.hide()
    return label


def _buttons(ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    for which, text in ((QDialogButtonBox.StandardButton.Ok, ok_text),
                        (QDialogButtonBox.StandardButton.Cancel,
                         translate("BoardSettings", "Abbrechen"))):
        button = box.button(which)
        button.setText(text)
        button.setAccessibleName(text)
    return box


# --------------------------------------------------------------------------- usage counts


@dataclass
class Usage:
    """How many cards use each column, swimlane and label (archived ones included)."""

    column_cards: dict[int, int] = field(default_factory=dict)
    column_archived: dict[int, int] = field(default_factory=dict)
    lane_cards: dict[int, int] = field(default_factory=dict)
    label_cards: dict[int, int] = field(default_factory=dict)


def read_usage(session: Session, board_id: int) -> Usage:
    usage = Usage()
    archived = Card.archived_at.is_not(None)
    for column_id, is_archived, n in session.execute(
        select(Card.column_id, archived, func.count())
        .where(Card.board_id == board_id).group_by(Card.column_id, archived)
    ):
        target = usage.column_archived if is_archived else usage.column_cards
        target[column_id] = int(n)
    for lane_id, n in session.execute(
        select(Card.swimlane_id, func.count())
        .where(Card.board_id == board_id, Card.swimlane_id.is_not(None))
        .group_by(Card.swimlane_id)
    ):
        usage.lane_cards[lane_id] = int(n)
    for label_id, n in session.execute(
        select(CardLabel.label_id, func.count())
        .join(Card, Card.id == CardLabel.card_id)
        .where(Card.board_id == board_id).group_by(CardLabel.label_id)
    ):
        usage.label_cards[label_id] = int(n)
    return usage


# --------------------------------------------------------------------------- sub-dialogs


@dataclass(frozen=True)
class ColumnValues:
    name: str
    kind: str
    wip_limit: int | None
    wip_mode: str
    #: Where a new column goes (0 = leftmost); None when editing.
    position: int | None


class ColumnDialog(QDialog):
    """A new column (with its position) or the name, meaning and WIP limit of one."""

    def __init__(self, parent: QWidget | None = None, *, column: ColumnInfo | None = None,
                 columns: Sequence[ColumnInfo] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Spalte bearbeiten") if column else self.tr("Neue Spalte"))
        self.name_edit = QLineEdit(column.name if column else "")
        self.name_edit.setMaxLength(200)
        self.name_edit.setPlaceholderText(self.tr("z. B. Abstimmung mit Partnern"))
        self.name_edit.setAccessibleName(self.tr("Name der Spalte"))

        self.kind_combo = QComboBox()
        for kind in KINDS:
            self.kind_combo.addItem(kind_name(kind), kind)
        self.kind_combo.setCurrentIndex(
            self.kind_combo.findData(column.kind if column else ColumnKind.TODO.value))
        self.kind_combo.setAccessibleName(self.tr("Bedeutung der Spalte"))
        self.kind_combo.setToolTip(self.tr(
            "Die Bedeutung bestimmt, wie Auswertungen die Spalte zählen "
            "(Durchlaufzeit, Burndown, kumulativer Fluss)."))

        self.wip_spin = QSpinBox()
        self.wip_spin.setRange(0, 999)
        self.wip_spin.setSpecialValueText(self.tr("kein Limit"))
        self.wip_spin.setValue((column.wip_limit or 0) if column else 0)
        self.wip_spin.setAccessibleName(self.tr("WIP-Limit"))
        self.wip_spin.setAccessibleDescription(
            self.tr("Höchstzahl gleichzeitiger Karten in der Spalte; 0 heißt kein Limit."))

        self.wip_mode_combo = QComboBox()
        self.wip_mode_combo.addItem(self.tr("weich – warnt nur"), WipMode.SOFT.value)
        self.wip_mode_combo.addItem(self.tr("fest – nimmt keine weitere Karte an"),
                                    WipMode.HARD.value)
        self.wip_mode_combo.setCurrentIndex(self.wip_mode_combo.findData(
            column.wip_mode if column else default_wip_mode()))
        self.wip_mode_combo.setAccessibleName(self.tr("Art des WIP-Limits"))
        self.wip_spin.valueChanged.connect(
            lambda v: self.wip_mode_combo.setEnabled(v > 0))
        self.wip_mode_combo.setEnabled(self.wip_spin.value() > 0)

        self.position_combo: QComboBox | None = None
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Name:"), self.name_edit), self.name_edit)
        form.addRow(buddy_label(self.tr("&Bedeutung:"), self.kind_combo), self.kind_combo)
        form.addRow(buddy_label(self.tr("&WIP-Limit:"), self.wip_spin), self.wip_spin)
        form.addRow(buddy_label(self.tr("&Art des Limits:"), self.wip_mode_combo),
                    self.wip_mode_combo)
        if column is None:
            combo = QComboBox()
            names = [c.name for c in columns]
            for i in range(len(names) + 1):
                if not names:
                    text = self.tr("Erste Spalte")
                elif i == 0:
                    text = self.tr("Ganz links, vor „{a}“").format(a=names[0])
                elif i == len(names):
                    text = self.tr("Ganz rechts, nach „{a}“").format(a=names[-1])
                else:
                    text = self.tr("Zwischen „{a}“ und „{b}“").format(
                        a=names[i - 1], b=names[i])
                combo.addItem(text, i)
            combo.setCurrentIndex(len(names))
            combo.setAccessibleName(self.tr("Position der neuen Spalte"))
            form.addRow(buddy_label(self.tr("&Position:"), combo), combo)
            self.position_combo = combo
        hint = QLabel(self.tr(
            "Ein weiches Limit warnt beim Überschreiten, ein festes lässt keine weitere "
            "Karte in die Spalte."))
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {MUTED_COLOR};")
        self.error_label = _error_label()
        buttons = _buttons(self.tr("Speichern") if column else self.tr("Anlegen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.name_edit.setFocus()

    def values(self) -> ColumnValues:
        limit = self.wip_spin.value() or None
        return ColumnValues(
            name=self.name_edit.text(),
            kind=str(self.kind_combo.currentData()),
            wip_limit=limit,
            wip_mode=str(self.wip_mode_combo.currentData()),
            position=None if self.position_combo is None
            else int(self.position_combo.currentData()),
        )

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()


class NameDialog(QDialog):
    """One name (a swimlane's)."""

    def __init__(self, parent: QWidget | None, *, title: str, label: str, accessible_name: str,
                 name: str = "", ok_text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.name_edit = QLineEdit(name)
        self.name_edit.setMaxLength(200)
        self.name_edit.setAccessibleName(accessible_name)
        self.name_edit.selectAll()
        self.error_label = _error_label()
        form = QFormLayout()
        form.addRow(buddy_label(label, self.name_edit), self.name_edit)
        buttons = _buttons(ok_text or self.tr("Speichern"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(400)

    def values(self) -> str:
        return self.name_edit.text()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()


class ColorChooser(QWidget):
    """The palette in a combo box (each colour with a swatch and its name — colour is never
    shown alone) and a button for any other colour."""

    changed = Signal()

    def __init__(self, color: str, *, accessible_name: str, button_text: str,
                 button_name: str, dialog_title: str,
                 pick_color: Callable[[str], str | None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pick_color = pick_color or (lambda c: pick_color_with_dialog(
            c, self.window(), dialog_title))
        self.combo = QComboBox()
        self.combo.setAccessibleName(accessible_name)
        for _name, value in PALETTE:
            self.combo.addItem(swatch_icon(value), color_name(value), value)
        self.button = QPushButton(button_text)
        self.button.setAccessibleName(button_name)
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo, 1)
        row.addWidget(self.button)
        self.set_color(color)
        self.combo.currentIndexChanged.connect(self.changed)

    def set_color(self, color: str) -> None:
        color = color.lower()
        index = self.combo.findData(color)
        if index < 0:
            self.combo.addItem(swatch_icon(color), color_name(color), color)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)

    def color(self) -> str:
        return str(self.combo.currentData())

    def choose(self) -> None:
        chosen = self._pick_color(self.color())
        if chosen:
            self.set_color(chosen)


class LabelDialog(QDialog):
    """Name and colour of a label, with a preview of the chip the board paints."""

    def __init__(self, parent: QWidget | None = None, *, name: str = "",
                 color: str = PALETTE[0][1], editing: bool = False,
                 pick_color: Callable[[str], str | None] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Label bearbeiten") if editing else self.tr("Neues Label"))
        self.name_edit = QLineEdit(name)
        self.name_edit.setMaxLength(100)
        self.name_edit.setPlaceholderText(self.tr("z. B. Eilt"))
        self.name_edit.setAccessibleName(self.tr("Name des Labels"))
        self.chooser = ColorChooser(
            color, accessible_name=self.tr("Farbe des Labels"),
            button_text=self.tr("&Andere Farbe …"), button_name=self.tr("Andere Farbe wählen"),
            dialog_title=self.tr("Farbe des Labels"), pick_color=pick_color)
        self.color_combo, self.custom_button = self.chooser.combo, self.chooser.button
        self.preview = QLabel()
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setAccessibleName(self.tr("Vorschau des Labels"))
        self.name_edit.textChanged.connect(self._update_preview)
        self.chooser.changed.connect(self._update_preview)

        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Name:"), self.name_edit), self.name_edit)
        form.addRow(buddy_label(self.tr("&Farbe:"), self.color_combo), self.chooser)
        preview_row = QHBoxLayout()
        preview_row.addWidget(self.preview)
        preview_row.addStretch(1)
        form.addRow(self.tr("Vorschau:"), preview_row)
        self.error_label = _error_label()
        buttons = _buttons(self.tr("Speichern") if editing else self.tr("Anlegen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self._update_preview()
        self.name_edit.setFocus()

    def set_color(self, color: str) -> None:
        self.chooser.set_color(color)

    def color(self) -> str:
        return self.chooser.color()

    def _update_preview(self) -> None:
        color = QColor(self.color())
        text = readable_text_on(color).name()
        self.preview.setText(self.name_edit.text().strip() or self.tr("Label"))
        self.preview.setStyleSheet(
            f"background: {color.name()}; color: {text}; border-radius: 9px; "
            "padding: 2px 10px;")

    def values(self) -> tuple[str, str]:
        return self.name_edit.text(), self.color()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()


def pick_color_with_dialog(initial: str, parent: QWidget | None = None,
                            title: str | None = None) -> str | None:
    color = QColorDialog.getColor(QColor(initial), parent,
                                  title or translate("BoardSettings", "Farbe des Labels"))
    return color.name() if color.isValid() else None


class MoveCardsDialog(QDialog):
    """Before a column with cards is deleted: where its cards go."""

    def __init__(self, parent: QWidget | None, column: ColumnInfo, count: int, archived: int,
                 targets: Sequence[ColumnInfo], default_target: int | None = None) -> None:
        super().__init__(parent)
        self._column = column
        self._count = count
        self._archived = archived
        self.setWindowTitle(self.tr("Spalte löschen"))
        self.target_combo = QComboBox()
        for target in targets:
            self.target_combo.addItem(target.name, target.id)
        if default_target is not None:
            self.target_combo.setCurrentIndex(max(0, self.target_combo.findData(default_target)))
        self.target_combo.setAccessibleName(self.tr("Zielspalte für die Karten"))
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Was mit den Karten geschieht"))
        self.target_combo.currentIndexChanged.connect(self._update_message)
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("Karten verschieben &nach:"), self.target_combo),
                    self.target_combo)
        buttons = _buttons(self.tr("Spalte löschen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self._update_message()
        self.target_combo.setFocus()

    def target_id(self) -> int | None:
        data = self.target_combo.currentData()
        return int(data) if data is not None else None

    def message_text(self) -> str:
        target = self.target_combo.currentText()
        if self._count == 1:
            text = self.tr("Die Karte der Spalte „{x}“ wird nach „{y}“ verschoben.")
        else:
            text = self.tr("Die {n} Karten der Spalte „{x}“ werden nach „{y}“ verschoben.")
        text = text.format(n=format_count(self._count), x=self._column.name, y=target)
        if self._archived:
            text += " " + self.tr("Archivierte Karten sind mitgezählt ({m}).").format(
                m=format_count(self._archived))
        return text + " " + self.tr("Danach wird die Spalte gelöscht.")

    def _update_message(self) -> None:
        self.message.setText(self.message_text())


# --------------------------------------------------------------------------- the dialog


class _ListTab(ListTab):
    """The shared list with buttons; the last column is a card count (right-aligned)."""

    def __init__(self, intro: str, buddy_text: str, headers: Sequence[str],
                 list_name: str) -> None:
        super().__init__(intro, buddy_text, headers, list_name,
                         header_name=translate("BoardSettings", "Spaltenköpfe der Liste"))
        self.tree.setIconSize(QSize(16, 16))
        self._count_column = len(headers) - 1
        self.tree.headerItem().setTextAlignment(
            self._count_column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def fill(self, rows: Sequence[tuple[int, Sequence[str], QIcon | None]],  # type: ignore[override]
             select_id: int | None) -> None:
        super().fill(rows, select_id, right_aligned=(self._count_column,))


class BoardSettingsDialog(QDialog):
    """Columns, swimlanes and labels of one board; each change is saved at once."""

    #: Emitted after every applied change, so the board can refresh.
    changed = Signal()

    def __init__(self, db: Database, board_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.board_id = board_id
        self.snapshot: BoardSnapshot | None = None
        self.usage = Usage()
        self.setWindowTitle(self.tr("Board-Einstellungen"))

        self.title_label = QLabel()
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.subtitle_label = QLabel()
        self.subtitle_label.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle_label.setStyleSheet(f"color: {MUTED_COLOR};")

        self.tabs = QTabWidget()
        self.tabs.tabBar().setAccessibleName(self.tr("Bereiche der Board-Einstellungen"))
        self._build_columns_tab()
        self._build_lanes_tab()
        self._build_labels_tab()

        self.message_label = QLabel()
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Meldung"))
        self.message_label.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Schließen"))
        close.setAccessibleName(self.tr("Board-Einstellungen schließen"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.resize(760, 520)
        self.reload()
        self.columns_tab.tree.setFocus()

    # ------------------------------------------------------------------ building

    def _build_columns_tab(self) -> None:
        tab = _ListTab(
            self.tr("Die Spalten des Boards von links nach rechts. Die Bedeutung zählt für "
                    "Auswertungen; ein WIP-Limit begrenzt, wie viele Karten gleichzeitig in "
                    "der Spalte sein dürfen. Änderungen werden sofort gespeichert."),
            self.tr("Spal&ten (von links nach rechts):"),
            (self.tr("Spalte"), self.tr("Bedeutung"), self.tr("WIP-Limit"), self.tr("Karten")),
            self.tr("Spalten des Boards"))
        self.columns_tab = tab
        self.columns_list = tab.tree
        self.column_add_button = tab.button(
            self.tr("&Hinzufügen …"), self.tr("Spalte hinzufügen"), self.add_column,
            self.tr("Neue Spalte anlegen (Einfg)"))
        self.column_edit_button = tab.button(
            self.tr("&Bearbeiten …"), self.tr("Spalte bearbeiten"), self.edit_column,
            self.tr("Name, Bedeutung und WIP-Limit ändern (F2)"))
        self.column_left_button = tab.button(
            self.tr("Nach l&inks"), self.tr("Spalte nach links verschieben"),
            lambda: self.move_column(-1), self.tr("Strg+Pfeil hoch in der Liste"))
        self.column_right_button = tab.button(
            self.tr("Nach &rechts"), self.tr("Spalte nach rechts verschieben"),
            lambda: self.move_column(+1), self.tr("Strg+Pfeil runter in der Liste"))
        self.column_delete_button = tab.button(
            self.tr("&Löschen …"), self.tr("Spalte löschen"), self.delete_column,
            self.tr("Spalte löschen; ihre Karten kommen in eine andere Spalte (Entf)"))
        tab.buttons.addStretch(1)
        tab.shortcut(["Ctrl+Up", "Alt+Up", "Ctrl+Left", "Alt+Left"],
                     lambda: self.move_column(-1))
        tab.shortcut(["Ctrl+Down", "Alt+Down", "Ctrl+Right", "Alt+Right"],
                     lambda: self.move_column(+1))
        tab.shortcut([QKeySequence.StandardKey.Delete], self.delete_column)
        tab.shortcut(["F2"], self.edit_column)
        tab.shortcut(["Ins"], self.add_column)
        tab.tree.itemActivated.connect(lambda *_: self.edit_column())
        tab.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tabs.addTab(tab, self.tr("&Spalten"))

    def _build_lanes_tab(self) -> None:
        tab = _ListTab(
            self.tr("Swimlanes teilen das Board in Zeilen, z. B. nach Servicebereich. "
                    "Ein Board ohne Swimlanes zeigt alle Karten in einer Zeile."),
            self.tr("Swimlanes (von oben nach un&ten):"),
            (self.tr("Swimlane"), self.tr("Karten")),
            self.tr("Swimlanes des Boards"))
        self.lanes_tab = tab
        self.lanes_list = tab.tree
        self.lane_add_button = tab.button(
            self.tr("&Hinzufügen …"), self.tr("Swimlane hinzufügen"), self.add_lane,
            self.tr("Neue Swimlane anlegen (Einfg)"))
        self.lane_rename_button = tab.button(
            self.tr("&Umbenennen …"), self.tr("Swimlane umbenennen"), self.rename_lane,
            self.tr("F2"))
        self.lane_up_button = tab.button(
            self.tr("Nach &oben"), self.tr("Swimlane nach oben verschieben"),
            lambda: self.move_lane(-1), self.tr("Strg+Pfeil hoch in der Liste"))
        self.lane_down_button = tab.button(
            self.tr("Nach u&nten"), self.tr("Swimlane nach unten verschieben"),
            lambda: self.move_lane(+1), self.tr("Strg+Pfeil runter in der Liste"))
        self.lane_delete_button = tab.button(
            self.tr("&Löschen …"), self.tr("Swimlane löschen"), self.delete_lane,
            self.tr("Die Karten bleiben auf dem Board (Entf)"))
        tab.buttons.addStretch(1)
        tab.shortcut(["Ctrl+Up", "Alt+Up"], lambda: self.move_lane(-1))
        tab.shortcut(["Ctrl+Down", "Alt+Down"], lambda: self.move_lane(+1))
        tab.shortcut([QKeySequence.StandardKey.Delete], self.delete_lane)
        tab.shortcut(["F2"], self.rename_lane)
        tab.shortcut(["Ins"], self.add_lane)
        tab.tree.itemActivated.connect(lambda *_: self.rename_lane())
        tab.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tabs.addTab(tab, self.tr("S&wimlanes"))

    def _build_labels_tab(self) -> None:
        tab = _ListTab(
            self.tr("Labels markieren Karten, z. B. „Eilt“ oder „Rückfrage“. Jedes Label "
                    "hat einen Namen und eine Farbe; auf den Karten steht immer der Name."),
            self.tr("Labels (alphabe&tisch):"),
            (self.tr("Label"), self.tr("Farbe"), self.tr("Karten")),
            self.tr("Labels des Boards"))
        self.labels_tab = tab
        self.labels_list = tab.tree
        self.label_add_button = tab.button(
            self.tr("&Hinzufügen …"), self.tr("Label hinzufügen"), self.add_label,
            self.tr("Neues Label anlegen (Einfg)"))
        self.label_edit_button = tab.button(
            self.tr("&Bearbeiten …"), self.tr("Label umbenennen oder Farbe ändern"),
            self.edit_label, self.tr("Name und Farbe ändern (F2)"))
        self.label_delete_button = tab.button(
            self.tr("&Löschen …"), self.tr("Label löschen"), self.delete_label,
            self.tr("Das Label wird von allen Karten entfernt (Entf)"))
        tab.buttons.addStretch(1)
        tab.shortcut([QKeySequence.StandardKey.Delete], self.delete_label)
        tab.shortcut(["F2"], self.edit_label)
        tab.shortcut(["Ins"], self.add_label)
        tab.tree.itemActivated.connect(lambda *_: self.edit_label())
        tab.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tabs.addTab(tab, self.tr("L&abels"))

    # ------------------------------------------------------------------ data

    def reload(self) -> None:
        """Re-read the board; keep the selection of each list where it still exists."""
        try:
            with self.db.session() as s:
                snap = load_board(s, self.board_id)
                usage = read_usage(s, self.board_id)
        except KimboardError as err:
            self.show_message(str(err), error=True)
            return
        self.snapshot, self.usage = snap, usage
        mode = self.tr("Scrum-Board") if snap.mode == "scrum" else self.tr("Kanban-Board")
        self.title_label.setText(snap.name)
        self.subtitle_label.setText(f"{mode} · {snap.site_name}")
        self.setWindowTitle(self.tr("Board-Einstellungen – {name}").format(name=snap.name))
        self.columns_tab.fill([
            (c.id, (c.name, kind_name(c.kind), wip_text(c),
                    format_count(usage.column_cards.get(c.id, 0))), None)
            for c in snap.columns
        ], self.columns_tab.current_id())
        self.lanes_tab.fill([
            (lane.id, (lane.name, format_count(usage.lane_cards.get(lane.id, 0))), None)
            for lane in snap.swimlanes
        ], self.lanes_tab.current_id())
        self.labels_tab.fill([
            (lb.id, (lb.name, color_name(lb.color),
                       format_count(usage.label_cards.get(lb.id, 0))),
             swatch_icon(lb.color))
            for lb in snap.labels
        ], self.labels_tab.current_id())
        self._update_buttons()
        if not snap.site_is_local:
            self.show_message(self.tr(
                "Dieses Board gehört zu einer importierten Dienststelle und kann hier nur "
                "angesehen werden."))

    @property
    def read_only(self) -> bool:
        return self.snapshot is None or not self.snapshot.site_is_local

    def _update_buttons(self) -> None:
        snap = self.snapshot
        writable = not self.read_only
        cols = list(snap.columns) if snap else []
        col = self._column(self.columns_tab.current_id())
        index = cols.index(col) if col in cols else -1
        self.column_add_button.setEnabled(writable)
        self.column_edit_button.setEnabled(writable and col is not None)
        self.column_left_button.setEnabled(writable and index > 0)
        self.column_right_button.setEnabled(writable and 0 <= index < len(cols) - 1)
        self.column_delete_button.setEnabled(writable and col is not None)
        lanes = list(snap.swimlanes) if snap else []
        lane = self._lane(self.lanes_tab.current_id())
        index = lanes.index(lane) if lane in lanes else -1
        self.lane_add_button.setEnabled(writable)
        self.lane_rename_button.setEnabled(writable and lane is not None)
        self.lane_up_button.setEnabled(writable and index > 0)
        self.lane_down_button.setEnabled(writable and 0 <= index < len(lanes) - 1)
        self.lane_delete_button.setEnabled(writable and lane is not None)
        label = self._label(self.labels_tab.current_id())
        self.label_add_button.setEnabled(writable)
        self.label_edit_button.setEnabled(writable and label is not None)
        self.label_delete_button.setEnabled(writable and label is not None)

    def _column(self, column_id: int | None) -> ColumnInfo | None:
        snap = self.snapshot
        return next((c for c in snap.columns if c.id == column_id), None) if snap else None

    def _lane(self, lane_id: int | None) -> SwimlaneInfo | None:
        snap = self.snapshot
        return next((s for s in snap.swimlanes if s.id == lane_id), None) if snap else None

    def _label(self, label_id: int | None) -> LabelInfo | None:
        snap = self.snapshot
        return next((lb for lb in snap.labels if lb.id == label_id), None) if snap else None

    @staticmethod
    def _neighbour(items: Sequence[Any], item: Any) -> int | None:
        """The id to select once ``item`` is gone: the next one, else the previous one."""
        i = list(items).index(item)
        rest = list(items[i + 1:]) + list(reversed(items[:i]))
        return rest[0].id if rest else None

    def _select(self, tab: _ListTab, item_id: int | None) -> None:
        if item_id is None:
            return
        for i in range(tab.tree.topLevelItemCount()):
            item = tab.tree.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == item_id:
                tab.tree.setCurrentItem(item)
                item.setSelected(True)
                return

    # ------------------------------------------------------------------ applying

    def apply(self, op: Callable[..., OpResult[Any]], /, *args: Any,
              done: str = "", **kwargs: Any) -> OpResult[Any] | None:
        """Run one core operation; show its German error or ``done``; reload and signal."""
        try:
            result = self.db.run(op, *args, **kwargs)
        except KimboardError as err:
            self.show_message(str(err), error=True)
            return None
        self.reload()
        if result.warning:
            self.show_message(result.warning)
        elif done:
            self.show_message(done)
        self.changed.emit()
        return result

    def show_message(self, text: str, *, error: bool = False) -> None:
        """A line under the tabs: what just happened, or why it did not (red)."""
        if error:
            style = (f"color: {ERROR_COLOR}; background: #fef2f2; border: 1px solid #fecaca;")
            self.message_label.setAccessibleName(self.tr("Fehlermeldung"))
        else:
            style = "color: #14532d; background: #f0fdf4; border: 1px solid #bbf7d0;"
            self.message_label.setAccessibleName(self.tr("Meldung"))
        self.message_label.setStyleSheet(
            f"QLabel {{ {style} border-radius: 4px; padding: 6px 8px; }}")
        self.message_label.setText(text)
        self.message_label.show()
        QAccessible.updateAccessibility(
            QAccessibleEvent(self.message_label, QAccessible.Event.Alert))

    def clear_message(self) -> None:
        self.message_label.clear()
        self.message_label.hide()

    # Hooks that open modal windows, so tests can answer them.

    def _exec(self, dialog: QDialog) -> bool:
        """Run a sub-dialog; True when the user accepted (tests replace this)."""
        return accepted(dialog)

    def _pick_color(self, initial: str) -> str | None:
        return pick_color_with_dialog(initial, self)

    def _confirm(self, title: str, text: str, action: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.NoButton, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        yes.setAccessibleName(action)
        cancel = box.addButton(self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        try:
            return self._exec(box)
        finally:
            box.deleteLater()

    def _ask_target_column(self, column: ColumnInfo, count: int, archived: int
                           ) -> int | None:
        """Which column gets the cards of ``column``; None when the user cancels."""
        assert self.snapshot is not None
        cols = list(self.snapshot.columns)
        others = [c for c in cols if c.id != column.id]
        i = cols.index(column)
        neighbour = cols[i - 1] if i > 0 else cols[i + 1]
        dialog = MoveCardsDialog(self, column, count, archived, others, neighbour.id)
        try:
            return dialog.target_id() if self._exec(dialog) else None
        finally:
            dialog.deleteLater()

    def _run_form(self, dialog: ColumnDialog | NameDialog | LabelDialog,
                  submit: Callable[[Any], OpResult[Any] | None]) -> OpResult[Any] | None:
        """Show ``dialog`` until ``submit`` succeeds or the user cancels."""
        try:
            return run_form(dialog, submit, self._exec)
        finally:
            dialog.deleteLater()

    def _submit(self, op: Callable[..., OpResult[Any]], *args: Any, done: str = "",
                **kwargs: Any) -> OpResult[Any]:
        """Like :meth:`apply`, but errors go back to the form that asked."""
        result = self.db.run(op, *args, **kwargs)
        self.reload()
        if result.warning or done:
            self.show_message(result.warning or done)
        self.changed.emit()
        return result

    # ------------------------------------------------------------------ columns

    def add_column(self) -> None:
        if self.read_only or self.snapshot is None:
            return
        self.tabs.setCurrentWidget(self.columns_tab)
        dialog = ColumnDialog(self, columns=self.snapshot.columns)

        def submit(v: ColumnValues) -> OpResult[Any]:
            return self._submit(boards.add_column, self.board_id, v.name, v.kind,
                                position=v.position, wip_limit=v.wip_limit,
                                wip_mode=v.wip_mode,
                                done=self.tr("Spalte „{x}“ angelegt.").format(
                                    x=v.name.strip()))

        result = self._run_form(dialog, submit)
        if result is not None:
            self._select(self.columns_tab, result.value.id)
            self._update_buttons()
        self.columns_list.setFocus()

    def edit_column(self) -> None:
        col = self._column(self.columns_tab.current_id())
        if self.read_only or col is None:
            return
        dialog = ColumnDialog(self, column=col)

        def submit(v: ColumnValues) -> OpResult[Any]:
            count = self.usage.column_cards.get(col.id, 0)
            done = self.tr("Spalte „{x}“ gespeichert.").format(x=v.name.strip())
            if v.wip_limit is not None and count > v.wip_limit:
                done += " " + self.tr(
                    "Sie enthält schon {n} Karten – mehr als das WIP-Limit {m}.").format(
                    n=format_count(count), m=format_count(v.wip_limit))
            return self._submit(boards.update_column, col.id, name=v.name, kind=v.kind,
                                wip_limit=v.wip_limit, wip_mode=v.wip_mode,
                                expected_version=col.version, done=done)

        self._run_form(dialog, submit)
        self.columns_list.setFocus()

    def move_column(self, step: int) -> None:
        snap = self.snapshot
        col = self._column(self.columns_tab.current_id())
        if self.read_only or snap is None or col is None:
            return
        index = list(snap.columns).index(col) + step
        if not 0 <= index < len(snap.columns):
            return
        self.apply(boards.move_column, col.id, index,
                   done=self.tr("Spalte „{x}“ verschoben.").format(x=col.name))
        self._select(self.columns_tab, col.id)
        self._update_buttons()
        self.columns_list.setFocus()

    def delete_column(self) -> None:
        snap = self.snapshot
        col = self._column(self.columns_tab.current_id())
        if self.read_only or snap is None or col is None:
            return
        if len(snap.columns) <= 1:
            self.show_message(self.tr(
                "Die letzte Spalte kann nicht gelöscht werden: ein Board braucht mindestens "
                "eine Spalte."), error=True)
            return
        active = self.usage.column_cards.get(col.id, 0)
        archived = self.usage.column_archived.get(col.id, 0)
        count = active + archived
        target: int | None = None
        if count:
            target = self._ask_target_column(col, count, archived)
            if target is None:
                return
            target_name = next((c.name for c in snap.columns if c.id == target), "")
            done = self.tr("Spalte „{x}“ gelöscht; {cards} nach „{y}“ verschoben.").format(
                x=col.name, cards=cards_text(count), y=target_name)
        else:
            if not self._confirm(
                    self.tr("Spalte löschen"),
                    self.tr("Die Spalte „{x}“ ist leer. Soll sie gelöscht werden?").format(
                        x=col.name),
                    self.tr("Spalte löschen")):
                return
            done = self.tr("Spalte „{x}“ gelöscht.").format(x=col.name)
        following = self._neighbour(snap.columns, col)
        if self.apply(boards.delete_column, col.id, move_cards_to=target, done=done):
            self._select(self.columns_tab, following)
        self.columns_list.setFocus()

    # ------------------------------------------------------------------ swimlanes

    def add_lane(self) -> None:
        if self.read_only:
            return
        self.tabs.setCurrentWidget(self.lanes_tab)
        dialog = NameDialog(self, title=self.tr("Neue Swimlane"), label=self.tr("&Name:"),
                            accessible_name=self.tr("Name der Swimlane"),
                            ok_text=self.tr("Anlegen"))
        result = self._run_form(dialog, lambda name: self._submit(
            boards.add_swimlane, self.board_id, name,
            done=self.tr("Swimlane „{x}“ angelegt.").format(x=name.strip())))
        if result is not None:
            self._select(self.lanes_tab, result.value.id)
            self._update_buttons()
        self.lanes_list.setFocus()

    def rename_lane(self) -> None:
        lane = self._lane(self.lanes_tab.current_id())
        if self.read_only or lane is None:
            return
        dialog = NameDialog(self, title=self.tr("Swimlane umbenennen"),
                            label=self.tr("&Name:"),
                            accessible_name=self.tr("Name der Swimlane"), name=lane.name)
        self._run_form(dialog, lambda name: self._submit(
            boards.rename_swimlane, lane.id, name,
            done=self.tr("Swimlane „{x}“ umbenannt.").format(x=name.strip())))
        self.lanes_list.setFocus()

    def move_lane(self, step: int) -> None:
        snap = self.snapshot
        lane = self._lane(self.lanes_tab.current_id())
        if self.read_only or snap is None or lane is None:
            return
        index = list(snap.swimlanes).index(lane) + step
        if not 0 <= index < len(snap.swimlanes):
            return
        self.apply(boards.move_swimlane, lane.id, index,
                   done=self.tr("Swimlane „{x}“ verschoben.").format(x=lane.name))
        self._select(self.lanes_tab, lane.id)
        self._update_buttons()
        self.lanes_list.setFocus()

    def delete_lane(self) -> None:
        lane = self._lane(self.lanes_tab.current_id())
        if self.read_only or lane is None:
            return
        n = self.usage.lane_cards.get(lane.id, 0)
        if n == 0:
            text = self.tr("Die Swimlane „{x}“ wird gelöscht. Sie enthält keine Karten.")
        elif n == 1:
            text = self.tr("Die Swimlane „{x}“ wird gelöscht. Ihre Karte bleibt auf dem "
                           "Board, dann ohne Swimlane.")
        else:
            text = self.tr("Die Swimlane „{x}“ wird gelöscht. Ihre {n} Karten bleiben auf dem "
                           "Board, dann ohne Swimlane.")
        text = text.format(x=lane.name, n=format_count(n))
        following = self._neighbour(self.snapshot.swimlanes, lane) if self.snapshot else None
        if self._confirm(self.tr("Swimlane löschen"), text, self.tr("Swimlane löschen")) and \
                self.apply(boards.delete_swimlane, lane.id, done=self.tr(
                    "Swimlane „{x}“ gelöscht.").format(x=lane.name)):
            self._select(self.lanes_tab, following)
        self.lanes_list.setFocus()

    # ------------------------------------------------------------------ labels

    def _used_colors(self) -> set[str]:
        return {lb.color.lower() for lb in self.snapshot.labels} if self.snapshot else set()

    def add_label(self) -> None:
        if self.read_only:
            return
        self.tabs.setCurrentWidget(self.labels_tab)
        used = self._used_colors()
        color = next((v for _n, v in PALETTE if v not in used), PALETTE[0][1])
        dialog = LabelDialog(self, color=color, pick_color=lambda c: self._pick_color(c))
        result = self._run_form(dialog, lambda v: self._submit(
            boards.create_label, self.board_id, v[0], v[1],
            done=self.tr("Label „{x}“ angelegt.").format(x=v[0].strip())))
        if result is not None:
            self._select(self.labels_tab, result.value.id)
            self._update_buttons()
        self.labels_list.setFocus()

    def edit_label(self) -> None:
        label = self._label(self.labels_tab.current_id())
        if self.read_only or label is None:
            return
        dialog = LabelDialog(self, name=label.name, color=label.color, editing=True,
                             pick_color=lambda c: self._pick_color(c))
        self._run_form(dialog, lambda v: self._submit(
            boards.update_label, label.id, name=v[0], color=v[1],
            done=self.tr("Label „{x}“ gespeichert.").format(x=v[0].strip())))
        self.labels_list.setFocus()

    def delete_label(self) -> None:
        label = self._label(self.labels_tab.current_id())
        if self.read_only or label is None:
            return
        n = self.usage.label_cards.get(label.id, 0)
        if n == 0:
            text = self.tr("Das Label „{x}“ wird gelöscht. Es ist keiner Karte zugeordnet.")
        elif n == 1:
            text = self.tr("Das Label „{x}“ wird gelöscht und von 1 Karte entfernt.")
        else:
            text = self.tr("Das Label „{x}“ wird gelöscht und von {n} Karten entfernt.")
        text = text.format(x=label.name, n=format_count(n))
        following = self._neighbour(self.snapshot.labels, label) if self.snapshot else None
        if self._confirm(self.tr("Label löschen"), text, self.tr("Label löschen")) and \
                self.apply(boards.delete_label, label.id, done=self.tr(
                    "Label „{x}“ gelöscht.").format(x=label.name)):
            self._select(self.labels_tab, following)
        self.labels_list.setFocus()
