"""A bundle is hostile until proven otherwise: malicious and malformed archives, payloads that
are not JSON, broken rules — each refused with a German message, the database untouched."""

from __future__ import annotations

import hashlib
import io
import shutil
import sqlite3
import time
import tracemalloc
import warnings
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kimboard.core.bundle import (
    BundleError,
    BundleTooNew,
    CorruptBundle,
    ExportScope,
    InvalidBundle,
    Limits,
    UnsafeBundle,
    apply_import,
    open_bundle,
)
from kimboard.core.db import Database
from tests.core.bundle.helpers import (
    CORPORA,
    entries_of,
    export,
    fingerprint,
    manifest_of,
    rewrite,
    rows_of,
    set_manifest,
    set_rows,
    site_id,
)

ZIPS = sorted((CORPORA / "zip").rglob("*.zip")) if (CORPORA / "zip").is_dir() else []
N_FILES = sorted((CORPORA / "jsontestsuite" / "test_parsing").glob("n_*.json")) \
    if (CORPORA / "jsontestsuite").is_dir() else []
needs_corpora = pytest.mark.skipif(not ZIPS, reason="../shared/corpora is not there")


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Iterator[Database]:
    """The database every refused import must leave exactly as it was."""
    path = tmp_path_factory.mktemp("target") / "target.sqlite3"
    shutil.copyfile(demo_template, path)
    db = Database.open(path)
    yield db
    db.close()


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> bytes:
    """A small valid bundle: Musterstadt's solution approaches (with partners, adoptions)."""
    folder = tmp_path_factory.mktemp("small")
    shutil.copyfile(demo_template, folder / "db.sqlite3")
    with Database.open(folder / "db.sqlite3") as db:
        sid = site_id(db, "ABH-MST")
        return export(db, folder / "small.kimb", ExportScope.solutions(sid)).read_bytes()


def refused(db: Database, source: Path | bytes, kind: type[BundleError] = BundleError,
            reason: str | None = None, **kw: Any) -> BundleError:
    """Import must fail with ``kind``; the database stays exactly as it was."""
    before = fingerprint(db)
    with pytest.raises(kind) as info:
        db.run(apply_import, open_bundle(source, **kw))
    err = info.value
    message = str(err)
    assert message and "Traceback" not in message
    assert any(w in message for w in ("Paket", "Datei", "Archiv", "Eintrag")), message
    if reason is not None:
        assert err.reason == reason, (err.reason, message)
    assert fingerprint(db) == before
    return err


def test_the_small_bundle_is_valid(small: bytes) -> None:
    assert open_bundle(small).counts["solution_approaches"] >= 1


# --------------------------------------------------------------------------- real corpora


@needs_corpora
@pytest.mark.parametrize("path", ZIPS, ids=lambda p: p.name[:40])
def test_malicious_and_malformed_archives_are_refused(target: Database, path: Path) -> None:
    refused(target, path)


@needs_corpora
@pytest.mark.parametrize("name", ["zbsm.zip", "zipbomb_1G.zip"])
def test_zip_bombs_are_refused_quickly_and_without_memory(name: str) -> None:
    path = CORPORA / "zip" / "kd2fw_zipbombs" / name
    tracemalloc.start()
    t0 = time.perf_counter()
    try:
        with pytest.raises(UnsafeBundle) as err:
            open_bundle(path)
        elapsed = time.perf_counter() - t0
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert err.value.reason in ("ratio", "too_big", "too_many_entries")
    assert elapsed < 2.0
    assert peak < 32 * 1024 * 1024


def test_a_bomb_that_lies_about_its_size_is_stopped_while_reading() -> None:
    """A header that claims 100 bytes for a megabyte of zeros: the bytes are counted."""
    payload = b"0" * (1 << 20)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("mimetype", b"application/vnd.kimboard.bundle+zip",
                    compress_type=zipfile.ZIP_STORED)
        zf.writestr("data/cards.jsonl", payload)
    data = bytearray(buf.getvalue())
    # patch the uncompressed size in the central directory (and local header) to 100
    size = len(payload).to_bytes(4, "little")
    data = bytearray(bytes(data).replace(size, (100).to_bytes(4, "little")))
    with pytest.raises(BundleError):
        open_bundle(bytes(data))


