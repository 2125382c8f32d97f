"""The PyInstaller spec (packaging/pyinstaller/kimboard.spec), checked without building.

The spec is executed with stand-ins for PyInstaller's build classes (PyInstaller itself need
not be installed), so these tests see exactly what the spec would hand to PyInstaller: the
executables, the data files, hidden imports, exclusions and what is pruned. The last tests
read kimboard's source for every data file it loads from disk (``RESOURCES_DIR / …``,
``Path(__file__)…``, ``importlib.resources``) and check that the build carries it.
"""

from __future__ import annotations

import ast
import os
import sys
import types
from pathlib import Path, PurePosixPath
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SPEC_DIR = ROOT / "packaging" / "pyinstaller"
SPEC = SPEC_DIR / "kimboard.spec"


# --------------------------------------------------------------------------- the spec, run


class FakeAnalysis:
    def __init__(self, scripts: list[str], **kwargs: Any) -> None:
        self.inputs = scripts
        self.kwargs = kwargs
        import spec_support as S  # the spec put its folder on sys.path

        self.pure = [(name, f"/src/{name}.py", "PYMODULE") for name in S.REQUIRED_MODULES]
        self.scripts = [(hook, f"/rthooks/{hook}.py", "PYSOURCE") for hook in
                        ("pyi_rth_pkgutil", "pyi_rth_mplconfig", "pyi_rth_pyside6")]
        self.scripts.append(("kimboard_entry", scripts[0], "PYSOURCE"))
        self.binaries = [(dest, f"/src/{dest}", "BINARY") for dest in FAKE_LIBS]
        self.datas = [
            ("libcairo.so.2.link", "libcairo.so.2", "SYMLINK"),
            ("PySide6/Qt/translations/qtbase_de.qm", "/src/qtbase_de.qm", "DATA"),
            ("PySide6/Qt/translations/qtbase_fr.qm", "/src/qtbase_fr.qm", "DATA"),
            ("PySide6/Qt/translations/qt_de.qm", "/src/qt_de.qm", "DATA"),
            ("matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf", "/src/DejaVuSans.ttf", "DATA"),
            ("matplotlib/mpl-data/sample_data/goog.npz", "/src/goog.npz", "DATA"),
        ]


#: A miniature of what PyInstaller collects on Linux, with who links against whom.
FAKE_LIBS: dict[str, list[str]] = {
    "PySide6/QtGui.abi3.so": ["libQt6Gui.so.6"],
    "PySide6/Qt/lib/libQt6Gui.so.6": ["libfontconfig.so.1"],
    "PySide6/Qt/plugins/platforms/libqxcb.so": ["libQt6Gui.so.6"],
    "PySide6/Qt/plugins/platforms/libqoffscreen.so": ["libQt6Gui.so.6", "libfontconfig.so.1"],
    "PySide6/Qt/plugins/platforms/libqeglfs.so": ["libQt6EglFSDeviceIntegration.so.6"],
    "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6": ["libQt6Gui.so.6"],
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so": ["libcairo.so.2", "libfontconfig.so.1"],
    "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so": ["libQt6Gui.so.6"],
    "libcairo.so.2": ["libpixman-1.so.0", "libfontconfig.so.1"],
    "libpixman-1.so.0": [],
    "libfontconfig.so.1": [],
    "libpython3.11.so.1.0": [],
}


class Recorder:
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args = args
        self.kwargs = kwargs
        self.name = kwargs.get("name", "")


class FakePYZ(Recorder):
    pass


class FakeEXE(Recorder):
    pass


class FakeCOLLECT(Recorder):
    pass


