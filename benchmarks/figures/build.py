"""The PyInstaller build (``packaging/build.sh`` → ``dist/kimboard/``): how fast it starts and
how big it is, next to kimboard run from its Python environment.

- ``bundle_startup``: a cold start of the built GUI executable until its window is shown and
  painted (``kimboard --db FILE --smoke-test`` prints a line then), vs ``python -m kimboard
  --db FILE --smoke-test`` from the virtual environment, on the same small database.
- ``bundle_cli_startup``: ``kimboard-cli --db FILE stats --json`` (interpreter, SQLAlchemy,
  Database.open, one query) vs ``python -m kimboard --db FILE stats --json``.
- ``bundle_size``: the folder on disk, vs the installed packages it is made of (kimboard and
  its dependencies as ``pip install`` puts them into a virtual environment, interpreter
  excluded).

"Cold" as in ``startup``: a new process that imports everything, with the file cache warm (an
untimed start comes first). Both sides start with fresh settings, so both show the office
overview. Time runs from spawning until the line arrives.

Without a build (``$KIMBOARD_BUNDLE_DIR``, else ``dist/kimboard``) the figures are skipped.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path

from benchmarks import runner
from benchmarks.runner import Context, FigureSkipped, Result

ROOT = Path(__file__).resolve().parents[2]
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""

EXPLANATION_STARTUP = ("built GUI executable (PyInstaller one-folder) until its window is "
                       "shown and painted (--smoke-test) vs python -m kimboard --smoke-test, "
                       "same database")
EXPLANATION_CLI = ("built kimboard-cli stats --json (start, imports, Database.open, query) vs "
                   "python -m kimboard stats --json")
EXPLANATION_SIZE = ("the built one-folder bundle on disk vs kimboard and its dependencies "
                    "installed into a virtual environment (without the interpreter)")


def bundle_dir() -> Path:
    return Path(os.environ.get("KIMBOARD_BUNDLE_DIR") or ROOT / "dist" / "kimboard")


def _bundle() -> Path:
    """The build folder, or :class:`FigureSkipped` saying how to make one."""
    folder = bundle_dir()
    if not (folder / f"kimboard{EXE_SUFFIX}").is_file():
        raise FigureSkipped(f"no PyInstaller build at {folder} (build one with "
                            "packaging/build.sh, or set KIMBOARD_BUNDLE_DIR)")
    return folder


# --------------------------------------------------------------------------- starting


def time_to_line(cmd: Sequence[str], env: dict[str, str], needle: str,
                 timeout: float = 120.0) -> float:
    """Seconds from spawning ``cmd`` until a line containing ``needle`` arrives on stdout;
    the process must then exit with 0."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(list(cmd), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL, env=env, text=True, encoding="utf-8",
                            errors="replace")
    elapsed = None
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if needle in line:
                elapsed = time.perf_counter() - t0
                break
        _out, err = proc.communicate(timeout=timeout)
    except BaseException:
        proc.kill()
        proc.wait()
        raise
    if elapsed is None or proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)}: exit {proc.returncode}, "
                           f"{'no' if elapsed is None else 'a'} line with {needle!r}:\n"
                           f"{err[-3000:]}")
    return elapsed


def _env(ctx: Context) -> dict[str, str]:
    """Offscreen, fresh settings folder; the child Python finds kimboard as this one does."""
    config = Path(tempfile.mkdtemp(prefix="bundle-config-", dir=ctx.work))
    env = runner.child_env(config)
    env["LANG"] = env.get("LANG") or "C.UTF-8"
    return env


def _compare(ctx: Context, name: str, bundle_cmd: list[str], python_cmd: list[str],
             needle: str) -> Result:
    n = ctx.repeats(7, 3)

    def ours() -> float:
        return time_to_line(bundle_cmd, _env(ctx), needle)

    def base() -> float:
        return time_to_line(python_cmd, _env(ctx), needle)

    a, b = runner.interleaved(ours, base, n)
    details = {"runs (ms)": [round(runner.ms(x)) for x in a],
               "python -m kimboard runs (ms)": [round(runner.ms(x)) for x in b],
               "bundle": str(Path(bundle_cmd[0]).parent)}
    return Result(name, runner.ms(runner.median(a)), "ms", runner.ms(runner.median(b)),
                  details=details)


