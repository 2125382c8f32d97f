"""Program settings (QSettings): language, backups, data folder, new columns, presentation.

The keys and their readers live here, so the parts of the program that honour a setting
(board settings for the WIP mode of new columns, the retrospective presentation mode) ask
:func:`default_wip_mode` or :func:`presentation_options` instead of repeating key names.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kimboard.core.models import WipMode
from kimboard.paths import backup_dir
from kimboard.ui.i18n import LANGUAGES, configured_language, set_configured_language
from kimboard.ui.widgets import buddy_label, hint_label

KEY_BACKUP_KEEP = "backup/keep_automatic"
KEY_DEFAULT_WIP_MODE = "board/default_wip_mode"
KEY_PRESENTATION_SCALE = "presentation/font_scale"
KEY_PRESENTATION_CONTRAST = "presentation/high_contrast"

DEFAULT_BACKUP_KEEP = 10
DEFAULT_PRESENTATION_SCALE = 150


def _int(value: object, default: int, low: int, high: int) -> int:
    try:
        number = int(str(value))
    except (TypeError, ValueError):
        return default
    return max(low, min(high, number))


def _bool(value: object) -> bool:
    return value in (True, "true", "1", 1)


def backup_keep_count() -> int:
    """For how many days the daily automatic backups are kept (kimboard.core.autobackup)."""
    return _int(QSettings().value(KEY_BACKUP_KEEP, DEFAULT_BACKUP_KEEP),
                DEFAULT_BACKUP_KEEP, 1, 100)


def default_wip_mode() -> str:
    """"soft" or "hard": what a new column's WIP limit does when it is reached."""
    value = str(QSettings().value(KEY_DEFAULT_WIP_MODE, WipMode.SOFT.value))
    return value if value in (WipMode.SOFT.value, WipMode.HARD.value) else WipMode.SOFT.value


@dataclass(frozen=True, slots=True)
class PresentationOptions:
    #: Text size in the presentation mode, in percent of the normal size.
    font_scale: int
    high_contrast: bool


def presentation_options() -> PresentationOptions:
    settings = QSettings()
    return PresentationOptions(
        _int(settings.value(KEY_PRESENTATION_SCALE, DEFAULT_PRESENTATION_SCALE),
             DEFAULT_PRESENTATION_SCALE, 100, 300),
        _bool(settings.value(KEY_PRESENTATION_CONTRAST, False)),
    )


