"""The core never imports Qt: every module of kimboard.core imports with PySide6 blocked."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

#: Alembic's env.py is a script Alembic runs inside a migration context, not a module.
NOT_MODULES = {"kimboard.core.migrations.env"}

_PROBE = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys

    BLOCKED = ("PySide6", "shiboken6")

    class QtBlocker:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ImportError(f"Qt is blocked in the core: {name}")
            return None

    sys.meta_path.insert(0, QtBlocker())

    result = {"blocker_works": False, "imported": [], "failed": {}, "qt_loaded": []}
    try:
        import PySide6  # noqa: F401
    except ImportError:
        result["blocker_works"] = True

    skip = set(json.loads(sys.argv[1]))
    names = ["kimboard.paths", "kimboard.core"]
    import kimboard.core
    for info in pkgutil.walk_packages(kimboard.core.__path__, "kimboard.core."):
        names.append(info.name)
    for name in names:
        if name in skip:
            continue
        try:
            importlib.import_module(name)
            result["imported"].append(name)
        except BaseException as err:  # noqa: BLE001
            result["failed"][name] = f"{type(err).__name__}: {err}"
    result["qt_loaded"] = sorted(
        m for m in sys.modules if m.split(".")[0] in BLOCKED
    )
    print(json.dumps(result))
    """
)


def _run_probe() -> dict[str, object]:
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps(sorted(NOT_MODULES))],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_every_core_module_imports_with_qt_blocked() -> None:
    result = _run_probe()
    assert result["blocker_works"], "the probe failed to block PySide6; the test proves nothing"
    assert result["failed"] == {}
    imported = set(result["imported"])  # type: ignore[arg-type]
    # The walk really found the package's modules, not just the top.
    assert {
        "kimboard.paths",
        "kimboard.core.db",
        "kimboard.core.models",
        "kimboard.core.migrate",
        "kimboard.core.search",
        "kimboard.core.sqlite_backend",
        "kimboard.core.backup",
        "kimboard.core.check",
        "kimboard.core.seed",
        "kimboard.core.migrations.versions.0001_initial_schema",
        "kimboard.core.migrations.versions.0002_card_search_index",
    } <= imported
    on_disk = {
        p.stem for p in (REPO / "kimboard" / "core").glob("*.py") if p.stem != "__init__"
    }
    assert {f"kimboard.core.{m}" for m in on_disk} <= imported
    assert result["qt_loaded"] == []
