"""Rows between the database and the bundle: read in bundle form, written in bulk.

Exporting and comparing on import read the same way: one Core ``SELECT`` per entity type with
an outer join per reference (so references come out as UUIDs), dates and times as the stored
text, then the list fields of each batch (card assignees, labels, partners; sprint
commitments; solution links and partners) with one query each. Import writes with
``executemany`` through the driver — the bundle rows are already checked — as the benchmark
generator and the search index do; that is what makes 100,000 cards take seconds, not minutes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Column, ColumnElement, Connection, String, Table, select, type_coerce

from kimboard.core.bundle import entities as E

BATCH = 5000


def target_table(name: str) -> Table:
    spec = E.SPEC_BY_NAME.get(name)
    return spec.table if spec is not None else E.REFERENCE_TABLES[name]


# --------------------------------------------------------------------------- values out


def ts_out(v: Any) -> str:
    """A stored timestamp as the bundle writes it (``2026-11-26T09:30:00.000000Z``)."""
    if isinstance(v, str):
        if len(v) == 26 and v[10] == " ":
            return f"{v[:10]}T{v[11:]}Z"
        v = dt.datetime.fromisoformat(v)
    if isinstance(v, dt.datetime):
        if v.tzinfo is not None:
            v = v.astimezone(dt.UTC).replace(tzinfo=None)
        return v.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    raise TypeError(f"not a timestamp: {v!r}")


def date_out(v: Any) -> str:
    if isinstance(v, str):
        return v[:10]
    if isinstance(v, dt.date):
        return v.isoformat()
    raise TypeError(f"not a date: {v!r}")


def _conv_out(f: E.Field) -> Callable[[Any], Any] | None:
    if f.kind == "timestamp":
        return ts_out
    if f.kind == "date":
        return date_out
    if f.kind == "bool":
        return bool
    if f.kind == "float":
        return float
    return None


def select_rows(spec: E.EntitySpec, where: ColumnElement[bool] | None) -> Any:
    """``SELECT id, <every scalar field in bundle form>`` of one entity type."""
    t = spec.table
    cols: list[Any] = [t.c.id]
    joined: Any = t
    for f in spec.scalar_fields:
        column: Column[Any] = t.c[f.db_column]
        if f.kind == "ref":
            alias = target_table(f.ref or "").alias(f"r_{f.name}")
            joined = joined.outerjoin(alias, alias.c.id == column)
            cols.append(alias.c.uuid)
        elif f.kind in ("timestamp", "date"):
            cols.append(type_coerce(column, String()))  # the stored text, not parsed
        else:
            cols.append(column)
    stmt = select(*cols).select_from(joined)
    return stmt if where is None else stmt.where(where)


def row_builder(spec: E.EntitySpec) -> Callable[[Sequence[Any]], tuple[int, dict[str, Any]]]:
    """``values of select_rows -> (id, row)``, generated as one expression per entity type
    (a million rows pass through here on a big export)."""
    env: dict[str, Any] = {}
    items = []
    for i, f in enumerate(spec.scalar_fields, start=1):
        conv = _conv_out(f)
        if conv is None:
            items.append(f"{f.name!r}: r[{i}]")
        else:
            env[f"_c{i}"] = conv
            items.append(f"{f.name!r}: (None if r[{i}] is None else _c{i}(r[{i}]))")
    source = "def build(r):\n    return r[0], {" + ", ".join(items) + "}\n"
    exec(compile(source, f"<kimboard bundle row builder: {spec.name}>", "exec"), env)  # noqa: S102
    return env["build"]  # type: ignore[no-any-return]


def _chunks(items: Sequence[Any], size: int = BATCH) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def attach_lists(conn: Connection, spec: E.EntitySpec,
                 batch: list[tuple[int, dict[str, Any]]]) -> None:
    """Fill the list fields of a batch of rows (id, row) in place, sorted canonically."""
    if not spec.list_fields or not batch:
        return
    ids = [i for i, _r in batch]
    by_id = {i: r for i, r in batch}
    for f in spec.list_fields:
        for r in by_id.values():
            r[f.name] = []
        stmt: Any
        if f.kind == "refs":
            assoc, parent_col, child_col = f.assoc  # type: ignore[misc]
            target = target_table(f.ref or "")
            stmt = (select(assoc.c[parent_col], target.c.uuid)
                    .join(target, target.c.id == assoc.c[child_col])
                    .where(assoc.c[parent_col].in_(ids)))
            for pid, uid in conn.execute(stmt):
                by_id[pid][f.name].append(uid)
        elif f.kind == "commitments":
            ct = E.COMMITMENT_TABLE
            cards = E.SPEC_BY_NAME["cards"].table
            stmt = (select(ct.c.sprint_id, cards.c.uuid, ct.c.estimate)
                    .join(cards, cards.c.id == ct.c.card_id)
                    .where(ct.c.sprint_id.in_(ids)))
            for pid, uid, estimate in conn.execute(stmt):
                by_id[pid][f.name].append(
                    {"card": uid, "estimate": None if estimate is None else float(estimate)})
        elif f.kind == "links":
            lt = E.LINK_TABLE
            stmt = (select(lt.c.approach_id, lt.c.target_kind, lt.c.target_uuid)
                    .where(lt.c.approach_id.in_(ids)))
            for pid, kind, uid in conn.execute(stmt):
                by_id[pid][f.name].append({"kind": kind, "target": uid})
    for r in by_id.values():
        canonical_lists(spec, r)


def canonical_lists(spec: E.EntitySpec, row: dict[str, Any]) -> None:
    """List fields in a fixed order: their order carries no meaning."""
    for f in spec.list_fields:
        items = row[f.name]
        if f.kind == "refs":
            items.sort()
        elif f.kind == "commitments":
            items.sort(key=lambda c: c["card"])
        elif f.kind == "links":
            items.sort(key=lambda c: (c["kind"], c["target"]))


def fetch_rows(conn: Connection, spec: E.EntitySpec, where: ColumnElement[bool] | None,
               *, batch: int = BATCH) -> Iterator[list[tuple[int, dict[str, Any]]]]:
    """Batches of (id, row in bundle form) of one entity type."""
    build = row_builder(spec)
    result = conn.execute(select_rows(spec, where).order_by(spec.table.c.id))
    for part in result.partitions(batch):
        rows = [build(v) for v in part]
        attach_lists(conn, spec, rows)
        yield rows


def fetch_by_uuid(conn: Connection, spec: E.EntitySpec,
                  uuids: Sequence[str]) -> dict[str, tuple[int, dict[str, Any]]]:
    """The local rows (id, row) among ``uuids``, by UUID."""
    out: dict[str, tuple[int, dict[str, Any]]] = {}
    t = spec.table
    for chunk in _chunks(uuids):
        for rows in fetch_rows(conn, spec, t.c.uuid.in_(chunk)):
            for row_id, row in rows:
                out[row["uuid"]] = (row_id, row)
    return out


def owner_select(spec: E.EntitySpec, where: ColumnElement[bool]) -> Any:
    """``SELECT id, uuid, <uuid of the owning office>`` of one entity type."""
    t = spec.table
    joined: Any = t
    current: Any = t
    for column, parent in spec.owner:
        pt = target_table(parent).alias(f"o_{parent}")
        joined = joined.join(pt, pt.c.id == current.c[column])
        current = pt
    sites = E.SPEC_BY_NAME["sites"].table.alias("o_site")
    if spec.name == "sites":
        return select(t.c.id, t.c.uuid, t.c.uuid).where(where)
    joined = joined.outerjoin(sites, sites.c.id == current.c.site_id)
    return select(t.c.id, t.c.uuid, sites.c.uuid).select_from(joined).where(where)


def owners_by_uuid(conn: Connection, spec: E.EntitySpec,
                   uuids: Sequence[str]) -> dict[str, tuple[int, str | None]]:
    out: dict[str, tuple[int, str | None]] = {}
    t = spec.table
    for chunk in _chunks(uuids):
        for row_id, uid, site in conn.execute(owner_select(spec, t.c.uuid.in_(chunk))):
            out[uid] = (row_id, site)
    return out


# --------------------------------------------------------------------------- content hashes

_HASH_SKIP = frozenset({"updated_at", "_base"})


def content(spec: E.EntitySpec, row: dict[str, Any]) -> dict[str, Any]:
    """What counts as a row's content: every field but ``updated_at``."""
    return {k: v for k, v in row.items() if k not in _HASH_SKIP}


