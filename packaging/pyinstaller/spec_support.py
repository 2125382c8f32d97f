"""What goes into the PyInstaller build, as plain data: ``kimboard.spec`` uses it, and
``tests/test_pyinstaller_spec.py`` checks it without building.

No PyInstaller import here. kimboard's modules and data files always come from this source
tree (the spec puts it first on the search path), whether and how kimboard is installed in the
Python that runs PyInstaller; that Python provides the dependencies. ``kimboard.resources``
is the folder ``resources/`` (setuptools maps it, see pyproject.toml; so does the hook in
``hooks/pre_find_module_path``).
"""

from __future__ import annotations

import fnmatch
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parents[2]

#: Fixed names (the Windows installer, the smoke test and the docs rely on them).
APP_NAME = "kimboard"
GUI_NAME = "kimboard"
CLI_NAME = "kimboard-cli"
ENTRY_SCRIPT = Path(__file__).resolve().with_name("kimboard_entry.py")
#: Our PyInstaller hooks (``hooks/pre_find_module_path``: where kimboard.resources is).
HOOKS_DIR = str(Path(__file__).resolve().with_name("hooks"))
ICON_ICO = ROOT / "resources" / "icons" / "kimboard.ico"


@dataclass(frozen=True)
class DataRule:
    """Files of one package folder that the program reads from disk at run time."""

    package: str
    #: glob patterns relative to the package folder (``**`` crosses folders)
    include: tuple[str, ...]
    #: fnmatch patterns relative to the package folder that are left out (``*`` crosses ``/``)
    exclude: tuple[str, ...] = ()
    why: str = ""


DATA_RULES: tuple[DataRule, ...] = (
    DataRule(
        "kimboard.resources",
        include=("**/*",),
        # Translation sources and the notes for translators and help authors are not read at
        # run time; the package's __init__.py is a module (it goes into the archive like any
        # other). Everything else is shipped, licence texts included.
        exclude=("*.py", "*.pyc", "*__pycache__/*", "translations/*.ts",
                 "translations/README.md", "help/README.md"),
        why="icons, translations (.qm) and everything else under RESOURCES_DIR",
    ),
    DataRule(
        "kimboard.core.migrations",
        include=("env.py", "script.py.mako", "alembic.ini", "versions/*.py"),
        # The packages' __init__.py are modules in the archive; Alembic does not read them.
        exclude=("*__pycache__/*", "*__init__.py"),
        why="Alembic reads env.py and the revision files from disk (kimboard.core.migrate)",
    ),
    DataRule(
        "kimboard.core.bundle",
        include=("schema/*.json",),
        why="the bundle JSON schema (kimboard.core.bundle.schema.load_schema)",
    ),
)

#: Modules the program imports by other means than an import statement that PyInstaller sees:
#: Alembic executes env.py and the revisions from files, and those import these.
HIDDEN_IMPORTS: tuple[str, ...] = (
    "kimboard.core.migrations.env",
    "alembic.op",
    "alembic.context",
    "sqlalchemy.dialects.sqlite",
)

#: Module names kimboard never uses; left out to keep the bundle small (and tkinter, the test
#: tools and the other Qt bindings out of it even when they are installed beside kimboard).
EXCLUDES: tuple[str, ...] = (
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "lib2to3", "pydoc_data",
    "pytest", "_pytest", "pytestqt", "pytest_alembic", "hypothesis", "pypdf", "py",
    "IPython", "jedi", "PyQt5", "PyQt6", "PySide2",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuick3D",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick",
    "PySide6.Qt3DCore", "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets",
    "PySide6.QtDesigner", "PySide6.QtUiTools", "PySide6.QtHelp", "PySide6.QtTest",
    "PySide6.QtSql", "PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtCharts",
    "PySide6.QtDataVisualization", "PySide6.QtGraphs", "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets", "PySide6.QtBluetooth", "PySide6.QtPositioning",
    "PySide6.QtLocation", "PySide6.QtSerialPort", "PySide6.QtWebSockets",
    "PySide6.QtConcurrent", "PySide6.QtXml", "PySide6.QtStateMachine", "PySide6.QtScxml",
    "PySide6.QtTextToSpeech", "PySide6.QtRemoteObjects", "PySide6.QtSensors",
    "PySide6.QtNfc", "PySide6.QtHttpServer", "PySide6.QtSpatialAudio",
    "matplotlib.backends.backend_tkagg", "matplotlib.backends.backend_tkcairo",
    "matplotlib.backends.backend_gtk3agg", "matplotlib.backends.backend_gtk4agg",
    "matplotlib.backends.backend_wxagg", "matplotlib.backends.backend_webagg",
    "matplotlib.backends.backend_nbagg", "matplotlib.tests", "numpy.tests",
    "PIL.ImageTk", "PIL.ImageQt",
    # Pillow's AVIF and WebP codecs (7 MB of libraries): matplotlib only writes PNG through
    # Pillow. Pillow skips a plugin whose module is missing.
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin",
    # Syntax highlighting for Mako's error pages (Alembic imports Mako), never shown.
    "pygments",
)