@needs_corpora
@pytest.mark.parametrize("path", N_FILES, ids=lambda p: p.name[:50])
def test_json_that_must_be_rejected_is_refused_as_payload(small: bytes, path: Path) -> None:
    bad = path.read_bytes()
    with pytest.raises(BundleError):
        open_bundle(rewrite(small, lambda e: e.__setitem__("data/sites.jsonl", bad)))
    with pytest.raises(BundleError):
        open_bundle(rewrite(small, lambda e: e.__setitem__("data/solution_approaches.jsonl",
                                                           bad)))
    with pytest.raises(BundleError):
        open_bundle(rewrite(small, lambda e: e.__setitem__("manifest.json", bad)))


@needs_corpora
def test_a_json_payload_refusal_leaves_the_database_as_it_was(target: Database,
                                                             small: bytes) -> None:
    bad = (CORPORA / "jsontestsuite" / "test_parsing" / "n_number_NaN.json").read_bytes()
    refused(target, rewrite(small, lambda e: e.__setitem__("data/sites.jsonl", bad)),
            CorruptBundle, "json")


# --------------------------------------------------------------------------- archive tricks


def _zip(entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name
        for info, data in entries:
            zf.writestr(info, data)
    return buf.getvalue()


def _with_entry(small: bytes, info: zipfile.ZipInfo | str, data: bytes) -> bytes:
    entries = entries_of(small)
    items: list[tuple[zipfile.ZipInfo | str, bytes]] = []
    mt = zipfile.ZipInfo("mimetype")
    items.append((mt, entries.pop("mimetype")))
    items += list(entries.items())
    items.append((info, data))
    return _zip(items)


@pytest.mark.parametrize(("name", "reason"), [
    ("../evil.txt", "path_traversal"),
    ("data/../../evil.jsonl", "path_traversal"),
    ("/etc/passwd", "absolute_path"),
    ("C:/Windows/evil.jsonl", "absolute_path"),
    ("data\\cards.jsonl", "bad_name"),
    ("data/evil\x01.jsonl", "bad_name"),
    ("notes.txt", "unexpected_file"),
    ("data/", "directory"),
])
def test_unsafe_names_are_refused(target: Database, small: bytes, name: str,
                                  reason: str) -> None:
    refused(target, _with_entry(small, name, b"x"), UnsafeBundle, reason)


def test_symlinks_are_refused(target: Database, small: bytes) -> None:
    info = zipfile.ZipInfo("data/link.jsonl")
    info.external_attr = 0o120777 << 16
    refused(target, _with_entry(small, info, b"/etc/passwd"), UnsafeBundle, "symlink")


def test_encrypted_entries_are_refused(target: Database, small: bytes) -> None:
    data = bytearray(small)
    # set the "encrypted" flag of the first central directory entry (mimetype)
    cd = data.find(b"PK\x01\x02")
    data[cd + 8] |= 0x01
    refused(target, bytes(data), UnsafeBundle, "encrypted")


def test_duplicate_names_are_refused(target: Database, small: bytes) -> None:
    entries = entries_of(small)
    items: list[tuple[zipfile.ZipInfo | str, bytes]] = [("mimetype", entries.pop("mimetype"))]
    items += list(entries.items())
    items.append(("manifest.json", entries["manifest.json"]))
    refused(target, _zip(items), UnsafeBundle, "duplicate_name")


def test_limits(target: Database, small: bytes) -> None:
    refused(target, small, UnsafeBundle, "too_many_entries", limits=Limits(max_entries=3))
    refused(target, small, UnsafeBundle, "too_big", limits=Limits(max_file_bytes=200))
    refused(target, small, UnsafeBundle, "too_big", limits=Limits(max_total_bytes=2000))
    refused(target, small, UnsafeBundle, "too_big", limits=Limits(max_archive_bytes=1000))
    refused(target, small, UnsafeBundle, "ratio", limits=Limits(max_ratio=1.5, ratio_floor=0))
    refused(target, small, InvalidBundle, "line_too_long", limits=Limits(max_line_bytes=50))


def test_a_highly_compressed_file_is_a_bomb(target: Database, small: bytes) -> None:
    zeros = b"\n" * (8 << 20)
    refused(target, _with_entry(small, "data/zeros.jsonl", zeros), UnsafeBundle, "ratio")


# --------------------------------------------------------------------------- bundle rules


def _manifest_edit(change: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, bytes]],
                                                                         None]:
    def edit(entries: dict[str, bytes]) -> None:
        manifest = manifest_of(entries)
        change(manifest)
        set_manifest(entries, manifest)
    return edit