def _fake_pyinstaller(monkeypatch: pytest.MonkeyPatch) -> None:
    """Just the PyInstaller functions the spec imports."""
    hooks = types.ModuleType("PyInstaller.utils.hooks")

    def collect_submodules(package: str) -> list[str]:
        found = []
        for path in (ROOT / package).rglob("*.py"):
            if "__pycache__" in path.parts:
                continue
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found.append(".".join(parts))
        return sorted(found)

    hooks.collect_submodules = collect_submodules  # type: ignore[attr-defined]
    bindepend = types.ModuleType("PyInstaller.depend.bindepend")

    def get_imports(path: str) -> set[tuple[str, None]]:
        return {(name, None) for name in FAKE_LIBS.get(path.removeprefix("/src/"), [])}

    bindepend.get_imports = get_imports  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.utils", "PyInstaller.depend"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setitem(sys.modules, "PyInstaller.depend.bindepend", bindepend)


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    """The spec's namespace after running it with stand-ins (as PyInstaller would run it)."""
    with pytest.MonkeyPatch.context() as mp:
        _fake_pyinstaller(mp)
        mp.setattr(sys, "path", list(sys.path))  # the spec prepends its folder
        mp.delitem(sys.modules, "spec_support", raising=False)
        namespace: dict[str, Any] = {
            "__name__": "__main__", "__file__": str(SPEC), "SPECPATH": str(SPEC_DIR),
            "Analysis": FakeAnalysis, "PYZ": FakePYZ, "EXE": FakeEXE, "COLLECT": FakeCOLLECT,
        }
        code = compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")
        exec(code, namespace)  # noqa: S102 - our own build file
        namespace["S"] = sys.modules["spec_support"]
    return namespace


def _analysis(spec: dict[str, Any]) -> FakeAnalysis:
    return next(v for v in spec.values() if isinstance(v, FakeAnalysis))


def _exes(spec: dict[str, Any]) -> dict[str, FakeEXE]:
    return {v.name: v for v in spec.values() if isinstance(v, FakeEXE)}


def _shipped(spec: dict[str, Any]) -> set[str]:
    """Destination paths (``/``-separated) of the data files the Analysis gets."""
    return {f"{PurePosixPath(dest.replace(chr(92), '/'))}/{Path(src).name}"
            for src, dest in _analysis(spec).kwargs["datas"]}


def test_the_spec_is_valid_python() -> None:
    ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def test_two_executables_in_one_folder_gui_windowed_cli_console(spec: dict[str, Any]) -> None:
    exes = _exes(spec)
    assert set(exes) == {"kimboard", "kimboard-cli"}
    assert exes["kimboard"].kwargs["console"] is False  # no console window on Windows
    assert exes["kimboard-cli"].kwargs["console"] is True
    for exe in exes.values():
        # one-folder: binaries stay beside the executables, not inside (one-file unpacks)
        assert exe.kwargs["exclude_binaries"] is True
        assert exe.kwargs["upx"] is False  # UPX-packed files trip virus scanners
        pyz, scripts = exe.args[0], exe.args[1]
        assert isinstance(pyz, FakePYZ)
        # the entry script last, after the run-time hooks
        assert scripts[-1][1] == str(SPEC_DIR / "kimboard_entry.py")
    collect = next(v for v in spec.values() if isinstance(v, FakeCOLLECT))
    assert collect.name == "kimboard"
    assert [e.name for e in collect.args if isinstance(e, FakeEXE)] == ["kimboard",
                                                                         "kimboard-cli"]


def test_both_executables_run_kimboards_main() -> None:
    entry = SPEC_DIR / "kimboard_entry.py"
    tree = ast.parse(entry.read_text(encoding="utf-8"))
    imports = {(n.module, a.name) for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)
               for a in n.names}
    assert ("kimboard.cli", "main") in imports
    calls = {ast.unparse(n) for n in ast.walk(tree) if isinstance(n, ast.Call)}
    assert "sys.exit(main())" in calls