def content_hash(spec: E.EntitySpec, row: dict[str, Any]) -> str:
    text = json.dumps(content(spec, row), sort_keys=True, ensure_ascii=False,
                      separators=(",", ":"))
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


# --------------------------------------------------------------------------- bulk writes


def _placeholder(conn: Connection) -> str:
    style = conn.dialect.paramstyle
    return "?" if style == "qmark" else "%s"


def ts_in_for(conn: Connection) -> Callable[[str], Any]:
    """How a bundle timestamp is bound: SQLite stores SQLAlchemy's text form."""
    if conn.dialect.name == "sqlite":
        return lambda s: f"{s[:10]} {s[11:26]}"
    return lambda s: dt.datetime.fromisoformat(s[:26])


def date_in_for(conn: Connection) -> Callable[[str], Any]:
    if conn.dialect.name == "sqlite":
        return lambda s: s
    return dt.date.fromisoformat


def insert_many(conn: Connection, table: Table, columns: Sequence[str],
                rows: Iterable[Sequence[Any]]) -> None:
    rows = [tuple(r) for r in rows]
    if not rows:
        return
    ph = _placeholder(conn)
    sql = (f"INSERT INTO {table.name} ({', '.join(columns)}) "
           f"VALUES ({', '.join([ph] * len(columns))})")
    conn.exec_driver_sql(sql, rows)


def update_many(conn: Connection, table: Table, columns: Sequence[str],
                rows: Iterable[Sequence[Any]], *, bump_version: bool = False) -> None:
    """rows: values of ``columns`` followed by the id."""
    rows = [tuple(r) for r in rows]
    if not rows:
        return
    ph = _placeholder(conn)
    sets = [f"{c} = {ph}" for c in columns]
    if bump_version:
        sets.append("version = version + 1")
    conn.exec_driver_sql(f"UPDATE {table.name} SET {', '.join(sets)} WHERE id = {ph}", rows)


def delete_in(conn: Connection, table: Table, column: str, ids: Sequence[Any]) -> None:
    ph = _placeholder(conn)
    for chunk in _chunks(list(ids), 900):
        conn.exec_driver_sql(
            f"DELETE FROM {table.name} WHERE {column} IN ({', '.join([ph] * len(chunk))})",
            tuple(chunk))


def max_id(conn: Connection, table: Table) -> int:
    return int(conn.exec_driver_sql(f"SELECT COALESCE(MAX(id), 0) FROM {table.name}").scalar()
               or 0)
