"""Text-level checks of the Windows installer (packaging/windows/kimboard.iss) and the Windows
CI workflow (.github/workflows/windows.yml).

Neither Inno Setup nor a Windows runner is available here, so these tests read the files and
catch the mistakes that would otherwise show only on Windows: an installer that asks for
administrator rights or writes to machine-wide places, a broken file association, an
uninstaller that touches the user's data, executable names that disagree with the PyInstaller
spec, a workflow that refers to files that do not exist. PyYAML is not a dependency; the
workflow is read with the small YAML-subset reader below (block mappings and sequences,
block scalars, flow sequences, quoted and plain scalars).
"""

from __future__ import annotations

import ast
import importlib.util
import os
import re
import subprocess
import sys
import uuid
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath
from typing import Any
from unittest import mock

import pytest

import kimboard
from kimboard.core.bundle.format import MIMETYPE

ROOT = Path(__file__).resolve().parents[1]
ISS = ROOT / "packaging" / "windows" / "kimboard.iss"
WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"
SPEC = ROOT / "packaging" / "pyinstaller" / "kimboard.spec"
IT_DOC = ROOT / "docs" / "it-deployment.md"

PROG_ID = "kimboard.Bundle"
EXTENSION = ".kimb"


# --- reading the Inno Setup script ---------------------------------------------------------

#: [Setup]-style sections of "Key=Value" lines; every other section (except [Code]) has
#: entries of "Param: value; Param: "value"" form.
KEY_VALUE_SECTIONS = {"setup", "custommessages", "messages", "langoptions"}


@dataclass
class Iss:
    text: str
    #: ``#define Name "string"`` values (the last definition of a name wins)
    defines: dict[str, str] = field(default_factory=dict)
    #: ``#define Name expression`` (not a plain string), unevaluated
    expressions: dict[str, str] = field(default_factory=dict)
    #: defaults of names that ISCC may set from its command line (``#ifndef Name`` …
    #: ``#define Name …``); these stay unexpanded as ``{#Name}``
    defaults: dict[str, str] = field(default_factory=dict)
    setup: dict[str, str] = field(default_factory=dict)
    custom_messages: dict[str, dict[str, str]] = field(default_factory=dict)
    entries: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    code: list[str] = field(default_factory=list)
    #: every non-comment, non-preprocessor line after {#define} expansion
    lines: list[str] = field(default_factory=list)

    def setup_value(self, key: str) -> str | None:
        for k, v in self.setup.items():
            if k.lower() == key.lower():
                return v
        return None

    def section(self, name: str) -> list[dict[str, str]]:
        return self.entries.get(name.lower(), [])


def parse_entry(line: str) -> dict[str, str]:
    """``Name: "a ""quoted"" b"; Flags: x y`` → {"Name": 'a "quoted" b', "Flags": "x y"}."""
    params: dict[str, str] = {}
    i, n = 0, len(line)
    while i < n:
        while i < n and line[i] == " ":
            i += 1
        if i >= n:
            break
        colon = line.index(":", i)
        name = line[i:colon].strip()
        i = colon + 1
        while i < n and line[i] == " ":
            i += 1
        if i < n and line[i] == '"':
            i += 1
            buf: list[str] = []
            while True:
                if i >= n:
                    raise ValueError(f"unterminated quote in: {line}")
                if line[i] == '"':
                    if i + 1 < n and line[i + 1] == '"':
                        buf.append('"')
                        i += 2
                        continue
                    i += 1
                    break
                buf.append(line[i])
                i += 1
            value = "".join(buf)
            while i < n and line[i] == " ":
                i += 1
            if i < n:
                if line[i] != ";":
                    raise ValueError(f"text after a quoted value in: {line}")
                i += 1
        else:
            end = line.find(";", i)
            end = n if end == -1 else end
            value = line[i:end].strip()
            i = end + 1
        if name in params:
            raise ValueError(f"parameter {name} twice in: {line}")
        params[name] = value
    return params


