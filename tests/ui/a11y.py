"""Accessibility walker: every interactive widget must have a name a screen reader can say.

The name is asked from Qt's accessibility layer (what a screen reader receives), so a button
with text, a field with a buddy label or an explicit accessibleName all count.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox,
               QAbstractSpinBox, QAbstractItemView, QAbstractSlider, QTabBar)


def _internal(widget: QWidget) -> bool:
    """Parts Qt builds inside another control (a spin box's line edit, scroll bars …)."""
    if isinstance(widget, QScrollBar):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox | QTabBar):
            return True
        parent = parent.parentWidget()
    return type(widget).__name__ in {"QCalendarWidget", "QToolButton"} and \
        widget.objectName().startswith("qt_")


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    name = iface.text(QAccessible.Text.Name) if iface is not None else ""
    return (name or widget.accessibleName() or "").strip()


def unnamed_widgets(root: QWidget) -> list[str]:
    """Descriptions of visible interactive widgets under ``root`` without a name."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        if _internal(widget):
            continue
        if not accessible_name(widget):
            missing.append(f"{type(widget).__name__} objectName={widget.objectName()!r} "
                           f"parent={type(widget.parentWidget()).__name__}")
    return missing
