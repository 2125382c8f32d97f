"""Linux desktop integration (packaging/linux/): the desktop entry, the AppStream metainfo, the
shared-mime-info type of bundles, the icons and install.sh.

The validators are the freedesktop tools themselves (Debian packages desktop-file-utils,
appstream, shared-mime-info). Without them these tests skip, except under CI (the environment
variable ``CI`` is set), where .ci/run installs them and a missing tool is a failure.
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

import kimboard
from kimboard.core.bundle import EXTENSION, MIMETYPE
from kimboard.core.bundle.format import MIMETYPE_FILE

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "de.kimboard.Kimboard"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME_XML = LINUX / f"{APP_ID}.xml"
INSTALL_SH = LINUX / "install.sh"
ICONS = ROOT / "resources" / "icons"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

#: What ``appstreamcli validate --pedantic`` may still say, and why it is not fixed.
APPSTREAM_ACCEPTED = {
    # The id is fixed (rDNS with the capitalised app name, like org.gnome.Nautilus); changing it
    # would rename the desktop file, the icon and the Wayland app id.
    "cid-contains-uppercase-letter",
    # AppStream >= 1.0 prefers <developer id=…><name>; 0.16 (Debian 12, CI) does not know it
    # and reports it as an unknown tag, so the metainfo keeps <developer_name>.
    "developer-name-tag-deprecated",
}


def _load_render_icons():
    path = ROOT / "tools" / "render_icons.py"
    spec = importlib.util.spec_from_file_location("render_icons", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


render_icons = _load_render_icons()


def require(tool: str, package: str) -> str:
    """The tool's path; skip without it, but fail under CI (which installs it)."""
    path = shutil.which(tool)
    if path is None:
        message = f"{tool} is not installed (Debian package {package})"
        if os.environ.get("CI"):
            pytest.fail(f"{message}; .ci/run installs it, so CI must have it")
        pytest.skip(message)
    return path


def run(*cmd: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(c) for c in cmd], capture_output=True, text=True,
                          encoding="utf-8", timeout=120, check=False,
                          env={**os.environ, **(env or {})})


def desktop_entry(path: Path = DESKTOP) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def mime_type_element() -> ET.Element:
    element = ET.parse(MIME_XML).getroot().find(f"{MIME_NS}mime-type")
    assert element is not None
    return element


# --- the desktop entry -------------------------------------------------------------------------


def test_the_desktop_file_validates_without_errors_warnings_or_hints() -> None:
    tool = require("desktop-file-validate", "desktop-file-utils")
    result = run(tool, DESKTOP)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "" and result.stderr.strip() == ""


def test_the_validator_would_notice_a_broken_desktop_file(tmp_path: Path) -> None:
    tool = require("desktop-file-validate", "desktop-file-utils")
    broken = tmp_path / DESKTOP.name
    broken.write_text(DESKTOP.read_text(encoding="utf-8").replace("Type=Application\n", ""),
                      encoding="utf-8")
    assert run(tool, broken).returncode != 0


def test_the_desktop_entry_starts_kimboard_with_a_bundle_and_names_the_icon() -> None:
    entry = desktop_entry()
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    scripts = pyproject["project"]["scripts"]
    assert entry["Exec"] == "kimboard %f" and "kimboard" in scripts
    assert entry["TryExec"] == "kimboard"
    assert entry["Icon"] == APP_ID
    assert entry["MimeType"] == f"{MIMETYPE};"
    # Qt's WM_CLASS is the application name (kimboard.ui.app sets it to APP_NAME).
    assert entry["StartupWMClass"] == kimboard.APP_NAME
    assert entry["StartupNotify"] == "true" and entry["Terminal"] == "false"
    assert "Office" in entry["Categories"].split(";")
    # German by default, English for English locales
    assert "Ausländerbehörden" in entry["Comment"] and "immigration" in entry["Comment[en]"]
    assert "Retrospektive" in entry["Keywords"] and "Retrospective" in entry["Keywords[en]"]
    assert entry["GenericName[en]"]
    assert not (ROOT / "packaging" / "kimboard.desktop").exists()  # replaced by this one