def read_iss(path: Path = ISS) -> Iss:
    text = path.read_text(encoding="utf-8-sig")
    iss = Iss(text=text)
    section = ""
    define = re.compile(r"^#\s*define\s+(\w+)\s+(.*)$")
    ifndef = re.compile(r"^#\s*ifndef\s+(\w+)\s*$")
    overridable: set[str] = set()
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if line.startswith("#"):
            m = ifndef.match(line)
            if m:
                overridable.add(m.group(1))
            m = define.match(line)
            if m:
                name, value = m.group(1), m.group(2).strip()
                if name in overridable:
                    iss.defaults[name] = value
                elif re.fullmatch(r'"[^"]*"', value):
                    iss.defines[name] = value[1:-1]
                else:
                    iss.expressions[name] = value
            continue
        if section != "code":
            line = re.sub(
                r"\{#(\w+)\}", lambda m: iss.defines.get(m.group(1), m.group(0)), line
            )
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            section = header.group(1).lower()
            continue
        iss.lines.append(line)
        if section == "code":
            iss.code.append(line)
        elif section == "setup":
            key, _, value = line.partition("=")
            iss.setup[key.strip()] = value.strip()
        elif section == "custommessages":
            key, _, value = line.partition("=")
            lang, _, msg = key.strip().partition(".")
            iss.custom_messages.setdefault(msg, {})[lang] = value.strip()
        elif section in KEY_VALUE_SECTIONS:
            continue
        elif section:
            iss.entries.setdefault(section, []).append(parse_entry(line))
    return iss


def flags(entry: dict[str, str]) -> set[str]:
    return set(entry.get("Flags", "").lower().split())


@pytest.fixture(scope="module")
def iss() -> Iss:
    return read_iss()


def test_entry_parser_handles_inno_quoting() -> None:
    entry = parse_entry(
        'Root: HKCU; Subkey: "a\\b"; ValueData: """{app}\\x.exe"" ""%1"""; Flags: one two'
    )
    assert entry == {
        "Root": "HKCU",
        "Subkey": "a\\b",
        "ValueData": '"{app}\\x.exe" "%1"',
        "Flags": "one two",
    }
    with pytest.raises(ValueError):
        parse_entry('Name: "open')


def test_script_is_utf8_with_bom() -> None:
    # Inno Setup before 6.3 reads a script without a BOM as ANSI: umlauts in the German
    # messages would turn into mojibake.
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    raw[3:].decode("utf-8")


def test_setup_runs_per_user_without_elevation(iss: Iss) -> None:
    assert iss.setup_value("PrivilegesRequired") == "lowest"
    # No way to switch to an all-users install (that would need administrator rights).
    assert iss.setup_value("PrivilegesRequiredOverridesAllowed") in (None, "")
    default_dir = iss.setup_value("DefaultDirName") or ""
    base, _, leaf = default_dir.partition("\\")
    # {autopf} is {userpf} (%LOCALAPPDATA%\Programs) in non administrative install mode.
    assert base.lower() in ("{autopf}", "{userpf}")
    assert leaf.lower() == "kimboard"


def test_app_identity(iss: Iss) -> None:
    app_id = iss.setup_value("AppId") or ""
    # "{{" escapes the brace: the AppId is a GUID in braces.
    m = re.fullmatch(r"\{\{([0-9A-Fa-f-]{36})\}", app_id)
    assert m, app_id
    uuid.UUID(m.group(1))
    assert iss.setup_value("AppName") == "kimboard"
    assert iss.setup_value("AppVersion") == "{#AppVersion}"
    # The version comes from /DAppVersion=...; a local build without it gets a marked default.
    assert re.fullmatch(r'"\d+\.\d+\.\d+-dev"', iss.defaults.get("AppVersion", ""))
    assert "{#AppVersion}" in (iss.setup_value("OutputBaseFilename") or "")


