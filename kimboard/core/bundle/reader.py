"""Reading a bundle safely: a bundle is hostile until proven otherwise.

Nothing is ever extracted to disk; every entry is read into memory through a bounded loop.
Before a byte of content is read, the archive's directory is checked: the number of entries,
each name (no ``..``, no absolute or Windows paths, no control characters, no duplicates),
no encrypted entries, no symbolic links or other special files, only stored or deflated
entries, and the declared sizes and compression ratios against :class:`~.format.Limits`.
While reading, the bytes are counted again — the sizes in a zip header are claims, not facts —
and the zip CRC is checked. Then the manifest: format and version, its schema, every listed
file's size and SHA-256, no unlisted files, the signature if there is one. Then every row
(:mod:`kimboard.core.bundle.validate`).

Every refusal is a :class:`~.format.BundleError` with a German message naming the reason.
"""

from __future__ import annotations

import binascii
import hashlib
import io
import json
import os
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from kimboard.core.bundle import schema
from kimboard.core.bundle.format import (
    DATA_FILE_RE,
    DEFAULT_LIMITS,
    FORMAT_MAJOR,
    FORMAT_NAME,
    MANIFEST_FILE,
    MIMETYPE,
    MIMETYPE_FILE,
    SIGNATURE_FILE,
    BundleError,
    BundleTooNew,
    Limits,
    corrupt,
    human_size,
    invalid,
    parse_timestamp,
    parse_version,
    unsafe,
)

_CHUNK = 1024 * 1024
_DRIVE = re.compile(r"^[A-Za-z]:")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass
class Archive:
    """The entries of a checked archive, read into memory, in archive order."""

    entries: dict[str, bytes]
    compress_type: dict[str, int]
    size_on_disk: int


# --------------------------------------------------------------------------- the zip layer


def _peek_entry_count(fp: BinaryIO, size: int) -> int | None:
    """The entry count from the end-of-central-directory record, before zipfile parses it
    (zipfile would build an object per entry first). None when it cannot be found."""
    tail_len = min(size, 65_535 + 22)
    fp.seek(size - tail_len)
    tail: bytes = fp.read(tail_len)
    pos = tail.rfind(b"PK\x05\x06")
    if pos < 0 or pos + 22 > len(tail):
        return None
    count = struct.unpack("<H", tail[pos + 10 : pos + 12])[0]
    if count != 0xFFFF:
        return int(count)
    loc = pos - 20  # zip64 end-of-central-directory locator
    if loc < 0 or tail[loc : loc + 4] != b"PK\x06\x07":
        return None
    offset = struct.unpack("<Q", tail[loc + 8 : loc + 16])[0]
    if offset + 56 > size:
        return None
    fp.seek(offset)
    rec = fp.read(56)
    if rec[:4] != b"PK\x06\x06":
        return None
    return int(struct.unpack("<Q", rec[32:40])[0])


def _check_name(info: zipfile.ZipInfo) -> None:
    raw = info.orig_filename
    name = info.filename
    if "\x00" in raw or _CONTROL.search(raw):
        raise unsafe("bad_name", f"Ein Eintragsname enthält Steuerzeichen („{raw!r}“).")
    if not name:
        raise unsafe("bad_name", "Ein Eintrag hat keinen Namen.")
    if "\\" in name:
        raise unsafe("bad_name", f"Der Eintrag „{name}“ enthält einen umgekehrten "
                                 "Schrägstrich (Windows-Pfad).")
    if name.startswith("/") or _DRIVE.match(name):
        raise unsafe("absolute_path", f"Der Eintrag „{name}“ hat einen absoluten Pfad.")
    if ".." in name.split("/"):
        raise unsafe("path_traversal", f"Der Eintrag „{name}“ zeigt mit „..“ aus dem "
                                       "Paket heraus.")
    if name.startswith("~") or name.startswith("./"):
        raise unsafe("bad_name", f"Der Eintrag „{name}“ hat einen unzulässigen Pfad.")


