"""Retrospectives in the meeting room: start one (:func:`start_new_retro`) and run it in the
meeting window (:func:`open_retro`) — phases, privacy curtain, voting, actions, projector mode.

Modules: ``start`` (the "Neue Retrospektive" dialog), ``meeting`` (the window, phase bar,
timer), ``pages`` and ``actions`` (one page per phase), ``curtain`` (writing and voting in
turn), ``notes`` (sticky notes, drag and drop), ``presentation`` (look, projector mode),
``snapshot`` (what the window reads, Qt-free).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from kimboard.core.db import Database
    from kimboard.ui.retro.meeting import RetroMeetingWindow

#: Meeting windows without a parent are kept alive here (retro id → window).
_WINDOWS: dict[int, RetroMeetingWindow] = {}


def open_retro(parent: QWidget | None, db: Database, retro_id: int) -> RetroMeetingWindow:
    """Show the meeting window of a retrospective (or raise it when it is already open)."""
    from PySide6.QtCore import Qt

    from kimboard.ui.retro.meeting import RetroMeetingWindow

    window = _WINDOWS.get(retro_id)
    if window is not None:
        if window.isMinimized():
            window.showNormal()
        else:
            window.show()
        window.raise_()
        window.activateWindow()
        return window
    window = RetroMeetingWindow(db, retro_id, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _WINDOWS[retro_id] = window
    window.destroyed.connect(lambda _obj=None, rid=retro_id: _WINDOWS.pop(rid, None))
    window.show()
    return window


def start_new_retro(parent: QWidget | None, db: Database, site_id: int,
                    board_id: int | None = None) -> int | None:
    """Ask for a new retrospective ("Neue Retrospektive"), create it and open its meeting
    window. Returns the new retrospective's id, or None when the user cancelled."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from kimboard.core.errors import KimboardError
    from kimboard.ui.retro import start

    try:
        dialog = start.NewRetroDialog(db, site_id, board_id, parent)
    except KimboardError as err:
        box = QMessageBox(QMessageBox.Icon.Warning, "kimboard", str(err),
                          QMessageBox.StandardButton.Ok, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        return None
    try:
        if not start.exec_dialog(dialog) or dialog.retro_id is None:
            return None
        retro_id = dialog.retro_id
    finally:
        dialog.deleteLater()
    open_retro(parent, db, retro_id)
    return retro_id


__all__ = ["open_retro", "start_new_retro"]