def test_setup_essentials(iss: Iss) -> None:
    assert iss.setup_value("ChangesAssociations") == "yes"
    # A running kimboard is noticed: Restart Manager (CloseApplications) or an AppMutex.
    assert iss.setup_value("CloseApplications") in ("yes", "force") or iss.setup_value("AppMutex")
    assert iss.expressions.get("RepoRoot") == 'AddBackslash(SourcePath) + "..\\.."'
    license_file = (iss.setup_value("LicenseFile") or "").replace("{#RepoRoot}", str(ROOT))
    assert Path(license_file.replace("\\", "/")) == ROOT / "LICENSE"
    assert (ROOT / "LICENSE").is_file(), "LicenseFile points to a missing LICENSE"
    icon = iss.setup_value("UninstallDisplayIcon") or ""
    assert icon == "{app}\\" + iss.defines["AppExeName"]


def test_wizard_is_german_first_with_english(iss: Iss) -> None:
    languages = iss.section("languages")
    assert [lang["Name"] for lang in languages][:1] == ["de"]
    files = {lang["Name"]: lang["MessagesFile"] for lang in languages}
    assert files["de"] == "compiler:Languages\\German.isl"
    assert files["en"] == "compiler:Default.isl"


def test_every_custom_message_exists_in_every_language(iss: Iss) -> None:
    builtin = {"CreateDesktopIcon", "AdditionalIcons", "LaunchProgram", "UninstallProgram",
               "ProgramOnTheWeb", "AssocFileExtension", "AssocingFileExtension"}
    used = set(re.findall(r"\{cm:(\w+)", "\n".join(iss.lines)))
    languages = {lang["Name"] for lang in iss.section("languages")}
    for name in used - builtin:
        assert set(iss.custom_messages.get(name, {})) == languages, name


def test_no_administrator_only_places(iss: Iss) -> None:
    admin_constants = re.compile(
        r"\{(pf|pf32|pf64|commonpf|commonpf32|commonpf64|commoncf|commoncf32|commoncf64|"
        r"commonprograms|commondesktop|commonstartmenu|commonstartup|commonappdata|"
        r"commondocs|commontemplates|commonfavorites|sys|syswow64|sysnative|win|fonts|dao)\}",
        re.IGNORECASE,
    )
    for line in iss.lines:
        assert not admin_constants.search(line), line
    for entry in iss.section("registry"):
        assert entry["Root"].upper().rstrip("3264") in ("HKCU", "HKA"), entry


def test_program_files_come_from_the_pyinstaller_folder(iss: Iss) -> None:
    dist = iss.defaults.get("DistDir", "")
    assert dist.replace(" ", "") == 'RepoRoot+"\\dist\\kimboard"'
    (files,) = iss.section("files")
    assert files["Source"] == "{#DistDir}\\*"
    assert files["DestDir"] == "{app}"
    assert {"recursesubdirs", "createallsubdirs", "ignoreversion"} <= flags(files)


def test_start_menu_entry_and_optional_desktop_icon(iss: Iss) -> None:
    exe = "{app}\\" + iss.defines["AppExeName"]
    icons = iss.section("icons")
    start = [i for i in icons if i["Name"].split("\\")[0] in ("{autoprograms}", "{userprograms}")]
    assert len(start) == 1 and start[0]["Filename"] == exe and "Tasks" not in start[0]
    desktop = [i for i in icons if i["Name"].split("\\")[0] in ("{autodesktop}", "{userdesktop}")]
    assert len(desktop) == 1 and desktop[0]["Filename"] == exe
    (task,) = [t for t in iss.section("tasks") if t["Name"] == desktop[0]["Tasks"]]
    assert "unchecked" in flags(task)


def _registry(iss: Iss, subkey: str) -> list[dict[str, str]]:
    return [e for e in iss.section("registry")
            if e["Subkey"].lower() == ("software\\classes\\" + subkey).lower()]