def _check_entry(info: zipfile.ZipInfo, limits: Limits) -> None:
    name = info.filename
    # sizes first: a bomb is reported as what it is, whatever else is odd about it
    _check_ratio(name, info.file_size, info.compress_size, limits)
    if info.file_size > limits.max_file_bytes:
        raise unsafe("too_big", f"Die Datei „{name}“ wäre entpackt "
                                f"{human_size(info.file_size)} groß (höchstens "
                                f"{human_size(limits.max_file_bytes)} erlaubt).")
    if info.flag_bits & 0x41:  # 0x01 encrypted, 0x40 strong encryption
        raise unsafe("encrypted", f"Der Eintrag „{name}“ ist verschlüsselt.")
    mode = (info.external_attr >> 16) & 0xFFFF
    file_type = stat.S_IFMT(mode)
    if file_type == stat.S_IFLNK:
        raise unsafe("symlink", f"Der Eintrag „{name}“ ist eine symbolische Verknüpfung.")
    if name.endswith("/") or file_type == stat.S_IFDIR:
        raise unsafe("directory", f"Der Eintrag „{name}“ ist ein Ordner; ein kimboard-Paket "
                                  "enthält keine Ordnereinträge.")
    if file_type not in (0, stat.S_IFREG):
        raise unsafe("special_file", f"Der Eintrag „{name}“ ist keine gewöhnliche Datei.")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise unsafe("compression", f"Der Eintrag „{name}“ ist mit einem nicht unterstützten "
                                    f"Verfahren komprimiert (Nr. {info.compress_type}).")
    if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
        raise corrupt("sizes", f"Die Größenangaben der Datei „{name}“ widersprechen sich.")


def _check_ratio(name: str, unpacked: int, packed: int, limits: Limits) -> None:
    if unpacked > limits.ratio_floor and unpacked > max(packed, 1) * limits.max_ratio:
        ratio = unpacked / max(packed, 1)
        raise unsafe("ratio", f"Die Datei „{name}“ ist ungewöhnlich stark komprimiert "
                              f"(Verhältnis {ratio:,.0f}:1, höchstens {limits.max_ratio:,.0f}:1 "
                              "erlaubt) – vermutlich eine „ZIP-Bombe“.".replace(",", "."))


def read_archive(source: Path | str | bytes, limits: Limits = DEFAULT_LIMITS) -> Archive:
    """Check the archive's directory, then read every entry into memory, counting bytes."""
    shown = "" if isinstance(source, bytes) else str(source)
    try:
        if isinstance(source, bytes):
            fp: BinaryIO = io.BytesIO(source)
            size = len(source)
            if size > limits.max_archive_bytes:
                raise unsafe("too_big", f"Die Datei ist {human_size(size)} groß (höchstens "
                                        f"{human_size(limits.max_archive_bytes)} erlaubt).")
        else:
            path = Path(source)
            st = path.stat()
            if not stat.S_ISREG(st.st_mode):
                raise corrupt("not_a_file", f"„{path}“ ist keine gewöhnliche Datei.")
            size = st.st_size
            if size > limits.max_archive_bytes:
                raise unsafe("too_big", f"Die Datei ist {human_size(size)} groß (höchstens "
                                        f"{human_size(limits.max_archive_bytes)} erlaubt).")
            fp = path.open("rb")
    except FileNotFoundError:
        raise BundleError(f"Die Datei „{shown}“ gibt es nicht.", "not_found") from None
    except IsADirectoryError:
        raise corrupt("not_a_file", f"„{shown}“ ist ein Ordner, keine Paketdatei.") from None
    except PermissionError:
        raise BundleError(f"Die Datei „{shown}“ darf nicht gelesen werden.",
                          "unreadable") from None
    with fp:
        count = _peek_entry_count(fp, size) if size >= 22 else None
        if count is not None and count > limits.max_entries:
            raise unsafe("too_many_entries", f"Das Archiv hat {count} Einträge (höchstens "
                                             f"{limits.max_entries} erlaubt).")
        fp.seek(0)
        try:
            return _read_entries(fp, size, limits)
        except BundleError:
            raise
        except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, struct.error,
                ValueError, NotImplementedError, RuntimeError, OSError, OverflowError,
                UnicodeDecodeError) as err:
            raise corrupt("damaged", "Die Datei ist kein lesbares ZIP-Archiv oder ist "
                                     f"beschädigt ({_technical(err)}).") from None


def _technical(err: Exception) -> str:
    if isinstance(err, zipfile.BadZipFile) and "CRC" in str(err):
        return "Prüfsumme eines Eintrags stimmt nicht"
    if isinstance(err, zipfile.BadZipFile) and "not a zip file" in str(err):
        return "kein ZIP-Format"
    if isinstance(err, zlib.error | EOFError):
        return "komprimierte Daten fehlerhaft oder abgeschnitten"
    return "Aufbau fehlerhaft"


