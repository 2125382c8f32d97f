"""The worker thread for long jobs: results come back on the UI thread; closing waits."""

from __future__ import annotations

import threading
import time

from PySide6.QtWidgets import QWidget

from kimboard.core.errors import ValidationError
from kimboard.ui.tasks import TaskRunner


def test_result_comes_back_on_the_ui_thread(qtbot) -> None:  # noqa: ANN001
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = TaskRunner(parent)
    seen: list[object] = []
    ui_thread = threading.get_ident()
    assert runner.run(lambda: threading.get_ident(), "…",
                      lambda r: seen.append((r, threading.get_ident())), seen.append)
    assert not runner.run(lambda: None, "…", seen.append, seen.append)  # one job at a time
    qtbot.waitUntil(lambda: not runner.busy)
    ((worker_thread, callback_thread),) = seen
    assert worker_thread != ui_thread and callback_thread == ui_thread


def test_errors_reach_the_error_callback(qtbot) -> None:  # noqa: ANN001
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = TaskRunner(parent)
    errors: list[BaseException] = []

    def fail() -> None:
        raise ValidationError("Das geht nicht.")

    runner.run(fail, "…", lambda _r: None, errors.append)
    qtbot.waitUntil(lambda: not runner.busy)
    assert [str(e) for e in errors] == ["Das geht nicht."]


def test_wait_returns_when_the_job_is_done_without_an_event_loop(qtbot) -> None:  # noqa: ANN001
    """Closing the window waits for the job; the result is never processed then. This used to
    block forever: the thread only ended when the UI thread handled the result."""
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = TaskRunner(parent)
    runner.run(lambda: time.sleep(0.05), "…", lambda _r: None, lambda _e: None)
    started = time.monotonic()
    runner.wait()  # no processEvents in between
    assert time.monotonic() - started < 10
    qtbot.waitUntil(lambda: not runner.busy)  # and the result still arrives afterwards


def test_a_finished_jobs_progress_timer_does_not_label_the_next_job(qtbot) -> None:  # noqa: ANN001
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = TaskRunner(parent)
    runner.run(lambda: None, "erste Aufgabe", lambda _r: None, lambda _e: None)
    qtbot.waitUntil(lambda: not runner.busy)
    runner.run(lambda: time.sleep(1.0), "zweite Aufgabe", lambda _r: None, lambda _e: None)
    qtbot.wait(700)  # past the first job's timer, before the second job's
    dialog = runner._dialog
    assert dialog is None or dialog.labelText() == "zweite Aufgabe"
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)


def test_run_soon_uses_a_free_runner_else_runs_now(qtbot) -> None:  # noqa: ANN001
    from kimboard.ui.tasks import run_soon

    results: list[object] = []
    errors: list[BaseException] = []
    run_soon(None, lambda: 7, "…", results.append, errors.append)  # no runner: at once
    assert results == [7]

    def fail() -> None:
        raise ValidationError("nein")

    run_soon(None, fail, "…", results.append, errors.append)
    assert [str(e) for e in errors] == ["nein"]

    parent = QWidget()
    qtbot.addWidget(parent)
    runner = TaskRunner(parent)
    gate = threading.Event()
    assert runner.run(lambda: gate.wait(5), "…", lambda _r: None, lambda _e: None)
    run_soon(runner, lambda: threading.get_ident(), "…", results.append, errors.append)
    assert results[-1] == threading.get_ident()  # the runner was busy: ran here, now
    gate.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    run_soon(runner, lambda: threading.get_ident(), "…", results.append, errors.append)
    qtbot.waitUntil(lambda: len(results) == 3, timeout=5000)
    assert results[-1] != threading.get_ident()  # free runner: on the worker thread