# --- AppStream --------------------------------------------------------------------------------


def _appstream_issues(output: str) -> list[tuple[str, str]]:
    """(severity letter, tag) of every issue in appstreamcli's output."""
    return re.findall(r"^\s*([EWIP]): \S+?:\S*: (\S+)", output, re.MULTILINE)


def test_the_metainfo_validates_pedantically_with_only_the_accepted_notes() -> None:
    tool = require("appstreamcli", "appstream")
    result = run(tool, "validate", "--no-net", "--pedantic", METAINFO)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    issues = _appstream_issues(output)
    assert [i for i in issues if i[0] in "EW"] == [], output
    assert {tag for _sev, tag in issues} <= APPSTREAM_ACCEPTED, output


def test_appstreamcli_would_notice_a_broken_metainfo(tmp_path: Path) -> None:
    tool = require("appstreamcli", "appstream")
    broken = tmp_path / METAINFO.name
    broken.write_text(re.sub(r"<summary>.*?</summary>", "", METAINFO.read_text(encoding="utf-8")),
                      encoding="utf-8")
    result = run(tool, "validate", "--no-net", broken)
    assert result.returncode != 0
    assert "summary" in result.stdout + result.stderr


def test_the_metainfo_agrees_with_the_desktop_file_the_mime_type_and_the_version() -> None:
    root = metainfo()
    entry = desktop_entry()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "EUPL-1.2"
    assert root.findtext("name") == entry["Name"]
    assert [m.text for m in root.iterfind("provides/mediatype")] == [MIMETYPE]
    assert root.findtext("provides/binary") == entry["Exec"].split()[0]
    assert root.find("content_rating[@type='oars-1.1']") is not None
    assert root.findtext("url[@type='homepage']", "").startswith("https://")

    releases = root.findall("releases/release")
    assert releases, "no release"
    newest = releases[0]
    assert newest.get("version") == kimboard.__version__
    assert newest.get("date") == "2026-11-25"
    assert len(newest.findall("description/ul/li")) >= 4


def test_every_screenshot_is_an_https_url_of_a_screenshot_in_the_repository() -> None:
    images = [i.text or "" for i in metainfo().iterfind("screenshots/screenshot/image")]
    assert {Path(url).name for url in images} == {"board.png", "review.png", "backlog.png"}
    for url in images:
        assert url.startswith("https://") and "/docs/screenshots/" in url
        assert (ROOT / "docs" / "screenshots" / Path(url).name).is_file()
    shots = metainfo().findall("screenshots/screenshot")
    defaults = [s for s in shots if s.get("type") == "default"]
    assert len(defaults) == 1


def test_every_german_text_of_the_metainfo_has_an_english_translation() -> None:
    root = metainfo()

    def check(parent: ET.Element, tag: str) -> int:
        german = [e for e in parent.findall(tag) if e.get(XML_LANG) is None]
        english = [e for e in parent.findall(tag) if e.get(XML_LANG) == "en"]
        assert len(german) == len(english) >= 1, (parent.tag, tag)
        assert all((e.text or "").strip() for e in german + english)
        return len(german)

    check(root, "summary")
    check(root, "developer_name")
    for description in root.iter("description"):
        check(description, "p")
        for ul in description.findall("ul"):
            check(ul, "li")
    for screenshot in root.iterfind("screenshots/screenshot"):
        check(screenshot, "caption")
    # the English side really is English, the default really German
    assert "immigration offices" in (root.findtext(f"summary[@{XML_LANG}='en']") or "")
    assert "Ausländerbehörden" in (root.findtext("summary") or "")


# --- the MIME type ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real bundle, written by ``kimboard export`` (the entry point, in a subprocess)."""
    folder = tmp_path_factory.mktemp("bundle")
    db = folder / "demo.sqlite3"
    env = {"QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8",
           "XDG_DATA_HOME": str(folder / "data")}
    for args in (["demo"], ["export", "--site", "ABH-MST", "--solutions", "-o",
                            str(folder / f"solutions{EXTENSION}")]):
        result = run(sys.executable, "-m", "kimboard", "--db", db, *args, env=env)
        assert result.returncode == 0, result.stdout + result.stderr
    return folder / f"solutions{EXTENSION}"