def test_a_changed_file_fails_its_checksum(target: Database, small: bytes) -> None:
    def edit(entries: dict[str, bytes]) -> None:
        entries["data/sites.jsonl"] = entries["data/sites.jsonl"].replace(b"Muster", b"Master")

    err = refused(target, rewrite(small, edit, fix_manifest=False), CorruptBundle, "checksum")
    assert str(err) == ("Das Paket ist beschädigt: Die Prüfsumme von data/sites.jsonl stimmt "
                        "nicht.")


def test_missing_and_unlisted_files(target: Database, small: bytes) -> None:
    refused(target, rewrite(small, lambda e: e.pop("data/sites.jsonl")), CorruptBundle,
            "missing_file")
    refused(target, rewrite(small, lambda e: e.__setitem__("data/extra.jsonl", b"{}\n")),
            InvalidBundle, "unlisted_file")
    refused(target, rewrite(small, lambda e: e.pop("manifest.json")), CorruptBundle,
            "not_a_bundle")


def test_the_mimetype_must_come_first_stored_and_exact(target: Database, small: bytes) -> None:
    refused(target, rewrite(small, lambda e: None, compress_mimetype=True), CorruptBundle,
            "not_a_bundle")
    refused(target, rewrite(small, lambda e: e.__setitem__("mimetype", b"application/zip")),
            CorruptBundle, "not_a_bundle")
    entries = entries_of(small)
    mimetype = entries.pop("mimetype")
    moved = _zip([*entries.items(), ("mimetype", mimetype)])
    refused(target, moved, CorruptBundle, "not_a_bundle")


def test_a_newer_major_version_asks_for_an_update(target: Database, small: bytes) -> None:
    newer = rewrite(small, _manifest_edit(lambda m: m.update(format_version="2.0")))
    err = refused(target, newer, BundleTooNew, "too_new")
    assert str(err) == ("Dieses Paket stammt aus einer neueren kimboard-Version (Format 2.0). "
                        "Bitte kimboard aktualisieren.")


def test_a_newer_minor_version_is_read_ignoring_what_it_does_not_know(
        target: Database, small: bytes) -> None:
    def newer(entries: dict[str, bytes]) -> None:
        for name in list(entries):
            if name.startswith("data/"):
                rows = rows_of(entries, name[5:-6])
                for row in rows:
                    row["future_field"] = {"nested": [1, 2, 3]}
                set_rows(entries, name[5:-6], rows)
        entries["data/future_things.jsonl"] = b'{"uuid": "whatever"}\n'
        manifest = manifest_of(entries)
        manifest["format_version"] = "1.7"
        manifest["future_manifest_key"] = True
        manifest["counts"]["future_things"] = 1
        manifest["files"].append({"name": "data/future_things.jsonl", "size": 0,
                                  "sha256": "0" * 64})
        set_manifest(entries, manifest)

    bundle = open_bundle(rewrite(small, newer))
    assert bundle.ignored_files == ("data/future_things.jsonl",)
    result = target.run(apply_import, bundle).value
    assert any("neueren kimboard-Version (Format 1.7)" in w for w in result.preview.warnings)
    assert not result.preview.has_changes  # same content as here: the unknown is ignored


def _row_edit(name: str, change: Callable[[list[dict[str, Any]]], None]) -> Callable[
        [dict[str, bytes]], None]:
    def edit(entries: dict[str, bytes]) -> None:
        rows = rows_of(entries, name)
        change(rows)
        set_rows(entries, name, rows)
    return edit


