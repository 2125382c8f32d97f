#!/usr/bin/env python3
"""Generate the list of third-party components that kimboard ships, with their licence texts.

    .venv/bin/python tools/third_party_licenses.py          # (re)write the files below
    .venv/bin/python tools/third_party_licenses.py --check  # change nothing; exit 1 if stale

Walks the *runtime* requirements of the installed ``kimboard`` distribution recursively
(``importlib.metadata.requires``; kimboard's own extras such as ``test`` are never followed)
and writes, from each distribution's installed metadata:

- ``resources/licenses/third_party.json``: per component its name, version, licence
  (``License-Expression``, else the ``License`` field, else the licence classifiers), the
  classifiers, the homepage, who requires it and the licence files shipped with it;
- ``resources/licenses/texts/<name>/…``: copies of those licence files (the ``License-File``
  entries of the metadata, other licence files in the ``.dist-info`` folder, and licence files
  shipped inside the package such as matplotlib's font licences).

PySide6-Essentials and shiboken6 ship no licence file in their wheels; Qt and Qt for Python are
offered under "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only" and kimboard uses them under the
LGPL-3.0. For them the list refers to the LGPL-3.0 and GPL-3.0 texts (the LGPL-3.0 is a set of
additional permissions on top of the GPL-3.0) kept in ``resources/licenses/qt/``.

The result reflects the environment the script runs in (versions, platform markers): run it in
the environment that builds the release, after every dependency change, and commit the output.
``--check`` exits 1 when the committed files differ from what the installed environment yields
(a test runs it). Exit 2: the environment cannot be described (kimboard's installed metadata
is older than pyproject.toml, or a required distribution is missing).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path, PurePosixPath

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import NormalizedName, canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
LICENSES_DIR = ROOT / "resources" / "licenses"
LIST_NAME = "third_party.json"
TEXTS_NAME = "texts"
PROJECT = "kimboard"

#: Licence files named in this list's JSON are relative to ``resources/licenses``.
QT_TEXTS = ("qt/LGPL-3.0-only.txt", "qt/GPL-3.0-only.txt")
QT_NOTICE = (
    "Qt and Qt for Python (PySide6, Shiboken) are (c) The Qt Company Ltd. and other "
    "contributors. kimboard uses them under the GNU Lesser General Public License v3 "
    "(LGPL-3.0). Source code: https://code.qt.io and https://download.qt.io."
)
#: Distributions whose wheels carry no licence text: (licence we use it under, texts, notice).
SUPPLEMENTS: dict[str, tuple[str, tuple[str, ...], str]] = {
    "pyside6-essentials": ("LGPL-3.0-only", QT_TEXTS, QT_NOTICE),
    "shiboken6": ("LGPL-3.0-only", QT_TEXTS, QT_NOTICE),
}

LICENSE_FILE_RE = re.compile(r"^(licen[cs]e|copying|notice|copyright)([._-].*)?$", re.IGNORECASE)
LICENSE_CLASSIFIER = "License :: "


class EnvironmentError_(Exception):
    """The installed environment cannot be described (exit code 2)."""


@dataclass
class Component:
    name: str
    version: str
    license: str
    license_expression: str | None
    license_field: str | None
    classifiers: list[str]
    homepage: str | None
    required_by: set[str] = field(default_factory=set)
    #: (path relative to resources/licenses, text); text None for the committed Qt texts.
    files: list[tuple[str, str | None]] = field(default_factory=list)
    used_under: str | None = None
    notice: str | None = None
    #: Extras of this distribution requested by the components that require it.
    extras: set[str] = field(default_factory=set)

    def as_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "name": self.name,
            "version": self.version,
            "license": self.license,
            "license_expression": self.license_expression,
            "license_field": self.license_field,
            "license_classifiers": self.classifiers,
            "homepage": self.homepage,
            "required_by": sorted(self.required_by, key=str.lower),
            "license_files": [path for path, _ in self.files],
        }
        if self.used_under:
            data["used_under"] = self.used_under
        if self.notice:
            data["notice"] = self.notice
        return data


# --------------------------------------------------------------------------- metadata


def _requirements(dist: metadata.Distribution, extras: set[str]) -> list[Requirement]:
    """The requirements of ``dist`` that apply here, with the given extras of it requested."""
    wanted: list[Requirement] = []
    for line in dist.requires or []:
        req = Requirement(line)
        if req.marker is None:
            wanted.append(req)
            continue
        # Never an extra of kimboard itself (test, dev, build); a dependency's extras only
        # when the requiring side asked for them.
        for extra in sorted(extras) or [""]:
            env = dict(default_environment())
            env["extra"] = extra
            if req.marker.evaluate(env):
                wanted.append(req)
                break
    return wanted


def _single_line(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    if "\n" in value or len(value) > 120 or value.upper() == "UNKNOWN":
        return None
    return value


def _homepage(meta: metadata.PackageMetadata) -> str | None:
    urls: dict[str, str] = {}
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        urls[label.strip().lower().replace("-", "").replace("_", "").replace(" ", "")] = (
            url.strip()
        )
    for key in ("homepage", "home", "source", "sourcecode", "repository", "documentation"):
        if urls.get(key):
            return urls[key]
    home = meta.get("Home-page")
    if home and home.upper() != "UNKNOWN":
        return home.strip()
    return next(iter(urls.values()), None)


def _license_summary(expression: str | None, field_: str | None, classifiers: list[str]) -> str:
    if expression:
        return expression
    if field_:
        return field_
    names = [c.split(" :: ")[-1] for c in classifiers]
    return " / ".join(names) if names else "unbekannt"


def _read(dist: metadata.Distribution, relative: str) -> str | None:
    text = dist.read_text(relative)
    return None if text is None else _normalise(text)


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text if text.endswith("\n") else text + "\n"


def _license_files(dist: metadata.Distribution, folder: str) -> list[tuple[str, str | None]]:
    """Licence files of ``dist`` as (path under resources/licenses, text)."""
    found: dict[str, str] = {}  # relative name inside the component's folder -> text

    # 1. License-File entries (core metadata 2.4: under .dist-info/licenses/; older
    #    setuptools: directly in .dist-info/).
    for entry in dist.metadata.get_all("License-File") or []:
        for candidate in (f"licenses/{entry}", entry):
            text = _read(dist, candidate)
            if text is not None:
                found.setdefault(entry, text)
                break

    # 2. Other licence files in the .dist-info folder and licence files shipped inside the
    #    package (e.g. matplotlib's font licences), from the RECORD.
    for file in dist.files or []:
        posix = PurePosixPath(str(file))
        if not LICENSE_FILE_RE.match(posix.name) or posix.suffix in {".py", ".pyc", ".pyi"}:
            continue
        parts = posix.parts
        if parts[0].endswith(".dist-info"):
            inner = PurePosixPath(*parts[1:])
            if inner.parts and inner.parts[0] == "licenses":
                inner = PurePosixPath(*inner.parts[1:])
            name = str(inner)
        elif ".." in parts:
            continue  # files installed outside site-packages (scripts, data)
        else:
            name = str(posix)
        if name in found:
            continue
        try:
            text = file.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            text = file.read_bytes().decode("latin-1")
        except OSError:
            continue
        found.setdefault(name, _normalise(text))

    return [(f"{TEXTS_NAME}/{folder}/{name}", text) for name, text in sorted(found.items())]


def _check_installed_metadata(dist: metadata.Distribution) -> None:
    """Refuse to describe an editable install whose metadata predates pyproject.toml."""
    pyproject = ROOT / "pyproject.toml"
    if not pyproject.exists():
        return
    declared = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["dependencies"]
    installed = [r for r in dist.requires or [] if "extra ==" not in r]

    def key(lines: list[str]) -> set[str]:
        return {str(Requirement(line)) for line in lines}

    if key(declared) != key(installed):
        missing = sorted(key(declared) - key(installed))
        raise EnvironmentError_(
            "the installed kimboard metadata does not match pyproject.toml "
            f"(not installed: {', '.join(missing) or '-'}); reinstall it first: "
            "pip install -e ."
        )


def collect(project: str = PROJECT) -> list[Component]:
    """All distributions that ``project`` needs at run time, sorted by name."""
    try:
        root = metadata.distribution(project)
    except metadata.PackageNotFoundError as exc:
        raise EnvironmentError_(f"{project} is not installed in this environment") from exc
    _check_installed_metadata(root)

    components: dict[NormalizedName, Component] = {}
    queue: list[tuple[metadata.Distribution, set[str], str]] = [(root, set(), project)]
    root_key = canonicalize_name(project)
    while queue:
        dist, extras, _ = queue.pop(0)
        parent = dist.metadata["Name"]
        for req in _requirements(dist, extras):
            key = canonicalize_name(req.name)
            if key == root_key:
                continue
            try:
                child = metadata.distribution(req.name)
            except metadata.PackageNotFoundError as exc:
                raise EnvironmentError_(
                    f"{req.name} (required by {parent}: {req}) is not installed"
                ) from exc
            known = components.get(key)
            if known is not None:
                known.required_by.add(parent)
                if set(req.extras) - known.extras:
                    known.extras |= set(req.extras)
                    queue.append((child, set(known.extras), parent))
                continue
            component = _describe(child)
            component.required_by.add(parent)
            component.extras = set(req.extras)
            components[key] = component
            queue.append((child, set(req.extras), parent))
    return sorted(components.values(), key=lambda c: c.name.lower())


def _describe(dist: metadata.Distribution) -> Component:
    meta = dist.metadata
    name = meta["Name"]
    expression = _single_line(meta.get("License-Expression"))
    license_field = _single_line(meta.get("License"))
    classifiers = sorted(c for c in meta.get_all("Classifier") or [] if c.startswith(
        LICENSE_CLASSIFIER))
    component = Component(
        name=name,
        version=meta["Version"],
        license=_license_summary(expression, license_field, classifiers),
        license_expression=expression,
        license_field=license_field,
        classifiers=classifiers,
        homepage=_homepage(meta),
    )
    component.files = _license_files(dist, name)
    supplement = SUPPLEMENTS.get(canonicalize_name(name))
    if supplement is not None:
        used_under, texts, notice = supplement
        component.used_under = used_under
        component.notice = notice
        component.files += [(path, None) for path in texts]
    return component


# --------------------------------------------------------------------------- output


def render(components: list[Component]) -> tuple[str, dict[str, str]]:
    """The JSON text and the licence texts to write, keyed by path under resources/licenses."""
    document = {
        "comment": (
            "Generated by tools/third_party_licenses.py from the installed runtime "
            "dependencies of kimboard; do not edit by hand."
        ),
        "project": PROJECT,
        "components": [c.as_json() for c in components],
    }
    texts = {path: text for c in components for path, text in c.files if text is not None}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n", texts


def _existing_texts(licenses_dir: Path) -> dict[str, Path]:
    folder = licenses_dir / TEXTS_NAME
    if not folder.is_dir():
        return {}
    return {
        p.relative_to(licenses_dir).as_posix(): p for p in sorted(folder.rglob("*")) if p.is_file()
    }


def differences(licenses_dir: Path, listing: str, texts: dict[str, str]) -> list[str]:
    """What differs between the files on disk and the generated ones (empty: up to date)."""
    problems: list[str] = []
    list_path = licenses_dir / LIST_NAME
    if not list_path.exists():
        problems.append(f"{LIST_NAME} is missing")
    elif list_path.read_text(encoding="utf-8") != listing:
        problems.append(f"{LIST_NAME} differs")
    existing = _existing_texts(licenses_dir)
    for path, text in sorted(texts.items()):
        if path not in existing:
            problems.append(f"{path} is missing")
        elif existing[path].read_text(encoding="utf-8") != text:
            problems.append(f"{path} differs")
    problems += [f"{path} is no longer needed" for path in sorted(set(existing) - set(texts))]
    for c in json.loads(listing)["components"]:
        for path in c["license_files"]:
            if path not in texts and not (licenses_dir / path).is_file():
                problems.append(f"{path} (kept in the repository) is missing")
    return problems


def write(licenses_dir: Path, listing: str, texts: dict[str, str]) -> None:
    licenses_dir.mkdir(parents=True, exist_ok=True)
    for path, file in _existing_texts(licenses_dir).items():
        if path not in texts:
            file.unlink()
    for path, text in texts.items():
        target = licenses_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8", newline="\n")
    # Remove folders left empty by a component that went away.
    folder = licenses_dir / TEXTS_NAME
    for directory in sorted((d for d in folder.rglob("*") if d.is_dir()), reverse=True):
        if not any(directory.iterdir()):
            directory.rmdir()
    (licenses_dir / LIST_NAME).write_text(listing, encoding="utf-8", newline="\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 when the files are out of date")
    parser.add_argument("--output", type=Path, default=LICENSES_DIR,
                        help="folder for third_party.json and texts/ (default: %(default)s)")
    args = parser.parse_args(argv)
    try:
        components = collect()
    except EnvironmentError_ as exc:
        print(f"third_party_licenses: {exc}", file=sys.stderr)
        return 2
    listing, texts = render(components)
    if args.check:
        problems = differences(args.output, listing, texts)
        if problems:
            print("third_party_licenses: out of date with the installed environment; run "
                  "tools/third_party_licenses.py:", file=sys.stderr)
            for problem in problems:
                print(f"  {problem}", file=sys.stderr)
            return 1
        print(f"third_party_licenses: up to date ({len(components)} components)")
        return 0
    write(args.output, listing, texts)
    print(f"third_party_licenses: {len(components)} components, {len(texts)} licence files "
          f"written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
