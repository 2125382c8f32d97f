"""startup: a cold process start of kimboard on a 100,000-card database until the main window
is shown and painted, next to a process that only opens an empty PySide6 main window;
startup_ready: until the window shows the office's data (or the remembered board).

"Cold" means a new interpreter that imports everything (the operating system's file cache is
warm: one untimed start comes first). The driver does what ``kimboard --db FILE`` does in
``kimboard --db FILE``: ``kimboard.cli.main`` and ``run_gui`` themselves (single-instance
guard included) — the MainWindow frame shown and painted (first marker), then the database
opened, attached and painted again (second marker); time runs in the parent from spawning to
each marker.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from benchmarks import runner
from benchmarks.generate import Dataset
from benchmarks.runner import Context, Result

EXPLANATION = ("new process until the MainWindow is shown and painted (run_gui: the frame "
               "first, then the database) vs a process showing an empty QMainWindow")
EXPLANATION_READY = ("new process until the window shows the office overview of the 100k "
                     "database (fresh settings) vs the same empty-window process")
EXPLANATION_LAST_BOARD = ("new process until the remembered 100k board is open and painted "
                          "(the everyday start) vs the same empty-window process")

KIMBOARD_CHILD = f'''
import time
T0 = time.perf_counter()
import json, os, sys
import kimboard.cli  # what "python -m kimboard" imports first
{runner.NONE_LEAK_SNIPPET}
# The real start, "kimboard --db FILE" through cli.main and run_gui; two class methods are
# wrapped to print the marks: run_gui paints the frame (repaint) before it loads the database
# layer, then attaches the database.
from kimboard.ui.main_window import MainWindow
_repaint, _attach = MainWindow.repaint, MainWindow.attach_database
marks = {{}}

def repaint(self, *args):
    _repaint(self, *args)
    if "painted" not in marks:
        self.grab()
        marks["painted"] = time.perf_counter()
        heavy = sorted(m for m in ("sqlalchemy", "alembic", "kimboard.core.models")
                       if m in sys.modules)
        print({runner.MARKER!r} + json.dumps({{
            "to the frame painted": marks["painted"] - T0,
            "database layer loaded before the first paint": heavy}}), flush=True)

def attach(self, db):
    t = time.perf_counter()
    _attach(self, db)
    from PySide6.QtWidgets import QApplication
    QApplication.processEvents()
    self.grab()
    t2 = time.perf_counter()
    page = self.board_page
    print({runner.MARKER!r} + json.dumps({{
        "import + Database.open": t - marks["painted"], "attach_database + paint": t2 - t,
        "board_cards": len(page.controller.state.cards) if page else 0,
        "size": [self.width(), self.height()], "none_leak_compensated": _NONE_LEAK_COMPENSATED}}),
        flush=True)
    os._exit(0)

MainWindow.repaint, MainWindow.attach_database = repaint, attach
sys.exit(kimboard.cli.main(["--db", sys.argv[1]]))
'''

EMPTY_CHILD = f'''
import time
T0 = time.perf_counter()
import json, os, sys
from PySide6.QtWidgets import QApplication, QMainWindow
T1 = time.perf_counter()
{runner.NONE_LEAK_SNIPPET}
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.resize(int(sys.argv[1]), int(sys.argv[2]))
w.show()
app.processEvents()
w.grab()
print({runner.MARKER!r} + json.dumps({{"imports": T1 - T0,
      "show + paint": time.perf_counter() - T1}}), flush=True)
os._exit(0)
'''

REMEMBER_BOARD = '''
import sys
from PySide6.QtCore import QCoreApplication, QSettings
from kimboard import APP_NAME
QCoreApplication.setOrganizationName(APP_NAME)
QCoreApplication.setApplicationName(APP_NAME)
s = QSettings()
s.setValue("main/last_site", sys.argv[1])
s.setValue("main/last_board/" + sys.argv[1], sys.argv[2])
s.sync()
print("KIMBOARD-BENCH {}", flush=True)
'''


def _measure(ctx: Context, ds: Dataset, template: Path | None, name: str) -> Result:
    """``name`` "startup": to the first painted window; otherwise to the data shown."""
    n = ctx.repeats(5, 3)

    def config() -> Path:
        """A fresh settings folder for each start (a copy of ``template`` if given)."""
        target = Path(tempfile.mkdtemp(prefix="startup-config-", dir=ctx.work))
        if template is not None:
            shutil.copytree(template, target, dirs_exist_ok=True)
        return target

    last: dict = {}
    size = (1100, 720)
    painted: list[float] = []
    ready: list[float] = []

    def ours() -> float:
        nonlocal last, size
        _first, last = runner.run_child(KIMBOARD_CHILD, [str(ds.path)],
                                        env=runner.child_env(config()), marks=2)
        size = tuple(last["size"])
        painted.append(last["marks"][0])
        ready.append(last["marks"][1])
        return last["marks"][0] if name == "startup" else last["marks"][1]

    def base() -> float:
        seconds, _p = runner.run_child(EMPTY_CHILD, [str(size[0]), str(size[1])],
                                       env=runner.child_env(config()))
        return seconds

    a, b = runner.interleaved(ours, base, n)
    details = {"split of the last kimboard start (ms)": {
        k: round(runner.ms(v), 1) for k, v in last.items() if isinstance(v, float)},
        "database layer loaded before the first paint":
            last.get("database layer loaded before the first paint") or "no",
        "cards on the opened board": last.get("board_cards", 0),
        "first paint, runs (ms)": [round(runner.ms(x)) for x in painted],
        "data shown, runs (ms)": [round(runner.ms(x)) for x in ready],
        "baseline runs (ms)": [round(runner.ms(x)) for x in b]}
    return Result(name, runner.ms(runner.median(a)), "ms", runner.ms(runner.median(b)),
                  details=details)


def run(ctx: Context, cards: int) -> Result:
    return _measure(ctx, ctx.dataset(cards), None, "startup")


def run_ready(ctx: Context, cards: int) -> Result:
    return _measure(ctx, ctx.dataset(cards), None, "startup_ready")


def run_last_board(ctx: Context, cards: int) -> Result:
    ds = ctx.dataset(cards)
    template = ctx.work / "startup-config-template"
    if not template.exists():
        template.mkdir(parents=True)
        runner.run_child(REMEMBER_BOARD, [ds.site_uuid, ds.board_uuid],
                         env=runner.child_env(template))
    result = _measure(ctx, ds, template, "startup_last_board")
    if not result.details.get("cards on the opened board"):
        raise RuntimeError("kimboard did not reopen the remembered board")
    return result