def test_file_association_for_the_current_user(iss: Iss) -> None:
    ext = _registry(iss, EXTENSION)
    default = [e for e in ext if e.get("ValueName", "") == ""]
    assert len(default) == 1 and default[0]["ValueData"] == PROG_ID
    content_type = [e for e in ext if e.get("ValueName") == "Content Type"]
    assert len(content_type) == 1 and content_type[0]["ValueData"] == MIMETYPE
    (open_with,) = _registry(iss, EXTENSION + "\\OpenWithProgids")
    assert open_with["ValueName"] == PROG_ID

    (progid,) = _registry(iss, PROG_ID)
    assert "uninsdeletekey" in flags(progid)
    name = re.fullmatch(r"\{cm:(\w+)\}", progid["ValueData"])
    assert name and iss.custom_messages[name.group(1)]["de"] == "kimboard-Paket"

    exe = iss.defines["AppExeName"]
    (icon,) = _registry(iss, PROG_ID + "\\DefaultIcon")
    assert icon["ValueData"] == f"{{app}}\\{exe},0"
    (command,) = _registry(iss, PROG_ID + "\\shell\\open\\command")
    # Both quoted: the program folder and the bundle's path may contain spaces.
    assert command.get("ValueName", "") == ""
    assert command["ValueData"] == f'"{{app}}\\{exe}" "%1"'


def test_uninstall_removes_only_our_association_values(iss: Iss) -> None:
    for entry in iss.section("registry"):
        subkey = entry["Subkey"].lower()
        under_ext = subkey == "software\\classes\\" + EXTENSION or subkey.startswith(
            "software\\classes\\" + EXTENSION + "\\")
        if under_ext:
            # The extension key may hold other programs' values: never delete it whole.
            assert "uninsdeletekey" not in flags(entry), entry
            assert "uninsdeletevalue" in flags(entry), entry
    # Every key under the ProgID goes with it.
    prog = "software\\classes\\" + PROG_ID.lower()
    removed = [e["Subkey"].lower() for e in iss.section("registry") if "uninsdeletekey" in flags(e)]
    for entry in iss.section("registry"):
        subkey = entry["Subkey"].lower()
        if subkey == prog or subkey.startswith(prog + "\\"):
            assert any(subkey == r or subkey.startswith(r + "\\") for r in removed), entry


def _windows_data_dir() -> PureWindowsPath:
    """kimboard.paths.data_dir() as it is on Windows (platformdirs' Windows rules)."""
    import platformdirs
    import platformdirs.windows as win

    from kimboard import paths

    folders = {"CSIDL_LOCAL_APPDATA": r"C:\Users\Name\AppData\Local",
               "CSIDL_APPDATA": r"C:\Users\Name\AppData\Roaming"}
    with mock.patch.object(win, "get_win_folder", folders.__getitem__), \
            mock.patch.object(platformdirs, "PlatformDirs", win.Windows):
        return PureWindowsPath(str(paths.data_dir()).replace("/", "\\"))


def test_data_folder_on_windows_is_localappdata_kimboard() -> None:
    assert _windows_data_dir() == PureWindowsPath(r"C:\Users\Name\AppData\Local\kimboard")


def test_program_folder_is_not_the_data_folder(iss: Iss) -> None:
    # {userpf} is %LOCALAPPDATA%\Programs: the program folder and the data folder are siblings.
    default_dir = (iss.setup_value("DefaultDirName") or "").split("\\", 1)[1]
    program = PureWindowsPath(r"C:\Users\Name\AppData\Local\Programs") / default_dir
    data = _windows_data_dir()
    assert program != data
    assert data not in program.parents and program not in data.parents


def test_uninstall_never_touches_the_users_data(iss: Iss) -> None:
    for section in ("uninstalldelete", "installdelete"):
        for entry in iss.section(section):
            # Only inside the program folder, and never the whole folder (it may be chosen
            # with /DIR= and hold other files).
            assert entry["Name"].lower().startswith("{app}\\"), entry
            assert len(entry["Name"]) > len("{app}\\"), entry
    data_words = ("{localappdata}", "{userappdata}", "{%localappdata", "{%appdata",
                  "software\\kimboard")
    for line in iss.lines:
        lowered = line.lower()
        for word in data_words:
            assert word not in lowered, line
    for entry in iss.section("registry"):
        assert not entry["Subkey"].lower().startswith("software\\kimboard"), entry


