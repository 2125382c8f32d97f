"""rss_100k: peak memory of a process with a 100,000-card board open (BoardPage shown,
painted, every row laid out) next to a process with only QApplication + an empty
QMainWindow. Each is measured in its own fresh process."""

from __future__ import annotations

from typing import Any

from benchmarks import runner
from benchmarks.runner import Context, Result

EXPLANATION = ("peak RSS (VmHWM) of a fresh process with BoardPage open on the board, "
               "painted and laid out, vs a fresh process with QApplication + QMainWindow")

_SETTLE = '''
def _settle(app, views, timeout=60.0):
    import time
    bars = [v.verticalScrollBar() for v in views]
    last, same, end = None, 0, time.perf_counter() + timeout
    while time.perf_counter() < end and same < 5:
        app.processEvents()
        now = [b.maximum() for b in bars]
        same = same + 1 if now == last else 0
        last = now
        time.sleep(0.001)
'''

BOARD_CHILD = runner.MEMORY_SNIPPET + _SETTLE + f'''
import json, sys
from PySide6.QtGui import QUndoStack
from kimboard.core.db import Database
from kimboard.ui.app import make_app
from kimboard.ui.board.page import BoardPage
{runner.NONE_LEAK_SNIPPET}
app = make_app()
db = Database.open(sys.argv[1])
before = _mem("VmRSS")
page = BoardPage(db, int(sys.argv[2]), QUndoStack())
page.resize({runner.WINDOW_SIZE[0]}, {runner.WINDOW_SIZE[1]})
page.show()
app.processEvents()
page.grab()
after_paint = _mem("VmRSS")
_settle(app, list(page.view.views.values()))
page.grab()
print({runner.MARKER!r} + json.dumps({{"peak": _mem("VmHWM"), "rss": _mem("VmRSS"),
      "before_board": before, "after_first_paint": after_paint,
      "cards": len(page.controller.state.cards),
      "none_leak_compensated": _NONE_LEAK_COMPENSATED}}), flush=True)
'''

EMPTY_CHILD = runner.MEMORY_SNIPPET + f'''
import json, sys
from PySide6.QtWidgets import QApplication, QMainWindow
{runner.NONE_LEAK_SNIPPET}
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.resize({runner.WINDOW_SIZE[0]}, {runner.WINDOW_SIZE[1]})
w.show()
app.processEvents()
w.grab()
print({runner.MARKER!r} + json.dumps({{"peak": _mem("VmHWM"), "rss": _mem("VmRSS")}}),
      flush=True)
'''


def run(ctx: Context, cards: int) -> Result:
    ds = ctx.dataset(cards)
    env = runner.child_env(ctx.work / "rss-config")
    n = ctx.repeats(2, 1)
    ours: list[float] = []
    base: list[float] = []
    last: dict[str, Any] = {}
    for _ in range(n):
        _t, last = runner.run_child(BOARD_CHILD, [str(ds.path), str(ds.board_id)], env=env)
        ours.append(last["peak"])
        _t, empty = runner.run_child(EMPTY_CHILD, env=env)
        base.append(empty["peak"])
    details = {"RSS before the board (MB)": round(last["before_board"], 1),
               "RSS after first paint (MB)": round(last["after_first_paint"], 1),
               "RSS laid out (MB)": round(last["rss"], 1), "cards on the board": last["cards"]}
    return Result("rss", runner.median(ours), "MB", runner.median(base), details=details)
