"""Property-based: mutated bundles are either refused with a BundleError (and the database is
exactly as before) or are valid and import — never a crash, never a half import."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from kimboard.core.bundle import BundleError, apply_import, open_bundle
from kimboard.core.db import Database
from kimboard.core.errors import KimboardError
from tests.core.bundle.helpers import entries_of, export, fingerprint, rewrite, rows_of, set_rows

PROPS = settings(max_examples=40, deadline=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.fixture(scope="module")
def valid(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> bytes:
    folder = tmp_path_factory.mktemp("props")
    shutil.copyfile(demo_template, folder / "db.sqlite3")
    with Database.open(folder / "db.sqlite3") as db:
        return export(db, folder / "mst.kimb").read_bytes()


@pytest.fixture(scope="module")
def receiver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = Database.open(tmp_path_factory.mktemp("receiver") / "db.sqlite3")
    yield db
    db.close()


def _attempt(db: Database, data: bytes) -> str:
    """Open and import; return what happened. Anything but a KimboardError fails the test."""
    try:
        bundle = open_bundle(data)
    except BundleError as err:
        assert str(err) and err.reason
        return "refused"
    before = fingerprint(db)
    try:
        db.run(apply_import, bundle)
    except KimboardError as err:
        assert str(err)
        assert fingerprint(db) == before
        return "import refused"
    return "imported"


@PROPS
@given(data=st.data())
def test_random_bytes_in_the_archive(valid: bytes, receiver: Database,
                                     data: st.DataObject) -> None:
    raw = bytearray(valid)
    if data.draw(st.booleans()):
        cut = data.draw(st.integers(min_value=0, max_value=len(raw) - 1))
        raw = raw[:cut]
    else:
        for _ in range(data.draw(st.integers(min_value=1, max_value=8))):
            pos = data.draw(st.integers(min_value=0, max_value=len(raw) - 1))
            raw[pos] = data.draw(st.integers(min_value=0, max_value=255))
    event(_attempt(receiver, bytes(raw)))


_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(2**64), max_value=2**64),
    st.floats(allow_nan=False), st.text(max_size=30),
    st.sampled_from(["00000000-0000-4000-8000-000000000000", "2026-01-01T00:00:00.000000Z",
                     "2026-01-01", "done", "", "x" * 1000]),
    st.lists(st.text(max_size=5), max_size=3), st.dictionaries(st.text(max_size=5),
                                                               st.integers(), max_size=3),
)


@PROPS
@given(data=st.data())
def test_mutated_rows(valid: bytes, receiver: Database, data: st.DataObject) -> None:
    entries = entries_of(valid)
    names = sorted(n[5:-6] for n in entries if n.startswith("data/"))
    name = data.draw(st.sampled_from(names))
    rows = rows_of(entries, name)
    action = data.draw(st.sampled_from(["set", "delete", "duplicate", "drop", "swap_uuid",
                                        "steal_reference"]))
    i = data.draw(st.integers(min_value=0, max_value=len(rows) - 1))
    row = rows[i]
    if action == "set":
        row[data.draw(st.sampled_from(sorted(row)))] = data.draw(_VALUES)
    elif action == "delete":
        row.pop(data.draw(st.sampled_from(sorted(row))))
    elif action == "duplicate":
        rows.append(json.loads(json.dumps(row)))
    elif action == "drop":
        rows.pop(i)
    elif action == "swap_uuid":
        other = data.draw(st.sampled_from(rows))
        row["uuid"] = other["uuid"]
    else:  # point a reference at some other row's UUID
        refs = [k for k, v in row.items() if isinstance(v, str) and len(v) == 36 and k != "uuid"]
        if refs:
            other_name = data.draw(st.sampled_from(names))
            target = data.draw(st.sampled_from(rows_of(entries, other_name)))
            row[data.draw(st.sampled_from(refs))] = target["uuid"]
    set_rows(entries, name, rows)
    event(_attempt(receiver, rewrite(valid, lambda e: e.update(entries))))


@PROPS
@given(data=st.data())
def test_mutated_manifest(valid: bytes, receiver: Database, data: st.DataObject) -> None:
    def change(entries: dict[str, bytes]) -> None:
        manifest: dict[str, Any] = json.loads(entries["manifest.json"])
        path = data.draw(st.sampled_from([
            ("format_version",), ("bundle_uuid",), ("created_at",), ("origin_site", "uuid"),
            ("scope", "kind"), ("scope", "uuids"), ("counts", "cards"), ("files",),
            ("format",), ("app_version",), ("scope", "pseudonymized")]))
        target = manifest
        for key in path[:-1]:
            target = target[key]
        if data.draw(st.booleans()):
            target.pop(path[-1], None)
        else:
            target[path[-1]] = data.draw(_VALUES)
        entries["manifest.json"] = json.dumps(manifest).encode()

    event(_attempt(receiver, rewrite(valid, change)))
