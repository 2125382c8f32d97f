"""Where things come from: the „von <Dienststelle>“ mark of what arrived in a bundle, and
„Übernehmen“ of another office's board.

What another office sent is read-only here and shows its origin. Boards, cards, the solution
library and the like mark such rows with :func:`origin_text` (one row) or, for many rows at
once, :func:`foreign_offices` + :func:`origin_text_for`. :func:`adopt_board_interactively`
copies another office's board into an own office (:func:`kimboard.core.bundle.adopt_board`)
after asking.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from kimboard.core.db import Database
from kimboard.core.errors import KimboardError
from kimboard.core.models import Board, BoardAdoption, Site
from kimboard.ui.exchange.common import MUTED_STYLE, error_text, plain_label, tell
from kimboard.ui.i18n import format_date

translate = QCoreApplication.translate


# --------------------------------------------------------------------------- „von <office>“


def foreign_offices(session: Session) -> dict[str, str]:
    """UUID → name of every office that is not this database's own (arrived in bundles)."""
    return {uuid: name for uuid, name in session.execute(
        select(Site.uuid, Site.name).where(Site.is_local.is_(False)))}


def origin_text_for(offices: dict[str, str], origin_site_uuid: str | None) -> str | None:
    """„von Ausländerbehörde Musterstadt“ when ``origin_site_uuid`` is one of ``offices``
    (see :func:`foreign_offices`); None for the own offices' rows."""
    if not origin_site_uuid:
        return None
    name = offices.get(origin_site_uuid)
    if name is None:
        return None
    return translate("Exchange", "von {office}").format(office=name)


def origin_text(source: Database | Session, origin_site_uuid: str | None) -> str | None:
    """The „von <office>“ mark of one row (None: made here, or unknown)."""
    if not origin_site_uuid:
        return None
    if isinstance(source, Database):
        with source.session() as s:
            return origin_text(s, origin_site_uuid)
    row = source.execute(select(Site.name, Site.is_local)
                         .where(Site.uuid == origin_site_uuid)).first()
    if row is None or row.is_local:
        return None
    return translate("Exchange", "von {office}").format(office=row.name)


def origin_tooltip(office: str) -> str:
    """Explains the mark: read-only here, can be adopted."""
    return translate("Exchange", "Aus einem Paket von „{office}“: hier nur lesbar. Mit "
                                 "„Übernehmen“ wird daraus eine eigene, bearbeitbare Kopie."
                     ).format(office=office)


# --------------------------------------------------------------------------- adopting a board