def run_startup(ctx: Context, cards: int) -> Result:
    folder = _bundle()
    db = str(ctx.dataset(cards).path)
    gui = [str(folder / f"kimboard{EXE_SUFFIX}"), "--db", db, "--smoke-test"]
    python = [sys.executable, "-m", "kimboard", "--db", db, "--smoke-test"]
    return _compare(ctx, "bundle_startup", gui, python, "angezeigt")


def run_cli_startup(ctx: Context, cards: int) -> Result:
    folder = _bundle()
    db = str(ctx.dataset(cards).path)
    cli = [str(folder / f"kimboard-cli{EXE_SUFFIX}"), "--db", db, "stats", "--json"]
    python = [sys.executable, "-m", "kimboard", "--db", db, "stats", "--json"]
    return _compare(ctx, "bundle_cli_startup", cli, python, '"by_site"')


# --------------------------------------------------------------------------- size


def folder_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) of the regular files below ``folder``; symlinks count as nothing."""
    total = files = 0
    for root, _dirs, names in os.walk(folder):
        for name in names:
            path = Path(root, name)
            if not path.is_symlink():
                total += path.stat().st_size
                files += 1
    return total, files


def _requirement_names(dist: metadata.Distribution) -> list[str]:
    names = []
    for req in dist.requires or []:
        spec, _, marker = req.partition(";")
        if "extra ==" in marker:
            continue  # optional extras are not installed with kimboard
        if marker.strip():
            try:
                from packaging.markers import Marker

                if not Marker(marker.strip()).evaluate():
                    continue
            except ImportError:  # without "packaging": count it (an upper bound)
                pass
        name = spec.strip().split("[")[0]
        for sep in "<>=!~ (":
            name = name.split(sep)[0]
        names.append(name.strip())
    return names


def installed_size(top: str = "kimboard") -> tuple[int, int, list[str]]:
    """(bytes, files, distribution names) of ``top`` and its dependencies as installed in
    this environment, from their RECORD files (an editable kimboard: its source folders)."""
    seen: dict[str, metadata.Distribution] = {}
    todo = [top]
    while todo:
        name = todo.pop()
        key = name.lower().replace("_", "-")
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[key] = dist
        todo.extend(_requirement_names(dist))
    total = files = 0
    for key, dist in seen.items():
        paths = [Path(str(dist.locate_file(f))) for f in dist.files or []]
        if key == "kimboard" and not any(p.suffix == ".py" for p in paths):
            # An editable install lists only its import finder: count the source packages.
            paths = [p for folder in (ROOT / "kimboard", ROOT / "resources")
                     for p in folder.rglob("*")]
        for path in paths:
            if path.is_file() and not path.is_symlink():
                total += path.stat().st_size
                files += 1
    return total, files, sorted(seen)


def run_size(ctx: Context, cards: int) -> Result:
    folder = _bundle()
    size, files = folder_size(folder)
    base, base_files, dists = installed_size()
    internal = folder / "_internal"
    biggest = []
    if internal.is_dir():
        parts = [(folder_size(p)[0] if p.is_dir() else p.stat().st_size, p.name)
                 for p in internal.iterdir() if not p.is_symlink()]
        biggest = [f"{n} {s / 1e6:.1f}" for s, n in sorted(parts, reverse=True)[:6]]
    exes = {p.name: round(p.stat().st_size / 1e6, 1) for p in folder.iterdir()
            if p.is_file() and p.name.startswith("kimboard")}
    details = {"files": files, "executables (MB)": exes,
               "biggest parts of _internal (MB)": ", ".join(biggest),
               "installed packages counted": f"{len(dists)} ({base_files} files): "
                                             + ", ".join(dists)}
    return Result("bundle_size", size / 1e6, "MB", base / 1e6, details=details)
