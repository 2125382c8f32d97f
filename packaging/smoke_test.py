#!/usr/bin/env python3
"""Smoke test of a built kimboard bundle (the PyInstaller one-folder build).

    python packaging/smoke_test.py dist/kimboard

Runs the executables of the folder the way an office would — nothing of the source tree or
the virtual environment is imported — in a throwaway home folder (HOME, USERPROFILE, APPDATA,
LOCALAPPDATA, XDG_*), so the user's database and settings are never touched:

- the bundle holds the files kimboard reads at run time (resources, translations, migrations,
  the bundle schema, Qt's German translation);
- ``kimboard-cli --version`` says the version written in ``kimboard/__init__.py``;
- ``demo``, ``stats --json`` (the numbers add up per office) and ``check`` on a new database;
- ``kimboard --smoke-test``: the GUI executable paints its window on Qt's offscreen platform;
- ``report``: a sprint review PDF with DejaVu fonts and matplotlib charts;
- ``export --sign``, ``verify``, ``import`` of a bundle (JSON schema, Ed25519, zip layout).

Exit code 0 when all passed, 1 with a message saying what failed. Standard library only, so it
runs with any Python 3.9+ on Linux and Windows.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WINDOWS = sys.platform == "win32"
EXE_SUFFIX = ".exe" if WINDOWS else ""
BUNDLE_MIMETYPE = "application/vnd.kimboard.bundle+zip"
#: Per-office keys of ``stats --json`` whose values add up to the totals.
PER_SITE_KEYS = ("members", "boards", "columns", "cards", "sprints", "retrospectives",
                 "retro_items", "action_items", "solution_approaches", "partners")
ALL_STAT_KEYS = ("sites", *PER_SITE_KEYS, "by_site")
#: Notes for translators and help authors in resources/, not read at run time.
NOT_SHIPPED = ("translations/README.md", "help/README.md")


class SmokeFailure(Exception):
    pass


def source_version() -> str:
    """``__version__`` as written in the source (the single source of the version)."""
    text = (ROOT / "kimboard" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.MULTILINE)
    if match is None:
        raise SmokeFailure("no __version__ in kimboard/__init__.py")
    return match.group(1)


def isolated_env(home: Path) -> dict[str, str]:
    """The environment of every run: a private home, offscreen Qt, no KIMBOARD_DB."""
    env = dict(os.environ)
    env.pop("KIMBOARD_DB", None)
    for var in ("PYTHONPATH", "PYTHONHOME", "QT_PLUGIN_PATH", "QT_QPA_PLATFORM_PLUGIN_PATH"):
        env.pop(var, None)  # the bundle must find everything itself
    folders = {
        "HOME": home, "USERPROFILE": home,
        "APPDATA": home / "AppData" / "Roaming", "LOCALAPPDATA": home / "AppData" / "Local",
        "XDG_CONFIG_HOME": home / ".config", "XDG_DATA_HOME": home / ".local" / "share",
        "XDG_CACHE_HOME": home / ".cache", "XDG_STATE_HOME": home / ".local" / "state",
        "XDG_RUNTIME_DIR": home / "runtime", "MPLCONFIGDIR": home / "mplconfig",
    }
    for var, folder in folders.items():
        folder.mkdir(parents=True, exist_ok=True)
        env[var] = str(folder)
    if not WINDOWS:
        (home / "runtime").chmod(0o700)
    env["QT_QPA_PLATFORM"] = "offscreen"
    if not WINDOWS:
        env["LANG"] = env["LC_ALL"] = "C.UTF-8"  # the output is read as UTF-8
    return env


class Runner:
    def __init__(self, dist: Path, work: Path, timeout: float) -> None:
        self.dist = dist
        self.work = work
        self.timeout = timeout
        self.env = isolated_env(work / "home")
        self.timings: list[tuple[str, float]] = []

    def exe(self, name: str) -> Path:
        path = self.dist / f"{name}{EXE_SUFFIX}"
        if not path.is_file():
            raise SmokeFailure(f"{path} is missing (is {self.dist} a kimboard build?)")
        return path

    def run(self, label: str, exe: str, *args: str, expect: int = 0) -> str:
        cmd = [str(self.exe(exe)), *args]
        t0 = time.perf_counter()
        try:
            proc = subprocess.run(cmd, cwd=self.work, env=self.env, capture_output=True,
                                  timeout=self.timeout, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired as err:
            raise SmokeFailure(f"{label}: no end after {self.timeout:.0f} s: "
                               f"{' '.join(cmd)}") from err
        seconds = time.perf_counter() - t0
        self.timings.append((label, seconds))
        out = proc.stdout.decode("utf-8", "replace")
        err = proc.stderr.decode("utf-8", "replace")
        if proc.returncode != expect:
            raise SmokeFailure(
                f"{label}: exit code {proc.returncode} (expected {expect}) from "
                f"{' '.join(cmd)}\n--- stdout ---\n{out[-3000:]}\n--- stderr ---\n{err[-3000:]}")
        if "Traceback (most recent call last)" in err:
            raise SmokeFailure(f"{label}: a Python traceback on stderr:\n{err[-3000:]}")
        print(f"  ok  {label} ({seconds:.2f} s)", flush=True)
        return out

    def run_json(self, label: str, exe: str, *args: str) -> object:
        out = self.run(label, exe, *args)
        try:
            return json.loads(out)
        except ValueError as err:
            raise SmokeFailure(f"{label}: the output is not JSON ({err}):\n{out[:2000]}") from err


def check(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


# --------------------------------------------------------------------------- the checks


def check_files(dist: Path) -> None:
    """The files kimboard reads from disk at run time are in the bundle."""
    internal = dist / "_internal"
    check(internal.is_dir(), f"{internal} is missing (PyInstaller's one-folder layout)")
    expected = [
        "kimboard/resources/icons/kimboard.svg",
        "kimboard/core/migrations/env.py",
        "kimboard/core/migrations/script.py.mako",
        "kimboard/core/bundle/schema/kimboard-bundle-1.schema.json",
        "matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf",
        "matplotlib/mpl-data/fonts/ttf/DejaVuSans-Bold.ttf",
    ]
    missing = [rel for rel in expected if not (internal / rel).is_file()]
    check(not missing, f"missing in the bundle: {missing}")
    # Everything under resources/ (icons, translations, help, licence texts …) but the
    # translation sources and the notes for authors.
    source = ROOT / "resources"
    wanted = sorted(
        p.relative_to(source).as_posix() for p in source.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".py", ".pyc", ".ts")
        and p.relative_to(source).as_posix() not in NOT_SHIPPED)
    absent = [rel for rel in wanted if not (internal / "kimboard/resources" / rel).is_file()]
    check(not absent, f"resources missing in the bundle: {absent}")
    shipped = sorted(p.name for p in (internal / "kimboard/resources/translations").glob("*.qm"))
    check(bool(shipped), "no translations (.qm) in the bundle")
    revisions = sorted(p.name for p in (ROOT / "kimboard/core/migrations/versions").glob("0*.py"))
    bundled = sorted(p.name for p in (internal / "kimboard/core/migrations/versions").glob("0*.py"))
    check(revisions == bundled, f"migrations: the source has {revisions}, the bundle {bundled}")
    qt_german = list(internal.glob("PySide6/**/qtbase_de.qm"))
    check(bool(qt_german), "Qt's German translation (qtbase_de.qm) is missing")
    print(f"  ok  files ({len(wanted)} resources, {len(shipped)} translation(s), "
          f"{len(bundled)} migrations)", flush=True)


def check_stats(stats: object) -> dict:
    check(isinstance(stats, dict), f"stats --json: not an object: {stats!r}")
    assert isinstance(stats, dict)
    missing = [k for k in ALL_STAT_KEYS if k not in stats]
    check(not missing, f"stats --json: keys missing: {missing}")
    for key in ("sites", *PER_SITE_KEYS):
        check(isinstance(stats[key], int) and stats[key] >= 0,
              f"stats --json: {key} is not a count: {stats[key]!r}")
    for key in ("sites", "boards", "cards", "sprints", "members"):
        check(stats[key] > 0, f"stats --json after demo: no {key}")
    by_site = stats["by_site"]
    check(isinstance(by_site, dict) and len(by_site) == stats["sites"],
          f"stats --json: {stats['sites']} sites but by_site has {len(by_site)}")
    for key in PER_SITE_KEYS:
        total = sum(site[key] for site in by_site.values())
        check(total == stats[key], f"stats --json: {key} per office add up to {total}, "
                                   f"the total says {stats[key]}")
    return stats


def check_pdf(path: Path) -> None:
    check(path.is_file(), f"report: {path} was not written")
    data = path.read_bytes()
    check(data.startswith(b"%PDF-"), "report: not a PDF file")
    check(b"%%EOF" in data[-1024:], "report: the PDF is incomplete")
    check(b"DejaVuSans" in data, "report: the DejaVu Sans font is not embedded")
    images = data.count(b"/Subtype /Image")
    check(images >= 1, "report: no chart images in the PDF (matplotlib)")
    print(f"      PDF {len(data) // 1024} KiB, {images} chart image(s)", flush=True)


def check_bundle_file(path: Path) -> None:
    check(path.is_file(), f"export: {path} was not written")
    with zipfile.ZipFile(path) as archive:
        first = archive.infolist()[0]
        check(first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED,
              f"export: the first entry is {first.filename!r}, not a stored 'mimetype'")
        mimetype = archive.read("mimetype").decode("ascii")
        check(mimetype == BUNDLE_MIMETYPE, f"export: mimetype is {mimetype!r}")
        names = set(archive.namelist())
    check("manifest.json" in names, "export: no manifest.json in the bundle")
    check("signature.json" in names, "export --sign: no signature.json in the bundle")


def smoke(dist: Path, work: Path, *, timeout: float, quick: bool) -> Runner:
    runner = Runner(dist, work, timeout)
    version = source_version()
    db = work / "kimboard.sqlite3"

    check_files(dist)

    out = runner.run("kimboard-cli --version", "kimboard-cli", "--version").strip()
    check(out == f"kimboard {version}",
          f"--version says {out!r}, the source says {version!r}")
    help_text = runner.run("kimboard-cli --help", "kimboard-cli", "--help")
    check("Befehle" in help_text and "demo" in help_text, "--help lacks the commands")

    out = runner.run("demo", "kimboard-cli", "--db", str(db), "demo")
    check("Demodaten angelegt" in out, f"demo: unexpected output:\n{out}")
    check(db.is_file(), f"demo: no database at {db}")
    stats = check_stats(runner.run_json("stats --json", "kimboard-cli", "--db", str(db),
                                        "stats", "--json"))
    out = runner.run("check", "kimboard-cli", "--db", str(db), "check")
    check("in Ordnung" in out, f"check: the database is not in order:\n{out}")

    # The GUI executable: window shown and painted once on the offscreen platform.
    out = runner.run("kimboard --smoke-test (GUI)", "kimboard", "--db", str(db), "--smoke-test")
    if out.strip() or not WINDOWS:
        # A windowed .exe on Windows may have no stdout at all; elsewhere the line must come.
        check(f"kimboard {version}" in out and "offscreen" in out,
              f"GUI smoke test: unexpected output {out!r}")
    if quick:
        return runner

    boards = runner.run_json("ls boards --json", "kimboard-cli", "--db", str(db),
                             "ls", "boards", "--json")
    check(isinstance(boards, list) and len(boards) == stats["boards"],
          f"ls boards --json: {len(boards) if isinstance(boards, list) else boards!r} boards, "
          f"stats says {stats['boards']}")
    assert isinstance(boards, list)
    scrum = [b for b in boards if b.get("mode") == "scrum" and not b.get("archived")]
    check(bool(scrum), "the demo data has no Scrum board for the report")
    board = scrum[0]

    pdf = work / "Sprint-Review.pdf"
    runner.run("report (PDF)", "kimboard-cli", "--db", str(db), "report",
               "--board", board["uuid"], "-o", str(pdf))
    check_pdf(pdf)

    bundle = work / "board.kimb"
    # --ignore-findings: what is tested here is that the built program exports, signs and
    # reads bundles; the privacy check's heuristics have their own tests (tests/core).
    exported = runner.run_json("export --sign", "kimboard-cli", "--db", str(db), "export",
                               "--site", board["site_code"], "--board", board["uuid"], "--sign",
                               "--ignore-findings", "-o", str(bundle), "--json")
    assert isinstance(exported, dict)
    check(bool(exported.get("signed")), f"export: not signed: {exported}")
    check_bundle_file(bundle)
    counts = exported.get("counts") or {}
    check(counts.get("boards") == 1 and counts.get("cards", 0) == board["cards"],
          f"export: counts {counts} do not match the board ({board['cards']} cards)")

    verified = runner.run_json("verify", "kimboard-cli", "--db", str(db), "verify", "--json",
                               str(bundle))
    assert isinstance(verified, dict)
    check(verified.get("valid") is True and verified.get("signed") is True,
          f"verify: {verified}")
    check(verified.get("counts") == counts, "verify: the counts differ from the export's")
    check(verified.get("fingerprint") == exported.get("fingerprint"),
          "verify: another signing key than the export's")

    other = work / "other.sqlite3"
    imported = runner.run_json("import", "kimboard-cli", "--db", str(other), "import", "--yes",
                               "--json", str(bundle))
    assert isinstance(imported, dict)
    check(imported.get("applied") is True, f"import: not applied: {imported.get('totals')}")
    new = (imported.get("totals") or {}).get("new")
    check(new == sum(counts.values()), f"import: {new} new rows, the bundle has "
                                       f"{sum(counts.values())}")
    after = check_stats(runner.run_json("stats --json (imported)", "kimboard-cli", "--db",
                                        str(other), "stats", "--json"))
    check(after["cards"] == board["cards"] and after["boards"] == 1,
          f"import: {after['cards']} cards and {after['boards']} boards, expected "
          f"{board['cards']} and 1")
    return runner


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Smoke test of a built kimboard bundle.")
    parser.add_argument("dist", nargs="?", default=os.environ.get("KIMBOARD_BUNDLE_DIR",
                                                                  str(ROOT / "dist/kimboard")),
                        help="the one-folder build (default: $KIMBOARD_BUNDLE_DIR or "
                             "dist/kimboard)")
    parser.add_argument("--quick", action="store_true",
                        help="only files, --version, demo, stats, check and the GUI start")
    parser.add_argument("--timeout", type=float, default=180.0,
                        help="seconds one program run may take (default: 180)")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    args = parser.parse_args(argv)

    dist = Path(args.dist).resolve()
    if not dist.is_dir():
        print(f"smoke_test: {dist} does not exist; build it first (packaging/build.sh)",
              file=sys.stderr)
        return 1
    work = Path(tempfile.mkdtemp(prefix="kimboard-smoke-"))
    print(f"smoke test of {dist} (scratch folder {work})", flush=True)
    t0 = time.perf_counter()
    try:
        runner = smoke(dist, work, timeout=args.timeout, quick=args.quick)
    except SmokeFailure as failure:
        print(f"smoke_test: FAILED: {failure}", file=sys.stderr)
        if not args.keep:
            print("  (run with --keep to look at the scratch folder)", file=sys.stderr)
        return 1
    finally:
        if args.keep:
            print(f"scratch folder kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print(f"smoke test passed in {time.perf_counter() - t0:.1f} s "
          f"({len(runner.timings)} program runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
