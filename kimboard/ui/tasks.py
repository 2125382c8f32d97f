"""Long work off the UI thread: one worker thread, results back by signal, a progress dialog
that only appears when the work takes longer than half a second."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from kimboard.core.errors import KimboardError

PROGRESS_DELAY_MS = 500


class _Worker(QObject):
    finished = Signal(object, object)  # result, error

    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self._fn = fn

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as err:  # noqa: BLE001 - handed to the UI thread, shown there
            self.finished.emit(None, err)
        else:
            self.finished.emit(result, None)


class TaskRunner(QObject):
    """Runs one job at a time in a background thread. The database is the shared resource,
    so jobs are serialised, like Anki's ``taskman``."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QWidget, *, show_progress: bool = True) -> None:
        """``show_progress`` False: quiet background work (the daily backup) that never shows
        a progress dialog."""
        super().__init__(parent)
        self._parent = parent
        self._show_progress_dialog = show_progress
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._dialog: QProgressDialog | None = None
        self._job = 0  # counts started jobs, so a late progress timer knows it is stale
        self._callbacks: tuple[Callable[[Any], None], Callable[[BaseException], None]] = (
            lambda _r: None, lambda _e: None)

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def run(
        self,
        fn: Callable[[], Any],
        label: str,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> bool:
        """Start ``fn`` in the background; False (and nothing started) while a job runs."""
        if self.busy:
            return False
        thread = QThread(self)
        worker = _Worker(fn)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        # A bound slot of this object (which lives in the UI thread) makes the queued call
        # run in the UI thread; a bare Python callable would run in the worker thread.
        worker.finished.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        # The thread ends with the job (quit is thread-safe), so wait() returns when the job
        # is done even if the UI thread never gets to process the result (closing the app).
        worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        self._thread, self._worker = thread, worker
        self._callbacks = (on_done, on_error)
        self.busy_changed.emit(True)
        self._job += 1
        job = self._job
        if self._show_progress_dialog:
            QTimer.singleShot(PROGRESS_DELAY_MS, lambda: self._show_progress(label, job))
        thread.start()
        return True

    @Slot(object, object)
    def _finish(self, result: Any, error: BaseException | None) -> None:
        thread, worker = self._thread, self._worker
        assert thread is not None and worker is not None
        thread.quit()
        thread.wait()
        worker.deleteLater()
        thread.deleteLater()
        self._thread = self._worker = None
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.deleteLater()
            self._dialog = None
        on_done, on_error = self._callbacks
        self.busy_changed.emit(False)
        if error is None:
            on_done(result)
        else:
            on_error(error)

    def _show_progress(self, label: str, job: int) -> None:
        # A timer of a job that already ended must not show its label over the next job.
        if not self.busy or self._dialog is not None or job != self._job:
            return
        dialog = QProgressDialog(label, "", 0, 0, self._parent)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setWindowTitle("kimboard")
        dialog.show()
        self._dialog = dialog

    def wait(self) -> None:
        """Block until the current job is done (used on quit and in tests)."""
        if self._thread is not None:
            self._thread.wait()


def is_user_error(err: BaseException) -> bool:
    return isinstance(err, KimboardError)


def run_soon(tasks: TaskRunner | None, fn: Callable[[], Any], label: str,
             on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]) -> None:
    """``fn`` on the worker thread when there is a free runner; otherwise right now, with a
    wait cursor (a page without a window's runner, or while another job runs)."""
    if tasks is not None and tasks.run(fn, label, on_done, on_error):
        return
    from PySide6.QtWidgets import QApplication

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = fn()
    except Exception as err:  # noqa: BLE001 - handed to on_error, which shows it
        QApplication.restoreOverrideCursor()
        on_error(err)
        return
    QApplication.restoreOverrideCursor()
    on_done(result)

