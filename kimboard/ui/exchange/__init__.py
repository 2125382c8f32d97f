"""Exchange between offices in the window: the export dialog (scope, privacy check,
pseudonymising, signing), the import dialog (preview, conflicts, confirmation), the
„von <Dienststelle>“ marks and „Übernehmen“ of another office's board.

Entry points for the main window's menus:

- :func:`export_interactively` — Datei → Paket exportieren … (``board_id`` preselects a board);
- :func:`import_interactively` — Datei → Paket importieren … (True: reload the window);
- :func:`adopt_board_interactively` — Board → Übernehmen … on another office's board;
- :func:`origin_text` / :func:`foreign_offices` + :func:`origin_text_for` — „von <office>“.
"""

from kimboard.ui.exchange.export_dialog import ExportDialog, export_interactively
from kimboard.ui.exchange.import_dialog import ImportDialog, import_interactively
from kimboard.ui.exchange.origin import (
    adopt_board_interactively,
    foreign_offices,
    origin_text,
    origin_text_for,
    origin_tooltip,
)

__all__ = [
    "ExportDialog", "ImportDialog", "adopt_board_interactively", "export_interactively",
    "foreign_offices", "import_interactively", "origin_text", "origin_text_for",
    "origin_tooltip",
]
