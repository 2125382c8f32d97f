"""``python -m benchmarks [--quick] [--json] [--only NAME ...]``: measure kimboard's figures,
each next to a baseline measured in the same run, and print them (a table, or JSON).

Progress goes to stderr, so ``--json`` output on stdout stays machine-readable.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import sqlite3
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any


def _isolate(work: Path) -> None:
    """Offscreen Qt and throwaway settings/data folders, for us and every child process."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.pop("KIMBOARD_DB", None)
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        os.environ[var] = str(work / var.lower())


def build_parser() -> argparse.ArgumentParser:
    from benchmarks.figures import FIGURES

    p = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="kimboard benchmark figures, each beside a baseline from the same run.",
        epilog="Figures: " + ", ".join(FIGURES),
    )
    p.add_argument("--quick", action="store_true",
                   help="a run under two minutes: 10,000 cards where a figure is named for "
                        "100,000, fewer repetitions")
    p.add_argument("--json", action="store_true",
                   help="print a JSON list of {name, value, unit, baseline, ratio}")
    p.add_argument("--only", nargs="+", metavar="NAME", choices=list(FIGURES),
                   help="run only these figures")
    p.add_argument("--list", action="store_true", help="list the figures and exit")
    p.add_argument("--keep", action="store_true", help="keep the scratch folder")
    return p


def _fmt(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def environment_line(quick: bool) -> str:
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        qt = f"PySide6 {PySide6.__version__} (Qt {qVersion()})"
    except ImportError:  # pragma: no cover
        qt = "no Qt"
    line = (f"kimboard benchmarks · {dt.datetime.now().strftime('%Y-%m-%d %H:%M')} · "
            f"{os.cpu_count()} CPUs · Python {platform.python_version()} · {qt} · "
            f"SQLite {sqlite3.sqlite_version} · QPA {os.environ.get('QT_QPA_PLATFORM')}")
    if quick:
        line += ("\nQUICK RUN: figures named for 100k cards were measured on 10,000 cards "
                 "(their names say 10k), with fewer repetitions.")
    return line


def table(results: list[Any]) -> str:
    headers = ("figure", "cards", "kimboard", "baseline", "ratio", "unit")
    rows = [(r.name, f"{r.cards:,}" if r.cards else "", _fmt(r.value), _fmt(r.baseline),
             f"{r.ratio:.2f}×", r.unit) for r in results]
    widths = [max(len(h), *(len(row[i]) for row in rows)) if rows else len(h)
              for i, h in enumerate(headers)]
    right = {1, 2, 3, 4}

    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(c.rjust(widths[i]) if i in right else c.ljust(widths[i])
                         for i, c in enumerate(cells)).rstrip()

    out = [line(headers), "  ".join("-" * w for w in widths)]
    for r, row in zip(results, rows, strict=True):
        out.append(line(row))
        out.append("    " + r.explanation)
    return "\n".join(out)


def details_text(results: list[Any]) -> str:
    out = []
    for r in results:
        if not r.details:
            continue
        out.append(f"{r.name}:")
        for k, v in r.details.items():
            if isinstance(v, dict):
                out.append(f"  {k}:")
                out.extend(f"    {kk}: {vv}" for kk, vv in v.items())
            else:
                out.append(f"  {k}: {v}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    work = Path(tempfile.mkdtemp(prefix="kimboard-bench-"))
    _isolate(work)
    args = build_parser().parse_args(argv)
    from benchmarks.figures import FIGURES
    from benchmarks.runner import Context

    if args.list:
        for f in FIGURES.values():
            print(f"{f.name:22} {f.explanation}")
        return 0

    def log(message: str) -> None:
        print(f"[bench] {message}", file=sys.stderr, flush=True)

    ctx = Context(quick=args.quick, work=work, log=log)
    from benchmarks.runner import FigureSkipped, compensate_none_leak

    compensated = compensate_none_leak()
    if compensated:
        log("PySide6 drops a reference to None on every void call on this Python (see "
            "benchmarks/README.md); compensated so the run can finish")
    names = args.only or list(FIGURES)
    results, failed, skipped = [], [], []
    started = time.perf_counter()
    log(environment_line(args.quick).replace("\n", " "))
    try:
        for name in names:
            fig = FIGURES[name]
            used = ctx.size(fig.cards)
            ctx.dataset(used)
            log(f"{name}: measuring on {used:,} cards …")
            t0 = time.perf_counter()
            try:
                result = fig.run(ctx, used)
            except FigureSkipped as why:  # cannot be measured here (no build): not a failure
                log(f"{name} skipped: {why}")
                skipped.append(f"{name} ({why})")
                continue
            except Exception:  # report and go on with the other figures
                log(f"{name} FAILED:\n{traceback.format_exc()}")
                failed.append(name)
                continue
            result.name = fig.result_name(used)
            result.explanation = fig.explanation
            result.cards = used
            results.append(result)
            log(f"{result.name}: {_fmt(result.value)} {result.unit} vs "
                f"{_fmt(result.baseline)} ({result.ratio:.2f}×) in "
                f"{time.perf_counter() - t0:.1f} s")
    finally:
        if args.keep:
            log(f"scratch folder kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    log(f"done in {time.perf_counter() - started:.0f} s")
    if args.json:
        print(json.dumps([r.public() for r in results], indent=2))
    else:
        print(environment_line(args.quick))
        print()
        print(table(results))
        print()
        print("Ratio = kimboard / baseline (lower is better). Details:")
        print(details_text(results))
        if compensated:
            print("\nNOTE: this PySide6 build leaks references to None on CPython < 3.12 and "
                  "kimboard aborts (none_dealloc) after enough Qt calls; the benchmark "
                  "processes compensated for it to finish. See benchmarks/README.md.")
        if skipped:
            print(f"\nSKIPPED: {'; '.join(skipped)}")
        if failed:
            print(f"\nFAILED: {', '.join(failed)} (see stderr)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
