"""The export dialog: what to export, the privacy check, then the bundle file.

Step 1 chooses the scope — the whole office, one board, one retrospective, or solution
approaches (all or chosen) — and the options (pseudonymise team members, leave comments out,
sign). Step 2 is the privacy check (``kimboard.core.privacy.scan_records`` over exactly the
texts the bundle would contain, :func:`kimboard.core.bundle.export_text_records`): every
finding with where it is, what it looks like and an excerpt with the match highlighted. The
user edits the card (double-click opens it), leaves comments out, or exports anyway after an
explicit confirmation — the check warns, the user decides. Then a file name, and the export on
the worker thread with its progress; the core writes a temporary file and renames it, so a
failed export leaves no half file.

The scan and the export run on the worker thread (:class:`kimboard.ui.tasks.TaskRunner`).
Message boxes and the file dialog go through :meth:`ExportDialog.confirm`,
:meth:`~ExportDialog.inform`, :meth:`~ExportDialog.show_error` and
:meth:`~ExportDialog.ask_save_path`, which tests replace.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSettings,
    QSize,
    Qt,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from kimboard.core.bundle import (
    EXTENSION,
    ExportOptions,
    ExportResult,
    ExportScope,
    default_file_name,
    export_bundle,
    export_text_records,
    prepare_export,
)
from kimboard.core.bundle.format import human_size
from kimboard.core.db import Database
from kimboard.core.models import (
    Board,
    Card,
    ChecklistItem,
    Comment,
    Retrospective,
    Site,
    SolutionApproach,
)
from kimboard.core.privacy import Finding, scan_records
from kimboard.ui.exchange.common import (
    MUTED_STYLE,
    OK_STYLE,
    WARNING_STYLE,
    ProgressBridge,
    ask,
    entity_label,
    error_text,
    last_folder,
    plain_label,
    remember_folder,
    tell,
)
from kimboard.ui.i18n import format_count, format_date
from kimboard.ui.tasks import TaskRunner

translate = QCoreApplication.translate

_Index = QModelIndex | QPersistentModelIndex

#: Item role of the excerpt column: (before, match, after) for the highlighting delegate.
PartsRole = Qt.ItemDataRole.UserRole + 1

#: Characters of context each side of a finding in the excerpt.
CONTEXT = 30

KIND_LABELS = {
    "email": QT_TRANSLATE_NOOP("ExportDialog", "E-Mail-Adresse"),
    "phone": QT_TRANSLATE_NOOP("ExportDialog", "Telefonnummer"),
    "iban": QT_TRANSLATE_NOOP("ExportDialog", "IBAN"),
    "date_of_birth": QT_TRANSLATE_NOOP("ExportDialog", "Geburtsdatum"),
    "aktenzeichen": QT_TRANSLATE_NOOP("ExportDialog", "Aktenzeichen"),
    "azr": QT_TRANSLATE_NOOP("ExportDialog", "AZR-Nummer"),
    "address": QT_TRANSLATE_NOOP("ExportDialog", "Anschrift"),
}

#: Records of these entities belong to a card: the card editor can change them.
CARD_ENTITIES = ("card", "checklist_item", "comment")

_SETTINGS_PREFIX = "exchange/export/"


def kind_label(finding: Finding) -> str:
    source = KIND_LABELS.get(finding.kind)
    return translate("ExportDialog", source) if source else finding.kind_label


def excerpt_parts(text: str, start: int, end: int,
                  context: int = CONTEXT) -> tuple[str, str, str]:
    """The finding ``text[start:end]`` with a little context each side, on one line."""
    left = max(0, start - context)
    right = min(len(text), end + context)

    def one_line(part: str) -> str:
        return re.sub(r"\s+", " ", part)

    before = one_line(text[left:start]).lstrip()
    after = one_line(text[end:right]).rstrip()
    return (("…" if left > 0 else "") + before, one_line(text[start:end]),
            after + ("…" if right < len(text) else ""))


def bracketed(parts: tuple[str, str, str]) -> str:
    """The excerpt as plain text, the match in »…« (what a screen reader says)."""
    before, match, after = parts
    return f"{before}»{match}«{after}"


class HighlightDelegate(QStyledItemDelegate):
    """Paints the excerpt with the finding highlighted (bold on yellow)."""

    def _document(self, option: QStyleOptionViewItem, parts: tuple[str, str, str]) -> QTextDocument:
        before, match, after = parts
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(2)
        doc.setHtml(
            f"<span style='white-space: pre'>{html.escape(before)}"
            f"<span style='background-color: #fde68a; color: #111827; font-weight: 600'>"
            f"{html.escape(match)}</span>{html.escape(after)}</span>")
        return doc

    def paint(self, painter: Any, option: QStyleOptionViewItem, index: _Index) -> None:
        parts = index.data(PartsRole)
        if not parts:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:
            super().paint(painter, option, index)
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        doc = self._document(opt, tuple(parts))
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        painter.save()
        painter.translate(rect.topLeft().x(),
                          rect.topLeft().y() + max(0.0, (rect.height() - doc.size().height()) / 2))
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        parts = index.data(PartsRole)
        if not parts:
            return super().sizeHint(option, index)
        doc = self._document(option, tuple(parts))
        return QSize(int(doc.idealWidth()) + 8, int(doc.size().height()) + 2)


class ExportDialog(QDialog):
    """Export of one (local) office: scope and options, privacy check, file, export.

    After ``exec()``, :attr:`result_path` is the written file (None when nothing was
    exported). :attr:`problem` is set (and the dialog should not be shown) when the office
    cannot be exported from here.
    """

    def __init__(self, db: Database, site_id: int, *, board_id: int | None = None,
                 tasks: TaskRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.site_id = site_id
        self.tasks = tasks if tasks is not None else TaskRunner(self)
        self.findings: list[Finding] = []
        self.result_path: Path | None = None
        self.export_result: ExportResult | None = None
        self.problem: str | None = None
        self._busy = False
        self._scanned: tuple[ExportScope, ExportOptions] | None = None
        self._load(board_id)

        self.setWindowTitle(self.tr("Paket exportieren – {office}").format(office=self.site_name))
        self.setAccessibleName(self.tr("Paket exportieren"))
        self.setSizeGripEnabled(True)
        self.setMinimumSize(720, 560)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_scope_page(board_id))
        self.pages.addWidget(self._build_check_page())

        self.progress_label = plain_label()
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("Fortschritt"))
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(10)
        self.progress = ProgressBridge(self.progress_label, self.progress_bar, self.tasks)
        self.progress.stop()

        self.back_button = QPushButton(self.tr("&Zurück"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton(self.tr("&Weiter: Datenschutz prüfen"))
        self.next_button.clicked.connect(self.run_check)
        self.export_button = QPushButton(self.tr("&Exportieren …"))
        self.export_button.clicked.connect(self.export_anyway)
        self.cancel_button = QPushButton(self.tr("Abbrechen"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QDialogButtonBox()
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.next_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        for button in buttons.buttons():
            button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(buttons)
        self.resize(860, 680)
        self._show_page(0)

    # ------------------------------------------------------------------ data

    def _load(self, board_id: int | None) -> None:
        from kimboard.core.bundle import signing

        with self.db.session() as s:
            site = s.get(Site, self.site_id)
            if site is None:
                self.problem = self.tr("Die Dienststelle gibt es nicht (mehr).")
                self.site_name = ""
                self.site_local = False
            else:
                self.site_name = site.name
                self.site_local = bool(site.is_local)
            self.boards = [(b.id, b.name, b.archived_at is not None) for b in s.scalars(
                select(Board).where(Board.site_id == self.site_id)
                .order_by(Board.archived_at.is_not(None), Board.name))]
            self.retros = [(r.id, r.title, r.held_on) for r in s.scalars(
                select(Retrospective).where(Retrospective.site_id == self.site_id)
                .order_by(Retrospective.held_on.desc(), Retrospective.title))]
            self.solutions = [(a.id, a.title, a.archived_at is not None) for a in s.scalars(
                select(SolutionApproach).where(SolutionApproach.site_id == self.site_id)
                .order_by(SolutionApproach.title))]
            key = signing.site_key(s, self.site_id) if site is not None else None
            self.key_fingerprint = (signing.fingerprint(bytes.fromhex(key.public_key))
                                    if key is not None else None)
        if self.problem is None and not self.site_local:
            self.problem = self.tr(
                "„{office}“ wurde aus einem Paket einer anderen Dienststelle übernommen. "
                "Exportieren lassen sich nur Einträge der eigenen Dienststelle.").format(
                office=self.site_name)
        if board_id is not None and board_id not in {b[0] for b in self.boards}:
            self.problem = self.problem or self.tr(
                "Das Board gehört nicht zu dieser Dienststelle.")

    # ------------------------------------------------------------------ step 1: scope

    def _build_scope_page(self, board_id: int | None) -> QWidget:
        page = QWidget()
        heading = QLabel(self.tr("<b>Schritt 1 von 2:</b> Was soll das Paket enthalten?"))
        heading.setTextFormat(Qt.TextFormat.RichText)

        scope_box = QGroupBox(self.tr("Umfang"))
        grid = QGridLayout(scope_box)
        self.scope_group = QButtonGroup(self)
        self.site_radio = QRadioButton(self.tr("Die ganze &Dienststelle „{office}“").format(
            office=self.site_name))
        self.site_radio.setToolTip(self.tr(
            "Teams, Teammitglieder, Netzwerkpartner, alle Boards mit Karten und Verlauf, "
            "Retrospektiven, Vorlagen und Lösungsansätze."))
        self.board_radio = QRadioButton(self.tr("Ein &Board:"))
        self.board_radio.setToolTip(self.tr(
            "Das Board mit Spalten, Karten, Checklisten, Kommentaren, Verlauf, Sprints und "
            "deren Retrospektiven, dazu die darin genannten Teammitglieder und Partner."))
        self.board_combo = QComboBox()
        self.board_combo.setAccessibleName(self.tr("Board für den Export"))
        for bid, name, archived in self.boards:
            self.board_combo.addItem(
                self.tr("{name} (archiviert)").format(name=name) if archived else name, bid)
        self.retro_radio = QRadioButton(self.tr("Eine &Retrospektive:"))
        self.retro_radio.setToolTip(self.tr(
            "Die Retrospektive mit Beiträgen, Gruppen, Punkten, Bewertungen und Maßnahmen."))
        self.retro_combo = QComboBox()
        self.retro_combo.setAccessibleName(self.tr("Retrospektive für den Export"))
        for rid, title, held_on in self.retros:
            self.retro_combo.addItem(self.tr("{date} – {title}").format(
                date=format_date(held_on), title=title), rid)
        self.solutions_radio = QRadioButton(self.tr("&Lösungsansätze:"))
        self.all_solutions_radio = QRadioButton(self.tr("&alle ({n})").format(
            n=format_count(len(self.solutions))))
        self.chosen_solutions_radio = QRadioButton(self.tr("nur &ausgewählte:"))
        self.solution_mode = QButtonGroup(self)
        self.solution_mode.addButton(self.all_solutions_radio)
        self.solution_mode.addButton(self.chosen_solutions_radio)
        self.all_solutions_radio.setChecked(True)
        self.solution_list = QListWidget()
        self.solution_list.setAccessibleName(self.tr("Lösungsansätze für den Export"))
        self.solution_list.setMaximumHeight(130)
        for aid, title, archived in self.solutions:
            item = QListWidgetItem(
                self.tr("{title} (archiviert)").format(title=title) if archived else title)
            item.setData(Qt.ItemDataRole.UserRole, aid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.solution_list.addItem(item)
        self.solution_list.itemChanged.connect(lambda _i: self._update_buttons())
        for radio in (self.site_radio, self.board_radio, self.retro_radio,
                      self.solutions_radio):
            self.scope_group.addButton(radio)
        grid.addWidget(self.site_radio, 0, 0, 1, 2)
        grid.addWidget(self.board_radio, 1, 0)
        grid.addWidget(self.board_combo, 1, 1)
        grid.addWidget(self.retro_radio, 2, 0)
        grid.addWidget(self.retro_combo, 2, 1)
        grid.addWidget(self.solutions_radio, 3, 0)
        solution_row = QHBoxLayout()
        solution_row.addWidget(self.all_solutions_radio)
        solution_row.addWidget(self.chosen_solutions_radio)
        solution_row.addStretch(1)
        grid.addLayout(solution_row, 3, 1)
        grid.addWidget(self.solution_list, 4, 1)
        grid.setColumnStretch(1, 1)
        self.board_radio.setEnabled(bool(self.boards))
        self.retro_radio.setEnabled(bool(self.retros))
        self.solutions_radio.setEnabled(bool(self.solutions))
        if board_id is not None and self.boards:
            self.board_radio.setChecked(True)
            self.board_combo.setCurrentIndex(max(0, self.board_combo.findData(board_id)))
        else:
            self.site_radio.setChecked(True)
        self.scope_group.buttonToggled.connect(lambda _b, _c: self._update_scope_widgets())
        self.solution_mode.buttonToggled.connect(lambda _b, _c: self._update_scope_widgets())

        options_box = QGroupBox(self.tr("Optionen"))
        options = QVBoxLayout(options_box)
        settings = QSettings()
        self.pseudonymize_check = QCheckBox(self.tr("Teammitglieder &pseudonymisieren"))
        self.pseudonymize_check.setChecked(
            settings.value(_SETTINGS_PREFIX + "pseudonymize", False) in (True, "true"))
        pseudo_hint = self._hint(self.tr(
            "Namen werden zu „Teammitglied 7F3A2C91“ – auch wo sie in Texten stehen. Der "
            "Schlüssel dafür bleibt in dieser Datenbank."))
        self.no_comments_check = QCheckBox(self.tr("&Kommentare weglassen"))
        self.sign_check = QCheckBox(self.tr("&Signieren"))
        self.sign_check.setChecked(
            settings.value(_SETTINGS_PREFIX + "sign", False) in (True, "true"))
        if self.key_fingerprint:
            sign_text = self.tr("Mit dem Schlüssel der Dienststelle (Fingerabdruck {fp}). "
                                "Die empfangende Stelle erkennt so, dass das Paket von Ihnen "
                                "stammt und unverändert ist.").format(fp=self.key_fingerprint)
        else:
            sign_text = self.tr("Beim ersten Signieren wird ein Schlüssel für die Dienststelle "
                                "angelegt. Die empfangende Stelle erkennt so, dass das Paket "
                                "von Ihnen stammt und unverändert ist.")
        sign_hint = self._hint(sign_text)
        self.pseudonymize_check.setAccessibleDescription(pseudo_hint.text())
        self.sign_check.setAccessibleDescription(sign_hint.text())
        options.addWidget(self.pseudonymize_check)
        options.addWidget(pseudo_hint)
        options.addWidget(self.no_comments_check)
        options.addWidget(self.sign_check)
        options.addWidget(sign_hint)

        next_hint = plain_label(self.tr(
            "Als Nächstes prüft kimboard alle Texte, die das Paket enthielte, auf "
            "personenbezogene Angaben (E-Mail-Adressen, Telefonnummern, Aktenzeichen …)."))
        next_hint.setStyleSheet(MUTED_STYLE)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(scope_box)
        layout.addWidget(options_box)
        layout.addWidget(next_hint)
        layout.addStretch(1)
        self._update_scope_widgets()
        return page

    @staticmethod
    def _hint(text: str) -> QLabel:
        label = plain_label(text)
        label.setStyleSheet(MUTED_STYLE + " margin-left: 24px;")
        return label

    def _update_scope_widgets(self) -> None:
        self.board_combo.setEnabled(self.board_radio.isChecked())
        self.retro_combo.setEnabled(self.retro_radio.isChecked())
        solutions = self.solutions_radio.isChecked()
        self.all_solutions_radio.setEnabled(solutions)
        self.chosen_solutions_radio.setEnabled(solutions)
        chosen = solutions and self.chosen_solutions_radio.isChecked()
        self.solution_list.setEnabled(chosen)
        self.solution_list.setVisible(chosen)
        if hasattr(self, "next_button"):
            self._update_buttons()

    def chosen_solution_ids(self) -> tuple[int, ...]:
        return tuple(
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.solution_list.item(i) for i in range(self.solution_list.count()))
            if item.checkState() == Qt.CheckState.Checked)

    def scope(self) -> ExportScope | None:
        """The chosen scope (None while it is incomplete)."""
        if self.board_radio.isChecked():
            board = self.board_combo.currentData()
            return ExportScope.board(self.site_id, int(board)) if board is not None else None
        if self.retro_radio.isChecked():
            retro = self.retro_combo.currentData()
            return ExportScope.retro(self.site_id, int(retro)) if retro is not None else None
        if self.solutions_radio.isChecked():
            if self.all_solutions_radio.isChecked():
                return ExportScope.solutions(self.site_id)
            chosen = self.chosen_solution_ids()
            return ExportScope.solutions(self.site_id, chosen) if chosen else None
        return ExportScope.site(self.site_id)

    def options(self) -> ExportOptions:
        return ExportOptions(pseudonymize=self.pseudonymize_check.isChecked(),
                             comments=not self.no_comments_check.isChecked(),
                             sign=self.sign_check.isChecked())

    def scope_text(self) -> str:
        """„ein Board „Teamboard“ · pseudonymisiert · ohne Kommentare · signiert“."""
        if self.board_radio.isChecked():
            names = {bid: name for bid, name, _archived in self.boards}
            what = self.tr("Board „{name}“").format(
                name=names.get(self.board_combo.currentData(), ""))
        elif self.retro_radio.isChecked():
            titles = {rid: title for rid, title, _held in self.retros}
            what = self.tr("Retrospektive „{title}“").format(
                title=titles.get(self.retro_combo.currentData(), ""))
        elif self.solutions_radio.isChecked():
            what = (self.tr("alle Lösungsansätze") if self.all_solutions_radio.isChecked()
                    else self.tr("{n} ausgewählte Lösungsansätze").format(
                        n=format_count(len(self.chosen_solution_ids()))))
        else:
            what = self.tr("die ganze Dienststelle „{office}“").format(office=self.site_name)
        options = self.options()
        parts = [what]
        if options.pseudonymize:
            parts.append(self.tr("pseudonymisiert"))
        if not options.comments:
            parts.append(self.tr("ohne Kommentare"))
        parts.append(self.tr("signiert") if options.sign else self.tr("nicht signiert"))
        return " · ".join(parts)

    # ------------------------------------------------------------------ step 2: privacy check

    def _build_check_page(self) -> QWidget:
        page = QWidget()
        heading = QLabel(self.tr("<b>Schritt 2 von 2:</b> Datenschutz-Prüfung"))
        heading.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label = plain_label()
        self.summary_label.setStyleSheet(MUTED_STYLE)
        self.result_label = plain_label()
        self.result_label.setAccessibleName(self.tr("Ergebnis der Datenschutz-Prüfung"))

        self.findings_table = QTableWidget(0, 3)
        self.findings_table.setAccessibleName(self.tr("Funde der Datenschutz-Prüfung"))
        self.findings_table.setHorizontalHeaderLabels(
            [self.tr("Wo"), self.tr("Was"), self.tr("Auszug")])
        self.findings_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.findings_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.findings_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.findings_table.verticalHeader().setVisible(False)
        self.findings_table.setWordWrap(False)
        self.findings_table.setAlternatingRowColors(True)
        header = self.findings_table.horizontalHeader()
        header.setAccessibleName(self.tr("Spaltenköpfe der Funde"))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.findings_table.setColumnWidth(0, 300)
        self.findings_table.setItemDelegateForColumn(2, HighlightDelegate(self.findings_table))
        self.findings_table.itemSelectionChanged.connect(self._update_buttons)
        self.findings_table.itemActivated.connect(lambda _item: self.open_selected_card())

        self.edit_hint = plain_label(self.tr(
            "So geht es weiter: Texte ändern – ein Doppelklick auf einen Fund in einer Karte "
            "öffnet die Karte; danach „Erneut prüfen“. Oder Kommentare weglassen. Oder, wenn "
            "jeder Fund geprüft ist und weitergegeben werden darf, trotzdem exportieren."))
        self.edit_hint.setStyleSheet(MUTED_STYLE)

        self.open_card_button = QPushButton(self.tr("Karte ö&ffnen …"))
        self.open_card_button.setToolTip(self.tr(
            "Die Karte des gewählten Fundes bearbeiten; danach wird erneut geprüft."))
        self.open_card_button.clicked.connect(self.open_selected_card)
        self.rescan_button = QPushButton(self.tr("Erneut &prüfen"))
        self.rescan_button.clicked.connect(self.run_check)
        self.drop_comments_button = QPushButton(self.tr("&Kommentare weglassen"))
        self.drop_comments_button.setToolTip(self.tr(
            "Das Paket ohne Kommentare erstellen und erneut prüfen."))
        self.drop_comments_button.clicked.connect(self.leave_comments_out)
        actions = QHBoxLayout()
        actions.addWidget(self.open_card_button)
        actions.addWidget(self.rescan_button)
        actions.addWidget(self.drop_comments_button)
        actions.addStretch(1)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.result_label)
        layout.addWidget(self.findings_table, 1)
        layout.addWidget(self.edit_hint)
        layout.addLayout(actions)
        return page

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self._update_buttons()

    def go_back(self) -> None:
        self._show_page(0)

    def run_check(self) -> None:
        """Run the privacy check over what the chosen export would contain (worker thread)."""
        scope = self.scope()
        if scope is None:
            return
        options = self.options()
        db, site_id = self.db, self.site_id

        def job() -> list[Finding]:
            if options.pseudonymize or options.sign:
                db.run(prepare_export, site_id, pseudonymize=options.pseudonymize,
                       sign=options.sign)
            with db.session() as s:
                return list(scan_records(export_text_records(s, scope, options)))

        def done(findings: list[Finding]) -> None:
            self._scanned = (scope, options)
            self.show_findings(findings)
            self._show_page(1)

        self._start(job, self.tr("Die Texte werden geprüft …"), done)

    def show_findings(self, findings: list[Finding]) -> None:
        self.findings = list(findings)
        self.summary_label.setText(self.tr("Paket: {what}").format(what=self.scope_text()))
        table = self.findings_table
        table.setRowCount(0)
        table.setRowCount(len(findings))
        for row, finding in enumerate(findings):
            parts = excerpt_parts(finding.record.text, finding.start, finding.end)
            where = QTableWidgetItem(finding.record.label)
            where.setToolTip(finding.record.label)
            what = QTableWidgetItem(kind_label(finding))
            excerpt = QTableWidgetItem(bracketed(parts))
            excerpt.setData(PartsRole, parts)
            excerpt.setToolTip(finding.matched)
            for column, item in enumerate((where, what, excerpt)):
                table.setItem(row, column, item)
        table.resizeRowsToContents()
        if findings:
            self.result_label.setText(self.tr(
                "{n} mögliche personenbezogene Angabe(n) in den Texten, die das Paket "
                "enthielte. Bitte jeden Fund prüfen: Namen, Kontaktdaten oder Aktenzeichen von "
                "Kundinnen und Kunden gehören nicht in ein Paket.").format(
                n=format_count(len(findings))))
            self.result_label.setStyleSheet(WARNING_STYLE)
            table.selectRow(0)
        else:
            self.result_label.setText(self.tr(
                "Keine möglichen personenbezogenen Angaben gefunden. Namen von Personen "
                "erkennt die Prüfung nicht – bitte denken Sie selbst daran."))
            self.result_label.setStyleSheet(OK_STYLE)
        table.setVisible(bool(findings))
        self.edit_hint.setVisible(bool(findings))
        self.open_card_button.setVisible(bool(findings))
        self.drop_comments_button.setVisible(bool(findings))
        self._update_buttons()

    def selected_finding(self) -> Finding | None:
        rows = self.findings_table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self.findings[row] if 0 <= row < len(self.findings) else None

    def card_of(self, finding: Finding) -> tuple[int, int] | None:
        """(board id, card id) of a finding in a card, its checklist or its comments."""
        record = finding.record
        if record.entity not in CARD_ENTITIES:
            return None
        with self.db.session() as s:
            if record.entity == "card":
                card_id = s.scalar(select(Card.id).where(Card.uuid == record.uuid))
            elif record.entity == "checklist_item":
                card_id = s.scalar(select(ChecklistItem.card_id)
                                   .where(ChecklistItem.uuid == record.uuid))
            else:
                card_id = s.scalar(select(Comment.card_id).where(Comment.uuid == record.uuid))
            if card_id is None:
                return None
            board_id = s.scalar(select(Card.board_id).where(Card.id == card_id))
        return (int(board_id), int(card_id)) if board_id is not None else None

    def open_selected_card(self) -> None:
        """Open the card of the chosen finding in the card editor, then check again."""
        finding = self.selected_finding()
        if finding is None or self._busy:
            return
        target = self.card_of(finding)
        if target is None:
            self.inform(self.tr(
                "Dieser Text gehört nicht zu einer Karte ({where}). Bitte ändern Sie ihn dort, "
                "wo er steht, und prüfen Sie dann erneut.").format(where=finding.record.label))
            return
        self.edit_card(*target)
        self.run_check()

    def edit_card(self, board_id: int, card_id: int) -> None:
        """The card editor, modal. (Tests replace this.)"""
        from kimboard.core.boardview import load_board
        from kimboard.ui.card.editor import CardEditorDialog

        with self.db.session() as s:
            snapshot = load_board(s, board_id)
        editor = CardEditorDialog(self.db, snapshot, card_id, self)
        try:
            editor.exec()
        finally:
            editor.deleteLater()

    def leave_comments_out(self) -> None:
        self.no_comments_check.setChecked(True)
        self.run_check()

    # ------------------------------------------------------------------ exporting

    def export_anyway(self) -> None:
        """„Exportieren …“ / „Trotzdem exportieren …“: confirm findings, file name, export."""
        if self._scanned is None or self._busy:
            return
        scope, options = self._scanned
        if self.findings and not self.confirm(
                self.tr("{n} mögliche personenbezogene Angabe(n) würden die Dienststelle "
                        "verlassen.\n\nHaben Sie jeden Fund geprüft, und dürfen diese Angaben "
                        "weitergegeben werden?").format(n=format_count(len(self.findings))),
                self.tr("Ja, trotzdem exportieren")):
            return
        with self.db.session() as s:
            suggested = Path(last_folder()) / default_file_name(s, scope)
        path = self.ask_save_path(suggested)
        if path is None:
            return
        if not path.suffix:
            path = path.with_suffix(EXTENSION)
        remember_folder(path)
        settings = QSettings()
        settings.setValue(_SETTINGS_PREFIX + "pseudonymize", options.pseudonymize)
        settings.setValue(_SETTINGS_PREFIX + "sign", options.sign)
        db, site_id, progress = self.db, self.site_id, self.progress

        def job() -> ExportResult:
            if options.pseudonymize or options.sign:
                db.run(prepare_export, site_id, pseudonymize=options.pseudonymize,
                       sign=options.sign)
            with db.session() as s:
                return export_bundle(s, scope, path, options, progress=progress)

        def done(result: ExportResult) -> None:
            self.export_result = result
            self.result_path = result.path
            self.inform(self.success_text(result, options))
            self.accept()

        self._start(job, self.tr("Das Paket wird geschrieben … {percent} %"), done, target=path)

    def success_text(self, result: ExportResult, options: ExportOptions) -> str:
        counts = ", ".join(f"{entity_label(name)}: {format_count(n)}"
                           for name, n in result.counts.items() if n)
        lines = [self.tr("Das Paket wurde gespeichert:\n{path}").format(path=result.path), "",
                 self.tr("{n} Einträge, {size}").format(n=format_count(result.total),
                                                         size=human_size(result.size))
                 + (self.tr(", pseudonymisiert") if options.pseudonymize else "")
                 + ("" if options.comments else self.tr(", ohne Kommentare")),
                 counts]
        if result.fingerprint:
            lines.append(self.tr("Signiert (Fingerabdruck {fp}).").format(fp=result.fingerprint))
        else:
            lines.append(self.tr("Nicht signiert."))
        if self.findings:
            lines.append(self.tr("Trotz {n} möglicher personenbezogener Angabe(n) exportiert.")
                         .format(n=format_count(len(self.findings))))
        return "\n".join(lines)

    # ------------------------------------------------------------------ jobs

    def _start(self, job: Any, text: str, done: Any, *, target: Path | None = None) -> None:
        def finished(result: Any) -> None:
            self._set_busy(False)
            done(result)

        def failed(err: BaseException) -> None:
            self._set_busy(False)
            if target is not None:
                self.show_error(self.tr(
                    "Das Paket wurde nicht gespeichert: {reason}\n\nEs ist keine "
                    "unvollständige Datei zurückgeblieben.").format(
                    reason=error_text(err, target)))
            else:
                self.show_error(error_text(err))

        if self._busy:
            return
        self.progress.start(text)
        self._set_busy(True)
        if not self.tasks.run(job, text.replace(" {percent} %", ""), finished, failed):
            self._set_busy(False)
            self.show_error(self.tr("Bitte warten, bis die laufende Aufgabe fertig ist, und es "
                                    "dann erneut versuchen."))

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
        if not hasattr(self, "export_button"):
            return
        page = self.pages.currentIndex()
        busy = self._busy
        self.back_button.setVisible(page == 1)
        self.next_button.setVisible(page == 0)
        self.export_button.setVisible(page == 1)
        self.back_button.setEnabled(not busy)
        self.next_button.setEnabled(not busy and self.scope() is not None)
        self.export_button.setEnabled(not busy and self._scanned is not None)
        self.export_button.setText(self.tr("&Trotzdem exportieren …") if self.findings
                                   else self.tr("&Exportieren …"))
        self.cancel_button.setEnabled(not busy)
        finding = self.selected_finding() if page == 1 else None
        self.open_card_button.setEnabled(
            not busy and finding is not None and finding.record.entity in CARD_ENTITIES)
        self.rescan_button.setEnabled(not busy)
        comments_found = any(f.record.entity == "comment" for f in self.findings)
        self.drop_comments_button.setEnabled(
            not busy and not self.no_comments_check.isChecked() and comments_found)
        (self.next_button if page == 0 else self.export_button).setDefault(True)

    def reject(self) -> None:
        if not self._busy:  # the worker writes; closing would lose its result
            super().reject()

    # ------------------------------------------------------------------ hooks (tests)

    def ask_save_path(self, suggested: Path) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Paket speichern"), str(suggested),
            self.tr("kimboard-Paket (*.kimb);;Alle Dateien (*)"))
        return Path(path) if path else None

    def confirm(self, text: str, yes: str) -> bool:
        return ask(self, self.tr("Paket exportieren"), text, yes, self.tr("Zurück zur Prüfung"))

    def inform(self, text: str) -> None:
        tell(self, self.tr("Paket exportieren"), text)

    def show_error(self, text: str) -> None:
        tell(self, self.tr("Paket exportieren"), text, warning=True)


def export_interactively(parent: QWidget | None, db: Database, site_id: int, *,
                         board_id: int | None = None,
                         tasks: TaskRunner | None = None) -> Path | None:
    """Datei → Paket exportieren …: the dialog for ``site_id`` (``board_id``: preselect that
    board). Returns the written file, or None."""
    dialog = ExportDialog(db, site_id, board_id=board_id, tasks=tasks, parent=parent)
    try:
        if dialog.problem is not None:
            dialog.show_error(dialog.problem)
            return None
        exec_dialog(dialog)
        return dialog.result_path
    finally:
        dialog.deleteLater()


def exec_dialog(dialog: QDialog) -> int:
    """Show ``dialog`` modally. (Tests replace this.)"""
    return dialog.exec()


__all__ = ["ExportDialog", "export_interactively"]
