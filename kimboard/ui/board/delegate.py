"""Paints one card: title, label chips, assignee initials, due date, blocked marker,
checklist progress, estimate and goal area. Size hints are cached per card and width."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QPainter,
    QPalette,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from kimboard.core.boardview import CardSummary
from kimboard.ui.board.model import BoardState, CardRole, format_points
from kimboard.ui.i18n import format_day_month

_Index = QModelIndex | QPersistentModelIndex

PAD = 8
GAP = 4
CHIP_H = 18
MARGIN = 4  # space around a card inside the list
MAX_TITLE_LINES = 4

OVERDUE = QColor("#b91c1c")  # 6.5:1 on white
BLOCKED_BG = QColor("#fee2e2")
BLOCKED_FG = QColor("#991b1b")
MUTED = QColor("#4b5563")  # 7.5:1 on white
#: Cards are light paper on the grey column in every theme, so contrast is known (≥ 4.5:1).
CARD_BG = QColor("#ffffff")
CARD_BORDER = QColor("#c5cad3")
CARD_TEXT = QColor("#111827")
PRIORITY_COLORS = {2: QColor("#d97706"), 3: QColor("#b91c1c")}


def readable_text_on(color: QColor) -> QColor:
    """Black or white, whichever contrasts more with ``color`` (WCAG relative luminance)."""

    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    lum = 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) \
        + 0.0722 * channel(color.blue())
    return QColor("#000000") if (lum + 0.05) / 0.05 > 1.05 / (lum + 0.05) else QColor("#ffffff")


class CardDelegate(QStyledItemDelegate):
    def __init__(self, state_getter: Callable[[], BoardState], today: Callable[[], dt.date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state_getter
        self._today = today
        self.compact = False
        self._cache: dict[tuple[int, int, bool], tuple[CardSummary, QSize]] = {}
        self._fonts_for: tuple[QFont, QFont, QFont] | None = None  # base, title, small
        self._metrics_cache: list[tuple[QFont, tuple[QFontMetrics, QFontMetricsF, int]]] = []

    def clear_cache(self) -> None:
        self._cache.clear()

    def set_compact(self, compact: bool) -> None:
        self.compact = compact
        self._cache.clear()

    # ------------------------------------------------------------------ geometry

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        base = option.font
        if self._fonts_for is None or self._fonts_for[0] != base:  # QFont ==: cheap
            title = QFont(base)
            title.setWeight(QFont.Weight.DemiBold)
            small = QFont(base)
            small.setPointSizeF(max(7.0, base.pointSizeF() * 0.85))
            self._fonts_for = (QFont(base), title, small)
        return self._fonts_for[1], self._fonts_for[2]

    def _metrics(self, font: QFont) -> tuple[QFontMetrics, QFontMetricsF, int]:
        """Metrics of ``font`` and the height of one laid-out title line (cached)."""
        for cached, hit in self._metrics_cache:
            if cached == font:
                return hit
        hit = (QFontMetrics(font), QFontMetricsF(font), self._layout_height("Xg", font, 10_000, 1))
        self._metrics_cache = [*self._metrics_cache[-3:], (QFont(font), hit)]
        return hit

    def _title_height(self, text: str, font: QFont, width: int, max_lines: int) -> int:
        _fm, fmf, one_line = self._metrics(font)
        # Latin script only (other scripts may come from a taller fallback font), and a pixel
        # of slack against rounding: the rest takes the exact layout below.
        if (text and max(text) < "\u0250" and "\n" not in text
                and fmf.horizontalAdvance(text) < width - 1):
            return one_line  # most titles: no layout needed to know they fit on one line
        return self._layout_height(text, font, width, max_lines)

    @staticmethod
    def _layout_height(text: str, font: QFont, width: int, max_lines: int) -> int:
        layout = QTextLayout(text, font)
        opt = QTextOption()
        opt.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(opt)
        layout.beginLayout()
        height = 0.0
        lines = 0
        while lines < max_lines:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            height += line.height()
            lines += 1
        layout.endLayout()
        return int(height + 0.999)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        card: CardSummary | None = index.data(CardRole)
        if card is None:
            return super().sizeHint(option, index)
        width = max(120, option.rect.width() or 240)
        key = (card.id, width, self.compact)
        hit = self._cache.get(key)
        if hit is not None and hit[0] is card:
            return hit[1]
        title_font, small = self._fonts(option)
        inner = width - 2 * MARGIN - 2 * PAD
        h = 2 * MARGIN + 2 * PAD
        if self.compact:
            h += self._metrics(title_font)[0].height()
        else:
            h += self._title_height(card.title, title_font, inner, MAX_TITLE_LINES)
            if card.label_ids:
                h += GAP + self._chip_rows(card, small, inner) * (CHIP_H + 2)
            if card.blocked:
                h += GAP + CHIP_H
            small_height = self._metrics(small)[0].height()
            if card.goal_area_id is not None:
                h += GAP + small_height
            h += GAP + small_height + 4
        size = QSize(width, h)
        self._cache[key] = (card, size)
        return size

    def _chip_rows(self, card: CardSummary, font: QFont, width: int) -> int:
        fm = self._metrics(font)[0]
        labels = {lb.id: lb for lb in self._state().snapshot.labels}
        rows, x = 1, 0
        for lid in card.label_ids:
            label = labels.get(lid)
            if label is None:
                continue
            w = fm.horizontalAdvance(label.name) + 12
            if x and x + w > width:
                rows += 1
                x = 0
            x += w + 4
        return rows

    # ------------------------------------------------------------------ painting

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        card: CardSummary | None = index.data(CardRole)
        if card is None:
            return super().paint(painter, option, index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = option.palette
        rect = QRectF(option.rect).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        bg = CARD_BG
        border = CARD_BORDER
        if selected:
            bg = pal.color(QPalette.ColorRole.Highlight).lighter(190)
            border = pal.color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(bg)
        painter.drawRoundedRect(rect, 6, 6)
        if focused:  # visible keyboard focus, independent of colour
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 5, 5)
        prio = PRIORITY_COLORS.get(card.priority)
        if prio is not None:  # also named in the accessible text and tooltip
            painter.fillRect(QRectF(rect.left() + 1, rect.top() + 6, 4, rect.height() - 12), prio)

        text_color = CARD_TEXT
        title_font, small = self._fonts(option)
        x = int(rect.left()) + PAD
        y = int(rect.top()) + PAD
        inner = int(rect.width()) - 2 * PAD

        painter.setFont(title_font)
        painter.setPen(text_color)
        if self.compact:
            fm = QFontMetrics(title_font)
            prefix = f"#{card.number}  "
            text = fm.elidedText(prefix + card.title, Qt.TextElideMode.ElideRight, inner)
            painter.drawText(QRect(x, y, inner, fm.height()), Qt.AlignmentFlag.AlignLeft, text)
            painter.restore()
            return
        y += self._draw_title(painter, card.title, title_font, x, y, inner)

        painter.setFont(small)
        sfm = QFontMetrics(small)
        if card.label_ids:
            y += GAP
            y += self._draw_chips(painter, card, small, x, y, inner)
        if card.blocked:
            y += GAP
            text = "✖ " + (self.tr("Blockiert: {reason}").format(reason=card.blocked_reason)
                           if card.blocked_reason else self.tr("Blockiert"))
            chip = QRect(x, y, inner, CHIP_H)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BLOCKED_BG)
            painter.drawRoundedRect(QRectF(chip), 4, 4)
            painter.setPen(BLOCKED_FG)
            painter.drawText(chip.adjusted(6, 0, -6, 0), Qt.AlignmentFlag.AlignVCenter,
                             sfm.elidedText(text, Qt.TextElideMode.ElideRight, inner - 12))
            y += CHIP_H
        if card.goal_area_id is not None:
            y += GAP
            goals = {g.id: g.name for g in self._state().snapshot.goal_areas}
            text = "◎ " + goals.get(card.goal_area_id, "")
            painter.setPen(MUTED)
            painter.drawText(QRect(x, y, inner, sfm.height()), Qt.AlignmentFlag.AlignLeft,
                             sfm.elidedText(text, Qt.TextElideMode.ElideRight, inner))
            y += sfm.height()
        y += GAP
        self._draw_footer(painter, card, small, x, y, inner)
        painter.restore()

    def _draw_title(self, painter: QPainter, text: str, font: QFont, x: int, y: int,
                    width: int) -> int:
        layout = QTextLayout(text, font)
        opt = QTextOption()
        opt.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(opt)
        layout.beginLayout()
        lines = []
        height = 0.0
        while len(lines) < MAX_TITLE_LINES:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QRectF(0, height, 0, 0).topLeft())
            height += line.height()
            lines.append(line)
        layout.endLayout()
        truncated = lines and lines[-1].textStart() + lines[-1].textLength() < len(text)
        fm = QFontMetrics(font)
        for i, line in enumerate(lines):
            if truncated and i == len(lines) - 1:
                rest = text[line.textStart():]
                painter.drawText(QRectF(x, y + line.y(), width, line.height()),
                                 Qt.AlignmentFlag.AlignLeft,
                                 fm.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            else:
                line.draw(painter, QRectF(x, y, 0, 0).topLeft())
        return int(height + 0.999)

    def _draw_chips(self, painter: QPainter, card: CardSummary, font: QFont, x: int, y: int,
                    width: int) -> int:
        fm = QFontMetrics(font)
        labels = {lb.id: lb for lb in self._state().snapshot.labels}
        cx, cy = x, y
        for lid in card.label_ids:
            label = labels.get(lid)
            if label is None:
                continue
            w = min(fm.horizontalAdvance(label.name) + 12, width)
            if cx > x and cx + w > x + width:
                cx = x
                cy += CHIP_H + 2
            color = QColor(label.color)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRoundedRect(QRectF(cx, cy, w, CHIP_H), 9, 9)
            painter.setPen(readable_text_on(color))
            painter.drawText(QRect(cx, cy, w, CHIP_H), Qt.AlignmentFlag.AlignCenter,
                             fm.elidedText(label.name, Qt.TextElideMode.ElideRight, w - 8))
            cx += w + 4
        return cy - y + CHIP_H + 2

    def _draw_footer(self, painter: QPainter, card: CardSummary, font: QFont, x: int, y: int,
                     width: int) -> None:
        fm = QFontMetrics(font)
        h = fm.height() + 4
        snap = self._state().snapshot
        parts: list[tuple[str, QColor]] = [(f"#{card.number}", MUTED)]
        if card.due_date is not None:
            overdue = card.due_date < self._today()
            text = ("⚠ " if overdue else "◷ ") + format_day_month(card.due_date)
            parts.append((text, OVERDUE if overdue else MUTED))
        if card.checklist_total:
            parts.append((f"☑ {card.checklist_done}/{card.checklist_total}", MUTED))
        if card.comment_count:
            parts.append((f"✎ {card.comment_count}", MUTED))
        if card.estimate is not None:
            parts.append((self.tr("{points} P", "story points, abbreviated").format(
                points=format_points(card.estimate)), MUTED))
        cx = x
        for text, color in parts:
            painter.setPen(color)
            w = fm.horizontalAdvance(text)
            if cx + w > x + width:
                break
            painter.drawText(QRect(cx, y, w + 2, h), Qt.AlignmentFlag.AlignVCenter, text)
            cx += w + 10
        # assignee initials, right-aligned
        members = {m.id: m for m in snap.members}
        rx = x + width
        for mid in reversed(card.assignee_ids):
            member = members.get(mid)
            if member is None:
                continue
            d = max(h, fm.horizontalAdvance(member.initials) + 8)
            rx -= d
            if rx < cx:
                break
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#1e3a8a"))
            painter.drawRoundedRect(QRectF(rx, y, d, h), h / 2, h / 2)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(QRect(int(rx), y, int(d), h), Qt.AlignmentFlag.AlignCenter,
                             member.initials)
            rx -= 3