@pytest.mark.parametrize(("name", "change", "reason"), [
    ("solution_approaches", lambda r: r[0].pop("title"), "row"),
    ("solution_approaches", lambda r: r[0].update(title=17), "row"),
    ("solution_approaches", lambda r: r[0].update(title="x" * 301), "row"),
    ("solution_approaches", lambda r: r[0].update(status="fertig"), "row"),
    ("solution_approaches", lambda r: r[0].update(uuid="not-a-uuid"), "row"),
    ("solution_approaches", lambda r: r[0].update(created_at="2026-02-30T10:00:00.000000Z"),
     "row"),
    ("solution_approaches", lambda r: r[0].update(title="\ud800"), "row"),
    ("solution_approaches", lambda r: r[0].update(goal_area=r[0]["uuid"]),
     "dangling_reference"),
    ("solution_approaches", lambda r: r.append(dict(r[0])), "duplicate_uuid"),
    ("solution_approaches", lambda r: r[0].update(site=r[0]["uuid"]), "dangling_reference"),
    ("solution_status_changes", lambda r: r[0].update(approach="0" * 8 + "-0000-4000-8000-"
                                                      + "0" * 12), "dangling_reference"),
    ("sites", lambda r: r.append({**r[0], "uuid": "11111111-1111-4111-8111-111111111111"}),
     "rule"),
    ("partners", lambda r: r[0].update(kind="privatperson"), "row"),
])
def test_rows_breaking_the_rules_are_refused(target: Database, small: bytes, name: str,
                                             change: Callable[[list[dict[str, Any]]], None],
                                             reason: str) -> None:
    err = refused(target, rewrite(small, _row_edit(name, change)), InvalidBundle, reason)
    assert f"data/{name}.jsonl" in str(err) or reason == "rule"


def test_counts_must_match(target: Database, small: bytes) -> None:
    refused(target, rewrite(small, _manifest_edit(
        lambda m: m["counts"].update(solution_approaches=99))), InvalidBundle, "counts")


def test_json_oddities_python_would_accept_are_refused(target: Database, small: bytes) -> None:
    def line(text: bytes) -> Callable[[dict[str, bytes]], None]:
        def edit(entries: dict[str, bytes]) -> None:
            entries["data/sites.jsonl"] = text
        return edit

    site = entries_of(small)["data/sites.jsonl"]
    refused(target, rewrite(small, line(site.replace(b'"name":', b'"name":"x","name":'))),
            CorruptBundle, "json")  # duplicate key
    refused(target, rewrite(small, line(site.rstrip(b"\n"))), CorruptBundle, "json")
    refused(target, rewrite(small, line(site + b"\n")), CorruptBundle, "json")  # blank line
    refused(target, rewrite(small, line(b"\xff" + site)), CorruptBundle, "utf8")
    refused(target, rewrite(small, line(b"[" * 100_000 + b"\n")), CorruptBundle, "json")


def test_not_a_zip_and_not_there(target: Database, tmp_path: Path) -> None:
    (tmp_path / "x.kimb").write_bytes(b"hello")
    refused(target, tmp_path / "x.kimb", CorruptBundle)
    refused(target, tmp_path / "missing.kimb", BundleError, "not_found")
    refused(target, tmp_path, CorruptBundle, "not_a_file")
    empty = io.BytesIO()
    zipfile.ZipFile(empty, "w").close()
    refused(target, empty.getvalue(), CorruptBundle, "not_a_bundle")


def test_a_failing_apply_leaves_the_file_byte_for_byte(demo_db: Database, small: bytes,
                                                       tmp_path: Path) -> None:
    """A refusal that only the database can find (ownership), after writes began."""
    entries = entries_of(small)
    with sqlite3.connect(demo_db.path) as con:
        foreign_partner = con.execute(
            "SELECT p.uuid FROM partners p JOIN sites s ON s.id = p.site_id "
            "WHERE s.short_code = 'ABH-BSK'").fetchone()[0]
    mine = rows_of(entries, "partners")[-1]["uuid"]
    forged = rewrite(small, lambda e: e.update(
        {k: v.replace(mine.encode(), foreign_partner.encode()) for k, v in e.items()
         if k.startswith("data/")}))
    with sqlite3.connect(demo_db.path) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = hashlib.sha256(demo_db.path.read_bytes()).hexdigest()
    fp = fingerprint(demo_db)
    with pytest.raises(BundleError, match="anderen Dienststelle"):
        demo_db.run(apply_import, open_bundle(forged))
    assert fingerprint(demo_db) == fp
    with sqlite3.connect(demo_db.path) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert hashlib.sha256(demo_db.path.read_bytes()).hexdigest() == before