def test_run_time_hooks_matplotlib_config_kept_and_qt_light_on_linux(
        spec: dict[str, Any]) -> None:
    S = spec["S"]
    scripts = [("pyi_rth_pkgutil", "a", "PYSOURCE"), ("pyi_rth_mplconfig", "b", "PYSOURCE"),
               ("pyi_rth_pyside6", "c", "PYSOURCE"), ("kimboard_entry", "d", "PYSOURCE")]
    linux = [e[0] for e in S.replace_runtime_hooks(scripts, "linux")]
    assert linux == ["pyi_rth_pkgutil", "pyi_rth_kimboard_qt", "kimboard_entry"]
    windows = [e[0] for e in S.replace_runtime_hooks(scripts, "win32")]
    assert windows == ["pyi_rth_pkgutil", "pyi_rth_pyside6", "kimboard_entry"]
    hook = S.RTHOOKS_DIR / "pyi_rth_kimboard_qt.py"
    assert "QT_PLUGIN_PATH" in hook.read_text(encoding="utf-8")
    exe_scripts = [e[0] for e in _exes(spec)["kimboard-cli"].args[1]]
    assert "pyi_rth_mplconfig" not in exe_scripts
    assert exe_scripts[-1] == "kimboard_entry"


def test_windows_icon_is_used_when_it_exists(spec: dict[str, Any],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    S = spec["S"]
    for exe in _exes(spec).values():
        assert exe.kwargs["icon"] == S.icon()
    monkeypatch.setattr(sys, "platform", "win32")
    if S.ICON_ICO.is_file():
        assert S.icon() == [str(ROOT / "resources" / "icons" / "kimboard.ico")]
    else:
        assert S.icon() is None
    monkeypatch.setattr(S, "ICON_ICO", ROOT / "no-such.ico")
    assert S.icon() is None


def test_version_numbers_for_windows(spec: dict[str, Any]) -> None:
    S = spec["S"]
    import kimboard

    assert S.app_version() == kimboard.__version__
    assert S.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert S.version_tuple("1.2rc1") == (1, 2, 0, 0)
    assert S.version_tuple("2.0.1.dev3") == (2, 0, 1, 0)
    assert S.version_tuple("3") == (3, 0, 0, 0)


def test_hidden_imports_exclusions_and_matplotlib_backends(spec: dict[str, Any]) -> None:
    kwargs = _analysis(spec).kwargs
    hidden = set(kwargs["hiddenimports"])
    assert {"kimboard.resources", "kimboard.core.migrations.env", "kimboard.ui.app",
            "kimboard.cli_bundle", "alembic.op", "sqlalchemy.dialects.sqlite"} <= hidden
    excludes = set(kwargs["excludes"])
    assert {"tkinter", "pytest", "hypothesis", "PySide6.QtQml", "PySide6.QtQuick",
            "PySide6.QtWebEngineCore", "PySide6.Qt3DCore", "PySide6.QtMultimedia"} <= excludes
    needed = {"kimboard", "PySide6", "PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets",
              "PySide6.QtNetwork", "PySide6.QtSvg", "matplotlib", "reportlab", "cryptography",
              "jsonschema", "sqlalchemy", "alembic", "numpy"}
    assert not needed & excludes
    assert kwargs["hooksconfig"]["matplotlib"]["backends"] == ["Agg", "QtAgg"]
    assert Path(kwargs["hookspath"][0], "pre_find_module_path",
                "hook-kimboard.resources.py").is_file()


def test_resources_migrations_schema_and_translations_are_collected(
        spec: dict[str, Any]) -> None:
    shipped = _shipped(spec)
    assert "kimboard/resources/icons/kimboard.svg" in shipped
    qm = sorted((ROOT / "resources" / "translations").glob("*.qm"))
    assert qm
    for path in qm:
        assert f"kimboard/resources/translations/{path.name}" in shipped
    assert not any(s.endswith((".ts", ".py", ".pyc")) for s in shipped
                   if s.startswith("kimboard/resources/"))
    migrations = ROOT / "kimboard" / "core" / "migrations"
    revisions = sorted(p.name for p in (migrations / "versions").glob("0*.py"))
    assert revisions
    for name in revisions:
        assert f"kimboard/core/migrations/versions/{name}" in shipped
    for name in ("env.py", "script.py.mako", "alembic.ini"):
        assert f"kimboard/core/migrations/{name}" in shipped
    schemas = sorted((ROOT / "kimboard/core/bundle/schema").glob("*.json"))
    assert schemas
    for path in schemas:
        assert f"kimboard/core/bundle/schema/{path.name}" in shipped
    for src, _dest in _analysis(spec).kwargs["datas"]:
        assert Path(src).is_file(), src


def test_pruning_drops_unused_plugins_and_only_their_libraries(spec: dict[str, Any]) -> None:
    collect = next(v for v in spec.values() if isinstance(v, FakeCOLLECT))
    binaries = {e[0] for e in collect.args[2]}
    datas = {e[0] for e in collect.args[3]}
    # gone: the GTK theme and EGLFS, and what only they needed
    for dest in ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "libcairo.so.2",
                 "libpixman-1.so.0", "PySide6/Qt/plugins/platforms/libqeglfs.so",
                 "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6"):
        assert dest not in binaries, dest
    assert "libcairo.so.2.link" not in datas  # no dangling symlink
    # kept: what the window needs, also when a pruned plugin needed it too
    for dest in ("PySide6/Qt/plugins/platforms/libqxcb.so", "libfontconfig.so.1",
                 "PySide6/Qt/plugins/platforms/libqoffscreen.so", "PySide6/Qt/lib/libQt6Gui.so.6",
                 "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
                 "libpython3.11.so.1.0"):
        assert dest in binaries, dest
    # Qt's German strings stay, other languages go; matplotlib's fonts stay
    assert "PySide6/Qt/translations/qtbase_de.qm" in datas
    assert "PySide6/Qt/translations/qtbase_fr.qm" not in datas
    assert "PySide6/Qt/translations/qt_de.qm" not in datas
    assert "matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf" in datas
    assert "matplotlib/mpl-data/sample_data/goog.npz" not in datas