def _read_entries(fp: BinaryIO, size: int, limits: Limits) -> Archive:
    with zipfile.ZipFile(fp) as zf:
        infos = zf.infolist()
        if len(infos) > limits.max_entries:
            raise unsafe("too_many_entries", f"Das Archiv hat {len(infos)} Einträge "
                                             f"(höchstens {limits.max_entries} erlaubt).")
        seen: set[str] = set()
        for info in infos:
            _check_name(info)
        for info in infos:
            if info.filename in seen:
                raise unsafe("duplicate_name", f"Der Eintrag „{info.filename}“ kommt im "
                                               "Archiv mehrfach vor.")
            seen.add(info.filename)
            _check_entry(info, limits)
        declared = sum(i.file_size for i in infos)
        if declared > limits.max_total_bytes:
            raise unsafe("too_big", f"Das Paket wäre entpackt {human_size(declared)} groß "
                                    f"(höchstens {human_size(limits.max_total_bytes)} erlaubt).")
        if not infos or infos[0].filename != MIMETYPE_FILE:
            raise corrupt("not_a_bundle", "Die Datei ist kein kimboard-Paket (der Eintrag "
                                          "„mimetype“ steht nicht am Anfang).")
        for info in infos:
            name = info.filename
            if name not in (MIMETYPE_FILE, MANIFEST_FILE, SIGNATURE_FILE) and \
                    not DATA_FILE_RE.match(name):
                raise unsafe("unexpected_file", f"Das Paket enthält die unerwartete Datei "
                                                f"„{name}“.")
        entries: dict[str, bytes] = {}
        total = 0
        for info in infos:
            data = _read_one(zf, info, limits, total)
            total += len(data)
            entries[info.filename] = data
        return Archive(entries, {i.filename: i.compress_type for i in infos}, size)


def _read_one(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits, before: int) -> bytes:
    """One entry, counting the bytes as they come out of the decompressor."""
    parts: list[bytes] = []
    got = 0
    with zf.open(info) as f:
        while True:
            chunk = f.read(_CHUNK)
            if not chunk:
                break
            got += len(chunk)
            if got > info.file_size or got > limits.max_file_bytes:
                raise unsafe("too_big", f"Die Datei „{info.filename}“ ist entpackt größer als "
                                        "angegeben.")
            if before + got > limits.max_total_bytes:
                raise unsafe("too_big", "Das Paket ist entpackt größer als erlaubt "
                                        f"({human_size(limits.max_total_bytes)}).")
            _check_ratio(info.filename, got, info.compress_size, limits)
            parts.append(chunk)
    if got != info.file_size:
        raise corrupt("sizes", f"Die Datei „{info.filename}“ ist kürzer als angegeben.")
    return b"".join(parts)


# --------------------------------------------------------------------------- strict JSON


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} ist in JSON nicht erlaubt")


def _unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    d = dict(pairs)
    if len(d) != len(pairs):
        raise ValueError("ein Schlüssel kommt doppelt vor")
    return d


_DECODER = json.JSONDecoder(parse_constant=_reject_constant, object_pairs_hook=_unique_pairs)


def strict_json(text: str) -> Any:
    """RFC 8259 JSON: no NaN/Infinity, no duplicate keys (Python's json accepts both)."""
    return _DECODER.decode(text)


