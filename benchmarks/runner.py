"""Measuring helpers shared by the figures: repeated timing, medians, peak memory from /proc,
child processes that report a marker line, and the context a figure runs in.

Nothing here asserts a time: figures return numbers, people judge them.
"""

from __future__ import annotations

import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks import generate

#: Size of the top-level widgets painted by the Qt figures (a typical office screen).
WINDOW_SIZE = (1600, 1000)
#: What "quick" shrinks a 100k figure to.
QUICK_MAX_CARDS = 10_000


# --------------------------------------------------------------------------- results


class FigureSkipped(Exception):
    """A figure cannot be measured here (e.g. no PyInstaller build); the message says why.
    ``python -m benchmarks`` reports it as skipped, not as failed."""


@dataclass
class Result:
    """One figure: kimboard's number next to the baseline measured in the same run."""

    name: str
    value: float
    unit: str
    baseline: float
    explanation: str = ""
    #: extra numbers for the human report (breakdowns, per-query times); not in --json
    details: dict[str, Any] = field(default_factory=dict)
    cards: int | None = None

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline else float("inf")

    def public(self) -> dict[str, Any]:
        """Exactly the keys of ``--json``."""
        return {"name": self.name, "value": round(self.value, 3), "unit": self.unit,
                "baseline": round(self.baseline, 3), "ratio": round(self.ratio, 3)}


def size_label(n: int) -> str:
    """10000 -> "10k", 100000 -> "100k", 1500 -> "1500"."""
    if n % 1000 == 0:
        return f"{n // 1000}k"
    return str(n)


# --------------------------------------------------------------------------- timing


def now() -> float:
    return time.perf_counter()


def timed(fn: Callable[[], Any]) -> float:
    """Seconds one call of ``fn`` takes."""
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def repeat(fn: Callable[[], Any], n: int, *, warmup: int = 1) -> list[float]:
    """Seconds of ``n`` calls after ``warmup`` untimed ones; a garbage collection before each."""
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(n):
        gc.collect()
        out.append(timed(fn))
    return out


def interleaved(a: Callable[[], float], b: Callable[[], float], n: int, *,
                warmup: int = 1) -> tuple[list[float], list[float]]:
    """Run two measurements alternately (a, b, a, b …) so drift hits both alike.

    ``a`` and ``b`` measure themselves and return seconds (they may leave setup and teardown
    out of the timed part).
    """
    for _ in range(warmup):
        a()
        b()
    xs, ys = [], []
    for _ in range(n):
        gc.collect()
        xs.append(a())
        ys.append(b())
    return xs, ys


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def ms(seconds: float) -> float:
    return seconds * 1000.0


# --------------------------------------------------------------------------- memory


def _proc_status(field_name: str) -> float | None:
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith(field_name + ":"):
                    return int(line.split()[1]) / 1024.0  # kB -> MB
    except OSError:
        return None
    return None


def peak_rss_mb() -> float:
    """Peak resident memory of this process in MB (VmHWM; getrusage where /proc is missing)."""
    value = _proc_status("VmHWM")
    if value is not None:
        return value
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024.0 * 1024.0) if sys.platform == "darwin" else peak / 1024.0


def rss_mb() -> float:
    """Current resident memory in MB."""
    value = _proc_status("VmRSS")
    return value if value is not None else peak_rss_mb()


#: Python source a child process runs to print its memory; used by child scripts.
MEMORY_SNIPPET = '''
def _mem(field):
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    import resource, sys
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024.0 * 1024.0) if sys.platform == "darwin" else peak / 1024.0
'''


# --------------------------------------------------------------------------- a PySide6 bug

#: Python source of :func:`compensate_none_leak`, for child processes (defines and calls it).
NONE_LEAK_SNIPPET = '''
def _compensate_none_leak():
    import sys
    if sys.version_info >= (3, 12):  # None is immortal there
        return 0
    from PySide6.QtCore import QObject
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(100):
        probe.setObjectName("probe")
    if before - sys.getrefcount(None) < 50:
        return 0
    import ctypes
    extra = 1 << 40
    ctypes.c_ssize_t.from_address(id(None)).value += extra
    return extra
_NONE_LEAK_COMPENSATED = bool(_compensate_none_leak())
'''


def compensate_none_leak() -> bool:
    """Keep this process alive despite PySide6 6.12.0's reference leak on CPython 3.11.

    With PySide6 6.12.0 (abi3 wheel) on CPython 3.11 every call of a Qt method that returns
    nothing takes one reference from ``None`` without having given one; after a few thousand
    more such calls than ``None`` has references, CPython aborts with "Fatal Python error:
    none_dealloc". Painting a big board makes millions of such calls. CPython 3.12+ makes
    ``None`` immortal and is not affected. To measure anything at all, this adds 2**40 to
    ``None``'s reference count when — and only when — a probe shows the leak. Returns True if
    it did. It is reported in the output; kimboard itself needs a real fix (see README).
    """
    namespace: dict[str, Any] = {}
    exec(NONE_LEAK_SNIPPET, namespace)  # noqa: S102 - our own constant source
    return bool(namespace["_NONE_LEAK_COMPENSATED"])