#: matplotlib: only the backends kimboard draws with (reports: Agg, the window: QtAgg).
HOOKSCONFIG: dict[str, dict[str, object]] = {
    "matplotlib": {"backends": ["Agg", "QtAgg"]},
}

#: Must end up in the build, or it is broken (the spec stops the build otherwise).
REQUIRED_MODULES: tuple[str, ...] = (
    "kimboard.cli", "kimboard.ui.app", "kimboard.ui.main_window", "kimboard.resources",
    "kimboard.core.migrations.env", "kimboard.report.pdf", "kimboard.core.bundle.signing",
    "matplotlib.backends.backend_agg", "matplotlib.backends.backend_qtagg",
    "PySide6.QtNetwork", "PySide6.QtSvg", "reportlab.pdfbase.ttfonts", "jsonschema",
    "cryptography.hazmat.primitives.asymmetric.ed25519",
)

#: Collected files (destination paths, ``/``-separated, relative to the bundle's internal
#: folder) that kimboard never needs; fnmatch patterns. Qt: plugins for embedded systems
#: (EGLFS, linuxfb, VNC, evdev input), network information, TLS, SQL drivers, PDF images, the
#: virtual keyboard, QML, Windows' software OpenGL, the GTK 3 platform theme (it would bring
#: the build machine's GTK stack: cairo, pango, gdk-pixbuf, atk — and clash with the
#: desktop's own), Qt's translations of languages the program does not offer; matplotlib's
#: sample data and AFM metrics. Shared libraries that only pruned files needed are dropped
#: with them (:func:`prune`).
PRUNE: tuple[str, ...] = tuple(
    f"{qt}/{pattern}"
    for qt in ("PySide6/Qt", "PySide6")  # Linux/macOS wheel layout, Windows wheel layout
    for pattern in (
        "translations/*",
        "qml/*",
        "plugins/sqldrivers/*",
        "plugins/networkinformation/*",
        "plugins/tls/*",
        "plugins/generic/*",
        "plugins/egldeviceintegrations/*",
        "plugins/platforms/*qeglfs*",
        "plugins/platforms/*qlinuxfb*",
        "plugins/platforms/*qminimalegl*",
        "plugins/platforms/*qvnc*",
        "plugins/platforms/*qvkkhrdisplay*",
        "plugins/platformthemes/*qgtk3*",
        "plugins/platforminputcontexts/*qtvirtualkeyboard*",
        "plugins/imageformats/*qpdf*",
        "plugins/imageformats/*qtiff*",
        "plugins/imageformats/*qwebp*",
        "plugins/imageformats/*qicns*",
        "plugins/imageformats/*qtga*",
        "plugins/imageformats/*qwbmp*",
        # Windows: the software OpenGL renderer (20 MB), a fallback for OpenGL/Qt Quick
        # content; kimboard's widgets paint with the raster engine.
        "opengl32sw.dll",
    )
) + (
    "matplotlib/mpl-data/sample_data/*",
    # Font metrics for matplotlib's PostScript/PDF backends; kimboard draws with Agg only.
    "matplotlib/mpl-data/fonts/afm/*",
    "matplotlib/mpl-data/fonts/pdfcorefonts/*",
)