def test_pruning_understands_windows_paths(spec: dict[str, Any]) -> None:
    S = spec["S"]
    assert S.pruned("PySide6\\plugins\\sqldrivers\\qsqlite.dll")
    assert S.pruned("PySide6\\translations\\qtbase_fr.qm")
    assert not S.pruned("PySide6\\translations\\qtbase_de.qm")
    assert not S.pruned("PySide6\\plugins\\platforms\\qwindows.dll")
    assert not S.pruned("PySide6\\plugins\\platforms\\qoffscreen.dll")
    assert S.pruned("PySide6\\opengl32sw.dll")
    assert not S.pruned("PySide6\\Qt6Widgets.dll")
    kept, _datas, removed = S.prune(
        [("PySide6\\plugins\\tls\\qopensslbackend.dll", "/x/a", "BINARY"),
         ("libssl-3.dll", "/x/b", "BINARY"), ("PySide6\\Qt6Gui.dll", "/x/c", "BINARY")],
        [], lambda src: {"/x/a": ["LIBSSL-3.dll"]}.get(src, []))
    assert [e[0] for e in kept] == ["PySide6\\Qt6Gui.dll"]
    assert removed == ["PySide6/plugins/tls/qopensslbackend.dll", "libssl-3.dll"]


# --------------------------------------------------------------------------- data coverage


def _kimboard_modules() -> list[tuple[Path, ast.Module]]:
    out = []
    for path in sorted((ROOT / "kimboard").rglob("*.py")):
        if "__pycache__" not in path.parts and "versions" not in path.parts:
            out.append((path, ast.parse(path.read_text(encoding="utf-8"), str(path))))
    return out


def _path_chain(node: ast.expr) -> tuple[ast.expr, list[str | None]]:
    """``X / "a" / f"{n}" / "b"`` -> (X, ["a", None, "b"])."""
    parts: list[str | None] = []
    while isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
        right = node.right
        parts.insert(0, right.value if isinstance(right, ast.Constant)
                     and isinstance(right.value, str) else None)
        node = node.left
    return node, parts


def _constant_prefix(parts: list[str | None]) -> str:
    prefix = []
    for part in parts:
        if part is None:
            break
        prefix.append(part)
    return "/".join(prefix)