# --- the PyInstaller spec's executable names -----------------------------------------------


def _spec_names() -> tuple[dict[str, bool], str]:
    """{executable name: console?} and the COLLECT folder name, read from the spec (names
    may be literals or constants of a module the spec imports, such as spec_support)."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    modules: dict[str, Any] = {}
    constants: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Import):
            for alias in node.names:
                helper = SPEC.with_name(alias.name + ".py")
                if helper.is_file():
                    # Registered under a private name while it runs (dataclasses need that).
                    name = f"_windows_packaging_test_{alias.name}"
                    spec = importlib.util.spec_from_file_location(name, helper)
                    assert spec and spec.loader
                    module = importlib.util.module_from_spec(spec)
                    sys.modules[name] = module
                    try:
                        spec.loader.exec_module(module)
                    finally:
                        del sys.modules[name]
                    modules[alias.asname or alias.name] = module
        elif (isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
              and isinstance(node.value.value, str)):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    constants[target.id] = node.value.value

    def resolve(expr: ast.expr) -> str | None:
        if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
            return expr.value
        if isinstance(expr, ast.Name):
            return constants.get(expr.id)
        if (isinstance(expr, ast.Attribute) and isinstance(expr.value, ast.Name)
                and expr.value.id in modules):
            value = getattr(modules[expr.value.id], expr.attr, None)
            return value if isinstance(value, str) else None
        return None

    executables: dict[str, bool] = {}
    collect = ""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        kwargs = {k.arg: k.value for k in node.keywords if k.arg}
        func = node.func.id if isinstance(node.func, ast.Name) else ""
        if func == "COLLECT" and "name" in kwargs:
            collect = resolve(kwargs["name"]) or ""
        console = kwargs.get("console")
        if isinstance(console, ast.Constant) and isinstance(console.value, bool):
            name_expr = kwargs.get("name") or (node.args[0] if node.args else None)
            name = resolve(name_expr) if name_expr is not None else None
            if name:
                executables[name] = console.value
    return executables, collect


def test_executable_names_agree_with_the_pyinstaller_spec(iss: Iss) -> None:
    if not SPEC.is_file():
        pytest.skip("packaging/pyinstaller/kimboard.spec does not exist yet")
    executables, collect = _spec_names()
    gui = iss.defines["AppExeName"]
    cli = iss.defines["AppCliExeName"]
    assert gui.endswith(".exe") and cli.endswith(".exe")
    assert executables.get(gui.removesuffix(".exe")) is False, executables  # windowed
    assert executables.get(cli.removesuffix(".exe")) is True, executables  # console
    assert collect == "kimboard"  # dist\kimboard, the installer's DistDir
    assert f"\\{collect}\\" in ISS.read_text(encoding="utf-8-sig").replace('"', "\\")


# --- reading the workflow ------------------------------------------------------------------


class YamlSubset:
    """Reads the YAML that GitHub workflows use: block mappings and sequences (also
    ``- key: value`` items), ``|``/``>`` block scalars, ``[a, b]`` flow sequences, quoted
    and plain scalars, full-line comments. Anything else raises ValueError."""

    #: ``key: rest`` – the key quoted or plain (a plain key may start with "-" only when a
    #: non-space follows, so "- item" stays a sequence entry)
    KEY = re.compile(
        r"""^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s"'#\-\[{][^:#]*?|-[^\s:#][^:#]*?)"""
        r":(?:\s+|$)(.*)$"
    )

    def __init__(self, text: str) -> None:
        if "\t" in text:
            raise ValueError("tabs are not allowed in YAML indentation")
        self.lines = text.splitlines()
        self.i = 0

    @staticmethod
    def indent(line: str) -> int:
        return len(line) - len(line.lstrip(" "))

    def skip(self) -> None:
        while self.i < len(self.lines):
            stripped = self.lines[self.i].strip()
            if stripped and not stripped.startswith("#"):
                return
            self.i += 1

    def parse(self) -> Any:
        value = self.block(0)
        self.skip()
        if self.i < len(self.lines):
            raise ValueError(f"line {self.i + 1}: unexpected indentation")
        return value

    def block(self, min_indent: int) -> Any:
        self.skip()
        if self.i >= len(self.lines):
            return None
        line = self.lines[self.i]
        ind = self.indent(line)
        if ind < min_indent:
            return None
        stripped = line.strip()
        if stripped == "-" or stripped.startswith("- "):
            return self.sequence(ind)
        return self.mapping(ind)

    def mapping(self, ind: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        while True:
            self.skip()
            if self.i >= len(self.lines):
                return out
            line = self.lines[self.i]
            cur = self.indent(line)
            if cur > ind:
                raise ValueError(f"line {self.i + 1}: unexpected indentation")
            stripped = line.strip()
            if cur < ind or stripped.startswith("- ") or stripped == "-":
                return out
            m = self.KEY.match(stripped)
            if not m:
                raise ValueError(f"line {self.i + 1}: not a 'key: value' line: {stripped}")
            key = self.scalar(m.group(1))
            if key in out:
                raise ValueError(f"line {self.i + 1}: duplicate key {key}")
            self.i += 1
            out[str(key)] = self.value(m.group(2).strip(), ind)

    def value(self, rest: str, ind: int) -> Any:
        if rest[:1] in ("|", ">"):
            return self.block_scalar(ind, rest)
        if rest:
            return self.scalar(rest)
        self.skip()
        if self.i < len(self.lines):
            line = self.lines[self.i]
            cur = self.indent(line)
            stripped = line.strip()
            if cur > ind or (cur == ind and (stripped.startswith("- ") or stripped == "-")):
                return self.block(cur)
        return None

    def sequence(self, ind: int) -> list[Any]:
        out: list[Any] = []
        while True:
            self.skip()
            if self.i >= len(self.lines):
                return out
            line = self.lines[self.i]
            stripped = line.strip()
            if self.indent(line) != ind or not (stripped == "-" or stripped.startswith("- ")):
                if self.indent(line) > ind:
                    raise ValueError(f"line {self.i + 1}: unexpected indentation")
                return out
            item = stripped[1:].lstrip(" ")
            col = ind + len(stripped) - len(item)
            if not item:
                self.i += 1
                out.append(self.block(ind + 1))
            elif self.KEY.match(item):
                self.lines[self.i] = " " * col + item  # the item is a mapping at column col
                out.append(self.mapping(col))
            else:
                self.i += 1
                out.append(self.scalar(item))

    def block_scalar(self, ind: int, header: str) -> str:
        if header not in ("|", "|-", ">", ">-"):
            raise ValueError(f"line {self.i}: unsupported block scalar header {header}")
        raw: list[str] = []
        while self.i < len(self.lines):
            line = self.lines[self.i]
            if line.strip() and self.indent(line) <= ind:
                break
            raw.append(line)
            self.i += 1
        while raw and not raw[-1].strip():
            raw.pop()
        body = [ln for ln in raw if ln.strip()]
        cut = min((self.indent(ln) for ln in body), default=0)
        text_lines = [ln[cut:] for ln in raw]
        text = "\n".join(text_lines) if header[0] == "|" else " ".join(
            ln.strip() for ln in text_lines if ln.strip())
        return text if header.endswith("-") else text + "\n"

    @staticmethod
    def scalar(text: str) -> Any:
        text = text.strip()
        if text.startswith('"'):
            if not text.endswith('"') or len(text) < 2:
                raise ValueError(f"bad double-quoted scalar: {text}")
            return bytes(text[1:-1], "utf-8").decode("unicode_escape")
        if text.startswith("'"):
            if not text.endswith("'") or len(text) < 2:
                raise ValueError(f"bad single-quoted scalar: {text}")
            return text[1:-1].replace("''", "'")
        if text.startswith("["):
            if not text.endswith("]"):
                raise ValueError(f"bad flow sequence: {text}")
            inner = text[1:-1].strip()
            return [YamlSubset.scalar(p) for p in inner.split(",")] if inner else []
        if text.startswith(("{", "&", "*", "!", "%", "@", "`")):
            raise ValueError(f"unsupported YAML: {text}")
        if " #" in text:
            text = text.split(" #", 1)[0].rstrip()
        lowered = text.lower()
        if lowered in ("true", "false"):
            return lowered == "true"
        if lowered in ("null", "~"):
            return None
        if re.fullmatch(r"-?\d+", text):
            return int(text)
        if re.fullmatch(r"-?\d+\.\d*", text):
            return float(text)
        return text


def test_yaml_subset_reader() -> None:
    doc = YamlSubset(
        "# comment\n"
        "on:\n  push:\n    tags: [\"v*\", main]\n  pull_request:\n"
        "jobs:\n  a:\n    steps:\n      - uses: x/y@v1\n        with:\n"
        "          python-version: \"3.10\"\n          n: 3.10\n"
        "      - run: |\n          one\n\n          two\n        shell: pwsh\n"
        "      - plain\n"
        "list:\n- 1\n- true\n"
    ).parse()
    assert doc == {
        "on": {"push": {"tags": ["v*", "main"]}, "pull_request": None},
        "jobs": {"a": {"steps": [
            {"uses": "x/y@v1", "with": {"python-version": "3.10", "n": 3.1}},
            {"run": "one\n\ntwo\n", "shell": "pwsh"},
            "plain",
        ]}},
        "list": [1, True],
    }
    with pytest.raises(ValueError):
        YamlSubset("a: 1\n   b: 2\n").parse()
    with pytest.raises(ValueError):
        YamlSubset("a: 1\na: 2\n").parse()


@pytest.fixture(scope="module")
def workflow() -> dict[str, Any]:
    doc = YamlSubset(WORKFLOW.read_text(encoding="utf-8")).parse()
    assert isinstance(doc, dict)
    return doc


def _steps(workflow: dict[str, Any]) -> list[dict[str, Any]]:
    jobs = workflow["jobs"]
    return [step for job in jobs.values() for step in job["steps"]]


def _runs(workflow: dict[str, Any]) -> str:
    return "\n".join(str(s.get("run", "")) for s in _steps(workflow))


def test_workflow_triggers_and_runner(workflow: dict[str, Any]) -> None:
    assert {"push", "pull_request"} <= set(workflow["on"])
    assert workflow["jobs"], "no jobs"
    for job in workflow["jobs"].values():
        assert str(job["runs-on"]).startswith("windows-")


def test_workflow_actions_are_pinned_to_a_major_version(workflow: dict[str, Any]) -> None:
    used = [s["uses"] for s in _steps(workflow) if "uses" in s]
    assert used
    for action in used:
        assert re.fullmatch(r"[\w.-]+/[\w.-]+@v\d+", action), action
    setup_python = [s for s in _steps(workflow) if str(s.get("uses", "")).startswith(
        "actions/setup-python@")]
    assert len(setup_python) == 1
    # A string: an unquoted 3.10 would be read as 3.1.
    assert setup_python[0]["with"]["python-version"] == "3.11"


def test_workflow_builds_tests_and_packages(workflow: dict[str, Any]) -> None:
    runs = _runs(workflow)
    assert re.search(r"pip install [\"']?\.\[build\][\"']?", runs)
    assert re.search(r"PyInstaller .*packaging/pyinstaller/kimboard\.spec", runs)
    assert "--distpath dist" in runs
    assert re.search(r"python packaging/smoke_test\.py dist/kimboard\b", runs)
    assert re.search(r'ISCC.*"/DAppVersion=\$\{\{ steps\.version\.outputs\.version \}\}"'
                     r" packaging\\windows\\kimboard\.iss", runs)
    steps = _steps(workflow)
    order = [next(i for i, s in enumerate(steps) if pattern in str(s.get("run", "")))
             for pattern in ("kimboard.spec", "smoke_test.py", "kimboard.iss")]
    assert order == sorted(order), "build, smoke test, installer: in that order"


def test_workflow_refers_to_files_that_exist(workflow: dict[str, Any]) -> None:
    runs = _runs(workflow)
    # Repository paths: anything under packaging/ (either slash), and kimboard/, resources/,
    # tools/ written with "/" (backslash paths there are Windows paths at run time, such as
    # %LOCALAPPDATA%\kimboard\kimboard.sqlite3).
    referenced = {m.replace("\\", "/") for m in re.findall(
        r"(?<![\w$\\/])(packaging[/\\][\w./\\-]*\w|(?:kimboard|resources|tools)/[\w./-]*\w)",
        runs)}
    assert {"packaging/pyinstaller/kimboard.spec", "packaging/smoke_test.py",
            "packaging/windows/kimboard.iss", "kimboard/__init__.py"} <= referenced
    missing = sorted(p for p in referenced if not (ROOT / p).exists())
    assert not missing, f"the workflow refers to missing files: {missing}"


def test_workflow_reads_the_version_from_the_source(
    workflow: dict[str, Any], tmp_path: Path
) -> None:
    (step,) = [s for s in _steps(workflow) if s.get("id") == "version"]
    assert step["shell"] == "python"
    output = tmp_path / "github_output"
    env = {**os.environ, "GITHUB_OUTPUT": str(output)}
    subprocess.run([sys.executable, "-c", step["run"]], cwd=ROOT, env=env, check=True,
                   capture_output=True, timeout=60)
    assert output.read_text(encoding="utf-8").splitlines() == [
        f"version={kimboard.__version__}"]


def test_workflow_uploads_what_the_installer_script_produces(
    workflow: dict[str, Any], iss: Iss
) -> None:
    version = "${{ steps.version.outputs.version }}"
    assert (iss.setup_value("OutputDir") or "") == "{#RepoRoot}\\dist"
    base = (iss.setup_value("OutputBaseFilename") or "").replace("{#AppVersion}", version)
    uploads = [s for s in _steps(workflow)
               if str(s.get("uses", "")).startswith("actions/upload-artifact@")]
    paths = [p.strip() for s in uploads for p in str(s["with"]["path"]).splitlines()]
    assert f"dist/{base}.exe" in paths
    assert any(p.endswith(".zip") for p in paths)
    assert all(s["with"].get("if-no-files-found") == "error" for s in uploads)
    # The silent install check looks for the program where the script puts it.
    default_dir = (iss.setup_value("DefaultDirName") or "").split("\\", 1)[1]
    assert f'"Programs\\{default_dir}"' in _runs(workflow)


# --- the IT deployment document ------------------------------------------------------------


def test_it_document_agrees_with_the_installer(iss: Iss) -> None:
    doc = IT_DOC.read_text(encoding="utf-8")
    guid = (iss.setup_value("AppId") or "")[1:]
    assert f"Uninstall\\{guid}_is1" in doc
    assert "%LOCALAPPDATA%\\Programs\\kimboard\\" in doc
    assert "%LOCALAPPDATA%\\kimboard\\" in doc
    assert f'"…\\{iss.defines["AppExeName"]}" "%1"' in doc
    assert "/VERYSILENT /SUPPRESSMSGBOXES /NORESTART" in doc
    assert "HKEY_CURRENT_USER\\Software\\kimboard\\kimboard" in doc
    for command in ("backup", "backups", "restore"):
        assert f"kimboard-cli {command}" in doc
