"""The format itself: the shipped JSON Schema is current, what we write passes it, and the
fast validators compiled from it agree with ``jsonschema``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kimboard.core.bundle import entities as E
from kimboard.core.bundle import schema
from kimboard.core.bundle.format import format_timestamp, parse_version
from kimboard.core.db import Database
from tests.core.bundle.helpers import entries_of, export, rows_of


@pytest.fixture(scope="module")
def site_rows(tmp_path_factory: pytest.TempPathFactory,
              demo_template: Path) -> dict[str, list[dict[str, Any]]]:
    folder = tmp_path_factory.mktemp("format")
    shutil.copyfile(demo_template, folder / "db.sqlite3")
    with Database.open(folder / "db.sqlite3") as db:
        data = export(db, folder / "mst.kimb").read_bytes()
    entries = entries_of(data)
    out = {s.name: rows_of(entries, s.name) for s in E.SPECS if s.file_name in entries}
    out["__manifest__"] = [json.loads(entries["manifest.json"])]
    return out


def test_the_shipped_schema_is_generated_from_the_entity_table() -> None:
    assert schema.main(["--check"]) == 0, "run: python -m kimboard.core.bundle.schema"
    from jsonschema import Draft202012Validator

    Draft202012Validator.check_schema(schema.load_schema())


def test_the_schema_ships_as_package_data() -> None:
    import tomllib

    root = Path(__file__).resolve().parents[3]
    config = tomllib.loads((root / "pyproject.toml").read_text("utf-8"))
    setuptools = config["tool"]["setuptools"]
    assert "kimboard.core.bundle" in setuptools["packages"]
    assert "schema/*.json" in setuptools["package-data"]["kimboard.core.bundle"]


def test_everything_we_write_passes_jsonschema(site_rows: dict[str, list[dict[str, Any]]]) -> None:
    assert schema.schema_errors(site_rows["__manifest__"][0]) == []
    checked = 0
    for name, rows in site_rows.items():
        if name == "__manifest__":
            continue
        for row in rows:
            assert schema.schema_errors(row, f"row_{name}") == [], (name, row)
            assert schema.row_validators()[name](row) == row
            checked += 1
    assert checked > 300


def test_versions_and_times() -> None:
    assert parse_version("1.0") == (1, 0)
    assert parse_version("12.345") == (12, 345)
    for bad in ("1", "1.0.0", "01.0", "a.b", 1.0, None, "1.-1"):
        assert parse_version(bad) is None
    import datetime as dt

    assert format_timestamp(dt.datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=dt.UTC)) == \
        "2026-01-02T03:04:05.000006Z"


# --------------------------------------------------------------------------- agreement

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=40)
    | st.sampled_from(["", "00000000-0000-4000-8000-000000000000", "2026-01-01",
                       "2026-01-01T00:00:00.000000Z", "2026-13-01T00:00:00.000000Z",
                       "kanban", "idea", "x" * 600, "#aabbcc", "\ud800", 1.0, 3.0, -1]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=4),
    max_leaves=8,
)


def _outcome(check: Any, value: Any) -> tuple[bool, Any]:
    try:
        return True, check(value)
    except schema.RowError:
        return False, None


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_compiled_validators_agree_with_jsonschema(
        site_rows: dict[str, list[dict[str, Any]]], data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(sorted(k for k in site_rows if k != "__manifest__")))
    row = dict(data.draw(st.sampled_from(site_rows[name])))
    key = data.draw(st.sampled_from([*row, "_base", "unknown"]))
    if data.draw(st.booleans()):
        row.pop(key, None)
    else:
        row[key] = data.draw(json_values)
    fast_ok, fast = _outcome(schema.row_validators()[name], row)
    plain_ok, plain = _outcome(schema.plain_row_validators()[name], row)
    assert (fast_ok, fast) == (plain_ok, plain)
    flag_ok, flagged = _outcome(schema.flagging_row_validators()[name], row)
    assert flag_ok == fast_ok
    if fast_ok:
        assert flagged[0] == fast
        if not flagged[1]:
            assert fast == row and all(type(fast[k]) is type(row[k]) for k in fast)
    valid = schema.schema_errors(row, f"row_{name}") == []
    if fast_ok:
        assert valid, (name, key, row.get(key))
    if not valid:
        assert not fast_ok