#: Exceptions to PRUNE (kept although a pattern above matches): Qt's own German strings
#: (buttons, standard dialogs; kimboard.ui.i18n loads ``qtbase_<language>``).
KEEP: tuple[str, ...] = (
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/translations/qtbase_en.qm",
    "PySide6/translations/qtbase_de.qm",
    "PySide6/translations/qtbase_en.qm",
)


#: Packages whose folder is not where their name says (pyproject.toml's ``package-dir``).
PACKAGE_DIRS = {"kimboard.resources": "resources"}


def package_dir(package: str) -> Path:
    """The source folder of one of kimboard's packages."""
    folder = ROOT / PACKAGE_DIRS.get(package, package.replace(".", "/"))
    if not (folder / "__init__.py").is_file():
        raise ModuleNotFoundError(f"{package} is not a package in {ROOT}")
    return folder


def _matches(rel: str, patterns: tuple[str, ...]) -> bool:
    """fnmatch semantics: ``*`` also matches ``/``, so ``*.py`` means any .py file below."""
    return any(fnmatch.fnmatchcase(rel, p) for p in patterns)


def rule_files(rule: DataRule) -> list[tuple[Path, str]]:
    """(source file, destination path relative to the bundle, ``/``-separated) of one rule."""
    base = package_dir(rule.package)
    dest_base = rule.package.replace(".", "/")
    out: dict[str, Path] = {}
    for pattern in rule.include:
        for path in sorted(base.glob(pattern)):
            if not path.is_file():
                continue
            rel = path.relative_to(base).as_posix()
            if _matches(rel, rule.exclude):
                continue
            out[f"{dest_base}/{rel}"] = path
    return [(src, dest) for dest, src in sorted(out.items())]


def data_files() -> list[tuple[str, str]]:
    """The ``datas`` of the Analysis: (source file, destination folder) pairs."""
    pairs = []
    for rule in DATA_RULES:
        files = rule_files(rule)
        if not files:
            raise FileNotFoundError(f"no data files found for {rule.package} ({rule.include})")
        for src, dest in files:
            pairs.append((str(src), str(PurePosixPath(dest).parent)))
    return pairs


def _norm(dest: str) -> str:
    return dest.replace("\\", "/")


def pruned(dest: str) -> bool:
    """True if a collected file (destination path) is left out of the bundle."""
    rel = _norm(dest)
    return _matches(rel, PRUNE) and not _matches(rel, KEEP)


Entry = tuple[str, str, str]  # (destination, source or symlink target, type code)


def prune(
    binaries: list[Entry], datas: list[Entry], needed: Callable[[str], Iterable[str]]
) -> tuple[list[Entry], list[Entry], list[str]]:
    """Drop the PRUNE matches, the shared libraries only they needed, and symlinks to them.

    ``needed(source)`` names the libraries a binary links against (DT_NEEDED, PE imports).
    A library goes only if some pruned file needed it (directly or not) and nothing that
    stays does. Returns (binaries, datas, destinations removed).
    """
    by_name: dict[str, list[str]] = {}
    source = {}
    for dest, src, _kind in binaries:
        by_name.setdefault(PurePosixPath(_norm(dest)).name.lower(), []).append(_norm(dest))
        source[_norm(dest)] = src
    deps_cache: dict[str, list[str]] = {}

    def deps(dest: str) -> list[str]:
        if dest not in deps_cache:
            names = (PurePosixPath(_norm(n)).name.lower() for n in needed(source[dest]))
            deps_cache[dest] = [d for name in names for d in by_name.get(name, [])]
        return deps_cache[dest]

    def closure(start: Iterable[str]) -> set[str]:
        seen: set[str] = set()
        todo = list(start)
        while todo:
            dest = todo.pop()
            if dest not in seen:
                seen.add(dest)
                todo.extend(deps(dest))
        return seen

    removed = {_norm(e[0]) for e in binaries + datas if e[2] != "SYMLINK" and pruned(e[0])}
    candidates = closure(d for d in source if d in removed) - removed
    keepers = closure(d for d in source if d not in removed and d not in candidates)
    removed |= candidates - keepers
    kept_binaries = [e for e in binaries if _norm(e[0]) not in removed]
    kept_datas = [
        e for e in datas
        if _norm(e[0]) not in removed and not (e[2] == "SYMLINK" and _norm(e[1]) in removed)
    ]
    return kept_binaries, kept_datas, sorted(removed)


