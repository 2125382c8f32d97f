#!/usr/bin/env python3
"""Update the UI translations: extract the strings (lupdate), then build the .qm files (lrelease).

    .venv/bin/python tools/update_translations.py          # update .ts, list the work, build .qm
    .venv/bin/python tools/update_translations.py --check  # change nothing; exit 1 if stale

Re-running is safe: lupdate keeps every existing translation, adds new source texts as
"unfinished" and drops texts that are no longer in the code. Translate the unfinished ones (Qt
Linguist: ``.venv/bin/pyside6-linguist resources/translations/kimboard_en.ts``, or edit the XML),
then run the script again to build the .qm. See resources/translations/README.md.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = ROOT / "kimboard" / "ui"
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
SOURCE_LANGUAGE = "de"
#: Target languages; each has resources/translations/kimboard_<lang>.ts and .qm.
LANGUAGES = ("en",)

#: (context, source text, disambiguation comment)
MessageKey = tuple[str, str, str]


def find_tool(name: str) -> str | None:
    """pyside6-lupdate / pyside6-lrelease: next to this Python (a venv), else on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return shutil.which(name)


def _require(name: str) -> str:
    tool = find_tool(name)
    if tool is None:
        raise SystemExit(f"{name} not found: install PySide6 in this environment "
                         "(pip install -e .[dev]) and run the script with its Python.")
    return tool


def source_files() -> list[Path]:
    """Every Python file of the UI, as paths relative to the repository (stable .ts output)."""
    return sorted(p.relative_to(ROOT) for p in SOURCE_DIR.rglob("*.py")
                  if "__pycache__" not in p.parts)


def ts_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"kimboard_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"kimboard_{language}.qm"


def run_lupdate(ts: Path, language: str) -> None:
    """Merge the strings of the UI sources into ``ts`` (created if missing).

    ``-locations none`` keeps the file free of line numbers, so editing code elsewhere in a
    module does not change the .ts; the context (class name) and any comment locate a text.
    """
    cmd = [_require("pyside6-lupdate"), *map(str, source_files()), "-ts", str(ts),
           "-source-language", SOURCE_LANGUAGE, "-target-language", language,
           "-no-obsolete", "-locations", "none", "-silent"]
    subprocess.run(cmd, cwd=ROOT, check=True)


def run_lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_require("pyside6-lrelease"), str(ts), "-qm", str(qm), "-silent"],
                   cwd=ROOT, check=True)


def messages(ts: Path) -> dict[MessageKey, ET.Element]:
    """The messages of a .ts file by (context, source, comment); value: the <translation>."""
    out: dict[MessageKey, ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            translation = message.find("translation")
            out[key] = translation if translation is not None else ET.Element("translation")
    return out


def needs_work(ts: Path) -> list[MessageKey]:
    """Messages without a finished, non-empty translation."""
    return [key for key, tr in messages(ts).items()
            if tr.get("type") in ("unfinished", "vanished", "obsolete") or not (tr.text or "")]


def update(language: str) -> list[MessageKey]:
    ts = ts_path(language)
    TRANSLATIONS_DIR.mkdir(parents=True, exist_ok=True)
    run_lupdate(ts, language)
    run_lrelease(ts, qm_path(language))
    return needs_work(ts)


def check(language: str) -> list[str]:
    """What is out of date for ``language``, without changing any file."""
    problems: list[str] = []
    ts, qm = ts_path(language), qm_path(language)
    if not ts.exists():
        return [f"{ts.relative_to(ROOT)} is missing"]
    with tempfile.TemporaryDirectory() as tmp:
        fresh_ts = Path(tmp) / ts.name
        shutil.copyfile(ts, fresh_ts)
        run_lupdate(fresh_ts, language)
        if set(messages(fresh_ts)) != set(messages(ts)):
            problems.append(f"{ts.relative_to(ROOT)} does not match the source strings")
        fresh_qm = Path(tmp) / qm.name
        run_lrelease(ts, fresh_qm)
        if not qm.exists() or not filecmp.cmp(fresh_qm, qm, shallow=False):
            problems.append(f"{qm.relative_to(ROOT)} is not built from the current .ts")
    for context, source, _comment in needs_work(ts):
        problems.append(f"untranslated [{context}] {source!r}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 when a .ts or .qm is out of date")
    args = parser.parse_args(argv)
    status = 0
    for language in LANGUAGES:
        if args.check:
            problems = check(language)
            for problem in problems:
                print(f"{language}: {problem}")
            status |= bool(problems)
            continue
        todo = update(language)
        print(f"{ts_path(language).relative_to(ROOT)}: {len(messages(ts_path(language)))} "
              f"messages, {len(todo)} to translate; built {qm_path(language).name}")
        for context, source, _comment in todo:
            print(f"  [{context}] {source!r}")
    return status


if __name__ == "__main__":
    sys.exit(main())
