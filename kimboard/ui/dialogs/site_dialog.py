"""Create or edit an office (site): name, short code, district government."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

#: The five district governments of North Rhine-Westphalia, offered for convenience.
REGIONS = (
    "Bezirksregierung Arnsberg",
    "Bezirksregierung Detmold",
    "Bezirksregierung Düsseldorf",
    "Bezirksregierung Köln",
    "Bezirksregierung Münster",
)


class SiteDialog(QDialog):
    """Asks for the fields; the caller runs the core operation and may call :meth:`show_error`."""

    def __init__(self, parent: QWidget | None = None, *, name: str = "", short_code: str = "",
                 region: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dienststelle anlegen") if not name
                            else self.tr("Dienststelle bearbeiten"))
        self.name_edit = QLineEdit(name)
        self.name_edit.setPlaceholderText(self.tr("z. B. Ausländerbehörde Musterstadt"))
        self.name_edit.setMaxLength(200)
        self.code_edit = QLineEdit(short_code)
        self.code_edit.setPlaceholderText(self.tr("z. B. ABH-MST"))
        self.code_edit.setMaxLength(20)
        self.region_combo = QComboBox()
        self.region_combo.setEditable(True)
        self.region_combo.addItems(("", *REGIONS))
        self.region_combo.setCurrentText(region)
        self.error_label = QLabel()
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b91c1c;")
        self.error_label.setAccessibleName(self.tr("Fehlermeldung"))
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Kürzel:"), self.code_edit)
        form.addRow(self.tr("&Bezirksregierung:"), self.region_combo)
        for label_text, field in ((self.tr("Name der Dienststelle"), self.name_edit),
                                  (self.tr("Kürzel der Dienststelle"), self.code_edit),
                                  (self.tr("Bezirksregierung"), self.region_combo)):
            field.setAccessibleName(label_text)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Speichern"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def values(self) -> tuple[str, str, str]:
        return (self.name_edit.text(), self.code_edit.text(), self.region_combo.currentText())

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
