"""One kimboard window per database: a second start brings the first window to the front.

Decision: a second ``kimboard`` on the same database file does not open a second window (not
even a read-only one). Two windows of one person on one file would show each other stale
boards and end in conflict messages; the window that is already open is what the person
wants. So the second start asks the first to come to the front, says so on stderr, and ends
(exit code 0); given a bundle (``kimboard PAKET.kimb``), it hands the path over and the
first window shows the import preview. Other processes of the same user on the same PC (the
CLI, another user's window on a shared file) are not kept out: they write at the same time
safely through SQLite's locking, the busy timeout and optimistic locking (a conflict message,
never a silent overwrite). That needs one PC: SQLite's write-ahead log, which kimboard uses,
does not work across a network share, so a database on a network drive is for one PC at a
time (docs/it-deployment.md).

How: a :class:`QLockFile` in the temporary folder, keyed by user and database path, decides
who is first (a lock left by a crashed kimboard is recognised as stale and taken over); the
first listens on a :class:`QLocalServer` of the same key, the second connects and sends
``raise``. The server answers ``ok`` after raising its window.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from kimboard.paths import instance_key

if TYPE_CHECKING:  # QtNetwork is imported when needed: not before the window is painted
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE = b"raise"
PING = b"ping"
#: ``open <path>``: come to the front and show the import preview of that bundle.
OPEN = b"open "
#: How long the second start waits for the first to answer.
ANSWER_TIMEOUT_MS = 5000


def _lock_path(key: str) -> str:
    return os.path.join(tempfile.gettempdir(), f"{key}.lock")


def send(key: str, message: bytes, timeout_ms: int = ANSWER_TIMEOUT_MS) -> bytes | None:
    """Send ``message`` to the kimboard holding ``key``: its answer, ``b""`` when it took the
    message but did not answer in time, None when nobody listens.

    Keeps the event loop of this thread turning while it waits, so it also works when the
    server lives in the same process (tests).
    """
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(key)
    if not socket.waitForConnected(min(timeout_ms, 1000)):
        return None
    socket.write(message + b"\n")
    socket.flush()
    answer = b""
    deadline = time.monotonic() + timeout_ms / 1000
    while time.monotonic() < deadline and not answer.endswith(b"\n"):
        QCoreApplication.processEvents()
        if socket.waitForReadyRead(20):
            answer += bytes(socket.readAll().data())
        elif socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
            break
    answer += bytes(socket.readAll().data())  # an answer that came with the disconnect
    socket.abort()
    return answer.strip()


class InstanceGuard(QObject):
    """Decides whether this process is the kimboard of ``db_path``.

    :meth:`acquire` returns True for the first (which then listens and emits
    :attr:`activated` whenever another start asks for the window), False for a later one,
    which has then already asked the first to come forward (:attr:`delivered`).
    """

    activated = Signal()
    #: A later start was given a bundle to open (an absolute path, as a str that may carry
    #: surrogate escapes of undecodable bytes: hence ``object``, not a Qt string).
    open_requested = Signal(object)

    def __init__(self, db_path: Path | str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.key = instance_key(db_path)
        self._lock = QLockFile(_lock_path(self.key))
        self._server: QLocalServer | None = None
        #: For a later start: the first one answered and came to the front.
        self.delivered = False
        self._open_path: Path | None = None

    def acquire(self, open_path: Path | None = None, *, listen: bool = True) -> bool:
        """``open_path``: a bundle to hand to the first window if this start is a later one.
        ``listen`` False: take the lock only; :meth:`listen` follows once the window is on
        screen (a later start meanwhile waits and retries for a few seconds)."""
        self._open_path = open_path
        request = RAISE if open_path is None else OPEN + os.fsencode(
            str(Path(open_path).expanduser().resolve()))
        for _attempt in range(10):
            if self._lock.tryLock(0):
                if listen:
                    self.listen()
                return True
            if self._lock.error() != QLockFile.LockError.LockFailedError:
                # The temporary folder is not usable: better two windows than none.
                return True
            answer = send(self.key, request)
            if answer is not None:  # the first one is alive (busy if it did not answer)
                self.delivered = answer == b"ok"
                return False
            # Nobody listens: the first is just starting or ending, or it crashed and its
            # lock is stale (taken over by the next tryLock).
            self._lock.removeStaleLockFile()
            time.sleep(0.3)
        return False

    def listen(self) -> None:
        """Answer later starts (after :meth:`acquire` returned True)."""
        if self._server is not None or not self._lock.isLocked():
            return
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.key)  # a socket file left by a crashed kimboard
        if not server.listen(self.key):
            return  # the lock still keeps later starts out; they are told nobody answers
        server.newConnection.connect(self._on_connection)
        self._server = server

    def _on_connection(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            socket.setParent(self)
            socket.readyRead.connect(lambda s=socket: self._on_message(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._on_message(socket)

    def _on_message(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        message = bytes(socket.readLine().data()).strip()
        if message == RAISE:
            self.activated.emit()
            socket.write(b"ok\n")
        elif message.startswith(OPEN):
            self.activated.emit()
            socket.write(b"ok\n")
            socket.flush()
            # After the answer: the import preview is modal and must not keep the caller waiting.
            path = os.fsdecode(message[len(OPEN):])  # undecodable bytes survive as escapes
            QTimer.singleShot(0, lambda: self.open_requested.emit(path))
        elif message == PING:
            socket.write(b"pong\n")
        else:
            socket.write(b"?\n")
        socket.flush()
        socket.disconnectFromServer()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def message(self) -> str:
        """What a later start says on stderr."""
        if self.delivered:
            return (f"kimboard: Die Datenbank {self.db_path} ist schon in einem kimboard-"
                    "Fenster geöffnet; dieses Fenster wurde in den Vordergrund geholt"
                    + (" und zeigt das Paket zum Import an." if self._open_path else "."))
        return (f"kimboard: Fehler: Die Datenbank {self.db_path} ist schon in einem anderen "
                "kimboard geöffnet, das nicht antwortet (vielleicht startet es noch). Bitte "
                "einen Moment warten und das vorhandene Fenster verwenden.")


def bring_to_front(window: QWidget) -> None:
    """Show the window un-minimised and ask the window system to activate it."""
    window.show()
    state = window.windowState()
    if state & Qt.WindowState.WindowMinimized:
        window.setWindowState(state & ~Qt.WindowState.WindowMinimized)
    window.raise_()
    window.activateWindow()
