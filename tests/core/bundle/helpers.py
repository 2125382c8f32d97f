"""Helpers for bundle tests: export in one call, fingerprints of a database, rebuilt zips."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select

from kimboard.core.bundle import (
    ExportOptions,
    ExportScope,
    apply_import,
    export_bundle,
    open_bundle,
    prepare_export,
)
from kimboard.core.bundle.format import MIMETYPE
from kimboard.core.db import Database
from kimboard.core.models import Site

CORPORA = Path(__file__).resolve().parents[3].parent / "shared" / "corpora"


def site_id(db: Database, code: str) -> int:
    with db.session() as s:
        return int(s.scalar(select(Site.id).where(Site.short_code == code)))


def export(db: Database, path: Path, scope: ExportScope | None = None, *, code: str = "ABH-MST",
           **options: Any) -> Path:
    opts = ExportOptions(**options)
    if scope is None:
        scope = ExportScope.site(site_id(db, code))
    if opts.pseudonymize or opts.sign:
        db.run(prepare_export, scope.site_id, pseudonymize=opts.pseudonymize, sign=opts.sign)
    with db.session() as s:
        export_bundle(s, scope, path, opts)
    return path


def import_file(db: Database, path: Path | bytes, **kw: Any) -> Any:
    return db.run(apply_import, open_bundle(path), **kw).value


def fingerprint(db: Database) -> str:
    """A hash of every row of every table (search index included): "exactly as before"."""
    con = sqlite3.connect(f"file:{db.path}?mode=ro", uri=True)
    try:
        digest = hashlib.sha256()
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
        for table in tables:
            digest.update(table.encode())
            for text in sorted(repr(row) for row in con.execute(f'SELECT * FROM "{table}"')):
                digest.update(text.encode())
        return digest.hexdigest()
    finally:
        con.close()


def entries_of(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def build_zip(entries: dict[str, bytes], *, fix_manifest: bool = True,
              compress_mimetype: bool = False) -> bytes:
    """A bundle from entries (mimetype first, stored); the manifest's sizes and checksums
    follow the entries unless ``fix_manifest`` is False."""
    entries = dict(entries)
    if fix_manifest and "manifest.json" in entries:
        try:
            manifest = json.loads(entries["manifest.json"])
        except (ValueError, RecursionError):
            manifest = None
        if isinstance(manifest, dict) and isinstance(manifest.get("files"), list):
            for f in manifest["files"]:
                if isinstance(f, dict) and f.get("name") in entries:
                    data = entries[f["name"]]
                    f["size"] = len(data)
                    f["sha256"] = hashlib.sha256(data).hexdigest()
            entries["manifest.json"] = json.dumps(manifest, indent=2).encode()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        if "mimetype" in entries:
            zf.writestr("mimetype", entries.pop("mimetype"),
                        compress_type=zipfile.ZIP_DEFLATED if compress_mimetype
                        else zipfile.ZIP_STORED)
        for name, data in entries.items():
            zf.writestr(name, data)
    return buf.getvalue()


def rewrite(data: bytes, change: Callable[[dict[str, bytes]], None], **kw: Any) -> bytes:
    entries = entries_of(data)
    change(entries)
    return build_zip(entries, **kw)


def rows_of(entries: dict[str, bytes], name: str) -> list[dict[str, Any]]:
    text = entries[f"data/{name}.jsonl"].decode()
    return [json.loads(line) for line in text.splitlines()]


def set_rows(entries: dict[str, bytes], name: str, rows: list[dict[str, Any]]) -> None:
    entries[f"data/{name}.jsonl"] = "".join(
        json.dumps(r) + "\n" for r in rows).encode()
    manifest = json.loads(entries["manifest.json"])
    manifest["counts"][name] = len(rows)
    entries["manifest.json"] = json.dumps(manifest).encode()


def manifest_of(entries: dict[str, bytes]) -> dict[str, Any]:
    return json.loads(entries["manifest.json"])  # type: ignore[no-any-return]


def set_manifest(entries: dict[str, bytes], manifest: dict[str, Any]) -> None:
    entries["manifest.json"] = json.dumps(manifest).encode()


__all__ = ["CORPORA", "MIMETYPE"]
