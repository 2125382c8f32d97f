"""Licence, third-party list and the single version: they must agree everywhere they appear."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
import sysconfig
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from kimboard.resources import RESOURCES_DIR
from packaging.utils import canonicalize_name

import kimboard

ROOT = Path(__file__).resolve().parents[1]
LICENSES = RESOURCES_DIR / "licenses"
TOOL = ROOT / "tools" / "third_party_licenses.py"
#: SHA-256 of the official EUPL-1.2 English text as the SPDX licence list (and REUSE) ship it.
EUPL_SHA256 = "8777c4e7a97d082e59437e603fb2d1599f89f91778d270951bcc19c3ff3bc69e"
RELEASE_HEADING = re.compile(r"^## \[(?P<version>[^\]]+)\] – (?P<date>\d{4}-\d{2}-\d{2})$", re.M)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=120, cwd=ROOT)


# --------------------------------------------------------------------------- version


def _entry_point_script() -> Path:
    folder = Path(sysconfig.get_path("scripts"))
    for name in ("kimboard", "kimboard.exe"):
        if (folder / name).exists():
            return folder / name
    raise AssertionError(f"the kimboard entry point is not installed in {folder}")


@pytest.mark.slow
def test_version_is_the_same_everywhere() -> None:
    version = kimboard.__version__
    assert re.fullmatch(r"\d+\.\d+\.\d+", version)

    entry_points = metadata.entry_points(group="console_scripts", name="kimboard")
    assert [ep.value for ep in entry_points] == ["kimboard.cli:main"]
    script = _run(str(_entry_point_script()), "--version")
    assert script.returncode == 0, script.stderr
    assert script.stdout.strip() == f"kimboard {version}"
    module = _run(sys.executable, "-m", "kimboard", "--version")
    assert module.returncode == 0, module.stderr
    assert module.stdout.strip() == f"kimboard {version}"

    # pyproject takes the version from the package; the installed metadata says the same.
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in config["project"]
    assert "version" in config["project"]["dynamic"]
    assert config["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "kimboard.__version__"}
    assert metadata.version("kimboard") == version


def test_changelog_newest_release_is_the_version_in_both_languages() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    releases = list(RELEASE_HEADING.finditer(text))
    assert releases, "no release heading like '## [0.1.0] – 2026-11-25'"
    assert releases[0]["version"] == kimboard.__version__
    dates = [m["date"] for m in releases]
    assert dates == sorted(dates, reverse=True), "newest release first"
    bounds = [m.start() for m in releases] + [len(text)]
    for match, end in zip(releases, bounds[1:], strict=True):
        section = text[match.end():end]
        german, english = section.find("\n### Deutsch\n"), section.find("\n### English\n")
        assert 0 <= german < english, f"{match['version']}: '### Deutsch' then '### English'"
        assert len(section[german:english].split()) > 20
        assert len(section[english:].split()) > 20


# --------------------------------------------------------------------------- licence


def test_license_is_the_complete_unaltered_eupl() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.lstrip().startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    articles = re.findall(r"(?m)^(\d+)\. [A-Z]", text)
    assert articles == [str(n) for n in range(1, 16)]
    assert "\nAppendix\n" in text and "(LiLiQ-R+)" in text
    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == EUPL_SHA256


def test_shipped_license_copies_are_identical_to_license() -> None:
    canonical = (ROOT / "LICENSE").read_bytes()
    assert (LICENSES / "EUPL-1.2.txt").read_bytes() == canonical
    assert (ROOT / "LICENSES" / "EUPL-1.2.txt").read_bytes() == canonical


def test_pyproject_declares_the_eupl() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "EUPL-1.2"
    assert "LICENSE" in project["license-files"]
    # PEP 639: a licence expression excludes licence classifiers.
    assert not [c for c in project.get("classifiers", []) if c.startswith("License ::")]


def test_reuse_declaration_covers_the_repository() -> None:
    config = tomllib.loads((ROOT / "REUSE.toml").read_text(encoding="utf-8"))
    assert config["version"] == 1
    annotations = config["annotations"]
    default = annotations[0]
    assert default["path"] == "**"
    assert default["SPDX-License-Identifier"] == "EUPL-1.2"
    assert "kimboard" in default["SPDX-FileCopyrightText"]
    # Every licence named has its text in LICENSES/, and every text there is used.
    used = {a["SPDX-License-Identifier"] for a in annotations}
    texts = {p.stem for p in (ROOT / "LICENSES").glob("*.txt")}
    assert used == texts
    # Each exception points at files that exist.
    for annotation in annotations[1:]:
        paths = annotation["path"] if isinstance(annotation["path"], list) else [
            annotation["path"]]
        for pattern in paths:
            assert list(ROOT.glob(pattern.replace("**", "**/*"))), pattern


# --------------------------------------------------------------------------- third parties


@pytest.mark.slow
def test_third_party_list_covers_the_installed_dependencies(tmp_path: Path) -> None:
    """Every distribution the installed kimboard needs at run time is in the shipped list,
    under the same licence, and nothing else is. Versions and texts may differ (a newer
    release on PyPI must not turn the build red); ``--check`` compares exactly, and the
    PyInstaller build regenerates the list for what it bundles."""
    fresh = tmp_path / "licenses"
    result = _run(sys.executable, str(TOOL), "--output", str(fresh))
    assert result.returncode == 0, result.stdout + result.stderr
    generated = json.loads((fresh / "third_party.json").read_text(encoding="utf-8"))
    shipped = _components()
    installed = {canonicalize_name(c["name"]): c for c in generated["components"]}
    assert set(installed) == set(shipped)
    for name, component in installed.items():
        assert component["license"] == shipped[name]["license"], name


def _components() -> dict[str, dict]:
    data = json.loads((LICENSES / "third_party.json").read_text(encoding="utf-8"))
    return {canonicalize_name(c["name"]): c for c in data["components"]}


def test_third_party_list_names_runtime_dependencies_only() -> None:
    components = _components()
    for name in ("pyside6-essentials", "shiboken6", "sqlalchemy", "alembic", "platformdirs",
                 "matplotlib", "reportlab", "jsonschema", "cryptography", "numpy"):
        assert name in components, name
    for name in ("kimboard", "pytest", "pytest-qt", "pytest-alembic", "pypdf", "hypothesis",
                 "ruff", "mypy", "pyinstaller"):
        assert name not in components, name
    assert components["sqlalchemy"]["license"] == "MIT"
    for component in components.values():
        assert component["version"] and component["license"], component["name"]
        assert component["required_by"], component["name"]
        assert component["license_files"], f"{component['name']} has no licence text"
        for relative in component["license_files"]:
            assert (LICENSES / relative).read_text(encoding="utf-8").strip(), relative


def test_qt_is_listed_under_the_lgpl_with_its_text_and_notice() -> None:
    components = _components()
    for name in ("pyside6-essentials", "shiboken6"):
        qt = components[name]
        assert "LGPL-3.0" in qt["license"]
        assert qt["used_under"] == "LGPL-3.0-only"
        assert "LGPL" in qt["notice"] and "code.qt.io" in qt["notice"]
        texts = {Path(p).name: (LICENSES / p).read_text(encoding="utf-8")
                 for p in qt["license_files"]}
        assert "GNU LESSER GENERAL PUBLIC LICENSE" in texts["LGPL-3.0-only.txt"]
        assert "GNU GENERAL PUBLIC LICENSE" in texts["GPL-3.0-only.txt"]


@pytest.mark.slow
def test_check_mode_detects_every_kind_of_staleness(tmp_path: Path) -> None:
    copy = tmp_path / "licenses"
    shutil.copytree(LICENSES, copy)
    assert _run(sys.executable, str(TOOL), "--check", "--output", str(copy)).returncode == 0

    changed = copy / "texts" / "SQLAlchemy" / "LICENSE"
    changed.write_text(changed.read_text(encoding="utf-8") + "edited\n", encoding="utf-8")
    (copy / "texts" / "alembic" / "LICENSE").unlink()
    (copy / "texts" / "stale-package").mkdir()
    (copy / "texts" / "stale-package" / "LICENSE").write_text("old\n", encoding="utf-8")
    listing = json.loads((copy / "third_party.json").read_text(encoding="utf-8"))
    listing["components"][0]["version"] = "0.0.1"
    (copy / "third_party.json").write_text(json.dumps(listing), encoding="utf-8")

    result = _run(sys.executable, str(TOOL), "--check", "--output", str(copy))
    assert result.returncode == 1
    assert "third_party.json differs" in result.stderr
    assert "texts/SQLAlchemy/LICENSE differs" in result.stderr
    assert "texts/alembic/LICENSE is missing" in result.stderr
    assert "texts/stale-package/LICENSE is no longer needed" in result.stderr

    # Writing repairs it, and then the check passes again.
    assert _run(sys.executable, str(TOOL), "--output", str(copy)).returncode == 0
    assert not (copy / "texts" / "stale-package").exists()
    assert _run(sys.executable, str(TOOL), "--check", "--output", str(copy)).returncode == 0