class AdoptBoardDialog(QDialog):
    """Asks before another office's board is copied into an own office."""

    def __init__(self, board_name: str, office: str, targets: list[tuple[int, str]],
                 adopted: dict[int, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Board übernehmen"))
        self.setAccessibleName(self.tr("Board übernehmen"))
        self.adopted = adopted
        question = QLabel()
        question.setTextFormat(Qt.TextFormat.PlainText)
        question.setText(self.tr("„{board}“ von „{office}“ in die eigene Dienststelle "
                                 "übernehmen?").format(board=board_name, office=office))
        font = question.font()
        font.setBold(True)
        question.setFont(font)
        question.setWordWrap(True)
        explain = plain_label(self.tr(
            "Kopiert werden die Spalten, Swimlanes, Labels und die offenen Karten mit ihren "
            "Checklisten. Nicht kopiert werden Personen, Kommentare, Sprints und der Verlauf. "
            "Die Kopie gehört Ihrer Dienststelle und ist bearbeitbar; „{office}“ erfährt mit "
            "Ihrem nächsten Paket (ganze Dienststelle), dass Sie das Board übernommen haben.")
            .format(office=office))
        explain.setStyleSheet(MUTED_STYLE)
        self.site_combo = QComboBox()
        for site_id, name in targets:
            self.site_combo.addItem(name, site_id)
        self.site_combo.currentIndexChanged.connect(lambda _i: self._update())
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(5000)
        self.note_edit.setPlaceholderText(self.tr("z. B. „für das Team Einbürgerung“"))
        self.already_label = plain_label()
        self.already_label.setStyleSheet(MUTED_STYLE)
        form = QFormLayout()
        site_label = QLabel(self.tr("In die &Dienststelle:"))
        site_label.setBuddy(self.site_combo)
        note_label = QLabel(self.tr("&Notiz (freiwillig):"))
        note_label.setBuddy(self.note_edit)
        form.addRow(site_label, self.site_combo)
        form.addRow(note_label, self.note_edit)
        self.adopt_button = QPushButton(self.tr("Ü&bernehmen"))
        self.adopt_button.setDefault(True)
        buttons = QDialogButtonBox()
        buttons.addButton(self.adopt_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QPushButton(self.tr("Abbrechen")),
                          QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.already_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self._update()

    def _update(self) -> None:
        site_id = self.site_id()
        when = self.adopted.get(site_id) if site_id is not None else None
        self.already_label.setText(self.tr("Diese Dienststelle hat das Board am {date} schon "
                                           "übernommen.").format(date=format_date(when))
                                   if when is not None else "")
        self.already_label.setVisible(when is not None)
        self.adopt_button.setEnabled(site_id is not None and when is None)

    def site_id(self) -> int | None:
        data = self.site_combo.currentData()
        return int(data) if data is not None else None

    def note(self) -> str:
        return self.note_edit.text().strip()


def exec_dialog(dialog: QDialog) -> int:
    """Show ``dialog`` modally. (Tests replace this.)"""
    return dialog.exec()


def show_error(parent: QWidget | None, text: str) -> None:
    """A German error in a message box. (Tests replace this.)"""
    tell(parent, translate("AdoptBoardDialog", "Board übernehmen"), text, warning=True)


def adopt_board_interactively(parent: QWidget | None, db: Database,
                              board_id: int) -> str | None:
    """„Übernehmen“ of another office's board: ask (which own office, a note), then copy it.
    Returns the copy's UUID, or None (cancelled or refused — the reason was shown)."""
    from kimboard.core.bundle import adopt_board

    with db.session() as s:
        board = s.get(Board, board_id)
        if board is None:
            show_error(parent, translate("AdoptBoardDialog", "Das Board gibt es nicht (mehr)."))
            return None
        origin = s.get_one(Site, board.site_id)
        board_name, office, origin_local = board.name, origin.name, bool(origin.is_local)
        targets = [(site.id, site.name) for site in s.scalars(
            select(Site).where(Site.is_local.is_(True), Site.archived_at.is_(None),
                               Site.id != board.site_id).order_by(Site.name))]
        uuids = {site.uuid: site.id for site in s.scalars(select(Site))}
        adopted = {uuids[a.adopting_site_uuid]: a.adopted_on for a in s.scalars(
            select(BoardAdoption).where(BoardAdoption.board_id == board_id))
            if a.adopting_site_uuid in uuids}
    if origin_local:
        show_error(parent, translate(
            "AdoptBoardDialog", "„{board}“ gehört schon zu einer eigenen Dienststelle. "
                                "Übernehmen lassen sich Boards, die andere Dienststellen "
                                "geschickt haben.").format(board=board_name))
        return None
    if not targets:
        show_error(parent, translate(
            "AdoptBoardDialog", "Es gibt hier keine eigene Dienststelle, in die das Board "
                                "übernommen werden könnte. Bitte zuerst eine Dienststelle "
                                "anlegen."))
        return None
    dialog = AdoptBoardDialog(board_name, office, targets, adopted, parent)
    try:
        if not exec_dialog(dialog):
            return None
        site_id, note = dialog.site_id(), dialog.note()
    finally:
        dialog.deleteLater()
    if site_id is None:
        return None
    try:
        result = db.run(adopt_board, board_id, site_id, note)
    except KimboardError as err:
        show_error(parent, error_text(err))
        return None
    return str(result.value.uuid)


__all__ = ["AdoptBoardDialog", "adopt_board_interactively", "foreign_offices", "origin_text",
           "origin_text_for", "origin_tooltip"]