def _decode_utf8(name: str, data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise corrupt("utf8", f"{name} ist kein gültiges UTF-8 (Zeile {line}).") from None


def parse_json_file(name: str, data: bytes) -> Any:
    text = _decode_utf8(name, data)
    try:
        return strict_json(text)
    except (ValueError, RecursionError) as err:
        raise corrupt("json", f"{name} ist kein gültiges JSON ({_json_reason(err)}).") from None


def _json_reason(err: Exception) -> str:
    if isinstance(err, RecursionError):
        return "zu tief verschachtelt"
    if isinstance(err, json.JSONDecodeError):
        return f"Zeile {err.lineno}, Spalte {err.colno}"
    return str(err)


def iter_json_lines(name: str, data: bytes, max_line: int) -> Iterator[tuple[int, Any]]:
    """(line number, value) of a JSON Lines file: one value per line, no blank lines, the
    last line ending in a newline."""
    if not data:
        return
    text = _decode_utf8(name, data)
    if not text.endswith("\n"):
        raise corrupt("json", f"{name} endet nicht mit einem Zeilenumbruch (abgeschnitten?).")
    decode = _DECODER.decode
    start = 0
    n = 0
    end_all = len(text)
    while start < end_all:
        end = text.index("\n", start)
        n += 1
        if end - start > max_line:
            raise invalid("line_too_long", f"{name}, Zeile {n} ist zu lang.")
        line = text[start:end]
        start = end + 1
        if not line.strip():
            raise corrupt("json", f"{name}, Zeile {n} ist leer.")
        try:
            yield n, decode(line)
        except (ValueError, RecursionError) as err:
            reason = "zu tief verschachtelt" if isinstance(err, RecursionError) else (
                err.msg if isinstance(err, json.JSONDecodeError) else str(err))
            raise corrupt("json", f"{name}, Zeile {n} ist kein gültiges JSON "
                                  f"({reason}).") from None


# --------------------------------------------------------------------------- manifest


@dataclass(frozen=True)
class FileEntry:
    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    format_version: str
    major: int
    minor: int
    app_version: str
    bundle_uuid: str
    created_at: str
    origin_site_uuid: str
    origin_site_name: str
    origin_short_code: str
    scope_kind: str
    scope_uuids: tuple[str, ...]
    pseudonymized: bool
    comments: bool
    counts: dict[str, int]
    files: tuple[FileEntry, ...]
    raw: dict[str, Any] = field(repr=False)

    @property
    def created(self) -> Any:
        return parse_timestamp(self.created_at)


def parse_manifest(data: bytes) -> Manifest:
    doc = parse_json_file(MANIFEST_FILE, data)
    if not isinstance(doc, dict):
        raise invalid("manifest", "manifest.json ist kein JSON-Objekt.")
    if doc.get("format") != FORMAT_NAME:
        raise corrupt("not_a_bundle", "Die Datei ist kein kimboard-Paket (manifest.json nennt "
                                      "ein anderes Format).")
    version = parse_version(doc.get("format_version"))
    if version is None:
        raise invalid("format_version", "Die Formatversion in manifest.json fehlt oder ist "
                                        "unlesbar.")
    major, minor = version
    if major > FORMAT_MAJOR:
        raise BundleTooNew(
            f"Dieses Paket stammt aus einer neueren kimboard-Version (Format {major}.{minor}). "
            "Bitte kimboard aktualisieren.", "too_new")
    if major < 1:
        raise invalid("format_version", f"Die Formatversion {major}.{minor} wird nicht "
                                        "unterstützt.")
    errors = schema.schema_errors(doc)
    if errors:
        raise invalid("manifest_schema", f"manifest.json entspricht nicht dem Schema: {errors[0]}")
    origin = doc["origin_site"]
    scope = doc["scope"]
    files = tuple(FileEntry(f["name"], f["size"], f["sha256"]) for f in doc["files"])
    try:
        parse_timestamp(doc["created_at"])
    except ValueError:
        raise invalid("manifest_schema", "Der Zeitpunkt in manifest.json ist ungültig.") from None
    return Manifest(
        format_version=doc["format_version"], major=major, minor=minor,
        app_version=doc["app_version"], bundle_uuid=doc["bundle_uuid"],
        created_at=doc["created_at"], origin_site_uuid=origin["uuid"],
        origin_site_name=origin["name"], origin_short_code=origin["short_code"],
        scope_kind=scope["kind"], scope_uuids=tuple(scope["uuids"]),
        pseudonymized=scope["pseudonymized"], comments=scope["comments"],
        counts=dict(doc["counts"]), files=files, raw=doc,
    )


def check_files(manifest: Manifest, archive: Archive) -> None:
    """Every data file listed, with the right size and SHA-256; nothing unlisted."""
    listed: set[str] = set()
    for entry in manifest.files:
        if entry.name in listed:
            raise invalid("manifest_files", f"manifest.json nennt „{entry.name}“ doppelt.")
        listed.add(entry.name)
        if not DATA_FILE_RE.match(entry.name):
            raise invalid("manifest_files", f"manifest.json nennt die unzulässige Datei "
                                            f"„{entry.name}“.")
        data = archive.entries.get(entry.name)
        if data is None:
            raise corrupt("missing_file", f"Die Datei {entry.name} fehlt.")
        if len(data) != entry.size:
            raise corrupt("checksum", f"Die Größe von {entry.name} stimmt nicht.")
        if hashlib.sha256(data).hexdigest() != entry.sha256:
            raise corrupt("checksum", f"Die Prüfsumme von {entry.name} stimmt nicht.")
    for name in archive.entries:
        if name in (MIMETYPE_FILE, MANIFEST_FILE, SIGNATURE_FILE):
            continue
        if name not in listed:
            raise invalid("unlisted_file", f"Die Datei {name} steht nicht in manifest.json.")


def check_mimetype(archive: Archive) -> None:
    if archive.compress_type.get(MIMETYPE_FILE) != zipfile.ZIP_STORED:
        raise corrupt("not_a_bundle", "Die Datei ist kein kimboard-Paket (der Eintrag "
                                      "„mimetype“ ist komprimiert).")
    if archive.entries.get(MIMETYPE_FILE) != MIMETYPE.encode("ascii"):
        raise corrupt("not_a_bundle", "Die Datei ist kein kimboard-Paket (falscher "
                                      "„mimetype“).")
    if MANIFEST_FILE not in archive.entries:
        raise corrupt("not_a_bundle", "Die Datei ist kein kimboard-Paket (manifest.json fehlt).")


def b64(data: bytes) -> str:
    return binascii.b2a_base64(data, newline=False).decode("ascii")


def file_name_of(source: Path | str | bytes) -> str:
    return "" if isinstance(source, bytes) else os.path.basename(str(source))