def _loaded_paths() -> set[str]:
    """Package-relative destinations of every data file or folder kimboard reads from disk.

    Recognised: ``RESOURCES_DIR / "a" / …`` (also through module constants such as
    ``HELP_DIR = RESOURCES_DIR / "help"``), ``Path(__file__).with_name("x")`` and
    ``importlib.resources.files("pkg").joinpath("a", …)``. Any other use of ``__file__`` fails
    the scan, so a new way of reading data files gets looked at.
    """
    found: set[str] = set()
    unknown: list[str] = []
    for path, tree in _kimboard_modules():
        package = "/".join(path.relative_to(ROOT).parent.parts)
        aliases = {"RESOURCES_DIR": "kimboard/resources"}
        for node in ast.walk(tree):  # module constants such as HELP_DIR = RESOURCES_DIR / "x"
            if isinstance(node, ast.Assign) and len(node.targets) == 1 \
                    and isinstance(node.targets[0], ast.Name):
                base, parts = _path_chain(node.value)
                if isinstance(base, ast.Name) and base.id in aliases and parts:
                    aliases[node.targets[0].id] = "/".join(
                        [aliases[base.id], _constant_prefix(parts)]).rstrip("/")
        used: set[int] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.BinOp):
                base, parts = _path_chain(node)
                if isinstance(base, ast.Name) and base.id in aliases:
                    found.add("/".join([aliases[base.id], _constant_prefix(parts)]).rstrip("/"))
                    used.add(id(base))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                func = node.func
                if func.attr == "with_name" and "__file__" in ast.unparse(func.value):
                    name = node.args[0]
                    assert isinstance(name, ast.Constant), ast.unparse(node)
                    found.add(f"{package}/{name.value}")
                    used.update(id(n) for n in ast.walk(func.value))
                if func.attr == "joinpath" and isinstance(func.value, ast.Call) \
                        and ast.unparse(func.value.func).endswith("files"):
                    pkg = func.value.args[0]
                    assert isinstance(pkg, ast.Constant), ast.unparse(node)
                    parts = [a.value if isinstance(a, ast.Constant) else None
                             for a in node.args]
                    found.add("/".join([pkg.value.replace(".", "/"),
                                        _constant_prefix(parts)]).rstrip("/"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and id(node) not in used \
                    and not isinstance(node.ctx, ast.Store):
                if node.id in aliases:
                    found.add(aliases[node.id])  # used whole (e.g. a default argument)
                elif node.id == "__file__":
                    unknown.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not unknown, f"__file__ used in a way this scan does not know: {unknown}"
    return found


#: Files in the folders the code reads that are not for run time.
NOT_SHIPPED = {"kimboard/resources/translations/README.md", "kimboard/resources/help/README.md"}


def _source_of(dest: str) -> Path:
    if dest.startswith("kimboard/resources"):
        return ROOT / "resources" / dest.removeprefix("kimboard/resources").lstrip("/")
    return ROOT / dest


def test_the_scan_finds_the_known_data_files() -> None:
    found = _loaded_paths()
    for dest in ("kimboard/resources/translations", "kimboard/core/migrations",
                 "kimboard/core/bundle/schema"):
        assert dest in found, sorted(found)
    assert any(d.startswith("kimboard/resources/icons") for d in found), sorted(found)


def test_every_data_file_the_code_loads_is_in_the_build(spec: dict[str, Any]) -> None:
    shipped = _shipped(spec)
    missing = []
    for dest in sorted(_loaded_paths()):
        source = _source_of(dest)
        assert source.exists(), f"the code reads {dest}, but {source} does not exist"
        if source.is_file():
            if dest not in shipped:
                missing.append(dest)
            continue
        files = [f"{dest}/{p.relative_to(source).as_posix()}" for p in source.rglob("*")
                 if p.is_file() and "__pycache__" not in p.parts and p.name != "__init__.py"
                 and p.suffix not in (".pyc", ".ts")]
        files = [f for f in files if f not in NOT_SHIPPED]
        assert files, f"{source} is empty"
        missing.extend(f for f in files if f not in shipped)
    assert not missing, f"read at run time but not in the build: {sorted(set(missing))}"


def test_every_resource_file_is_in_the_build(spec: dict[str, Any]) -> None:
    shipped = _shipped(spec)
    source = ROOT / "resources"
    every = {f"kimboard/resources/{p.relative_to(source).as_posix()}" for p in source.rglob("*")
             if p.is_file() and "__pycache__" not in p.parts
             and p.suffix not in (".py", ".pyc", ".ts")}
    assert not every - NOT_SHIPPED - shipped
    assert not NOT_SHIPPED & shipped


# --------------------------------------------------------------------------- its benchmark figures


def test_build_figures_are_skipped_cleanly_without_a_build(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from benchmarks.__main__ import main

    # main() points these at its scratch folder; monkeypatch puts them back afterwards.
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "QT_QPA_PLATFORM"):
        monkeypatch.setenv(var, os.environ.get(var, str(tmp_path)))
    monkeypatch.delenv("KIMBOARD_DB", raising=False)
    monkeypatch.setenv("KIMBOARD_BENCH_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("KIMBOARD_BUNDLE_DIR", str(tmp_path / "no-build"))

    code = main(["--only", "bundle_startup", "bundle_cli_startup", "bundle_size"])

    out = capsys.readouterr().out
    assert code == 0
    assert "FAILED" not in out
    skipped = out.split("SKIPPED:", 1)[1]
    for name in ("bundle_startup", "bundle_cli_startup", "bundle_size"):
        assert f"{name} (no PyInstaller build at {tmp_path / 'no-build'}" in skipped


def test_bundle_size_counts_the_folder_and_the_installed_packages(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from benchmarks.figures import build
    from benchmarks.runner import Context

    folder = tmp_path / "kimboard"
    (folder / "_internal" / "PySide6").mkdir(parents=True)
    (folder / "kimboard").write_bytes(b"x" * 3_000_000)
    (folder / "kimboard-cli").write_bytes(b"x" * 1_000_000)
    (folder / "_internal" / "PySide6" / "libQt6Core.so.6").write_bytes(b"x" * 2_000_000)
    if os.name == "posix":  # a symlink is not counted twice
        (folder / "_internal" / "libQt6Core.so.6").symlink_to("PySide6/libQt6Core.so.6")
    monkeypatch.setenv("KIMBOARD_BUNDLE_DIR", str(folder))

    result = build.run_size(Context(work=tmp_path / "work"), 1_000)

    assert result.name == "bundle_size" and result.unit == "MB"
    assert result.value == pytest.approx(6.0)
    assert result.details["files"] == 3
    assert result.details["executables (MB)"] == {"kimboard": 3.0, "kimboard-cli": 1.0}
    assert result.details["biggest parts of _internal (MB)"].startswith("PySide6 2.0")
    counted = result.details["installed packages counted"]
    for dist in ("kimboard", "pyside6-essentials", "sqlalchemy", "matplotlib", "cryptography"):
        assert dist in counted
    assert "pytest" not in counted.split(": ", 1)[1].split(", ")  # extras are not counted
    assert result.baseline > 50  # PySide6 alone is bigger than that


def test_time_to_line_waits_for_the_line_and_a_clean_exit() -> None:
    from benchmarks.figures.build import time_to_line

    env = dict(os.environ)
    ok = [sys.executable, "-c", "print('kimboard 1: Fenster angezeigt', flush=True)"]
    assert 0 < time_to_line(ok, env, "angezeigt") < 60
    with pytest.raises(RuntimeError, match="no line"):
        time_to_line([sys.executable, "-c", "print('nothing')"], env, "angezeigt")
    with pytest.raises(RuntimeError, match="exit 3"):
        time_to_line([sys.executable, "-c", "print('angezeigt'); raise SystemExit(3)"], env,
                      "angezeigt")