def _unescape(value: str) -> bytes:
    """A shared-mime-info string match value: C-style escapes (octal, \\x, \\n …)."""
    return value.encode("latin-1").decode("unicode_escape").encode("latin-1")


def _match(element: ET.Element, data: bytes) -> bool:
    """Whether a <match> (and one of its children, if it has any) matches ``data``.
    Handles type="string" with a single offset or a range "a:b", all this file uses."""
    assert element.get("type") == "string", "only string matches are implemented here"
    value = _unescape(element.get("value", ""))
    start, _, end = element.get("offset", "0").partition(":")
    offsets = range(int(start), int(end or start) + 1)
    if not any(data[o:o + len(value)] == value for o in offsets):
        return False
    children = element.findall(f"{MIME_NS}match")
    return not children or any(_match(child, data) for child in children)


def magic_matches(data: bytes) -> bool:
    matches = mime_type_element().iterfind(f"{MIME_NS}magic/{MIME_NS}match")
    return any(_match(m, data) for m in matches)


def test_the_mime_xml_names_the_type_the_bundle_writer_uses() -> None:
    element = mime_type_element()
    assert element.get("type") == MIMETYPE == "application/vnd.kimboard.bundle+zip"
    assert [g.get("pattern") for g in element.iterfind(f"{MIME_NS}glob")] == [f"*{EXTENSION}"]
    assert element.find(f"{MIME_NS}sub-class-of").get("type") == "application/zip"  # type: ignore[union-attr]
    comments = {c.get(XML_LANG): c.text for c in element.iterfind(f"{MIME_NS}comment")}
    assert comments == {None: "kimboard bundle", "de": "kimboard-Paket"}
    assert element.find(f"{MIME_NS}icon").get("name") == APP_ID  # type: ignore[union-attr]


@pytest.mark.slow
def test_the_magic_matches_a_real_bundle_and_not_other_zip_files(bundle: Path,
                                                                   tmp_path: Path) -> None:
    data = bundle.read_bytes()
    # what the magic relies on: a local file header (30 bytes, no extra field), then the
    # name "mimetype" and its stored content
    assert data[:4] == b"PK\x03\x04"
    name_length, extra_length = struct.unpack("<HH", data[26:30])
    assert (name_length, extra_length) == (len(MIMETYPE_FILE), 0)
    assert data[30:30 + name_length + len(MIMETYPE)] == (MIMETYPE_FILE + MIMETYPE).encode()
    assert magic_matches(data)

    plain = tmp_path / "plain.zip"
    with zipfile.ZipFile(plain, "w") as zf:
        zf.writestr("readme.txt", "hallo")
    odf_like = tmp_path / "odf.zip"
    with zipfile.ZipFile(odf_like, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text",
                    compress_type=zipfile.ZIP_STORED)
    assert not magic_matches(plain.read_bytes())
    assert not magic_matches(odf_like.read_bytes())
    assert not magic_matches(data[:40])  # cut off within the type


def _mime_database(tmp_path: Path) -> Path:
    """A MIME database of only our type, built by update-mime-database; returns the data home."""
    tool = require("update-mime-database", "shared-mime-info")
    packages = tmp_path / "share" / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME_XML, packages)
    result = run(tool, "-V", packages.parent)
    assert result.returncode == 0, result.stdout + result.stderr
    return packages.parent.parent


def test_update_mime_database_accepts_the_xml_and_globs_kimb(tmp_path: Path) -> None:
    mime = _mime_database(tmp_path) / "mime"
    globs = [line for line in (mime / "globs2").read_text(encoding="utf-8").splitlines()
             if not line.startswith("#")]
    assert globs == [f"50:{MIMETYPE}:*{EXTENSION}"]
    subclasses = (mime / "subclasses").read_text(encoding="utf-8")
    assert subclasses.split() == [MIMETYPE, "application/zip"]
    assert f"{MIMETYPE}:{APP_ID}" in (mime / "icons").read_text(encoding="utf-8").splitlines()
    generated = (mime / "application" / "vnd.kimboard.bundle+zip.xml").read_text(encoding="utf-8")
    assert "kimboard-Paket" in generated
    # the magic made it into the database, at offset 30
    assert b">30=" in (mime / "magic").read_bytes()
    assert (MIMETYPE_FILE + MIMETYPE).encode() in (mime / "magic").read_bytes()