class SettingsDialog(QDialog):
    """Edits the settings; :meth:`save` (the Save button) writes them."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.setWindowTitle(self.tr("Einstellungen"))
        self.setAccessibleName(self.tr("Einstellungen"))
        self._language_at_start = configured_language()

        # language
        self.language_combo = QComboBox()
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)  # each language named in itself
        self.language_combo.setCurrentIndex(self.language_combo.findData(configured_language()))
        self.language_combo.setAccessibleName(self.tr("Sprache der Oberfläche"))
        language_box = QGroupBox(self.tr("Sprache"))
        form = QFormLayout(language_box)
        form.addRow(buddy_label(self.tr("&Sprache:"), self.language_combo), self.language_combo)
        form.addRow(hint_label(self.tr(
            "Eine neue Sprache gilt ab dem nächsten Start von kimboard.")))

        # data folder and backups
        self.folder_edit = QLineEdit(str(self.db_path.parent))
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setAccessibleName(self.tr("Datenordner"))
        self.folder_edit.setCursorPosition(0)
        self.open_folder_button = QPushButton(self.tr("Ordner ö&ffnen"))
        self.open_folder_button.setAccessibleName(self.tr("Datenordner öffnen"))
        self.open_folder_button.setAutoDefault(False)
        self.open_folder_button.clicked.connect(lambda: self.open_folder(self.db_path.parent))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.open_folder_button)
        self.backup_folder_edit = QLineEdit(str(backup_dir(self.db_path)))
        self.backup_folder_edit.setReadOnly(True)
        self.backup_folder_edit.setAccessibleName(self.tr("Ordner der Sicherungen"))
        self.backup_folder_edit.setCursorPosition(0)
        self.open_backups_button = QPushButton(self.tr("Ordner öff&nen"))
        self.open_backups_button.setAccessibleName(self.tr("Ordner der Sicherungen öffnen"))
        self.open_backups_button.setAutoDefault(False)
        self.open_backups_button.clicked.connect(
            lambda: self.open_folder(backup_dir(self.db_path)))
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_folder_edit, 1)
        backup_row.addWidget(self.open_backups_button)
        self.keep_spin = QSpinBox()
        self.keep_spin.setRange(1, 100)
        self.keep_spin.setValue(backup_keep_count())
        self.keep_spin.setSuffix(self.tr(" Tage"))
        self.keep_spin.setAccessibleName(self.tr("Tägliche Sicherungen so viele Tage "
                                                 "aufbewahren"))
        data_box = QGroupBox(self.tr("Daten und Sicherungen"))
        form = QFormLayout(data_box)
        form.addRow(buddy_label(self.tr("&Datenordner:"), self.folder_edit), folder_row)
        form.addRow(hint_label(self.tr("Die Datenbankdatei: {name}").format(
            name=self.db_path.name)))
        form.addRow(buddy_label(self.tr("Sicherungs&ordner:"), self.backup_folder_edit),
                    backup_row)
        form.addRow(buddy_label(self.tr("Tägliche Sicherungen &behalten:"), self.keep_spin),
                    self.keep_spin)
        form.addRow(hint_label(self.tr(
            "kimboard sichert die Datenbank einmal am Tag automatisch und löscht tägliche "
            "Sicherungen, sobald sie so viele Tage alt sind. Sicherungen vor einem Update und "
            "selbst erstellte bleiben, bis sie im Sicherungsordner gelöscht werden.")))

        # boards
        self.wip_mode_combo = QComboBox()
        self.wip_mode_combo.addItem(self.tr("weich – warnt nur"), WipMode.SOFT.value)
        self.wip_mode_combo.addItem(self.tr("fest – nimmt keine weitere Karte an"),
                                    WipMode.HARD.value)
        self.wip_mode_combo.setCurrentIndex(self.wip_mode_combo.findData(default_wip_mode()))
        self.wip_mode_combo.setAccessibleName(self.tr("WIP-Limit neuer Spalten"))
        board_box = QGroupBox(self.tr("Boards"))
        form = QFormLayout(board_box)
        form.addRow(buddy_label(self.tr("&WIP-Limit neuer Spalten:"), self.wip_mode_combo),
                    self.wip_mode_combo)

        # presentation mode
        options = presentation_options()
        self.scale_spin = QSpinBox()
        self.scale_spin.setRange(100, 300)
        self.scale_spin.setSingleStep(10)
        self.scale_spin.setSuffix(" %")
        self.scale_spin.setValue(options.font_scale)
        self.scale_spin.setAccessibleName(self.tr("Schriftgröße im Präsentationsmodus"))
        self.contrast_check = QCheckBox(self.tr("&Hoher Kontrast (Schwarz auf Weiß, kräftige "
                                                "Farben)"))
        self.contrast_check.setChecked(options.high_contrast)
        presentation_box = QGroupBox(self.tr("Präsentationsmodus (Beamer)"))
        form = QFormLayout(presentation_box)
        form.addRow(buddy_label(self.tr("Schrift&größe:"), self.scale_spin), self.scale_spin)
        form.addRow(self.contrast_check)
        form.addRow(hint_label(self.tr("Gilt für die Präsentation von Retrospektiven an einem "
                                  "Beamer.")))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Speichern"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        for box in (language_box, data_box, board_box, presentation_box):
            layout.addWidget(box)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.language_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def language_changed(self) -> bool:
        """True once saved with another language than before (it applies after a restart)."""
        return configured_language() != self._language_at_start

    def save(self) -> None:
        set_configured_language(str(self.language_combo.currentData()))
        settings = QSettings()
        settings.setValue(KEY_BACKUP_KEEP, self.keep_spin.value())
        settings.setValue(KEY_DEFAULT_WIP_MODE, str(self.wip_mode_combo.currentData()))
        settings.setValue(KEY_PRESENTATION_SCALE, self.scale_spin.value())
        settings.setValue(KEY_PRESENTATION_CONTRAST, self.contrast_check.isChecked())
        settings.sync()
        self.accept()

    def open_folder(self, folder: Path) -> bool:
        """Show the folder in the file manager (created first if it does not exist yet)."""
        from kimboard.paths import make_private_dir

        try:
            make_private_dir(folder)
        except OSError:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