#: Our run-time hooks (run before kimboard at every start of both executables).
RTHOOKS_DIR = Path(__file__).resolve().with_name("rthooks")


def replace_runtime_hooks(scripts: list[Entry], platform: str) -> list[Entry]:
    """The Analysis' scripts without PyInstaller's matplotlib hook (all platforms) and, on
    Linux, with kimboard's light Qt hook in place of PyInstaller's PySide6 hook."""
    drop = {"pyi_rth_mplconfig"}
    extra: list[Entry] = []
    if platform.startswith("linux"):
        drop.add("pyi_rth_pyside6")
        hook = RTHOOKS_DIR / "pyi_rth_kimboard_qt.py"
        extra.append((hook.stem, str(hook), "PYSOURCE"))
    kept = [e for e in scripts if e[0] not in drop]
    # Run-time hooks come before the entry script, which is last.
    return kept[:-1] + extra + kept[-1:]


def icon() -> list[str] | None:
    """The Windows icon if there is one (PyInstaller uses it only for Windows .exe files)."""
    return [str(ICON_ICO)] if ICON_ICO.is_file() and sys.platform == "win32" else None


def app_version() -> str:
    """``kimboard.__version__`` as written in the source (the single source of the version)."""
    text = (package_dir("kimboard") / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.MULTILINE)
    if match is None:
        raise ValueError("no __version__ in kimboard/__init__.py")
    return match.group(1)


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """"0.1.0" -> (0, 1, 0, 0); a suffix such as "rc1" or ".dev2" is dropped."""
    release = re.match(r"\d+(?:\.\d+)*", version)
    numbers = [int(n) for n in release.group(0).split(".")[:3]] if release else []
    numbers = (numbers + [0, 0, 0])[:3]
    return (numbers[0], numbers[1], numbers[2], 0)


def windows_version_info(exe_name: str):  # type: ignore[no-untyped-def]
    """The version resource of one .exe file (its properties in Explorer)."""
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    version = app_version()
    numbers = version_tuple(version)
    strings = [
        StringStruct("CompanyName", "kimboard developers"),
        StringStruct("FileDescription", "kimboard – Kanban, Scrum und Retrospektiven"),
        StringStruct("FileVersion", version),
        StringStruct("InternalName", exe_name),
        StringStruct("LegalCopyright", "© kimboard developers"),
        StringStruct("OriginalFilename", f"{exe_name}.exe"),
        StringStruct("ProductName", APP_NAME),
        StringStruct("ProductVersion", version),
    ]
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            StringFileInfo([StringTable("040704B0", strings)]),  # German (Germany), UTF-16
            VarFileInfo([VarStruct("Translation", [0x0407, 1200])]),
        ],
    )


#: Binaries of the Python installation itself, relative to the bundle's internal folder.
STRIPPABLE: tuple[str, ...] = ("libpython3*.so*", "python3.*/lib-dynload/*.so")


def strip_python_binaries(dist: str | Path) -> int:
    """``strip --strip-unneeded`` the STRIPPABLE files of a built one-folder bundle (Linux);
    returns how many bytes that saved (0 without ``strip``)."""
    import shutil
    import subprocess

    strip = shutil.which("strip")
    internal = Path(dist) / "_internal"
    if strip is None or not internal.is_dir():
        return 0
    saved = 0
    for path in sorted(p for p in internal.rglob("*") if p.is_file() and not p.is_symlink()):
        if not _matches(path.relative_to(internal).as_posix(), STRIPPABLE):
            continue
        before = path.stat().st_size
        subprocess.run([strip, "--strip-unneeded", str(path)], check=True)
        saved += before - path.stat().st_size
    return saved