@pytest.mark.slow
def test_a_desktop_recognises_a_bundle_by_name_and_by_content(bundle: Path, tmp_path: Path) -> None:
    """Qt's QMimeDatabase reads the shared MIME database like file managers do: a bundle is
    recognised by its extension and, renamed, by its content; an ordinary zip stays a zip."""
    data_home = _mime_database(tmp_path)
    renamed = tmp_path / "ohne-endung"
    shutil.copy(bundle, renamed)
    plain = tmp_path / "plain.zip"
    with zipfile.ZipFile(plain, "w") as zf:
        zf.writestr("readme.txt", "hallo")
    script = (
        "import sys\n"
        "from PySide6.QtCore import QMimeDatabase\n"
        "db = QMimeDatabase()\n"
        "for path in sys.argv[1:]:\n"
        "    print(db.mimeTypeForFile(path, QMimeDatabase.MatchMode.MatchContent).name())\n"
        "print(db.mimeTypeForFile('x.kimb', QMimeDatabase.MatchMode.MatchExtension).name())\n"
        f"print(db.mimeTypeForName('{MIMETYPE}').inherits('application/zip'))\n"
    )
    result = run(sys.executable, "-c", script, bundle, renamed, plain,
                 env={"XDG_DATA_HOME": str(data_home), "XDG_DATA_DIRS": "/usr/share"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [MIMETYPE, MIMETYPE, "application/zip", MIMETYPE, "True"]


# --- icons ------------------------------------------------------------------------------------


def _image(path: Path):
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull(), path
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def assert_not_blank(image) -> None:
    """Mostly opaque (the tile fills the square), with the icon's colours in it."""
    width, height = image.width(), image.height()
    step = max(1, width // 64)
    colours, opaque, total = set(), 0, 0
    for y in range(0, height, step):
        for x in range(0, width, step):
            colour = image.pixelColor(x, y)
            total += 1
            if colour.alpha() == 255:
                opaque += 1
                colours.add(colour.name())
    assert opaque / total > 0.8, f"{width} px: only {opaque}/{total} opaque"
    # the blue tile, the light columns, the orange and the green card
    assert {"#1d4ed8", "#dbeafe"} <= colours, f"{width} px: colours {sorted(colours)[:10]}"
    assert len(colours) >= 4
    assert image.pixelColor(0, 0).alpha() < 255  # rounded corner, transparent


def test_the_icon_exists_in_every_size_with_the_right_pixels(qapp) -> None:
    assert render_icons.PNG_SIZES == (16, 24, 32, 48, 64, 128, 256, 512)
    for size in render_icons.PNG_SIZES:
        path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        image = _image(path)
        assert (image.width(), image.height()) == (size, size), path
        assert_not_blank(image)
    scalable = ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (ICONS / "kimboard.svg").read_bytes()


def test_the_committed_icons_are_rendered_from_the_current_svg(qapp, tmp_path: Path) -> None:
    render_icons.render_all(tmp_path)
    for size in render_icons.PNG_SIZES:
        fresh = _image(render_icons.png_path(tmp_path, size))
        committed = _image(render_icons.png_path(ICONS, size))
        worst = max(
            abs(getattr(fresh.pixelColor(x, y), c)() - getattr(committed.pixelColor(x, y), c)())
            for y in range(0, size, max(1, size // 64)) for x in range(0, size, max(1, size // 64))
            for c in ("red", "green", "blue", "alpha")
        )
        assert worst <= 8, f"{size} px differs from the SVG; run tools/render_icons.py"


def _ico_entries(data: bytes) -> list[tuple[int, int, bytes]]:
    """(width, height, image data) of every image in a Windows .ico."""
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1)
    entries = []
    for i in range(count):
        w, h, _colours, _res, planes, bits, size, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * i)
        assert (planes, bits) == (1, 32)
        assert offset + size <= len(data)
        entries.append((w or 256, h or 256, data[offset:offset + size]))
    return entries


def test_the_windows_icon_holds_every_size_from_16_to_256(qapp) -> None:
    from PySide6.QtGui import QImage, QImageReader

    path = ICONS / "kimboard.ico"
    entries = _ico_entries(path.read_bytes())
    assert [w for w, _h, _d in entries] == [16, 24, 32, 48, 64, 128, 256]
    for width, height, payload in entries:
        assert width == height
        if payload.startswith(b"\x89PNG\r\n\x1a\n"):
            assert struct.unpack(">II", payload[16:24]) == (width, height)
        else:  # BITMAPINFOHEADER: the height counts the colour rows and the mask rows
            size, w, h, planes, bits = struct.unpack_from("<IiiHH", payload, 0)
            assert (size, w, h, planes, bits) == (40, width, 2 * height, 1, 32)
            mask_stride = ((width + 31) // 32) * 4
            assert len(payload) == 40 + width * height * 4 + mask_stride * height
    assert entries[-1][2].startswith(b"\x89PNG")  # 256 px as PNG, like Windows' own icons

    reader = QImageReader(str(path))
    assert reader.imageCount() == len(entries)
    for index, (width, _h, _d) in enumerate(entries):
        assert reader.jumpToImage(index)
        image = reader.read().convertToFormat(QImage.Format.Format_ARGB32)
        assert image.width() == width, reader.errorString()
        assert_not_blank(image)
        # not upside down: the left column is the tallest, so low on the left it is light
        light = image.pixelColor(width * 12 // 64, height_at(width, 50))
        dark = image.pixelColor(width * 52 // 64, height_at(width, 50))
        assert light.name() == "#dbeafe" and dark.name() == "#1d4ed8"


def height_at(size: int, units: int) -> int:
    """The pixel row of ``units`` on the icon's 64-unit grid."""
    return size * units // 64


# --- install.sh -------------------------------------------------------------------------------


def _fake_build(folder: Path) -> Path:
    """A PyInstaller-like folder: the program and the package data in _internal/."""
    folder.mkdir(parents=True)
    program = folder / "kimboard"
    program.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    program.chmod(0o755)
    resources = folder / "_internal" / "kimboard" / "resources"  # PyInstaller >= 6 layout
    shutil.copytree(ICONS / "hicolor", resources / "icons" / "hicolor")
    return folder


def _installed(data_home: Path) -> set[str]:
    return {p.relative_to(data_home).as_posix() for p in data_home.rglob("*") if p.is_file()}


def test_install_sh_installs_for_the_user_and_uninstalls_exactly_its_files(tmp_path: Path) -> None:
    bash = require("bash", "bash")
    build = _fake_build(tmp_path / "mit Leerzeichen" / "kimboard")
    data_home = tmp_path / "share"
    user_data = data_home / "kimboard" / "kimboard.sqlite3"
    user_data.parent.mkdir(parents=True)
    user_data.write_bytes(b"SQLite format 3\x00 the user's work")
    result = run(bash, INSTALL_SH, "--from", build, "--data-home", data_home)
    assert result.returncode == 0, result.stderr

    ours = {
        f"applications/{APP_ID}.desktop",
        f"metainfo/{APP_ID}.metainfo.xml",
        f"mime/packages/{APP_ID}.xml",
        f"icons/hicolor/scalable/apps/{APP_ID}.svg",
        *(f"icons/hicolor/{n}x{n}/apps/{APP_ID}.png" for n in render_icons.PNG_SIZES),
    }
    files = _installed(data_home)
    assert ours <= files
    for n in render_icons.PNG_SIZES:
        rel = f"icons/hicolor/{n}x{n}/apps/{APP_ID}.png"
        assert (data_home / rel).read_bytes() == render_icons.png_path(ICONS, n).read_bytes()
    assert (data_home / f"metainfo/{APP_ID}.metainfo.xml").read_bytes() == METAINFO.read_bytes()
    entry = desktop_entry(data_home / f"applications/{APP_ID}.desktop")
    program = build / "kimboard"
    assert entry["Exec"] == f'"{program}" %f'
    assert entry["TryExec"] == str(program)
    assert entry["Icon"] == APP_ID and entry["MimeType"] == f"{MIMETYPE};"
    if shutil.which("desktop-file-validate"):
        check = run("desktop-file-validate", data_home / f"applications/{APP_ID}.desktop")
        assert check.returncode == 0 and check.stdout == "", check.stdout
    if shutil.which("update-mime-database"):  # the caches were refreshed
        globs = (data_home / "mime" / "globs2").read_text(encoding="utf-8")
        assert f"{MIMETYPE}:*{EXTENSION}" in globs
    if shutil.which("update-desktop-database"):
        cache = (data_home / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
        assert f"{MIMETYPE}={APP_ID}.desktop;" in cache

    # installing again updates in place
    again = run(bash, INSTALL_SH, "--from", build, "--data-home", data_home)
    assert again.returncode == 0, again.stderr
    assert _installed(data_home) == files

    removed = run(bash, INSTALL_SH, "--uninstall", "--data-home", data_home)
    assert removed.returncode == 0, removed.stderr
    left = _installed(data_home)
    assert not ours & left
    assert not any(APP_ID in name for name in left)
    # only the refreshed caches and the user's data remain; the data is untouched
    assert user_data.read_bytes() == b"SQLite format 3\x00 the user's work"
    caches = ("mime/", "applications/mimeinfo.cache", "icons/hicolor/icon-theme.cache")
    for name in left - {"kimboard/kimboard.sqlite3"}:
        assert name.startswith(caches) and not name.startswith("mime/packages/"), name
    if (data_home / "mime" / "globs2").exists():
        assert MIMETYPE not in (data_home / "mime" / "globs2").read_text(encoding="utf-8")


def test_install_sh_refuses_a_folder_without_the_program(tmp_path: Path) -> None:
    bash = require("bash", "bash")
    (tmp_path / "leer").mkdir()
    result = run(bash, INSTALL_SH, "--from", tmp_path / "leer", "--data-home", tmp_path / "share")
    assert result.returncode != 0
    assert "not a kimboard build folder" in result.stderr
    assert not (tmp_path / "share" / "applications").exists()


def test_the_installed_tree_validates_as_a_whole(tmp_path: Path) -> None:
    """appstreamcli validate-tree checks the metainfo together with the installed desktop file
    (a missing or mismatched one is a warning)."""
    tool = require("appstreamcli", "appstream")
    build = _fake_build(tmp_path / "build" / "kimboard")
    root = tmp_path / "root"
    result = run("bash", INSTALL_SH, "--from", build, "--data-home", root / "usr" / "share")
    assert result.returncode == 0, result.stderr
    checked = run(tool, "validate-tree", "--no-net", "--pedantic", root)
    output = checked.stdout + checked.stderr
    assert checked.returncode == 0, output
    issues = _appstream_issues(output)
    assert [i for i in issues if i[0] in "EW"] == [], output
    assert {tag for _sev, tag in issues} <= APPSTREAM_ACCEPTED, output
    assert METAINFO.name in output  # it did find the metainfo

    (root / "usr" / "share" / "applications" / DESKTOP.name).unlink()
    assert run(tool, "validate-tree", "--no-net", root).returncode != 0


def test_the_running_app_names_the_desktop_entry_and_has_the_icon(qapp) -> None:  # noqa: ANN001
    """Wayland and task bars match the window to the desktop entry by this id."""
    from kimboard.ui import app as app_module

    assert app_module.DESKTOP_ID == APP_ID
    app = app_module.make_app()  # the test's application: make_app configures new ones
    app_module.set_identity(app)
    assert app.desktopFileName() == APP_ID
    sizes = {(s.width(), s.height()) for s in app.windowIcon().availableSizes()}
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= sizes