# --------------------------------------------------------------------------- child processes

MARKER = "KIMBOARD-BENCH "


def child_env(config_home: Path | None = None) -> dict[str, str]:
    """Environment of a child: offscreen Qt, no KIMBOARD_DB, its own settings folder."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("KIMBOARD_DB", None)
    # Bytecode as an installed kimboard has it (pip compiles on install): compiled once into
    # the benchmark cache, never into the source tree, even where PYTHONDONTWRITEBYTECODE is
    # set (without this each start would compile every kimboard module again).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(generate.cache_dir() / "pycache")
    if config_home is not None:
        env["XDG_CONFIG_HOME"] = str(config_home)
    return env


def run_child(code: str, args: Sequence[str] = (), *, env: dict[str, str] | None = None,
              timeout: float = 600.0, cwd: Path | None = None,
              marks: int = 1) -> tuple[float, dict[str, Any]]:
    """Start ``python -c code args…``; return (seconds until it printed the marker line, the
    JSON the marker carries). Time runs from just before the process is spawned, so it
    includes interpreter start and every import. With ``marks`` > 1 the child prints that
    many marker lines: the time and JSON are those of the first, the payload's ``"marks"``
    lists the seconds of each and the later payloads are merged in."""
    cmd = [sys.executable, "-c", code, *args]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env or child_env(), cwd=str(cwd) if cwd else None)
    elapsed = None
    payload: dict[str, Any] = {}
    try:
        assert proc.stdout is not None
        seen: list[float] = []
        for line in proc.stdout:
            if line.startswith(MARKER):
                seen.append(time.perf_counter() - t0)
                payload.update(json.loads(line[len(MARKER):]))
                if len(seen) == marks:
                    break
        if seen:
            elapsed = seen[0]
            if marks > 1:
                if len(seen) < marks:
                    raise RuntimeError(f"child printed {len(seen)} of {marks} markers")
                payload["marks"] = seen
        _out, err = proc.communicate(timeout=timeout)
    except BaseException:
        proc.kill()
        proc.wait()
        raise
    if elapsed is None:
        raise RuntimeError(f"child process ended without a result (exit {proc.returncode}):\n"
                           f"{err[-3000:]}")
    return elapsed, payload


# --------------------------------------------------------------------------- context


@dataclass
class Context:
    """What a figure gets: the mode, a scratch folder, datasets, the Qt application."""

    quick: bool = False
    work: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="kimboard-bench-")))
    log: Callable[[str], None] = lambda _m: None
    cache: Path | None = None
    _datasets: dict[int, generate.Dataset] = field(default_factory=dict)

    def size(self, nominal: int) -> int:
        """The card count a figure named for ``nominal`` cards uses in this mode."""
        return min(nominal, QUICK_MAX_CARDS) if self.quick else nominal

    def repeats(self, full: int, quick: int) -> int:
        return quick if self.quick else full

    def dataset(self, n_cards: int) -> generate.Dataset:
        """The cached generated database of ``n_cards`` (read-only use)."""
        ds = self._datasets.get(n_cards)
        if ds is None:
            t0 = time.perf_counter()
            ds = generate.dataset(n_cards, folder=self.cache, log=self.log)
            if not ds.from_cache:
                self.log(f"generated {n_cards:,} cards ({ds.total_cards:,} in all, "
                         f"{ds.events:,} events) in {time.perf_counter() - t0:.1f} s")
            else:
                self.log(f"using cached {n_cards:,}-card database {ds.path}")
            self._datasets[n_cards] = ds
        return ds

    def writable(self, n_cards: int) -> generate.Dataset:
        """A private copy of the ``n_cards`` database that a figure may change."""
        return generate.working_copy(self.dataset(n_cards), self.work / "copies")

    def qapp(self) -> Any:
        """kimboard's QApplication (offscreen unless a platform was chosen)."""
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from kimboard.ui.app import make_app

        return make_app()


def process_events(app: Any, rounds: int = 1) -> None:
    for _ in range(rounds):
        app.processEvents()


def delete_widget(app: Any, widget: Any) -> None:
    """Close and really delete a widget (deferred deletes run now), then collect."""
    from PySide6.QtCore import QCoreApplication, QEvent

    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    gc.collect()


def settle_layout(app: Any, view: Any, timeout: float = 20.0) -> int:
    """Process events until a (batched) list view has laid out every row; returns rounds."""
    bar = view.verticalScrollBar()
    last, same, rounds = -1, 0, 0
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        app.processEvents()
        rounds += 1
        m = bar.maximum()
        same = same + 1 if m == last else 0
        last = m
        if same >= 5:
            break
        time.sleep(0.001)
    return rounds
