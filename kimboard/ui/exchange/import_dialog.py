"""The import dialog: check the bundle, show what would happen, apply on confirmation.

The bundle is read and checked completely on the worker thread (:func:`open_bundle`), then
:func:`preview_import` says per entity type what is new, updated, unchanged, in conflict or
skipped. The dialog shows where the bundle comes from, when it was made, its scope, its
signature („signiert von … (Fingerabdruck …)“, „nicht signiert“, a changed key with an explicit
confirmation), warnings, earlier imports of the same bundle, and every conflict with both
sides' values and a choice per row („Meine behalten“ / „Ihre übernehmen“). „Übernehmen“ applies
it all in one transaction (:func:`apply_import` via ``Database.run``) on the worker thread; a
refused bundle shows the German reason and the database stays exactly as it was.

A bundle of an office that is not in this database may also be restored as the own, editable
office (a new PC) instead of arriving read-only.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kimboard.core.bundle import (
    KEEP_MINE,
    TAKE_THEIRS,
    TARGET_KNOWN,
    TARGET_NEW,
    TARGET_OWN,
    TARGET_RESTORE,
    Bundle,
    Conflict,
    ImportPreview,
    ImportResult,
    apply_import,
    open_bundle,
    preview_import,
    signing,
)
from kimboard.core.bundle.format import human_size, parse_timestamp
from kimboard.core.db import Database
from kimboard.ui.exchange.common import (
    DANGER_STYLE,
    INFO_STYLE,
    MUTED_STYLE,
    OK_STYLE,
    WARNING_STYLE,
    ProgressBridge,
    entity_label,
    entity_singular,
    error_text,
    full_value_text,
    last_folder,
    plain_label,
    remember_folder,
    scope_label,
    shorten,
    tell,
    value_text,
)
from kimboard.ui.i18n import format_count, format_datetime
from kimboard.ui.tasks import TaskRunner

translate = QCoreApplication.translate

#: Warnings of the core the dialog shows in its own words (signature, earlier imports, the
#: own office as target) — matched by their beginning; were one reworded, it would merely
#: appear twice.
_SHOWN_ELSEWHERE = ("Achtung: Das Paket ist", "Dieses Paket wurde hier schon importiert",
                    "Das Paket stammt von dieser Dienststelle selbst")

COUNT_COLUMNS = ("new", "updated", "unchanged", "conflicts", "skipped")

PAGE_LOADING, PAGE_ERROR, PAGE_PREVIEW = range(3)


@dataclass(frozen=True)
class Loaded:
    """What the worker hands back: the checked bundle, the preview, the scope's name."""

    bundle: Bundle
    preview: ImportPreview
    scope_name: str


def _scope_name(bundle: Bundle) -> str:
    """The board's name or the retrospective's title of a board/retro bundle, else ""."""
    m = bundle.manifest
    wanted = set(m.scope_uuids)
    entity, field = {"board": ("boards", "name"),
                     "retro": ("retrospectives", "title")}.get(m.scope_kind, ("", ""))
    if not entity or not wanted:
        return ""
    for _line, row in bundle.rows(entity):
        if row.get("uuid") in wanted:
            return str(row.get(field) or "")
    return ""


def _time_text(iso: str) -> str:
    try:
        return format_datetime(parse_timestamp(iso))
    except (ValueError, TypeError):
        return iso


