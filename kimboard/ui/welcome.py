"""First start: an empty database offers the demo data or the first office."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    load_demo_requested = Signal()
    create_site_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Willkommen bei kimboard"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(self.tr(
            "kimboard hilft Ihrem Team, die Arbeit der Ausländerbehörde mit Kanban, Sprints "
            "und Retrospektiven zu organisieren – auf diesem Rechner, ohne Cloud.\n\n"
            "Die Datenbank ist noch leer. Sie können Demodaten laden, um kimboard "
            "kennenzulernen, oder gleich Ihre Dienststelle anlegen."
        ))
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("&Demodaten laden"))
        self.demo_button.setAccessibleDescription(
            self.tr("Lädt erfundene Beispieldaten von drei Dienststellen"))
        self.site_button = QPushButton(self.tr("Erste &Dienststelle anlegen"))
        self.site_button.setDefault(True)
        for button in (self.demo_button, self.site_button):
            button.setMinimumHeight(36)
        self.demo_button.clicked.connect(self.load_demo_requested)
        self.site_button.clicked.connect(self.create_site_requested)

        # A centred column of fixed width: word-wrapped labels need a width to compute
        # their height, which alignment flags in a box layout do not give them.
        column = QWidget()
        column.setFixedWidth(560)
        inner = QVBoxLayout(column)
        inner.setSpacing(12)
        inner.addWidget(title)
        inner.addWidget(text)
        inner.addSpacing(12)
        inner.addWidget(self.site_button)
        inner.addWidget(self.demo_button)
        outer = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column)
        row.addStretch(1)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