class ImportDialog(QDialog):
    """Preview and import of one bundle file. Construct, :meth:`start`, then ``exec()``.

    :attr:`result` is the :class:`ImportResult` after „Übernehmen“ (None before or when it
    failed); :attr:`error` the German reason when the bundle was refused.
    """

    def __init__(self, db: Database, path: Path | str, *, tasks: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.path = Path(path)
        self.tasks = tasks if tasks is not None else TaskRunner(self)
        self.bundle: Bundle | None = None
        self.preview: ImportPreview | None = None
        self.scope_name = ""
        self.import_result: ImportResult | None = None
        self.error: str | None = None
        self.restore = False
        self.choices: dict[tuple[str, str], str] = {}
        self._combos: dict[tuple[str, str], QComboBox] = {}
        self._busy = False

        self.setWindowTitle(self.tr("Paket importieren – {file}").format(file=self.path.name))
        self.setAccessibleName(self.tr("Paket importieren"))
        self.setSizeGripEnabled(True)
        self.setMinimumSize(760, 560)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_loading_page())
        self.pages.addWidget(self._build_error_page())
        self.pages.addWidget(self._build_preview_page())

        self.progress_label = plain_label()
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("Fortschritt"))
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(10)
        self.progress = ProgressBridge(self.progress_label, self.progress_bar, self.tasks)
        self.progress.stop()

        self.apply_button = QPushButton(self.tr("Ü&bernehmen"))
        self.apply_button.setToolTip(self.tr(
            "Alles in einem Schritt übernehmen – ganz oder gar nicht."))
        self.apply_button.clicked.connect(self.apply)
        self.close_button = QPushButton(self.tr("Abbrechen"))
        self.close_button.clicked.connect(self.reject)
        buttons = QDialogButtonBox()
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        for button in buttons.buttons():
            button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(buttons)
        self.resize(920, 720)
        self.pages.setCurrentIndex(PAGE_LOADING)
        self._update_buttons()

    # ------------------------------------------------------------------ pages

    def _build_loading_page(self) -> QWidget:
        page = QWidget()
        label = plain_label(self.tr("Das Paket „{file}“ wird gelesen und geprüft …").format(
            file=self.path.name))
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(label, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        return page

    def _build_error_page(self) -> QWidget:
        page = QWidget()
        heading = QLabel(self.tr("<b>Das Paket wurde nicht importiert.</b>"))
        heading.setTextFormat(Qt.TextFormat.RichText)
        self.error_label = plain_label(selectable=True)
        self.error_label.setStyleSheet(DANGER_STYLE)
        self.error_label.setAccessibleName(self.tr("Grund"))
        file_label = plain_label(self.tr("Datei: {path}").format(path=self.path),
                                 selectable=True)
        file_label.setStyleSheet(MUTED_STYLE)
        unchanged = plain_label(self.tr("An der Datenbank wurde nichts geändert. Bitte bei der "
                                        "Dienststelle, von der das Paket kommt, ein neues "
                                        "Paket anfordern."))
        layout = QVBoxLayout(page)
        layout.addWidget(heading)
        layout.addWidget(self.error_label)
        layout.addWidget(file_label)
        layout.addWidget(unchanged)
        layout.addStretch(1)
        return page

    def _build_preview_page(self) -> QWidget:
        page = QWidget()
        self.header_form = QFormLayout()
        self.header_form.setFieldGrowthPolicy(
            QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.origin_value = plain_label(selectable=True)
        self.created_value = plain_label()
        self.scope_value = plain_label()
        self.signature_value = plain_label(selectable=True)
        self.target_value = plain_label()
        for text, value in ((self.tr("Herkunft:"), self.origin_value),
                            (self.tr("Erstellt am:"), self.created_value),
                            (self.tr("Umfang:"), self.scope_value),
                            (self.tr("Signatur:"), self.signature_value),
                            (self.tr("Ziel:"), self.target_value)):
            value.setAccessibleName(text.rstrip(":"))
            self.header_form.addRow(text, value)

        self.key_check = QCheckBox(self.tr(
            "Ich habe bei der Dienststelle nachgefragt: Der Schlüssel ist bestätigt. "
            "Trotzdem übernehmen."))
        self.key_check.toggled.connect(lambda _c: self._update_buttons())

        self.mode_box = QGroupBox(self.tr("Wie übernehmen?"))
        self.mode_group = QButtonGroup(self)
        self.foreign_radio = QRadioButton()
        self.restore_radio = QRadioButton()
        self.mode_group.addButton(self.foreign_radio)
        self.mode_group.addButton(self.restore_radio)
        self.foreign_radio.setChecked(True)
        self.restore_radio.toggled.connect(self._on_mode_changed)
        mode_layout = QVBoxLayout(self.mode_box)
        mode_layout.addWidget(self.foreign_radio)
        mode_layout.addWidget(self.restore_radio)

        self.status_label = plain_label()
        self.status_label.setAccessibleName(self.tr("Hinweis zum Import"))
        self.warnings_label = plain_label()
        self.warnings_label.setStyleSheet(WARNING_STYLE)
        self.warnings_label.setAccessibleName(self.tr("Hinweise"))

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Vorschau"))
        self.tabs.tabBar().setAccessibleName(self.tr("Bereiche der Vorschau"))
        self.tabs.addTab(self._build_counts_tab(), self.tr("Ü&bersicht"))
        self.tabs.addTab(self._build_conflicts_tab(), self.tr("&Konflikte"))

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.header_form)
        layout.addWidget(self.key_check)
        layout.addWidget(self.mode_box)
        layout.addWidget(self.status_label)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.tabs, 1)
        return page

    def _build_counts_tab(self) -> QWidget:
        page = QWidget()
        self.counts_table = QTableWidget(0, 1 + len(COUNT_COLUMNS))
        self.counts_table.setAccessibleName(self.tr("Vorschau je Art"))
        self.counts_table.setHorizontalHeaderLabels([
            self.tr("Art"), self.tr("Neu"), self.tr("Aktualisiert"), self.tr("Unverändert"),
            self.tr("Konflikte"), self.tr("Übersprungen")])
        self.counts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.counts_table.verticalHeader().setVisible(False)
        self.counts_table.setAlternatingRowColors(True)
        header = self.counts_table.horizontalHeader()
        header.setAccessibleName(self.tr("Spaltenköpfe der Vorschau"))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 1 + len(COUNT_COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.counts_table.setColumnWidth(column, max(
                105, header.fontMetrics().horizontalAdvance(
                    self.counts_table.horizontalHeaderItem(column).text()) + 24))
        explain = plain_label(self.tr(
            "Neu: kommt hinzu. Aktualisiert: der Stand aus dem Paket ist neuer. Unverändert: "
            "schon so vorhanden. Konflikte: hier und dort geändert – Sie entscheiden. "
            "Übersprungen: hier ist ein neuerer Stand, oder es fehlt, worauf sich der Eintrag "
            "bezieht."))
        explain.setStyleSheet(MUTED_STYLE)
        self.totals_label = plain_label()
        self.totals_label.setAccessibleName(self.tr("Insgesamt"))
        font = self.totals_label.font()
        font.setBold(True)
        self.totals_label.setFont(font)
        layout = QVBoxLayout(page)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.counts_table, 1)
        layout.addWidget(explain)
        return page

    def _build_conflicts_tab(self) -> QWidget:
        page = QWidget()
        explain = plain_label(self.tr(
            "Diese Einträge wurden hier und in der anderen Datenbank geändert. Nichts wird "
            "stillschweigend überschrieben: Bitte je Eintrag entscheiden. „Meine Fassung“ ist "
            "der Stand hier, „Ihre Fassung“ der aus dem Paket."))
        self.conflict_table = QTableWidget(0, 5)
        self.conflict_table.setAccessibleName(self.tr("Konflikte"))
        self.conflict_table.setHorizontalHeaderLabels([
            self.tr("Eintrag"), self.tr("Feld"), self.tr("Meine Fassung"),
            self.tr("Ihre Fassung"), self.tr("Entscheidung")])
        self.conflict_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflict_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflict_table.verticalHeader().setVisible(False)
        self.conflict_table.setWordWrap(True)
        header = self.conflict_table.horizontalHeader()
        header.setAccessibleName(self.tr("Spaltenköpfe der Konflikte"))
        for column, mode in enumerate((QHeaderView.ResizeMode.Interactive,
                                       QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        self.conflict_table.setColumnWidth(0, 240)
        # wrapped texts need taller rows when a column gets narrower
        header.sectionResized.connect(
            lambda *_a: self.conflict_table.resizeRowsToContents())
        self.keep_all_button = QPushButton(self.tr("Alle: &Meine behalten"))
        self.keep_all_button.clicked.connect(lambda: self.choose_all(KEEP_MINE))
        self.take_all_button = QPushButton(self.tr("Alle: &Ihre übernehmen"))
        self.take_all_button.clicked.connect(lambda: self.choose_all(TAKE_THEIRS))
        self.choice_summary = plain_label()
        self.choice_summary.setStyleSheet(MUTED_STYLE)
        row = QHBoxLayout()
        row.addWidget(self.keep_all_button)
        row.addWidget(self.take_all_button)
        row.addWidget(self.choice_summary, 1)
        layout = QVBoxLayout(page)
        layout.addWidget(explain)
        layout.addWidget(self.conflict_table, 1)
        layout.addLayout(row)
        return page

    # ------------------------------------------------------------------ loading

    def start(self) -> None:
        """Read and check the bundle on the worker thread, then show the preview."""
        path, db, restore, progress = self.path, self.db, self.restore, self.progress

        def job() -> Loaded:
            bundle = open_bundle(path, progress=progress)
            with db.session() as s:
                preview = preview_import(s, bundle, restore=restore)
            return Loaded(bundle, preview, _scope_name(bundle))

        self.pages.setCurrentIndex(PAGE_LOADING)
        self._run(job, self.tr("Das Paket wird geprüft … {percent} %"), self._loaded,
                  self._refused)

    def _loaded(self, loaded: Loaded) -> None:
        self.bundle = loaded.bundle
        self.scope_name = loaded.scope_name
        self.show_preview(loaded.preview)

    def _refused(self, err: BaseException) -> None:
        self._show_refusal(error_text(err))

    def _show_refusal(self, text: str) -> None:
        self.error = text
        self.error_label.setText(text)
        self.pages.setCurrentIndex(PAGE_ERROR)
        self._update_buttons()

    def _on_mode_changed(self, restore: bool) -> None:
        if self.bundle is None or restore == self.restore or self._busy:
            return
        self.restore = restore
        bundle, db = self.bundle, self.db

        def job() -> ImportPreview:
            with db.session() as s:
                return preview_import(s, bundle, restore=restore)

        self._run(job, self.tr("Die Vorschau wird berechnet …"), self.show_preview,
                  self._refused)

    # ------------------------------------------------------------------ the preview

    def show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        m = self.bundle.manifest if self.bundle is not None else None
        office = preview.origin_site_name
        code = m.origin_short_code if m is not None else ""
        self.origin_value.setText(self.tr("„{office}“ ({code})").format(office=office, code=code)
                                  if code else self.tr("„{office}“").format(office=office))
        self.created_value.setText(self.tr("{time} · Format {format} · kimboard {version}")
                                   .format(time=_time_text(preview.created_at),
                                           format=preview.format_version,
                                           version=preview.app_version))
        self.scope_value.setText(self._scope_text(preview))
        self._show_signature(preview)
        self._show_target(preview)
        self._show_status(preview)
        warnings = [w for w in preview.warnings if not w.startswith(_SHOWN_ELSEWHERE)]
        self.warnings_label.setText("\n".join(f"• {w}" for w in warnings))
        self.warnings_label.setVisible(bool(warnings))
        self._fill_counts(preview)
        self._fill_conflicts(preview.conflicts)
        self.pages.setCurrentIndex(PAGE_PREVIEW)
        self._update_buttons()

    def _scope_text(self, preview: ImportPreview) -> str:
        text = scope_label(preview.scope_kind)
        if self.scope_name:
            text = self.tr("{scope} „{name}“").format(scope=text, name=self.scope_name)
        parts = [text]
        if preview.pseudonymized:
            parts.append(self.tr("pseudonymisiert"))
        if not preview.comments:
            parts.append(self.tr("ohne Kommentare"))
        if self.bundle is not None:
            parts.append(self.tr("{n} Einträge, {size}").format(
                n=format_count(self.bundle.total_rows), size=human_size(self.bundle.size_on_disk)))
        return " · ".join(parts)

    def _show_signature(self, preview: ImportPreview) -> None:
        sig = preview.signature
        office = preview.origin_site_name
        fp, before = sig.fingerprint or "", sig.previous_fingerprint or ""
        status = sig.status
        if status == signing.KEY_UNSIGNED:
            text, style = self.tr("nicht signiert"), ""
        elif status == signing.KEY_NEW:
            text = self.tr("signiert von „{office}“ (Fingerabdruck {fp}) – diesen Schlüssel "
                           "sieht kimboard zum ersten Mal; er wird gemerkt. Wer sicher gehen "
                           "will, vergleicht den Fingerabdruck am Telefon.").format(
                office=office, fp=fp)
            style = INFO_STYLE
        elif status == signing.KEY_KNOWN:
            text = self.tr("signiert von „{office}“ (Fingerabdruck {fp}) – bekannter "
                           "Schlüssel").format(office=office, fp=fp)
            style = OK_STYLE
        elif status == signing.KEY_OWN:
            text = self.tr("signiert von „{office}“ (Fingerabdruck {fp}) – der eigene "
                           "Schlüssel dieser Dienststelle").format(office=office, fp=fp)
            style = OK_STYLE
        elif status == signing.KEY_MISSING:
            text = self.tr("Schlüssel fehlt! Das Paket ist nicht signiert, obwohl von "
                           "„{office}“ bisher signierte Pakete kamen (bekannter Fingerabdruck "
                           "{before}).").format(office=office, before=before)
            style = DANGER_STYLE
        elif status == signing.KEY_OWN_OTHER:
            text = (self.tr("Schlüssel geändert! Das Paket ist mit Fingerabdruck {fp} "
                            "signiert – nicht mit dem eigenen Schlüssel dieser Dienststelle "
                            "({before}).").format(fp=fp, before=before) if fp else
                    self.tr("Schlüssel fehlt! Das Paket ist nicht signiert, diese "
                            "Dienststelle signiert ihre Pakete aber ({before}).").format(
                        before=before))
            style = DANGER_STYLE
        else:  # KEY_CHANGED
            text = self.tr("Schlüssel geändert! Signiert von „{office}“ mit einem anderen "
                           "Schlüssel (Fingerabdruck {fp}; bisher {before}).").format(
                office=office, fp=fp, before=before)
            style = DANGER_STYLE
        self.signature_value.setText(text)
        self.signature_value.setStyleSheet(style)
        self.key_check.setVisible(sig.needs_confirmation)
        if not sig.needs_confirmation:
            self.key_check.setChecked(False)

    def _show_target(self, preview: ImportPreview) -> None:
        office = preview.origin_site_name
        texts = {
            TARGET_NEW: self.tr("„{office}“ ist hier neu: wird angelegt und ist hier nur "
                                "lesbar (gekennzeichnet „von {office}“)."),
            TARGET_KNOWN: self.tr("„{office}“ ist hier schon bekannt (nur lesbar): ihr Stand "
                                  "wird aktualisiert."),
            TARGET_OWN: self.tr("Das Paket stammt von dieser Dienststelle selbst: es wird mit "
                                "dem Stand hier zusammengeführt; was auf beiden Seiten "
                                "geändert wurde, erscheint als Konflikt."),
            TARGET_RESTORE: self.tr("„{office}“ wird hier als eigene Dienststelle "
                                    "wiederhergestellt und ist hier bearbeitbar."),
        }
        self.target_value.setText(texts.get(preview.target, preview.target).format(
            office=office))
        can_restore = preview.target in (TARGET_NEW, TARGET_RESTORE)
        self.mode_box.setVisible(can_restore)
        if can_restore:
            self.foreign_radio.setText(self.tr(
                "Als &andere Dienststelle übernehmen – hier nur lesbar, gekennzeichnet „von "
                "{office}“").format(office=office))
            self.restore_radio.setText(self.tr(
                "Als &eigene Dienststelle wiederherstellen – hier bearbeitbar (z. B. auf einem "
                "neuen PC; nur für Pakete der eigenen Dienststelle)"))

    def _show_status(self, preview: ImportPreview) -> None:
        if preview.previous_imports:
            dates = ", ".join(_time_text(p) for p in preview.previous_imports)
            text = (self.tr("Dieses Paket wurde bereits am {dates} übernommen – es ändert sich "
                            "nichts.") if not preview.has_changes else
                    self.tr("Dieses Paket wurde bereits am {dates} übernommen; seitdem wurde "
                            "hier etwas geändert.")).format(dates=dates)
            style = INFO_STYLE
        elif not preview.has_changes:
            text = self.tr("Alles ist schon auf diesem Stand – es ändert sich nichts.")
            style = INFO_STYLE
        elif preview.conflicts:
            text = self.tr("{n} Konflikt(e): hier und im Paket geändert. Bitte im Reiter "
                           "„Konflikte“ je Eintrag entscheiden (sonst bleibt Ihre Fassung).") \
                .format(n=format_count(len(preview.conflicts)))
            style = WARNING_STYLE
        else:
            text = ""
            style = ""
        self.status_label.setText(text)
        self.status_label.setStyleSheet(style)
        self.status_label.setVisible(bool(text))

    def _fill_counts(self, preview: ImportPreview) -> None:
        table = self.counts_table
        rows = list(preview.entities)
        table.setRowCount(0)
        table.setRowCount(len(rows) + 1)
        total = preview.totals()
        bold = QFont(table.font())
        bold.setBold(True)
        muted = QBrush(QColor("#9ca3af"))
        for row, counts in enumerate([*rows, total]):
            is_total = row == len(rows)
            name = self.tr("Summe") if is_total else entity_label(counts.entity, counts.label)
            item = QTableWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, None if is_total else counts.entity)
            if is_total:
                item.setFont(bold)
            table.setItem(row, 0, item)
            for column, key in enumerate(COUNT_COLUMNS, start=1):
                value = int(getattr(counts, key))
                cell = QTableWidgetItem(format_count(value))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if is_total:
                    cell.setFont(bold)
                if value == 0:
                    cell.setForeground(muted)
                elif key == "conflicts":
                    cell.setForeground(QBrush(QColor("#b45309")))
                    cell.setFont(bold)
                table.setItem(row, column, cell)
        table.resizeRowsToContents()
        parts = [text.format(n=format_count(n)) for text, n in (
            (self.tr("{n} neu"), total.new), (self.tr("{n} aktualisiert"), total.updated),
            (self.tr("{n} unverändert"), total.unchanged),
            (self.tr("{n} Konflikt(e)"), total.conflicts),
            (self.tr("{n} übersprungen"), total.skipped)) if n]
        self.totals_label.setText(self.tr("Insgesamt {n} Einträge: {parts}").format(
            n=format_count(total.total), parts=", ".join(parts) or "–"))

    def _fill_conflicts(self, conflicts: tuple[Conflict, ...]) -> None:
        """One row per differing field; the entry and the decision span its rows."""
        table = self.conflict_table
        table.clearSpans()
        table.setRowCount(0)
        table.setRowCount(sum(max(1, len(c.fields)) for c in conflicts))
        self.choices = {c.key: self.choices.get(c.key, KEEP_MINE) for c in conflicts}
        self._combos = {}
        bold = QFont(table.font())
        bold.setBold(True)
        row = 0
        for conflict in conflicts:
            what = entity_singular(conflict.entity, conflict.entity_label)
            title = shorten(conflict.title, 60)
            span = max(1, len(conflict.fields))
            entry = QTableWidgetItem(self.tr("{what} „{title}“").format(what=what, title=title))
            entry.setFont(bold)
            entry.setData(Qt.ItemDataRole.UserRole, conflict.key)
            entry.setToolTip(self.tr("{title}\nhier geändert: {mine}\nim Paket geändert: "
                                     "{theirs}").format(
                title=conflict.title, mine=_time_text(conflict.mine_updated_at),
                theirs=_time_text(conflict.theirs_updated_at)))
            entry.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            table.setItem(row, 0, entry)
            for offset, diff in enumerate(conflict.fields):
                cells = (diff.label, value_text(diff.mine, 300), value_text(diff.theirs, 300))
                for column, text in enumerate(cells, start=1):
                    item = QTableWidgetItem(text)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                    table.setItem(row + offset, column, item)
                table.item(row + offset, 2).setToolTip(full_value_text(diff.mine))
                table.item(row + offset, 3).setToolTip(full_value_text(diff.theirs))
            combo = QComboBox()
            combo.addItem(self.tr("Meine behalten"), KEEP_MINE)
            combo.addItem(self.tr("Ihre übernehmen"), TAKE_THEIRS)
            combo.setAccessibleName(self.tr("Entscheidung für {what} „{title}“").format(
                what=what, title=title))
            combo.setCurrentIndex(combo.findData(self.choices[conflict.key]))
            combo.currentIndexChanged.connect(
                lambda _i, key=conflict.key, c=combo: self.choose(key, str(c.currentData())))
            holder = QWidget()
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(4, 2, 4, 2)
            holder_layout.addWidget(combo)
            holder_layout.addStretch(1)
            table.setCellWidget(row, 4, holder)
            if span > 1:
                table.setSpan(row, 0, span, 1)
                table.setSpan(row, 4, span, 1)
            self._combos[conflict.key] = combo
            row += span
        table.resizeRowsToContents()
        self.tabs.setTabText(1, self.tr("&Konflikte ({n})").format(
            n=format_count(len(conflicts))) if conflicts else self.tr("&Konflikte"))
        self.tabs.setTabEnabled(1, bool(conflicts))
        self._update_choice_summary()

    # ------------------------------------------------------------------ decisions

    def choose(self, key: tuple[str, str], choice: str) -> None:
        """Decide one conflict: KEEP_MINE or TAKE_THEIRS."""
        if key not in self.choices:
            return
        self.choices[key] = choice
        combo = self._combos.get(key)
        if combo is not None and combo.currentData() != choice:
            combo.setCurrentIndex(combo.findData(choice))
        self._update_choice_summary()

    def decision_combo(self, key: tuple[str, str]) -> QComboBox | None:
        """The „Meine behalten / Ihre übernehmen“ choice of one conflict."""
        return self._combos.get(key)

    def choose_all(self, choice: str) -> None:
        for key in list(self.choices):
            self.choose(key, choice)

    def _update_choice_summary(self) -> None:
        theirs = sum(1 for c in self.choices.values() if c == TAKE_THEIRS)
        mine = len(self.choices) - theirs
        self.choice_summary.setText(self.tr("{mine}× meine Fassung, {theirs}× ihre Fassung")
                                    .format(mine=format_count(mine),
                                            theirs=format_count(theirs))
                                    if self.choices else "")

    # ------------------------------------------------------------------ applying

    def apply(self) -> None:
        """„Übernehmen“: everything in one transaction on the worker thread."""
        if self.bundle is None or self.preview is None or self._busy:
            return
        if self.preview.signature.needs_confirmation and not self.key_check.isChecked():
            return
        bundle, db, progress = self.bundle, self.db, self.progress
        resolutions = dict(self.choices)
        accept_key = self.key_check.isChecked()
        restore = self.restore

        def job() -> ImportResult:
            return db.run(apply_import, bundle, resolutions=resolutions, default=KEEP_MINE,
                          accept_key_change=accept_key, restore=restore,
                          progress=progress).value

        def done(result: ImportResult) -> None:
            self.import_result = result
            remember_folder(self.path)
            self.inform(self.result_text(result))
            self.accept()

        def failed(err: BaseException) -> None:
            self.show_error(self.tr("{reason}\n\nAn der Datenbank wurde nichts geändert.")
                            .format(reason=error_text(err)))

        self._run(job, self.tr("Das Paket wird übernommen … {percent} %"), done, failed)

    def result_text(self, result: ImportResult) -> str:
        if not result.applied:
            return self.tr("Nichts zu übernehmen: Alles ist schon auf diesem Stand.")
        t = result.preview.totals()
        text = self.tr("Übernommen von „{office}“: {new} neu, {updated} aktualisiert, "
                       "{unchanged} unverändert").format(
            office=result.preview.origin_site_name, new=format_count(t.new),
            updated=format_count(t.updated), unchanged=format_count(t.unchanged))
        if t.conflicts:
            text += self.tr(", {n} Konflikt(e) ({mine}× eigene Fassung behalten, {theirs}× "
                            "Fassung aus dem Paket übernommen)").format(
                n=format_count(t.conflicts), mine=format_count(result.kept_mine),
                theirs=format_count(result.took_theirs))
        if t.skipped:
            text += self.tr(", {n} übersprungen").format(n=format_count(t.skipped))
        return text + "."

    # ------------------------------------------------------------------ jobs

    def _run(self, job: Any, text: str, done: Any, failed: Any) -> None:
        def finished(result: Any) -> None:
            self._set_busy(False)
            done(result)

        def error(err: BaseException) -> None:
            self._set_busy(False)
            failed(err)

        if self._busy:
            return
        self.progress.start(text)
        self._set_busy(True)
        if not self.tasks.run(job, text.replace(" {percent} %", ""), finished, error):
            self._set_busy(False)
            text = self.tr("Bitte warten, bis die laufende Aufgabe fertig ist, und es dann "
                           "erneut versuchen.")
            if self.bundle is None:
                self._show_refusal(text)
            else:
                self.show_error(text)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        if not busy:
            self.progress.stop()
        self.pages.setEnabled(not busy)
        self._update_buttons()

    @property
    def busy(self) -> bool:
        return self._busy

    def _update_buttons(self) -> None:
        preview = self.preview
        page = self.pages.currentIndex()
        ready = page == PAGE_PREVIEW and preview is not None and not self._busy
        confirmed = preview is None or not preview.signature.needs_confirmation \
            or self.key_check.isChecked()
        self.apply_button.setVisible(page != PAGE_ERROR)
        self.apply_button.setEnabled(bool(ready and preview is not None
                                          and preview.has_changes and confirmed))
        self.apply_button.setDefault(self.apply_button.isEnabled())
        can_change = page == PAGE_PREVIEW and preview is not None and preview.has_changes
        self.close_button.setText(self.tr("Abbrechen") if can_change else self.tr("Schließen"))
        self.close_button.setEnabled(not self._busy)

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    # ------------------------------------------------------------------ hooks (tests)

    def inform(self, text: str) -> None:
        tell(self, self.tr("Paket importieren"), text)

    def show_error(self, text: str) -> None:
        tell(self, self.tr("Paket importieren"), text, warning=True)


# --------------------------------------------------------------------------- entry point


def ask_open_path(parent: QWidget | None) -> Path | None:
    """The file dialog for a bundle. (Tests replace this.)"""
    path, _ = QFileDialog.getOpenFileName(
        parent, translate("ImportDialog", "Paket importieren"), last_folder(),
        translate("ImportDialog", "kimboard-Paket (*.kimb);;Alle Dateien (*)"))
    return Path(path) if path else None


def exec_dialog(dialog: QDialog) -> int:
    """Show ``dialog`` modally. (Tests replace this.)"""
    return dialog.exec()


def import_interactively(parent: QWidget | None, db: Database, path: Path | str | None = None,
                         *, tasks: TaskRunner | None = None) -> bool:
    """Datei → Paket importieren …: choose the file (``path`` None), preview, confirm, apply.
    True when the database changed (the caller reloads)."""
    if path is None:
        path = ask_open_path(parent)
        if path is None:
            return False
    dialog = ImportDialog(db, path, tasks=tasks, parent=parent)
    try:
        dialog.start()
        exec_dialog(dialog)
        return dialog.import_result is not None and dialog.import_result.applied
    finally:
        dialog.deleteLater()


__all__ = ["ImportDialog", "Loaded", "ask_open_path", "import_interactively"]
